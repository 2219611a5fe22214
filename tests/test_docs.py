"""The documentation cannot silently fall behind the schema, the catalogue, the data or the CLI.

* ``docs/format-data.md`` names every field and enum value of the committed JSON Schema and
  every problem code that validating a dictionary can produce;
* ``docs/sumber.md`` lists every shipped competency and position level with its confidence,
  and every band threshold of every policy;
* every problem code a page names (in backticks, in a JSON example, or as the ``[code]`` that
  ends a printed line) is one the message catalogue knows;
* every Python example runs, every YAML example validates, and every ``kamus-kompetensi``
  command line of a ``bash`` or ``console`` block runs through the real CLI with the exit
  code the page gives it.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import kamus_kompetensi as kk
from kamus_kompetensi import i18n, integrity, loader, yaml_source
from kamus_kompetensi.cli import build_parser
from kamus_kompetensi.resources import data_dir
from tests.conftest import Cli

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
FORMAT_PAGE = DOCS / "format-data.md"
SOURCES_PAGE = DOCS / "sumber.md"
VALIDATION_PREFIXES = ("file-", "yaml-", "schema-", "model-")


def _backticked(path: Path) -> set[str]:
    return set(re.findall(r"`([^`\n]+)`", path.read_text(encoding="utf-8")))


def _fenced_blocks(path: Path, language: str) -> list[str]:
    return _blocks_in(path.read_text(encoding="utf-8"), language)


def _blocks_in(text: str, language: str) -> list[str]:
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


# --- every page ------------------------------------------------------------------------------
#: The pages users read: the README, the MkDocs site and the benchmark notes.
PAGES = (ROOT / "README.md", *sorted(DOCS.glob("*.md")), ROOT / "benchmarks" / "README.md")


def _page_id(page: Path) -> str:
    return page.relative_to(ROOT).as_posix()


# --- problem codes named in the docs -------------------------------------------------------
_CODE = r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+"  # kebab-case, as every problem and error code is
_CODE_SHAPED = re.compile(rf"^{_CODE}$")
#: Kebab-case words in the docs that are not problem codes, each with the reason.
NOT_CODES = {
    "utf-8": "an encoding name",
    "engine-only": "a column printed by benchmarks/bench_batch.py",
}


def _cli_words() -> set[str]:
    """The program name and its sub-command names (``new-agency``), read from the parser."""
    parser = build_parser()
    words = {parser.prog}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            words |= set(action.choices)
    return words


def _json_codes(value: Any, key: str | None = None) -> set[str]:
    """Codes in a JSON example: every kebab-case string, the ``code`` of every row issue or
    error object whatever its shape, and every item of a ``warnings`` list."""
    found: set[str] = set()
    if isinstance(value, dict):
        for name, item in value.items():
            issue = "severity" in value or key == "error"
            if name == "code" and isinstance(item, str) and issue:
                found.add(item)
            found |= _json_codes(item, name)
    elif isinstance(value, list):
        for item in value:
            if key == "warnings" and isinstance(item, str):
                found.add(item)
            found |= _json_codes(item, key)
    elif isinstance(value, str) and _CODE_SHAPED.match(value):
        found.add(value)
    return found


def _codes_named(text: str) -> set[str]:
    """Every problem code a page names: in backticks, in double quotes, as the ``[code]``
    that ends a printed problem, and in its JSON examples. Python examples are left to
    :func:`test_python_example_runs` (their strings are also dictionary ids and the like,
    and a code they compare with is checked by running them)."""
    prose = re.sub(r"^```python\n.*?^```", "", text, flags=re.DOTALL | re.MULTILINE)
    found = {t for t in re.findall(r"`([^`\n]+)`", prose) if _CODE_SHAPED.match(t)}
    found |= set(re.findall(rf'"({_CODE})"', prose))
    found |= set(re.findall(rf"(?<=\s)\[({_CODE})\](?!\()", prose))
    for block in _blocks_in(text, "json"):
        found |= _json_codes(json.loads(block))
    return found - _cli_words() - set(NOT_CODES)


@pytest.mark.parametrize("page", PAGES, ids=_page_id)
def test_every_code_a_page_names_is_in_the_catalogue(page: Path) -> None:
    unknown = sorted(_codes_named(page.read_text(encoding="utf-8")) - set(i18n.MESSAGES))
    assert not unknown, f"{_page_id(page)} names codes the tool never prints: {unknown}"


def test_the_code_check_catches_a_made_up_code() -> None:
    """Guard the collector: a code that is not in the catalogue is found wherever it is
    written, and the real pages' codes are found too."""
    page = """
Baris dengan NIP janggal diberi peringatan `nip-structure`.

```text
hasil.csv: baris 3: nilai di luar rentang [score-too-high]
```

```json
{"results": [{"row": 2, "warnings": ["nipstructure"]}],
 "errors": [{"row": 3, "code": "bogus", "severity": "error"}],
 "error": {"code": "Unknown-Thing"}}
```
"""
    unknown = _codes_named(page) - set(i18n.MESSAGES)
    assert unknown == {"nip-structure", "score-too-high", "nipstructure", "bogus", "Unknown-Thing"}
    laporan = _codes_named((DOCS / "laporan.md").read_text(encoding="utf-8"))
    assert {"invalid-nip", "score-out-of-range", "report-write-failed"} <= laporan
    assert "kamus-kompetensi" not in laporan


