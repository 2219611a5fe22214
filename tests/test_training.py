"""Training-hours compliance: exact boundaries, years, staff lists, masking, formats, errors.

Expected values are worked out by hand: 1 JP = 45 minutes, the national minimum is 20 JP
= 900 minutes, an agency's 40 hours are 2400 minutes = 53,33 JP.
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import kamus_kompetensi as kk
from kamus_kompetensi.training.durations import amount_hundredths, centiminutes
from kamus_kompetensi.training.report import render_training
from tests.conftest import EXAMPLES, Cli

NIP_A = "198703152010011002"
NIP_B = "196711101992031001"
AGENCY_40_JAM = EXAMPLES / "training" / "dki-40-jam" / "agency.yaml"


def row(nip: str = NIP_A, **cells: object) -> dict[str, object]:
    """A training record as a mapping: a 2025 seminar unless said otherwise."""
    return {"nip": nip, "nama": "Sari", "tanggal": "2025-03-10", "kegiatan": "Seminar", **cells}


def one(rows: list[dict[str, object]], year: int = 2025, **kwargs: Any) -> kk.TrainingReport:
    return kk.training_compliance(rows, year, **kwargs)


def write_csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --- exactness at the minimum ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("cells", "met", "jp_total", "shortfall"),
    [
        ({"menit": "899"}, False, "19.97", "0.03"),  # 899/45 = 19,977… JP; 1 minute = 0,022… JP
        ({"menit": "900"}, True, "20.00", "0.00"),
        ({"jp": "19,99"}, False, "19.99", "0.01"),  # 899,55 minutes
        ({"jp": "20"}, True, "20.00", "0.00"),
        ({"jam": "15"}, True, "20.00", "0.00"),  # 15 × 60 = 900 minutes
        ({"jam": "14,99"}, False, "19.98", "0.02"),  # 899,4 minutes = 19,986… JP
        ({"menit": "899,99"}, False, "19.99", "0.01"),  # never shown as 20,00 while short
    ],
)
def test_the_minimum_is_compared_in_exact_minutes(
    cells: dict[str, object], met: bool, jp_total: str, shortfall: str
) -> None:
    (result,) = one([row(**cells)]).results
    assert result.met is met
    assert str(result.jp_total) == jp_total
    assert str(result.jp_shortfall) == shortfall
    assert str(result.jp_required) == "20.00"


def test_many_small_records_add_up_exactly() -> None:
    # 200 × 0,1 JP is 20 JP; a float sum of 0.1 two hundred times is not 20.
    assert sum([0.1] * 200) != 20
    (result,) = one([row(jp="0,1") for _ in range(200)]).results
    assert (result.met, result.jp_total, result.minutes_total) == (True, Decimal("20.00"), 900)


def test_numbers_from_json_or_spreadsheets_equal_the_same_text() -> None:
    as_text = one([row(jp="19,99"), row(NIP_B, jp="2.5")]).results
    as_numbers = one([row(jp=19.99), row(NIP_B, jp=Decimal("2.50"))]).results
    assert [r.centiminutes for r in as_text] == [r.centiminutes for r in as_numbers]
    assert [r.centiminutes for r in as_text] == [89955, 11250]


def test_an_agency_minimum_in_hours() -> None:
    dictionary = kk.load_dictionary(AGENCY_40_JAM)
    report = one([row(jam="40"), row(NIP_B, jp="53,33")], dictionary=dictionary)
    requirement = report.summary.requirement
    assert (requirement.minimum_minutes, requirement.unit) == (2400, "jam")
    first, second = report.results
    assert (first.met, str(first.jp_total), str(first.jp_required)) == (True, "53.33", "53.33")
    assert (second.met, str(second.minutes_total)) == (False, "2399.85")  # 53,33 × 45


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2,5", 250),
        (" 3.25 ", 325),
        ("1,330", 133),
        (4, 400),
        (0.1, 10),
        (Decimal("1.50"), 150),
        (None, None),
        ("  ", None),
        ("0", "training-duration-zero"),
        ("-0,5", "training-duration-negative"),
        (-2, "training-duration-negative"),
        ("1,333", "training-duration-precision"),
        (1 / 3, "training-duration-precision"),
        ("2 jam", "training-duration-invalid"),
        ("1.000,5", "training-duration-invalid"),
        ("1e3", "training-duration-invalid"),
        (float("nan"), "training-duration-invalid"),
        (Decimal("Infinity"), "training-duration-invalid"),
        (True, "training-duration-invalid"),
        ([2], "training-duration-invalid"),
        ("9" * 5000, "training-duration-too-long"),
        (Decimal("1E+100000"), "training-duration-too-long"),
    ],
)
def test_duration_amounts(value: object, expected: object) -> None:
    assert amount_hundredths(value) == expected


def test_a_record_longer_than_a_year_is_refused() -> None:
    assert centiminutes(str(366 * 24), "jam", 45) == 366 * 24 * 60 * 100
    assert centiminutes(str(366 * 24 + 1), "jam", 45) == "training-duration-too-long"


# --- years ----------------------------------------------------------------------------------
def test_a_record_counts_in_the_year_it_ends() -> None:
    rows = [
        row(tanggal="2024-12-20", tanggal_selesai="2025-01-10", jp="21"),
        row(tanggal="2025-12-29", tanggal_selesai="2026-01-02", jp="5"),
        row(tanggal="15-06-2023", jp="5"),
        row(tanggal="2025-06-15", jp="1"),
    ]
    report = one(rows)
    summary = report.summary
    assert (summary.rows_counted, summary.rows_other_year) == (2, 2)
    assert summary.other_years == ((2023, 1), (2026, 1))
    (result,) = report.results
    assert [a.row for a in result.activities] == [2, 5]
    assert result.jp_total == Decimal("22.00")
    assert one(rows, 2026).results[0].jp_total == Decimal("5.00")


def test_only_other_years_leaves_no_official() -> None:
    report = one([row(tanggal="2024-01-01", jp="20")])
    assert report.results == ()
    assert (report.summary.rows_other_year, report.summary.officials) == (1, 0)


# --- staff list -----------------------------------------------------------------------------
def test_staff_without_a_record_are_below_the_minimum() -> None:
    staff = [NIP_A, "19671110 199203 1 001", NIP_A, ""]
    report = one([row(jp="20")], staff=staff)
    assert [(r.nip, r.met, r.in_staff, r.activities) for r in report.results] == [
        (NIP_A, True, True, report.results[0].activities),
        (NIP_B, False, True, ()),
    ]
    assert report.results[1].jp_shortfall == Decimal("20.00")
    summary = report.summary
    assert (summary.staff, summary.staff_without_records, summary.not_in_staff) == (2, 1, 0)


def test_staff_from_a_check_input_file(tmp_path: Path) -> None:
    staff = write_csv(
        tmp_path / "hasil.csv",
        [
            "REKAP HASIL ASESMEN;;;",
            "nip;nama;jabatan;eselon",
            f"{NIP_B};Budi Santoso;Kepala Seksi;IV.a",
        ],
    )
    report = one([row(jp="20")], staff=staff)
    assert [(r.nip, r.name, r.in_staff) for r in report.results] == [
        (NIP_A, "Sari", False),
        (NIP_B, "Budi Santoso", True),
    ]


def test_a_staff_file_without_a_nip_column_is_unusable(tmp_path: Path, cli: Cli) -> None:
    staff = write_csv(tmp_path / "staf.csv", ["nama;jabatan", "Budi;Analis"])
    records = write_csv(tmp_path / "jp.csv", ["nip;tanggal;jp", f"{NIP_A};2025-01-02;20"])
    with pytest.raises(kk.InputError) as caught:
        one([row(jp="1")], staff=staff)
    assert caught.value.code == "missing-columns"
    run = cli("training", records, "--year", "2025", "--staff", staff)
    assert (run.code, run.codes) == (2, ["missing-columns"])


# --- row accounting ---------------------------------------------------------------------------
def test_every_row_is_counted_once(tmp_path: Path) -> None:
    lines = ["nip;nama;tanggal;tanggal_selesai;kegiatan;jp"]
    lines += [f"{NIP_A};A;2025-0{m}-01;;Kursus;2" for m in range(1, 8)]
    lines += [f"{NIP_B};B;2024-05-01;;Kursus;2", ";C;2025-01-01;;Kursus;2", ";;;;;"]
    lines += [f"{NIP_B};B;2025-05-02;2025-05-01;Kursus;2", f"{NIP_B};B;2025-05-01;;Kursus;x"]
    report = kk.training_compliance(write_csv(tmp_path / "jp.csv", lines), 2025)
    summary = report.summary
    assert (summary.rows_read, summary.rows_blank) == (11, 1)
    assert (summary.rows_counted, summary.rows_other_year, summary.rows_rejected) == (7, 1, 3)
    rows_counted = sorted(a.row for r in report.results for a in r.activities)
    rows_rejected = sorted({e.row for e in report.errors})
    assert rows_counted == [2, 3, 4, 5, 6, 7, 8]
    assert rows_rejected == [10, 12, 13]
    # 12 data rows: 7 counted, 1 other year (row 9), 3 rejected, 1 blank (row 11).
    assert len(rows_counted) + 1 + len(rows_rejected) + summary.rows_blank == len(lines) - 1
    assert summary.balanced


def test_mappings_given_through_the_api_are_numbered_from_row_2() -> None:
    report = one([row(jp="1"), row(nip="", jp="1"), row(jp="-1")])
    assert [(e.row, e.code) for e in report.errors] == [
        (3, "training-nip-missing"),
        (4, "training-duration-negative"),
    ]


@pytest.mark.parametrize(
    ("cells", "code"),
    [
        ({"jp": None}, "training-duration-missing"),
        ({"jp": "0"}, "training-duration-zero"),
        ({"jp": "-3"}, "training-duration-negative"),
        ({"jp": "tiga"}, "training-duration-invalid"),
        ({"jp": "1,255"}, "training-duration-precision"),
        ({"menit": "600000"}, "training-duration-too-long"),
        ({"jam": "2", "menit": "100"}, "training-duration-conflict"),
        ({"jp": "2", "tanggal": ""}, "training-date-missing"),
        ({"jp": "2", "tanggal": "2025/31/12"}, "training-date-invalid"),
        ({"jp": "2", "tanggal": "1900-01-01"}, "training-date-invalid"),
        ({"jp": "2", "tanggal_selesai": "2025-03-09"}, "training-end-before-start"),
        ({"jp": "2", "nip": "  "}, "training-nip-missing"),
    ],
)
def test_row_errors_have_codes(cells: dict[str, object], code: str) -> None:
    report = one([row(**cells)])
    assert [e.code for e in report.errors] == [code]
    assert report.results == ()
    assert report.summary.rows_rejected == 1


def test_agreeing_duration_columns_count_once() -> None:
    (result,) = one([row(jp="4", jam="3", menit="180")]).results
    assert result.minutes_total == 180
    assert (result.activities[0].unit, result.activities[0].amount) == ("jp", 400)


def test_a_row_reports_every_error_it_has() -> None:
    report = one([row(nip="", tanggal="kemarin", jp="-1")])
    codes = {e.code for e in report.errors}
    assert codes == {"training-nip-missing", "training-date-invalid", "training-duration-negative"}
    assert {e.row for e in report.errors} == {2}
    assert report.summary.rows_rejected == 1


# --- input files ----------------------------------------------------------------------------
def test_a_workbook_with_date_cells_and_number_cells(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["DAFTAR PELATIHAN PEGAWAI 2025"])
    sheet.append([])
    sheet.append(["NIP", "Nama", "Tanggal", "Tanggal Selesai", "Nama Kegiatan", "Jumlah JP"])
    sheet.append([NIP_A, "Sari", dt.datetime(2025, 2, 10), dt.date(2025, 2, 12), "Kursus", 12.5])
    sheet.append([NIP_A, "Sari", dt.datetime(2025, 8, 1), None, "Seminar", 7.5])
    sheet.append([NIP_B, "Budi", dt.datetime(2024, 8, 1), None, "Seminar", 20])
    path = tmp_path / "pelatihan.xlsx"
    book.save(path)
    report = kk.training_compliance(path, 2025)
    assert report.summary.header_row == 3
    (result,) = report.results
    assert (result.jp_total, result.met) == (Decimal("20.00"), True)
    assert [a.start for a in result.activities] == [dt.date(2025, 2, 10), dt.date(2025, 8, 1)]
    assert result.activities[0].end == dt.date(2025, 2, 12)
    assert report.summary.rows_other_year == 1


def test_a_file_without_a_duration_column_is_unusable(tmp_path: Path, cli: Cli) -> None:
    path = write_csv(tmp_path / "jp.csv", ["nip;nama;tanggal;kegiatan", f"{NIP_A};A;2025-01-01;X"])
    with pytest.raises(kk.InputError) as caught:
        kk.training_compliance(path, 2025)
    assert caught.value.code == "missing-columns"
    assert "jp / jam / menit" in str(caught.value)
    run = cli("training", path, "--year", "2025")
    assert (run.code, run.codes) == (2, ["missing-columns"])


def test_a_column_given_twice_is_unusable(tmp_path: Path, cli: Cli) -> None:
    path = write_csv(tmp_path / "jp.csv", ["nip;tanggal;jp;jumlah jp", f"{NIP_A};2025-01-01;2;2"])
    run = cli("training", path, "--year", "2025")
    assert (run.code, run.codes) == (2, ["duplicate-column"])


# --- the API's arguments ------------------------------------------------------------------------
@pytest.mark.parametrize("year", [True, "2025", 1949, 2101, 2025.0, None])
def test_a_year_that_is_no_year_is_refused(year: object) -> None:
    with pytest.raises(kk.InputError) as caught:
        kk.training_compliance([row(jp="1")], year)  # type: ignore[arg-type]
    assert caught.value.code == "training-year-invalid"


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"records": 42}, "rows_source"),
        ({"staff": {"nip": NIP_A}}, "staff"),
        ({"staff": NIP_A.encode()}, "staff"),
        ({"dictionary": "nasional"}, "dictionary"),
    ],
)
def test_wrong_argument_types_are_input_errors(kwargs: dict[str, Any], name: str) -> None:
    arguments: dict[str, Any] = {"records": [row(jp="1")], "year": 2025, **kwargs}
    with pytest.raises(kk.InputError) as caught:
        kk.training_compliance(**arguments)
    assert caught.value.code == "invalid-argument"
    assert name in str(caught.value)


def test_a_dictionary_without_a_training_policy(cli: Cli, tmp_path: Path) -> None:
    minimal = EXAMPLES / "valid" / "minimal.yaml"
    with pytest.raises(kk.InputError) as caught:
        one([row(jp="1")], dictionary=kk.load_dictionary(minimal))
    assert caught.value.code == "training-policy-missing"
    records = write_csv(tmp_path / "jp.csv", ["nip;tanggal;jp", f"{NIP_A};2025-01-02;20"])
    run = cli("training", records, "--year", "2025", "-d", minimal)
    assert (run.code, run.codes) == (2, ["training-policy-missing"])


def test_the_report_is_plain_data() -> None:
    report = one([row(jp="1", tanggal_selesai="2025-03-11"), row(nip="", jp="1")], staff=[NIP_B])
    assert pickle.loads(pickle.dumps(report)) == report
    document = json.loads(json.dumps(report.to_dict()))
    assert set(document) == {"format", "summary", "results", "errors", "warnings"}
    first = document["results"][0]
    assert {"nip", "name", "jp_total", "jp_required", "met", "activities"} <= set(first)
    assert first["activities"][0] == {
        "row": 2,
        "title": "Seminar",
        "start": "2025-03-10",
        "end": "2025-03-11",
        "amount": "1",
        "unit": "jp",
        "minutes": "45",
        "jp": "1.00",
    }


# --- warnings ---------------------------------------------------------------------------------
def test_a_record_entered_twice_is_counted_and_flagged() -> None:
    report = one([row(jp="10"), row(jp="10"), row(jp="10", kegiatan="Lain")])
    assert report.results[0].jp_total == Decimal("30.00")
    assert [(w.row, w.code) for w in report.warnings] == [(3, "training-duplicate-record")]
    assert "2" in report.warnings[0].message


def test_nips_written_differently_are_one_official() -> None:
    report = one([row(jp="10"), row(nip="19870315 201001 1 002", jp="10")])
    (result,) = report.results
    assert (result.nip, result.met) == (NIP_A, True)


# --- masking, every format ------------------------------------------------------------------------
SHORT_NIP = "1234567890"  # structure invalid: its warning echoes the value


def _masked_run(cli: Cli, tmp_path: Path, fmt: str) -> tuple[Any, bytes]:
    records = write_csv(
        tmp_path / "jp.csv",
        [
            "nip;nama;tanggal;kegiatan;jp",
            f"{NIP_A};Sari;2025-01-02;Kursus;20",
            f"{SHORT_NIP};Nomor pendek;2025-01-02;Kursus;2",
            f"{NIP_B};Budi;2025-01-02;Kursus;-1",
        ],
    )
    staff = write_csv(tmp_path / "staf.csv", ["nip", "197003032000031003"])
    target = tmp_path / f"laporan.{fmt if fmt != 'text' else 'txt'}"
    args = ["training", records, "--year", "2025", "--staff", staff, "--mask-nip"]
    run = cli(*args, "--format", fmt, "-o", target)
    return run, target.read_bytes()


@pytest.mark.parametrize("fmt", ["text", "csv", "json", "html", "xlsx"])
def test_masking_reaches_every_format(cli: Cli, tmp_path: Path, fmt: str) -> None:
    run, written = _masked_run(cli, tmp_path, fmt)
    assert run.code == 1  # the row with a negative duration was rejected
    if fmt == "xlsx":
        import zipfile

        with zipfile.ZipFile(tmp_path / "laporan.xlsx") as book:
            written = b"".join(book.read(name) for name in book.namelist())
    for nip in (NIP_A, NIP_B, SHORT_NIP, "197003032000031003"):
        assert nip.encode() not in written, nip
        assert nip not in run.err
    assert b"1002" in written  # the masked NIP keeps its last four digits


# --- formats ---------------------------------------------------------------------------------
def test_english_csv_uses_commas_and_points(cli: Cli, tmp_path: Path) -> None:
    records = write_csv(tmp_path / "jp.csv", ["nip,tanggal,jp", f'{NIP_A},2025-01-02,"2,5"'])
    run = cli("training", records, "--year", "2025", "--format", "csv", "--lang", "en", "-q")
    header, line = run.out.splitlines()
    assert header == "NIP,Name,JP attained,JP required,JP short,Met,Activities,Minutes"
    assert line == f"{NIP_A},,2.50,20.00,17.50,no,1,112.5"


def test_english_text_and_errors(cli: Cli, tmp_path: Path) -> None:
    records = write_csv(tmp_path / "jp.csv", ["nip;tanggal;jp", f"{NIP_A};2025-01-02;0"])
    run = cli("training", records, "--year", "2025", "--lang", "en")
    assert run.code == 1
    assert "the duration is zero" in run.out
    assert "Competency development hours (JP) compliance, 2025" in run.out
    assert "1 read: 0 counted" in run.out
    assert run.codes == ["training-duration-zero"]


def test_a_csv_report_lists_rejected_rows_on_stderr(cli: Cli, tmp_path: Path) -> None:
    records = write_csv(tmp_path / "jp.csv", ["nip;tanggal;jp", f"{NIP_A};2025-01-02;x"])
    run = cli("training", records, "--year", "2025", "--format", "csv")
    assert run.code == 1
    assert "training-duration-invalid" in run.codes


def test_xlsx_cells_are_typed_and_never_formulas(cli: Cli, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    records = write_csv(
        tmp_path / "jp.csv",
        [
            "nip;nama;tanggal;kegiatan;jp",
            f'{NIP_A};=HYPERLINK("http://x");2025-01-02;+SUM(A1);19,99',
            f"{NIP_B};@Budi;2025-01-02;-Kursus;x",
        ],
    )
    target = tmp_path / "laporan.xlsx"
    run = cli("training", records, "--year", "2025", "-o", target)
    assert run.code == 1
    book = load_workbook(target)
    assert book.sheetnames == ["Ringkasan", "Pejabat", "Kegiatan", "Kesalahan dan peringatan"]
    officials = book["Pejabat"]
    assert officials.auto_filter.ref == "A1:H2"
    name, jp = officials["B2"], officials["C2"]
    assert (name.data_type, name.value) == ("s", '=HYPERLINK("http://x")')
    assert (jp.data_type, jp.value, jp.number_format) == ("n", 19.99, "0.00")
    activity = book["Kegiatan"]
    assert (activity["D2"].data_type, activity["D2"].value) == ("s", "+SUM(A1)")
    assert activity["E2"].value == dt.datetime(2025, 1, 2)
    issue = book["Kesalahan dan peringatan"]
    assert (issue["A2"].value, issue["C2"].value) == (3, "training-duration-invalid")


def test_xlsx_needs_a_file(cli: Cli, tmp_path: Path) -> None:
    records = write_csv(tmp_path / "jp.csv", ["nip;tanggal;jp", f"{NIP_A};2025-01-02;2"])
    run = cli("training", records, "--year", "2025", "--format", "xlsx")
    assert (run.code, run.codes) == (2, ["format-needs-output"])


def test_html_is_escaped_and_printable(cli: Cli, tmp_path: Path) -> None:
    records = write_csv(
        tmp_path / "jp.csv",
        [
            "nip;nama;tanggal;kegiatan;jp",
            f"{NIP_A};<script>alert(1)</script>;2025-01-02;<b>K</b>;2",
        ],
    )
    target = tmp_path / "laporan.html"
    assert cli("training", records, "--year", "2025", "-o", target).code == 0
    page = target.read_text("utf-8")
    assert "<script>" not in page
    assert "<b>K" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "@media print" in page
    assert '<tr class="below">' in page


def test_render_training_writes_to_a_stream() -> None:
    import io

    report = one([row(jp="2")])
    out = io.StringIO()
    render_training(report, "json", out, mask_nip=True)
    assert json.loads(out.getvalue())["results"][0]["nip"] == "**************1002"
    with pytest.raises(kk.InputError) as caught:
        render_training(report, "pdf", out)
    assert caught.value.code == "format-unavailable"


# --- the command -----------------------------------------------------------------------------
def test_fail_below_sets_the_exit_code(cli: Cli, tmp_path: Path) -> None:
    records = write_csv(tmp_path / "jp.csv", ["nip;tanggal;jp", f"{NIP_A};2025-01-02;19,99"])
    assert cli("training", records, "--year", "2025", "-q").code == 0
    assert cli("training", records, "--year", "2025", "-q", "--fail-below").code == 1
    met = write_csv(tmp_path / "met.csv", ["nip;tanggal;jp", f"{NIP_A};2025-01-02;20"])
    assert cli("training", met, "--year", "2025", "-q", "--fail-below").code == 0


@pytest.mark.parametrize(
    ("year", "code"),
    [
        (None, "training-year-missing"),
        ("25", "training-year-invalid"),
        ("1800", "training-year-invalid"),
    ],
)
def test_the_year_option(cli: Cli, tmp_path: Path, year: str | None, code: str) -> None:
    records = write_csv(tmp_path / "jp.csv", ["nip;tanggal;jp", f"{NIP_A};2025-01-02;2"])
    run = cli("training", records, *(["--year", year] if year else []))
    assert (run.code, run.codes) == (2, [code])


@pytest.mark.parametrize("which", ["input", "staff"])
def test_the_report_never_overwrites_an_input(cli: Cli, tmp_path: Path, which: str) -> None:
    records = write_csv(tmp_path / "jp.csv", ["nip;tanggal;jp", f"{NIP_A};2025-01-02;2"])
    staff = write_csv(tmp_path / "staf.csv", ["nip", NIP_A])
    before = (records.read_bytes(), staff.read_bytes())
    target = records if which == "input" else staff
    run = cli(
        "training", records, "--year", "2025", "--staff", staff, "--format", "csv", "-o", target
    )
    assert (run.code, run.codes) == (2, ["output-is-input"])
    assert (records.read_bytes(), staff.read_bytes()) == before


def test_the_stderr_summary_holds_no_personal_data(cli: Cli, tmp_path: Path) -> None:
    records = write_csv(tmp_path / "jp.csv", ["nip;nama;tanggal;jp", f"{NIP_A};Sari;2025-01-02;2"])
    run = cli("training", records, "--year", "2025", "-o", tmp_path / "r.json")
    assert run.code == 0
    assert NIP_A not in run.err
    assert "Sari" not in run.err
    assert "1 baris dibaca, 1 dihitung" in run.err


# --- hostile input -------------------------------------------------------------------------------
@pytest.mark.parametrize("records", [None, 3.5, {"nip": NIP_A}, b"nip;jp"])
def test_records_that_are_no_table_are_refused(records: object) -> None:
    with pytest.raises(kk.InputError) as caught:
        kk.training_compliance(records, 2025)  # type: ignore[arg-type]
    assert caught.value.code == "invalid-argument"


def test_items_that_are_no_mapping_are_row_errors() -> None:
    report = kk.training_compliance([row(jp="2"), "teks", None, 7], 2025)  # type: ignore[list-item]
    assert [(e.row, e.code) for e in report.errors] == [
        (3, "row-not-mapping"),
        (4, "row-not-mapping"),
        (5, "row-not-mapping"),
    ]
    assert report.summary.balanced


def test_escape_sequences_never_reach_the_terminal(cli: Cli, tmp_path: Path) -> None:
    records = write_csv(
        tmp_path / "jp.csv",
        ["nip;nama;tanggal;jp", f"{NIP_A};Sari\x1b]0;judul\x07\x1b[2J;2025-01-02;x\x1b[31m"],
    )
    run = cli("training", records, "--year", "2025", "--staff", records)
    assert run.code == 1
    assert "\x1b" not in run.out
    assert "\x1b" not in run.err


def test_a_nip_under_a_long_header_is_masked_too() -> None:
    rows = [{"Nomor Induk Pegawai": "1234567890", "Tanggal": "2025-01-02", "JP": "2"}]
    report = kk.training_compliance(rows, 2025, mask_nip=True)
    assert [(w.code, w.value) for w in report.warnings] == [("invalid-nip", "******7890")]
    assert report.results[0].nip == "******7890"


def test_a_workbook_whose_formulas_were_never_calculated_is_a_warning(tmp_path: Path) -> None:
    """A JP cell holding a formula with no stored value reads as empty (the row is then
    rejected for its missing duration); the file-level warning says why, as in check."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["nip", "nama", "tanggal", "kegiatan", "jp"])
    sheet.append(["198703152010011002", "Sari", "2025-03-10", "Pelatihan", "=10+10"])
    path = tmp_path / "pelatihan.xlsx"
    book.save(path)  # openpyxl stores formulas without a calculated value
    report = kk.training_compliance(path, 2025)
    assert [(w.row, w.code) for w in report.warnings] == [(1, "formula-not-calculated")]
    assert [e.row for e in report.errors] == [2]
