"""Every official of a check in the 3×3 talent grid, the succession pool, and who has no box.

:func:`talent_grid` is a function of a finished check (a :class:`BatchReport`, from an
input file or a saved JSON report) and the dictionary's talent policy; it never reads the
input again. Every row read is accounted for: placed in a box, or listed without one with
the reason (no performance rating, a rating the policy does not know, or a row the check
rejected). The grid holds plain values only; :mod:`kamus_kompetensi.talent.render` draws it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

from kamus_kompetensi.batch.outcomes import BatchReport, OfficialResult
from kamus_kompetensi.errors import InputError, Location
from kamus_kompetensi.i18n import message
from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.models import TalentBox, TalentPolicy
from kamus_kompetensi.nip import mask_nip as mask
from kamus_kompetensi.record_keys import PERFORMANCE_RATING
from kamus_kompetensi.talent.placement import TalentPlacement, talent_policy, unknown_rating

if TYPE_CHECKING:
    from kamus_kompetensi.dictionary import Dictionary

GRID_FORMAT = "kamus-kompetensi/talent-grid/1"
BOXES = tuple(range(1, 10))
#: Why a checked or read row has no box.
NO_RATING, UNKNOWN_RATING, ROW_REJECTED = (
    "missing-performance-rating",
    "unknown-performance-rating",
    "row-rejected",
)


class PlacedOfficial(NamedTuple):
    """An official in a box: who (NIP masked when asked), their JPM and rating, the box."""

    row: int
    nip: str | None
    name: str | None
    position_title: str | None
    unit: str | None
    jpm: Decimal
    rating: str
    placement: TalentPlacement

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (the JPM as a string: it is exact)."""
        return {
            "row": self.row,
            "nip": self.nip,
            "name": self.name,
            "position_title": self.position_title,
            "unit": self.unit,
            "jpm": str(self.jpm),
            "performance_rating": self.rating,
            "box": self.placement.box,
            "potential": self.placement.potential,
            "performance": self.placement.performance,
        }


class NotPlaced(NamedTuple):
    """A row read without a box: ``reason`` is a stable code (:data:`NO_RATING`,
    :data:`UNKNOWN_RATING`, :data:`ROW_REJECTED`), ``message`` says it in words, ``value``
    is the rating as written (or the rejected row's error codes)."""

    row: int
    nip: str | None
    name: str | None
    reason: str
    message: str
    value: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "row": self.row,
            "nip": self.nip,
            "name": self.name,
            "reason": self.reason,
            "message": self.message,
            "value": self.value,
        }


@dataclass(frozen=True)
class TalentGrid:
    """The officials of one check in the nine boxes.

    ``boxes`` maps every box number 1–9 to its officials (highest JPM first);
    ``pool_boxes`` are the boxes of the succession pool; ``without_box`` lists every row
    read that has no box, in row order.
    """

    source: str
    boxes: Mapping[int, tuple[PlacedOfficial, ...]]
    without_box: tuple[NotPlaced, ...]
    pool_boxes: tuple[int, ...]
    rows_read: int

    def count(self, box: int) -> int:
        """How many officials are in ``box``."""
        return len(self.boxes[box])

    @property
    def placed(self) -> int:
        """How many officials have a box."""
        return sum(len(officials) for officials in self.boxes.values())

    @property
    def pool(self) -> tuple[PlacedOfficial, ...]:
        """The succession pool: officials of the pool boxes, highest box first, then
        highest JPM."""
        return tuple(o for box in sorted(self.pool_boxes, reverse=True) for o in self.boxes[box])

    def to_dict(self, policy: TalentPolicy | None = None) -> dict[str, Any]:
        """The JSON document of the ``talent`` command: ``boxes`` (9 down to 1, each with
        its label, recommendation, count and officials when ``policy`` is given),
        ``pool``, ``officials_without_box`` and ``summary``."""
        return {
            "format": GRID_FORMAT,
            "source": self.source,
            "boxes": [self._box_dict(box, policy) for box in reversed(BOXES)],
            "pool": {
                "boxes": sorted(self.pool_boxes, reverse=True),
                "count": len(self.pool),
                "officials": [o.to_dict() for o in self.pool],
            },
            "officials_without_box": [n.to_dict() for n in self.without_box],
            "summary": {
                "rows_read": self.rows_read,
                "placed": self.placed,
                "without_box": len(self.without_box),
                "counts": {str(box): self.count(box) for box in BOXES},
            },
        }

    def _box_dict(self, box: int, policy: TalentPolicy | None) -> dict[str, Any]:
        head: dict[str, Any] = {"box": box}
        if policy is not None:
            found = box_of(policy, box)
            head.update(
                label=found.label,
                potential=found.potential,
                performance=found.performance,
                recommendation=found.recommendation,
            )
        officials = self.boxes[box]
        return {**head, "count": len(officials), "officials": [o.to_dict() for o in officials]}


