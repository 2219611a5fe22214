"""Competency development data (issue 15): the training policy, leadership trainings,
development activity types and an agency's catalogue, through the public API.

National values are written out by hand from ``shared/reference`` (pengembangan-kompetensi
§1–§2), not read from the data.
"""

from __future__ import annotations

import pickle
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kamus_kompetensi as kk
from kamus_kompetensi.errors import InputError, UnknownCodeError, UnknownCompetencyError
from kamus_kompetensi.models import (
    Confidence,
    DevelopmentPath,
    TrainingPolicy,
    TrainingUnit,
    merge_training_policy,
    minimum_minutes_of,
)
from kamus_kompetensi.resources import data_dir

EXAMPLE = data_dir() / "contoh" / "kamus-instansi-pengembangan-contoh.yaml"
TEMPLATE = data_dir() / "templates" / "kamus-instansi.yaml"
HEAD = 'extends: nasional\ndictionary: {id: uji, title: Kamus uji, version: "1"}\n'


def _agency(tmp_path: Path, body: str, name: str = "instansi.yaml") -> kk.Dictionary:
    path = tmp_path / name
    path.write_text(HEAD + body, encoding="utf-8")
    return kk.load_dictionary(path)


def _codes(tmp_path: Path, body: str) -> list[str]:
    path = tmp_path / "instansi.yaml"
    path.write_text(HEAD + body, encoding="utf-8")
    _, problems = kk.check_dictionary(path)
    return [p.code for p in problems if p.severity == "error"]


# --- national values ---------------------------------------------------------------------
def test_national_training_policy(nasional: kk.Dictionary) -> None:
    policy = nasional.training_policy
    assert policy is not None
    assert (policy.minimum, policy.unit, policy.jp_minutes) == (Decimal(20), TrainingUnit.JP, 45)
    assert policy.minimum_minutes == 20 * 45
    assert policy.source is not None
    assert policy.jp_minutes_source is not None
    assert policy.source.part == "Pasal 203 ayat (4)"
    assert "Nomor 11 Tahun 2017" in policy.source.regulation
    assert "Nomor 17 Tahun 2020" in policy.source.regulation
    assert policy.source.confidence is Confidence.TINGGI
    assert "Lembaga Administrasi Negara" in policy.jp_minutes_source.regulation
    assert policy.jp_minutes_source.confidence is Confidence.SEDANG


LEADERSHIP = [
    ("pkn_i", "jpt_madya", "Diklatpim Tingkat I", Confidence.SEDANG),
    ("pkn_ii", "jpt_pratama", "Diklatpim Tingkat II", Confidence.SEDANG_TINGGI),
    ("pka", "administrator", "Diklatpim Tingkat III", Confidence.SEDANG),
    ("pkp", "pengawas", "Diklatpim Tingkat IV", Confidence.TINGGI),
]


def test_national_leadership_trainings(nasional: kk.Dictionary) -> None:
    found = [
        (t.code, t.position_level, t.former_names[0], t.source.confidence if t.source else None)
        for t in nasional.leadership_trainings
    ]
    assert found == LEADERSHIP
    assert all(len(t.former_names) == 1 for t in nasional.leadership_trainings)
    for code, level, former, _ in LEADERSHIP:
        training = nasional.leadership_training_for(level)
        assert training is not None
        assert training.code == code
        assert nasional.find_leadership_training(former) is training
        assert nasional.get_leadership_training(code) is training


@pytest.mark.parametrize(
    ("spelling", "code"),
    [
        ("PKN II", "pkn_ii"),
        ("pkn-ii", "pkn_ii"),
        ("PKN Tk. II", "pkn_ii"),
        ("Diklatpim II", "pkn_ii"),
        ("DIKLATPIM TINGKAT I", "pkn_i"),
        ("Pelatihan Kepemimpinan Administrator", "pka"),
        ("Diklatpim Tk. III", "pka"),
        ("PKP", "pkp"),
        ("Diklatpim IV", "pkp"),
    ],
)
def test_leadership_trainings_are_found_by_common_spellings(
    nasional: kk.Dictionary, spelling: str, code: str
) -> None:
    found = nasional.find_leadership_training(spelling)
    assert found is not None
    assert found.code == code


