"""What ``plan`` and ``needs`` read: an assessment file (checked as ``check`` does) or a
saved JSON report of ``check``, told apart by content.

A JSON file whose first character (after a byte-order mark and white space) is ``{`` is a
report: the input format of ``check`` for JSON is a list of rows, never an object. It is
read with :meth:`~kamus_kompetensi.batch.outcomes.BatchReport.from_dict`; a report that
does not have the shape that method expects is one ``plan-report-invalid`` error, never a
traceback. Anything else goes through :func:`~kamus_kompetensi.batch.iter_outcomes`, the
row engine of ``check``, as a stream.
"""

from __future__ import annotations

import json
from pathlib import Path

from kamus_kompetensi.batch import BatchRun, iter_outcomes
from kamus_kompetensi.batch.outcomes import BatchReport
from kamus_kompetensi.dictionary import Dictionary
from kamus_kompetensi.errors import InputError, KamusError, Location
from kamus_kompetensi.files import os_reason
from kamus_kompetensi.scoring.scorer import DEFAULT_POLICY

#: How far into a file to look for the first character.
_PEEK = 4096


def is_report(path: Path, fmt: str | None) -> bool:
    """Whether ``path`` is a saved JSON report rather than rows to check."""
    if fmt not in (None, "json") or (fmt is None and path.suffix.lower() != ".json"):
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(_PEEK)
    except OSError:
        return False  # the row reader says what is wrong, in its words
    return head.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{")


def read_report(path: Path) -> BatchReport:
    """A saved JSON report of ``check``."""
    where = Location(file=str(path))
    try:
        with path.open("r", encoding="utf-8-sig") as handle:
            data = json.load(handle)
    except json.JSONDecodeError as exc:
        raise InputError.from_code(
            "json-syntax", Location(file=str(path), line=exc.lineno), detail=exc.msg
        ) from None
    except UnicodeDecodeError as exc:
        raise InputError.from_code("json-syntax", where, detail=exc.reason) from None
    except OSError as exc:
        raise InputError.from_code(
            "plan-report-unreadable", where, path=str(path), reason=os_reason(exc)
        ) from None
    try:
        return BatchReport.from_dict(data)
    except KamusError as exc:
        raise InputError(str(exc), code=exc.code, location=where) from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError.from_code(
            "plan-report-invalid", where, detail=type(exc).__name__ + f" {exc}"[:80]
        ) from None


def open_source(
    dictionary: Dictionary,
    path: Path,
    *,
    policy: str | None = None,
    sheet: str | None = None,
    fmt: str | None = None,
    header_row: int | None = None,
    mask_nip: bool = False,
) -> BatchReport | BatchRun:
    """The report in ``path``, or a streaming check run over its rows.

    ``policy`` applies to rows being checked; a report was checked under its own, so a
    different one asked for is an error (``plan-policy-report``) rather than ignored.
    """
    if is_report(path, fmt):
        report = read_report(path)
        if policy is not None and dictionary.get_policy(policy).code != report.summary.policy_code:
            raise InputError.from_code(
                "plan-policy-report", policy=policy, report=report.summary.policy_code
            )
        return report
    return iter_outcomes(
        dictionary,
        path,
        policy=policy or DEFAULT_POLICY,
        sheet=sheet,
        fmt=fmt,
        mask_nip=mask_nip,
        header_row=header_row,
    )


__all__ = ["is_report", "open_source", "read_report"]
