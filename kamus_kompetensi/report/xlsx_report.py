"""XLSX: a workbook for committees to read, filter and print, streamed with XlsxWriter.

Sheets, in order: summary (*Ringkasan*), results (*Hasil*, one row per official, the CSV's
columns), row errors (*Kesalahan baris*) and warnings (*Peringatan*).

**Streaming.** XlsxWriter's ``constant_memory`` mode writes each sheet's rows in order to a
temporary file and keeps one row in memory, so memory stays flat however many officials
there are. Excel tables (``add_table``) cannot be streamed, so the results carry an
autofilter instead. The summary sheet comes first but is written last, once the summary is
complete: rows are ordered within a sheet, not across sheets. The temporary files live in a
folder of their own, removed whether the report is finished or not.

**Reading.** The results have two header rows, frozen with the first columns (row, NIP,
name): each competency's code and name above its three columns, then the column headers
(the CSV's: unique and short, for filters and programs reading the sheet). Numbers are
numeric cells, so sorting and formulas work and Excel shows the reader's decimal separator:
JPM ``0.00``, dates as dates, counts with thousands separators, levels and gaps in Excel's
General format (the profile of one official signs its gaps: ``+0.5``).
Negative gaps and the categories are marked by conditional formatting, which follows the
values when a reader sorts or edits them. Position levels are shown by name, warnings in
words.

**Printing.** Landscape A4 fitted to the page width, both header rows repeated on every
page, gridlines printed, and a footer with the print date and "page X of Y". The summary
sheet is portrait: the letterhead (logo, agency, title, event), the counts with a column
chart of the categories, and the signature block. For one official checked on their own
(``RenderOptions.one_official``) it shows that official's profile instead of batch counts.

**Safety.** Every text cell has passed :func:`~kamus_kompetensi.report.cells.safe_text`, and
the workbook is opened with ``strings_to_formulas``, ``strings_to_urls`` and
``strings_to_numbers`` off, so a text is always written as a string: ``=HYPERLINK(...)`` in
the input stays text in the committee's copy.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from kamus_kompetensi.batch.outcomes import BatchSummary, OfficialResult
from kamus_kompetensi.dictionary import localized_name
from kamus_kompetensi.errors import InputError
from kamus_kompetensi.files import is_disk_full, os_reason
from kamus_kompetensi.i18n import long_date, message
from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.letterhead import Letterhead, image_type
from kamus_kompetensi.nip import mask_nip
from kamus_kompetensi.report.base import (
    Output,
    RenderOptions,
    ReportWriteError,
    Source,
    binary_output,
    is_path,
    issue_value,
    iter_outcomes,
    require_binary,
)
from kamus_kompetensi.report.cells import level_text, safe_text
from kamus_kompetensi.report.summary import summary_sections
from kamus_kompetensi.report.table import (
    CellValue,
    Column,
    ResultTable,
    competency_label,
    level_cells,
)
from kamus_kompetensi.report.workbook import streaming_workbook, xlsxwriter_module
from kamus_kompetensi.scoring.levels import HUNDREDTHS

#: Excel's own "bad", "neutral" and "good" styles (fill, text), for gaps and categories.
BAD, NEUTRAL, GOOD = ("#FFC7CE", "#9C0006"), ("#FFEB9C", "#9C5700"), ("#C6EFCE", "#006100")
#: The chart's column colours, in the same order.
CHART_BAD, CHART_NEUTRAL, CHART_GOOD = "#E06666", "#F6B26B", "#6AA84F"
JPM_FORMAT = "0.00"
GAP_FORMAT = "+General;-General;0"  # +0.5, -0.5, 0: the sign says above or below
COUNT_FORMAT = "#,##0"
DATE_FORMAT = "yyyy-mm-dd"
#: Month names in the report's language, by Excel's locale codes (Indonesian, US English);
#: the code comes first, LibreOffice reads it nowhere else.
DATE_LOCALE = {"id": "[$-421]", "en": "[$-409]"}
LONG_DATE = "d mmmm yyyy"
HEADER_ROWS = 2
FROZEN_COLUMNS = 3  # row, NIP, name
MAX_ROWS = 1_048_576  # rows in an Excel sheet
LOGO_PIXELS = 64  # the logo's height on the summary sheet
CHART_ROWS = 16  # rows kept free under the category counts for the chart (288 px)
_LINE_POINTS = 15.0  # the height of one line of 11-point text
# Narrow where they can be: the whole width is fitted to one page when printed.
_WIDTHS = {
    "row": 5,
    "nip": 19,
    "name": 22,
    "position_title": 20,
    "unit": 18,
    "standard": 12,
    "position_level": 22,
    "assessed_on": 10.5,
    "valid_until": 10.5,
    "jpm": 7,
    "band": 9,
    "band_name": 22,
    "meets_standard": 9,
    "development": 40,
    "warnings": 40,
}


class _Logo(NamedTuple):
    """The letterhead's logo and the scale that makes it :data:`LOGO_PIXELS` high."""

    path: str
    scale: float


