"""The one-row-per-official table that the CSV, XLSX and text renderers share.

Columns: row, NIP, name, position, unit, standard, position level; then, for every
competency that any standard of the dictionary uses (in dictionary order), its required
level, attained level and gap; then JPM, band code and name, meets standard, development
needs and warning codes. A batch may mix position levels, so a competency outside an
official's standard is an empty cell rather than a zero.

Values are typed (``int``, :class:`~decimal.Decimal`, ``str`` or ``None``): each renderer
decides how a number is written. Text that came from the input is made safe here (control
characters removed, formula prefixes neutralised); our own text is passed through the
same function, which is harmless because none of it begins with a formula character.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import chain
from operator import getitem
from typing import Literal, TypeAlias

from kamus_kompetensi.models import Competency
from kamus_kompetensi.outcomes import OfficialResult
from kamus_kompetensi.report.base import RenderOptions, row_warnings
from kamus_kompetensi.report.cells import decimal_text, level_text, safe_text
from kamus_kompetensi.scoring import Scorer

CellValue: TypeAlias = int | Decimal | str | None
ColumnKind = Literal["text", "int", "level", "gap", "jpm"]


@dataclass(frozen=True)
class Column:
    """A column of the table: stable ``key`` (used in docs), shown ``header``, value kind."""

    key: str
    header: str
    kind: ColumnKind = "text"


def used_competencies(options: RenderOptions) -> tuple[Competency, ...]:
    """Competencies that at least one standard of the dictionary requires, in order."""
    dictionary = options.dictionary
    used: set[str] = set()
    for record in (*dictionary.position_levels, *dictionary.positions):
        if record.has_standard:
            used.update(record.standard.levels)
    return tuple(c for c in dictionary.competencies if c.code in used)


def competency_label(competency: Competency, options: RenderOptions) -> str:
    """``M.02 Kerjasama`` (English name when the report is in English and one exists)."""
    name = competency.name_en if options.lang == "en" and competency.name_en else competency.name
    return f"{competency.official_code or competency.code} {name}"


class ResultTable:
    """Builds the header and the typed row of each official."""

    def __init__(self, options: RenderOptions) -> None:
        self.options = options
        self.competencies = used_competencies(options)
        self._index = {c.code: i for i, c in enumerate(self.competencies)}
        self._labels = {c.code: competency_label(c, options) for c in self.competencies}
        self.columns = self._columns()
        self._layouts: dict[Scorer, _Layout] = {}
        self._yes, self._no = options.yes_no(True), options.yes_no(False)

    def _columns(self) -> tuple[Column, ...]:
        label = self.options.label
        head = [
            Column("row", label("report-col-row"), "int"),
            Column("nip", label("report-col-nip")),
            Column("nama", label("report-col-name")),
            Column("jabatan", label("report-col-position")),
            Column("unit_kerja", label("report-col-unit")),
            Column("standard", label("report-col-standard")),
            Column("position_level", label("report-col-position-level")),
        ]
        for c in self.competencies:
            short = c.official_code or c.code
            head += [
                Column(f"{c.code}.required", f"{short} {label('report-col-required')}", "int"),
                Column(f"{c.code}.attained", f"{short} {label('report-col-attained')}", "level"),
                Column(f"{c.code}.gap", f"{short} {label('report-col-gap')}", "gap"),
            ]
        head += [
            Column("jpm", label("label-jpm"), "jpm"),
            Column("band_code", label("report-col-band-code")),
            Column("band", label("label-band")),
            Column("meets_standard", label("label-meets-standard")),
            Column("development", label("label-development")),
            Column("warnings", label("report-col-warnings")),
        ]
        return tuple(head)

    @property
    def headers(self) -> list[str]:
        """Column headers in the report's language."""
        return [column.header for column in self.columns]

    def values(self, item: OfficialResult) -> list[CellValue]:
        """One official as typed cells, in column order."""
        result = item.result
        options = self.options
        cells: list[CellValue] = [item.row, *self._who(item)]
        per_competency: list[CellValue] = [None] * (3 * len(self.competencies))
        needs: list[str] = []
        for code, required, attained in self._levels(item):
            index = self._index.get(code)
            if index is None:  # a result made with another dictionary: nothing to align
                continue
            per_competency[3 * index : 3 * index + 3] = [required, attained, attained - required]
            if attained < required:
                needs.append(
                    f"{self._labels[code]} {level_text(attained, options.lang)}→{required}"
                )
        cells += per_competency
        cells += [
            result.jpm,
            result.band.code,
            options.band_name(result.band),
            self._yes if result.meets_standard else self._no,
            "; ".join(needs),
            row_warnings(item.warnings),
        ]
        return cells

    def text_values(self, item: OfficialResult) -> list[str]:
        """One official as the text cells of a CSV line: the same cells as :meth:`values`,
        numbers written in the report's language.

        A batch repeats a handful of level values thousands of times, so the text of each
        (competency, attained) pair is made once per standard and reused: this keeps the CSV
        report near the speed of reading the input.
        """
        result = item.result
        options = self.options
        cells = [str(item.row), *self._who(item)]
        scorer = result.scorer
        if scorer is None:  # only hand-made results lack one; they have nothing to align
            cells += [""] * (3 * len(self.competencies))
            needs = ""
        else:
            layout = self._layouts.get(scorer)
            if layout is None:
                layout = self._layouts[scorer] = _Layout(self, scorer.codes, scorer.required)
            attained = result.attained
            try:
                # Two C-level lookups per competency; a level not seen before is a KeyError.
                triples = list(map(getitem, layout.triples, attained))
                needs = "; ".join(filter(None, map(getitem, layout.needs, attained)))
            except KeyError:
                layout.learn(attained)
                triples = list(map(getitem, layout.triples, attained))
                needs = "; ".join(filter(None, map(getitem, layout.needs, attained)))
            if layout.slots is None:  # the standard covers every column, in column order
                cells += chain.from_iterable(triples)
            else:
                per_competency = [""] * (3 * len(self.competencies))
                for slot, triple in zip(layout.slots, triples, strict=True):
                    if slot >= 0:
                        per_competency[slot : slot + 3] = triple
                cells += per_competency
        cells += [
            decimal_text(result.jpm, options.lang),
            result.band.code,
            options.band_name(result.band),
            self._yes if result.meets_standard else self._no,
            needs,
            row_warnings(item.warnings) if item.warnings else "",
        ]
        return cells

    def _who(self, item: OfficialResult) -> list[str]:
        """The text cells after the row number, the same in every form of the row: who
        (input text, made safe), and which standard."""
        return [
            safe_text(item.shown_nip(self.options.mask_nip)),
            safe_text(item.name),
            safe_text(item.position_title),
            safe_text(item.unit),
            item.result.standard_code,
            item.result.position_level,
        ]

    @staticmethod
    def _levels(item: OfficialResult) -> list[tuple[str, int, Decimal]]:
        """(code, required, attained) in standard order, read from the scorer's tuples so a
        row costs no per-competency objects."""
        scorer = item.result.scorer
        if scorer is None:  # only hand-made results lack one; they have nothing to align
            return []
        return list(zip(scorer.codes, scorer.required, item.result.attained, strict=True))


