"""The agency's needs inventory: which competencies how many officials must raise.

PP 11/2017 as amended by PP 17/2020, Pasal 205 ayat (1) huruf a: the needs and plans of
competency development include an inventory of the kinds of competency each PNS needs to
raise. This module counts the plans (:mod:`~kamus_kompetensi.development.plan`), per
competency:

* ``officials_below``: officials below the standard planned against in that competency;
* ``officials_assessed``: officials whose standard includes it (the base of the share);
* ``gap_sizes``: how far below, by half levels: a shortfall of 0,25 or 0,5 counts under
  ``0.5``, 0,75 or 1 under ``1``, and so on (each shortfall rounded *up* to a half level,
  exactly, in hundredths);
* ``units`` and ``position_levels``: the same count by ``unit_kerja`` (``-`` when the
  input has none) and by the official's own position level;
* ``jp``: the JP the catalogue's suggested activities would take, summed over officials,
  and ``officials_without_catalogue``: those for whom the catalogue has nothing (types
  only, so no JP can be counted).

The leadership trainings still needed are counted per training. Counting streams: plans
are counted and dropped, so a large file needs memory for the counters and the row
findings only.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from kamus_kompetensi.batch.outcomes import BatchSummary, issue_dict
from kamus_kompetensi.development.plan import (
    DevelopmentPlan,
    OfficialPlan,
    Planner,
    Results,
    Target,
    TargetArg,
    target_dict,
)
from kamus_kompetensi.dictionary import Dictionary, dictionary_or_national
from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.scoring.levels import HUNDREDTHS, level_decimal

NEEDS_FORMAT = "kamus-kompetensi/needs-inventory/1"
HALF_LEVEL = HUNDREDTHS // 2
NO_UNIT = "-"


def gap_bucket(shortfall_hundredths: int) -> int:
    """A shortfall rounded up to a half level, in hundredths.

    >>> gap_bucket(25), gap_bucket(50), gap_bucket(75), gap_bucket(125)
    (50, 50, 100, 150)
    """
    return -(-shortfall_hundredths // HALF_LEVEL) * HALF_LEVEL


def bucket_key(bucket: int) -> str:
    """The JSON key of a bucket: ``"0.5"``, ``"1"``, ``"1.5"``."""
    return format(level_decimal(bucket).normalize(), "f")


@dataclass(slots=True)
class CompetencyNeeds:
    """The counts of one competency."""

    competency: str
    officials_below: int = 0
    officials_assessed: int = 0
    gap_sizes: Counter[int] = field(default_factory=Counter)
    units: Counter[str] = field(default_factory=Counter)
    position_levels: Counter[str] = field(default_factory=Counter)
    jp: Decimal = Decimal(0)
    officials_without_catalogue: int = 0

    def to_dict(self) -> dict[str, Any]:
        """A row of the JSON report's ``competencies``."""
        return {
            "competency": self.competency,
            "officials_below": self.officials_below,
            "officials_assessed": self.officials_assessed,
            "gap_sizes": {bucket_key(b): n for b, n in sorted(self.gap_sizes.items())},
            "units": dict(sorted(self.units.items())),
            "position_levels": dict(self.position_levels.most_common()),
            "jp": str(self.jp),
            "officials_without_catalogue": self.officials_without_catalogue,
        }


