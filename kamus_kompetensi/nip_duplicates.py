"""Finding rows that share a NIP, cheaply, before any row is checked.

The ``duplicate-nip`` warning on a row names the *other* rows, which may come later in the
file, so the batch makes a first pass that reads the NIP column only.

Most files need no more than a quick look (:func:`plain_nips_distinct`): when every NIP
is 18 plain digits and all hashes differ, there is nothing to find. Otherwise each NIP
becomes a 64-bit key in an ``array('q')`` (an 18-digit NIP is itself a 63-bit integer, so
valid NIPs are compared exactly) beside its row number; a set of the keys says whether any
repeats, a sorted copy finds which, and only those rows reach a dict. The arrays take 16
bytes a row; the set is held only while it decides.

The keys of a file can be collected in pieces (one per worker of
:mod:`kamus_kompetensi.parallel`) and joined before :func:`duplicates_from_keys`.
"""

from __future__ import annotations

import functools
import itertools
import re
from array import array
from collections.abc import Iterable, Iterator
from pathlib import Path

from kamus_kompetensi.tabular import BadRow, Cell, Table, text_of

NipKeys = tuple["array[int]", "array[int]"]  # keys, row numbers


def nip_text(cell: Cell) -> str:
    """A NIP cell as compact text: spaces and dots removed; Excel numbers as digits."""
    if type(cell) is str:
        text = cell.strip()
        return text.replace(" ", "").replace(".", "") if " " in text or "." in text else text
    if isinstance(cell, bool):
        return str(cell)
    if isinstance(cell, int):
        return str(cell)
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    text = text_of(cell)
    return text.replace(" ", "").replace(".", "") if text else ""


def nip_key(text: str) -> int:
    """A 64-bit key: the number itself for 18 ASCII digits (exact, non-negative: 18 digits
    fit in 63 bits, and equal length keeps "01…" apart from "1…"), else a negative hash
    (collisions among such odd texts are ~N²/2⁶³, i.e. none in practice).

    The hash of a text differs between processes (``PYTHONHASHSEED``): keys made by several
    processes are only comparable when they are forked from one parent, as
    :mod:`kamus_kompetensi.parallel` does.
    """
    if len(text) == 18 and text.isascii() and text.isdigit():
        return int(text)
    return -(hash(text) & 0x3FFF_FFFF_FFFF_FFFF) - 1


def nip_keys(rows: Iterable[tuple[int, Cell]]) -> NipKeys:
    """The keys and row numbers of ``(row, NIP cell)`` pairs; blank NIPs are left out."""
    keys, numbers = array("q"), array("q")
    add_key, add_number = keys.append, numbers.append
    for number, cell in rows:
        if type(cell) is str and len(cell) == 18 and cell.isascii() and cell.isdigit():
            add_key(int(cell))  # the common case, without the general normalisation
            add_number(number)
            continue
        text = nip_text(cell)
        if text:
            add_key(nip_key(text))
            add_number(number)
    return keys, numbers


def duplicates_from_keys(keys: array[int], numbers: array[int]) -> dict[int, tuple[int, ...]]:
    """Row → the other rows with the same key."""
    distinct = set(keys)
    if len(distinct) == len(keys):  # the usual case, decided without sorting
        return {}
    ordered = array("q", sorted(keys))
    del distinct
    doubled = {a for a, b in itertools.pairwise(ordered) if a == b}
    del ordered
    groups: dict[int, list[int]] = {}
    for key, number in zip(keys, numbers, strict=True):
        if key in doubled:
            groups.setdefault(key, []).append(number)
    return {
        number: tuple(other for other in group if other != number)
        for group in groups.values()
        for number in group
    }


def duplicate_nips(rows: Iterable[tuple[int, Cell]]) -> dict[int, tuple[int, ...]]:
    """Row → the other rows with the same NIP, from ``(row, nip cell)`` pairs.

    Blank NIPs are never duplicates; spaces and dots inside a NIP do not count.

    >>> duplicate_nips([(2, "1"), (3, "2"), (4, " 1"), (5, "")])
    {2: (4,), 4: (2,)}
    """
    return duplicates_from_keys(*nip_keys(rows))


