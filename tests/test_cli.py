"""The command line: exit codes, formats and languages, through ``cli.main``."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kamus_kompetensi.resources import national_dictionary_path
from kamus_kompetensi.schema import dictionary_schema
from tests.conftest import EXAMPLES, Cli


def test_validate_clean_file(cli: Cli) -> None:
    r = cli("validate", national_dictionary_path())
    assert r.code == 0
    assert "valid" in r.out


def test_validate_folder_with_findings_exits_1(cli: Cli) -> None:
    r = cli("validate", EXAMPLES / "invalid" / "unknown-field.yaml", EXAMPLES / "valid")
    assert r.code == 1
    assert "unknown-field.yaml:" in r.out
    assert r.codes == ["schema-additional"]
    assert "tidak dikenal" in r.out
    assert "2 berkas diperiksa, 1 bermasalah, 1 temuan" in r.err


def test_validate_json_english(cli: Cli) -> None:
    path = EXAMPLES / "invalid" / "indicator-numbering.yaml"
    line = (
        path.read_text("utf-8")
        .splitlines()
        .index('          - {code: "3.2", text: Menetapkan prosedur pemeriksaan.}')
        + 1
    )
    r = cli("--lang", "en", "validate", "--format", "json", path)
    assert r.code == 1
    payload = json.loads(r.out)
    (entry,) = payload["files"]
    assert entry["valid"] is False
    (problem,) = entry["problems"]
    assert problem["code"] == "indicator-numbering"
    assert problem["line"] == line
    assert problem["path"] == "$.competencies[0].levels[2].indicators[0].code"
    assert problem["message"].startswith("indicator 1 of level 3 should be numbered")


def test_validate_missing_path_exits_2(tmp_path: Path, cli: Cli) -> None:
    # The missing file is named on stderr without a [code]; JSON lists it under "missing".
    r = cli("validate", tmp_path / "nope.yaml")
    assert r.code == 2
    assert f"{tmp_path / 'nope.yaml'}: berkas tidak ditemukan" in r.err
    r = cli("validate", tmp_path / "nope.yaml", "--format", "json")
    assert r.code == 2
    assert json.loads(r.out) == {"files": [], "missing": [str(tmp_path / "nope.yaml")]}


def test_validate_unreadable_encoding_exits_2(tmp_path: Path, cli: Cli) -> None:
    bad = tmp_path / "latin.yaml"
    bad.write_bytes("a: é".encode("latin-1"))
    r = cli("validate", bad)
    assert r.code == 2
    assert r.codes == ["file-encoding"]


def test_show_level(cli: Cli) -> None:
    r = cli("show", "M.01", "--level", "3")
    assert r.code == 0
    assert "Integritas" in r.out
    assert "3.1" in r.out
    assert "3.3" in r.out
    assert "2.1" not in r.out
    assert "Level 4" not in r.out


def test_show_json_and_list(cli: Cli) -> None:
    r = cli("show", "perekat bangsa", "--format", "json")
    assert r.code == 0
    data = json.loads(r.out)
    assert data["code"] == "perekat_bangsa"
    assert len(data["levels"]) == 5
    r = cli("show")
    assert r.code == 0
    assert len(r.out.strip().splitlines()) == 9


def test_show_unknown_competency_exits_2(cli: Cli) -> None:
    r = cli("show", "kepemimpinan")
    assert r.code == 2
    assert 'kompetensi "kepemimpinan" tidak dikenal' in r.err
    assert cli("show", "kepemimpinan", "--format", "json").error_code == "unknown-competency"


def test_standard_for_echelon(cli: Cli) -> None:
    r = cli("standard", "II.a")
    assert r.code == 0
    lines = r.out.splitlines()
    assert lines[0] == "Jabatan Pimpinan Tinggi Pratama (jpt_pratama)"
    assert lines[-1].split()[-1] == "36"
    r = cli("standard", "I.a", "--condition", "kepala_lpnk", "--format", "json")
    data = json.loads(r.out)
    assert data["code"] == "jpt_utama"
    assert set(data["required"].values()) == {5}


def test_standard_for_functional_level_is_a_clear_error(cli: Cli) -> None:
    r = cli("--lang", "en", "standard", "ahli_muda")
    assert r.code == 2
    assert "agency must supply it" in r.err
    r = cli("--lang", "en", "standard", "ahli_muda", "--format", "json")
    assert (r.code, r.error_code) == (2, "standard-not-defined")


def test_schema_command(cli: Cli) -> None:
    r = cli("schema")
    assert r.code == 0
    assert json.loads(r.out) == dictionary_schema()


def test_usage_errors_exit_2(cli: Cli) -> None:
    # argparse's own errors carry no code: usage line, then the problem.
    r = cli("show", "--level", "9")
    assert r.code == 2
    assert r.err.startswith("usage: kamus-kompetensi show")
    assert "argument --level: invalid choice: 9" in r.err
    r = cli()  # no command: the help, on stdout
    assert r.code == 2
    assert r.out.startswith("usage: kamus-kompetensi")


def test_console_script_and_module_entry_points() -> None:
    exe = shutil.which("kamus-kompetensi")
    commands = [[sys.executable, "-m", "kamus_kompetensi", "standard", "IVa"]]
    if exe:
        commands.append([exe, "standard", "IVa"])
    for command in commands:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        assert "Jabatan Pengawas" in done.stdout


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (
            ["check", "data/contoh/hasil-asesmen-contoh.csv", "--format", "xlsx"],
            "format-needs-output",
        ),
        (["check", "data/contoh/hasil-asesmen-contoh.csv", "-o", "r.doc"], "report-unknown-format"),
        (["template", "-o", "t.pdf"], "template-format"),
        (["new-agency", "--id", "Bukan Id", "-o", "x.yaml"], "starter-invalid-field"),
    ],
)
def test_every_unusable_input_prints_its_code_in_text_mode(
    cli: Cli, argv: list[str], code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A script or a person reading stderr sees the stable code of every error, not only
    with --format json."""
    root = Path(__file__).resolve().parent.parent
    monkeypatch.chdir(tmp_path)
    argv = [str(root / a) if a.startswith("data/") else a for a in argv]
    r = cli(*argv)
    assert (r.code, r.codes) == (2, [code])


def test_standard_refuses_a_condition_without_an_echelon(cli: Cli) -> None:
    r = cli("standard", "jpt_madya", "--condition", "kepala_lpnk")
    assert (r.code, r.codes) == (2, ["condition-without-echelon"])
    assert cli("standard", "I.a", "--condition", "kepala_lpnk").code == 0
