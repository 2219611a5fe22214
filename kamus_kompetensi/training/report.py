"""Rendering a :class:`~kamus_kompetensi.training.results.TrainingReport`: text, CSV, JSON,
and (in their own modules) XLSX and HTML, chosen by name with :func:`render_training`.

Renderers only read the report; they never read input or count anything. Masking is
applied to the whole report before any renderer sees it, so no format can leak a NIP.
Every text that comes from the input (names, activity titles, cell values in errors) is
cleaned of control characters; the CSV and text cells are also neutralised against
formula injection (text is often pasted into a spreadsheet). Numbers are written the way
the report's language writes them (``19,99`` in Indonesian, ``19.99`` in English).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import IO

from kamus_kompetensi.errors import InputError
from kamus_kompetensi.i18n import Lang, message, resolve_lang
from kamus_kompetensi.report.base import Output, is_path, text_output
from kamus_kompetensi.report.cells import decimal_text, safe_text
from kamus_kompetensi.terminal import for_terminal
from kamus_kompetensi.training.results import OfficialTraining, TrainingReport

FORMATS = ("text", "csv", "xlsx", "json", "html")


@dataclass(frozen=True)
class Labels:
    """The report's words in one language."""

    lang: Lang

    def __call__(self, key: str, /, **params: object) -> str:
        return message(key, self.lang, **params)

    def number(self, value: Decimal | int) -> str:
        return decimal_text(value, self.lang)

    def yes_no(self, value: bool) -> str:
        return self("label-yes" if value else "label-no")

    def unit(self, unit: str) -> str:
        """``jp`` → ``JP``; ``jam`` → ``jam`` / ``hours``; ``menit`` → ``menit`` / ``minutes``."""
        return self(f"training-unit-{unit}")

    def minimum(self, report: TrainingReport) -> str:
        """``20 JP setahun (900 menit; 1 JP = 45 menit)``, and the source when known."""
        req = report.summary.requirement
        key = "training-minimum-line" if req.unit == "jp" else "training-minimum-hours-line"
        text = self(
            key,
            minimum=self.number(req.minimum.normalize()),
            unit=self.unit(req.unit),
            minutes=req.minimum_minutes,
            jp_minutes=req.jp_minutes,
            jp=self.number(req.jp_required),
        )
        return f"{text} ({req.source})" if req.source else text

    def rows(self, report: TrainingReport) -> str:
        s = report.summary
        years = "".join(f"; {year}: {count}" for year, count in s.other_years)
        text = self(
            "training-rows-line",
            read=s.rows_read,
            counted=s.rows_counted,
            other=s.rows_other_year,
            years=years,
            rejected=s.rows_rejected,
        )
        if s.rows_blank:
            text += self("training-rows-blank", count=s.rows_blank)
        return text

    def officials(self, report: TrainingReport) -> str:
        s = report.summary
        return self(
            "training-officials-line",
            officials=s.officials,
            met=s.officials_met,
            below=s.officials_below,
            year=s.year,
        )

    def staff(self, report: TrainingReport) -> str | None:
        s = report.summary
        if s.staff is None:
            return None
        return self(
            "training-staff-line",
            staff=s.staff,
            without=s.staff_without_records,
            outside=s.not_in_staff,
        )

    def summary_lines(self, report: TrainingReport) -> list[tuple[str, str]]:
        """(label, value) pairs of the summary, shared by the page and workbook formats."""
        s = report.summary
        where = s.source + (f", {self('training-sheet')} {s.sheet}" if s.sheet else "")
        lines = [
            (self("training-label-source"), where),
            (self("training-label-year"), str(s.year)),
            (self("training-label-minimum"), self.minimum(report)),
            (self("training-label-rows"), self.rows(report)),
            (self("training-label-officials"), self.officials(report)),
        ]
        staff = self.staff(report)
        if staff:
            lines.append((self("training-label-staff"), staff))
        if s.ignored_columns:
            lines.append((self("training-label-ignored"), ", ".join(s.ignored_columns)))
        dictionary = f"{s.dictionary.get('id', '-')} {s.dictionary.get('version', '')}".strip()
        lines.append((self("training-label-dictionary"), dictionary))
        return lines

    def result_headers(self, report: TrainingReport) -> list[str]:
        keys = ["nip", "name", "jp-total", "jp-required", "jp-shortfall", "met", "activities"]
        keys.append("minutes")
        if report.summary.staff is not None:
            keys.append("in-staff")
        return [self(f"training-col-{key}") for key in keys]

    def result_cells(self, result: OfficialTraining) -> list[str]:
        """A result's cells as text (CSV, text)."""
        cells = [
            result.nip,
            result.name or "",
            self.number(result.jp_total),
            self.number(result.jp_required),
            self.number(result.jp_shortfall),
            self.yes_no(result.met),
            str(len(result.activities)),
            self.number(result.minutes_total),
        ]
        if result.in_staff is not None:
            cells.append(self.yes_no(result.in_staff))
        return cells


