"""What a check produces: plain values that pickle, compare and turn into JSON.

An :class:`AssessmentResult` holds codes, required and attained levels, the JPM, the band
code (and the policy's name for it), dates, warnings and the :class:`Provenance` of the
dictionary and policy that produced it. It never holds the engine, the dictionary or its
texts: whatever needs competency names or indicator texts (renderers, development plans)
takes the dictionary as an argument, and the provenance's ``content_hash`` says which one
fits. So results cross ``multiprocessing``, task queues and caches, and a saved JSON report
gives the same objects back (:meth:`AssessmentResult.from_dict`).

Attained levels are kept as exact hundredths (``int``) and shown as
:class:`~decimal.Decimal`; per-competency views are built on access.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, NamedTuple

from kamus_kompetensi.dictionary import FileProvenance
from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.record_keys import competency_keys
from kamus_kompetensi.scoring.levels import HUNDREDTHS, level_decimal, level_hundredths

RESULT_FORMAT = "kamus-kompetensi/assessment-result/2"
VALIDITY_YEARS = 3
"""Peraturan BKN 26/2019 Pasal 29 ayat (4): an assessment result is valid for 3 years."""


class Provenance(NamedTuple):
    """Which dictionary and policy produced a result, so it can be reproduced or audited.

    ``files`` lists every file of the dictionary's ``extends`` chain, root first, each with
    its id, version and SHA-256, so an agency result names the national file it stood on.
    """

    dictionary_id: str
    dictionary_version: str
    content_hash: str
    policy: str
    library_version: str
    files: tuple[FileProvenance, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "dictionary_id": self.dictionary_id,
            "dictionary_version": self.dictionary_version,
            "content_hash": self.content_hash,
            "policy": self.policy,
            "library_version": self.library_version,
            "files": [
                {"id": f.id, "version": f.version, "path": f.path, "sha256": f.sha256}
                for f in self.files
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Provenance:
        """The provenance :meth:`to_dict` wrote."""
        return cls(
            data["dictionary_id"],
            data["dictionary_version"],
            data["content_hash"],
            data["policy"],
            data["library_version"],
            tuple(FileProvenance(**f) for f in data.get("files", ())),
        )


class CompetencyResult(NamedTuple):
    """One competency of the standard: required, attained, counted toward JPM, gap.

    ``counted`` differs from ``attained`` only under the policy cap ``competency``.
    """

    code: str
    required: int
    attained: Decimal
    counted: Decimal
    gap: Decimal
    meets: bool

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (Decimals as strings)."""
        return {
            "code": self.code,
            "required": self.required,
            "attained": str(self.attained),
            "counted": str(self.counted),
            "gap": str(self.gap),
            "meets": self.meets,
        }


class DevelopmentNeed(NamedTuple):
    """A competency below standard and the level numbers to reach (above the attained
    level, up to the required one). Their descriptions and indicators are in the
    dictionary: ``dictionary.get_competency(code).level(n)``."""

    code: str
    required: int
    attained: Decimal
    levels: tuple[int, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "code": self.code,
            "required": self.required,
            "attained": str(self.attained),
            "levels": list(self.levels),
        }


