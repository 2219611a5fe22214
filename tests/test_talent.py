"""The talent box: one official's placement (``kk.talent_box``) and the placement the batch
check carries on each row (the ``kinerja`` column).

Expected boxes come from the reference layout (aturan-standar-kompetensi.md §4.2), written
out by hand here: box 9 is high potential and performance above expectations, box 1 low
and below.
"""

from __future__ import annotations

import json
import pickle
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import kamus_kompetensi as kk
from kamus_kompetensi.batch import OfficialResult
from kamus_kompetensi.i18n import language
from kamus_kompetensi.talent import TalentPlacement
from tests.conftest import EXAMPLES, NATIONAL_CODES

TALENT_CSV = EXAMPLES / "talent" / "pejabat-kinerja.csv"
#: box → (potential, performance), from the reference's table.
REFERENCE = {
    9: ("tinggi", "tinggi"),
    8: ("tinggi", "menengah"),
    7: ("menengah", "tinggi"),
    6: ("tinggi", "rendah"),
    5: ("menengah", "menengah"),
    4: ("rendah", "tinggi"),
    3: ("menengah", "rendah"),
    2: ("rendah", "menengah"),
    1: ("rendah", "rendah"),
}
PERFORMANCE_WORDS = {"tinggi": "di atas", "menengah": "sesuai", "rendah": "di bawah"}


def _levels(total_hundredths: int) -> dict[str, str]:
    """Nine JPT Pratama levels (standard 4 each, 36 in all) adding up to the total."""
    base, extra = divmod(total_hundredths, 9)
    values = [base] * 8 + [base + extra]
    return {code: f"{v / 100:.2f}" for code, v in zip(NATIONAL_CODES, values, strict=True)}


def _result(total_hundredths: int, dictionary: kk.Dictionary | None = None) -> kk.AssessmentResult:
    assessment = kk.Assessment(position_level="jpt_pratama", scores=_levels(total_hundredths))
    return kk.check(dictionary or kk.load_dictionary(), assessment)


# (levels summed in hundredths, the JPM that gives, rating as written, box)
CASES = [
    (3240, "90.00", "Sangat Baik", 9),
    (3241, "90.03", "di atas ekspektasi", 9),
    (4500, "125.00", "SANGAT BAIK", 9),
    (3240, "90.00", "Baik", 8),
    (3241, "90.03", "sesuai ekspektasi", 8),
    (3239, "89.97", "Sangat Baik", 7),
    (2808, "78.00", "sangat_baik", 7),
    (3240, "90.00", "Butuh Perbaikan", 6),
    (3241, "90.03", "Kurang", 6),
    (3240, "90.00", "Sangat Kurang", 6),
    (3239, "89.97", "  baik  ", 5),
    (2809, "78.03", "Sesuai  Ekspektasi", 5),
    (2807, "77.97", "Sangat Baik", 4),
    (2808, "78.00", "Kurang", 3),
    (3239, "89.97", "di bawah ekspektasi", 3),
    (2807, "77.97", "Baik", 2),
    (2807, "77.97", "Butuh-Perbaikan", 1),
    (1800, "50.00", "Sangat Kurang", 1),
]


@pytest.mark.parametrize(("total", "jpm", "rating", "box"), CASES)
def test_every_box_from_jpm_and_rating(total: int, jpm: str, rating: str, box: int) -> None:
    result = _result(total)
    assert result.jpm == Decimal(jpm)  # the case table puts the JPM where it says
    placement = kk.talent_box(result, rating)
    potential, performance = REFERENCE[box]
    assert placement.box == box
    assert (placement.potential, placement.performance) == (potential, performance)
    words = PERFORMANCE_WORDS[performance]
    assert placement.label == f"Kinerja {words} ekspektasi dan potensial {potential}"
    assert placement.recommendation


def test_every_box_is_reached_by_the_cases() -> None:
    assert {box for *_, box in CASES} == set(REFERENCE)


@pytest.mark.parametrize(
    ("rating", "performance"),
    [
        ("Sangat Baik", "tinggi"),
        ("Baik", "menengah"),
        ("Butuh Perbaikan", "rendah"),
        ("Kurang", "rendah"),
        ("Sangat Kurang", "rendah"),
        ("di atas ekspektasi", "tinggi"),
        ("sesuai ekspektasi", "menengah"),
        ("di bawah ekspektasi", "rendah"),
        ("BUTUH_PERBAIKAN", "rendah"),
    ],
)
def test_every_predicate_and_phrase(rating: str, performance: str) -> None:
    assert kk.talent_box(_result(3240), rating).performance == performance


