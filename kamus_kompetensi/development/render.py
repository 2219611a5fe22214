"""Writing plans and needs inventories: text, JSON, CSV here; XLSX and HTML in their modules.

Every format reads the same :class:`~kamus_kompetensi.development.plan.DevelopmentPlan` or
:class:`~kamus_kompetensi.development.needs.NeedsInventory` (and the tables of
:mod:`~kamus_kompetensi.development.tables`), so the numbers cannot differ between them.
A path is written atomically (the report modules' :func:`text_output` and
:func:`binary_output`); input text is cleaned for the terminal in text, neutralised
against formulas in CSV, written as strings in XLSX and escaped in HTML.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import IO

from kamus_kompetensi.development.needs import NeedsInventory
from kamus_kompetensi.development.plan import DevelopmentPlan, OfficialPlan
from kamus_kompetensi.development.tables import (
    Cell,
    Table,
    activities_text,
    findings_table,
    needs_overview,
    needs_tables,
    plan_overview,
    plan_table,
    training_name,
)
from kamus_kompetensi.errors import InputError
from kamus_kompetensi.report.base import Output, RenderOptions, is_path, text_output
from kamus_kompetensi.report.cells import level_text, safe_text
from kamus_kompetensi.report.csv_report import delimiter_for
from kamus_kompetensi.terminal import for_terminal

FORMATS = ("text", "json", "csv", "xlsx", "html")
Report = DevelopmentPlan | NeedsInventory


def render_development(report: Report, fmt: str, out: Output, options: RenderOptions) -> None:
    """Write a plan or a needs inventory as ``fmt`` (one of :data:`FORMATS`) to ``out``."""
    renderer = _renderers().get(fmt)
    if renderer is None:
        raise InputError.from_code("report-unknown-format", fmt=fmt, choices=", ".join(FORMATS))
    renderer(report, out, options)


def _renderers() -> dict[str, Callable[[Report, Output, RenderOptions], None]]:
    from kamus_kompetensi.development.html import render_html
    from kamus_kompetensi.development.xlsx import render_xlsx

    return {
        "text": render_text,
        "json": render_json,
        "csv": render_csv,
        "xlsx": render_xlsx,
        "html": render_html,
    }


#: The list of each report that grows with the input: one item per line in the JSON.
_LONG_LISTS = frozenset({"plans", "competencies", "errors", "warnings"})


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ": "))


def render_json(report: Report, out: Output, options: RenderOptions) -> None:
    """The report's ``to_dict`` as JSON: one key per line, and each item of the long
    lists (plans, competencies, errors, warnings) compact on a line of its own, as the
    ``check`` report writes its results, so a large file stays small and fast to write."""
    mask = options.mask_nip
    if isinstance(report, DevelopmentPlan):  # the plans are made into JSON one at a time
        data = report.to_dict(mask_nip=mask, plans=False)
        data["plans"] = (plan.to_dict(mask_nip=mask) for plan in report.plans)
    else:
        data = report.to_dict(mask_nip=mask)
    with text_output(out) as handle:
        handle.write("{")
        for index, (key, value) in enumerate(data.items()):
            handle.write(("," if index else "") + f"\n  {_dumps(key)}: ")
            if key in _LONG_LISTS and not isinstance(value, (str, dict)):
                _write_list(handle, value)
            else:
                handle.write(_dumps(value))
        handle.write("\n}\n")


def _write_list(handle: IO[str], items: Iterable[object]) -> None:
    """``[]``, or one compact item per line."""
    first = True
    for item in items:
        handle.write(("[" if first else ",") + f"\n    {_dumps(item)}")
        first = False
    handle.write("[]" if first else "\n  ]")


# --- CSV -----------------------------------------------------------------------------------
def csv_cell(value: Cell, lang: str) -> str:
    """A cell as CSV text: numbers as the language writes them, text neutralised."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return level_text(value, lang)
    if isinstance(value, int):
        return str(value)
    return safe_text(value)


def render_csv(report: Report, out: Output, options: RenderOptions) -> None:
    """Plans: one row per item (see :func:`~kamus_kompetensi.development.tables.plan_rows`).
    Needs: the per-competency table, one row per competency, with the gap sizes."""
    if isinstance(report, DevelopmentPlan):
        table = plan_table(report, options, joiner=" | ")
    else:
        table = _needs_csv_table(report, options)
    with text_output(out, bom=is_path(out)) as handle:
        writer = csv.writer(handle, delimiter=delimiter_for(options.lang), lineterminator="\r\n")
        writer.writerow([safe_text(h) for h in table.headers])
        for row in table:
            writer.writerow([csv_cell(cell, options.lang) for cell in row])


