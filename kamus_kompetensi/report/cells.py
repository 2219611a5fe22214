"""Cell-level helpers shared by every renderer: formula neutralisation, numbers as text.

Spreadsheet programs run a cell that begins with ``=``, ``+``, ``-`` or ``@`` (and, in some,
a leading tab or carriage return) as a formula, so a name typed as ``=HYPERLINK(...)`` in
the input would become live in a committee's copy of the report (CSV/formula injection).
Text cells are therefore prefixed with an apostrophe, which Excel and LibreOffice show as
plain text. Numbers are never passed through here: renderers keep numeric values as
numbers (XLSX) or format them themselves (CSV), so a negative gap stays ``-0,5``.

This module owns no layout and no wording.
"""

from __future__ import annotations

import re
from decimal import Context, Decimal
from functools import lru_cache

from kamus_kompetensi.scoring.levels import level_decimal

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Characters that XML 1.0 (and so XLSX) cannot hold, and that a terminal would act on.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def neutralise(text: str) -> str:
    """Text that a spreadsheet will show, never evaluate.

    >>> neutralise("=1+2"), neutralise("-x"), neutralise("Budi")
    ("'=1+2", "'-x", 'Budi')
    """
    # A lone "-" (the usual placeholder for "none") cannot be a formula: leave it readable.
    return "'" + text if len(text) > 1 and text.startswith(FORMULA_PREFIXES) else text


def strip_control(text: str) -> str:
    """``text`` without control characters (tab, newline and CR kept).

    XLSX cannot store them at all and a terminal would interpret escape sequences, so
    input such as ``"Budi\\x1b[2J"`` must not reach either unchanged.

    >>> strip_control("Bu\\x1bdi")
    'Budi'
    """
    return _CONTROL.sub("", text)


def safe_text(value: object) -> str:
    """Input text made safe for a spreadsheet or terminal cell; ``None`` becomes ``""``."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if text.isprintable() and not text.startswith(FORMULA_PREFIXES):
        return text  # the common case, decided in C: nothing to strip or neutralise
    return neutralise(strip_control(text))


def decimal_text(value: Decimal | int, lang: str) -> str:
    """A number as people in ``lang`` write it: ``3,5`` in Indonesian, ``3.5`` in English.

    Fixed-point always (``Decimal`` would otherwise print ``1E+1`` for some values).

    >>> decimal_text(Decimal("-0.5"), "id"), decimal_text(Decimal("82.64"), "en")
    ('-0,5', '82.64')
    """
    text = format(value, "f") if isinstance(value, Decimal) else str(value)
    return text.replace(".", ",") if lang == "id" else text


@lru_cache(maxsize=4096)
def hundredths_text(hundredths: int, lang: str) -> str:
    """A level or gap given in hundredths, in its shortest form: 350 → ``3,5``, -50 → ``-0,5``.

    >>> hundredths_text(350, "id"), hundredths_text(-50, "en"), hundredths_text(400, "id")
    ('3,5', '-0.5', '4')
    """
    return decimal_text(level_decimal(hundredths), lang)


_PLAIN = Context()  # default precision, whatever context the caller has set


def level_text(value: Decimal | int, lang: str) -> str:
    """A level or a gap in its shortest form: ``3,50`` and ``3,5`` are one level, shown
    ``3,5`` however the input spelled it, so a report does not depend on which spelling
    came first (or on which process of a parallel run met it first).

    >>> level_text(Decimal("3.50"), "id"), level_text(Decimal("4.0"), "en")
    ('3,5', '4')
    """
    return decimal_text(value.normalize(_PLAIN) if isinstance(value, Decimal) else value, lang)
