"""A batch run: a file (or rows given as mappings) in, a stream of outcomes out.

One loop: it reads a row, checks it with :class:`~kamus_kompetensi.batch.rows.RowChecker`,
counts it in the :class:`~kamus_kompetensi.batch.outcomes.BatchSummary` and hands the plain
outcome on, to whichever renderer was chosen or to :meth:`BatchRun.report`. Before it, one
exact pass over the NIP column finds duplicate NIPs (their warning names the other rows,
which may come later). Memory stays flat for files; rows given as mappings are held.

Row accounting: every data row is read, then checked or rejected, so
``rows_read == rows_checked + rows_rejected``. Fully blank rows are skipped and counted in
``summary.rows_blank`` only. This module never writes personal data (NIP, names) anywhere
but into the outcome records it hands back.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeAlias

from kamus_kompetensi.batch.duplicates import duplicate_nips, nip_cells
from kamus_kompetensi.batch.header import Header, find_header
from kamus_kompetensi.batch.outcomes import BatchReport, BatchSummary, OfficialResult
from kamus_kompetensi.batch.rows import Outcome as RowOutcome
from kamus_kompetensi.batch.rows import RowChecker
from kamus_kompetensi.columns import map_columns, require_columns
from kamus_kompetensi.dictionary import Dictionary
from kamus_kompetensi.errors import InputError, KamusError, Location
from kamus_kompetensi.i18n import message
from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.models import ScoringPolicy
from kamus_kompetensi.scoring.scorer import DEFAULT_POLICY, policy_of, provenance_of
from kamus_kompetensi.tabular import BadRow, Cell, Table, open_table

Outcome: TypeAlias = OfficialResult | RowIssue
RowsSource: TypeAlias = "str | os.PathLike[str] | Iterable[Mapping[str, Any]]"
Progress = Callable[[int], None]

PROGRESS_EVERY = 10_000
#: Findings about a file that only inform (never change an exit code, even with --strict).
_INFORMATION = frozenset({"hidden-sheets"})


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


def table_notes(table: Table) -> list[RowIssue]:
    """What the reader noticed about the whole file (a Windows-1252 CSV, formulas without a
    calculated value, hidden sheets), as row-1 issues: warnings, or notes for information.
    Every command that reads an input table reports them."""
    return [
        RowIssue(
            1,
            code,
            message(code, **table.note_params.get(code, {})),
            "note" if code in _INFORMATION else "warning",
        )
        for code in table.notes
    ]


class InputSource:
    """A file path or an iterable of rows, opened as a table as often as needed (``check``
    reads twice: the NIP pass, then the check; ``training`` once)."""

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
        header_row: int | None = None,
    ) -> None:
        if not isinstance(dictionary, Dictionary):
            raise InputError.from_code(
                "invalid-argument", name="dictionary", value=type(dictionary).__name__
            )
        self.dictionary = dictionary
        self.policy = policy_of(dictionary, policy)
        self._source = InputSource(rows_source, name=name, fmt=fmt, sheet=sheet)
        self._table: Table | None = self._source.open()
        self.header: Header | None = None
        """Where the header was found (``None`` for JSON input, whose keys are the header)."""
        try:
            headers = self._table.headers
            if headers is None:
                self.header, self._table.rows = find_header(
                    self._table.rows, dictionary, name=self._source.name, header_row=header_row
                )
                headers = self.header.headers
            self.columns = map_columns(headers, dictionary)
            require_columns(self.columns, dictionary, self._source.name)
        except KamusError as exc:
            self._table.close()
            raise _with_sheet_hint(exc, self._table, self.header) from None
        self.mask_nip = mask_nip
        self.progress = progress
        self.on_error = on_error
        self._iterator: Generator[Outcome, None, None] | None = None
        self.provenance = provenance_of(dictionary, self.policy.code)
        self.summary = BatchSummary(
            source=self._source.name,
            policy_code=self.policy.code,
            policy_name=self.policy.name,
            band_order=tuple(b.code for b in self.policy.bands),
            provenance=self.provenance,
            sheet=self._table.sheet,
            header_row=self.header.first_row if self.header else None,
        )
        self.summary.file_warnings.extend(self._file_warnings(self._table))

    @property
    def source(self) -> str:
        """The input's name as shown in reports (a path, or ``<rows>``)."""
        return self._source.name

    def _file_warnings(self, table: Table) -> list[RowIssue]:
        warnings = table_notes(table)
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
        table, self._table = self._table, None
        if table is None:
            raise InputError.from_code("batch-consumed", Location(file=self.source))
        self._iterator = self._outcomes(table)
        return self._iterator

    def _duplicates(self) -> dict[int, tuple[int, ...]]:
        """The exact first pass: row → other rows with the same NIP."""
        index = self.columns.index("nip")
        if index is None:  # pragma: no cover - nip is a required column
            return {}
        table = self._source.open()
        after = self.header.last_row if self.header else 0
        try:
            data = ((n, cells) for n, cells in table.rows if n > after)
            return duplicate_nips(nip_cells(data, index))
        finally:
            table.close()

    def _outcomes(self, table: Table) -> Generator[Outcome, None, None]:
        try:
            checker = RowChecker(
                self.dictionary,
                self.columns,
                self.policy,
                self.provenance,
                self._duplicates(),
                mask=self.mask_nip,
                text_cells=table.text_cells,
            )
            yield from self._loop(table.rows, checker.check)
            self.summary.file_warnings.extend(checker.finish())
        finally:
            table.close()

    def _loop(
        self,
        rows: Iterable[tuple[int, Sequence[Cell] | BadRow]],
        check: Callable[[int, Sequence[Cell]], RowOutcome],
    ) -> Generator[Outcome, None, None]:
        """The one row loop: check, count, hand on."""
        summary, progress, on_error = self.summary, self.progress, self.on_error
        seen = 0
        for number, cells in rows:
            seen += 1
            if progress is not None and seen % PROGRESS_EVERY == 0:
                progress(seen)
            if isinstance(cells, BadRow):
                outcome: RowOutcome = [
                    RowIssue(number, cells.code, message(cells.code, detail=cells.detail))
                ]
            else:
                outcome = check(number, cells)
            if isinstance(outcome, OfficialResult):
                summary.add_result(outcome)
                yield outcome
            elif outcome is None:
                summary.rows_blank += 1
            elif isinstance(outcome, str):  # NOT_OFFICIAL: listed in a note at the end
                summary.rows_skipped += 1
            else:
                summary.add_rejected()
                for issue in outcome:
                    if on_error is not None:
                        on_error(issue)
                    yield issue
        if progress is not None:
            progress(seen)

    def report(self) -> BatchReport:
        """Consume the run into a :class:`BatchReport` held in memory."""
        report = BatchReport(self.summary)
        for outcome in self:
            if isinstance(outcome, OfficialResult):
                report.results.append(outcome)
            else:
                report.errors.append(outcome)
        return report


