"""The shipped dictionary built without validation equals the fully validated one."""

from __future__ import annotations

from pathlib import Path

import pytest

import kamus_kompetensi as kk
from kamus_kompetensi import trusted
from kamus_kompetensi.models import DictionaryDocument
from kamus_kompetensi.resources import national_dictionary_path
from kamus_kompetensi.yaml_source import read_yaml


def test_trusted_build_equals_full_validation() -> None:
    doc, problems = read_yaml(national_dictionary_path())
    assert doc is not None
    assert problems == []
    assert trusted.build(DictionaryDocument, doc.data) == DictionaryDocument.model_validate(
        doc.data
    )


def test_default_load_matches_thorough_load() -> None:
    fast = kk.load_dictionary()
    full, problems = kk.check_dictionary(national_dictionary_path(), thorough=True)
    assert problems == []
    assert full is not None
    assert fast.competencies == full.competencies
    assert fast.policies == full.policies
    assert [p.code for p in fast.position_levels] == [p.code for p in full.position_levels]
    assert fast.content_hash == full.content_hash


def test_a_copy_of_the_shipped_file_is_not_trusted(tmp_path: Path) -> None:
    copy = tmp_path / "nasional.yaml"
    text = national_dictionary_path().read_text("utf-8")
    copy.write_text(text.replace("  - code: integritas\n", "  - code: integritas\n    x: 1\n"))
    with pytest.raises(kk.DictionaryError) as caught:
        kk.load_dictionary(copy)
    assert [p.code for p in caught.value.problems] == ["schema-additional"]
