"""Development plans: per official, the competencies to raise, to which level, and how.

PP 11/2017 as amended by PP 17/2020, Pasal 206, asks for plans built from a gap analysis
against the standard of the position held *and* of the position to be held. A plan is a
function of check results and the dictionary, never a new pass over the input file:

* ``items``: one per competency below the standard planned against, with the current
  level, the target level, the behavioural indicators of every level to reach (the levels
  above the current one up to the target), and suggested activities: the agency
  catalogue's entries for that competency and level range when it has any (title, type,
  JP), else only the activity *types* of the dictionary, never an invented course title;
* ``leadership_training``: the structural leadership training of the position level
  planned against, unless the ``pelatihan_kepemimpinan`` column shows it (or a higher
  one) completed (:mod:`~kamus_kompetensi.development.leadership`).

With a ``target`` (a position level or a named position), each official is checked again
against the target's standard with :func:`~kamus_kompetensi.scoring.readiness`, and the
leadership training is the target level's. An official whose scores do not cover the
target's standard (a technical competency nobody assessed) becomes a row error of the
plan, so every input row is still accounted for.

Plans hold codes, levels and the indicator texts; names are looked up by the renderers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from types import MappingProxyType
from typing import Any, NamedTuple, TypeAlias

from kamus_kompetensi.batch.outcomes import BatchReport, BatchSummary, OfficialResult, issue_dict
from kamus_kompetensi.development.catalogue import Activity, Catalogue
from kamus_kompetensi.development.leadership import Trainings, training_for
from kamus_kompetensi.dictionary import Dictionary, dictionary_or_national
from kamus_kompetensi.errors import InputError, ScoreError
from kamus_kompetensi.i18n import message
from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.models import Position, PositionLevel
from kamus_kompetensi.nip import mask_nip
from kamus_kompetensi.record_keys import DETAIL_KEYS, LEADERSHIP_TRAINING, ROW, UNIT
from kamus_kompetensi.scoring.assessment import Assessment
from kamus_kompetensi.scoring.levels import HUNDREDTHS, level_decimal
from kamus_kompetensi.scoring.results import AssessmentResult
from kamus_kompetensi.scoring.scorer import readiness

PLAN_FORMAT = "kamus-kompetensi/development-plan/1"
#: The input column a leadership-training warning points at.
LEADERSHIP_COLUMN = "pelatihan_kepemimpinan"

Results: TypeAlias = "BatchReport | Iterable[OfficialResult | AssessmentResult | RowIssue]"
TargetArg: TypeAlias = "PositionLevel | Position | str | None"


class Indicator(NamedTuple):
    """A behavioural indicator of a level to reach."""

    level: int
    code: str
    text: str


class PlanItem(NamedTuple):
    """One competency below standard: where the official is, where to go, and how."""

    competency: str
    current_hundredths: int
    target: int
    levels: tuple[int, ...]
    indicators: tuple[Indicator, ...]
    activities: tuple[Activity, ...]
    from_catalogue: bool

    @property
    def current(self) -> Decimal:
        """The attained level."""
        return level_decimal(self.current_hundredths)

    @property
    def gap_hundredths(self) -> int:
        """Attained − target in hundredths (negative: the item exists because it is short)."""
        return self.current_hundredths - self.target * HUNDREDTHS

    @property
    def gap(self) -> Decimal:
        """Attained − target, as the check reports gaps."""
        return level_decimal(self.gap_hundredths)

    @property
    def jp(self) -> Decimal | None:
        """JP of the catalogue's suggested activities; ``None`` when only types are known."""
        if not self.from_catalogue:
            return None
        return sum((a.jp for a in self.activities if a.jp is not None), Decimal(0))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        jp = self.jp
        return {
            "competency": self.competency,
            "current": str(self.current),
            "target": self.target,
            "gap": str(self.gap),
            "levels": list(self.levels),
            "indicators": [i._asdict() for i in self.indicators],
            "from_catalogue": self.from_catalogue,
            "activities": [a.to_dict() for a in self.activities] if self.from_catalogue else [],
            "activity_types": list(dict.fromkeys(a.type for a in self.activities)),
            "jp": None if jp is None else str(jp),
        }


class LeadershipNeed(NamedTuple):
    """A structural leadership training the official still needs."""

    code: str
    name: str
    name_en: str | None
    position_level: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return self._asdict()


