"""Checking many officials at once: rows of a table in, located outcomes out, streaming.

* :mod:`~kamus_kompetensi.batch.run`: the run and its one row loop (:func:`iter_outcomes`,
  :func:`check_file`, :func:`check_rows`);
* :mod:`~kamus_kompetensi.batch.rows`: one row → a checked official or the row's errors;
* :mod:`~kamus_kompetensi.batch.duplicates`: the exact pass that finds duplicate NIPs;
* :mod:`~kamus_kompetensi.batch.outcomes`: the plain records a run produces.
"""

from kamus_kompetensi.batch.outcomes import BatchReport, BatchSummary, OfficialResult
from kamus_kompetensi.batch.run import (
    PROGRESS_EVERY,
    BatchRun,
    Outcome,
    check_file,
    check_rows,
    iter_outcomes,
)
from kamus_kompetensi.issues import RowIssue

__all__ = [
    "PROGRESS_EVERY",
    "BatchReport",
    "BatchRun",
    "BatchSummary",
    "OfficialResult",
    "Outcome",
    "RowIssue",
    "check_file",
    "check_rows",
    "iter_outcomes",
]
