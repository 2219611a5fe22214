"""``standard``: the required level per competency for an echelon, level or position."""

from __future__ import annotations

import argparse
from typing import TextIO

from kamus_kompetensi.commands.base import (
    Command,
    SubParsers,
    dictionary_from,
    format_option,
    write_json,
)
from kamus_kompetensi.dictionary import Dictionary
from kamus_kompetensi.echelons import parse_echelon
from kamus_kompetensi.errors import InputError
from kamus_kompetensi.i18n import message
from kamus_kompetensi.models import Standard


def _add(sub: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "standard",
        help="standar kompetensi jabatan / the standard of a position level",
        description="Level standar per kompetensi untuk eselon (II.a), jenjang jabatan "
        "(jpt_pratama) atau jabatan (kamus instansi).",
    )
    parser.add_argument("target", metavar="ESELON|JENJANG|JABATAN")
    parser.add_argument(
        "--condition",
        default=None,
        help="kondisi padanan eselon, mis. kepala_lpnk (I.a → JPT Utama)",
    )
    format_option(parser)
    return parser


def resolve_standard(dictionary: Dictionary, target: str, condition: str | None) -> Standard:
    """A standard from a position, a position level or an echelon, in that order (an
    agency's position named "pelaksana" is that position, not echelon V). A condition only
    selects an echelon mapping, so it is refused with any other target."""
    named = dictionary.find_position(target) or dictionary.find_position_level(target)
    if named is not None and condition is None:
        return dictionary.get_standard(named)
    if parse_echelon(target) is not None:
        level = dictionary.get_position_level_for_echelon(target, condition=condition)
        return dictionary.get_standard(level)
    if named is not None:
        raise InputError.from_code("condition-without-echelon", condition=condition)
    return dictionary.get_standard(target)


def _run(args: argparse.Namespace, out: TextIO) -> int:
    dictionary = dictionary_from(args)
    standard = resolve_standard(dictionary, args.target, args.condition)
    if args.format == "json":
        write_json(
            {
                "code": standard.code,
                "name": standard.name,
                "position_level": standard.position_level,
                "required": dict(standard.levels),
                "total": standard.total,
            },
            out,
        )
        return 0
    out.write(f"{standard.name} ({standard.code})\n")
    rows = [
        (c.official_code or "-", c.name, standard.levels[c.code])
        for c in (dictionary.get_competency(code) for code in standard.levels)
    ]
    code_width = max([6, *(len(r[0]) for r in rows)])
    name_width = max([36, *(len(r[1]) for r in rows)])
    header = message("label-required", args.lang)
    out.write(f"{'':{code_width}} {message('label-competency', args.lang):{name_width}} {header}\n")
    for official, name, level in rows:
        out.write(f"{official:{code_width}} {name:{name_width}} {level}\n")
    total = message("label-total", args.lang)
    out.write(f"{'':{code_width}} {total:{name_width}} {standard.total}\n")
    return 0


COMMAND = Command(_add, _run)
