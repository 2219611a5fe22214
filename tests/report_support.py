"""Batch outcomes built from real checks, shared by the report tests.

The records are made the way the batch engine makes them (one :func:`kk.check` per row,
then :class:`OfficialResult` / :class:`RowIssue` and a :class:`BatchSummary` counted row
by row), so the renderers are tested on the objects they will really receive.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

import kamus_kompetensi as kk
from kamus_kompetensi.batch.outcomes import BatchReport, BatchSummary, OfficialResult, RowIssue
from kamus_kompetensi.scoring import provenance_of

NIP_BUDI = "198703152010011002"
HOSTILE_NAME = "<script>alert('x')</script> & Co"
FORMULA_POSITION = '=HYPERLINK("http://evil.example","klik")'
POLICY = "seleksi"


def result_for(
    dictionary: kk.Dictionary, position_level: str, scores: dict[str, object]
) -> kk.AssessmentResult:
    """A real result: every national competency at 4 unless ``scores`` says otherwise."""
    levels: dict[str, object] = dict.fromkeys(dictionary.national_codes, 4)
    levels.update(scores)
    assessment = kk.Assessment(position_level=position_level, scores=levels)
    return kk.check(dictionary, assessment, policy=POLICY)


def new_summary(dictionary: kk.Dictionary, source: str = "pejabat.csv") -> BatchSummary:
    policy = dictionary.get_policy(POLICY)
    return BatchSummary(
        source=source,
        policy_code=policy.code,
        policy_name=policy.name,
        band_order=tuple(b.code for b in policy.bands),
        provenance=provenance_of(dictionary, policy.code),
    )


def official(
    row: int,
    result: kk.AssessmentResult,
    *,
    nip: str | None = None,
    name: str | None = None,
    position_title: str | None = None,
    unit: str | None = None,
    warnings: tuple[RowIssue, ...] = (),
) -> OfficialResult:
    """A checked row as the batch engine builds it: who on the result, the rest in details."""
    details = {"position_title": position_title, "unit": unit}
    return OfficialResult(
        row,
        result._replace(nip=nip, name=name, warnings=warnings),
        {k: v for k, v in details.items() if v is not None},
    )


def outcomes(dictionary: kk.Dictionary) -> list[OfficialResult | RowIssue]:
    """Five input rows: three officials, two rejected rows, in input order."""
    warning = RowIssue(2, "invalid-nip", "struktur NIP tidak lazim", "warning", "NIP", NIP_BUDI)
    return [
        official(
            2,
            result_for(dictionary, "jpt_pratama", {"integritas": "3,5", "kerjasama": 3}),
            nip=NIP_BUDI,
            name="Budi Santoso",
            position_title="Kepala Biro Umum",
            unit="Biro Umum",
            warnings=(warning,),
        ),
        RowIssue(3, "score-out-of-range", '"6" di atas level 5', column="Integritas", value="=6+1"),
        official(
            4,
            result_for(dictionary, "administrator", {}),
            nip="199001012015032001",
            name=HOSTILE_NAME,
            position_title=FORMULA_POSITION,
            unit="-Biro Hukum",
        ),
        RowIssue(5, "nip-invalid", "NIP tidak valid", column="NIP", value="19900101201503200X"),
        official(
            6,
            result_for(dictionary, "pelaksana", dict.fromkeys(dictionary.national_codes, "2,25")),
            nip="+6281234",
            name="@Siti Aminah",
            position_title="Pengadministrasi Umum",
            unit="Biro Umum",
        ),
    ]


def count(summary: BatchSummary, items: Iterable[OfficialResult | RowIssue]) -> None:
    """Count items the way the batch engine does (one rejected row per error row)."""
    rejected: set[int] = set()
    for item in items:
        if isinstance(item, OfficialResult):
            summary.add_result(item)
        elif item.severity == "error" and item.row not in rejected:
            rejected.add(item.row)
            summary.add_rejected()


def batch_report(dictionary: kk.Dictionary) -> BatchReport:
    """The sample rows as a finished report."""
    items = outcomes(dictionary)
    summary = new_summary(dictionary)
    count(summary, items)
    return BatchReport(
        summary=summary,
        results=[i for i in items if isinstance(i, OfficialResult)],
        errors=[i for i in items if isinstance(i, RowIssue)],
    )


class StreamingRun:
    """A streaming source: yields records once and completes the summary as it goes."""

    def __init__(self, dictionary: kk.Dictionary, items: Iterable[OfficialResult | RowIssue]):
        self.summary = new_summary(dictionary)
        self._items = items
        self.consumed = False

    def __iter__(self) -> Iterator[OfficialResult | RowIssue]:
        if self.consumed:
            raise RuntimeError("a streaming run can be iterated only once")
        self.consumed = True
        for item in self._items:
            count(self.summary, [item])
            yield item


def gap_of(result: kk.AssessmentResult, code: str) -> Decimal:
    return next(c.gap for c in result.competencies if c.code == code)
