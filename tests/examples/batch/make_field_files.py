"""Writes the workbook fixtures of the "files from the field" cases (committed beside it).

Recap workbooks as BKD/BKPSDM offices and assessment centres exchange them: a title block,
a two-level header with merged cells, a NO column, section headings, totals and footnotes
under the table, recorded JPM and categories, a hidden first sheet, and the legacy .xls
and LibreOffice .ods formats. Written with well-known writers (openpyxl, xlwt, odfpy: the
test extra installs them) so that the reader is tested on files it did not write itself.

    python tests/examples/batch/make_field_files.py
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

HERE = Path(__file__).resolve().parent / "valid"
CODES = ("M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.1")
NIPS = ("196711101992031001", "198703152010011002", "199001012015031001", "197508172000122001")
TITLE = ["REKAPITULASI HASIL ASESMEN KOMPETENSI PEJABAT"]
AGENCY = ["BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM KABUPATEN CONTOH (FIKTIF)"]


def recap_title_block() -> None:
    """Title block, header on row 4, NO column, recorded JPM and category, a JUMLAH row
    and a footnote with a signature block under the table."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Rekap"
    sheet.append(TITLE)
    sheet.append(AGENCY)
    sheet.append([])
    sheet.append(["NO", "NIP", "NAMA", "JABATAN", "ESELON", *CODES, "JPM (%)", "KATEGORI"])
    sheet.append([1, NIPS[0], "Ani (fiktif)", "Kepala Dinas", "II.a", *[4] * 9, 100, "MS"])
    # 3.5 × 9 / 36 = 87.5 %: recorded 85,00 and MMS are both wrong
    sheet.append([2, NIPS[1], "Budi (fiktif)", "Kepala Dinas", "II.a", *[3.5] * 9, "85,00", "MMS"])
    sheet.append([3, NIPS[2], "Citra (fiktif)", "Kepala Bidang", "III.a", *[3] * 9, "100", "MS"])
    sheet.append(["JUMLAH", None, None, None, None, *[10.5] * 9, 287.5, None])
    sheet.append([])
    sheet.append(["Keterangan: MS = Memenuhi Syarat; MMS = Masih Memenuhi Syarat"])
    sheet.append([None, None, None, None, None, None, None, None, None, None, "Mengetahui,"])
    sheet.append([None, None, None, None, None, None, None, None, None, None, "Kepala BKPSDM"])
    book.save(HERE / "recap-title-block" / "input.xlsx")


def two_level_merged() -> None:
    """A two-level header ("NILAI KOMPETENSI" merged across, codes below, the other headers
    merged down), a section heading inside the table, and an echelon merged down over a
    block of officials."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Data"
    sheet.append(TITLE)
    sheet.merge_cells("A1:N1")
    sheet.append([])
    sheet.append(["NO", "NIP", "NAMA", "JABATAN", "ESELON", "NILAI KOMPETENSI"])
    sheet.append([None, None, None, None, None, *CODES])
    for column in "ABCDE":
        sheet.merge_cells(f"{column}3:{column}4")
    sheet.merge_cells("F3:N3")
    sheet.append(["DINAS PENDIDIKAN"])
    sheet.append([1, NIPS[0], "Ani (fiktif)", "Kepala Bidang", "III.a", *[3] * 9])
    sheet.append([2, NIPS[1], "Budi (fiktif)", "Kepala Bidang", None, *[2.5] * 9])
    sheet.merge_cells("E6:E7")  # III.a for both rows
    sheet.append(["DINAS KESEHATAN"])
    sheet.append([3, NIPS[2], "Citra (fiktif)", "Kepala Seksi", "IV.a", *[2] * 9])
    book.save(HERE / "two-level-merged" / "input.xlsx")


def hidden_first_sheet() -> None:
    """A hidden first sheet (old data nobody should read) before the visible one."""
    book = openpyxl.Workbook()
    old = book.active
    old.title = "Lama"
    old.sheet_state = "hidden"
    old.append(["nip", "nama", "jabatan", "eselon", *CODES])
    old.append([NIPS[3], "Lama (fiktif)", "Kepala", "II.a", *[1] * 9])
    data = book.create_sheet("Data")
    data.append(["nip", "nama", "jabatan", "eselon", *CODES])
    data.append([NIPS[0], "Ani (fiktif)", "Kepala Dinas", "II.a", *[4] * 9])
    book.save(HERE / "hidden-first-sheet" / "input.xlsx")


def legacy_xls() -> None:
    """Excel 97–2003 with a title block and a merged title."""
    book = xlwt.Workbook()
    sheet = book.add_sheet("Rekap")
    sheet.write_merge(0, 0, 0, 12, TITLE[0])
    header = ["NO", "NIP", "NAMA", "JABATAN", "ESELON", *CODES]
    rows = [
        [1, NIPS[0], "Ani (fiktif)", "Kepala Dinas", "II.a", *[4] * 9],
        [2, NIPS[1], "Budi (fiktif)", "Kepala Bidang", "III.b", *["3,5"] * 9],
    ]
    for column, text in enumerate(header):
        sheet.write(2, column, text)
    for r, row in enumerate(rows, start=3):
        for column, value in enumerate(row):
            sheet.write(r, column, value)
    book.save(str(HERE / "legacy-xls" / "input.xls"))


def _ods_cell(value: object) -> TableCell:
    if isinstance(value, (int, float)):
        cell = TableCell(valuetype="float", value=str(value))
    else:
        cell = TableCell(valuetype="string")
    cell.addElement(P(text="" if value is None else str(value)))
    return cell


def libreoffice_ods() -> None:
    """LibreOffice Calc with a title row above the header."""
    document = OpenDocumentSpreadsheet()
    table = Table(name="Rekap")
    rows = [
        TITLE,
        ["nip", "nama", "jabatan", "eselon", *CODES],
        [NIPS[0], "Ani (fiktif)", "Kepala Seksi", "IV.a", *[2] * 9],
        [NIPS[1], "Budi (fiktif)", "Kepala Seksi", "IV.b", *[1.5] * 9],
    ]
    for values in rows:
        row = TableRow()
        for value in values:
            row.addElement(_ods_cell(value))
        table.addElement(row)
    document.spreadsheet.addElement(table)
    document.save(str(HERE / "libreoffice-ods" / "input.ods"))


if __name__ == "__main__":
    for case in ("recap-title-block", "two-level-merged", "hidden-first-sheet", "legacy-xls",
                 "libreoffice-ods"):  # fmt: skip
        (HERE / case).mkdir(parents=True, exist_ok=True)
    recap_title_block()
    two_level_merged()
    hidden_first_sheet()
    legacy_xls()
    libreoffice_ods()
