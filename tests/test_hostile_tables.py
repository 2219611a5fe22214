"""Input tables that are hostile as files: not a regular file, a workbook that is a zip bomb
or carries XML entities, mixed encodings, NIPs written so that twins look different. Each is
refused before it can hang the run, or read honestly and flagged."""

from __future__ import annotations

import io
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
from kamus_kompetensi.xlsx_formulas import Uncalculated, uncalculated_formulas
from tests.conftest import NATIONAL_CODES, Cli

HEADER = ["nip", "nama", "jabatan", "eselon", *NATIONAL_CODES]


def write_input(path: Path, rows: int = 2) -> Path:
    lines = [";".join(HEADER)]
    lines += [
        f"19870315201001{1000 + i};Pejabat {i};Kepala;II.a;" + ";".join(["4"] * 9)
        for i in range(1, rows + 1)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


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
