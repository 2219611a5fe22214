"""The batch engine: row accounting, every problem of a row, duplicates, formats, masking."""

from __future__ import annotations

import csv
import datetime as dt
import io
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kamus_kompetensi as kk
from kamus_kompetensi.batch import iter_outcomes
from kamus_kompetensi.batch.duplicates import duplicate_nips
from kamus_kompetensi.batch.outcomes import BatchSummary
from kamus_kompetensi.scoring import parse_assessed_on

NIPS = ("196711101992031001", "198703152010011002", "199001012015032003", "197505052001121004")
ROOT = Path(__file__).parent.parent


def row(
    nip: str = NIPS[0], eselon: str = "II.a", level: object = "4", **extra: Any
) -> dict[str, Any]:
    codes = kk.load_dictionary().national_codes
    return {"nip": nip, "nama": "Fiktif", "jabatan": "Kepala", "eselon": eselon,
            **dict.fromkeys(codes, level), **extra}  # fmt: skip


def test_check_rows_counts_and_scores(nasional: kk.Dictionary) -> None:
    report = kk.check_rows(nasional, [row(), row(NIPS[1], level="3,5")], policy="seleksi")
    assert [str(r.result.jpm) for r in report.results] == ["100.00", "87.50"]
    assert [r.row for r in report.results] == [2, 3]
    assert report.summary.policy_code == "seleksi"
    assert report.summary.bands["ms"] == 2
    assert report.summary.meets_standard == 1
    assert report.summary.gaps["integritas"] == 1
    assert report.errors == []


def test_a_rejected_row_lists_every_problem(nasional: kk.Dictionary) -> None:
    bad = row(eselon="VII", integritas="6", kerjasama="tiga", komunikasi="")
    report = kk.check_rows(nasional, [bad])
    assert [(e.code, e.column) for e in report.errors] == [
        ("unknown-position", "eselon"),
        ("score-out-of-range", "integritas"),
        ("score-not-numeric", "kerjasama"),
    ]
    assert {e.row for e in report.errors} == {2}
    assert report.summary.rows_rejected == 1
    assert "baris 2" in str(report.errors[1])


def test_missing_score_is_an_error_when_the_standard_is_known(nasional: kk.Dictionary) -> None:
    report = kk.check_rows(nasional, [row(perekat_bangsa=None)])
    assert [(e.code, e.column) for e in report.errors] == [("missing-score", "perekat_bangsa")]


def test_duplicate_nips_are_all_checked_and_name_each_other(nasional: kk.Dictionary) -> None:
    report = kk.check_rows(nasional, [row(), row(NIPS[1]), row(), row(NIPS[0] + " ")])
    assert report.summary.rows_checked == 4
    warned = {r.row: r.warnings[0].message for r in report.results if r.warnings}
    assert set(warned) == {2, 4, 5}
    assert "4, 5" in warned[2]
    assert "2, 5" in warned[4]
    assert "2, 4" in warned[5]


def test_duplicate_pass_keeps_exact_keys() -> None:
    assert duplicate_nips([(2, "1"), (3, "01"), (4, "x"), (5, "x"), (6, None)]) == {
        4: (5,),
        5: (4,),
    }
    assert duplicate_nips([(2, 198703152010011002), (3, "198703152010011002")]) == {
        2: (3,),
        3: (2,),
    }


def test_invalid_nip_is_a_warning_not_a_drop(nasional: kk.Dictionary) -> None:
    report = kk.check_rows(nasional, [row("123"), row(""), row(NIPS[2])])
    assert [[w.code for w in r.warnings] for r in report.results] == [
        ["invalid-nip"],
        ["missing-nip"],
        [],
    ]


def test_blank_rows_are_skipped_and_counted_apart(nasional: kk.Dictionary) -> None:
    blank = dict.fromkeys(row(), "")
    report = kk.check_rows(nasional, [row(), blank, dict.fromkeys(row()), row(NIPS[1])])
    assert report.summary.rows_blank == 2
    assert report.summary.rows_read == 2
    assert [r.row for r in report.results] == [2, 5]


