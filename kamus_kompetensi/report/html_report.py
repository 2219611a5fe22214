"""HTML: one self-contained, printable page for a selection or talent committee.

Inline CSS, inline SVG, no scripts and no external assets (a letterhead logo is embedded
as a ``data:`` URI), so the file can be mailed, archived and printed as it is. The same
page is the PDF's layout (:mod:`kamus_kompetensi.report.pdf`): A4, every page numbered
"Halaman X dari Y" with the print date at its foot, every profile of a batch on a new page.

Sections of a batch: the letterhead (when given), the summary, the legend of the policy's
categories, the row errors, a table of officials, then one profile per official with a
radar chart, the per-competency table and the development needs with the indicators of
each missing level; last the signature block (when the letterhead names signatories).
One official checked on their own (``RenderOptions.one_official``) gets the profile
alone, with the legend under it: a batch summary with counts of 1 says nothing.

The summary belongs at the top but is final only after the last row, so this renderer
keeps what it shows in memory: at most :data:`PROFILE_LIMIT` officials and
:data:`ISSUE_LIMIT` errors (the page says when it shows fewer than there are). A page
with more would not print or open usefully anyway; the full data is in CSV, XLSX or JSON.
Every piece of text is escaped: names in the input may contain markup.
"""

from __future__ import annotations

import datetime as dt
import string
from decimal import Decimal
from html import escape
from typing import IO

from kamus_kompetensi.batch.outcomes import OfficialResult
from kamus_kompetensi.dictionary import localized_name
from kamus_kompetensi.i18n import long_date
from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.letterhead import Letterhead, logo_data_uri
from kamus_kompetensi.models import Band, ScoringPolicy
from kamus_kompetensi.nip import mask_nip
from kamus_kompetensi.report.base import (
    Output,
    RenderOptions,
    Source,
    issue_value,
    iter_outcomes,
    text_output,
)
from kamus_kompetensi.report.cells import decimal_text, level_text
from kamus_kompetensi.report.html_page import css_string, page_head
from kamus_kompetensi.report.html_page import escaped as _e
from kamus_kompetensi.report.summary import Findings, Section, findings_sections, summary_sections
from kamus_kompetensi.report.svg import RadarAxis, radar_svg
from kamus_kompetensi.report.table import competency_label
from kamus_kompetensi.version import library_version

PROFILE_LIMIT = 2000
ISSUE_LIMIT = 2000

CSS = """
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 10pt;
       color: #1b1b1b; margin: 0 auto; max-width: 186mm; padding: 8mm 0; }
h1 { font-size: 16pt; margin: 0 0 4mm; }
h2 { font-size: 13pt; margin: 7mm 0 2mm; border-bottom: 1px solid #999; }
h3 { font-size: 11pt; margin: 4mm 0 1mm; }
h4 { font-size: 10pt; margin: 3mm 0 1mm; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; }
th, td { border: 1px solid #b8b8b8; padding: 1mm 1.5mm; text-align: left;
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
.profile-head { display: flex; gap: 4mm; align-items: flex-start; }
.profile-head dl { flex: 1 1 auto; margin: 0; }
.profile-head dt { font-weight: bold; margin-top: 1.2mm; }
.profile-head dd { margin: 0; }
.profile-head ul { margin: 0; padding-left: 4mm; }
.radar { flex: 0 0 auto; }
.indicators { margin: 0 0 1mm; padding-left: 6mm; }
.letterhead { display: flex; align-items: center; gap: 5mm; padding-bottom: 3mm;
              border-bottom: 2px solid #1b1b1b; margin-bottom: 5mm; }
.letterhead img { height: 22mm; width: auto; }
.letterhead .agency { font-size: 14pt; font-weight: bold; margin: 0; }
.letterhead .event { font-size: 11pt; margin: 1mm 0 0; }
.legend table { width: auto; min-width: 110mm; }
.legend p { margin: 1mm 0; }
.signatures { margin-top: 10mm; break-inside: avoid; page-break-inside: avoid; }
.signatures .place-date { text-align: right; margin: 0 0 2mm; }
.signers { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 8mm; }
.signer { flex: 0 0 70mm; text-align: center; }
.signer .role { margin: 0 0 20mm; }
.signer .name { margin: 0; font-weight: bold; text-decoration: underline; }
.signer .nip { margin: 0; }
footer { margin-top: 8mm; color: #666; font-size: 8.5pt; }
@media print {
  body { max-width: none; padding: 0; }
  body.batch .profile { break-before: page; page-break-before: always; }
  tr, .radar, .need, .legend { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
}
"""


_MARGIN_FONT = 'font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8pt; color: #555;'


def _page_css(options: RenderOptions, printed_on: dt.date) -> str:
    """The ``@page`` rule: A4, the page number and the print date at every page's foot."""
    date = long_date(printed_on, options.lang)
    printed = css_string(options.label("report-printed-on", date=date))
    return (
        "@page { size: A4; margin: 15mm 12mm 18mm;"
        f" @bottom-left {{ content: {printed}; {_MARGIN_FONT} }}"
        f" @bottom-right {{ content: {_page_counter(options)}; {_MARGIN_FONT} }}"
        " }"
    )


