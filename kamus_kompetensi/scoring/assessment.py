"""The input of a check: one official's scores and the position whose standard applies.

:class:`Assessment` checks everything that does not need a dictionary when it is built
and raises one :class:`~kamus_kompetensi.errors.ScoreError` listing every problem. What
the batch reader only warns about is only a warning here too (an invalid NIP structure,
an unreadable assessment date): those travel on the assessment and then on the result,
so the API and the batch treat the same problem the same way.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from kamus_kompetensi.errors import Location, Problem, ScoreError
from kamus_kompetensi.i18n import message
from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.nip import is_valid_nip, mask_nip
from kamus_kompetensi.scoring.levels import level_hundredths, shown

#: Assessment dates outside this range are typos (a year 2062 for 2026, 9999-12-31).
EARLIEST_ASSESSMENT, LATEST_ASSESSMENT = dt.date(1950, 1, 1), dt.date(2100, 12, 31)
_DATE_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")


def plausible_assessment_date(value: dt.date) -> bool:
    """Whether ``value`` can be an assessment date (1950–2100)."""
    return EARLIEST_ASSESSMENT <= value <= LATEST_ASSESSMENT


def parse_assessed_on(value: object) -> dt.date | None:
    """An assessment date from ``YYYY-MM-DD``, ``DD-MM-YYYY`` (also with / or .) or a
    date; ``None`` when it is none of these or outside 1950–2100 (a typo such as
    9999-12-31 must not reach the validity arithmetic).

    >>> parse_assessed_on("02-03-2026"), parse_assessed_on("2026-03-02")
    (datetime.date(2026, 3, 2), datetime.date(2026, 3, 2))
    """
    if isinstance(value, dt.datetime):
        found: dt.date | None = value.date()
    elif isinstance(value, dt.date):
        found = value
    elif isinstance(value, str):
        found = _date_from_text(value.strip())
    else:
        found = None
    return found if found is not None and plausible_assessment_date(found) else None


@lru_cache(maxsize=4096)
def _date_from_text(text: str) -> dt.date | None:
    """Pure, memoised: a file repeats a handful of assessment dates."""
    try:
        match = _DATE_DMY.fullmatch(text)
        if match:
            return dt.date(int(match[3]), int(match[2]), int(match[1]))
        return dt.date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


def scores_from_text(items: Iterable[str]) -> dict[str, str]:
    """``["integritas=4", "kerjasama=3,5"]`` → ``{"integritas": "4", "kerjasama": "3,5"}``.

    The same key written twice is an error rather than "the last one wins", so a pasted
    line cannot silently replace another. Values are checked later by :class:`Assessment`.

    >>> scores_from_text(["integritas=4", " M.02 = 3,5 "])
    {'integritas': '4', 'M.02': '3,5'}
    """
    scores: dict[str, str] = {}
    problems: list[Problem] = []
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            problems.append(Problem.make("score-argument", value=item))
        elif key in scores:
            problems.append(Problem.make("duplicate-score", key=key, other=key, code=key))
        else:
            scores[key] = value.strip()
    if problems:
        raise ScoreError(problems)
    return scores


def score_location(key: str) -> Location:
    """Where a score of an assessment is, for a problem about it."""
    return Location(path=f'$.scores["{key}"]')


class _Findings:
    """Problems (which stop the assessment) and warnings (which travel with it)."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.warnings: list[RowIssue] = []

    def problem(self, code: str, location: Location | None = None, /, **params: Any) -> None:
        self.problems.append(Problem.make(code, location, **params))

    def warn(self, code: str, column: str, shown_value: str | None, **params: Any) -> None:
        text = message(code, **params)
        self.warnings.append(RowIssue(None, code, text, "warning", column, shown_value))


def _optional_text(value: object, name: str, findings: _Findings) -> str | None:
    """A stripped string or ``None`` (blank counts as not given); else a problem."""
    if value is None:
        return None
    if not isinstance(value, str):
        findings.problem("invalid-field", field=name, expected="teks / text", value=shown(value))
        return None
    return value.strip() or None


def _nip(value: object, findings: _Findings) -> str | None:
    text = _optional_text(value, "nip", findings)
    if text is not None and not is_valid_nip(text):
        findings.warn("invalid-nip", "nip", mask_nip(text))
    return text


