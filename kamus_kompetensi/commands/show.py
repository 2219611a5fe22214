"""``show``: a competency's definition, levels and indicators."""

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
    return textwrap.fill(text, width=88, initial_indent=indent, subsequent_indent=indent)


def _render(comp: Competency, level: int | None, lang: str) -> str:
    def label(key: str) -> str:
        return message(key, lang)

    lines = [
        f"{comp.official_code or '-'}  {comp.name}  ({comp.code})",
        f"{label('label-group')}: {comp.group}",
        f"{label('label-definition')}:",
        _wrap(comp.definition, "  "),
    ]
    if comp.source:
        lines.append(
            f"{label('label-source')}: {comp.source.regulation}"
            f"{', ' + comp.source.part if comp.source.part else ''} "
            f"[{label('label-confidence')}: {comp.source.confidence}]"
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
                out.write(f"{row['official_code'] or '-':6} {row['code']:24} {row['name']}\n")
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
