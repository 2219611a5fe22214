"""Finding the header of a sheet where it is, not where a tidy file would put it.

Recap workbooks that BKD/BKPSDM offices and assessment centres exchange open with a title
block ("REKAPITULASI HASIL ASESMEN …", the agency's name, a blank row), and often have a
two-level header: a group cell such as "NILAI KOMPETENSI" merged across the competency
columns, the competency names or codes in the row below, and the other headers (NO, NIP,
NAMA, …) merged down over both rows. This module reads the first rows of a sheet (or CSV
file), scores each by how many of its cells name a column the library knows (descriptive
fields, competency codes, official codes and names, recorded results), and takes the best
one; when the row below names competencies where the chosen row has blanks or a group
label, the two rows are one header. It never guesses silently: the row used is reported,
and when no row qualifies the error says which rows were tried and what was missing.

Merged cells were already filled by the reader, so a header merged down over two rows
reads the same in both.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from itertools import chain
from typing import Any, NamedTuple

from kamus_kompetensi.columns import FIELD_HEADERS, REQUIRED_FIELDS
from kamus_kompetensi.dictionary import Dictionary
from kamus_kompetensi.errors import InputError, Location
from kamus_kompetensi.keys import normalise_key
from kamus_kompetensi.tabular import BadRow, Cell, text_of

#: How many rows from the top the header may be in.
SEARCH_ROWS = 30

Row = tuple[int, Sequence[Cell] | BadRow]


class KnownColumns(NamedTuple):
    """The columns a kind of table has: normalised header → field, and the fields that
    say who a row is about (one of them must be in a plausible header)."""

    field_of: Mapping[str, str]
    identity: frozenset[str]

    @classmethod
    def of(cls, headers: Mapping[str, Sequence[str]], identity: Sequence[str]) -> KnownColumns:
        """From field → header spellings (as :data:`~kamus_kompetensi.columns.FIELD_HEADERS`)."""
        field_of = {normalise_key(h): f for f, hs in headers.items() for h in hs}
        return cls(field_of, frozenset(identity))


#: The columns of an assessment-results table (what ``check`` reads).
ASSESSMENT_COLUMNS = KnownColumns.of(FIELD_HEADERS, REQUIRED_FIELDS)


class Header(NamedTuple):
    """The header of a table: its cells, and the sheet rows it was read from."""

    headers: tuple[str, ...]
    first_row: int
    last_row: int


class _Score(NamedTuple):
    fields: frozenset[str]
    competencies: int
    identity: frozenset[str]

    @property
    def total(self) -> int:
        return len(self.fields) + self.competencies

    @property
    def plausible(self) -> bool:
        """Enough to be a header: three known columns, among them who (NIP or name) or
        at least two competencies."""
        return self.total >= 3 and (bool(self.fields & self.identity) or self.competencies >= 2)


def _texts(cells: Sequence[Cell] | BadRow) -> list[str]:
    if isinstance(cells, BadRow):
        return []
    return [text_of(c) if not isinstance(c, str) else c.strip() for c in cells]


def _score(
    texts: Sequence[str], dictionary: Dictionary, known: KnownColumns = ASSESSMENT_COLUMNS
) -> _Score:
    fields: set[str] = set()
    competencies = 0
    for text in texts:
        if not text:
            continue
        field = known.field_of.get(normalise_key(text))
        if field is not None:
            fields.add(field)
        elif dictionary.find_competency(text) is not None:
            competencies += 1
    return _Score(frozenset(fields), competencies, known.identity)


def _combined(upper: Sequence[str], lower: Sequence[str]) -> tuple[str, ...]:
    """Two header rows as one: a column's lower cell where it has one, else the upper."""
    width = max(len(upper), len(lower))
    top = [*upper, *([""] * (width - len(upper)))]
    bottom = [*lower, *([""] * (width - len(lower)))]
    return tuple(b or t for t, b in zip(top, bottom, strict=True))


def _second_level(upper: Sequence[str], lower: Sequence[str], dictionary: Dictionary) -> bool:
    """Whether ``lower`` completes ``upper``: it names competencies in columns where the
    upper row is blank or holds one repeated group label, and adds no data cells."""
    named = [i for i, text in enumerate(lower) if text and dictionary.find_competency(text)]
    if len(named) < 2 or not _score(upper, dictionary).fields:
        return False  # the upper half of a header names some descriptive column (NIP, …)
    above = {upper[i] if i < len(upper) else "" for i in named} - {""}
    group_label = len(above) <= 1  # blank, or one label written once or merged across
    known_above = any(a and dictionary.find_competency(a) for a in above)
    return group_label and not known_above


def find_header(
    rows: Iterator[Row],
    dictionary: Dictionary,
    *,
    name: str,
    header_row: int | None = None,
    known: KnownColumns = ASSESSMENT_COLUMNS,
) -> tuple[Header, Iterator[Row]]:
    """The header among the first :data:`SEARCH_ROWS` rows (or at ``header_row``, the
    sheet's 1-based row number, when the user says where it is) and the rows after it.

    The best row is a plausible one (three known columns, among them NIP or name, or two
    competencies) naming the most known columns; failing that, the row naming the most.
    A sheet whose first rows name no known column at all is ``header-not-found``.
    ``known`` says which columns count (by default those of assessment results; the
    training records of :mod:`kamus_kompetensi.training` have their own)."""
    limit = header_row + 1 if header_row is not None else SEARCH_ROWS
    seen: list[Row] = []
    for row in rows:
        seen.append(row)
        if row[0] >= limit:
            break
    if not seen or all(not any(_texts(cells)) for _, cells in seen):
        raise _error("input-empty", name)
    index = _chosen(seen, dictionary, name, header_row, known)
    number, cells = seen[index]
    upper = _texts(cells)
    headers, last = tuple(upper), number
    if (
        header_row is None
        and index > 0
        and _second_level(_texts(seen[index - 1][1]), upper, dictionary)
    ):
        # The chosen row is the lower half of a two-level header: it starts one row up.
        number = seen[index - 1][0]
        headers = _combined(_texts(seen[index - 1][1]), upper)
    elif index + 1 < len(seen):
        below_number, below = seen[index + 1]
        lower = _texts(below)
        if _second_level(upper, lower, dictionary):
            headers, last = _combined(upper, lower), below_number
            index += 1
    return Header(headers, number, last), chain(seen[index + 1 :], rows)


def _chosen(
    seen: list[Row],
    dictionary: Dictionary,
    name: str,
    header_row: int | None,
    known: KnownColumns,
) -> int:
    if header_row is not None:
        for i, (number, _) in enumerate(seen):
            if number == header_row:
                return i
        raise _error("header-row-missing", name, row=header_row)
    scores = [_score(_texts(cells), dictionary, known) for _, cells in seen]
    best = max(range(len(seen)), key=lambda i: (scores[i].plausible, scores[i].total, -i))
    if scores[best].total == 0:
        first, last = seen[0][0], seen[-1][0]
        raise _error("header-not-found", name, first=first, last=last)
    # A row that names some known columns but not enough is still the best guess: the
    # missing-columns error then says what it lacks, and which row was read.
    return best


def _error(code: str, name: str, **params: Any) -> InputError:
    error = InputError.from_code(code, Location(file=name), **params)
    assert isinstance(error, InputError)
    return error


__all__ = ["ASSESSMENT_COLUMNS", "SEARCH_ROWS", "Header", "KnownColumns", "find_header"]
