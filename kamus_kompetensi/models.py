"""Frozen pydantic models of a dictionary file: the shape of the YAML, nothing more.

Field names equal the YAML keys. Sequences are tuples and mappings are
:class:`~kamus_kompetensi.frozen.FrozenMap`, so a loaded dictionary cannot be changed by
accident, and every model pickles. Cross-record rules (unique codes, references, band
order) live in :mod:`kamus_kompetensi.integrity`; lookups live in
:mod:`kamus_kompetensi.dictionary`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Annotated, Any, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PlainSerializer, PrivateAttr

from kamus_kompetensi.frozen import FrozenMap
from kamus_kompetensi.keys import normalise_key

Code = Annotated[
    str,
    Field(
        pattern=r"^[a-z][a-z0-9_]*$",
        min_length=1,
        max_length=80,
        description="Stable identifier: lower-case ASCII letters, digits and underscores.",
    ),
]


def _nfc(text: str) -> str:
    """Text in Unicode normal form C: "é" typed as e + combining accent is one "é"."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)


Text = Annotated[str, Field(min_length=1), AfterValidator(_nfc)]
#: An official code: ASCII letters and digits in parts joined by single dots or hyphens,
#: starting with a letter (``M.01``, ``SK.1``, ``T.KKP.01``). Nothing else, so it can never
#: be a spreadsheet formula (``=1+1``) or a look-alike in another script (Cyrillic ``М.01``).
OFFICIAL_CODE_PATTERN = r"^[A-Za-z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*$"
LevelNumber = Annotated[int, Field(ge=1, le=5)]


class _Frozen(BaseModel):
    # defer_build: the validators are built on first use, in one pass for the whole
    # document, instead of one by one at import (roughly halves ``import kamus_kompetensi``).
    model_config = ConfigDict(
        frozen=True, extra="forbid", str_strip_whitespace=True, defer_build=True
    )


class StrEnum(str, Enum):
    """String enum whose ``str()`` is its value (Python 3.10 lacks ``enum.StrEnum``)."""

    def __str__(self) -> str:
        return str(self.value)


class Confidence(StrEnum):
    """How sure we are that a fact matches the regulation (scale of ``shared/reference``)."""

    TINGGI = "tinggi"
    SEDANG_TINGGI = "sedang_tinggi"
    SEDANG = "sedang"
    RENDAH_SEDANG = "rendah_sedang"
    RENDAH = "rendah"


class Source(_Frozen):
    """Where a fact comes from: the regulation, the part of it, and our confidence."""

    regulation: Text = Field(
        description="Regulation, e.g. 'Peraturan Menteri PANRB Nomor 38 Tahun 2017'."
    )
    part: Text | None = Field(default=None, description="Article, annex or table.")
    confidence: Confidence = Field(
        description="tinggi, sedang_tinggi, sedang, rendah_sedang or rendah."
    )
    note: Text | None = Field(default=None, description="What the fact rests on.")


class DictionaryStatus(StrEnum):
    """Whether a file is a dictionary in use or a template to copy from."""

    IN_USE = "in_use"
    TEMPLATE = "template"


class DictionaryInfo(_Frozen):
    """The dictionary's identity; ``id`` and ``version`` go into every result's provenance."""

    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$", max_length=80)]
    title: Text
    version: Annotated[
        str, Field(min_length=1, max_length=40, description='Quote it in YAML: "2026.1".')
    ]
    legal_basis: Text | None = None
    language: Literal["id", "en"] = "id"
    description: Text | None = None
    status: DictionaryStatus = Field(
        default=DictionaryStatus.IN_USE,
        description="'template' for a starter file to copy from: its placeholder texts are "
        "not reported. 'in_use' (the default) for a dictionary in use.",
    )


class Indicator(_Frozen):
    """A behavioural indicator, numbered ``level.n`` as in the regulation."""

    code: Annotated[str, Field(pattern=r"^[1-5]\.[1-9][0-9]*$", description="'3.1' etc.")]
    text: Text


class Level(_Frozen):
    """One proficiency level (1–5) of a competency."""

    level: LevelNumber
    description: Text
    confidence: Confidence | None = Field(
        default=None, description="Overrides the competency's confidence."
    )
    note: Text | None = None
    indicators: tuple[Indicator, ...] = Field(min_length=1)


