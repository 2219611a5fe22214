"""Worked examples of JPM scoring, each computed by hand in the test (never copied output).

Standards of the national dictionary used here (9 competencies each, uniform levels):
pelaksana 1 (Σ 9), pengawas 2 (Σ 18), administrator 3 (Σ 27), jpt_pratama 4 (Σ 36).
"""

from __future__ import annotations

import json
from datetime import date
from decimal import ROUND_DOWN, Decimal, localcontext
from pathlib import Path

import pytest

import kamus_kompetensi as kk
from kamus_kompetensi.errors import StandardNotDefinedError
from kamus_kompetensi.models import Band, Rounding, RoundingMode, ScoringPolicy
from kamus_kompetensi.scoring import parse_level
from kamus_kompetensi.scoring.scorer import band_of, jpm_units, provenance_of, score
from tests.conftest import NATIONAL_CODES as CODES

D = Decimal


@pytest.fixture(scope="module")
def d() -> kk.Dictionary:
    return kk.load_dictionary()


def assess(levels: list[object], **target: object) -> kk.Assessment:
    """An assessment with the nine national competencies in official order."""
    target = target or {"echelon": "II.a"}
    return kk.Assessment(scores=dict(zip(CODES, levels, strict=True)), **target)  # type: ignore[arg-type]


def policy(**changes: object) -> ScoringPolicy:
    """A two-band policy (a ≥ 80, b ≥ 0) with the given cap / rounding / missing rule."""
    bands = (Band(code="a", name="A", min=D(80)), Band(code="b", name="B", min=D(0)))
    return ScoringPolicy(code="uji", name="Uji", bands=bands, **changes)  # type: ignore[arg-type]


def test_dictionary_order_is_the_official_one(d: kk.Dictionary) -> None:
    assert d.national_codes == CODES


# --- the example of the issue ---------------------------------------------------------------
def test_issue_example(d: kk.Dictionary) -> None:
    # 4 + 3.5 + 3.25 + 4 + 4 + 4 + 3.5 + 3 + 4 = 33.25; 33.25 / 36 × 100 = 92.3611… → 92.36
    levels = [4, D("3.5"), "3,25", 4, 4, 4, 3.5, 3, 4]
    a = kk.Assessment(
        echelon="II.a",
        scores=dict(zip(CODES, levels, strict=True)),
        nip="198703152010011002",
        name="Contoh",
        assessed_on=date(2026, 3, 1),
    )
    r = kk.check(d, a, policy="seleksi")
    assert r.jpm == D("92.36")
    assert str(r.jpm) == "92.36"
    assert (r.band, r.band_name) == ("ms", "Memenuhi Syarat")
    assert r.meets_standard is False  # 3.5, 3.25, 3.5 and 3 are below 4
    assert r.attained_total == D("33.25")
    assert r.required_total == 36
    assert [c.code for c in r.competencies] == list(CODES)
    kerjasama = r.competencies[1]
    assert (kerjasama.required, kerjasama.attained, kerjasama.gap, kerjasama.meets) == (
        4,
        D("3.5"),
        D("-0.5"),
        False,
    )
    assert [n.code for n in r.development] == [
        "kerjasama",
        "komunikasi",
        "mengelola_perubahan",
        "pengambilan_keputusan",
    ]
    assert r.valid_until == date(2029, 3, 1)
    assert r.provenance.dictionary_id == "nasional"
    assert r.provenance.dictionary_version == d.version
    assert r.provenance.content_hash == d.content_hash
    assert r.provenance.policy == "seleksi"
    assert r.standard_code == "jpt_pratama"


def test_default_policy_is_pemetaan(d: kk.Dictionary) -> None:
    # 33.25 / 36 = 92.36 ≥ 90 → Optimal under pemetaan
    r = kk.check(d, assess([4, 3.5, 3.25, 4, 4, 4, 3.5, 3, 4]))
    assert r.policy == "pemetaan"
    assert r.band == "optimal"


