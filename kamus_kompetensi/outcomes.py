"""What a batch check produces, as plain data: row results, row problems, a summary.

Results are data; rendering is separate (:mod:`kamus_kompetensi.report`). The batch engine
(:mod:`kamus_kompetensi.batch`) fills these records; renderers only read them. Every input
row ends up in exactly one place: a checked row is an :class:`OfficialResult` (which may
carry warnings), a rejected row is one or more ``error`` :class:`RowIssue` with the same
``row``. ``rows_read == rows_checked + rows_rejected`` always holds. Fully blank rows are not read
rows: they are skipped and counted in ``rows_blank`` alone.

Row numbers are what the user sees in the spreadsheet: the header is row 1, so the first
data row of a CSV is row 2; for JSON input, the item (JSON) or line (JSON Lines) number.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import compress
from operator import lt
from typing import Any, Literal

from kamus_kompetensi.i18n import message
from kamus_kompetensi.nip import mask_nip
from kamus_kompetensi.scoring import AssessmentResult

Severity = Literal["error", "warning"]
_TALLY_LIMIT = 4096  # distinct row combinations kept before they are folded in


@dataclass(frozen=True)
class RowIssue:
    """A problem with one input row (or, with ``row`` 1, with the header)."""

    row: int
    code: str
    message: str
    severity: Severity = "error"
    column: str | None = None
    value: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form; keys with no value are left out."""
        data = {
            "row": self.row,
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "column": self.column,
            "value": self.value,
        }
        return {k: v for k, v in data.items() if v is not None}

    def __str__(self) -> str:
        """``baris 8, kolom "Integritas": "5,5": … [score-out-of-range]`` (or English)."""
        where = message("issue-row", row=self.row)
        if self.column:
            where += message("issue-column", column=self.column)
        value = f': "{self.value}"' if self.value is not None else ""
        return f"{where}{value}: {self.message} [{self.code}]"


@dataclass(frozen=True)
class OfficialResult:
    """A checked row: who, where, and the :class:`AssessmentResult` of the check."""

    row: int
    result: AssessmentResult
    nip: str | None = None
    name: str | None = None
    position_title: str | None = None
    unit: str | None = None
    warnings: tuple[RowIssue, ...] = ()

    @classmethod
    def fast(
        cls,
        row: int,
        result: AssessmentResult,
        nip: str | None,
        name: str | None,
        position_title: str | None,
        unit: str | None,
        warnings: tuple[RowIssue, ...],
    ) -> OfficialResult:
        """The same object as ``OfficialResult(...)`` makes, for the batch's hot path.

        A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``;
        filling ``__dict__`` at once is several times cheaper (the trick
        :meth:`~kamus_kompetensi.scoring.Scorer.score` uses). Every field is passed, so
        a new field must be added here too (a test compares both constructors).
        """
        item = object.__new__(cls)
        fields = item.__dict__
        fields["row"] = row
        fields["result"] = result
        fields["nip"] = nip
        fields["name"] = name
        fields["position_title"] = position_title
        fields["unit"] = unit
        fields["warnings"] = warnings
        return item

    def shown_nip(self, mask: bool) -> str | None:
        """The NIP as a report should show it."""
        return mask_nip(self.nip) if mask and self.nip else self.nip


