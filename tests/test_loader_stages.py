"""A file that strict pydantic validation accepts skips the JSON Schema stage; that is only
right if the schema would have accepted it too, and if the usual (lax) validation would
have built the same model. Checked here on the shipped and example files, on values picked
to hit each difference between the two validators, and on randomly mutated documents."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kamus_kompetensi.loader import _strict_model
from kamus_kompetensi.models import DictionaryDocument
from kamus_kompetensi.resources import national_dictionary_path
from kamus_kompetensi.schema import dictionary_validator
from kamus_kompetensi.yaml_source import read_yaml

from .conftest import EXAMPLES

ROOT = Path(__file__).parent.parent
FILES = [
    national_dictionary_path(),
    ROOT / "data" / "contoh" / "kamus-instansi-contoh.yaml",
    *sorted((EXAMPLES / "agency" / "valid").rglob("*.yaml")),
    *sorted((EXAMPLES / "valid").rglob("*.yaml")),
]


def _data(path: Path) -> Any:
    doc, problems = read_yaml(path)
    assert doc is not None
    assert problems == []
    return doc.data


NATIONAL = _data(national_dictionary_path())
SMALL = [_data(p) for p in FILES[1:]]


def _schema_accepts(data: Any) -> bool:
    return next(iter(dictionary_validator().iter_errors(data)), None) is None


def _agrees(data: Any) -> DictionaryDocument | None:
    """``_strict_model(data)``, after checking that accepting means what it should."""
    model = _strict_model(data)
    if model is not None:
        assert _schema_accepts(data)
        assert DictionaryDocument.model_validate(data) == model
    return model


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_valid_files_pass_strict_validation(path: Path) -> None:
    assert _agrees(_data(path)) is not None


def test_loading_the_national_dictionary_does_not_need_jsonschema() -> None:
    code = (
        "import sys, kamus_kompetensi as kk\n"
        "kk.load_dictionary()\n"
        "print('jsonschema' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "False"


def _replaced(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    """A copy of ``data`` with the value at ``path`` replaced (copies only along the path)."""
    if not path:
        return value
    head, *rest = path
    copy = list(data) if isinstance(data, list) else dict(data)
    copy[head] = _replaced(data[head], tuple(rest), value)
    return copy


#: Each breaks a rule only one of the two validators has, or that they apply differently.
TRICKY: list[tuple[tuple[Any, ...], Any]] = [
    (("position_levels", 5, "required", "default"), "3"),  # lax pydantic: 3; schema: no
    (("position_levels", 5, "required", "default"), True),  # lax pydantic: 1; schema: no
    (("position_levels", 5, "required", "default"), 3.0),  # schema: an integer; strict: no
    (("position_levels", 5, "required"), {1: 3}),  # non-string key
    (("competencies", 0, "code"), " integritas"),  # stripped, then matches the pattern
    (("competencies", 0, "code"), "integritas\n"),  # Python's $ matches before a final \n
    (("competencies", 0, "levels", 0, "indicators", 0, "code"), "1.1 "),
    (("competencies", 0, "official_code"), "M.01" + " " * 40),  # too long until stripped
    (("policies", 0, "bands", 0, "short"), "ABCDEFGH "),  # 9 characters, 8 when stripped
    (("policies", 0, "bands", 0, "min"), float("nan")),
    (("policies", 0, "bands", 0, "min"), True),
    (("policies", 0, "rounding", "places"), "2"),
    (("dictionary", "language"), " id"),
    (("position_levels", 5, "kind"), "Struktural"),
    (("competencies", 0, "name"), " Integritas "),  # fine for both; stripped by pydantic
]


@pytest.mark.parametrize(("path", "value"), TRICKY, ids=lambda v: repr(v)[:40])
def test_differences_between_the_validators_take_the_full_path(
    path: tuple[Any, ...], value: Any
) -> None:
    data = _replaced(NATIONAL, path, value)
    assert _strict_model(data) is None


_KEYS = sorted(
    {"code", "name", "required", "default", "levels", "min", "kind", "extends", "integritas"}
    | {"x", " code", "code "}
)
_LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-2, 1100),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(
        [
            "3",
            "3.0",
            "80",
            "1e2",
            "-1",
            "",
            " ",
            "integritas",
            " integritas",
            "integritas\n",
            "x\u00a0",
            "\u2003x",
            "1.1",
            "1.1\n",
            "M.01",
            "struktural",
            "STRUKTURAL",
            "tinggi",
            "half_up",
            "none",
            "default",
            "nasional",
            "ABCDEFGH",
            "ABCDEFGHI",
            "a" * 80,
            "a" * 81,
        ]
    ),
    st.text(alphabet=" \t\n_.-aZ09\u00a0", max_size=6),
)
_VALUES = st.recursive(
    _LEAVES,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.one_of(st.sampled_from(_KEYS), st.integers(0, 2)), inner, max_size=3),
    ),
    max_leaves=6,
)


def _places(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _places(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found += _places(value, (*path, i))
    return found


_NATIONAL_PLACES = _places(NATIONAL)


@st.composite
def _mutated(draw: st.DrawFn) -> Any:
    base = draw(st.sampled_from([NATIONAL, *SMALL]))
    for _ in range(draw(st.integers(1, 2))):
        path = draw(st.sampled_from(_NATIONAL_PLACES if base is NATIONAL else _places(base)))
        if not path:
            continue
        if not isinstance(_at(base, path), (dict, list)) and draw(st.booleans()):
            base = _replaced(base, path, draw(_LEAVES))  # mostly keeps the document's shape
            continue
        parent = _at(base, path[:-1])
        if parent is None:
            continue
        kind = draw(st.sampled_from(["replace", "replace", "delete", "add"]))
        if kind == "replace":
            base = _replaced(base, path, draw(_VALUES))
        elif isinstance(parent, dict):
            changed = dict(parent)
            if kind == "delete":
                changed.pop(path[-1], None)
            else:
                changed[draw(st.sampled_from(_KEYS))] = draw(_VALUES)
            base = _replaced(base, path[:-1], changed)
        else:
            items = list(parent)
            if kind == "delete":
                del items[path[-1]]
            else:
                items.append(draw(_VALUES))
            base = _replaced(base, path[:-1], items)
    return base


def _at(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutated())
def test_strict_acceptance_implies_the_schema_accepts(data: Any) -> None:
    accepted = _agrees(data) is not None
    event("strict accepted" if accepted else "full path")
