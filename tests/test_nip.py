"""NIP structure (Perka BKN 22/2007) and masking."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kamus_kompetensi.nip import is_valid_nip, mask_nip, parse_nip


def test_pns_nip_from_the_reference_example() -> None:
    info = parse_nip("196711101992031001")
    assert info is not None
    assert (info.kind, info.birth_date, info.appointed, info.sex, info.sequence) == (
        "pns",
        dt.date(1967, 11, 10),
        "1992-03",
        "L",
        1,
    )


def test_pppk_nip() -> None:
    # birth 1990-05-12, appointed 2022, PPPK marker 2, frequency 1, woman, sequence 015
    info = parse_nip("199005122022212015")
    assert info is not None
    assert (info.kind, info.appointed, info.sex, info.sequence) == ("pppk", "2022", "P", 15)


def test_spaces_and_dots_are_ignored() -> None:
    assert is_valid_nip("19671110 199203 1 001")
    assert is_valid_nip("19671110.199203.1.001")


@pytest.mark.parametrize(
    "text",
    [
        "19671110199203100",  # 17 digits
        "1967111019920310011",  # 19 digits
        "196711301992031001".replace("1130", "1131"),  # 31 November
        "196702291992031001",  # 29 Feb 1967 (not a leap year)
        "196711101992001001",  # month 00
        "196711101992131001",  # month 13
        "196711101992033001",  # sex digit 3
        "196711101992031000",  # sequence 000
        "196711101960031001",  # appointed before birth
        "19671110199203100a",
        "١٩٦٧١١١٠١٩٩٢٠٣١٠٠١",  # Arabic-Indic digits are digits to Python, not to BKN
    ],
)
def test_invalid_structures(text: str) -> None:
    assert parse_nip(text) is None
    assert is_valid_nip(text) is False


@pytest.mark.parametrize("value", [None, 196711101992031001, 1.5, [], b"196711101992031001"])
def test_non_text_never_raises(value: Any) -> None:
    assert is_valid_nip(value) is False


def test_mask() -> None:
    assert mask_nip("198703152010011002") == "**************1002"
    assert mask_nip("12345") == "*****"
    assert mask_nip(None) == ""