# --- band boundaries of both shipped policies ------------------------------------------------
# Pelaksana (echelon V.a) requires level 1 for each of 9 competencies, so JPM = Σ / 9 × 100.
BOUNDARIES = [
    # policy, eight levels of x plus one of y, expected shown JPM, band
    ("seleksi", "0.8", "0.8", "80.00", "ms"),  # 7.2 / 9 = 0.8
    ("seleksi", "0.8", "0.79", "79.89", "mms"),  # 7.19 / 9 = 0.79888… → 79.89
    ("seleksi", "0.68", "0.68", "68.00", "mms"),  # 6.12 / 9 = 0.68
    ("seleksi", "0.68", "0.67", "67.89", "kms"),  # 6.11 / 9 = 0.67888… → 67.89
    ("pemetaan", "0.9", "0.9", "90.00", "optimal"),  # 8.1 / 9 = 0.9
    ("pemetaan", "0.9", "0.89", "89.89", "cukup_optimal"),  # 8.09 / 9 = 0.89888…
    ("pemetaan", "0.78", "0.78", "78.00", "cukup_optimal"),  # 7.02 / 9 = 0.78
    ("pemetaan", "0.78", "0.77", "77.89", "kurang_optimal"),  # 7.01 / 9 = 0.77888…
    ("pemetaan", "0", "0", "0.00", "kurang_optimal"),  # nothing attained
    ("pemetaan", "5", "5", "500.00", "optimal"),  # 45 / 9: no cap by default
]


@pytest.mark.parametrize(("policy_code", "x", "y", "shown", "band"), BOUNDARIES)
def test_band_boundaries(
    d: kk.Dictionary, policy_code: str, x: str, y: str, shown: str, band: str
) -> None:
    r = kk.check(d, assess([x] * 8 + [y], echelon="V.a"), policy=policy_code)
    assert str(r.jpm) == shown
    assert r.band == band


@pytest.mark.parametrize(
    ("jpm", "band"),
    [("79.99", "mms"), ("80.00", "ms"), ("67.99", "kms"), ("68.00", "mms"), ("0", "kms")],
)
def test_seleksi_band_for_is_inclusive_at_lower_bounds(
    d: kk.Dictionary, jpm: str, band: str
) -> None:
    assert d.get_policy("seleksi").band_for(D(jpm)).code == band


# --- rounding --------------------------------------------------------------------------------
def test_119_over_144_prints_82_64(d: kk.Dictionary) -> None:
    # 7 × 3.25 + 2 × 3.5 = 22.75 + 7 = 29.75, and 29.75 / 36 = 119 / 144 (both × 4)
    # 119 / 144 × 100 = 82.6388… → half-up 82.64 (truncating would print 82.63)
    r = kk.check(d, assess(["3.25"] * 7 + ["3.5"] * 2), policy="seleksi")
    assert r.attained_total * 4 == 119
    assert r.jpm == D("82.64")
    assert r.band == "ms"


@pytest.mark.parametrize(
    ("mode", "places", "shown"),
    [
        # 6.61 levels over a requirement of 8: 661 / 8 = 82.625 % exactly, a true tie
        (RoundingMode.HALF_UP, 2, "82.63"),
        (RoundingMode.HALF_EVEN, 2, "82.62"),
        (RoundingMode.DOWN, 2, "82.62"),
        (RoundingMode.HALF_UP, 1, "82.6"),  # 82.625 → one place: 82.6
        (RoundingMode.HALF_UP, 0, "83"),
        (RoundingMode.DOWN, 0, "82"),
    ],
)
def test_rounding_modes(mode: RoundingMode, places: int, shown: str) -> None:
    p = policy(rounding=Rounding(places=places, mode=mode))
    units, capped = jpm_units(661, 8, p)
    assert str(D(units).scaleb(-places)) == shown
    assert capped is False


def test_half_even_rounds_an_odd_tie_up() -> None:
    # 663 / 8 = 82.875: the tie sits between 82.87 and 82.88; half-even takes the even 82.88
    p = policy(rounding=Rounding(places=2, mode=RoundingMode.HALF_EVEN))
    assert jpm_units(663, 8, p) == (8288, False)


