"""XLSX for the BKD planning meeting: one sheet per view, ready to print.

Written with XlsxWriter in ``constant_memory`` mode (rows go to disk as they are written).
Every text cell is written with ``write_string`` and the workbook's automatic conversion
of strings to formulas, links and numbers is off, so no input text (a name typed as
``=HYPERLINK(...)``) becomes live. Each sheet: a title, the report's head, then one table
with a filter (``autofilter``, not an Excel table), frozen header, header repeated on
every printed page, A4 landscape, fitted to the page width.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from kamus_kompetensi.development.needs import NeedsInventory
from kamus_kompetensi.development.plan import DevelopmentPlan
from kamus_kompetensi.development.tables import (
    Cell,
    Table,
    findings_table,
    needs_overview,
    needs_tables,
    plan_overview,
    plan_table,
)
from kamus_kompetensi.report.base import Output, RenderOptions, binary_output, require_binary
from kamus_kompetensi.report.cells import strip_control
from kamus_kompetensi.report.workbook import streaming_workbook

A4 = 9
_MAX_WIDTH = 60
_SHEET_FORBIDDEN = str.maketrans(dict.fromkeys("[]:*?/\\", " "))


def render_xlsx(
    report: DevelopmentPlan | NeedsInventory, out: Output, options: RenderOptions
) -> None:
    """Write the workbook of a plan or a needs inventory to ``out``."""
    require_binary(out)
    if isinstance(report, DevelopmentPlan):
        head = plan_overview(report, options)
        tables = [plan_table(report, options)]
    else:
        head = needs_overview(report, options)
        tables = needs_tables(report, options)
    tables.append(findings_table(report.errors, report.warnings, options))
    with binary_output(out) as handle, streaming_workbook(handle) as workbook:
        formats = _formats(workbook)
        for table in tables:
            _sheet(workbook, table, head, formats, options)


def _formats(workbook: Any) -> dict[str, Any]:
    return {
        "title": workbook.add_format({"bold": True, "font_size": 14}),
        "label": workbook.add_format({"bold": True}),
        "header": workbook.add_format(
            {"bold": True, "bg_color": "#EEF1F5", "border": 1, "text_wrap": True, "valign": "top"}
        ),
        "text": workbook.add_format({"text_wrap": True, "valign": "top", "border": 1}),
        "number": workbook.add_format({"valign": "top", "border": 1, "num_format": "0.##"}),
        "count": workbook.add_format({"valign": "top", "border": 1, "num_format": "0"}),
    }


def _sheet(
    workbook: Any,
    table: Table,
    head: list[tuple[str, Cell]],
    formats: dict[str, Any],
    options: RenderOptions,
) -> None:
    name = strip_control(options.label(table.sheet)).translate(_SHEET_FORBIDDEN)[:31]
    sheet = workbook.add_worksheet(name)
    sheet.set_landscape()
    sheet.set_paper(A4)
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
    for column, width in enumerate(_widths(table)):
        sheet.set_column(column, column, width)
    sheet.write_string(0, 0, strip_control(table.title), formats["title"])
    row = 1
    for label, value in head:
        sheet.write_string(row, 0, strip_control(label), formats["label"])
        _cell(sheet, row, 1, value, None, formats)
        row += 1
    row += 1
    header_row = row
    for column, header in enumerate(table.headers):
        sheet.write_string(row, column, strip_control(header), formats["header"])
    for values in table:
        row += 1
        for column, value in enumerate(values):
            _cell(sheet, row, column, value, formats["text"], formats)
    last_column = max(len(table.headers) - 1, 0)
    sheet.autofilter(header_row, 0, max(row, header_row), last_column)
    sheet.freeze_panes(header_row + 1, 0)
    sheet.repeat_rows(header_row)


def _cell(
    sheet: Any, row: int, column: int, value: Cell, text: Any, formats: dict[str, Any]
) -> None:
    if value is None:
        if text is not None:
            sheet.write_blank(row, column, None, text)
    elif isinstance(value, bool):  # pragma: no cover - no table holds booleans
        sheet.write_string(row, column, str(value), text)
    elif isinstance(value, int):
        sheet.write_number(row, column, value, formats["count"] if text is not None else None)
    elif isinstance(value, Decimal):
        sheet.write_number(
            row, column, float(value), formats["number"] if text is not None else None
        )
    else:
        sheet.write_string(row, column, strip_control(str(value)), text)


def _widths(table: Table) -> list[float]:
    """Column widths from the longest line of the header and the first rows."""
    widths = []
    sample = table.rows[:200]
    for index, header in enumerate(table.headers):
        longest = max(
            [len(header) / 1.5, *(_longest_line(r[index]) for r in sample if index < len(r))]
        )
        widths.append(min(max(longest + 2, 6), _MAX_WIDTH))
    return widths


def _longest_line(value: Cell) -> float:
    if value is None:
        return 0
    return max(len(line) for line in str(value).split("\n")) if str(value) else 0


__all__ = ["render_xlsx"]
