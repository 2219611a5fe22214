"""The XLSX report opened with openpyxl: sheets, frozen headers, numbers, fills, summary."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

import kamus_kompetensi as kk
from kamus_kompetensi.batch.outcomes import OfficialResult, RowIssue
from kamus_kompetensi.report import render
from kamus_kompetensi.report.xlsx_report import GAP_FILL_COLOR
from tests.report_support import (
    FORMULA_POSITION,
    HOSTILE_NAME,
    NIP_BUDI,
    StreamingRun,
    batch_report,
    outcomes,
)


def _workbook(nasional: kk.Dictionary, **options: Any) -> Workbook:
    buffer = io.BytesIO()
    render(batch_report(nasional), "xlsx", buffer, dictionary=nasional, **options)
    buffer.seek(0)
    return load_workbook(buffer)


def _rows(workbook: Workbook, sheet: str) -> list[dict[str, Any]]:
    values = list(workbook[sheet].iter_rows(values_only=True))
    header = [str(h) for h in values[0]]
    return [dict(zip(header, row, strict=True)) for row in values[1:]]


@pytest.fixture(scope="module")
def workbook() -> Workbook:
    return _workbook(kk.load_dictionary())


def test_sheets_in_order(workbook: Workbook) -> None:
    assert workbook.sheetnames == ["Ringkasan", "Hasil", "Kesalahan baris", "Peringatan"]


def test_english_sheet_names(nasional: kk.Dictionary) -> None:
    assert _workbook(nasional, lang="en").sheetnames == [
        "Summary",
        "Results",
        "Row errors",
        "Warnings",
    ]


def test_headers_are_frozen_bold_and_filtered(workbook: Workbook) -> None:
    results = workbook["Hasil"]
    assert results.freeze_panes == "C2"
    assert results.auto_filter.ref == f"A1:{results.cell(1, results.max_column).column_letter}4"
    assert results["A1"].font.b
    assert results.column_dimensions["C"].width == 30
    errors = workbook["Kesalahan baris"]
    assert errors.freeze_panes == "A2"
    assert errors.auto_filter.ref == "A1:E3"


def test_numbers_are_numeric_cells(workbook: Workbook) -> None:
    budi = _rows(workbook, "Hasil")[0]
    assert budi["Baris"] == 2
    assert budi["M.01 standar"] == 4
    assert budi["M.01 capaian"] == pytest.approx(3.5)
    assert budi["M.01 selisih"] == pytest.approx(-0.5)
    assert budi["M.02 selisih"] == -1
    assert budi["JPM"] == pytest.approx(95.83)
    assert budi["NIP"] == NIP_BUDI  # text: an 18-digit number would lose digits in Excel
    assert budi["Kebutuhan pengembangan"] == "M.01 Integritas 3,5→4; M.02 Kerjasama 3→4"
    sheet = workbook["Hasil"]
    jpm_column = list(budi).index("JPM") + 1
    assert sheet.cell(2, jpm_column).number_format == "0.00"
    assert sheet.cell(2, jpm_column).data_type == "n"


def test_negative_gaps_are_filled(workbook: Workbook) -> None:
    sheet = workbook["Hasil"]
    header = [c.value for c in sheet[1]]
    filled, plain = [], []
    for row in sheet.iter_rows(min_row=2):
        for cell, name in zip(row, header, strict=True):
            if str(name).endswith(" selisih") and cell.value is not None:
                has_fill = cell.fill.fill_type == "solid"
                (filled if has_fill else plain).append(cell.value)
                if has_fill:
                    assert cell.fill.fgColor.rgb.endswith(GAP_FILL_COLOR)
    assert sorted(filled) == [-1, -0.5]
    assert all(value >= 0 for value in plain)


def test_input_text_is_neutralised_numbers_are_not(workbook: Workbook) -> None:
    rows = _rows(workbook, "Hasil")
    assert rows[1]["Nama"] == HOSTILE_NAME
    assert rows[1]["Jabatan"] == "'" + FORMULA_POSITION
    assert rows[1]["Unit kerja"] == "'-Biro Hukum"
    assert rows[2]["NIP"] == "'+6281234"
    assert rows[2]["Nama"] == "'@Siti Aminah"
    for sheet in workbook:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula"
    errors = _rows(workbook, "Kesalahan baris")
    assert errors[0]["Nilai"] == "'=6+1"


def test_summary_numbers(workbook: Workbook) -> None:
    pairs = {row[0]: row[1] for row in workbook["Ringkasan"].iter_rows(values_only=True) if row}
    assert pairs["Baris dibaca"] == 5
    assert pairs["Baris diperiksa"] == 3
    assert pairs["Baris ditolak"] == 2
    assert pairs["Baris dengan peringatan"] == 1
    assert pairs["Memenuhi Syarat (ms)"] == 3
    assert pairs["Kurang Memenuhi Syarat (kms)"] == 0
    assert pairs["Jabatan Pimpinan Tinggi Pratama"] == 1
    assert pairs["Biro Umum"] == 2
    assert pairs["M.01 Integritas"] == 1


def test_errors_and_warnings_sheets(workbook: Workbook) -> None:
    errors = _rows(workbook, "Kesalahan baris")
    assert [(e["Baris"], e["Kode"]) for e in errors] == [
        (3, "score-out-of-range"),
        (5, "nip-invalid"),
    ]
    warnings = _rows(workbook, "Peringatan")
    assert [(w["Baris"], w["Kode"]) for w in warnings] == [(2, "invalid-nip")]


def test_masked_nip_everywhere(nasional: kk.Dictionary) -> None:
    workbook = _workbook(nasional, mask_nip=True)
    texts = [
        str(cell)
        for sheet in workbook
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell is not None
    ]
    assert "**************1002" in texts
    assert not any(NIP_BUDI in t or "19900101201503200X" in t for t in texts)


def test_control_characters_do_not_break_the_workbook(nasional: kk.Dictionary) -> None:
    item = outcomes(nasional)[0]
    assert isinstance(item, OfficialResult)
    result = item.result._replace(nip=NIP_BUDI, name="Bu\x00di\x1b[2J")
    hostile = OfficialResult(7, result, {"unit": "Unit\x0b"})
    buffer = io.BytesIO()
    render(StreamingRun(nasional, [hostile]), "xlsx", buffer, dictionary=nasional)
    rows = _rows(load_workbook(io.BytesIO(buffer.getvalue())), "Hasil")
    assert rows[0]["Nama"] == "Budi[2J"
    assert rows[0]["Unit kerja"] == "Unit"


def test_failed_run_leaves_no_temporary_sheets(
    nasional: kk.Dictionary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))

    def failing() -> Iterator[OfficialResult | RowIssue]:
        yield from outcomes(nasional)
        raise kk.InputError("broken input")

    with pytest.raises(kk.InputError):
        render(StreamingRun(nasional, failing()), "xlsx", tmp_path / "r.xlsx", dictionary=nasional)
    render(batch_report(nasional), "xlsx", tmp_path / "ok.xlsx", dictionary=nasional)
    assert list(scratch.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.xlsx", "tmp"]


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
