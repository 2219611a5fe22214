"""Batch reports: renderers chosen by name, all reading the same outcome records.

>>> from kamus_kompetensi.report import FORMATS, format_for_path
>>> FORMATS
('text', 'csv', 'xlsx', 'json', 'html')
>>> format_for_path("hasil/laporan.XLSX")
'xlsx'

:func:`render` takes a finished :class:`~kamus_kompetensi.batch.outcomes.BatchReport` or a
streaming run (iterable over results and row errors, with a ``summary`` that is final
after the iteration). CSV, JSON, XLSX and text stream with constant memory; HTML keeps at
most :data:`~kamus_kompetensi.report.html_report.PROFILE_LIMIT` profiles. The formats and
their columns and keys are described in ``docs/laporan.md``.

This package only renders: it never reads input files or scores anyone.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from kamus_kompetensi.batch.outcomes import BatchReport
from kamus_kompetensi.dictionary import Dictionary
from kamus_kompetensi.errors import InputError
from kamus_kompetensi.i18n import message, resolve_lang
from kamus_kompetensi.letterhead import Letterhead
from kamus_kompetensi.report.base import (
    Output,
    RenderOptions,
    ReportWriteError,
    Source,
    StreamingSource,
    UnknownFormatError,
)

FORMATS = ("text", "csv", "xlsx", "json", "html")
EXTENSIONS = {
    ".txt": "text",
    ".csv": "csv",
    ".xlsx": "xlsx",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
}

Renderer = Callable[[Source, Output, RenderOptions], None]


def format_for_path(path: str | os.PathLike[str]) -> str:
    """The report format a file name asks for, by its extension (case-insensitive).

    Raises :class:`UnknownFormatError` (a ``ValueError``) for any other extension.
    """
    suffix = Path(path).suffix.lower()
    fmt = EXTENSIONS.get(suffix)
    if fmt is None:
        raise UnknownFormatError(
            message("report-unknown-extension", path=str(path), choices=", ".join(EXTENSIONS))
        )
    return fmt


def _renderer(fmt: object) -> Renderer:
    """The renderer for a format name; modules are imported on use (openpyxl is optional)."""
    name = fmt.strip().lower() if isinstance(fmt, str) else ""
    if name == "text":
        from kamus_kompetensi.report.text_report import render_text

        return render_text
    if name == "csv":
        from kamus_kompetensi.report.csv_report import render_csv

        return render_csv
    if name == "xlsx":
        from kamus_kompetensi.report.xlsx_report import render_xlsx

        return render_xlsx
    if name == "json":
        from kamus_kompetensi.report.json_report import render_json

        return render_json
    if name == "html":
        from kamus_kompetensi.report.html_report import render_html

        return render_html
    raise UnknownFormatError(
        message("report-unknown-format", fmt=str(fmt), choices=", ".join(FORMATS))
    )


def render(
    source: Source,
    fmt: str,
    out: Output,
    *,
    dictionary: Dictionary | None = None,
    lang: str | None = None,
    mask_nip: bool = False,
    letterhead: Letterhead | None = None,
) -> None:
    """Render ``source`` as ``fmt`` (one of :data:`FORMATS`) to ``out``.

    ``source`` is a :class:`BatchReport` (from :func:`kamus_kompetensi.check_file`, or
    loaded back with ``BatchReport.from_dict``) or a streaming run
    (:func:`kamus_kompetensi.batch.iter_outcomes`). ``out`` is a path (written atomically:
    a temporary file in the same folder, moved into place only when complete) or an open
    stream; XLSX needs a binary stream, or a text stream with a ``buffer`` such as
    ``sys.stdout``. ``dictionary`` names competencies, position levels and bands; it
    defaults to the national one and must be the one the results were checked with (the
    same content hash as the report's provenance), else :class:`InputError`
    ``report-dictionary-mismatch``. ``mask_nip`` hides all but the last four digits of
    every NIP, in every format. ``letterhead`` (agency, title, event, place, logo,
    signatories) heads the page formats and the XLSX summary sheet; formats without a page
    accept it and leave it out.
    """
    renderer = _renderer(fmt)
    if dictionary is None:
        from kamus_kompetensi.loader import load_dictionary

        dictionary = load_dictionary()
    _require(source, dictionary)
    options = RenderOptions(
        dictionary=dictionary, lang=resolve_lang(lang), mask_nip=mask_nip, letterhead=letterhead
    )
    renderer(source, out, options)


def _require(source: object, dictionary: object) -> None:
    if not isinstance(source, (BatchReport, StreamingSource)):
        raise InputError.from_code("invalid-argument", name="source", value=type(source).__name__)
    if not isinstance(dictionary, Dictionary):
        raise InputError.from_code(
            "invalid-argument", name="dictionary", value=type(dictionary).__name__
        )
    provenance = source.summary.provenance
    if provenance is not None and provenance.content_hash != dictionary.content_hash:
        raise InputError.from_code(
            "report-dictionary-mismatch",
            report=f"{provenance.dictionary_id} {provenance.dictionary_version}",
            given=f"{dictionary.id} {dictionary.version}",
        )


__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "RenderOptions",
    "ReportWriteError",
    "Source",
    "StreamingSource",
    "UnknownFormatError",
    "format_for_path",
    "render",
]
