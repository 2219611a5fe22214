"""``template``: write an empty batch input file (CSV or XLSX) with an example row."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from kamus_kompetensi.commands.base import Command, SubParsers, dictionary_from
from kamus_kompetensi.commands.output import write_atomically
from kamus_kompetensi.errors import InputError, Location
from kamus_kompetensi.i18n import message
from kamus_kompetensi.input_template import (
    example_name,
    template_format,
    write_template_csv,
    write_template_xlsx,
)


def _add(sub: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "template",
        help="buat berkas masukan kosong untuk check / write an empty input file",
        description="Tulis berkas masukan (CSV atau XLSX, dari akhiran nama berkas) berisi "
        "semua kolom dan satu baris contoh fiktif (bertanda 'CONTOH — hapus baris ini'), siap "
        "diisi lalu diperiksa dengan 'kamus-kompetensi check'. XLSX memuat lembar 'Petunjuk' "
        "setelah lembar data. Berkas yang sudah ada tidak ditimpa kecuali dengan --force.",
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="berkas tujuan (.csv atau .xlsx); '-' untuk CSV ke keluaran standar",
    )
    parser.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada")
    return parser


def _run(args: argparse.Namespace, out: TextIO) -> int:
    dictionary = dictionary_from(args)
    if args.output == "-":
        write_template_csv(dictionary, out, args.lang)
        return 0
    path = Path(args.output)
    fmt = template_format(path)
    if path.exists() and not args.force:
        raise InputError.from_code("starter-exists", Location(file=str(path)), path=str(path))

    def write(temporary: Path) -> None:
        if fmt == "xlsx":
            write_template_xlsx(dictionary, temporary, args.lang)
            return
        # BOM: Excel on Windows then opens the UTF-8 file with the right letters.
        with temporary.open("w", encoding="utf-8-sig", newline="") as handle:
            write_template_csv(dictionary, handle, args.lang)

    write_atomically(path, write)
    print(message("template-written", args.lang, path=path), file=sys.stderr)
    _print_example_hint(args.lang)
    return 0


def _print_example_hint(lang: str) -> None:
    """The example row is to be overwritten or deleted: say so where the command ends."""
    print(message("template-example-hint", lang, name=example_name(lang)), file=sys.stderr)


COMMAND = Command(_add, _run)
