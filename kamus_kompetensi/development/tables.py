"""Plans and the needs inventory as titled tables: what CSV, XLSX and HTML lay out.

One place builds the cells, so the formats cannot disagree. Cells are plain values: text
(input text as read: each format makes it safe in its own way), ``int`` counts, and
``Decimal`` levels, gaps and JP. Names come from the dictionary in the report's language;
indicator texts are the dictionary's (Indonesian).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeAlias

from kamus_kompetensi.development.catalogue import Activity
from kamus_kompetensi.development.needs import NeedsInventory, bucket_key
from kamus_kompetensi.development.plan import DevelopmentPlan, OfficialPlan, PlanItem, Target
from kamus_kompetensi.dictionary import localized_name
from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.report.base import RenderOptions, issue_value

Cell: TypeAlias = str | int | Decimal | None


@dataclass(frozen=True)
class Table:
    """A titled table: headers, rows, and which columns hold numbers."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    sheet: str = ""

    def __iter__(self) -> Iterator[tuple[Cell, ...]]:
        return iter(self.rows)


# --- names ---------------------------------------------------------------------------------
def activity_type_name(code: str, options: RenderOptions) -> str:
    """An activity type's name in the report's language (its code when unknown)."""
    found = options.dictionary.find_development_activity_type(code)
    if found is None:
        return code
    return localized_name(found, options.lang)


def training_name(code: str, options: RenderOptions) -> str:
    """A leadership training's name in the report's language (its code when unknown)."""
    found = options.dictionary.find_leadership_training(code)
    if found is None:
        return code
    return localized_name(found, options.lang)


def activity_text(activity: Activity, options: RenderOptions) -> str:
    """``Pelatihan X (pelatihan klasikal, 24 JP)`` or, for a type only, its name."""
    kind = activity_type_name(activity.type, options)
    if activity.title is None:
        return kind
    jp = options.label("plan-jp-value", jp=_number(activity.jp, options))
    return f"{activity.title} ({kind}, {jp})"


def types_text(activities: tuple[Activity, ...], options: RenderOptions) -> str:
    """Type-only suggestions grouped by path: ``klasikal: A, B; nonklasikal: C, D``."""
    paths: dict[str, list[str]] = {}
    for activity in activities:
        paths.setdefault(activity.path or "-", []).append(
            activity_type_name(activity.type, options)
        )
    return "; ".join(
        f"{options.label('plan-path-' + path)}: {', '.join(names)}" for path, names in paths.items()
    )


def activities_text(item: PlanItem, options: RenderOptions, *, short: bool = False) -> str:
    """The suggestions of an item on one line. ``short``: type-only suggestions refer to
    the list of types the page shows once (text and HTML), instead of repeating it."""
    if not item.from_catalogue:
        if short:
            return options.label("plan-types-see-list")
        return options.label("plan-types-only", types=types_text(item.activities, options))
    return "; ".join(activity_text(a, options) for a in item.activities)


def all_types_text(options: RenderOptions) -> str:
    """Every activity type of the dictionary, by path (the list the pages show once)."""
    from kamus_kompetensi.development.catalogue import Activity

    types = options.dictionary.development_activity_types
    return types_text(tuple(Activity(t.code, str(t.path)) for t in types), options)


def target_text(target: Target | None, options: RenderOptions) -> str:
    """What the plan was made against."""
    if target is None:
        return options.label("plan-against-held")
    return options.label("plan-against-target", name=target.name, code=target.code)


def _number(value: Decimal | None, options: RenderOptions) -> str:
    from kamus_kompetensi.report.cells import level_text

    return "-" if value is None else level_text(value, options.lang)


# --- plans ---------------------------------------------------------------------------------
PLAN_KINDS = ("competency", "leadership", "none")


def plan_headers(options: RenderOptions) -> tuple[str, ...]:
    """The columns of a plan row."""
    keys = (
        "report-col-row",
        "report-col-nip",
        "report-col-name",
        "report-col-position",
        "report-col-unit",
        "report-col-position-level",
        "plan-col-standard",
        "plan-col-kind",
        "plan-col-code",
        "plan-col-what",
        "plan-col-current",
        "plan-col-target",
        "label-gap",
        "plan-col-levels",
        "plan-col-indicators",
        "plan-col-activities",
        "plan-col-jp",
    )
    return tuple(options.label(k) for k in keys)