class AssessmentResult(NamedTuple):
    """The outcome of checking one official against one standard under one policy.

    ``codes``, ``required`` and ``attained_hundredths`` are parallel tuples in the
    dictionary's order of competencies. ``jpm`` is the shown (rounded, possibly capped)
    value and ``band`` the code of the category decided on it; ``band_name`` is the
    policy's (Indonesian) name for it, kept so a result reads on its own.
    ``warnings`` are findings that did not stop the check (an invalid NIP structure).
    """

    position_level: str
    position: str | None
    policy: str
    codes: tuple[str, ...]
    required: tuple[int, ...]
    attained_hundredths: tuple[int, ...]
    jpm: Decimal
    band: str
    band_name: str
    meets_standard: bool
    capped: bool
    cap: str
    provenance: Provenance
    nip: str | None = None
    name: str | None = None
    assessed_on: dt.date | None = None
    warnings: tuple[RowIssue, ...] = ()

    def __repr__(self) -> str:  # the NIP is personal data: never in reprs (they reach logs)
        return (
            f"AssessmentResult(standard={self.standard_code!r}, policy={self.policy!r}, "
            f"jpm={self.jpm}, band={self.band!r}, meets_standard={self.meets_standard})"
        )

    @property
    def standard_code(self) -> str:
        """The named position's code when the standard is a position's, else the level's."""
        return self.position or self.position_level

    @property
    def attained(self) -> tuple[Decimal, ...]:
        """Attained levels in the order of :attr:`codes`."""
        return tuple(map(level_decimal, self.attained_hundredths))

    @property
    def attained_total(self) -> Decimal:
        """Sum of the attained levels as counted toward JPM (each at most its requirement
        under the policy cap ``competency``)."""
        if self.cap == "competency":
            needed = (r * HUNDREDTHS for r in self.required)
            return level_decimal(sum(map(min, self.attained_hundredths, needed)))
        return level_decimal(sum(self.attained_hundredths))

    @property
    def required_total(self) -> int:
        """Sum of the required levels: the JPM denominator."""
        return sum(self.required)

    @property
    def valid_until(self) -> dt.date | None:
        """Three years after the assessment date, when there is one."""
        return valid_until(self.assessed_on) if self.assessed_on is not None else None

    @property
    def above_full_match(self) -> bool:
        """JPM above 100: attained levels exceed the standard (reported, not an error)."""
        return self.jpm > 100

    @property
    def competencies(self) -> tuple[CompetencyResult, ...]:
        """Per competency, in the dictionary's order."""
        capped = self.cap == "competency"
        items = []
        for code, required, attained in zip(
            self.codes, self.required, self.attained_hundredths, strict=True
        ):
            needed = required * HUNDREDTHS
            counted = min(attained, needed) if capped else attained
            items.append(
                CompetencyResult(
                    code,
                    required,
                    level_decimal(attained),
                    level_decimal(counted),
                    level_decimal(attained - needed),
                    attained >= needed,
                )
            )
        return tuple(items)

    @property
    def development(self) -> tuple[DevelopmentNeed, ...]:
        """One need per competency below standard, with the level numbers to reach."""
        return tuple(
            DevelopmentNeed(
                code,
                required,
                level_decimal(attained),
                tuple(range(attained // HUNDREDTHS + 1, required + 1)),
            )
            for code, required, attained in zip(
                self.codes, self.required, self.attained_hundredths, strict=True
            )
            if attained < required * HUNDREDTHS
        )

    @property
    def below_standard(self) -> tuple[str, ...]:
        """Codes of the competencies below their required level."""
        if self.meets_standard:
            return ()
        return tuple(
            code
            for code, required, attained in zip(
                self.codes, self.required, self.attained_hundredths, strict=True
            )
            if attained < required * HUNDREDTHS
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data with a stable shape (documented in docs/penilaian.md)."""
        return {
            "format": RESULT_FORMAT,
            "official": {"nip": self.nip, "name": self.name},
            "assessed_on": _iso(self.assessed_on),
            "valid_until": _iso(self.valid_until),
            "standard": {
                "code": self.standard_code,
                "position_level": self.position_level,
                "position": self.position,
            },
            "policy": self.policy,
            "cap": self.cap,
            "jpm": str(self.jpm),
            "band": {"code": self.band, "name": self.band_name},
            "meets_standard": self.meets_standard,
            "capped": self.capped,
            "attained_total": str(self.attained_total),
            "required_total": self.required_total,
            "competencies": [c.to_dict() for c in self.competencies],
            "development": [d.to_dict() for d in self.development],
            "warnings": [w.to_dict() for w in self.warnings],
            "provenance": self.provenance.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AssessmentResult:
        """The result :meth:`to_dict` wrote (for a report saved as JSON)."""
        competencies = data["competencies"]
        standard = data["standard"]
        return cls(
            position_level=standard["position_level"],
            position=standard.get("position"),
            policy=data["policy"],
            codes=tuple(c["code"] for c in competencies),
            required=tuple(int(c["required"]) for c in competencies),
            attained_hundredths=tuple(_hundredths(c["attained"]) for c in competencies),
            jpm=Decimal(data["jpm"]),
            band=data["band"]["code"],
            band_name=data["band"]["name"],
            meets_standard=bool(data["meets_standard"]),
            capped=bool(data["capped"]),
            cap=data.get("cap", "none"),
            provenance=Provenance.from_dict(data["provenance"]),
            nip=data["official"].get("nip"),
            name=data["official"].get("name"),
            assessed_on=_date(data.get("assessed_on")),
            warnings=tuple(RowIssue.from_dict(w) for w in data.get("warnings", ())),
        )

    def to_record(self, all_codes: tuple[str, ...] | None = None) -> dict[str, Any]:
        """A flat dict with the stable keys of :mod:`kamus_kompetensi.record_keys`.

        ``all_codes`` lists the competency columns to fill (every competency of the
        dictionary, in order, so rows of different standards line up); a competency not in
        this result's standard is ``None``. Numbers are plain Python numbers (JPM and
        levels as float, required levels as int), so ``pandas.DataFrame(records)`` works.
        """
        record: dict[str, Any] = {
            "nip": self.nip,
            "name": self.name,
            "position_level": self.position_level,
            "position": self.position,
            "policy": self.policy,
            "jpm": float(self.jpm),
            "band": self.band,
            "band_name": self.band_name,
            "meets_standard": self.meets_standard,
            "assessed_on": self.assessed_on,
            "valid_until": self.valid_until,
        }
        levels = dict(
            zip(self.codes, zip(self.required, self.attained_hundredths, strict=True), strict=True)
        )
        for code in all_codes if all_codes is not None else self.codes:
            required_key, attained_key, gap_key = competency_keys(code)
            found = levels.get(code)
            if found is None:
                record[required_key] = record[attained_key] = record[gap_key] = None
            else:
                required, attained = found
                record[required_key] = required
                record[attained_key] = attained / HUNDREDTHS
                record[gap_key] = (attained - required * HUNDREDTHS) / HUNDREDTHS
        return record


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _hundredths(text: str) -> int:
    found = level_hundredths(text)
    if not isinstance(found, int):
        raise ValueError(f"not a level: {text!r}")
    return found


def valid_until(assessed_on: dt.date) -> dt.date:
    """``assessed_on`` plus three years; 29 February becomes 28 February.

    >>> valid_until(dt.date(2024, 2, 29))
    datetime.date(2027, 2, 28)
    """
    year = min(assessed_on.year + VALIDITY_YEARS, dt.date.max.year)
    try:
        return assessed_on.replace(year=year)
    except ValueError:
        return assessed_on.replace(year=year, day=28)


__all__ = [
    "AssessmentResult",
    "CompetencyResult",
    "DevelopmentNeed",
    "Provenance",
    "valid_until",
]