def _assessed_on(value: object, findings: _Findings) -> dt.date | None:
    """A date, a datetime or text as the batch reads it; text that is no plausible date is
    a warning (as in a batch row), any other type a problem."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, (str, dt.date)):
        findings.problem("date-invalid", field="assessed_on", value=shown(value))
        return None
    found = parse_assessed_on(value)
    if found is None:
        text = shown(value)
        findings.warn("invalid-date", "assessed_on", text, value=text)
    return found


def _scores(value: object, findings: _Findings) -> tuple[tuple[str, int | None], ...]:
    if not isinstance(value, Mapping):
        findings.problem("scores-not-mapping", value=shown(value))
        return ()
    items: list[tuple[str, int | None]] = []
    for key, raw in value.items():
        if not isinstance(key, str) or not key.strip():
            findings.problem("invalid-key", Location(path="$.scores"), value=shown(key))
            continue
        key = key.strip()
        level = level_hundredths(raw)
        if isinstance(level, str):
            findings.problem(level, score_location(key), key=key, value=shown(raw))
        else:
            items.append((key, level))
    return tuple(items)


_SELECTORS = ("echelon", "position_level", "position")


@dataclass(frozen=True, init=False)
class Assessment:
    """One official's assessed levels and the position whose standard applies.

    Name the standard exactly one way: ``echelon`` ("II.a", with ``condition`` such as
    "kepala_lpnk" where the equivalence depends on it), ``position_level``
    ("jpt_pratama") or ``position`` (a named position of an agency dictionary). Score keys
    may be codes, official codes (M.01) or names, in any case; values anything
    :func:`~kamus_kompetensi.scoring.levels.parse_level` accepts. A blank value (``None``,
    "") counts as missing.

    ``score_items`` holds the scores as ``(key, hundredths or None)`` pairs. ``warnings``
    holds what did not stop the assessment (an invalid NIP structure, an unreadable date).
    The NIP is masked in ``repr`` because reprs end up in logs.
    """

    score_items: tuple[tuple[str, int | None], ...]
    echelon: str | None = None
    position_level: str | None = None
    position: str | None = None
    condition: str | None = None
    nip: str | None = field(default=None, repr=False)
    name: str | None = None
    assessed_on: dt.date | None = None
    warnings: tuple[RowIssue, ...] = ()

    def __init__(
        self,
        *,
        scores: Mapping[str, object],
        echelon: str | None = None,
        position_level: str | None = None,
        position: str | None = None,
        condition: str | None = None,
        nip: str | None = None,
        name: str | None = None,
        assessed_on: dt.date | str | None = None,
    ) -> None:
        findings = _Findings()
        values: dict[str, object] = {
            "echelon": _optional_text(echelon, "echelon", findings),
            "position_level": _optional_text(position_level, "position_level", findings),
            "position": _optional_text(position, "position", findings),
            "condition": _optional_text(condition, "condition", findings),
            "nip": _nip(nip, findings),
            "name": _optional_text(name, "name", findings),
            "assessed_on": _assessed_on(assessed_on, findings),
            "score_items": _scores(scores, findings),
        }
        given = [k for k in _SELECTORS if values[k] is not None]
        wrong_type = any(p.params.get("field") in _SELECTORS for p in findings.problems)
        if len(given) != 1 and not wrong_type:
            findings.problem("standard-ambiguous", given=", ".join(given) or "-")
        if values["condition"] is not None and values["echelon"] is None:
            findings.problem("condition-without-echelon", condition=values["condition"])
        if findings.problems:
            raise ScoreError(findings.problems)
        values["warnings"] = tuple(findings.warnings)
        for key, value in values.items():
            object.__setattr__(self, key, value)

    @property
    def scores(self) -> dict[str, object]:
        """The scores as given (keys stripped), as Decimals; ``None`` means blank."""
        from kamus_kompetensi.scoring.levels import level_decimal

        return {k: None if h is None else level_decimal(h) for k, h in self.score_items}

    def __repr__(self) -> str:
        target = self.echelon or self.position_level or self.position
        return f"Assessment(target={target!r}, nip={mask_nip(self.nip)!r}, scores={self.scores!r})"


__all__ = [
    "Assessment",
    "parse_assessed_on",
    "plausible_assessment_date",
    "score_location",
    "scores_from_text",
]
