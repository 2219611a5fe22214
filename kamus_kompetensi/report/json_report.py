"""JSON: ``{"format", "results", "errors", "warnings", "summary"}``, results streamed.

Results are written as they arrive; errors and warnings are kept in a spooled temporary
file (memory up to 1 MiB, then disk) and written after the results, and the summary,
final only once the source is exhausted, comes last. The document is therefore valid JSON
with constant memory however many rows there are. The shape is documented in
``docs/laporan.md``; Decimals are strings (``"jpm": "82.64"``) so no precision is lost.
"""

from __future__ import annotations

import json
import tempfile
from typing import IO, Any

from kamus_kompetensi.outcomes import OfficialResult, RowIssue
from kamus_kompetensi.report.base import (
    Output,
    RenderOptions,
    Source,
    issue_value,
    iter_outcomes,
    text_output,
)

FORMAT_ID = "kamus-kompetensi/batch-report/1"
_SPOOL_BYTES = 1 << 20


def result_dict(item: OfficialResult, options: RenderOptions) -> dict[str, Any]:
    """One checked official as JSON-ready data."""
    result = item.result
    scorer = result.scorer
    competencies: dict[str, Any] = {}
    development: list[str] = []
    if scorer is not None:
        for code, required, attained in zip(
            scorer.codes, scorer.required, result.attained, strict=True
        ):
            competencies[code] = {
                "required": required,
                "attained": str(attained),
                "gap": str(attained - required),
                "meets": attained >= required,
            }
            if attained < required:
                development.append(code)
    return {
        "row": item.row,
        "nip": item.shown_nip(options.mask_nip),
        "name": item.name,
        "position_title": item.position_title,
        "unit": item.unit,
        "standard": result.standard_code,
        "standard_name": result.standard_name,
        "position_level": result.position_level,
        "policy": result.policy,
        "jpm": str(result.jpm),
        "band": {"code": result.band.code, "name": options.band_name(result.band)},
        "meets_standard": result.meets_standard,
        "competencies": competencies,
        "development": development,
        "assessed_on": result.assessed_on.isoformat() if result.assessed_on else None,
        "valid_until": result.valid_until.isoformat() if result.valid_until else None,
        "warnings": [w.code for w in item.warnings],
    }


def issue_dict(issue: RowIssue, options: RenderOptions) -> dict[str, Any]:
    """A row issue as JSON-ready data; an echoed NIP value is masked when asked."""
    data = issue.to_dict()
    value = issue_value(issue, options)
    if value is not None:
        data["value"] = value
    return data


def _dump(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ": "))


class _Spool:
    """A JSON array written item by item to a spooled temporary file."""

    def __init__(self) -> None:
        self.file: IO[str] = tempfile.SpooledTemporaryFile(  # noqa: SIM115 - closed in copy_to
            max_size=_SPOOL_BYTES, mode="w+", encoding="utf-8"
        )
        self.count = 0

    def add(self, data: object) -> None:
        self.file.write((",\n  " if self.count else "\n  ") + _dump(data))
        self.count += 1

    def copy_to(self, handle: IO[str]) -> None:
        with self.file:
            self.file.seek(0)
            while chunk := self.file.read(1 << 16):
                handle.write(chunk)
        handle.write("\n ]" if self.count else "]")


def render_json(source: Source, out: Output, options: RenderOptions) -> None:
    """Write the JSON report of ``source`` to ``out``."""
    errors, warnings = _Spool(), _Spool()
    try:
        with text_output(out) as handle:
            handle.write(f'{{"format": {_dump(FORMAT_ID)},\n "results": [')
            count = 0
            for item in iter_outcomes(source):
                if isinstance(item, OfficialResult):
                    handle.write((",\n  " if count else "\n  ") + _dump(result_dict(item, options)))
                    count += 1
                    for warning in item.warnings:
                        warnings.add(issue_dict(warning, options))
                else:
                    (errors if item.severity == "error" else warnings).add(
                        issue_dict(item, options)
                    )
            handle.write("\n ]" if count else "]")
            summary = source.summary
            for warning in summary.file_warnings:
                warnings.add(issue_dict(warning, options))
            handle.write(',\n "errors": [')
            errors.copy_to(handle)
            handle.write(',\n "warnings": [')
            warnings.copy_to(handle)
            handle.write(f',\n "summary": {_dump(summary.to_dict())}\n}}\n')
    finally:
        errors.file.close()
        warnings.file.close()