def _logo(letterhead: Letterhead | None, lang: str) -> _Logo | None:
    """The logo to place, read before any row so a bad image stops the run at once; none
    when the letterhead names no logo, the file does not exist, or it is an image a
    workbook cannot hold (SVG, WebP: the page formats show those)."""
    if letterhead is None or letterhead.logo is None:
        return None
    path = Path(letterhead.logo)
    if not path.is_file() or _page_only_image(path):
        return None
    from xlsxwriter.exceptions import XlsxWriterException  # type: ignore[import-untyped]
    from xlsxwriter.image import Image  # type: ignore[import-untyped]

    try:
        image = Image(str(path))
    except OSError as exc:
        reason = os_reason(exc, lang)
    except XlsxWriterException:
        reason = message("xlsx-logo-not-image", lang)
    else:
        pixels = float(image.height) * 96.0 / float(image.y_dpi or 96.0)
        return _Logo(str(path), LOGO_PIXELS / pixels if pixels > 0 else 1.0)
    raise InputError.from_code("xlsx-logo-unreadable", lang=lang, path=str(path), reason=reason)


def _page_only_image(path: Path) -> bool:
    """Whether the file is an image the letterhead accepts but a workbook cannot embed."""
    try:
        with path.open("rb") as handle:
            head = handle.read(512)
    except OSError:
        return False  # reported by the reader below, with the reason
    return image_type(head) in {"image/svg+xml", "image/webp"}


class _Formats:
    """Cell formats, made once per workbook (XlsxWriter shares each by index)."""

    def __init__(self, workbook: Any, lang: str) -> None:
        add = workbook.add_format
        self.title = add({"bold": True, "font_size": 14})
        self.subtitle = add({"bold": True, "font_size": 12})
        self.bold = add({"bold": True})
        self.name = add({"bold": True, "underline": True})
        self.header = add(
            {"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#DDEBF7", "border": 1}
        )
        self.group = add(
            {
                "bold": True,
                "text_wrap": True,
                "align": "center",
                "valign": "vcenter",
                "bg_color": "#BDD7EE",
                "border": 1,
            }
        )
        self.count = add({"num_format": COUNT_FORMAT, "align": "left"})
        self.jpm = add({"num_format": JPM_FORMAT, "align": "left"})
        self.date = add({"num_format": DATE_FORMAT, "align": "left"})
        self.level = add({"align": "center"})
        self.gap = add({"num_format": GAP_FORMAT, "align": "center"})
        self.locale = DATE_LOCALE[lang]
        # Conditional formats (Excel stores them apart from cell formats).
        self.bad, self.neutral, self.good = (
            add({"bg_color": fill, "font_color": text}) for fill, text in (BAD, NEUTRAL, GOOD)
        )
        # The results' columns: a cell written without a format takes its column's. Levels
        # and gaps read right in Excel's General format (4, 3.5, -0.25), and a format costs
        # every cell that has one about a third more to write: only JPM and dates get one.
        self.columns = {
            "text": None,
            "int": None,
            "level": None,
            "gap": None,
            "jpm": add({"num_format": JPM_FORMAT}),
            "date": add({"num_format": DATE_FORMAT}),
        }
        self._workbook = workbook

    def place_date(self, place: str | None) -> Any:
        """A date shown in words after the place: ``Jakarta, 2 Desember 2026``."""
        literal = "".join(ch for ch in (place or "") if ch not in '"\\' and ch.isprintable())
        prefix = f'"{literal}, "' if literal else ""
        return self._workbook.add_format(
            {"num_format": self.locale + prefix + LONG_DATE, "align": "left"}
        )


