"""JSON: ``{"format", "results", "errors", "warnings", "summary"}``, results streamed.

The document is :meth:`~kamus_kompetensi.batch.outcomes.BatchReport.to_dict` (so
``BatchReport.from_dict(json.load(f))`` gives the report back), written as it arrives:
results first; errors and warnings are kept in a spooled temporary file (memory up to
1 MiB, then disk) and written after the results, and the summary, final only once the
source is exhausted, comes last. Memory stays constant however many rows there are.
Decimals are strings (``"jpm": "82.64"``) so no precision is lost; the shape is described
in ``docs/laporan.md``.

One official checked on their own (``RenderOptions.one_official``) is written as
:meth:`~kamus_kompetensi.scoring.AssessmentResult.to_dict`, what ``check --format json``
prints and :meth:`~kamus_kompetensi.scoring.AssessmentResult.from_dict` reads back.
"""

from __future__ import annotations

import json
import tempfile
from typing import IO

from kamus_kompetensi.batch.outcomes import REPORT_FORMAT, OfficialResult, issue_dict
from kamus_kompetensi.report.base import (
    Output,
    RenderOptions,
    Source,
    iter_outcomes,
    one_official,
    text_output,
)

_SPOOL_BYTES = 1 << 20


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
    if options.one_official:
        _one_official(source, out, options)
        return
    errors, row_warnings = _Spool(), _Spool()
    mask = options.mask_nip
    try:
        with text_output(out) as handle:
            handle.write(f'{{"format": {_dump(REPORT_FORMAT)},\n "results": [')
            count = 0
            for item in iter_outcomes(source):
                if isinstance(item, OfficialResult):
                    data = item.to_dict(mask_nip=mask)
                    handle.write((",\n  " if count else "\n  ") + _dump(data))
                    count += 1
                    for warning in item.warnings:
                        row_warnings.add(issue_dict(warning, mask_nip=mask))
                else:
                    errors.add(issue_dict(item, mask_nip=mask))
            handle.write("\n ]" if count else "]")
            summary = source.summary
            handle.write(',\n "errors": [')
            errors.copy_to(handle)
            handle.write(',\n "warnings": [')
            file_warnings = [_dump(issue_dict(w, mask_nip=mask)) for w in summary.file_warnings]
            if file_warnings:
                handle.write("\n  " + ",\n  ".join(file_warnings))
                if row_warnings.count:
                    handle.write(",")
            if row_warnings.count or not file_warnings:
                row_warnings.copy_to(handle)
            else:
                row_warnings.file.close()
                handle.write("\n ]")
            handle.write(f',\n "summary": {_dump(summary.to_dict())}\n}}\n')
    finally:
        errors.file.close()
        row_warnings.file.close()


def _one_official(source: Source, out: Output, options: RenderOptions) -> None:
    """The result document of the one official of ``source`` (indented, as ``check``
    prints it)."""
    item = one_official(source)
    if item is None:
        return
    result = item.result._replace(nip=item.shown_nip(options.mask_nip))
    with text_output(out) as handle:
        json.dump(result.to_dict(), handle, ensure_ascii=False, indent=2)
        handle.write("\n")
