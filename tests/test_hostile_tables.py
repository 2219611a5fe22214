"""Input tables that are hostile as files: not a regular file, a workbook that is a zip bomb
or carries XML entities, mixed encodings, NIPs written so that twins look different. Each is
refused before it can hang the run, or read honestly and flagged."""

from __future__ import annotations

import io
import json
import os
import re
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

import kamus_kompetensi as kk
from kamus_kompetensi import archive, tabular, xlsx_formulas
from kamus_kompetensi.batch.duplicates import nip_digits
from kamus_kompetensi.xlsx_formulas import Uncalculated, uncalculated_formulas
from tests.conftest import NATIONAL_CODES, Cli, write_clean_csv

HEADER = ["nip", "nama", "jabatan", "eselon", *NATIONAL_CODES]


def write_input(path: Path, rows: int = 2) -> Path:
    return write_clean_csv(path, rows)


# --- 4. input that is no regular file ------------------------------------------------------
def test_a_fifo_as_input_is_refused_before_it_is_opened(tmp_path: Path, cli: Cli) -> None:
    fifo = tmp_path / "hasil.csv"
    os.mkfifo(fifo)  # nobody ever writes to it: opening it to read would block
    r = cli("check", fifo)
    assert (r.code, r.codes) == (2, ["input-not-regular"])
    assert f"{fifo}: berupa FIFO (pipa bernama), bukan berkas biasa" in r.err
    r = cli("check", fifo, "--format", "json", "--lang", "en")
    assert (r.code, r.error_code) == (2, "input-not-regular")
    assert "it is a FIFO (named pipe), not a regular file" in r.err


@pytest.mark.parametrize("argv", [["/dev/zero"], ["/dev/zero", "--input-format", "csv"]])
def test_a_device_as_input_is_refused_not_read_without_end(cli: Cli, argv: list[str]) -> None:
    r = cli("check", *argv)
    assert (r.code, r.codes) == (2, ["input-not-regular"])
    assert "berupa perangkat karakter, bukan berkas biasa" in r.err


def test_a_link_to_a_device_or_a_folder_is_refused(tmp_path: Path, cli: Cli) -> None:
    link = tmp_path / "hasil.csv"
    link.symlink_to("/dev/zero")
    assert cli("check", link).codes == ["input-not-regular"]
    folder = tmp_path / "hasil.xlsx"
    folder.mkdir()
    r = cli("check", folder)
    assert (r.code, r.codes) == (2, ["input-not-regular"])
    assert "berupa folder" in r.err
    assert cli("check", tmp_path / "tidak-ada.csv").codes == ["file-not-found"]


@pytest.mark.parametrize("opener", ["_open_binary", "_open_json", "_open_jsonl", "_open_csv"])
def test_a_fifo_swapped_in_after_the_check_does_not_block(tmp_path: Path, opener: str) -> None:
    """Each reader opens without blocking and examines what it opened."""
    fifo = tmp_path / "hasil.json"
    os.mkfifo(fifo)
    with pytest.raises(kk.InputError) as caught:
        getattr(tabular, opener)(fifo, "hasil.json")
    assert caught.value.code == "input-not-regular"


def test_a_regular_file_is_still_read(tmp_path: Path, nasional: kk.Dictionary) -> None:
    report = kk.check_file(nasional, write_input(tmp_path / "hasil.csv"))
    assert report.summary.rows_checked == 2


# --- 5. hostile workbooks --------------------------------------------------------------------
SHEET = "xl/worksheets/sheet1.xml"


