"""Every message exists in Indonesian and English with the same placeholders."""

from __future__ import annotations

import string

import pytest

from kamus_kompetensi import i18n


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(i18n.MESSAGES))
def test_both_languages_with_same_placeholders(key: str) -> None:
    entry = i18n.MESSAGES[key]
    assert set(entry) == {"id", "en"}
    assert entry["id"].strip()
    assert entry["en"].strip()
    assert _fields(entry["id"]) == _fields(entry["en"])


def test_language_resolution(monkeypatch: pytest.MonkeyPatch) -> None:
    assert i18n.resolve_lang() == "id"
    monkeypatch.setenv("KAMUS_LANG", "en_US.UTF-8")
    assert i18n.resolve_lang() == "en"
    with i18n.language("id"):
        assert i18n.resolve_lang() == "id"
    assert i18n.resolve_lang("xx") == "id"


def test_unknown_key_is_visible_not_fatal() -> None:
    assert i18n.message("no-such-key", x=1).startswith("no-such-key")
