"""``booklet``: the whole dictionary as a printable HTML or PDF booklet.

The format comes from ``--format`` or the output's extension (``.html``, ``.htm``,
``.pdf``) and is checked, with PDF's extra, before the dictionary is read. The booklet is
written atomically and never over a file of the dictionary it shows.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from kamus_kompetensi.commands.base import EXIT_OK, Command, SubParsers, dictionary_from
from kamus_kompetensi.commands.output import refuse_overwriting_input
from kamus_kompetensi.i18n import message
from kamus_kompetensi.report.booklet import BOOKLET_FORMATS, booklet_format, render_booklet
from kamus_kompetensi.terminal import for_terminal


def _add(sub: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "booklet",
        help="buklet kamus untuk dicetak / the dictionary as a printable booklet",
        description="Tulis seluruh kamus (nasional, dan kamus instansi dengan -d) sebagai "
        "buklet HTML atau PDF yang siap dicetak: daftar isi, definisi, lima level, dan "
        "semua indikator perilaku setiap kompetensi, jenjang jabatan dan standarnya.",
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="berkas buklet: .html, .htm atau .pdf (- untuk keluaran standar)",
    )
    parser.add_argument(
        "--format",
        default=None,
        metavar="|".join(BOOKLET_FORMATS),
        help="html atau pdf (default: dari ekstensi berkas; html untuk -o -)",
    )
    parser.add_argument(
        "--position-level",
        default=None,
        metavar="KODE",
        help="jenjang jabatan (atau jabatan kamus instansi) yang level standarnya ditandai, "
        "dengan ringkasan standar di depan",
    )
    return parser


def _run(args: argparse.Namespace, out: TextIO) -> int:
    target = None if args.output == "-" else Path(args.output)
    fmt = booklet_format(target, args.format)
    if fmt == "pdf":
        from kamus_kompetensi.report.pdf import require_pdf

        require_pdf()
    dictionary = dictionary_from(args)
    if target is not None:
        for file in dictionary.files:  # the shipped file is named "nasional", not a path
            if Path(file.path).is_file():
                refuse_overwriting_input(target, Path(file.path))
    if target is None:
        render_booklet(dictionary, out, fmt, position_level=args.position_level, lang=args.lang)
        return EXIT_OK
    render_booklet(dictionary, target, fmt, position_level=args.position_level, lang=args.lang)
    indicators = sum(len(level.indicators) for c in dictionary.competencies for level in c.levels)
    written = message(
        "booklet-written",
        args.lang,
        path=str(target),
        competencies=len(dictionary.competencies),
        indicators=indicators,
    )
    print(f"kamus-kompetensi: {for_terminal(written)}", file=sys.stderr)
    return EXIT_OK


COMMAND = Command(_add, _run)
