"""One row of a table in, one outcome out: a checked official or the row's errors.

:class:`RowChecker` is built once per file (column indexes, and for every standard of the
dictionary the cells that hold its competencies) and then checks rows one at a time. The
standard a row names is found by :func:`resolve_target`, a pure function of the
dictionary and the row's selector texts (eselon, jenjang, jabatan_kode, kondisi), memoised
because a file repeats a handful of them. Levels are parsed by
:func:`~kamus_kompetensi.scoring.levels.level_hundredths` and scored by
:func:`~kamus_kompetensi.scoring.scorer.score`: the same code the API uses.

A row is rejected with *every* problem found in it; a row that is checked may carry
warnings. A fully blank row is no outcome at all (``None``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from decimal import ROUND_HALF_UP, Context, Decimal
from functools import lru_cache
from operator import itemgetter
from typing import Final, Literal, NamedTuple

from kamus_kompetensi.batch.duplicates import nip_text
from kamus_kompetensi.batch.outcomes import OfficialResult
from kamus_kompetensi.columns import DETAIL_FIELDS, ColumnMap
from kamus_kompetensi.dictionary import Dictionary
from kamus_kompetensi.echelons import parse_echelon
from kamus_kompetensi.errors import KamusError
from kamus_kompetensi.i18n import message, resolve_lang
from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.keys import normalise_key
from kamus_kompetensi.models import MissingScores, ScoringPolicy, Standard
from kamus_kompetensi.nip import is_valid_nip, mask_nip
from kamus_kompetensi.record_keys import PERFORMANCE_RATING, UNIT
from kamus_kompetensi.scoring.assessment import parse_assessed_on
from kamus_kompetensi.scoring.levels import level_hundredths, text_hundredths
from kamus_kompetensi.scoring.results import AssessmentResult, Provenance
from kamus_kompetensi.scoring.scorer import score
from kamus_kompetensi.tabular import Cell, RecordCells, text_of
from kamus_kompetensi.talent.placement import TalentPlacement, place, unknown_rating

#: Columns that name the standard, in the order they are trusted.
SELECTORS = ("jabatan_kode", "jenjang", "eselon")
_NIP_COLUMN = "nip"


class Finding(NamedTuple):
    """A row problem before it has a row number: code, field or header, value, message."""

    code: str
    column: str | None
    value: str | None
    message: str


def resolve_target(
    dictionary: Dictionary, fields: tuple[str, ...], texts: tuple[str, ...]
) -> Standard | Finding:
    """The standard named by a row's selector cells (``fields`` such as ``eselon`` and the
    row's ``texts`` for them, as read), or the finding that says why there is none. Each
    column is lenient about the other's spelling (an echelon written in ``jenjang``, or the
    reverse); when several are given they must agree on the position level."""
    return _resolve_target(dictionary, fields, texts, resolve_lang(None))


@lru_cache(maxsize=1024)
def _resolve_target(
    dictionary: Dictionary, fields: tuple[str, ...], texts: tuple[str, ...], lang: str
) -> Standard | Finding:
    """Pure, so memoised (a file repeats a handful of selector combinations); ``lang`` is
    part of the key because a finding carries its message."""
    selectors = tuple((f, t.strip()) for f, t in zip(fields, texts, strict=True) if t.strip())
    given = dict(selectors)
    condition = given.pop("kondisi", "")
    if condition and not given.get("eselon"):
        # A condition selects an echelon mapping; with no echelon it would be ignored.
        text = message("condition-without-echelon", condition=condition)
        return Finding("condition-without-echelon", "kondisi", condition, text)
    found: list[tuple[str, Standard]] = []
    for field in SELECTORS:
        text = given.get(field, "")
        if not text:
            continue
        standard = _lookup(dictionary, field, text, condition)
        if isinstance(standard, Finding):
            return standard
        found.append((field, standard))
    if not found:
        return Finding("missing-position", None, None, "")
    first_field, chosen = found[0]
    for field, other in found[1:]:
        if other.position_level != chosen.position_level:
            text = message("position-conflict", first=given[first_field], other=given[field])
            return Finding("position-conflict", field, given[field], text)
    return chosen


def _lookup(dictionary: Dictionary, field: str, text: str, condition: str) -> Standard | Finding:
    d = dictionary
    try:
        if field == "jabatan_kode":
            return d.get_standard(d.get_position(text))
        if field == "eselon":
            if condition and condition not in d.echelon_conditions:
                allowed = ", ".join(d.echelon_conditions) or "-"
                text_ = message("unknown-condition", key=condition, allowed=allowed)
                return Finding("unknown-condition", "kondisi", condition, text_)
            if not condition:
                level = d.find_position_level(text) or d.get_position_level_for_echelon(text)
            elif parse_echelon(text) is None and d.find_position_level(text) is not None:
                # A position level written in the eselon column takes no condition.
                raise d._condition_not_applicable(condition, text)
            else:
                level = d.get_position_level_for_echelon(text, condition=condition)
        else:
            level = d.find_position_level_for_echelon(text) or d.get_position_level(text)
        return d.get_standard(level)
    except KamusError as exc:
        if exc.code == "condition-not-applicable":
            # The echelon is fine; the condition beside it is what cannot be used.
            return Finding(exc.code, "kondisi", condition, str(exc.args[0]))
        code = "standard-not-defined" if exc.code == "standard-not-defined" else "unknown-position"
        return Finding(code, field, text, str(exc.args[0]))


class _Layout(NamedTuple):
    """Where one standard's competencies are in the file's cells."""

    pick: Callable[[Sequence[Cell]], tuple[Cell, ...]] | None  # when every one has a column
    indexes: tuple[int, ...]  # -1 where the file has no column for the competency
    outside: tuple[int, ...]  # competency columns of the file this standard does not use


class RowChecker:
    """Checks the rows of one file; everything that can be worked out once per file is."""

    def __init__(
        self,
        dictionary: Dictionary,
        columns: ColumnMap,
        policy: ScoringPolicy,
        provenance: Provenance,
        duplicates: Mapping[int, tuple[int, ...]],
        *,
        mask: bool = False,
        text_cells: bool = False,
    ) -> None:
        self.dictionary = dictionary
        self.columns = columns
        self.headers = columns.headers
        self.width = len(columns.headers)
        self.policy = policy
        self.provenance = provenance
        self.duplicates = duplicates
        self.mask = mask
        self.missing_zero = policy.missing is MissingScores.ZERO
        index = columns.index
        self.i_nip, self.i_name, self.i_date = index("nip"), index("nama"), index("tanggal_asesmen")
        self.i_no = index("no")
        self.i_recorded_jpm, self.i_recorded_band = (
            index("jpm_tercatat"),
            index("kategori_tercatat"),
        )
        self.skipped: list[int] = []  # rows that describe no official
        self.section_unit: str | None = None  # the unit a section heading row names
        self.other_policy_words: dict[str, int] = {}  # policy → rows recorded in its words
        self.band_words = _band_words(dictionary)
        self.nip_column = self.headers[self.i_nip] if self.i_nip is not None else _NIP_COLUMN
        self.details = tuple(
            (key, i) for field, key in DETAIL_FIELDS.items() if (i := index(field)) is not None
        )
        # A performance rating column places each row in the talent box (when the
        # dictionary has a talent policy: a stand-alone one may not, and its rows are
        # still checked).
        self.talent = dictionary.talent_policy if index("kinerja") is not None else None
        self.selectors = tuple(
            (f, i) for f in (*SELECTORS, "kondisi") if (i := index(f)) is not None
        )
        self.selector_fields = tuple(f for f, _ in self.selectors)
        self.selector_cells = _picker([i for _, i in self.selectors])
        # Text cells (CSV) go straight to the memoised text parsers; other cells (numbers
        # and dates from a workbook, JSON values) through the general ones.
        self.text_cells = text_cells
        self.parse_level = text_hundredths if text_cells else level_hundredths
        self.layouts = {id(s): self._layout(s) for s in dictionary.standards}

    def _layout(self, standard: Standard) -> _Layout:
        file_columns = self.columns.competencies
        indexes = tuple(file_columns.get(code, -1) for code in standard.codes)
        used = set(standard.codes)
        outside = tuple(i for code, i in file_columns.items() if code not in used)
        complete = indexes and -1 not in indexes
        return _Layout(_picker(indexes) if complete else None, indexes, outside)

    def header(self, field: str | None) -> str | None:
        """The file's header of a field column (the field's name when the file lacks it)."""
        if field is None:
            return None
        index = self.columns.index(field)
        return self.headers[index] if index is not None else field

    # --- one row ----------------------------------------------------------------------------
    def check(self, number: int, cells: Sequence[Cell]) -> Outcome:
        """The outcome of one row: a checked official, its errors, ``None`` for a fully
        blank row, or :data:`NOT_OFFICIAL` for a row that describes no official (a section
        heading, a footnote, a total)."""
        warnings: list[Finding] = []
        if len(cells) != self.width:
            cells, extra = self._fit(cells)
            if extra:
                # More filled cells than headers usually means every value after some point
                # moved one column (an unquoted decimal comma, "3,5", in a comma CSV):
                # scoring the row would give a wrong result, so it is rejected.
                if not any(map(text_of, cells)):
                    return None
                text = message("extra-cells", count=extra)
                return self._rejected(number, [Finding("extra-cells", None, None, text)])
        if isinstance(cells, RecordCells) and cells.extra:
            keys = ", ".join(cells.extra)
            warnings.append(
                Finding("unknown-field", None, keys, message("unknown-field", keys=keys))
            )
        selected = self.selector_cells(cells)
        if not self.text_cells:
            selected = tuple(map(_selector_text, selected))
        target = resolve_target(self.dictionary, self.selector_fields, selected)
        layout = None if isinstance(target, Finding) else self.layouts[id(target)]
        if layout is not None and layout.pick is not None:
            picked = layout.pick(cells)
            levels = tuple(map(self.parse_level, picked))
            if all(map(_is_int, levels)):
                return self._result(number, cells, target, layout, levels, warnings)  # type: ignore[arg-type]
        # The thorough path: what the row is, then every problem in it.
        if self._blank(cells):
            return None
        if self._not_official(number, cells):
            return NOT_OFFICIAL
        if isinstance(target, Finding) or layout is None:
            return self._without_standard(number, cells, target)  # type: ignore[arg-type]
        found, errors = self._levels(target, layout, cells)
        if errors:
            return self._rejected(number, errors)
        return self._result(number, cells, target, layout, found, warnings)

    def _fit(self, cells: Sequence[Cell]) -> tuple[Sequence[Cell], int]:
        """A short row padded with blanks, and the number of filled cells beyond the header."""
        if len(cells) < self.width:
            return [*cells, *([""] * (self.width - len(cells)))], 0
        return cells, sum(1 for c in cells[self.width :] if text_of(c))

    @staticmethod
    def _blank(cells: Sequence[Cell]) -> bool:
        return not any(map(text_of, cells))

    def _not_official(self, number: int, cells: Sequence[Cell]) -> bool:
        """Whether a row describes no official, so it is skipped (and listed in a note)
        rather than rejected: no NIP, no name and no score (a section heading such as
        "DINAS PENDIDIKAN", a "Keterangan: …" footnote, a signature block), or a total such
        as "JUMLAH" / "RATA-RATA" in the row-label or name column with no NIP. A section
        heading (one text cell) gives its unit to the rows under it. Anything with a NIP or
        a score is an official, and is checked or rejected."""
        nip = text_of(cells[self.i_nip]) if self.i_nip is not None else ""
        if _has_digit(nip):
            return False  # a NIP has digits; "DINAS PENDIDIKAN" in the NIP column is none
        labels = [text_of(cells[i]) for i in (self.i_no, self.i_name) if i is not None]
        if any(normalise_key(label).startswith(_TOTALS) for label in labels if label):
            self.skipped.append(number)
            return True
        name = text_of(cells[self.i_name]) if self.i_name is not None else ""
        scores = (text_of(cells[i]) for i in self.columns.competencies.values())
        if name or any(_has_digit(score) for score in scores):
            return False  # a score is written with digits; "Mengetahui," under a column is not
        filled = [text for text in map(_text, cells) if text]
        if len(filled) == 1 and _heading(filled[0]):
            self.section_unit = filled[0]
        self.skipped.append(number)
        return True

    def finish(self) -> list[RowIssue]:
        """Notes about the file, known only once every row was read: the rows that were
        no official, and recorded categories written in another policy's words."""
        notes: list[RowIssue] = []
        if self.skipped:
            rows = _row_list(self.skipped)
            text = message("non-official-rows", count=len(self.skipped), rows=rows)
            notes.append(RowIssue(1, "non-official-rows", text, "note"))
        for policy, count in self.other_policy_words.items():
            text = message(
                "recorded-band-other-policy", count=count, policy=policy, used=self.policy.code
            )
            notes.append(RowIssue(1, "recorded-band-other-policy", text, "warning"))
        return notes

    def _without_standard(
        self, number: int, cells: Sequence[Cell], finding: Finding
    ) -> list[RowIssue]:
        """A row whose standard cannot be found: still report every bad score in it."""
        if finding.code == "missing-position":
            wanted = " / ".join(
                self.headers[i] for f, i in self.selectors if f != "kondisi"
            ) or " / ".join(SELECTORS)
            finding = Finding(
                "missing-position", wanted, None, message("missing-position", columns=wanted)
            )
        else:
            finding = finding._replace(column=self.header(finding.column))
        errors = [finding]
        for code, index in self.columns.competencies.items():
            self._score(code, index, cells, errors, report_blank=False)
        return self._rejected(number, errors)

    def _levels(
        self, standard: Standard, layout: _Layout, cells: Sequence[Cell]
    ) -> tuple[tuple[int, ...], list[Finding]]:
        """Every level of the standard, naming each problem (the slow, thorough path)."""
        errors: list[Finding] = []
        levels: list[int] = []
        for code, index in zip(standard.codes, layout.indexes, strict=True):
            level = self._score(code, index, cells, errors, report_blank=not self.missing_zero)
            levels.append(level or 0)
        return tuple(levels), errors

    def _score(
        self,
        code: str,
        index: int,
        cells: Sequence[Cell],
        errors: list[Finding],
        *,
        report_blank: bool,
    ) -> int | None:
        column = self.headers[index] if index >= 0 else self.dictionary.get_competency(code).name
        cell = cells[index] if index >= 0 else None
        level = level_hundredths(cell)
        if isinstance(level, int):
            return level
        if level is None:
            if report_blank:
                errors.append(
                    Finding("missing-score", column, None, message("missing-score", key=column))
                )
            return None
        text = text_of(cell)[:40]
        errors.append(Finding(level, column, text, message(level, key=column, value=text)))
        return None

    # --- building the outcome ---------------------------------------------------------------
    def _rejected(self, number: int, findings: Sequence[Finding]) -> list[RowIssue]:
        return [RowIssue(number, f.code, f.message, "error", f.column, f.value) for f in findings]

    def _result(
        self,
        number: int,
        cells: Sequence[Cell],
        standard: Standard,
        layout: _Layout,
        levels: tuple[int, ...],
        warnings: list[Finding],
    ) -> OfficialResult:
        for index in layout.outside:
            value = text_of(cells[index])
            if value:
                header = self.headers[index]
                text = message("score-not-in-standard", key=header, code=standard.code)
                warnings.append(Finding("score-not-in-standard", header, value[:40], text))
        nip = self._nip(number, cells[self.i_nip] if self.i_nip is not None else None, warnings)
        assessed_on = self._date(cells[self.i_date], warnings) if self.i_date is not None else None
        name = _text(cells[self.i_name]) if self.i_name is not None else None
        if name is not None and name in _EXAMPLE_NAMES:  # the template's row, left in
            text = message("template-example-row")
            warnings.append(Finding("template-example-row", self.header("nama"), name, text))
        details = {key: cell for key, i in self.details if (cell := _text(cells[i]))}
        if self.section_unit is not None and UNIT not in details:
            details[UNIT] = self.section_unit
        issues = (
            tuple(
                RowIssue(number, f.code, f.message, "warning", f.column, f.value) for f in warnings
            )
            if warnings
            else ()
        )
        result = score(
            standard,
            self.policy,
            levels,
            self.provenance,
            nip=nip,
            name=name,
            assessed_on=assessed_on,
            warnings=issues,
        )
        if self.i_recorded_jpm is not None or self.i_recorded_band is not None:
            audit = self._audit(cells, result)
            if audit:
                recorded = tuple(
                    RowIssue(number, f.code, f.message, "warning", f.column, f.value) for f in audit
                )
                result = result._replace(warnings=result.warnings + recorded)
        placement = None
        rating = details.get(PERFORMANCE_RATING)
        if rating is not None and self.talent is not None:
            placement, result = self._talent(number, rating, result)
        return OfficialResult(number, result, details, placement)

    def _talent(
        self, number: int, rating: str, result: AssessmentResult
    ) -> tuple[TalentPlacement | None, AssessmentResult]:
        """The row's talent box, or a warning for a rating the talent policy does not know
        (the row stays checked: the rating is not part of the competency check)."""
        assert self.talent is not None
        placement = place(self.talent, result.jpm, rating)
        if placement is not None:
            return placement, result
        text = unknown_rating(self.talent, rating)
        code = "unknown-performance-rating"
        issue = RowIssue(number, code, text, "warning", self.header("kinerja"), rating[:40])
        return None, result._replace(warnings=(*result.warnings, issue))

    # --- results the file already records ------------------------------------------------------
    def _audit(self, cells: Sequence[Cell], result: AssessmentResult) -> list[Finding]:
        """Recorded JPM and category against the computed ones."""
        found: list[Finding] = []
        if self.i_recorded_jpm is not None:
            cell = cells[self.i_recorded_jpm]
            text = text_of(cell)
            if text and not _same_jpm(cell, result.jpm):
                column = self.headers[self.i_recorded_jpm]
                shown = text[:40]
                computed = _number_text(result.jpm)
                note = message("recorded-jpm-mismatch", recorded=shown, computed=computed)
                found.append(Finding("recorded-jpm-mismatch", column, shown, note))
        if self.i_recorded_band is not None:
            text = text_of(cells[self.i_recorded_band])
            if text:
                self._audit_band(text, result, found)
        return found

    def _audit_band(self, text: str, result: AssessmentResult, found: list[Finding]) -> None:
        policies = self.band_words.get(normalise_key(text), {})
        if result.policy in policies:
            if result.band in policies[result.policy]:
                return
        elif policies:  # the words of another policy: said once for the file, not per row
            other = min(policies)
            self.other_policy_words[other] = self.other_policy_words.get(other, 0) + 1
            return
        assert self.i_recorded_band is not None
        column = self.headers[self.i_recorded_band]
        note = message("recorded-band-mismatch", recorded=text[:40], computed=result.band_name)
        found.append(Finding("recorded-band-mismatch", column, text[:40], note))

    def _nip(self, number: int, cell: Cell, warnings: list[Finding]) -> str | None:
        """The NIP as the outcome keeps it (masked on request), with its warnings."""
        text = nip_text(cell)
        column = self.nip_column
        if not text:
            warnings.append(Finding("missing-nip", column, None, message("missing-nip")))
            return None
        shown = mask_nip(text) if self.mask else text
        if isinstance(cell, float):  # Excel keeps ~15 digits of a number: the NIP may be wrong
            warnings.append(Finding("nip-as-number", column, shown, message("nip-as-number")))
        elif not is_valid_nip(text):
            warnings.append(Finding("invalid-nip", column, shown, message("invalid-nip")))
        others = self.duplicates.get(number)
        if others:
            rows = ", ".join(map(str, others))
            warnings.append(
                Finding("duplicate-nip", column, shown, message("duplicate-nip", rows=rows))
            )
        return shown

    def _date(self, cell: Cell, warnings: list[Finding]) -> dt.date | None:
        if cell is None or cell == "":
            return None
        found = parse_assessed_on(cell)
        if found is None and text_of(cell):
            column = self.headers[self.i_date] if self.i_date is not None else None
            text = text_of(cell)[:40]
            warnings.append(
                Finding("invalid-date", column, text, message("invalid-date", value=text))
            )
        return found