class CompetencyGroup(StrEnum):
    """The three kinds of competency of UU 5/2014 Pasal 69(3)."""

    MANAJERIAL = "manajerial"
    SOSIAL_KULTURAL = "sosial_kultural"
    TEKNIS = "teknis"


#: The groups of the national standard: what a ``default`` requirement applies to.
NATIONAL_GROUPS = frozenset({CompetencyGroup.MANAJERIAL, CompetencyGroup.SOSIAL_KULTURAL})


class Competency(_Frozen):
    """A competency with its definition and its five levels."""

    code: Code
    official_code: (
        Annotated[
            str,
            Field(
                min_length=1,
                max_length=40,
                pattern=OFFICIAL_CODE_PATTERN,
                description="Code in the regulation: letters and digits, parts joined by '.' "
                "or '-', starting with a letter (M.01, SK.1, T.KKP.01).",
            ),
        ]
        | None
    ) = None
    name: Text
    name_en: Text | None = None
    aliases: tuple[Text, ...] = Field(default=(), description="Other spellings users type.")
    group: CompetencyGroup
    definition: Text
    source: Source | None = None
    levels: tuple[Level, ...] = Field(min_length=1)

    def level(self, number: int) -> Level:
        """The level numbered ``number``; :class:`LookupError` subclass if absent."""
        from kamus_kompetensi.errors import UnknownCodeError

        for item in self.levels:
            if item.level == number:
                return item
        raise UnknownCodeError.from_code("unknown-level", code=self.code, level=number)


class PositionKind(StrEnum):
    """Kind of position level."""

    STRUKTURAL = "struktural"
    FUNGSIONAL = "fungsional"
    PELAKSANA = "pelaksana"


class ConditionalEchelon(_Frozen):
    """An echelon that maps here only under a named condition (e.g. head of an LPNK)."""

    echelon: Text
    condition: Code
    description: Text


@dataclass(frozen=True, eq=False)
class Standard:
    """The required level per competency for a position level or a position.

    ``levels`` (a :class:`~kamus_kompetensi.frozen.FrozenMap`) is ordered as the dictionary
    lists competencies. ``codes``, ``required`` and ``total`` are the same standard as
    plain vectors, computed once when the standard is made: ``codes[i]`` requires level
    ``required[i]``, and ``total`` (the JPM denominator) is their sum.

    Standards compare and hash by value, over ``code``, ``name``, ``position_level``,
    ``codes`` and ``required`` (``levels`` and ``total`` follow from those), so the
    standards of an unpickled dictionary equal the original's. The hash is computed once.
    """

    code: str
    name: str
    position_level: str
    levels: Mapping[str, int]
    technical: frozenset[str] = frozenset()
    """Codes of the standard's technical (``teknis``) competencies: what a policy's group
    weights tell apart from the managerial and socio-cultural ones."""
    codes: tuple[str, ...] = field(init=False, repr=False)
    required: tuple[int, ...] = field(init=False, repr=False)
    total: int = field(init=False, repr=False)
    _hash: int = field(init=False, repr=False)

    def __post_init__(self) -> None:
        levels = self.levels if isinstance(self.levels, FrozenMap) else FrozenMap(self.levels)
        required = tuple(levels.values())
        set_ = object.__setattr__
        set_(self, "levels", levels)
        set_(self, "codes", tuple(levels))
        set_(self, "required", required)
        set_(self, "total", sum(required))
        set_(self, "_hash", hash(self._key()))

    def _key(self) -> tuple[str, str, str, tuple[str, ...], tuple[int, ...], frozenset[str]]:
        return (
            self.code,
            self.name,
            self.position_level,
            self.codes,
            self.required,
            self.technical,
        )

    def __eq__(self, other: object) -> bool:
        if self is other:
            return True
        if not isinstance(other, Standard):
            return NotImplemented
        return self._hash == other._hash and self._key() == other._key()

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self) -> tuple[Any, ...]:
        # Only the constructor's arguments: the vectors are rebuilt and the hash (string
        # hashes differ between processes) recomputed.
        return (
            Standard,
            (self.code, self.name, self.position_level, self.levels, self.technical),
        )

    def required_level(self, code: str) -> int:
        """Required level for a competency code of this standard."""
        from kamus_kompetensi.errors import UnknownCompetencyError

        try:
            return self.levels[code]
        except KeyError:
            raise UnknownCompetencyError.from_code(
                "not-in-standard", key=code, code=self.code
            ) from None