def test_leadership_lookups_that_find_nothing(nasional: kk.Dictionary) -> None:
    assert nasional.leadership_training_for("pelaksana") is None
    assert nasional.leadership_training_for("ahli_muda") is None
    assert nasional.leadership_training_for("tidak ada") is None
    assert nasional.leadership_training_for(None) is None
    assert nasional.leadership_training_for("JPT Pratama").code == "pkn_ii"  # type: ignore[union-attr]
    for key in (None, "", "  ", "pkn_iii", 3):
        assert nasional.find_leadership_training(key) is None
    with pytest.raises(UnknownCodeError) as caught:
        nasional.get_leadership_training("pkn_iii")
    assert caught.value.code == "unknown-leadership-training"
    assert isinstance(caught.value, LookupError)


ACTIVITY_TYPES = {
    "pelatihan_klasikal": DevelopmentPath.KLASIKAL,
    "seminar": DevelopmentPath.KLASIKAL,
    "kursus": DevelopmentPath.KLASIKAL,
    "penataran": DevelopmentPath.KLASIKAL,
    "e_learning": DevelopmentPath.NONKLASIKAL,
    "coaching": DevelopmentPath.NONKLASIKAL,
    "mentoring": DevelopmentPath.NONKLASIKAL,
    "magang": DevelopmentPath.NONKLASIKAL,
    "detasering": DevelopmentPath.NONKLASIKAL,
    "pertukaran": DevelopmentPath.NONKLASIKAL,
    "belajar_mandiri": DevelopmentPath.NONKLASIKAL,
    "komunitas_belajar": DevelopmentPath.NONKLASIKAL,
}


def test_national_development_activity_types(nasional: kk.Dictionary) -> None:
    assert {t.code: t.path for t in nasional.development_activity_types} == ACTIVITY_TYPES
    for kind in nasional.development_activity_types:
        assert kind.source is not None
        assert kind.source.confidence is Confidence.SEDANG
        assert kind.name_en
    assert nasional.find_development_activity_type("Pertukaran pegawai").code == "pertukaran"  # type: ignore[union-attr]
    assert nasional.find_development_activity_type("e-learning").code == "e_learning"  # type: ignore[union-attr]
    assert nasional.find_development_activity_type("kuliah") is None


def test_the_national_dictionary_invents_no_course_titles(nasional: kk.Dictionary) -> None:
    assert nasional.development_activities == ()
    assert nasional.development_activities_for("integritas", 100, 5) == ()


# --- training policy of an agency ----------------------------------------------------------
def test_agency_minimum_in_hours_keeps_the_national_jp(tmp_path: Path) -> None:
    d = _agency(tmp_path, "training_policy: {minimum: 40, unit: jam}\n")
    policy = d.training_policy
    assert policy is not None
    assert (policy.minimum, policy.unit, policy.jp_minutes) == (Decimal(40), TrainingUnit.JAM, 45)
    assert policy.minimum_minutes == 2400
    assert policy.unit_minutes == 60
    # The national source documented 20 JP, not the agency's 40 hours; 45 minutes still holds.
    assert policy.source is None
    assert policy.jp_minutes_source == kk.load_dictionary().training_policy.jp_minutes_source  # type: ignore[union-attr]


def test_agency_writing_only_the_unit_keeps_the_national_minimum(tmp_path: Path) -> None:
    d = _agency(tmp_path, "training_policy: {unit: jam}\n")
    assert d.training_policy is not None
    assert d.training_policy.minimum_minutes == 20 * 60
    assert d.training_policy.source is None


def test_agency_writing_only_a_source_keeps_the_national_values(tmp_path: Path) -> None:
    body = "training_policy:\n  source: {regulation: Surat Edaran Bupati, confidence: rendah}\n"
    d = _agency(tmp_path, body)
    assert d.training_policy is not None
    assert d.training_policy.minimum_minutes == 900
    assert d.training_policy.source is not None
    assert d.training_policy.source.regulation == "Surat Edaran Bupati"


def test_agency_without_a_training_policy_inherits_it(tmp_path: Path) -> None:
    d = _agency(tmp_path, "")
    assert d.training_policy == kk.load_dictionary().training_policy


def test_a_chain_merges_key_by_key(tmp_path: Path) -> None:
    (tmp_path / "induk.yaml").write_text(
        HEAD.replace("uji", "induk") + "training_policy: {jp_minutes: 50}\n", encoding="utf-8"
    )
    main = tmp_path / "main.yaml"
    main.write_text(
        'extends: induk.yaml\ndictionary: {id: anak, title: Anak, version: "1"}\n'
        "training_policy: {minimum: 30}\n",
        encoding="utf-8",
    )
    policy = kk.load_dictionary(main).training_policy
    assert policy is not None
    assert (policy.minimum, policy.unit, policy.jp_minutes) == (Decimal(30), TrainingUnit.JP, 50)
    assert policy.minimum_minutes == 1500
    assert policy.jp_minutes_source is None  # the parent's 50 minutes has no source


