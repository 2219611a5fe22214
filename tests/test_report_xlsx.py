"""The XLSX report read back with openpyxl and from its XML: sheets, two header rows, typed
cells, conditional formats, print setup, the chart, the letterhead and the one-official page."""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

import kamus_kompetensi as kk
from kamus_kompetensi.batch.outcomes import OfficialResult, RowIssue
from kamus_kompetensi.letterhead import Letterhead, Signatory
from kamus_kompetensi.report import render, xlsx_report
from kamus_kompetensi.report.base import RenderOptions
from kamus_kompetensi.report.xlsx_report import render_xlsx
from tests.report_support import (
    FORMULA_POSITION,
    HOSTILE_NAME,
    NIP_BUDI,
    StreamingRun,
    batch_report,
    official,
    outcomes,
    result_for,
)

NIP_CHAIR = "197001011995032001"
LETTERHEAD = Letterhead(
    agency="Badan Kepegawaian Daerah Provinsi Contoh",
    title="Hasil Uji Kompetensi JPT Pratama & Administrator",
    event="Seleksi Terbuka JPT Pratama 2026",
    place="Semarang",
    signatories=(
        Signatory("Ketua Panitia Seleksi", "Dr. Siti Rahma", NIP_CHAIR),
        Signatory("Sekretaris", "Budi Hartono"),
        Signatory("=Anggota", "@Ani"),
    ),
)