def test_band_is_decided_on_the_shown_value() -> None:
    # 159.99 levels over 200 required: 79.995 % exactly; half-up shows 80.00 (band a),
    # down shows 79.99 (band b)
    up_policy, down_policy = policy(), policy(rounding=Rounding(mode=RoundingMode.DOWN))
    up, _ = jpm_units(15999, 200, up_policy)
    down, _ = jpm_units(15999, 200, down_policy)
    assert (up, band_of(up_policy.bands, up, 100).code) == (8000, "a")
    assert (down, band_of(down_policy.bands, down, 100).code) == (7999, "b")


def test_caller_decimal_context_does_not_change_results(d: kk.Dictionary) -> None:
    with localcontext() as ctx:
        ctx.prec = 3
        r = kk.check(d, assess(["3.25"] * 7 + ["3.5"] * 2))
    assert r.jpm == D("82.64")


def test_hostile_caller_context_neither_changes_results_nor_sees_our_flags(
    d: kk.Dictionary,
) -> None:
    """Tiny precision, truncation and every trap on: the scorer's arithmetic (single
    check and batch path alike) must not touch the caller's context at all."""
    rows = [
        {"nip": "196711101992031001", "nama": "A", "jabatan": "K", "eselon": "II.a",
         **dict.fromkeys(CODES, "3,25"), CODES[0]: "3,5", CODES[1]: "3,5"},
    ]  # fmt: skip
    with localcontext() as ctx:
        ctx.prec, ctx.rounding = 2, ROUND_DOWN
        ctx.traps = dict.fromkeys(ctx.traps, True)
        ctx.clear_flags()
        single = kk.check(d, assess(["3.25"] * 7 + ["3.5"] * 2), policy="seleksi")
        batch = kk.check_rows(d, rows, policy="seleksi").results[0].result
        flags = [name for name, raised in ctx.flags.items() if raised]
    # 29.75 / 36 × 100 = 82.638…: half-up to 82.64 (truncation would give 82.63)
    assert (single.jpm, batch.jpm) == (D("82.64"), D("82.64"))
    assert (single.attained_total, batch.attained_total) == (D("29.75"), D("29.75"))
    assert flags == []


# --- capping ---------------------------------------------------------------------------------
# Pengawas (IV.a) requires 2 each (Σ 18). Levels 3+3+3+2+2+2+1+1+1.5 = 18.5.
CAP_LEVELS = [3, 3, 3, 2, 2, 2, 1, 1, "1.5"]


def test_cap_none_reports_above_100(d: kk.Dictionary) -> None:
    r = kk.check(d, assess(CAP_LEVELS, echelon="IV.a"), policy=policy())
    # 18.5 / 18 × 100 = 102.777… → 102.78
    assert r.jpm == D("102.78")
    assert r.above_full_match is True
    assert r.capped is False
    assert r.meets_standard is False  # 1, 1 and 1.5 are below 2


def test_cap_competency_counts_each_level_up_to_its_requirement(d: kk.Dictionary) -> None:
    r = kk.check(d, assess(CAP_LEVELS, echelon="IV.a"), policy=policy(cap="competency"))
    # counted: 2+2+2+2+2+2+1+1+1.5 = 15.5; 15.5 / 18 × 100 = 86.111… → 86.11
    assert r.jpm == D("86.11")
    assert r.attained_total == D("15.5")
    assert r.capped is True
    assert [c.counted for c in r.competencies][:3] == [2, 2, 2]
    assert [c.attained for c in r.competencies][:3] == [3, 3, 3]
    assert r.competencies[0].gap == 1  # the gap still shows the surplus


def test_cap_total_stops_at_100(d: kk.Dictionary) -> None:
    r = kk.check(d, assess(CAP_LEVELS, echelon="IV.a"), policy=policy(cap="total"))
    assert r.jpm == D("100.00")  # min(102.77…, 100)
    assert r.capped is True
    assert r.band == "a"


