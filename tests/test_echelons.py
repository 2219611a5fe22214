"""Echelon spellings: what is accepted (and the level it maps to), what is refused.

The same table is checked through :func:`parse_echelon`, the dictionary lookup and a batch
row's ``eselon`` column, so the three cannot drift apart.
"""

from __future__ import annotations

from typing import Any

import pytest

import kamus_kompetensi as kk
from kamus_kompetensi.echelons import NON_ECHELON, Echelon, parse_echelon
from kamus_kompetensi.errors import UnknownEchelonError

# text → (canonical parse, position level in the national dictionary)
ACCEPTED = {
    # the long-standing spellings
    "II.a": ("II.a", "jpt_pratama"),
    "IIa": ("II.a", "jpt_pratama"),
    "II/a": ("II.a", "jpt_pratama"),
    "2a": ("II.a", "jpt_pratama"),
    "eselon iv.b": ("IV.b", "pengawas"),
    "III": ("III", "administrator"),
    "I.b": ("I.b", "jpt_madya"),
    "V.a": ("V.a", "pelaksana"),
    # a colon, dot or hyphen after the word
    "Eselon: II": ("II", "jpt_pratama"),
    "Eselon : II.a": ("II.a", "jpt_pratama"),
    "eselon-II": ("II", "jpt_pratama"),
    "eselon.III.b": ("III.b", "administrator"),
    "ESELON-IV-A": ("IV.a", "pengawas"),
    "es. 3a": ("III.a", "administrator"),
    "echelon: 4b": ("IV.b", "pengawas"),
    # punctuation and whitespace around the echelon
    "II.a.": ("II.a", "jpt_pratama"),
    "II.": ("II", "jpt_pratama"),
    "(IV.a)": ("IV.a", "pengawas"),
    '"III.b"': ("III.b", "administrator"),
    "“II.a”": ("II.a", "jpt_pratama"),
    "II.a;": ("II.a", "jpt_pratama"),
    "  II . a  ": ("II.a", "jpt_pratama"),
    "II - a": ("II.a", "jpt_pratama"),
    "II_a": ("II.a", "jpt_pratama"),
    "II\u2013a": ("II.a", "jpt_pratama"),  # en dash
    "eselon\u00a0II.b": ("II.b", "jpt_pratama"),  # no-break space
    "II\u200b.a": ("II.a", "jpt_pratama"),  # zero-width space
    "\ufeffIII.a": ("III.a", "administrator"),  # byte order mark
    # Unicode Roman numerals (U+2160–217F) and full-width letters, by NFKC
    "Ⅱ.a": ("II.a", "jpt_pratama"),
    "Ⅳ.b": ("IV.b", "pengawas"),
    "ⅰ.a": ("I.a", "jpt_madya"),
    "Ⅲb": ("III.b", "administrator"),
    "eselon Ⅴ": ("V", "pelaksana"),
    "ＩＩ．ａ": ("II.a", "jpt_pratama"),
    # no echelon: Jabatan Pelaksana (UU 5/2014 Pasal 131)
    "non eselon": ("non-eselon", "pelaksana"),
    "Non-Eselon": ("non-eselon", "pelaksana"),
    "NONESELON": ("non-eselon", "pelaksana"),
    "non echelon": ("non-eselon", "pelaksana"),
    "fungsional umum": ("non-eselon", "pelaksana"),
    "Jabatan Fungsional Umum": ("non-eselon", "pelaksana"),
    "pelaksana": ("non-eselon", "pelaksana"),
    "Pelaksana.": ("non-eselon", "pelaksana"),
}

REFUSED = [
    "",
    "   ",
    ".",
    "VI",
    "VI.a",
    "Ⅵ",  # NFKC → "VI"
    "II.c",
    "IIa b",
    "2.5",
    "2,5",
    "0a",
    "6",
    "IIaa",
    "I I",
    "II..a",
    "eselon",
    "eselon:",
    "eselon II eselon",
    "II.a.b",
    "non",
    "umum",
    "nonesselon",
    "fungsional",
    "fungsional tertentu",
    "pelaksana II",
    "x",
]


@pytest.mark.parametrize(("text", "expected"), ACCEPTED.items(), ids=repr)
def test_accepted_spellings(nasional: kk.Dictionary, text: str, expected: tuple[str, str]) -> None:
    parsed, level = expected
    assert str(parse_echelon(text)) == parsed
    assert nasional.get_position_level_for_echelon(text).code == level
    assert nasional.is_valid_echelon(text)


@pytest.mark.parametrize("text", REFUSED, ids=repr)
def test_refused_spellings(nasional: kk.Dictionary, text: str) -> None:
    assert parse_echelon(text) is None
    assert nasional.find_position_level_for_echelon(text) is None
    with pytest.raises(UnknownEchelonError) as caught:
        nasional.get_position_level_for_echelon(text)
    assert caught.value.code == "unknown-echelon"


