"""HTML: one self-contained, printable page for a selection or talent committee.

Inline CSS, inline SVG, no scripts and no external assets, so the file can be mailed,
archived and printed as it is (A4; every profile starts on a new page). Sections: the
summary, the row errors, a table of officials, then one profile per official with a
radar chart, the per-competency table and the development needs with the indicators of
each missing level.

The summary belongs at the top but is final only after the last row, so this renderer
keeps what it shows in memory: at most :data:`PROFILE_LIMIT` officials and
:data:`ISSUE_LIMIT` errors (the page says when it shows fewer than there are). A page
with more would not print or open usefully anyway; the full data is in CSV, XLSX or JSON.
Every piece of text is escaped: names in the input may contain markup.
"""

from __future__ import annotations

from html import escape
from typing import IO

from kamus_kompetensi.batch.outcomes import OfficialResult
from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.report.base import (
    Output,
    RenderOptions,
    Source,
    issue_value,
    iter_outcomes,
    text_output,
)
from kamus_kompetensi.report.cells import decimal_text, level_text
from kamus_kompetensi.report.summary import Findings, Section, findings_sections, summary_sections
from kamus_kompetensi.report.svg import RadarAxis, radar_svg
from kamus_kompetensi.report.table import competency_label
from kamus_kompetensi.version import library_version

PROFILE_LIMIT = 2000
ISSUE_LIMIT = 2000

CSS = """
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 10.5pt;
       color: #1b1b1b; margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
h1 { font-size: 17pt; margin: 0 0 4mm; }
h2 { font-size: 13pt; margin: 7mm 0 2mm; border-bottom: 1px solid #999; }
h3 { font-size: 11pt; margin: 4mm 0 1mm; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; }
th, td { border: 1px solid #c8c8c8; padding: 1mm 1.5mm; text-align: left;
         vertical-align: top; }
th { background: #eef1f5; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num, td.nowrap { white-space: nowrap; overflow-wrap: normal; }
td.below { background: #ffc7ce; }
table.officials { font-size: 9pt; }
td { overflow-wrap: anywhere; }
.grid { display: flex; flex-wrap: wrap; gap: 6mm; }
.grid > section { flex: 1 1 80mm; }
.note { color: #555; font-style: italic; }
.profile-head { display: flex; gap: 6mm; align-items: flex-start; }
.profile-head dl { flex: 1; display: grid; grid-template-columns: max-content 1fr;
                   gap: 1mm 3mm; margin: 0; }
.profile-head dt { font-weight: bold; }
.profile-head dd { margin: 0; }
.band { font-weight: bold; }
.indicators { margin: 0 0 1mm; padding-left: 6mm; }
footer { margin-top: 8mm; color: #777; font-size: 8.5pt; }
@media print {
  body { max-width: none; padding: 0; }
  .profile { break-before: page; page-break-before: always; }
  tr, .radar, .need { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
}
"""


def _e(value: object) -> str:
    """Escaped text; ``None`` and ``""`` as a dash."""
    return "-" if value is None or value == "" else escape(str(value), quote=True)


def _td(content: str, css: str = "") -> str:
    """A cell from already-escaped ``content``."""
    return f'<td class="{css}">{content}</td>' if css else f"<td>{content}</td>"


def _num(value: object) -> str:
    """The cell class for a summary value: counts align right, text left."""
    return "num" if isinstance(value, int) else ""


