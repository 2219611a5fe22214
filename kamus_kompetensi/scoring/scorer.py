"""Scoring: a standard, a policy and attained levels in, an :class:`AssessmentResult` out.

The rules (Permenpan RB 38/2017; JPM as defined for the JFKK inpassing rules):

* gap = attained − required, per competency; meets = attained ≥ required;
* JPM = Σ attained ÷ Σ required × 100 over the competencies of the standard, unweighted;
  the policy decides capping (none, per competency at the requirement, or the total at
  100), rounding (places and mode) and what a missing score means;
* the band (category) is decided on the shown, rounded JPM.

Levels are exact hundredths (:mod:`~kamus_kompetensi.scoring.levels`), so all of this is
integer arithmetic: the JPM in units of the shown precision is
``Σ attained_hundredths × 10^places ÷ Σ required``, rounded by comparing the remainder
with half the divisor. No ``Decimal`` context is involved, so a caller's ``decimal``
settings cannot change a result.

:func:`score` is the one core that both :func:`check` (one official, through the API) and
the batch row engine call.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from operator import ge
from typing import Any

from kamus_kompetensi.dictionary import Dictionary
from kamus_kompetensi.echelons import parse_echelon
from kamus_kompetensi.errors import Problem, ScoreError
from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.models import (
    Band,
    BandOn,
    Cap,
    GroupWeights,
    MissingScores,
    Position,
    PositionLevel,
    RoundingMode,
    ScoringPolicy,
    Standard,
)
from kamus_kompetensi.scoring.assessment import Assessment, score_location
from kamus_kompetensi.scoring.levels import HUNDREDTHS, shown
from kamus_kompetensi.scoring.results import AssessmentResult, Provenance

POLICY_PEMETAAN = "pemetaan"
"""The built-in mapping policy (Optimal / Cukup Optimal / Kurang Optimal)."""
POLICY_SELEKSI = "seleksi"
"""The built-in selection policy (MS / MMS / KMS)."""
DEFAULT_POLICY = POLICY_PEMETAAN

Target = PositionLevel | Position | str


def jpm_units(numerator: int, denominator: int, policy: ScoringPolicy) -> tuple[int, bool]:
    """The shown JPM in units of ``10^-places`` (8264 for 82,64 %), rounded as the policy
    says, and whether the total cap cut it; the exact JPM is ``numerator ÷ denominator``
    percent (attained hundredths ÷ required levels, when unweighted).

    >>> from kamus_kompetensi.models import ScoringPolicy, Band
    >>> p = ScoringPolicy(code="x", name="X", bands=(Band(code="a", name="A", min=0),))
    >>> jpm_units(11900, 144, p)  # 119/144 = 82.6388… %
    (8264, False)
    """
    places = policy.rounding.places
    if policy.cap is Cap.TOTAL and numerator > 100 * denominator:
        return 100 * 10**places, True
    quotient, remainder = divmod(numerator * 10**places, denominator)
    mode = policy.rounding.mode
    twice = 2 * remainder
    if mode is RoundingMode.HALF_UP:
        quotient += twice >= denominator
    elif mode is RoundingMode.HALF_EVEN:
        quotient += twice > denominator or (twice == denominator and quotient % 2 == 1)
    return quotient, False


def weighted_ratio(
    standard: Standard, counted: tuple[int, ...], weights: GroupWeights
) -> tuple[int, int]:
    """The exact weighted JPM as ``(numerator, denominator)`` percent: the weighted mean
    of each group's own ratio (Σ attained ÷ Σ required of the technical competencies, and
    of the managerial and socio-cultural ones). A group the standard has no competency of
    is left out and the other's weight counts alone.

    >>> from kamus_kompetensi.models import GroupWeights, Standard
    >>> s = Standard("x", "X", "x", {"a": 4, "t": 2}, frozenset({"t"}))
    >>> w = GroupWeights(manajerial_sosial_kultural=60, teknis=40)
    >>> weighted_ratio(s, (300, 200), w)  # 0.6 × 3/4 + 0.4 × 2/2 = 0.85
    (85, 1)
    """
    sums = {True: [0, 0], False: [0, 0]}  # technical? → [attained hundredths, required]
    for code, level, required in zip(standard.codes, counted, standard.required, strict=True):
        group = sums[code in standard.technical]
        group[0] += level
        group[1] += required
    exact = Fraction(0)
    weight_total = 0
    for technical, weight in ((True, weights.teknis), (False, weights.manajerial_sosial_kultural)):
        attained, required = sums[technical]
        if required:
            exact += Fraction(weight * attained, required)
            weight_total += weight
    if weight_total == 0:  # every group present weighs 0: nothing to weigh, so unweighted
        return sum(counted), standard.total
    exact /= weight_total
    return exact.numerator, exact.denominator


@lru_cache(maxsize=256)
def in_hundredths(required: tuple[int, ...]) -> tuple[int, ...]:
    """Required levels in hundredths (pure; a batch has a handful of standards)."""
    return tuple(level * HUNDREDTHS for level in required)


@lru_cache(maxsize=4096)
def jpm_decimal(units: int, places: int) -> Decimal:
    """The shown JPM as a Decimal, built from text so no decimal context is involved
    (pure; a batch has few distinct values).

    >>> jpm_decimal(8264, 2), jpm_decimal(10000, 2)
    (Decimal('82.64'), Decimal('100.00'))
    """
    return Decimal(f"{units}E-{places}")


def band_of(bands: tuple[Band, ...], numerator: int, denominator: int) -> Band:
    """The band whose inclusive lower bound is the highest not above the JPM
    ``numerator ÷ denominator`` (compared exactly, in integers)."""
    for band in bands:
        top, bottom = _exact(band.min)
        if numerator * bottom >= top * denominator:
            return band
    return bands[-1]


@lru_cache(maxsize=256)
def _exact(value: Decimal) -> tuple[int, int]:
    """A Decimal as an exact integer ratio (pure; a policy has a handful of bounds)."""
    return value.as_integer_ratio()


def score(
    standard: Standard,
    policy: ScoringPolicy,
    attained: tuple[int, ...],
    provenance: Provenance,
    *,
    nip: str | None = None,
    name: str | None = None,
    assessed_on: object = None,
    warnings: tuple[RowIssue, ...] = (),
) -> AssessmentResult:
    """The result for attained levels (hundredths, 0–500) in the order of ``standard.codes``.

    The range is not checked again here (the parsers did that); the count is, because a
    short tuple would otherwise be scored against part of the standard.
    """
    if len(attained) != len(standard.codes):
        raise ScoreError(
            [Problem.make("levels-count", found=len(attained), expected=len(standard.codes))]
        )
    needed = in_hundredths(standard.required)
    total = sum(attained)
    capped_each = policy.cap is Cap.COMPETENCY
    counted = tuple(map(min, attained, needed)) if capped_each else attained
    weights = policy.weights_for(standard.position_level) if policy.weights else None
    if weights is None:
        numerator, denominator = sum(counted), standard.total
    else:
        numerator, denominator = weighted_ratio(standard, counted, weights)
    places = policy.rounding.places
    units, capped = jpm_units(numerator, denominator, policy)
    jpm = jpm_decimal(units, places)
    bands = policy.bands_for(standard.position_level)
    if policy.band_on is BandOn.EXACT and not capped:
        band = band_of(bands, numerator, denominator)
    else:  # the shown value: units ÷ 10^places percent
        band = band_of(bands, units, 10**places)
    return AssessmentResult(
        standard.position_level,
        standard.code if standard.code != standard.position_level else None,
        policy.code,
        standard.codes,
        standard.required,
        attained,
        jpm,
        band.code,
        band.name,
        all(map(ge, attained, needed)),
        capped or (capped_each and sum(counted) != total),
        policy.cap.value,
        provenance,
        nip,
        name,
        assessed_on,  # type: ignore[arg-type]
        warnings,
    )


@lru_cache(maxsize=64)
def provenance_of(dictionary: Dictionary, policy: str) -> Provenance:
    """The provenance of results made with ``dictionary`` under the policy coded ``policy``."""
    from kamus_kompetensi.version import library_version

    return Provenance(
        dictionary.id,
        dictionary.version,
        dictionary.content_hash,
        policy,
        library_version(),
        dictionary.files,
    )


def policy_of(dictionary: Dictionary, policy: ScoringPolicy | str) -> ScoringPolicy:
    """A policy object: ``policy`` itself, or the dictionary's policy of that code or name."""
    if isinstance(policy, ScoringPolicy):
        return policy
    return dictionary.get_policy(policy)