def _png(width: int, height: int) -> bytes:
    """A plain grey PNG, built with zlib (no imaging library needed)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    rows = b"".join(b"\x00" + b"\x80\x80\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _xlsx(nasional: kk.Dictionary, source: Any = None, **options: Any) -> bytes:
    buffer = io.BytesIO()
    render(source or batch_report(nasional), "xlsx", buffer, dictionary=nasional, **options)
    return buffer.getvalue()


def _book(data: bytes) -> Workbook:
    return load_workbook(io.BytesIO(data))


def _part(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name).decode("utf-8")


def _parts(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.namelist()


def _results(book: Workbook, sheet: str = "Hasil") -> list[dict[str, Any]]:
    """The results under their column headers (the second header row)."""
    values = list(book[sheet].iter_rows(values_only=True))
    header = [str(h) for h in values[1]]
    return [dict(zip(header, row, strict=True)) for row in values[2:]]


def _issues(book: Workbook, sheet: str) -> list[dict[str, Any]]:
    values = list(book[sheet].iter_rows(values_only=True))
    header = [str(h) for h in values[0]]
    return [dict(zip(header, row, strict=True)) for row in values[1:]]


def _column(sheet: Worksheet, header: str) -> int:
    """The 1-based column under ``header`` in the second header row."""
    return next(c.column for c in sheet[2] if c.value == header)


def _texts(book: Workbook) -> list[str]:
    return [
        str(cell)
        for sheet in book
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell is not None
    ]


def _is_date(cell: Any) -> bool:
    return bool(getattr(cell, "is_date", False))  # merged cells have no value of their own


def _pairs(book: Workbook) -> dict[Any, Any]:
    """Label → value of the summary sheet (the first sheet)."""
    return {row[0]: row[1] for row in book.worksheets[0].iter_rows(values_only=True) if row[0]}


@pytest.fixture(scope="module")
def data() -> bytes:
    return _xlsx(kk.load_dictionary())


@pytest.fixture(scope="module")
def workbook(data: bytes) -> Workbook:
    return _book(data)


# --- sheets and headers ------------------------------------------------------------------------
def test_sheets_in_order(workbook: Workbook) -> None:
    assert workbook.sheetnames == ["Ringkasan", "Hasil", "Kesalahan baris", "Peringatan"]


def test_english_sheet_names(nasional: kk.Dictionary) -> None:
    assert _book(_xlsx(nasional, lang="en")).sheetnames == [
        "Summary",
        "Results",
        "Row errors",
        "Warnings",
    ]


def test_competency_names_head_their_three_columns(workbook: Workbook) -> None:
    sheet = workbook["Hasil"]
    first = _column(sheet, "M.01 standar")
    assert [sheet.cell(2, first + i).value for i in range(3)] == [
        "M.01 standar",
        "M.01 capaian",
        "M.01 selisih",
    ]
    assert sheet.cell(1, first).value == "M.01 Integritas"
    merged = {str(r) for r in sheet.merged_cells.ranges}
    letters = [sheet.cell(2, first + i).column_letter for i in (0, 2)]
    assert f"{letters[0]}1:{letters[1]}1" in merged
    names = [sheet.cell(1, c).value for c in range(1, sheet.max_column + 1)]
    assert "M.06 Pengembangan Diri dan Orang Lain" in names
    assert "SK.1 Perekat Bangsa" in names
    assert len(merged) == 9  # one per national competency


def test_headers_are_frozen_filtered_and_repeated_in_print(workbook: Workbook) -> None:
    results = workbook["Hasil"]
    assert results.freeze_panes == "D3"  # both header rows; row, NIP and name stay in view
    last = results.cell(2, results.max_column).column_letter
    assert results.auto_filter.ref == f"A2:{last}5"
    assert results.print_title_rows == "$1:$2"
    assert results["A2"].font.b
    assert results.column_dimensions["C"].width > 20  # names are read, not squeezed
    errors = workbook["Kesalahan baris"]
    assert errors.freeze_panes == "A2"
    assert errors.auto_filter.ref == "A1:E3"


def test_print_setup_landscape_fitted_to_width(data: bytes) -> None:
    sheet = _part(data, "xl/worksheets/sheet2.xml")
    assert re.search(r'<pageSetUpPr fitToPage="1"/>', sheet)
    setup = re.search(r"<pageSetup [^>]*/>", sheet)
    assert setup is not None
    assert 'orientation="landscape"' in setup[0]
    assert 'paperSize="9"' in setup[0]  # A4
    assert 'fitToHeight="0"' in setup[0]  # as many pages down as needed, one across
    assert "fitToWidth" not in setup[0] or 'fitToWidth="1"' in setup[0]
    assert '<printOptions gridLines="1"/>' in sheet
    footer = re.search(r"<oddFooter>(.*)</oddFooter>", sheet)
    assert footer is not None
    assert "&amp;P" in footer[1]
    assert "&amp;N" in footer[1]
    assert "halaman" in footer[1]
    # the report's date in words, not the reader's locale date field (&D: 12/02 for 2 Dec)
    assert "&amp;D" not in footer[1]
    months = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November"
    today = dt.date.today()
    named = f"{today.day} {[*months.split(), 'Desember'][today.month - 1]} {today.year}"
    assert f"Laporan {named}, halaman" in footer[1]
    book = _part(data, "xl/workbook.xml")
    assert '<definedName name="_xlnm.Print_Titles" localSheetId="1">Hasil!$1:$2' in book
    summary = _part(data, "xl/worksheets/sheet1.xml")
    assert 'orientation="portrait"' in summary


# --- cells -----------------------------------------------------------------------------------
def test_numbers_are_numeric_cells_with_formats(workbook: Workbook) -> None:
    budi = _results(workbook)[0]
    assert budi["Baris"] == 2
    assert budi["M.01 standar"] == 4
    assert budi["M.01 capaian"] == 3.5
    assert budi["M.01 selisih"] == -0.5
    assert budi["M.02 selisih"] == -1
    assert budi["JPM"] == pytest.approx(95.83)
    assert budi["NIP"] == NIP_BUDI  # text: an 18-digit number would lose digits in Excel
    assert budi["Kebutuhan pengembangan"] == "M.01 Integritas 3,5→4; M.02 Kerjasama 3→4"
    sheet = workbook["Hasil"]
    jpm = sheet.cell(3, _column(sheet, "JPM"))
    assert jpm.data_type == "n"
    assert jpm.number_format == "0.00"
    gap = sheet.cell(3, _column(sheet, "M.01 selisih"))
    assert gap.data_type == "n"
    assert gap.number_format == "General"  # 4, 3.5, -0.25 as they are


def test_position_level_by_name_standard_by_code(workbook: Workbook) -> None:
    budi, hostile, siti = _results(workbook)
    assert budi["Kode standar"] == "jpt_pratama"
    assert budi["Jenjang jabatan"] == "Jabatan Pimpinan Tinggi Pratama"
    assert hostile["Jenjang jabatan"] == "Jabatan Administrator"
    assert siti["Jenjang jabatan"] == "Jabatan Pelaksana"


def test_english_names_in_headers_and_cells(nasional: kk.Dictionary) -> None:
    book = _book(_xlsx(nasional, lang="en"))
    sheet = book["Results"]
    names = {sheet.cell(1, c).value for c in range(1, sheet.max_column + 1)}
    assert {"M.02 Teamwork", "M.04 Result-Oriented Mindset", "SK.1 National Unity"} <= names
    budi = _results(book, "Results")[0]
    assert _pairs(book)["Policy"] == "Selection (filling a position) (seleksi)"
    assert budi["Position level"] == "Senior executive, first tier (JPT Pratama)"
    assert budi["Category"] == "Meets requirements"
    assert budi["Development needs"] == "M.01 Integrity 3.5→4; M.02 Teamwork 3→4"


def test_assessment_and_valid_until_dates_are_dates(nasional: kk.Dictionary) -> None:
    rows = [
        _row(nasional, "198703152010011002", "2024-02-29"),
        _row(nasional, "199001012015032001", "02-03-2026"),
        _row(nasional, "199201012019031003", ""),
    ]
    report = kk.check_rows(nasional, rows, policy="seleksi")
    book = _book(_xlsx(nasional, report))
    dates = [(r["Tanggal asesmen"], r["Berlaku sampai"]) for r in _results(book)]
    assert dates == [
        (dt.datetime(2024, 2, 29), dt.datetime(2027, 2, 28)),  # no 29 February in 2027
        (dt.datetime(2026, 3, 2), dt.datetime(2029, 3, 2)),
        (None, None),
    ]
    sheet = book["Hasil"]
    assert sheet.cell(3, _column(sheet, "Tanggal asesmen")).number_format == "yyyy-mm-dd"
    assert sheet.cell(3, _column(sheet, "Berlaku sampai")).is_date


def _row(nasional: kk.Dictionary, nip: str, date: str) -> dict[str, str]:
    return {
        "nip": nip,
        "nama": "Pejabat " + nip[-4:],
        "jabatan": "Kepala Bagian",
        "eselon": "III.a",
        "tanggal_asesmen": date,
        **dict.fromkeys(nasional.national_codes, "3"),
    }


def test_input_text_is_neutralised_and_never_a_formula(data: bytes, workbook: Workbook) -> None:
    rows = _results(workbook)
    assert rows[1]["Nama"] == HOSTILE_NAME
    assert rows[1]["Jabatan"] == "'" + FORMULA_POSITION
    assert rows[1]["Unit kerja"] == "'-Biro Hukum"
    assert rows[2]["NIP"] == "'+6281234"
    assert rows[2]["Nama"] == "'@Siti Aminah"
    for sheet in workbook:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula"
    for name in _parts(data):
        if name.startswith("xl/worksheets/sheet"):
            assert "<f>" not in _part(data, name)  # no formula, no hyperlink anywhere
    assert "hyperlink" not in " ".join(_parts(data)).lower()
    errors = _issues(workbook, "Kesalahan baris")
    assert errors[0]["Nilai"] == "'=6+1"


def test_a_formula_shaped_text_is_a_string_even_unneutralised(nasional: kk.Dictionary) -> None:
    # XlsxWriter must not turn text into a formula, URL or number on its own either.
    item = outcomes(nasional)[0]
    assert isinstance(item, OfficialResult)
    hostile = official(
        9,
        item.result,
        nip="0012345",
        name="http://evil.example",
        position_title="1E5",
        unit="mailto:x@example.org",
    )
    book = _book(_xlsx(nasional, StreamingRun(nasional, [hostile])))
    sheet = book["Hasil"]
    for header, text in (
        ("NIP", "0012345"),
        ("Nama", "http://evil.example"),
        ("Jabatan", "1E5"),
        ("Unit kerja", "mailto:x@example.org"),
    ):
        cell = sheet.cell(3, _column(sheet, header))
        assert (cell.value, cell.data_type) == (text, "s")
        assert cell.hyperlink is None


def test_conditional_formats_mark_gaps_and_categories(workbook: Workbook) -> None:
    sheet = workbook["Hasil"]
    rules = {str(cf.sqref): list(cf.rules) for cf in sheet.conditional_formatting}
    gap_letters = [
        sheet.cell(2, c).column_letter
        for c in range(1, sheet.max_column + 1)
        if str(sheet.cell(2, c).value).endswith(" selisih")
    ]
    gap_range = " ".join(f"{letter}3:{letter}5" for letter in gap_letters)
    (gap_rule,) = rules[gap_range]
    assert (gap_rule.type, gap_rule.operator, gap_rule.formula) == ("cellIs", "lessThan", ["0"])
    assert gap_rule.dxf.fill.bgColor.rgb.endswith("FFC7CE")
    code = sheet.cell(2, _column(sheet, "Kode kategori")).column_letter
    name = sheet.cell(2, _column(sheet, "Kategori")).column_letter
    band_rules = rules[f"{code}3:{name}5"]
    assert [r.formula for r in band_rules] == [
        [f'${code}3="ms"'],
        [f'${code}3="mms"'],
        [f'${code}3="kms"'],
    ]
    fills = [r.dxf.fill.bgColor.rgb[-6:] for r in band_rules]
    assert fills == ["C6EFCE", "FFEB9C", "FFC7CE"]  # good, neutral, bad
    # The colours come from the rules alone: no cell carries a fill of its own.
    for row in sheet.iter_rows(min_row=3):
        for cell in row:
            assert cell.fill.fill_type is None, cell.coordinate


# --- summary ---------------------------------------------------------------------------------
def test_summary_numbers_with_thousands_separators(workbook: Workbook) -> None:
    pairs = _pairs(workbook)
    assert pairs["Baris dibaca"] == 5
    assert pairs["Baris diperiksa"] == 3
    assert pairs["Baris ditolak"] == 2
    assert pairs["Baris dengan peringatan"] == 1
    assert pairs["Memenuhi Syarat (ms)"] == 3
    assert pairs["Kurang Memenuhi Syarat (kms)"] == 0
    assert pairs["Jabatan Pimpinan Tinggi Pratama"] == 1
    assert pairs["Biro Umum"] == 2
    assert pairs["M.01 Integritas"] == 1
    sheet = workbook["Ringkasan"]
    read = next(r for r in sheet.iter_rows() if r[0].value == "Baris dibaca")
    assert read[1].number_format == "#,##0"
    assert pairs["Tanggal laporan"].date() == dt.date.today()


def test_summary_chart_counts_the_categories(data: bytes, workbook: Workbook) -> None:
    chart = _part(data, "xl/charts/chart1.xml")
    assert '<c:barDir val="col"/>' in chart
    sheet = workbook["Ringkasan"]
    rows = [r[0].row for r in sheet.iter_rows() if str(r[0].value).endswith(("(ms)", "(kms)"))]
    assert f"<c:f>Ringkasan!$B${rows[0]}:$B${rows[-1]}</c:f>" in chart
    assert f"<c:f>Ringkasan!$A${rows[0]}:$A${rows[-1]}</c:f>" in chart
    assert "Jumlah pejabat per kategori" in chart
    drawing_rels = _part(data, "xl/worksheets/_rels/sheet1.xml.rels")
    assert "drawing1.xml" in drawing_rels  # the chart sits on the summary sheet


def test_letterhead_and_signatures_on_the_summary(nasional: kk.Dictionary, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png(128, 96))
    data = _xlsx(nasional, letterhead=LETTERHEAD._replace(logo=logo))
    book = _book(data)
    sheet = book["Ringkasan"]
    column_a = [row[0] for row in sheet.iter_rows(values_only=True)]
    assert column_a[1:4] == [LETTERHEAD.agency, LETTERHEAD.title, LETTERHEAD.event]
    assert sheet.row_dimensions[1].height == pytest.approx(48)  # the logo's row
    assert any(name.startswith("xl/media/image1.png") for name in _parts(data))
    drawing = _part(data, "xl/drawings/drawing1.xml")
    assert "<xdr:pic>" in drawing
    texts = _texts(book)
    for text in ("Ketua Panitia Seleksi", "Dr. Siti Rahma", "Sekretaris", "Budi Hartono"):
        assert text in texts
    assert f"NIP {NIP_CHAIR}" in texts
    assert "'=Anggota" in texts  # a signatory's text is neutralised like any other
    assert "'@Ani" in texts
    place = [c for row in sheet.iter_rows() for c in row if _is_date(c)][-1]
    assert place.value.date() == dt.date.today()
    assert place.number_format == '[$-421]"Semarang, "d mmmm yyyy'
    footer = _part(data, "xl/worksheets/sheet2.xml")
    assert "Hasil Uji Kompetensi JPT Pratama &amp;&amp; Administrator" in footer


def test_english_letterhead_date_is_in_english(nasional: kk.Dictionary) -> None:
    book = _book(_xlsx(nasional, lang="en", letterhead=LETTERHEAD))
    cells = [c for row in book["Summary"].iter_rows() for c in row if _is_date(c)]
    assert cells[-1].number_format == '[$-409]"Semarang, "d mmmm yyyy'


def test_a_missing_logo_is_left_out(nasional: kk.Dictionary, tmp_path: Path) -> None:
    data = _xlsx(nasional, letterhead=LETTERHEAD._replace(logo=tmp_path / "none.png"))
    assert not any(name.startswith("xl/media/") for name in _parts(data))
    assert _book(data)["Ringkasan"]["A1"].value == LETTERHEAD.agency


def test_a_logo_that_is_no_image_stops_before_any_row(
    nasional: kk.Dictionary, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    logo.write_text("not a picture", encoding="utf-8")
    source = StreamingRun(nasional, outcomes(nasional))
    target = tmp_path / "laporan.xlsx"
    with pytest.raises(kk.InputError) as caught:
        render(
            source, "xlsx", target, dictionary=nasional, letterhead=LETTERHEAD._replace(logo=logo)
        )
    assert caught.value.code == "xlsx-logo-unreadable"
    assert "logo.png" in str(caught.value)
    assert "PNG" in str(caught.value)
    assert not source.consumed
    assert not target.exists()


def test_an_svg_logo_is_left_out_of_the_workbook(nasional: kk.Dictionary, tmp_path: Path) -> None:
    """The letterhead accepts SVG for the page formats; a workbook cannot hold it."""
    logo = tmp_path / "logo.svg"
    logo.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    data = _xlsx(nasional, letterhead=LETTERHEAD._replace(logo=logo))
    assert not any(name.startswith("xl/media/") for name in _parts(data))
    assert _book(data)["Ringkasan"]["A1"].value == LETTERHEAD.agency


# --- warnings in words -------------------------------------------------------------------------
def test_warnings_are_written_in_words(nasional: kk.Dictionary, workbook: Workbook) -> None:
    warnings = _issues(workbook, "Peringatan")
    assert [(w["Baris"], w["Kode"], w["Pesan"]) for w in warnings] == [
        (2, "invalid-nip", "struktur NIP tidak lazim")
    ]
    budi = _results(workbook)[0]
    assert budi["Peringatan"] == "struktur NIP tidak lazim [invalid-nip]"


def test_a_duplicate_nip_names_the_other_row(nasional: kk.Dictionary) -> None:
    rows = [
        _row(nasional, "198703152010011002", ""),
        _row(nasional, "199001012015032001", ""),
        _row(nasional, "198703152010011002", ""),
    ]
    book = _book(_xlsx(nasional, kk.check_rows(nasional, rows, policy="seleksi")))
    warnings = {(w["Baris"], w["Kode"]): w["Pesan"] for w in _issues(book, "Peringatan")}
    assert "baris 4" in warnings[(2, "duplicate-nip")]
    assert "baris 2" in warnings[(4, "duplicate-nip")]
    first = _results(book)[0]
    assert "baris 4" in first["Peringatan"]
    assert first["Peringatan"].endswith("[duplicate-nip]")


def test_errors_and_warnings_sheets(workbook: Workbook) -> None:
    errors = _issues(workbook, "Kesalahan baris")
    assert [(e["Baris"], e["Kode"], e["Pesan"]) for e in errors] == [
        (3, "score-out-of-range", '"6" di atas level 5'),
        (5, "nip-invalid", "NIP tidak valid"),
    ]


# --- one official ------------------------------------------------------------------------------
def _one(nasional: kk.Dictionary, **options: Any) -> bytes:
    result = result_for(nasional, "jpt_pratama", {"integritas": "3,5", "kerjasama": 3})
    result = result._replace(assessed_on=dt.date(2026, 3, 2))
    item = official(1, result, nip=NIP_BUDI, name="Budi Santoso", position_title="Kepala Biro")
    buffer = io.BytesIO()
    settings = RenderOptions(nasional, options.pop("lang", "id"), one_official=True, **options)
    render_xlsx(StreamingRun(nasional, [item]), buffer, settings)
    return buffer.getvalue()


def test_one_official_has_a_profile_and_no_batch_counts(nasional: kk.Dictionary) -> None:
    data = _one(nasional, letterhead=LETTERHEAD)
    book = _book(data)
    pairs = _pairs(book)
    for batch_only in ("Baris dibaca", "Baris diperiksa", "Jumlah per kategori"):
        assert batch_only not in pairs
    assert not any(name.startswith("xl/charts/") for name in _parts(data))
    assert pairs["Nama"] == "Budi Santoso"
    assert pairs["NIP"] == NIP_BUDI
    assert pairs["Jabatan"] == "Kepala Biro"
    assert pairs["Standar jabatan"] == "Jabatan Pimpinan Tinggi Pratama (jpt_pratama)"
    assert pairs["JPM"] == pytest.approx(95.83)
    assert pairs["Kategori"] == "Memenuhi Syarat"
    assert pairs["Memenuhi standar"] == "tidak"
    assert pairs["Tanggal asesmen"] == dt.datetime(2026, 3, 2)
    assert pairs["Berlaku sampai"] == dt.datetime(2029, 3, 2)
    assert pairs[LETTERHEAD.agency] is None  # the letterhead heads the profile
    sheet = book["Ringkasan"]
    rows = list(sheet.iter_rows(values_only=True))
    head = rows.index(("Kompetensi", "Standar", "Capaian", "Selisih", "Memenuhi"))
    table = rows[head + 1 : head + 10]
    assert table[0] == ("M.01 Integritas", 4, 3.5, -0.5, "tidak")
    assert table[1] == ("M.02 Kerjasama", 4, 3, -1, "tidak")
    assert [r[0] for r in table][-1] == "SK.1 Perekat Bangsa"
    texts = _texts(book)
    assert "M.01 Integritas 3,5→4" in texts
    assert "Dr. Siti Rahma" in texts
    assert len(_results(book)) == 1


def test_one_official_in_english_and_masked(nasional: kk.Dictionary) -> None:
    book = _book(_one(nasional, lang="en", mask_nip=True, letterhead=LETTERHEAD))
    pairs = _pairs(book)
    assert pairs["NIP"] == "**************1002"
    assert pairs["Position level"] == "Senior executive, first tier (JPT Pratama)"
    assert pairs["Category"] == "Meets requirements"
    texts = _texts(book)
    assert "M.02 Teamwork" in texts
    assert f"NIP {'*' * 14}2001" in texts
    assert not any(NIP_BUDI in t or NIP_CHAIR in t for t in texts)


# --- masking, hostile input, streams ---------------------------------------------------------
def test_masked_nip_everywhere(nasional: kk.Dictionary) -> None:
    texts = _texts(_book(_xlsx(nasional, mask_nip=True, letterhead=LETTERHEAD)))
    assert "**************1002" in texts
    assert f"NIP {'*' * 14}2001" in texts  # the signatories' NIPs too
    assert not any(NIP_BUDI in t or "19900101201503200X" in t or NIP_CHAIR in t for t in texts)


def test_control_characters_do_not_break_the_workbook(nasional: kk.Dictionary) -> None:
    item = outcomes(nasional)[0]
    assert isinstance(item, OfficialResult)
    result = item.result._replace(nip=NIP_BUDI, name="Bu\x00di\x1b[2J")
    hostile = OfficialResult(7, result, {"unit": "Unit\x0b"})
    rows = _results(_book(_xlsx(nasional, StreamingRun(nasional, [hostile]))))
    assert rows[0]["Nama"] == "Budi[2J"
    assert rows[0]["Unit kerja"] == "Unit"


def test_failed_run_leaves_no_temporary_files(
    nasional: kk.Dictionary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))

    def failing() -> Iterator[OfficialResult | RowIssue]:
        yield from outcomes(nasional)
        assert list(scratch.iterdir()), "the sheets stream to temporary files"
        raise kk.InputError("broken input")

    with pytest.raises(kk.InputError, match="broken input"):
        render(StreamingRun(nasional, failing()), "xlsx", tmp_path / "r.xlsx", dictionary=nasional)
    render(batch_report(nasional), "xlsx", tmp_path / "ok.xlsx", dictionary=nasional)
    assert list(scratch.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.xlsx", "tmp"]


def test_a_sheet_past_excels_last_row_is_an_input_error(
    nasional: kk.Dictionary, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsx_report, "MAX_ROWS", 4)  # two header rows and two officials
    with pytest.raises(kk.InputError) as caught:
        _xlsx(nasional)
    assert caught.value.code == "xlsx-too-many-rows"
    assert '"Hasil"' in str(caught.value)


def test_xlsx_to_a_text_stream_uses_its_buffer(nasional: kk.Dictionary) -> None:
    raw = io.BytesIO()
    text = io.TextIOWrapper(raw, encoding="utf-8")
    render(batch_report(nasional), "xlsx", text, dictionary=nasional)
    assert raw.getvalue().startswith(b"PK")


def test_xlsx_to_a_text_only_stream_is_an_input_error(nasional: kk.Dictionary) -> None:
    source = StreamingRun(nasional, outcomes(nasional))
    with pytest.raises(kk.InputError, match="XLSX"):
        render(source, "xlsx", io.StringIO(), dictionary=nasional)
    assert not source.consumed  # refused before reading a single row


def test_xlsx_written_through_the_cli(cli: Any, tmp_path: Path) -> None:
    target = tmp_path / "laporan.xlsx"
    sample = Path(__file__).resolve().parent.parent / "data" / "contoh" / "hasil-asesmen-contoh.csv"
    r = cli("check", sample, "-o", target, "--lang", "en", "--mask-nip")
    assert target.exists(), r.err
    book = load_workbook(target)
    assert book.sheetnames == ["Summary", "Results", "Row errors", "Warnings"]
    rows = _results(book, "Results")
    assert rows
    assert all(str(r["NIP"]).startswith("*") for r in rows if r["NIP"])
