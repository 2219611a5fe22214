"""Example files drive batch tests: each folder under tests/examples/batch is one case.

See tests/examples/batch/README.md for the shape of ``expected.json``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import kamus_kompetensi as kk
from tests.conftest import EXAMPLES, Cli

ROOT = Path(__file__).parent.parent
BATCH = EXAMPLES / "batch"


def cases(kind: str) -> list[Path]:
    return sorted(p for p in (BATCH / kind).iterdir() if p.is_dir())


def input_of(case: Path) -> Path:
    return next(p for p in case.iterdir() if p.name.startswith("input."))


def expected_of(case: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((case / "expected.json").read_text("utf-8"))
    return data


def dictionary_for(expected: dict[str, Any]) -> kk.Dictionary:
    args = expected.get("args", [])
    if "--dictionary" in args:
        return kk.load_dictionary(ROOT / args[args.index("--dictionary") + 1])
    return kk.load_dictionary()


def check_argv(case: Path, expected: dict[str, Any]) -> list[str]:
    """``check`` of the case's input as JSON, with the case's extra arguments."""
    args = [
        str(a) if not str(a).startswith("data/") else str(ROOT / a)
        for a in expected.get("args", [])
    ]
    return ["check", str(input_of(case)), "--format", "json", "--quiet", *args]


@pytest.mark.parametrize("case", cases("valid"), ids=lambda p: p.name)
def test_valid_example(case: Path) -> None:
    expected = expected_of(case)
    args = expected.get("args", [])
    policy = args[args.index("--policy") + 1] if "--policy" in args else "pemetaan"
    report = kk.check_file(dictionary_for(expected), input_of(case), policy=policy)
    summary = report.summary
    assert summary.header_row == expected.get("header_row", 1 if summary.header_row else None)
    assert summary.rows_skipped == expected.get("rows_skipped", 0)
    for key in ("rows_read", "rows_checked", "rows_rejected"):
        assert getattr(summary, key) == expected[key], key
    assert summary.rows_blank == expected.get("rows_blank", 0)
    assert summary.balanced
    errors: dict[str, list[str]] = {}
    for issue in report.errors:
        errors.setdefault(str(issue.row), []).append(issue.code)
    assert errors == expected["errors"]
    warnings = {str(r.row): [w.code for w in r.warnings] for r in report.results if r.warnings}
    assert warnings == expected["warnings"]
    assert [w.code for w in summary.file_warnings] == expected["file_warnings"]
    jpm = {str(r.row): str(r.result.jpm) for r in report.results}
    for row, value in expected.get("jpm", {}).items():
        assert jpm[row] == value, row
    units = {str(r.row): r.unit for r in report.results}
    for row, value in expected.get("units", {}).items():
        assert units[row] == value, row


@pytest.mark.parametrize("case", cases("valid"), ids=lambda p: p.name)
def test_valid_example_through_the_cli(case: Path, cli: Cli) -> None:
    expected = expected_of(case)
    r = cli(*check_argv(case, expected))
    assert r.code == expected["exit"]
    data = json.loads(r.out)
    assert data["summary"]["rows_read"] == expected["rows_read"]


@pytest.mark.parametrize("case", cases("invalid"), ids=lambda p: p.name)
def test_invalid_example(case: Path, cli: Cli) -> None:
    expected = expected_of(case)
    with pytest.raises(kk.InputError) as caught:
        kk.check_file(dictionary_for(expected), input_of(case))
    assert caught.value.code == expected["code"]
    for text in expected["mentions"]:
        assert text in str(caught.value)
    r = cli(*check_argv(case, expected))
    assert r.code == expected["exit"] == 2
    assert r.error_code == expected["code"]
    assert input_of(case).name in r.err
