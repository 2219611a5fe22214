"""Training records: which column means what, and one row → one record or its errors.

A file of training records has a column for the NIP, the start date (``tanggal``) and at
least one duration column (``jp``, ``jam`` or ``menit``); the name (``nama``), the
activity (``kegiatan``) and the end date (``tanggal_selesai``) are optional. Headers are
matched as everywhere in the library (case, spaces, hyphens and underscores do not
matter). Other columns (organiser, place, certificate number) are kept out of the way and
listed in the summary, so none vanishes unseen.

:class:`RecordReader` is built once per file and reads rows one at a time. A row is
either a :class:`TrainingRecord`, ``None`` (fully blank), or every error found in it
(the :class:`~kamus_kompetensi.issues.RowIssue` list); it never raises for bad cells.
This module knows nothing of years, minimums or officials: that is
:mod:`kamus_kompetensi.training.compliance`'s job.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

from kamus_kompetensi.batch.duplicates import nip_digits, nip_text
from kamus_kompetensi.batch.header import KnownColumns
from kamus_kompetensi.columns import FIELD_HEADERS
from kamus_kompetensi.errors import InputError, Location
from kamus_kompetensi.i18n import message
from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.keys import normalise_key
from kamus_kompetensi.nip import is_valid_nip
from kamus_kompetensi.scoring.assessment import parse_assessed_on
from kamus_kompetensi.scoring.levels import shown
from kamus_kompetensi.tabular import Cell, text_of
from kamus_kompetensi.training.durations import UNITS, duration

#: field → accepted header spellings (compared after :func:`normalise_key`).
TRAINING_HEADERS: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(
    {
        "nip": FIELD_HEADERS["nip"],
        "nama": FIELD_HEADERS["nama"],
        "tanggal": (
            "tanggal",
            "tgl",
            "tanggal mulai",
            "tgl mulai",
            "tanggal pelaksanaan",
            "tanggal kegiatan",
            "date",
            "start date",
        ),
        "tanggal_selesai": (
            "tanggal selesai",
            "tgl selesai",
            "tanggal akhir",
            "tanggal berakhir",
            "end date",
        ),
        "kegiatan": (
            "kegiatan",
            "nama kegiatan",
            "pelatihan",
            "nama pelatihan",
            "diklat",
            "nama diklat",
            "activity",
            "training",
        ),
        "jp": ("jp", "jumlah jp", "jam pelajaran", "total jp", "durasi jp", "durasi (jp)"),
        "jam": ("jam", "jumlah jam", "durasi jam", "durasi (jam)", "hours"),
        "menit": ("menit", "jumlah menit", "durasi menit", "durasi (menit)", "minutes"),
        "no": FIELD_HEADERS["no"],
    }
)
TRAINING_COLUMNS = KnownColumns.of(TRAINING_HEADERS, ("nip", "nama"))
_FIELD_OF = TRAINING_COLUMNS.field_of


class TrainingRecord(NamedTuple):
    """One training activity of one official, read and checked.

    ``nip`` is the NIP as compared (digits, separators removed); ``centiminutes`` the
    duration in hundredths of a minute; ``amount`` (hundredths) and ``unit`` the duration
    as the record states it, for reports."""

    row: int
    nip: str
    name: str | None
    title: str | None
    start: dt.date
    end: dt.date | None
    centiminutes: int
    amount: int
    unit: str

    @property
    def counted_on(self) -> dt.date:
        """The date that decides the year: the end date when given, else the start."""
        return self.end or self.start


@dataclass(frozen=True)
class RecordColumns:
    """Column indexes of a training-records table, resolved once per file."""

    headers: tuple[str, ...]
    fields: MappingProxyType[str, int]
    ignored: tuple[str, ...]

    @property
    def durations(self) -> tuple[tuple[str, int], ...]:
        """The duration columns the file has, as ``(unit, index)`` in the order jp, jam, menit."""
        return tuple((u, self.fields[u]) for u in UNITS if u in self.fields)

    def header(self, field: str) -> str:
        """The file's own header of a field (for locating a problem)."""
        index = self.fields.get(field)
        return self.headers[index] if index is not None else field


def map_record_columns(headers: Sequence[str], name: str) -> RecordColumns:
    """Resolve the headers; raise one :class:`InputError` naming every missing required
    column (``missing-columns``) or a column given twice (``duplicate-column``)."""
    fields: dict[str, int] = {}
    ignored: list[str] = []
    for index, header in enumerate(headers):
        text = header.strip() if isinstance(header, str) else ""
        field = _FIELD_OF.get(normalise_key(text)) if text else None
        if field is None:
            if text:
                ignored.append(text)
            continue
        if field in fields:
            other = headers[fields[field]]
            code = "duplicate-column-same" if text == other.strip() else "duplicate-column"
            raise InputError.from_code(
                code, Location(file=name, column_name=text), header=text, other=other
            )
        fields[field] = index
    missing = [f for f in ("nip", "tanggal") if f not in fields]
    if not any(u in fields for u in UNITS):
        missing.append(" / ".join(UNITS))
    if missing:
        raise InputError.from_code(
            "missing-columns", Location(file=name), columns=", ".join(missing)
        )
    fields.pop("no", None)
    return RecordColumns(tuple(headers), MappingProxyType(fields), tuple(ignored))


