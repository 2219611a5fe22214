"""``new-agency``, the shipped agency example, and ``validate`` on the shipped data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import kamus_kompetensi as kk
from kamus_kompetensi.letterhead import is_letterhead_text
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


def test_starter_is_the_shipped_template_without_its_template_marker() -> None:
    shipped = agency_template_path().read_text(encoding="utf-8").splitlines()
    marker = [line for line in shipped if line.startswith("  status: template")]
    assert len(marker) == 1
    assert agency_starter().splitlines()[1:] == [line for line in shipped[1:] if line != marker[0]]
    assert kk.load_dictionary(agency_template_path()).info.status == "template"


# --- placeholder text and --strict ----------------------------------------------------------
def test_a_fresh_starter_warns_of_every_placeholder_but_loads(tmp_path: Path, cli: Cli) -> None:
    target = tmp_path / "bkpsdm.yaml"
    assert cli("new-agency", "-o", target, "--title", "Kamus BKPSDM Kota Contoh").code == 0
    dictionary, problems = kk.check_dictionary(target)
    assert dictionary is not None
    assert dictionary.info.status == "in_use"
    assert {(p.code, p.severity) for p in problems} == {("placeholder-text", "warning")}
    lines = target.read_text(encoding="utf-8").splitlines()
    flagged = {p.location.line for p in problems}
    # Every "(ganti ...)", "Tuliskan ..." and "(isi ...)" line, and the level descriptions
    # left exactly as the starter wrote them; the title was given, so it is no placeholder.
    for number, line in enumerate(lines, start=1):
        marked = "(ganti" in line or "Tuliskan" in line or "(isi" in line
        if marked and re.match(r"^\s*(?:- )?(?:\{|[a-z_]+:)", line):  # a value, not a comment
            assert number in flagged, line
    assert sum("description: " in lines[n - 1] for n in flagged) == 5
    assert not any("title:" in lines[n - 1] for n in flagged)
    assert all(p.location.column and p.location.path for p in problems)


def test_warnings_change_the_exit_code_only_with_strict(tmp_path: Path, cli: Cli) -> None:
    target = tmp_path / "bkpsdm.yaml"
    cli("new-agency", "-o", target)
    r = cli("validate", target)
    assert r.code == 0
    assert set(r.codes) == {"placeholder-text"}
    assert "peringatan: teks" in r.out
    assert f"{target}: valid" in r.out
    assert r.err.strip().endswith("0 temuan; 21 peringatan")
    r = cli("validate", "--strict", target)
    assert r.code == 1
    assert "1 bermasalah, 21 temuan; 21 peringatan (--strict" in r.err
    r = cli("validate", "--strict", target, "--format", "json", "--lang", "en")
    assert r.code == 1
    (entry,) = json.loads(r.out)["files"]
    assert {p["severity"] for p in entry["problems"]} == {"warning"}
    assert entry["problems"][0]["message"].startswith('text "Kamus Kompetensi Teknis Instansi')


def test_notes_never_change_the_exit_code(tmp_path: Path, cli: Cli) -> None:
    target = tmp_path / "kebijakan.yaml"
    target.write_text(
        'extends: nasional\ndictionary: {id: uji, title: Uji, version: "1"}\n'
        "policies:\n  - code: seleksi\n    name: Seleksi instansi\n"
        "    bands: [{code: ok, name: OK, min: 0}]\n",
        encoding="utf-8",
    )
    for strict in ((), ("--strict",)):
        r = cli("validate", *strict, target)
        assert (r.code, r.codes) == (0, ["policy-replaced"])


def test_the_template_marker_turns_placeholder_warnings_off(tmp_path: Path) -> None:
    text = agency_template_path().read_text(encoding="utf-8")
    marked = tmp_path / "templat.yaml"
    marked.write_text(text, encoding="utf-8")
    assert kk.check_dictionary(marked)[1] == []
    unmarked = tmp_path / "kamus.yaml"
    unmarked.write_text(text.replace("  status: template", "  status: in_use"), encoding="utf-8")
    assert len(kk.check_dictionary(unmarked)[1]) == 21


@pytest.mark.parametrize(
    "text",
    ["Analisis (ganti nama)", "(isi nomor)", "Tuliskan definisinya.", "Keputusan ... Nomor", "a…"],
)
def test_placeholder_markers(tmp_path: Path, text: str) -> None:
    path = tmp_path / "kamus.yaml"
    path.write_text(
        f'extends: nasional\ndictionary: {{id: uji, title: "{text}", version: "1"}}\n',
        encoding="utf-8",
    )
    assert [(p.code, p.location.line) for p in kk.check_dictionary(path)[1]] == [
        ("placeholder-text", 2)
    ]


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
    "path",
    # A report letterhead (data/contoh/kop-laporan-contoh.yaml) is no dictionary.
    [p for p in sorted(data_dir().rglob("*.yaml")) if not is_letterhead_text(p.read_bytes())],
    ids=lambda p: p.relative_to(data_dir()).as_posix(),
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
