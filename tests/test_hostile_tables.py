"""Input tables that are hostile as files: not a regular file, a workbook that is a zip bomb
or carries XML entities, mixed encodings, NIPs written so that twins look different. Each is
refused before it can hang the run, or read honestly and flagged."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import kamus_kompetensi as kk
from kamus_kompetensi import tabular
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