def test_caps_change_nothing_below_the_standard(d: kk.Dictionary) -> None:
    levels = [2, 2, 2, 2, 2, 2, 1, 1, 1]  # 15 / 18 × 100 = 83.333… → 83.33
    for cap in ("none", "competency", "total"):
        r = kk.check(d, assess(levels, echelon="IV.a"), policy=policy(cap=cap))
        assert (r.jpm, r.capped) == (D("83.33"), False)


# --- fractional levels, gaps, development ----------------------------------------------------
def test_fractional_levels_in_every_accepted_form(d: kk.Dictionary) -> None:
    levels = ["3,5", "3.25", 3.75, D("2.5"), " 4 ", 4, "4,0", "0.5", 5]
    r = kk.check(d, assess(levels, echelon="III.a"))
    # 3.5 + 3.25 + 3.75 + 2.5 + 4 + 4 + 4 + 0.5 + 5 = 30.5; 30.5 / 27 × 100 = 112.962… → 112.96
    assert r.attained_total == D("30.5")
    assert r.jpm == D("112.96")
    gaps = [c.gap for c in r.competencies]
    assert gaps == [D(x) for x in ("0.5", "0.25", "0.75", "-0.5", "1", "1", "1", "-2.5", "2")]
    assert r.meets_standard is False


def test_development_levels_run_above_attained_up_to_required(d: kk.Dictionary) -> None:
    # JPT Pratama requires 4: attained 2.5 → levels 3, 4; 3 → 4; 3.75 → 4; 0 → 1–4; 4 → none
    r = kk.check(d, assess([D("2.5"), 3, "3.75", 0, 4, 4, 5, 4, 4]))
    needs = {n.code: list(n.levels) for n in r.development}
    assert needs == {
        "integritas": [3, 4],
        "kerjasama": [4],
        "komunikasi": [4],
        "orientasi_hasil": [1, 2, 3, 4],
    }
    assert r.development[0].levels[0] == 3
    assert d.get_competency(r.development[0].code).level(3).indicators


def test_meets_standard_when_every_level_reaches_it(d: kk.Dictionary) -> None:
    r = kk.check(d, assess([3, 3, 3, 3, 3, 3, 3, 3, 4], echelon="III.b"), policy="seleksi")
    # 28 / 27 × 100 = 103.703… → 103.70
    assert (r.meets_standard, r.jpm, r.development) == (True, D("103.70"), ())


# --- naming the standard ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("target", "standard"),
    [
        ({"echelon": "II.b"}, "jpt_pratama"),
        ({"echelon": "eselon iii.a"}, "administrator"),
        ({"position_level": "Jabatan Pengawas"}, "pengawas"),
        ({"position_level": "jpt_madya"}, "jpt_madya"),
        ({"echelon": "I.a"}, "jpt_madya"),
        ({"echelon": "I.a", "condition": "kepala_lpnk"}, "jpt_utama"),
    ],
)
def test_the_standard_can_be_named_several_ways(
    d: kk.Dictionary, target: dict[str, str], standard: str
) -> None:
    assert kk.check(d, assess([5] * 9, **target)).standard_code == standard


def test_functional_levels_have_no_guessed_standard(d: kk.Dictionary) -> None:
    with pytest.raises(StandardNotDefinedError):
        kk.check(d, assess([3] * 9, position_level="ahli_muda"))


def test_keys_may_be_codes_official_codes_or_names_in_any_case(d: kk.Dictionary) -> None:
    keys = ["INTEGRITAS", "m.02", "Komunikasi", "M04", "pelayanan publik"]
    keys += ["Pengembangan Diri dan Orang Lain", "M.07", "m 08", "SK.1"]
    r = kk.check(d, kk.Assessment(echelon="V.b", scores=dict.fromkeys(keys, 1)))
    assert r.jpm == D("100.00")  # 9 / 9


