"""``check FILE`` and ``template``: exit codes, the stderr summary, safe report writing."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from kamus_kompetensi.cli import main
from kamus_kompetensi.errors import InputError

ROOT = Path(__file__).parent.parent
SAMPLE = ROOT / "data" / "contoh" / "hasil-asesmen-contoh.csv"
NATIONAL = ("Integritas;Kerjasama;Komunikasi;Orientasi pada Hasil;Pelayanan Publik;"
            "Pengembangan Diri dan Orang Lain;Mengelola Perubahan;Pengambilan Keputusan;"
            "Perekat Bangsa")  # fmt: skip
NIP = "198703152010011002"


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), stdout=out), out.getvalue()


def write_csv(tmp_path: Path, *rows: str, name: str = "hasil.csv") -> Path:
    path = tmp_path / name
    header = f"NIP;Nama;Jabatan;Eselon;{NATIONAL}"
    path.write_text("\n".join([header, *rows, ""]), encoding="utf-8")
    return path


GOOD = f"{NIP};Sari Fiktif;Kepala Seksi;IV.a;" + ";".join(["2,5"] * 9)
BAD = "196711101992031001;Budi Fiktif;Kepala Seksi;IV.a;" + ";".join(["6"] * 9)


def test_all_rows_checked_exits_0_with_summary(tmp_path: Path, capsys: Any) -> None:
    code, out = run("check", str(write_csv(tmp_path, GOOD)))
    assert code == 0
    assert "Sari Fiktif" in out  # the text report (its layout is the renderer's business)
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == (
        "kamus-kompetensi: 1 baris dibaca, 1 diperiksa, 0 ditolak; laporan: keluaran standar"
    )


def test_row_errors_exit_1_and_personal_data_stays_off_stderr(tmp_path: Path, capsys: Any) -> None:
    code, _ = run("--lang", "en", "check", str(write_csv(tmp_path, GOOD, BAD, ";;;;;;;;;;;;")))
    assert code == 1
    err = capsys.readouterr().err
    assert err.strip().endswith(
        "2 rows read, 1 checked, 1 rejected (1 blank rows skipped); report: standard output"
    )
    for secret in (NIP, "196711101992031001", "Sari", "Budi"):
        assert secret not in err


def test_unusable_input_exits_2(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(b"nip;nama\n1;\x81\x8d\n")
    assert run("check", str(path))[0] == 2
    assert "x.csv" in capsys.readouterr().err


def test_missing_columns_are_listed_in_one_message(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "x.csv"
    path.write_text("nip;Integritas\n1;3\n", encoding="utf-8")
    assert run("check", str(path))[0] == 2
    err = capsys.readouterr().err
    for column in (
        "nama",
        "jabatan",
        "eselon / jenjang / jabatan_kode",
        "kerjasama",
        "perekat_bangsa",
    ):
        assert column in err
    assert len(err.strip().splitlines()) == 1


def test_quiet_leaves_stderr_empty(tmp_path: Path, capsys: Any) -> None:
    code, out = run("check", str(write_csv(tmp_path, GOOD, BAD)), "--quiet", "--format", "json")
    assert code == 1
    assert capsys.readouterr().err == ""
    data = json.loads(out)
    assert data["summary"]["rows_rejected"] == 1


def test_mask_nip_hides_every_nip_in_json(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path, GOOD, GOOD.replace("Sari", "Rani"), "12345678901;X;Y;IV.a;" + "3;" * 8 + "3"
    )
    code, out = run("check", str(path), "--format", "json", "--mask-nip", "-q")
    assert code == 0
    assert NIP not in out
    assert "12345678901" not in out
    assert "**************1002" in out
    assert "duplicate-nip" in json.dumps(json.loads(out)["results"][0]["warnings"])


def test_report_file_is_written_and_named_in_summary(tmp_path: Path, capsys: Any) -> None:
    target = tmp_path / "laporan.json"
    code, out = run("check", str(write_csv(tmp_path, GOOD)), "-o", str(target))
    assert code == 0
    assert out == ""
    assert json.loads(target.read_text("utf-8"))["summary"]["rows_checked"] == 1
    assert str(target) in capsys.readouterr().err
    assert not list(tmp_path.glob(".laporan.json.*"))


def test_refuses_to_write_over_the_input(tmp_path: Path, capsys: Any) -> None:
    source = write_csv(tmp_path, GOOD, name="hasil.json.csv")
    before = source.read_bytes()
    assert run("check", str(source), "-o", str(source), "--format", "json")[0] == 2
    assert source.read_bytes() == before
    assert "menimpa berkas masukan" in capsys.readouterr().err


def test_failed_render_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run that breaks half-way (here: scoring raises on the second row, while the report
    is being written) leaves the old report as it was and no temporary file behind."""
    from kamus_kompetensi.batch import rows

    target = tmp_path / "laporan.json"
    target.write_text("laporan lama", encoding="utf-8")
    real_score = rows.score
    calls = {"n": 0}

    def breaks_on_second_row(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 2:
            raise InputError("disk penuh", code="input-unreadable")
        return real_score(*args, **kwargs)

    monkeypatch.setattr(rows, "score", breaks_on_second_row)
    source = write_csv(tmp_path, GOOD, GOOD.replace("Sari", "Ani").replace(NIP, "-"))
    assert run("check", str(source), "-o", str(target))[0] == 2
    assert calls["n"] == 2
    assert target.read_text("utf-8") == "laporan lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hasil.csv", "laporan.json"]


