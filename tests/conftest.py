"""Shared fixtures: the shipped dictionary, paths to example files, and the CLI runner."""

from __future__ import annotations

import contextlib
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

import kamus_kompetensi as kk
from kamus_kompetensi.cli import main

EXAMPLES = Path(__file__).parent / "examples"
#: The nine national competencies in official order, written out by hand (not read from data).
NATIONAL_CODES = (
    "integritas",
    "kerjasama",
    "komunikasi",
    "orientasi_hasil",
    "pelayanan_publik",
    "pengembangan_diri",
    "mengelola_perubahan",
    "pengambilan_keputusan",
    "perekat_bangsa",
)
#: A stable code at the end of a printed line: ``... pesan [score-out-of-range]``.
_CODE_SUFFIX = re.compile(r"\[([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\]$")


@dataclass(frozen=True)
class CliRun:
    """What one run of ``kamus-kompetensi`` returned and printed."""

    code: int
    out: str
    err: str

    @property
    def codes(self) -> list[str]:
        """The stable codes printed at the end of lines (``... [code]``), stderr first."""
        lines = [*self.err.splitlines(), *self.out.splitlines()]
        return [m[1] for line in lines if (m := _CODE_SUFFIX.search(line.rstrip()))]

    @property
    def error_code(self) -> str | None:
        """The code of the JSON error document on stdout (``--format json``), if there is one."""
        try:
            document = json.loads(self.out)
        except ValueError:
            return None
        if isinstance(document, dict) and isinstance(document.get("error"), dict):
            code = document["error"].get("code")
            return code if isinstance(code, str) else None
        return None


Cli = Callable[..., CliRun]


def run_cli(*argv: str | Path) -> CliRun:
    """Run ``kamus_kompetensi.cli.main`` in-process with stdout and stderr captured.

    argparse's own exits (usage errors, ``--help``, ``--version``) become the exit code, as
    they would for the console script.
    """
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(a) for a in argv], stdout=out)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
    return CliRun(code, out.getvalue(), err.getvalue())


@pytest.fixture
def cli() -> Cli:
    """``cli("check", path, "--format", "json")`` → :class:`CliRun` (code, out, err, codes)."""
    return run_cli


@pytest.fixture(scope="session")
def nasional() -> kk.Dictionary:
    """The shipped national dictionary (loaded once per test session)."""
    return kk.load_dictionary()


@pytest.fixture(autouse=True)
def _indonesian_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests see the documented default language whatever the developer's shell says."""
    monkeypatch.delenv("KAMUS_LANG", raising=False)


def write_clean_csv(path: Path, rows: int) -> Path:
    """A clean semicolon CSV of ``rows`` invented officials, every one checked (exit 0)."""
    lines = [";".join(["nip", "nama", "jabatan", "eselon", *NATIONAL_CODES])]
    lines += [
        f"19870315201001{1000 + i};Pejabat {i};Kepala;II.a;" + ";".join(["4"] * 9)
        for i in range(1, rows + 1)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
