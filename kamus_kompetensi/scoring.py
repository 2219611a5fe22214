"""Checking an official's assessed levels against the standard of a position.

``Assessment`` in, ``AssessmentResult`` out: per-competency required / attained / gap /
meets, JPM (Job Person Match), the policy's band (category), development needs, validity
and provenance. The rules follow ``shared/reference/aturan-standar-kompetensi.md`` §3:
JPM = Σ attained ÷ Σ required × 100, unweighted; the policy decides capping, rounding
and what a missing score means. All arithmetic is :class:`~decimal.Decimal` in a private
context, so a caller's ``decimal`` settings cannot change a result.

Two layers, on purpose:

* :func:`check` / :func:`readiness` validate everything and raise
  :class:`~kamus_kompetensi.errors.ScoreError` listing every problem at once;
* :class:`Scorer` is the lean core that batch code calls per row: built once per
  (dictionary, standard, policy), it takes already-parsed levels in standard order and
  does a handful of additions. ``check`` uses the same core, so both agree by construction.

This module owns no text (messages come from :mod:`kamus_kompetensi.i18n`) and no
rendering (the CLI and report modules read the result objects).
"""

from __future__ import annotations

import math
import operator
import re
import threading
import weakref
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import (
    ROUND_DOWN,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
    localcontext,
)
from functools import cached_property, reduce
from types import MappingProxyType
from typing import Any

from kamus_kompetensi.dictionary import Dictionary, FileProvenance
from kamus_kompetensi.echelons import parse_echelon
from kamus_kompetensi.errors import Location, Problem, ScoreError
from kamus_kompetensi.models import (
    Band,
    Cap,
    Level,
    MissingScores,
    Position,
    PositionLevel,
    RoundingMode,
    ScoringPolicy,
    Standard,
)
from kamus_kompetensi.nip import mask_nip

MIN_LEVEL = Decimal(0)
MAX_LEVEL = Decimal(5)
VALIDITY_YEARS = 3
"""Peraturan BKN 26/2019 Pasal 29 ayat (4): an assessment result is valid for 3 years."""

DEFAULT_POLICY = "pemetaan"

# Enough digits that Σ (≤ a few hundred levels with a few decimals) and the division are
# exact to far below the shown places; traps turn silent NaN/∞ into errors.
_CONTEXT = Context(
    prec=34, rounding=ROUND_HALF_EVEN, traps=[InvalidOperation, DivisionByZero, Overflow]
)
_ADD, _MULTIPLY, _DIVIDE = _CONTEXT.add, _CONTEXT.multiply, _CONTEXT.divide
_ROUNDING = {
    RoundingMode.HALF_UP: ROUND_HALF_UP,
    RoundingMode.HALF_EVEN: ROUND_HALF_EVEN,
    RoundingMode.DOWN: ROUND_DOWN,
}
_HUNDRED = Decimal(100)
_ZERO = Decimal(0)
# Plain ASCII decimal numbers only: no exponents, underscores, other scripts' digits,
# "NaN" or "Infinity" (all of which Decimal() accepts), so what is scored is what was typed.
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)")
_NON_FINITE = frozenset({"nan", "+nan", "-nan", "inf", "+inf", "-inf", "infinity", "-infinity"})
_PARSED: dict[str, Decimal] = {}
_PARSED_LIMIT = 4096
_KEY_CACHE_LIMIT = 1024
_TOTAL_CACHE_LIMIT = 4096
_SCORER_CACHE_LIMIT = 256
_UNKNOWN, _OUTSIDE = -1, -2  # key lookups: no such competency / not in this standard


