"""Policies beyond the two national ones: band on the exact JPM, group weights, an
agency's own bands per position level, and an agency replacing a national policy."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

import kamus_kompetensi as kk
from kamus_kompetensi.models import Band, GroupWeights, ScoringPolicy, Standard
from kamus_kompetensi.scoring import provenance_of, score
from tests.conftest import Cli

ROOT = Path(__file__).resolve().parent.parent
KKP = ROOT / "data" / "contoh" / "kebijakan-kkp-contoh.yaml"
AGENCY = ROOT / "data" / "contoh" / "kamus-instansi-contoh.yaml"
BANDS = (Band(code="a", name="A", min=Decimal(80)), Band(code="b", name="B", min=Decimal(0)))


def policy(**changes: object) -> ScoringPolicy:
    return ScoringPolicy.model_validate({"code": "uji", "name": "Uji", "bands": BANDS, **changes})


# --- band_on -------------------------------------------------------------------------------
# 40 competencies requiring 5 each (Σ 200); attained 159.99 in all: 79.995 % exactly.
WIDE = Standard("lebar", "Lebar", "lebar", {f"k{i}": 5 for i in range(40)})
ATTAINED = (400,) * 39 + (399,)  # 39 × 4 + 3.99 = 159.99


@pytest.mark.parametrize(("band_on", "band"), [("rounded", "a"), ("exact", "b")])
def test_band_on_the_rounded_or_the_exact_jpm(band_on: str, band: str) -> None:
    d = kk.load_dictionary()
    result = score(WIDE, policy(band_on=band_on), ATTAINED, provenance_of(d, "uji"))
    assert result.jpm == Decimal("80.00")  # shown the same way either way
    assert result.band == band


def test_band_on_defaults_to_the_rounded_jpm() -> None:
    assert policy().band_on == "rounded"


# --- group weights -------------------------------------------------------------------------
def test_weighted_jpm_is_the_weighted_mean_of_the_groups_ratios() -> None:
    """The worked example of docs/penilaian.md: Kepala BKPSDM of the sample agency file."""
    d = kk.load_dictionary(AGENCY)
    standard = d.get_standard("kepala_bkpsdm")
    technical = sorted(standard.technical)
    national = [c for c in standard.codes if c not in standard.technical]
    scores = {**dict.fromkeys(national, "3,5"), **dict.fromkeys(technical, "3")}
    a = kk.Assessment(position="kepala_bkpsdm", scores=scores)
    weighted = policy(weights=[{"manajerial_sosial_kultural": 60, "teknis": 40}])
    r = kk.check(d, a, policy=weighted)
    required = dict(zip(standard.codes, standard.required, strict=True))
    national_ratio = Fraction(35 * len(national), 10 * sum(required[c] for c in national))
    technical_ratio = Fraction(3 * len(technical), sum(required[c] for c in technical))
    exact = (Fraction(60) * national_ratio + Fraction(40) * technical_ratio) / 100 * 100
    assert r.jpm == Decimal(round(exact * 100)) / 100
    unweighted = kk.check(d, a, policy=policy())
    assert unweighted.jpm != r.jpm  # the weights change the result on this standard


def test_weights_per_position_level_and_a_missing_group() -> None:
    """A standard without technical competencies is its managerial ratio alone."""
    d = kk.load_dictionary(AGENCY)
    a = kk.Assessment(echelon="IV.a", scores=dict.fromkeys(d.national_codes, "1,5"))
    weighted = policy(
        weights=[
            {"position_levels": ["pengawas"], "manajerial_sosial_kultural": 50, "teknis": 50},
            {"manajerial_sosial_kultural": 60, "teknis": 40},
        ]
    )
    assert weighted.weights_for("pengawas") == GroupWeights(
        position_levels=("pengawas",), manajerial_sosial_kultural=50, teknis=50
    )
    assert weighted.weights_for("administrator") == weighted.weights[1]
    # 13.5 / 18 = 75 %: the same as unweighted, since only one group is present
    assert kk.check(d, a, policy=weighted).jpm == Decimal("75.00")


# --- an agency's own bands per position level ------------------------------------------------
@pytest.mark.parametrize(
    ("level", "score", "jpm", "band"),
    [
        ("jpt_pratama", "3,64", "91.00", "sangat_baik"),
        ("jpt_pratama", "3,62", "90.50", "baik"),  # the gap between 90 and 91 is closed: baik
        ("jpt_pratama", "3,4", "85.00", "baik"),
        ("jpt_pratama", "3,39", "84.75", "kurang"),
        ("administrator", "2,55", "85.00", "sangat_baik"),
        ("administrator", "2,53", "84.33", "baik"),
        ("administrator", "2,24", "74.67", "kurang"),
    ],
)
def test_kkp_bands_per_position_level(level: str, score: str, jpm: str, band: str) -> None:
    d = kk.load_dictionary(KKP)
    a = kk.Assessment(position_level=level, scores=dict.fromkeys(d.national_codes, score))
    r = kk.check(d, a, policy="kategori_kkp")
    assert (str(r.jpm), r.band) == (jpm, band)


# --- an agency policy replacing a national one ----------------------------------------------
REPLACING = """\
extends: nasional
dictionary: {id: instansi-uji, title: Instansi uji, version: "1"}
policies:
  - code: seleksi
    name: Seleksi instansi
    bands:
      - {code: ms, name: Memenuhi Syarat, min: 90}
      - {code: kms, name: Kurang Memenuhi Syarat, min: 0}
"""


def test_an_agency_policy_replaces_the_national_one_of_its_code(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "instansi.yaml"
    path.write_text(REPLACING, encoding="utf-8")
    d = kk.load_dictionary(path)
    assert [p.code for p in d.policies] == ["pemetaan", "seleksi"]
    assert [b.code for b in d.get_policy("seleksi").bands] == ["ms", "kms"]
    a = kk.Assessment(echelon="II.a", scores=dict.fromkeys(d.national_codes, "3,5"))
    assert kk.check(d, a, policy="seleksi").band == "kms"  # 87.50 < 90
    _, problems = kk.check_dictionary(path)
    assert [(p.code, p.severity) for p in problems] == [("policy-replaced", "note")]
    r = cli("validate", path)
    assert r.code == 0  # a note changes no exit code
    assert r.codes == ["policy-replaced"]
    assert "catatan:" in r.out
