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
from kamus_kompetensi.issues import RowIssue
from tests.conftest import Cli

ROOT = Path(__file__).parent.parent
SAMPLE = ROOT / "data" / "contoh" / "hasil-asesmen-contoh.csv"
NATIONAL = ("Integritas;Kerjasama;Komunikasi;Orientasi pada Hasil;Pelayanan Publik;"
            "Pengembangan Diri dan Orang Lain;Mengelola Perubahan;Pengambilan Keputusan;"
            "Perekat Bangsa")  # fmt: skip
NIP = "198703152010011002"


# Only the --jobs tests at the end still use this; it goes with them (use the `cli` fixture).
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


def test_all_rows_checked_exits_0_with_summary(tmp_path: Path, cli: Cli) -> None:
    r = cli("check", write_csv(tmp_path, GOOD))
    assert r.code == 0
    assert "Sari Fiktif" in r.out  # the text report (its layout is the renderer's business)
    assert r.err.splitlines()[-1] == (
        "kamus-kompetensi: 1 baris dibaca, 1 diperiksa, 0 ditolak; laporan: keluaran standar"
    )


def test_row_errors_exit_1_and_personal_data_stays_off_stderr(tmp_path: Path, cli: Cli) -> None:
    r = cli("--lang", "en", "check", write_csv(tmp_path, GOOD, BAD, ";;;;;;;;;;;;"))
    assert r.code == 1
    assert r.err.strip().endswith(
        "2 rows read, 1 checked, 1 rejected (1 blank rows skipped); report: standard output"
    )
    for secret in (NIP, "196711101992031001", "Sari", "Budi"):
        assert secret not in r.err