# --- parsing one score ---------------------------------------------------------------------
def _level_or_code(value: object) -> Decimal | str | None:
    """A level, ``None`` for a blank value, or the problem code that explains the value."""
    if isinstance(value, str):
        cached = _PARSED.get(value)
        if cached is not None:
            return cached
        return _level_from_text(value)
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None if value is None else "score-not-numeric"
    if isinstance(value, float):
        if not math.isfinite(value):
            return "score-not-finite"
        value = Decimal(repr(value))
    elif isinstance(value, int):
        if not 0 <= value <= 5:  # before Decimal(): a 5,000-digit int cannot be converted
            return "score-out-of-range"
        value = Decimal(value)
    elif not value.is_finite():
        return "score-not-finite"
    return value if MIN_LEVEL <= value <= MAX_LEVEL else "score-out-of-range"


def _level_from_text(text: str) -> Decimal | str | None:
    stripped = text.strip()
    if not stripped:
        return None
    if not _NUMBER.fullmatch(stripped):
        return "score-not-finite" if stripped.lower() in _NON_FINITE else "score-not-numeric"
    level = Decimal(stripped.replace(",", "."))
    if not MIN_LEVEL <= level <= MAX_LEVEL:
        return "score-out-of-range"
    if len(_PARSED) < _PARSED_LIMIT:
        _PARSED[text] = level
    return level


def parse_level(value: object) -> Decimal:
    """One attained level as a Decimal: 4, 3.5, Decimal("3.25"), "3,5" or " 3.25 ".

    Fractional levels are allowed (half and quarter levels occur in practice); the range
    is 0–5. Floats are read through their shortest repr, so 3.3 is 3.3, not
    3.29999…. Raises :class:`ScoreError` for blanks, booleans, NaN, infinities,
    non-numbers and values outside 0–5.

    >>> parse_level("3,5"), parse_level(4), parse_level(0.25)
    (Decimal('3.5'), Decimal('4'), Decimal('0.25'))
    """
    level = _level_or_code(value)
    if isinstance(level, Decimal):
        return level
    code = "score-empty" if level is None else level
    raise ScoreError([Problem.make(code, key="-", value=_shown(value))])


def _shown(value: object) -> str:
    """A value as it appears in a message; long input is shortened."""
    if isinstance(value, int) and value.bit_length() > 128:  # repr() refuses 4,300+ digits
        return f"<{'-' if value < 0 else ''}integer of ~{int(value.bit_length() * 0.30103)} digits>"
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def scores_from_text(items: Iterable[str]) -> dict[str, str]:
    """``["integritas=4", "kerjasama=3,5"]`` → ``{"integritas": "4", "kerjasama": "3,5"}``.

    The same key written twice is an error rather than "the last one wins", so a pasted
    line cannot silently replace another. Values are checked later by :class:`Assessment`.

    >>> scores_from_text(["integritas=4", " M.02 = 3,5 "])
    {'integritas': '4', 'M.02': '3,5'}
    """
    scores: dict[str, str] = {}
    problems: list[Problem] = []
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            problems.append(Problem.make("score-argument", value=item))
        elif key in scores:
            problems.append(Problem.make("duplicate-score", key=key, other=key, code=key))
        else:
            scores[key] = value.strip()
    if problems:
        raise ScoreError(problems)
    return scores


# --- the assessment ------------------------------------------------------------------------
def _score_location(key: str) -> Location:
    return Location(path=f'$.scores["{key}"]')