class _Layout:
    """The text cells of one standard's competencies, per attained level, for one table.

    ``triples[i]`` and ``needs[i]`` map an attained level of the standard's i-th competency
    to its (required, attained, gap) texts and its development-need text ("" when met).
    Keys are Decimals, so equal levels share an entry whatever object holds them.
    ``slots`` is ``None`` when the standard's competencies are exactly the table's columns
    in order (the national standards); otherwise each one's first cell index, -1 when
    the table has no column for it.
    """

    _LIMIT = 4096  # distinct levels per competency kept; unusual inputs could have endless

    def __init__(self, table: ResultTable, codes: tuple[str, ...], required: tuple[int, ...]):
        self.table = table
        self.codes, self.required = codes, required
        self.triples: tuple[dict[Decimal, tuple[str, str, str]], ...] = tuple({} for _ in codes)
        self.needs: tuple[dict[Decimal, str], ...] = tuple({} for _ in codes)
        index = table._index
        slots = tuple(3 * index[code] if code in index else -1 for code in codes)
        in_order = tuple(range(0, 3 * len(table.competencies), 3))
        self.slots: tuple[int, ...] | None = None if slots == in_order else slots

    def learn(self, attained: Sequence[Decimal]) -> None:
        """Make the texts of levels not seen before."""
        lang = self.table.options.lang
        labels = self.table._labels
        for code, required, level, triples, needs in zip(
            self.codes, self.required, attained, self.triples, self.needs, strict=True
        ):
            if level in triples:
                continue
            if len(triples) >= self._LIMIT:
                triples.clear()
                needs.clear()
            if code not in labels:  # a result made with another dictionary: nothing to align
                triples[level], needs[level] = ("", "", ""), ""
                continue
            text = level_text(level, lang)
            triples[level] = (str(required), text, level_text(level - required, lang))
            needs[level] = f"{labels[code]} {text}→{required}" if level < required else ""