def _with_sheet_hint(error: KamusError, table: Table, header: Header | None) -> KamusError:
    """Missing columns: say which row was read as the header (and that ``--header-row``
    chooses another) and, in a workbook with other sheets, name them (the first sheet is
    often an instructions sheet such as "Petunjuk")."""
    if error.code not in ("missing-columns", "header-not-found"):
        return error
    hints = []
    if header is not None:
        hints.append(message("header-row-hint", row=header.first_row))
    others = [s for s in table.sheets if s != table.sheet]
    if others:
        hints.append(message("sheet-hint", sheet=table.sheet, sheets=", ".join(others)))
    if not hints:
        return error
    text = ". ".join([str(error.args[0]), *hints])
    return InputError(text, code=error.code, location=error.location)


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
    header_row: int | None = None,
) -> BatchRun:
    """Check a file (path) or an iterable of mappings as a stream of outcomes.

    Use this for large files: memory stays flat. A path streams; an iterable of mappings
    is held in memory (it has to be read twice: once for duplicate NIPs). ``progress`` is
    called with the number of rows seen every :data:`PROGRESS_EVERY` rows and at the end.
    ``mask_nip`` masks NIPs in the outcomes themselves, so no later step can leak them.
    ``on_error`` is called with each row error as it is found, in row order.

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
        header_row=header_row,
    )


def check_file(
    dictionary: Dictionary,
    path: str | os.PathLike[str],
    *,
    policy: ScoringPolicy | str = DEFAULT_POLICY,
    sheet: str | None = None,
    fmt: str | None = None,
    mask_nip: bool = False,
    header_row: int | None = None,
) -> BatchReport:
    """Check every row of a CSV, XLSX/XLSM, XLS, ODS, JSON or JSON Lines file; the report
    is in memory. ``header_row`` (1-based) says where the header is when finding it by
    itself is not wanted.

    Raises :class:`InputError` when the file cannot be used at all (unreadable, wrong
    encoding, required columns missing); problems with single rows are in the report.
    """
    if not isinstance(path, (str, os.PathLike)):
        raise InputError.from_code("invalid-argument", name="path", value=type(path).__name__)
    return iter_outcomes(
        dictionary,
        path,
        policy=policy,
        sheet=sheet,
        fmt=fmt,
        mask_nip=mask_nip,
        header_row=header_row,
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
    "BatchRun",
    "InputSource",
    "Outcome",
    "check_file",
    "check_rows",
    "iter_outcomes",
    "table_notes",
]
