"""The lookup API over a loaded, validated dictionary.

Contract (the same for every kind of record):

* ``get_*(key)`` returns the record or raises a :class:`~kamus_kompetensi.errors.KamusError`
  subclass that is also a ``LookupError``;
* ``find_*(key)`` returns the record or ``None`` and never raises;
* ``is_valid_*(key)`` returns a bool and never raises.

Keys are matched case-, space- and underscore-insensitively against codes, official codes,
names, English names and aliases. Indexes are built once, when the dictionary is made, and
are read-only.

A dictionary is deeply immutable: its attributes cannot be reassigned, and everything
reachable from it is a frozen model, a frozen dataclass, a tuple or a
:class:`~kamus_kompetensi.frozen.FrozenMap`. It pickles as its constructor's arguments, so
an unpickled copy rebuilds the same indexes (and has the same ``content_hash``).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from kamus_kompetensi.echelons import parse_echelon
from kamus_kompetensi.errors import (
    InputError,
    KamusError,
    StandardNotDefinedError,
    UnknownCodeError,
    UnknownCompetencyError,
    UnknownEchelonError,
    UnknownPolicyError,
    UnknownPositionError,
    UnknownPositionLevelError,
)
from kamus_kompetensi.frozen import FrozenMap
from kamus_kompetensi.i18n import message, resolve_lang
from kamus_kompetensi.keys import normalise_key
from kamus_kompetensi.models import (
    NATIONAL_GROUPS,
    Competency,
    CompetencyGroup,
    DevelopmentActivity,
    DevelopmentActivityType,
    DictionaryInfo,
    LeadershipTraining,
    Position,
    PositionLevel,
    ScoringPolicy,
    Standard,
    TalentPolicy,
    TrainingPolicy,
)

T = TypeVar("T")


@dataclass(frozen=True)
class FileProvenance:
    """One file of a dictionary chain: what it says it is, and the hash of its bytes."""

    id: str
    version: str
    path: str
    sha256: str


class Named(Protocol):
    """A dictionary record with a name (and, on most kinds, an English ``name_en``)."""

    @property
    def name(self) -> str: ...


def localized_name(record: Named, lang: str | None) -> str:
    """A record's name in ``lang``: its English name (``name_en``) when English is asked for
    and the dictionary has one, else its name (Indonesian: the official one). Any record
    with a name: competency, position level, position, policy, band, leadership training,
    activity type.

    >>> from kamus_kompetensi import load_dictionary
    >>> localized_name(load_dictionary().get_competency("kerjasama"), "en")
    'Teamwork'
    """
    name_en = getattr(record, "name_en", None)  # a named position has no English name
    return name_en if name_en and resolve_lang(lang) == "en" else record.name


def _index(entries: Iterable[tuple[T, Iterable[str | None]]]) -> Mapping[str, T]:
    """A read-only table from every normalised name of a record to the record, and from its
    code (the first name) as written, so the key callers use most is found without folding."""
    table: dict[str, T] = {}
    for record, names in entries:
        code, *others = names
        for name in (code, *others):
            if name:
                table.setdefault(normalise_key(name), record)
        if code:
            table.setdefault(code, record)
    return FrozenMap(table)


def _find(index: Mapping[str, T], key: object) -> T | None:
    """The record a key names. A code as written, or a key already in its folded form, is
    found as it is; anything else is folded first (:func:`~kamus_kompetensi.keys.normalise_key`
    leaves a folded key unchanged, and a code folds to its own record, so both give the same
    record)."""
    if not isinstance(key, str):
        return None
    found = index.get(key)
    return found if found is not None else index.get(normalise_key(key))


def _suggestion(index: Mapping[str, object], key: object) -> str:
    """``; maksud Anda `seleksi`?`` for the closest name in ``index``, or ``""``."""
    if not isinstance(key, str) or not key.strip():
        return ""
    close = difflib.get_close_matches(normalise_key(key), list(index), n=1, cutoff=0.7)
    return message("did-you-mean", name=close[0]) if close else ""


class Dictionary:
    """A validated dictionary: competencies, position levels, positions and policies.

    Build it with :func:`kamus_kompetensi.load_dictionary`; instances are immutable (no
    attribute can be set or deleted, no collection changed), safe to share between
    threads, and picklable.
    """

    __slots__ = (
        "__weakref__",  # callers may cache per dictionary in a WeakKeyDictionary
        "_activity_types",
        "_competencies",
        "_echelons",
        "_levels",
        "_policies",
        "_positions",
        "_source",
        "_standards",
        "_trainings",
        "competencies",
        "content_hash",
        "development_activities",
        "development_activity_types",
        "echelon_conditions",
        "files",
        "info",
        "leadership_trainings",
        "national_codes",
        "policies",
        "position_levels",
        "positions",
        "talent_policy",
        "training_policy",
    )

    info: DictionaryInfo
    files: tuple[FileProvenance, ...]
    content_hash: str
    competencies: tuple[Competency, ...]
    position_levels: tuple[PositionLevel, ...]
    positions: tuple[Position, ...]
    policies: tuple[ScoringPolicy, ...]
    #: The yearly minimum of competency development (``None`` only for a dictionary that
    #: neither writes one nor extends the national dictionary).
    training_policy: TrainingPolicy | None
    #: Leadership training per position level, in file order.
    leadership_trainings: tuple[LeadershipTraining, ...]
    #: Kinds of competency development activity, in file order.
    development_activity_types: tuple[DevelopmentActivityType, ...]
    #: The agency's catalogue of development activities (the national dictionary has none).
    development_activities: tuple[DevelopmentActivity, ...]
    #: The nine-box talent grid (``None`` when no file of the chain defines one).
    talent_policy: TalentPolicy | None
    #: Codes of the managerial and socio-cultural competencies, in order.
    national_codes: tuple[str, ...]
    #: Conditions that select a conditional echelon mapping (``kepala_lpnk``).
    echelon_conditions: tuple[str, ...]
    _source: tuple[Any, ...]
    _competencies: Mapping[str, Competency]
    _levels: Mapping[str, PositionLevel]
    _positions: Mapping[str, Position]
    _policies: Mapping[str, ScoringPolicy]
    _echelons: Mapping[tuple[str, str | None], PositionLevel]
    _standards: Mapping[str, Standard | None]
    _trainings: Mapping[str, LeadershipTraining]
    _activity_types: Mapping[str, DevelopmentActivityType]

    def __init__(
        self,
        info: DictionaryInfo,
        files: tuple[FileProvenance, ...],
        competencies: tuple[Competency, ...],
        position_levels: tuple[PositionLevel, ...],
        positions: tuple[Position, ...],
        policies: tuple[ScoringPolicy, ...],
        content_hash: str,
        training_policy: TrainingPolicy | None = None,
        leadership_trainings: tuple[LeadershipTraining, ...] = (),
        development_activity_types: tuple[DevelopmentActivityType, ...] = (),
        development_activities: tuple[DevelopmentActivity, ...] = (),
        talent_policy: TalentPolicy | None = None,
    ) -> None:
        set_ = object.__setattr__  # ``Dictionary.__setattr__`` refuses every assignment
        files, competencies, policies = tuple(files), tuple(competencies), tuple(policies)
        position_levels, positions = tuple(position_levels), tuple(positions)
        leadership_trainings = tuple(leadership_trainings)
        development_activity_types = tuple(development_activity_types)
        development_activities = tuple(development_activities)
        # What the dictionary is made from: what it pickles as.
        set_(
            self,
            "_source",
            (
                info,
                files,
                competencies,
                position_levels,
                positions,
                policies,
                content_hash,
                training_policy,
                leadership_trainings,
                development_activity_types,
                development_activities,
                talent_policy,
            ),
        )
        set_(self, "training_policy", training_policy)
        set_(self, "leadership_trainings", leadership_trainings)
        set_(self, "development_activity_types", development_activity_types)
        set_(self, "development_activities", development_activities)
        set_(self, "talent_policy", talent_policy)
        set_(
            self,
            "_trainings",
            _index(
                (t, (t.code, t.name, t.name_en, *t.former_names, *t.aliases))
                for t in leadership_trainings
            ),
        )
        set_(
            self,
            "_activity_types",
            _index((t, (t.code, t.name, t.name_en)) for t in development_activity_types),
        )
        set_(self, "info", info)
        set_(self, "files", files)
        set_(self, "content_hash", content_hash)
        set_(self, "competencies", competencies)
        set_(self, "policies", policies)
        set_(
            self,
            "national_codes",
            tuple(c.code for c in competencies if c.group in NATIONAL_GROUPS),
        )
        set_(
            self,
            "_competencies",
            _index(
                (c, (c.code, c.official_code, c.name, c.name_en, *c.aliases)) for c in competencies
            ),
        )
        set_(self, "_policies", _index((p, (p.code, p.name, p.name_en)) for p in policies))
        # Standards are resolved first (a position's builds on its level's), then the
        # records are handed out as copies that know their standard and the competency
        # keys, so that ``level.required_level("Integritas")`` works on the record itself.
        standards: dict[str, Standard | None] = {}
        for level in position_levels:
            standards[level.code] = self._level_standard(level)
        by_code = {normalise_key(level.code): level for level in position_levels}
        for position in positions:
            level = by_code[normalise_key(position.position_level)]
            standards["position:" + position.code] = self._position_standard(
                position, level.code, standards.get(level.code)
            )
        set_(self, "_standards", FrozenMap(standards))
        names = FrozenMap((key, c.code) for key, c in self._competencies.items())
        set_(
            self,
            "position_levels",
            tuple(level.with_standard(standards[level.code], names) for level in position_levels),
        )
        set_(
            self,
            "positions",
            tuple(p.with_standard(standards["position:" + p.code], names) for p in positions),
        )
        set_(
            self, "_levels", _index((p, (p.code, p.name, p.name_en)) for p in self.position_levels)
        )
        set_(self, "_positions", _index((p, (p.code, p.name)) for p in self.positions))
        set_(self, "_echelons", self._echelon_table(self.position_levels))
        set_(
            self,
            "echelon_conditions",
            tuple(sorted({c.condition for p in position_levels for c in p.conditional_echelons})),
        )

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Dictionary is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Dictionary is immutable: cannot delete {name!r}")

    def __reduce__(self) -> tuple[Any, ...]:
        # The constructor and its arguments: the indexes and standards are rebuilt on
        # unpickling, which keeps the pickle small.
        return (type(self), self._source)

    def __copy__(self) -> Dictionary:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Dictionary:
        return self

    # --- identity ----------------------------------------------------------------------
    @property
    def id(self) -> str:
        """The dictionary id (of the last file in the chain)."""
        return self.info.id

    @property
    def version(self) -> str:
        """The dictionary version (of the last file in the chain)."""
        return self.info.version

    def __repr__(self) -> str:
        return (
            f"<Dictionary {self.info.id} {self.info.version}: "
            f"{len(self.competencies)} competencies, {len(self.position_levels)} "
            f"position levels, {len(self.positions)} positions>"
        )

    # --- competencies --------------------------------------------------------------------
    def find_competency(self, key: object) -> Competency | None:
        """The competency with this code, official code, name or alias; else ``None``."""
        return _find(self._competencies, key)

    def get_competency(self, key: object) -> Competency:
        """Like :meth:`find_competency`, but raises :class:`UnknownCompetencyError`."""
        found = self.find_competency(key)
        if found is None:
            raise UnknownCompetencyError.from_code(
                "unknown-competency", key=key, suggestion=_suggestion(self._competencies, key)
            )
        return found

    def is_valid_competency(self, key: object) -> bool:
        """Whether ``key`` names a competency; never raises."""
        return self.find_competency(key) is not None

    # --- position levels -----------------------------------------------------------------
    def find_position_level(self, key: object) -> PositionLevel | None:
        """The position level with this code or name; else ``None``."""
        return _find(self._levels, key)

    def get_position_level(self, key: object) -> PositionLevel:
        """Like :meth:`find_position_level`, but raises :class:`UnknownPositionLevelError`."""
        found = self.find_position_level(key)
        if found is None:
            raise UnknownPositionLevelError.from_code(
                "unknown-position-level", key=key, suggestion=_suggestion(self._levels, key)
            )
        return found

    def is_valid_position_level(self, key: object) -> bool:
        """Whether ``key`` names a position level; never raises."""
        return self.find_position_level(key) is not None

    def get_position_level_for_echelon(
        self, echelon: object, *, condition: str | None = None
    ) -> PositionLevel:
        """The position level that an echelon is equivalent to (UU 5/2014 Pasal 131).

        Accepts "II.a", "IIa", "II/a", "2a", "eselon II.a", "Eselon: II", "Ⅱ.a" (see
        :mod:`kamus_kompetensi.echelons`) and a bare tier "II" when both of its sub-levels
        map to one level. "non eselon", "fungsional umum" and "pelaksana" resolve to the
        level that V.a and V.b map to (Jabatan Pelaksana in the national dictionary).

        ``condition`` selects a conditional mapping, e.g. ``condition="kepala_lpnk"`` maps
        I.a to JPT Utama. A condition is never ignored: one the dictionary does not know
        raises with code ``unknown-condition``, and one given with an echelon it does not
        apply to (``kepala_lpnk`` with II.a, with I.b, or with a bare "I" that includes
        I.b) with code ``condition-not-applicable``. Raises :class:`UnknownEchelonError`.
        """
        parsed = parse_echelon(echelon)
        if parsed is None:
            raise UnknownEchelonError.from_code("unknown-echelon", key=echelon)
        expanded = parsed.expand()
        if condition is not None:
            if condition not in self.echelon_conditions:
                # Falling back to the plain mapping would let a typo pick the wrong standard.
                allowed = ", ".join(self.echelon_conditions) or "-"
                raise UnknownEchelonError.from_code(
                    "unknown-condition", key=condition, allowed=allowed
                )
            if parsed.non_echelon or any(
                (str(e), condition) not in self._echelons for e in expanded
            ):
                # Ignoring it would hand back a standard the caller did not ask for.
                raise self._condition_not_applicable(condition, echelon)
        options: dict[str, PositionLevel] = {}
        for one in expanded:
            level = self._echelons.get((str(one), condition))
            if level is None:
                raise UnknownEchelonError.from_code("unknown-echelon", key=echelon)
            options[level.code] = level
        if len(options) > 1:
            raise UnknownEchelonError.from_code(
                "ambiguous-echelon", key=echelon, options=", ".join(options)
            )
        return next(iter(options.values()))

    def find_position_level_for_echelon(
        self, echelon: object, *, condition: str | None = None
    ) -> PositionLevel | None:
        """Like :meth:`get_position_level_for_echelon`, but ``None`` instead of raising."""
        try:
            return self.get_position_level_for_echelon(echelon, condition=condition)
        except KamusError:
            return None

    def is_valid_echelon(self, echelon: object, *, condition: str | None = None) -> bool:
        """Whether ``echelon`` maps to a position level; never raises."""
        return self.find_position_level_for_echelon(echelon, condition=condition) is not None

    def _condition_not_applicable(self, condition: str, key: object) -> KamusError:
        """The ``condition-not-applicable`` error, naming the echelons ``condition`` is for.

        Also used by the batch row path for a position level given with a condition.
        """
        applies = dict.fromkeys(e for e, c in self._echelons if c == condition)
        return UnknownEchelonError.from_code(
            "condition-not-applicable",
            condition=condition,
            key=key,
            applies_to=", ".join(applies) or "-",
        )

    @staticmethod
    def _echelon_table(
        levels: Iterable[PositionLevel],
    ) -> Mapping[tuple[str, str | None], PositionLevel]:
        table: dict[tuple[str, str | None], PositionLevel] = {}
        for level in levels:
            for text in level.echelons:
                parsed = parse_echelon(text)
                if parsed is not None:
                    table[(str(parsed), None)] = level
            for cond in level.conditional_echelons:
                parsed = parse_echelon(cond.echelon)
                if parsed is not None:
                    table[(str(parsed), cond.condition)] = level
        return FrozenMap(table)

    # --- positions -----------------------------------------------------------------------
    def find_position(self, key: object) -> Position | None:
        """The named position (jabatan) with this code or name; else ``None``."""
        return _find(self._positions, key)

    def get_position(self, key: object) -> Position:
        """Like :meth:`find_position`, but raises :class:`UnknownPositionError`."""
        found = self.find_position(key)
        if found is None:
            raise UnknownPositionError.from_code(
                "unknown-position", key=key, suggestion=_suggestion(self._positions, key)
            )
        return found

    def is_valid_position(self, key: object) -> bool:
        """Whether ``key`` names a position; never raises."""
        return self.find_position(key) is not None

    # --- policies ------------------------------------------------------------------------
    def find_policy(self, key: object) -> ScoringPolicy | None:
        """The scoring policy with this code or name; else ``None``."""
        return _find(self._policies, key)

    def get_policy(self, key: object) -> ScoringPolicy:
        """Like :meth:`find_policy`, but raises :class:`UnknownPolicyError` (with the
        closest policy code as a suggestion, and every code as the choices)."""
        found = self.find_policy(key)
        if found is None:
            allowed = ", ".join(p.code for p in self.policies)
            raise UnknownPolicyError.from_code(
                "unknown-policy",
                key=key,
                allowed=allowed,
                suggestion=_suggestion(self._policies, key),
            )
        return found

    def is_valid_policy(self, key: object) -> bool:
        """Whether ``key`` names a policy; never raises."""
        return self.find_policy(key) is not None

    # --- competency development ------------------------------------------------------------
    def find_leadership_training(self, key: object) -> LeadershipTraining | None:
        """The leadership training with this code, name, English name, former name
        ("Diklatpim Tingkat II") or alias; else ``None``."""
        return _find(self._trainings, key)

    def get_leadership_training(self, key: object) -> LeadershipTraining:
        """Like :meth:`find_leadership_training`, but raises :class:`UnknownCodeError`."""
        found = self.find_leadership_training(key)
        if found is None:
            raise UnknownCodeError.from_code(
                "unknown-leadership-training",
                key=key,
                suggestion=_suggestion(self._trainings, key),
            )
        return found

    def leadership_training_for(self, position_level: object) -> LeadershipTraining | None:
        """The leadership training of a position level (code or name), or ``None`` when the
        level has none (or is not a level of the dictionary)."""
        level = self.find_position_level(position_level)
        if level is None:
            return None
        return next((t for t in self.leadership_trainings if t.position_level == level.code), None)

    def find_development_activity_type(self, key: object) -> DevelopmentActivityType | None:
        """The development activity type with this code or name; else ``None``."""
        return _find(self._activity_types, key)

    def development_activities_for(
        self, competency_code: object, current_hundredths: int, target_level: int
    ) -> tuple[DevelopmentActivity, ...]:
        """The catalogue's activities for raising ``competency_code`` (any key form) from the
        attained level ``current_hundredths`` (hundredths of a level: 250 is 2.5) to
        ``target_level`` (1–5), in catalogue order.

        The levels still to reach are the whole levels above the attained one, up to the
        target: from ``current_hundredths // 100 + 1`` to ``target_level`` (2.5 → 4: levels
        3 and 4). An activity is suggested when its ``from_level``–``to_level`` range shares
        a level with them. Nothing is left to reach (an empty tuple) when the attained
        level is at or above the target.

        Raises :class:`UnknownCompetencyError` for an unknown competency and
        :class:`~kamus_kompetensi.errors.InputError` (code ``development-level-invalid``)
        when ``current_hundredths`` is not a whole number ≥ 0 or ``target_level`` not a
        whole number 1–5.
        """
        code = self.get_competency(competency_code).code
        for name, value, low, high in (
            ("current_hundredths", current_hundredths, 0, None),
            ("target_level", target_level, 1, 5),
        ):
            if (
                isinstance(value, bool)
                or not isinstance(value, int)
                or value < low
                or (high is not None and value > high)
            ):
                raise InputError.from_code(
                    "development-level-invalid", name=name, value=repr(value)[:40]
                )
        lowest = current_hundredths // 100 + 1
        if lowest > target_level:
            return ()
        return tuple(
            a
            for a in self.development_activities
            if a.competency == code and a.covers(lowest, target_level)
        )

    # --- standards -----------------------------------------------------------------------
    @property
    def standards(self) -> tuple[Standard, ...]:
        """Every standard the dictionary defines: the position levels that have one, then
        the named positions, in file order."""
        records = (*self.position_levels, *self.positions)
        return tuple(record.standard for record in records if record.has_standard)

    def get_standard(self, target: PositionLevel | Position | str) -> Standard:
        """The resolved standard of a position level or a named position.

        A string is looked up as a position first, then as a position level. Raises
        :class:`StandardNotDefinedError` for a level with no standard (functional levels of
        the national dictionary) and :class:`UnknownCodeError` for an unknown string.
        """
        if not isinstance(target, (str, PositionLevel, Position)):
            raise UnknownCodeError.from_code("unknown-position-level", key=target)
        if isinstance(target, str):
            found = self.find_position(target) or self.find_position_level(target)
            if found is None:
                raise UnknownCodeError.from_code(
                    "unknown-position-level",
                    key=target,
                    suggestion=_suggestion(self._levels, target),
                )
            target = found
        key = "position:" + target.code if isinstance(target, Position) else target.code
        if key not in self._standards:
            raise UnknownCodeError.from_code("unknown-position-level", key=target.code)
        standard = self._standards[key]
        if standard is None:
            raise StandardNotDefinedError.from_code("standard-not-defined", code=target.code)
        return standard

    def find_standard(self, target: object) -> Standard | None:
        """Like :meth:`get_standard`, but ``None`` instead of raising."""
        try:
            return self.get_standard(target)  # type: ignore[arg-type]
        except KamusError:
            return None

    def required_level(self, target: PositionLevel | Position | str, competency: object) -> int:
        """Required level of ``competency`` (any key form) for a level or position."""
        return self.get_standard(target).required_level(self.get_competency(competency).code)

    def _ordered(self, levels: Mapping[str, int]) -> FrozenMap[str, int]:
        return FrozenMap((c.code, levels[c.code]) for c in self.competencies if c.code in levels)

    def _apply(self, base: Mapping[str, int], required: Mapping[str, int]) -> dict[str, int]:
        result = dict(base)
        if "default" in required:
            result.update(dict.fromkeys(self.national_codes, required["default"]))
        result.update({k: v for k, v in required.items() if k != "default"})
        return result

    def _technical(self, levels: Mapping[str, int]) -> frozenset[str]:
        teknis = {c.code for c in self.competencies if c.group is CompetencyGroup.TEKNIS}
        return frozenset(code for code in levels if code in teknis)

    def _level_standard(self, level: PositionLevel) -> Standard | None:
        if level.required is None:
            return None
        levels = self._ordered(self._apply({}, level.required))
        return Standard(level.code, level.name, level.code, levels, self._technical(levels))

    def _position_standard(
        self, position: Position, level_code: str, base: Standard | None
    ) -> Standard:
        levels = self._apply(base.levels if base else {}, position.required)
        ordered = self._ordered(levels)
        return Standard(position.code, position.name, level_code, ordered, self._technical(ordered))


def dictionary_or_national(dictionary: object) -> Dictionary:
    """A library function's ``dictionary`` argument: the shipped national dictionary for
    ``None``, else a :class:`Dictionary` or :class:`~kamus_kompetensi.errors.InputError`
    ``invalid-argument`` at once (not an ``AttributeError`` deep inside the run)."""
    if dictionary is None:
        from kamus_kompetensi.loader import load_dictionary

        return load_dictionary()
    if not isinstance(dictionary, Dictionary):
        raise InputError.from_code(
            "invalid-argument", name="dictionary", value=type(dictionary).__name__
        )
    return dictionary