class OfficialPlan(NamedTuple):
    """The plan of one official (one checked input row)."""

    row: int | None
    nip: str | None
    name: str | None
    details: Mapping[str, str]
    position_level: str
    standard: str
    items: tuple[PlanItem, ...]
    leadership_training: LeadershipNeed | None
    leadership_completed: tuple[str, ...]
    warnings: tuple[RowIssue, ...] = ()

    def __repr__(self) -> str:  # no NIP or name: reprs reach logs
        return f"OfficialPlan(row={self.row}, standard={self.standard!r}, items={len(self.items)})"

    @property
    def unit(self) -> str | None:
        """The work unit as read."""
        return self.details.get(UNIT)

    @property
    def jp(self) -> Decimal:
        """JP of every catalogue activity suggested to this official."""
        return sum((item.jp or Decimal(0) for item in self.items), Decimal(0))

    def shown_nip(self, mask: bool) -> str | None:
        """The NIP as an output should show it."""
        return mask_nip(self.nip) if mask and self.nip else self.nip

    def to_dict(self, *, mask_nip: bool = False) -> dict[str, Any]:
        """JSON-ready form (an item of the plan report's ``plans``)."""
        need = self.leadership_training
        return {
            ROW: self.row,
            "nip": self.shown_nip(mask_nip),
            "name": self.name,
            **{key: self.details.get(key) for key in DETAIL_KEYS if key != LEADERSHIP_TRAINING},
            "position_level": self.position_level,
            "standard": self.standard,
            "items": [item.to_dict() for item in self.items],
            "jp": str(self.jp),
            "leadership_training": need.to_dict() if need else None,
            "leadership_recorded": self.details.get(LEADERSHIP_TRAINING),
            "leadership_completed": list(self.leadership_completed),
            "warnings": [issue_dict(w, mask_nip=mask_nip) for w in self.warnings],
        }


class Target(NamedTuple):
    """The position to be held: the standard planned against (Pasal 206)."""

    code: str
    name: str
    position_level: str
    record: PositionLevel | Position


@dataclass(slots=True)
class DevelopmentPlan:
    """Plans of every checked official, the rows that could not be planned, and the
    check's summary (its provenance says which dictionary and policy)."""

    summary: BatchSummary
    target: Target | None = None
    plans: list[OfficialPlan] = field(default_factory=list)
    errors: list[RowIssue] = field(default_factory=list)
    not_planned: int = 0
    """Checked rows whose scores do not cover the target's standard (in ``errors``)."""

    @property
    def warnings(self) -> list[RowIssue]:
        """The file's warnings, then each plan's."""
        return [*self.summary.file_warnings, *(w for p in self.plans for w in p.warnings)]

    def counts(self) -> dict[str, int]:
        """How many officials were planned, how many need something, and how much."""
        return {
            "officials": len(self.plans),
            "officials_with_items": sum(1 for p in self.plans if p.items),
            "items": sum(len(p.items) for p in self.plans),
            "leadership_trainings": sum(1 for p in self.plans if p.leadership_training),
            "rows_not_planned": self.not_planned,
        }

    def to_dict(self, *, mask_nip: bool = False, plans: bool = True) -> dict[str, Any]:
        """The plan report as JSON-ready data (``plans=False``: with an empty ``plans``
        list, for a writer that adds them one by one)."""
        return {
            "format": PLAN_FORMAT,
            "target": target_dict(self.target),
            "plans": [p.to_dict(mask_nip=mask_nip) for p in self.plans] if plans else [],
            "errors": [issue_dict(e, mask_nip=mask_nip) for e in self.errors],
            "warnings": [issue_dict(w, mask_nip=mask_nip) for w in self.warnings],
            "counts": self.counts(),
            "summary": self.summary.to_dict(),
        }


def target_dict(target: Target | None) -> dict[str, str] | None:
    """The target as JSON (``None`` when planning against the positions held)."""
    if target is None:
        return None
    return {"code": target.code, "name": target.name, "position_level": target.position_level}


