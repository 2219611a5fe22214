"""The summary a committee reads first, as titled sections of (label, value) pairs.

Text, XLSX and HTML lay the same sections out in their own way, so the numbers cannot
differ between formats. Codes from the summary (bands, position levels, competencies) are
shown with their names from the dictionary; a code the dictionary does not know is shown
as it is.

:class:`Findings` counts a run's warnings and notes per code while the outcomes pass (the
summary itself only counts rows with warnings), for the text report's warnings section and
the one-line summary ``check`` prints on stderr.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from kamus_kompetensi.batch.outcomes import BatchSummary, OfficialResult
from kamus_kompetensi.dictionary import localized_name
from kamus_kompetensi.errors import Severity
from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.report.base import Outcome, RenderOptions
from kamus_kompetensi.report.table import competency_label

Pair = tuple[str, "int | str"]


@dataclass(frozen=True)
class Section:
    """A titled block of the summary."""

    title: str
    rows: tuple[Pair, ...]


def summary_sections(summary: BatchSummary, options: RenderOptions) -> list[Section]:
    """Overview, then counts per band, per position level, per unit and the frequent gaps."""
    label = options.label
    overview: list[Pair] = [(label("report-source"), summary.source)]
    if summary.sheet:
        overview.append((label("report-sheet"), summary.sheet))
    dictionary = summary.dictionary or {}
    if dictionary:
        shown = " ".join(str(dictionary.get(k, "")) for k in ("id", "version")).strip()
        overview.append((label("label-dictionary"), shown))
    policy = options.dictionary.find_policy(summary.policy_code)
    policy_name = summary.policy_name
    if policy is not None and options.lang == "en" and policy.name_en:
        policy_name = policy.name_en
    overview += [
        (label("label-policy"), f"{policy_name} ({summary.policy_code})"),
        (label("report-rows-read"), summary.rows_read),
        (label("report-rows-checked"), summary.rows_checked),
        (label("report-rows-rejected"), summary.rows_rejected),
        (label("report-rows-with-warnings"), summary.rows_with_warnings),
        (label("report-meets-count"), summary.meets_standard),
    ]
    return [
        Section(label("report-overview"), tuple(overview)),
        Section(label("report-by-band"), _bands(summary, options)),
        Section(label("report-by-level"), _levels(summary, options)),
        Section(label("report-by-unit"), tuple(summary.units.most_common())),
        Section(label("report-frequent-gaps"), _gaps(summary, options)),
    ]


def _bands(summary: BatchSummary, options: RenderOptions) -> tuple[Pair, ...]:
    policy = options.dictionary.find_policy(summary.policy_code)
    names = {b.code: options.band_name(b) for b in policy.bands} if policy else {}
    return tuple(
        (f"{names.get(code, code)} ({code})", summary.bands.get(code, 0))
        for code in _ordered(summary.band_order, summary.bands)
    )


def _ordered(order: Iterable[str], counted: Iterable[str]) -> list[str]:
    """The policy's band order, then any counted band it does not list."""
    codes = list(order)
    return codes + [code for code in counted if code not in codes]


def _levels(summary: BatchSummary, options: RenderOptions) -> tuple[Pair, ...]:
    rows: list[Pair] = []
    for code, count in summary.position_levels.most_common():
        level = options.dictionary.find_position_level(code)
        name = localized_name(level, options.lang) if level else code
        rows.append((name, count))
    return tuple(rows)


def _gaps(summary: BatchSummary, options: RenderOptions) -> tuple[Pair, ...]:
    rows: list[Pair] = []
    for code, count in summary.gaps.most_common():
        competency = options.dictionary.find_competency(code)
        rows.append((competency_label(competency, options) if competency else code, count))
    return tuple(rows)


# --- warnings and notes ----------------------------------------------------------------------
#: How many row numbers a code's line names before "…".
FIRST_ROWS = 5


@dataclass
class CodeCount:
    """One code of a run's row warnings (or notes): how many rows have it, and the first
    :data:`FIRST_ROWS` of them."""

    code: str
    severity: Severity
    rows: int = 0
    first_rows: list[int] = field(default_factory=list)
    last_row: int | None = None


class Findings:
    """The warnings and notes of a run's rows, counted per code as the outcomes pass.

    Memory stays flat: per code, a count and a few row numbers. A row counts once per code
    however many of its cells have that finding. Errors are not counted here (they are the
    summary's rejected rows), nor the file's own warnings (``summary.file_warnings``, final
    only after the last row): :meth:`counts` adds those.
    """

    def __init__(self) -> None:
        self._codes: dict[tuple[Severity, str], CodeCount] = {}

    def add_outcome(self, item: Outcome) -> None:
        """Count a checked row's warnings and notes, or a streamed non-error issue."""
        if isinstance(item, OfficialResult):
            for issue in item.warnings:
                self.add(issue)
        elif item.severity != "error":
            self.add(item)

    def add(self, issue: RowIssue) -> None:
        """Count one warning or note of a row."""
        key = (issue.severity, issue.code)
        entry = self._codes.get(key)
        if entry is None:
            entry = self._codes[key] = CodeCount(issue.code, issue.severity)
        if issue.row is not None and issue.row == entry.last_row:
            return
        entry.rows += 1
        entry.last_row = issue.row
        if issue.row is not None and len(entry.first_rows) < FIRST_ROWS:
            entry.first_rows.append(issue.row)

    def codes(self, severity: Severity) -> list[CodeCount]:
        """The codes of one severity, the most frequent first (then by code)."""
        found = [c for (s, _), c in self._codes.items() if s == severity]
        return sorted(found, key=lambda c: (-c.rows, c.code))

    def counts(
        self, severity: Severity, file_warnings: Sequence[RowIssue]
    ) -> list[tuple[str, int]]:
        """``(code, count)`` of one severity, the file's findings (one each) included; the
        most frequent first."""
        counted: dict[str, int] = {c.code: c.rows for c in self.codes(severity)}
        for issue in file_warnings:
            if issue.severity == severity:
                counted[issue.code] = counted.get(issue.code, 0) + 1
        return sorted(counted.items(), key=lambda item: (-item[1], item[0]))

    def total(self, severity: Severity, file_warnings: Sequence[RowIssue]) -> int:
        """How many findings of one severity: rows per code, plus the file's."""
        return sum(count for _, count in self.counts(severity, file_warnings))


def findings_sections(
    findings: Findings, file_warnings: Sequence[RowIssue], options: RenderOptions
) -> list[Section]:
    """Warnings (always, so "none" is said), then notes (only when there are some): the
    file's by their message, then each row code with its rows (``2 baris (22, 29)``)."""
    sections = []
    titles: tuple[tuple[Severity, str], ...] = (
        ("warning", "report-section-warnings"),
        ("note", "report-section-notes"),
    )
    for severity, title in titles:
        rows: list[Pair] = [(w.code, w.message) for w in file_warnings if w.severity == severity]
        rows += [(c.code, _rows_text(c, options)) for c in findings.codes(severity)]
        if rows or severity == "warning":
            sections.append(Section(options.label(title), tuple(rows)))
    return sections


def _rows_text(count: CodeCount, options: RenderOptions) -> str:
    shown = [str(row) for row in count.first_rows]
    if count.rows > len(count.first_rows):
        shown.append("…")
    key = "report-finding-row" if count.rows == 1 else "report-finding-rows"
    return options.label(key, count=count.rows, rows=", ".join(shown))