def _table(headers: list[str], rows: list[list[str]], css: str = "") -> str:
    """A table from escaped header texts and rows of ``<td>`` strings."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(row) + "</tr>" for row in rows)
    opening = f'<table class="{css}">' if css else "<table>"
    return f"{opening}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


class _Collected:
    """What the page shows, bounded: the first officials and errors, and the counts."""

    def __init__(self) -> None:
        self.officials: list[OfficialResult] = []
        self.errors: list[RowIssue] = []
        self.official_count = 0
        self.error_count = 0
        self.findings = Findings()  # warnings and notes per code, as the text report shows

    def add(self, item: OfficialResult | RowIssue) -> None:
        self.findings.add_outcome(item)
        if isinstance(item, OfficialResult):
            self.official_count += 1
            if len(self.officials) < PROFILE_LIMIT:
                self.officials.append(item)
        elif item.severity == "error":
            self.error_count += 1
            if len(self.errors) < ISSUE_LIMIT:
                self.errors.append(item)


def _pairs(section: Section) -> str:
    if not section.rows:
        return "<p>-</p>"
    rows = "".join(
        f'<tr><th scope="row">{_e(label)}</th>{_td(_e(value), _num(value))}</tr>'
        for label, value in section.rows
    )
    return f"<table><tbody>{rows}</tbody></table>"


def _summary(source: Source, options: RenderOptions, findings: Findings) -> str:
    first, *rest = summary_sections(source.summary, options)
    rest = [*findings_sections(findings, source.summary.file_warnings, options), *rest]
    blocks = "".join(f"<section><h3>{_e(s.title)}</h3>{_pairs(s)}</section>" for s in rest)
    return f'<h2>{_e(first.title)}</h2>{_pairs(first)}<div class="grid">{blocks}</div>'


def _capped(key: str, shown: int, total: int, options: RenderOptions) -> str:
    if total <= shown:
        return ""
    return f'<p class="note capped">{_e(options.label(key, shown=shown, total=total))}</p>'


def _errors(collected: _Collected, options: RenderOptions) -> str:
    label = options.label
    title = f'<h2 id="errors">{_e(label("report-sheet-errors"))}</h2>'
    if not collected.errors:
        return f"{title}<p>{_e(label('report-no-errors'))}</p>"
    keys = ("report-col-row", "report-col-column", "report-col-value", "report-col-code")
    rows = [
        [
            _td(_e(i.row), "num"),
            _td(_e(i.column)),
            _td(_e(issue_value(i, options))),
            _td(_e(i.code)),
            _td(_e(i.message)),
        ]
        for i in collected.errors
    ]
    note = _capped("report-errors-capped", len(collected.errors), collected.error_count, options)
    headers = [*(label(k) for k in keys), label("report-col-message")]
    return title + note + _table(headers, rows)


def _officials(collected: _Collected, options: RenderOptions) -> str:
    label = options.label
    keys = (
        "report-col-row",
        "report-col-nip",
        "report-col-name",
        "report-col-position",
        "label-jpm",
        "label-band",
        "label-meets-standard",
    )
    rows = [
        [
            _td(_e(o.row), "num"),
            _td(_e(o.shown_nip(options.mask_nip)), "nowrap"),
            _td(f'<a href="#row-{o.row}">{_e(o.name)}</a>'),
            _td(_e(o.position_title)),
            _td(_e(decimal_text(o.result.jpm, options.lang)), "num"),
            _td(_e(options.band_name(o.result.band, o.result.policy))),
            _td(_e(options.yes_no(o.result.meets_standard))),
        ]
        for o in collected.officials
    ]
    note = _capped(
        "report-profiles-capped", len(collected.officials), collected.official_count, options
    )
    title = f"<h2>{_e(label('report-officials'))}</h2>"
    return title + note + _table([label(k) for k in keys], rows, "officials")


def _facts(item: OfficialResult, options: RenderOptions) -> str:
    result = item.result
    facts: list[tuple[str, object]] = [
        ("report-col-row", item.row),
        ("report-col-nip", item.shown_nip(options.mask_nip)),
        ("report-col-position", item.position_title),
        ("report-col-unit", item.unit),
        (
            "label-standard",
            f"{_standard_name(result.standard_code, options)} ({result.standard_code})",
        ),
        ("label-jpm", decimal_text(result.jpm, options.lang)),
        ("label-band", options.band_name(result.band, result.policy)),
        ("label-meets-standard", options.yes_no(result.meets_standard)),
    ]
    if result.valid_until is not None:
        facts.append(("label-valid-until", result.valid_until.isoformat()))
    if item.warnings:
        facts.append(("report-col-warnings", ", ".join(w.code for w in item.warnings)))
    return "".join(f"<dt>{_e(options.label(k))}</dt><dd>{_e(v)}</dd>" for k, v in facts)


def _standard_name(code: str, options: RenderOptions) -> str:
    dictionary = options.dictionary
    found = dictionary.find_position(code) or dictionary.find_position_level(code)
    if found is None:
        return code
    name_en = getattr(found, "name_en", None)
    return name_en if options.lang == "en" and name_en else found.name


def _chart(item: OfficialResult, options: RenderOptions) -> str:
    return radar_svg(
        [
            RadarAxis(options.official_code(c.code), c.required, c.attained)
            for c in item.result.competencies
        ],
        title=options.label("report-radar-title"),
        required_label=options.label("label-required"),
        attained_label=options.label("label-attained"),
    )


def _competency_table(item: OfficialResult, options: RenderOptions) -> str:
    lang = options.lang
    rows = [
        [
            _td(_e(options.official_code(c.code))),
            _td(_e(options.competency_name(c.code))),
            _td(_e(c.required), "num"),
            _td(_e(level_text(c.attained, lang)), "num"),
            _td(_e(level_text(c.gap, lang)), "num" if c.meets else "num below"),
            _td(_e(options.yes_no(c.meets))),
        ]
        for c in item.result.competencies
    ]
    keys = ("label-competency", "label-required", "label-attained", "label-gap", "label-meets")
    return _table(["", *(options.label(k) for k in keys)], rows)


def _development(item: OfficialResult, options: RenderOptions) -> str:
    label = options.label
    title = f"<h3>{_e(label('label-development'))}</h3>"
    needs = item.result.development
    if not needs:
        return f"{title}<p>{_e(label('label-none'))}</p>"
    parts = [title]
    for need in needs:
        competency = options.dictionary.find_competency(need.code)
        name = competency_label(competency, options) if competency else need.code
        head = f"{name}: {level_text(need.attained, options.lang)} → {need.required}"
        parts.append(f'<div class="need"><h4>{_e(head)}</h4>')
        levels = [competency.level(n) for n in need.levels] if competency is not None else []
        for level in levels:
            items = "".join(f"<li>{_e(i.code)} {_e(i.text)}</li>" for i in level.indicators)
            heading = label("report-indicators", level=level.level)
            parts.append(f"<p>{_e(heading)}: {_e(level.description)}</p>")
            parts.append(f'<ul class="indicators">{items}</ul>')
        parts.append("</div>")
    return "".join(parts)


def _profile(item: OfficialResult, options: RenderOptions) -> str:
    name = item.name or item.shown_nip(options.mask_nip) or f"#{item.row}"
    return (
        f'<section class="profile" id="row-{item.row}"><h2>{_e(name)}</h2>'
        f'<div class="profile-head"><dl>{_facts(item, options)}</dl>{_chart(item, options)}</div>'
        f"{_competency_table(item, options)}{_development(item, options)}</section>"
    )


def _page(source: Source, collected: _Collected, options: RenderOptions, handle: IO[str]) -> None:
    label = options.label
    title = _e(label("report-title"))
    handle.write(
        f'<!DOCTYPE html>\n<html lang="{options.lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title><style>{CSS}</style></head><body>"
        f"<h1>{title}</h1>"
    )
    handle.write(_summary(source, options, collected.findings))
    handle.write(_errors(collected, options))
    handle.write(_officials(collected, options))
    for item in collected.officials:
        handle.write(_profile(item, options))
    handle.write(
        f"<footer>{_e(label('report-generated'))} {_e(library_version())}</footer></body></html>\n"
    )


def render_html(source: Source, out: Output, options: RenderOptions) -> None:
    """Write the HTML report of ``source`` to ``out``."""
    collected = _Collected()
    for item in iter_outcomes(source):
        collected.add(item)
    with text_output(out) as handle:
        _page(source, collected, options, handle)