def _colours(count: int) -> list[tuple[str, str]]:
    """(conditional format name, chart colour) per band, best first: the first band good,
    the last bad, any between neutral."""
    picks = []
    for index in range(count):
        if index == 0:
            picks.append(("good", CHART_GOOD))
        elif index == count - 1:
            picks.append(("bad", CHART_BAD))
        else:
            picks.append(("neutral", CHART_NEUTRAL))
    return picks


def _lines(text: str, width: float) -> int:
    """How many lines ``text`` takes wrapped in a column ``width`` characters wide."""
    return max(1, len(textwrap.wrap(text, max(1, int(width) - 1))))


def _warning_words(issues: Sequence[RowIssue]) -> str:
    """A row's warnings as the reader's words, each with its code to filter on."""
    return "; ".join(f"{issue.message} [{issue.code}]" for issue in issues)


def _level_float(hundredths: int) -> float:
    """A level or gap as the double a workbook stores (``350`` → ``3.5``, exactly rounded)."""
    return hundredths / HUNDREDTHS


def _footer(options: RenderOptions) -> str:
    """Left: the report's title; right: the report's date and page numbers (``&``
    escaped). The date is written out in words: a spreadsheet's own date field (``&D``)
    follows the reader's locale, so 2 December could print as 12/02."""
    head = options.letterhead
    title = (head.title if head and head.title else None) or options.label("report-title")
    title = safe_text(title).replace("&", "&&")[:120]
    date = long_date(dt.date.today(), options.lang)
    return f"&L{title}&R{options.label('xlsx-footer', date=date)}"


def _print_setup(sheet: Any, options: RenderOptions, *, landscape: bool) -> None:
    sheet.set_paper(9)  # A4
    if landscape:
        sheet.set_landscape()
    else:
        sheet.set_portrait()
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    sheet.set_footer(_footer(options))


class _Sheet:
    """A sheet written row by row, that refuses a row past Excel's last one rather than
    dropping it (XlsxWriter ignores such a write)."""

    def __init__(self, sheet: Any, options: RenderOptions) -> None:
        self.sheet = sheet
        self.options = options
        self.row = 0

    def put(self, cells: Sequence[CellValue]) -> None:
        if self.row >= MAX_ROWS:
            raise InputError.from_code(
                "xlsx-too-many-rows",
                lang=self.options.lang,
                sheet=self.sheet.name,
                limit=f"{MAX_ROWS:,}".replace(",", "." if self.options.lang == "id" else ","),
            )
        self.sheet.write_row(self.row, 0, cells)
        self.row += 1


