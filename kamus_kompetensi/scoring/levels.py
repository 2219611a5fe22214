"""Attained levels as exact integers: hundredths of a level.

Assessors write levels as whole numbers or with a fraction (``3,5``, ``3.25``: half and
quarter levels occur in practice). A level is an exact number of hundredths, so it is
kept as an ``int`` (``3,5`` → ``350``): sums, comparisons and the JPM division are then
exact integer arithmetic with no rounding context to get wrong, and results turn the
integers into :class:`~decimal.Decimal` only at their edges.

The rules, the same for text, numbers and spreadsheet floats:

* blank (``None``, ``""``, spaces) is no level (the caller decides what a missing score
  means);
* text is plain ASCII digits with an optional ``,`` or ``.`` decimal separator and sign:
  no exponents, underscores, other scripts' digits, ``NaN`` or ``Infinity``;
* more than two decimals that are not zeros is ``level-precision`` (``3,333``); a float
  within 1e-9 of a two-decimal value is that value (``3.3000000000000003`` is ``3,3``:
  spreadsheets store binary floats);
* the range is 0–5.

Parsing returns the hundredths or the problem code, never raises: the caller locates the
problem (a row and column, or a key of an assessment).
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from functools import lru_cache

from kamus_kompetensi.errors import Problem, ScoreError

HUNDREDTHS = 100
MAX_HUNDREDTHS = 5 * HUNDREDTHS
_FLOAT_TOLERANCE = 1e-9
_NUMBER = re.compile(r"([+-]?)([0-9]*)(?:[.,]([0-9]*))?")
_NON_FINITE = frozenset({"nan", "+nan", "-nan", "inf", "+inf", "-inf", "infinity", "-infinity"})


def level_hundredths(value: object) -> int | str | None:
    """A level in hundredths, ``None`` for a blank value, or the problem code.

    >>> level_hundredths("3,5"), level_hundredths(4), level_hundredths(" "), level_hundredths(6)
    (350, 400, None, 'score-out-of-range')
    """
    if isinstance(value, str):
        return text_hundredths(value)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return "score-not-numeric"
    if isinstance(value, int):
        return value * HUNDREDTHS if 0 <= value <= 5 else "score-out-of-range"
    if isinstance(value, float):
        return _float_hundredths(value)
    return _decimal_hundredths(value)


@lru_cache(maxsize=4096)
def text_hundredths(text: str) -> int | str | None:
    """Text → hundredths, the blank ``None`` or the problem code (pure; memoised because a
    file repeats a few spellings)."""
    stripped = text.strip()
    if not stripped:
        return None
    match = _NUMBER.fullmatch(stripped)
    if match is None or not (match[2] or match[3]):
        return "score-not-finite" if stripped.lower() in _NON_FINITE else "score-not-numeric"
    sign, whole, fraction = match[1], match[2] or "0", (match[3] or "").rstrip("0")
    if len(fraction) > 2:
        return "level-precision"
    if len(whole) > 3:
        return "score-out-of-range"
    hundredths = int(whole) * HUNDREDTHS + int(fraction.ljust(2, "0") or 0)
    if sign == "-" and hundredths:
        return "score-out-of-range"
    return hundredths if hundredths <= MAX_HUNDREDTHS else "score-out-of-range"


def _float_hundredths(value: float) -> int | str:
    if not math.isfinite(value):
        return "score-not-finite"
    if not 0 <= value <= 5:
        return "score-out-of-range"
    hundredths = round(value * HUNDREDTHS)
    if abs(value - hundredths / HUNDREDTHS) > _FLOAT_TOLERANCE:
        return "level-precision"
    return hundredths


def _decimal_hundredths(value: Decimal) -> int | str:
    if not value.is_finite():
        return "score-not-finite"
    if not 0 <= value <= 5:
        return "score-out-of-range"
    scaled = value.scaleb(2)
    if scaled != scaled.to_integral_value():
        return "level-precision"
    return int(scaled)


@lru_cache(maxsize=4096)
def level_decimal(hundredths: int) -> Decimal:
    """Hundredths as the shortest exact Decimal: 350 → ``3.5``, 400 → ``4``, -25 → ``-0.25``.

    >>> level_decimal(350), level_decimal(400), level_decimal(-25)
    (Decimal('3.5'), Decimal('4'), Decimal('-0.25'))
    """
    sign = "-" if hundredths < 0 else ""
    whole, part = divmod(abs(hundredths), HUNDREDTHS)
    if part == 0:
        return Decimal(f"{sign}{whole}")
    fraction = f"{part:02d}".rstrip("0")
    return Decimal(f"{sign}{whole}.{fraction}")


def parse_level(value: object) -> Decimal:
    """One attained level as a Decimal: 4, 3.5, Decimal("3.25"), "3,5" or " 3.25 ".

    Fractional levels are allowed, to the hundredth; the range is 0–5. Raises
    :class:`~kamus_kompetensi.errors.ScoreError` for blanks, booleans, NaN, infinities,
    non-numbers, more than two decimals and values outside 0–5.

    >>> parse_level("3,5"), parse_level(4), parse_level(0.25)
    (Decimal('3.5'), Decimal('4'), Decimal('0.25'))
    """
    found = level_hundredths(value)
    if isinstance(found, int):
        return level_decimal(found)
    code = "score-empty" if found is None else found
    raise ScoreError([Problem.make(code, key="-", value=shown(value))])


def shown(value: object) -> str:
    """A value as it appears in a message; long input is shortened."""
    if isinstance(value, int) and value.bit_length() > 128:  # repr() refuses 4,300+ digits
        return f"<{'-' if value < 0 else ''}integer of ~{int(value.bit_length() * 0.30103)} digits>"
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


__all__ = [
    "HUNDREDTHS",
    "level_decimal",
    "level_hundredths",
    "parse_level",
    "shown",
    "text_hundredths",
]
