"""Training-hours compliance: a year's training records against the yearly minimum.

PP 11/2017 Pasal 203 ayat (4) (as amended by PP 17/2020) gives every PNS at least 20 JP
of competency development a year; an agency may set more (its dictionary's
``training_policy``). :func:`training_compliance` reads the records (a file, or rows as
mappings), counts each record in the year of its end date (``tanggal_selesai`` when
given, else ``tanggal``), sums each official's minutes exactly and compares the sum with
the minimum in minutes.

Every row read ends in exactly one place: counted, of another year, or rejected with its
errors (:attr:`TrainingSummary.balanced`); fully blank rows are counted apart. With a
staff list, officials with no record at all are results too, with nothing counted.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from kamus_kompetensi.batch.header import find_header
from kamus_kompetensi.batch.run import InputSource, table_notes
from kamus_kompetensi.dictionary import Dictionary, dictionary_or_national
from kamus_kompetensi.errors import InputError
from kamus_kompetensi.i18n import message
from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.scoring.assessment import EARLIEST_ASSESSMENT, LATEST_ASSESSMENT
from kamus_kompetensi.tabular import BadRow, Cell, Table
from kamus_kompetensi.training.records import (
    TRAINING_COLUMNS,
    RecordReader,
    TrainingRecord,
    map_record_columns,
)
from kamus_kompetensi.training.results import (
    Activity,
    OfficialTraining,
    Requirement,
    TrainingReport,
    TrainingSummary,
)
from kamus_kompetensi.training.staff import StaffSource, read_staff

Records = str | os.PathLike[str] | Iterable[Mapping[str, Any]]


def requirement_of(dictionary: Dictionary) -> Requirement:
    """The dictionary's training policy as the plain :class:`Requirement` results keep."""
    policy = dictionary.training_policy
    if policy is None:
        raise InputError.from_code("training-policy-missing", id=dictionary.id)
    source = policy.source
    where = None
    if source is not None:
        where = f"{source.regulation}, {source.part}" if source.part else source.regulation
    return Requirement(
        minimum=policy.minimum,
        unit=str(policy.unit),
        minimum_minutes=policy.minimum_minutes,
        jp_minutes=policy.jp_minutes,
        source=where,
        confidence=str(source.confidence) if source is not None else None,
    )


