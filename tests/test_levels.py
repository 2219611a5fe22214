"""Levels are exact hundredths: what is accepted, what is refused, and how it is shown."""

from __future__ import annotations

from decimal import Decimal

import pytest

import kamus_kompetensi as kk
from kamus_kompetensi.scoring import level_decimal, level_hundredths, parse_level
from tests.conftest import NATIONAL_CODES


@pytest.mark.parametrize(
    ("value", "hundredths"),
    [
        ("3,5", 350),
        ("3.25", 325),
        (" 4 ", 400),
        (".5", 50),
        ("5", 500),
        ("0", 0),
        ("-0", 0),
        ("+3", 300),
        ("3,330", 333),  # trailing zeros do not add precision
        ("3.50000", 350),
        (4, 400),
        (3.5, 350),
        (0.1, 10),
        (3.3000000000000003, 330),  # a spreadsheet's binary float of 3.3
        (0.30000000000000004, 30),
        (Decimal("3.25"), 325),
        (Decimal("3.250"), 325),
    ],
)
def test_accepted_levels(value: object, hundredths: int) -> None:
    assert level_hundredths(value) == hundredths


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("3,333", "level-precision"),
        ("3.001", "level-precision"),
        (3.333, "level-precision"),
        (3.3001, "level-precision"),
        (Decimal("3.251"), "level-precision"),
        ("5,01", "score-out-of-range"),
        ("-0,5", "score-out-of-range"),
        (6, "score-out-of-range"),
        (5.000001, "score-out-of-range"),
        ("1e2", "score-not-numeric"),
        ("3,5,1", "score-not-numeric"),
        ("٣", "score-not-numeric"),  # an Arabic-Indic digit: ASCII digits only
        (".", "score-not-numeric"),
        ("NaN", "score-not-finite"),
        (float("inf"), "score-not-finite"),
        (True, "score-not-numeric"),
        ([3], "score-not-numeric"),
    ],
)
def test_refused_levels_name_their_problem(value: object, code: str) -> None:
    assert level_hundredths(value) == code


@pytest.mark.parametrize("value", [None, "", "   "])
def test_blank_is_no_level(value: object) -> None:
    assert level_hundredths(value) is None


def test_levels_are_shown_in_their_shortest_exact_form() -> None:
    assert [str(level_decimal(h)) for h in (350, 400, 325, 5, -50, 0)] == [
        "3.5",
        "4",
        "3.25",
        "0.05",
        "-0.5",
        "0",
    ]
    assert parse_level("3,50") == Decimal("3.5")


def test_too_precise_level_is_a_located_error_in_the_api() -> None:
    with pytest.raises(kk.ScoreError) as info:
        kk.Assessment(echelon="II.a", scores={"integritas": "3,333"})
    problem = info.value.problems[0]
    assert (problem.code, problem.location.path) == ("level-precision", '$.scores["integritas"]')


def test_too_precise_level_is_a_located_error_in_a_batch(nasional: kk.Dictionary) -> None:
    row = {
        "nip": "196711101992031001",
        "nama": "Ani (fiktif)",
        "jabatan": "Kepala Dinas",
        "eselon": "II.a",
        **dict.fromkeys(NATIONAL_CODES, "4"),
        "integritas": "3,333",
    }
    report = kk.check_rows(nasional, [row])
    assert [(e.row, e.code, e.column, e.value) for e in report.errors] == [
        (2, "level-precision", "integritas", "3,333")
    ]
