"""The one-row-per-official table that the CSV and XLSX renderers share.

Columns: row, NIP, name, position, unit, standard code, position level (its name, in the
report's language: the standard code is the key), assessment date and valid-until date;
then, for every competency that any standard of the dictionary uses (in dictionary order),
its required level, attained level and gap; then JPM, band code and name, meets standard,
development needs and warnings. A batch may mix position levels, so a competency outside an
official's standard is an empty cell rather than a zero.

Values are typed (``int``, ``float``, :class:`~decimal.Decimal`, :class:`datetime.date`,
``str`` or ``None``): each renderer decides how a number or a date is written. Levels and
gaps are exact hundredths in -500…500, so a renderer hands the table its cells for all 1,001
of them once (:func:`level_cells`: Decimals by default, the CSV's text in its language, the
XLSX's floats) and each row looks its cells up by index. The warnings cell is the row's
warning codes by default; a renderer may write them otherwise (the XLSX: in words).
Every text cell is made safe here (control characters removed, formula prefixes
neutralised), whatever its origin: the input (names, units), the dictionary (competency
names in headers and development needs, band names: a name may start with ``-`` or ``@``
and still be a valid dictionary), a report loaded back from JSON, or our own messages.
Numbers are not text cells and are never touched.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from operator import itemgetter, sub
from typing import Any, Literal, NamedTuple, TypeAlias

from kamus_kompetensi.batch.outcomes import OfficialResult
from kamus_kompetensi.dictionary import localized_name
from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.models import Competency
from kamus_kompetensi.record_keys import (
    ASSESSED_ON,
    TALENT_BOX,
    TALENT_LABEL,
    VALID_UNTIL,
    competency_keys,
)
from kamus_kompetensi.report.base import RenderOptions, row_warnings
from kamus_kompetensi.report.cells import hundredths_text, safe_text
from kamus_kompetensi.scoring.levels import HUNDREDTHS, level_decimal
from kamus_kompetensi.scoring.scorer import in_hundredths

CellValue: TypeAlias = int | float | Decimal | str | dt.date | None
ColumnKind = Literal["text", "int", "level", "gap", "jpm", "date"]


def level_cells(cell: Callable[[int], CellValue] = level_decimal) -> dict[int, CellValue]:
    """``cell(h)`` for every hundredths value a level or gap can take (-500…500): a row
    then costs a dict lookup per cell, not a formatting call.

    >>> level_cells()[350], level_cells()[-25]
    (Decimal('3.5'), Decimal('-0.25'))
    """
    return {h: cell(h) for h in range(-5 * HUNDREDTHS, 5 * HUNDREDTHS + 1)}


@dataclass(frozen=True)
class Column:
    """A column of the table: stable ``key`` (used in docs), shown ``header``, value kind,
    and for a competency's three columns the competency itself (the XLSX names it above
    them)."""

    key: str
    header: str
    kind: ColumnKind = "text"
    competency: Competency | None = None


def used_competencies(options: RenderOptions) -> tuple[Competency, ...]:
    """Competencies that at least one standard of the dictionary requires, in order."""
    dictionary = options.dictionary
    used = {code for standard in dictionary.standards for code in standard.codes}
    return tuple(c for c in dictionary.competencies if c.code in used)


def competency_label(competency: Competency, options: RenderOptions) -> str:
    """``M.02 Kerjasama`` (English name when the report is in English and one exists)."""
    name = localized_name(competency, options.lang)
    return f"{competency.official_code or competency.code} {name}"


def band_names(options: RenderOptions) -> dict[tuple[str, str], str]:
    """(policy code, band code) → the band's name in the report's language, for every
    policy of the dictionary."""
    return {
        (policy.code, band.code): options.band_name(band)
        for policy in options.dictionary.policies
        for band in policy.bands
    }


def talent_labels(options: RenderOptions) -> dict[int, str]:
    """Box number → the box's label in the report's language, made safe."""
    policy = options.dictionary.talent_policy
    boxes = policy.boxes if policy is not None else ()
    return {box.number: safe_text(options.talent_box_label(box.number) or "") for box in boxes}


class _Slots(NamedTuple):
    """The column indexes of one standard's required, attained and gap cells, and which of
    its values have a column."""

    required: tuple[int, ...]
    attained: tuple[int, ...]
    gap: tuple[int, ...]
    pick: Callable[[tuple[Any, ...]], tuple[Any, ...]] | None  # None: every value has one


WarningText = Callable[[Sequence[RowIssue]], str]


class ResultTable:
    """Builds the header and the typed row of each official.

    ``levels`` gives the cell of every level and gap (:func:`level_cells`); ``warnings``
    writes a row's warnings as one cell (by default their codes, comma-separated).
    """

    def __init__(
        self,
        options: RenderOptions,
        levels: dict[int, CellValue] | None = None,
        warnings: WarningText = row_warnings,
    ) -> None:
        self.options = options
        self.levels = levels if levels is not None else level_cells()
        self.warning_text = warnings
        self.competencies = used_competencies(options)
        self.positions = {c.code: i for i, c in enumerate(self.competencies)}
        self.labels = {c.code: competency_label(c, options) for c in self.competencies}
        self.band_names = {key: safe_text(name) for key, name in band_names(options).items()}
        self.level_names = {
            level.code: safe_text(options.position_level_name(level.code))
            for level in options.dictionary.position_levels
        }
        self.slots = {s.codes: self._slots(s.codes) for s in options.dictionary.standards}
        self.talent_labels = talent_labels(options)
        self.columns = self._columns()
        self._yes, self._no = safe_text(options.yes_no(True)), safe_text(options.yes_no(False))

    def _columns(self) -> tuple[Column, ...]:
        label = self.options.label
        head = [
            Column("row", label("report-col-row"), "int"),
            Column("nip", label("report-col-nip")),
            Column("name", label("report-col-name")),
            Column("position_title", label("report-col-position")),
            Column("unit", label("report-col-unit")),
            Column("standard", label("report-col-standard-code")),
            Column("position_level", label("report-col-position-level")),
            Column(ASSESSED_ON, label("report-col-assessed-on"), "date"),
            Column(VALID_UNTIL, label("report-col-valid-until"), "date"),
        ]
        for c in self.competencies:
            short = c.official_code or c.code
            required, attained, gap = competency_keys(c.code)
            head += [
                Column(required, f"{short} {label('report-col-required')}", "int", c),
                Column(attained, f"{short} {label('report-col-attained')}", "level", c),
                Column(gap, f"{short} {label('report-col-gap')}", "gap", c),
            ]
        head += [
            Column("jpm", label("label-jpm"), "jpm"),
            Column("band", label("report-col-band-code")),
            Column("band_name", label("label-band")),
            Column("meets_standard", label("label-meets-standard")),
            Column(TALENT_BOX, label("talent-box-col"), "int"),
            Column(TALENT_LABEL, label("talent-label-col")),
            Column("development", label("label-development")),
            Column("warnings", label("report-col-warnings")),
        ]
        return tuple(dataclasses.replace(c, header=safe_text(c.header)) for c in head)

    @property
    def headers(self) -> list[str]:
        """Column headers in the report's language."""
        return [column.header for column in self.columns]

    def values(self, item: OfficialResult) -> list[CellValue]:
        """One official as typed cells, in column order."""
        result = item.result
        cells: list[CellValue] = [item.row, *self.who(item), result.assessed_on, result.valid_until]
        per_competency: list[CellValue] = [None] * (3 * len(self.competencies))
        attained = result.attained_hundredths
        gaps = tuple(map(sub, attained, in_hundredths(result.required)))
        slots = self.slots.get(result.codes) or self._slots(result.codes)
        put, cell = per_competency.__setitem__, self.levels.__getitem__
        # Scatter the three cells of each competency into its columns, in C (map + setitem).
        pick = slots.pick
        deque(map(put, slots.required, pick(result.required) if pick else result.required), 0)
        deque(map(put, slots.attained, map(cell, pick(attained) if pick else attained)), 0)
        deque(map(put, slots.gap, map(cell, pick(gaps) if pick else gaps)), 0)
        needs = [
            self.need_text(code, level, required)
            for code, required, level, gap in zip(
                result.codes, result.required, attained, gaps, strict=True
            )
            if gap < 0 and code in self.positions
        ]
        cells += per_competency
        band_name = self.band_names.get((result.policy, result.band))
        cells += [
            result.jpm,
            safe_text(result.band),
            band_name if band_name is not None else safe_text(result.band_name),
            self._yes if result.meets_standard else self._no,
            *self.talent(item),
            safe_text("; ".join(needs)),
            safe_text(self.warning_text(item.warnings)) if item.warnings else "",
        ]
        return cells

    def talent(self, item: OfficialResult) -> tuple[int | None, str]:
        """The talent box's number and label, or empty cells when the row has none."""
        placement = item.talent
        if placement is None:
            return None, ""
        label = self.talent_labels.get(placement.box)
        return placement.box, label if label is not None else safe_text(placement.label)

    def _slots(self, codes: tuple[str, ...]) -> _Slots:
        """Where the cells of a standard's competencies (``codes``, in its order) go among
        the table's competency columns; a code the table lacks is dropped."""
        kept = [i for i, code in enumerate(codes) if code in self.positions]
        columns = [3 * self.positions[codes[i]] for i in kept]
        pick: Callable[[tuple[Any, ...]], tuple[Any, ...]] | None = None  # None: all of them
        if len(kept) == 1 and len(codes) > 1:
            only = kept[0]
            pick = lambda values: (values[only],)  # noqa: E731 - itemgetter(i) is no tuple
        elif len(kept) != len(codes):
            pick = itemgetter(*kept) if kept else (lambda values: ())
        return _Slots(
            tuple(columns),
            tuple(c + 1 for c in columns),
            tuple(c + 2 for c in columns),
            pick,
        )

    def need_text(self, code: str, attained: int, required: int) -> str:
        """One development need: ``M.01 Integritas 3,5→4`` (``attained`` in hundredths)."""
        return f"{self.labels[code]} {hundredths_text(attained, self.options.lang)}→{required}"

    def who(self, item: OfficialResult) -> list[str]:
        """The text cells after the row number, the same in every form of the row: who
        and which standard (its code) at which position level (its name), made safe."""
        level = item.result.position_level
        level_name = self.level_names.get(level)
        return [
            safe_text(item.shown_nip(self.options.mask_nip)),
            safe_text(item.name),
            safe_text(item.position_title),
            safe_text(item.unit),
            safe_text(item.result.standard_code),
            level_name if level_name is not None else safe_text(level),
        ]
