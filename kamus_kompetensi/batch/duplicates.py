"""Finding rows that share a NIP, before any row is checked.

The ``duplicate-nip`` warning on a row names the *other* rows, which may come later in the
file, so the batch first reads the NIP column of every row, in one exact pass. Each NIP
becomes a compact 64-bit key in an ``array('q')`` beside its row number (an 18-digit NIP
is itself a 63-bit integer, so valid NIPs are compared exactly; anything else is hashed),
16 bytes a row. A set of the keys says whether any repeats; only then a sorted copy finds
which, and only those rows reach a dict.
"""

from __future__ import annotations

import itertools
from array import array
from collections.abc import Iterable, Iterator, Sequence

from kamus_kompetensi.tabular import BadRow, Cell, text_of


def nip_text(cell: Cell) -> str:
    """A NIP cell as compact text: spaces and dots removed; Excel numbers as digits."""
    if isinstance(cell, str):
        text = cell.strip()
        return text.replace(" ", "").replace(".", "") if " " in text or "." in text else text
    if isinstance(cell, bool):
        return str(cell)
    if isinstance(cell, int):
        return str(cell)
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    text = text_of(cell)
    return text.replace(" ", "").replace(".", "")


def nip_key(text: str) -> int:
    """A 64-bit key: the number itself for 18 ASCII digits (exact, non-negative: 18 digits
    fit in 63 bits, and equal length keeps "01…" apart from "1…"), else a negative hash
    (collisions among such odd texts are ~N²/2⁶³, i.e. none in practice)."""
    if len(text) == 18 and text.isascii() and text.isdigit():
        return int(text)
    return -(hash(text) & 0x3FFF_FFFF_FFFF_FFFF) - 1


def duplicate_nips(rows: Iterable[tuple[int, Cell]]) -> dict[int, tuple[int, ...]]:
    """Row → the other rows with the same NIP, from ``(row, nip cell)`` pairs.

    Blank NIPs are never duplicates; spaces and dots inside a NIP do not count.

    >>> duplicate_nips([(2, "1"), (3, "2"), (4, " 1"), (5, "")])
    {2: (4,), 4: (2,)}
    """
    keys, numbers = array("q"), array("q")
    for number, cell in rows:
        text = nip_text(cell)
        if text:
            keys.append(nip_key(text))
            numbers.append(number)
    if len(set(keys)) == len(keys):  # the usual case, decided without sorting
        return {}
    ordered = sorted(keys)
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


def nip_cells(
    rows: Iterable[tuple[int, Sequence[Cell] | BadRow]], index: int
) -> Iterator[tuple[int, Cell]]:
    """``(row, NIP cell)`` of every row that has one (a short or unreadable row has none)."""
    for number, cells in rows:
        if not isinstance(cells, BadRow) and index < len(cells):
            yield number, cells[index]


__all__ = ["duplicate_nips", "nip_cells", "nip_key", "nip_text"]
