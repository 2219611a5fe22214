"""The staff list: the NIPs (and names) of every official whose training hours are owed.

Any table with a NIP column will do: an employee list, the assessment-results file that
``check`` reads, or a training-records file. Its header is found the way ``check`` finds
one (title rows above the table are fine). NIPs are compared as digits
(:func:`~kamus_kompetensi.batch.duplicates.nip_digits`), so ``19870315 201001 1 002`` and
``198703152010011002`` are one official; blank NIP cells are not officials and a NIP
listed twice counts once, with the first name given for it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from kamus_kompetensi.batch.duplicates import nip_digits
from kamus_kompetensi.batch.header import find_header
from kamus_kompetensi.columns import FIELD_HEADERS
from kamus_kompetensi.dictionary import Dictionary
from kamus_kompetensi.errors import InputError, Location
from kamus_kompetensi.keys import normalise_key
from kamus_kompetensi.tabular import BadRow, Cell, open_table, text_of

_NIP_HEADERS = frozenset(normalise_key(h) for h in FIELD_HEADERS["nip"])
_NAME_HEADERS = frozenset(normalise_key(h) for h in FIELD_HEADERS["nama"])
StaffSource = str | os.PathLike[str] | Iterable[object]


def read_staff(
    source: StaffSource,
    dictionary: Dictionary,
    *,
    sheet: str | None = None,
) -> dict[str, str | None]:
    """NIP → name (``None`` when not given) of a staff list, in order: a file (path) with
    a NIP column, or an iterable of NIPs (text or numbers). Raises :class:`InputError`
    when a file cannot be used (``missing-columns`` when it has no NIP column)."""
    if isinstance(source, (str, os.PathLike)):
        pairs = _file_pairs(Path(source), dictionary, sheet)
    elif isinstance(source, Iterable) and not isinstance(source, (str, bytes, Mapping)):
        pairs = [(cell, None) for cell in source]
    else:
        raise InputError.from_code("invalid-argument", name="staff", value=type(source).__name__)
    staff: dict[str, str | None] = {}
    for cell, name in pairs:
        nip = nip_digits(cell)
        if nip and not staff.get(nip):
            staff[nip] = text_of(name) or None
    return staff


def _file_pairs(path: Path, dictionary: Dictionary, sheet: str | None) -> list[tuple[Cell, Cell]]:
    """(NIP cell, name cell) of every data row."""
    shown = str(path)
    table = open_table(path, name=shown, sheet=sheet)
    try:
        rows = table.rows
        headers = table.headers
        if headers is None:
            header, rows = find_header(rows, dictionary, name=shown)
            headers = header.headers
        nip = _index(headers, _NIP_HEADERS)
        if nip is None:
            raise InputError.from_code("missing-columns", Location(file=shown), columns="nip")
        name = _index(headers, _NAME_HEADERS)
        return [
            (_cell(cells, nip), _cell(cells, name) if name is not None else None)
            for _, cells in rows
        ]
    finally:
        table.close()


def _index(headers: Sequence[str], wanted: frozenset[str]) -> int | None:
    for index, header in enumerate(headers):
        if isinstance(header, str) and normalise_key(header) in wanted:
            return index
    return None


def _cell(cells: Sequence[Cell] | BadRow, index: int) -> Cell:
    if isinstance(cells, BadRow) or index >= len(cells):
        return None
    return cells[index]


__all__ = ["StaffSource", "read_staff"]
