"""An empty input file for batch checks: the right columns and one filled example row.

Assessors start from this file rather than guessing headers. It is written in the
format of the file name (CSV or XLSX) and is always accepted by ``check`` as it is (a
test proves the round trip). The example person and NIP are invented; the NIP is only
structurally valid so that the file checks without warnings.

The example row says what it is in its name cell (``CONTOH — hapus baris ini``), so an
assessor overwrites or deletes it, and a forgotten one is obvious in the report. An XLSX
template also shows it in yellow italics, and carries the instructions on a second sheet
(*Petunjuk*) after the data sheet, so ``check`` still reads the data sheet by default.
Texts follow the chosen language; column headers do not (they are what ``check`` reads).
"""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from kamus_kompetensi.dictionary import Dictionary
from kamus_kompetensi.errors import InputError, Location
from kamus_kompetensi.i18n import message, resolve_lang

# The last two are optional columns that later steps read: the talent box (``kinerja``) and
# the leadership training a development plan looks for (``pelatihan_kepemimpinan``).
FIELDS = (
    "nip",
    "nama",
    "jabatan",
    "unit_kerja",
    "eselon",
    "jenjang",
    "tanggal_asesmen",
    "kinerja",
    "pelatihan_kepemimpinan",
)
TEMPLATE_FORMATS = ("csv", "xlsx")
#: The data sheet of an XLSX template (the first sheet: the one ``check`` reads).
DATA_SHEET = "hasil-asesmen"
# An obviously invented official; the NIP has a valid structure (1990-01-01, TMT 2015-03,
# man, sequence 001) so the example row checks without warnings. The name is the marker
# of :func:`example_name`.
EXAMPLE: dict[str, Any] = {
    "nip": "199001012015031001",
    "jabatan": "Kepala Bidang Contoh",
    "unit_kerja": "Dinas Contoh Kabupaten Fiktif",
    "eselon": "III.a",
    "jenjang": "Jabatan Administrator",
    "jabatan_kode": "",
    "tanggal_asesmen": dt.date(2026, 3, 2),
    "kinerja": "Baik",
    "pelatihan_kepemimpinan": "PKA",
}
_EXAMPLE_LEVELS = ("3", "3.5", "2.75", "3", "3.25", "3", "2.5", "3", "3.5")
#: How many standards a competency's line on the instructions sheet names before "…".
_STANDARDS_SHOWN = 4
_EXAMPLE_FILL = "FFF2CC"  # light yellow


def template_columns(dictionary: Dictionary) -> tuple[str, ...]:
    """Descriptive columns, ``jabatan_kode`` when the dictionary names positions, then
    every competency by its official name."""
    fields = list(FIELDS)
    if dictionary.positions:
        fields.insert(fields.index("jenjang") + 1, "jabatan_kode")
    return (*fields, *(c.name for c in dictionary.competencies))


def example_name(lang: str | None = None) -> str:
    """The example row's name cell: ``CONTOH — hapus baris ini`` (or English)."""
    return message("template-example-name", lang)


def template_example(dictionary: Dictionary, lang: str | None = None) -> list[Any]:
    """The example row, cell by cell (levels as :class:`Decimal`, the date as a date,
    ``None`` for a blank cell).

    A competency outside the standard of the example's echelon (an agency's technical
    competency) is left blank: a level there would be ignored with a warning.
    """
    level = dictionary.find_position_level_for_echelon(EXAMPLE["eselon"])
    standard = dictionary.find_standard(level) if level is not None else None
    levels = [
        Decimal(_EXAMPLE_LEVELS[i % len(_EXAMPLE_LEVELS)])
        if standard is None or c.code in standard.levels
        else None
        for i, c in enumerate(dictionary.competencies)
    ]
    fields = template_columns(dictionary)[: -len(levels)]
    example = {**EXAMPLE, "nama": example_name(lang)}
    return [example[f] for f in fields] + levels


def template_help(dictionary: Dictionary, lang: str | None = None) -> list[str]:
    """The numbered instructions of the *Petunjuk* sheet, in ``lang``."""
    name, sheet = example_name(lang), help_sheet_name(lang)
    keys = ("rows", "example", "levels", "standard", "required", "nip", "check")
    params = {"sheet": DATA_SHEET, "name": name, "help": sheet}
    return [
        f"{number}. {message('template-help-' + key, lang, **params)}"
        for number, key in enumerate(keys, start=1)
    ]


def help_sheet_name(lang: str | None = None) -> str:
    """``Petunjuk`` (or ``Instructions``)."""
    return message("template-help-sheet", lang)


