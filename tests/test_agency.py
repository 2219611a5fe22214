"""Agency dictionaries (``extends``) through the public API: what a real user relies on."""

from __future__ import annotations

import hashlib
import tempfile
import unicodedata
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import kamus_kompetensi as kk
from kamus_kompetensi.errors import Problem, StandardNotDefinedError, UnknownCompetencyError
from kamus_kompetensi.loader import MAX_CHAIN
from kamus_kompetensi.models import CompetencyGroup
from kamus_kompetensi.resources import national_dictionary_path
from tests.conftest import NATIONAL_CODES as NATIONAL_NINE

EXAMPLES = Path(__file__).parent / "examples" / "agency"


@pytest.fixture(scope="module")
def basic() -> kk.Dictionary:
    return kk.load_dictionary(EXAMPLES / "valid" / "basic" / "main.yaml")


def test_structural_position_inherits_its_level_standard(basic: kk.Dictionary) -> None:
    head = basic.get_position("kepala_bkpsdm")
    assert head.required_level("manajemen_talenta") == 4
    assert all(head.required_level(code) == 4 for code in NATIONAL_NINE)
    assert head.required_level("M.01") == 4  # any key form of a competency
    assert tuple(head.standard.levels) == (*NATIONAL_NINE, "manajemen_talenta")
    assert head.standard.total == 40
    assert basic.get_standard("kepala_bkpsdm") == head.standard


def test_functional_position_gets_its_standard_from_the_agency(basic: kk.Dictionary) -> None:
    analyst = basic.get_position("Analis SDM Aparatur Ahli Muda")
    assert analyst.required_level("integritas") == 3
    assert analyst.required_level("komunikasi") == 2  # from default
    assert analyst.required_level("manajemen_talenta") == 3
    assert analyst.standard.position_level == "ahli_muda"
    # The level itself still has no standard: only named positions carry one.
    assert not basic.get_position_level("ahli_muda").has_standard
    with pytest.raises(StandardNotDefinedError):
        basic.get_standard("ahli_muda")


def test_technical_competency_only_where_named(basic: kk.Dictionary) -> None:
    """A position's standard holds the level's competencies plus the technical ones it names."""
    standard = basic.get_standard("jpt_pratama")
    assert "manajemen_talenta" not in standard.levels
    with pytest.raises(UnknownCompetencyError):
        standard.required_level("manajemen_talenta")


def test_inherited_competencies_come_first(basic: kk.Dictionary) -> None:
    national = kk.load_dictionary()
    assert basic.competencies[: len(national.competencies)] == national.competencies
    assert [c.code for c in basic.competencies[len(national.competencies) :]] == [
        "manajemen_talenta"
    ]
    assert basic.national_codes == NATIONAL_NINE
    assert basic.get_competency("Manajemen Talenta").group is CompetencyGroup.TEKNIS


def test_provenance_records_every_file_of_the_chain() -> None:
    folder = EXAMPLES / "valid" / "chain"
    dictionary = kk.load_dictionary(folder / "main.yaml")
    files = dictionary.files
    assert [(f.id, f.version) for f in files] == [
        ("nasional", "2017.2"),
        ("uji-rantai", "2026.1"),
        ("uji-rantai-bidang", "2026.2"),
    ]
    assert files[0].path == "nasional"
    assert Path(files[1].path).resolve() == (folder / "induk.yaml").resolve()
    assert Path(files[2].path).resolve() == (folder / "main.yaml").resolve()
    expected = [
        national_dictionary_path().read_bytes(),
        (folder / "induk.yaml").read_bytes(),
        (folder / "main.yaml").read_bytes(),
    ]
    assert [f.sha256 for f in files] == [hashlib.sha256(raw).hexdigest() for raw in expected]
    assert (dictionary.id, dictionary.version) == ("uji-rantai-bidang", "2026.2")
    assert dictionary.content_hash != kk.load_dictionary().content_hash
    # A position of the child uses the parent's technical competency.
    head = dictionary.get_position("kepala_bidang_pengembangan")
    assert head.required_level("manajemen_talenta") == 3
    assert head.required_level("pengembangan_diri") == 4
    assert head.required_level("integritas") == 3


