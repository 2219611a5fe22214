"""Checking one large CSV file on several processes, for the CSV report.

Why: one Python process checks and writes about 65,000 rows a second, so the CSV report of
a million rows keeps one core busy for 15 s while the others idle. A CSV file whose lines
are its records can be cut at line ends into byte ranges that separate processes read by
themselves, so little has to travel between processes: each worker gets a range and sends
back the text of its report lines, the counts of its summary and its row errors.

When: the input is a CSV file of at least :data:`MIN_BYTES` that holds no quote character
(a quoted field may hold a line break, and then a line is not a record), no NUL byte and no
carriage return outside a CRLF; the platform forks dependably (Linux and other Unix systems
but macOS); and the process runs a single thread (forking a threaded process can
deadlock). Otherwise :func:`plan` says no and the caller checks the file in one process.
The report is the same, byte for byte, either way; the tests compare the two.

How, in three steps:

1. the parent scans the bytes once (:func:`plan_chunks`): where to cut, and the row number
   each range starts at;
2. the workers read the NIP column of their ranges into keys
   (:mod:`kamus_kompetensi.nip_duplicates`) and the parent finds the NIPs shared across
   the whole file. Most files need only a quick look: hashes of the NIP cells taken
   straight from the bytes show every NIP plain and different;
3. the workers check and render their ranges with the batch's own row loop; the parent
   writes the texts in file order and merges the summaries, so memory stays flat.

Workers are forked, so they inherit the parent's dictionary, column map and renderer
without pickling them, and agree with it on the hash of a text (which NIP keys use).
"""

from __future__ import annotations

import bisect
import csv
import itertools
import multiprocessing
import os
import signal
import sys
import threading
from array import array
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kamus_kompetensi.errors import KamusError
from kamus_kompetensi.nip_duplicates import (
    NipKeys,
    duplicates_from_keys,
    nip_keys,
    plain_nip_hashes,
    split_column,
)
from kamus_kompetensi.outcomes import BatchSummary, OfficialResult, RowIssue
from kamus_kompetensi.tabular import Cell, read_csv_range, read_text_range, unreadable

MIN_BYTES = 2 << 20
"""Smaller files are checked in one process: starting workers would cost more than it saves."""
MAX_CHUNK_BYTES = 2 << 20
MIN_CHUNK_BYTES = 256 << 10
AHEAD = 4
"""Chunks in flight per worker: enough to keep each busy, few enough to bound memory."""
_ENCODINGS = ("utf-8-sig", "cp1252")  # ASCII-compatible: a line end is the byte 0x0A

RowLoop = Callable[..., Iterator[Any]]


@dataclass(frozen=True)
class Chunk:
    """Bytes ``start``–``end`` of the file: whole lines, the first of them row ``first_row``;
    the next chunk starts at row ``next_row``."""

    start: int
    end: int
    first_row: int
    next_row: int


@dataclass(frozen=True)
class Work:
    """What every worker needs; inherited through ``fork``, never pickled."""

    path: Path
    name: str
    input_encoding: str
    delimiter: str
    nip_index: int
    checker: Any  # kamus_kompetensi.batch._Checker; its duplicates are set per chunk
    row_loop: RowLoop  # kamus_kompetensi.batch.checked_outcomes
    render: Callable[[OfficialResult], bytes]


@dataclass(frozen=True)
class ChunkResult:
    """What a worker sends back for one chunk."""

    data: bytes
    summary: BatchSummary
    errors: list[RowIssue]
    rows_seen: int