def resolve_target(dictionary: Dictionary, target: TargetArg) -> Target | None:
    """A :class:`Target` from a position, a position level, or a code naming either
    (a position first, as ``readiness`` does). Raises a lookup error for an unknown code
    and :class:`~kamus_kompetensi.errors.StandardNotDefinedError` for a level without a
    standard, before any row is planned."""
    if target is None:
        return None
    record: PositionLevel | Position
    if isinstance(target, (PositionLevel, Position)):
        record = target
    elif isinstance(target, str):
        found = dictionary.find_position(target) or dictionary.find_position_level(target)
        record = found if found is not None else dictionary.get_position_level(target)
    else:
        raise InputError.from_code("invalid-argument", name="target", value=type(target).__name__)
    standard = dictionary.get_standard(record)
    return Target(standard.code, standard.name, standard.position_level, record)


def target_of_level(dictionary: Dictionary, code: str) -> Target:
    """``--target-level``: a position level only."""
    found = resolve_target(dictionary, dictionary.get_position_level(code))
    assert found is not None
    return found


def target_of_position(dictionary: Dictionary, code: str) -> Target:
    """``--target-position``: a named position of the (agency) dictionary only."""
    found = resolve_target(dictionary, dictionary.get_position(code))
    assert found is not None
    return found


# --- what planning looks up ----------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PlanIndex:
    """What planning a row looks up in the dictionary, read once when a run starts: the
    indicators by competency and level, the catalogue, and the leadership trainings. Every
    row of the run is then planned by dictionary look-ups in this plain data."""

    dictionary: Dictionary
    indicators: Mapping[str, Mapping[int, tuple[Indicator, ...]]]
    """Competency code → level number → that level's indicators (a level an agency
    competency leaves out is not there)."""
    catalogue: Catalogue
    trainings: Trainings

    @classmethod
    def of(cls, dictionary: Dictionary) -> PlanIndex:
        """The index of ``dictionary``."""
        indicators = {
            competency.code: MappingProxyType(
                {
                    level.level: tuple(
                        Indicator(level.level, indicator.code, indicator.text)
                        for indicator in level.indicators
                    )
                    for level in competency.levels
                }
            )
            for competency in dictionary.competencies
        }
        return cls(
            dictionary,
            MappingProxyType(indicators),
            Catalogue.of(dictionary),
            Trainings.of(dictionary),
        )

    def indicators_for(self, code: str, levels: tuple[int, ...]) -> tuple[Indicator, ...]:
        """The indicators of the levels to reach, level by level."""
        by_level = self.indicators[code]
        return tuple(indicator for number in levels for indicator in by_level.get(number, ()))


# --- planning one official ------------------------------------------------------------------
def plan_official(
    item: OfficialResult, index: PlanIndex, target: Target | None = None
) -> OfficialPlan | list[RowIssue]:
    """The plan of one checked row, or the row's errors when it cannot be planned against
    the target."""
    result = item.result
    if target is not None:
        against = _readiness(item, index.dictionary, target)
        if isinstance(against, list):
            return against
        result = against
    completed = index.trainings.parse(item.details.get(LEADERSHIP_TRAINING))
    warnings = list(item.warnings)
    warnings += [
        RowIssue(
            item.row,
            "leadership-training-unknown",
            message("leadership-training-unknown", value=fragment),
            "warning",
            LEADERSHIP_COLUMN,
            fragment,
        )
        for fragment in completed.unknown
    ]
    return OfficialPlan(
        item.row,
        item.nip,
        item.name,
        item.details,
        item.result.position_level,
        result.standard_code,
        _items(result, index),
        _leadership(result.position_level, completed.codes, index),
        completed.codes,
        tuple(warnings),
    )


def _readiness(
    item: OfficialResult, dictionary: Dictionary, target: Target
) -> AssessmentResult | list[RowIssue]:
    result = item.result
    scores = dict(zip(result.codes, result.attained, strict=True))
    assessment = Assessment(scores=scores, position_level=result.position_level)
    try:
        return readiness(dictionary, assessment, target.record, policy=result.policy)
    except ScoreError as exc:
        return [
            RowIssue(
                item.row,
                problem.code,
                message("plan-target-unscorable", target=target.code) + f": {problem.message}",
            )
            for problem in exc.problems
        ]


def _items(result: AssessmentResult, index: PlanIndex) -> tuple[PlanItem, ...]:
    items = []
    for need in result.development:
        current = int(need.attained * HUNDREDTHS)
        activities, from_catalogue = index.catalogue.suggestions(need.code, current, need.required)
        items.append(
            PlanItem(
                need.code,
                current,
                need.required,
                need.levels,
                index.indicators_for(need.code, need.levels),
                activities,
                from_catalogue,
            )
        )
    return tuple(items)