class _Problems:
    """Collects problems so that one error can list all of them."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, code: str, location: Location | None = None, /, **params: Any) -> None:
        self.items.append(Problem.make(code, location, **params))

    def raise_any(self) -> None:
        if self.items:
            raise ScoreError(self.items)


def _optional_text(value: object, name: str, problems: _Problems) -> str | None:
    """A stripped string or ``None`` (blank counts as not given); else a problem."""
    if value is None:
        return None
    if not isinstance(value, str):
        problems.add("invalid-field", field=name, expected="teks / text", value=_shown(value))
        return None
    return value.strip() or None


def _nip(value: object, problems: _Problems) -> str | None:
    text = _optional_text(value, "nip", problems)
    if text is None:
        return None
    digits = text.replace(" ", "")
    if len(digits) != 18 or not digits.isascii() or not digits.isdigit():
        problems.add("nip-invalid", value=mask_nip(text))
        return None
    return digits


#: Assessment dates outside this range are typos (a year 2062 for 2026, 9999-12-31).
EARLIEST_ASSESSMENT, LATEST_ASSESSMENT = date(1950, 1, 1), date(2100, 12, 31)


def plausible_assessment_date(value: date) -> bool:
    """Whether ``value`` can be an assessment date (1950–2100)."""
    return EARLIEST_ASSESSMENT <= value <= LATEST_ASSESSMENT


def _date(value: object, problems: _Problems) -> date | None:
    if value is None:
        return None
    found: date | None = None
    if isinstance(value, date):
        found = value.date() if isinstance(value, datetime) else value
    elif isinstance(value, str) and value.strip():
        try:
            found = date.fromisoformat(value.strip())
        except ValueError:
            found = None
    if found is not None and plausible_assessment_date(found):
        return found
    problems.add("date-invalid", field="assessed_on", value=_shown(value))
    return None


def _scores(value: object, problems: _Problems) -> tuple[tuple[str, Decimal | None], ...]:
    if not isinstance(value, Mapping):
        problems.add("scores-not-mapping", value=_shown(value))
        return ()
    items: list[tuple[str, Decimal | None]] = []
    for key, raw in value.items():
        if not isinstance(key, str) or not key.strip():
            problems.add("invalid-key", Location(path="$.scores"), value=_shown(key))
            continue
        key = key.strip()
        level = _level_or_code(raw)
        if isinstance(level, str):
            problems.add(level, _score_location(key), key=key, value=_shown(raw))
        else:
            items.append((key, level))
    return tuple(items)


@dataclass(frozen=True, init=False)
class Assessment:
    """One official's assessed levels and the position whose standard applies.

    Name the standard exactly one way: ``echelon`` ("II.a", with ``condition`` such as
    "kepala_lpnk" where the equivalence depends on it), ``position_level``
    ("jpt_pratama") or ``position`` (a named position of an agency dictionary). Score keys
    may be codes, official codes (M.01) or names, in any case; values anything
    :func:`parse_level` accepts. A blank value (``None``, "") counts as missing.

    Construction checks everything that does not need a dictionary and raises one
    :class:`ScoreError` listing every problem; :func:`check` then reports every problem
    that does (unknown, duplicate and missing competencies). The NIP is masked in
    ``repr`` because reprs end up in logs.
    """

    score_items: tuple[tuple[str, Decimal | None], ...]
    echelon: str | None = None
    position_level: str | None = None
    position: str | None = None
    condition: str | None = None
    nip: str | None = field(default=None, repr=False)
    name: str | None = None
    assessed_on: date | None = None

    def __init__(
        self,
        *,
        scores: Mapping[str, object],
        echelon: str | None = None,
        position_level: str | None = None,
        position: str | None = None,
        condition: str | None = None,
        nip: str | None = None,
        name: str | None = None,
        assessed_on: date | str | None = None,
    ) -> None:
        problems = _Problems()
        values: dict[str, object] = {
            "echelon": _optional_text(echelon, "echelon", problems),
            "position_level": _optional_text(position_level, "position_level", problems),
            "position": _optional_text(position, "position", problems),
            "condition": _optional_text(condition, "condition", problems),
            "nip": _nip(nip, problems),
            "name": _optional_text(name, "name", problems),
            "assessed_on": _date(assessed_on, problems),
            "score_items": _scores(scores, problems),
        }
        given = [k for k in ("echelon", "position_level", "position") if values[k] is not None]
        if len(given) != 1 and not _invalid_selector(problems):
            problems.add("standard-ambiguous", given=", ".join(given) or "-")
        if values["condition"] is not None and values["echelon"] is None:
            problems.add("condition-without-echelon", condition=values["condition"])
        problems.raise_any()
        for key, value in values.items():
            object.__setattr__(self, key, value)

    @property
    def scores(self) -> Mapping[str, Decimal | None]:
        """The scores as given (keys stripped), values parsed; ``None`` means blank."""
        return MappingProxyType(dict(self.score_items))

    def __repr__(self) -> str:
        target = self.echelon or self.position_level or self.position
        return (
            f"Assessment(target={target!r}, nip={mask_nip(self.nip)!r}, "
            f"scores={dict(self.score_items)!r})"
        )


def _invalid_selector(problems: _Problems) -> bool:
    """Whether a selector was already reported as the wrong type (no second problem)."""
    selectors = {"echelon", "position_level", "position"}
    return any(p.params.get("field") in selectors for p in problems.items)


# --- results -------------------------------------------------------------------------------
@dataclass(frozen=True)
class CompetencyResult:
    """One competency of the standard: what was required, attained and counted toward JPM.

    ``counted`` differs from ``attained`` only under the policy cap ``competency``.
    """

    code: str
    official_code: str | None
    name: str
    required: int
    attained: Decimal
    counted: Decimal
    gap: Decimal
    meets: bool

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (Decimals as strings)."""
        return {
            "code": self.code,
            "official_code": self.official_code,
            "name": self.name,
            "required": self.required,
            "attained": str(self.attained),
            "counted": str(self.counted),
            "gap": str(self.gap),
            "meets": self.meets,
        }


