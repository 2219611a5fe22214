"""XLSX: a workbook for committees, streamed with openpyxl's write-only mode.

Sheets, in order: summary (*Ringkasan*), results (*Hasil*, one row per official, the same
columns as the CSV), row errors (*Kesalahan baris*) and warnings (*Peringatan*). Every text
cell, headers included, goes through :func:`~kamus_kompetensi.report.cells.safe_text`:
openpyxl writes a string that starts with ``=`` as a live formula. Numbers
are real numeric cells (JPM shown with two decimals), so sorting and formulas work; a
negative gap cell is filled red while it is written. Header rows are bold and frozen and
carry an autofilter; column widths are set from the header text.

Write-only worksheets stream rows to temporary files, so memory stays flat however many
officials there are. They must be created in their final order before any row is
written, and their column widths and frozen panes set before the first row; the summary
sheet is created first but filled last, when the summary is complete.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from kamus_kompetensi.batch.outcomes import BatchSummary, OfficialResult
from kamus_kompetensi.errors import InputError
from kamus_kompetensi.i18n import message
from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.report.base import (
    Output,
    RenderOptions,
    Source,
    binary_output,
    issue_value,
    iter_outcomes,
    require_binary,
)
from kamus_kompetensi.report.cells import safe_text
from kamus_kompetensi.report.summary import summary_sections
from kamus_kompetensi.report.table import CellValue, Column, ResultTable

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

GAP_FILL_COLOR = "FFC7CE"  # Excel's own "light red fill" for bad values
JPM_FORMAT = "0.00"
_MIN_WIDTH, _MAX_WIDTH = 6, 60


def _openpyxl() -> Any:
    """openpyxl, imported only when needed; should it be missing, say how to get it."""
    try:
        import openpyxl
    except ImportError as exc:  # pragma: no cover - installed in every test environment
        raise InputError(message("report-needs-openpyxl"), code="report-needs-openpyxl") from exc
    return openpyxl


class _Styles:
    """Cell styles made once per workbook, not per cell."""

    def __init__(self) -> None:
        from openpyxl.styles import Font, PatternFill

        self.bold = Font(bold=True)
        self.gap_fill = PatternFill(
            start_color=GAP_FILL_COLOR, end_color=GAP_FILL_COLOR, fill_type="solid"
        )


def _sheet(
    workbook: Workbook, title: str, widths: Sequence[int], *, freeze: str | None
) -> WriteOnlyWorksheet:
    from openpyxl.utils import get_column_letter

    # The stubs omit column_dimensions and auto_filter on write-only sheets; openpyxl sets
    # both up in _setup, writes widths before the first row and the filter at close.
    sheet: WriteOnlyWorksheet = workbook.create_sheet(title)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width  # type: ignore[attr-defined]
    if freeze:
        sheet.freeze_panes = freeze
    return sheet


def _width(text: str) -> int:
    return max(_MIN_WIDTH, min(_MAX_WIDTH, len(text) + 2))


def _header(sheet: WriteOnlyWorksheet, headers: Sequence[str], styles: _Styles) -> None:
    from openpyxl.cell import WriteOnlyCell

    cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=safe_text(text))
        cell.font = styles.bold
        cells.append(cell)
    sheet.append(cells)


def _filter(sheet: WriteOnlyWorksheet, columns: int, rows: int) -> None:
    from openpyxl.utils import get_column_letter

    sheet.auto_filter.ref = f"A1:{get_column_letter(columns)}{rows + 1}"  # type: ignore[attr-defined]


class _ResultsSheet:
    """The results sheet: typed cells, JPM number format, red negative gaps."""

    def __init__(self, workbook: Workbook, options: RenderOptions, styles: _Styles) -> None:
        self.table = ResultTable(options)
        self.styles = styles
        widths = [_width(c.header) for c in self.table.columns]
        for i, column in enumerate(self.table.columns):
            if column.key in ("name", "position_title", "unit", "development"):
                widths[i] = 30 if column.key != "development" else 50
            elif column.key == "nip":
                widths[i] = 21
        self.sheet = _sheet(workbook, options.label("report-sheet-results"), widths, freeze="C2")
        _header(self.sheet, self.table.headers, styles)
        self.rows = 0

    def add(self, item: OfficialResult) -> None:
        values = self.table.values(item)
        self.sheet.append(
            [self._cell(c, v) for c, v in zip(self.table.columns, values, strict=True)]
        )
        self.rows += 1

    def _cell(self, column: Column, value: CellValue) -> object:
        """A plain value, or a styled cell for JPM and negative gaps. Decimals become
        floats: Excel stores doubles anyway, and levels and JPM have few digits."""
        from openpyxl.cell import WriteOnlyCell

        plain = float(value) if isinstance(value, Decimal) else value
        if column.kind == "jpm":
            cell = WriteOnlyCell(self.sheet, value=plain)
            cell.number_format = JPM_FORMAT
            return cell
        if column.kind == "gap" and isinstance(plain, float) and plain < 0:
            cell = WriteOnlyCell(self.sheet, value=plain)
            cell.fill = self.styles.gap_fill
            return cell
        return plain

    def finish(self) -> None:
        _filter(self.sheet, len(self.table.columns), self.rows)


class _IssuesSheet:
    """Row errors or warnings: row, column, value, code, message."""

    def __init__(self, workbook: Workbook, title: str, options: RenderOptions, styles: _Styles):
        label = options.label
        self.options = options
        self.headers = [
            label("report-col-row"),
            label("report-col-column"),
            label("report-col-value"),
            label("report-col-code"),
            label("report-col-message"),
        ]
        self.sheet = _sheet(workbook, title, [8, 24, 24, 26, 80], freeze="A2")
        _header(self.sheet, self.headers, styles)
        self.rows = 0

    def add(self, issue: RowIssue) -> None:
        self.sheet.append(
            [
                issue.row,
                safe_text(issue.column),
                safe_text(issue_value(issue, self.options)),
                safe_text(issue.code),
                safe_text(issue.message),
            ]
        )
        self.rows += 1

    def finish(self) -> None:
        _filter(self.sheet, len(self.headers), self.rows)


def _write_summary(
    sheet: WriteOnlyWorksheet, summary: BatchSummary, options: RenderOptions, styles: _Styles
) -> None:
    from openpyxl.cell import WriteOnlyCell

    title = WriteOnlyCell(sheet, value=safe_text(options.label("report-title")))
    title.font = styles.bold
    sheet.append([title])
    for section in summary_sections(summary, options):
        sheet.append([])
        head = WriteOnlyCell(sheet, value=safe_text(section.title))
        head.font = styles.bold
        sheet.append([head])
        for label, value in section.rows:
            sheet.append([safe_text(label), safe_text(value) if isinstance(value, str) else value])


def _discard(workbook: Workbook) -> None:
    """Close and delete the temporary files of an unfinished write-only workbook.

    openpyxl has no public call for this; without it, a run that fails halfway leaves
    its temporary sheet files behind and their writers fail noisily when collected.
    """
    for sheet in workbook.worksheets:
        rows, writer = getattr(sheet, "_rows", None), getattr(sheet, "_writer", None)
        with contextlib.suppress(Exception):  # best effort: the original error matters
            if rows is not None:
                rows.close()
            if writer is not None:
                writer.close()
                writer.cleanup()


def render_xlsx(source: Source, out: Output, options: RenderOptions) -> None:
    """Write the XLSX report of ``source`` to ``out`` (a path or a binary stream)."""
    require_binary(out)
    openpyxl = _openpyxl()
    workbook = openpyxl.Workbook(write_only=True)
    try:
        _fill(workbook, source, options)
        with binary_output(out) as handle:
            workbook.save(handle)
    except BaseException:
        _discard(workbook)
        raise


def _fill(workbook: Workbook, source: Source, options: RenderOptions) -> None:
    styles = _Styles()
    label = options.label
    summary_sheet = _sheet(workbook, label("report-sheet-summary"), [48, 40], freeze=None)
    results = _ResultsSheet(workbook, options, styles)
    errors = _IssuesSheet(workbook, label("report-sheet-errors"), options, styles)
    warnings = _IssuesSheet(workbook, label("report-sheet-warnings"), options, styles)
    for item in iter_outcomes(source):
        if isinstance(item, OfficialResult):
            results.add(item)
            for warning in item.warnings:
                warnings.add(warning)
        else:
            (errors if item.severity == "error" else warnings).add(item)
    summary = source.summary
    for warning in summary.file_warnings:
        warnings.add(warning)
    _write_summary(summary_sheet, summary, options, styles)
    for sheet in (results, errors, warnings):
        sheet.finish()
