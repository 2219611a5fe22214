"""Reading tables: encodings, delimiters, XLSX sheets, JSON shapes; every failure is ours."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

import kamus_kompetensi as kk
from kamus_kompetensi.tabular import BadRow, RecordCells, open_table, read_all


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("raw", "delimiter"),
    [
        (b"nip,nama,integritas\n1,Ani,3\n", ","),
        (b"nip;nama;integritas\n1;Ani;3,5\n", ";"),
        (b"\xef\xbb\xbfnip;nama;integritas\r\n1;Ani;3,5\r\n", ";"),
        (b"nip\tnama\tintegritas\n1\tAni\t3\n", "\t"),
    ],
)
def test_csv_delimiters_and_bom(tmp_path: Path, raw: bytes, delimiter: str) -> None:
    table = open_table(write(tmp_path, "a.csv", raw))
    assert table.headers is None  # found among the rows, as in a sheet
    assert table.delimiter == delimiter
    rows = read_all(table)
    assert [(n, list(c)[:2]) for n, c in rows] == [(1, ["nip", "nama"]), (2, ["1", "Ani"])]


def test_csv_quoted_newline_keeps_record_numbering(tmp_path: Path) -> None:
    raw = b'nip,nama\n1,"Ani\nBudi"\n2,Citra\n'
    rows = read_all(open_table(write(tmp_path, "a.csv", raw)))
    assert [number for number, _ in rows] == [1, 2, 3]  # records, as a spreadsheet shows


def test_cp1252_is_detected_and_flagged(tmp_path: Path) -> None:
    raw = "nip;nama\n1;Andr\u00e9\n".encode("cp1252")
    table = open_table(write(tmp_path, "a.csv", raw))
    assert table.encoding == "cp1252"
    assert table.notes == ["encoding-cp1252"]
    assert read_all(table)[1][1][1] == "Andr\u00e9"


def test_undecodable_bytes_are_a_clear_error(tmp_path: Path) -> None:
    raw = b"nip;nama\n1;A\x81\x8d\n"  # bytes that are neither UTF-8 nor cp1252
    with pytest.raises(kk.InputError) as caught:
        open_table(write(tmp_path, "a.csv", raw))
    assert caught.value.code == "file-encoding"
    assert isinstance(caught.value, ValueError)


def test_empty_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(kk.InputError, match="baris judul") as caught:
        kk.check_file(kk.load_dictionary(), write(tmp_path, "a.csv", b""))
    assert caught.value.code == "input-empty"
    with pytest.raises(kk.InputError) as caught:
        open_table(tmp_path / "nope.csv")
    assert caught.value.code == "file-not-found"


def test_unknown_extension(tmp_path: Path) -> None:
    with pytest.raises(kk.InputError) as caught:
        open_table(write(tmp_path, "a.pdf", b"%PDF"))
    assert caught.value.code == "input-format-unknown"


def _xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_xlsx_first_sheet_and_named_sheet(tmp_path: Path) -> None:
    path = _xlsx(
        tmp_path / "a.xlsx",
        {
            "Petunjuk": [["Isi lembar kedua"]],
            "Data": [[None], ["nip", "nama", "integritas"], ["1", "Ani", 3.5]],
        },
    )
    first = open_table(path)
    assert first.sheet == "Petunjuk"
    read_all(first)
    data = open_table(path, sheet="Data")
    assert data.headers is None  # found among the rows by the batch
    assert [(n, list(c)) for n, c in read_all(data)] == [
        (1, ["", "", ""]),
        (2, ["nip", "nama", "integritas"]),
        (3, ["1", "Ani", 3.5]),
    ]
    assert open_table(path, sheet="2").sheet == "Data"
    with pytest.raises(kk.InputError, match="Petunjuk, Data"):
        open_table(path, sheet="Hasil")


def test_corrupt_xlsx(tmp_path: Path) -> None:
    with pytest.raises(kk.InputError) as caught:
        open_table(write(tmp_path, "a.xlsx", b"not a zip"))
    assert caught.value.code == "input-unreadable"
    assert "bukan buku kerja XLSX yang utuh" in str(caught.value)
    assert "BadZipFile" not in str(caught.value)  # the library's name for it never shows


def test_json_list_and_rows_object(tmp_path: Path) -> None:
    records = [{"nip": "1", "integritas": 3}, {"nip": "2", "integritas": 4, "extra": 1}, 5]
    for payload in (records, {"rows": records}):
        path = write(tmp_path, "a.json", json.dumps(payload).encode())
        table = open_table(path)
        assert table.headers == ("nip", "integritas")
        rows = read_all(table)
        assert [n for n, _ in rows] == [1, 2, 3]
        second = rows[1][1]
        assert isinstance(second, RecordCells)
        assert second.extra == ("extra",)
        assert isinstance(rows[2][1], BadRow)


def test_json_syntax_error(tmp_path: Path) -> None:
    with pytest.raises(kk.InputError) as caught:
        open_table(write(tmp_path, "a.json", b"[{"))
    assert caught.value.code == "json-syntax"


def test_jsonl_bad_line_is_a_row_not_a_crash(tmp_path: Path) -> None:
    raw = b'{"nip": "1"}\n\n{oops\n{"nip": "3"}\n'
    rows = read_all(open_table(write(tmp_path, "a.jsonl", raw)))
    assert [n for n, _ in rows] == [1, 2, 3, 4]
    assert list(rows[1][1]) == [None]  # the blank line: a blank row, counted as such
    assert isinstance(rows[2][1], BadRow)
    assert rows[2][1].code == "json-syntax"


def test_items_before_the_first_object_are_rows_too(tmp_path: Path) -> None:
    raw = b'\n{oops\n"teks"\n{"nip": "4"}\n'
    rows = read_all(open_table(write(tmp_path, "a.jsonl", raw)))
    assert [n for n, _ in rows] == [1, 2, 3, 4]
    assert [c.code for _, c in rows if isinstance(c, BadRow)] == ["json-syntax", "json-not-object"]