def test_the_cut_offs_are_the_talent_policys_not_the_checks_band_policy() -> None:
    """Under ``seleksi`` 78,00 is band MMS (below 80), yet potential stays menengah."""
    d = kk.load_dictionary()
    assessment = kk.Assessment(position_level="jpt_pratama", scores=_levels(2808))
    result = kk.check(d, assessment, policy="seleksi")
    assert result.band == "mms"
    assert kk.talent_box(result, "Baik", d).potential == "menengah"


def test_a_batch_row_is_accepted_and_the_placement_is_plain_data() -> None:
    row = OfficialResult(2, _result(3240))
    placement = kk.talent_box(row, "Baik")
    assert placement.box == 8
    assert pickle.loads(pickle.dumps(placement)) == placement
    assert TalentPlacement.from_dict(json.loads(json.dumps(placement.to_dict()))) == placement
    assert set(placement.to_dict()) == {
        "box",
        "label",
        "potential",
        "performance",
        "recommendation",
    }


def test_unknown_rating_names_the_closest_one() -> None:
    with pytest.raises(kk.InputError) as caught:
        kk.talent_box(_result(3240), "Sangat Baikk")
    assert caught.value.code == "unknown-performance-rating"
    assert "`Sangat Baik`" in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_unknown_rating_in_english_lists_the_choices() -> None:
    with language("en"), pytest.raises(kk.InputError) as caught:
        kk.talent_box(_result(3240), "Luar Biasa")
    text = str(caught.value)
    assert caught.value.code == "unknown-performance-rating"
    assert text.startswith('unknown performance rating "Luar Biasa"')
    assert "Butuh Perbaikan" in text
    assert "did you mean" not in text


@pytest.mark.parametrize(
    ("result", "rating", "dictionary", "code"),
    [
        ("ok", "", None, "missing-performance-rating"),
        ("ok", "   ", None, "missing-performance-rating"),
        ("ok", None, None, "invalid-argument"),
        ("ok", 3, None, "invalid-argument"),
        (None, "Baik", None, "invalid-argument"),
        ("90", "Baik", None, "invalid-argument"),
        (Decimal("90"), "Baik", None, "invalid-argument"),
        ("ok", "Baik", "nasional", "invalid-argument"),
    ],
)
def test_bad_arguments_raise_input_error(
    result: Any, rating: Any, dictionary: Any, code: str
) -> None:
    value = _result(3240) if result == "ok" else result
    with pytest.raises(kk.InputError) as caught:
        kk.talent_box(value, rating, dictionary)
    assert caught.value.code == code


def test_a_dictionary_without_a_talent_policy_says_so() -> None:
    standalone = kk.load_dictionary(EXAMPLES / "valid" / "minimal.yaml")
    assert standalone.talent_policy is None
    assessment = kk.Assessment(
        position_level=standalone.position_levels[0].code, scores={"ketelitian": 3}
    )
    result = kk.check(standalone, assessment, policy=standalone.policies[0].code)
    with pytest.raises(kk.InputError) as caught:
        kk.talent_box(result, "Baik", standalone)
    assert caught.value.code == "talent-policy-missing"
    # Its files are still checked with a kinerja column: the rows just have no box.
    row = {"nip": "198001012005011001", "nama": "A", "jabatan": "Staf", "kinerja": "Baik"}
    row |= {"jenjang": assessment.position_level, "ketelitian": 3}
    report = kk.check_rows(standalone, [row], policy=standalone.policies[0].code)
    assert [r.talent for r in report.results] == [None]
    assert report.errors == []


# --- an agency's own talent policy ----------------------------------------------------------
AGENCY_TALENT = """\
extends: nasional
dictionary: {id: uji-talenta, title: Kamus uji talenta, version: "2026.1"}
talent_policy:
  potential:
    - {code: tinggi, name: Tinggi, min_jpm: 80}
    - {code: menengah, name: Menengah, min_jpm: 60}
    - {code: rendah, name: Rendah, min_jpm: 0}
  performance:
    - {code: tinggi, name: Istimewa, ratings: [Istimewa]}
    - {code: menengah, name: Biasa, ratings: [Biasa]}
    - {code: rendah, name: Kurang, ratings: [Kurang]}
  boxes:
"""
_BOX_LINE = (
    "    - {{number: {n}, potential: {p}, performance: {k}, "
    "label: Kotak {n} instansi, recommendation: Saran {n}}}\n"
)
AGENCY_TALENT += "".join(_BOX_LINE.format(n=n, p=p, k=k) for n, (p, k) in REFERENCE.items())
AGENCY_TALENT += "  succession_boxes: [9]\n"


