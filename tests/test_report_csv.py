"""The CSV report: its dialect per language, names, dates, one official, and the CLI path."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path
from typing import Any

import kamus_kompetensi as kk
from kamus_kompetensi.letterhead import Letterhead, Signatory
from kamus_kompetensi.report import render
from kamus_kompetensi.report.base import RenderOptions
from kamus_kompetensi.report.csv_report import render_csv
from tests.report_support import NIP_BUDI, StreamingRun, batch_report, official, result_for

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "contoh" / "hasil-asesmen-contoh.csv"


def _text(nasional: kk.Dictionary, source: Any = None, **options: Any) -> str:
    buffer = io.BytesIO()
    render(source or batch_report(nasional), "csv", buffer, dictionary=nasional, **options)
    return buffer.getvalue().decode("utf-8")


def _rows(text: str, delimiter: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


def _dated(nasional: kk.Dictionary) -> kk.BatchReport:
    rows = [
        {
            "nip": nip,
            "nama": "Pejabat",
            "jabatan": "Kepala Bagian",
            "eselon": "III.a",
            "tanggal_asesmen": date,
            **dict.fromkeys(nasional.national_codes, "3,5"),
        }
        for nip, date in (
            ("198703152010011002", "2024-02-29"),
            ("199001012015032001", "15-08-2025"),
            ("199201012019031003", ""),
        )
    ]
    return kk.check_rows(nasional, rows, policy="seleksi")


def test_indonesian_csv_uses_semicolons_decimal_commas_and_names(nasional: kk.Dictionary) -> None:
    text = _text(nasional)
    header = text.splitlines()[0]
    assert header.startswith("Baris;NIP;Nama;Jabatan;Unit kerja;Kode standar;Jenjang jabatan;")
    budi = _rows(text, ";")[0]
    assert budi["Kode standar"] == "jpt_pratama"
    assert budi["Jenjang jabatan"] == "Jabatan Pimpinan Tinggi Pratama"
    assert budi["M.01 capaian"] == "3,5"
    assert budi["JPM"] == "95,83"
    assert budi["Kategori"] == "Memenuhi Syarat"


def test_english_csv_uses_commas_decimal_points_and_english_names(
    nasional: kk.Dictionary,
) -> None:
    text = _text(nasional, lang="en")
    assert text.splitlines()[0].startswith("Row,NIP,Name,Position,Unit,Standard code,")
    assert ";" not in text.splitlines()[0]
    budi, administrator, pelaksana = _rows(text, ",")
    assert budi["Position level"] == "Senior executive, first tier (JPT Pratama)"
    assert administrator["Position level"] == "Administrator"
    assert pelaksana["Position level"] == "Executor (non-managerial staff)"
    assert budi["M.01 attained"] == "3.5"
    assert budi["M.01 gap"] == "-0.5"
    assert budi["JPM"] == "95.83"
    assert budi["Category"] == "Meets requirements"
    assert budi["Development needs"] == "M.01 Integrity 3.5→4; M.02 Teamwork 3→4"
    assert all("," not in value for value in budi.values() if value[:1].isdigit())


def test_dates_and_valid_until(nasional: kk.Dictionary) -> None:
    for lang, delimiter, assessed, valid in (
        ("id", ";", "Tanggal asesmen", "Berlaku sampai"),
        ("en", ",", "Assessment date", "Valid until"),
    ):
        rows = _rows(_text(nasional, _dated(nasional), lang=lang), delimiter)
        assert [(r[assessed], r[valid]) for r in rows] == [
            ("2024-02-29", "2027-02-28"),  # three years on, and 2027 has no 29 February
            ("2025-08-15", "2028-08-15"),
            ("", ""),
        ]


def test_one_official_is_that_officials_row_alone(nasional: kk.Dictionary) -> None:
    result = result_for(nasional, "administrator", {"integritas": 2})
    item = official(1, result._replace(assessed_on=dt.date(2026, 3, 2)), nip=NIP_BUDI, name="Budi")
    buffer = io.StringIO()
    options = RenderOptions(nasional, "id", one_official=True, mask_nip=True)
    render_csv(StreamingRun(nasional, [item]), buffer, options)
    lines = buffer.getvalue().splitlines()
    assert len(lines) == 2  # the header and the official: no batch summary
    (row,) = _rows(buffer.getvalue(), ";")
    assert row["NIP"] == "**************1002"
    assert row["Nama"] == "Budi"
    assert (row["Tanggal asesmen"], row["Berlaku sampai"]) == ("2026-03-02", "2029-03-02")
    assert row["M.01 selisih"] == "-1"


def test_a_letterhead_is_accepted_and_left_out(nasional: kk.Dictionary) -> None:
    letterhead = Letterhead("Badan Kepegawaian", "Judul", signatories=(Signatory("Ketua", "X"),))
    assert _text(nasional, letterhead=letterhead) == _text(nasional)


def test_english_csv_from_the_cli(cli: Any, tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    r = cli("check", SAMPLE, "--lang", "en", "-o", target)
    assert target.exists(), r.err
    text = target.read_text(encoding="utf-8-sig")
    rows = _rows(text, ",")
    assert rows
    assert "JPM" in rows[0]
    for row in rows:
        assert "," not in row["JPM"]
        assert float(row["JPM"]) > 0
    indonesian = tmp_path / "laporan.csv"
    cli("check", SAMPLE, "-o", indonesian)
    first = _rows(indonesian.read_text(encoding="utf-8-sig"), ";")[0]
    assert re.fullmatch(r"[0-9]+,[0-9]{2}", first["JPM"])
