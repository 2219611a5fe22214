"""Checking many officials at once: rows of a table in, located outcomes out, streaming.

This module owns the batch engine: it turns each row of a :class:`~kamus_kompetensi.tabular.Table`
(or of an iterable of mappings) into either an :class:`~kamus_kompetensi.outcomes.OfficialResult`
(possibly with warnings) or one or more ``error`` :class:`~kamus_kompetensi.outcomes.RowIssue`,
and keeps a :class:`~kamus_kompetensi.outcomes.BatchSummary` up to date as it goes. It does
not render (that is :mod:`kamus_kompetensi.report`) and it never writes personal data (NIP,
names) anywhere but into the outcome records it hands back.

Row accounting: every data row is read, then checked or rejected, so
``rows_read == rows_checked + rows_rejected``. Fully blank rows (every cell empty, as
spreadsheets leave between blocks) are **not** read rows: they are skipped and counted in
``summary.rows_blank`` only. A rejected row carries *every* problem found in it.

Speed: columns are mapped once per file; the standard of each distinct
eselon/jenjang/jabatan_kode text is looked up once; score cells go through a text →
``Decimal`` cache; and :meth:`~kamus_kompetensi.scoring.Scorer.score` is called directly.
The happy path builds no exception and no per-row dict.

Duplicate NIPs: the warning on a row names the *other* rows, which may come later in the
file, so a cheap first pass over the NIP column finds them first
(:mod:`kamus_kompetensi.nip_duplicates`).
"""

from __future__ import annotations

import datetime as dt
import operator
import os
import re
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeAlias

from kamus_kompetensi.columns import ColumnMap, map_columns, require_columns
from kamus_kompetensi.dictionary import Dictionary
from kamus_kompetensi.errors import InputError, KamusError, Location
from kamus_kompetensi.i18n import message
from kamus_kompetensi.models import MissingScores, ScoringPolicy
from kamus_kompetensi.nip import is_valid_nip, mask_nip
from kamus_kompetensi.nip_duplicates import (
    duplicate_nips,
    nip_cells,
    nip_text,
    plain_csv_column,
    plain_nips_distinct,
)
from kamus_kompetensi.outcomes import BatchReport, BatchSummary, OfficialResult, RowIssue
from kamus_kompetensi.scoring import (
    DEFAULT_POLICY,
    Scorer,
    parse_level,
    plausible_assessment_date,
    scorer_for,
)
from kamus_kompetensi.tabular import BadRow, Cell, RecordCells, Table, open_table, text_of

Outcome: TypeAlias = OfficialResult | RowIssue
RowsSource: TypeAlias = "str | os.PathLike[str] | Iterable[Mapping[str, Any]]"
Progress = Callable[[int], None]

PROGRESS_EVERY = 10_000
_CACHE_LIMIT = 4096
_DATE_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_NIP_COLUMN = "nip"


# --- reading the source --------------------------------------------------------------------
def _mapping_table(items: Sequence[Any], name: str) -> Table:
    """A :class:`Table` over mappings; the header is every key in order of first use, so no
    key of a later mapping is lost. Row numbers start at 2, as if the keys were a header."""
    headers: dict[str, None] = {}
    for item in items:
        if isinstance(item, Mapping):
            headers.update(dict.fromkeys(str(k) for k in item))
    columns = tuple(headers)

    def rows() -> Iterator[tuple[int, Sequence[Cell] | BadRow]]:
        for number, item in enumerate(items, start=2):
            if not isinstance(item, Mapping):
                yield number, BadRow("row-not-mapping", type(item).__name__)
                continue
            values = {str(k): v for k, v in item.items()}
            yield number, [values.get(h) for h in columns]

    return Table(name, columns, rows())