def test_readiness_checks_against_another_level(d: kk.Dictionary) -> None:
    a = assess([3] * 9, echelon="III.a")
    now = kk.check(d, a)
    promotion = kk.readiness(d, a, target="jpt_pratama")
    assert (now.standard_code, now.jpm) == ("administrator", D("100.00"))  # 27 / 27
    # 27 / 36 × 100 = 75.00 → below 78: Kurang Optimal; each 3 is 1 short of 4
    assert (promotion.standard_code, promotion.jpm) == ("jpt_pratama", D("75.00"))
    assert promotion.band == "kurang_optimal"
    assert [n.code for n in promotion.development] == list(CODES)
    assert kk.readiness(d, a, target="II.a").standard_code == "jpt_pratama"


# --- missing scores --------------------------------------------------------------------------
def test_every_missing_score_is_named(d: kk.Dictionary) -> None:
    a = kk.Assessment(echelon="II.a", scores={"integritas": 4, "kerjasama": None})
    with pytest.raises(kk.ScoreError) as info:
        kk.check(d, a)
    problems = info.value.problems
    assert {p.code for p in problems} == {"missing-score"}
    assert [p.params["key"] for p in problems] == list(CODES[1:])


def test_policy_may_count_missing_scores_as_zero(d: kk.Dictionary) -> None:
    a = kk.Assessment(echelon="IV.a", scores=dict.fromkeys(CODES[:8], 2))
    r = kk.check(d, a, policy=policy(missing="zero"))
    # 8 × 2 = 16; 16 / 18 × 100 = 88.888… → 88.89
    assert r.jpm == D("88.89")
    assert r.competencies[-1].attained == 0
    assert r.development[0].levels == (1, 2)


def test_all_problems_are_listed_at_once(d: kk.Dictionary) -> None:
    scores = {"integritas": 4, "M.01": 4, "integritass": 3, "kerjasama": 4}
    with pytest.raises(kk.ScoreError) as info:
        kk.check(d, kk.Assessment(echelon="II.a", scores=scores))
    codes = [p.code for p in info.value.problems]
    assert codes.count("duplicate-score") == 1
    assert codes.count("unknown-competency") == 1
    assert codes.count("missing-score") == 7
    assert isinstance(info.value, ValueError)


def test_value_problems_are_all_listed_at_construction() -> None:
    scores = {"integritas": "abc", "kerjasama": 6, "komunikasi": float("nan"), "x": True}
    with pytest.raises(kk.ScoreError) as info:
        kk.Assessment(echelon="II.a", scores=scores)
    assert [p.code for p in info.value.problems] == [
        "score-not-numeric",
        "score-out-of-range",
        "score-not-finite",
        "score-not-numeric",
    ]


# --- custom dictionary: positions and a policy from YAML -------------------------------------
AGENCY = """\
extends: nasional
dictionary: {id: instansi-uji, title: Instansi uji, version: "2026.1"}
competencies:
  - code: pengelolaan_anggaran
    name: Pengelolaan Anggaran
    group: teknis
    definition: Merencanakan dan mempertanggungjawabkan anggaran.
    levels:
      - {level: 1, description: Satu, indicators: [{code: "1.1", text: Satu.}]}
      - {level: 2, description: Dua, indicators: [{code: "2.1", text: Dua.}]}
      - {level: 3, description: Tiga, indicators: [{code: "3.1", text: Tiga.}]}
      - {level: 4, description: Empat, indicators: [{code: "4.1", text: Empat.}]}
      - {level: 5, description: Lima, indicators: [{code: "5.1", text: Lima.}]}
positions:
  - code: analis_anggaran_ahli_muda
    name: Analis Anggaran Ahli Muda
    position_level: ahli_muda
    required: {default: 3, pengelolaan_anggaran: 4}
policies:
  - code: ketat
    name: Seleksi ketat
    bands:
      - {code: ms, name: Memenuhi Syarat, min: 90}
      - {code: tms, name: Tidak Memenuhi Syarat, min: 0}
    cap: competency
    missing: zero
    rounding: {places: 1, mode: half_even}
"""


@pytest.fixture
def agency(tmp_path: Path) -> kk.Dictionary:
    path = tmp_path / "instansi.yaml"
    path.write_text(AGENCY, encoding="utf-8")
    return kk.load_dictionary(path)


