"""The plain result of a training-hours check: per official, the summary, the report.

Everything here is plain data (named tuples and frozen dataclasses of ints, strings,
dates and Decimals): picklable, comparable, and free of the dictionary and the input
file. Durations are whole hundredths of a minute (``centiminutes``), so totals and the
comparison with the minimum are exact integer arithmetic. JP appear only at the edges,
as Decimals with two places:

* a total is rounded **down** (``jp_total``), so an official short of the minimum by a
  fraction of a minute never reads as having reached it (899,99 minutes is 19,99 JP,
  not 20,00);
* a shortfall is rounded **up** (``jp_shortfall``), so it is never shown as 0,00 while
  the official is short;
* ``met`` is decided on the exact minutes, never on the rounded JP.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any, NamedTuple

from kamus_kompetensi.batch.outcomes import is_nip_issue
from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.nip import mask_nip
from kamus_kompetensi.scoring.levels import level_decimal

#: The ``format`` key of the JSON report; changes when its shape changes incompatibly.
REPORT_FORMAT = "kamus-kompetensi/training/1"
#: Issues whose value is a NIP whatever the column is called ("Nomor Induk Pegawai").
_NIP_CODES = frozenset({"invalid-nip", "nip-as-number"})


def jp_down(centiminutes: int, jp_minutes: int) -> Decimal:
    """Hundredths of a minute as JP with two decimals, rounded down.

    >>> jp_down(89955, 45), jp_down(90000, 45), jp_down(240000, 45)
    (Decimal('19.99'), Decimal('20.00'), Decimal('53.33'))
    """
    return Decimal(centiminutes // jp_minutes).scaleb(-2)


def jp_up(centiminutes: int, jp_minutes: int) -> Decimal:
    """Hundredths of a minute as JP with two decimals, rounded up.

    >>> jp_up(1, 45), jp_up(4500, 45)
    (Decimal('0.01'), Decimal('1.00'))
    """
    return Decimal(-(-centiminutes // jp_minutes)).scaleb(-2)


def minutes(centiminutes: int) -> Decimal:
    """Hundredths of a minute as minutes in the shortest exact form: 11250 → ``112.5``."""
    return level_decimal(centiminutes)


@dataclass(frozen=True)
class Requirement:
    """The yearly minimum applied, as plain values (not the dictionary's model).

    ``minimum`` is in ``unit`` (``jp`` or ``jam``), ``minimum_minutes`` the same exactly
    in minutes; ``source`` names the regulation it rests on."""

    minimum: Decimal
    unit: str
    minimum_minutes: int
    jp_minutes: int
    source: str | None = None
    confidence: str | None = None

    @property
    def centiminutes(self) -> int:
        return self.minimum_minutes * 100

    @property
    def jp_required(self) -> Decimal:
        """The minimum in JP, two decimals, rounded down (40 jam = 53,33 JP)."""
        return jp_down(self.centiminutes, self.jp_minutes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "minimum": format(self.minimum, "f"),
            "unit": self.unit,
            "minimum_minutes": self.minimum_minutes,
            "jp_minutes": self.jp_minutes,
            "jp_required": str(self.jp_required),
            "source": self.source,
            "confidence": self.confidence,
        }


class Activity(NamedTuple):
    """One counted training record of an official."""

    row: int
    title: str | None
    start: dt.date
    end: dt.date | None
    centiminutes: int
    amount: int  # hundredths of ``unit``, as the record states it
    unit: str

    def to_dict(self, jp_minutes: int) -> dict[str, Any]:
        return {
            "row": self.row,
            "title": self.title,
            "start": self.start.isoformat(),
            "end": self.end.isoformat() if self.end else None,
            "amount": str(level_decimal(self.amount)),
            "unit": self.unit,
            "minutes": str(minutes(self.centiminutes)),
            "jp": str(jp_down(self.centiminutes, jp_minutes)),
        }


class OfficialTraining(NamedTuple):
    """One official's year: the activities counted, their total, and whether it meets
    the minimum. ``in_staff`` is ``None`` when no staff list was given; an official of
    the staff list with no record has no activities and a total of 0."""

    nip: str
    name: str | None
    centiminutes: int
    required_centiminutes: int
    jp_minutes: int
    activities: tuple[Activity, ...]
    in_staff: bool | None = None

    @property
    def met(self) -> bool:
        """Decided on the exact minutes."""
        return self.centiminutes >= self.required_centiminutes

    @property
    def jp_total(self) -> Decimal:
        return jp_down(self.centiminutes, self.jp_minutes)

    @property
    def jp_required(self) -> Decimal:
        return jp_down(self.required_centiminutes, self.jp_minutes)

    @property
    def jp_shortfall(self) -> Decimal:
        """JP still missing (0 when met), rounded up."""
        short = max(0, self.required_centiminutes - self.centiminutes)
        return jp_up(short, self.jp_minutes)

    @property
    def minutes_total(self) -> Decimal:
        return minutes(self.centiminutes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "nip": self.nip,
            "name": self.name,
            "jp_total": str(self.jp_total),
            "jp_required": str(self.jp_required),
            "jp_shortfall": str(self.jp_shortfall),
            "met": self.met,
            "minutes_total": str(self.minutes_total),
            "minutes_required": str(minutes(self.required_centiminutes)),
            "in_staff": self.in_staff,
            "activities": [a.to_dict(self.jp_minutes) for a in self.activities],
        }


@dataclass(frozen=True)
class TrainingSummary:
    """What a reader needs first, and the row accounting:
    ``rows_read == rows_counted + rows_other_year + rows_rejected`` (fully blank rows are
    only in ``rows_blank``)."""

    source: str
    year: int
    requirement: Requirement
    dictionary: Mapping[str, str]
    rows_read: int = 0
    rows_counted: int = 0
    rows_other_year: int = 0
    rows_rejected: int = 0
    rows_blank: int = 0
    other_years: tuple[tuple[int, int], ...] = ()  # (year, rows), by year
    officials: int = 0
    officials_met: int = 0
    staff: int | None = None  # NIPs in the staff list, when one was given
    staff_without_records: int = 0
    not_in_staff: int = 0
    sheet: str | None = None
    header_row: int | None = None
    ignored_columns: tuple[str, ...] = ()

    @property
    def officials_below(self) -> int:
        return self.officials - self.officials_met

    @property
    def balanced(self) -> bool:
        """The row-accounting invariant."""
        return self.rows_read == self.rows_counted + self.rows_other_year + self.rows_rejected

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "year": self.year,
            "requirement": self.requirement.to_dict(),
            "dictionary": dict(self.dictionary),
            "rows_read": self.rows_read,
            "rows_counted": self.rows_counted,
            "rows_other_year": self.rows_other_year,
            "other_years": {str(year): rows for year, rows in self.other_years},
            "rows_rejected": self.rows_rejected,
            "rows_blank": self.rows_blank,
            "officials": self.officials,
            "officials_met": self.officials_met,
            "officials_below": self.officials_below,
            "staff": self.staff,
            "staff_without_records": self.staff_without_records,
            "not_in_staff": self.not_in_staff,
            "ignored_columns": list(self.ignored_columns),
        }


@dataclass(frozen=True)
class TrainingReport:
    """The result of :func:`~kamus_kompetensi.training.training_compliance`.

    ``results`` has one entry per official (in order of first record, then the staff
    list's officials without a record); ``errors`` the rejected rows; ``warnings`` what
    did not stop a row (an invalid NIP structure, a record that appears twice)."""

    summary: TrainingSummary
    results: tuple[OfficialTraining, ...]
    errors: tuple[RowIssue, ...] = ()
    warnings: tuple[RowIssue, ...] = field(default=())

    def masked(self) -> TrainingReport:
        """The same report with every NIP masked (results, and values echoed by issues)."""

        def issue(item: RowIssue) -> RowIssue:
            if item.value is not None and (item.code in _NIP_CODES or is_nip_issue(item)):
                return item._replace(value=mask_nip(item.value))
            return item

        return replace(
            self,
            results=tuple(r._replace(nip=mask_nip(r.nip)) for r in self.results),
            errors=tuple(map(issue, self.errors)),
            warnings=tuple(map(issue, self.warnings)),
        )

    def to_dict(self, *, mask_nip: bool = False) -> dict[str, Any]:
        """JSON-ready form: ``format``, ``summary``, ``results``, ``errors``, ``warnings``
        (Decimals as strings, dates ISO)."""
        report = self.masked() if mask_nip else self
        return {
            "format": REPORT_FORMAT,
            "summary": report.summary.to_dict(),
            "results": [r.to_dict() for r in report.results],
            "errors": [e.to_dict() for e in report.errors],
            "warnings": [w.to_dict() for w in report.warnings],
        }


__all__ = [
    "REPORT_FORMAT",
    "Activity",
    "OfficialTraining",
    "Requirement",
    "TrainingReport",
    "TrainingSummary",
    "jp_down",
    "jp_up",
    "minutes",
]