class _Source:
    """Opens the same rows as often as needed (the NIP pass, then the check)."""

    def __init__(
        self, rows_source: RowsSource, *, name: str | None, fmt: str | None, sheet: str | None
    ) -> None:
        self.path: Path | None = None
        self.items: list[Any] = []
        if isinstance(rows_source, (str, os.PathLike)):
            self.path = Path(rows_source)
            self.name = name or str(rows_source)
        elif isinstance(rows_source, Iterable) and not isinstance(rows_source, (bytes, Mapping)):
            self.items = list(rows_source)
            self.name = name or "<rows>"
        else:
            raise InputError.from_code(
                "invalid-argument", name="rows_source", value=type(rows_source).__name__
            )
        self.fmt, self.sheet = fmt, sheet

    def open(self) -> Table:
        if self.path is not None:
            return open_table(self.path, name=self.name, fmt=self.fmt, sheet=self.sheet)
        return _mapping_table(self.items, self.name)

    def duplicates(self, index: int, shape: Table) -> dict[int, tuple[int, ...]]:
        """Row → the other rows with the same NIP (column ``index``)."""
        if self.plain_nips_distinct(index, shape):
            return {}
        return duplicate_nips(self.nip_cells(index, shape))

    def plain_nips_distinct(self, index: int, shape: Table) -> bool:
        """Whether the source is a CSV file whose NIPs are plainly all different
        (:func:`~kamus_kompetensi.nip_duplicates.plain_nips_distinct`)."""
        if self.path is None or shape.delimiter is None or not shape.encoding:
            return False
        return plain_nips_distinct(self.path, shape.delimiter, index)

    def nip_cells(self, index: int, shape: Table) -> Iterator[tuple[int, Cell]]:
        """``(row, NIP cell)`` for the duplicate pass. A CSV file without a single quote
        character is split line by line (records are then lines, so the numbering is the
        same as the csv module's) at a fraction of the csv module's cost; anything else
        is read through :func:`open_table` again."""
        if self.path is not None and shape.delimiter is not None and shape.encoding:
            cells = plain_csv_column(self.path, shape.encoding, shape.delimiter, index)
            if cells is not None:
                return cells
        return nip_cells(self.open(), index)


def _text(cell: Cell) -> str | None:
    """Trimmed text of a descriptive cell, ``None`` when blank (str cells fast)."""
    if type(cell) is str:
        return cell.strip() or None
    return text_of(cell) or None


# --- dates ---------------------------------------------------------------------------------
def parse_assessed_on(cell: Cell) -> dt.date | None:
    """An assessment date from ``YYYY-MM-DD``, ``DD-MM-YYYY`` (also with / or .) or a
    date cell; ``None`` when it is none of these or outside 1950–2100 (a typo such as
    9999-12-31 must not reach the validity arithmetic).

    >>> parse_assessed_on("02-03-2026"), parse_assessed_on("2026-03-02")
    (datetime.date(2026, 3, 2), datetime.date(2026, 3, 2))
    """
    found = _date_of(cell)
    return found if found is not None and plausible_assessment_date(found) else None


def _date_of(cell: Cell) -> dt.date | None:
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    text = text_of(cell)
    try:
        match = _DATE_DMY.fullmatch(text)
        if match:
            return dt.date(int(match[3]), int(match[2]), int(match[1]))
        return dt.date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


# --- the standard a row names --------------------------------------------------------------
_Issue = tuple[str, str | None, str | None, str]  # code, column, value, message


@dataclass(frozen=True)
class _Target:
    """What a distinct (eselon, jenjang, jabatan_kode, kondisi) resolves to, computed once:
    a scorer and the cell index of each of its competencies, or the row errors it causes."""

    scorer: Scorer | None
    cells: tuple[int, ...] = ()
    missing: tuple[str, ...] = ()
    issues: tuple[_Issue, ...] = ()
    pick: Callable[[Sequence[Cell]], tuple[Cell, ...]] | None = None  # set when complete
    # Competency columns of the file that this standard does not use (a technical
    # competency of another position): a value there is ignored, and said so.
    outside: tuple[int, ...] = ()


_SELECTORS = ("jabatan_kode", "jenjang", "eselon")


def _picker(indexes: Sequence[int]) -> Callable[[Sequence[Cell]], tuple[Cell, ...]]:
    """``cells → tuple of cells at indexes``, at C speed (itemgetter), always a tuple."""
    if len(indexes) == 1:
        index = indexes[0]
        return lambda cells: (cells[index],)
    return operator.itemgetter(*indexes)