def _leadership(
    position_level: str, completed: tuple[str, ...], index: PlanIndex
) -> LeadershipNeed | None:
    training = training_for(index.dictionary, position_level)
    if training is None or index.trainings.covers(completed, training.code):
        return None
    return LeadershipNeed(training.code, training.name, training.name_en, training.position_level)


# --- many officials -------------------------------------------------------------------------
class Planner:
    """Plans a source one row at a time: iterate once for :class:`OfficialPlan` and
    :class:`RowIssue` records in input order. ``summary`` is the check run's own (final
    once iterated), so planning a streaming run keeps memory flat; for results given one
    by one it is made here from the planned results."""

    def __init__(
        self, source: Results, dictionary: Dictionary | None = None, target: TargetArg = None
    ) -> None:
        dictionary = dictionary_or_national(dictionary)
        self.dictionary = dictionary
        self.index = PlanIndex.of(dictionary)
        self.target = resolve_target(dictionary, target)
        self._summary: BatchSummary | None = None
        self._records: Iterable[object]
        if isinstance(source, BatchReport):
            self._records, self._summary = source.outcomes(), source.summary
        elif isinstance(getattr(source, "summary", None), BatchSummary):
            self._records, self._summary = source, source.summary  # type: ignore[attr-defined]
        elif isinstance(source, (OfficialResult, AssessmentResult)):
            self._records = [source]
        elif isinstance(source, Iterable) and not isinstance(source, (str, bytes, Mapping)):
            self._records = source
        else:
            raise InputError.from_code(
                "invalid-argument", name="report_or_results", value=type(source).__name__
            )
        self._made = self._summary is None
        self.not_planned = 0
        """Checked rows that could not be planned against the target (so far)."""

    @property
    def summary(self) -> BatchSummary:
        """The check's summary (complete once iterated)."""
        if self._summary is None:
            self._summary = BatchSummary(
                source="<results>", policy_code="-", policy_name="-", band_order=()
            )
        return self._summary

    def __iter__(self) -> Iterator[OfficialPlan | RowIssue]:
        for record in self._records:
            if isinstance(record, RowIssue):
                yield record
                continue
            if isinstance(record, AssessmentResult):
                record = OfficialResult(None, record)  # type: ignore[arg-type]
            if not isinstance(record, OfficialResult):
                raise InputError.from_code(
                    "invalid-argument", name="report_or_results", value=type(record).__name__
                )
            _require_same_dictionary(record.result, self.dictionary)
            if self._made:
                self._count(record)
            planned = plan_official(record, self.index, self.target)
            if isinstance(planned, list):
                self.not_planned += 1
                yield from planned
            else:
                yield planned

    def _count(self, record: OfficialResult) -> None:
        if self._summary is None:
            result = record.result
            self._summary = BatchSummary(
                source="<results>",
                policy_code=result.policy,
                policy_name=result.policy,
                band_order=(),
                provenance=result.provenance,
            )
        self._summary.add_result(record)


def _require_same_dictionary(result: AssessmentResult, dictionary: Dictionary) -> None:
    provenance = result.provenance
    if provenance.content_hash != dictionary.content_hash:
        raise InputError.from_code(
            "report-dictionary-mismatch",
            report=f"{provenance.dictionary_id} {provenance.dictionary_version}",
            given=f"{dictionary.id} {dictionary.version}",
        )


def development_plan(
    report_or_results: Results,
    dictionary: Dictionary | None = None,
    *,
    target: TargetArg = None,
) -> DevelopmentPlan:
    """Development plans for checked officials (see the module docstring)."""
    planner = Planner(report_or_results, dictionary, target)
    plan = DevelopmentPlan(planner.summary, planner.target)
    for record in planner:
        if isinstance(record, OfficialPlan):
            plan.plans.append(record)
        elif record.severity == "error":
            plan.errors.append(record)
    plan.summary = planner.summary
    plan.not_planned = planner.not_planned
    return plan


__all__ = [
    "PLAN_FORMAT",
    "DevelopmentPlan",
    "Indicator",
    "LeadershipNeed",
    "OfficialPlan",
    "PlanIndex",
    "PlanItem",
    "Planner",
    "Target",
    "development_plan",
    "plan_official",
    "resolve_target",
]
