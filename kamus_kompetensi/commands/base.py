"""What every command shares: the :class:`Command` record and dictionary loading."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TextIO

from kamus_kompetensi.dictionary import Dictionary
from kamus_kompetensi.loader import load_dictionary

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
