"""Finding rows that share a NIP, before any row is checked.

The ``duplicate-nip`` warning on a row names the *other* rows, which may come later in the
file, so the batch first reads the NIP column of every row, in one exact pass. Each NIP
becomes a compact 64-bit key in an ``array('q')`` beside its row number (an 18-digit NIP
is itself a 63-bit integer, so valid NIPs are compared exactly; anything else is hashed),
16 bytes a row. A set of the keys says whether any repeats; only then a sorted copy finds
which, and only those rows reach a dict.

NIPs are compared as digits (:func:`nip_digits`): ``19870315-201001-1-002``,
``1987 0315 2010 01 1 002``, one with a zero-width space or with fullwidth digits are all
the same NIP as ``198703152010011002``, whatever each row shows (:func:`nip_text`).
"""

from __future__ import annotations

import itertools
import unicodedata
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


# Unicode categories that are no part of a NIP: spaces, line and paragraph separators,
# controls, invisible format characters (zero-width space and joiners, BOM, soft hyphen)
# and dashes of every kind.
_SEPARATOR_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf", "Pd"})
_SEPARATOR_MARKS = frozenset("./_")


def nip_digits(cell: Cell) -> str:
    """A NIP cell as it is compared for duplicates: compatibility-normalised (NFKC, so
    fullwidth digits are digits), without separators or invisible characters, and with
    the digits of any script as ASCII digits. Text that is not a number keeps its letters.

    >>> nip_digits("19870315-201001-1-002"), nip_digits("１９８７ ０３１５")
    ('198703152010011002', '19870315')
    >>> nip_digits("1987\u200b0315"), nip_digits("NIP-1")
    ('19870315', 'NIP1')
    """
    text = nip_text(cell)
    if not text or (text.isascii() and text.isdigit()):
        return text  # the common case
    normal = unicodedata.normalize("NFKC", text)
    kept = "".join(
        ch
        for ch in normal
        if ch not in _SEPARATOR_MARKS and unicodedata.category(ch) not in _SEPARATOR_CATEGORIES
    )
    if kept and all(ch.isdecimal() for ch in kept):
        return "".join(str(unicodedata.decimal(ch)) for ch in kept)
    return kept


def nip_key(text: str) -> int:
    """A 64-bit key: the number itself for 18 ASCII digits (exact, non-negative: 18 digits
    fit in 63 bits, and equal length keeps "01…" apart from "1…"), else a negative hash
    (collisions among such odd texts are ~N²/2⁶³, i.e. none in practice)."""
    if len(text) == 18 and text.isascii() and text.isdigit():
        return int(text)
    return -(hash(text) & 0x3FFF_FFFF_FFFF_FFFF) - 1


def duplicate_nips(rows: Iterable[tuple[int, Cell]]) -> dict[int, tuple[int, ...]]:
    """Row → the other rows with the same NIP, from ``(row, nip cell)`` pairs.

    Blank NIPs are never duplicates; separators (spaces, dots, dashes, slashes), invisible
    characters and the width of the digits do not count (:func:`nip_digits`).

    >>> duplicate_nips([(2, "1"), (3, "2"), (4, " 1"), (5, ""), (6, "-")])
    {2: (4,), 4: (2,)}
    """
    keys, numbers = array("q"), array("q")
    for number, cell in rows:
        text = nip_digits(cell)
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


__all__ = ["duplicate_nips", "nip_cells", "nip_digits", "nip_key", "nip_text"]
