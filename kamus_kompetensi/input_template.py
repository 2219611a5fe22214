"""An empty input file for batch checks: the right columns and one filled example row.

Assessors start from this file rather than guessing headers. It is written in the
format of the file name (CSV or XLSX) and is always accepted by ``check`` as it is (a
test proves the round trip). The example person and NIP are invented; the NIP is only
structurally valid so that the file checks without warnings.
"""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from kamus_kompetensi.dictionary import Dictionary
from kamus_kompetensi.errors import InputError, Location

FIELDS = ("nip", "nama", "jabatan", "unit_kerja", "eselon", "jenjang", "tanggal_asesmen")
TEMPLATE_FORMATS = ("csv", "xlsx")
# An obviously invented official; the NIP has a valid structure (1990-01-01, TMT 2015-03,
# man, sequence 001) so the example row checks without warnings.
EXAMPLE: dict[str, Any] = {
    "nip": "199001012015031001",
    "nama": "Budi Contoh (fiktif)",
    "jabatan": "Kepala Bidang Contoh",
    "unit_kerja": "Dinas Contoh Kabupaten Fiktif",
    "eselon": "III.a",
    "jenjang": "Jabatan Administrator",
    "jabatan_kode": "",
    "tanggal_asesmen": dt.date(2026, 3, 2),
}
_EXAMPLE_LEVELS = ("3", "3.5", "2.75", "3", "3.25", "3", "2.5", "3", "3.5")


def template_columns(dictionary: Dictionary) -> tuple[str, ...]:
    """Descriptive columns, ``jabatan_kode`` when the dictionary names positions, then
    every competency by its official name."""
    fields = list(FIELDS)
    if dictionary.positions:
        fields.insert(fields.index("jenjang") + 1, "jabatan_kode")
    return (*fields, *(c.name for c in dictionary.competencies))


def template_example(dictionary: Dictionary) -> list[Any]:
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
    return [EXAMPLE[f] for f in fields] + levels


def template_format(path: Path) -> str:
    """``csv`` or ``xlsx`` from the file name; anything else is an :class:`InputError`."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in TEMPLATE_FORMATS:
        raise InputError.from_code(
            "template-format", Location(file=str(path)), suffix=path.suffix or "-"
        )
    return suffix


def write_template_csv(dictionary: Dictionary, out: TextIO) -> None:
    """Semicolon-separated with decimal commas, as Indonesian Excel writes and reads CSV."""
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(template_columns(dictionary))
    row = template_example(dictionary)
    writer.writerow([_csv_text(cell) for cell in row])


def _csv_text(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, Decimal):
        return str(cell).replace(".", ",")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return str(cell)


def write_template_xlsx(dictionary: Dictionary, path: Path) -> None:
    """A workbook with a bold, frozen header; NIP cells are text so Excel keeps all 18 digits."""
    try:
        import openpyxl
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter
    except ImportError:  # pragma: no cover - the xlsx extra is installed in tests
        raise InputError.from_code("xlsx-unavailable", Location(file=str(path))) from None
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "hasil-asesmen"
    columns = template_columns(dictionary)
    sheet.append(list(columns))
    sheet.append([float(c) if isinstance(c, Decimal) else c for c in template_example(dictionary)])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    nip = sheet.cell(row=2, column=1)
    nip.number_format = "@"
    sheet.cell(row=2, column=columns.index("tanggal_asesmen") + 1).number_format = "yyyy-mm-dd"
    for index, header in enumerate(columns, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = max(12, min(len(header) + 2, 40))
    sheet.column_dimensions["A"].width = 22
    book.save(path)


__all__ = [
    "FIELDS",
    "template_columns",
    "template_example",
    "template_format",
    "write_template_csv",
    "write_template_xlsx",
]