def _picker(indexes: Sequence[int]) -> Callable[[Sequence[Cell]], tuple[Cell, ...]]:
    """``cells → the cells at indexes``, always a tuple (``itemgetter(i)`` alone is not)."""
    if len(indexes) == 1:
        only = indexes[0]
        return lambda cells: (cells[only],)
    if not indexes:
        return lambda cells: ()
    return itemgetter(*indexes)


_is_int = int.__instancecheck__
_EXAMPLE_NAMES = frozenset(message("template-example-name", lang) for lang in ("id", "en"))
_TOTALS = ("jumlah", "rata-rata", "rata rata", "rerata", "total", "jml")
_FOOTNOTES = ("keterangan", "ket.", "ket:", "catatan", "mengetahui", "sumber", "*", "nb")
NOT_OFFICIAL: Final = "not-official"
"""What :meth:`RowChecker.check` returns for a row that describes no official."""
Outcome = OfficialResult | list[RowIssue] | Literal["not-official"] | None


def _heading(text: str) -> bool:
    """Whether a row's only text can be a section heading (a unit's name)."""
    folded = normalise_key(text)
    return any(c.isalpha() for c in text) and not folded.startswith(_FOOTNOTES)


def _number_text(value: Decimal) -> str:
    """A number as the message's readers write it: ``87,50`` in Indonesian."""
    text = format(value, "f")
    return text.replace(".", ",") if resolve_lang(None) == "id" else text


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _row_list(rows: Sequence[int], shown: int = 10) -> str:
    """``3, 4, 5`` (and ``… (+N)`` past ``shown`` rows)."""
    head = ", ".join(map(str, rows[:shown]))
    return head if len(rows) <= shown else f"{head}, … (+{len(rows) - shown})"


