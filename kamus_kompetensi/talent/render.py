"""The talent grid in a chosen format: ``text``, ``json``, ``html`` or ``xlsx``.

Writing to a path is atomic and private (``0600``), as for the check report
(:mod:`kamus_kompetensi.report.base`): the grid holds names and NIPs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from kamus_kompetensi.errors import InputError
from kamus_kompetensi.i18n import resolve_lang
from kamus_kompetensi.report.base import Output, binary_output, text_output
from kamus_kompetensi.talent.grid import TalentGrid
from kamus_kompetensi.talent.layout import TalentTexts
from kamus_kompetensi.talent.placement import talent_policy

if TYPE_CHECKING:
    from kamus_kompetensi.dictionary import Dictionary

TALENT_FORMATS = ("text", "json", "html", "xlsx")
_SUFFIXES = {".txt": "text", ".json": "json", ".html": "html", ".htm": "html", ".xlsx": "xlsx"}


def talent_format_for_path(path: Path) -> str:
    """The format a file name asks for (``talent.html`` → ``html``)."""
    found = _SUFFIXES.get(path.suffix.lower())
    if found is None:
        raise InputError.from_code(
            "report-unknown-extension", path=str(path), choices=", ".join(_SUFFIXES)
        )
    return found


def render_talent(
    grid: TalentGrid,
    fmt: str,
    out: Output,
    *,
    dictionary: Dictionary,
    lang: str | None = None,
) -> None:
    """Write ``grid`` as ``fmt`` to ``out`` (a path or an open stream); ``dictionary``
    gives the talent policy's labels and recommendations in ``lang``."""
    if fmt not in TALENT_FORMATS:
        raise InputError.from_code(
            "format-unavailable", format=fmt, allowed=", ".join(TALENT_FORMATS)
        )
    texts = TalentTexts(talent_policy(dictionary), resolve_lang(lang))
    if fmt == "xlsx":
        from kamus_kompetensi.talent.xlsx import write_grid_xlsx

        with binary_output(out) as handle:
            write_grid_xlsx(grid, texts, handle)
        return
    if fmt == "json":
        document = json.dumps(grid.to_dict(texts.policy), ensure_ascii=False, indent=2) + "\n"
    elif fmt == "html":
        from kamus_kompetensi.talent.html import grid_html

        document = grid_html(grid, texts, f"{dictionary.id} {dictionary.version}")
    else:
        from kamus_kompetensi.talent.text import grid_text

        document = grid_text(grid, texts)
    with text_output(out) as handle:
        handle.write(document)


__all__ = ["TALENT_FORMATS", "render_talent", "talent_format_for_path"]
