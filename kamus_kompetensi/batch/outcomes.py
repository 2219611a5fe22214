"""What a batch check produces, as plain data: checked rows, row errors, a summary.

Every input row ends up in exactly one place: a checked row is an :class:`OfficialResult`
(whose result may carry warnings), a rejected row is one or more ``error``
:class:`~kamus_kompetensi.issues.RowIssue` with the same ``row``.
``rows_read == rows_checked + rows_rejected`` always holds. Fully blank rows are not read
rows: they are skipped and counted in ``rows_blank`` alone.

Row numbers are what the user sees in the spreadsheet: the header is row 1, so the first
data row of a CSV is row 2; for JSON input, the item (JSON) or line (JSON Lines) number.

:meth:`BatchReport.to_dict` is the JSON report (the same content, ``json.dumps``-ready) and
:meth:`BatchReport.from_dict` gives the report back from it, so later steps (plans, needs,
talent) can start from a saved report instead of reading the input again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.nip import mask_nip
from kamus_kompetensi.record_keys import (
    DETAIL_KEYS,
    POSITION_TITLE,
    ROW,
    UNIT,
)
from kamus_kompetensi.scoring.levels import level_hundredths
from kamus_kompetensi.scoring.results import AssessmentResult, Provenance
from kamus_kompetensi.talent.placement import TalentPlacement

REPORT_FORMAT = "kamus-kompetensi/batch-report/2"


class OfficialResult(NamedTuple):
    """A checked row: its number, the :class:`AssessmentResult`, and ``details``: the row's
    other input columns that later steps read (keys from
    :data:`~kamus_kompetensi.record_keys.DETAIL_KEYS`: position title, unit, performance
    rating, completed leadership training), only those the row has.

    ``talent`` is the row's talent box when the input has a performance rating the talent
    policy knows (:func:`kamus_kompetensi.talent_box`), else ``None``."""

    row: int
    result: AssessmentResult
    details: Mapping[str, str] = {}
    talent: TalentPlacement | None = None

    def __repr__(self) -> str:
        return f"OfficialResult(row={self.row}, result={self.result!r})"

    @property
    def nip(self) -> str | None:
        """The NIP as read (masked already when the run was asked to mask)."""
        return self.result.nip

    @property
    def name(self) -> str | None:
        """The official's name as read."""
        return self.result.name

    @property
    def position_title(self) -> str | None:
        """The position title (jabatan) as read."""
        return self.details.get(POSITION_TITLE)

    @property
    def unit(self) -> str | None:
        """The work unit (unit kerja) as read."""
        return self.details.get(UNIT)

    @property
    def warnings(self) -> tuple[RowIssue, ...]:
        """The row's warnings."""
        return self.result.warnings

    def shown_nip(self, mask: bool) -> str | None:
        """The NIP as a report should show it."""
        nip = self.result.nip
        return mask_nip(nip) if mask and nip else nip

    def to_dict(self, *, mask_nip: bool = False) -> dict[str, Any]:
        """One checked row as JSON-ready data (an item of the JSON report's ``results``)."""
        result = self.result
        competencies = {
            code: {
                "required": required,
                "attained": str(c.attained),
                "gap": str(c.gap),
                "meets": c.meets,
            }
            for code, required, c in zip(
                result.codes, result.required, result.competencies, strict=True
            )
        }
        return {
            ROW: self.row,
            "nip": self.shown_nip(mask_nip),
            "name": result.name,
            **{key: self.details.get(key) for key in DETAIL_KEYS},
            "standard": result.standard_code,
            "position_level": result.position_level,
            "position": result.position,
            "policy": result.policy,
            "cap": result.cap,
            "jpm": str(result.jpm),
            "band": {"code": result.band, "name": result.band_name},
            "meets_standard": result.meets_standard,
            "capped": result.capped,
            "competencies": competencies,
            "development": list(result.below_standard),
            "assessed_on": result.assessed_on.isoformat() if result.assessed_on else None,
            "valid_until": result.valid_until.isoformat() if result.valid_until else None,
            "talent": self.talent.to_dict() if self.talent is not None else None,
            "warnings": [issue_dict(w, mask_nip=mask_nip) for w in result.warnings],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], provenance: Provenance) -> OfficialResult:
        """The row :meth:`to_dict` wrote; ``provenance`` comes from the report's summary."""
        import datetime as dt

        competencies = data["competencies"]
        assessed_on = data.get("assessed_on")
        result = AssessmentResult(
            position_level=data["position_level"],
            position=data.get("position"),
            policy=data["policy"],
            codes=tuple(competencies),
            required=tuple(int(c["required"]) for c in competencies.values()),
            attained_hundredths=tuple(_hundredths(c["attained"]) for c in competencies.values()),
            jpm=Decimal(data["jpm"]),
            band=data["band"]["code"],
            band_name=data["band"]["name"],
            meets_standard=bool(data["meets_standard"]),
            capped=bool(data.get("capped", False)),
            cap=data.get("cap", "none"),
            provenance=provenance,
            nip=data.get("nip"),
            name=data.get("name"),
            assessed_on=dt.date.fromisoformat(assessed_on) if assessed_on else None,
            warnings=tuple(RowIssue.from_dict(w) for w in data.get("warnings", ())),
        )
        details = {k: data[k] for k in DETAIL_KEYS if data.get(k) is not None}
        talent = data.get("talent")
        placement = TalentPlacement.from_dict(talent) if talent else None
        return cls(int(data[ROW]), result, details, placement)


