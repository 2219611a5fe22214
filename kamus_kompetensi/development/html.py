"""HTML: one self-contained, printable page of plans or of the needs inventory.

Inline CSS, no scripts, no external assets (it can be mailed and printed as it is; A4
landscape for the wide needs tables, each official's plan kept on one page where it
fits). Every text is escaped: names and units in the input may contain markup.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape

from kamus_kompetensi.development.needs import NeedsInventory
from kamus_kompetensi.development.plan import DevelopmentPlan, OfficialPlan
from kamus_kompetensi.development.tables import (
    Cell,
    Table,
    activities_text,
    activity_text,
    findings_table,
    needs_overview,
    needs_tables,
    plan_overview,
    training_name,
)
from kamus_kompetensi.report.base import Output, RenderOptions, text_output
from kamus_kompetensi.report.cells import level_text
from kamus_kompetensi.report.html_page import escaped, page_head
from kamus_kompetensi.version import library_version

CSS = """
@page { size: A4 landscape; margin: 12mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 10pt;
       color: #1b1b1b; margin: 0 auto; max-width: 277mm; padding: 6mm 0; }
h1 { font-size: 16pt; margin: 0 0 3mm; }
h2 { font-size: 12.5pt; margin: 6mm 0 2mm; border-bottom: 1px solid #999; }
h3 { font-size: 10.5pt; margin: 3mm 0 1mm; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; }
th, td { border: 1px solid #c8c8c8; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #eef1f5; }
td { overflow-wrap: anywhere; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.head { width: auto; }
table.head th { background: none; border: none; padding-left: 0; }
table.head td { border: none; }
ul { margin: 0; padding-left: 5mm; }
.official { border-top: 2px solid #555; margin-top: 5mm; }
.leadership { font-weight: bold; }
.note { color: #555; font-style: italic; }
footer { margin-top: 8mm; color: #777; font-size: 8pt; }
@media print {
  body { max-width: none; padding: 0; }
  .official, tr { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
}
"""


def _e(value: Cell, options: RenderOptions) -> str:
    """A cell as escaped text; numbers as the language writes them."""
    if value is None or value == "":
        return "-"
    if isinstance(value, Decimal):
        return level_text(value, options.lang)
    return escaped(value)


def _td(value: Cell, options: RenderOptions) -> str:
    numeric = isinstance(value, (int, Decimal)) and not isinstance(value, bool)
    return (
        f'<td class="num">{_e(value, options)}</td>'
        if numeric
        else f"<td>{_e(value, options)}</td>"
    )


def _table(table: Table, options: RenderOptions, level: str = "h2") -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in table.headers)
    if not table.rows:
        body = f'<p class="note">{escape(options.label("label-none"))}</p>'
        return f"<{level}>{escape(table.title)}</{level}>{body}"
    rows = "".join("<tr>" + "".join(_td(c, options) for c in row) + "</tr>" for row in table.rows)
    return (
        f"<{level}>{escape(table.title)}</{level}>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    )


def _head(pairs: list[tuple[str, Cell]], options: RenderOptions) -> str:
    rows = "".join(f"<tr><th>{escape(k)}</th><td>{_e(v, options)}</td></tr>" for k, v in pairs)
    return f'<table class="head">{rows}</table>'


def _official(plan: OfficialPlan, options: RenderOptions) -> str:
    label = options.label
    who = [
        plan.shown_nip(options.mask_nip),
        plan.name,
        plan.details.get("position_title"),
        plan.unit,
    ]
    title = " · ".join(_e(w, options) for w in who if w)
    row = escape(label("issue-row", row=plan.row)) + " · " if plan.row is not None else ""
    parts = [f'<section class="official"><h3>{row}{title}</h3>']
    parts.append(
        f"<p>{escape(label('plan-col-standard'))}: {_e(plan.standard, options)} "
        f"({escape(options.position_level_name(plan.position_level))})</p>"
    )
    need = plan.leadership_training
    if need is not None:
        text = label(
            "plan-leadership-needed", name=training_name(need.code, options), code=need.code
        )
        parts.append(f'<p class="leadership">{escape(text)}</p>')
    if not plan.items:
        parts.append(f'<p class="note">{escape(label("plan-no-items"))}</p>')
    else:
        headers = (
            "label-competency",
            "plan-col-current",
            "plan-col-target",
            "label-gap",
            "plan-col-indicators",
            "plan-col-activities",
            "plan-col-jp",
        )
        head = "".join(f"<th>{escape(label(h))}</th>" for h in headers)
        rows = []
        for item in plan.items:
            indicators = "".join(
                f"<li>{_e(i.code, options)} {_e(i.text, options)}</li>" for i in item.indicators
            )
            if item.from_catalogue:
                activities = "".join(
                    f"<li>{escape(activity_text(a, options))}</li>" for a in item.activities
                )
                activities = f"<ul>{activities}</ul>"
            else:
                activities = escape(activities_text(item, options, short=True))
            code = item.competency
            name = f"{options.official_code(code)} {options.competency_name(code)}"
            levels = "".join(_td(v, options) for v in (item.current, item.target, item.gap))
            rows.append(
                f"<tr><td>{escape(name)}</td>{levels}"
                f"<td><ul>{indicators}</ul></td><td>{activities}</td>"
                f"{_td(item.jp, options)}</tr>"
            )
        parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")
    parts.append("</section>")
    return "".join(parts)


def render_html(
    report: DevelopmentPlan | NeedsInventory, out: Output, options: RenderOptions
) -> None:
    """Write the page of a plan or a needs inventory to ``out``."""
    label = options.label
    if isinstance(report, DevelopmentPlan):
        title = label("plan-title")
        body = [_head(plan_overview(report, options), options)]
        body += [_official(plan, options) for plan in report.plans]
    else:
        title = label("needs-title")
        body = [_head(needs_overview(report, options), options)]
        body += [_table(table, options) for table in needs_tables(report, options)]
    findings = findings_table(report.errors, report.warnings, options)
    if findings.rows:
        body.append(_table(findings, options))
    footer = escape(label("plan-footer", version=library_version()))
    page = (
        page_head(options.lang, escape(title), CSS)
        + f"<body><h1>{escape(title)}</h1>{''.join(body)}<footer>{footer}</footer></body></html>\n"
    )
    with text_output(out) as handle:
        handle.write(page)


__all__ = ["render_html"]
