"""The letterhead and signature block of a printed report.

A selection committee signs what it prints: the agency's name and logo on the first page,
the report's title and the assessment event, the place and date, and the officials who sign
at the end. Page formats (HTML, PDF) and the XLSX summary sheet show it; CSV, JSON and
text have no page and accept it without showing it.

Every field is optional except :attr:`Letterhead.agency`.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple


class Signatory(NamedTuple):
    """One person who signs the report (a role such as "Ketua Tim Penilai", a name, a NIP)."""

    role: str
    name: str | None = None
    nip: str | None = None


class Letterhead(NamedTuple):
    """What a report's first page and signature block say about who issued it."""

    agency: str
    title: str | None = None
    event: str | None = None
    place: str | None = None
    logo: Path | None = None
    signatories: tuple[Signatory, ...] = ()


__all__ = ["Letterhead", "Signatory"]