def _hundredths(text: str) -> int:
    found = level_hundredths(text)
    if not isinstance(found, int):
        raise ValueError(f"not a level: {text!r}")
    return found


@dataclass(slots=True)
class BatchSummary:
    """Counts that a committee reads first; updated row by row, so it works when streaming."""

    source: str
    policy_code: str
    policy_name: str
    band_order: tuple[str, ...]
    provenance: Provenance | None = None
    sheet: str | None = None
    header_row: int | None = None  # the sheet row the header was found in (1-based)
    rows_read: int = 0
    rows_checked: int = 0
    rows_rejected: int = 0
    rows_with_warnings: int = 0
    rows_blank: int = 0  # fully blank rows: skipped, and not part of rows_read
    rows_skipped: int = 0  # rows that describe no official (headings, footnotes, totals)
    meets_standard: int = 0
    bands: Counter[str] = field(default_factory=Counter)
    position_levels: Counter[str] = field(default_factory=Counter)
    units: Counter[str] = field(default_factory=Counter)
    gaps: Counter[str] = field(default_factory=Counter)
    file_warnings: list[RowIssue] = field(default_factory=list)

    def add_result(self, item: OfficialResult) -> None:
        """Count a checked row."""
        result = item.result
        self.rows_read += 1
        self.rows_checked += 1
        if result.warnings:
            self.rows_with_warnings += 1
        self.bands[result.band] += 1
        self.position_levels[result.position_level] += 1
        self.units[item.details.get(UNIT) or "-"] += 1
        if result.meets_standard:
            self.meets_standard += 1
        else:
            self.gaps.update(result.below_standard)

    def add_rejected(self) -> None:
        """Count a rejected row."""
        self.rows_read += 1
        self.rows_rejected += 1

    @property
    def balanced(self) -> bool:
        """The row-accounting invariant."""
        return self.rows_read == self.rows_checked + self.rows_rejected

    @property
    def dictionary(self) -> dict[str, str]:
        """Id, version and content hash of the dictionary the rows were checked with."""
        p = self.provenance
        if p is None:
            return {}
        return {
            "id": p.dictionary_id,
            "version": p.dictionary_version,
            "content_hash": p.content_hash,
        }

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (the ``summary`` object of the JSON report)."""
        return {
            "source": self.source,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "policy": {"code": self.policy_code, "name": self.policy_name},
            "band_order": list(self.band_order),
            "dictionary": self.dictionary,
            "provenance": self.provenance.to_dict() if self.provenance else None,
            "rows_read": self.rows_read,
            "rows_checked": self.rows_checked,
            "rows_rejected": self.rows_rejected,
            "rows_with_warnings": self.rows_with_warnings,
            "rows_blank": self.rows_blank,
            "rows_skipped": self.rows_skipped,
            "meets_standard": self.meets_standard,
            "bands": {code: self.bands.get(code, 0) for code in self.band_order},
            "position_levels": dict(self.position_levels.most_common()),
            "units": dict(self.units.most_common()),
            "most_frequent_gaps": dict(self.gaps.most_common()),
            "file_warnings": [w.to_dict() for w in self.file_warnings],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BatchSummary:
        """The summary :meth:`to_dict` wrote."""
        provenance = data.get("provenance")
        band_order = tuple(data.get("band_order") or data["bands"])
        return cls(
            source=data["source"],
            policy_code=data["policy"]["code"],
            policy_name=data["policy"]["name"],
            band_order=band_order,
            provenance=Provenance.from_dict(provenance) if provenance else None,
            sheet=data.get("sheet"),
            header_row=data.get("header_row"),
            rows_read=data["rows_read"],
            rows_checked=data["rows_checked"],
            rows_rejected=data["rows_rejected"],
            rows_with_warnings=data["rows_with_warnings"],
            rows_blank=data.get("rows_blank", 0),
            rows_skipped=data.get("rows_skipped", 0),
            meets_standard=data["meets_standard"],
            bands=Counter({k: v for k, v in data["bands"].items() if v}),
            position_levels=Counter(data["position_levels"]),
            units=Counter(data["units"]),
            gaps=Counter(data["most_frequent_gaps"]),
            file_warnings=[RowIssue.from_dict(w) for w in data.get("file_warnings", ())],
        )


@dataclass(slots=True)
class BatchReport:
    """A finished batch held in memory, as :func:`kamus_kompetensi.check_file` returns it.

    For very large inputs, stream with :func:`kamus_kompetensi.batch.iter_outcomes`
    instead; renderers accept both.
    """

    summary: BatchSummary
    results: list[OfficialResult] = field(default_factory=list)
    errors: list[RowIssue] = field(default_factory=list)

    @property
    def warnings(self) -> list[RowIssue]:
        """Every warning and note: the file's, then each checked row's."""
        return [*self.summary.file_warnings, *(w for r in self.results for w in r.warnings)]

    def outcomes(self) -> Iterator[OfficialResult | RowIssue]:
        """Results and errors in input-row order."""
        merged: list[OfficialResult | RowIssue] = [*self.results, *self.errors]
        return iter(sorted(merged, key=lambda item: item.row or 0))

    def to_dict(self, *, mask_nip: bool = False) -> dict[str, Any]:
        """The JSON report's content: ``format``, ``results``, ``errors``, ``warnings``
        (every warning, the file's first) and ``summary``."""
        return {
            "format": REPORT_FORMAT,
            "results": [item.to_dict(mask_nip=mask_nip) for item in self.results],
            "errors": [issue_dict(e, mask_nip=mask_nip) for e in self.errors],
            "warnings": [issue_dict(w, mask_nip=mask_nip) for w in self.warnings],
            "summary": self.summary.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BatchReport:
        """The report :meth:`to_dict` wrote (or a JSON report read with ``json.load``)."""
        if data.get("format") != REPORT_FORMAT:
            from kamus_kompetensi.errors import InputError
            from kamus_kompetensi.scoring.results import RESULT_FORMAT

            if data.get("format") == RESULT_FORMAT:  # check --score ... --format json
                raise InputError.from_code("report-is-one-result")
            raise InputError.from_code(
                "report-format", found=str(data.get("format")), expected=REPORT_FORMAT
            )
        summary = BatchSummary.from_dict(data["summary"])
        provenance = summary.provenance
        if provenance is None:  # pragma: no cover - every report written by us has one
            raise ValueError("the report's summary has no provenance")
        return cls(
            summary,
            [OfficialResult.from_dict(item, provenance) for item in data["results"]],
            [RowIssue.from_dict(item) for item in data["errors"]],
        )

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per checked official, with the stable keys of
        :mod:`kamus_kompetensi.record_keys`, every competency of any row as columns."""
        codes: dict[str, None] = {}
        for item in self.results:
            codes.update(dict.fromkeys(item.result.codes))
        all_codes = tuple(codes)
        return [record_of(item, all_codes) for item in self.results]


def record_of(item: OfficialResult, all_codes: tuple[str, ...] | None = None) -> dict[str, Any]:
    """A checked row as a flat record: row, identity, details, then the result's record."""
    record = item.result.to_record(all_codes)
    head = {ROW: item.row, "nip": record.pop("nip"), "name": record.pop("name")}
    head.update({key: item.details.get(key) for key in DETAIL_KEYS})
    return {**head, **record}


def issue_dict(issue: RowIssue, *, mask_nip: bool = False) -> dict[str, Any]:
    """A row issue as JSON-ready data; an echoed NIP value is masked when asked."""
    data = issue.to_dict()
    if mask_nip and is_nip_issue(issue) and issue.value is not None:
        data["value"] = mask_nip_text(issue.value)
    return data


def is_nip_issue(issue: RowIssue) -> bool:
    """Whether the issue echoes a value from the NIP column (masked with ``mask_nip``)."""
    return issue.value is not None and "nip" in (issue.column or "").lower()


mask_nip_text = mask_nip

__all__ = [
    "REPORT_FORMAT",
    "BatchReport",
    "BatchSummary",
    "OfficialResult",
    "RowIssue",
    "is_nip_issue",
    "issue_dict",
    "record_of",
]
