"""Parsing the many ways people write an echelon (eselon): "II.a", "IIa", "2a", "eselon II".

Echelons are the pre-2014 structural tiers (Keppres 9/1985: I.a highest … V.b lowest).
UU 5/2014 Pasal 131 maps them to today's position levels; that mapping is data, not code,
and lives in the dictionary. This module only normalises text to ``(tier, sub)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
_ROMAN_OF = {v: k.upper() for k, v in _ROMAN.items()}
_PATTERN = re.compile(
    r"^(?:eselon|echelon|es\.?)?\s*(?P<tier>iv|v|iii|ii|i|[1-5])\s*[./\-\s]?\s*(?P<sub>[ab])?$"
)


@dataclass(frozen=True, order=True)
class Echelon:
    """An echelon tier 1–5 (I–V) with an optional sub-level ``a``/``b``."""

    tier: int
    sub: str | None = None

    def __str__(self) -> str:
        roman = _ROMAN_OF[self.tier]
        return f"{roman}.{self.sub}" if self.sub else roman

    def expand(self) -> tuple[Echelon, ...]:
        """Both sub-levels when none is given, else itself.

        >>> [str(e) for e in parse_echelon("II").expand()]
        ['II.a', 'II.b']
        """
        if self.sub:
            return (self,)
        return (Echelon(self.tier, "a"), Echelon(self.tier, "b"))


def parse_echelon(text: object) -> Echelon | None:
    """Parse ``text`` into an :class:`Echelon`, or ``None`` when it is not one.

    >>> [str(parse_echelon(t)) for t in ("II.a", "IIa", "II/a", "2a", "eselon iv.b", "III")]
    ['II.a', 'II.a', 'II.a', 'II.a', 'IV.b', 'III']
    >>> parse_echelon("VI") is None
    True
    """
    return _parse_text(text) if isinstance(text, str) else None


@lru_cache(maxsize=1024)
def _parse_text(text: str) -> Echelon | None:
    """Pure and memoised: a file or a service repeats a handful of spellings."""
    normal = " ".join(text.strip().lower().split())
    match = _PATTERN.match(normal)
    if not match:
        return None
    tier_text = match.group("tier")
    tier = int(tier_text) if tier_text.isdigit() else _ROMAN[tier_text]
    return Echelon(tier, match.group("sub"))
