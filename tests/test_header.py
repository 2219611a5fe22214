"""Finding the header where it is: title blocks, two-level headers, --header-row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kamus_kompetensi as kk
from tests.conftest import NATIONAL_CODES, Cli

NIP = "196711101992031001"
SCORES = ";".join(["4"] * 9)


def write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "rekap.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_title_block_above_the_header_is_skipped(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "REKAPITULASI HASIL ASESMEN;;;",
        "BKPSDM KABUPATEN CONTOH;;;",
        ";;;",
        f"nip;nama;jabatan;eselon;{';'.join(NATIONAL_CODES)}",
        f"{NIP};Ani;Kepala Dinas;II.a;{SCORES}",
    )
    report = kk.check_file(kk.load_dictionary(), path)
    assert report.summary.header_row == 4
    assert [(r.row, str(r.result.jpm)) for r in report.results] == [(5, "100.00")]


def test_a_two_level_header_without_merged_cells(tmp_path: Path) -> None:
    """A CSV export keeps the group label in one cell and the codes in the row below."""
    codes = ["M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.1"]
    path = write(
        tmp_path,
        "NO;NIP;NAMA;JABATAN;ESELON;NILAI KOMPETENSI;;;;;;;;",
        f";;;;;{';'.join(codes)}",
        f"1;{NIP};Ani;Kepala Dinas;II.a;{SCORES}",
    )
    report = kk.check_file(kk.load_dictionary(), path)
    assert report.summary.header_row == 1
    assert [r.row for r in report.results] == [3]
    assert report.summary.file_warnings == []  # NO is a row label, not an unknown column


def test_header_row_given_by_the_user(tmp_path: Path, cli: Cli) -> None:
    path = write(
        tmp_path,
        f"nip;nama;jabatan;eselon;{';'.join(NATIONAL_CODES)}",  # an older header, then
        f"nip;nama;jabatan;jenjang;{';'.join(NATIONAL_CODES)}",  # the one that is meant
        f"{NIP};Ani;Kepala Dinas;jpt_pratama;{SCORES}",
    )
    report = kk.check_file(kk.load_dictionary(), path, header_row=2)
    assert report.summary.header_row == 2
    assert report.results[0].result.position_level == "jpt_pratama"
    with pytest.raises(kk.InputError) as info:
        kk.check_file(kk.load_dictionary(), path, header_row=9)
    assert info.value.code == "header-row-missing"


def test_no_header_says_which_rows_were_tried(tmp_path: Path) -> None:
    path = write(tmp_path, "laporan kegiatan", "tanpa tabel", "sama sekali")
    with pytest.raises(kk.InputError) as info:
        kk.check_file(kk.load_dictionary(), path)
    assert info.value.code == "header-not-found"
    assert "baris 1–3" in str(info.value)
    assert "--header-row" in str(info.value)


def test_missing_columns_name_the_row_read_as_the_header(tmp_path: Path) -> None:
    path = write(tmp_path, "REKAP", "nip;nama;eselon", f"{NIP};Ani;II.a")
    with pytest.raises(kk.InputError) as info:
        kk.check_file(kk.load_dictionary(), path)
    assert info.value.code == "missing-columns"
    assert "baris 2" in str(info.value)
    assert "--header-row" in str(info.value)


def test_rows_that_are_no_officials_are_noted_not_rejected(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        f"no;nip;nama;jabatan;eselon;{';'.join(NATIONAL_CODES)}",
        ";DINAS PENDIDIKAN;;;;;;;;;;;;",
        f"1;{NIP};Ani;Kepala Dinas;II.a;{SCORES}",
        f"RATA-RATA;;;;;{SCORES}",
        "Keterangan: nilai dalam level 1-5;;;;;;;;;;;;;",
        f"2;;;Kepala Seksi;IV.a;{';'.join(['2'] * 9)}",  # a score but no NIP: an official
    )
    report = kk.check_file(kk.load_dictionary(), path)
    summary = report.summary
    assert (summary.rows_read, summary.rows_checked, summary.rows_skipped) == (2, 2, 3)
    assert report.results[0].unit == "DINAS PENDIDIKAN"
    note = summary.file_warnings[-1]
    assert (note.code, note.severity) == ("non-official-rows", "note")
    assert "baris 2, 4, 5" in note.message
    assert [w.code for w in report.results[1].warnings] == ["missing-nip"]


def test_recorded_results_are_audited(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        f"nip;nama;jabatan;eselon;{';'.join(NATIONAL_CODES)};JPM (%);KATEGORI",
        f"{NIP};Ani;Kepala Dinas;II.a;{SCORES};100,00;Optimal",
        f"{NIP[:-1]}2;Budi;Kepala Dinas;II.a;{';'.join(['3,5'] * 9)};87,5 %;Cukup Optimal",
        f"{NIP[:-1]}3;Citra;Kepala Dinas;II.a;{';'.join(['3,5'] * 9)};88;Optimal",
    )
    report = kk.check_file(kk.load_dictionary(), path)
    warnings = {r.row: [w.code for w in r.warnings] for r in report.results}
    assert warnings == {2: [], 3: [], 4: ["recorded-jpm-mismatch", "recorded-band-mismatch"]}
    mismatch = report.results[2].warnings[0]
    assert "88" in mismatch.message
    assert "87,50" in mismatch.message


def test_another_policys_words_are_said_once(tmp_path: Path) -> None:
    rows = [f"{NIP[:-1]}{i};P{i};Kepala;II.a;{SCORES};MS" for i in range(1, 4)]
    path = write(tmp_path, f"nip;nama;jabatan;eselon;{';'.join(NATIONAL_CODES)};KESIMPULAN", *rows)
    report = kk.check_file(kk.load_dictionary(), path)  # pemetaan: MS is seleksi's word
    assert all(not r.warnings for r in report.results)
    [note] = report.summary.file_warnings
    assert (note.code, note.severity) == ("recorded-band-other-policy", "warning")
    assert "--policy seleksi" in note.message
    assert "3 baris" in note.message
    assert not kk.check_file(kk.load_dictionary(), path, policy="seleksi").summary.file_warnings


def test_header_row_option_and_where_the_table_starts_on_stderr(tmp_path: Path, cli: Cli) -> None:
    path = write(
        tmp_path,
        "REKAP",
        f"nip;nama;jabatan;eselon;{';'.join(NATIONAL_CODES)}",
        f"{NIP};Ani;Kepala Dinas;II.a;{SCORES}",
    )
    r = cli("check", path, "--format", "json")
    assert json.loads(r.out)["summary"]["header_row"] == 2
    assert "judul kolom di baris 2" in r.err
    r = cli("check", path, "--header-row", "1")
    assert (r.code, r.codes) == (2, ["missing-columns"])
    assert "judul kolom dibaca dari baris 1" in r.err
    r = cli("check", "--echelon", "II.a", "--header-row", "2", "--score", "integritas=4")
    assert (r.code, r.codes) == (2, ["single-options-batch"])