def column_help(dictionary: Dictionary, lang: str | None = None) -> list[tuple[str, str]]:
    """``(column, what goes in it)`` for every template column; a competency says which
    standards include it."""
    columns = template_columns(dictionary)
    rows = [
        (f, message("template-field-" + f, lang)) for f in columns[: -len(dictionary.competencies)]
    ]
    for competency in dictionary.competencies:
        rows.append(
            (
                competency.name,
                message(
                    "template-field-competency",
                    lang,
                    code=competency.official_code or competency.code,
                    standards=_standards_of(dictionary, competency.code, lang),
                ),
            )
        )
    return rows


def _standards_of(dictionary: Dictionary, code: str, lang: str | None) -> str:
    """Which standards include a competency: all of them, none, or their names."""
    english = resolve_lang(lang) == "en"
    targets: list[tuple[str, Any]] = [
        ((level.name_en if english else None) or level.name, level)
        for level in dictionary.position_levels
    ]
    targets += [(position.name, position) for position in dictionary.positions]
    named: list[tuple[str, bool]] = []
    for name, target in targets:
        standard = dictionary.find_standard(target)
        if standard is not None:
            named.append((name, code in standard.levels))
    including = [name for name, included in named if included]
    if not including:
        return message("template-standards-none", lang)
    if len(including) == len(named):
        return message("template-standards-all", lang)
    more = ["…"] if len(including) > _STANDARDS_SHOWN else []
    return ", ".join([*including[:_STANDARDS_SHOWN], *more])


def template_format(path: Path) -> str:
    """``csv`` or ``xlsx`` from the file name; anything else is an :class:`InputError`."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in TEMPLATE_FORMATS:
        raise InputError.from_code(
            "template-format", Location(file=str(path)), suffix=path.suffix or "-"
        )
    return suffix


def write_template_csv(dictionary: Dictionary, out: TextIO, lang: str | None = None) -> None:
    """Semicolon-separated with decimal commas, as Indonesian Excel writes and reads CSV."""
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(template_columns(dictionary))
    row = template_example(dictionary, lang)
    writer.writerow([_csv_text(cell) for cell in row])


def _csv_text(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, Decimal):
        return str(cell).replace(".", ",")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return str(cell)


def write_template_xlsx(dictionary: Dictionary, path: Path, lang: str | None = None) -> None:
    """The data sheet (bold frozen header, the example row in yellow italics, the NIP
    column as text so Excel keeps all 18 digits), then the instructions sheet."""
    try:
        import openpyxl
        from openpyxl.styles import Font, PatternFill
        from openpyxl.utils import get_column_letter
    except ImportError:  # pragma: no cover - the xlsx extra is installed in tests
        raise InputError.from_code("xlsx-unavailable", Location(file=str(path))) from None
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = DATA_SHEET
    columns = template_columns(dictionary)
    sheet.append(list(columns))
    example = template_example(dictionary, lang)
    sheet.append([float(c) if isinstance(c, Decimal) else c for c in example])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    fill = PatternFill("solid", start_color=_EXAMPLE_FILL, end_color=_EXAMPLE_FILL)
    for index in range(1, len(columns) + 1):
        cell = sheet.cell(row=2, column=index)
        cell.font = Font(italic=True)
        cell.fill = fill
    sheet.freeze_panes = "A2"
    sheet.column_dimensions["A"].number_format = "@"  # NIPs typed later stay text too
    sheet.cell(row=2, column=1).number_format = "@"
    sheet.cell(row=2, column=columns.index("tanggal_asesmen") + 1).number_format = "yyyy-mm-dd"
    for index, header in enumerate(columns, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = max(12, min(len(header) + 2, 40))
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions[get_column_letter(columns.index("nama") + 1)].width = 28
    _help_sheet(book.create_sheet(help_sheet_name(lang)), dictionary, lang)
    book.save(path)


def _help_sheet(sheet: Any, dictionary: Dictionary, lang: str | None) -> None:
    """How to fill the data sheet, then what goes in each column."""
    from openpyxl.styles import Alignment, Font

    sheet.append([message("template-help-title", lang)])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    for line in template_help(dictionary, lang):
        sheet.append([line])
    sheet.append([])
    sheet.append([message("template-help-column", lang), message("template-help-content", lang)])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for column, text in column_help(dictionary, lang):
        sheet.append([column, text])
        sheet.cell(row=sheet.max_row, column=2).alignment = Alignment(wrap_text=True)
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 90


__all__ = [
    "DATA_SHEET",
    "FIELDS",
    "column_help",
    "example_name",
    "help_sheet_name",
    "template_columns",
    "template_example",
    "template_format",
    "template_help",
    "write_template_csv",
    "write_template_xlsx",
]