def _page_counter(options: RenderOptions) -> str:
    """ "Halaman X dari Y" as CSS ``content``: the catalogue text around page counters."""
    template = options.label("report-page-of", page="{page}", pages="{pages}")
    parts = []
    for text, field, _, _ in string.Formatter().parse(template):
        if text:
            parts.append(css_string(text))
        if field:
            parts.append(f"counter({'pages' if field == 'pages' else 'page'})")
    return " ".join(parts)


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


# --- one profile ---------------------------------------------------------------------------
def _facts(item: OfficialResult, options: RenderOptions) -> str:
    result = item.result
    single = options.one_official
    facts: list[tuple[str, object]] = [] if single else [("report-col-row", item.row)]
    facts.append(("report-col-nip", item.shown_nip(options.mask_nip)))
    if not single or item.position_title:
        facts.append(("report-col-position", item.position_title))
    if not single or item.unit:
        facts.append(("report-col-unit", item.unit))
    facts += [
        (
            "label-standard",
            f"{_standard_name(result.standard_code, options)} ({result.standard_code})",
        ),
        ("label-assessed-on", result.assessed_on.isoformat() if result.assessed_on else None),
        ("label-valid-until", result.valid_until.isoformat() if result.valid_until else None),
        ("label-jpm", decimal_text(result.jpm, options.lang)),
        ("label-band", options.band_name(result.band, result.policy)),
        ("label-meets-standard", options.yes_no(result.meets_standard)),
    ]
    if item.talent is not None:
        facts.append(("talent-title", options.talent_label(item.talent)))
    shown = "".join(f"<dt>{_e(options.label(k))}</dt><dd>{_e(v)}</dd>" for k, v in facts)
    if item.warnings:  # in words, with the code a reader can look up
        words = "".join(f"<li>{_e(w.message)} [{_e(w.code)}]</li>" for w in item.warnings)
        shown += f"<dt>{_e(options.label('report-col-warnings'))}</dt><dd><ul>{words}</ul></dd>"
    return shown


def _standard_name(code: str, options: RenderOptions) -> str:
    dictionary = options.dictionary
    found = dictionary.find_position(code) or dictionary.find_position_level(code)
    return localized_name(found, options.lang) if found is not None else code


def _chart(item: OfficialResult, options: RenderOptions) -> str:
    return radar_svg(
        [
            RadarAxis(
                options.official_code(c.code),
                c.required,
                c.attained,
                options.competency_name(c.code),
            )
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
            _td(_e(options.official_code(c.code)), "nowrap"),
            _td(_e(options.competency_name(c.code))),
            _td(_e(c.required), "num"),
            _td(_e(level_text(c.attained, lang)), "num"),
            _td(_e(level_text(c.gap, lang)), "num" if c.meets else "num below"),
            _td(_e(options.yes_no(c.meets))),
        ]
        for c in item.result.competencies
    ]
    keys = ("label-competency", "label-required", "label-attained", "label-gap", "label-meets")
    return _table(["", *(options.label(k) for k in keys)], rows, "competencies")


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


# --- letterhead, legend, signatures -------------------------------------------------------
def _letterhead(letterhead: Letterhead | None, options: RenderOptions) -> str:
    if letterhead is None:
        return ""
    logo = ""
    if letterhead.logo is not None:
        logo = f'<img src="{logo_data_uri(letterhead.logo, lang=options.lang)}" alt="">'
    event = f'<p class="event">{_e(letterhead.event)}</p>' if letterhead.event else ""
    return (
        f'<header class="letterhead">{logo}<div><p class="agency">{_e(letterhead.agency)}</p>'
        f"{event}</div></header>"
    )


def _legend(policy_code: str, options: RenderOptions) -> str:
    """The policy's categories with their JPM ranges and source, and how the category
    differs from meeting the standard."""
    label = options.label
    policy = options.dictionary.find_policy(policy_code)
    parts = [f'<section class="legend"><h2>{_e(label("report-legend-title"))}</h2>']
    if policy is not None:
        parts.append(f"<p>{_e(_formula(policy, options))}</p>")
        if policy.bands_by_position_level:
            for entry in policy.bands_by_position_level:
                levels = ", ".join(options.position_level_name(c) for c in entry.position_levels)
                parts.append(f"<h4>{_e(label('report-legend-for-levels', levels=levels))}</h4>")
                parts.append(_bands_table(entry.bands, options))
            parts.append(f"<h4>{_e(label('report-legend-other-levels'))}</h4>")
        parts.append(_bands_table(policy.bands, options))
        if policy.source is not None:
            source = policy.source
            cited = ", ".join(
                p
                for p in (
                    source.regulation,
                    source.part,
                    f"{label('label-confidence')} {label('confidence-' + str(source.confidence))}",
                )
                if p
            )
            text = label("report-legend-source", source=cited)
            parts.append(f'<p class="note">{_e(text)}</p>')
    parts.append(f"<p>{_e(label('report-legend-difference'))}</p>")
    parts.append(f"<p>{_e(label('report-validity-note'))}</p></section>")
    return "".join(parts)


