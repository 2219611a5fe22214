"""Suggested activities for one competency and level range: the catalogue, or types only.

An agency dictionary may carry a catalogue of development activities (``development_
activities``: competency, level range, type, title, JP). When it has entries for the
competency and the levels still to reach, those are the suggestions. When it has none,
the suggestions are the dictionary's activity *types* (pelatihan klasikal, coaching,
mentoring, e-learning, …) of both paths: the regulation leaves the choice among them to
the agency, so this library does not pick, and it never makes up a course title.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Any, NamedTuple

from kamus_kompetensi.dictionary import Dictionary
from kamus_kompetensi.models import DevelopmentActivity


class Activity(NamedTuple):
    """A suggested activity. From the catalogue it has a ``title``, ``jp`` and level
    range; a type-only suggestion has only ``type`` (and its ``path``)."""

    type: str
    path: str | None = None
    title: str | None = None
    jp: Decimal | None = None
    from_level: int | None = None
    to_level: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (JP as text, exact)."""
        data = self._asdict()
        data["jp"] = None if self.jp is None else str(self.jp)
        return data


@dataclass(frozen=True, slots=True)
class Catalogue:
    """The dictionary's suggestions, read once when a run starts: the catalogue's entries
    by competency (in catalogue order) and every activity type as a type-only suggestion.
    A row's suggestions are then a filter over the few entries of one competency."""

    entries: Mapping[str, tuple[tuple[DevelopmentActivity, Activity], ...]]
    """Competency code → (catalogue entry, its suggestion), in catalogue order."""
    types: tuple[Activity, ...]

    @classmethod
    def of(cls, dictionary: Dictionary) -> Catalogue:
        """The catalogue of ``dictionary``."""
        entries: dict[str, list[tuple[DevelopmentActivity, Activity]]] = {}
        for entry in dictionary.development_activities:
            suggestion = Activity(
                entry.type,
                _path_of(dictionary, entry.type),
                entry.title,
                Decimal(entry.jp),
                entry.from_level,
                entry.to_level,
            )
            entries.setdefault(entry.competency, []).append((entry, suggestion))
        return cls(
            MappingProxyType({code: tuple(found) for code, found in entries.items()}),
            tuple(Activity(t.code, str(t.path)) for t in dictionary.development_activity_types),
        )

    def suggestions(
        self, competency: str, current_hundredths: int, target: int
    ) -> tuple[tuple[Activity, ...], bool]:
        """The suggestions for raising ``competency`` from the attained level to
        ``target``, and whether they come from the agency's catalogue. The levels to reach
        are the whole levels above the attained one up to the target, as
        :meth:`~kamus_kompetensi.dictionary.Dictionary.development_activities_for` reads
        them; an entry is suggested when its level range shares one of them."""
        lowest = current_hundredths // 100 + 1
        found = tuple(
            suggestion
            for entry, suggestion in self.entries.get(competency, ())
            if lowest <= target and entry.covers(lowest, target)
        )
        if found:
            return found, True
        return self.types, False


def _path_of(dictionary: Dictionary, type_code: str) -> str | None:
    found = dictionary.find_development_activity_type(type_code)
    return str(found.path) if found is not None else None


__all__ = ["Activity", "Catalogue"]
