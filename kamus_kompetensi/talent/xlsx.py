"""The talent grid as an XLSX workbook (XlsxWriter) for a talent committee.

Sheets: the grid (*Kotak talenta*: the 3×3 boxes with their counts and names, then the
recommendation per box), every placed official (*Pejabat*), the succession pool
(*Suksesi*) and the officials without a box (*Tanpa kotak*). Text from the input goes
through :func:`~kamus_kompetensi.report.cells.safe_text` and the workbook is opened with
``strings_to_formulas``, ``strings_to_urls`` and ``strings_to_numbers`` off, so no cell
ever becomes a formula or a link; JPM and box numbers are numeric cells. A grid cell shows
at most :data:`~kamus_kompetensi.talent.html.NAMES_PER_BOX` names; the lists hold everyone.
"""

from __future__ import annotations

from typing import IO, Any

from kamus_kompetensi.report.cells import safe_text
from kamus_kompetensi.report.workbook import SAFE_TEXT, xlsxwriter_module
from kamus_kompetensi.talent.grid import BOXES, PlacedOfficial, TalentGrid
from kamus_kompetensi.talent.html import NAMES_PER_BOX
from kamus_kompetensi.talent.layout import TalentTexts

OPTIONS = {**SAFE_TEXT, "in_memory": True}  # no temporary files beside a small workbook
#: Fill colours per box, the same as the HTML page's.
FILLS = {9: "#B7DFC0", 8: "#DAF0DE", 7: "#DAF0DE", 6: "#FDF3C8", 5: "#FDF3C8", 4: "#FDF3C8"}
FILLS |= {3: "#FDE2C8", 2: "#FDE2C8", 1: "#F8CFCF"}


def write_grid_xlsx(grid: TalentGrid, texts: TalentTexts, handle: IO[bytes]) -> None:
    """Write the workbook to an open binary ``handle``."""
    workbook = xlsxwriter_module().Workbook(handle, OPTIONS)
    styles = _Styles(workbook)
    _grid_sheet(workbook, styles, grid, texts)
    t = texts.label
    _list_sheet(
        workbook,
        styles,
        t("talent-placed-sheet"),
        [o for box in reversed(BOXES) for o in grid.boxes[box]],
        texts,
    )
    _list_sheet(workbook, styles, t("talent-pool-sheet"), list(grid.pool), texts)
    _without_sheet(workbook, styles, grid, texts)
    workbook.close()


class _Styles:
    """Formats made once per workbook."""

    def __init__(self, workbook: Any) -> None:
        self.title = workbook.add_format({"bold": True, "font_size": 14})
        self.bold = workbook.add_format({"bold": True})
        self.header = workbook.add_format(
            {"bold": True, "bg_color": "#EEF1F5", "border": 1, "text_wrap": True, "valign": "top"}
        )
        self.axis = workbook.add_format(
            {
                "bold": True,
                "bg_color": "#DDE3EA",
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
            }
        )
        self.wrap = workbook.add_format({"text_wrap": True, "valign": "top", "border": 1})
        self.jpm = workbook.add_format({"num_format": "0.00"})
        self.boxes = {
            box: workbook.add_format(
                {
                    "text_wrap": True,
                    "valign": "top",
                    "border": 2 if box >= 7 else 1,
                    "bg_color": color,
                }
            )
            for box, color in FILLS.items()
        }


