"""Suggested activities for one competency and level range: the catalogue, or types only.

An agency dictionary may carry a catalogue of development activities (``development_
activities``: competency, level range, type, title, JP). When it has entries for the
competency and the levels still to reach, those are the suggestions. When it has none,
the suggestions are the dictionary's activity *types* (pelatihan klasikal, coaching,
mentoring, e-learning, …) of both paths: the regulation leaves the choice among them to
the agency, so this library does not pick, and it never makes up a course title.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Any, NamedTuple

from kamus_kompetensi.dictionary import Dictionary


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


def _path_of(dictionary: Dictionary, type_code: str) -> str | None:
    found = dictionary.find_development_activity_type(type_code)
    return str(found.path) if found is not None else None


@lru_cache(maxsize=16)
def type_suggestions(dictionary: Dictionary) -> tuple[Activity, ...]:
    """Every activity type of the dictionary as a type-only suggestion (made once: every
    item without a catalogue entry shares it)."""
    return tuple(Activity(t.code, str(t.path)) for t in dictionary.development_activity_types)


@lru_cache(maxsize=4096)
def _catalogue(
    dictionary: Dictionary, competency: str, current_level: int, target: int
) -> tuple[Activity, ...]:
    """The catalogue's suggestions for a competency from the whole level ``current_level``
    (what the catalogue's level ranges look at) to ``target``; pure, so memoised: a file
    repeats the same few combinations."""
    entries = dictionary.development_activities_for(competency, current_level * 100, target)
    return tuple(
        Activity(
            entry.type,
            _path_of(dictionary, entry.type),
            entry.title,
            Decimal(entry.jp),
            entry.from_level,
            entry.to_level,
        )
        for entry in entries
    )


def suggested_activities(
    dictionary: Dictionary, competency: str, current_hundredths: int, target: int
) -> tuple[tuple[Activity, ...], bool]:
    """The suggestions and whether they come from the agency's catalogue."""
    found = _catalogue(dictionary, competency, current_hundredths // 100, target)
    if found:
        return found, True
    return type_suggestions(dictionary), False


__all__ = ["Activity", "suggested_activities", "type_suggestions"]
