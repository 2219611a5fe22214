"""The command line: exit codes, formats and languages, through ``cli.main``."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kamus_kompetensi.cli import main
from kamus_kompetensi.resources import national_dictionary_path
from kamus_kompetensi.schema import dictionary_schema
from tests.conftest import EXAMPLES


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), stdout=out)
    return code, out.getvalue()


def test_validate_clean_file() -> None:
    code, out = run("validate", str(national_dictionary_path()))
    assert code == 0
    assert "valid" in out


def test_validate_folder_with_findings_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(
        "validate", str(EXAMPLES / "invalid" / "unknown-field.yaml"), str(EXAMPLES / "valid")
    )
    assert code == 1
    assert "unknown-field.yaml:" in out
    assert "[schema-additional]" in out
    assert "tidak dikenal" in out
    assert "2 berkas diperiksa, 1 bermasalah, 1 temuan" in capsys.readouterr().err


def test_validate_json_english() -> None:
    path = EXAMPLES / "invalid" / "indicator-numbering.yaml"
    line = (
        path.read_text("utf-8")
        .splitlines()
        .index('          - {code: "3.2", text: Menetapkan prosedur pemeriksaan.}')
        + 1
    )
    code, out = run("--lang", "en", "validate", "--format", "json", str(path))
    assert code == 1
    payload = json.loads(out)
    (entry,) = payload["files"]
    assert entry["valid"] is False
    (problem,) = entry["problems"]
    assert problem["code"] == "indicator-numbering"
    assert problem["line"] == line
    assert problem["path"] == "$.competencies[0].levels[2].indicators[0].code"
    assert problem["message"].startswith("indicator 1 of level 3 should be numbered")


def test_validate_missing_path_exits_2(tmp_path: Path) -> None:
    code, _ = run("validate", str(tmp_path / "nope.yaml"))
    assert code == 2


def test_validate_unreadable_encoding_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "latin.yaml"
    bad.write_bytes("a: é".encode("latin-1"))
    code, out = run("validate", str(bad))
    assert code == 2
    assert "[file-encoding]" in out


def test_show_level() -> None:
    code, out = run("show", "M.01", "--level", "3")
    assert code == 0
    assert "Integritas" in out
    assert "3.1" in out
    assert "3.3" in out
    assert "2.1" not in out
    assert "Level 4" not in out


def test_show_json_and_list() -> None:
    code, out = run("show", "perekat bangsa", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["code"] == "perekat_bangsa"
    assert len(data["levels"]) == 5
    code, out = run("show")
    assert code == 0
    assert len(out.strip().splitlines()) == 9


def test_show_unknown_competency_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run("show", "kepemimpinan")
    assert code == 2
    assert 'kompetensi "kepemimpinan" tidak dikenal' in capsys.readouterr().err


def test_standard_for_echelon() -> None:
    code, out = run("standard", "II.a")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Jabatan Pimpinan Tinggi Pratama (jpt_pratama)"
    assert lines[-1].split()[-1] == "36"
    code, out = run("standard", "I.a", "--condition", "kepala_lpnk", "--format", "json")
    data = json.loads(out)
    assert data["code"] == "jpt_utama"
    assert set(data["required"].values()) == {5}


def test_standard_for_functional_level_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run("--lang", "en", "standard", "ahli_muda")
    assert code == 2
    assert "agency must supply it" in capsys.readouterr().err


def test_schema_command() -> None:
    code, out = run("schema")
    assert code == 0
    assert json.loads(out) == dictionary_schema()


def test_usage_errors_exit_2() -> None:
    with pytest.raises(SystemExit) as caught:
        main(["show", "--level", "9"])
    assert caught.value.code == 2
    assert run()[0] == 2


def test_console_script_and_module_entry_points() -> None:
    exe = shutil.which("kamus-kompetensi")
    commands = [[sys.executable, "-m", "kamus_kompetensi", "standard", "IVa"]]
    if exe:
        commands.append([exe, "standard", "IVa"])
    for command in commands:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        assert "Jabatan Pengawas" in done.stdout