class _ResultsSheet(_Sheet):
    """One official per row, two header rows, conditional formats and print setup."""

    def __init__(self, workbook: Any, options: RenderOptions, formats: _Formats) -> None:
        super().__init__(workbook.add_worksheet(options.label("report-sheet-results")), options)
        self.table = ResultTable(options, level_cells(_level_float), warnings=_warning_words)
        self.formats = formats
        self.columns = self.table.columns
        self.jpm = next(i for i, c in enumerate(self.columns) if c.kind == "jpm")
        widths = [self._width(column) for column in self.columns]
        for index, (column, width) in enumerate(zip(self.columns, widths, strict=True)):
            self.sheet.set_column(index, index, width, formats.columns[column.kind])
        self._groups(widths)
        lines = (_lines(c.header, w) for c, w in zip(self.columns, widths, strict=True))
        self.sheet.set_row(1, _LINE_POINTS * max(lines))
        for index, column in enumerate(self.columns):
            self.sheet.write_string(1, index, column.header, formats.header)
        self.row = HEADER_ROWS

    def _width(self, column: Column) -> float:
        if column.competency is not None:  # numbers under a wrapped header: its longest word
            return max(6, *(len(word) + 1 for word in column.header.split()))
        return _WIDTHS.get(column.key, max(8, len(column.header) + 2))

    def _groups(self, widths: Sequence[float]) -> None:
        """Row 1: each competency's code and name over its three columns."""
        groups: list[tuple[int, int, str]] = []
        for index, column in enumerate(self.columns):
            if column.competency is None:
                self.sheet.write_blank(0, index, None, self.formats.group)
            elif groups and groups[-1][2] == column.competency.code:
                groups[-1] = (groups[-1][0], index, column.competency.code)
            else:
                groups.append((index, index, column.competency.code))
        tallest = 1
        for first, last, code in groups:
            text = safe_text(self.table.labels[code])
            tallest = max(tallest, _lines(text, sum(widths[first : last + 1])))
            if first == last:
                self.sheet.write_string(0, first, text, self.formats.group)
            else:
                self.sheet.merge_range(0, first, 0, last, text, self.formats.group)
        self.sheet.set_row(0, _LINE_POINTS * tallest)

    def add(self, item: OfficialResult) -> None:
        cells = self.table.values(item)
        cells[self.jpm] = float(item.result.jpm)
        self.put(cells)

    def finish(self, summary: BatchSummary) -> None:
        sheet, columns = self.sheet, self.columns
        last = max(self.row - 1, HEADER_ROWS - 1)
        sheet.autofilter(HEADER_ROWS - 1, 0, last, len(columns) - 1)
        # Long text (development needs) spills past the last column; printing stops there.
        sheet.print_area(0, 0, last, len(columns) - 1)
        sheet.freeze_panes(HEADER_ROWS, FROZEN_COLUMNS)
        sheet.repeat_rows(0, HEADER_ROWS - 1)
        sheet.hide_gridlines(0)  # printed too: a grid of numbers is read along its lines
        _print_setup(sheet, self.options, landscape=True)
        if self.row > HEADER_ROWS:
            self._conditional(summary, last)

    def _conditional(self, summary: BatchSummary, last: int) -> None:
        from xlsxwriter.utility import xl_range, xl_rowcol_to_cell  # type: ignore[import-untyped]

        sheet, first = self.sheet, HEADER_ROWS
        gaps = [i for i, c in enumerate(self.columns) if c.kind == "gap"]
        if gaps:
            cells = " ".join(xl_range(first, i, last, i) for i in gaps)
            rule = {"type": "cell", "criteria": "<", "value": 0, "format": self.formats.bad}
            sheet.conditional_format(first, gaps[0], last, gaps[0], {**rule, "multi_range": cells})
        keys = [c.key for c in self.columns]
        band, band_name = keys.index("band"), keys.index("band_name")
        policy = self.options.dictionary.find_policy(summary.policy_code)
        codes = [b.code for b in policy.bands] if policy else list(summary.band_order)
        anchor = xl_rowcol_to_cell(first, band, col_abs=True)
        for code, (style, _) in zip(codes, _colours(len(codes)), strict=True):
            literal = safe_text(code).replace('"', '""')
            sheet.conditional_format(
                first,
                min(band, band_name),
                last,
                max(band, band_name),
                {
                    "type": "formula",
                    "criteria": f'={anchor}="{literal}"',
                    "format": getattr(self.formats, style),
                },
            )


