"""Parsing the many ways people write an echelon (eselon): "II.a", "IIa", "2a", "eselon II".

Echelons are the pre-2014 structural tiers (Keppres 9/1985: I.a highest … V.b lowest).
UU 5/2014 Pasal 131 maps them to today's position levels; that mapping is data, not code,
and lives in the dictionary. This module only normalises text to ``(tier, sub)``.

Accepted, case-insensitively: an optional word "eselon"/"echelon"/"es." (followed by
nothing, a space, a colon, a dot or a hyphen), the tier in Roman (I–V) or Arabic (1–5)
numerals, and an optional sub-level ``a``/``b`` after nothing, a space, a dot, a slash, a
hyphen or an underscore. The text is NFKC-normalised first, so the Unicode Roman numerals
(U+2160–217F: "Ⅱ.a", "ⅳ.b") and full-width letters read as their ASCII look-alikes; any
dash reads as a hyphen, invisible format characters (zero-width space, soft hyphen) are
dropped, runs of whitespace count as one, and whitespace or punctuation around the whole
echelon ("II.a.", "(II.a)", "“II.a”") is ignored. Nothing else is guessed: "VI", "II.c",
"IIa b", "2.5" and "I I" are not echelons.

Words for "no echelon" ("non eselon", "non-eselon", "noneselon", "fungsional umum",
"pelaksana") parse to :data:`NON_ECHELON`; see there.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
_ROMAN_OF = {v: k.upper() for k, v in _ROMAN.items()}
_PATTERN = re.compile(
    r"^(?:(?:eselon|echelon|es\.?)\s*[:.\-]?\s*)?"
    r"(?P<tier>iv|v|iii|ii|i|[1-5])"
    r"(?:\s*[./\-_]?\s*(?P<sub>[ab]))?$"
)
_NON_ECHELON_PATTERN = re.compile(
    r"^(?:non\s*-?\s*(?:eselon|echelon)|(?:jabatan\s+)?fungsional\s+umum|(?:jabatan\s+)?pelaksana)$"
)
_DASHES = re.compile("[\u2010-\u2015\u2212\ufe58\ufe63]")
#: Whitespace and punctuation ignored around an echelon (never inside it).
_EDGES = " .,;:!?'\"()[]{}\u2018\u2019\u201c\u201d\u00ab\u00bb"


@dataclass(frozen=True, order=True)
class Echelon:
    """An echelon tier 1–5 (I–V) with an optional sub-level ``a``/``b``.

    ``non_echelon`` marks :data:`NON_ECHELON`, the parse of "non eselon" and its synonyms.
    """

    tier: int
    sub: str | None = None
    non_echelon: bool = False

    def __str__(self) -> str:
        if self.non_echelon:
            return "non-eselon"
        roman = _ROMAN_OF[self.tier]
        return f"{roman}.{self.sub}" if self.sub else roman

    def expand(self) -> tuple[Echelon, ...]:
        """Both sub-levels when none is given, else itself.

        >>> [str(e) for e in parse_echelon("II").expand()]
        ['II.a', 'II.b']
        >>> [str(e) for e in parse_echelon("non eselon").expand()]
        ['V.a', 'V.b']
        """
        if self.sub:
            return (self,)
        return (Echelon(self.tier, "a"), Echelon(self.tier, "b"))


#: What "non eselon", "non-eselon", "noneselon", "fungsional umum" and "pelaksana" parse to.
#:
#: UU 5/2014 Pasal 131 puts eselon V *and* "fungsional umum" (staff without an echelon
#: post) in one class, Jabatan Pelaksana. These words are not an echelon, so they get a
#: result of their own rather than being passed off as eselon V (``str()`` says
#: "non-eselon", and a dictionary file cannot list it: it has no sub-level). It carries
#: tier 5 and expands to V.a and V.b, so a dictionary resolves it to whichever position
#: level its data lists V.a/V.b under: the mapping stays data, and the national data needs
#: no entry of its own for these words.
NON_ECHELON = Echelon(5, None, non_echelon=True)


def parse_echelon(text: object) -> Echelon | None:
    """Parse ``text`` into an :class:`Echelon`, or ``None`` when it is not one.

    >>> [str(parse_echelon(t)) for t in ("II.a", "IIa", "II/a", "2a", "eselon iv.b", "III")]
    ['II.a', 'II.a', 'II.a', 'II.a', 'IV.b', 'III']
    >>> [str(parse_echelon(t)) for t in ("Eselon: II", "eselon-II", "II.a.", "Ⅳ.b", "ⅰ.a")]
    ['II', 'II', 'II.a', 'IV.b', 'I.a']
    >>> parse_echelon("non eselon") is NON_ECHELON
    True
    >>> [parse_echelon(t) for t in ("VI", "II.c", "IIa b", "2.5", "")]
    [None, None, None, None, None]
    """
    return _parse_text(text) if isinstance(text, str) else None


@lru_cache(maxsize=1024)
def _parse_text(text: str) -> Echelon | None:
    """Pure and memoised: a file or a service repeats a handful of spellings."""
    normal = _normalise(text)
    match = _PATTERN.match(normal)
    if match:
        tier_text = match.group("tier")
        tier = int(tier_text) if tier_text.isdigit() else _ROMAN[tier_text]
        return Echelon(tier, match.group("sub"))
    if _NON_ECHELON_PATTERN.match(normal):
        return NON_ECHELON
    return None


def _normalise(text: str) -> str:
    """NFKC (Ⅱ → II), no format characters, one kind of dash and space, no edge punctuation."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    text = _DASHES.sub("-", text.casefold())
    return " ".join(text.split()).strip(_EDGES)