def test_the_shipped_example(tmp_path: Path) -> None:
    d = kk.load_dictionary(EXAMPLE)
    assert [f.id for f in d.files] == ["nasional", "contoh-kab", "contoh-kab-pengembangan"]
    assert d.training_policy is not None
    assert d.training_policy.minimum_minutes == 2400
    assert d.leadership_trainings == kk.load_dictionary().leadership_trainings
    assert d.talent_policy == kk.load_dictionary().talent_policy
    assert len(d.development_activities) == 5


@pytest.mark.parametrize(
    ("minimum", "unit", "jp_minutes", "minutes"),
    [
        ("20", TrainingUnit.JP, 45, 900),
        ("40", TrainingUnit.JAM, 45, 2400),
        ("20.5", TrainingUnit.JAM, 45, 1230),
        ("20.2", TrainingUnit.JP, 45, 909),
        ("0.05", TrainingUnit.JAM, 45, 3),
        ("20.50", TrainingUnit.JAM, 45, 1230),
        ("20.5", TrainingUnit.JP, 45, None),  # 922.5 minutes
        ("20.125", TrainingUnit.JP, 8, None),  # 161 minutes, but three decimals
        ("0.01", TrainingUnit.JAM, 45, None),  # 0.6 minutes
    ],
)
def test_minimum_minutes_of(
    minimum: str, unit: TrainingUnit, jp_minutes: int, minutes: int | None
) -> None:
    assert minimum_minutes_of(Decimal(minimum), unit, jp_minutes) == minutes


def test_a_training_policy_model_refuses_a_minimum_that_is_not_whole_minutes() -> None:
    with pytest.raises(ValueError, match="whole number of minutes"):
        TrainingPolicy(minimum=Decimal("20.5"), unit=TrainingUnit.JP, jp_minutes=45)


@given(
    hundredths=st.integers(min_value=1, max_value=1_000_000),
    unit=st.sampled_from(list(TrainingUnit)),
    jp_minutes=st.integers(min_value=1, max_value=600),
)
def test_minimum_minutes_is_exact(hundredths: int, unit: TrainingUnit, jp_minutes: int) -> None:
    """For every minimum with at most two decimals, ``minimum_minutes`` is an int exactly
    equal to minimum × minutes per unit when that product is whole, and the policy is
    refused otherwise; computed here in integer hundredths, without Decimal."""
    minimum = Decimal(hundredths).scaleb(-2)
    per_unit = jp_minutes if unit is TrainingUnit.JP else 60
    whole, rest = divmod(hundredths * per_unit, 100)
    if rest:
        with pytest.raises(ValueError):
            TrainingPolicy(minimum=minimum, unit=unit, jp_minutes=jp_minutes)
        return
    policy = TrainingPolicy(minimum=minimum, unit=unit, jp_minutes=jp_minutes)
    assert type(policy.minimum_minutes) is int
    assert policy.minimum_minutes == whole


def test_merge_rule_on_its_own() -> None:
    from kamus_kompetensi.models import Source, TrainingPolicyFields

    national = TrainingPolicyFields(
        minimum=Decimal(20),
        unit=TrainingUnit.JP,
        jp_minutes=45,
        source=Source(regulation="PP", confidence=Confidence.TINGGI),
        jp_minutes_source=Source(regulation="LAN", confidence=Confidence.SEDANG),
    )
    agency = TrainingPolicyFields(minimum=Decimal(40), unit=TrainingUnit.JAM)
    values, origin = merge_training_policy([national, agency])
    assert values == {
        "minimum": Decimal(40),
        "unit": TrainingUnit.JAM,
        "jp_minutes": 45,
        "source": None,
        "jp_minutes_source": national.jp_minutes_source,
    }
    assert origin == {
        "minimum": 1,
        "unit": 1,
        "jp_minutes": 0,
        "source": 1,
        "jp_minutes_source": 0,
    }


