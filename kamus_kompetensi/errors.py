"""The exception tree and the located ``Problem`` record.

Every error the public API raises is a :class:`KamusError`. Subclasses also inherit
``ValueError`` or ``LookupError`` so callers who do not know our types can still catch
them the ordinary way. Each error and each problem carries a stable ``code`` (kebab-case,
never translated) and, where known, a :class:`Location`.

This module owns no message text: messages come from :mod:`kamus_kompetensi.i18n`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from kamus_kompetensi.i18n import Lang, message

Severity = Literal["error", "warning", "note"]


@dataclass(frozen=True)
class Location:
    """Where a problem is: a place in a file (line/column 1-based) and/or a data path.

    ``path`` is a JSONPath-like string (``$.competencies[3].levels[2]``) for YAML and
    JSON documents. ``row`` (1-based, header = row 1) and ``column_name`` locate cells of
    tabular input.
    """

    file: str | None = None
    line: int | None = None
    column: int | None = None
    path: str | None = None
    row: int | None = None
    column_name: str | None = None
    sheet: str | None = None

    def __str__(self) -> str:
        head = self.file or ""
        if self.sheet:
            head += f", sheet {self.sheet}"
        if self.line is not None:
            head += f":{self.line}"
            if self.column is not None:
                head += f":{self.column}"
        if self.row is not None:
            head += f", row {self.row}" if head else f"row {self.row}"
        if self.column_name is not None:
            head += f', column "{self.column_name}"'
        if self.path:
            head = f"{head} {self.path}" if head else self.path
        return head.strip()

    def as_dict(self) -> dict[str, Any]:
        """The location as JSON-ready data, without empty fields."""
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass(frozen=True)
class Problem:
    """One finding: a stable ``code``, a rendered ``message`` and where it is."""

    code: str
    message: str
    location: Location = field(default_factory=Location)
    severity: Severity = "error"
    params: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def make(
        cls,
        code: str,
        location: Location | None = None,
        /,
        *,
        lang: Lang | str | None = None,
        severity: Severity = "error",
        **params: Any,
    ) -> Problem:
        """Build a problem whose message is the catalogue entry for ``code``."""
        return cls(
            code=code,
            message=message(code, lang, **params),
            location=location or Location(),
            severity=severity,
            params=dict(params),
        )

    def __str__(self) -> str:
        where = str(self.location)
        prefix = f"{where}: " if where else ""
        if self.severity != "error":  # "catatan: ..." / "note: ...": not a finding to fix
            prefix += message(f"severity-{self.severity}") + ": "
        return f"{prefix}{self.message} [{self.code}]"

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form; ``params`` values are turned into strings when not JSON types."""
        return {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            **self.location.as_dict(),
        }


class KamusError(Exception):
    """Root of every error raised by kamus-kompetensi."""

    code: str = "kamus-error"

    def __init__(
        self, message_text: str, *, code: str | None = None, location: Location | None = None
    ) -> None:
        super().__init__(message_text)
        if code is not None:
            self.code = code
        self.location = location or Location()

    @classmethod
    def from_code(
        cls,
        code: str,
        location: Location | None = None,
        /,
        *,
        lang: Lang | str | None = None,
        **params: Any,
    ) -> KamusError:
        """Build the error with the catalogue message for ``code``."""
        return cls(message(code, lang, **params), code=code, location=location)


class ProblemsError(KamusError):
    """An error that carries every problem found, not only the first."""

    def __init__(self, summary: str, problems: Iterable[Problem], *, code: str) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        first = self.problems[0].location if self.problems else None
        super().__init__(summary, code=code, location=first)

    def __str__(self) -> str:
        lines = [self.args[0], *(f"  {p}" for p in self.problems)]
        return "\n".join(lines)


class DictionaryError(ProblemsError, ValueError):
    """A dictionary file (or chain of files) is invalid; ``.problems`` lists every finding."""

    def __init__(self, problems: Iterable[Problem], *, lang: Lang | str | None = None) -> None:
        items = tuple(problems)
        super().__init__(
            message("dictionary-invalid", lang, count=len(items)),
            items,
            code="dictionary-invalid",
        )


class ScoreError(ProblemsError, ValueError):
    """An assessment's scores cannot be checked; ``.problems`` lists every finding."""

    def __init__(self, problems: Iterable[Problem], *, lang: Lang | str | None = None) -> None:
        items = tuple(problems)
        super().__init__(
            message("scores-invalid", lang, count=len(items)), items, code="scores-invalid"
        )


class InputError(KamusError, ValueError):
    """Input that cannot be used at all (unreadable file, wrong encoding, bad option)."""

    code = "input-error"


class UnknownCodeError(KamusError, LookupError):
    """A code, name or key that the dictionary does not know."""

    code = "unknown-code"


class UnknownCompetencyError(UnknownCodeError):
    """No competency has this code, official code, name or alias."""

    code = "unknown-competency"


class UnknownPositionLevelError(UnknownCodeError):
    """No position level (jenjang jabatan) has this code or name."""

    code = "unknown-position-level"


class UnknownPositionError(UnknownCodeError):
    """No named position (jabatan) has this code or name."""

    code = "unknown-position"


class UnknownPolicyError(UnknownCodeError):
    """No scoring policy has this code."""

    code = "unknown-policy"


class UnknownEchelonError(UnknownCodeError):
    """The text is not an echelon (eselon) that the dictionary maps."""

    code = "unknown-echelon"


class StandardNotDefinedError(KamusError, LookupError):
    """The position level has no standard in this dictionary (functional levels)."""

    code = "standard-not-defined"
