"""XLSX for the training report, written with XlsxWriter.

Sheets, in order: the summary (*Ringkasan*), one row per official (*Pejabat*), one row
per counted activity (*Kegiatan*), and the rejected rows and warnings. Numbers are
numeric cells (JP with two decimals, minutes, counts), dates are date cells, so a reader
can sort, filter and sum; officials below the minimum are filled light red.

XlsxWriter runs in ``constant_memory`` mode (each row goes to a temporary file as soon as
the next one starts, so rows are written strictly in order) with its conversions of
strings to formulas, URLs and numbers off, and every text goes through
``write_string``: a name typed as ``=HYPERLINK(…)`` stays text. Control characters,
which XML cannot hold, are removed. Header rows carry an autofilter (not a table, which
constant-memory mode cannot write) and are frozen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.report.base import Output, binary_output, require_binary
from kamus_kompetensi.report.cells import strip_control
from kamus_kompetensi.report.workbook import streaming_workbook
from kamus_kompetensi.training.report import Labels
from kamus_kompetensi.training.results import TrainingReport, jp_down, minutes

BELOW_FILL = "#FFC7CE"  # Excel's own light red fill for bad values
Cell = str | int | Decimal | dt.date | bool | None


class _Formats:
    """Cell formats, made once per workbook."""

    def __init__(self, book: Any) -> None:
        self.header = book.add_format({"bold": True, "bg_color": "#EEF1F5", "text_wrap": True})
        self.jp = book.add_format({"num_format": "0.00"})
        self.jp_below = book.add_format({"num_format": "0.00", "bg_color": BELOW_FILL})
        self.number = book.add_format({"num_format": "0.##"})
        self.date = book.add_format({"num_format": "yyyy-mm-dd"})
        self.label = book.add_format({"bold": True})
        self.wrap = book.add_format({"text_wrap": True, "valign": "top"})


def _write(sheet: Any, row: int, column: int, value: Cell, fmt: Any = None) -> None:
    if value is None or value == "":
        return
    if isinstance(value, str):
        sheet.write_string(row, column, strip_control(value), fmt)
    elif isinstance(value, bool):
        sheet.write_boolean(row, column, value, fmt)
    elif isinstance(value, dt.date):
        sheet.write_datetime(row, column, dt.datetime.combine(value, dt.time()), fmt)
    else:  # int or Decimal: a number cell, shown with the format's decimals
        sheet.write_number(row, column, float(value), fmt)


def _table(
    book: Any,
    title: str,
    headers: Sequence[str],
    widths: Sequence[int],
    formats: _Formats,
) -> Any:
    sheet = book.add_worksheet(strip_control(title)[:31])
    for index, width in enumerate(widths):
        sheet.set_column(index, index, width)
    sheet.freeze_panes(1, 0)
    for index, header in enumerate(headers):
        sheet.write_string(0, index, strip_control(header), formats.header)
    return sheet


def _summary(book: Any, report: TrainingReport, labels: Labels, formats: _Formats) -> None:
    sheet = book.add_worksheet(labels("training-sheet-summary"))
    sheet.set_column(0, 0, 22)
    sheet.set_column(1, 1, 100)
    sheet.write_string(0, 0, labels("training-title", year=report.summary.year), formats.label)
    for row, (label, value) in enumerate(labels.summary_lines(report), start=2):
        sheet.write_string(row, 0, label, formats.label)
        sheet.write_string(row, 1, strip_control(value), formats.wrap)


def _results(book: Any, report: TrainingReport, labels: Labels, formats: _Formats) -> None:
    headers = labels.result_headers(report)
    widths = [21, 32, 12, 12, 12, 11, 10, 10, 14][: len(headers)]
    sheet = _table(book, labels("training-sheet-results"), headers, widths, formats)
    for row, result in enumerate(report.results, start=1):
        jp = formats.jp if result.met else formats.jp_below
        cells: list[tuple[Cell, Any]] = [
            (result.nip, None),
            (result.name, None),
            (result.jp_total, jp),
            (result.jp_required, formats.jp),
            (result.jp_shortfall, formats.jp),
            (labels.yes_no(result.met), None),
            (len(result.activities), None),
            (result.minutes_total, formats.number),
        ]
        if result.in_staff is not None:
            cells.append((labels.yes_no(result.in_staff), None))
        for column, (value, fmt) in enumerate(cells):
            _write(sheet, row, column, value, fmt)
    sheet.autofilter(0, 0, len(report.results), len(headers) - 1)


def _activities(book: Any, report: TrainingReport, labels: Labels, formats: _Formats) -> None:
    keys = ("nip", "name", "row", "title", "start", "end", "amount", "unit", "minutes", "jp")
    headers = [labels(f"training-col-{key}") for key in keys]
    widths = [21, 28, 7, 40, 13, 13, 9, 8, 9, 8]
    sheet = _table(book, labels("training-sheet-activities"), headers, widths, formats)
    row = 0
    for result in report.results:
        jp_minutes = result.jp_minutes
        for item in result.activities:
            row += 1
            cells: list[tuple[Cell, Any]] = [
                (result.nip, None),
                (result.name, None),
                (item.row, None),
                (item.title, None),
                (item.start, formats.date),
                (item.end, formats.date),
                (minutes(item.amount), formats.number),
                (labels.unit(item.unit), None),
                (minutes(item.centiminutes), formats.number),
                (jp_down(item.centiminutes, jp_minutes), formats.jp),
            ]
            for column, (value, fmt) in enumerate(cells):
                _write(sheet, row, column, value, fmt)
    sheet.autofilter(0, 0, row, len(headers) - 1)


def _issues(book: Any, report: TrainingReport, labels: Labels, formats: _Formats) -> None:
    keys = ("row", "severity", "code", "column", "value", "message")
    headers = [labels(f"training-col-{key}") for key in keys]
    widths = [7, 12, 28, 18, 20, 80]
    sheet = _table(book, labels("training-sheet-issues"), headers, widths, formats)
    issues: list[RowIssue] = sorted(
        [*report.errors, *report.warnings], key=lambda i: (i.row or 0, i.severity != "error")
    )
    for row, issue in enumerate(issues, start=1):
        cells: list[Cell] = [
            issue.row,
            labels(f"training-severity-{issue.severity}"),
            issue.code,
            issue.column,
            issue.value,
            issue.message,
        ]
        for column, value in enumerate(cells):
            _write(sheet, row, column, value)
    sheet.autofilter(0, 0, len(issues), len(headers) - 1)


def render_xlsx(report: TrainingReport, out: Output, labels: Labels) -> None:
    """Write the workbook of ``report`` (already masked when asked) to ``out``."""
    require_binary(out)
    with binary_output(out) as handle, streaming_workbook(handle) as book:
        formats = _Formats(book)
        _summary(book, report, labels, formats)
        _results(book, report, labels, formats)
        _activities(book, report, labels, formats)
        _issues(book, report, labels, formats)


__all__ = ["BELOW_FILL", "render_xlsx"]
