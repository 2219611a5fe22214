"""``show``: a competency's definition, levels and indicators.

Dictionary text is printed through :func:`~kamus_kompetensi.terminal.for_terminal`: an
agency dictionary is input like any other, and its text must not act on the terminal.
"""

from __future__ import annotations

import argparse
import textwrap
from typing import Any, TextIO

from kamus_kompetensi.commands.base import (
    Command,
    SubParsers,
    dictionary_from,
    format_option,
    write_json,
)
from kamus_kompetensi.i18n import message
from kamus_kompetensi.models import Competency
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


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(
        for_terminal(text), width=88, initial_indent=indent, subsequent_indent=indent
    )


def _render(comp: Competency, level: int | None, lang: str) -> str:
    def label(key: str) -> str:
        return message(key, lang)

    safe = for_terminal
    lines = [
        f"{safe(comp.official_code or '-')}  {safe(comp.name)}  ({safe(comp.code)})",
        f"{label('label-group')}: {safe(comp.group)}",
        f"{label('label-definition')}:",
        _wrap(comp.definition, "  "),
    ]
    if comp.source:
        part = f", {comp.source.part}" if comp.source.part else ""
        lines.append(
            f"{label('label-source')}: {safe(comp.source.regulation + part)} "
            f"[{label('label-confidence')}: {safe(comp.source.confidence)}]"
        )
    for lv in comp.levels:
        if level is not None and lv.level != level:
            continue
        lines += ["", f"{label('label-level')} {lv.level}: ", _wrap(lv.description, "  ")]
        for ind in lv.indicators:
            lines.append(_wrap(f"{ind.code}  {ind.text}", "    "))
    return "\n".join(lines) + "\n"


def _run(args: argparse.Namespace, out: TextIO) -> int:
    dictionary = dictionary_from(args)
    if args.competency is None:
        rows: list[dict[str, Any]] = [
            {
                "code": c.code,
                "official_code": c.official_code,
                "name": c.name,
                "group": str(c.group),
            }
            for c in dictionary.competencies
        ]
        if args.format == "json":
            write_json(rows, out)
        else:
            for row in rows:
                official = for_terminal(row["official_code"] or "-")
                code, name = for_terminal(row["code"]), for_terminal(row["name"])
                out.write(f"{official:6} {code:24} {name}\n")
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