class _HasStandard(_Frozen):
    """A record whose standard the dictionary resolves and attaches after loading."""

    _standard: Standard | None = PrivateAttr(default=None)
    # Every normalised competency key of the dictionary (code, official code, names,
    # aliases) → competency code; one table shared by all records of a dictionary.
    _names: Mapping[str, str] | None = PrivateAttr(default=None)

    def with_standard(self: _S, standard: Standard | None, names: Mapping[str, str]) -> _S:
        """A copy that knows its resolved standard and the dictionary's competency keys
        (``names``: normalised key → code), made by the dictionary."""
        copy = self.model_copy()
        copy._standard = standard
        copy._names = names
        return copy

    @property
    def standard(self) -> Standard:
        """The resolved standard; raises :class:`StandardNotDefinedError` when there is none."""
        from kamus_kompetensi.errors import StandardNotDefinedError

        if self._standard is None:
            code = getattr(self, "code", "?")
            raise StandardNotDefinedError.from_code("standard-not-defined", code=code)
        return self._standard

    @property
    def has_standard(self) -> bool:
        """Whether a standard is defined (functional levels of the national data: no)."""
        return self._standard is not None

    def required_level(self, competency: object) -> int:
        """Required level of a competency (code, official code or name)."""
        from kamus_kompetensi.errors import UnknownCompetencyError

        standard = self.standard
        if self._names is None:  # a record made by hand, not handed out by a dictionary
            return standard.required_level(str(competency))
        code = self._names.get(normalise_key(competency)) if isinstance(competency, str) else None
        if code is None:
            raise UnknownCompetencyError.from_code("unknown-competency", key=competency)
        return standard.required_level(code)


_S = TypeVar("_S", bound=_HasStandard)


Required = Annotated[
    Mapping[str, LevelNumber],
    Field(
        description="Required level per competency code; the key 'default' applies to every "
        "managerial and socio-cultural competency not named."
    ),
    # Validated as a mapping (so the JSON Schema is an object of levels), kept frozen,
    # dumped as a plain dict.
    AfterValidator(FrozenMap),
    PlainSerializer(dict, return_type=dict[str, int]),
]


class PositionLevel(_HasStandard):
    """A position level (jenjang jabatan) and, where the regulation sets one, its standard."""

    code: Code
    name: Text
    name_en: Text | None = None
    kind: PositionKind
    echelons: tuple[Text, ...] = ()
    conditional_echelons: tuple[ConditionalEchelon, ...] = ()
    required: Required | None = Field(
        default=None, description="Absent for levels whose standard the agency sets."
    )
    source: Source | None = None
    note: Text | None = None


class Position(_HasStandard):
    """A named position (jabatan) of an agency, with its own requirements."""

    code: Code
    name: Text
    position_level: Code
    required: Required = Field(default_factory=FrozenMap)
    unit: Text | None = None
    note: Text | None = None
    source: Source | None = None


class Band(_Frozen):
    """A category of a scoring policy: JPM at or above ``min`` (inclusive)."""

    code: Code
    name: Text
    name_en: Text | None = None
    short: Annotated[str, Field(min_length=1, max_length=8)] | None = None
    min: Annotated[Decimal, Field(ge=0, le=1000)]


class Cap(StrEnum):
    """How attained levels above the requirement count toward JPM."""

    NONE = "none"
    COMPETENCY = "competency"
    TOTAL = "total"


class RoundingMode(StrEnum):
    """Rounding of the shown JPM."""

    HALF_UP = "half_up"
    HALF_EVEN = "half_even"
    DOWN = "down"


class Rounding(_Frozen):
    """How JPM is rounded before it is shown and banded."""

    places: Annotated[int, Field(ge=0, le=6)] = 2
    mode: RoundingMode = RoundingMode.HALF_UP


class MissingScores(StrEnum):
    """What a missing score for a competency of the standard means."""

    ERROR = "error"
    ZERO = "zero"


