"""The JSON Schema of a dictionary file, exported from the pydantic models.

The exported schema is committed as ``data/schema/kamus.schema.json`` (a test keeps the two
equal) so editors can autocomplete dictionary files, and it is the structural stage of
validation in :mod:`kamus_kompetensi.loader`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from kamus_kompetensi.models import DictionaryDocument

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def dictionary_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) for a dictionary file."""
    schema = DictionaryDocument.model_json_schema(mode="validation")
    return {"$schema": SCHEMA_DIALECT, **schema}


def schema_json() -> str:
    """The schema as the exact text committed under ``data/schema/``."""
    return json.dumps(dictionary_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


@lru_cache(maxsize=1)
def dictionary_validator() -> Draft202012Validator:
    """A compiled validator, built once; ``jsonschema`` is imported only when needed."""
    from jsonschema import Draft202012Validator, validators

    # JSON Schema counts 3.0 as an integer; a level written 3.0 in YAML is a float, and
    # lax pydantic would quietly make it 3. Only a true integer is an integer here.
    checker = Draft202012Validator.TYPE_CHECKER.redefine(
        "integer", lambda _checker, value: isinstance(value, int) and not isinstance(value, bool)
    )
    strict = validators.extend(  # type: ignore[no-untyped-call]
        Draft202012Validator, type_checker=checker
    )
    validator: Draft202012Validator = strict(dictionary_schema())
    return validator