class _Resolver:
    """Finds (and caches) the standard of each distinct selector text of a file."""

    def __init__(self, dictionary: Dictionary, columns: ColumnMap, policy: ScoringPolicy) -> None:
        self.dictionary = dictionary
        self.columns = columns
        self.policy = policy
        self.headers = columns.headers
        self.cache: dict[tuple[Cell, ...], _Target] = {}
        self.conditions = frozenset(
            c.condition for level in dictionary.position_levels for c in level.conditional_echelons
        )

    def header(self, field: str) -> str:
        index = self.columns.index(field)
        return self.headers[index] if index is not None else field

    def resolve(self, given: dict[str, str]) -> _Target:
        condition = given.get("kondisi", "")
        if condition and not given.get("eselon"):
            # A condition selects an echelon mapping; with no echelon it would be ignored.
            text = message("condition-without-echelon", condition=condition)
            issue = ("condition-without-echelon", self.header("kondisi"), condition, text)
            return _Target(None, issues=(issue,))
        levels: list[tuple[str, Any]] = []
        for field in _SELECTORS:
            text = given.get(field, "")
            if not text:
                continue
            found = self._lookup(field, text, condition)
            if isinstance(found, tuple):
                return _Target(None, issues=(found,))
            levels.append((field, found))
        if not levels:
            wanted = " / ".join(
                self.header(f) for f in _SELECTORS if self.columns.index(f) is not None
            )
            return _Target(
                None,
                issues=(
                    ("missing-position", wanted, None, message("missing-position", columns=wanted)),
                ),
            )
        first_field, chosen = levels[0]
        for field, other in levels[1:]:
            if other.position_level != chosen.position_level:
                issue = (
                    "position-conflict",
                    self.header(field),
                    given[field],
                    message("position-conflict", first=given[first_field], other=given[field]),
                )
                return _Target(None, issues=(issue,))
        return self._target(chosen, first_field, given[first_field])

    def _lookup(self, field: str, text: str, condition: str) -> Any:
        """A :class:`Standard`, or an issue tuple saying why there is none. Each column is
        lenient about the other's spelling (an echelon in ``jenjang`` or the reverse)."""
        d = self.dictionary
        try:
            if field == "jabatan_kode":
                return d.standard_for(d.get_position(text))
            if field == "eselon":
                if condition and condition not in self.conditions:
                    return self._issue("unknown-condition", "kondisi", condition)
                level = d.find_position_level(text) or d.position_level_for_echelon(
                    text, condition=condition or None
                )
            else:
                level = d.find_position_level_for_echelon(text) or d.get_position_level(text)
            return d.standard_for(level)
        except KamusError as exc:
            code = "standard-not-defined" if exc.code == "standard-not-defined" else ""
            return (code or "unknown-position", self.header(field), text, str(exc.args[0]))

    def _issue(self, code: str, field: str, text: str) -> _Issue:
        allowed = ", ".join(sorted(self.conditions)) or "-"
        return (code, self.header(field), text, message(code, key=text, allowed=allowed))

    def _target(self, standard: Any, field: str, text: str) -> _Target:
        try:
            scorer = scorer_for(self.dictionary, standard, self.policy)
        except KamusError as exc:  # pragma: no cover - standards are validated at load
            return _Target(None, issues=((exc.code, self.header(field), text, str(exc)),))
        comps = self.columns.competencies
        cells = tuple(comps.get(code, -1) for code in scorer.codes)
        missing = tuple(code for code in scorer.codes if code not in comps)
        used = set(scorer.codes)
        outside = tuple(index for code, index in comps.items() if code not in used)
        pick = None if missing else _picker(cells)
        return _Target(scorer, cells, missing, pick=pick, outside=outside)