Read = TrainingRecord | list[RowIssue] | None


class RecordReader:
    """Reads the rows of one file into records; ``warnings`` collects what did not stop
    a row (a NIP whose structure is invalid, a NIP stored as a number)."""

    def __init__(self, columns: RecordColumns, jp_minutes: int) -> None:
        self.columns = columns
        self.jp_minutes = jp_minutes
        self.index = dict(columns.fields)
        self.durations = columns.durations
        self.warnings: list[RowIssue] = []

    def _cell(self, cells: Sequence[Cell], field: str) -> Cell:
        index = self.index.get(field)
        return cells[index] if index is not None and index < len(cells) else None

    def read(self, number: int, cells: Sequence[Cell]) -> Read:
        """One row: its record, ``None`` when blank, or every error in it."""
        if not any(map(text_of, cells)):
            return None
        errors: list[RowIssue] = []
        nip = self._nip(number, self._cell(cells, "nip"), errors)
        start = self._date(number, "tanggal", errors, required=True, cells=cells)
        end = self._date(number, "tanggal_selesai", errors, required=False, cells=cells)
        if start is not None and end is not None and end < start:
            self._error(
                errors,
                number,
                "training-end-before-start",
                "tanggal_selesai",
                shown(text_of(self._cell(cells, "tanggal_selesai"))),
                start=start.isoformat(),
                end=end.isoformat(),
            )
        duration = self._duration(number, cells, errors)
        if errors or nip is None or start is None or duration is None:
            return errors
        name = text_of(self._cell(cells, "nama")) or None
        title = text_of(self._cell(cells, "kegiatan")) or None
        centi, amount, unit = duration
        return TrainingRecord(number, nip, name, title, start, end, centi, amount, unit)

    def _error(
        self,
        errors: list[RowIssue],
        number: int,
        code: str,
        field: str | None,
        cell_text: str | None,
        **params: object,
    ) -> None:
        column = self.columns.header(field) if field else None
        errors.append(RowIssue(number, code, message(code, **params), "error", column, cell_text))

    def _nip(self, number: int, cell: Cell, errors: list[RowIssue]) -> str | None:
        text = nip_text(cell)
        if not text:
            self._error(errors, number, "training-nip-missing", "nip", None)
            return None
        code = None
        if isinstance(cell, float):  # Excel keeps ~15 digits of a number: the NIP may be wrong
            code = "nip-as-number"
        elif not is_valid_nip(text):
            code = "invalid-nip"
        if code is not None:  # the NIP is masked later, with every other, on request
            column = self.columns.header("nip")
            self.warnings.append(RowIssue(number, code, message(code), "warning", column, text))
        return nip_digits(cell)

    def _date(
        self,
        number: int,
        field: str,
        errors: list[RowIssue],
        *,
        required: bool,
        cells: Sequence[Cell],
    ) -> dt.date | None:
        cell = self._cell(cells, field)
        if cell is None or (isinstance(cell, str) and not cell.strip()):
            if required:
                self._error(errors, number, "training-date-missing", field, None)
            return None
        found = parse_assessed_on(cell)
        if found is None:
            self._error(errors, number, "training-date-invalid", field, shown(text_of(cell)))
        return found

    def _duration(
        self, number: int, cells: Sequence[Cell], errors: list[RowIssue]
    ) -> tuple[int, int, str] | None:
        """The row's duration from its duration columns: each filled one must parse, and
        when several are filled they must say the same length."""
        found: list[tuple[int, int, str]] = []
        bad = False
        for unit, index in self.durations:
            cell = cells[index] if index < len(cells) else None
            parsed = duration(cell, unit, self.jp_minutes)
            if parsed is None:
                continue
            if isinstance(parsed, str):
                bad = True
                self._error(errors, number, parsed, unit, shown(text_of(cell)), unit=unit)
                continue
            found.append((*parsed, unit))
        if bad:
            return None
        if not found:
            units = " / ".join(self.columns.header(u) for u, _ in self.durations)
            self._error(errors, number, "training-duration-missing", None, None, columns=units)
            return None
        if len(found) > 1 and len({centi for centi, _, _ in found}) > 1:
            given = ", ".join(
                f"{self.columns.header(u)} {shown(text_of(cells[i]))}"
                for u, i in self.durations
                if text_of(cells[i] if i < len(cells) else None)
            )
            self._error(errors, number, "training-duration-conflict", None, None, given=given)
            return None
        return found[0]


__all__ = [
    "TRAINING_COLUMNS",
    "TRAINING_HEADERS",
    "RecordColumns",
    "RecordReader",
    "TrainingRecord",
    "map_record_columns",
]