class BandOn(StrEnum):
    """Which JPM the band is decided on."""

    ROUNDED = "rounded"
    EXACT = "exact"


Weight = Annotated[int, Field(ge=0, le=100)]


class GroupWeights(_Frozen):
    """How much the technical and the managerial–socio-cultural results weigh in JPM, for
    some position levels (or, with no ``position_levels``, for every level not named in
    another entry)."""

    position_levels: tuple[Code, ...] = Field(
        default=(), description="Position levels these weights apply to; empty: all others."
    )
    manajerial_sosial_kultural: Weight = Field(
        description="Weight (percent) of the managerial and socio-cultural competencies."
    )
    teknis: Weight = Field(description="Weight (percent) of the technical competencies.")


class LevelBands(_Frozen):
    """Bands that replace the policy's own for some position levels."""

    position_levels: tuple[Code, ...] = Field(min_length=1)
    bands: tuple[Band, ...] = Field(min_length=1)


class ScoringPolicy(_Frozen):
    """Bands, cap, rounding and missing-score rule used to categorise JPM; optionally group
    weights and bands of their own for some position levels."""

    code: Code
    name: Text
    name_en: Text | None = None
    description: Text | None = None
    bands: tuple[Band, ...] = Field(min_length=1)
    bands_by_position_level: tuple[LevelBands, ...] = Field(
        default=(), description="Other bands for the position levels each entry names."
    )
    band_on: BandOn = Field(
        default=BandOn.ROUNDED,
        description="Decide the band on the shown, rounded JPM (default) or the exact one.",
    )
    weights: tuple[GroupWeights, ...] = Field(
        default=(),
        description="Group weights per position level; none: JPM is unweighted (Σ ÷ Σ).",
    )
    cap: Cap = Cap.NONE
    missing: MissingScores = MissingScores.ERROR
    rounding: Rounding = Field(default_factory=Rounding)
    source: Source | None = None

    def bands_for(self, position_level: str) -> tuple[Band, ...]:
        """The bands that apply to a position level (its own, else the policy's)."""
        for entry in self.bands_by_position_level:
            if position_level in entry.position_levels:
                return entry.bands
        return self.bands

    def weights_for(self, position_level: str) -> GroupWeights | None:
        """The group weights that apply to a position level, or ``None`` (unweighted)."""
        fallback = None
        for entry in self.weights:
            if position_level in entry.position_levels:
                return entry
            if not entry.position_levels:
                fallback = entry
        return fallback

    def band_for(self, jpm: Decimal) -> Band:
        """The band whose inclusive lower bound is the highest one not above ``jpm``.

        ``jpm`` is a finite :class:`~decimal.Decimal` (or int), the shown, rounded value;
        anything else raises :class:`~kamus_kompetensi.errors.ScoreError`.

        >>> from decimal import Decimal as D
        >>> p = ScoringPolicy(code="x", name="X", bands=(
        ...     Band(code="a", name="A", min=D(80)), Band(code="b", name="B", min=D(0))))
        >>> p.band_for(D("79.99")).code, p.band_for(D("80.00")).code
        ('b', 'a')
        """
        if (
            isinstance(jpm, bool)
            or not isinstance(jpm, (Decimal, int))
            or not Decimal(jpm).is_finite()
        ):
            from kamus_kompetensi.errors import Problem, ScoreError

            raise ScoreError([Problem.make("jpm-invalid", value=repr(jpm)[:40])])
        for band in self.bands:
            if jpm >= band.min:
                return band
        return self.bands[-1]


class DictionaryDocument(_Frozen):
    """One dictionary file as written: the root of the YAML."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        str_strip_whitespace=True,
        defer_build=True,
        json_schema_extra={
            "$id": "https://kamus-kompetensi.readthedocs.io/schema/kamus.json",
            "title": "kamus-kompetensi dictionary file",
        },
    )

    extends: Text | None = Field(
        default=None, description="'nasional' (the shipped dictionary) or a relative path."
    )
    dictionary: DictionaryInfo
    competencies: tuple[Competency, ...] = ()
    position_levels: tuple[PositionLevel, ...] = ()
    positions: tuple[Position, ...] = ()
    policies: tuple[ScoringPolicy, ...] = ()