def _needs_csv_table(needs: NeedsInventory, options: RenderOptions) -> Table:
    competencies, gaps, *_ = needs_tables(needs, options)
    headers = competencies.headers + gaps.headers[2:-1]
    rows = tuple(a + b[2:-1] for a, b in zip(competencies.rows, gaps.rows, strict=True))
    return Table(competencies.title, headers, rows)


# --- text ----------------------------------------------------------------------------------
def _t(value: Cell, options: RenderOptions) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, Decimal):
        return level_text(value, options.lang)
    return for_terminal(safe_text(value))


def _overview(pairs: list[tuple[str, Cell]], options: RenderOptions, handle: IO[str]) -> None:
    width = max(len(label) for label, _ in pairs)
    for label, value in pairs:
        handle.write(f"{label:<{width}}  {_t(value, options)}\n")


def render_text(report: Report, out: Output, options: RenderOptions) -> None:
    """For a terminal: plans official by official, or the needs tables."""
    with text_output(out) as handle:
        if isinstance(report, DevelopmentPlan):
            handle.write(options.label("plan-title") + "\n\n")
            _overview(plan_overview(report, options), options, handle)
            for plan in report.plans:
                handle.write("\n")
                _plan_text(plan, options, handle)
        else:
            handle.write(options.label("needs-title") + "\n\n")
            _overview(needs_overview(report, options), options, handle)
            for table in needs_tables(report, options):
                handle.write("\n")
                _table_text(table, options, handle)
        findings = findings_table(report.errors, report.warnings, options)
        if findings.rows:
            handle.write(f"\n{findings.title}\n")
            for row, _, code, column, value, text in findings:
                where = options.label("issue-row", row=row) if row is not None else ""
                if column:
                    where += options.label("issue-column", column=_t(column, options))
                shown = f': "{_t(value, options)}"' if value is not None else ""
                handle.write(f"  {where.lstrip(', ')}{shown}: {_t(text, options)} [{code}]\n")


def _plan_text(plan: OfficialPlan, options: RenderOptions, handle: IO[str]) -> None:
    label = options.label
    who = [
        label("issue-row", row=plan.row) if plan.row is not None else "",
        plan.shown_nip(options.mask_nip),
        plan.name,
        plan.details.get("position_title"),
        plan.unit,
    ]
    handle.write(" · ".join(_t(w, options) for w in who if w) + "\n")
    standard = f"{plan.standard} ({options.position_level_name(plan.position_level)})"
    handle.write(f"  {label('plan-col-standard')}: {_t(standard, options)}\n")
    need = plan.leadership_training
    if need is not None:
        name = training_name(need.code, options)
        handle.write(f"  {label('plan-leadership-needed', name=name, code=need.code)}\n")
    if not plan.items:
        handle.write(f"  {label('plan-no-items')}\n")
    for number, item in enumerate(plan.items, start=1):
        head = label(
            "plan-item-line",
            name=options.competency_name(item.competency),
            code=options.official_code(item.competency),
            current=level_text(item.current, options.lang),
            target=item.target,
            gap=level_text(item.gap, options.lang),
        )
        handle.write(f"  {number}. {head}\n")
        for level in item.levels:
            handle.write(f"     {label('plan-indicators-of', level=level)}\n")
            for indicator in item.indicators:
                if indicator.level == level:
                    handle.write(f"       {indicator.code} {_t(indicator.text, options)}\n")
        suggested = _t(activities_text(item, options, short=True), options)
        handle.write(f"     {label('plan-col-activities')}: {suggested}\n")
        if item.jp is not None:
            handle.write(f"     {label('plan-col-jp')}: {level_text(item.jp, options.lang)}\n")


def _table_text(table: Table, options: RenderOptions, handle: IO[str]) -> None:
    handle.write(table.title + "\n")
    cells = [[_t(c, options) for c in row] for row in table.rows]
    if not cells:
        handle.write(f"  {options.label('label-none')}\n")
        return
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(table.headers)]
    widths = [min(w, 40) for w in widths]

    def line(values: list[str]) -> str:
        parts = []
        for i, (value, width) in enumerate(zip(values, widths, strict=True)):
            text = value if len(value) <= width else value[: width - 1] + "…"
            numeric = i and all(_is_number(r[i]) for r in cells)
            parts.append(text.rjust(width) if numeric else text.ljust(width))
        return "  " + "  ".join(parts).rstrip() + "\n"

    handle.write(line(list(table.headers)))
    for row in cells:
        handle.write(line(row))


def _is_number(text: str) -> bool:
    return text.replace(",", "").replace(".", "").replace("-", "").isdigit()


__all__ = ["FORMATS", "render_development"]
