"""``new-agency``: write a commented starter file for an agency dictionary."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from kamus_kompetensi.commands.base import Command, SubParsers
from kamus_kompetensi.i18n import message
from kamus_kompetensi.starter import agency_starter, write_agency_starter


def _add(sub: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "new-agency",
        help="buat berkas awal kamus instansi / write a starter agency dictionary",
        description="Tulis berkas awal kamus instansi (extends: nasional) yang sudah valid, "
        "lengkap dengan penjelasan dalam komentar. Berkas yang sudah ada tidak ditimpa "
        "kecuali dengan --force.",
    )
    parser.add_argument(
        "-o",
        "--output",
        default="-",
        metavar="FILE",
        help="berkas tujuan; '-' untuk keluaran standar (default: -)",
    )
    parser.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada")
    parser.add_argument("--id", dest="dictionary_id", default=None, help="dictionary.id")
    parser.add_argument("--title", default=None, help="dictionary.title (judul kamus)")
    return parser


def _run(args: argparse.Namespace, out: TextIO) -> int:
    if args.output == "-":
        out.write(agency_starter(dictionary_id=args.dictionary_id, title=args.title))
        return 0
    path = write_agency_starter(
        args.output, force=args.force, dictionary_id=args.dictionary_id, title=args.title
    )
    print(message("starter-written", args.lang, path=path), file=sys.stderr)
    return 0


COMMAND = Command(_add, _run, uses_dictionary=False)
