"""Example files are tests: every file under examples/valid loads; every file under
examples/invalid declares the problems it must produce as ``# expect: CODE @ LINE`` lines.

Adding a file adds a test; no code is needed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import kamus_kompetensi as kk
from tests.conftest import EXAMPLES

EXPECT = re.compile(r"^# expect: (?P<code>[a-z0-9-]+) @ (?P<line>\d+)$", re.MULTILINE)
VALID = sorted((EXAMPLES / "valid").glob("*.yaml"))
INVALID = sorted((EXAMPLES / "invalid").glob("*.yaml"))


def _expected(path: Path) -> list[tuple[str, int]]:
    text = path.read_text(encoding="utf-8")
    found = [(m["code"], int(m["line"])) for m in EXPECT.finditer(text)]
    assert found, f"{path.name} declares no '# expect: code @ line'"
    return found


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_example_loads(path: Path) -> None:
    dictionary = kk.load_dictionary(path)
    assert dictionary.competencies


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_example_reports_expected_problems(path: Path) -> None:
    with pytest.raises(kk.DictionaryError) as caught:
        kk.load_dictionary(path)
    found = [(p.code, p.location.line) for p in caught.value.problems]
    assert sorted(found) == sorted(_expected(path))
    for problem in caught.value.problems:
        assert problem.location.file is not None
        assert problem.location.file.endswith(path.name)
        assert problem.message


def test_there_are_enough_examples() -> None:
    assert len(VALID) >= 1
    assert len(INVALID) >= 15