def plain_nips_distinct(path: Path, delimiter: str, index: int) -> bool:
    """Whether a CSV file certainly has no duplicate NIP, decided on its bytes: it holds no
    quote, and every filled cell of column ``index`` is 18 ASCII digits, all different.

    That is the usual file, and for it the pass over :func:`nip_keys` would find nothing,
    so it can be skipped. ``False`` means "look closer" (run that pass), not "there are
    duplicates".
    """
    seen: set[int] = set()
    filled = 0
    with path.open("rb") as raw:
        raw.readline()  # the header: a quote-free file's first line
        rest = b""
        while True:
            block = raw.read(8 << 20)
            data = rest + block
            if block:  # keep a partial last line for the next block
                cut = data.rfind(b"\n") + 1
                data, rest = data[:cut], data[cut:]
            if b'"' in data:
                return False
            hashes = plain_nip_hashes(data, delimiter, index)
            if hashes is None:
                return False
            seen.update(hashes)
            filled += len(hashes)
            if len(seen) != filled:
                return False
            if not block:
                return True


def plain_nip_hashes(lines: bytes, delimiter: str, index: int) -> array[int] | None:
    """The hashes of the filled cells of column ``index`` in ``lines`` (whole lines of a
    quote-free CSV), or ``None`` when one of them is not 18 ASCII digits.

    Equal 18-digit texts have equal hashes, so distinct hashes prove distinct NIPs; a
    collision only makes the caller look closer. A cell with anything else (a space or a
    dot inside, which :func:`nip_text` would remove) is not plain. One regex finds the
    cells, at C speed. Hashes compare only within one process or those forked from it.
    """
    # Each line start is a "\n": the pattern starts with that literal, which the regex
    # engine finds at memchr speed (a "^" anchor is tried at every byte instead).
    cells = [c for c in _column_pattern(delimiter, index).findall(b"\n" + lines) if c]
    if cells and (set(map(len, cells)) != {18} or not b"".join(cells).isdigit()):
        return None
    return array("q", map(hash, cells))  # an array pickles as one block of bytes


@functools.lru_cache(maxsize=16)
def _column_pattern(delimiter: str, index: int) -> re.Pattern[bytes]:
    """Cell ``index`` of each line, each line led by ``\\n``."""
    sep = re.escape(delimiter.encode("ascii"))
    cell = rb"[^\n" + sep + rb"]*"
    before = b"(?:" + cell + sep + b"){%d}" % index if index else b""
    return re.compile(b"\n" + before + b"(" + cell + b")")


def nip_cells(table: Table, index: int) -> Iterator[tuple[int, Cell]]:
    """``(row, NIP cell)`` of every row that has one (a short or unreadable row has none)."""
    for number, cells in table.rows:
        if not isinstance(cells, BadRow) and index < len(cells):
            yield number, cells[index]


def plain_csv_column(
    path: Path, encoding: str, delimiter: str, index: int
) -> Iterator[tuple[int, Cell]] | None:
    """Column ``index`` of a quote-free CSV as ``(row, cell)`` pairs, or ``None`` when the
    file holds a quote (fields may then contain delimiters or line breaks). ``"`` is one
    byte in UTF-8 and Windows-1252 alike, so the bytes are searched before decoding."""
    with path.open("rb") as raw:
        while chunk := raw.read(1 << 20):
            if b'"' in chunk:
                return None
    return _file_column(path, encoding, delimiter, index)


def _file_column(
    path: Path, encoding: str, delimiter: str, index: int
) -> Iterator[tuple[int, Cell]]:
    with path.open("r", encoding=encoding, newline="") as handle:
        next(handle, None)  # the header
        yield from split_column(handle, delimiter, index, first_row=2)


def split_column(
    lines: Iterable[str], delimiter: str, index: int, *, first_row: int
) -> Iterator[tuple[int, Cell]]:
    """Column ``index`` of quote-free CSV lines, numbered from ``first_row``: records are
    then lines, so the numbering is the csv module's, at a fraction of its cost."""
    for number, line in enumerate(lines, start=first_row):
        fields = line.rstrip("\r\n").split(delimiter, index + 1)
        if index < len(fields):
            yield number, fields[index]


__all__ = [
    "duplicate_nips",
    "duplicates_from_keys",
    "nip_cells",
    "nip_key",
    "nip_keys",
    "nip_text",
    "plain_csv_column",
    "plain_nip_hashes",
    "plain_nips_distinct",
    "split_column",
]