# --- Python examples ---------------------------------------------------------------------------
PYTHON_EXAMPLES = [
    pytest.param(block, id=f"{_page_id(page)}-{index + 1}")
    for page in PAGES
    for index, block in enumerate(_fenced_blocks(page, "python"))
]


def test_python_examples_are_found() -> None:
    pages = {_page_id(p) for p in PAGES if _fenced_blocks(p, "python")}
    assert {"README.md", "docs/index.md", "docs/penilaian.md", "docs/laporan.md"} <= pages
    assert len(PYTHON_EXAMPLES) >= 9


@pytest.mark.parametrize("block", PYTHON_EXAMPLES)
def test_python_example_runs(block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each example runs on its own, from an empty folder (so a relative file it names must
    be one it writes itself), with only the shipped data."""
    monkeypatch.chdir(tmp_path)
    exec(compile(block, "example", "exec"), {"__name__": "__example__"})


# --- command lines -----------------------------------------------------------------------------
_PROGRAMS = (("kamus-kompetensi",), ("python", "-m", "kamus_kompetensi"))
_PROGRAMS += (("python3", "-m", "kamus_kompetensi"),)
_FILE_SUFFIXES = {".yaml", ".yml", ".csv", ".xlsx", ".json", ".jsonl", ".html", ".htm", ".txt"}
_OUTPUT_OPTIONS = {"-o", "--output"}
#: What a page's placeholder input (``hasil-asesmen.xlsx``, ``kamus-instansi.yaml``) becomes.
SAMPLE_TABLE = ROOT / "data" / "contoh" / "hasil-asesmen-contoh.csv"
SAMPLE_DICTIONARY = ROOT / "data" / "contoh" / "kamus-instansi-contoh.yaml"


@dataclass(frozen=True)
class DocCommand:
    """One ``kamus-kompetensi`` line of a page: its arguments, environment and comment."""

    line: str
    argv: tuple[str, ...]
    env: tuple[tuple[str, str], ...]
    comment: str

    @property
    def documented_exit(self) -> int:
        """The exit code the comment gives (``# ... keluar 1``), else 0."""
        found = re.search(r"\b(?:keluar|exit)\s+(\d)\b", self.comment)
        return int(found[1]) if found else 0


def _command_lines(block: str, console: bool) -> list[str]:
    """The block's lines, continuations joined; in a console block only the ``$`` lines."""
    lines: list[str] = []
    for raw in block.replace("\\\n", " ").splitlines():
        if console:
            if not raw.startswith("$ "):
                continue  # printed output
            raw = raw[2:]
        lines.append(raw.strip())
    return lines


def _doc_command(line: str) -> DocCommand | None:
    comment = re.search(r"(?:^|\s)#\s?(.*)$", line)
    tokens = shlex.split(line, comments=True)
    env = []
    while tokens and re.match(r"^[A-Z_][A-Z0-9_]*=", tokens[0]):
        name, _, value = tokens.pop(0).partition("=")
        env.append((name, value))
    program = next((p for p in _PROGRAMS if tuple(tokens[: len(p)]) == p), None)
    if program is None:
        return None
    argv = tokens[len(program) :]
    if ">" in argv:  # a shell redirect of stdout: the runner captures stdout anyway
        argv = argv[: argv.index(">")]
    return DocCommand(line, tuple(argv), tuple(env), comment[1] if comment else "")


def _doc_commands(page: Path) -> list[list[DocCommand]]:
    """The ``kamus-kompetensi`` lines of each ``bash`` and ``console`` block of a page."""
    blocks = [(b, False) for b in _fenced_blocks(page, "bash")]
    blocks += [(b, True) for b in _fenced_blocks(page, "console")]
    found = []
    for block, console in blocks:
        commands = [c for line in _command_lines(block, console) if (c := _doc_command(line))]
        if commands:
            found.append(commands)
    return found


COMMAND_BLOCKS = [
    pytest.param(commands, id=f"{_page_id(page)}-{index + 1}")
    for page in PAGES
    for index, commands in enumerate(_doc_commands(page))
]


def _is_file_argument(token: str) -> bool:
    return not token.startswith("-") and (
        Path(token).suffix.lower() in _FILE_SUFFIXES or token.endswith("/")
    )


def _with_inputs(argv: tuple[str, ...], folder: Path) -> tuple[list[str], bool]:
    """The arguments with every input file resolved: one written by an earlier line of the
    block (in ``folder``), one of the repository (``data/...``), or else a placeholder,
    replaced by a shipped sample of the same kind. Says whether a placeholder was replaced.
    Outputs (``-o FILE``) stay relative, so they are written into ``folder``."""
    resolved: list[str] = []
    replaced = False
    for previous, token in zip(("", *argv)[:-1], argv, strict=True):
        output = previous in _OUTPUT_OPTIONS
        if output or not _is_file_argument(token) or (folder / token).exists():
            resolved.append(token)
        elif (ROOT / token).exists():
            resolved.append(str(ROOT / token))
        else:
            yaml = Path(token).suffix.lower() in {".yaml", ".yml"}
            resolved.append(str(SAMPLE_DICTIONARY if yaml else SAMPLE_TABLE))
            replaced = True
    return resolved, replaced


def test_command_examples_are_found() -> None:
    pages = {_page_id(p) for p in PAGES if _doc_commands(p)}
    assert {"README.md", "docs/pemeriksaan-berkas.md", "docs/penilaian.md"} <= pages
    assert {"docs/index.md", "docs/instalasi.md", "docs/kamus-instansi.md"} <= pages
    lines = [c for p in PAGES for block in _doc_commands(p) for c in block]
    assert len(lines) >= 30
    assert not [c.line for c in lines if {"--jobs", "-j"} & set(c.argv)]


@pytest.mark.parametrize("commands", COMMAND_BLOCKS)
def test_command_example_runs(
    commands: list[DocCommand], cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lines of a block run in order in an empty folder. A line whose inputs exist exits
    with the code its comment gives (0 unless it says ``keluar N``); a line naming a
    placeholder input runs on a shipped sample instead and may report findings (1), but
    its options must be accepted (never 2)."""
    monkeypatch.chdir(tmp_path)
    for command in commands:
        argv, replaced = _with_inputs(command.argv, tmp_path)
        with monkeypatch.context() as env:
            for name, value in command.env:
                env.setenv(name, value)
            result = cli(*argv)
        expected = {0, 1} if replaced else {command.documented_exit}
        assert result.code in expected, (command.line, argv, result.err)
