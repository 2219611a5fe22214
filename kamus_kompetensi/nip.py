"""NIP (Nomor Induk Pegawai) structure checks and masking.

A PNS NIP has 18 digits (Perka BKN 22/2007): birth date ``YYYYMMDD``, TMT CPNS ``YYYYMM``,
sex digit (1 man, 2 woman) and a sequence ``001``–``999``. A PPPK NIP keeps the birth date
and sex/sequence but puts the appointment year, the PPPK marker ``2`` and a frequency digit
(1–9) where a PNS NIP has ``YYYYMM``. Since ``21``–``29`` is never a month, the two layouts
cannot be confused.

The structure check is advice (the batch makes it a warning, never a drop): the rules come
from secondary sources (confidence sedang–tinggi, see docs).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Literal

NipKind = Literal["pns", "pppk"]


@dataclass(frozen=True)
class NipInfo:
    """What an 18-digit NIP says about its holder."""

    nip: str
    kind: NipKind
    birth_date: dt.date
    appointed: str  # "YYYY-MM" (PNS) or "YYYY" (PPPK)
    sex: Literal["L", "P"]
    sequence: int


@functools.lru_cache(maxsize=1 << 16)
def _date(text: str) -> dt.date | None:
    """A ``YYYYMMDD`` date, or ``None``; memoised (pure), since birth dates repeat across a
    civil service and a batch checks every row's NIP."""
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


def _layout(text: object) -> tuple[str, dt.date, int, str] | None:
    """Digits, birth date, appointment year and the two marker digits of a well-formed
    NIP (spaces and dots removed), or ``None``: the one place the structure rules live."""
    if not isinstance(text, str):
        return None
    digits = text.replace(" ", "").replace(".", "") if " " in text or "." in text else text
    if len(digits) != 18 or not digits.isascii() or not digits.isdigit():
        return None
    birth = _date(digits[:8])
    if birth is None or digits[14] not in "12" or digits[15:] == "000":
        return None
    year, marker = int(digits[8:12]), digits[12:14]
    if year <= birth.year or year > birth.year + 70:
        return None
    if (marker[0] == "2" and marker[1] != "0") or "01" <= marker <= "12":
        return digits, birth, year, marker
    return None


def parse_nip(text: object) -> NipInfo | None:
    """Parse an NIP (spaces and dots removed); ``None`` when its structure is invalid.

    >>> parse_nip("196711101992031001").appointed
    '1992-03'
    >>> parse_nip("196711101992131001") is None   # month 13
    True
    """
    layout = _layout(text)
    if layout is None:
        return None
    digits, birth, year, marker = layout
    sex: Literal["L", "P"] = "L" if digits[14] == "1" else "P"
    if marker[0] == "2":  # 21..29: PPPK marker + frequency digit
        return NipInfo(digits, "pppk", birth, f"{year:04d}", sex, int(digits[15:]))
    return NipInfo(digits, "pns", birth, f"{year:04d}-{marker}", sex, int(digits[15:]))


def is_valid_nip(text: object) -> bool:
    """Whether ``text`` has a valid PNS or PPPK NIP structure; never raises."""
    return _layout(text) is not None


def mask_nip(text: object) -> str:
    """Hide all but the last four characters: ``**************1002``.

    >>> mask_nip("198703152010011002")
    '**************1002'
    >>> mask_nip("")
    ''
    """
    value = "" if text is None else str(text)
    keep = 4 if len(value) > 8 else 0
    return "*" * (len(value) - keep) + value[len(value) - keep :]
