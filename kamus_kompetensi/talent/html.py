"""The talent grid as one self-contained, printable HTML page for a talent committee.

Inline CSS, no scripts, no external assets. The grid is a real 3×3 table (performance
rows × potential columns, box 9 top-right) with each box's number, label, count and the
names placed in it; then the recommendation per box, the succession pool and the
officials without a box. A box shows at most :data:`NAMES_PER_BOX` names (the page says
how many more there are); the pool list, the XLSX and the JSON output hold everyone.
Every piece of text is escaped: names in the input may contain markup.
"""

from __future__ import annotations

from kamus_kompetensi.report.cells import decimal_text
from kamus_kompetensi.report.html_page import escaped as _e
from kamus_kompetensi.talent.grid import BOXES, NotPlaced, PlacedOfficial, TalentGrid
from kamus_kompetensi.talent.layout import TalentTexts
from kamus_kompetensi.version import library_version

NAMES_PER_BOX = 40

CSS = """
@page { size: A4 landscape; margin: 12mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 10pt;
       color: #1b1b1b; margin: 0 auto; max-width: 277mm; padding: 6mm 0; }
h1 { font-size: 16pt; margin: 0 0 2mm; }
h2 { font-size: 12.5pt; margin: 6mm 0 2mm; border-bottom: 1px solid #999; }
p.meta { margin: 0 0 1mm; color: #333; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; }
th, td { border: 1px solid #c8c8c8; padding: 1mm 1.5mm; text-align: left; vertical-align: top;
         overflow-wrap: anywhere; }
th { background: #eef1f5; overflow-wrap: normal; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.nip { white-space: nowrap; overflow-wrap: normal; }
table.talent-grid { table-layout: fixed; }
table.talent-grid th.axis { text-align: center; background: #dde3ea; }
table.talent-grid col.performance { width: 32mm; }
table.talent-grid td.box { height: 42mm; padding: 1.5mm 2mm; }
.box-head { display: flex; justify-content: space-between; align-items: baseline; }
.box-number { font-size: 15pt; font-weight: bold; }
.box-count { font-weight: bold; }
.box-label { font-size: 8.5pt; color: #333; margin: 0.5mm 0 1mm; }
ol.names { margin: 0; padding-left: 5mm; font-size: 8.5pt; }
.more { font-size: 8.5pt; font-style: italic; }
td.box.pool { outline: 2px solid #1d6b34; outline-offset: -2px; }
.box-9 { background: #b7dfc0; } .box-8, .box-7 { background: #daf0de; }
.box-6, .box-5, .box-4 { background: #fdf3c8; } .box-3, .box-2 { background: #fde2c8; }
.box-1 { background: #f8cfcf; }
.note { color: #555; font-style: italic; }
footer { margin-top: 6mm; color: #666; font-size: 8.5pt; }
@media print {
  body { max-width: none; padding: 0; }
  table.talent-grid, tr { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  section.lists { break-before: page; page-break-before: always; }
}
"""


