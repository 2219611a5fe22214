"""The talent policy (issue 16): the nine-box grid of Permenpan RB 3/2020 as data.

The national layout, cut-offs and rating mapping below are written out by hand from
``shared/reference/aturan-standar-kompetensi.md`` §4.2 and ``pengembangan-kompetensi.md``
§3, not read from the data.
"""

from __future__ import annotations

import pickle
from decimal import Decimal
from pathlib import Path

import pytest

import kamus_kompetensi as kk
from kamus_kompetensi.errors import ScoreError, UnknownCodeError
from kamus_kompetensi.models import Confidence, TalentPolicy

#: (performance, potential) → box, rows high to low, columns low to high (reference §4.2).
LAYOUT = {
    ("tinggi", "rendah"): 4,
    ("tinggi", "menengah"): 7,
    ("tinggi", "tinggi"): 9,
    ("menengah", "rendah"): 2,
    ("menengah", "menengah"): 5,
    ("menengah", "tinggi"): 8,
    ("rendah", "rendah"): 1,
    ("rendah", "menengah"): 3,
    ("rendah", "tinggi"): 6,
}


@pytest.fixture(scope="module")
def talent() -> TalentPolicy:
    policy = kk.load_dictionary().talent_policy
    assert policy is not None
    return policy


def test_national_layout(talent: TalentPolicy) -> None:
    found = {(b.performance, b.potential): b.number for b in talent.boxes}
    assert found == LAYOUT
    assert talent.succession_boxes == (7, 8, 9)
    assert talent.source is not None
    assert "Nomor 3 Tahun 2020" in talent.source.regulation
    assert talent.source.confidence is Confidence.SEDANG


def test_national_labels_and_recommendations(talent: TalentPolicy) -> None:
    words = {"tinggi": "di atas", "menengah": "sesuai", "rendah": "di bawah"}
    for box in talent.boxes:
        assert box.label == (
            f"Kinerja {words[box.performance]} ekspektasi dan potensial {box.potential}"
        )
        assert box.label_en
        assert box.recommendation
        assert box.recommendation_en
    assert "suksesi" in talent.box("tinggi", "tinggi").recommendation
    assert "peraturan perundang-undangan" in talent.box("rendah", "rendah").recommendation
    for number in (7, 8, 9):
        assert "suksesi" in talent.find_box(number).recommendation  # type: ignore[union-attr]
    for number in range(1, 7):
        assert "suksesi" not in talent.find_box(number).recommendation  # type: ignore[union-attr]


def test_national_axes(talent: TalentPolicy) -> None:
    assert [(p.code, p.min_jpm) for p in talent.potential] == [
        ("tinggi", Decimal(90)),
        ("menengah", Decimal(78)),
        ("rendah", Decimal(0)),
    ]
    assert [(p.code, p.name) for p in talent.performance] == [
        ("tinggi", "Di atas ekspektasi"),
        ("menengah", "Sesuai ekspektasi"),
        ("rendah", "Di bawah ekspektasi"),
    ]


@pytest.mark.parametrize(
    ("jpm", "level"),
    [
        ("138.89", "tinggi"),
        ("100", "tinggi"),
        ("90.00", "tinggi"),
        ("89.99", "menengah"),
        ("78", "menengah"),
        ("77.99", "rendah"),
        ("0", "rendah"),
    ],
)
def test_potential_for(talent: TalentPolicy, jpm: str, level: str) -> None:
    assert talent.potential_for(Decimal(jpm)).code == level


def test_potential_for_an_int(talent: TalentPolicy) -> None:
    assert talent.potential_for(90).code == "tinggi"  # type: ignore[arg-type]


@pytest.mark.parametrize("jpm", [Decimal("NaN"), Decimal("Infinity"), 90.0, "90", None, True])
def test_potential_for_refuses_what_is_not_a_finite_decimal(
    talent: TalentPolicy, jpm: object
) -> None:
    with pytest.raises(ScoreError) as caught:
        talent.potential_for(jpm)  # type: ignore[arg-type]
    assert [p.code for p in caught.value.problems] == ["jpm-invalid"]


@pytest.mark.parametrize(
    ("rating", "level"),
    [
        ("Sangat Baik", "tinggi"),
        ("sangat baik", "tinggi"),
        ("  SANGAT   BAIK ", "tinggi"),
        ("Di atas ekspektasi", "tinggi"),
        ("di-atas-ekspektasi", "tinggi"),
        ("Baik", "menengah"),
        ("sesuai ekspektasi", "menengah"),
        ("Butuh Perbaikan", "rendah"),
        ("butuh_perbaikan", "rendah"),
        ("Kurang", "rendah"),
        ("Sangat Kurang", "rendah"),
        ("di bawah ekspektasi", "rendah"),
    ],
)
def test_performance_for(talent: TalentPolicy, rating: str, level: str) -> None:
    found = talent.performance_for(rating)
    assert found is not None
    assert found.code == level


@pytest.mark.parametrize("rating", ["Cukup", "Istimewa", "", "   ", None, 4, "Sangat"])
def test_unknown_ratings_have_no_level(talent: TalentPolicy, rating: object) -> None:
    assert talent.performance_for(rating) is None


