"""A loaded dictionary is deeply immutable and pickles with its content intact.

The default dictionary is shared by every caller of ``load_dictionary()``; one caller that
could reassign ``d.competencies`` or change ``level.required`` would change every later
result of the process.
"""

from __future__ import annotations

import copy
import dataclasses
import pickle
import types
import typing
from collections.abc import Iterator, Mapping
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from pydantic import AfterValidator, BaseModel

import kamus_kompetensi as kk
from kamus_kompetensi import models
from kamus_kompetensi.errors import StandardNotDefinedError, UnknownCompetencyError
from kamus_kompetensi.frozen import FrozenMap
from kamus_kompetensi.models import (
    Band,
    Competency,
    LeadershipTraining,
    Position,
    PositionLevel,
    Standard,
    TalentBox,
    TalentPolicy,
    TrainingPolicy,
)

from .conftest import EXAMPLES, NATIONAL_CODES

ROOT = Path(__file__).parent.parent
AGENCY_FILES = [
    ROOT / "data" / "contoh" / "kamus-instansi-contoh.yaml",
    ROOT / "data" / "contoh" / "kamus-instansi-pengembangan-contoh.yaml",
    EXAMPLES / "agency" / "valid" / "chain" / "main.yaml",
    EXAMPLES / "agency" / "valid" / "basic" / "main.yaml",
]
_ATOMS = (str, int, float, bool, Decimal, Enum, type(None))


#: The national dictionary and agency dictionaries that extend it (one or two levels).
SOURCES = [
    pytest.param("nasional", id="nasional"),
    *(pytest.param(str(path), id=path.parent.name) for path in AGENCY_FILES),
]


def _walk(value: Any, where: str, seen: set[int]) -> Iterator[tuple[str, Any]]:
    """Every object reachable from ``value``, with a readable path to it.

    Strict on purpose: a type it does not know (a list, a dict, a set, a mappingproxy, a
    non-frozen class) is yielded for the caller to reject rather than skipped.
    """
    if isinstance(value, _ATOMS):
        return
    if id(value) in seen:
        return
    seen.add(id(value))
    yield where, value
    if isinstance(value, (tuple, frozenset)):
        for i, item in enumerate(value):
            yield from _walk(item, f"{where}[{i}]", seen)
    elif isinstance(value, FrozenMap):
        for key, item in value.items():
            yield from _walk(key, f"{where}.key({key!r})", seen)
            yield from _walk(item, f"{where}[{key!r}]", seen)
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _walk(getattr(value, name), f"{where}.{name}", seen)
        for name, item in (value.__pydantic_private__ or {}).items():
            yield from _walk(item, f"{where}.{name}", seen)
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            yield from _walk(getattr(value, field.name), f"{where}.{field.name}", seen)
    elif isinstance(value, kk.Dictionary):
        for name in kk.Dictionary.__slots__:
            if name != "__weakref__":
                yield from _walk(getattr(value, name), f"{where}.{name}", seen)


def _is_immutable(value: Any) -> bool:
    if isinstance(value, (tuple, frozenset, FrozenMap, kk.Dictionary)):
        return True
    if isinstance(value, BaseModel):
        return bool(value.model_config.get("frozen")) and value.__pydantic_extra__ is None
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        params = value.__dataclass_params__  # type: ignore[attr-defined]
        return bool(params.frozen)
    return False


@pytest.mark.parametrize("source", SOURCES)
def test_everything_reachable_is_immutable(source: str) -> None:
    dictionary = kk.load_dictionary(source)
    seen: set[int] = set()
    found = list(_walk(dictionary, "d", seen))
    mutable = [
        f"{where}: {type(value).__name__}" for where, value in found if not _is_immutable(value)
    ]
    assert mutable == []
    kinds = {type(value) for _, value in found}
    # The walk did reach the nested records (so an empty result above means something).
    assert {FrozenMap, Standard, PositionLevel, Competency, Band} <= kinds
    assert {TrainingPolicy, LeadershipTraining, TalentPolicy, TalentBox} <= kinds


def _field_types(annotation: Any, metadata: list[Any]) -> Iterator[tuple[Any, list[Any]]]:
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        inner, *more = typing.get_args(annotation)
        yield from _field_types(inner, [*metadata, *more])
        return
    yield annotation, metadata
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            yield from _field_types(arg, [] if arg is type(None) else metadata)
    elif origin is not None:
        for arg in typing.get_args(annotation):
            if arg is not Ellipsis:
                yield from _field_types(arg, [])


