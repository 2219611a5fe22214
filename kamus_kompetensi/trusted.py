"""Building frozen models from data that is already known to be valid, without pydantic.

The shipped national dictionary is validated with every stage in CI (the tests and
``kamus-kompetensi validate data/``). Validating it again at every start-up would cost more
than everything else ``load_dictionary()`` does: pydantic builds its validators and loads
its plugin machinery on first use. So the shipped file's data is turned into the same frozen
models here, field by field, following the models' own annotations; a test proves the result
equals what full validation builds. Never use this for user files.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from pydantic import BaseModel

from kamus_kompetensi.frozen import FrozenMap

M = TypeVar("M", bound=BaseModel)


def build(model: type[M], data: Mapping[str, Any]) -> M:
    """``model`` from valid ``data``, as ``model.model_validate(data)`` would make it."""
    fields = model.model_fields
    values = {name: convert(fields[name].annotation, value) for name, value in data.items()}
    return model.model_construct(**values)


def convert(annotation: Any, value: Any) -> Any:
    """``value`` converted to ``annotation`` the way validation would (strings stripped)."""
    if value is None:
        return None
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return convert(typing.get_args(annotation)[0], value)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(annotation) if a is not type(None)]
        return convert(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        item = typing.get_args(annotation)[0]
        return tuple(convert(item, v) for v in value)
    if origin in (Mapping, dict, typing.Mapping) or annotation is Mapping:
        return FrozenMap(value)
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            return build(annotation, value)
        if issubclass(annotation, Enum):
            return annotation(value)
        if annotation is Decimal:
            return Decimal(str(value))
        if annotation is str:
            return value.strip()
    return value
