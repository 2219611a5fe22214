"""``new-agency``, the shipped agency example, and ``validate`` on the shipped data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import kamus_kompetensi as kk
from kamus_kompetensi.models import CompetencyGroup
from kamus_kompetensi.resources import data_dir
from kamus_kompetensi.starter import agency_starter, agency_template_path
from tests.conftest import Cli

EXAMPLE = data_dir() / "contoh" / "kamus-instansi-contoh.yaml"
SCHEMA = data_dir() / "schema" / "kamus.schema.json"
_MODELINE = re.compile(r"^# yaml-language-server: \$schema=(?P<target>\S+)$")


def test_written_starter_validates(tmp_path: Path, cli: Cli) -> None:
    target = tmp_path / "bkpsdm.yaml"
    r = cli("new-agency", "-o", target)
    assert r.code == 0
    assert r.err == f"{target} ditulis; periksa dengan: kamus-kompetensi validate {target}\n"
    dictionary = kk.load_dictionary(target)
    assert dictionary.files[0].id == "nasional"
    assert dictionary.get_competency("kompetensi_teknis_contoh").group is CompetencyGroup.TEKNIS
    assert dictionary.get_position("kepala_bidang_contoh").required_level("integritas") == 3
    assert cli("validate", target).code == 0


def test_id_and_title_are_filled_in(tmp_path: Path, cli: Cli) -> None:
    target = tmp_path / "bkpsdm.yaml"
    title = 'Kamus BKPSDM "Kabupaten Contoh": teknis'
    r = cli("new-agency", "-o", target, "--id", "bkpsdm-contoh", "--title", title)
    assert r.code == 0
    dictionary = kk.load_dictionary(target)
    assert (dictionary.id, dictionary.info.title) == ("bkpsdm-contoh", title)
    assert "# " in target.read_text(encoding="utf-8")  # the explanations survive


def test_refuses_to_overwrite_without_force(tmp_path: Path, cli: Cli) -> None:
    target = tmp_path / "bkpsdm.yaml"
    target.write_text("milik pengguna\n", encoding="utf-8")
    r = cli("new-agency", "-o", target)  # no code printed (starter-exists)
    assert r.code == 2
    assert target.read_text(encoding="utf-8") == "milik pengguna\n"
    assert f"{target} sudah ada; pakai --force untuk menimpanya" in r.err
    assert cli("new-agency", "-o", target, "--force").code == 0
    kk.load_dictionary(target)


def test_dash_writes_to_stdout(tmp_path: Path, cli: Cli) -> None:
    r = cli("new-agency", "-o", "-", "--id", "dari-stdout")
    assert r.code == 0
    text = r.out
    assert list(tmp_path.iterdir()) == []
    saved = tmp_path / "instansi.yaml"
    saved.write_text(text, encoding="utf-8")
    assert kk.load_dictionary(saved).id == "dari-stdout"
    assert text.splitlines()[0] == "# yaml-language-server: $schema=kamus.schema.json"


def test_invalid_id_writes_nothing(tmp_path: Path, cli: Cli) -> None:
    target = tmp_path / "bkpsdm.yaml"
    r = cli("new-agency", "-o", target, "--id", "Bukan Id")  # no code printed
    assert r.code == 2
    assert "id 'Bukan Id' tidak dapat dipakai di kamus: pakai huruf kecil" in r.err
    assert not target.exists()
    with pytest.raises(kk.InputError):
        agency_starter(title="   ")


def test_starter_is_the_shipped_template() -> None:
    shipped = agency_template_path().read_text(encoding="utf-8")
    assert agency_starter().splitlines()[1:] == shipped.splitlines()[1:]


# --- the shipped example and the shipped data ----------------------------------------------
def test_shipped_example_agency() -> None:
    dictionary = kk.load_dictionary(EXAMPLE)
    assert [f.id for f in dictionary.files] == ["nasional", "contoh-kab"]
    head = dictionary.get_position("kepala_bkpsdm")
    assert head.required_level("manajemen_talenta") == 4
    assert head.required_level("perekat_bangsa") == 4
    for comp in dictionary.competencies[len(dictionary.national_codes) :]:
        assert comp.group is CompetencyGroup.TEKNIS
        assert [len(level.indicators) for level in comp.levels] == [3, 3, 3, 3, 3]
    for position in dictionary.positions:
        assert position.has_standard


@pytest.mark.parametrize(
    "path", sorted(data_dir().rglob("*.yaml")), ids=lambda p: p.relative_to(data_dir()).as_posix()
)
def test_shipped_yaml_points_at_the_schema(path: Path) -> None:
    """Editors find the schema through the first line, relative to the file."""
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = _MODELINE.match(first)
    assert match, first
    assert (path.parent / match["target"]).resolve() == SCHEMA.resolve()


def test_cli_validates_the_shipped_data(cli: Cli) -> None:
    """What CI runs: the project's own validate command over data/."""
    r = cli("validate", data_dir())
    assert r.code == 0, r.out
    assert r.out.count(": valid") == len(list(data_dir().rglob("*.yaml")))


def test_cli_reports_agency_problems_with_their_place(cli: Cli) -> None:
    case = Path(__file__).parent / "examples" / "agency" / "invalid" / "error-in-parent"
    r = cli("validate", "--format", "json", case / "main.yaml")
    assert r.code == 1
    [entry] = json.loads(r.out)["files"]
    [problem] = entry["problems"]
    assert problem["code"] == "unknown-reference"
    assert Path(problem["file"]).name == "induk.yaml"
    assert problem["line"] == 9


@pytest.mark.parametrize(
    ("field", "value", "lang", "expected"),
    [
        ("dictionary_id", "Bad ID!", "id", "pakai huruf kecil, angka"),
        ("dictionary_id", "Bad ID!", "en", "use lower-case letters, digits"),
        ("dictionary_id", "x" * 81, "id", "panjang tidak sesuai (maxLength 80)"),
        ("title", "   ", "en", "must not be empty"),
    ],
)
def test_a_bad_identity_is_explained_in_the_users_language(
    field: str, value: str, lang: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KAMUS_LANG", lang)
    with pytest.raises(kk.InputError) as raised:
        agency_starter(**{field: value})
    assert expected in str(raised.value)
    assert "String should" not in str(raised.value)  # pydantic's English never shows