# --- one row -------------------------------------------------------------------------------
class _Checker:
    """Checks one row at a time; everything that can be worked out once per file is."""

    def __init__(
        self,
        dictionary: Dictionary,
        columns: ColumnMap,
        policy: ScoringPolicy,
        duplicates: Mapping[int, tuple[int, ...]],
        mask: bool,
    ) -> None:
        self.columns = columns
        self.headers = columns.headers
        self.width = len(columns.headers)
        self.resolver = _Resolver(dictionary, columns, policy)
        self.duplicates = duplicates
        self.mask = mask
        self.missing_zero = policy.missing is MissingScores.ZERO
        index = columns.index
        self.i_nip = index("nip")
        self.nip_column = self.headers[self.i_nip] if self.i_nip is not None else _NIP_COLUMN
        self.i_name, self.i_title = index("nama"), index("jabatan")
        self.i_unit, self.i_date = index("unit_kerja"), index("tanggal_asesmen")
        self.selectors = tuple(
            (f, i) for f in (*_SELECTORS, "kondisi") if (i := index(f)) is not None
        )
        self.selector_key = _picker([i for _, i in self.selectors]) if self.selectors else None
        self.levels: dict[str, Decimal] = {}
        self.dates: dict[Cell, dt.date | None] = {}
        self.names = {c.code: c.name for c in dictionary.competencies}

    # The happy path: a complete standard, every score cell in the cache.
    def check(self, number: int, cells: Sequence[Cell]) -> OfficialResult | list[RowIssue] | None:
        """The outcome of one row; ``None`` for a fully blank row."""
        notes: list[_Issue] = []
        if len(cells) != self.width:
            cells, extra = self._fit(cells)
            if extra:
                # More filled cells than headers usually means every value after some point
                # moved one column (an unquoted decimal comma, "3,5", in a comma CSV):
                # scoring the row would give a wrong result, so it is rejected.
                issue = ("extra-cells", None, None, message("extra-cells", count=extra))
                return self._rejected(number, [issue])
        if type(cells) is not list and isinstance(cells, RecordCells) and cells.extra:
            notes.append(
                (
                    "unknown-field",
                    None,
                    ", ".join(cells.extra),
                    message("unknown-field", keys=", ".join(cells.extra)),
                )
            )
        key = self.selector_key(cells) if self.selector_key is not None else ()
        target = self._target(key)
        cached = self._cached_levels(target, cells)
        if cached is not None:
            return self._result(number, cells, target, cached, notes)
        nip_cell = cells[self.i_nip] if self.i_nip is not None else None
        if not text_of(nip_cell) and all(not text_of(c) for c in cells):
            return None
        levels, errors = self._slow_scores(target, cells)
        issues = [*target.issues, *errors]
        if issues:
            return self._rejected(number, issues)
        return self._result(number, cells, target, levels, notes)

    def _cached_levels(self, target: _Target, cells: Sequence[Cell]) -> list[Decimal] | None:
        """Levels straight from the text cache, or ``None`` when any cell needs a closer look
        (not seen before, not text, blank or bad). A miss is a ``KeyError``, not a ``None``
        test: comparing a Decimal with ``None`` goes through the ``numbers`` ABCs."""
        if target.pick is None:
            return None
        try:
            return list(map(self.levels.__getitem__, target.pick(cells)))
        except (KeyError, TypeError):  # TypeError: an unhashable JSON value
            return None

    def _fit(self, cells: Sequence[Cell]) -> tuple[Sequence[Cell], int]:
        """A short row padded with blanks, and the number of filled cells beyond the header."""
        if len(cells) < self.width:
            return [*cells, *([None] * (self.width - len(cells)))], 0
        return cells, sum(1 for c in cells[self.width :] if text_of(c))

    def _target(self, key: tuple[Cell, ...]) -> _Target:
        cache = self.resolver.cache
        try:
            target = cache.get(key)
        except TypeError:  # unhashable selector value: resolve without caching
            return self._resolve(key)
        if target is None:
            target = self._resolve(key)
            if len(cache) < _CACHE_LIMIT:
                cache[key] = target
        return target

    def _resolve(self, key: tuple[Cell, ...]) -> _Target:
        given = {
            f: text_of(v) if isinstance(v, (str, int, float)) or v is None else str(v)
            for (f, _), v in zip(self.selectors, key, strict=True)
        }
        return self.resolver.resolve(given)

    # The slow path: find and name every problem with the scores.
    def _slow_scores(
        self, target: _Target, cells: Sequence[Cell]
    ) -> tuple[list[Decimal], list[_Issue]]:
        errors: list[_Issue] = []
        levels: list[Decimal] = []
        if target.scorer is None:  # no standard: still report every bad score in the row
            for code, index in self.columns.competencies.items():
                self._score(code, index, cells, errors, report_blank=False)
            return levels, errors
        for code, index in zip(target.scorer.codes, target.cells, strict=True):
            level = self._score(code, index, cells, errors, report_blank=not self.missing_zero)
            levels.append(Decimal(0) if level is None else level)
        return levels, errors

    def _score(
        self,
        code: str,
        index: int,
        cells: Sequence[Cell],
        errors: list[_Issue],
        *,
        report_blank: bool,
    ) -> Decimal | None:
        column = self.headers[index] if index >= 0 else self.names[code]
        cell = cells[index] if index >= 0 else None
        text = text_of(cell)
        if not text:
            if report_blank:
                errors.append(("missing-score", column, None, message("missing-score", key=column)))
            return None
        try:
            level = parse_level(cell)
        except KamusError as exc:
            problem = getattr(exc, "problems", (None,))[0]
            code_ = problem.code if problem is not None else exc.code
            errors.append((code_, column, text[:40], message(code_, key=column, value=text[:40])))
            return None
        if isinstance(cell, str) and len(self.levels) < _CACHE_LIMIT:
            self.levels[cell] = level
        return level

    # Building the outcome.
    def _rejected(self, number: int, issues: Sequence[_Issue]) -> list[RowIssue]:
        return [
            RowIssue(number, code, text, "error", column, value)
            for code, column, value, text in issues
        ]

    def _result(
        self,
        number: int,
        cells: Sequence[Cell],
        target: _Target,
        levels: list[Decimal],
        notes: list[_Issue],
    ) -> OfficialResult:
        for index in target.outside:
            value = text_of(cells[index])
            if value:
                scorer_code = target.scorer.standard.code if target.scorer else "-"
                text = message("score-not-in-standard", key=self.headers[index], code=scorer_code)
                notes.append(("score-not-in-standard", self.headers[index], value[:40], text))
        nip = self._nip(number, cells[self.i_nip] if self.i_nip is not None else None, notes)
        assessed_on = self._date(cells, notes) if self.i_date is not None else None
        name = _text(cells[self.i_name]) if self.i_name is not None else None
        scorer = target.scorer
        assert scorer is not None
        result = scorer.score(levels, assessed_on=assessed_on, nip=nip, name=name)
        return OfficialResult.fast(
            number,
            result,
            nip,
            name,
            _text(cells[self.i_title]) if self.i_title is not None else None,
            _text(cells[self.i_unit]) if self.i_unit is not None else None,
            tuple(RowIssue(number, c, t, "warning", col, v) for c, col, v, t in notes)
            if notes
            else (),
        )

    def _nip(self, number: int, cell: Cell, notes: list[_Issue]) -> str | None:
        """The NIP as the outcome keeps it (masked on request), with its warnings."""
        text = nip_text(cell)
        column = self.nip_column
        if not text:
            notes.append(("missing-nip", column, None, message("missing-nip")))
            return None
        shown = mask_nip(text) if self.mask else text
        if isinstance(cell, float):  # Excel keeps ~15 digits of a number: the NIP may be wrong
            notes.append(("nip-as-number", column, shown, message("nip-as-number")))
        elif not is_valid_nip(text):
            notes.append(("invalid-nip", column, shown, message("invalid-nip")))
        others = self.duplicates.get(number)
        if others:
            rows = ", ".join(map(str, others))
            notes.append(("duplicate-nip", column, shown, message("duplicate-nip", rows=rows)))
        return shown

    def _date(self, cells: Sequence[Cell], notes: list[_Issue]) -> dt.date | None:
        assert self.i_date is not None
        cell = cells[self.i_date]
        if cell is None or cell == "":
            return None
        try:
            found = self.dates[cell]  # dates repeat: most rows end here
        except (KeyError, TypeError):
            if not text_of(cell):
                return None
            found = parse_assessed_on(cell)
            if isinstance(cell, str) and len(self.dates) < _CACHE_LIMIT:
                self.dates[cell] = found
        if found is None:
            column = self.headers[self.i_date]
            text = text_of(cell)[:40]
            notes.append(("invalid-date", column, text, message("invalid-date", value=text)))
        return found