def talent_grid(
    report: BatchReport,
    dictionary: Dictionary,
    *,
    pool: Iterable[int] | None = None,
    mask_nip: bool = False,
) -> TalentGrid:
    """Every official of ``report`` in the grid of ``dictionary``'s talent policy.

    Each checked row already carries its box (``OfficialResult.talent``, placed by the
    check from the input's ``kinerja`` column), so ``dictionary`` must be the one the
    report was checked with (else :class:`InputError` ``report-dictionary-mismatch``); it
    gives the default succession pool and the words for a rating it does not know.
    ``pool`` is the boxes of the succession pool (default: the policy's, 7, 8 and 9
    nationally). ``mask_nip`` hides all but the last four digits of every NIP.
    """
    _require_same_dictionary(report, dictionary)
    policy = talent_policy(dictionary)
    pool_boxes = pool_of(policy, pool)
    boxes: dict[int, list[PlacedOfficial]] = {box: [] for box in BOXES}
    without: list[NotPlaced] = []
    for item in report.results:
        nip = mask(item.nip) if mask_nip and item.nip else item.nip
        found = _placed(policy, item, nip)
        if isinstance(found, PlacedOfficial):
            boxes[found.placement.box].append(found)
        else:
            without.append(found)
    without += _rejected(report.errors)
    ordered = {
        box: tuple(sorted(officials, key=lambda o: (-o.jpm, o.row)))
        for box, officials in boxes.items()
    }
    return TalentGrid(
        source=report.summary.source,
        boxes=ordered,
        without_box=tuple(sorted(without, key=lambda n: n.row)),
        pool_boxes=pool_boxes,
        rows_read=report.summary.rows_read,
    )


def _placed(
    policy: TalentPolicy, item: OfficialResult, nip: str | None
) -> PlacedOfficial | NotPlaced:
    rating = item.details.get(PERFORMANCE_RATING) or ""
    if item.talent is not None:
        return PlacedOfficial(
            item.row,
            nip,
            item.name,
            item.position_title,
            item.unit,
            item.result.jpm,
            rating,
            item.talent,
        )
    if not rating.strip():
        return NotPlaced(item.row, nip, item.name, NO_RATING, message("talent-no-rating"))
    text = unknown_rating(policy, rating)
    return NotPlaced(item.row, nip, item.name, UNKNOWN_RATING, text, rating)


def _require_same_dictionary(report: BatchReport, dictionary: Dictionary) -> None:
    provenance = report.summary.provenance
    if provenance is not None and provenance.content_hash != dictionary.content_hash:
        raise InputError.from_code(
            "report-dictionary-mismatch",
            Location(file=report.summary.source),
            report=f"{provenance.dictionary_id} {provenance.dictionary_version}",
            given=f"{dictionary.id} {dictionary.version}",
        )


def _rejected(errors: Iterable[RowIssue]) -> list[NotPlaced]:
    """One entry per rejected row, naming its error codes (file-level issues carry no
    row of an official and are left out)."""
    codes: dict[int, list[str]] = {}
    for issue in errors:
        if issue.severity == "error" and issue.row is not None:
            found = codes.setdefault(issue.row, [])
            if issue.code not in found:
                found.append(issue.code)
    return [
        NotPlaced(
            row,
            None,
            None,
            ROW_REJECTED,
            message("row-rejected", codes=", ".join(c)),
            ", ".join(c),
        )
        for row, c in codes.items()
    ]


def pool_of(policy: TalentPolicy, pool: Iterable[int] | None) -> tuple[int, ...]:
    """The succession pool's boxes, sorted: ``pool`` when given (each a box number 1–9,
    else :class:`InputError` ``talent-pool-invalid``), else the policy's."""
    if pool is None:
        return tuple(sorted(policy.succession_boxes))
    items = list(pool) if isinstance(pool, Iterable) and not isinstance(pool, str) else [pool]
    if not items or any(isinstance(b, bool) or b not in BOXES for b in items):
        shown = ", ".join(map(str, items))[:40]
        raise InputError.from_code("talent-pool-invalid", value=shown)
    return tuple(sorted(set(items)))


def parse_pool(text: str) -> tuple[int, ...]:
    """``"7,8,9"`` → ``(7, 8, 9)``; anything else is :class:`InputError`
    ``talent-pool-invalid``.

    >>> parse_pool(" 9, 8 ")
    (8, 9)
    """
    parts = [part.strip() for part in text.split(",")]
    if not all(part.isdigit() and part.isascii() for part in parts):
        raise InputError.from_code("talent-pool-invalid", value=text.strip()[:40])
    boxes = [int(part) for part in parts]
    if any(b not in BOXES for b in boxes):
        raise InputError.from_code("talent-pool-invalid", value=text.strip()[:40])
    return tuple(sorted(set(boxes)))


def box_of(policy: TalentPolicy, number: int) -> TalentBox:
    """The policy's box numbered ``number`` (a validated policy has all nine)."""
    found = policy.find_box(number)
    if found is None:  # pragma: no cover - the integrity rules require boxes 1 to 9
        raise LookupError(number)
    return found


__all__ = [
    "GRID_FORMAT",
    "NO_RATING",
    "ROW_REJECTED",
    "UNKNOWN_RATING",
    "NotPlaced",
    "PlacedOfficial",
    "TalentGrid",
    "parse_pool",
    "pool_of",
    "talent_grid",
]