def _year(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError.from_code("training-year-invalid", value=str(value)[:40])
    if not EARLIEST_ASSESSMENT.year <= value <= LATEST_ASSESSMENT.year:
        raise InputError.from_code("training-year-invalid", value=str(value))
    return value


class _Official:
    """An official's counted records while the rows are read."""

    __slots__ = ("activities", "centiminutes", "name")

    def __init__(self) -> None:
        self.name: str | None = None
        self.centiminutes = 0
        self.activities: list[Activity] = []

    def add(self, record: TrainingRecord) -> None:
        self.name = self.name or record.name
        self.centiminutes += record.centiminutes
        self.activities.append(
            Activity(
                record.row,
                record.title,
                record.start,
                record.end,
                record.centiminutes,
                record.amount,
                record.unit,
            )
        )


class _Tally:
    """The one row loop's counts and the officials found."""

    def __init__(self, year: int) -> None:
        self.year = year
        self.read = self.counted = self.other_year = self.rejected = self.blank = 0
        self.other_years: Counter[int] = Counter()
        self.errors: list[RowIssue] = []
        self.warnings: list[RowIssue] = []
        self.officials: dict[str, _Official] = {}
        self._seen: dict[tuple[object, ...], int] = {}

    def add(self, number: int, outcome: TrainingRecord | list[RowIssue] | None) -> None:
        if outcome is None:
            self.blank += 1
            return
        self.read += 1
        if isinstance(outcome, list):
            self.rejected += 1
            self.errors.extend(outcome)
            return
        year = outcome.counted_on.year
        if year != self.year:
            self.other_year += 1
            self.other_years[year] += 1
            return
        self.counted += 1
        self._duplicate(outcome)
        self.officials.setdefault(outcome.nip, _Official()).add(outcome)

    def _duplicate(self, record: TrainingRecord) -> None:
        """A record equal to an earlier one (same NIP, activity, dates and length) is
        counted, but flagged: it is most often one course entered twice."""
        title = " ".join(record.title.casefold().split()) if record.title else ""
        key = (record.nip, title, record.start, record.end, record.centiminutes)
        first = self._seen.setdefault(key, record.row)
        if first != record.row:
            text = message("training-duplicate-record", row=first)
            self.warnings.append(RowIssue(record.row, "training-duplicate-record", text, "warning"))


def _rows(
    table: Table, name: str, dictionary: Dictionary, header_row: int | None
) -> tuple[Iterator[tuple[int, Sequence[Cell] | BadRow]], Any, int | None]:
    """The data rows, the column map, and the header's row (``None`` for JSON)."""
    headers = table.headers
    rows = table.rows
    first_row = None
    if headers is None:
        header, rows = find_header(
            rows, dictionary, name=name, header_row=header_row, known=TRAINING_COLUMNS
        )
        headers, first_row = header.headers, header.first_row
    return rows, map_record_columns(headers, name), first_row


def training_compliance(
    records: Records,
    year: int,
    dictionary: Dictionary | None = None,
    staff: StaffSource | None = None,
    *,
    mask_nip: bool = False,
    name: str | None = None,
    sheet: str | None = None,
    fmt: str | None = None,
    header_row: int | None = None,
) -> TrainingReport:
    """Each official's training hours in ``year`` against the dictionary's minimum.

    ``records`` is a file (CSV, XLSX/XLSM, XLS, ODS, JSON, JSON Lines) or an iterable of
    mappings (header → value; row numbers 2, 3, … as if the keys were a header row).
    ``staff`` (a file with a NIP column, or an iterable of NIPs) adds the officials who
    have no record as not compliant. ``mask_nip`` masks every NIP in the report.

    Raises :class:`~kamus_kompetensi.errors.InputError` when the input cannot be used at
    all; problems with single rows are the report's ``errors``.

    >>> import kamus_kompetensi as kk
    >>> rows = [{"nip": "198703152010011002", "nama": "Sari", "tanggal": "2025-03-10",
    ...          "kegiatan": "Pelatihan", "jp": "19,99"}]
    >>> report = kk.training_compliance(rows, 2025)
    >>> [(r.jp_total, r.jp_required, r.met) for r in report.results]
    [(Decimal('19.99'), Decimal('20.00'), False)]
    """
    checked_year = _year(year)
    dictionary = dictionary_or_national(dictionary)
    requirement = requirement_of(dictionary)
    staff_nips = read_staff(staff, dictionary) if staff is not None else None
    source = InputSource(records, name=name, fmt=fmt, sheet=sheet)
    table = source.open()
    try:
        rows, columns, first_row = _rows(table, source.name, dictionary, header_row)
        reader = RecordReader(columns, requirement.jp_minutes)
        tally = _Tally(checked_year)
        for number, cells in rows:
            if isinstance(cells, BadRow):
                text = message(cells.code, detail=cells.detail)
                tally.add(number, [RowIssue(number, cells.code, text)])
            else:
                tally.add(number, reader.read(number, cells))
    finally:
        table.close()
    file_notes = table_notes(table)
    results = _results(tally, requirement, staff_nips)
    summary = TrainingSummary(
        source=source.name,
        year=checked_year,
        requirement=requirement,
        dictionary={"id": dictionary.id, "version": dictionary.version},
        rows_read=tally.read,
        rows_counted=tally.counted,
        rows_other_year=tally.other_year,
        rows_rejected=tally.rejected,
        rows_blank=tally.blank,
        other_years=tuple(sorted(tally.other_years.items())),
        officials=len(results),
        officials_met=sum(1 for r in results if r.met),
        staff=len(staff_nips) if staff_nips is not None else None,
        staff_without_records=sum(1 for r in results if r.in_staff and not r.activities),
        not_in_staff=sum(1 for r in results if r.in_staff is False),
        sheet=table.sheet,
        header_row=first_row,
        ignored_columns=columns.ignored,
    )
    warnings = [*file_notes, *sorted([*reader.warnings, *tally.warnings], key=lambda w: w.row or 0)]
    report = TrainingReport(summary, results, tuple(tally.errors), tuple(warnings))
    return report.masked() if mask_nip else report


def _results(
    tally: _Tally, requirement: Requirement, staff: Mapping[str, str | None] | None
) -> tuple[OfficialTraining, ...]:
    listed = staff
    required, jp_minutes = requirement.centiminutes, requirement.jp_minutes
    results = [
        OfficialTraining(
            nip,
            official.name,
            official.centiminutes,
            required,
            jp_minutes,
            tuple(official.activities),
            None if listed is None else nip in listed,
        )
        for nip, official in tally.officials.items()
    ]
    for nip, name in (staff or {}).items():
        if nip not in tally.officials:
            results.append(OfficialTraining(nip, name, 0, required, jp_minutes, (), True))
    return tuple(results)


__all__ = ["Records", "requirement_of", "training_compliance"]
