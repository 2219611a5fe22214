"""The shipped national dictionary says what the regulation says (facts written out by hand
from the sources listed in docs/sumber.md, not read from the code)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import kamus_kompetensi as kk
from kamus_kompetensi.errors import StandardNotDefinedError
from kamus_kompetensi.models import Cap, CompetencyGroup, Confidence, PositionKind

OFFICIAL_ORDER = [
    ("integritas", "M.01", "Integritas"),
    ("kerjasama", "M.02", "Kerjasama"),
    ("komunikasi", "M.03", "Komunikasi"),
    ("orientasi_hasil", "M.04", "Orientasi pada Hasil"),
    ("pelayanan_publik", "M.05", "Pelayanan Publik"),
    ("pengembangan_diri", "M.06", "Pengembangan Diri dan Orang Lain"),
    ("mengelola_perubahan", "M.07", "Mengelola Perubahan"),
    ("pengambilan_keputusan", "M.08", "Pengambilan Keputusan"),
    ("perekat_bangsa", "SK.1", "Perekat Bangsa"),
]


def test_nine_competencies_in_official_order(nasional: kk.Dictionary) -> None:
    found = [(c.code, c.official_code, c.name) for c in nasional.competencies]
    assert found == OFFICIAL_ORDER


def test_groups(nasional: kk.Dictionary) -> None:
    groups = [c.group for c in nasional.competencies]
    assert groups == [CompetencyGroup.MANAJERIAL] * 8 + [CompetencyGroup.SOSIAL_KULTURAL]


def test_levels_and_indicators_are_complete(nasional: kk.Dictionary) -> None:
    total = 0
    for comp in nasional.competencies:
        assert [lv.level for lv in comp.levels] == [1, 2, 3, 4, 5]
        assert comp.definition
        assert comp.source is not None
        for lv in comp.levels:
            codes = [i.code for i in lv.indicators]
            assert codes == [f"{lv.level}.1", f"{lv.level}.2", f"{lv.level}.3"]
            assert lv.description
            assert all(i.text for i in lv.indicators)
            total += len(codes)
    assert total == 135


def test_issue_example_lookups(nasional: kk.Dictionary) -> None:
    c = nasional.get_competency("integritas")
    assert (c.code, c.official_code, c.name, c.group) == (
        "integritas",
        "M.01",
        "Integritas",
        CompetencyGroup.MANAJERIAL,
    )
    lv = c.levels[2]
    assert (lv.level, lv.indicators[0].code) == (3, "3.1")
    pl = nasional.get_position_level_for_echelon("II.a")
    assert (pl.code, pl.name) == ("jpt_pratama", "Jabatan Pimpinan Tinggi Pratama")
    assert pl.echelons == ("II.a", "II.b")
    assert pl.required_level("integritas") == 4
    assert nasional.get_position_level("pengawas").code == "pengawas"
    assert nasional.get_policy("seleksi").band_for(Decimal("79.98")).code == "mms"


@pytest.mark.parametrize(
    ("echelon", "expected"),
    [
        ("I.a", "jpt_madya"),
        ("I.b", "jpt_madya"),
        ("I", "jpt_madya"),
        ("II.a", "jpt_pratama"),
        ("IIa", "jpt_pratama"),
        ("II/a", "jpt_pratama"),
        ("2a", "jpt_pratama"),
        ("eselon II.a", "jpt_pratama"),
        ("II", "jpt_pratama"),
        ("Eselon IIb", "jpt_pratama"),
        ("III.a", "administrator"),
        ("3b", "administrator"),
        ("IV.a", "pengawas"),
        ("iv-b", "pengawas"),
        ("V.a", "pelaksana"),
        ("5b", "pelaksana"),
    ],
)
def test_echelon_mapping_uu_5_2014_pasal_131(
    nasional: kk.Dictionary, echelon: str, expected: str
) -> None:
    assert nasional.get_position_level_for_echelon(echelon).code == expected


def test_echelon_ia_is_jpt_utama_only_for_head_of_lpnk(nasional: kk.Dictionary) -> None:
    head = nasional.get_position_level_for_echelon("I.a", condition="kepala_lpnk")
    assert head.code == "jpt_utama"
    assert nasional.get_position_level_for_echelon("I.a").code == "jpt_madya"
    # The condition is for I.a only; with I.b it is an error, not quietly ignored.
    with pytest.raises(kk.KamusError) as caught:
        nasional.get_position_level_for_echelon("I.b", condition="kepala_lpnk")
    assert caught.value.code == "condition-not-applicable"


@pytest.mark.parametrize(
    ("level", "required"),
    [
        ("jpt_utama", 5),
        ("jpt_madya", 5),
        ("jpt_pratama", 4),
        ("administrator", 3),
        ("pengawas", 2),
        ("pelaksana", 1),
    ],
)
def test_required_levels(nasional: kk.Dictionary, level: str, required: int) -> None:
    pl = nasional.get_position_level(level)
    assert all(pl.required_level(c.code) == required for c in nasional.competencies)
    assert pl.standard.total == 9 * required
    assert pl.source is not None


FUNCTIONAL = [
    "ahli_utama",
    "ahli_madya",
    "ahli_muda",
    "ahli_pertama",
    "penyelia",
    "mahir",
    "terampil",
    "pemula",
]


@pytest.mark.parametrize("level", FUNCTIONAL)
def test_functional_levels_exist_without_invented_standard(
    nasional: kk.Dictionary, level: str
) -> None:
    pl = nasional.get_position_level(level)
    assert pl.kind == PositionKind.FUNGSIONAL
    assert not pl.has_standard
    with pytest.raises(StandardNotDefinedError, match="instansi") as caught:
        pl.required_level("integritas")
    assert isinstance(caught.value, LookupError)
    with pytest.raises(StandardNotDefinedError):
        nasional.get_standard(level)


def test_all_position_level_codes(nasional: kk.Dictionary) -> None:
    assert [p.code for p in nasional.position_levels] == [
        "jpt_utama",
        "jpt_madya",
        "jpt_pratama",
        "administrator",
        "pengawas",
        "pelaksana",
        *FUNCTIONAL,
    ]


@pytest.mark.parametrize(
    ("policy", "jpm", "band"),
    [
        ("pemetaan", "100", "optimal"),
        ("pemetaan", "90.00", "optimal"),
        ("pemetaan", "89.99", "cukup_optimal"),
        ("pemetaan", "78.00", "cukup_optimal"),
        ("pemetaan", "77.99", "kurang_optimal"),
        ("pemetaan", "0", "kurang_optimal"),
        ("seleksi", "80.00", "ms"),
        ("seleksi", "79.99", "mms"),
        ("seleksi", "68.00", "mms"),
        ("seleksi", "67.99", "kms"),
        ("seleksi", "138.89", "ms"),
    ],
)
def test_policy_bands(nasional: kk.Dictionary, policy: str, jpm: str, band: str) -> None:
    assert nasional.get_policy(policy).band_for(Decimal(jpm)).code == band


def test_policies_are_uncapped_two_places_half_up(nasional: kk.Dictionary) -> None:
    for code in ("pemetaan", "seleksi"):
        p = nasional.get_policy(code)
        assert p.cap == Cap.NONE
        assert (p.rounding.places, str(p.rounding.mode)) == (2, "half_up")
    names = [b.name for b in nasional.get_policy("seleksi").bands]
    assert names == ["Memenuhi Syarat", "Masih Memenuhi Syarat", "Kurang Memenuhi Syarat"]


def test_every_fact_carries_a_source(nasional: kk.Dictionary) -> None:
    records = [*nasional.competencies, *nasional.position_levels, *nasional.policies]
    assert all(r.source is not None and r.source.regulation for r in records)


def test_selection_thresholds_cite_the_jfkk_inpassing_rules(nasional: kk.Dictionary) -> None:
    source = nasional.get_policy("seleksi").source
    assert source is not None
    assert "Berita Negara" in source.regulation
    assert "2020" in source.regulation
    assert "35" in source.regulation
    assert source.confidence == Confidence.SEDANG_TINGGI
    # Honest about the scope of that text and where the category names come from.
    assert source.part is not None
    assert "JFKK" in source.part
    assert source.note is not None
    assert "inpassing" in source.note
    assert "Peraturan BKN Nomor 26 Tahun 2019" in source.note


def test_mapping_thresholds_rest_on_practice(nasional: kk.Dictionary) -> None:
    source = nasional.get_policy("pemetaan").source
    assert source is not None
    assert source.confidence == Confidence.SEDANG
    assert source.note is not None
    assert "praktik" in source.note
    assert "tidak ditemukan" in source.note