# --- the run -------------------------------------------------------------------------------
def checked_outcomes(
    rows: Iterable[tuple[int, Sequence[Cell] | BadRow]],
    check: Callable[[int, Sequence[Cell]], Any],
    summary: BatchSummary,
    *,
    progress: Progress | None = None,
    on_error: Callable[[RowIssue], None] | None = None,
) -> Generator[Outcome, None, None]:
    """The outcome of each row, counted in ``summary``: the one row loop of a run, in one
    process or in each worker of a parallel one. Kept to a single generator because every
    extra layer costs each row a resume."""
    seen = 0
    for number, cells in rows:
        seen += 1
        if progress is not None and seen % PROGRESS_EVERY == 0:
            progress(seen)
        outcome: Any = cells if isinstance(cells, BadRow) else check(number, cells)
        if type(outcome) is OfficialResult:
            summary.add_result(outcome)
            yield outcome
        elif outcome is None:
            summary.rows_blank += 1
        else:
            summary.add_rejected()
            issues = _issues(number, outcome)
            if on_error is not None:
                for issue in issues:
                    on_error(issue)
            yield from issues
    if progress is not None:
        progress(seen)


def _issues(number: int, outcome: Any) -> list[RowIssue]:
    if isinstance(outcome, BadRow):
        return [RowIssue(number, outcome.code, message(outcome.code, detail=outcome.detail))]
    issues: list[RowIssue] = outcome
    return issues