def test_unusable_input_exits_2(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(b"nip;nama\n1;\x81\x8d\n")
    r = cli("check", path)
    assert r.code == 2
    assert f"{path}: berkas bukan teks UTF-8" in r.err
    r = cli("check", path, "--format", "json")
    assert (r.code, r.error_code) == (2, "file-encoding")


def test_missing_columns_are_listed_in_one_message(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "x.csv"
    path.write_text("nip;Integritas\n1;3\n", encoding="utf-8")
    r = cli("check", path)
    assert r.code == 2
    for column in (
        "nama",
        "jabatan",
        "eselon / jenjang / jabatan_kode",
        "kerjasama",
        "perekat_bangsa",
    ):
        assert column in r.err
    assert len(r.err.strip().splitlines()) == 1
    r = cli("check", path, "--format", "json")
    assert (r.code, r.error_code) == (2, "missing-columns")


def test_quiet_leaves_stderr_empty(tmp_path: Path, cli: Cli) -> None:
    r = cli("check", write_csv(tmp_path, GOOD, BAD), "--quiet", "--format", "json")
    assert r.code == 1
    assert r.err == ""
    data = json.loads(r.out)
    assert data["summary"]["rows_rejected"] == 1


def test_mask_nip_hides_every_nip_in_json(tmp_path: Path, cli: Cli) -> None:
    path = write_csv(
        tmp_path, GOOD, GOOD.replace("Sari", "Rani"), "12345678901;X;Y;IV.a;" + "3;" * 8 + "3"
    )
    r = cli("check", path, "--format", "json", "--mask-nip", "-q")
    assert r.code == 0
    assert NIP not in r.out
    assert "12345678901" not in r.out
    assert "**************1002" in r.out
    assert "duplicate-nip" in json.dumps(json.loads(r.out)["results"][0]["warnings"])


def test_report_file_is_written_and_named_in_summary(tmp_path: Path, cli: Cli) -> None:
    target = tmp_path / "laporan.json"
    r = cli("check", write_csv(tmp_path, GOOD), "-o", target)
    assert r.code == 0
    assert r.out == ""
    assert json.loads(target.read_text("utf-8"))["summary"]["rows_checked"] == 1
    assert str(target) in r.err
    assert not list(tmp_path.glob(".laporan.json.*"))


def test_refuses_to_write_over_the_input(tmp_path: Path, cli: Cli) -> None:
    source = write_csv(tmp_path, GOOD, name="hasil.json.csv")
    before = source.read_bytes()
    r = cli("check", source, "-o", source, "--format", "json")
    assert (r.code, r.error_code) == (2, "output-is-input")
    assert source.read_bytes() == before
    assert "menimpa berkas masukan" in r.err


def test_failed_render_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli: Cli
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
    r = cli("check", source, "-o", target, "--format", "json")
    assert (r.code, r.error_code) == (2, "input-unreadable")
    assert "disk penuh" in r.err
    assert calls["n"] == 2
    assert target.read_text("utf-8") == "laporan lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hasil.csv", "laporan.json"]


def test_xlsx_needs_an_output_file(tmp_path: Path, cli: Cli) -> None:
    # No code is printed for this refusal (format-needs-output): the message must say it.
    r = cli("check", write_csv(tmp_path, GOOD), "--format", "xlsx")
    assert r.code == 2
    assert "format xlsx harus ditulis ke berkas: gunakan -o BERKAS" in r.err


def test_unknown_report_extension_exits_2(tmp_path: Path, cli: Cli) -> None:
    # No code is printed for this refusal (report-unknown-format): the message must say it.
    r = cli("check", write_csv(tmp_path, GOOD), "-o", tmp_path / "r.doc")
    assert r.code == 2
    assert "tidak dapat ditentukan dari akhirannya; gunakan .txt, .csv" in r.err


def test_sheet_option_reads_that_sheet(tmp_path: Path, cli: Cli) -> None:
    book = openpyxl.Workbook()
    book.create_sheet("kedua").append(["x"])
    first = book.active
    assert first is not None
    first.title = "hasil"
    for line in (f"NIP;Nama;Jabatan;Eselon;{NATIONAL}", GOOD):
        first.append(line.split(";"))
    path = tmp_path / "hasil.xlsx"
    book.save(path)
    r = cli("check", path, "--sheet", "hasil", "--format", "json", "-q")
    assert r.code == 0
    assert json.loads(r.out)["summary"]["sheet"] == "hasil"
    r = cli("check", path, "--sheet", "tidak-ada", "-q", "--format", "json")
    assert (r.code, r.error_code) == (2, "sheet-not-found")
    assert 'lembar "tidak-ada" tidak ada; lembar yang tersedia: hasil, kedua' in r.err


def test_the_sample_file_shows_results_and_row_errors(cli: Cli) -> None:
    r = cli("check", SAMPLE, "--policy", "seleksi", "--format", "json", "-q")
    assert r.code == 1  # the sample has deliberate problems
    data = json.loads(r.out)
    assert data["summary"]["rows_read"] == 40
    assert {(e["row"], e["code"]) for e in data["errors"]} == {
        (8, "score-out-of-range"),
        (16, "unknown-position"),
    }
    duplicated = [r["row"] for r in data["results"] if r["warnings"]]
    assert duplicated == [22, 29]


EXAMPLE_MARK = "CONTOH — hapus baris ini"


@pytest.mark.parametrize("name", ["templat.csv", "templat.xlsx"])
def test_template_round_trip(tmp_path: Path, name: str, cli: Cli) -> None:
    """The template checks as it is; the example row it checks is marked as one to delete,
    in the report itself and by a warning, so a validation script (--strict) stops on a
    template handed in unchanged."""
    path = tmp_path / name
    r = cli("template", "-o", path)
    assert r.code == 0
    assert r.err.splitlines()[-1] == (
        f'baris 2 adalah contoh fiktif ("{EXAMPLE_MARK}"): timpa atau hapus sebelum memeriksa'
    )
    r = cli("check", path, "--format", "json", "--strict")
    assert r.code == 1
    assert "peringatan: 1 (template-example-row 1)" in r.err
    assert cli("check", path, "-q").code == 0  # a warning alone changes no exit code
    data = json.loads(r.out)
    assert data["summary"]["rows_checked"] == 1
    assert data["summary"]["sheet"] == ("hasil-asesmen" if name.endswith("xlsx") else None)
    assert data["summary"]["file_warnings"] == []
    assert [w["code"] for w in data["results"][0]["warnings"]] == ["template-example-row"]
    assert (data["results"][0]["row"], data["results"][0]["name"]) == (2, EXAMPLE_MARK)
    assert EXAMPLE_MARK in cli("check", path).out  # a forgotten example shows in the table
    r = cli("template", "-o", path)  # no overwrite without --force; no code printed
    assert r.code == 2
    assert f"{path} sudah ada; pakai --force untuk menimpanya" in r.err
    assert cli("template", "-o", path, "--force").code == 0


def test_template_xlsx_has_a_bold_frozen_header(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "t.xlsx"
    cli("template", "-o", path)
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.bold
    assert sheet["A2"].value == "199001012015031001"
    assert sheet.column_dimensions["A"].number_format == "@"  # NIPs typed later stay text


def test_template_xlsx_marks_the_example_row(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "t.xlsx"
    cli("template", "-o", path)
    sheet = openpyxl.load_workbook(path)["hasil-asesmen"]
    assert [c.value for c in sheet[1]][:2] == ["nip", "nama"]
    assert sheet["B2"].value == EXAMPLE_MARK
    for cell in sheet[2]:
        assert cell.font.italic
        assert cell.fill.fgColor.rgb == "00FFF2CC"
    assert not sheet["B1"].font.italic
    assert sheet.max_row == 2


def help_rows(path: Path, sheet: str) -> list[tuple[Any, ...]]:
    return list(openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True))


def test_template_xlsx_instructions_come_after_the_data_sheet(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "t.xlsx"
    cli("template", "-o", path)
    assert openpyxl.load_workbook(path).sheetnames == ["hasil-asesmen", "Petunjuk"]
    rows = help_rows(path, "Petunjuk")
    text = "\n".join(str(r[0]) for r in rows if r[0])
    assert rows[0][0] == "Petunjuk pengisian berkas hasil asesmen"
    for words in (
        'Isi lembar "hasil-asesmen" (lembar pertama, yang dibaca check): satu baris per pejabat',
        f'Baris 2 adalah contoh fiktif ("{EXAMPLE_MARK}", kuning miring)',
        "hapus barisnya",
        "level capaian 0–5, boleh pecahan dengan koma desimal (3,5 atau 2,75",
        "eselon (mis. II.a",
        "nilai kosong pada kompetensi standar membuat barisnya ditolak",
        'Lembar "Petunjuk" ini tidak dibaca oleh check',
    ):
        assert words in text
    columns = {r[0]: r[1] for r in rows[rows.index(("Kolom", "Isi")) + 1 :]}
    data = openpyxl.load_workbook(path)["hasil-asesmen"]
    assert list(columns) == [c.value for c in data[1]]  # every column, in order
    assert columns["Integritas"] == (
        "M.01: level 0–5; termasuk standar: semua jenjang dan jabatan yang memiliki standar"
    )
    assert columns["tanggal_asesmen"].startswith("tanggal asesmen YYYY-MM-DD")


def test_template_in_english_names_the_agency_standards(tmp_path: Path, cli: Cli) -> None:
    agency = ROOT / "data" / "contoh" / "kamus-instansi-contoh.yaml"
    path = tmp_path / "t.xlsx"
    r = cli("--lang", "en", "template", "-o", path, "--dictionary", agency)
    assert r.code == 0
    assert 'row 2 is an invented example ("EXAMPLE — delete this row")' in r.err
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["hasil-asesmen", "Instructions"]
    assert book["hasil-asesmen"]["B2"].value == "EXAMPLE — delete this row"
    rows = help_rows(path, "Instructions")
    columns = {r[0]: r[1] for r in rows[rows.index(("Column", "Content")) + 1 :]}
    assert columns["Perekat Bangsa"] == (
        "SK.1: level 0–5; part of the standard of: every position level and position that "
        "has a standard"
    )
    assert columns["Pengelolaan Data Kepegawaian"].startswith(
        "T.CONTOH.02: level 0–5; part of the standard of: Kepala BKPSDM Kabupaten Contoh, "
    )
    assert columns["Pengelolaan Data Kepegawaian"].endswith(", …")  # six positions, four shown
    assert columns["Manajemen Talenta ASN"].startswith("T.CONTOH.01: ")
    assert "jabatan_kode" in columns
    r = cli("--lang", "en", "check", path, "--dictionary", agency, "--strict", "--format", "json")
    assert r.code == 1  # only the example row's own warning (in English too)
    assert [w["code"] for w in json.loads(r.out)["warnings"]] == ["template-example-row"]


@pytest.mark.parametrize("name", ["templat.csv", "templat.xlsx"])
def test_agency_template_checks_without_warnings(tmp_path: Path, name: str, cli: Cli) -> None:
    """The example row leaves the technical competencies blank: they are not part of the
    standard of its echelon (III.a), so a level there would be ignored with a warning. Its
    only warning is that it is the example row."""
    agency = ROOT / "data" / "contoh" / "kamus-instansi-contoh.yaml"
    path = tmp_path / name
    assert cli("template", "-o", path, "--dictionary", agency).code == 0
    r = cli("check", path, "--dictionary", agency, "--format", "json")
    assert r.code == 0
    result = json.loads(r.out)["results"][0]
    assert [w["code"] for w in result["warnings"]] == ["template-example-row"]
    assert result["standard"] == "administrator"


def test_template_to_stdout_and_agency_columns(cli: Cli) -> None:
    agency = ROOT / "data" / "contoh" / "kamus-instansi-contoh.yaml"
    r = cli("template", "-o", "-", "--dictionary", agency)
    header = r.out.splitlines()[0].split(";")
    assert r.code == 0
    assert header[:8] == ["nip", "nama", "jabatan", "unit_kerja", "eselon", "jenjang",
                          "jabatan_kode", "tanggal_asesmen"]  # fmt: skip
    assert "Manajemen Talenta ASN" in header
    r = cli("template", "-o", "t.pdf")  # no code printed (template-format)
    assert r.code == 2
    assert 't.pdf: templat hanya dapat ditulis sebagai CSV atau XLSX, bukan ".pdf"' in r.err


def test_unwritable_report_folder_exits_2(tmp_path: Path, cli: Cli) -> None:
    target = tmp_path / "tidak-ada" / "laporan.json"
    r = cli("check", write_csv(tmp_path, GOOD), "-o", target, "-q", "--format", "json")
    assert (r.code, r.error_code) == (2, "report-write-failed")
    assert f'laporan tidak dapat ditulis ke "{target}"' in r.err


def test_new_reports_are_private_and_replaced_ones_keep_their_mode(
    tmp_path: Path, cli: Cli
) -> None:
    """Reports hold names and NIPs: a new one is readable by its owner only."""
    target = tmp_path / "laporan.json"
    cli("check", write_csv(tmp_path, GOOD), "-o", target, "-q")
    assert target.stat().st_mode & 0o777 == 0o600
    target.chmod(0o640)
    cli("check", write_csv(tmp_path, GOOD), "-o", target, "-q")
    assert target.stat().st_mode & 0o777 == 0o640


def test_csv_report_lists_rejected_rows_on_stderr(tmp_path: Path, cli: Cli) -> None:
    """A CSV report has one line per checked official only, so the rejected rows are
    named on stderr: none is lost from sight (and the summary still closes stderr)."""
    report = tmp_path / "laporan.csv"
    r = cli("check", write_csv(tmp_path, GOOD, BAD, GOOD), "-o", report, "-q")
    assert r.code == 1
    err = r.err.splitlines()
    assert len(err) == 9  # BAD has nine scores out of range, each named
    assert err[0].startswith('kamus-kompetensi: baris 3, kolom "Integritas": "6": ')
    assert r.codes == ["score-out-of-range"] * 9
    assert "196711101992031001" not in r.err
    assert len(report.read_text(encoding="utf-8-sig").splitlines()) == 3  # header + 2


# --- warnings and notes reach people; --strict and --fail-below --------------------------------
BELOW = "199001012015031001;Rina Fiktif;Kepala Seksi;IV.a;" + ";".join(["1"] * 9)


def odd_nip(i: int) -> str:
    """A row checked with an ``invalid-nip`` warning (a different short NIP each time)."""
    return GOOD.replace(NIP, f"1234567890{i}").replace("Sari", f"Ani{i}")


def warned_csv(tmp_path: Path) -> Path:
    """Row 2 and 3 share a NIP, rows 4–9 have an invalid NIP, and "Keterangan" is a column
    the tool does not know: 2 + 6 row warnings and one file warning."""
    rows = [GOOD + ";", GOOD.replace("Sari", "Sri") + ";", *(odd_nip(i) + ";" for i in range(6))]
    path = tmp_path / "hasil.csv"
    header = f"NIP;Nama;Jabatan;Eselon;{NATIONAL};Keterangan"
    path.write_text("\n".join([header, *rows, ""]), encoding="utf-8")
    return path


def summary_lines(text: str, title: str) -> list[list[str]]:
    """The ``label  value`` lines of one summary section of the text report."""
    block = text.split(f"\n{title}\n", 1)[1].split("\n\n", 1)[0]
    return [line.strip().split(None, 1) for line in block.splitlines()]


def test_warnings_are_listed_per_code_in_the_text_report(tmp_path: Path, cli: Cli) -> None:
    r = cli("check", warned_csv(tmp_path))
    assert r.code == 0  # warnings alone do not change the exit code
    assert summary_lines(r.out, "Peringatan") == [
        ["unknown-column", 'kolom "Keterangan" tidak dikenal dan diabaikan (salah ketik nama '
         "kompetensi?)"],
        ["invalid-nip", "6 baris (4, 5, 6, 7, 8, …)"],
        ["duplicate-nip", "2 baris (2, 3)"],
    ]  # fmt: skip
    assert r.out.index("Baris dengan peringatan") < r.out.index("\nPeringatan\n")
    assert "\nCatatan\n" not in r.out  # no notes, no notes section
    r = cli("--lang", "en", "check", warned_csv(tmp_path))
    assert summary_lines(r.out, "Warnings")[1:] == [
        ["invalid-nip", "6 rows (4, 5, 6, 7, 8, …)"],
        ["duplicate-nip", "2 rows (2, 3)"],
    ]


def test_a_report_without_warnings_says_none(tmp_path: Path, cli: Cli) -> None:
    r = cli("check", write_csv(tmp_path, GOOD))
    assert summary_lines(r.out, "Peringatan") == [["tidak", "ada"]]


def test_stderr_summary_counts_warnings_per_code_without_personal_data(
    tmp_path: Path, cli: Cli
) -> None:
    r = cli("check", warned_csv(tmp_path), "-o", tmp_path / "laporan.json")
    assert r.code == 0
    assert r.err.splitlines() == [
        "kamus-kompetensi: 8 baris dibaca, 8 diperiksa, 0 ditolak; peringatan: 9 "
        "(invalid-nip 6, duplicate-nip 2, unknown-column 1); laporan: "
        f"{tmp_path / 'laporan.json'}"
    ]
    r = cli("--lang", "en", "check", warned_csv(tmp_path))
    assert r.err.splitlines()[-1] == (
        "kamus-kompetensi: 8 rows read, 8 checked, 0 rejected; warnings: 9 "
        "(invalid-nip 6, duplicate-nip 2, unknown-column 1); report: standard output"
    )
    for secret in (NIP, "12345678900", "Sari", "Sri", "Ani0", "Keterangan"):
        assert secret not in r.err
    assert cli("check", warned_csv(tmp_path), "-q").err == ""


def with_file_note(monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs of ``check`` get a file note (the input side has none of its own yet)."""
    from kamus_kompetensi.commands import check as check_command

    real = check_command.iter_outcomes

    def noted(*args: Any, **kwargs: Any) -> Any:
        run = real(*args, **kwargs)
        run.summary.file_warnings.append(RowIssue(1, "test-note", "catatan uji", "note"))
        return run

    monkeypatch.setattr(check_command, "iter_outcomes", noted)


def test_notes_are_shown_and_never_change_the_exit_code(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_file_note(monkeypatch)
    r = cli("check", write_csv(tmp_path, GOOD), "--strict")
    assert r.code == 0
    assert summary_lines(r.out, "Catatan") == [["test-note", "catatan uji"]]
    assert summary_lines(r.out, "Peringatan") == [["tidak", "ada"]]
    assert r.err.splitlines()[-1] == (
        "kamus-kompetensi: 1 baris dibaca, 1 diperiksa, 0 ditolak; catatan: 1 (test-note 1); "
        "laporan: keluaran standar"
    )
    r = cli("check", warned_csv(tmp_path), "--strict", "-o", tmp_path / "r.json")
    assert r.code == 1
    assert "; peringatan: 9 (invalid-nip 6, duplicate-nip 2, unknown-column 1); " in r.err
    assert "; catatan: 1 (test-note 1); " in r.err


@pytest.mark.parametrize("fmt", ["text", "json", "csv"])
def test_strict_makes_any_warning_exit_1(tmp_path: Path, cli: Cli, fmt: str) -> None:
    path = warned_csv(tmp_path)
    assert cli("check", path, "--format", fmt, "-q").code == 0
    r = cli("check", path, "--format", fmt, "--strict")
    assert r.code == 1
    assert "peringatan: 9 (invalid-nip 6, duplicate-nip 2, unknown-column 1)" in r.err
    assert cli("check", write_csv(tmp_path, GOOD), "--format", fmt, "--strict").code == 0


def test_strict_counts_a_file_warning_alone(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "hasil.csv"
    path.write_text(f"NIP;Nama;Jabatan;Eselon;{NATIONAL};Keterangan\n{GOOD};\n", encoding="utf-8")
    r = cli("check", path, "--strict", "--format", "json")
    assert r.code == 1
    assert json.loads(r.out)["results"][0]["warnings"] == []
    assert "peringatan: 1 (unknown-column 1)" in r.err


def test_strict_is_for_a_file_only(cli: Cli) -> None:
    r = cli("check", "--echelon", "II.a", "--score", "integritas=3", "--strict")
    assert (r.code, r.codes) == (2, ["single-options-batch"])
    assert "--strict" in r.err


def test_fail_below_in_batch_mode(tmp_path: Path, cli: Cli) -> None:
    path = write_csv(tmp_path, GOOD, BELOW)
    r = cli("check", path)
    assert r.code == 0  # below standard is a result, not a failure, unless asked
    assert "di bawah standar" not in r.err
    r = cli("check", path, "--fail-below")
    assert r.code == 1
    assert r.err.splitlines()[-1] == (
        "kamus-kompetensi: 2 baris dibaca, 2 diperiksa, 0 ditolak; di bawah standar: 1; "
        "laporan: keluaran standar"
    )
    meets = write_csv(tmp_path, GOOD, name="memenuhi.csv")
    r = cli("--lang", "en", "check", meets, "--fail-below", "--format", "json")
    assert r.code == 0
    assert "; below standard: 0; " in r.err
    r = cli("check", path, "--fail-below", "-q", "--format", "json")
    assert (r.code, r.err) == (1, "")


@pytest.mark.parametrize(
    ("rows", "options", "code"),
    [
        ([GOOD], [], 0),
        ([GOOD], ["--strict", "--fail-below"], 0),
        ([GOOD, BAD], [], 1),  # a rejected row
        ([GOOD, GOOD], [], 0),  # duplicate-nip: a warning
        ([GOOD, GOOD], ["--strict"], 1),
        ([GOOD, GOOD], ["--fail-below"], 0),
        ([GOOD, BELOW], ["--strict"], 0),
        ([GOOD, BELOW], ["--fail-below"], 1),
        ([GOOD, BAD, BELOW, BELOW], ["--strict", "--fail-below"], 1),
        ([BAD], ["--strict", "--fail-below"], 1),  # rejected, nothing checked
    ],
)
def test_exit_code_precedence(
    tmp_path: Path, cli: Cli, rows: list[str], options: list[str], code: int
) -> None:
    assert cli("check", write_csv(tmp_path, *rows), *options, "-q").code == code


def test_unusable_input_exits_2_whatever_the_exit_options(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "x.csv"
    path.write_text("nip;Integritas\n1;3\n", encoding="utf-8")
    r = cli("check", path, "--strict", "--fail-below")
    assert (r.code, r.codes) == (2, ["missing-columns"])
