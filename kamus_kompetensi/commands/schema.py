"""``schema``: print the JSON Schema of dictionary files (for editors and other tools)."""

from __future__ import annotations

import argparse
from typing import TextIO

from kamus_kompetensi.commands.base import Command, SubParsers
from kamus_kompetensi.schema import schema_json


def _add(sub: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "schema", help="cetak JSON Schema berkas kamus / print the dictionary JSON Schema"
    )
    return parser


def _run(args: argparse.Namespace, out: TextIO) -> int:
    out.write(schema_json())
    return 0


COMMAND = Command(_add, _run, uses_dictionary=False)
