"""What the talent grid is made from: a saved JSON check report, or an assessment file
checked now (:func:`~kamus_kompetensi.batch.check_file`).

A ``.json`` file whose top level names a kamus-kompetensi ``format`` is a saved report;
any other file (a JSON list of rows included) is an assessment input.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kamus_kompetensi.batch import BatchReport, check_file
from kamus_kompetensi.errors import InputError, Location
from kamus_kompetensi.files import regular_file_mode

if TYPE_CHECKING:
    from kamus_kompetensi.dictionary import Dictionary

_REPORT_PREFIX = "kamus-kompetensi/"


def read_checked(
    dictionary: Dictionary,
    path: str | os.PathLike[str],
    *,
    policy: str | None = None,
    sheet: str | None = None,
    mask_nip: bool = False,
) -> BatchReport:
    """The check of ``path``: a saved JSON report read back, or the input file checked
    with ``dictionary`` (under ``policy``, default ``pemetaan``; ``sheet`` of a workbook).
    ``policy`` and ``sheet`` are refused for a saved report: it was checked already."""
    source = Path(path)
    document = _saved_report(source)
    if document is None:
        options: dict[str, Any] = {"sheet": sheet, "mask_nip": mask_nip}
        if policy is not None:
            options["policy"] = policy
        return check_file(dictionary, source, **options)
    given = [name for name, value in (("--policy", policy), ("--sheet", sheet)) if value]
    if given:
        raise InputError.from_code("talent-options-report", options=", ".join(given))
    return _report(document, str(source))


def _saved_report(path: Path) -> dict[str, Any] | None:
    """The JSON document of a saved report, or ``None`` for anything else (which
    :func:`check_file` then reads, and names the problem of if it cannot)."""
    if path.suffix.lower() != ".json":
        return None
    try:
        regular_file_mode(path)
        with path.open("rb") as handle:
            document = json.load(handle)
    except (OSError, ValueError, RecursionError):
        return None
    if isinstance(document, dict) and str(document.get("format", "")).startswith(_REPORT_PREFIX):
        return document
    return None


def _report(document: dict[str, Any], name: str) -> BatchReport:
    where = Location(file=name)
    try:
        report = BatchReport.from_dict(document)
    except InputError as exc:
        raise InputError(str(exc), code=exc.code, location=where) from None
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as exc:
        # A key names what is missing; other messages may echo a value of the report.
        detail = f"{type(exc).__name__} {exc}" if isinstance(exc, KeyError) else type(exc).__name__
        raise InputError.from_code("talent-report-damaged", where, detail=detail) from None
    return report


__all__ = ["read_checked"]