def test_position_standard_with_a_policy_from_yaml(agency: kk.Dictionary) -> None:
    scores = dict.fromkeys(CODES, 3) | {"Pengelolaan Anggaran": "4,5", "integritas": 5}
    a = kk.Assessment(position="analis_anggaran_ahli_muda", scores=scores)
    r = kk.check(agency, a, policy="ketat")
    # required 9 × 3 + 4 = 31; counted (capped) 9 × 3 + 4 = 31 → 100.0 with 1 place
    assert (r.jpm, r.band, r.capped) == (D("100.0"), "ms", True)
    assert r.provenance.dictionary_id == "instansi-uji"
    # Under the national pemetaan policy nothing is capped: 5 + 8 × 3 + 4.5 = 33.5
    # 33.5 / 31 × 100 = 108.064… → 108.06
    assert kk.check(agency, a).jpm == D("108.06")


def test_readiness_ignores_competencies_outside_the_target(agency: kk.Dictionary) -> None:
    scores = dict.fromkeys(CODES, 3) | {"pengelolaan_anggaran": 4}
    a = kk.Assessment(position="analis_anggaran_ahli_muda", scores=scores)
    r = kk.readiness(agency, a, target="administrator")
    assert r.jpm == D("100.00")  # 27 / 27; the technical score is not part of it
    with pytest.raises(kk.ScoreError, match=r"not-in-standard|tidak termasuk"):
        kk.check(agency, kk.Assessment(position_level="administrator", scores=scores))


# --- result data -----------------------------------------------------------------------------
def test_to_dict_is_json_ready_and_stable(d: kk.Dictionary) -> None:
    a = kk.Assessment(
        echelon="IV.a",
        scores=dict(zip(CODES, [2, 2, 2, 2, 2, 2, 2, 2, "1.5"], strict=True)),
        nip="198703152010011002",
        assessed_on="2026-03-01",
    )
    data = json.loads(json.dumps(kk.check(d, a, policy="seleksi").to_dict()))
    assert list(data) == [
        "format",
        "official",
        "assessed_on",
        "valid_until",
        "standard",
        "policy",
        "cap",
        "jpm",
        "band",
        "meets_standard",
        "capped",
        "attained_total",
        "required_total",
        "competencies",
        "development",
        "warnings",
        "provenance",
    ]
    # 17.5 / 18 × 100 = 97.222… → 97.22
    assert data["jpm"] == "97.22"
    assert data["valid_until"] == "2029-03-01"
    assert data["band"]["code"] == "ms"
    assert data["competencies"][8] == {
        "code": "perekat_bangsa",
        "required": 2,
        "attained": "1.5",
        "counted": "1.5",
        "gap": "-0.5",
        "meets": False,
    }
    assert data["development"][0]["levels"] == [2]
    assert data["provenance"]["policy"] == "seleksi"


def test_result_round_trips_through_to_dict_and_pickle(d: kk.Dictionary) -> None:
    import pickle

    a = kk.Assessment(
        echelon="IV.a",
        scores=dict(zip(CODES, [2, 2, 2, 2, 2, 2, 2, 2, "1.5"], strict=True)),
        nip="12345",
        assessed_on="2026-03-01",
    )
    result = kk.check(d, a, policy="seleksi")
    assert kk.AssessmentResult.from_dict(json.loads(json.dumps(result.to_dict()))) == result
    pickled = pickle.dumps(result)
    assert pickle.loads(pickled) == result
    assert len(pickled) < 4096  # plain values only: no engine, no dictionary texts


def test_nip_is_masked_in_reprs(d: kk.Dictionary) -> None:
    a = kk.Assessment(echelon="IV.a", scores=dict.fromkeys(CODES, 2), nip="198703152010011002")
    r = kk.check(d, a)
    assert "198703152010011002" not in repr(a)
    assert "198703152010011002" not in repr(r)
    assert r.nip == "198703152010011002"


