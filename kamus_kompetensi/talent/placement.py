"""One official's place in the talent box (kotak talenta, nine-box) of Permenpan RB 3/2020.

The potential axis comes from the check result's JPM with the talent policy's own cut-offs
(whatever band policy the check used); the performance axis from the performance rating
text (the predikat of Permen PANRB 6/2022, "Sangat Baik" … "Sangat Kurang", or the
words "di atas / sesuai / di bawah ekspektasi"). Levels, box numbers, labels and
recommendations are data: ``Dictionary.talent_policy``, which an agency file may override.

This module owns the placement of one official. The grid of many is
:mod:`kamus_kompetensi.talent.grid`; it must not import the batch or report code, because
the batch row checker places each row with :func:`place`.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

from kamus_kompetensi.errors import InputError
from kamus_kompetensi.i18n import message
from kamus_kompetensi.keys import normalise_key
from kamus_kompetensi.models import TalentPolicy

if TYPE_CHECKING:
    from kamus_kompetensi.dictionary import Dictionary


class TalentPlacement(NamedTuple):
    """Where one official sits: box number (1–9), its label, the potential and performance
    level codes, and the recommendation for the box (the policy's Indonesian texts, as a
    result keeps the band's Indonesian name; renderers show the English ones with
    ``--lang en``). Plain values: it pickles and turns into JSON."""

    box: int
    label: str
    potential: str
    performance: str
    recommendation: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "box": self.box,
            "label": self.label,
            "potential": self.potential,
            "performance": self.performance,
            "recommendation": self.recommendation,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TalentPlacement:
        """The placement :meth:`to_dict` wrote."""
        return cls(
            int(data["box"]),
            str(data["label"]),
            str(data["potential"]),
            str(data["performance"]),
            str(data.get("recommendation", "")),
        )


def talent_policy(dictionary: Dictionary) -> TalentPolicy:
    """The talent policy of ``dictionary`` (the national one unless an agency overrides
    it); :class:`InputError` ``talent-policy-missing`` for a dictionary that has none (one
    that neither writes ``talent_policy`` nor extends the national dictionary)."""
    policy = dictionary.talent_policy
    if policy is None:
        raise InputError.from_code("talent-policy-missing", dictionary=dictionary.id)
    return policy


def talent_box(
    result: Any, performance: Any, dictionary: Dictionary | None = None
) -> TalentPlacement:
    """The talent box of a checked official.

    ``result`` is an :class:`~kamus_kompetensi.scoring.AssessmentResult` (or a batch
    :class:`~kamus_kompetensi.batch.OfficialResult`); its JPM gives the potential with the
    talent policy's cut-offs. ``performance`` is the rating text, matched case- and
    space-insensitively ("Sangat Baik", "baik", "di bawah ekspektasi"). ``dictionary``
    supplies the talent policy; the national one by default.

    Raises :class:`~kamus_kompetensi.errors.InputError`: ``unknown-performance-rating``
    (with the closest accepted rating), ``missing-performance-rating`` for a blank one,
    ``invalid-argument`` for a value of the wrong type.
    """
    jpm = _jpm_of(result)
    if not isinstance(performance, str):
        raise InputError.from_code(
            "invalid-argument", name="performance", value=type(performance).__name__
        )
    if not performance.strip():
        raise InputError.from_code("missing-performance-rating")
    from kamus_kompetensi.dictionary import dictionary_or_national

    dictionary = dictionary_or_national(dictionary)
    policy = talent_policy(dictionary)
    found = place(policy, jpm, performance)
    if found is None:
        raise InputError(unknown_rating(policy, performance), code="unknown-performance-rating")
    return found


def place(policy: TalentPolicy, jpm: Decimal, rating: str) -> TalentPlacement | None:
    """The placement for a JPM and a rating text; ``None`` when the rating is unknown."""
    level = policy.performance_for(rating)
    if level is None:
        return None
    potential = policy.potential_for(jpm)
    box = policy.box(potential.code, level.code)
    return TalentPlacement(box.number, box.label, potential.code, level.code, box.recommendation)


def accepted_ratings(policy: TalentPolicy) -> tuple[str, ...]:
    """Every rating text the policy accepts, highest level first."""
    return tuple(rating for level in policy.performance for rating in level.ratings)


def unknown_rating(policy: TalentPolicy, rating: str) -> str:
    """The ``unknown-performance-rating`` message: the value, the closest accepted rating
    and every accepted one."""
    accepted = accepted_ratings(policy)
    folded = {normalise_key(text): text for text in accepted}
    close = difflib.get_close_matches(normalise_key(rating), list(folded), n=1, cutoff=0.6)
    suggestion = message("did-you-mean", name=folded[close[0]]) if close else ""
    shown = rating.strip()[:40]
    return message(
        "unknown-performance-rating",
        value=shown,
        suggestion=suggestion,
        allowed=", ".join(accepted),
    )


def _jpm_of(result: Any) -> Decimal:
    """The JPM of a result (or of a batch row's result)."""
    inner = getattr(result, "result", result)  # an OfficialResult holds its AssessmentResult
    jpm = getattr(inner, "jpm", None)
    if not isinstance(jpm, Decimal) or not jpm.is_finite():
        raise InputError.from_code("invalid-argument", name="result", value=type(result).__name__)
    return jpm


__all__ = [
    "TalentPlacement",
    "accepted_ratings",
    "place",
    "talent_box",
    "talent_policy",
    "unknown_rating",
]
