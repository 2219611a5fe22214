"""The committed JSON Schema equals what the models export, and it accepts the shipped data."""

from __future__ import annotations

import json

import jsonschema
import yaml

from kamus_kompetensi.resources import data_dir
from kamus_kompetensi.schema import dictionary_schema, schema_json


def test_committed_schema_matches_models() -> None:
    committed = (data_dir() / "schema" / "kamus.schema.json").read_text(encoding="utf-8")
    assert committed == schema_json(), (
        "data/schema/kamus.schema.json is stale: run `kamus-kompetensi schema > "
        "data/schema/kamus.schema.json`"
    )


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(dictionary_schema())


def test_shipped_yaml_files_declare_the_schema_and_pass_it() -> None:
    schema = json.loads((data_dir() / "schema" / "kamus.schema.json").read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for path in sorted((data_dir() / "kamus").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# yaml-language-server: $schema=../schema/kamus.schema.json")
        assert list(validator.iter_errors(yaml.safe_load(text))) == []