def _jobs(jobs: int | None) -> int:
    """``jobs`` checked: a whole number of processes, ``None`` or 0 for one per core."""
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0):
        raise InputError.from_code("invalid-argument", name="jobs", value=repr(jobs))
    if not jobs:
        from kamus_kompetensi.parallel import available_cores

        return available_cores()
    return jobs


class BatchRun:
    """A streaming batch check: iterate it once for outcomes in input-row order.

    ``summary`` is updated as rows are checked and complete when the iteration ends. The
    header has been read and checked when the run is made, so a file with missing
    required columns fails before any output is written; a problem deeper in the file
    (undecodable bytes, broken CSV quoting) raises :class:`InputError` while iterating.
    """

    def __init__(
        self,
        dictionary: Dictionary,
        rows_source: RowsSource,
        *,
        policy: ScoringPolicy | str = DEFAULT_POLICY,
        sheet: str | None = None,
        fmt: str | None = None,
        name: str | None = None,
        mask_nip: bool = False,
        progress: Progress | None = None,
        on_error: Callable[[RowIssue], None] | None = None,
        jobs: int | None = 1,
    ) -> None:
        if not isinstance(dictionary, Dictionary):
            raise InputError.from_code(
                "invalid-argument", name="dictionary", value=type(dictionary).__name__
            )
        self.dictionary = dictionary
        self.jobs = _jobs(jobs)
        self.policy = policy if isinstance(policy, ScoringPolicy) else dictionary.get_policy(policy)
        self._source = _Source(rows_source, name=name, fmt=fmt, sheet=sheet)
        self._table: Table | None = self._source.open()
        self._shape = self._table
        self.columns = map_columns(self._table.headers, dictionary)
        try:
            require_columns(self.columns, dictionary, self._source.name)
        except KamusError as exc:
            self._table.close()
            raise _with_sheet_hint(exc, self._table) from None
        self.mask_nip = mask_nip
        self.progress = progress
        self.on_error = on_error
        self.jobs_used = 1
        """Processes that checked the rows: more than 1 after a parallel :meth:`rendered`."""
        self._iterator: Generator[Outcome, None, None] | None = None
        self.summary = BatchSummary(
            source=self._source.name,
            policy_code=self.policy.code,
            policy_name=self.policy.name,
            band_order=tuple(b.code for b in self.policy.bands),
            dictionary={
                "id": dictionary.id,
                "version": dictionary.version,
                "content_hash": dictionary.content_hash,
            },
            sheet=self._table.sheet,
        )
        self.summary.file_warnings.extend(self._file_warnings(self._table))

    @property
    def source(self) -> str:
        """The input's name as shown in reports (a path, or ``<rows>``)."""
        return self._source.name

    def _file_warnings(self, table: Table) -> list[RowIssue]:
        warnings = [
            RowIssue(1, code, message(code, **table.note_params.get(code, {})), "warning")
            for code in table.notes
        ]
        for index, header in self.columns.unknown:
            shown = header or f"#{index + 1}"
            warnings.append(
                RowIssue(
                    1, "unknown-column", message("unknown-column", header=shown), "warning", shown
                )
            )
        return warnings

    def close(self) -> None:
        """Release the input file of a run that will not be iterated (or not to the end)."""
        if self._table is not None:
            self._table.close()
            self._table = None
        if self._iterator is not None:
            self._iterator.close()

    def __iter__(self) -> Iterator[Outcome]:
        self._iterator = self._outcomes(self._take_table())
        return self._iterator

    def _take_table(self) -> Table:
        table, self._table = self._table, None
        if table is None:
            raise InputError.from_code("batch-consumed", Location(file=self.source))
        return table

    def _checker(self, duplicates: Mapping[int, tuple[int, ...]]) -> _Checker:
        return _Checker(self.dictionary, self.columns, self.policy, duplicates, self.mask_nip)

    def _outcomes(self, table: Table) -> Generator[Outcome, None, None]:
        try:
            check = self._checker(self._duplicates()).check
            yield from checked_outcomes(
                table.rows, check, self.summary, progress=self.progress, on_error=self.on_error
            )
        finally:
            table.close()

    def rendered(self, render: Callable[[OfficialResult], bytes]) -> Iterator[bytes] | None:
        """The bytes ``render`` makes of the checked rows, in input order and joined in
        pieces, computed by :attr:`jobs` processes; ``None`` when this run is better
        checked in one process (then iterate it as usual).

        This is how the CSV report of a large file uses every core
        (:mod:`kamus_kompetensi.parallel` says when a file qualifies). Consumes the run
        like iterating it: ``summary`` is complete once the texts are, and row errors
        reach ``on_error`` only, since there are no outcomes to iterate.
        """
        if self.jobs < 2 or self._source.path is None or self._table is None:
            return None
        from kamus_kompetensi import parallel

        shape = self._table
        nip_index = self.columns.index("nip")
        chunks = parallel.plan(self._source.path, shape.encoding, shape.delimiter, self.jobs)
        if chunks is None or nip_index is None or shape.encoding is None:
            return None
        assert shape.delimiter is not None  # plan() said yes: a CSV file
        self._take_table().close()
        work = parallel.Work(
            path=self._source.path,
            name=self.source,
            input_encoding=shape.encoding,
            delimiter=shape.delimiter,
            nip_index=nip_index,
            checker=self._checker({}),
            row_loop=checked_outcomes,
            render=render,
        )
        self.jobs_used = min(self.jobs, len(chunks))
        return parallel.rendered_chunks(
            work,
            chunks,
            self.jobs,
            self.summary,
            progress=self.progress,
            on_error=self.on_error,
        )

    def _duplicates(self) -> Mapping[int, tuple[int, ...]]:
        """The first, cheap pass: row → other rows with the same NIP."""
        nip_index = self.columns.index("nip")
        if nip_index is None:  # pragma: no cover - nip is a required column
            return {}
        return self._source.duplicates(nip_index, self._shape)

    def report(self) -> BatchReport:
        """Consume the run into a :class:`BatchReport` held in memory."""
        report = BatchReport(self.summary)
        for outcome in self:
            if isinstance(outcome, OfficialResult):
                report.results.append(outcome)
            else:
                report.errors.append(outcome)
        return report