def _formula(policy: ScoringPolicy, options: RenderOptions) -> str:
    label = options.label
    name = localized_name(policy, options.lang)
    jpm = label(f"report-legend-jpm-{policy.band_on.value}")
    text = label(
        "report-legend-formula",
        policy=f"{name} ({policy.code})",
        places=policy.rounding.places,
        jpm=jpm,
    )
    if policy.weights:
        text += " " + label("report-legend-weights")
    if policy.cap.value != "none":
        text += " " + label(f"report-legend-cap-{policy.cap.value}")
    return text


def _bands_table(bands: tuple[Band, ...], options: RenderOptions) -> str:
    """Bands from the highest: each from its minimum up to the next band's minimum."""
    label = options.label
    ordered = sorted(bands, key=lambda b: b.min, reverse=True)
    rows = []
    for index, band in enumerate(ordered):
        low = _number(band.min, options)
        if index == 0:
            span = label("report-legend-range-top", min=low)
        else:
            above = _number(ordered[index - 1].min, options)
            key = "report-legend-range-bottom" if band.min == 0 else "report-legend-range"
            span = label(key, min=low, below=above)
        rows.append([_td(_e(options.band_name(band))), _td(_e(band.short)), _td(_e(span))])
    headers = [
        label("label-band"),
        label("report-legend-col-short"),
        label("report-legend-col-range"),
    ]
    return _table(headers, rows)


def _number(value: Decimal, options: RenderOptions) -> str:
    return decimal_text(value.normalize() if value == value.to_integral() else value, options.lang)


def _signatures(letterhead: Letterhead | None, options: RenderOptions, printed_on: dt.date) -> str:
    if letterhead is None or not (letterhead.signatories or letterhead.place):
        return ""
    date = long_date(printed_on, options.lang)
    place_date = f"{letterhead.place}, {date}" if letterhead.place else date
    signers = []
    for person in letterhead.signatories:
        nip = mask_nip(person.nip) if options.mask_nip and person.nip else person.nip
        name = f'<p class="name">{_e(person.name)}</p>' if person.name else ""
        shown_nip = f'<p class="nip">NIP {_e(nip)}</p>' if nip else ""
        signers.append(
            f'<div class="signer"><p class="role">{_e(person.role)}</p>{name}{shown_nip}</div>'
        )
    return (
        f'<section class="signatures" aria-label="{_e(options.label("report-signatures"))}">'
        f'<p class="place-date">{_e(place_date)}</p><div class="signers">{"".join(signers)}</div>'
        "</section>"
    )


# --- the page ------------------------------------------------------------------------------
def _title(options: RenderOptions) -> str:
    letterhead = options.letterhead
    if letterhead is not None and letterhead.title:
        return letterhead.title
    return options.label("report-profile-title" if options.one_official else "report-title")


def write_page(
    source: Source, options: RenderOptions, handle: IO[str], *, printed_on: dt.date
) -> None:
    """Write the whole page of ``source`` to ``handle`` (the HTML report, and the document
    the PDF is laid out from)."""
    collected = _Collected()
    for item in iter_outcomes(source):
        collected.add(item)
    label = options.label
    title = _e(_title(options))
    handle.write(
        page_head(options.lang, title, _page_css(options, printed_on) + CSS, viewport=True)
        + f'<body class="{"one-official" if options.one_official else "batch"}">'
        f"{_letterhead(options.letterhead, options)}<h1>{title}</h1>"
    )
    if options.one_official:
        for item in collected.officials:
            handle.write(_profile(item, options))
        policy = collected.officials[0].result.policy if collected.officials else ""
        handle.write(_legend(policy, options))
    else:
        handle.write(_summary(source, options, collected.findings))
        handle.write(_legend(source.summary.policy_code, options))
        handle.write(_errors(collected, options))
        handle.write(_officials(collected, options))
        for item in collected.officials:
            handle.write(_profile(item, options))
    handle.write(_signatures(options.letterhead, options, printed_on))
    made = f"{label('report-generated')} {library_version()}"
    printed = label("report-printed-on", date=long_date(printed_on, options.lang))
    handle.write(f"<footer>{_e(printed)} · {_e(made)}</footer></body></html>\n")


def render_html(source: Source, out: Output, options: RenderOptions) -> None:
    """Write the HTML report of ``source`` to ``out``."""
    if options.letterhead is not None and options.letterhead.logo is not None:
        logo_data_uri(options.letterhead.logo, lang=options.lang)  # fail before the input is read
    printed_on = dt.date.today()
    with text_output(out) as handle:
        write_page(source, options, handle, printed_on=printed_on)
