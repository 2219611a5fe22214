"""An immutable, picklable mapping: what a loaded dictionary uses instead of ``dict``.

:class:`types.MappingProxyType` is read-only but cannot be pickled, and it only wraps a
dict that whoever made it may still change. :class:`FrozenMap` owns a private copy of its
items and offers nothing that changes them.
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterable, Iterator, KeysView, Mapping, ValuesView
from typing import Any, TypeVar, overload

K = TypeVar("K")
V = TypeVar("V")
D = TypeVar("D")


class FrozenMap(Mapping[K, V]):
    """A read-only mapping that keeps insertion order, hashes by value and pickles.

    >>> m = FrozenMap({"integritas": 4, "kerjasama": 3})
    >>> m["integritas"], list(m), m == {"integritas": 4, "kerjasama": 3}
    (4, ['integritas', 'kerjasama'], True)
    >>> m["integritas"] = 5
    Traceback (most recent call last):
    TypeError: 'FrozenMap' object does not support item assignment
    """

    __slots__ = ("_data", "_hash")

    _data: dict[K, V]
    _hash: int | None

    def __init__(self, items: Mapping[K, V] | Iterable[tuple[K, V]] = (), /) -> None:
        object.__setattr__(self, "_data", dict(items))
        object.__setattr__(self, "_hash", None)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"'FrozenMap' object is immutable (cannot set {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"'FrozenMap' object is immutable (cannot delete {name!r})")

    def __getitem__(self, key: K) -> V:
        return self._data[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    @overload
    def get(self, key: K, /) -> V | None: ...
    @overload
    def get(self, key: K, default: V | D, /) -> V | D: ...
    def get(self, key: K, default: object = None, /) -> object:
        return self._data.get(key, default)

    def keys(self) -> KeysView[K]:
        return self._data.keys()

    def values(self) -> ValuesView[V]:
        return self._data.values()

    def items(self) -> ItemsView[K, V]:
        return self._data.items()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FrozenMap):
            return self._data == other._data
        if isinstance(other, Mapping):
            return self._data == dict(other.items())
        return NotImplemented

    def __hash__(self) -> int:
        # Computed on first use (values must be hashable) and never pickled: string hashes
        # differ between processes.
        value = self._hash
        if value is None:
            value = hash(frozenset(self._data.items()))
            object.__setattr__(self, "_hash", value)
        return value

    def __repr__(self) -> str:
        return f"FrozenMap({self._data!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenMap, (self._data,))

    def __copy__(self) -> FrozenMap[K, V]:
        return self
