"""HTML for the training report: one self-contained, printable page.

Inline CSS, no scripts, no external assets, so the file can be mailed, archived and
printed (A4, table headers repeated on every page). Sections: the summary, the officials
(those below the minimum first, marked), the activities counted, and the rejected rows
and warnings. Every piece of text is escaped: names and titles in the input may hold
markup. Long sections are cut at :data:`ROW_LIMIT` rows with a line saying so; the full
data is in the CSV, XLSX and JSON reports.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import IO

from kamus_kompetensi.report.cells import strip_control
from kamus_kompetensi.report.html_page import page_head
from kamus_kompetensi.training.report import Labels
from kamus_kompetensi.training.results import OfficialTraining, TrainingReport, jp_down, minutes
from kamus_kompetensi.version import library_version

ROW_LIMIT = 5000

CSS = """
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 10.5pt;
       color: #1b1b1b; margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
h1 { font-size: 16pt; margin: 0 0 4mm; }
h2 { font-size: 12.5pt; margin: 7mm 0 2mm; border-bottom: 1px solid #999; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; font-size: 9.5pt; }
th, td { border: 1px solid #c8c8c8; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #eef1f5; }
td { overflow-wrap: break-word; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.nowrap { white-space: nowrap; }
tr.below td.status { background: #ffc7ce; font-weight: bold; }
dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; margin: 0; }
dl.summary dt { font-weight: bold; }
dl.summary dd { margin: 0; }
.note { color: #555; font-style: italic; }
footer { margin-top: 8mm; color: #777; font-size: 8.5pt; }
@media print {
  body { max-width: none; padding: 0; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
}
"""


def _e(value: object) -> str:
    """Escaped text without control characters; ``None`` and ``""`` as a dash."""
    if value is None or value == "":
        return "-"
    return escape(strip_control(str(value)), quote=True)


def _table(headers: Sequence[str], rows: Sequence[str]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _cut(total: int, labels: Labels) -> str:
    if total <= ROW_LIMIT:
        return ""
    text = labels("training-html-limit", shown=ROW_LIMIT, total=total)
    return f'<p class="note">{_e(text)}</p>'


def _official_row(result: OfficialTraining, labels: Labels) -> str:
    cells = [
        f'<td class="nowrap">{_e(result.nip)}</td>',
        f"<td>{_e(result.name)}</td>",
        f'<td class="num">{_e(labels.number(result.jp_total))}</td>',
        f'<td class="num">{_e(labels.number(result.jp_required))}</td>',
        f'<td class="num">{_e(labels.number(result.jp_shortfall))}</td>',
        f'<td class="status">{_e(labels.yes_no(result.met))}</td>',
        f'<td class="num">{len(result.activities)}</td>',
    ]
    if result.in_staff is not None:
        cells.append(f"<td>{_e(labels.yes_no(result.in_staff))}</td>")
    css = "" if result.met else ' class="below"'
    return f"<tr{css}>{''.join(cells)}</tr>"


def _officials(report: TrainingReport, labels: Labels) -> str:
    headers = labels.result_headers(report)
    headers = [h for i, h in enumerate(headers) if i != 7]  # minutes: in the other formats
    ordered = sorted(report.results, key=lambda r: (r.met, r.centiminutes))
    rows = [_official_row(r, labels) for r in ordered[:ROW_LIMIT]]
    body = _table(headers, rows) if rows else f"<p>{_e(labels('training-no-officials'))}</p>"
    return body + _cut(len(ordered), labels)


def _activities(report: TrainingReport, labels: Labels) -> str:
    keys = ("nip", "name", "row", "title", "start", "end", "amount", "minutes", "jp")
    headers = [labels(f"training-col-{key}") for key in keys]
    rows: list[str] = []
    total = 0
    for result in report.results:
        for item in result.activities:
            total += 1
            if len(rows) >= ROW_LIMIT:
                continue
            amount = f"{labels.number(minutes(item.amount))} {labels.unit(item.unit)}"
            jp = jp_down(item.centiminutes, result.jp_minutes)
            cells = [
                f'<td class="nowrap">{_e(result.nip)}</td>',
                f"<td>{_e(result.name)}</td>",
                f'<td class="num">{item.row}</td>',
                f"<td>{_e(item.title)}</td>",
                f'<td class="nowrap">{_e(item.start.isoformat())}</td>',
                f'<td class="nowrap">{_e(item.end.isoformat() if item.end else None)}</td>',
                f'<td class="num">{_e(amount)}</td>',
                f'<td class="num">{_e(labels.number(minutes(item.centiminutes)))}</td>',
                f'<td class="num">{_e(labels.number(jp))}</td>',
            ]
            rows.append(f"<tr>{''.join(cells)}</tr>")
    if not rows:
        return ""
    title = _e(labels("training-section-activities"))
    return f"<h2>{title}</h2>" + _table(headers, rows) + _cut(total, labels)


def _issues(report: TrainingReport, labels: Labels) -> str:
    issues = sorted(
        [*report.errors, *report.warnings], key=lambda i: (i.row or 0, i.severity != "error")
    )
    if not issues:
        return ""
    keys = ("row", "severity", "column", "value", "message", "code")
    headers = [labels(f"training-col-{key}") for key in keys]
    rows = [
        "<tr>"
        + f'<td class="num">{_e(i.row)}</td>'
        + f'<td class="nowrap">{_e(labels(f"training-severity-{i.severity}"))}</td>'
        + f"<td>{_e(i.column)}</td><td>{_e(i.value)}</td><td>{_e(i.message)}</td>"
        + f'<td class="nowrap">{_e(i.code)}</td></tr>'
        for i in issues[:ROW_LIMIT]
    ]
    title = _e(labels("training-section-issues"))
    return f"<h2>{title}</h2>" + _table(headers, rows) + _cut(len(issues), labels)


def render_html(report: TrainingReport, out: IO[str], labels: Labels) -> None:
    """Write the page of ``report`` (already masked when asked) to ``out``."""
    title = _e(labels("training-title", year=report.summary.year))
    summary = "".join(
        f"<dt>{_e(label)}</dt><dd>{_e(value)}</dd>" for label, value in labels.summary_lines(report)
    )
    footer = _e(labels("training-generated", version=library_version()))
    out.write(
        page_head(labels.lang, title, CSS)
        + f'<body><h1>{title}</h1><dl class="summary">{summary}</dl>'
        f"<h2>{_e(labels('training-section-officials'))}</h2>"
        + _officials(report, labels)
        + _issues(report, labels)
        + _activities(report, labels)
        + f"<footer>{footer}</footer></body></html>\n"
    )


__all__ = ["CSS", "ROW_LIMIT", "render_html"]
