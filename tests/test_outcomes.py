"""Batch outcomes are plain data: they pickle, compare, and come back from the JSON report."""

from __future__ import annotations

import io
import json
import pickle
from pathlib import Path

import pytest

import kamus_kompetensi as kk
from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.record_keys import record_keys

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "contoh" / "hasil-asesmen-contoh.csv"


@pytest.fixture(scope="module")
def report() -> kk.BatchReport:
    return kk.check_file(kk.load_dictionary(), SAMPLE, policy="seleksi")


def test_json_report_is_to_dict(report: kk.BatchReport) -> None:
    out = io.StringIO()
    kk.render(report, "json", out)
    assert json.loads(out.getvalue()) == json.loads(json.dumps(report.to_dict()))


def test_a_saved_json_report_gives_the_report_back(report: kk.BatchReport, tmp_path: Path) -> None:
    target = tmp_path / "laporan.json"
    kk.render(report, "json", target)
    again = kk.BatchReport.from_dict(json.loads(target.read_text("utf-8")))
    assert again == report
    assert again.summary.provenance == report.summary.provenance
    assert [r.details for r in again.results] == [r.details for r in report.results]
    # ...and renders the same CSV as the report it came from
    first, second = io.StringIO(), io.StringIO()
    kk.render(report, "csv", first)
    kk.render(again, "csv", second)
    assert first.getvalue() == second.getvalue()


def test_a_streamed_run_renders_the_same_json_as_its_finished_report(
    report: kk.BatchReport,
) -> None:
    out = io.StringIO()
    kk.render(kk.iter_outcomes(kk.load_dictionary(), SAMPLE, policy="seleksi"), "json", out)
    assert json.loads(out.getvalue()) == report.to_dict()


def test_reports_and_their_parts_pickle(report: kk.BatchReport) -> None:
    assert pickle.loads(pickle.dumps(report)) == report
    one = report.results[0]
    assert pickle.loads(pickle.dumps(one)) == one
    assert len(pickle.dumps(one)) < 4096  # values only: no engine, no dictionary texts
    assert pickle.loads(pickle.dumps(report.errors[0])) == report.errors[0]


def test_a_report_in_another_format_is_refused(report: kk.BatchReport) -> None:
    data = report.to_dict()
    data["format"] = "kamus-kompetensi/batch-report/1"
    with pytest.raises(kk.InputError) as info:
        kk.BatchReport.from_dict(data)
    assert info.value.code == "report-format"


def test_records_are_flat_with_the_registry_keys(report: kk.BatchReport) -> None:
    records = report.to_records()
    assert len(records) == len(report.results) == 38
    codes = kk.load_dictionary().national_codes
    assert list(records[0]) == list(record_keys(codes))
    first = records[0]
    assert (first["row"], first["nip"], first["position_level"]) == (
        2,
        "198904272017042101",
        "jpt_pratama",
    )
    assert isinstance(first["jpm"], float)
    assert isinstance(first["integritas_attained"], float)
    assert first["band"] == "ms"
    assert first["band_name"] == "Memenuhi Syarat"


def test_records_of_mixed_standards_line_up(nasional: kk.Dictionary) -> None:
    agency = kk.load_dictionary(SAMPLE.parent / "kamus-instansi-contoh.yaml")
    position = agency.positions[0]
    technical = [c for c in position.standard.codes if c not in agency.national_codes]
    base = {"nip": "196711101992031001", "nama": "A", "jabatan": "K"}
    scores = dict.fromkeys(agency.national_codes, "3")
    rows = [
        {**base, "jabatan_kode": position.code, **scores, **dict.fromkeys(technical, "3")},
        {**base, "nip": "196711101992031002", "eselon": "IV.a", **scores},
    ]
    records = kk.check_rows(agency, rows).to_records()
    assert list(records[0]) == list(records[1])
    assert records[1][f"{technical[0]}_required"] is None
    assert records[0][f"{technical[0]}_required"] == position.standard.levels[technical[0]]


def test_row_issue_reads_as_a_located_message() -> None:
    issue = RowIssue(8, "score-out-of-range", "di luar rentang", "error", "Integritas", "5,5")
    assert str(issue) == 'baris 8, kolom "Integritas": "5,5": di luar rentang [score-out-of-range]'
    alone = RowIssue(None, "invalid-nip", "struktur NIP tidak valid", "warning", "nip", "***")
    assert str(alone) == 'kolom "nip": "***": struktur NIP tidak valid [invalid-nip]'
    assert RowIssue.from_dict(issue.to_dict()) == issue
