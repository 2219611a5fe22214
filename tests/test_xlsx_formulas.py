"""Formulas a workbook never calculated: found, counted, and named to the user."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

import kamus_kompetensi as kk
from kamus_kompetensi import xlsx_formulas
from kamus_kompetensi.tabular import open_table
from kamus_kompetensi.xlsx_formulas import Uncalculated, uncalculated_formulas


def workbook(tmp_path: Path, rows: list[list[object]], title: str = "Data") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.create_sheet("Lain").append(["=1+1"])  # another sheet's formula is not this sheet's
    path = tmp_path / "hasil.xlsx"
    book.save(path)  # openpyxl stores formulas without a value, as many exporters do
    return path


def test_formulas_without_a_value_are_counted_and_named(tmp_path: Path) -> None:
    rows = [["nip", "integritas"], ["1", "=2+2"], ["2", 3], ["3", "=A3*1"], ["4", "=A4"]]
    path = workbook(tmp_path, rows)
    assert uncalculated_formulas(path, "Data") == Uncalculated(3, ("B2", "B4", "B5"))
    table = open_table(path)
    assert table.notes == ["formula-not-calculated"]
    assert table.note_params["formula-not-calculated"] == {"count": 3, "cells": "B2, B4, B5"}


def test_a_workbook_without_formulas_has_no_note(tmp_path: Path) -> None:
    path = workbook(tmp_path, [["nip", "integritas"], ["1", 3]])
    assert uncalculated_formulas(path, "Data") == Uncalculated()
    assert open_table(path).notes == []


@pytest.mark.parametrize(
    ("xml", "expected"),
    [
        (b'<c r="B2"><f>1+1</f><v>2</v></c>', Uncalculated()),  # as Excel saves it
        (b'<c r="B2" t="str"><f>A1</f><v>ok</v></c>', Uncalculated()),
        (b'<c r="B2"><f>1+1</f><v></v></c>', Uncalculated(1, ("B2",))),
        (b'<c r="B2"><f t="shared" si="0"/></c>', Uncalculated(1, ("B2",))),
        (b'<x:c r="AA10"><x:f>A1</x:f></x:c>', Uncalculated(1, ("AA10",))),  # prefixed tags
        (b'<c r="A1" t="s"><v>0</v></c><c r="B1"/>', Uncalculated()),
    ],
)
def test_cells_as_different_programs_write_them(xml: bytes, expected: Uncalculated) -> None:
    assert xlsx_formulas._scan(io.BytesIO(b"<sheetData><row>" + xml + b"</row>")) == expected


def test_cells_cut_between_reads_are_whole_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_formulas, "_CHUNK", 7)
    cells = b"".join(b'<c r="B%d"><f>1+1</f>%s</c>' % (i, b"<v>2</v>" if i % 2 else b"")
                     for i in range(1, 41))  # fmt: skip
    found = xlsx_formulas._scan(io.BytesIO(cells))
    assert found == Uncalculated(20, ("B2", "B4", "B6"))


def test_a_damaged_workbook_is_never_a_reason_to_stop(tmp_path: Path) -> None:
    path = tmp_path / "rusak.xlsx"
    path.write_bytes(b"PK\x03\x04 not really")
    assert uncalculated_formulas(path, "Data") == Uncalculated()


def test_the_batch_says_why_scores_read_empty(nasional: kk.Dictionary, tmp_path: Path) -> None:
    codes = nasional.national_codes
    rows: list[list[object]] = [["nip", "nama", "jabatan", "eselon", *codes]]
    rows.append(["196711101992031001", "A", "Kepala", "II.a", *(["4"] * 8), "=2+2"])
    report = kk.check_file(nasional, workbook(tmp_path, rows))
    [warning] = report.summary.file_warnings
    assert warning.code == "formula-not-calculated"
    assert "1 sel berisi rumus" in warning.message
    assert "M2" in warning.message
    assert [e.code for e in report.errors] == ["missing-score"]