def base_workbook(tmp_path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Data"
    sheet.append(HEADER)
    sheet.append(["198703152010011002", "A", "B", "II.a", *([4] * 9)])
    path = tmp_path / "dasar.xlsx"
    book.save(path)
    return path


def crafted(tmp_path: Path, name: str, member: str, change: Callable[[bytes], bytes]) -> Path:
    """A copy of the base workbook with one part changed."""
    source = zipfile.ZipFile(base_workbook(tmp_path))
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = source.read(info)
            archive.writestr(info.filename, change(data) if info.filename == member else data)
    return path


def with_doctype(doctype: bytes, old: bytes = b"", new: bytes = b"") -> Callable[[bytes], bytes]:
    def change(data: bytes) -> bytes:
        start = re.search(rb"<(?:worksheet|workbook)\b", data)
        assert start is not None
        data = data[: start.start()] + doctype + data[start.start() :]
        return data.replace(old, new, 1) if old else data

    return change


INTERNAL = b'<!DOCTYPE w [<!ENTITY a "4"><!ENTITY b "&a;&a;&a;&a;">]>'
EXTERNAL = b'<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/hostname">]>'


@pytest.mark.parametrize(
    ("member", "change"),
    [
        (SHEET, with_doctype(INTERNAL, b"<v>4</v>", b"<v>&b;</v>")),
        (SHEET, with_doctype(EXTERNAL, b"<v>4</v>", b"<v>&x;</v>")),
        ("xl/workbook.xml", with_doctype(EXTERNAL, b'name="Data"', b'name="&x;"')),
        ("xl/workbook.xml", with_doctype(INTERNAL)),
    ],
)
def test_xml_entities_in_a_workbook_are_refused(
    tmp_path: Path, cli: Cli, member: str, change: Callable[[bytes], bytes]
) -> None:
    path = crafted(tmp_path, "entitas.xlsx", member, change)
    r = cli("check", path)
    assert (r.code, r.codes) == (2, ["workbook-dtd"])
    assert f'bagian "{member}" buku kerja memuat definisi DTD/entitas XML' in r.err
    assert uncalculated_formulas(path, "Data") == Uncalculated()  # never raises


def test_a_truncated_sheet_is_unreadable_input(tmp_path: Path, cli: Cli) -> None:
    path = crafted(tmp_path, "potong.xlsx", SHEET, lambda data: data[: len(data) // 2])
    r = cli("check", path)
    assert (r.code, r.codes) == (2, ["input-unreadable"])
    assert uncalculated_formulas(path, "Data") == Uncalculated()


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path: Path, cli: Cli) -> None:
    space = b" " * (3 << 20)  # 3 MiB of whitespace packs into a few kilobytes
    path = crafted(tmp_path, "bom.xlsx", SHEET, lambda data: data.replace(b"<sheetData>", space))
    assert path.stat().st_size < 100_000
    r = cli("check", path, "--lang", "en")
    assert (r.code, r.codes) == (2, ["workbook-too-large"])
    assert f'part "{SHEET}"' in r.err
    assert "zip bomb" in r.err


def test_a_part_beyond_the_size_bound_is_refused(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = base_workbook(tmp_path)
    monkeypatch.setattr(archive, "MAX_PART_BYTES", 2000)  # a gigabyte, scaled down
    assert cli("check", path).codes == ["workbook-too-large"]
    monkeypatch.setattr(archive, "MAX_PART_BYTES", 1 << 30)
    monkeypatch.setattr(archive, "MAX_TOTAL_BYTES", 5000)
    assert cli("check", path).codes == ["workbook-too-large"]


@pytest.mark.parametrize(
    "change",
    [
        lambda data: b'<?xml version="1.0" encoding="x-no-such"?>' + data,  # LookupError
        lambda data: b"<a>" * 100_000 + data,  # nested past any recursion limit
        lambda data: data[:40],  # truncated
    ],
)
def test_the_formula_diagnosis_never_raises(
    tmp_path: Path, change: Callable[[bytes], bytes]
) -> None:
    path = crafted(tmp_path, "rusak.xlsx", "xl/workbook.xml", change)
    assert uncalculated_formulas(path, "Data") == Uncalculated()


def test_the_formula_diagnosis_survives_an_unknown_compression(tmp_path: Path) -> None:
    path = base_workbook(tmp_path)
    data = bytearray(path.read_bytes())
    # Mark every part as compressed by method 99 (unknown): zipfile raises
    # NotImplementedError, which is no OSError.
    for match in re.finditer(rb"PK\x01\x02|PK\x03\x04", bytes(data)):
        offset = match.start() + (10 if data[match.start() + 2] == 1 else 8)
        data[offset : offset + 2] = (99).to_bytes(2, "little")
    path.write_bytes(bytes(data))
    assert uncalculated_formulas(path, "Data") == Uncalculated()


def test_a_huge_cell_or_whitespace_is_one_linear_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """Scaled down: 1 KiB reads over 8 MiB without a cell end. The old scan copied its
    growing remainder on every read (about 32 GB of copying); the bounded one is linear."""
    monkeypatch.setattr(xlsx_formulas, "_CHUNK", 1024)
    monkeypatch.setattr(xlsx_formulas, "MAX_CELL_BYTES", 4096)
    huge = b'<c r="A1" t="inlineStr"><is><t>' + b"x" * (8 << 20) + b"</t></is></c>"
    tail = b'<c r="B1"><f>1+1</f></c>'
    started = time.monotonic()
    found = xlsx_formulas._scan(io.BytesIO(b"<sheetData><row>" + huge + tail + b"</row>"))
    assert found == Uncalculated(1, ("B1",))
    spaces = b" " * (8 << 20)
    assert xlsx_formulas._scan(io.BytesIO(spaces + tail)) == Uncalculated(1, ("B1",))
    assert time.monotonic() - started < 10


def test_the_scan_stops_at_its_bounds_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cells = b"".join(b'<c r="B%d"><f>1+1</f></c>' % i for i in range(1, 200))
    monkeypatch.setattr(xlsx_formulas, "_CHUNK", 256)
    monkeypatch.setattr(xlsx_formulas, "MAX_SCAN_BYTES", 1024)
    found = xlsx_formulas._scan(io.BytesIO(cells))
    assert not found.complete
    assert 0 < found.count < 199
    monkeypatch.setattr(xlsx_formulas, "MAX_SCAN_BYTES", 1 << 30)
    monkeypatch.setattr(xlsx_formulas, "MAX_SECONDS", -1.0)
    assert xlsx_formulas._scan(io.BytesIO(cells)) == Uncalculated(complete=False)
    # In a table, an incomplete count reads "N+".
    book = openpyxl.Workbook()
    book.active.title = "Data"
    book.active.append(HEADER)
    for i in range(60):
        book.active.append([f"19870315201001{1000 + i}", "A", "B", "II.a", "=4", *([4] * 8)])
    path = tmp_path / "rumus.xlsx"
    book.save(path)
    monkeypatch.setattr(xlsx_formulas, "MAX_SECONDS", 20.0)
    monkeypatch.setattr(xlsx_formulas, "MAX_SCAN_BYTES", 2048)
    table = tabular.open_table(path)
    table.close()
    count = table.note_params["formula-not-calculated"]["count"]
    assert isinstance(count, str)
    assert count.endswith("+")


# --- 7. mixed encodings ------------------------------------------------------------------------
def row_bytes(nip: str, name: bytes) -> bytes:
    return f"{nip};".encode() + name + b";Kepala;II.a;" + b";".join([b"4"] * 9) + b"\n"


def header_bytes() -> bytes:
    return ";".join(HEADER).encode() + b"\n"


def test_one_windows_byte_in_a_utf8_file_spoils_only_its_row(
    tmp_path: Path, nasional: kk.Dictionary, cli: Cli
) -> None:
    path = tmp_path / "campur.csv"
    path.write_bytes(
        header_bytes()
        + row_bytes("198703152010011001", "Siti Nurhaliza – Ketua".encode())  # UTF-8 dash
        + row_bytes("198703152010011002", b'"Made\nWirawan"')  # a record over two lines
        + row_bytes("198703152010011003", b"Jos\xe9 Rizal")  # one cp1252 byte
        + row_bytes("198703152010011004", "Ñoman Ülfa".encode())
    )
    report = kk.check_file(nasional, path)
    names = [r.name for r in report.results]
    assert names == ["Siti Nurhaliza – Ketua", "Made\nWirawan", "Jos\ufffd Rizal", "Ñoman Ülfa"]
    (warning,) = report.summary.file_warnings
    assert (warning.code, warning.severity) == ("encoding-invalid-bytes", "warning")
    assert warning.message.startswith("1 bita bukan UTF-8 di 1 baris (baris 4)")
    r = cli("check", path, "--format", "json", "--lang", "en")
    document = json.loads(r.out)
    assert [w["code"] for w in document["summary"]["file_warnings"]] == ["encoding-invalid-bytes"]
    assert "1 bytes that are not UTF-8 in 1 rows (rows 4)" in r.out


def test_many_spoilt_rows_are_counted_and_the_first_named(
    tmp_path: Path, nasional: kk.Dictionary
) -> None:
    rows = [row_bytes(f"19870315201001{1000 + i}", b"Andr\xe9 \xe8") for i in range(12)]
    path = tmp_path / "banyak.csv"
    path.write_bytes(header_bytes() + "é".encode() + b"\n" + b"".join(rows))
    warnings = kk.check_file(nasional, path).summary.file_warnings
    (warning,) = [w for w in warnings if w.code == "encoding-invalid-bytes"]
    assert "24 bita bukan UTF-8 di 12 baris (baris 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, …)" in (
        warning.message
    )


def test_a_genuine_windows_file_is_read_as_such_and_says_so(
    tmp_path: Path, nasional: kk.Dictionary, cli: Cli
) -> None:
    path = tmp_path / "windows.csv"
    path.write_bytes(
        header_bytes()
        + row_bytes("198703152010011001", "José Rizal".encode("cp1252"))
        + row_bytes("198703152010011002", "Ñoman “Ülfa”".encode("cp1252"))
    )
    report = kk.check_file(nasional, path)
    assert [r.name for r in report.results] == ["José Rizal", "Ñoman “Ülfa”"]
    (warning,) = report.summary.file_warnings
    assert (warning.code, warning.severity, warning.row) == ("encoding-cp1252", "warning", 1)
    assert warning.message == (
        "berkas bukan UTF-8; dibaca sebagai Windows-1252 (ekspor CSV Excel). "
        "Periksa huruf beraksen pada laporan"
    )
    target = tmp_path / "laporan.json"
    assert cli("check", path, "-o", target, "-q").code == 0
    document = json.loads(target.read_text(encoding="utf-8"))
    assert [w["code"] for w in document["summary"]["file_warnings"]] == ["encoding-cp1252"]
    assert tabular.scan_encoding(path, "windows.csv") == ("cp1252", 0)


def test_neither_utf8_nor_windows_is_refused_at_the_first_bad_byte(
    tmp_path: Path, cli: Cli
) -> None:
    path = tmp_path / "aneh.csv"
    path.write_bytes(header_bytes() + b"1;A\x81\x8d\n")
    r = cli("check", path)
    assert (r.code, r.codes) == (2, ["file-encoding"])
    assert f"posisi {len(header_bytes()) + 3}" in r.err


# --- 8. NIP twins --------------------------------------------------------------------------------
TWINS = [
    "198703152010011002",
    "19870315-201001-1-002",
    "1987 0315 2010 01 1 002",
    "19870315\u200b201001\u200b1002",  # zero-width spaces
    "\uff11\uff19\uff18\uff17\uff10\uff13\uff11\uff15\uff12\uff10\uff11\uff10"
    "\uff10\uff11\uff11\uff10\uff10\uff12",  # fullwidth digits
]


def test_nip_digits_of_every_spelling_are_the_same() -> None:
    assert {nip_digits(text) for text in TWINS} == {"198703152010011002"}
    assert nip_digits("19870315\u2011201001\u00a01\u2060002") == "198703152010011002"
    assert nip_digits(198703152010011002) == "198703152010011002"
    assert nip_digits("1") != nip_digits("01")  # equal length still keeps these apart


def test_nip_twins_written_differently_are_duplicates(nasional: kk.Dictionary) -> None:
    rows = [
        {"nip": nip, "nama": f"P{i}", "jabatan": "Kepala", "eselon": "II.a"}
        | dict.fromkeys(NATIONAL_CODES, "4")
        for i, nip in enumerate([*TWINS, "199001012015031001"])
    ]
    report = kk.check_rows(nasional, rows)
    numbers = list(range(2, 2 + len(TWINS)))
    for result in report.results:
        codes = {w.code: w.message for w in result.warnings}
        if result.row == 2 + len(TWINS):
            assert "duplicate-nip" not in codes
            continue
        others = ", ".join(str(n) for n in numbers if n != result.row)
        assert others in codes["duplicate-nip"], result.row


def test_nip_twins_in_a_csv_are_reported(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "kembar.csv"
    lines = [";".join(HEADER)]
    lines += [f"{nip};P;Kepala;II.a;" + ";".join(["4"] * 9) for nip in TWINS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = cli("check", path, "--format", "json")
    assert r.code == 0
    results = json.loads(r.out)["results"]
    assert all("duplicate-nip" in [w["code"] for w in row["warnings"]] for row in results)


# --- sweep: a formula-looking name with quoted arguments ----------------------------------
def test_a_quoted_formula_name_does_not_turn_a_semicolon_file_into_commas(
    tmp_path: Path, cli: Cli
) -> None:
    # csv.Sniffer alone answers "," here (the quotes of the formula), so no header is found.
    path = write_clean_csv(tmp_path / "hasil.csv", 2)
    formula = '=HYPERLINK("http://x","y")'
    text = path.read_text(encoding="utf-8").replace("Pejabat 1;Kepala", f"{formula};{formula}")
    path.write_text(text, encoding="utf-8")
    assert tabular.sniff_delimiter(text) == ";"
    r = cli("check", path, "--format", "csv", "--lang", "en")
    assert "header-not-found" not in r.codes
    assert r.code == 0, r.err
    assert "'=HYPERLINK(" in r.out  # read into its own cell, and neutralised in the CSV
