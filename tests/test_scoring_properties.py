"""Properties of JPM scoring that must hold for every score set (hypothesis)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

import kamus_kompetensi as kk
from kamus_kompetensi.models import Band, Cap, ScoringPolicy
from kamus_kompetensi.scoring import provenance_of, score

D = Decimal
DICTIONARY = kk.load_dictionary()
STANDARDS = ("jpt_madya", "jpt_pratama", "administrator", "pengawas", "pelaksana")
CAPS = (Cap.NONE, Cap.COMPETENCY, Cap.TOTAL)

levels_st = st.lists(
    st.decimals(min_value=0, max_value=5, places=2, allow_nan=False, allow_infinity=False),
    min_size=9,
    max_size=9,
)


POLICIES = {
    (code, cap): DICTIONARY.get_policy(code).model_copy(update={"cap": cap})
    for code in ("seleksi", "pemetaan")
    for cap in CAPS
}


class Scoring:
    """One standard under one policy: Decimal levels in, the result of the core out."""

    def __init__(self, standard: str, policy: ScoringPolicy) -> None:
        self.standard = DICTIONARY.get_standard(standard)
        self.policy = policy
        self.total = self.standard.total

    def score(self, levels: list[Decimal]) -> kk.AssessmentResult:
        hundredths = tuple(int(level * 100) for level in levels)
        return score(self.standard, self.policy, hundredths, provenance_of(DICTIONARY, "x"))


def scorer(standard: str, cap: Cap = Cap.NONE, policy: str = "seleksi") -> Scoring:
    return Scoring(standard, POLICIES[policy, cap])


def half_up(value: Fraction) -> Decimal:
    """Round a non-negative fraction to 2 places, halves up, with integers only."""
    hundredths = value * 100
    whole, rest = divmod(hundredths.numerator, hundredths.denominator)
    if 2 * rest >= hundredths.denominator:
        whole += 1
    return D(whole).scaleb(-2)


@settings(max_examples=200, deadline=None)
@given(levels=levels_st, standard=st.sampled_from(STANDARDS))
def test_jpm_equals_the_formula_computed_with_fractions(
    levels: list[Decimal], standard: str
) -> None:
    s = scorer(standard)
    exact = Fraction(sum(map(Fraction, levels))) / s.total * 100
    assert s.score(levels).jpm == half_up(exact)


@settings(max_examples=200, deadline=None)
@given(
    levels=levels_st,
    index=st.integers(min_value=0, max_value=8),
    rise=st.decimals(min_value=0, max_value=5, places=2),
    standard=st.sampled_from(STANDARDS),
    cap=st.sampled_from(CAPS),
)
def test_jpm_never_falls_when_a_score_rises(
    levels: list[Decimal], index: int, rise: Decimal, standard: str, cap: Cap
) -> None:
    s = scorer(standard, cap)
    higher = list(levels)
    higher[index] = min(D(5), higher[index] + rise)
    assert s.score(higher).jpm >= s.score(levels).jpm


@settings(max_examples=200, deadline=None)
@given(levels=levels_st, standard=st.sampled_from(STANDARDS))
def test_cap_competency_keeps_jpm_at_most_100(levels: list[Decimal], standard: str) -> None:
    assert scorer(standard, Cap.COMPETENCY).score(levels).jpm <= 100
    assert scorer(standard, Cap.TOTAL).score(levels).jpm <= 100


@settings(max_examples=200, deadline=None)
@given(levels=levels_st, standard=st.sampled_from(STANDARDS), cap=st.sampled_from(CAPS))
def test_meets_standard_iff_no_gap_is_negative(
    levels: list[Decimal], standard: str, cap: Cap
) -> None:
    result = scorer(standard, cap).score(levels)
    assert result.meets_standard == all(c.gap >= 0 for c in result.competencies)
    assert result.meets_standard == (not result.development)


@settings(max_examples=200, deadline=None)
@given(
    levels=levels_st,
    standard=st.sampled_from(STANDARDS),
    policy=st.sampled_from(("seleksi", "pemetaan")),
    cap=st.sampled_from(CAPS),
)
def test_band_is_a_pure_function_of_the_shown_jpm(
    levels: list[Decimal], standard: str, policy: str, cap: Cap
) -> None:
    s = scorer(standard, cap, policy)
    result = s.score(levels)
    assert result.band == s.policy.band_for(result.jpm).code
    expected: Band = max((b for b in s.policy.bands if result.jpm >= b.min), key=lambda b: b.min)
    assert (result.band, result.band_name) == (expected.code, expected.name)


@settings(max_examples=100, deadline=None)
@given(levels=levels_st)
def test_development_levels_lie_strictly_above_attained_up_to_required(
    levels: list[Decimal],
) -> None:
    result = scorer("jpt_pratama").score(levels)
    for need in result.development:
        numbers = list(need.levels)
        assert numbers == list(range(int(need.attained) + 1, need.required + 1))