def test_mask_nip_masks_every_outcome(nasional: kk.Dictionary) -> None:
    report = kk.check_rows(nasional, [row("123456789"), row(), row()], mask_nip=True)
    text = repr(report.results) + repr(report.errors) + repr([r.result.nip for r in report.results])
    assert NIPS[0] not in text
    assert report.results[1].nip == "**************1001"
    assert report.results[1].result.nip == "**************1001"


def test_dates_give_validity_and_bad_dates_warn(nasional: kk.Dictionary) -> None:
    rows = [row(tanggal_asesmen="02-03-2026"), row(NIPS[1], tanggal_asesmen=dt.date(2025, 1, 31)),
            row(NIPS[2], tanggal_asesmen="kemarin")]  # fmt: skip
    results = kk.check_rows(nasional, rows).results
    assert results[0].result.valid_until == dt.date(2029, 3, 2)
    assert results[1].result.valid_until == dt.date(2028, 1, 31)
    assert results[2].result.valid_until is None
    assert [w.code for w in results[2].warnings] == ["invalid-date"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2026-03-02", dt.date(2026, 3, 2)), ("2/3/2026", dt.date(2026, 3, 2)),
     ("02.03.2026", dt.date(2026, 3, 2)), ("2026-02-30", None), ("2026", None), (None, None)],
)  # fmt: skip
def test_parse_assessed_on(text: object, expected: dt.date | None) -> None:
    assert parse_assessed_on(text) == expected


def test_condition_column_selects_the_conditional_level(nasional: kk.Dictionary) -> None:
    report = kk.check_rows(
        nasional, [row(eselon="I.a", kondisi="kepala_lpnk"), row(eselon="I.a", kondisi="lpnk")]
    )
    assert report.results[0].result.position_level == "jpt_utama"
    assert [e.code for e in report.errors] == ["unknown-condition"]


def test_jenjang_and_eselon_may_agree(nasional: kk.Dictionary) -> None:
    report = kk.check_rows(nasional, [row(jenjang="Jabatan Pimpinan Tinggi Pratama")])
    assert report.results[0].result.position_level == "jpt_pratama"


def test_agency_positions_by_code() -> None:
    agency = kk.load_dictionary(ROOT / "data" / "contoh" / "kamus-instansi-contoh.yaml")
    rows = [row(eselon="", jabatan_kode="kepala_bkpsdm", manajemen_talenta="4",
                pengelolaan_data_kepegawaian="3")]  # fmt: skip
    report = kk.check_rows(agency, rows)
    assert report.results[0].result.standard_code == "kepala_bkpsdm"
    assert report.results[0].result.required_total == 43


def test_xlsx_sheet_numbers_and_dates(nasional: kk.Dictionary, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.append(["catatan"])
    sheet = book.create_sheet("hasil")
    data = row(level=3.5, tanggal_asesmen=dt.datetime(2026, 3, 2))
    sheet.append(list(data))
    sheet.append(list(data.values()))
    path = tmp_path / "hasil.xlsx"
    book.save(path)
    report = kk.check_file(nasional, path, sheet="hasil")
    assert report.summary.sheet == "hasil"
    assert [str(r.result.jpm) for r in report.results] == ["87.50"]
    assert report.results[0].result.valid_until == dt.date(2029, 3, 2)


def test_iter_outcomes_streams_once_with_progress(nasional: kk.Dictionary, tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(row()))
        writer.writeheader()
        writer.writerows(row(nip=f"19671110199203100{i}") for i in range(1, 6))
    seen: list[int] = []
    run = iter_outcomes(nasional, path, progress=seen.append)
    first = next(iter(run))
    assert first.row == 2
    assert run.summary.rows_read == 1
    assert len(list(run._iterator or ())) == 4
    assert run.summary.rows_read == 5
    assert seen == [5]
    with pytest.raises(kk.InputError):
        iter(run)


def test_check_file_missing_columns_before_any_row(nasional: kk.Dictionary, tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text('[{"nip": "1", "nama": "x", "jabatan": "y", "eselon": "II.a"}]')
    with pytest.raises(kk.InputError) as caught:
        kk.check_file(nasional, path)
    assert caught.value.code == "missing-columns"


def test_hostile_sources_raise_our_error(nasional: kk.Dictionary) -> None:
    for source in (None, 42, b"bytes", {"nip": "1"}):
        with pytest.raises(kk.InputError):
            iter_outcomes(nasional, source)  # type: ignore[arg-type]
    report = kk.check_rows(nasional, [row(), "not a row", row(NIPS[1], integritas=[1])])  # type: ignore[list-item]
    assert [(e.row, e.code) for e in report.errors] == [
        (3, "row-not-mapping"),
        (4, "score-not-numeric"),
    ]


# --- the accounting invariant, over messy generated files ----------------------------------
KINDS = (
    "good",
    "good",
    "good",
    "high",
    "word",
    "blank-cell",
    "eselon",
    "dup",
    "nip",
    "extra",
    "blank",
)


def messy_line(kind: str, index: int, codes: tuple[str, ...]) -> list[str]:
    nip = f"1967111019920310{index % 90 + 10:02d}" if kind != "dup" else "196711101992031010"
    scores = ["3,5"] * len(codes)
    eselon, cells = "III.a", []
    if kind == "high":
        scores[index % len(codes)] = "5,25"
    elif kind == "word":
        scores[0] = "empat"
    elif kind == "blank-cell":
        scores[-1] = ""
    elif kind == "eselon":
        eselon = "VI"
    elif kind == "nip":
        nip = "12345"
    elif kind == "extra":
        cells = ["lebih"]
    elif kind == "blank":
        return [""] * (4 + len(codes))
    return [nip, "Fiktif", "Kepala", eselon, *scores, *cells]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(KINDS), max_size=40), st.sampled_from([";", ","]))