def _with_sheet_hint(error: KamusError, table: Table) -> KamusError:
    """Missing columns in a workbook with other sheets: name them (the first sheet is often
    an instructions sheet such as "Petunjuk")."""
    others = [s for s in table.sheets if s != table.sheet]
    if error.code != "missing-columns" or not others:
        return error
    hint = message("sheet-hint", sheet=table.sheet, sheets=", ".join(others))
    return InputError(f"{error.args[0]}. {hint}", code=error.code, location=error.location)


def iter_outcomes(
    dictionary: Dictionary,
    rows_source: RowsSource,
    *,
    policy: ScoringPolicy | str = DEFAULT_POLICY,
    sheet: str | None = None,
    fmt: str | None = None,
    name: str | None = None,
    mask_nip: bool = False,
    progress: Progress | None = None,
    on_error: Callable[[RowIssue], None] | None = None,
    jobs: int | None = 1,
) -> BatchRun:
    """Check a file (path) or an iterable of mappings as a stream of outcomes.

    Use this for large files: memory stays flat. A path streams; an iterable of mappings
    is held in memory (it has to be read twice: once for duplicate NIPs). ``progress`` is
    called with the number of rows seen every :data:`PROGRESS_EVERY` rows and at the end.
    ``mask_nip`` masks NIPs in the outcomes themselves, so no later step can leak them.
    ``on_error`` is called with each row error as it is found, in row order. ``jobs`` is the
    number of processes the CSV report of a large CSV file may use (``None`` or 0: one per
    core); see :meth:`BatchRun.rendered`. Iterating the run always uses one.

    >>> import kamus_kompetensi as kk
    >>> d = kk.load_dictionary()
    >>> row = {"nip": "196711101992031001", "nama": "Contoh", "jabatan": "Kepala Dinas",
    ...        "eselon": "II.a", **{code: "4" for code in d.national_codes}}
    >>> run = iter_outcomes(d, [row])
    >>> [(o.row, str(o.result.jpm)) for o in run], run.summary.balanced
    ([(2, '100.00')], True)
    """
    return BatchRun(
        dictionary,
        rows_source,
        policy=policy,
        sheet=sheet,
        fmt=fmt,
        name=name,
        mask_nip=mask_nip,
        progress=progress,
        on_error=on_error,
        jobs=jobs,
    )


