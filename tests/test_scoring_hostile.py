"""Hostile input through every public scoring call: only KamusError subclasses may escape.

``pytest.raises(KamusError)`` lets any other exception (KeyError, TypeError,
pydantic.ValidationError, InvalidOperation) fail the test.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

import kamus_kompetensi as kk
from kamus_kompetensi import KamusError
from kamus_kompetensi.scoring import parse_level

D = kk.load_dictionary()
GOOD = dict.fromkeys(D.national_codes, 2)
HOSTILE: list[Any] = [
    None,
    "",
    "  ",
    float("nan"),
    "NaN",
    "nan",
    float("inf"),
    float("-inf"),
    "inf",
    "Infinity",
    Decimal("NaN"),
    Decimal("sNaN"),
    Decimal("Infinity"),
    -1,
    "-1",
    6,
    "6",
    "5.01",
    Decimal("5.0000001"),
    True,
    False,
    "abc",
    "3,5,1",
    "3.5.1",
    "1e0",
    "1_0",
    "0x3",
    "½",
    "٣",  # an Arabic-Indic digit three
    [],
    {},
    (),
    object(),
    b"3",
    10**400,
    1e308,
]


def check_scores(scores: Any) -> kk.AssessmentResult:
    """Both stages: construction (values) and check (keys against the dictionary)."""
    return kk.check(D, kk.Assessment(echelon="IV.a", scores=scores))


@pytest.mark.parametrize("value", HOSTILE, ids=repr)
def test_hostile_score_values(value: Any) -> None:
    with pytest.raises(KamusError):
        check_scores({**GOOD, "integritas": value})


@pytest.mark.parametrize("value", HOSTILE, ids=repr)
def test_hostile_values_for_parse_level(value: Any) -> None:
    with pytest.raises(kk.ScoreError):
        parse_level(value)


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


HOSTILE_KEYS = [v for v in HOSTILE if _hashable(v)] + ["integritass", "M.99", "xyz", "M.01 "]


@pytest.mark.parametrize("value", HOSTILE_KEYS, ids=repr)
def test_hostile_score_keys(value: Any) -> None:
    with pytest.raises(KamusError):
        check_scores({**GOOD, value: 2})


@pytest.mark.parametrize("scores", [None, "", "  ", [], (), 5, "integritas=4", [("a", 1)]])
def test_hostile_score_containers(scores: Any) -> None:
    with pytest.raises(kk.ScoreError):
        kk.Assessment(echelon="IV.a", scores=scores)


SELECTOR_VALUES: list[Any] = [5, 2.0, True, [], {}, b"II.a", object()]


@pytest.mark.parametrize("field", ["echelon", "position_level", "position", "condition"])
@pytest.mark.parametrize("value", SELECTOR_VALUES, ids=repr)
def test_wrong_types_for_selectors(field: str, value: Any) -> None:
    with pytest.raises(kk.ScoreError):
        kk.Assessment(scores=GOOD, **{"echelon": "IV.a", field: value})


@pytest.mark.parametrize(
    "target",
    [
        {},
        {"echelon": None},
        {"echelon": ""},
        {"echelon": "  "},
        {"echelon": "IV.a", "position_level": "pengawas"},
        {"position_level": "pengawas", "position": "x"},
        {"condition": "kepala_lpnk"},
        {"position_level": "pengawas", "condition": "kepala_lpnk"},
    ],
)
def test_not_exactly_one_standard(target: dict[str, Any]) -> None:
    with pytest.raises(kk.ScoreError):
        kk.Assessment(scores=GOOD, **target)


@pytest.mark.parametrize(
    "target",
    [
        {"echelon": "VI"},
        {"echelon": "abc"},
        {"echelon": "II"},  # ambiguous: II.a and II.b map to one level, so this is fine
        {"echelon": "I"},  # I.a and I.b also map to one level without a condition
        {"echelon": "I.a", "condition": "kepala_lpn"},
        {"position_level": "nope"},
        {"position_level": "ahli_muda"},
        {"position_level": "pemula"},
        {"position": "nope"},
    ],
)
def test_unknown_or_undefined_standards(target: dict[str, Any]) -> None:
    a = kk.Assessment(scores=GOOD, **target)
    if target.get("echelon") in ("II", "I"):
        assert kk.check(D, a).jpm  # a bare tier is accepted when unambiguous
        return
    with pytest.raises(KamusError):
        kk.check(D, a)


@pytest.mark.parametrize("value", [v for v in SELECTOR_VALUES if not isinstance(v, str)])
def test_nip_of_the_wrong_type(value: Any) -> None:
    with pytest.raises(kk.ScoreError) as info:
        kk.Assessment(echelon="IV.a", scores=GOOD, nip=value)
    assert [p.code for p in info.value.problems] == ["invalid-field"]


@pytest.mark.parametrize("value", ["12345", "19870315201001100X", "1" * 19, "II.a"])
def test_invalid_nip_is_a_warning_on_the_result_as_in_a_batch(value: str) -> None:
    """The batch checks a row with a malformed NIP and warns; the API does the same."""
    a = kk.Assessment(echelon="IV.a", scores=GOOD, nip=value)
    result = kk.check(D, a)
    assert [(w.code, w.severity) for w in result.warnings] == [("invalid-nip", "warning")]
    assert value not in str(result.warnings)  # the NIP is masked in the warning


@pytest.mark.parametrize("value", [v for v in SELECTOR_VALUES if not isinstance(v, str)])
def test_date_of_the_wrong_type(value: Any) -> None:
    with pytest.raises(kk.ScoreError) as info:
        kk.Assessment(echelon="IV.a", scores=GOOD, assessed_on=value)
    assert [p.code for p in info.value.problems] == ["date-invalid"]


@pytest.mark.parametrize("value", ["2026-13-01", "kemarin", "9999-12-31", "II.a"])
def test_unreadable_date_is_a_warning_as_in_a_batch(value: str) -> None:
    a = kk.Assessment(echelon="IV.a", scores=GOOD, assessed_on=value)
    assert a.assessed_on is None
    assert [w.code for w in kk.check(D, a).warnings] == ["invalid-date"]


@pytest.mark.parametrize(("value", "day"), [("01-03-2026", date(2026, 3, 1)), (" ", None)])
def test_dates_are_read_as_in_a_batch(value: str, day: date | None) -> None:
    a = kk.Assessment(echelon="IV.a", scores=GOOD, assessed_on=value)
    assert (a.assessed_on, a.warnings) == (day, ())


def test_datetime_is_accepted_as_its_date() -> None:
    from datetime import datetime

    a = kk.Assessment(echelon="IV.a", scores=GOOD, assessed_on=datetime(2026, 3, 1, 9, 30))
    assert a.assessed_on == date(2026, 3, 1)


@pytest.mark.parametrize("policy", [None, "", "  ", "nope", 5, [], {}, object()], ids=repr)
def test_hostile_policies(policy: Any) -> None:
    with pytest.raises(KamusError):
        kk.check(D, kk.Assessment(echelon="IV.a", scores=GOOD), policy=policy)


@pytest.mark.parametrize("dictionary", [None, "", "nasional", 5, {}, object()], ids=repr)
def test_hostile_dictionary_argument(dictionary: Any) -> None:
    with pytest.raises(kk.ScoreError):
        kk.check(dictionary, kk.Assessment(echelon="IV.a", scores=GOOD))


@pytest.mark.parametrize("assessment", [None, "", {}, GOOD, 5, object()], ids=repr)
def test_hostile_assessment_argument(assessment: Any) -> None:
    with pytest.raises(kk.ScoreError):
        kk.check(D, assessment)
    with pytest.raises(kk.ScoreError):
        kk.readiness(D, assessment, target="pengawas")


@pytest.mark.parametrize(
    "target", [None, "", "  ", 5, [], {}, "nope", "ahli_muda", "VI", object()], ids=repr
)
def test_hostile_readiness_targets(target: Any) -> None:
    with pytest.raises(KamusError):
        kk.readiness(D, kk.Assessment(echelon="IV.a", scores=GOOD), target=target)


def test_errors_are_value_errors_with_codes() -> None:
    with pytest.raises(ValueError, match="score-out-of-range") as info:
        kk.Assessment(echelon="IV.a", scores={"integritas": 6})
    assert info.value.problems[0].code == "score-out-of-range"  # type: ignore[attr-defined]


def test_scores_from_text_rejects_malformed_and_repeated_items() -> None:
    from kamus_kompetensi.scoring import scores_from_text

    with pytest.raises(kk.ScoreError) as info:
        scores_from_text(["integritas", "=3", "kerjasama=3", "kerjasama=4"])
    assert [p.code for p in info.value.problems] == [
        "score-argument",
        "score-argument",
        "duplicate-score",
    ]


@pytest.mark.parametrize("count", [0, 8, 10])
def test_score_rejects_level_tuples_of_the_wrong_length(count: int) -> None:
    from kamus_kompetensi.scoring import provenance_of, score

    standard, policy = D.get_standard("pengawas"), D.get_policy("pemetaan")
    with pytest.raises(kk.ScoreError, match="levels-count"):
        score(standard, policy, (200,) * count, provenance_of(D, "pemetaan"))
