"""Reading tables of assessment results: CSV, XLSX, JSON and JSON Lines.

This module turns a file into a header and a stream of ``(row_number, cells)`` pairs, where
``row_number`` is what the user sees in a spreadsheet (the header is row 1). It streams:
memory stays flat however many rows there are. It knows nothing about competencies; mapping
headers to meanings is :mod:`kamus_kompetensi.columns`' job.

Encodings: UTF-8 with or without BOM; a UTF-8 file with a few bytes that are not is read as
UTF-8, those bytes replaced and their rows named (``encoding-invalid-bytes``); a file with
no UTF-8 beyond ASCII that is valid Windows-1252 (what Excel writes as "CSV" on many
Indonesian Windows machines) is read as such and flagged (``encoding-cp1252``); anything
else is a clear :class:`~kamus_kompetensi.errors.InputError`.

Only regular files are read: a FIFO would block the run and a device such as ``/dev/zero``
never ends, so either is refused (``input-not-regular``) before it is opened, and files are
opened without blocking and examined again once open.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from kamus_kompetensi.archive import check_archive
from kamus_kompetensi.errors import InputError, Location
from kamus_kompetensi.files import NotRegularFileError, kind_name, os_reason, regular_file_mode
from kamus_kompetensi.i18n import message
from kamus_kompetensi.xlsx_formulas import uncalculated_formulas

Cell = Any
FORMATS = ("csv", "xlsx", "xls", "ods", "json", "jsonl")
WORKBOOKS = ("xlsx", "xls", "ods")
_CHUNK = 1 << 20


@dataclass
class Table:
    """A one-shot stream of rows, and the header when the format names it (JSON keys);
    ``notes`` are problem codes about the file.

    ``headers`` is ``None`` for sheets and CSV files: their rows start at the sheet's first
    row, and the header is found among them (:mod:`kamus_kompetensi.batch.header`), since
    real files put titles, blank rows and two-level headers above the table."""

    name: str
    headers: tuple[str, ...] | None
    rows: Iterator[tuple[int, Sequence[Cell] | BadRow]]
    sheet: str | None = None
    sheets: tuple[str, ...] = ()  # every sheet of a workbook, for "did you mean --sheet"
    encoding: str | None = None
    delimiter: str | None = None
    text_cells: bool = False
    """Whether every cell is a ``str`` (CSV), so rows can be parsed as text throughout."""
    notes: list[str] = field(default_factory=list)
    note_params: dict[str, dict[str, object]] = field(default_factory=dict)
    """Values for the message of a note, by its code."""
    close: Callable[[], None] = field(default=lambda: None, repr=False)
    """Release the file when the rows will not be read to the end (e.g. the header was
    rejected); reading the rows to the end closes it too."""


def _input_error(code: str, name: str, **params: Any) -> InputError:
    error = InputError.from_code(code, Location(file=name), **params)
    assert isinstance(error, InputError)
    return error


def detect_format(path: Path, explicit: str | None = None) -> str:
    """The input format from ``explicit`` or the file extension."""
    if explicit:
        return explicit
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("csv", "txt", "tsv"):
        return "csv"
    if suffix in ("xlsx", "xlsm"):
        return "xlsx"
    if suffix in ("xls", "ods"):
        return suffix
    if suffix in ("json", "jsonl", "ndjson"):
        return "jsonl" if suffix != "json" else "json"
    raise _input_error(
        "input-format-unknown", str(path), suffix=path.suffix or "-", allowed=", ".join(FORMATS)
    )


def open_table(
    path: Path, *, name: str | None = None, fmt: str | None = None, sheet: str | None = None
) -> Table:
    """Open ``path`` as a :class:`Table`; raises :class:`InputError` when it is unusable."""
    shown = name or str(path)
    _require_regular(path, shown)
    kind = detect_format(path, fmt)
    if kind in WORKBOOKS:
        return _open_workbook(path, shown, sheet)
    if kind == "json":
        return _open_json(path, shown)
    if kind == "jsonl":
        return _open_jsonl(path, shown)
    return _open_csv(path, shown)


def _require_regular(path: Path, name: str) -> None:
    """Refuse, before anything opens it, a path that is missing or not a regular file."""
    try:
        regular_file_mode(path)
    except NotRegularFileError as exc:
        raise _input_error("input-not-regular", name, kind=kind_name(exc.mode)) from None
    except FileNotFoundError:
        raise _input_error("file-not-found", name) from None
    except OSError as exc:
        raise _input_error("file-unreadable", name, reason=os_reason(exc)) from None


def _open_binary(path: Path, name: str) -> IO[bytes]:
    """``path`` open for reading, checked again once open: a FIFO put in its place since
    it was examined does not block (``O_NONBLOCK``) and is refused."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise _input_error("file-not-found", name) from None
    except OSError as exc:
        raise _input_error("file-unreadable", name, reason=os_reason(exc)) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise _input_error("input-not-regular", name, kind=kind_name(mode))
        if flags & getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _open_text(
    path: Path, name: str, encoding: str, *, newline: str | None = None, errors: str = "strict"
) -> IO[str]:
    return io.TextIOWrapper(
        _open_binary(path, name), encoding=encoding, newline=newline, errors=errors
    )