# --- one official through the API ----------------------------------------------------------
def _require_types(dictionary: object, assessment: object) -> None:
    problems: list[Problem] = []
    if not isinstance(dictionary, Dictionary):
        problems.append(
            Problem.make("invalid-argument", name="dictionary", value=shown(dictionary))
        )
    if not isinstance(assessment, Assessment):
        problems.append(
            Problem.make("invalid-argument", name="assessment", value=shown(assessment))
        )
    if problems:
        raise ScoreError(problems)


def standard_of(dictionary: Dictionary, assessment: Assessment) -> Standard:
    """The standard an assessment names: by echelon, position level or position."""
    if assessment.echelon is not None:
        return _echelon_standard(dictionary, assessment.echelon, assessment.condition)
    if assessment.position_level is not None:
        return dictionary.get_standard(dictionary.get_position_level(assessment.position_level))
    return dictionary.get_standard(dictionary.get_position(assessment.position))


@lru_cache(maxsize=1024)
def _echelon_standard(dictionary: Dictionary, echelon: str, condition: str | None) -> Standard:
    """The standard of an echelon (pure; memoised: callers check the same few echelons)."""
    level = dictionary.get_position_level_for_echelon(echelon, condition=condition)
    return dictionary.get_standard(level)


def _target_standard(dictionary: Dictionary, target: object) -> Standard:
    """A standard from a position, a position level or an echelon, in that order."""
    if isinstance(target, (PositionLevel, Position)):
        return dictionary.get_standard(target)
    if isinstance(target, str) and target.strip():
        found = dictionary.find_position(target) or dictionary.find_position_level(target)
        if found is not None:
            return dictionary.get_standard(found)
        if parse_echelon(target) is not None:
            return dictionary.get_standard(dictionary.get_position_level_for_echelon(target))
    return dictionary.get_standard(dictionary.get_position_level(target))