def test_results_are_frozen_and_comparable(d: kk.Dictionary) -> None:
    a = assess([4] * 9)
    r = kk.check(d, a)
    with pytest.raises(AttributeError):
        r.jpm = D(1)  # type: ignore[misc]
    assert r == kk.check(d, a)
    assert r.competencies[0].meets is True


@pytest.mark.parametrize(
    ("assessed_on", "until"),
    [(date(2026, 3, 1), date(2029, 3, 1)), (date(2024, 2, 29), date(2027, 2, 28))],
)
def test_valid_for_three_years(d: kk.Dictionary, assessed_on: date, until: date) -> None:
    a = kk.Assessment(echelon="IV.a", scores=dict.fromkeys(CODES, 2), assessed_on=assessed_on)
    assert kk.check(d, a).valid_until == until


def test_score_core_agrees_with_check(d: kk.Dictionary) -> None:
    """The batch engine calls ``score`` with hundredths; ``check`` goes through it too."""
    standard = d.get_standard("jpt_pratama")
    seleksi = d.get_policy("seleksi")
    assert standard.codes == CODES
    assert standard.total == 36
    texts = ("4", "3.5", "3.25", "4", "4", "4", "3.5", "3", "4")
    hundredths = (400, 350, 325, 400, 400, 400, 350, 300, 400)
    direct = score(standard, seleksi, hundredths, provenance_of(d, "seleksi"))
    assert direct == kk.check(d, assess(list(texts)), policy="seleksi")
    # 33.25 / 36 = 92.361… % → 92.36
    assert (direct.jpm, direct.band) == (D("92.36"), "ms")


def test_score_refuses_a_short_level_tuple(d: kk.Dictionary) -> None:
    standard = d.get_standard("jpt_pratama")
    with pytest.raises(kk.ScoreError) as info:
        score(standard, d.get_policy("seleksi"), (400,) * 8, provenance_of(d, "seleksi"))
    assert [p.code for p in info.value.problems] == ["levels-count"]


@pytest.mark.parametrize(
    ("text", "level"),
    [("3,5", "3.5"), ("3.25", "3.25"), (" 4 ", "4"), (".5", "0.5"), ("5", "5"), ("0", "0")],
)
def test_parse_level(text: str, level: str) -> None:
    assert parse_level(text) == D(level)
    assert parse_level(0.1) == D("0.1")  # via repr, not the binary expansion


def test_the_policy_example_in_the_docs_loads_and_scores(tmp_path: Path) -> None:
    page = (Path(__file__).parent.parent / "docs" / "penilaian.md").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0] for b in page.split("```yaml\n")[1:]]
    snippet = next(b for b in blocks if b.startswith("extends: nasional"))
    path = tmp_path / "instansi.yaml"
    path.write_text(snippet, encoding="utf-8")
    d = kk.load_dictionary(path)
    # 9 × 4 = 36 of 36 at JPT Pratama: 100.00 ≥ 90 → ms
    r = kk.check(d, assess([4] * 9), policy="seleksi_ketat")
    assert (r.jpm, r.band) == (D("100.00"), "ms")
    # 9 × 5 = 45 → 125 uncapped, capped at 100 by `cap: total`
    assert kk.check(d, assess([5] * 9), policy="seleksi_ketat").jpm == D("100.00")


def test_agency_result_records_every_file_of_the_chain() -> None:
    from kamus_kompetensi.resources import data_dir

    agency = kk.load_dictionary(data_dir() / "contoh" / "kamus-instansi-contoh.yaml")
    scores = dict.fromkeys(agency.national_codes, 4)
    scores.update({"manajemen_talenta": 4, "pengelolaan_data_kepegawaian": 3})
    result = kk.check(agency, kk.Assessment(position="kepala_bkpsdm", scores=scores))
    files = result.provenance.files
    assert [f.id for f in files] == ["nasional", agency.id]
    assert files[0].path == "nasional"
    assert all(len(f.sha256) == 64 for f in files)
    assert result.to_dict()["provenance"]["files"][1]["id"] == agency.id