@dataclass(slots=True)
class NeedsInventory:
    """Counts per competency (in the dictionary's order), leadership trainings still
    needed, and the rows that could not be planned."""

    summary: BatchSummary
    target: Target | None
    competencies: list[CompetencyNeeds]
    leadership_trainings: Counter[str] = field(default_factory=Counter)
    officials: int = 0
    officials_with_needs: int = 0
    errors: list[RowIssue] = field(default_factory=list)
    plan_warnings: list[RowIssue] = field(default_factory=list)
    not_planned: int = 0
    """Checked rows whose scores do not cover the target's standard (in ``errors``)."""

    @property
    def warnings(self) -> list[RowIssue]:
        """The file's warnings, then each row's."""
        return [*self.summary.file_warnings, *self.plan_warnings]

    def competency(self, code: str) -> CompetencyNeeds:
        """The counts of one competency (``KeyError`` when it is in no standard)."""
        for row in self.competencies:
            if row.competency == code:
                return row
        raise KeyError(code)

    @property
    def jp(self) -> Decimal:
        """JP of every suggested catalogue activity."""
        return sum((row.jp for row in self.competencies), Decimal(0))

    def to_dict(self, *, mask_nip: bool = False) -> dict[str, Any]:
        """The needs report as JSON-ready data."""
        return {
            "format": NEEDS_FORMAT,
            "target": target_dict(self.target),
            "officials": self.officials,
            "officials_with_needs": self.officials_with_needs,
            "rows_not_planned": self.not_planned,
            "jp": str(self.jp),
            "competencies": [row.to_dict() for row in self.competencies],
            "leadership_trainings": [
                {"code": code, "officials": count}
                for code, count in self.leadership_trainings.most_common()
            ],
            "errors": [issue_dict(e, mask_nip=mask_nip) for e in self.errors],
            "warnings": [issue_dict(w, mask_nip=mask_nip) for w in self.warnings],
            "summary": self.summary.to_dict(),
        }


class _Counting:
    """The counters, filled one plan at a time."""

    def __init__(self, dictionary: Dictionary) -> None:
        self.rows = {c.code: CompetencyNeeds(c.code) for c in dictionary.competencies}
        self.dictionary = dictionary
        self.leadership: Counter[str] = Counter()
        self.officials = 0
        self.with_needs = 0

    def add(self, plan: OfficialPlan) -> None:
        self.officials += 1
        if plan.items or plan.leadership_training:
            self.with_needs += 1
        for code in self.dictionary.get_standard(plan.standard).codes:
            self.rows[code].officials_assessed += 1
        unit = plan.unit or NO_UNIT
        for item in plan.items:
            row = self.rows[item.competency]
            row.officials_below += 1
            row.gap_sizes[gap_bucket(-item.gap_hundredths)] += 1
            row.units[unit] += 1
            row.position_levels[plan.position_level] += 1
            if item.from_catalogue:
                row.jp += item.jp or Decimal(0)
            else:
                row.officials_without_catalogue += 1
        if plan.leadership_training is not None:
            self.leadership[plan.leadership_training.code] += 1

    def competencies(self) -> list[CompetencyNeeds]:
        """Rows of competencies some standard planned against includes."""
        return [row for row in self.rows.values() if row.officials_assessed]


def needs_inventory(
    report_or_results: Results | DevelopmentPlan,
    dictionary: Dictionary | None = None,
    *,
    target: TargetArg = None,
) -> NeedsInventory:
    """Count the needs of checked officials (see the module docstring); a finished
    :class:`DevelopmentPlan` is counted as it is."""
    if isinstance(report_or_results, DevelopmentPlan):
        planned = report_or_results
        counting = _Counting(dictionary_or_national(dictionary))
        for plan in planned.plans:
            counting.add(plan)
        return _inventory(
            counting,
            planned.summary,
            planned.target,
            planned.errors,
            [w for p in planned.plans for w in p.warnings],
            planned.not_planned,
        )
    planner = Planner(report_or_results, dictionary, target)
    counting = _Counting(planner.dictionary)
    errors: list[RowIssue] = []
    warnings: list[RowIssue] = []
    for record in planner:
        if isinstance(record, OfficialPlan):
            counting.add(record)
            warnings += record.warnings
        elif record.severity == "error":
            errors.append(record)
    return _inventory(
        counting, planner.summary, planner.target, errors, warnings, planner.not_planned
    )


def _inventory(
    counting: _Counting,
    summary: BatchSummary,
    target: Target | None,
    errors: list[RowIssue],
    warnings: list[RowIssue],
    not_planned: int,
) -> NeedsInventory:
    return NeedsInventory(
        summary,
        target,
        counting.competencies(),
        counting.leadership,
        counting.officials,
        counting.with_needs,
        errors,
        warnings,
        not_planned,
    )


__all__ = ["NEEDS_FORMAT", "CompetencyNeeds", "NeedsInventory", "gap_bucket", "needs_inventory"]