def plan_rows(
    plan: OfficialPlan, options: RenderOptions, joiner: str = "\n"
) -> list[tuple[Cell, ...]]:
    """One row per item and one for a leadership training still needed; an official who
    needs nothing gets one row saying so, so every planned official is in the table."""
    head: tuple[Cell, ...] = (
        plan.row,
        plan.shown_nip(options.mask_nip),
        plan.name,
        plan.details.get("position_title"),
        plan.unit,
        options.position_level_name(plan.position_level),
        plan.standard,
    )
    rows: list[tuple[Cell, ...]] = []
    for item in plan.items:
        indicators = joiner.join(f"{i.code} {i.text}" for i in item.indicators)
        rows.append(
            (
                *head,
                options.label("plan-kind-competency"),
                options.official_code(item.competency),
                options.competency_name(item.competency),
                item.current,
                item.target,
                item.gap,
                ", ".join(map(str, item.levels)),
                indicators,
                activities_text(item, options),
                item.jp,
            )
        )
    need = plan.leadership_training
    if need is not None:
        name = training_name(need.code, options)
        rows.append((*head, options.label("plan-kind-leadership"), need.code, name) + (None,) * 7)
    if not rows:
        rows.append((*head, options.label("plan-kind-none")) + (None,) * 9)
    return rows


def plan_table(plan: DevelopmentPlan, options: RenderOptions, joiner: str = "\n") -> Table:
    """Every plan as rows."""
    rows = [row for p in plan.plans for row in plan_rows(p, options, joiner)]
    return Table(options.label("plan-title"), plan_headers(options), tuple(rows), "plan-sheet")


def plan_overview(plan: DevelopmentPlan, options: RenderOptions) -> list[tuple[str, Cell]]:
    """The head of every plan report: source, dictionary, standard, counts."""
    label = options.label
    summary = plan.summary
    counts = plan.counts()
    pairs: list[tuple[str, Cell]] = [
        (label("report-source"), summary.source),
        (label("label-dictionary"), _dictionary_text(summary.dictionary)),
        (label("plan-against"), target_text(plan.target, options)),
        (label("report-rows-read"), summary.rows_read),
        (label("report-rows-rejected"), summary.rows_rejected),
        (label("plan-count-officials"), counts["officials"]),
        (label("plan-count-with-items"), counts["officials_with_items"]),
        (label("plan-count-items"), counts["items"]),
        (label("plan-count-leadership"), counts["leadership_trainings"]),
    ]
    if plan.target is not None:
        pairs.append((label("plan-count-not-planned"), counts["rows_not_planned"]))
    if any(not item.from_catalogue for p in plan.plans for item in p.items):
        pairs.append((label("plan-types-list"), all_types_text(options)))
    return pairs


def _dictionary_text(dictionary: dict[str, str]) -> str:
    return " ".join(str(dictionary.get(k, "")) for k in ("id", "version")).strip() or "-"


# --- findings --------------------------------------------------------------------------------
def findings_table(
    errors: list[RowIssue], warnings: list[RowIssue], options: RenderOptions
) -> Table:
    """Rows that could not be used and every warning, as a table."""
    headers = tuple(
        options.label(k)
        for k in (
            "report-col-row",
            "plan-col-severity",
            "report-col-code",
            "report-col-column",
            "report-col-value",
            "report-col-message",
        )
    )
    rows = [
        (
            issue.row,
            options.label("plan-severity-" + issue.severity),
            issue.code,
            issue.column,
            issue_value(issue, options),
            issue.message,
        )
        for issue in sorted([*errors, *warnings], key=lambda i: (i.row or 0, i.severity))
    ]
    return Table(options.label("plan-findings"), headers, tuple(rows), "findings-sheet")


# --- needs -----------------------------------------------------------------------------------
def needs_overview(needs: NeedsInventory, options: RenderOptions) -> list[tuple[str, Cell]]:
    """The head of every needs report."""
    label = options.label
    summary = needs.summary
    return [
        (label("report-source"), summary.source),
        (label("label-dictionary"), _dictionary_text(summary.dictionary)),
        (label("plan-against"), target_text(needs.target, options)),
        (label("report-rows-read"), summary.rows_read),
        (label("report-rows-rejected"), summary.rows_rejected),
        (label("plan-count-officials"), needs.officials),
        (label("needs-count-with-needs"), needs.officials_with_needs),
        (label("needs-jp-total"), needs.jp),
        *([(label("plan-count-not-planned"), needs.not_planned)] if needs.target else []),
    ]