# --- text --------------------------------------------------------------------------------
_TEXT_WIDTHS = (18, 28, 6, 6, 6, 5, 3)
_NUMERIC = (2, 3, 4, 6)


def _fit(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat.ljust(width) if len(flat) <= width else flat[: width - 1] + "…"


def _text_line(cells: list[str], widths: list[int]) -> str:
    parts = [
        cell.rjust(width) if i in _NUMERIC else _fit(cell, width)
        for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
    ]
    return " ".join(parts).rstrip() + "\n"


def _terminal(value: object) -> str:
    """Input text as a terminal shows it and a spreadsheet never evaluates it."""
    return for_terminal(safe_text(value))


def render_text(report: TrainingReport, out: IO[str], labels: Labels) -> None:
    """A terminal table of officials (those below the minimum first, the furthest below
    at the top: whom a reader looks for), then the rejected rows and warnings, then the
    summary where a terminal user sees it without scrolling."""
    out.write(labels("training-title", year=report.summary.year) + "\n\n")
    headers = labels.result_headers(report)[:7]
    widths = [max(w, len(h)) for w, h in zip(_TEXT_WIDTHS, headers, strict=True)]
    out.write(_text_line(headers, widths))
    for result in sorted(report.results, key=lambda r: (r.met, r.centiminutes)):
        cells = [_terminal(c) or "-" for c in labels.result_cells(result)[:7]]
        out.write(_text_line(cells, widths))
    if not report.results:
        out.write(labels("training-no-officials") + "\n")
    for key, issues in (("training-errors", report.errors), ("training-warnings", report.warnings)):
        if issues:
            out.write("\n" + labels(key, count=len(issues)) + "\n")
            for issue in issues:
                out.write(f"  {_terminal(str(issue))}\n")
    out.write("\n")
    for label, value in labels.summary_lines(report):
        out.write(f"{label}: {_terminal(value)}\n")


# --- CSV ---------------------------------------------------------------------------------
def render_csv(report: TrainingReport, out: IO[str], labels: Labels) -> None:
    """One row per official in report order; ``;`` and a decimal comma in Indonesian,
    ``,`` and a point in English. Rejected rows are not in it (the command lists them on
    stderr)."""
    delimiter = ";" if labels.lang == "id" else ","
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([safe_text(h) for h in labels.result_headers(report)])
    for result in report.results:
        writer.writerow([safe_text(c) for c in labels.result_cells(result)])


# --- JSON --------------------------------------------------------------------------------
def render_json(report: TrainingReport, out: IO[str], labels: Labels) -> None:
    """:meth:`TrainingReport.to_dict`, pretty-printed (the report is already masked)."""
    json.dump(report.to_dict(), out, ensure_ascii=False, indent=2)
    out.write("\n")


TextRenderer = Callable[[TrainingReport, IO[str], Labels], None]
_TEXT: dict[str, TextRenderer] = {"text": render_text, "csv": render_csv, "json": render_json}


def render_training(
    report: TrainingReport,
    fmt: str,
    out: Output,
    *,
    lang: str | None = None,
    mask_nip: bool = False,
) -> None:
    """Render ``report`` as ``fmt`` (one of :data:`FORMATS`) to ``out`` (a path, written
    atomically, or an open stream); ``mask_nip`` masks every NIP first."""
    if fmt not in FORMATS:
        raise InputError.from_code(
            "format-unavailable", format=str(fmt), allowed=", ".join(FORMATS)
        )
    labels = Labels(resolve_lang(lang))
    shown = report.masked() if mask_nip else report
    if fmt == "xlsx":
        from kamus_kompetensi.training.xlsx import render_xlsx

        render_xlsx(shown, out, labels)
        return
    if fmt == "html":
        from kamus_kompetensi.training.html import render_html

        with text_output(out) as handle:
            render_html(shown, handle, labels)
        return
    with text_output(out, bom=fmt == "csv" and is_path(out)) as handle:
        _TEXT[fmt](shown, handle, labels)


__all__ = ["FORMATS", "Labels", "render_training"]