def check_file(
    dictionary: Dictionary,
    path: str | os.PathLike[str],
    *,
    policy: ScoringPolicy | str = DEFAULT_POLICY,
    sheet: str | None = None,
    fmt: str | None = None,
    mask_nip: bool = False,
) -> BatchReport:
    """Check every row of a CSV, XLSX, JSON or JSON Lines file; the report is in memory.

    Raises :class:`InputError` when the file cannot be used at all (unreadable, wrong
    encoding, required columns missing); problems with single rows are in the report.
    """
    if not isinstance(path, (str, os.PathLike)):
        raise InputError.from_code("invalid-argument", name="path", value=type(path).__name__)
    return iter_outcomes(
        dictionary, path, policy=policy, sheet=sheet, fmt=fmt, mask_nip=mask_nip
    ).report()


def check_rows(
    dictionary: Dictionary,
    rows: Iterable[Mapping[str, Any]],
    *,
    policy: ScoringPolicy | str = DEFAULT_POLICY,
    mask_nip: bool = False,
) -> BatchReport:
    """Check rows given as mappings (header → value); row numbers are 2, 3, … by position,
    as if the mappings' keys were a header row."""
    return iter_outcomes(dictionary, rows, policy=policy, mask_nip=mask_nip).report()


__all__ = [
    "PROGRESS_EVERY",
    "BatchReport",
    "BatchRun",
    "Outcome",
    "check_file",
    "check_rows",
    "checked_outcomes",
    "duplicate_nips",
    "iter_outcomes",
    "parse_assessed_on",
]
