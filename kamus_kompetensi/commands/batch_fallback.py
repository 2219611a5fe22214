"""A stand-in for :mod:`kamus_kompetensi.report` until the renderers are merged.

It has the same interface (``FORMATS``, ``format_for_path``, ``render``) and writes only
plain text and JSON, so the batch command works and can be tested on its own. Delete this
module once ``kamus_kompetensi.report`` exists: ``commands.check.render_report`` then uses
the real renderers without any other change.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from kamus_kompetensi.dictionary import Dictionary
from kamus_kompetensi.errors import InputError, Location
from kamus_kompetensi.nip import mask_nip as mask
from kamus_kompetensi.outcomes import BatchReport, BatchSummary, OfficialResult, RowIssue

FORMATS = ("text", "csv", "xlsx", "json", "html")
AVAILABLE = ("text", "json")
_SUFFIXES = {".txt": "text", ".csv": "csv", ".xlsx": "xlsx", ".json": "json", ".html": "html"}


def format_for_path(path: str | Path) -> str:
    """The report format a file name asks for (``laporan.xlsx`` → ``xlsx``)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".htm":
        return "html"
    if suffix not in _SUFFIXES:
        raise InputError.from_code(
            "input-format-unknown",
            Location(file=str(path)),
            suffix=suffix or "-",
            allowed=", ".join(FORMATS),
        )
    return _SUFFIXES[suffix]


def render(
    source: Any,
    fmt: str,
    out: TextIO | str | Path,
    *,
    lang: str | None = None,
    mask_nip: bool = False,
    dictionary: Dictionary | None = None,
) -> None:
    """Write ``source`` (a :class:`BatchReport` or a batch run) as text or JSON."""
    if fmt not in AVAILABLE:
        raise InputError.from_code("format-unavailable", format=fmt, allowed=", ".join(AVAILABLE))
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="\n") as handle:
            render(source, fmt, handle, lang=lang, mask_nip=mask_nip, dictionary=dictionary)
        return
    outcomes = source.outcomes() if isinstance(source, BatchReport) else iter(source)
    if fmt == "json":
        _json(outcomes, source.summary, out, mask_nip)
    else:
        _text(outcomes, source.summary, out, mask_nip)


def _result_dict(item: OfficialResult, masked: bool) -> dict[str, Any]:
    data = item.result.to_dict()
    data["official"] = {"nip": item.shown_nip(masked), "name": item.name}
    return {
        "row": item.row,
        "position_title": item.position_title,
        "unit": item.unit,
        **data,
        "warnings": [_issue(w, masked) for w in item.warnings],
    }


def _issue(issue: RowIssue, masked: bool) -> dict[str, Any]:
    data = issue.to_dict()
    if masked and issue.code in ("invalid-nip", "duplicate-nip") and "value" in data:
        data["value"] = mask(data["value"])
    return data


def _json(
    outcomes: Iterable[OfficialResult | RowIssue], summary: BatchSummary, out: TextIO, masked: bool
) -> None:
    """Results are streamed; errors (few) are held until the results are written."""
    errors: list[dict[str, Any]] = []
    out.write('{\n"format": "kamus-kompetensi/batch-report/1",\n"results": [')
    first = True
    for item in outcomes:
        if isinstance(item, RowIssue):
            errors.append(_issue(item, masked))
            continue
        out.write(
            ("\n" if first else ",\n") + json.dumps(_result_dict(item, masked), ensure_ascii=False)
        )
        first = False
    out.write('\n],\n"errors": ' + json.dumps(errors, ensure_ascii=False))
    out.write(',\n"summary": ' + json.dumps(summary.to_dict(), ensure_ascii=False) + "\n}\n")


def _text(
    outcomes: Iterable[OfficialResult | RowIssue], summary: BatchSummary, out: TextIO, masked: bool
) -> None:
    for item in outcomes:
        if isinstance(item, RowIssue):
            out.write(f"{item}\n")
            continue
        r = item.result
        who = f"{item.shown_nip(masked) or '-'} {item.name or '-'}"
        out.write(f"baris {item.row}: {who}: JPM {r.jpm} {r.band.name} ({r.standard_code})\n")
        for warning in item.warnings:
            out.write(f"  {warning}\n")
    for warning in summary.file_warnings:
        out.write(f"{warning}\n")