def resolve_levels(
    dictionary: Dictionary,
    standard: Standard,
    policy: ScoringPolicy,
    scores: Iterable[tuple[str, int | None]],
    *,
    ignore_extra: bool = False,
) -> tuple[int, ...]:
    """Scores keyed any way → hundredths in standard order, or one :class:`ScoreError`.

    Unknown keys, two keys for one competency, competencies outside the standard (unless
    ``ignore_extra``) and missing scores (unless the policy counts them as 0) are all
    reported together.
    """
    items = scores if isinstance(scores, tuple) else tuple(scores)
    slots, findings = _placement(dictionary, standard, tuple([k for k, _ in items]), ignore_extra)
    problems = [_problem(code, key, dict(params)) for code, key, params in findings]
    levels: list[int | None] = [None] * len(standard.codes)
    for (_, level), slot in zip(items, slots, strict=True):
        if slot >= 0:
            levels[slot] = level
    if None not in levels and not problems:
        return tuple(levels)  # type: ignore[arg-type]  # no None left: every level an int
    if None in levels and policy.missing is not MissingScores.ZERO:
        named = {slot: key for (key, _), slot in zip(items, slots, strict=True) if slot >= 0}
        problems += [
            Problem.make("missing-score", score_location(named.get(i, code)), key=code)
            for i, (code, level) in enumerate(zip(standard.codes, levels, strict=True))
            if level is None
        ]
    if problems:
        raise ScoreError(problems)
    return tuple(level or 0 for level in levels)


def _problem(code: str, key: str, params: dict[str, Any]) -> Problem:
    return Problem.make(code, score_location(key), **params)


