"""Safe YAML reading that remembers where every value came from.

PyYAML's ``safe_load`` silently keeps the last of two duplicate keys and forgets line
numbers. Here the YAML text is composed into nodes (which carry marks) and then built into
plain Python data by our own walk, which:

* records the line and column of every value, keyed by its data path, so later stages
  (JSON Schema, pydantic, integrity rules) can point at the exact place;
* reports every duplicate key, every non-plain tag and over-deep nesting as a problem;
* bounds the size of the file and the number of values after alias expansion, so a
  "billion laughs" document cannot exhaust memory.

This module must not know anything about dictionaries: it turns bytes into located data.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kamus_kompetensi.errors import Location, Problem
from kamus_kompetensi.i18n import Lang

DataPath = tuple[str | int, ...]

MAX_BYTES = 8 * 1024 * 1024
MAX_NODES = 500_000
MAX_DEPTH = 64

_PLAIN_SCALAR_TAGS = frozenset(
    "tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null")
)
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
_INT_TAG = "tag:yaml.org,2002:int"
_FLOAT_TAG = "tag:yaml.org,2002:float"
# An integer as people write it; YAML 1.1 also reads hex, octal (a leading 0), binary,
# underscores and base 60 as integers.
_DECIMAL_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def format_path(path: DataPath) -> str:
    """Render a data path as ``$.a.b[2].c``.

    >>> format_path(("competencies", 3, "levels", 2))
    '$.competencies[3].levels[2]'
    """
    out = "$"
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


@dataclass(frozen=True)
class YamlDocument:
    """Plain data read from one YAML file, with the position of each value."""

    name: str
    data: Any
    marks: Mapping[DataPath, tuple[int, int]]
    sha256: str
    value_marks: Mapping[DataPath, tuple[int, int]] = field(default_factory=dict)

    def locate(self, path: DataPath) -> Location:
        """Location of ``path``, or of its nearest ancestor that has a position."""
        probe = tuple(path)
        while probe and probe not in self.marks:
            probe = probe[:-1]
        line, column = self.marks.get(probe, (None, None))
        return Location(file=self.name, line=line, column=column, path=format_path(path))

    def locate_value(self, path: DataPath) -> Location:
        """Like :meth:`locate`, but at the value of a mapping entry rather than its key.

        For a reference such as ``extends: induk.yaml`` the value is what is wrong.
        """
        if path not in self.value_marks:
            return self.locate(path)
        line, column = self.value_marks[path]
        return Location(file=self.name, line=line, column=column, path=format_path(path))


class _Builder:
    """Walks composed YAML nodes into plain data, collecting problems as it goes."""

    def __init__(self, name: str, loader: yaml.SafeLoader, lang: Lang | str | None) -> None:
        self.name = name
        self.loader = loader
        self.lang = lang
        self.marks: dict[DataPath, tuple[int, int]] = {}
        self.value_marks: dict[DataPath, tuple[int, int]] = {}
        self.problems: list[Problem] = []
        self.nodes = 0
        self.too_many = False

    def here(self, node: yaml.Node, path: DataPath) -> Location:
        mark = node.start_mark
        return Location(self.name, mark.line + 1, mark.column + 1, format_path(path))

    def problem(self, code: str, node: yaml.Node, path: DataPath, /, **params: Any) -> None:
        self.problems.append(Problem.make(code, self.here(node, path), lang=self.lang, **params))

    def build(self, node: yaml.Node, path: DataPath = (), depth: int = 0) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            if not self.too_many:
                # Aliased nodes carry the mark of their anchor; point at the top-level entry
                # whose expansion blew the budget instead.
                self.too_many = True
                line, column = self.marks.get(path[:1], (None, None))
                where = Location(self.name, line, column, format_path(path[:1]))
                self.problems.append(
                    Problem.make("yaml-too-many-nodes", where, lang=self.lang, limit=MAX_NODES)
                )
            return None
        if depth > MAX_DEPTH:
            self.problem("yaml-too-many-nodes", node, path, limit=f"depth {MAX_DEPTH}")
            return None
        self.marks.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path, depth) if self._tag_ok(node, _MAP_TAG, path) else None
        if isinstance(node, yaml.SequenceNode):
            if not self._tag_ok(node, _SEQ_TAG, path):
                return None
            return [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        return self._scalar(node, path)

    def _tag_ok(self, node: yaml.Node, expected: str, path: DataPath) -> bool:
        if node.tag == expected:
            return True
        self.problem("yaml-unsafe-tag", node, path, tag=node.tag)
        return False

    def _scalar(self, node: yaml.Node, path: DataPath) -> Any:
        if node.tag == _TIMESTAMP_TAG:
            return str(node.value)  # dates stay text; the schema decides what they mean
        if node.tag not in _PLAIN_SCALAR_TAGS:
            self.problem("yaml-unsafe-tag", node, path, tag=node.tag)
            return None
        try:
            value = self.loader.construct_object(node, deep=True)
        except (ValueError, OverflowError) as exc:  # e.g. an integer of 5,000 digits
            self.problem("yaml-syntax", node, path, detail=str(exc)[:120])
            return None
        if not _plain_number(node):
            # YAML 1.1 reads 0x3 as 3, 010 as 8, 1_000 as 1000 and 1:30 as 90: nobody who
            # writes a level or a cut-off means that, so the number is refused, not guessed.
            self.problem("yaml-number-form", node, path, value=node.value, read=value)
            return None
        return value

    def _mapping(self, node: yaml.MappingNode, path: DataPath, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in (
                _PLAIN_SCALAR_TAGS | {_TIMESTAMP_TAG}
            ):
                code = "yaml-unsafe-tag" if key_node.tag.endswith(":merge") else "yaml-complex-key"
                self.problem(code, key_node, path, tag=key_node.tag)
                continue
            key = str(self._scalar(key_node, path))
            key_line = key_node.start_mark.line + 1
            if key in first_seen:
                self.problem(
                    "yaml-duplicate-key",
                    key_node,
                    (*path, key),
                    key=key,
                    first_line=first_seen[key],
                )
                continue
            first_seen[key] = key_line
            self.marks[(*path, key)] = (key_line, key_node.start_mark.column + 1)
            value_mark = value_node.start_mark
            self.value_marks[(*path, key)] = (value_mark.line + 1, value_mark.column + 1)
            result[key] = self.build(value_node, (*path, key), depth + 1)
        return result


def _plain_number(node: yaml.Node) -> bool:
    """Whether a scalar that YAML read as a number is written as one in plain decimal."""
    if node.tag == _INT_TAG:
        return _DECIMAL_INT.fullmatch(node.value) is not None
    if node.tag == _FLOAT_TAG:
        return "_" not in node.value and ":" not in node.value
    return True


def _decode(raw: bytes, name: str, lang: Lang | str | None) -> tuple[str | None, list[Problem]]:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        where = Location(file=name)
        return None, [Problem.make("file-encoding", where, lang=lang, position=exc.start)]


def parse_yaml(
    raw: bytes, name: str, *, lang: Lang | str | None = None
) -> tuple[YamlDocument | None, list[Problem]]:
    """Parse YAML bytes; return the document (or ``None``) and every problem found."""
    if len(raw) > MAX_BYTES:
        problem = Problem.make(
            "file-too-large", Location(file=name), lang=lang, size=len(raw), limit=MAX_BYTES
        )
        return None, [problem]
    text, problems = _decode(raw, name, lang)
    if text is None:
        return None, problems
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_problem(exc, name, lang)]
    except yaml.YAMLError as exc:  # pragma: no cover - PyYAML raises marked errors for text
        return None, [Problem.make("yaml-syntax", Location(file=name), lang=lang, detail=exc)]
    finally:
        loader.dispose()
    if node is None:
        return None, [Problem.make("yaml-empty", Location(file=name), lang=lang)]
    builder = _Builder(name, loader, lang)
    data = builder.build(node)
    digest = hashlib.sha256(raw).hexdigest()
    document = YamlDocument(name, data, builder.marks, digest, builder.value_marks)
    return document, builder.problems


def _syntax_problem(exc: yaml.MarkedYAMLError, name: str, lang: Lang | str | None) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    detail = " ".join(part for part in (exc.context, exc.problem) if part)
    if exc.context_mark is not None and mark is not exc.context_mark:
        detail += f" (konteks/context: {exc.context_mark.line + 1}:{exc.context_mark.column + 1})"
    code = "yaml-multiple-documents" if "expected a single document" in detail else "yaml-syntax"
    where = Location(
        file=name, line=mark.line + 1 if mark else None, column=mark.column + 1 if mark else None
    )
    return Problem.make(code, where, lang=lang, detail=detail)


def read_yaml(
    path: Path, *, name: str | None = None, lang: Lang | str | None = None
) -> tuple[YamlDocument | None, list[Problem]]:
    """Read and parse a YAML file; unreadable files become problems, not exceptions."""
    shown = name or str(path)
    try:
        # A FIFO or a device would block or never end: refuse anything but a regular file
        # before opening it, and again on the opened descriptor (the path may have been
        # swapped in between); O_NONBLOCK keeps even that open from waiting on a FIFO.
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
        if not stat.S_ISREG(mode):
            return None, [Problem.make("file-not-regular", Location(file=shown), lang=lang)]
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                return None, [Problem.make("file-not-regular", Location(file=shown), lang=lang)]
            if info.st_size > MAX_BYTES:
                problem = Problem.make(
                    "file-too-large",
                    Location(file=shown),
                    lang=lang,
                    size=info.st_size,
                    limit=MAX_BYTES,
                )
                return None, [problem]
            raw = handle.read(MAX_BYTES + 1)  # a file growing while read stays bounded
    except FileNotFoundError:
        return None, [Problem.make("file-not-found", Location(file=shown), lang=lang)]
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        return None, [
            Problem.make("file-unreadable", Location(file=shown), lang=lang, reason=reason)
        ]
    return parse_yaml(raw, shown, lang=lang)