@dataclass(frozen=True)
class DevelopmentNeed:
    """A competency below standard and the levels to reach (above attained, up to required)."""

    code: str
    official_code: str | None
    name: str
    required: int
    attained: Decimal
    levels: tuple[Level, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, with each level's description and indicators."""
        return {
            "code": self.code,
            "official_code": self.official_code,
            "name": self.name,
            "required": self.required,
            "attained": str(self.attained),
            "levels": [
                {
                    "level": lv.level,
                    "description": lv.description,
                    "indicators": [{"code": i.code, "text": i.text} for i in lv.indicators],
                }
                for lv in self.levels
            ],
        }


@dataclass(frozen=True)
class Provenance:
    """Which dictionary and policy produced a result, so it can be reproduced or audited.

    ``files`` lists every file of the dictionary's ``extends`` chain, root first, each with
    its id, version and SHA-256, so an agency result names the national file it stood on.
    """

    dictionary_id: str
    dictionary_version: str
    content_hash: str
    policy: str
    library_version: str
    files: tuple[FileProvenance, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "dictionary_id": self.dictionary_id,
            "dictionary_version": self.dictionary_version,
            "content_hash": self.content_hash,
            "policy": self.policy,
            "library_version": self.library_version,
            "files": [
                {"id": f.id, "version": f.version, "path": f.path, "sha256": f.sha256}
                for f in self.files
            ],
        }


@dataclass(frozen=True)
class AssessmentResult:
    """The outcome of checking one official against one standard under one policy.

    ``jpm`` is the shown (rounded, possibly capped) value and ``band`` is decided on it.
    ``attained`` holds the attained levels in standard order; ``competencies`` and
    ``development`` are built from it on first access, so batch code that needs only JPM
    and the band does not pay for them.
    """

    standard_code: str
    standard_name: str
    position_level: str
    policy: str
    jpm: Decimal
    band: Band
    meets_standard: bool
    capped: bool
    attained_total: Decimal
    required_total: int
    attained: tuple[Decimal, ...]
    provenance: Provenance
    assessed_on: date | None = None
    valid_until: date | None = None
    nip: str | None = field(default=None, repr=False)
    name: str | None = None
    scorer: Scorer | None = field(default=None, repr=False, compare=False)

    @property
    def above_full_match(self) -> bool:
        """JPM above 100: attained levels exceed the standard (reported, not an error)."""
        return self.jpm > _HUNDRED

    @cached_property
    def competencies(self) -> tuple[CompetencyResult, ...]:
        """Per competency, in the dictionary's official order."""
        return self._scorer.competencies(self.attained)

    @cached_property
    def development(self) -> tuple[DevelopmentNeed, ...]:
        """One need per competency below standard, with the levels to reach."""
        return self._scorer.development(self.attained)

    @property
    def _scorer(self) -> Scorer:
        if self.scorer is None:  # pragma: no cover - results are made by a Scorer
            raise ScoreError([Problem.make("result-detached")])
        return self.scorer

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data with a stable shape (documented in docs/penilaian.md)."""
        return {
            "format": "kamus-kompetensi/assessment-result/1",
            "official": {"nip": self.nip, "name": self.name},
            "assessed_on": _iso(self.assessed_on),
            "valid_until": _iso(self.valid_until),
            "standard": {
                "code": self.standard_code,
                "name": self.standard_name,
                "position_level": self.position_level,
            },
            "policy": self.policy,
            "jpm": str(self.jpm),
            "band": {
                "code": self.band.code,
                "name": self.band.name,
                "name_en": self.band.name_en,
                "short": self.band.short,
                "min": str(self.band.min),
            },
            "meets_standard": self.meets_standard,
            "capped": self.capped,
            "attained_total": str(self.attained_total),
            "required_total": self.required_total,
            "competencies": [c.to_dict() for c in self.competencies],
            "development": [d.to_dict() for d in self.development],
            "provenance": self.provenance.to_dict(),
        }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def valid_until(assessed_on: date) -> date:
    """``assessed_on`` plus three years; 29 February becomes 28 February.

    >>> valid_until(date(2024, 2, 29))
    datetime.date(2027, 2, 28)
    """
    year = assessed_on.year + VALIDITY_YEARS
    if year > date.max.year:  # only reachable through the low-level Scorer with no checks
        return date.max
    try:
        return assessed_on.replace(year=year)
    except ValueError:
        return assessed_on.replace(year=year, day=28)


# --- the core ------------------------------------------------------------------------------
class Scorer:
    """A standard and a policy compiled into tuples: checking a row is a few additions.

    Build it once per (dictionary, standard, policy) with :func:`scorer_for` (cached) and
    call :meth:`score` with levels already parsed and ordered as :attr:`codes`. Nothing in
    :meth:`score` builds a dict, runs a regex or validates a model.
    """

    def __init__(self, dictionary: Dictionary, standard: Standard, policy: ScoringPolicy) -> None:
        from kamus_kompetensi import __version__

        self.dictionary = dictionary
        self.standard = standard
        self.policy = policy
        competencies = tuple(dictionary.get_competency(code) for code in standard.levels)
        self.codes: tuple[str, ...] = tuple(standard.levels)
        self.required: tuple[int, ...] = tuple(standard.levels.values())
        self.total = sum(self.required)
        self._competencies = competencies
        # The same levels as Decimals: comparing a Decimal with a Decimal is several times
        # cheaper than with an int, and every row compares each level with its requirement.
        self.required_levels: tuple[Decimal, ...] = tuple(Decimal(r) for r in self.required)
        self._total = Decimal(self.total)
        self._index = MappingProxyType({code: i for i, code in enumerate(self.codes)})
        self._key_cache: dict[str, int] = {}
        self._by_total: dict[Decimal, tuple[Decimal, Band, bool]] = {}
        self._bands = tuple((band.min, band) for band in policy.bands)
        self._lowest_band = policy.bands[-1]
        self._quantum = Decimal(1).scaleb(-policy.rounding.places)
        self._rounding = _ROUNDING[policy.rounding.mode]
        self._cap = policy.cap
        self._missing_zero = policy.missing is MissingScores.ZERO
        self._levels_to_reach = tuple(
            self._reach_table(comp.levels, required)
            for comp, required in zip(competencies, self.required, strict=True)
        )
        self.provenance = Provenance(
            dictionary.id,
            dictionary.version,
            dictionary.content_hash,
            policy.code,
            __version__,
            dictionary.files,
        )
        # A plain dict (private, only ever copied): updating from one is cheaper than from
        # a mapping proxy, and this runs once per row.
        self._fixed: dict[str, object] = {
            "standard_code": standard.code,
            "standard_name": standard.name,
            "position_level": standard.position_level,
            "policy": policy.code,
            "required_total": self.total,
            "provenance": self.provenance,
            "scorer": self,
        }

    @staticmethod
    def _reach_table(levels: tuple[Level, ...], required: int) -> tuple[tuple[Level, ...], ...]:
        """For each whole attained level 0–5, the levels above it up to ``required``."""
        return tuple(
            tuple(lv for lv in levels if floor < lv.level <= required) for floor in range(6)
        )

    def index_of(self, key: str) -> int | None:
        """Position in :attr:`codes` of the competency named by ``key`` (any key form)."""
        index = self._lookup(key)
        return index if index >= 0 else None

    def _lookup(self, key: str) -> int:
        """Index in the standard, :data:`_UNKNOWN` or :data:`_OUTSIDE`; cached per key
        because the same few spellings come back on every row or call."""
        index = self._key_cache.get(key)
        if index is None:
            found = self.dictionary.find_competency(key)
            index = _UNKNOWN if found is None else self._index.get(found.code, _OUTSIDE)
            if len(self._key_cache) < _KEY_CACHE_LIMIT:
                self._key_cache[key] = index
        return index

    def resolve(
        self, scores: Iterable[tuple[str, Decimal | None]], *, ignore_extra: bool = False
    ) -> tuple[Decimal, ...]:
        """Scores keyed any way → levels in standard order, or one :class:`ScoreError`.

        Unknown keys, two keys for one competency, competencies outside the standard
        (unless ``ignore_extra``) and missing scores (unless the policy counts them as 0)
        are all reported together.
        """
        problems = _Problems()
        levels: list[Decimal | None] = [None] * len(self.codes)
        seen: dict[int, str] = {}
        for key, level in scores:
            self._place(key, level, levels, seen, problems, ignore_extra)
        for i, level in enumerate(levels):
            if level is None and self._missing_zero:
                levels[i] = _ZERO
            elif level is None:
                comp = self._competencies[i]
                problems.add("missing-score", _score_location(comp.code), key=comp.code)
        problems.raise_any()
        return tuple(lv for lv in levels if lv is not None)

    def _place(
        self,
        key: str,
        level: Decimal | None,
        levels: list[Decimal | None],
        seen: dict[int, str],
        problems: _Problems,
        ignore_extra: bool,
    ) -> None:
        index = self._lookup(key)
        if index == _UNKNOWN:
            problems.add("unknown-competency", _score_location(key), key=key)
        elif index == _OUTSIDE:
            if not ignore_extra:
                problems.add(
                    "not-in-standard", _score_location(key), key=key, code=self.standard.code
                )
        elif index in seen:
            problems.add(
                "duplicate-score",
                _score_location(key),
                key=key,
                other=seen[index],
                code=self.codes[index],
            )
        else:
            seen[index] = key
            levels[index] = level

    def score(
        self,
        levels: Sequence[Decimal],
        *,
        assessed_on: date | None = None,
        nip: str | None = None,
        name: str | None = None,
    ) -> AssessmentResult:
        """The result for levels already parsed (0–5) and ordered as :attr:`codes`.

        The range is not checked again here: :func:`parse_level` did that. The count is,
        because a short row would otherwise be scored against part of the standard.
        """
        if len(levels) != len(self.codes):
            raise ScoreError(
                [Problem.make("levels-count", found=len(levels), expected=len(self.codes))]
            )
        required = self.required_levels
        counted = tuple(map(min, levels, required)) if self._cap is Cap.COMPETENCY else levels
        # The private context's own methods rather than ``with localcontext(_CONTEXT)``: the
        # same exact operations, just as blind to the caller's context, without entering
        # and leaving a context on every row (a third of this method's time). Only status
        # flags of _CONTEXT change, and nothing reads them; the traps still raise.
        attained_total = reduce(_ADD, counted, _ZERO)
        capped = counted is not levels and attained_total != reduce(_ADD, levels, _ZERO)
        try:
            jpm, band, over = self._by_total[attained_total]
        except KeyError:
            jpm, band, over = self._jpm_and_band(attained_total)
        # A frozen dataclass's __init__ sets each field through object.__setattr__, which
        # costs more than the scoring itself; filling __dict__ directly makes the same
        # object (eq, repr and immutability to callers unchanged) at batch speed.
        result: AssessmentResult = object.__new__(AssessmentResult)
        fields = result.__dict__
        fields.update(self._fixed)
        fields["jpm"] = jpm
        fields["band"] = band
        fields["meets_standard"] = all(map(operator.ge, levels, required))
        fields["capped"] = capped or over
        fields["attained_total"] = attained_total
        fields["attained"] = tuple(levels)
        fields["assessed_on"] = assessed_on
        fields["valid_until"] = valid_until(assessed_on) if assessed_on is not None else None
        fields["nip"] = nip
        fields["name"] = name
        return result

    def _jpm_and_band(self, attained_total: Decimal) -> tuple[Decimal, Band, bool]:
        """JPM, band, and whether the total cap applied, for an attained total.

        They depend on the total alone, and a batch has few distinct totals (sums of nine
        levels), so they are kept per total: every row with a total already seen skips
        the division, the rounding and the band search.
        """
        ratio = _DIVIDE(_MULTIPLY(attained_total, _HUNDRED), self._total)
        over = self._cap is Cap.TOTAL and ratio > _HUNDRED
        if over:
            ratio = _HUNDRED
        jpm = ratio.quantize(self._quantum, rounding=self._rounding, context=_CONTEXT)
        band = self._lowest_band
        for minimum, candidate in self._bands:
            if jpm >= minimum:
                band = candidate
                break
        if len(self._by_total) < _TOTAL_CACHE_LIMIT:
            self._by_total[attained_total] = (jpm, band, over)
        return jpm, band, over

    def competencies(self, levels: Sequence[Decimal]) -> tuple[CompetencyResult, ...]:
        """Per-competency rows for levels in standard order."""
        capped = self._cap is Cap.COMPETENCY
        with localcontext(_CONTEXT):
            return tuple(
                CompetencyResult(
                    comp.code,
                    comp.official_code,
                    comp.name,
                    required,
                    level,
                    min(level, req) if capped else level,
                    level - req,
                    level >= req,
                )
                for comp, required, req, level in zip(
                    self._competencies, self.required, self.required_levels, levels, strict=True
                )
            )

    def development(self, levels: Sequence[Decimal]) -> tuple[DevelopmentNeed, ...]:
        """Development needs for levels in standard order (precomputed level tuples)."""
        return tuple(
            DevelopmentNeed(
                comp.code,
                comp.official_code,
                comp.name,
                required,
                level,
                reach[int(level)],
            )
            for comp, required, req, level, reach in zip(
                self._competencies,
                self.required,
                self.required_levels,
                levels,
                self._levels_to_reach,
                strict=True,
            )
            if level < req
        )


_SCORERS: weakref.WeakKeyDictionary[Dictionary, dict[tuple[int, int], Scorer]] = (
    weakref.WeakKeyDictionary()
)
_SCORERS_LOCK = threading.Lock()


def scorer_for(
    dictionary: Dictionary, standard: Standard, policy: ScoringPolicy | str = DEFAULT_POLICY
) -> Scorer:
    """The (cached) :class:`Scorer` for a standard of ``dictionary`` under ``policy``."""
    chosen = policy if isinstance(policy, ScoringPolicy) else dictionary.get_policy(policy)
    # Keyed by identity: hashing a policy model is slower than scoring a row. The scorer
    # holds both objects, so their ids cannot be reused while the entry exists.
    key = (id(standard), id(chosen))
    with _SCORERS_LOCK:
        table = _SCORERS.setdefault(dictionary, {})
        scorer = table.get(key)
        if scorer is None:
            if len(table) >= _SCORER_CACHE_LIMIT:  # callers making a policy per call
                table.clear()
            scorer = table[key] = Scorer(dictionary, standard, chosen)
    return scorer


# --- the public calls ----------------------------------------------------------------------
Target = PositionLevel | Position | str


def _require_types(dictionary: object, assessment: object) -> None:
    problems = _Problems()
    if not isinstance(dictionary, Dictionary):
        problems.add("invalid-argument", name="dictionary", value=_shown(dictionary))
    if not isinstance(assessment, Assessment):
        problems.add("invalid-argument", name="assessment", value=_shown(assessment))
    problems.raise_any()


def standard_of(dictionary: Dictionary, assessment: Assessment) -> Standard:
    """The standard an assessment names: by echelon, position level or position."""
    if assessment.echelon is not None:
        level = dictionary.position_level_for_echelon(
            assessment.echelon, condition=assessment.condition
        )
        return dictionary.standard_for(level)
    if assessment.position_level is not None:
        return dictionary.standard_for(dictionary.get_position_level(assessment.position_level))
    return dictionary.standard_for(dictionary.get_position(assessment.position))


def _target_standard(dictionary: Dictionary, target: object) -> Standard:
    """A standard from a position, a position level or an echelon, in that order."""
    if isinstance(target, (PositionLevel, Position)):
        return dictionary.standard_for(target)
    if isinstance(target, str) and target.strip():
        found = dictionary.find_position(target) or dictionary.find_position_level(target)
        if found is not None:
            return dictionary.standard_for(found)
        if parse_echelon(target) is not None:
            return dictionary.standard_for(dictionary.position_level_for_echelon(target))
    return dictionary.standard_for(dictionary.get_position_level(target))


def _run(
    dictionary: Dictionary,
    assessment: Assessment,
    standard: Standard,
    policy: ScoringPolicy | str,
    ignore_extra: bool,
) -> AssessmentResult:
    if not isinstance(policy, (ScoringPolicy, str)):
        policy = dictionary.get_policy(policy)
    scorer = scorer_for(dictionary, standard, policy)
    levels = scorer.resolve(assessment.score_items, ignore_extra=ignore_extra)
    return scorer.score(
        levels, assessed_on=assessment.assessed_on, nip=assessment.nip, name=assessment.name
    )


def check(
    dictionary: Dictionary,
    assessment: Assessment,
    *,
    policy: ScoringPolicy | str = DEFAULT_POLICY,
) -> AssessmentResult:
    """Check an official against the standard of their own position.

    ``policy`` is a policy code of the dictionary ("pemetaan", the default, or
    "seleksi") or a :class:`ScoringPolicy`. Raises :class:`ScoreError` listing every
    problem with the scores, and a lookup error (``UnknownEchelonError``,
    ``StandardNotDefinedError``, …) when the standard cannot be found.

    >>> import kamus_kompetensi as kk
    >>> d = kk.load_dictionary()
    >>> a = kk.Assessment(echelon="IV.a", scores={c: 2 for c in d.national_codes})
    >>> r = kk.check(d, a, policy="seleksi")
    >>> r.jpm, r.band.code, r.meets_standard
    (Decimal('100.00'), 'ms', True)
    """
    _require_types(dictionary, assessment)
    standard = standard_of(dictionary, assessment)
    return _run(dictionary, assessment, standard, policy, ignore_extra=False)


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
    return _run(dictionary, assessment, standard, policy, ignore_extra=True)


__all__ = [
    "Assessment",
    "AssessmentResult",
    "CompetencyResult",
    "DevelopmentNeed",
    "Provenance",
    "Scorer",
    "check",
    "parse_level",
    "readiness",
    "scorer_for",
    "scores_from_text",
    "standard_of",
    "valid_until",
]
