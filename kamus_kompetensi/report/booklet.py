"""The dictionary booklet: the whole dictionary as one readable, printable document.

For socialising the standard at training events (PKN, PKA, PKP): a title page, a table of
contents, how to read it, and then every competency with its definition, its five levels
and all their behavioural indicators, with the sources and confidence the data carries;
then the position levels, their standards and an agency's named positions. Given a
position level (or an agency's position), a one-page summary of its standard comes first
and the required level is marked in every competency's list of levels.

One HTML layout serves screen and paper: A4 ``@page`` rules, page breaks, and, in the PDF
(:mod:`kamus_kompetensi.report.pdf`), page numbers in the table of contents
(``target-counter``) and a "Halaman X dari Y" footer. No scripts and no external
resources. Every dictionary text is escaped: an agency's file is user data.

This module renders only; it never loads a dictionary or decides where a file may go.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path

from kamus_kompetensi.dictionary import Dictionary, localized_name
from kamus_kompetensi.errors import InputError
from kamus_kompetensi.i18n import Lang, long_date, message, resolve_lang
from kamus_kompetensi.models import (
    Competency,
    CompetencyGroup,
    Level,
    Position,
    PositionLevel,
    Source,
    Standard,
)
from kamus_kompetensi.report.base import Output, text_output
from kamus_kompetensi.report.html_page import css_string, page_head
from kamus_kompetensi.version import library_version

BOOKLET_FORMATS = ("html", "pdf")
_EXTENSIONS = {".html": "html", ".htm": "html", ".pdf": "pdf"}
#: Characters of the content hash shown on the title page (as ``git`` shows commits).
HASH_SHOWN = 12

CSS = """
@page {
  size: A4;
  margin: 17mm 16mm 19mm;
  @bottom-left { content: string(doctitle) " · " string(printed); font-size: 7.5pt;
                 color: #666; }
  @bottom-right { content: PAGE_OF; font-size: 7.5pt; color: #444; }
}
@page :first {
  @bottom-left { content: none; }
  @bottom-right { content: none; }
}
* { box-sizing: border-box; }
html { font-family: "Liberation Sans", Arial, "Helvetica Neue", Helvetica, "DejaVu Sans",
       sans-serif; font-size: 10pt; line-height: 1.42; color: #1b1b1b; }
body { margin: 0 auto; max-width: 182mm; padding: 10mm 0; }
h1, h2, h3 { color: #17324f; line-height: 1.2; }
h2 { font-size: 15pt; margin: 0 0 4mm; padding-bottom: 1.5mm;
     border-bottom: 1.2pt solid #17324f; }
h3 { font-size: 11pt; margin: 5mm 0 2mm; }
a { color: inherit; }
.summary a { text-decoration: none; }
p { margin: 0 0 2.5mm; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; }
th, td { border: 0.6pt solid #b9c1cc; padding: 1.2mm 1.6mm; text-align: left;
         vertical-align: top; }
th { background: #e8edf3; font-weight: bold; }
td.num, th.num { text-align: center; white-space: nowrap; }
tr.total td { font-weight: bold; background: #f4f6f9; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.muted { color: #555; }
.small { font-size: 8.5pt; }

/* title page */
.cover { break-after: page; padding-top: 42mm; }
.cover .kind { text-transform: uppercase; letter-spacing: 0.12em; color: #8a5a00;
               font-size: 10pt; font-weight: bold; margin-bottom: 3mm; }
.cover h1 { font-size: 24pt; margin: 0 0 6mm; string-set: doctitle content(); }
.cover .description { font-size: 10.5pt; color: #333; max-width: 150mm; }
.cover .for-standard { margin: 8mm 0 0; padding: 3mm 4mm; border-left: 3pt solid #d08a00;
                       background: #fff6e0; font-size: 11pt; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 1.5mm 5mm;
            margin: 14mm 0 0; padding-top: 4mm; border-top: 0.8pt solid #b9c1cc; }
.cover dt { font-weight: bold; color: #17324f; }
.cover dd { margin: 0; }
.cover .printed { string-set: printed content(); }
.hash { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; }

/* contents */
nav.toc { break-after: page; }
nav.toc ol { list-style: none; padding: 0; margin: 0; }
nav.toc li { margin: 1.2mm 0; }
nav.toc li.part { margin-top: 3.5mm; font-weight: bold; }
nav.toc ol ol { padding-left: 7mm; font-weight: normal; }
nav.toc a { text-decoration: none; }
nav.toc a::after { content: leader('.') target-counter(attr(href), page); }
nav.toc .code { display: inline-block; min-width: 24mm; color: #555; }

.summary { break-before: page; }

/* competencies */
.group { break-before: page; }
.competency + .competency { break-before: page; }
.comp-head { display: flex; align-items: baseline; gap: 4mm; margin: 2mm 0 1mm; }
.comp-head .code { font-size: 12pt; font-weight: bold; color: #fff; background: #17324f;
                   padding: 0.6mm 2.4mm; border-radius: 1mm; white-space: nowrap; }
.comp-head h3 { font-size: 15pt; margin: 0; }
.meta { color: #555; font-size: 9pt; margin-bottom: 3mm; }
.required-banner { border-left: 3pt solid #d08a00; background: #fff6e0; padding: 1.5mm 3mm;
                   font-weight: bold; }
.definition { font-size: 10.5pt; }
.level { border: 0.6pt solid #c9d1db; border-left: 3pt solid #9fb0c4; border-radius: 1mm;
         padding: 2mm 3mm 1.2mm; margin: 0 0 2.2mm; break-inside: avoid; }
.level-head { display: flex; gap: 3mm; align-items: baseline; }
.badge { flex: none; font-weight: bold; color: #17324f; white-space: nowrap; }
.level-head p { margin: 0; font-weight: bold; }
.level ol { list-style: none; margin: 1.2mm 0 0.8mm; padding: 0 0 0 3mm; }
.level li { display: flex; gap: 2.5mm; margin: 0.6mm 0; }
.level li .ic { flex: none; min-width: 7mm; color: #555; font-variant-numeric: tabular-nums; }
.level.required { border: 1.4pt solid #d08a00; border-left: 5pt solid #d08a00;
                  background: #fff6e0; }
.tag { flex: none; margin-left: auto; font-size: 8pt; font-weight: bold; color: #8a5a00;
       border: 0.8pt solid #d08a00; border-radius: 1mm; padding: 0 1.5mm;
       white-space: nowrap; }
.source { margin-top: 3mm; font-size: 8.5pt; color: #444; border-top: 0.6pt solid #c9d1db;
          padding-top: 1.5mm; }

/* position levels and standards */
.levels-part { break-before: page; }
table.standards { font-size: 8.5pt; }
table.standards th.code { font-size: 7.5pt; white-space: nowrap; text-align: center; }
table.standards tr.highlight td { background: #fff6e0; font-weight: bold; }
.summary td.ladder { white-space: nowrap; width: 32mm; }
.step { display: inline-block; width: 4.6mm; height: 3.2mm; margin-right: 0.8mm;
        border: 0.6pt solid #17324f; vertical-align: middle; }
.step.on { background: #17324f; }
.cover .colophon { margin-top: 10mm; color: #666; font-size: 8.5pt; }
ol.sources { padding-left: 7mm; }
ol.sources li { margin: 0 0 1.5mm; }
@media print {
  body { max-width: none; padding: 0; }
}
@media screen {
  .cover { padding-top: 6mm; }
  nav.toc, .intro, .summary, .group, .levels-part, .competency + .competency {
    margin-top: 12mm;
  }
}
"""


@dataclass(frozen=True)
class _Context:
    """What every section needs: the dictionary, the language, and the standard to mark."""

    dictionary: Dictionary
    lang: Lang
    standard: Standard | None = None
    standard_name: str = ""

    def label(self, key: str, /, **params: object) -> str:
        return message(key, self.lang, **params)

    def name(self, record: Competency | PositionLevel | Position) -> str:
        return localized_name(record, self.lang)


def _e(value: object) -> str:
    """Escaped text (dictionary texts are user data)."""
    return escape(str(value), quote=True)


def booklet_format(path: str | os.PathLike[str] | None, fmt: str | None = None) -> str:
    """``html`` or ``pdf``: ``fmt`` when given, else from ``path``'s extension (``.html``,
    ``.htm``, ``.pdf``), else ``html`` (no path: a stream).

    Raises :class:`InputError` ``booklet-unknown-format`` for anything else.

    >>> booklet_format("kamus.PDF"), booklet_format("kamus.pdf", "html")
    ('pdf', 'html')
    """
    if fmt is not None:
        name = fmt.strip().lower() if isinstance(fmt, str) else ""
        if name not in BOOKLET_FORMATS:
            raise InputError.from_code("booklet-unknown-format", format=fmt)
        return name
    if path is None:
        return "html"
    suffix = Path(path).suffix.lower()
    found = _EXTENSIONS.get(suffix)
    if found is None:
        raise InputError.from_code("booklet-unknown-format", format=suffix or os.fspath(path))
    return found


def _source_text(source: Source, ctx: _Context) -> str:
    """``regulation, part; keyakinan: tinggi. note``, escaped."""
    part = f", {_e(source.part)}" if source.part else ""
    confidence = ctx.label(f"confidence-{source.confidence}")
    note = f" {_e(source.note)}" if source.note else ""
    return (
        f"{_e(source.regulation)}{part}; {_e(ctx.label('label-confidence'))}: "
        f"<strong>{_e(confidence)}</strong>.{note}"
    )


def _source(source: Source | None, ctx: _Context) -> str:
    """A competency's source in small print under its levels, or nothing."""
    if source is None:
        return ""
    label = _e(ctx.label("label-source"))
    return f'<p class="source"><strong>{label}:</strong> {_source_text(source, ctx)}</p>'


# --- front matter ------------------------------------------------------------------------------
def _cover(ctx: _Context, printed_on: date) -> str:
    info = ctx.dictionary.info
    facts = [(ctx.label("booklet-version"), _e(info.version))]
    if info.legal_basis:
        facts.append((ctx.label("booklet-legal-basis"), _e(info.legal_basis)))
    if len(ctx.dictionary.files) > 1:
        chain = ", ".join(f"{_e(f.id)} {_e(f.version)}" for f in ctx.dictionary.files)
        facts.append((ctx.label("booklet-files"), chain))
    short = ctx.dictionary.content_hash[:HASH_SHOWN]
    facts.append((ctx.label("booklet-content-hash"), f'<span class="hash">{_e(short)}</span>'))
    printed = f'<span class="printed">{_e(long_date(printed_on, ctx.lang))}</span>'
    facts.append((ctx.label("booklet-printed"), printed))
    rows = "".join(f"<dt>{_e(term)}</dt><dd>{value}</dd>" for term, value in facts)
    description = f'<p class="description">{_e(info.description)}</p>' if info.description else ""
    standard = (
        f'<p class="for-standard">{_e(ctx.label("booklet-summary", name=ctx.standard_name))}</p>'
        if ctx.standard is not None
        else ""
    )
    colophon = f"{ctx.label('report-generated')} {library_version()}"
    return (
        f'<section class="cover"><div class="kind">{_e(ctx.label("booklet-kind"))}</div>'
        f"<h1>{_e(info.title)}</h1>{description}{standard}<dl>{rows}</dl>"
        f'<p class="colophon">{_e(colophon)}</p></section>'
    )


def _groups(dictionary: Dictionary) -> list[tuple[CompetencyGroup, list[Competency]]]:
    """Competencies by group, groups in the order the dictionary first uses them."""
    groups: dict[CompetencyGroup, list[Competency]] = {}
    for comp in dictionary.competencies:
        groups.setdefault(comp.group, []).append(comp)
    return list(groups.items())


def _toc_link(anchor: str, text: str, code: str = "") -> str:
    prefix = f'<span class="code">{_e(code)}</span>' if code else ""
    return f'<li><a href="#{_e(anchor)}">{prefix}{_e(text)}</a></li>'


def _contents(ctx: _Context) -> str:
    items = [_toc_link("cara-membaca", ctx.label("booklet-how-to-read"))]
    if ctx.standard is not None:
        items.append(_toc_link("ringkasan", ctx.label("booklet-summary", name=ctx.standard_name)))
    for group, comps in _groups(ctx.dictionary):
        inner = "".join(_toc_link(f"k-{c.code}", ctx.name(c), c.official_code or "") for c in comps)
        title = ctx.label(f"booklet-section-{group}")
        items.append(
            f'<li class="part"><a href="#g-{_e(group)}">{_e(title)}</a><ol>{inner}</ol></li>'
        )
    inner = _toc_link("tabel-standar", ctx.label("booklet-standards-table"))
    inner += _toc_link("daftar-jenjang", ctx.label("report-col-position-level"))
    if ctx.dictionary.positions:
        inner += _toc_link("jabatan", ctx.label("booklet-positions"))
    title = ctx.label("booklet-position-levels")
    items.append(f'<li class="part"><a href="#jenjang">{_e(title)}</a><ol>{inner}</ol></li>')
    return (
        f'<nav class="toc"><h2>{_e(ctx.label("booklet-contents"))}</h2>'
        f"<ol>{''.join(items)}</ol></nav>"
    )


def _intro(ctx: _Context) -> str:
    return (
        f'<section class="intro"><h2 id="cara-membaca">{_e(ctx.label("booklet-how-to-read"))}</h2>'
        f"<p>{_e(ctx.label('booklet-how-to-read-text'))}</p>"
        f"<p>{_e(ctx.label('booklet-confidence-text'))}</p></section>"
    )


def _ladder(required: int) -> str:
    """Five boxes, the first ``required`` filled: a level at a glance, in colour or grey."""
    return "".join(
        f'<span class="step{" on" if n <= required else ""}"></span>' for n in range(1, 6)
    )


def _summary(ctx: _Context, standard: Standard) -> str:
    """The one-page summary: each competency of the standard and its required level."""
    rows = []
    for code, required in standard.levels.items():
        comp = ctx.dictionary.get_competency(code)
        rows.append(
            f"<tr><td>{_e(comp.official_code or '')}</td>"
            f'<td><a href="#k-{_e(comp.code)}">{_e(ctx.name(comp))}</a></td>'
            f"<td>{_e(ctx.label(f'group-{comp.group}'))}</td>"
            f'<td class="num">{required}</td><td class="ladder">{_ladder(required)}</td></tr>'
        )
    rows.append(
        f'<tr class="total"><td></td><td>{_e(ctx.label("label-total"))}</td><td></td>'
        f'<td class="num">{standard.total}</td><td></td></tr>'
    )
    head = (
        f"<tr><th></th><th>{_e(ctx.label('label-competency'))}</th>"
        f"<th>{_e(ctx.label('label-group'))}</th>"
        f'<th class="num">{_e(ctx.label("label-required"))}</th><th></th></tr>'
    )
    title = ctx.label("booklet-summary", name=ctx.standard_name)
    return (
        f'<section class="summary"><h2 id="ringkasan">{_e(title)}</h2>'
        f"<table><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"
        f'<p class="muted">{_e(ctx.label("booklet-summary-note"))}</p></section>'
    )


# --- competencies ------------------------------------------------------------------------------
def _level(ctx: _Context, comp: Competency, level: Level, required: int | None) -> str:
    marked = required == level.level
    tag = f'<span class="tag">{_e(ctx.label("booklet-required-here"))}</span>' if marked else ""
    indicators = "".join(
        f'<li><span class="ic">{_e(i.code)}</span><span>{_e(i.text)}</span></li>'
        for i in level.indicators
    )
    notes = []
    if level.confidence is not None:
        confidence = ctx.label(f"confidence-{level.confidence}")
        notes.append(f"{_e(ctx.label('label-confidence'))}: {_e(confidence)}")
    if level.note:
        notes.append(_e(level.note))
    note = f'<p class="small muted">{". ".join(notes)}</p>' if notes else ""
    return (
        f'<div class="level{" required" if marked else ""}" id="k-{_e(comp.code)}-{level.level}">'
        f'<div class="level-head"><span class="badge">{_e(ctx.label("label-level"))} '
        f"{level.level}</span><p>{_e(level.description)}</p>{tag}</div>"
        f"<ol>{indicators}</ol>{note}</div>"
    )


def _competency(ctx: _Context, comp: Competency) -> str:
    name = ctx.name(comp)
    code = f'<span class="code">{_e(comp.official_code)}</span>' if comp.official_code else ""
    meta = [ctx.label(f"group-{comp.group}"), comp.code]
    if name != comp.name:
        meta.insert(0, f"{ctx.label('label-official-name')}: {comp.name}")
    required = ctx.standard.levels.get(comp.code) if ctx.standard is not None else None
    banner = ""
    if ctx.standard is not None:
        text = (
            ctx.label("booklet-required-for", name=ctx.standard_name, level=required)
            if required is not None
            else ctx.label("booklet-not-in-standard", name=ctx.standard_name)
        )
        banner = f'<p class="required-banner">{_e(text)}</p>'
    levels = "".join(_level(ctx, comp, level, required) for level in comp.levels)
    return (
        f'<section class="competency" id="k-{_e(comp.code)}">'
        f'<div class="comp-head">{code}<h3>{_e(name)}</h3></div>'
        f'<p class="meta">{" · ".join(_e(m) for m in meta)}</p>{banner}'
        f'<p class="definition"><strong>{_e(ctx.label("label-definition"))}.</strong> '
        f"{_e(comp.definition)}</p>{levels}{_source(comp.source, ctx)}</section>"
    )


def _competency_groups(ctx: _Context) -> Iterable[str]:
    for group, comps in _groups(ctx.dictionary):
        title = ctx.label(f"booklet-section-{group}")
        body = "".join(_competency(ctx, comp) for comp in comps)
        yield f'<section class="group"><h2 id="g-{_e(group)}">{_e(title)}</h2>{body}</section>'


# --- position levels, standards, positions ----------------------------------------------------
def _echelons(level: PositionLevel) -> str:
    plain = [_e(e) for e in level.echelons]
    conditional = [
        f"{_e(c.echelon)} <span class='small muted'>({_e(c.description)})</span>"
        for c in level.conditional_echelons
    ]
    return ", ".join(plain + conditional) or "-"


def _position_levels(ctx: _Context) -> str:
    """The standards table first (what a reader looks for), then each position level with
    its kind and echelons, an agency's positions, and the sources they cite, each once."""
    sources: dict[Source, int] = {}
    rows = []
    for level in ctx.dictionary.position_levels:
        standard = "" if level.has_standard else f"<br>{_e(ctx.label('booklet-no-standard'))}"
        reference = ""
        if level.source is not None:
            number = sources.setdefault(level.source, len(sources) + 1)
            confidence = ctx.label(f"confidence-{level.source.confidence}")
            reference = f"[{number}] {_e(ctx.label('label-confidence'))}: {_e(confidence)}"
        rows.append(
            f"<tr><td><strong>{_e(ctx.name(level))}</strong><br>"
            f'<span class="small muted">{_e(level.code)}</span></td>'
            f"<td>{_e(ctx.label(f'position-kind-{level.kind}'))}"
            f'<span class="small muted">{standard}</span></td>'
            f"<td>{_echelons(level)}</td><td>{reference}</td></tr>"
        )
    keys = ("report-col-position-level", "booklet-kind-of-level", "booklet-echelons")
    head = "".join(f"<th>{_e(ctx.label(k))}</th>" for k in (*keys, "label-source"))
    cited = "".join(
        f'<li value="{number}">{_source_text(source, ctx)}</li>'
        for source, number in sources.items()
    )
    return (
        f'<section class="levels-part"><h2 id="jenjang">'
        f"{_e(ctx.label('booklet-position-levels'))}</h2>{_standards_table(ctx)}"
        f'<h3 id="daftar-jenjang">{_e(ctx.label("report-col-position-level"))}</h3>'
        f'<table class="levels small"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>{_positions(ctx)}"
        f'<h3>{_e(ctx.label("label-source"))}</h3><ol class="sources small">{cited}</ol>'
        "</section>"
    )


def _standards_table(ctx: _Context) -> str:
    """Rows: every standard (position levels, then positions); columns: competencies."""
    comps = ctx.dictionary.competencies
    head = "".join(f'<th class="code">{_breakable(c.official_code or c.code)}</th>' for c in comps)
    rows = []
    for standard in ctx.dictionary.standards:
        cells = "".join(f'<td class="num">{standard.levels.get(c.code, "-")}</td>' for c in comps)
        mark = ' class="highlight"' if standard == ctx.standard else ""
        rows.append(
            f"<tr{mark}><td>{_e(_standard_name(ctx, standard))}</td>{cells}"
            f'<td class="num">{standard.total}</td></tr>'
        )
    legend = "; ".join(f"{_e(c.official_code or c.code)} {_e(ctx.name(c))}" for c in comps)
    return (
        f'<h3 id="tabel-standar">{_e(ctx.label("booklet-standards-table"))}</h3>'
        f'<table class="standards"><thead><tr><th></th>{head}'
        f'<th class="num">{_e(ctx.label("label-total"))}</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
        f'<p class="small muted">{legend}</p>'
    )


def _breakable(code: str) -> str:
    """An escaped code for a narrow column header: a long one on two lines after its last
    dot (``T.CONTOH.`` / ``01``), a short one (``M.01``) whole."""
    head, dot, tail = code.rpartition(".")
    if len(code) <= 6 or not dot:
        return _e(code)
    return f"{_e(head)}.<br>{_e(tail)}"


def _standard_name(ctx: _Context, standard: Standard) -> str:
    """A position level's name in the booklet's language, or a named position's name."""
    record = (
        ctx.dictionary.find_position_level(standard.code)
        if standard.code == standard.position_level
        else None
    )
    return ctx.name(record) if record is not None else standard.name


def _positions(ctx: _Context) -> str:
    if not ctx.dictionary.positions:
        return ""
    rows = [
        f"<tr><td><strong>{_e(p.name)}</strong><br>"
        f'<span class="small muted">{_e(p.code)}</span></td><td>{_e(p.unit or "-")}</td>'
        f"<td>{_e(ctx.name(ctx.dictionary.get_position_level(p.position_level)))}</td></tr>"
        for p in ctx.dictionary.positions
    ]
    head = "".join(
        f"<th>{_e(ctx.label(k))}</th>"
        for k in ("report-col-position", "booklet-unit", "report-col-position-level")
    )
    return (
        f'<h3 id="jabatan">{_e(ctx.label("booklet-positions"))}</h3>'
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


# --- the document ------------------------------------------------------------------------------
def _context(
    dictionary: Dictionary, position_level: str | PositionLevel | Position | None, lang: Lang
) -> _Context:
    """The context, with the standard of ``position_level`` (a position level, or an
    agency's named position) resolved: an unknown one raises ``unknown-position-level``
    with the closest code, a functional level without a standard ``standard-not-defined``."""
    if position_level is None:
        return _Context(dictionary, lang)
    record: PositionLevel | Position
    if isinstance(position_level, (PositionLevel, Position)):
        record = position_level
    else:
        found = dictionary.find_position(position_level)
        record = found if found is not None else dictionary.get_position_level(position_level)
    standard = dictionary.get_standard(record)
    return _Context(dictionary, lang, standard, localized_name(record, lang))


def booklet_html(
    dictionary: Dictionary,
    *,
    position_level: str | PositionLevel | Position | None = None,
    lang: str | None = None,
    printed_on: date | None = None,
) -> str:
    """The booklet as one self-contained HTML document (see the module docstring).

    ``printed_on`` is the date on the title page and in the footer (default: today).
    """
    chosen = resolve_lang(lang)
    ctx = _context(dictionary, position_level, chosen)
    page_of = ctx.label("booklet-page-of", page="{page}", pages="{pages}")
    css = CSS.replace("PAGE_OF", _page_of_css(page_of))
    parts = [
        page_head(chosen, _e(dictionary.info.title), css, viewport=True) + "<body>",
        _cover(ctx, printed_on or date.today()),
        _contents(ctx),
        _intro(ctx),
    ]
    if ctx.standard is not None:
        parts.append(_summary(ctx, ctx.standard))
    parts.extend(_competency_groups(ctx))
    parts.append(_position_levels(ctx))
    parts.append("</body></html>\n")
    return "".join(parts)


def _page_of_css(template: str) -> str:
    """``Halaman {page} dari {pages}`` as CSS ``content``: strings around page counters."""
    pieces: list[str] = []
    rest = template
    for placeholder, counter in (("{page}", "counter(page)"), ("{pages}", "counter(pages)")):
        before, _, rest = rest.partition(placeholder)
        pieces += [css_string(before), counter]
    pieces.append(css_string(rest))
    return " ".join(piece for piece in pieces if piece != '""')


def render_booklet(
    dictionary: Dictionary,
    out: Output,
    fmt: str = "html",
    *,
    position_level: str | PositionLevel | Position | None = None,
    lang: str | None = None,
    printed_on: date | None = None,
) -> None:
    """Write the booklet of ``dictionary`` to ``out`` (a path, written atomically, or an
    open stream) as ``fmt`` (``html`` or ``pdf``; PDF needs the ``pdf`` extra).

    ``position_level`` (a code or name of a position level, or of an agency's named
    position) adds a one-page summary of its standard and marks the required levels.

    >>> import io
    >>> from kamus_kompetensi import load_dictionary
    >>> page = io.StringIO()
    >>> render_booklet(load_dictionary(), page, position_level="administrator", lang="en")
    >>> "Competency standard: Administrator" in page.getvalue()
    True
    """
    name = booklet_format(None, fmt)
    html = booklet_html(dictionary, position_level=position_level, lang=lang, printed_on=printed_on)
    if name == "pdf":
        from kamus_kompetensi.report.pdf import write_pdf

        write_pdf(html, out, private=False)
        return
    with text_output(out, private=False) as handle:
        handle.write(html)


__all__ = ["BOOKLET_FORMATS", "booklet_format", "booklet_html", "render_booklet"]
