"""``standard``: the required level per competency for an echelon, level or position.

With ``--lang en`` the names of competencies and position levels are the dictionary's
English names where it has them (an agency's named positions have none). Dictionary text
goes through :func:`~kamus_kompetensi.terminal.for_terminal`: an agency file is input.
"""

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
from kamus_kompetensi.dictionary import Dictionary, localized_name
from kamus_kompetensi.echelons import parse_echelon
from kamus_kompetensi.errors import InputError
from kamus_kompetensi.i18n import message
from kamus_kompetensi.models import Standard
from kamus_kompetensi.terminal import for_terminal


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


def standard_name(dictionary: Dictionary, standard: Standard, lang: str) -> str:
    """The name of what a standard is for: a position level's in ``lang``, or a named
    position's (which has only its own name)."""
    if standard.code == standard.position_level:
        level = dictionary.find_position_level(standard.code)
        if level is not None:
            return localized_name(level, lang)
    return standard.name


def _json(dictionary: Dictionary, standard: Standard) -> dict[str, object]:
    """The standard as data, with its English name beside its name (``None`` when the
    dictionary has none, as for an agency's named positions)."""
    is_level = standard.code == standard.position_level
    level = dictionary.find_position_level(standard.code) if is_level else None
    return {
        "code": standard.code,
        "name": standard.name,
        "name_en": level.name_en if level is not None else None,
        "position_level": standard.position_level,
        "required": dict(standard.levels),
        "total": standard.total,
    }


def _text(dictionary: Dictionary, standard: Standard, lang: str) -> str:
    """The standard as a table: official code, competency name, required level."""
    lines = [f"{for_terminal(standard_name(dictionary, standard, lang))} ({standard.code})"]
    if standard.code != standard.position_level:  # a named position: say its level
        level = dictionary.get_position_level(standard.position_level)
        lines.append(
            f"{message('report-col-position-level', lang)}: "
            f"{for_terminal(localized_name(level, lang))} ({level.code})"
        )
    rows = [
        (for_terminal(c.official_code or "-"), for_terminal(localized_name(c, lang)), level)
        for c, level in (
            (dictionary.get_competency(code), level) for code, level in standard.levels.items()
        )
    ]
    code_width = max([6, *(len(r[0]) for r in rows)])
    name_width = max([36, *(len(r[1]) for r in rows)])
    header = message("label-required", lang)
    competency = message("label-competency", lang)
    lines.append(f"{'':{code_width}} {competency:{name_width}} {header}")
    lines += [f"{code:{code_width}} {name:{name_width}} {level}" for code, name, level in rows]
    total = message("label-total", lang)
    lines.append(f"{'':{code_width}} {total:{name_width}} {standard.total}")
    return "\n".join(lines) + "\n"


def _run(args: argparse.Namespace, out: TextIO) -> int:
    dictionary = dictionary_from(args)
    standard = resolve_standard(dictionary, args.target, args.condition)
    if args.format == "json":
        write_json(_json(dictionary, standard), out)
    else:
        out.write(_text(dictionary, standard, args.lang))
    return 0


COMMAND = Command(_add, _run)