@dataclass
class BatchSummary:
    """Counts that a committee reads first; updated row by row, so it works when streaming."""

    source: str
    policy_code: str
    policy_name: str
    band_order: tuple[str, ...]
    dictionary: dict[str, Any] = field(default_factory=dict)
    sheet: str | None = None
    rows_read: int = 0
    rows_checked: int = 0
    rows_rejected: int = 0
    rows_with_warnings: int = 0
    rows_blank: int = 0  # fully blank rows: skipped, and not part of rows_read
    meets_standard: int = 0
    file_warnings: list[RowIssue] = field(default_factory=list)
    # The breakdowns (bands, position levels, units, gaps) are read through properties:
    # rows are first tallied by their combination, which costs a row one dict update
    # instead of four counter updates, and folded in when a breakdown is read.
    _bands: Counter[str] = field(default_factory=Counter, init=False, repr=False)
    _position_levels: Counter[str] = field(default_factory=Counter, init=False, repr=False)
    _units: Counter[str] = field(default_factory=Counter, init=False, repr=False)
    _gaps: Counter[str] = field(default_factory=Counter, init=False, repr=False)
    _tally: dict[tuple[Any, ...], int] = field(default_factory=dict, init=False, repr=False)

    def add_result(self, item: OfficialResult) -> None:
        """Count a checked row (called once per row of a batch: kept lean)."""
        result = item.result
        self.rows_read += 1
        self.rows_checked += 1
        if item.warnings:
            self.rows_with_warnings += 1
        scorer = result.scorer
        if result.meets_standard or scorer is None:  # no gaps to count
            below = None
            self.meets_standard += result.meets_standard
        else:
            below = (scorer.codes, tuple(map(lt, result.attained, scorer.required_levels)))
        key = (result.band.code, result.position_level, item.unit or "-", below)
        tally = self._tally
        tally[key] = tally.get(key, 0) + 1
        if len(tally) > _TALLY_LIMIT:
            self._fold()

    def _fold(self) -> None:
        """Move the tally into the breakdowns. Keys come out in the order rows first
        showed them, so each counter's keys stay in order of first appearance (which
        decides ties in ``most_common()``), as if counted row by row."""
        bands, levels, units, gaps = self._bands, self._position_levels, self._units, self._gaps
        for (band, level, unit, below), count in self._tally.items():
            bands[band] += count
            levels[level] += count
            units[unit] += count
            if below is not None:
                for code in compress(*below):
                    gaps[code] += count
        self._tally.clear()

    @property
    def bands(self) -> Counter[str]:
        """Checked rows per band code."""
        self._fold()
        return self._bands

    @property
    def position_levels(self) -> Counter[str]:
        """Checked rows per position level code."""
        self._fold()
        return self._position_levels

    @property
    def units(self) -> Counter[str]:
        """Checked rows per unit (``-`` when blank)."""
        self._fold()
        return self._units

    @property
    def gaps(self) -> Counter[str]:
        """Checked rows below standard, per competency code."""
        self._fold()
        return self._gaps

    def add_rejected(self) -> None:
        """Count a rejected row."""
        self.rows_read += 1
        self.rows_rejected += 1

    def merge(self, part: BatchSummary) -> None:
        """Add the row counts of ``part``, a summary of a later stretch of the same file
        (one chunk of a parallel run). Counters keep the order in which their keys first
        appeared in the file when parts are merged in file order, so ties in
        ``most_common()`` come out as they would from one pass."""
        self.rows_read += part.rows_read
        self.rows_checked += part.rows_checked
        self.rows_rejected += part.rows_rejected
        self.rows_with_warnings += part.rows_with_warnings
        self.rows_blank += part.rows_blank
        self.meets_standard += part.meets_standard
        self.bands.update(part.bands)
        self.position_levels.update(part.position_levels)
        self.units.update(part.units)
        self.gaps.update(part.gaps)

    @property
    def balanced(self) -> bool:
        """The row-accounting invariant."""
        return self.rows_read == self.rows_checked + self.rows_rejected

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (the ``summary`` object of the JSON report)."""
        return {
            "source": self.source,
            "sheet": self.sheet,
            "policy": {"code": self.policy_code, "name": self.policy_name},
            "dictionary": self.dictionary,
            "rows_read": self.rows_read,
            "rows_checked": self.rows_checked,
            "rows_rejected": self.rows_rejected,
            "rows_with_warnings": self.rows_with_warnings,
            "rows_blank": self.rows_blank,
            "meets_standard": self.meets_standard,
            "bands": {code: self.bands.get(code, 0) for code in self.band_order},
            "position_levels": dict(self.position_levels.most_common()),
            "units": dict(self.units.most_common()),
            "most_frequent_gaps": dict(self.gaps.most_common()),
            "file_warnings": [w.to_dict() for w in self.file_warnings],
        }


@dataclass
class BatchReport:
    """A finished batch held in memory, as the batch check ``kk.check_file`` returns it.

    For very large inputs, stream with :func:`kamus_kompetensi.batch.iter_outcomes`
    instead; renderers accept both.
    """

    summary: BatchSummary
    results: list[OfficialResult] = field(default_factory=list)
    errors: list[RowIssue] = field(default_factory=list)

    @property
    def warnings(self) -> list[RowIssue]:
        """Every warning: the file's, then each checked row's."""
        return [*self.summary.file_warnings, *(w for r in self.results for w in r.warnings)]

    def outcomes(self) -> Iterator[OfficialResult | RowIssue]:
        """Results and errors in input-row order."""
        merged: list[OfficialResult | RowIssue] = [*self.results, *self.errors]
        return iter(sorted(merged, key=lambda item: item.row))