def _grid_sheet(workbook: Any, styles: _Styles, grid: TalentGrid, texts: TalentTexts) -> None:
    t = texts.label
    sheet = workbook.add_worksheet(t("talent-title"))
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    sheet.set_column(0, 0, 24)
    sheet.set_column(1, 3, 45)
    sheet.write_string(0, 0, t("talent-grid-title"), styles.title)
    sheet.write_string(1, 0, safe_text(t("talent-source", source=grid.source)))
    totals = t(
        "talent-totals", read=grid.rows_read, placed=grid.placed, without=len(grid.without_box)
    )
    sheet.write_string(2, 0, totals)
    columns = texts.columns
    sheet.merge_range(4, 0, 5, 0, t("talent-performance"), styles.axis)
    sheet.merge_range(4, 1, 4, len(columns), t("talent-potential"), styles.axis)
    for index, code in enumerate(columns, start=1):
        sheet.write_string(5, index, texts.potential_name(code), styles.axis)
    for offset, row in enumerate(texts.rows):
        sheet.set_row(6 + offset, 190)
        sheet.write_string(6 + offset, 0, texts.performance_name(row), styles.axis)
        for index, column in enumerate(columns, start=1):
            box = texts.box_at(row, column)
            _write_box(sheet, styles, (6 + offset, index), grid, texts, box)
    start = 7 + len(texts.rows)
    sheet.write_string(start, 0, t("talent-recommendations"), styles.bold)
    headers = [t("talent-box-col"), t("talent-label-col"), t("talent-recommendation")]
    sheet.write_row(start + 1, 0, headers[:2], styles.header)
    sheet.merge_range(start + 1, 2, start + 1, 3, headers[2], styles.header)
    for offset, box in enumerate(reversed(BOXES), start=start + 2):
        # Row heights are set: LibreOffice does not grow a row to fit wrapped text.
        sheet.set_row(offset, 36)
        sheet.write_number(offset, 0, box, styles.wrap)
        label = f"{texts.box_label(box)} ({texts.people(grid.count(box))})"
        sheet.write_string(offset, 1, label, styles.wrap)
        sheet.merge_range(offset, 2, offset, 3, texts.recommendation(box), styles.wrap)


def _write_box(
    sheet: Any,
    styles: _Styles,
    cell: tuple[int, int],
    grid: TalentGrid,
    texts: TalentTexts,
    box: int,
) -> None:
    """One grid cell: "Kotak 9 · 3 orang" in bold, then the label and the names."""
    officials = grid.boxes[box]
    head = f"{texts.label('talent-box', box=box)} · {texts.people(len(officials))}"
    lines = ["", texts.box_label(box), ""]
    lines += [f"{n}. {_who(o)}" for n, o in enumerate(officials[:NAMES_PER_BOX], start=1)]
    if len(officials) > NAMES_PER_BOX:
        lines.append(f"+{len(officials) - NAMES_PER_BOX}")
    rest = safe_text("\n".join(lines))
    sheet.write_rich_string(*cell, styles.bold, head, rest, styles.boxes[box])


def _who(official: PlacedOfficial) -> str:
    name = official.name or "-"
    return f"{name} ({official.nip})" if official.nip else name


def _list_sheet(
    workbook: Any, styles: _Styles, title: str, officials: list[PlacedOfficial], texts: TalentTexts
) -> None:
    t = texts.label
    sheet = workbook.add_worksheet(title)
    headers = [
        t("talent-box-col"),
        *texts.official_headers,
        t("talent-col-jpm"),
        t("talent-rating"),
        t("talent-label-col"),
    ]
    _head(sheet, styles, headers, [7, 7, 22, 30, 28, 28, 8, 18, 50])
    for number, o in enumerate(officials, start=1):
        sheet.write_number(number, 0, o.placement.box)
        sheet.write_number(number, 1, o.row)
        for column, value in enumerate((o.nip, o.name, o.position_title, o.unit), start=2):
            sheet.write_string(number, column, safe_text(value))
        sheet.write_number(number, 6, float(o.jpm), styles.jpm)
        sheet.write_string(number, 7, safe_text(o.rating))
        sheet.write_string(number, 8, texts.box_label(o.placement.box))
    sheet.autofilter(0, 0, max(len(officials), 1), len(headers) - 1)


def _without_sheet(workbook: Any, styles: _Styles, grid: TalentGrid, texts: TalentTexts) -> None:
    t = texts.label
    sheet = workbook.add_worksheet(t("talent-without-sheet"))
    headers = texts.without_headers
    _head(sheet, styles, headers, [7, 22, 30, 60, 28])
    for number, n in enumerate(grid.without_box, start=1):
        sheet.write_number(number, 0, n.row)
        for column, value in enumerate((n.nip, n.name, n.message, n.reason), start=1):
            sheet.write_string(number, column, safe_text(value))
    sheet.autofilter(0, 0, max(len(grid.without_box), 1), len(headers) - 1)


def _head(sheet: Any, styles: _Styles, headers: list[str], widths: list[int]) -> None:
    for column, width in enumerate(widths):
        sheet.set_column(column, column, width)
    sheet.write_row(0, 0, headers, styles.header)
    sheet.freeze_panes(1, 0)


__all__ = ["write_grid_xlsx"]