def _same_jpm(cell: Cell, jpm: Decimal) -> bool:
    """Whether a recorded JPM (text with a decimal comma or point, a number, or a
    percent-formatted fraction from a workbook) equals the computed one at 2 decimals."""
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        candidates = [Decimal(repr(float(cell)))]
        if 0 <= cell <= 5:  # 0.8264 shown as 82,64 % in the workbook
            candidates.append(candidates[0] * 100)
    else:
        text = text_of(cell).replace("%", "").replace(" ", "").replace(",", ".")
        try:
            candidates = [Decimal(text)]
        except ArithmeticError:
            return False
    shown = jpm.quantize(_CENT, rounding=ROUND_HALF_UP, context=_EXACT)
    return any(
        c.is_finite() and c.quantize(_CENT, rounding=ROUND_HALF_UP, context=_EXACT) == shown
        for c in candidates
    )


_CENT = Decimal("0.01")
_EXACT = Context(prec=40)


def _band_words(dictionary: Dictionary) -> dict[str, dict[str, set[str]]]:
    """Every way a category may be written (code, name, English name, short form),
    folded → policy code → band codes it names, over every policy's bands."""
    words: dict[str, dict[str, set[str]]] = {}
    for policy in dictionary.policies:
        bands = [*policy.bands, *(b for e in policy.bands_by_position_level for b in e.bands)]
        for band in bands:
            for word in (band.code, band.name, band.name_en, band.short):
                if word:
                    key = normalise_key(word)
                    words.setdefault(key, {}).setdefault(policy.code, set()).add(band.code)
    return words  # levels are never bool: level_hundredths refuses those


def _selector_text(cell: Cell) -> str:
    if isinstance(cell, str):
        return cell.strip()
    return text_of(cell) if isinstance(cell, (int, float)) or cell is None else str(cell)


def _text(cell: Cell) -> str | None:
    """Trimmed text of a descriptive cell, ``None`` when blank."""
    if isinstance(cell, str):
        return cell.strip() or None
    return text_of(cell) or None


__all__ = ["SELECTORS", "Finding", "RowChecker", "resolve_target"]
