"""Findings about input that do not stop a run: a row's errors, warnings and notes.

A :class:`RowIssue` is plain data (a NamedTuple: picklable, comparable, a few hundred
bytes). ``severity`` says what it does to a run:

* ``error``: the row is rejected (it is in the report's errors, not its results);
* ``warning``: the row is checked, but something in it deserves a look;
* ``note``: information only (a skipped footnote row, the encoding a file was read in);
  never changes an exit code.

``row`` is the row a person sees in the spreadsheet (the header is row 1) or the line of
a CSV/JSON Lines file; ``1`` for a finding about the header or the whole file, ``None``
for a finding about a single assessment checked through the API.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from kamus_kompetensi.errors import Severity
from kamus_kompetensi.i18n import message

SEVERITIES: tuple[Severity, ...] = ("error", "warning", "note")


class RowIssue(NamedTuple):
    """A problem with one input row (or, with ``row`` 1, with the header or the file)."""

    row: int | None
    code: str
    message: str
    severity: Severity = "error"
    column: str | None = None
    value: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form; keys with no value are left out."""
        data = {
            "row": self.row,
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "column": self.column,
            "value": self.value,
        }
        return {k: v for k, v in data.items() if v is not None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RowIssue:
        """The issue :meth:`to_dict` wrote."""
        return cls(
            data.get("row"),
            data["code"],
            data["message"],
            data.get("severity", "error"),
            data.get("column"),
            data.get("value"),
        )

    def __str__(self) -> str:
        """``baris 8, kolom "Integritas": "5,5": … [score-out-of-range]`` (or English)."""
        where = message("issue-row", row=self.row) if self.row is not None else ""
        if self.column:
            where += message("issue-column", column=self.column)
        where = where.lstrip(", ")
        value = f': "{self.value}"' if self.value is not None else ""
        head = f"{where}{value}: " if where or value else ""
        return f"{head}{self.message} [{self.code}]"


__all__ = ["SEVERITIES", "RowIssue", "Severity"]
