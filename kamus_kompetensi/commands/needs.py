"""``needs``: the agency's needs inventory (PP 11/2017 as amended, Pasal 205 ayat (1) a).

Parsing only: the same FILE and options as ``plan``, one
:func:`~kamus_kompetensi.development.needs_inventory` call, one rendering. Exit codes as
``plan``.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from kamus_kompetensi.batch import BatchRun
from kamus_kompetensi.batch.outcomes import BatchReport
from kamus_kompetensi.commands.base import Command, SubParsers
from kamus_kompetensi.commands.plan import add_common, run_development
from kamus_kompetensi.development.needs import NeedsInventory, needs_inventory
from kamus_kompetensi.development.plan import Target
from kamus_kompetensi.dictionary import Dictionary


def _add(sub: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "needs",
        help="inventarisasi kebutuhan pengembangan instansi / the agency's needs inventory",
        description="Inventarisasi jenis kompetensi yang perlu ditingkatkan (PP 11/2017 jo. "
        "PP 17/2020 Pasal 205 ayat (1) huruf a): per kompetensi jumlah pejabat di bawah "
        "standar, sebaran besar selisih, rincian per unit kerja dan per jenjang, dan JP "
        "kegiatan katalog yang disarankan. Keluar seperti plan.",
    )
    add_common(parser)
    return parser


def _build(
    source: BatchReport | BatchRun, dictionary: Dictionary, target: Target | None
) -> NeedsInventory:
    return needs_inventory(source, dictionary, target=target.record if target else None)


def _run(args: argparse.Namespace, out: TextIO) -> int:
    return run_development(args, out, _build, "needs")


COMMAND = Command(_add, _run)