@pytest.fixture
def agency(tmp_path: Path) -> kk.Dictionary:
    path = tmp_path / "instansi-talenta.yaml"
    path.write_text(AGENCY_TALENT, encoding="utf-8")
    return kk.load_dictionary(path)


def test_agency_cut_offs_and_ratings_replace_the_national_ones(agency: kk.Dictionary) -> None:
    result = _result(2916, agency)  # 29,16 / 36 = 81,00: menengah nationally, tinggi here
    assert result.jpm == Decimal("81.00")
    assert kk.talent_box(_result(2916), "Sangat Baik").box == 7
    placement = kk.talent_box(result, "istimewa", agency)
    assert (placement.box, placement.label, placement.recommendation) == (
        9,
        "Kotak 9 instansi",
        "Saran 9",
    )
    with pytest.raises(kk.InputError) as caught:
        kk.talent_box(result, "Sangat Baik", agency)
    assert caught.value.code == "unknown-performance-rating"


def test_agency_policy_places_batch_rows(agency: kk.Dictionary) -> None:
    rows = [
        {"nip": "198001012005011001", "nama": "A", "jabatan": "Kepala", "eselon": "II.a",
         "kinerja": "Biasa", **_levels(2916)},
        {"nip": "198001012005011002", "nama": "B", "jabatan": "Kepala", "eselon": "II.a",
         "kinerja": "Baik", **_levels(2916)},
    ]  # fmt: skip
    report = kk.check_rows(agency, rows)
    first, second = report.results
    assert first.talent is not None
    assert first.talent.box == 8
    assert second.talent is None
    assert [w.code for w in second.warnings] == ["unknown-performance-rating"]


# --- on each checked row of a batch ---------------------------------------------------------
#: row → box, worked out by hand in tests/examples/talent/README.md.
EXPECTED_ROWS = {2: 9, 3: 9, 4: 9, 5: 7, 6: 7, 7: 8, 8: 5, 9: 2, 10: 6, 11: 3, 12: 1}
EXPECTED_ROWS |= {13: 4, 14: 1, 18: 5}


@pytest.fixture(scope="module")
def talent_report() -> kk.BatchReport:
    return kk.check_file(kk.load_dictionary(), TALENT_CSV)


def test_each_checked_row_carries_its_box(talent_report: kk.BatchReport) -> None:
    boxes = {r.row: r.talent.box for r in talent_report.results if r.talent is not None}
    assert boxes == EXPECTED_ROWS
    assert talent_report.summary.rows_read == 17
    assert [e.row for e in talent_report.errors] == [17]


def test_blank_rating_no_box_and_no_warning(talent_report: kk.BatchReport) -> None:
    row = next(r for r in talent_report.results if r.row == 15)
    assert row.talent is None
    assert row.warnings == ()


def test_unknown_rating_is_a_row_warning(talent_report: kk.BatchReport) -> None:
    row = next(r for r in talent_report.results if r.row == 16)
    assert row.talent is None
    (warning,) = row.warnings
    assert (warning.code, warning.severity, warning.column, warning.value) == (
        "unknown-performance-rating",
        "warning",
        "kinerja",
        "Baik sekali",
    )
    assert "Baik sekali" in warning.message
    assert talent_report.summary.rows_with_warnings == 1


def test_predikat_kinerja_header_and_rows_without_the_column() -> None:
    d = kk.load_dictionary()
    base = {"nip": "198001012005011001", "nama": "A", "jabatan": "Kepala", "eselon": "II.a"}
    with_column = kk.check_rows(d, [{**base, "Predikat Kinerja": "Sangat Baik", **_levels(3240)}])
    assert with_column.results[0].talent is not None
    assert with_column.results[0].talent.box == 9
    without = kk.check_rows(d, [{**base, **_levels(3240)}])
    assert without.results[0].talent is None
    assert without.results[0].to_dict()["talent"] is None


def test_talent_round_trips_through_the_json_report(talent_report: kk.BatchReport) -> None:
    data = json.loads(json.dumps(talent_report.to_dict()))
    item = next(i for i in data["results"] if i["row"] == 7)
    assert item["talent"]["box"] == 8
    assert item["talent"]["potential"] == "tinggi"
    assert item["talent"]["performance"] == "menengah"
    assert item["talent"]["label"] == "Kinerja sesuai ekspektasi dan potensial tinggi"
    again = kk.BatchReport.from_dict(data)
    assert [r.talent for r in again.results] == [r.talent for r in talent_report.results]
    assert pickle.loads(pickle.dumps(talent_report.results[0])) == talent_report.results[0]