def test_xlsx_needs_an_output_file(tmp_path: Path) -> None:
    assert run("check", str(write_csv(tmp_path, GOOD)), "--format", "xlsx")[0] == 2


def test_unknown_report_extension_exits_2(tmp_path: Path) -> None:
    assert run("check", str(write_csv(tmp_path, GOOD)), "-o", str(tmp_path / "r.doc"))[0] == 2


def test_sheet_option_reads_that_sheet(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.create_sheet("kedua").append(["x"])
    first = book.active
    assert first is not None
    first.title = "hasil"
    for line in (f"NIP;Nama;Jabatan;Eselon;{NATIONAL}", GOOD):
        first.append(line.split(";"))
    path = tmp_path / "hasil.xlsx"
    book.save(path)
    code, out = run("check", str(path), "--sheet", "hasil", "--format", "json", "-q")
    assert code == 0
    assert json.loads(out)["summary"]["sheet"] == "hasil"
    assert run("check", str(path), "--sheet", "tidak-ada", "-q")[0] == 2


def test_the_sample_file_shows_results_and_row_errors(capsys: Any) -> None:
    code, out = run("check", str(SAMPLE), "--policy", "seleksi", "--format", "json", "-q")
    assert code == 1  # the sample has deliberate problems
    data = json.loads(out)
    assert data["summary"]["rows_read"] == 40
    assert {(e["row"], e["code"]) for e in data["errors"]} == {
        (8, "score-out-of-range"),
        (16, "unknown-position"),
    }
    duplicated = [r["row"] for r in data["results"] if r["warnings"]]
    assert duplicated == [22, 29]


@pytest.mark.parametrize("name", ["templat.csv", "templat.xlsx"])
def test_template_round_trip(tmp_path: Path, name: str, capsys: Any) -> None:
    path = tmp_path / name
    assert run("template", "-o", str(path))[0] == 0
    code, out = run("check", str(path), "--format", "json", "-q")
    assert code == 0
    data = json.loads(out)
    assert data["summary"]["rows_checked"] == 1
    assert data["summary"]["file_warnings"] == []
    assert data["results"][0]["warnings"] == []
    assert run("template", "-o", str(path))[0] == 2  # no overwrite without --force
    assert run("template", "-o", str(path), "--force")[0] == 0


def test_template_xlsx_has_a_bold_frozen_header(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    run("template", "-o", str(path))
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.bold
    assert sheet["A2"].value == "199001012015031001"


def test_template_to_stdout_and_agency_columns() -> None:
    agency = str(ROOT / "data" / "contoh" / "kamus-instansi-contoh.yaml")
    code, out = run("template", "-o", "-", "--dictionary", agency)
    header = out.splitlines()[0].split(";")
    assert code == 0
    assert header[:8] == ["nip", "nama", "jabatan", "unit_kerja", "eselon", "jenjang",
                          "jabatan_kode", "tanggal_asesmen"]  # fmt: skip
    assert "Manajemen Talenta ASN" in header
    assert run("template", "-o", "t.pdf")[0] == 2


def test_unwritable_report_folder_exits_2(tmp_path: Path) -> None:
    target = tmp_path / "tidak-ada" / "laporan.json"
    assert run("check", str(write_csv(tmp_path, GOOD)), "-o", str(target), "-q")[0] == 2


def test_new_reports_are_private_and_replaced_ones_keep_their_mode(tmp_path: Path) -> None:
    """Reports hold names and NIPs: a new one is readable by its owner only."""
    target = tmp_path / "laporan.json"
    run("check", str(write_csv(tmp_path, GOOD)), "-o", str(target), "-q")
    assert target.stat().st_mode & 0o777 == 0o600
    target.chmod(0o640)
    run("check", str(write_csv(tmp_path, GOOD)), "-o", str(target), "-q")
    assert target.stat().st_mode & 0o777 == 0o640


def test_csv_report_lists_rejected_rows_on_stderr(tmp_path: Path, capsys: Any) -> None:
    """A CSV report has one line per checked official only, so the rejected rows are
    named on stderr: none is lost from sight (and the summary still closes stderr)."""
    report = tmp_path / "laporan.csv"
    code, _ = run("check", str(write_csv(tmp_path, GOOD, BAD, GOOD)), "-o", str(report), "-q")
    assert code == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 9  # BAD has nine scores out of range, each named
    assert err[0].startswith('kamus-kompetensi: baris 3, kolom "Integritas": "6": ')
    assert err[0].endswith("[score-out-of-range]")
    assert "196711101992031001" not in "\n".join(err)
    assert len(report.read_text(encoding="utf-8-sig").splitlines()) == 3  # header + 2
