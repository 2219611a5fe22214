"""The lookup contract: get_* raises our LookupError, find_* returns None, is_valid_* is a
bool that never raises — for every kind of key, including hostile ones."""

from __future__ import annotations

import math
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kamus_kompetensi as kk
from kamus_kompetensi import loader
from kamus_kompetensi.errors import UnknownCompetencyError, UnknownEchelonError
from kamus_kompetensi.i18n import language
from kamus_kompetensi.keys import normalise_key
from kamus_kompetensi.resources import national_dictionary_path

HOSTILE: list[Any] = [
    None,
    "",
    "   ",
    "\x00",
    "nan",
    math.nan,
    0,
    -1,
    3.5,
    True,
    [],
    {},
    b"integritas",
    Decimal("NaN"),
    "x" * 10_000,
    "ﾑ",
    object(),
]
KINDS = ["competency", "position_level", "position", "policy"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("key", HOSTILE, ids=repr)
def test_hostile_keys(nasional: kk.Dictionary, kind: str, key: Any) -> None:
    assert getattr(nasional, f"find_{kind}")(key) is None
    assert getattr(nasional, f"is_valid_{kind}")(key) is False
    with pytest.raises(kk.UnknownCodeError) as caught:
        getattr(nasional, f"get_{kind}")(key)
    assert isinstance(caught.value, LookupError)
    assert isinstance(caught.value, kk.KamusError)
    assert caught.value.code.startswith("unknown-")


@pytest.mark.parametrize("key", HOSTILE, ids=repr)
def test_hostile_echelons(nasional: kk.Dictionary, key: Any) -> None:
    assert nasional.find_position_level_for_echelon(key) is None
    with pytest.raises(UnknownEchelonError):
        nasional.get_position_level_for_echelon(key)


@pytest.mark.parametrize("text", ["VI", "II.c", "0a", "eselon", "IIaa", "I I"])
def test_not_echelons(nasional: kk.Dictionary, text: str) -> None:
    with pytest.raises(UnknownEchelonError, match="eselon"):
        nasional.get_position_level_for_echelon(text)


@pytest.mark.parametrize(
    "key",
    ["integritas", "INTEGRITAS", " Integritas ", "M.01", "m1", "M 01", "Integrity"],
)
def test_competency_key_forms(nasional: kk.Dictionary, key: str) -> None:
    assert nasional.get_competency(key).code == "integritas"


@pytest.mark.parametrize(
    ("key", "code"),
    [
        ("Kerja Sama", "kerjasama"),
        ("kerja_sama", "kerjasama"),
        ("Orientasi Pada Hasil", "orientasi_hasil"),
        ("orientasi-pada-hasil", "orientasi_hasil"),
        ("SK.01", "perekat_bangsa"),
        ("pengembangan diri dan orang lain", "pengembangan_diri"),
    ],
)
def test_names_and_aliases(nasional: kk.Dictionary, key: str, code: str) -> None:
    assert nasional.get_competency(key).code == code


def test_unknown_competency_message_names_the_key(nasional: kk.Dictionary) -> None:
    with pytest.raises(UnknownCompetencyError, match='"integritass"'):
        nasional.get_competency("integritass")


def test_english_messages(nasional: kk.Dictionary) -> None:
    with language("en"), pytest.raises(UnknownCompetencyError, match="unknown competency"):
        nasional.get_competency("x")


def test_position_level_by_name(nasional: kk.Dictionary) -> None:
    assert nasional.get_position_level("Jabatan Pimpinan Tinggi Pratama").code == "jpt_pratama"


def test_required_level_rejects_unknown_competency(nasional: kk.Dictionary) -> None:
    pl = nasional.get_position_level("administrator")
    with pytest.raises(UnknownCompetencyError):
        pl.required_level("kepemimpinan")
    assert pl.required_level("M.08") == 3


def test_records_are_frozen(nasional: kk.Dictionary) -> None:
    comp = nasional.get_competency("integritas")
    with pytest.raises(Exception, match="frozen"):
        comp.name = "x"  # type: ignore[misc]
    assert isinstance(nasional.competencies, tuple)
    assert isinstance(comp.levels, tuple)
    with pytest.raises(TypeError):
        nasional.get_position_level("pengawas").standard.levels["integritas"] = 5  # type: ignore[index]


def test_default_dictionary_is_cached_and_thread_safe() -> None:
    seen: list[kk.Dictionary] = []
    threads = [threading.Thread(target=lambda: seen.append(kk.load_dictionary())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(d) for d in seen}) == 1
    assert kk.load_dictionary("nasional") is seen[0]


def test_provenance(nasional: kk.Dictionary) -> None:
    assert (nasional.id, nasional.version) == ("nasional", "2017.2")
    assert len(nasional.files) == 1
    assert len(nasional.content_hash) == 64
    assert nasional.files[0].path == "nasional"


def test_unknown_echelon_condition_is_an_error_not_a_fallback(nasional: kk.Dictionary) -> None:
    with pytest.raises(UnknownEchelonError, match="kepala_lpnk") as caught:
        nasional.get_position_level_for_echelon("I.a", condition="kepala_lpn")
    assert caught.value.code == "unknown-condition"
    assert nasional.echelon_conditions == ("kepala_lpnk",)


@pytest.mark.parametrize("key", ["M.01", "M.1", "m01", "M 01", "M  01", "M-01", "M_01", "M. 01"])
def test_official_codes_as_people_write_them(nasional: kk.Dictionary, key: str) -> None:
    assert nasional.get_competency(key).code == "integritas"


@pytest.mark.parametrize("key", ["M.-1", "M.00001", "M..1", "M.-01", "M 0001"])
def test_odd_spellings_are_not_official_codes(nasional: kk.Dictionary, key: str) -> None:
    """They used to fold into "M.1" and find integritas; a typo must not find a competency."""
    with pytest.raises(UnknownCompetencyError):
        nasional.get_competency(key)


def test_the_shipped_file_goes_through_every_stage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No shortcut for the national file: a damaged install is reported like any file,
    whether it is loaded directly or through an agency file's ``extends: nasional``."""
    damaged = tmp_path / "nasional.yaml"
    text = national_dictionary_path().read_text("utf-8")
    damaged.write_text(text.replace("  - code: integritas\n", "  - code: integritas\n    x: 1\n"))
    monkeypatch.setattr(loader, "national_dictionary_path", lambda: damaged)
    agency = tmp_path / "instansi.yaml"
    agency.write_text('extends: nasional\ndictionary: {id: instansi, title: I, version: "1"}\n')
    for path in (damaged, agency):
        dictionary, problems = kk.check_dictionary(path)
        assert dictionary is None
        assert [(p.code, p.location.file) for p in problems] == [
            ("schema-additional", loader.display_name(damaged))
        ]


def test_default_dictionary_equals_a_load_of_a_copy(tmp_path: Path) -> None:
    copy = tmp_path / "salinan.yaml"
    copy.write_bytes(national_dictionary_path().read_bytes())
    default, loaded = kk.load_dictionary(), kk.load_dictionary(copy)
    assert loaded is not default
    assert loaded.content_hash == default.content_hash
    assert loaded.competencies == default.competencies
    assert loaded.position_levels == default.position_levels
    assert loaded.policies == default.policies


@pytest.mark.parametrize(
    ("lookup", "key", "suggested"),
    [
        ("get_policy", "seleksii", "seleksi"),
        ("get_policy", "pemetan", "pemetaan"),
        ("get_competency", "integritass", "integritas"),
        ("get_position_level", "jpt pratma", "jpt pratama"),
    ],
)
def test_unknown_keys_suggest_the_closest_name(
    nasional: kk.Dictionary, lookup: str, key: str, suggested: str
) -> None:
    with pytest.raises(kk.UnknownCodeError) as info:
        getattr(nasional, lookup)(key)
    assert f"maksud Anda `{suggested}`?" in str(info.value)
    with language("en"), pytest.raises(kk.UnknownCodeError) as info:
        getattr(nasional, lookup)(key)
    assert f"did you mean `{suggested}`?" in str(info.value)


def test_nothing_close_suggests_nothing(nasional: kk.Dictionary) -> None:
    with pytest.raises(kk.UnknownCodeError) as info:
        nasional.get_policy("zzzz")
    assert "maksud" not in str(info.value)
    assert str(info.value).endswith("pilihan: pemetaan, seleksi")


@given(st.text(max_size=30))
def test_folding_a_folded_key_changes_nothing(text: str) -> None:
    """Lookups try a key as it is before folding it: sound only because folding is idempotent."""
    folded = normalise_key(text)
    assert normalise_key(folded) == folded


def test_every_name_of_the_national_dictionary_folds_idempotently(nasional: kk.Dictionary) -> None:
    names = [
        name
        for c in nasional.competencies
        for name in (c.code, c.official_code, c.name, c.name_en, *c.aliases)
        if name
    ]
    names += [n for p in nasional.position_levels for n in (p.code, p.name, p.name_en) if n]
    for name in names:
        assert normalise_key(normalise_key(name)) == normalise_key(name)


@pytest.mark.parametrize(
    "path", [None, *sorted((Path(__file__).parent.parent / "data" / "contoh").glob("kamus-*.yaml"))]
)
def test_a_code_as_written_finds_what_its_folded_form_finds(path: Path | None) -> None:
    """Codes are found without folding (the fast way); folding must lead to the same record."""
    d = kk.load_dictionary(path)
    for records, find in (
        (d.competencies, d.find_competency),
        (d.position_levels, d.find_position_level),
        (d.positions, d.find_position),
        (d.policies, d.find_policy),
    ):
        for record in records:
            assert find(record.code) is find(normalise_key(record.code)) is not None
