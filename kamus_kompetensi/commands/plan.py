"""``plan``: development plans per official (PP 11/2017 as amended, Pasal 206).

Parsing only: FILE (an assessment file, checked as ``check`` does, or a saved JSON report
of ``check``) becomes one :func:`~kamus_kompetensi.development.development_plan` call and
one rendering. Exit 2 for unusable input, 1 when some rows were rejected (or could not be
planned against the target), else 0. stderr gets a one-line summary with counts and
codes only, never a NIP or a name. ``needs`` shares the options and the flow.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from kamus_kompetensi.batch import BatchRun
from kamus_kompetensi.batch.outcomes import BatchReport
from kamus_kompetensi.commands.base import (
    EXIT_FINDINGS,
    EXIT_OK,
    Command,
    SubParsers,
    dictionary_from,
    input_options,
    print_row_issue,
)
from kamus_kompetensi.commands.output import output_and_format
from kamus_kompetensi.development.needs import NeedsInventory
from kamus_kompetensi.development.plan import (
    DevelopmentPlan,
    Target,
    development_plan,
    target_of_level,
    target_of_position,
)
from kamus_kompetensi.development.render import FORMATS, render_development
from kamus_kompetensi.development.source import open_source
from kamus_kompetensi.dictionary import Dictionary
from kamus_kompetensi.i18n import message
from kamus_kompetensi.report import format_for_path
from kamus_kompetensi.report.base import RenderOptions
from kamus_kompetensi.terminal import for_terminal

Build = Callable[
    ["BatchReport | BatchRun", Dictionary, "Target | None"], "DevelopmentPlan | NeedsInventory"
]


def add_common(parser: argparse.ArgumentParser) -> None:
    """FILE, the standard planned against, and the options shared with ``check``."""
    parser.add_argument(
        "path",
        metavar="FILE",
        help="hasil asesmen (CSV, XLSX, XLS, ODS, JSON, JSONL) atau laporan JSON dari check",
    )
    target = parser.add_mutually_exclusive_group()
    target.add_argument(
        "--target-level",
        metavar="JENJANG",
        help="rencanakan terhadap jenjang yang akan diduduki, mis. administrator",
    )
    target.add_argument(
        "--target-position",
        metavar="JABATAN",
        help="rencanakan terhadap jabatan (kamus instansi) yang akan diduduki",
    )
    parser.add_argument(
        "--policy",
        default=None,
        help="kebijakan kategori untuk berkas asesmen: pemetaan (default) | seleksi",
    )
    parser.add_argument("-o", "--output", metavar="BERKAS", help="tulis ke berkas (- untuk stdout)")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="format keluaran / output format (default: text, atau dari akhiran -o)",
    )
    input_options(parser)
    parser.add_argument("--mask-nip", action="store_true", help="samarkan NIP di semua keluaran")
    parser.add_argument("-q", "--quiet", action="store_true", help="tanpa ringkasan di stderr")


def _add(sub: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "plan",
        help="rencana pengembangan kompetensi per pejabat / development plans",
        description="Rencana pengembangan per pejabat (PP 11/2017 jo. PP 17/2020 Pasal 206): "
        "kompetensi di bawah standar, level yang dituju beserta indikatornya, kegiatan yang "
        "disarankan (katalog instansi atau jenis kegiatan), dan pelatihan kepemimpinan "
        "jenjangnya. Keluar 0 bila selesai, 1 bila ada baris ditolak, 2 bila input tidak "
        "dapat dipakai.",
    )
    add_common(parser)
    return parser


def target_from(args: argparse.Namespace, dictionary: Dictionary) -> Target | None:
    """The target named by ``--target-level`` or ``--target-position``."""
    if args.target_level is not None:
        return target_of_level(dictionary, args.target_level)
    if args.target_position is not None:
        return target_of_position(dictionary, args.target_position)
    return None


def run_development(args: argparse.Namespace, out: TextIO, build: Build, name: str) -> int:
    """The flow ``plan`` and ``needs`` share: open, build, render, summarise, exit."""
    dictionary = dictionary_from(args)
    target = target_from(args, dictionary)
    source_path = Path(args.path)
    output, fmt = output_and_format(
        args, source_path, format_for_path=lambda path: format_for_path(path, FORMATS)
    )
    source = open_source(
        dictionary,
        source_path,
        policy=args.policy,
        sheet=args.sheet,
        fmt=args.input_format,
        header_row=args.header_row,
        mask_nip=args.mask_nip,
    )
    try:
        report = build(source, dictionary, target)
    finally:
        if isinstance(source, BatchRun):
            source.close()
    options = RenderOptions(dictionary=dictionary, lang=args.lang, mask_nip=args.mask_nip)
    render_development(report, fmt, out if output is None else output, options)
    if output is None:
        out.flush()
    if fmt == "csv":  # CSV has no place for them: each on its own stderr line, as check
        for issue in report.errors:
            print_row_issue(issue)
    if not args.quiet:
        line = _summary_line(report, name, output, args.lang)
        print(f"kamus-kompetensi: {for_terminal(line)}", file=sys.stderr)
    return EXIT_FINDINGS if report.errors else EXIT_OK


def _summary_line(
    report: DevelopmentPlan | NeedsInventory, name: str, output: Path | None, lang: str
) -> str:
    summary = report.summary
    where = str(output) if output is not None else message("batch-stdout", lang)
    if isinstance(report, DevelopmentPlan):
        counts = report.counts()
        officials, needing = counts["officials"], counts["officials_with_items"]
    else:
        officials, needing = report.officials, report.officials_with_needs
    codes = sorted({issue.code for issue in [*report.errors, *report.warnings]})
    return message(
        f"{name}-summary",
        lang,
        read=summary.rows_read,
        officials=officials,
        needing=needing,
        errors=len({issue.row for issue in report.errors}),
        codes=f" ({', '.join(codes)})" if codes else "",
        target=where,
    )


def _build(
    source: BatchReport | BatchRun, dictionary: Dictionary, target: Target | None
) -> DevelopmentPlan:
    return development_plan(source, dictionary, target=target.record if target else None)


def _run(args: argparse.Namespace, out: TextIO) -> int:
    return run_development(args, out, _build, "plan")


COMMAND = Command(_add, _run)