MODELS = [
    m
    for m in vars(models).values()
    if isinstance(m, type) and issubclass(m, BaseModel) and m.__module__ == models.__name__
]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_model_fields_admit_no_mutable_collection(model: type[BaseModel]) -> None:
    """Also catches a field the shipped data happens not to use (an optional dict)."""
    assert model.model_config.get("frozen") is True
    for name, info in model.model_fields.items():
        for annotation, metadata in _field_types(info.annotation, list(info.metadata)):
            origin = typing.get_origin(annotation) or annotation
            assert origin not in (list, dict, set), f"{model.__name__}.{name}: {annotation}"
            if origin in (Mapping, typing.Mapping):
                converters = [m.func for m in metadata if isinstance(m, AfterValidator)]
                assert FrozenMap in converters, f"{model.__name__}.{name} is not frozen"


def test_dictionary_attributes_cannot_be_set_or_deleted() -> None:
    d = kk.load_dictionary()
    for name in ("competencies", "info", "content_hash", "_competencies", "something_new"):
        with pytest.raises(AttributeError):
            setattr(d, name, ())
    with pytest.raises(AttributeError):
        del d.competencies
    with pytest.raises(AttributeError):
        d.__dict__  # noqa: B018  (no instance dict to write into either)


def test_a_failed_mutation_leaves_the_shared_dictionary_intact() -> None:
    d = kk.load_dictionary()
    with pytest.raises(AttributeError):
        d.competencies = ()  # type: ignore[misc]
    with pytest.raises(AttributeError):
        d.position_levels += ()  # type: ignore[misc]
    with pytest.raises(TypeError):
        d.competencies[0] = d.competencies[1]  # type: ignore[index]
    again = kk.load_dictionary()
    assert again is d
    assert len(again.competencies) == 9
    assert again.national_codes == NATIONAL_CODES


def test_required_maps_cannot_be_changed(nasional: kk.Dictionary) -> None:
    pl = nasional.get_position_level_for_echelon("II.a")
    assert isinstance(pl.required, FrozenMap)
    with pytest.raises(TypeError):
        pl.required["integritas"] = 1  # type: ignore[index]
    with pytest.raises(TypeError):
        del pl.required["default"]  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        pl.required.update(integritas=1)  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        pl.required._data = {}  # type: ignore[misc]
    with pytest.raises(TypeError):
        pl.standard.levels["integritas"] = 1  # type: ignore[index]
    assert pl.required_level("integritas") == 4
    assert nasional.get_standard(pl).levels["integritas"] == 4


def test_a_position_without_requirements_has_a_frozen_empty_map() -> None:
    position = Position(code="x", name="X", position_level="pengawas")
    assert position.required == FrozenMap()
    assert isinstance(position.required, FrozenMap)
    assert position.model_dump()["required"] == {}


def test_dumped_models_hold_plain_dicts(nasional: kk.Dictionary) -> None:
    dumped = nasional.get_position_level("pengawas").model_dump(mode="json")
    assert type(dumped["required"]) is dict


def test_standard_vectors(nasional: kk.Dictionary) -> None:
    standard = nasional.get_standard("administrator")
    assert standard.codes == NATIONAL_CODES
    assert standard.codes == tuple(standard.levels)
    assert standard.required == tuple(standard.levels.values()) == (3,) * 9
    assert standard.total == 27
    assert isinstance(standard.levels, FrozenMap)
    with pytest.raises(dataclasses.FrozenInstanceError):
        standard.total = 0  # type: ignore[misc]


def test_standards_compare_and_hash_by_value() -> None:
    a = Standard("x", "X", "x", {"a": 1, "b": 2})
    b = Standard("x", "X", "x", FrozenMap({"a": 1, "b": 2}))
    assert a == b
    assert hash(a) == hash(b)
    assert len({a, b}) == 1
    assert a != Standard("x", "X", "x", {"b": 2, "a": 1})  # order is part of a standard
    assert a != Standard("x", "X", "x", {"a": 1, "b": 3})