def test_every_row_is_accounted_for(kinds: list[str], delimiter: str) -> None:
    dictionary = kk.load_dictionary()
    codes = dictionary.national_codes
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["nip", "nama", "jabatan", "eselon", *codes])
    for index, kind in enumerate(kinds):
        writer.writerow(messy_line(kind, index, codes))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "acak.csv")
        path.write_text(buffer.getvalue(), encoding="utf-8")
        report = kk.check_file(dictionary, path)
    summary = report.summary
    data_rows = {i + 2 for i, kind in enumerate(kinds) if kind != "blank"}
    result_rows = [r.row for r in report.results]
    error_rows = {e.row for e in report.errors}
    assert summary.balanced
    assert summary.rows_read == len(data_rows)
    assert summary.rows_blank == len(kinds) - len(data_rows)
    assert len(result_rows) == len(set(result_rows)) == summary.rows_checked
    assert len(error_rows) == summary.rows_rejected
    assert set(result_rows) | error_rows == data_rows
    assert not set(result_rows) & error_rows
    rejected_kinds = {"high", "word", "blank-cell", "eselon", "extra"}
    assert error_rows == {i + 2 for i, k in enumerate(kinds) if k in rejected_kinds}
    by_nip: dict[str, set[int]] = {}
    for index, kind in enumerate(kinds):
        if kind != "blank":
            by_nip.setdefault(messy_line(kind, index, codes)[0], set()).add(index + 2)
    for result in report.results:
        others = by_nip[messy_line(kinds[result.row - 2], result.row - 2, codes)[0]] - {result.row}
        warned = [w.message for w in result.warnings if w.code == "duplicate-nip"]
        assert bool(warned) == bool(others)
        if others:
            assert warned[0].endswith(", ".join(map(str, sorted(others))))


def test_decimal_results_not_floats(nasional: kk.Dictionary) -> None:
    result = kk.check_rows(nasional, [row(level="2,75")]).results[0].result
    assert result.attained[0] == Decimal("2.75")


@pytest.mark.parametrize("quoted", [False, True])
def test_duplicate_pass_numbers_rows_like_the_csv_module(
    nasional: kk.Dictionary, tmp_path: Path, quoted: bool
) -> None:
    """Duplicate NIPs are named by record numbers, also when a quoted cell spans lines."""
    name = '"Ani\nFiktif"' if quoted else "Ani"
    lines = [f"nip;nama;jabatan;eselon;{';'.join(nasional.national_codes)}"]
    for nip in (NIPS[0], NIPS[1], "", NIPS[0]):
        lines.append(f"{nip};{name};Kepala;II.a;" + ";".join(["4"] * 9))
    path = tmp_path / "a.csv"
    path.write_text("\r\n".join([*lines[:3], "", *lines[3:], ""]), encoding="utf-8")
    report = kk.check_file(nasional, path)
    warned = {r.row: r.warnings[0].message for r in report.results if r.warnings and r.nip}
    first, last = 2, 6  # records, not lines, in both paths
    assert set(warned) == {first, last}
    assert warned[first].endswith(str(last))