@lru_cache(maxsize=1024)
def _placement(
    dictionary: Dictionary, standard: Standard, keys: tuple[str, ...], ignore_extra: bool
) -> tuple[tuple[int, ...], tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...]]:
    """Where each score key goes in ``standard.codes`` (-1: nowhere), and what is wrong
    with the keys (code, key, message parameters). Pure, so memoised: callers check the
    same few key sets again and again. Messages are made by the caller, in its language."""
    slots: list[int] = []
    findings: list[tuple[str, str, tuple[tuple[str, str], ...]]] = []
    seen: dict[str, str] = {}
    for key in keys:
        competency = dictionary.find_competency(key)
        slot = -1
        if competency is None:
            findings.append(("unknown-competency", key, (("key", key),)))
        elif competency.code not in standard.codes:
            if not ignore_extra:
                findings.append(("not-in-standard", key, (("key", key), ("code", standard.code))))
        elif competency.code in seen:
            other = seen[competency.code]
            params = (("key", key), ("other", other), ("code", competency.code))
            findings.append(("duplicate-score", key, params))
        else:
            seen[competency.code] = key
            slot = standard.codes.index(competency.code)
        slots.append(slot)
    return tuple(slots), tuple(findings)


def _check_against(
    dictionary: Dictionary,
    assessment: Assessment,
    standard: Standard,
    policy: ScoringPolicy | str,
    ignore_extra: bool,
) -> AssessmentResult:
    rules = policy_of(dictionary, policy)
    levels = resolve_levels(
        dictionary, standard, rules, assessment.score_items, ignore_extra=ignore_extra
    )
    return score(
        standard,
        rules,
        levels,
        provenance_of(dictionary, rules.code),
        nip=assessment.nip,
        name=assessment.name,
        assessed_on=assessment.assessed_on,
        warnings=assessment.warnings,
    )


def check(
    dictionary: Dictionary,
    assessment: Assessment,
    *,
    policy: ScoringPolicy | str = DEFAULT_POLICY,
) -> AssessmentResult:
    """Check an official against the standard of their own position.

    ``policy`` is a policy code of the dictionary (:data:`POLICY_PEMETAAN`, the default,
    :data:`POLICY_SELEKSI`, or an agency's own) or a :class:`ScoringPolicy`. Raises
    :class:`ScoreError` listing every problem with the scores, and a lookup error
    (``UnknownEchelonError``, ``StandardNotDefinedError``, …) when the standard cannot be
    found.

    >>> import kamus_kompetensi as kk
    >>> d = kk.load_dictionary()
    >>> a = kk.Assessment(echelon="IV.a", scores={c: 2 for c in d.national_codes})
    >>> r = kk.check(d, a, policy="seleksi")
    >>> r.jpm, r.band, r.meets_standard
    (Decimal('100.00'), 'ms', True)
    """
    _require_types(dictionary, assessment)
    standard = standard_of(dictionary, assessment)
    return _check_against(dictionary, assessment, standard, policy, ignore_extra=False)


def readiness(
    dictionary: Dictionary,
    assessment: Assessment,
    target: Target,
    *,
    policy: ScoringPolicy | str = DEFAULT_POLICY,
) -> AssessmentResult:
    """The same check against another standard, e.g. the level an official may be promoted to.

    ``target`` is a position, a position level or an echelon. Scores of competencies
    that the target's standard does not include (technical competencies of the current
    position) are left out rather than reported, since they were assessed for another
    purpose; unknown keys are still errors.
    """
    _require_types(dictionary, assessment)
    standard = _target_standard(dictionary, target)
    return _check_against(dictionary, assessment, standard, policy, ignore_extra=True)


__all__ = [
    "DEFAULT_POLICY",
    "POLICY_PEMETAAN",
    "POLICY_SELEKSI",
    "band_of",
    "check",
    "in_hundredths",
    "jpm_decimal",
    "jpm_units",
    "policy_of",
    "provenance_of",
    "readiness",
    "resolve_levels",
    "score",
    "standard_of",
    "weighted_ratio",
]