# --- leadership trainings and activity types of an agency -------------------------------------
def test_an_agency_list_replaces_the_national_one(tmp_path: Path) -> None:
    body = (
        "leadership_trainings:\n"
        "  - {code: pim_daerah, name: Pelatihan Pimpinan Daerah, position_level: pengawas}\n"
        "development_activity_types:\n"
        "  - {code: bimtek, name: Bimbingan teknis, path: klasikal}\n"
    )
    d = _agency(tmp_path, body)
    assert [t.code for t in d.leadership_trainings] == ["pim_daerah"]
    assert d.leadership_training_for("pengawas").code == "pim_daerah"  # type: ignore[union-attr]
    assert d.leadership_training_for("jpt_pratama") is None
    assert d.find_leadership_training("pkn_ii") is None
    assert [t.code for t in d.development_activity_types] == ["bimtek"]


def test_an_empty_agency_list_replaces_the_national_one(tmp_path: Path) -> None:
    d = _agency(tmp_path, "leadership_trainings: []\n")
    assert d.leadership_trainings == ()
    assert d.leadership_training_for("pengawas") is None


def test_an_inherited_catalogue_is_checked_against_the_types_that_replace_its_own(
    tmp_path: Path,
) -> None:
    (tmp_path / "induk.yaml").write_text(
        HEAD.replace("uji", "induk")
        + "development_activities:\n"
        + "  - {competency: integritas, type: coaching, title: Bimbingan, jp: 4}\n",
        encoding="utf-8",
    )
    main = tmp_path / "main.yaml"
    main.write_text(
        'extends: induk.yaml\ndictionary: {id: anak, title: Anak, version: "1"}\n'
        "development_activity_types: [{code: bimtek, name: Bimtek, path: klasikal}]\n",
        encoding="utf-8",
    )
    _, problems = kk.check_dictionary(main)
    assert [(p.code, p.location.line) for p in problems] == [("unknown-activity-type", 4)]
    assert problems[0].location.file is not None
    assert problems[0].location.file.endswith("induk.yaml")


# --- the catalogue ---------------------------------------------------------------------------
CATALOGUE = """development_activities:
  - {competency: integritas, to_level: 2, type: e_learning, title: A, jp: 4}
  - {competency: integritas, from_level: 3, to_level: 3, type: coaching, title: B, jp: 8}
  - {competency: integritas, from_level: 4, type: magang, title: C, jp: 40.5}
  - {competency: integritas, type: seminar, title: D, jp: 2}
  - {competency: komunikasi, from_level: 2, to_level: 4, type: kursus, title: E, jp: 16}
"""


@pytest.mark.parametrize(
    ("competency", "current", "target", "titles"),
    [
        ("integritas", 100, 2, ["A", "D"]),  # level 2 to reach
        ("integritas", 150, 2, ["A", "D"]),  # 1.5 → still level 2
        ("integritas", 200, 4, ["B", "C", "D"]),  # levels 3 and 4
        ("integritas", 250, 4, ["B", "C", "D"]),  # 2.5 → levels 3 and 4
        ("integritas", 300, 4, ["C", "D"]),  # level 4 only
        ("integritas", 0, 1, ["A", "D"]),  # nothing attained: level 1
        ("integritas", 400, 4, []),  # reached
        ("integritas", 450, 4, []),  # above
        ("Integritas", 200, 3, ["B", "D"]),  # any key form
        ("M.03", 100, 2, ["E"]),
        ("komunikasi", 400, 5, []),  # level 5: no entry covers it
        ("kerjasama", 100, 5, []),  # no entry for the competency
    ],
)
def test_development_activities_for(
    tmp_path: Path, competency: str, current: int, target: int, titles: list[str]
) -> None:
    d = _agency(tmp_path, CATALOGUE)
    found = d.development_activities_for(competency, current, target)
    assert [a.title for a in found] == titles


def test_catalogue_defaults_and_amounts(tmp_path: Path) -> None:
    d = _agency(tmp_path, CATALOGUE)
    first, _, third, fourth, _ = d.development_activities
    assert (first.from_level, first.to_level) == (1, 2)
    assert (fourth.from_level, fourth.to_level) == (1, 5)
    assert third.jp == Decimal("40.5")


@pytest.mark.parametrize(
    ("current", "target"),
    [(-1, 3), (100, 0), (100, 6), (1.5, 3), (100, "3"), (None, 3), (True, 3), (100, 2.0)],
)
def test_development_activities_for_refuses_bad_levels(
    tmp_path: Path, current: object, target: object
) -> None:
    d = _agency(tmp_path, CATALOGUE)
    with pytest.raises(InputError) as caught:
        d.development_activities_for("integritas", current, target)  # type: ignore[arg-type]
    assert caught.value.code == "development-level-invalid"
    assert isinstance(caught.value, ValueError)


