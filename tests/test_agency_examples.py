"""Data-driven tests over ``tests/examples/agency``: one case per folder.

The expectations live in the example files themselves (``# expect:`` header lines, see the
README there), so a new case is a new folder and no new code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from kamus_kompetensi import check_dictionary

EXAMPLES = Path(__file__).parent / "examples" / "agency"
_EXPECT = re.compile(r"^#\s*expect:\s*(?P<code>[a-z0-9-]+)\s*@\s*(?P<where>\S+)\s*$")
_OPTIONS = re.compile(r"^#\s*options:\s*(?P<options>.+?)\s*$")
_KNOWN_OPTIONS = frozenset({"allow_outside"})


@dataclass(frozen=True)
class Expected:
    """One problem a case expects: its code and where it is (file relative to the case)."""

    code: str
    file: Path
    line: int
    column: int | None


@dataclass(frozen=True)
class Case:
    folder: Path
    entry: Path
    expected: tuple[Expected, ...]
    allow_outside: bool


def _parse_where(case: Path, where: str) -> tuple[Path, int, int | None]:
    file, _, rest = where.partition(":")
    numbers = [int(n) for n in rest.split(":")]
    return (case / file).resolve(), numbers[0], numbers[1] if len(numbers) > 1 else None


def _load_case(folder: Path) -> Case:
    entries = sorted(folder.rglob("main.yaml"))
    assert len(entries) == 1, f"{folder}: expected exactly one main.yaml, found {entries}"
    entry = entries[0]
    expected: list[Expected] = []
    options: set[str] = set()
    for line in entry.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break  # only the header comment block declares expectations
        if match := _EXPECT.match(line):
            file, number, column = _parse_where(folder, match["where"])
            expected.append(Expected(match["code"], file, number, column))
        elif match := _OPTIONS.match(line):
            options.update(o.strip() for o in match["options"].split(","))
    unknown = options - _KNOWN_OPTIONS
    assert not unknown, f"{entry}: unknown options {unknown}"
    return Case(folder, entry, tuple(expected), "allow_outside" in options)


def _cases(kind: str) -> list[Any]:
    return [
        pytest.param(_load_case(folder), id=folder.name)
        for folder in sorted((EXAMPLES / kind).iterdir())
        if folder.is_dir()
    ]


def test_every_case_folder_is_collected() -> None:
    """A folder without main.yaml would silently test nothing; refuse that."""
    for kind in ("valid", "invalid"):
        folders = [f for f in (EXAMPLES / kind).iterdir() if f.is_dir()]
        assert folders, kind
        for folder in folders:
            _load_case(folder)


@pytest.mark.parametrize("case", _cases("valid"))
def test_valid_chain_loads(case: Case) -> None:
    assert not case.expected, f"{case.entry}: a valid case declares no problems"
    dictionary, problems = check_dictionary(case.entry, allow_outside=case.allow_outside)
    assert problems == []
    assert dictionary is not None


@pytest.mark.parametrize("case", _cases("invalid"))
def test_invalid_chain_reports_expected_problems(case: Case) -> None:
    assert case.expected, f"{case.entry}: an invalid case must declare '# expect:' lines"
    dictionary, problems = check_dictionary(case.entry, allow_outside=case.allow_outside)
    assert dictionary is None
    found = []
    for problem in problems:
        where = problem.location
        assert where.file is not None, str(problem)
        assert where.line is not None, str(problem)
        found.append((problem.code, Path(where.file).resolve(), where.line, where.column))
    shown = "\n".join(str(p) for p in problems)
    assert sorted(f[:3] for f in found) == sorted(
        (e.code, e.file, e.line) for e in case.expected
    ), shown
    for e in case.expected:
        if e.column is not None:  # a column is checked only where the case names one
            assert (e.code, e.file, e.line, e.column) in found, shown


@pytest.mark.parametrize("case", _cases("invalid"))
def test_invalid_chain_messages_in_english(case: Case) -> None:
    """Every finding has a catalogue message in both languages (no raw code fallback)."""
    _, problems_id = check_dictionary(case.entry, allow_outside=case.allow_outside, lang="id")
    _, problems_en = check_dictionary(case.entry, allow_outside=case.allow_outside, lang="en")
    assert [p.code for p in problems_id] == [p.code for p in problems_en]
    for problem in problems_en:
        assert not problem.message.startswith(problem.code), problem.message
