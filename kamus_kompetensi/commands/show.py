"""``show``: a competency's definition, levels and indicators.

With ``--lang en`` names come from the dictionary's English names (``name_en``), and
Indonesian where it has none; definitions and indicators stay as the dictionary writes
them. The JSON keeps the data as it is (``name`` and ``name_en`` both).

Dictionary text is printed through :func:`~kamus_kompetensi.terminal.for_terminal`: an
agency dictionary is input like any other, and its text must not act on the terminal.
"""

from __future__ import annotations

import argparse
import textwrap
from typing import TextIO

from kamus_kompetensi.commands.base import (
    Command,
    SubParsers,
    dictionary_from,
    format_option,
    write_json,
)
from kamus_kompetensi.dictionary import Dictionary, localized_name
from kamus_kompetensi.i18n import message
from kamus_kompetensi.models import Competency, Source
from kamus_kompetensi.terminal import for_terminal


def _add(sub: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "show",
        help="tampilkan kompetensi / show a competency",
        description="Tampilkan definisi, level, dan indikator perilaku sebuah kompetensi. "
        "Tanpa argumen: daftar semua kompetensi.",
    )
    parser.add_argument(
        "competency", nargs="?", metavar="KOMPETENSI", help="kode, kode resmi (M.01) atau nama"
    )
    parser.add_argument("--level", type=int, choices=range(1, 6), metavar="1-5")
    format_option(parser)
    return parser


def _wrap(text: str, indent: str, hang: int = 0) -> str:
    """``text`` filled to 88 columns; continuation lines indented ``hang`` more (so an
    indicator's text lines up under itself, not under its number)."""
    return textwrap.fill(
        for_terminal(text),
        width=88,
        initial_indent=indent,
        subsequent_indent=indent + " " * hang,
    )


def source_text(source: Source, lang: str) -> str:
    """``regulation, part [confidence: high]``: where a fact comes from, in one line."""
    part = f", {source.part}" if source.part else ""
    confidence = message(f"confidence-{source.confidence}", lang)
    return f"{source.regulation}{part} [{message('label-confidence', lang)}: {confidence}]"


def _render(comp: Competency, level: int | None, lang: str) -> str:
    def label(key: str) -> str:
        return message(key, lang)

    safe = for_terminal
    name = localized_name(comp, lang)
    lines = [f"{safe(comp.official_code or '-')}  {safe(name)}  ({safe(comp.code)})"]
    if name != comp.name:
        lines.append(f"{label('label-official-name')}: {safe(comp.name)}")
    lines += [
        f"{label('label-group')}: {label(f'group-{comp.group}')}",
        f"{label('label-definition')}:",
        _wrap(comp.definition, "  "),
    ]
    if comp.source:
        lines.append(f"{label('label-source')}: {safe(source_text(comp.source, lang))}")
    for lv in comp.levels:
        if level is not None and lv.level != level:
            continue
        lines += ["", f"{label('label-level')} {lv.level}:", _wrap(lv.description, "  ")]
        for ind in lv.indicators:
            lines.append(_wrap(f"{ind.code}  {ind.text}", "    ", len(ind.code) + 2))
    return "\n".join(lines) + "\n"


def _list(dictionary: Dictionary, args: argparse.Namespace, out: TextIO) -> None:
    """Every competency, one a line (text) or as records with both names (JSON)."""
    if args.format == "json":
        keys = ("code", "official_code", "name", "name_en", "group")
        write_json(
            [comp.model_dump(mode="json", include=set(keys)) for comp in dictionary.competencies],
            out,
        )
        return
    for comp in dictionary.competencies:
        official = for_terminal(comp.official_code or "-")
        code, name = for_terminal(comp.code), for_terminal(localized_name(comp, args.lang))
        out.write(f"{official:6} {code:24} {name}\n")


def _run(args: argparse.Namespace, out: TextIO) -> int:
    dictionary = dictionary_from(args)
    if args.competency is None:
        _list(dictionary, args, out)
        return 0
    comp = dictionary.get_competency(args.competency)
    if args.format == "json":
        data = comp.model_dump(mode="json")
        if args.level is not None:
            data["levels"] = [lv for lv in data["levels"] if lv["level"] == args.level]
        write_json(data, out)
    else:
        out.write(_render(comp, args.level, args.lang))
    return 0


COMMAND = Command(_add, _run)