#: Every box reached from a JPM and a rating: (jpm, rating, box).
CASES = [
    ("95", "Sangat Baik", 9),
    ("90", "Baik", 8),
    ("100", "Kurang", 6),
    ("85", "di atas ekspektasi", 7),
    ("78", "Baik", 5),
    ("80.5", "Sangat Kurang", 3),
    ("77.99", "Sangat Baik", 4),
    ("60", "sesuai ekspektasi", 2),
    ("0", "Butuh Perbaikan", 1),
]


def test_cases_reach_every_box() -> None:
    assert sorted(box for _, _, box in CASES) == list(range(1, 10))


@pytest.mark.parametrize(("jpm", "rating", "number"), CASES)
def test_box_from_jpm_and_rating(talent: TalentPolicy, jpm: str, rating: str, number: int) -> None:
    potential = talent.potential_for(Decimal(jpm))
    performance = talent.performance_for(rating)
    assert performance is not None
    box = talent.box(potential.code, performance.code)
    assert box.number == number
    assert talent.find_box(number) is box


@pytest.mark.parametrize(
    ("potential", "performance"), [("sedang", "tinggi"), ("tinggi", ""), (None, None)]
)
def test_box_of_unknown_levels(
    talent: TalentPolicy, potential: object, performance: object
) -> None:
    with pytest.raises(UnknownCodeError) as caught:
        talent.box(potential, performance)  # type: ignore[arg-type]
    assert caught.value.code == "unknown-talent-box"


def test_find_box_of_a_number_that_is_not_a_box(talent: TalentPolicy) -> None:
    for number in (0, 10, None, "9"):
        assert talent.find_box(number) is None


AGENCY = """extends: nasional
dictionary: {id: uji-talenta, title: Kebijakan talenta instansi, version: "1"}
talent_policy:
  potential:
    - {code: tinggi, name: Tinggi, min_jpm: 85}
    - {code: sedang, name: Sedang, min_jpm: 70.5}
    - {code: rendah, name: Rendah, min_jpm: 0}
  performance:
    - {code: atas, name: Di atas, ratings: [Sangat Baik, Istimewa]}
    - {code: tengah, name: Tengah, ratings: [Baik, Cukup]}
    - {code: bawah, name: Di bawah, ratings: [Kurang]}
  boxes:
    - {number: 1, potential: rendah, performance: bawah, label: K1, recommendation: R1}
    - {number: 2, potential: sedang, performance: bawah, label: K2, recommendation: R2}
    - {number: 3, potential: tinggi, performance: bawah, label: K3, recommendation: R3}
    - {number: 4, potential: rendah, performance: tengah, label: K4, recommendation: R4}
    - {number: 5, potential: sedang, performance: tengah, label: K5, recommendation: R5}
    - {number: 6, potential: tinggi, performance: tengah, label: K6, recommendation: R6}
    - {number: 7, potential: rendah, performance: atas, label: K7, recommendation: R7}
    - {number: 8, potential: sedang, performance: atas, label: K8, recommendation: R8}
    - {number: 9, potential: tinggi, performance: atas, label: K9, recommendation: R9}
  succession_boxes: [9]
"""


def test_an_agency_talent_policy_replaces_the_national_one(tmp_path: Path) -> None:
    path = tmp_path / "talenta.yaml"
    path.write_text(AGENCY, encoding="utf-8")
    d = kk.load_dictionary(path)
    policy = d.talent_policy
    assert policy is not None
    assert policy.succession_boxes == (9,)
    assert policy.potential_for(Decimal("86")).code == "tinggi"  # national: menengah
    assert policy.potential_for(Decimal("70.5")).code == "sedang"
    assert policy.potential_for(Decimal("70.49")).code == "rendah"
    assert policy.performance_for("cukup").code == "tengah"  # type: ignore[union-attr]
    assert policy.performance_for("Butuh Perbaikan") is None  # no longer listed
    assert policy.box("sedang", "atas").number == 8
    assert policy.source is None
    # The other national data is still inherited.
    assert d.training_policy == kk.load_dictionary().training_policy
    back = pickle.loads(pickle.dumps(d))
    assert back.talent_policy == policy


def test_succession_boxes_default_to_seven_eight_nine(tmp_path: Path) -> None:
    path = tmp_path / "talenta.yaml"
    path.write_text(AGENCY.replace("  succession_boxes: [9]\n", ""), encoding="utf-8")
    policy = kk.load_dictionary(path).talent_policy
    assert policy is not None
    assert policy.succession_boxes == (7, 8, 9)


def test_a_dictionary_without_a_talent_policy(tmp_path: Path) -> None:
    path = tmp_path / "mandiri.yaml"
    path.write_text('dictionary: {id: mandiri, title: Mandiri, version: "1"}\n', encoding="utf-8")
    d = kk.load_dictionary(path)
    assert d.talent_policy is None
    assert d.training_policy is None
    assert d.leadership_trainings == ()
    assert d.development_activity_types == ()
