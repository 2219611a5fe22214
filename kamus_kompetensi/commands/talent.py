"""``talent``: the talent box (nine-box) of every official in an assessment file or a
saved JSON check report.

Parsing only: :func:`~kamus_kompetensi.talent.source.read_checked` reads or checks FILE,
:func:`~kamus_kompetensi.talent.grid.talent_grid` places the officials, and
:func:`~kamus_kompetensi.talent.render.render_talent` writes the grid. Exit 0 when every
row read has a box, 1 when some have none (no or an unknown performance rating, a rejected
row), 2 when the input cannot be used. stderr gets a one-line summary of counts, never a
NIP or a name.
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
)
from kamus_kompetensi.commands.output import output_and_format
from kamus_kompetensi.i18n import message
from kamus_kompetensi.talent.grid import parse_pool, talent_grid
from kamus_kompetensi.talent.render import TALENT_FORMATS, render_talent, talent_format_for_path
from kamus_kompetensi.talent.source import read_checked
from kamus_kompetensi.terminal import for_terminal


def _add(sub: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "talent",
        help="kotak talenta (9-box) dari JPM dan predikat kinerja / talent box",
        description="Tempatkan setiap pejabat di kotak talenta (9-box, Permenpan RB 3/2020): "
        "potensial dari JPM, kinerja dari kolom kinerja / predikat_kinerja. BERKAS adalah "
        "berkas hasil asesmen (CSV, XLSX, JSON) atau laporan JSON dari check. Keluar 0 bila "
        "semua baris mendapat kotak, 1 bila ada yang tidak, 2 bila input tidak dapat dipakai.",
    )
    parser.add_argument("path", metavar="FILE", help="berkas hasil asesmen atau laporan JSON check")
    parser.add_argument(
        "--pool",
        default=None,
        metavar="KOTAK",
        help="kotak kelompok rencana suksesi, dipisah koma (default: 7,8,9 dari kebijakan talenta)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="BERKAS",
        help="tulis ke berkas .html, .xlsx, .json, .txt (- untuk stdout)",
    )
    parser.add_argument(
        "--format",
        choices=TALENT_FORMATS,
        default=None,
        help="format keluaran / output format (default: text, atau dari akhiran -o)",
    )
    parser.add_argument("--mask-nip", action="store_true", help="samarkan NIP di semua keluaran")
    parser.add_argument(
        "--policy",
        default=None,
        help="kebijakan kategori untuk berkas hasil asesmen (default: pemetaan)",
    )
    parser.add_argument("--sheet", help="lembar XLSX/XLS/ODS (nama atau nomor)")
    parser.add_argument("-q", "--quiet", action="store_true", help="tanpa ringkasan di stderr")
    return parser


def _run(args: argparse.Namespace, out: TextIO) -> int:
    pool = parse_pool(args.pool) if args.pool is not None else None
    dictionary = dictionary_from(args)
    source = Path(args.path)
    target, fmt = output_and_format(args, source, format_for_path=talent_format_for_path)
    report = read_checked(
        dictionary, source, policy=args.policy, sheet=args.sheet, mask_nip=args.mask_nip
    )
    grid = talent_grid(report, dictionary, pool=pool, mask_nip=args.mask_nip)
    render_talent(
        grid, fmt, target if target is not None else out, dictionary=dictionary, lang=args.lang
    )
    if target is None:
        out.flush()
    if not args.quiet:
        where = str(target) if target is not None else message("batch-stdout", args.lang)
        line = message(
            "talent-summary-line",
            args.lang,
            read=grid.rows_read,
            placed=grid.placed,
            without=len(grid.without_box),
            pool=len(grid.pool),
            target=where,
        )
        print(f"kamus-kompetensi: {for_terminal(line)}", file=sys.stderr)
    return EXIT_FINDINGS if grid.without_box else EXIT_OK


COMMAND = Command(_add, _run)