def _competency_cells(code: str, options: RenderOptions) -> tuple[Cell, Cell]:
    return options.official_code(code), options.competency_name(code)


def needs_competencies(needs: NeedsInventory, options: RenderOptions) -> Table:
    """Per competency: below, assessed, share, JP, without catalogue."""
    label = options.label
    headers = (
        label("plan-col-code"),
        label("label-competency"),
        label("needs-col-below"),
        label("needs-col-assessed"),
        label("needs-col-share"),
        label("plan-col-jp"),
        label("needs-col-no-catalogue"),
    )
    rows = [
        (
            *_competency_cells(row.competency, options),
            row.officials_below,
            row.officials_assessed,
            _share(row.officials_below, row.officials_assessed),
            row.jp,
            row.officials_without_catalogue,
        )
        for row in needs.competencies
    ]
    return Table(label("needs-competency-title"), headers, tuple(rows), "needs-sheet-competencies")


def _share(part: int, whole: int) -> Decimal:
    """A percentage with one decimal, rounded half up (exact)."""
    if not whole:
        return Decimal(0)
    tenths, remainder = divmod(part * 1000, whole)
    tenths += 2 * remainder >= whole
    return Decimal(tenths) / 10


def needs_gap_sizes(needs: NeedsInventory, options: RenderOptions) -> Table:
    """Per competency, officials by shortfall rounded up to half levels."""
    buckets = sorted({b for row in needs.competencies for b in row.gap_sizes})
    headers = (
        options.label("plan-col-code"),
        options.label("label-competency"),
        *(options.label("needs-col-gap", size=_bucket_text(b, options)) for b in buckets),
        options.label("needs-col-below"),
    )
    rows = [
        (
            *_competency_cells(row.competency, options),
            *(row.gap_sizes.get(b, 0) for b in buckets),
            row.officials_below,
        )
        for row in needs.competencies
    ]
    return Table(options.label("needs-gap-title"), headers, tuple(rows), "needs-sheet-gaps")


def _bucket_text(bucket: int, options: RenderOptions) -> str:
    text = bucket_key(bucket)
    return text.replace(".", ",") if options.lang == "id" else text


def needs_matrix(needs: NeedsInventory, options: RenderOptions, by: str) -> Table:
    """Officials below standard per unit (``by="units"``) or position level
    (``by="position_levels"``) and competency: one row per unit or level, one column per
    competency (official code), then the row total of items."""
    keys: dict[str, None] = {}
    for row in needs.competencies:
        keys.update(dict.fromkeys(getattr(row, by)))
    ordered = sorted(keys) if by == "units" else _level_order(keys, options)
    first = options.label("report-col-unit" if by == "units" else "report-col-position-level")
    headers = (
        first,
        *(options.official_code(row.competency) for row in needs.competencies),
        options.label("needs-col-items"),
    )
    rows = []
    for key in ordered:
        counts = [getattr(row, by).get(key, 0) for row in needs.competencies]
        shown = key if by == "units" else options.position_level_name(key)
        rows.append((shown, *counts, sum(counts)))
    title = "needs-unit-title" if by == "units" else "needs-level-title"
    return Table(options.label(title), headers, tuple(rows), title.replace("title", "sheet"))


def _level_order(keys: dict[str, None], options: RenderOptions) -> list[str]:
    order = [level.code for level in options.dictionary.position_levels]
    return sorted(keys, key=lambda k: (order.index(k) if k in order else len(order), k))


def needs_leadership(needs: NeedsInventory, options: RenderOptions) -> Table:
    """Officials per leadership training still needed."""
    headers = (
        options.label("plan-col-code"),
        options.label("needs-col-training"),
        options.label("needs-col-officials"),
    )
    rows = [
        (code, training_name(code, options), count)
        for code, count in needs.leadership_trainings.most_common()
    ]
    return Table(
        options.label("needs-leadership-title"), headers, tuple(rows), "needs-leadership-sheet"
    )


def needs_tables(needs: NeedsInventory, options: RenderOptions) -> list[Table]:
    """Every view of the inventory, in reading order."""
    return [
        needs_competencies(needs, options),
        needs_gap_sizes(needs, options),
        needs_matrix(needs, options, "units"),
        needs_matrix(needs, options, "position_levels"),
        needs_leadership(needs, options),
    ]


__all__ = [
    "Cell",
    "Table",
    "activities_text",
    "findings_table",
    "needs_overview",
    "needs_tables",
    "plan_overview",
    "plan_rows",
    "plan_table",
]
