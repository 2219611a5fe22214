"""Training durations as exact integers: hundredths of a minute.

A record states its duration in JP (jam pelajaran, 45 minutes by the national policy),
in hours (*jam*) or in minutes (*menit*), as a whole number or with up to two decimals
written with a comma or a point (``2,5``). An amount with two decimals times a whole
number of minutes per unit is a whole number of hundredths of a minute, so every
duration, every official's total and the policy minimum are plain ``int`` values and the
comparison with the minimum is exact (19,99 JP is 89,955 hundredths; 20 JP is 90,000).

The rules, the same for text, spreadsheet numbers and JSON numbers:

* blank (``None``, ``""``, spaces) is no duration (the caller decides what that means);
* text is ASCII digits with an optional ``,`` or ``.`` decimal separator and sign; no
  thousands separators, exponents, ``NaN`` or words (``training-duration-invalid``);
* more than two decimals that are not zeros is ``training-duration-precision``; a float
  within 1e-9 of a two-decimal value is that value (spreadsheets store binary floats);
* negative is ``training-duration-negative``, zero ``training-duration-zero``;
* more than a year of hours in one record (8,784 hours) is ``training-duration-too-long``:
  a typo, such as minutes written in the JP column of a very long course, not a record.

Parsing returns the value or the problem code and never raises: the caller locates the
problem at its row and column.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal

HUNDREDTHS = 100
#: Minutes per unit other than JP (JP's minutes come from the training policy).
UNIT_MINUTES = {"jam": 60, "menit": 1}
UNITS = ("jp", "jam", "menit")
#: One record may last at most a (leap) year of hours.
MAX_MINUTES = 366 * 24 * 60
_FLOAT_TOLERANCE = 1e-9
_NUMBER = re.compile(r"([+-]?)([0-9]*)(?:[.,]([0-9]*))?")
_MAX_DIGITS = 12  # far beyond any duration; keeps a pasted 4,000-digit number cheap


def amount_hundredths(value: object) -> int | str | None:
    """An amount in hundredths of its unit, ``None`` for blank, or the problem code.

    >>> amount_hundredths("2,5"), amount_hundredths(3), amount_hundredths(" ")
    (250, 300, None)
    >>> amount_hundredths("-1"), amount_hundredths("0"), amount_hundredths("1,333")
    ('training-duration-negative', 'training-duration-zero', 'training-duration-precision')
    """
    if value is None:
        return None
    if isinstance(value, str):
        return _text_hundredths(value)
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return "training-duration-invalid"
    if isinstance(value, float):
        if not math.isfinite(value):
            return "training-duration-invalid"
        if abs(value) >= 10**_MAX_DIGITS:
            return "training-duration-negative" if value < 0 else "training-duration-too-long"
        found = round(value * HUNDREDTHS)
        if abs(value - found / HUNDREDTHS) > _FLOAT_TOLERANCE * max(1.0, abs(value)):
            return "training-duration-precision"
        return _signed(found)
    if isinstance(value, Decimal):
        if not value.is_finite():
            return "training-duration-invalid"
        if value.adjusted() >= _MAX_DIGITS:
            return "training-duration-negative" if value < 0 else "training-duration-too-long"
        scaled = value.scaleb(2)
        if scaled != scaled.to_integral_value():
            return "training-duration-precision"
        return _signed(int(scaled))
    return _signed(value * HUNDREDTHS)


def _text_hundredths(text: str) -> int | str | None:
    """Text → hundredths of its unit, ``None`` for blank, or the problem code."""
    stripped = text.strip()
    if not stripped:
        return None
    match = _NUMBER.fullmatch(stripped)
    if match is None or not (match[2] or match[3]):
        return "training-duration-invalid"
    sign, whole, fraction = match[1], match[2].lstrip("0") or "0", (match[3] or "").rstrip("0")
    if len(whole) > _MAX_DIGITS:
        return "training-duration-negative" if sign == "-" else "training-duration-too-long"
    if len(fraction) > 2:
        return "training-duration-precision"
    hundredths = int(whole) * HUNDREDTHS + int(fraction.ljust(2, "0") or 0)
    return _signed(-hundredths if sign == "-" else hundredths)


def _signed(hundredths: int) -> int | str:
    if hundredths < 0:
        return "training-duration-negative"
    if hundredths == 0:
        return "training-duration-zero"
    return hundredths


def centiminutes(value: object, unit: str, jp_minutes: int) -> int | str | None:
    """A duration of ``unit`` (``jp``, ``jam`` or ``menit``) in hundredths of a minute,
    ``None`` for blank, or the problem code.

    >>> centiminutes("19,99", "jp", 45), centiminutes("20", "jp", 45)
    (89955, 90000)
    >>> centiminutes("1,5", "jam", 45), centiminutes("90", "menit", 45)
    (9000, 9000)
    """
    found = duration(value, unit, jp_minutes)
    return found[0] if isinstance(found, tuple) else found


def duration(value: object, unit: str, jp_minutes: int) -> tuple[int, int] | str | None:
    """``(hundredths of a minute, hundredths of unit)``, ``None`` for blank, or the
    problem code: both numbers from one parse (the second is what a report shows)."""
    amount = amount_hundredths(value)
    if not isinstance(amount, int):
        return amount
    found = amount * (jp_minutes if unit == "jp" else UNIT_MINUTES[unit])
    if found > MAX_MINUTES * HUNDREDTHS:
        return "training-duration-too-long"
    return found, amount


def amount_text(hundredths: int, lang: str) -> str:
    """An amount in its shortest form, with a decimal comma in Indonesian: 250 → ``2,5``.

    >>> amount_text(250, "id"), amount_text(300, "en"), amount_text(1999, "en")
    ('2,5', '3', '19.99')
    """
    whole, part = divmod(hundredths, HUNDREDTHS)
    if part == 0:
        return str(whole)
    separator = "," if lang == "id" else "."
    return f"{whole}{separator}{f'{part:02d}'.rstrip('0')}"


__all__ = [
    "HUNDREDTHS",
    "MAX_MINUTES",
    "UNITS",
    "UNIT_MINUTES",
    "amount_hundredths",
    "amount_text",
    "centiminutes",
    "duration",
]
