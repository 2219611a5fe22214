"""Which structural leadership trainings a cell of ``pelatihan_kepemimpinan`` says were done.

Assessors' files spell the same training many ways: "PKN II", "PKN Tk. II", "PKN Tingkat
II", "Diklatpim II", "Diklat PIM Tk.III", "PKA", "Pelatihan Kepemimpinan Pengawas", often
several in one cell separated by commas or semicolons, sometimes with the year or the
batch ("PKA 2019", "PKN II Angkatan XXXIV"). Each spelling is reduced to one *canonical
key* ("PKN II", "DIKLATPIM III", "PKA"): long names become their acronym, "Tk.",
"Tkt." and "Tingkat" go, Arabic tiers become Roman.

The keys are matched against the dictionary's own data: each training's code, name,
English name, ``former_names`` and ``aliases`` are reduced the same way, so "Diklatpim
IV" counts as PKP because the dictionary lists it as PKP's former name, not because this
module says so. A fragment that matches nothing is returned as unknown (the plan turns it
into a row warning), never dropped.

Coverage (a decision of this library, documented in ``docs/pengembangan-kompetensi.md``):
a completed training covers the training of its own position level and of every lower
structural level, the levels ordered as the dictionary lists them (JPT Madya before JPT
Pratama before Administrator before Pengawas). An official who finished PKN II and now
holds an Administrator post is not sent to PKA.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

from kamus_kompetensi.dictionary import Dictionary
from kamus_kompetensi.models import LeadershipTraining

#: Separators between trainings in one cell. "/" is included: "DIKLAT PIM TK.IV/PKP"
#: names one training twice, and both halves reduce to the same training.
_SPLIT = re.compile(r"[,;/\n+&]|\s(?:dan|and)\s", re.IGNORECASE)
#: Cells that say "none" rather than naming a training.
_NOTHING = frozenset(
    {"", "-", "--", "0", "belum", "belum ada", "tidak", "tidak ada", "none", "nihil"}
)
_PUNCTUATION = re.compile(r"[._()\[\]:'\"-]")
_NOISE = (
    re.compile(r"\bANGK(?:ATAN)?\s+\S+"),  # the batch: "Angkatan XXXIV", "Angk. 5"
    re.compile(r"\bTAHUN\s+\d{4}\b"),
    re.compile(r"\b(?:19|20)\d{2}\b"),  # the year it was taken
)
_LONG_NAMES = (
    (re.compile(r"\bPELATIHAN KEPEMIMPINAN NASIONAL\b"), "PKN"),
    (re.compile(r"\bPELATIHAN KEPEMIMPINAN ADMINISTRATOR\b"), "PKA"),
    (re.compile(r"\bPELATIHAN KEPEMIMPINAN PENGAWAS\b"), "PKP"),
    (re.compile(r"\b(?:PENDIDIKAN DAN PELATIHAN|DIKLAT) (?:KEPEMIMPINAN|PIM)\b"), "DIKLATPIM"),
    (re.compile(r"\bPIM\b"), "DIKLATPIM"),
)
_TIER_WORDS = re.compile(r"\b(?:TINGKAT|TKT|TK)\b")
_ARABIC = {"1": "I", "2": "II", "3": "III", "4": "IV"}
_DIGIT = re.compile(r"\b([1-4])\b")
_SPACES = re.compile(r"\s+")


def canonical(text: str) -> str:
    """A training's spelling reduced to its canonical key.

    >>> canonical("Diklat PIM Tk.III"), canonical("PKN Tingkat 2"), canonical("pka (2019)")
    ('DIKLATPIM III', 'PKN II', 'PKA')
    >>> canonical("Pelatihan Kepemimpinan Pengawas Angkatan XII")
    'PKP'
    """
    key = _PUNCTUATION.sub(" ", text.upper())
    for pattern in _NOISE:
        key = pattern.sub(" ", key)
    key = _SPACES.sub(" ", key).strip()
    for pattern, short in _LONG_NAMES:
        key = pattern.sub(short, key)
    key = _TIER_WORDS.sub(" ", key)
    key = _DIGIT.sub(lambda m: _ARABIC[m.group(1)], key)
    return _SPACES.sub(" ", key).strip()


class Completed(NamedTuple):
    """What a cell says: the training codes it names, and the fragments it could not read."""

    codes: tuple[str, ...]
    unknown: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Trainings:
    """The dictionary's leadership trainings as a run reads them, built once when it starts:
    every name's canonical key → training code, and each training's rank (the place of
    its position level in the dictionary, 0 = highest; none when the level is not one of
    the dictionary's)."""

    names: Mapping[str, str]
    ranks: Mapping[str, int]

    @classmethod
    def of(cls, dictionary: Dictionary) -> Trainings:
        """The trainings of ``dictionary``."""
        names: dict[str, str] = {}
        for training in trainings_of(dictionary):
            spellings = (
                training.code.replace("_", " "),
                training.name,
                training.name_en,
                *training.former_names,
                *training.aliases,
            )
            for name in spellings:
                if name:
                    names.setdefault(canonical(name), training.code)
        order = [level.code for level in dictionary.position_levels]
        ranks: dict[str, int] = {}
        for training in trainings_of(dictionary):
            if training.position_level in order:
                ranks.setdefault(training.code, order.index(training.position_level))
        return cls(MappingProxyType(names), MappingProxyType(ranks))

    def parse(self, text: str | None) -> Completed:
        """The trainings a ``pelatihan_kepemimpinan`` cell names, in the order written."""
        if text is None:
            return Completed((), ())
        codes: list[str] = []
        unknown: list[str] = []
        for fragment in _SPLIT.split(text):
            shown = _SPACES.sub(" ", fragment).strip()
            if shown.casefold() in _NOTHING:
                continue
            code = self.names.get(canonical(shown))
            if code is None:
                unknown.append(shown)
            elif code not in codes:
                codes.append(code)
        return Completed(tuple(codes), tuple(unknown))

    def covers(self, completed: tuple[str, ...], required: str) -> bool:
        """Whether the completed trainings cover ``required``: the same one, or one of a
        higher position level (see the module docstring)."""
        if required in completed:
            return True
        needed = self.ranks.get(required)
        if needed is None:
            return False
        ranks = (self.ranks.get(code) for code in completed)
        return any(rank is not None and rank <= needed for rank in ranks)


def trainings_of(dictionary: Dictionary) -> tuple[LeadershipTraining, ...]:
    """The dictionary's leadership trainings (in file order)."""
    return dictionary.leadership_trainings


def parse_completed(text: str | None, dictionary: Dictionary) -> Completed:
    """The trainings a ``pelatihan_kepemimpinan`` cell names, for one cell (a plan run
    reads every row with one :class:`Trainings`).

    >>> import kamus_kompetensi as kk
    >>> parse_completed("Diklatpim IV; PKA 2019, kursus x", kk.load_dictionary())
    Completed(codes=('pkp', 'pka'), unknown=('kursus x',))
    """
    return Trainings.of(dictionary).parse(text)


def covers(completed: tuple[str, ...], required: str, dictionary: Dictionary) -> bool:
    """:meth:`Trainings.covers` for one question."""
    return Trainings.of(dictionary).covers(completed, required)


def training_for(dictionary: Dictionary, position_level: str) -> LeadershipTraining | None:
    """The leadership training of a position level, or ``None`` (functional and
    pelaksana levels have none)."""
    return dictionary.leadership_training_for(position_level)


__all__ = [
    "Completed",
    "Trainings",
    "canonical",
    "covers",
    "parse_completed",
    "training_for",
    "trainings_of",
]