def _same_content(a: kk.Dictionary, b: kk.Dictionary) -> None:
    assert b is not a
    assert b.content_hash == a.content_hash
    assert repr(b) == repr(a)
    assert (b.info, b.files) == (a.info, a.files)
    assert b.competencies == a.competencies
    assert b.position_levels == a.position_levels
    assert b.positions == a.positions
    assert b.policies == a.policies
    assert b.training_policy == a.training_policy
    assert b.leadership_trainings == a.leadership_trainings
    assert b.development_activity_types == a.development_activity_types
    assert b.development_activities == a.development_activities
    assert b.talent_policy == a.talent_policy
    for training in a.leadership_trainings:
        assert b.leadership_training_for(training.position_level) == training
    assert b.national_codes == a.national_codes
    assert b.echelon_conditions == a.echelon_conditions
    assert b.get_competency("M.01") == a.get_competency("M.01")
    assert b.get_position_level_for_echelon("II.a") == a.get_position_level_for_echelon("II.a")
    assert b.get_position_level_for_echelon(
        "I.a", condition="kepala_lpnk"
    ) == a.get_position_level_for_echelon("I.a", condition="kepala_lpnk")
    for record in (*a.position_levels, *a.positions):
        if record.has_standard:
            assert b.get_standard(record.code) == a.get_standard(record.code)
            assert b.get_standard(record.code).codes == a.get_standard(record.code).codes
            assert b.required_level(record.code, "Integritas") == record.required_level("M.01")
        else:
            with pytest.raises(StandardNotDefinedError):
                b.get_standard(record.code)
    for policy in a.policies:
        assert b.find_policy(policy.code) == policy
        assert b.find_policy(policy.name) == a.find_policy(policy.name)
    assert b.find_competency("tidak ada") is None
    with pytest.raises(UnknownCompetencyError):
        b.get_competency("tidak ada")


@pytest.mark.parametrize("source", SOURCES)
def test_pickle_round_trip(source: str) -> None:
    dictionary = kk.load_dictionary(source)
    for protocol in (2, pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL):
        _same_content(dictionary, pickle.loads(pickle.dumps(dictionary, protocol)))


def test_records_pickle_on_their_own(nasional: kk.Dictionary) -> None:
    records: list[Any] = [
        nasional.info,
        nasional.files[0],
        nasional.get_competency("integritas"),
        nasional.get_position_level("administrator"),
        nasional.get_standard("administrator"),
        nasional.policies[0],
        nasional.policies[0].bands[0],
    ]
    for record in records:
        back = pickle.loads(pickle.dumps(record))
        assert back == record
        assert repr(back) == repr(record)
    level = pickle.loads(pickle.dumps(nasional.get_position_level("administrator")))
    assert level.standard.total == 27
    assert level.required_level("Integritas") == 3  # names still resolve, no dictionary needed
    with pytest.raises(UnknownCompetencyError):
        level.required_level("tidak ada")


def test_agency_positions_pickle_on_their_own() -> None:
    agency = kk.load_dictionary(AGENCY_FILES[0])
    for position in agency.positions:
        back = pickle.loads(pickle.dumps(position))
        assert back == position
        assert back.standard == agency.get_standard(position)
        assert back.standard.total == agency.get_standard(position).total


def test_copies_of_a_dictionary_are_itself(nasional: kk.Dictionary) -> None:
    assert copy.copy(nasional) is nasional
    assert copy.deepcopy(nasional) is nasional


def test_frozen_map() -> None:
    m = FrozenMap({"b": 2, "a": 1})
    assert list(m.items()) == [("b", 2), ("a", 1)]
    assert m == {"a": 1, "b": 2}
    assert {"a": 1, "b": 2} == m  # noqa: SIM300  (dict on the left: the reflected __eq__)
    assert m != {"a": 1}
    assert hash(m) == hash(FrozenMap([("a", 1), ("b", 2)]))
    assert repr(m) == "FrozenMap({'b': 2, 'a': 1})"
    assert m.get("c") is None
    assert m.get("c", 0) == 0
    assert pickle.loads(pickle.dumps(m)) == m
    assert copy.copy(m) is m
    with pytest.raises(TypeError):
        m["a"] = 3  # type: ignore[index]
    with pytest.raises(TypeError):
        del m["a"]  # type: ignore[attr-defined]
    for name in ("update", "pop", "clear", "setdefault", "popitem"):
        assert not hasattr(m, name)
    with pytest.raises(AttributeError):
        m.x = 1  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        del m._data
    source = {"a": 1}
    owned = FrozenMap(source)
    source["a"] = 2
    assert owned["a"] == 1  # a private copy, not a view