def test_the_docs_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = (ROOT / "docs" / "pemeriksaan-berkas.md").read_text("utf-8")
    block = page.split("```python\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(tmp_path)
    printed = io.StringIO()
    monkeypatch.setattr("sys.stdout", printed)
    exec(compile(block, "pemeriksaan-berkas.md", "exec"), {})
    assert printed.getvalue().strip() == "87.50 ['unknown-position', 'score-out-of-range']"


def test_a_nip_stored_as_an_excel_number_is_flagged(nasional: kk.Dictionary) -> None:
    report = kk.check_rows(nasional, [row(nip=1.987031520100110e17)])  # type: ignore[arg-type]
    assert [w.code for w in report.results[0].warnings] == ["nip-as-number"]


BATCH_CODES = (
    "score-out-of-range", "score-not-numeric", "score-not-finite", "missing-score",
    "unknown-position", "standard-not-defined", "missing-position", "position-conflict",
    "unknown-condition", "json-syntax", "json-not-object", "row-not-mapping", "duplicate-nip",
    "invalid-nip", "nip-as-number", "missing-nip", "invalid-date", "extra-cells",
    "unknown-field", "unknown-column", "encoding-cp1252", "missing-columns", "unbalanced-quote",
    "score-not-in-standard", "condition-without-echelon", "condition-not-applicable",
)  # fmt: skip


@pytest.mark.parametrize("code", BATCH_CODES)
def test_every_batch_code_is_documented_and_translated(code: str) -> None:
    from kamus_kompetensi import i18n

    page = (ROOT / "docs" / "pemeriksaan-berkas.md").read_text("utf-8")
    assert f"`{code}`" in page
    assert code in i18n.MESSAGES


def test_summary_breakdowns_count_as_row_by_row(nasional: kk.Dictionary) -> None:
    """Counts and first-appearance order of the breakdowns are those of counting each row
    as it comes, from the results' own per-competency views."""
    from collections import Counter

    levels = ("4", "3,5", "2", "5", "3")
    rows = [
        row(NIPS[i % 4], ("II.a", "III.a", "IV.a")[i % 3], levels[i % 5],
            integritas=levels[(i * 7) % 5], unit_kerja=f"Unit {(i * 5) % 7}")
        for i in range(60)
    ]  # fmt: skip
    results = kk.check_rows(nasional, rows).results
    summary = BatchSummary("x.csv", "pemetaan", "Pemetaan", ("optimal",))
    expected: dict[str, Counter[str]] = {k: Counter() for k in ("b", "p", "u", "g")}
    for item in results:
        summary.add_result(item)
        expected["b"][item.result.band] += 1
        expected["p"][item.result.position_level] += 1
        expected["u"][item.unit or "-"] += 1
        for need in item.result.competencies:
            if not need.meets:
                expected["g"][need.code] += 1
        if item.row % 17 == 0:  # read in the middle: the counts so far
            assert summary.units == expected["u"]
    got = (summary.bands, summary.position_levels, summary.units, summary.gaps)
    for counter, want in zip(got, expected.values(), strict=True):
        assert list(counter.items()) == list(want.items())
    assert summary.meets_standard == sum(r.result.meets_standard for r in results)
    assert len(expected["g"]) > 3


def test_a_row_finding_speaks_the_language_of_the_run_not_of_an_earlier_one(
    nasional: kk.Dictionary,
) -> None:
    from kamus_kompetensi.i18n import language

    row = {
        "nip": NIPS[0],
        "nama": "A",
        "jabatan": "K",
        "eselon": "VI.z",
        **dict.fromkeys(nasional.national_codes, "3"),
    }
    first = kk.check_rows(nasional, [row]).errors[0].message
    with language("en"):
        second = kk.check_rows(nasional, [row]).errors[0].message
    assert first != second
    assert "tidak dikenal" in first
    assert "unknown" in second