def grid_html(grid: TalentGrid, texts: TalentTexts, dictionary_name: str) -> str:
    """The whole page."""
    t = texts.label
    title = t("talent-grid-title")
    totals = t(
        "talent-totals", read=grid.rows_read, placed=grid.placed, without=len(grid.without_box)
    )
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{texts.lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">{_e(t("talent-source", source=grid.source))}</p>',
        f'<p class="meta" id="totals">{_e(totals)}</p>',
        _grid_table(grid, texts),
        _recommendations(grid, texts),
        '<section class="lists">',
        _pool(grid, texts),
        _without(grid, texts),
        "</section>",
        f"<footer>{_e(_basis(texts))}<br>"
        f"{_e(t('talent-generated', version=library_version(), dictionary=dictionary_name))}"
        "</footer>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _grid_table(grid: TalentGrid, texts: TalentTexts) -> str:
    t = texts.label
    columns = texts.columns
    head = (
        f'<tr><th class="axis" rowspan="2">{_e(t("talent-performance"))}</th>'
        f'<th class="axis" colspan="{len(columns)}">{_e(t("talent-potential"))}</th></tr>'
        "<tr>"
        + "".join(f'<th class="axis">{_e(texts.potential_name(c))}</th>' for c in columns)
        + "</tr>"
    )
    rows = []
    for row in texts.rows:
        cells = [f'<th class="performance" scope="row">{_e(texts.performance_name(row))}</th>']
        cells += [_box_cell(grid, texts, texts.box_at(row, column)) for column in columns]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    widths = '<col class="performance">' + "<col>" * len(columns)
    return (
        f'<table class="talent-grid"><colgroup>{widths}</colgroup>'
        f"<thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _box_cell(grid: TalentGrid, texts: TalentTexts, box: int) -> str:
    officials = grid.boxes[box]
    pool = " pool" if box in grid.pool_boxes else ""
    names = "".join(f"<li>{_e(_who(o))}</li>" for o in officials[:NAMES_PER_BOX])
    more = len(officials) - NAMES_PER_BOX
    extra = f'<div class="more">+{more}</div>' if more > 0 else ""
    count = _e(texts.people(len(officials)))
    return (
        f'<td class="box box-{box}{pool}" data-box="{box}" data-count="{len(officials)}">'
        f'<div class="box-head"><span class="box-number">{box}</span>'
        f'<span class="box-count">{count}</span></div>'
        f'<div class="box-label">{_e(texts.box_label(box))}</div>'
        f'<ol class="names">{names}</ol>{extra}</td>'
    )


def _who(official: PlacedOfficial | NotPlaced) -> str:
    name = official.name or "-"
    return f"{name} ({official.nip})" if official.nip else name


def _table(headers: list[str], rows: list[str], css: str = "") -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    opening = f'<table class="{css}">' if css else "<table>"
    return f"{opening}<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _recommendations(grid: TalentGrid, texts: TalentTexts) -> str:
    t = texts.label
    rows = [
        f'<tr><td class="num">{box}</td><td>{_e(texts.box_label(box))}</td>'
        f'<td class="num">{grid.count(box)}</td><td>{_e(texts.recommendation(box))}</td></tr>'
        for box in reversed(BOXES)
    ]
    headers = [
        t("talent-box-col"),
        t("talent-label-col"),
        t("talent-count-col"),
        t("talent-recommendation"),
    ]
    return f"<h2>{_e(t('talent-recommendations'))}</h2>" + _table(headers, rows, "recommendations")


def _pool(grid: TalentGrid, texts: TalentTexts) -> str:
    t = texts.label
    boxes = ", ".join(map(str, sorted(grid.pool_boxes, reverse=True)))
    count = texts.people(len(grid.pool))
    heading = f"<h2>{_e(t('talent-pool', boxes=boxes))}: {_e(count)}</h2>"
    if not grid.pool:
        return heading + f'<p class="note">{_e(t("talent-none"))}</p>'
    rows = [
        f'<tr><td class="num">{o.placement.box}</td><td class="num">{o.row}</td>'
        f'<td class="nip">{_e(o.nip)}</td><td>{_e(o.name)}</td>'
        f"<td>{_e(o.position_title)}</td><td>{_e(o.unit)}</td>"
        f'<td class="num">{_e(decimal_text(o.jpm, texts.lang))}</td><td>{_e(o.rating)}</td></tr>'
        for o in grid.pool
    ]
    headers = [
        t("talent-box-col"),
        *texts.official_headers,
        t("talent-col-jpm"),
        t("talent-rating"),
    ]
    return heading + _table(headers, rows, "pool")


def _without(grid: TalentGrid, texts: TalentTexts) -> str:
    t = texts.label
    heading = f"<h2>{_e(t('talent-without-box'))}: {len(grid.without_box)}</h2>"
    if not grid.without_box:
        return heading + f'<p class="note">{_e(t("talent-none"))}</p>'
    rows = [
        f'<tr><td class="num">{n.row}</td><td class="nip">{_e(n.nip)}</td><td>{_e(n.name)}</td>'
        f"<td>{_e(n.message)}</td><td>{_e(n.reason)}</td></tr>"
        for n in grid.without_box
    ]
    return heading + _table(texts.without_headers, rows, "without-box")


def _basis(texts: TalentTexts) -> str:
    source = texts.policy.source
    return texts.label(
        "talent-basis",
        source=source.regulation if source else "-",
        confidence=source.confidence.value if source else "-",
        cutoffs=texts.cut_offs(),
    )


__all__ = ["NAMES_PER_BOX", "grid_html"]