class _IssuesSheet(_Sheet):
    """Row errors or warnings: row, column, value, the message in words, code."""

    def __init__(
        self, workbook: Any, title: str, options: RenderOptions, formats: _Formats
    ) -> None:
        super().__init__(workbook.add_worksheet(title), options)
        label = options.label
        headers = [
            label("report-col-row"),
            label("report-col-column"),
            label("report-col-value"),
            label("report-col-message"),
            label("report-col-code"),
        ]
        for index, width in enumerate((7, 24, 24, 90, 24)):
            self.sheet.set_column(index, index, width)
        for index, text in enumerate(headers):
            self.sheet.write_string(0, index, safe_text(text), formats.header)
        self.row = 1
        self.width = len(headers)

    def add(self, issue: RowIssue) -> None:
        self.put(
            [
                issue.row,
                safe_text(issue.column),
                safe_text(issue_value(issue, self.options)),
                safe_text(issue.message),
                safe_text(issue.code),
            ]
        )

    def finish(self) -> None:
        self.sheet.autofilter(0, 0, max(self.row - 1, 0), self.width - 1)
        self.sheet.freeze_panes(1, 0)
        self.sheet.repeat_rows(0)
        _print_setup(self.sheet, self.options, landscape=True)


class _SummaryPage(_Sheet):
    """The summary sheet, written top to bottom once everything else is known: labels in
    column A, values in B (the profile's competency table uses B to E)."""

    def __init__(
        self, workbook: Any, sheet: Any, options: RenderOptions, formats: _Formats
    ) -> None:
        super().__init__(sheet, options)
        self.workbook = workbook
        self.formats = formats
        sheet.set_column(0, 0, 46)
        sheet.set_column(1, 1, 18)
        sheet.set_column(2, 4, 12)

    # --- writing ------------------------------------------------------------------------
    def text(self, value: object, fmt: Any = None, column: int = 0) -> None:
        self.sheet.write_string(self.row, column, safe_text(value), fmt)

    def value(self, value: object, column: int, fmt: Any = None) -> None:
        """A typed cell: numbers and dates keep their type."""
        if value is None or value == "":
            return
        if isinstance(value, bool) or not isinstance(value, (int, float, Decimal, dt.date)):
            self.sheet.write_string(self.row, column, safe_text(value), fmt)
        elif isinstance(value, dt.date):
            self.sheet.write_datetime(self.row, column, value, fmt or self.formats.date)
        else:
            number = float(value)
            self.sheet.write_number(self.row, column, number, fmt or self.formats.count)

    def pair(self, label: str, value: object, fmt: Any = None) -> None:
        self.text(label)
        self.value(value, 1, fmt)
        self.row += 1

    def line(self, value: object, fmt: Any = None) -> None:
        self.text(value, fmt)
        self.row += 1

    # --- parts --------------------------------------------------------------------------
    def letterhead(self, logo: _Logo | None) -> None:
        """Logo, agency, title, event and the report's date."""
        head, label = self.options.letterhead, self.options.label
        if logo is not None:
            self.sheet.set_row(0, LOGO_PIXELS * 0.75)  # points
            self.sheet.insert_image(
                0,
                0,
                logo.path,
                {"x_scale": logo.scale, "y_scale": logo.scale, "object_position": 3},
            )
            self.row = 1
        if head is not None:
            self.line(head.agency, self.formats.title)
        title = (head.title if head is not None else None) or label("report-title")
        self.line(title, self.formats.subtitle)
        if head is not None and head.event:
            self.line(head.event)
        self.pair(label("xlsx-report-date"), dt.date.today())
        self.row += 1

    def counts(self, summary: BatchSummary) -> None:
        """The batch's sections, with the chart of the categories under their counts."""
        bands_title = self.options.label("report-by-band")
        for section in summary_sections(summary, self.options):
            self.line(section.title, self.formats.bold)
            first = self.row
            for label, value in section.rows:
                self.pair(label, value)
            if section.title == bands_title and section.rows:
                self._chart(summary, first, self.row - 1)
            self.row += 1

    def _chart(self, summary: BatchSummary, first: int, last: int) -> None:
        label = self.options.label
        codes = list(summary.band_order)
        codes += [code for code in summary.bands if code not in codes]
        colours = [colour for _, colour in _colours(len(summary.band_order))]
        colours += [CHART_NEUTRAL] * (len(codes) - len(colours))
        chart = self.workbook.add_chart({"type": "column"})
        name = self.sheet.name
        chart.add_series(
            {
                "name": label("xlsx-count"),
                "categories": [name, first, 0, last, 0],
                "values": [name, first, 1, last, 1],
                "points": [{"fill": {"color": c}, "border": {"none": True}} for c in colours],
                "data_labels": {"value": True, "num_format": COUNT_FORMAT},
                "gap": 60,
            }
        )
        chart.set_title({"name": label("xlsx-chart-bands"), "name_font": {"size": 12}})
        chart.set_legend({"none": True})
        chart.set_y_axis({"num_format": COUNT_FORMAT, "min": 0})
        self.row += 1
        self.sheet.insert_chart(self.row, 0, chart, {"x_scale": 1.2, "object_position": 3})
        self.row += CHART_ROWS

    def profile(self, item: OfficialResult, table: ResultTable) -> None:
        """One official on their own: who, the outcome, the table per competency, the
        development needs and the warnings in words."""
        options, label, formats = self.options, self.options.label, self.formats
        result = item.result
        self.line(label("xlsx-profile"), formats.bold)
        policy = options.dictionary.find_policy(result.policy)
        policy_name = result.policy
        if policy is not None:
            policy_name = localized_name(policy, options.lang)
        level_name = options.position_level_name(result.position_level)
        band_name = options.band_name(result.band, result.policy)
        for name, value, fmt in (
            (label("report-col-name"), item.name, None),
            (label("report-col-nip"), item.shown_nip(options.mask_nip), None),
            (label("report-col-position"), item.position_title, None),
            (label("report-col-unit"), item.unit, None),
            (label("label-standard"), self._standard(item), None),
            (label("report-col-position-level"), level_name, None),
            (label("label-policy"), f"{policy_name} ({result.policy})", None),
            (label("report-col-assessed-on"), result.assessed_on, None),
            (label("report-col-valid-until"), result.valid_until, None),
            (label("label-jpm"), result.jpm, formats.jpm),
            (label("label-band"), band_name, self._band_style(result.policy, result.band)),
            (label("label-meets-standard"), options.yes_no(result.meets_standard), None),
        ):
            self.pair(name, value, fmt)
        self.row += 1
        self.line(label("xlsx-competencies"), formats.bold)
        headers = ("competency", "required", "attained", "gap", "meets")
        for column, key in enumerate(headers):
            self.text(label("label-" + key), formats.header, column)
        self.row += 1
        first = self.row
        for competency in result.competencies:
            found = options.dictionary.find_competency(competency.code)
            self.text(competency_label(found, options) if found else competency.code)
            self.sheet.write_number(self.row, 1, competency.required, formats.level)
            self.sheet.write_number(self.row, 2, float(competency.attained), formats.level)
            self.sheet.write_number(self.row, 3, float(competency.gap), formats.gap)
            self.text(options.yes_no(competency.meets), formats.level, 4)
            self.row += 1
        if self.row > first:
            rule = {"type": "cell", "criteria": "<", "value": 0, "format": formats.bad}
            self.sheet.conditional_format(first, 3, self.row - 1, 3, rule)
        self.row += 1
        self.line(label("label-development"), formats.bold)
        needs = [
            table.need_text(need.code, int(need.attained * HUNDREDTHS), need.required)
            if need.code in table.labels
            else f"{need.code} {level_text(need.attained, options.lang)}→{need.required}"
            for need in result.development
        ]
        for need in needs or [label("label-none")]:
            self.line(need)
        if item.warnings:
            self.row += 1
            self.line(label("report-col-warnings"), formats.bold)
            for issue in item.warnings:
                self.line(f"{issue.message} [{issue.code}]")
        self.row += 1

    def _standard(self, item: OfficialResult) -> str:
        """The standard by name and code: the agency's position, else the position level."""
        result, options = item.result, self.options
        position = options.dictionary.find_position(result.position) if result.position else None
        name = position.name if position else options.position_level_name(result.position_level)
        return f"{name} ({result.standard_code})"

    def _band_style(self, policy_code: str, band: str) -> Any:
        policy = self.options.dictionary.find_policy(policy_code)
        codes = [b.code for b in policy.bands] if policy else []
        if band not in codes:
            return None
        style, _ = _colours(len(codes))[codes.index(band)]
        return getattr(self.formats, style)

    def signatures(self) -> None:
        """Place and date, then the signatories two abreast (role, room to sign, name, NIP);
        a single signatory stands on the right, under the date, as letters have it."""
        head = self.options.letterhead
        if head is None or not (head.signatories or head.place):
            return
        self.row += 1
        # A number never spills into the next cell: the date gets columns B to E.
        when = self.formats.place_date(head.place)
        self.sheet.merge_range(self.row, 1, self.row, 4, dt.date.today(), when)
        self.row += 1
        first = 1 if len(head.signatories) == 1 else 0
        for start in range(0, len(head.signatories), 2):
            pair = list(enumerate(head.signatories[start : start + 2], start=first))
            # Rows must be written in order (streaming): role, room to sign, name, NIP.
            for column, signatory in pair:
                self.text(signatory.role, column=column)
            self.row += 4
            for column, signatory in pair:
                if signatory.name:
                    self.text(signatory.name, self.formats.name, column)
            self.row += 1
            for column, signatory in pair:
                if signatory.nip:
                    nip = mask_nip(signatory.nip) if self.options.mask_nip else signatory.nip
                    self.text(self.options.label("xlsx-signatory-nip", nip=nip), column=column)
            self.row += 2

    def finish(self) -> None:
        _print_setup(self.sheet, self.options, landscape=False)


