"""Frozen pydantic models of a dictionary file: the shape of the YAML, nothing more.

Field names equal the YAML keys. Sequences are tuples and mappings are
:class:`~kamus_kompetensi.frozen.FrozenMap`, so a loaded dictionary cannot be changed by
accident, and every model pickles. Cross-record rules (unique codes, references, band
order) live in :mod:`kamus_kompetensi.integrity`; lookups live in
:mod:`kamus_kompetensi.dictionary`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    PrivateAttr,
    model_validator,
)

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


# --- competency development (PP 11/2017 as amended by PP 17/2020, Pasal 203–206) ---------
class TrainingUnit(StrEnum):
    """The unit a training minimum is written in."""

    JP = "jp"
    """Jam pelajaran: a lesson hour of ``jp_minutes`` minutes."""
    JAM = "jam"
    """A clock hour of 60 minutes."""


#: A positive amount (JP or hours) as written; precision is checked by the integrity rules.
Amount = Annotated[Decimal, Field(gt=0, le=100000)]


class TrainingPolicyFields(_Frozen):
    """``training_policy`` as a file writes it. Every key is optional: a key an agency file
    leaves out keeps the value of the file it extends (see :class:`TrainingPolicy`)."""

    minimum: Amount | None = Field(
        default=None, description="Yearly minimum of competency development, in `unit`."
    )
    unit: TrainingUnit | None = Field(default=None, description="'jp' or 'jam' (60 minutes).")
    jp_minutes: Annotated[int, Field(ge=1, le=600)] | None = Field(
        default=None, description="Minutes in one JP (jam pelajaran)."
    )
    source: Source | None = Field(default=None, description="Basis of `minimum` and `unit`.")
    jp_minutes_source: Source | None = Field(default=None, description="Basis of `jp_minutes`.")


class TrainingPolicy(_Frozen):
    """The yearly minimum of competency development that applies to a dictionary.

    ``minimum`` has at most two decimals and is a whole number of minutes, so
    :attr:`minimum_minutes` is exact.

    >>> TrainingPolicy(minimum=Decimal(20), unit=TrainingUnit.JP, jp_minutes=45).minimum_minutes
    900
    >>> TrainingPolicy(minimum=Decimal(40), unit=TrainingUnit.JAM, jp_minutes=45).minimum_minutes
    2400
    """

    minimum: Amount
    unit: TrainingUnit
    jp_minutes: Annotated[int, Field(ge=1, le=600)]
    source: Source | None = None
    jp_minutes_source: Source | None = None

    @model_validator(mode="after")
    def _whole_minutes(self) -> TrainingPolicy:
        if minimum_minutes_of(self.minimum, self.unit, self.jp_minutes) is None:
            raise ValueError(
                f"minimum {self.minimum} {self.unit} is not a whole number of minutes "
                "with at most two decimals"
            )
        return self

    @property
    def unit_minutes(self) -> int:
        """Minutes in one unit of ``minimum``: ``jp_minutes`` for JP, 60 for hours."""
        return self.jp_minutes if self.unit is TrainingUnit.JP else 60

    @property
    def minimum_minutes(self) -> int:
        """The minimum in minutes, exactly (20 JP × 45 = 900; 40 jam = 2400)."""
        return int(self.minimum * self.unit_minutes)


def minimum_minutes_of(minimum: Decimal, unit: TrainingUnit, jp_minutes: int) -> int | None:
    """``minimum`` in minutes when it has at most two decimals and is a whole number of
    minutes; else ``None``.

    >>> minimum_minutes_of(Decimal("20.5"), TrainingUnit.JAM, 45)
    1230
    >>> minimum_minutes_of(Decimal("20.5"), TrainingUnit.JP, 45) is None  # 922.5 minutes
    True
    """
    if not minimum.is_finite() or minimum != minimum.quantize(Decimal("0.01")):
        return None
    minutes = minimum * (jp_minutes if unit is TrainingUnit.JP else 60)
    return int(minutes) if minutes == minutes.to_integral_value() else None


#: The keys of ``training_policy`` whose value needs a source of its own.
_SOURCED_BY = {"source": ("minimum", "unit"), "jp_minutes_source": ("jp_minutes",)}


def merge_training_policy(layers: Sequence[Any]) -> tuple[dict[str, Any], dict[str, int]]:
    """The ``training_policy`` of a chain from each file's (root first): every key takes
    the value of the last file that writes it, except that a source goes with the values it
    documents. A file that writes ``minimum`` or ``unit`` also sets ``source`` (to ``None``
    when it writes none: the parent's source does not document the new value); a file
    that writes ``jp_minutes`` does the same for ``jp_minutes_source``.

    Returns the merged values and, for each, the index of the layer it comes from.
    """
    values: dict[str, Any] = {}
    origin: dict[str, int] = {}
    for index, layer in enumerate(layers):
        for name in ("minimum", "unit", "jp_minutes"):
            if getattr(layer, name, None) is not None:
                values[name], origin[name] = getattr(layer, name), index
        for name, documents in _SOURCED_BY.items():
            own = getattr(layer, name, None)
            if own is not None or any(getattr(layer, k, None) is not None for k in documents):
                values[name], origin[name] = own, index
    return values, origin


class LeadershipTraining(_Frozen):
    """A structural leadership training (pelatihan struktural kepemimpinan) and the
    position level it prepares for."""

    code: Code
    name: Text
    name_en: Text | None = None
    position_level: Code = Field(description="Code of the position level it is for.")
    former_names: tuple[Text, ...] = Field(
        default=(), description="Names of the training it replaced (Diklatpim ...)."
    )
    aliases: tuple[Text, ...] = Field(default=(), description="Other spellings users type.")
    source: Source | None = None


class DevelopmentPath(StrEnum):
    """The two paths of competency development of the LAN regulation."""

    KLASIKAL = "klasikal"
    NONKLASIKAL = "nonklasikal"


class DevelopmentActivityType(_Frozen):
    """A kind of competency development activity (pelatihan klasikal, coaching, ...)."""

    code: Code
    name: Text
    name_en: Text | None = None
    path: DevelopmentPath
    source: Source | None = None


class DevelopmentActivity(_Frozen):
    """An activity of an agency's catalogue: what raises a competency over a level range."""

    competency: Code = Field(description="Code of the competency it develops.")
    from_level: LevelNumber = Field(default=1, description="Lowest level it is for.")
    to_level: LevelNumber = Field(default=5, description="Highest level it is for.")
    type: Code = Field(description="Code of a development activity type.")
    title: Text
    jp: Amount = Field(description="Length in JP.")
    source: Source | None = None

    def covers(self, lowest: int, highest: int) -> bool:
        """Whether the activity's level range overlaps ``lowest``..``highest``."""
        return self.from_level <= highest and self.to_level >= lowest


class TalentPotential(_Frozen):
    """A level of the talent grid's potential axis: JPM at or above ``min_jpm``."""

    code: Code
    name: Text
    name_en: Text | None = None
    min_jpm: Annotated[Decimal, Field(ge=0, le=1000)]


class TalentPerformance(_Frozen):
    """A level of the talent grid's performance axis and the ratings that place there."""

    code: Code
    name: Text
    name_en: Text | None = None
    ratings: tuple[Text, ...] = Field(
        min_length=1, description="Performance ratings (predikat kinerja) of this level."
    )


class TalentBox(_Frozen):
    """One box of the nine-box talent grid."""

    number: Annotated[int, Field(ge=1, le=9)]
    potential: Code
    performance: Code
    label: Text
    label_en: Text | None = None
    recommendation: Text
    recommendation_en: Text | None = None


class TalentPolicy(_Frozen):
    """The nine-box talent grid: potential from JPM, performance from the rating.

    Levels of both axes are listed from high to low.
    """

    potential: tuple[TalentPotential, ...] = Field(min_length=3, max_length=3)
    performance: tuple[TalentPerformance, ...] = Field(min_length=3, max_length=3)
    boxes: tuple[TalentBox, ...] = Field(min_length=9, max_length=9)
    succession_boxes: tuple[Annotated[int, Field(ge=1, le=9)], ...] = Field(
        default=(7, 8, 9), description="Boxes whose officials form the succession pool."
    )
    source: Source | None = None

    def potential_for(self, jpm: Decimal) -> TalentPotential:
        """The potential level whose inclusive lower bound is the highest one not above
        ``jpm`` (a finite :class:`~decimal.Decimal` or int; else
        :class:`~kamus_kompetensi.errors.ScoreError`)."""
        if (
            isinstance(jpm, bool)
            or not isinstance(jpm, (Decimal, int))
            or not Decimal(jpm).is_finite()
        ):
            from kamus_kompetensi.errors import Problem, ScoreError

            raise ScoreError([Problem.make("jpm-invalid", value=repr(jpm)[:40])])
        for level in self.potential:
            if jpm >= level.min_jpm:
                return level
        return self.potential[-1]

    def performance_for(self, rating: object) -> TalentPerformance | None:
        """The performance level of a rating ("Sangat Baik", "di atas ekspektasi"), matched
        case-, space-, hyphen- and underscore-insensitively; ``None`` when unknown or not
        text."""
        if not isinstance(rating, str) or not rating.strip():
            return None
        key = normalise_key(rating)
        for level in self.performance:
            if any(normalise_key(r) == key for r in level.ratings):
                return level
        return None

    def box(self, potential: str, performance: str) -> TalentBox:
        """The box of a potential and a performance level code; raises
        :class:`~kamus_kompetensi.errors.UnknownCodeError` for unknown codes."""
        for box in self.boxes:
            if box.potential == potential and box.performance == performance:
                return box
        from kamus_kompetensi.errors import UnknownCodeError

        raise UnknownCodeError.from_code(
            "unknown-talent-box", potential=repr(potential)[:40], performance=repr(performance)[:40]
        )

    def find_box(self, number: object) -> TalentBox | None:
        """The box numbered ``number`` (1–9), or ``None``."""
        return next((b for b in self.boxes if b.number == number), None)


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
    training_policy: TrainingPolicyFields | None = Field(
        default=None,
        description="Yearly minimum of competency development; keys left out keep the "
        "extended file's values.",
    )
    leadership_trainings: tuple[LeadershipTraining, ...] = Field(
        default=(),
        description="Leadership training per position level; replaces the extended file's list.",
    )
    development_activity_types: tuple[DevelopmentActivityType, ...] = Field(
        default=(), description="Kinds of development activity; replaces the extended file's list."
    )
    development_activities: tuple[DevelopmentActivity, ...] = Field(
        default=(),
        description="Catalogue of development activities per competency and "
        "level range; replaces the extended file's list.",
    )
    talent_policy: TalentPolicy | None = Field(
        default=None, description="The nine-box talent grid; replaces the extended file's."
    )
