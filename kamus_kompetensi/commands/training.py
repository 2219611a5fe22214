"""``training``: each official's training hours in a year against the yearly minimum.

Parsing only: the arguments become one :func:`~kamus_kompetensi.training.training_compliance`
call and one :func:`~kamus_kompetensi.training.report.render_training` call. Exit 2 when
the input cannot be used; else 1 when rows were rejected, or with ``--fail-below`` when
an official is below the minimum; else 0. stderr gets a one-line summary (counts only,
never a NIP or a name) and, for CSV (which has no place for them), each rejected row.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from kamus_kompetensi.commands.base import (
    EXIT_FINDINGS,
    EXIT_OK,
    Command,
    SubParsers,
    dictionary_from,
    input_options,
)
from kamus_kompetensi.commands.output import output_and_format
from kamus_kompetensi.errors import InputError
from kamus_kompetensi.i18n import message
from kamus_kompetensi.report import format_for_path
from kamus_kompetensi.terminal import for_terminal
from kamus_kompetensi.training import TrainingReport, training_compliance
from kamus_kompetensi.training.report import FORMATS, render_training


def _add(sub: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "training",
        help="kepatuhan jam pelajaran (JP) setahun / yearly training hours compliance",
        description="Jumlahkan jam pelajaran (JP) pengembangan kompetensi setiap pejabat "
        "dalam satu tahun dari berkas catatan pelatihan (kolom nip, nama, tanggal, "
        "tanggal_selesai, kegiatan, dan jp, jam atau menit) dan bandingkan dengan batas "
        "minimal kamus (nasional: 20 JP, PP 11/2017 Pasal 203). Keluar 0 bila berjalan, 1 "
        "bila ada baris ditolak atau, dengan --fail-below, ada pejabat di bawah batas; 2 "
        "bila input tidak dapat dipakai.",
    )
    parser.add_argument("path", metavar="FILE", help="catatan pelatihan (CSV, XLSX, JSON, …)")
    parser.add_argument("--year", metavar="YYYY", help="tahun yang diperiksa (wajib)")
    parser.add_argument(
        "--staff",
        metavar="FILE",
        help="daftar pegawai (berkas apa pun dengan kolom nip): yang tanpa catatan ikut "
        "dilaporkan tidak memenuhi",
    )
    parser.add_argument(
        "-o", "--output", metavar="BERKAS", help="tulis laporan ke berkas (- untuk stdout)"
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="format keluaran / output format (default: text, atau dari akhiran -o)",
    )
    input_options(parser, header_row=False)
    parser.add_argument("--mask-nip", action="store_true", help="samarkan NIP di semua keluaran")
    parser.add_argument(
        "--fail-below",
        action="store_true",
        help="keluar 1 bila ada pejabat di bawah batas minimal / exit 1 when anyone is below",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="tanpa ringkasan di stderr")
    return parser


def _year(text: str | None) -> int:
    if text is None:
        raise InputError.from_code("training-year-missing")
    stripped = text.strip()
    if not (stripped.isascii() and stripped.isdigit() and len(stripped) == 4):
        raise InputError.from_code("training-year-invalid", value=text[:40])
    return int(stripped)


def _run(args: argparse.Namespace, out: TextIO) -> int:
    year = _year(args.year)
    source = Path(args.path)
    staff = [Path(args.staff)] if args.staff else []
    target, fmt = output_and_format(
        args, source, *staff, format_for_path=lambda path: format_for_path(path, FORMATS)
    )
    dictionary = dictionary_from(args)
    report = training_compliance(
        source,
        year,
        dictionary,
        staff=Path(args.staff) if args.staff else None,
        mask_nip=args.mask_nip,
        sheet=args.sheet,
        fmt=args.input_format,
    )
    if fmt == "csv" and not args.quiet:
        for issue in report.errors:  # the CSV has no place for them; masked already
            print(f"kamus-kompetensi: {for_terminal(issue)}", file=sys.stderr)
    render_training(report, fmt, target if target is not None else out, lang=args.lang)
    if target is None:
        out.flush()
    if not args.quiet:
        print(
            f"kamus-kompetensi: {for_terminal(_summary(report, target, args.lang))}",
            file=sys.stderr,
        )
    return _exit(report, args.fail_below)


def _summary(report: TrainingReport, target: Path | None, lang: str) -> str:
    s = report.summary
    return message(
        "training-summary",
        lang,
        year=s.year,
        read=s.rows_read,
        counted=s.rows_counted,
        other=s.rows_other_year,
        rejected=s.rows_rejected,
        officials=s.officials,
        below=s.officials_below,
        target=str(target) if target is not None else message("batch-stdout", lang),
    )


def _exit(report: TrainingReport, fail_below: bool) -> int:
    """1 for rejected rows, or with ``--fail-below`` for an official below the minimum."""
    if report.summary.rows_rejected:
        return EXIT_FINDINGS
    if fail_below and report.summary.officials_below:
        return EXIT_FINDINGS
    return EXIT_OK


COMMAND = Command(_add, _run)
