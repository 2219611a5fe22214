"""Batch reports: renderers chosen by name, all reading the same outcome records.

>>> from kamus_kompetensi.report import FORMATS, format_for_path
>>> FORMATS
('text', 'csv', 'xlsx', 'json', 'html', 'pdf')
>>> format_for_path("hasil/laporan.XLSX")
'xlsx'

:func:`render` takes a finished :class:`~kamus_kompetensi.batch.outcomes.BatchReport`, a
streaming run (iterable over results and row errors, with a ``summary`` that is final
after the iteration), or one :class:`~kamus_kompetensi.scoring.AssessmentResult` (one
official checked on their own: the page formats show the profile alone, the others leave
out the batch summary). CSV, JSON, XLSX and text stream with constant memory; HTML and PDF
keep at most :data:`~kamus_kompetensi.report.html_report.PROFILE_LIMIT` profiles. The
formats and their columns and keys are described in ``docs/laporan.md``.

This package only renders: it never reads input files or scores anyone.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection
from pathlib import Path

from kamus_kompetensi.batch.outcomes import BatchReport
from kamus_kompetensi.dictionary import Dictionary, dictionary_or_national
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
    one_official_source,
)
from kamus_kompetensi.scoring.results import AssessmentResult, Provenance

FORMATS = ("text", "csv", "xlsx", "json", "html", "pdf")
EXTENSIONS = {
    ".txt": "text",
    ".csv": "csv",
    ".xlsx": "xlsx",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}

Renderer = Callable[[Source, Output, RenderOptions], None]


def format_for_path(path: str | os.PathLike[str], formats: Collection[str] = FORMATS) -> str:
    """The report format a file name asks for, by its extension (case-insensitive).

    Raises :class:`UnknownFormatError` (a ``ValueError``) for any other extension, or one
    whose format is not among ``formats`` (what the command writes), naming only theirs.
    """
    suffix = Path(path).suffix.lower()
    fmt = EXTENSIONS.get(suffix)
    if fmt is None or fmt not in formats:
        choices = ", ".join(s for s, f in EXTENSIONS.items() if f in formats)
        raise UnknownFormatError(
            message("report-unknown-extension", path=str(path), choices=choices)
        )
    return fmt


def _renderer(fmt: object) -> Renderer:
    """The renderer for a format name; each module is imported on use (XlsxWriter and
    WeasyPrint load only when a workbook or a PDF is written)."""
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
    if name == "pdf":
        from kamus_kompetensi.report.pdf import render_pdf, require_pdf

        require_pdf()  # before a large input is read
        return render_pdf
    raise UnknownFormatError(
        message("report-unknown-format", fmt=str(fmt), choices=", ".join(FORMATS))
    )


def render(
    source: Source | AssessmentResult,
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
    loaded back with ``BatchReport.from_dict``), a streaming run
    (:func:`kamus_kompetensi.batch.iter_outcomes`), or the
    :class:`~kamus_kompetensi.scoring.AssessmentResult` of one official
    (:func:`kamus_kompetensi.check`): its HTML and PDF are the profile page alone, its text
    is what ``check`` prints, its JSON is ``AssessmentResult.to_dict()`` and its CSV and
    XLSX hold the one row without a batch summary. ``out`` is a path (written atomically:
    a temporary file in the same folder, moved into place only when complete) or an open
    stream; XLSX needs a binary stream, or a text stream with a ``buffer`` such as
    ``sys.stdout``. ``dictionary`` names competencies, position levels and bands; it
    defaults to the national one and must be the one the results were checked with (the
    same content hash as the report's provenance), else :class:`InputError`
    ``report-dictionary-mismatch``. ``mask_nip`` hides all but the last four digits of
    every NIP, in every format. ``letterhead`` (agency, title, event, place, logo,
    signatories; :func:`kamus_kompetensi.letterhead.load_letterhead` reads one from YAML)
    heads the page formats and the XLSX summary sheet; formats without a page accept it
    and leave it out. PDF needs the ``pdf`` extra (WeasyPrint); without it
    :class:`InputError` ``pdf-unavailable`` is raised before ``source`` is read.
    """
    renderer = _renderer(fmt)
    dictionary = dictionary_or_national(dictionary)
    if letterhead is not None and not isinstance(letterhead, Letterhead):
        raise InputError.from_code(
            "invalid-argument", name="letterhead", value=type(letterhead).__name__
        )
    chosen = resolve_lang(lang)
    single = isinstance(source, AssessmentResult)
    if isinstance(source, AssessmentResult):
        _require_dictionary(source.provenance, dictionary)
        source = one_official_source(source, dictionary, lang=chosen)
    _require(source, dictionary)
    options = RenderOptions(
        dictionary=dictionary,
        lang=chosen,
        mask_nip=mask_nip,
        letterhead=letterhead,
        one_official=single,
    )
    renderer(source, out, options)


def _require(source: object, dictionary: Dictionary) -> None:
    if not isinstance(source, (BatchReport, StreamingSource)):
        raise InputError.from_code("invalid-argument", name="source", value=type(source).__name__)
    _require_dictionary(source.summary.provenance, dictionary)


def _require_dictionary(provenance: Provenance | None, dictionary: Dictionary) -> None:
    """The dictionary must be the one the results were checked with (same content hash)."""
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
