"""The summary a committee reads first, as titled sections of (label, value) pairs.

Text, XLSX and HTML lay the same sections out in their own way, so the numbers cannot
differ between formats. Codes from the summary (bands, position levels, competencies) are
shown with their names from the dictionary; a code the dictionary does not know is shown
as it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kamus_kompetensi.batch.outcomes import BatchSummary
from kamus_kompetensi.report.base import RenderOptions
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
    overview += [
        (label("label-policy"), f"{summary.policy_name} ({summary.policy_code})"),
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
        name = (
            (level.name_en if options.lang == "en" and level.name_en else level.name)
            if level
            else code
        )
        rows.append((name, count))
    return tuple(rows)


def _gaps(summary: BatchSummary, options: RenderOptions) -> tuple[Pair, ...]:
    rows: list[Pair] = []
    for code, count in summary.gaps.most_common():
        competency = options.dictionary.find_competency(code)
        rows.append((competency_label(competency, options) if competency else code, count))
    return tuple(rows)