# --- CSV -----------------------------------------------------------------------------------
def detect_encoding(path: Path, name: str) -> str:
    """``utf-8-sig`` when the file is UTF-8 (perhaps with a few bytes that are not, see
    :func:`scan_encoding`), ``cp1252`` when only that fits."""
    return scan_encoding(path, name)[0]


def scan_encoding(path: Path, name: str) -> tuple[str, int]:
    """The file's encoding and how many of its bytes it cannot decode.

    * Valid UTF-8 throughout: ``("utf-8-sig", 0)``.
    * UTF-8, but with a few bytes that are not (one name pasted from a Windows-1252 file
      into a UTF-8 one): ``("utf-8-sig", n)``. The file is read as UTF-8 and those bytes
      become U+FFFD, so every other name keeps its letters; the rows are flagged.
    * No valid multi-byte UTF-8 sequence at all, but bytes of 0x80 or more that
      Windows-1252 decodes (what Excel writes as "CSV" on many Indonesian Windows
      machines): ``("cp1252", 0)``.
    * Anything else: :class:`InputError` ``file-encoding``, at the first bad byte.

    The whole file is scanned once, in chunks, so a bad byte in row 900,000 is found before
    any row is checked rather than half-way through a report.
    """
    with _open_binary(path, name) as handle:
        head = handle.read(4096)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in head:
        # Excel's "Unicode text" is UTF-16: cp1252 would "decode" it into garbage headers.
        raise _input_error("file-utf16", name)
    # Undecodable bytes become lone surrogates U+DC80..U+DCFF: counted, never raised.
    decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    invalid, multibyte = 0, False
    with _open_binary(path, name) as handle:
        while True:
            chunk = handle.read(_CHUNK)
            text = decoder.decode(chunk, final=not chunk)
            if not text.isascii():
                invalid += len(text) - len(_ESCAPED.sub("", text))
                multibyte = multibyte or _DECODED.search(text) is not None
            if not chunk:
                break
    if not invalid:
        return "utf-8-sig", 0
    if multibyte:
        return "utf-8-sig", invalid
    return _fallback_encoding(path, name), 0


_ESCAPED = re.compile("[\udc80-\udcff]")
_DECODED = re.compile("[^\x00-\x7f\udc80-\udcff]")


def _fallback_encoding(path: Path, name: str) -> str:
    decoder = codecs.getincrementaldecoder("cp1252")()
    with _open_binary(path, name) as handle:
        try:
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
        except UnicodeDecodeError:
            position = _first_bad_byte(path, name)
            raise _input_error("file-encoding", name, position=position) from None
    return "cp1252"