def test_load_raises_one_error_listing_every_problem() -> None:
    case = EXAMPLES / "invalid" / "error-in-parent" / "main.yaml"
    with pytest.raises(kk.DictionaryError) as caught:
        kk.load_dictionary(case)
    assert isinstance(caught.value, ValueError)
    assert [p.code for p in caught.value.problems] == ["unknown-reference"]
    assert "induk.yaml:9:" in str(caught.value)


def test_outside_only_when_allowed() -> None:
    case = EXAMPLES / "invalid" / "extends-outside" / "sub" / "main.yaml"
    assert [p.code for p in kk.check_dictionary(case)[1]] == ["extends-outside"]
    assert kk.load_dictionary(case, allow_outside=True).files[1].id == "uji-induk"


def test_relative_path_to_the_shipped_file_is_the_shipped_file(tmp_path: Path) -> None:
    agency = tmp_path / "instansi.yaml"
    agency.write_text(
        f"extends: {national_dictionary_path().resolve().as_posix()}\n"
        'dictionary: {id: uji, title: Uji, version: "1"}\n',
        encoding="utf-8",
    )
    dictionary = kk.load_dictionary(agency, allow_outside=True)
    assert dictionary.files[0].path == "nasional"


def test_too_long_chain_is_a_located_error(tmp_path: Path) -> None:
    count = MAX_CHAIN  # agency files; with the national root the chain is one too long
    for i in range(count):
        parent = "nasional" if i == count - 1 else f"f{i + 1}.yaml"
        (tmp_path / f"f{i}.yaml").write_text(
            f'extends: {parent}\ndictionary: {{id: f{i}, title: F{i}, version: "1"}}\n',
            encoding="utf-8",
        )
    _, problems = kk.check_dictionary(tmp_path / "f0.yaml")
    assert [p.code for p in problems] == ["extends-too-deep"]
    where = problems[0].location
    assert (Path(where.file or "").name, where.line, where.column) == (
        f"f{MAX_CHAIN - 1}.yaml",
        1,
        10,
    )
    # One file fewer (MAX_CHAIN files with the root) is fine.
    assert kk.check_dictionary(tmp_path / "f1.yaml")[1] == []


def test_problem_lists_are_not_shared_with_the_cache(tmp_path: Path) -> None:
    agency = tmp_path / "instansi.yaml"
    agency.write_text('extends: nasional\ndictionary: {id: uji, title: U, version: "1"}\n')
    _, first = kk.check_dictionary(agency)
    first.append(Problem.make("dictionary-invalid", count=1))
    assert kk.check_dictionary(agency)[1] == []


# --- property: extending the national dictionary and adding nothing changes nothing -------
_text = st.text(
    alphabet=st.characters(categories=("L", "N", "P", "Zs"), exclude_characters="\x85"),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() != "")


@settings(max_examples=40, deadline=None)
@given(
    dictionary_id=st.from_regex(r"\A[a-z0-9][a-z0-9_.-]{0,40}\Z"),
    version=_text,
    title=_text,
)
def test_extending_nasional_alone_keeps_its_standards(
    dictionary_id: str, version: str, title: str
) -> None:
    national = kk.load_dictionary()
    document = {
        "extends": "nasional",
        "dictionary": {"id": dictionary_id, "title": title, "version": version},
    }
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "instansi.yaml"
        path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        agency = kk.load_dictionary(path)
    assert agency.competencies == national.competencies
    assert [lv.code for lv in agency.position_levels] == [
        lv.code for lv in national.position_levels
    ]
    for level in national.position_levels:
        assert agency.get_position_level(level.code).has_standard == level.has_standard
        if level.has_standard:
            assert agency.get_standard(level.code) == national.get_standard(level.code)
    assert (agency.id, agency.version, agency.info.title) == (
        dictionary_id,
        version.strip(),
        unicodedata.normalize("NFC", title.strip()),  # text is NFC-normalised
    )
    assert [f.id for f in agency.files] == ["nasional", dictionary_id]
