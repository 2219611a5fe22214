"""What every command shares: the :class:`Command` record, dictionary loading, and the
options and stderr lines of the commands that read a file of rows."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TextIO

from kamus_kompetensi.batch.outcomes import is_nip_issue
from kamus_kompetensi.dictionary import Dictionary
from kamus_kompetensi.i18n import message
from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.loader import load_dictionary
from kamus_kompetensi.nip import mask_nip
from kamus_kompetensi.tabular import FORMATS as INPUT_FORMATS
from kamus_kompetensi.terminal import for_terminal

SubParsers = Any  # argparse's _SubParsersAction is private

#: Exit codes of every command: clean, findings (or rows rejected / below standard), and
#: usage or unusable input.
EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


@dataclass(frozen=True)
class Command:
    """A CLI command: how to build its parser, and how to run it."""

    add: Callable[[SubParsers], argparse.ArgumentParser]
    run: Callable[[argparse.Namespace, TextIO], int]
    uses_dictionary: bool = True


def dictionary_from(args: argparse.Namespace) -> Dictionary:
    """The dictionary named by ``--dictionary``, or the shipped national one."""
    return load_dictionary(getattr(args, "dictionary", None), lang=args.lang)


def write_json(payload: Any, out: TextIO) -> None:
    """Pretty JSON, UTF-8 text kept readable."""
    json.dump(payload, out, ensure_ascii=False, indent=2)
    out.write("\n")


def format_option(
    parser: argparse.ArgumentParser, choices: tuple[str, ...] = ("text", "json")
) -> None:
    """The ``--format`` option shared by commands that print results."""
    parser.add_argument(
        "--format",
        choices=choices,
        default="text",
        help="format keluaran / output format (default: text)",
    )


def input_options(parser: argparse.ArgumentParser, *, header_row: bool = True) -> None:
    """``--sheet``, ``--header-row`` and ``--input-format``: how FILE is read, the same
    for every command that reads rows (``check`` words its help more fully)."""
    parser.add_argument("--sheet", help="lembar XLSX/XLS/ODS (nama atau nomor)")
    if header_row:
        parser.add_argument(
            "--header-row", type=header_row_number, metavar="N", help="baris judul kolom (mulai 1)"
        )
    parser.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        help="format berkas masukan bila akhiran berkas tidak jelas",
    )


def header_row_number(text: str) -> int:
    """``--header-row``: a sheet row number, 1 or more."""
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(message("header-row-invalid", value=text))
    return int(text)


def print_row_issue(issue: RowIssue, clear: str = "") -> None:
    """A rejected row on its own stderr line, for reports that have no section for them
    (CSV), so no row is lost from sight. A NIP value is always masked here: stderr often
    ends up in logs. ``clear`` first wipes a progress counter off the line."""
    if issue.value is not None and is_nip_issue(issue):
        issue = issue._replace(value=mask_nip(issue.value))
    sys.stderr.write(f"{clear}kamus-kompetensi: {for_terminal(issue)}\n")