def _first_bad_byte(path: Path, name: str) -> int:
    """Where the first byte that is not UTF-8 is (0-based), for the error message."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    with _open_binary(path, name) as handle:
        while chunk := handle.read(_CHUNK):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                return offset + exc.start
            offset += len(chunk)
    return offset


def sniff_delimiter(sample: str) -> str:
    """Comma, semicolon or tab, from the first lines of the file.

    >>> sniff_delimiter("nip;nama;integritas\\n1;A;3,5\\n")
    ';'
    >>> sniff_delimiter('nip;nama\\n1;=HYPERLINK("http://x","y")\\n')
    ';'
    """
    lines = sample.splitlines()[:30]
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        sniffed = None
    # The sniffer trusts quotes: a cell such as =HYPERLINK("a","b") in a semicolon file
    # makes it answer ",". Its answer stands only when no other delimiter splits more of
    # the first lines (quotes respected) into several cells.
    split = {d: sum(len(row) > 1 for row in csv.reader(lines, delimiter=d)) for d in ";\t,"}
    if sniffed is not None and split[sniffed] >= max(split.values()):
        return sniffed
    if sniffed is not None:
        return max(split, key=lambda d: split[d])
    # Rows of different shapes (a title line above the table): the delimiter that
    # splits some line of the first ones the most; ";" wins a tie over "," (decimal
    # commas).
    counts = {d: max((line.count(d) for line in lines), default=0) for d in ";\t,"}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _open_csv(path: Path, name: str) -> Table:
    encoding, invalid = scan_encoding(path, name)
    errors = "replace" if invalid else "strict"
    handle = _open_text(path, name, encoding, newline="", errors=errors)
    sample = handle.read(64 * 1024)
    handle.seek(0)
    delimiter = sniff_delimiter(sample)
    reader = csv.reader(handle, delimiter=delimiter)

    def rows() -> Iterator[tuple[int, Sequence[Cell] | BadRow]]:
        """Records numbered as a spreadsheet program shows them (a quoted line break
        stays inside its row), from 1."""
        with handle:
            try:
                line = reader.line_num
                for number, cells in enumerate(reader, start=1):
                    # A record spanning several lines is fine (a quoted newline) unless a
                    # cell also holds the delimiter: then a quote was most likely left open
                    # and the following rows were swallowed into this cell.
                    spanned, line = reader.line_num - line, reader.line_num
                    if spanned > 1 and _swallowed_rows(cells, delimiter):
                        yield number, BadRow("unbalanced-quote", str(spanned))
                    else:
                        yield number, cells
            except csv.Error as exc:
                raise unreadable(name, exc) from None

    notes = ["encoding-cp1252"] if encoding == "cp1252" else []
    note_params: dict[str, dict[str, object]] = {}
    if invalid:
        try:
            notes.append("encoding-invalid-bytes")
            note_params["encoding-invalid-bytes"] = _replaced_rows(
                path, name, encoding, delimiter, invalid
            )
        except BaseException:
            handle.close()
            raise
    return Table(
        name,
        None,
        rows(),
        encoding=encoding,
        delimiter=delimiter,
        text_cells=True,
        notes=notes,
        note_params=note_params,
        close=handle.close,
    )


def _replaced_rows(
    path: Path, name: str, encoding: str, delimiter: str, invalid: int
) -> dict[str, object]:
    """The rows (as numbered in the table) whose undecodable bytes became U+FFFD: one more
    pass, only for a file that has such bytes."""
    found: list[int] = []
    with _open_text(path, name, encoding, newline="", errors="replace") as handle:
        try:
            for number, cells in enumerate(csv.reader(handle, delimiter=delimiter), start=1):
                if any("\ufffd" in cell for cell in cells):
                    found.append(number)
        except csv.Error:
            pass  # the main pass reports it, at its row
    shown = ", ".join(map(str, found[:_ROWS_SHOWN])) + (", …" if len(found) > _ROWS_SHOWN else "")
    return {"bytes": invalid, "count": len(found), "rows": shown}


_ROWS_SHOWN = 10


def unreadable(name: str, exc: csv.Error) -> InputError:
    """The error that stops a run at a record the csv module cannot read."""
    return _input_error("input-unreadable", name, reason=exc)


def _swallowed_rows(cells: Sequence[str], delimiter: str) -> bool:
    return any("\n" in cell and delimiter in cell for cell in cells)


# --- workbooks (XLSX, XLSM, XLS, ODS) -------------------------------------------------------
def _open_workbook(path: Path, name: str, sheet: str | None) -> Table:
    """A sheet of a workbook through python-calamine (the Rust calamine reader: fast, and it
    reads the legacy .xls and LibreOffice's .ods that openpyxl cannot). Every row of the
    sheet comes out, numbered as the spreadsheet numbers it (the header is found later), with
    merged cells filled with their value, so a unit or an echelon merged down over a block of
    officials applies to each of them. The default sheet is the first visible one."""
    from python_calamine import CalamineWorkbook, SheetVisibleEnum

    check_archive(path, name)  # a zip bomb or XML entities never reach the reader
    try:
        book = CalamineWorkbook.from_path(str(path))
        metadata = book.sheets_metadata
    except BaseException as exc:  # calamine raises its own error types for every damage
        raise _not_a_workbook(exc, name) from None
    names = tuple(m.name for m in metadata)
    hidden = tuple(m.name for m in metadata if m.visible != SheetVisibleEnum.Visible)
    chosen = _pick_sheet(names, hidden, sheet, name)
    try:
        worksheet = book.get_sheet_by_name(chosen)
        merged = worksheet.merged_cell_ranges or ()
        start_column = (worksheet.start or (0, 0))[1]
        rows = worksheet.iter_rows()
    except BaseException as exc:
        raise _not_a_workbook(exc, name) from None
    cells = _sheet_rows(_guarded(rows, name), start_column, merged)
    table = Table(name, None, cells, sheet=chosen, sheets=names)
    if sheet is None and hidden:
        table.notes.append("hidden-sheets")
        table.note_params["hidden-sheets"] = {"sheets": ", ".join(hidden), "sheet": chosen}
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        found = uncalculated_formulas(path, chosen)
        if found.count:
            table.notes.append("formula-not-calculated")
            table.note_params["formula-not-calculated"] = {
                "count": found.count if found.complete else f"{found.count}+",
                "cells": ", ".join(found.cells),
            }
    return table


def _not_a_workbook(exc: BaseException, name: str) -> BaseException:
    """calamine's error (or a panic of its Rust code, which is no ``Exception``) as the
    input error; an interruption (Ctrl-C, a stop signal) stays what it is."""
    if isinstance(exc, Exception) or type(exc).__name__ == "PanicException":
        return _input_error("input-unreadable", name, reason=message("xlsx-not-workbook"))
    return exc


def _guarded(rows: Iterator[list[Cell]], name: str) -> Iterator[list[Cell]]:
    """The sheet's rows; a reader error while iterating is the input error too."""
    try:
        yield from rows
    except BaseException as exc:
        raise _not_a_workbook(exc, name) from None


Span = tuple[tuple[int, int], tuple[int, int]]


def _sheet_rows(
    rows: Iterator[list[Cell]], start_column: int, merged: Sequence[Span]
) -> Iterator[tuple[int, Sequence[Cell] | BadRow]]:
    """``(sheet row number, cells)`` from row 1, cells from column A. python-calamine gives
    rows from the sheet's first row but cells from the used area's first column; merged
    ranges come as 0-based ``((first row, first column), (last row, last column))``."""
    pending: dict[int, list[tuple[int, int, int]]] = {}  # row → (first col, last col, source row)
    for (top, left), (bottom, right) in merged:
        if bottom > top or right > left:
            for row in range(top, bottom + 1):
                pending.setdefault(row, []).append((left, right, top))
    kept: dict[tuple[int, int], Cell] = {}  # top-left values of ranges still to be filled
    for index, raw in enumerate(rows):
        cells: list[Cell] = [""] * start_column + list(raw) if start_column else list(raw)
        for left, right, top in pending.pop(index, ()):
            if index == top:
                value = cells[left] if left < len(cells) else ""
                kept[(top, left)] = value
            else:
                value = kept.get((top, left), "")
            if len(cells) <= right:
                cells.extend([""] * (right + 1 - len(cells)))
            cells[left : right + 1] = [value] * (right + 1 - left)
        yield index + 1, cells


def _pick_sheet(
    names: tuple[str, ...], hidden: tuple[str, ...], sheet: str | None, name: str
) -> str:
    if sheet is None:
        visible = [n for n in names if n not in hidden]
        if not visible:
            raise _input_error("input-empty", name)
        return visible[0]
    by_name = {title.casefold().strip(): title for title in names}
    wanted = by_name.get(sheet.casefold().strip(), sheet)  # "data" finds the sheet "Data"
    if wanted in names:
        return wanted
    if sheet.isdigit() and 1 <= int(sheet) <= len(names):
        return names[int(sheet) - 1]
    raise _input_error("sheet-not-found", name, sheet=sheet, sheets=", ".join(names))


# --- JSON ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class BadRow:
    """A row that could not be read as a record at all (a JSON Lines line that does not
    parse, an array item that is not an object). The batch reports it as a row error."""

    code: str
    detail: str


class RecordCells(list[Cell]):
    """Cells of a JSON object in header order, plus the keys the header did not have."""

    def __init__(self, cells: list[Cell], extra: tuple[str, ...]) -> None:
        super().__init__(cells)
        self.extra = extra


class _Object(dict[str, Any]):
    """A JSON object as read, remembering keys it held more than once (the json module
    keeps the last value silently, so a row could say two things about one competency)."""

    duplicates: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    """``object_pairs_hook`` for every JSON object read as a row."""
    item = _Object(pairs)
    if len(item) != len(pairs):
        keys = [k for k, _ in pairs]
        item.duplicates = tuple(dict.fromkeys(k for k in keys if keys.count(k) > 1))
    return item


def _as_cells(item: Any, headers: tuple[str, ...]) -> Sequence[Cell] | BadRow:
    if not isinstance(item, dict):
        return BadRow("json-not-object", type(item).__name__)
    if isinstance(item, _Object) and item.duplicates:
        return BadRow("duplicate-key", ", ".join(item.duplicates))
    extra = tuple(str(k) for k in item if str(k) not in headers)
    return RecordCells([item.get(h) for h in headers], extra)


def _records_table(name: str, records: Iterator[tuple[int, Any]]) -> Table:
    """A table whose header is the keys of the first non-empty object; later objects'
    other keys are kept as ``RecordCells.extra`` so the batch can report them. Items before
    that object (blank lines, broken lines, non-objects) are rows too: none is dropped."""
    before: list[tuple[int, Any]] = []
    first: tuple[int, dict[str, Any]] | None = None
    for number, item in records:
        if isinstance(item, dict) and item:
            first = (number, item)
            break
        before.append((number, item))
    if first is None:
        if any(not isinstance(item, (dict, BadRow)) for _, item in before):
            raise _input_error("json-not-object", name, detail=type(before[0][1]).__name__)
        raise _input_error("input-empty", name)
    headers = tuple(str(k) for k in first[1])

    def cells(item: Any) -> Sequence[Cell] | BadRow:
        return item if isinstance(item, BadRow) else _as_cells(item, headers)

    def rows() -> Iterator[tuple[int, Sequence[Cell] | BadRow]]:
        for number, item in before:
            yield number, cells(item)
        yield first[0], cells(first[1])
        for number, item in records:
            yield number, cells(item)

    return Table(name, headers, rows())


def _open_json(path: Path, name: str) -> Table:
    handle = _open_text(path, name, "utf-8-sig")  # its InputError is no JSON ValueError
    try:
        with handle:
            data = json.load(handle, object_pairs_hook=_object)
    except UnicodeDecodeError as exc:
        raise _input_error("file-encoding", name, position=exc.start) from None
    except json.JSONDecodeError as exc:
        raise _input_error(
            "json-syntax", name, line=exc.lineno, column=exc.colno, detail=exc.msg
        ) from None
    except (RecursionError, ValueError) as exc:
        # Nesting deeper than the parser's recursion limit, or an integer longer than
        # Python converts (4,300 digits): not data anyone meant to send.
        raise _input_error("json-syntax", name, detail=type(exc).__name__) from None
    if isinstance(data, dict) and isinstance(data.get("rows"), list):
        data = data["rows"]
    if not isinstance(data, list):
        raise _input_error("json-not-list", name)
    return _records_table(name, iter(enumerate(data, start=1)))


def _open_jsonl(path: Path, name: str) -> Table:
    handle = _open_text(path, name, "utf-8-sig")

    def records() -> Iterator[tuple[int, Any]]:
        with handle:
            try:
                for number, line in enumerate(handle, start=1):
                    # A blank line is an empty record: the batch counts it as a blank row.
                    yield number, _parse_json_line(line) if line.strip() else {}
            except UnicodeDecodeError as exc:
                raise _input_error("file-encoding", name, position=exc.start) from None

    try:
        table = _records_table(name, records())
    except BaseException:
        handle.close()
        raise
    table.close = handle.close
    return table


def _parse_json_line(line: str) -> Any:
    try:
        return json.loads(line, object_pairs_hook=_object)
    except json.JSONDecodeError as exc:
        return BadRow("json-syntax", exc.msg)
    except (RecursionError, ValueError) as exc:  # absurd nesting or a 4,300+ digit number
        return BadRow("json-syntax", type(exc).__name__)


def read_all(table: Table) -> list[tuple[int, Sequence[Cell] | BadRow]]:
    """Every row at once (tests and small files)."""
    return list(table.rows)


def text_of(cell: Cell) -> str:
    """A cell as trimmed text ('' for empty)."""
    if cell is None:
        return ""
    return cell.strip() if isinstance(cell, str) else str(cell)


__all__ = [
    "FORMATS",
    "BadRow",
    "RecordCells",
    "Table",
    "detect_encoding",
    "detect_format",
    "open_table",
    "scan_encoding",
    "sniff_delimiter",
    "text_of",
    "unreadable",
]
