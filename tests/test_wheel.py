"""The wheel carries the package and its data, and works installed in a clean environment.

Builds the wheel with ``python -m build``, installs it (and its dependencies, from the
configured package index) into a fresh virtual environment, and runs the library and the
console script from a neutral folder, so the source tree cannot be imported by accident.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = "Scripts" if os.name == "nt" else "bin"
EXE = ".exe" if os.name == "nt" else ""
PACKAGED_FILES = (
    "kamus_kompetensi/data/kamus/nasional.yaml",
    "kamus_kompetensi/data/schema/kamus.schema.json",
    "kamus_kompetensi/py.typed",
)

PROBE = """
import json, sys
import kamus_kompetensi as kk
from kamus_kompetensi.resources import data_dir, national_dictionary_path
d = kk.load_dictionary()
assert len(d.competencies) == 9, d
json.dump({
    "file": kk.__file__,
    "data_dir": str(data_dir()),
    "national": str(national_dictionary_path()),
    "prefix": sys.prefix,
    "competencies": len(d.competencies),
}, sys.stdout)
"""


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env.pop("VIRTUAL_ENV", None)
    return env


def _run(args: list[str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        args, cwd=cwd, env=_clean_env(), capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, (
        f"{args} exited {result.returncode}\n{result.stdout}\n{result.stderr}"
    )
    return result


def test_wheel_installs_and_runs_with_its_data(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    _run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)], cwd=ROOT)
    wheels = sorted(dist.glob("kamus_kompetensi-*.whl"))
    assert len(wheels) == 1, wheels
    wheel = wheels[0]

    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for name in PACKAGED_FILES:
        assert name in names, f"{name} is not in {wheel.name}"

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, system_site_packages=False, clear=True).create(env_dir)
    python = env_dir / BIN / f"python{EXE}"
    _run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], cwd=tmp_path)

    neutral = tmp_path / "neutral"
    neutral.mkdir()
    probe = _run([str(python), "-c", PROBE], cwd=neutral)
    facts = json.loads(probe.stdout)
    installed = Path(facts["file"]).resolve().parent
    assert env_dir.resolve() in installed.parents, facts
    assert installed != (ROOT / "kamus_kompetensi").resolve(), facts
    assert Path(facts["data_dir"]).resolve() == installed / "data", facts
    national = Path(facts["national"])
    assert national.is_file(), facts
    assert installed in national.resolve().parents, facts
    assert facts["competencies"] == 9

    script = env_dir / BIN / f"kamus-kompetensi{EXE}"
    result = _run([str(script), "validate", str(national)], cwd=neutral)
    assert "valid" in result.stdout
