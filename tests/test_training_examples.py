"""Example files drive the training-hours tests: each folder under tests/examples/training
is one case (see its README.md for the shape of ``expected.json``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import kamus_kompetensi as kk
from tests.conftest import EXAMPLES, Cli

TRAINING = EXAMPLES / "training"
CASES = sorted(p for p in TRAINING.iterdir() if p.is_dir())


def input_of(case: Path) -> Path:
    return next(p for p in case.iterdir() if p.name.startswith("input."))


def expected_of(case: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((case / "expected.json").read_text("utf-8"))
    return data


def _option(args: list[str], *names: str) -> str | None:
    for name in names:
        if name in args:
            return args[args.index(name) + 1]
    return None


def _codes_by_row(issues: list[dict[str, Any]]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for issue in issues:
        found.setdefault(str(issue["row"]), []).append(issue["code"])
    return found


def _assert_report(document: dict[str, Any], expected: dict[str, Any]) -> None:
    summary = document["summary"]
    for key, value in expected["summary"].items():
        assert summary[key] == value, key
    for key, value in expected.get("requirement", {}).items():
        assert summary["requirement"][key] == value, key
    results = {r["nip"]: r for r in document["results"]}
    assert set(results) == set(expected["results"])
    for nip, wanted in expected["results"].items():
        result = results[nip]
        for key, value in wanted.items():
            if key == "activity_rows":
                assert [a["row"] for a in result["activities"]] == value, nip
            else:
                assert result[key] == value, (nip, key)
    assert _codes_by_row(document["errors"]) == expected["errors"]
    assert _codes_by_row(document["warnings"]) == expected["warnings"]
    # Every row read ends in exactly one place.
    counted = sum(len(r["activities"]) for r in document["results"])
    assert counted == summary["rows_counted"]
    assert len(_codes_by_row(document["errors"])) == summary["rows_rejected"]
    assert summary["rows_read"] == (
        summary["rows_counted"] + summary["rows_other_year"] + summary["rows_rejected"]
    )


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_example_through_the_api(case: Path) -> None:
    expected = expected_of(case)
    args = expected["args"]
    dictionary_path = _option(args, "-d", "--dictionary")
    dictionary = kk.load_dictionary(case / dictionary_path) if dictionary_path else None
    staff = _option(args, "--staff")
    year = _option(args, "--year")
    assert year is not None
    report = kk.training_compliance(
        input_of(case),
        int(year),
        dictionary,
        staff=case / staff if staff else None,
    )
    assert report.summary.balanced
    _assert_report(report.to_dict(), expected)


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_example_through_the_cli(case: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = expected_of(case)
    monkeypatch.chdir(case)
    run = cli("training", input_of(case).name, *expected["args"], "--format", "json", "-q")
    assert run.code == expected["exit"], run.err
    _assert_report(json.loads(run.out), expected)


GOLDEN = [
    (case, name)
    for case in CASES
    for name in ("expected.txt", "expected.csv", "expected-en.csv")
    if (case / name).exists()
]


@pytest.mark.parametrize(("case", "name"), GOLDEN, ids=lambda v: getattr(v, "name", v))
def test_example_output_is_exactly_the_expected_file(
    case: Path, name: str, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = expected_of(case)
    monkeypatch.chdir(case)
    fmt = "text" if name.endswith(".txt") else "csv"
    lang = ["--lang", "en"] if name.endswith("-en.csv") else []
    run = cli("training", input_of(case).name, *expected["args"], "--format", fmt, "-q", *lang)
    assert run.code == expected["exit"]
    assert run.out == (case / name).read_bytes().decode("utf-8")


def test_every_case_has_expected_outputs_of_some_format() -> None:
    assert len(GOLDEN) >= 3
    assert len(CASES) >= 6