def test_development_activities_for_an_unknown_competency(nasional: kk.Dictionary) -> None:
    for key in ("tidak ada", None, ""):
        with pytest.raises(UnknownCompetencyError):
            nasional.development_activities_for(key, 100, 3)


@pytest.mark.parametrize(
    ("body", "codes"),
    [
        ("training_policy: {minimum: 0}\n", ["schema-range"]),
        ("training_policy: {minimum: -5, unit: jam}\n", ["schema-range"]),
        ("training_policy: {jp_minutes: 0}\n", ["schema-range"]),
        ("training_policy: {minimum: 20, satuan: jam}\n", ["schema-additional"]),
        ("training_policy: {minimum: 20.01}\n", ["training-minimum-precision"]),
        ("training_policy: {minimum: 20.01, unit: jam}\n", ["training-minimum-precision"]),
        ("training_policy: {minimum: 20.2}\n", []),
        (
            "development_activities:\n  - {competency: integritas, type: coaching, jp: 3}\n",
            ["schema-required"],
        ),
        (
            "development_activities:\n"
            "  - {competency: integritas, from_level: 6, type: coaching, title: A, jp: 3}\n",
            ["schema-range"],
        ),
        (
            "leadership_trainings:\n  - {code: pkx, name: PKX}\n",
            ["schema-required"],
        ),
        (
            "development_activity_types:\n  - {code: x, name: X, path: daring}\n",
            ["schema-enum"],
        ),
        (
            "development_activity_types:\n"
            "  - {code: x, name: X, path: klasikal}\n"
            "  - {code: x, name: Y, path: nonklasikal}\n",
            ["duplicate-code"],
        ),
    ],
)
def test_validation_codes(tmp_path: Path, body: str, codes: list[str]) -> None:
    assert _codes(tmp_path, body) == codes


def test_the_commented_examples_of_the_starter_file_validate(tmp_path: Path) -> None:
    """Uncommenting the starter file's training policy and catalogue gives a valid file."""
    text = TEMPLATE.read_text(encoding="utf-8")
    head, tail = text.split("# --- Pengembangan kompetensi", 1)
    starts = ("# training_policy:", "# development_activities:", "#   ")
    lines = [line[2:] for line in tail.splitlines() if line.startswith(starts)]
    assert len(lines) >= 6
    path = tmp_path / "awal.yaml"
    path.write_text(head + "\n".join(lines) + "\n", encoding="utf-8")
    d, problems = kk.check_dictionary(path)
    assert [p.code for p in problems if p.severity == "error"] == []
    assert d is not None
    assert d.training_policy is not None
    assert d.training_policy.minimum_minutes == 2400
    assert {a.competency for a in d.development_activities} == {
        "integritas",
        "kompetensi_teknis_contoh",
    }


def test_development_data_pickles(tmp_path: Path) -> None:
    d = _agency(tmp_path, CATALOGUE + "training_policy: {minimum: 40, unit: jam}\n")
    back = pickle.loads(pickle.dumps(d))
    assert back.training_policy == d.training_policy
    assert back.training_policy.minimum_minutes == 2400  # type: ignore[union-attr]
    assert back.development_activities == d.development_activities
    assert back.development_activities_for("integritas", 250, 4) == d.development_activities_for(
        "integritas", 250, 4
    )
    assert back.find_leadership_training("Diklatpim II") == d.find_leadership_training("PKN II")
    assert back.content_hash == d.content_hash


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", 'development activity type code "x" is already defined at'),
        ("id", 'jenis kegiatan pengembangan berkode "x" sudah didefinisikan di'),
    ],
)
def test_a_duplicate_code_names_its_kind_in_the_users_language(
    tmp_path: Path, lang: str, said: str
) -> None:
    path = tmp_path / "instansi.yaml"
    body = (
        "development_activity_types:\n"
        "  - {code: x, name: X, path: klasikal}\n"
        "  - {code: x, name: Y, path: nonklasikal}\n"
    )
    path.write_text(HEAD + body, encoding="utf-8")
    _, problems = kk.check_dictionary(path, lang=lang)
    assert [p.code for p in problems] == ["duplicate-code"]
    assert said in problems[0].message
