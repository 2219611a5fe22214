"""Safe YAML reading: located values, duplicate keys, tags, encodings, size limits."""

from __future__ import annotations

from pathlib import Path

import pytest

import kamus_kompetensi as kk
from kamus_kompetensi import yaml_source
from kamus_kompetensi.yaml_source import parse_yaml, read_yaml


def test_marks_locate_values() -> None:
    doc, problems = parse_yaml(b"a:\n  b:\n    - x\n    - {c: 1}\n", "f.yaml")
    assert problems == []
    assert doc is not None
    assert doc.data == {"a": {"b": ["x", {"c": 1}]}}
    where = doc.locate(("a", "b", 1, "c"))
    assert (where.file, where.line, where.column, where.path) == ("f.yaml", 4, 8, "$.a.b[1].c")
    # A path that does not exist falls back to its nearest located ancestor.
    assert doc.locate(("a", "b", 1, "zzz")).line == 4


def test_every_duplicate_key_is_reported() -> None:
    _, problems = parse_yaml(b"a: 1\nb: 2\na: 3\nc:\n  d: 1\n  d: 2\n", "f.yaml")
    assert [(p.code, p.location.line) for p in problems] == [
        ("yaml-duplicate-key", 3),
        ("yaml-duplicate-key", 6),
    ]
    assert "baris 1" in problems[0].message


@pytest.mark.parametrize(
    "text",
    [
        "a: !!python/object/apply:os.system ['echo hi']",
        "a: !custom 1",
        "a: !!binary aGk=",
        "a: !!set {x}",
        "<<: {a: 1}",
    ],
)
def test_non_plain_tags_are_refused(text: str) -> None:
    doc, problems = parse_yaml(text.encode(), "f.yaml")
    assert [p.code for p in problems] == ["yaml-unsafe-tag"]
    assert doc is not None
    assert problems[0].location.line == 1


def test_dates_stay_text() -> None:
    doc, problems = parse_yaml(b"d: 2026-03-01\n", "f.yaml")
    assert problems == []
    assert doc is not None
    assert doc.data == {"d": "2026-03-01"}


def test_bom_is_accepted_and_latin1_is_refused() -> None:
    doc, problems = parse_yaml("\ufeffa: é\n".encode(), "f.yaml")
    assert problems == []
    assert doc is not None
    assert doc.data == {"a": "é"}
    doc, problems = parse_yaml("a: é\n".encode("latin-1"), "f.yaml")
    assert doc is None
    assert [p.code for p in problems] == ["file-encoding"]


def test_empty_document() -> None:
    _, problems = parse_yaml(b"# only a comment\n", "f.yaml")
    assert [p.code for p in problems] == ["yaml-empty"]


def test_deep_nesting_is_bounded() -> None:
    text = "a: " + "[" * 200 + "]" * 200
    _, problems = parse_yaml(text.encode(), "f.yaml")
    assert problems
    assert problems[0].code == "yaml-too-many-nodes"


def test_recursive_alias_does_not_hang() -> None:
    _, problems = parse_yaml(b"a: &x [1, *x]\n", "f.yaml")
    assert [p.code for p in problems][:1] == ["yaml-too-many-nodes"]


def test_oversize_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yaml_source, "MAX_BYTES", 100)
    big = tmp_path / "big.yaml"
    big.write_text("a: " + "x" * 200)
    doc, problems = read_yaml(big)
    assert doc is None
    assert [p.code for p in problems] == ["file-too-large"]
    assert "200" in problems[0].message or "203" in problems[0].message


def test_missing_and_unreadable_files(tmp_path: Path) -> None:
    assert [p.code for p in read_yaml(tmp_path / "nope.yaml")[1]] == ["file-not-found"]
    assert [p.code for p in read_yaml(tmp_path)[1]] == ["file-unreadable"]


def test_load_dictionary_raises_dictionary_error_not_yaml_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("a: [1, 2\n")
    with pytest.raises(kk.DictionaryError) as caught:
        kk.load_dictionary(bad)
    assert isinstance(caught.value, ValueError)
    problem = caught.value.problems[0]
    assert problem.code == "yaml-syntax"
    assert problem.location.line == 2
    assert str(problem).startswith(f"{problem.location.file}:2:")


def test_missing_file_raises_dictionary_error(tmp_path: Path) -> None:
    with pytest.raises(kk.DictionaryError) as caught:
        kk.load_dictionary(tmp_path / "nope.yaml")
    assert caught.value.problems[0].code == "file-not-found"