def render_xlsx(source: Source, out: Output, options: RenderOptions) -> None:
    """Write the XLSX report of ``source`` to ``out`` (a path or a binary stream)."""
    require_binary(out)
    xlsxwriter = xlsxwriter_module()
    logo = _logo(options.letterhead, options.lang)
    with binary_output(out) as handle:
        try:
            with streaming_workbook(handle) as workbook:
                _fill(workbook, source, options, logo)
        except xlsxwriter.exceptions.FileCreateError as exc:
            raise _write_error(out, exc, options) from exc


def _write_error(out: Output, exc: Exception, options: RenderOptions) -> ReportWriteError:
    """The temporary files could not be written (a full disk)."""
    cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else OSError(str(exc))
    code = "disk-full" if is_disk_full(cause) else "report-write-failed"
    path = str(out) if is_path(out) else "-"
    text = message(code, options.lang, path=path, reason=os_reason(cause, options.lang))
    return ReportWriteError(text, code=code)


def _fill(workbook: Any, source: Source, options: RenderOptions, logo: _Logo | None) -> None:
    formats = _Formats(workbook, options.lang)
    label = options.label
    head = options.letterhead
    workbook.set_properties(
        {"title": safe_text((head.title if head else None) or label("report-title"))}
    )
    summary_sheet = workbook.add_worksheet(label("report-sheet-summary"))
    results = _ResultsSheet(workbook, options, formats)
    errors = _IssuesSheet(workbook, label("report-sheet-errors"), options, formats)
    warnings = _IssuesSheet(workbook, label("report-sheet-warnings"), options, formats)
    first: OfficialResult | None = None  # kept for the profile of one official only
    for item in iter_outcomes(source):
        if isinstance(item, OfficialResult):
            results.add(item)
            if options.one_official and first is None:
                first = item
            for warning in item.warnings:
                warnings.add(warning)
        else:
            (errors if item.severity == "error" else warnings).add(item)
    summary = source.summary
    for warning in summary.file_warnings:
        warnings.add(warning)
    results.finish(summary)
    errors.finish()
    warnings.finish()
    page = _SummaryPage(workbook, summary_sheet, options, formats)
    page.letterhead(logo)
    if options.one_official and first is not None:
        page.profile(first, results.table)
    else:
        page.counts(summary)
    page.signatures()
    page.finish()
