"""The commented starter file for an agency dictionary (``kamus-kompetensi new-agency``).

The text lives in ``data/templates/kamus-instansi.yaml``, a file that CI validates like
any other shipped dictionary, so the starter a user gets always loads. This module only
fills in the identity and writes it; it must not build YAML itself, which would lose the
explanatory comments.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pydantic

from kamus_kompetensi.errors import InputError
from kamus_kompetensi.i18n import message
from kamus_kompetensi.models import DictionaryInfo
from kamus_kompetensi.resources import data_dir

# In the repository the template sits in data/templates/ next to data/schema/; a copy sits
# wherever the user puts it, where "kamus-kompetensi schema" writes kamus.schema.json.
_SHIPPED_SCHEMA_LINE = "# yaml-language-server: $schema=../schema/kamus.schema.json"
_COPY_SCHEMA_LINE = "# yaml-language-server: $schema=kamus.schema.json"
_ID_LINE = re.compile(r"^  id: .*$", re.MULTILINE)
_TITLE_LINE = re.compile(r"^  title: .*$", re.MULTILINE)
# The shipped file declares itself a template (its placeholder texts are not reported); a
# copy is a dictionary in the making, whose placeholders validate must point out.
_TEMPLATE_LINE = re.compile(r"^  status: template\b.*\n", re.MULTILINE)


def agency_template_path() -> Path:
    """The shipped starter file."""
    return data_dir() / "templates" / "kamus-instansi.yaml"


def agency_starter(*, dictionary_id: str | None = None, title: str | None = None) -> str:
    """The starter text, with ``dictionary.id`` and ``dictionary.title`` filled in if given.

    Raises :class:`~kamus_kompetensi.errors.InputError` for an id or title that the
    dictionary schema would reject, so a starter never starts out invalid.

    >>> "extends: nasional" in agency_starter(dictionary_id="bkpsdm-contoh")
    True
    """
    text = agency_template_path().read_text(encoding="utf-8")
    text = text.replace(_SHIPPED_SCHEMA_LINE, _COPY_SCHEMA_LINE, 1)
    text = _TEMPLATE_LINE.sub("", text, count=1)
    if dictionary_id is not None:
        _check_info(id=dictionary_id)
        text = _ID_LINE.sub(lambda _: f"  id: {json.dumps(dictionary_id)}", text, count=1)
    if title is not None:
        _check_info(title=title)
        quoted = json.dumps(title.strip(), ensure_ascii=False)
        text = _TITLE_LINE.sub(lambda _: f"  title: {quoted}", text, count=1)
    return text


def _check_info(**fields: str) -> None:
    values = {"id": "x", "title": "x", "version": "1", **fields}
    try:
        DictionaryInfo.model_validate(values)
    except pydantic.ValidationError as exc:
        (name, value), *_ = fields.items()
        raise InputError.from_code(
            "starter-invalid-field", name=name, value=value, detail=_detail(exc.errors()[0])
        ) from None


def write_agency_starter(
    path: str | os.PathLike[str],
    *,
    force: bool = False,
    dictionary_id: str | None = None,
    title: str | None = None,
) -> Path:
    """Write the starter to ``path``; refuse to replace an existing file unless ``force``.

    Raises :class:`~kamus_kompetensi.errors.InputError` when the file exists (and
    ``force`` is false) or cannot be written.
    """
    text = agency_starter(dictionary_id=dictionary_id, title=title)
    target = Path(path)
    try:
        # "x" creates or fails in one step, so nothing can appear between check and write.
        with target.open("w" if force else "x", encoding="utf-8", newline="\n") as out:
            out.write(text)
    except FileExistsError:
        raise InputError.from_code("starter-exists", path=str(target)) from None
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise InputError.from_code("starter-unwritable", path=str(target), reason=reason) from None
    return target


def _detail(error: Any) -> str:
    """What is wrong, in the user's language (pydantic's own text is English only)."""
    kind, context = error["type"], error.get("ctx") or {}
    if kind == "string_pattern_mismatch":
        return message("starter-id-pattern")
    if kind == "string_too_short":
        return message("starter-empty")
    if kind == "string_too_long":
        return message("schema-length", bound=f"maxLength {context.get('max_length')}")
    return str(error["msg"])  # pragma: no cover - the fields checked here fail only as above