def available_cores() -> int:
    """Cores this process may run on (the affinity mask where the platform has one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1  # pragma: no cover - platforms without affinity masks


def fork_is_safe() -> bool:
    """Whether workers can be forked: the platform has a dependable ``fork`` (not Windows,
    which has none, nor macOS, where system libraries may crash a forked child, which is
    why Python stopped forking there by default) and only this thread runs."""
    return (
        sys.platform != "darwin"
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )


def plan(path: Path, encoding: str | None, delimiter: str | None, jobs: int) -> list[Chunk] | None:
    """The chunks to check ``path`` in, or ``None`` when it should be checked in one process
    (see the module docstring for when)."""
    if jobs < 2 or delimiter is None or encoding not in _ENCODINGS or not fork_is_safe():
        return None
    size = path.stat().st_size
    if size < MIN_BYTES:
        return None
    # About eight chunks per worker keeps both busy to the end; the cap keeps memory flat.
    chunk_bytes = min(MAX_CHUNK_BYTES, max(MIN_CHUNK_BYTES, size // (8 * jobs)))
    chunks = plan_chunks(path, chunk_bytes)
    return chunks if chunks is not None and len(chunks) > 1 else None


def plan_chunks(path: Path, chunk_bytes: int) -> list[Chunk] | None:
    """Cut the rows after the header into chunks of about ``chunk_bytes``, at line ends.

    ``None`` when the lines of the file might not be its records: it holds a quote, a NUL
    byte or a lone carriage return (which the csv module, unlike a split at ``\\n``, reads as
    a line end), or its first line (the header) does not end in the first block.
    """
    cuts: list[tuple[int, int]] = []  # (byte offset, line ends before it)
    line_ends = offset = returns = crlfs = 0
    previous_cr = False
    with path.open("rb") as raw:
        while block := raw.read(chunk_bytes):
            if b'"' in block or b"\x00" in block:
                return None
            if b"\r" in block or previous_cr:  # most files have either no CR or CRLF
                returns += block.count(b"\r")
                crlfs += block.count(b"\r\n") + (previous_cr and block[:1] == b"\n")
                previous_cr = block[-1:] == b"\r"
            if not cuts:
                header_end = block.find(b"\n")
                if header_end < 0:
                    return None
                cuts.append((header_end + 1, 1))
            last = block.rfind(b"\n")
            line_ends += block.count(b"\n")
            if last >= 0 and offset + last + 1 > cuts[-1][0]:
                cuts.append((offset + last + 1, line_ends))
            offset += len(block)
    if returns != crlfs or not cuts:
        return None
    if offset > cuts[-1][0]:  # a last line without a line end
        cuts.append((offset, cuts[-1][1] + 1))
    return [
        Chunk(start, end, before + 1, after + 1)
        for (start, before), (end, after) in itertools.pairwise(cuts)
    ]


def rendered_chunks(
    work: Work,
    chunks: list[Chunk],
    jobs: int,
    summary: BatchSummary,
    *,
    progress: Callable[[int], None] | None = None,
    on_error: Callable[[RowIssue], None] | None = None,
) -> Iterator[bytes]:
    """The rendered bytes of each chunk, in file order; ``summary`` gets every
    chunk's counts and ``on_error`` every row error, in row order, as the chunks arrive.

    At most :data:`AHEAD` chunks per worker are in flight (about 4 MB of report each), so
    a slow disk never makes the parent hold the whole report in memory. A worker that
    dies (killed, out of memory) ends the run with :class:`ParallelRunError` rather than
    a wait that never ends, which is why this uses ``concurrent.futures`` and not
    ``multiprocessing.Pool``.
    """
    workers = min(jobs, len(chunks))
    executor = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_start_worker,
        initargs=(work,),
    )
    try:
        duplicates = _duplicates(executor, chunks)
        rows = sorted(duplicates)
        pending = iter(chunks)
        window: deque[Future[ChunkResult]] = deque()

        def submit_next() -> None:
            chunk = next(pending, None)
            if chunk is not None:
                task = (chunk, _rows_within(duplicates, rows, chunk))
                window.append(executor.submit(_check_chunk, task))

        for _ in range(AHEAD * workers):
            submit_next()
        seen = 0
        while window:
            result = window.popleft().result()
            submit_next()
            summary.merge(result.summary)
            if on_error is not None:
                for issue in result.errors:
                    on_error(issue)
            seen += result.rows_seen
            if progress is not None:
                progress(seen)
            yield result.data
    except BrokenProcessPool:
        raise ParallelRunError.from_code("parallel-worker-died", jobs=workers) from None
    finally:
        # Waiting is short (queued chunks are cancelled, running ones take milliseconds)
        # and leaves no thread behind, so the next run may fork again (fork_is_safe).
        executor.shutdown(wait=True, cancel_futures=True)


class ParallelRunError(KamusError):
    """A worker process of a parallel run stopped before finishing its share."""

    code = "parallel-worker-died"


def _duplicates(executor: ProcessPoolExecutor, chunks: list[Chunk]) -> dict[int, tuple[int, ...]]:
    """Row → other rows with the same NIP, across the whole file.

    First a quick look: the workers hash the NIP cells of their chunks straight from the
    bytes (:func:`~kamus_kompetensi.nip_duplicates.plain_nip_hashes`) while the parent
    collects the hashes in a set. When every NIP is plain and different, as in most files,
    that is the answer. Otherwise the exact pass runs: every chunk's keys, joined.
    """
    looks = [executor.submit(_plain_hashes, chunk) for chunk in chunks]
    seen: set[int] = set()
    total = 0
    for look in as_completed(looks):
        hashes = look.result()
        if hashes is None:
            break
        seen.update(hashes)
        total += len(hashes)
    else:
        if len(seen) == total:
            return {}
    for look in looks:
        look.cancel()
    del seen
    by_chunk: list[NipKeys | None] = [None] * len(chunks)
    for future in as_completed([executor.submit(_nip_keys, task) for task in enumerate(chunks)]):
        index, part = future.result()
        by_chunk[index] = part
    keys, numbers = array("q"), array("q")
    for piece in by_chunk:
        assert piece is not None
        keys.extend(piece[0])
        numbers.extend(piece[1])
    by_chunk.clear()
    return duplicates_from_keys(keys, numbers)


def _rows_within(
    duplicates: Mapping[int, tuple[int, ...]], rows: list[int], chunk: Chunk
) -> dict[int, tuple[int, ...]]:
    """The part of ``duplicates`` a chunk needs (usually nothing: a small dict to send);
    ``rows`` are the keys of ``duplicates``, sorted once for all chunks."""
    low = bisect.bisect_left(rows, chunk.first_row)
    high = bisect.bisect_left(rows, chunk.next_row)
    return {row: duplicates[row] for row in rows[low:high]}


# --- in the workers --------------------------------------------------------------------------
_work: Work | None = None


def _start_worker(work: Work) -> None:
    global _work
    _work = work
    # Ctrl-C reaches the whole process group: the parent stops the workers itself, so
    # they should not each print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _bytes(work: Work, chunk: Chunk) -> bytes:
    with work.path.open("rb") as raw:
        raw.seek(chunk.start)
        return raw.read(chunk.end - chunk.start)


def _lines(work: Work, chunk: Chunk) -> list[str]:
    """The chunk's lines, split at ``\\n`` (a CRLF keeps its ``\\r``, which
    :func:`split_column` strips): the plan made sure no other line end occurs."""
    text = read_text_range(
        work.path, encoding=work.input_encoding, start=chunk.start, end=chunk.end
    )
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return lines


def _plain_hashes(chunk: Chunk) -> array[int] | None:
    work = _work
    assert work is not None
    return plain_nip_hashes(_bytes(work, chunk), work.delimiter, work.nip_index)


def _nip_keys(task: tuple[int, Chunk]) -> tuple[int, NipKeys]:
    index, chunk = task
    work = _work
    assert work is not None
    pairs: Iterator[tuple[int, Cell]] = split_column(
        _lines(work, chunk), work.delimiter, work.nip_index, first_row=chunk.first_row
    )
    return index, nip_keys(pairs)


def _check_chunk(task: tuple[Chunk, dict[int, tuple[int, ...]]]) -> ChunkResult:
    chunk, duplicates = task
    work = _work
    assert work is not None
    work.checker.duplicates = duplicates
    summary = BatchSummary(source="", policy_code="", policy_name="", band_order=())
    errors: list[RowIssue] = []
    rows = read_csv_range(
        work.path,
        encoding=work.input_encoding,
        delimiter=work.delimiter,
        start=chunk.start,
        end=chunk.end,
        first_row=chunk.first_row,
    )
    render = work.render
    try:
        texts = [
            render(outcome)
            for outcome in work.row_loop(rows, work.checker.check, summary, on_error=errors.append)
            if type(outcome) is OfficialResult
        ]
    except csv.Error as exc:
        raise unreadable(work.name, exc) from None
    data = b"".join(texts)
    del texts  # a worker holds one chunk's report at a time, in as few copies as it can
    return ChunkResult(data, summary, errors, summary.rows_read + summary.rows_blank)


__all__ = ["MIN_BYTES", "Chunk", "ParallelRunError", "Work", "fork_is_safe", "plan", "plan_chunks"]