def test_non_echelon_is_its_own_parse_resolved_through_echelon_v() -> None:
    assert parse_echelon("V") == Echelon(5) != NON_ECHELON
    assert NON_ECHELON.non_echelon
    assert str(NON_ECHELON) == "non-eselon"
    assert [str(e) for e in NON_ECHELON.expand()] == ["V.a", "V.b"]
    assert parse_echelon("fungsional umum") is NON_ECHELON


def test_a_dictionary_file_cannot_list_non_echelon_words() -> None:
    """Data must name real echelons with their sub-level; the words are for lookups only."""
    parsed = parse_echelon("non eselon")
    assert parsed is not None
    assert parsed.sub is None  # what integrity refuses as ``echelon-invalid``


def _row(eselon: str, **extra: Any) -> dict[str, Any]:
    codes = kk.load_dictionary().national_codes
    return {"nip": "196711101992031001", "nama": "Fiktif", "jabatan": "Kepala", "eselon": eselon,
            **dict.fromkeys(codes, "3"), **extra}  # fmt: skip


def test_accepted_spellings_in_a_batch(nasional: kk.Dictionary) -> None:
    report = kk.check_rows(nasional, [_row(text) for text in ACCEPTED])
    assert not report.errors
    levels = [r.result.position_level for r in report.results]
    assert levels == [level for _, level in ACCEPTED.values()]


def test_non_echelon_in_a_batch(nasional: kk.Dictionary) -> None:
    report = kk.check_rows(nasional, [_row("non eselon"), _row("fungsional umum")])
    assert [r.result.position_level for r in report.results] == ["pelaksana", "pelaksana"]


def test_refused_spellings_in_a_batch(nasional: kk.Dictionary) -> None:
    texts = [t for t in REFUSED if t.strip()]  # a blank cell is ``missing-position``
    report = kk.check_rows(nasional, [_row(text) for text in texts])
    assert not report.results
    assert {(e.code, e.column) for e in report.errors} == {("unknown-position", "eselon")}
    assert len(report.errors) == len(texts)


# --- conditions ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text", ["II.a", "I.b", "I", "Ⅱ.a", "V.b", "non eselon", "pelaksana", "fungsional umum"]
)
def test_a_condition_that_does_not_apply_is_an_error(nasional: kk.Dictionary, text: str) -> None:
    """It used to be ignored: "II.a" with ``kepala_lpnk`` quietly gave JPT Pratama."""
    with pytest.raises(UnknownEchelonError) as caught:
        nasional.get_position_level_for_echelon(text, condition="kepala_lpnk")
    error = caught.value
    assert error.code == "condition-not-applicable"
    assert isinstance(error, LookupError)
    assert isinstance(error, kk.KamusError)
    message = str(error)
    assert "kepala_lpnk" in message
    assert f'"{text}"' in message
    assert message.endswith("hanya untuk eselon I.a")
    assert nasional.find_position_level_for_echelon(text, condition="kepala_lpnk") is None
    assert not nasional.is_valid_echelon(text, condition="kepala_lpnk")


def test_condition_not_applicable_in_english(nasional: kk.Dictionary) -> None:
    with kk.language("en"), pytest.raises(UnknownEchelonError) as caught:
        nasional.get_position_level_for_echelon("II.a", condition="kepala_lpnk")
    assert str(caught.value) == (
        'condition "kepala_lpnk" does not apply to echelon "II.a"; it applies only to echelon I.a'
    )


@pytest.mark.parametrize("text", ["I.a", "Ia", "Eselon: I.a", "ⅰ.a", "1a."])
def test_the_condition_applies_to_every_spelling_of_its_echelon(
    nasional: kk.Dictionary, text: str
) -> None:
    level = nasional.get_position_level_for_echelon(text, condition="kepala_lpnk")
    assert level.code == "jpt_utama"
    assert nasional.get_position_level_for_echelon(text).code == "jpt_madya"


def test_an_unknown_condition_is_still_reported_as_such(nasional: kk.Dictionary) -> None:
    with pytest.raises(UnknownEchelonError) as caught:
        nasional.get_position_level_for_echelon("II.a", condition="kepala_lpn")
    assert caught.value.code == "unknown-condition"


@pytest.mark.parametrize("eselon", ["II.a", "I.b", "non eselon", "jpt_madya", "Pelaksana"])
def test_a_batch_row_with_a_condition_that_does_not_apply_is_rejected(
    nasional: kk.Dictionary, eselon: str
) -> None:
    report = kk.check_rows(
        nasional, [_row(eselon, kondisi="kepala_lpnk"), _row("I.a", kondisi="kepala_lpnk")]
    )
    assert [r.result.position_level for r in report.results] == ["jpt_utama"]
    [error] = report.errors
    assert (error.row, error.code, error.severity) == (2, "condition-not-applicable", "error")
    assert (error.column, error.value) == ("kondisi", "kepala_lpnk")
    assert f'"{eselon}"' in error.message
    assert "I.a" in error.message


def test_the_condition_column_is_located_by_its_header(nasional: kk.Dictionary) -> None:
    rows = [{**_row("II.a"), "Condition": "kepala_lpnk"}]
    [error] = kk.check_rows(nasional, rows).errors
    assert (error.code, error.column) == ("condition-not-applicable", "Condition")
