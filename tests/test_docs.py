"""The documentation cannot silently fall behind the schema, the catalogue or the data.

* ``docs/format-data.md`` names every field and enum value of the committed JSON Schema and
  every problem code that validating a dictionary can produce;
* ``docs/sumber.md`` lists every shipped competency and position level with its confidence,
  and every band threshold of every policy;
* the Python and YAML examples in the docs run and validate.
"""

from __future__ import annotations

import ast
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import kamus_kompetensi as kk
from kamus_kompetensi import i18n, integrity, loader, yaml_source
from kamus_kompetensi.resources import data_dir

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
FORMAT_PAGE = DOCS / "format-data.md"
SOURCES_PAGE = DOCS / "sumber.md"
VALIDATION_PREFIXES = ("file-", "yaml-", "schema-", "model-")


def _backticked(path: Path) -> set[str]:
    return set(re.findall(r"`([^`\n]+)`", path.read_text(encoding="utf-8")))


def _fenced_blocks(path: Path, language: str) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return re.findall(rf"^```{language}\n(.*?)^```", text, flags=re.DOTALL | re.MULTILINE)


def _committed_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(
        (data_dir() / "schema" / "kamus.schema.json").read_text(encoding="utf-8")
    )
    return schema


def _string_constants(module: Any) -> set[str]:
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def _validation_codes() -> set[str]:
    """Problem codes a dictionary validation can produce, as registered in the catalogue."""
    registered = set(i18n.MESSAGES)
    by_prefix = {code for code in registered if code.startswith(VALIDATION_PREFIXES)}
    used = set().union(*(_string_constants(m) for m in (integrity, loader, yaml_source)))
    return by_prefix | (used & registered) | {"dictionary-invalid"}


# --- docs/format-data.md -----------------------------------------------------------------
def test_format_page_names_every_schema_property() -> None:
    schema = _committed_schema()
    named = _backticked(FORMAT_PAGE)
    objects = {"(root)": schema, **schema["$defs"]}
    missing = sorted(
        f"{owner}.{prop}"
        for owner, definition in objects.items()
        for prop in definition.get("properties", {})
        if prop not in named
    )
    assert not missing, f"docs/format-data.md does not mention: {missing}"


def test_format_page_names_every_enum_value() -> None:
    named = _backticked(FORMAT_PAGE)
    missing = sorted(
        f"{owner}={value}"
        for owner, definition in _committed_schema()["$defs"].items()
        for value in definition.get("enum", [])
        if str(value) not in named
    )
    assert not missing, f"docs/format-data.md does not mention: {missing}"


def test_format_page_names_every_validation_problem_code() -> None:
    codes = _validation_codes()
    # Guard the collector itself: it must find the integrity and extends codes.
    assert {"duplicate-code", "bands-order", "extends-cycle", "yaml-duplicate-key"} <= codes
    missing = sorted(codes - _backticked(FORMAT_PAGE))
    assert not missing, f"docs/format-data.md does not list the problem codes: {missing}"


def test_format_page_example_dictionary_is_valid(tmp_path: Path) -> None:
    blocks = [b for b in _fenced_blocks(FORMAT_PAGE, "yaml") if "dictionary:" in b]
    assert blocks, "docs/format-data.md lost its full example"
    for index, block in enumerate(blocks):
        path = tmp_path / f"contoh-{index}.yaml"
        path.write_text(block, encoding="utf-8")
        dictionary, problems = kk.check_dictionary(path)
        assert problems == [], [str(p) for p in problems]
        assert dictionary is not None


# --- docs/sumber.md ------------------------------------------------------------------------
def _table_rows(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("|")]


def _rows_naming(rows: list[str], *tokens: str) -> list[str]:
    return [row for row in rows if all(f"`{token}`" in row for token in tokens)]


def test_sources_page_lists_every_competency_with_its_confidence() -> None:
    rows = _table_rows(SOURCES_PAGE)
    for competency in kk.load_dictionary().competencies:
        assert competency.source is not None, competency.code
        confidence = str(competency.source.confidence)
        assert _rows_naming(rows, competency.code, confidence), (
            f"docs/sumber.md has no row with `{competency.code}` and `{confidence}`"
        )


def test_sources_page_lists_every_position_level_with_its_confidence() -> None:
    rows = _table_rows(SOURCES_PAGE)
    for level in kk.load_dictionary().position_levels:
        assert level.source is not None, level.code
        confidence = str(level.source.confidence)
        assert _rows_naming(rows, level.code, confidence), (
            f"docs/sumber.md has no row with `{level.code}` and `{confidence}`"
        )


def test_sources_page_lists_every_policy_threshold() -> None:
    rows = _table_rows(SOURCES_PAGE)
    for policy in kk.load_dictionary().policies:
        assert policy.source is not None, policy.code
        confidence = str(policy.source.confidence)
        for band in policy.bands:
            matching = _rows_naming(rows, policy.code, band.code, confidence)
            assert any(f"≥ {band.min}" in row for row in matching), (
                f"docs/sumber.md has no row for {policy.code}/{band.code} ≥ {band.min} "
                f"with `{confidence}`"
            )


def test_sources_page_lists_every_source_code() -> None:
    text = SOURCES_PAGE.read_text(encoding="utf-8")
    missing = [f"S{n}" for n in range(1, 14) if f"| S{n} |" not in text]
    assert not missing


# --- runnable examples ---------------------------------------------------------------------
@pytest.mark.parametrize("page", ["index.md", "instalasi.md"])
def test_python_examples_run(page: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # examples that name relative files must not find ours
    blocks = _fenced_blocks(DOCS / page, "python")
    assert blocks
    for block in blocks:
        exec(compile(block, f"{page} example", "exec"), {"Decimal": Decimal})
