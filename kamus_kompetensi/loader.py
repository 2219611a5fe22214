"""Files → validated :class:`~kamus_kompetensi.dictionary.Dictionary`.

Stages, per file: read (size, encoding) → YAML (syntax, duplicate keys, tags, aliases) →
JSON Schema (structure) → pydantic (types) ; then over the whole ``extends`` chain →
integrity rules. Every stage collects all of its problems; a stage runs only on what the
stage before it could read, so one mistake is not reported three times. If anything is
wrong, one :class:`~kamus_kompetensi.errors.DictionaryError` lists every problem.

Every file takes the same path, the shipped national one included. A file that strict
pydantic validation accepts as it stands skips the JSON Schema stage, which could only
agree (see :func:`_strict_model`): that stage exists to locate problems.

No third-party exception leaves this module.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pydantic

from kamus_kompetensi.dictionary import Dictionary, FileProvenance
from kamus_kompetensi.errors import DictionaryError, Location, Problem
from kamus_kompetensi.i18n import Lang, resolve_lang
from kamus_kompetensi.integrity import ParsedFile, check_integrity
from kamus_kompetensi.models import DictionaryDocument
from kamus_kompetensi.resources import NATIONAL, national_dictionary_path
from kamus_kompetensi.schema import dictionary_validator
from kamus_kompetensi.yaml_source import DataPath, YamlDocument, format_path, read_yaml

if TYPE_CHECKING:
    from jsonschema import ValidationError as SchemaError

MAX_CHAIN = 16
_LEVEL_KEYWORDS = frozenset({"type", "minimum", "maximum"})
_JSON_TYPES = {
    dict: "object",
    list: "array",
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
    type(None): "null",
}


def display_name(path: Path) -> str:
    """A path as users like to read it: relative to the working folder when inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


# --- stage: JSON Schema ------------------------------------------------------------------
def _schema_problem(error: SchemaError, doc: YamlDocument, lang: Lang) -> list[Problem]:
    """Our located, translated problem(s) for one jsonschema error."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        # Optional fields are "anyOf [X, null]": report what is wrong against X, or, when
        # only the types disagree, every type that would have been accepted.
        deeper = [e for e in error.context if e.validator != "type" or e.relative_path]
        if deeper:
            return [p for e in deeper for p in _schema_problem(e, doc, lang)]
        types = [t for e in error.context for t in _as_list(e.validator_value)]
        actual = _JSON_TYPES.get(type(error.instance), type(error.instance).__name__)
        where = doc.locate(tuple(error.absolute_path))
        return [
            Problem.make("schema-type", where, lang=lang, expected=" / ".join(types), actual=actual)
        ]
    path: DataPath = tuple(error.absolute_path)
    instance, keyword = error.instance, error.validator
    expected: Any = error.validator_value
    schema: Any = error.schema

    def at(p: DataPath, code: str, **params: Any) -> Problem:
        return Problem.make(code, doc.locate(p), lang=lang, **params)

    if len(path) >= 2 and path[-2] == "required" and keyword in _LEVEL_KEYWORDS:
        # A required level is the commonest mistake in agency files; name the competency
        # and the 1–5 rule rather than a bare JSON Schema bound.
        return [at(path, "required-level-range", key=path[-1], value=repr(instance))]
    if keyword == "required" and isinstance(instance, dict):
        return [at(path, "schema-required", name=name) for name in expected if name not in instance]
    if keyword == "additionalProperties" and isinstance(instance, dict):
        known = schema.get("properties", {})
        allowed = ", ".join(known) or "-"
        return [
            at((*path, key), "schema-additional", name=key, allowed=allowed)
            for key in instance
            if key not in known
        ]
    if keyword == "type":
        actual = _JSON_TYPES.get(type(instance), type(instance).__name__)
        wanted = " / ".join(_as_list(expected))
        return [at(path, "schema-type", expected=wanted, actual=actual)]
    if keyword in ("enum", "const"):
        allowed = ", ".join(map(str, expected if keyword == "enum" else [expected]))
        return [at(path, "schema-enum", value=repr(instance), allowed=allowed)]
    if keyword == "pattern":
        return [at(path, "schema-pattern", value=repr(instance), pattern=expected)]
    if keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        return [at(path, "schema-range", value=instance, bound=f"{keyword} {expected}")]
    if keyword in ("minLength", "maxLength", "minItems", "maxItems"):
        return [at(path, "schema-length", bound=f"{keyword} {expected}")]
    return [at(path, "schema-invalid", detail=error.message)]


def _check_schema(doc: YamlDocument, lang: Lang) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[tuple[str, str, int | None]] = set()
    for error in dictionary_validator().iter_errors(doc.data):
        for problem in _schema_problem(error, doc, lang):
            key = (problem.code, str(problem.location), None)
            if key not in seen:
                seen.add(key)
                problems.append(problem)
    return sorted(problems, key=lambda p: (p.location.line or 0, p.location.column or 0))


def _as_list(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


# --- stage: pydantic -----------------------------------------------------------------------
def _strict_model(data: Any) -> DictionaryDocument | None:
    """The model when ``data`` passes pydantic's strict mode as it stands, else ``None``.

    Whatever this accepts, the JSON Schema stage (the schema is exported from these same
    models, with the same patterns, bounds, enums, required and forbidden keys) accepts
    too, so running it would add nothing:

    * strict mode coerces nothing: ``"3"``, ``true`` or ``3.0`` are not the integer 3, a
      number is not a string, and JSON has no NaN here (``allow_nan=False``);
    * pydantic strips strings before checking patterns and lengths, and the schema does not:
      hence no string may have surrounding whitespace (:func:`_plain`);
    * JSON keys are strings, so non-string keys (``1: 3``) are refused before, not turned
      into ``"1"``.

    On such data lax validation (:func:`_check_model`) builds the same model. Anything
    else, ``None``: the file takes every stage, which locates what is wrong.
    ``tests/test_loader_stages.py`` checks both claims on mutated documents.
    """
    if not _plain(data):
        return None
    try:
        text = json.dumps(data, allow_nan=False)
        return DictionaryDocument.model_validate_json(text, strict=True)
    except (ValueError, TypeError):  # pydantic.ValidationError is a ValueError
        return None


def _plain(value: Any) -> bool:
    """Only JSON types, string keys, and no string with surrounding whitespace."""
    if isinstance(value, str):
        return value == value.strip()
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(k) and _plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(map(_plain, value))
    return value is None or isinstance(value, (bool, int, float))


def _check_model(doc: YamlDocument, lang: Lang) -> tuple[DictionaryDocument | None, list[Problem]]:
    try:
        return DictionaryDocument.model_validate(doc.data), []
    except pydantic.ValidationError as exc:
        problems = [
            Problem.make(
                "model-invalid", doc.locate(tuple(err["loc"])), lang=lang, detail=err["msg"]
            )
            for err in exc.errors(include_url=False)
        ]
        return None, problems


def parse_dictionary_file(
    path: Path, lang: Lang, *, shipped: bool = False
) -> tuple[ParsedFile | None, YamlDocument | None, list[Problem]]:
    """Run the per-file stages on one file.

    Every file takes the same stages (see the module's docstring), the shipped national
    file included; only the shipped file's result is cached (see :func:`_parse_shipped`).
    """
    if shipped:
        parsed, doc, problems = _parse_shipped(path.resolve(), lang)
        return parsed, doc, list(problems)  # the caller may extend the list; keep the cache's
    return _parse(path, lang, shipped=False)


@functools.lru_cache(maxsize=4)
def _parse_shipped(
    path: Path, lang: Lang
) -> tuple[ParsedFile | None, YamlDocument | None, list[Problem]]:
    """The shipped national file, parsed once per language.

    It is immutable package data that every agency file extends, so re-reading and
    re-validating its ~1,250 lines for each agency file (and each hypothesis example) is
    wasted work. The result is a pure function of the file, which the package never
    changes.
    """
    return _parse(path, lang, shipped=True)


def _parse(
    path: Path, lang: Lang, *, shipped: bool
) -> tuple[ParsedFile | None, YamlDocument | None, list[Problem]]:
    doc, problems = read_yaml(path, name=display_name(path), lang=lang)
    if doc is None or problems:
        return None, doc, problems
    model = _strict_model(doc.data)
    if model is None:
        problems = _check_schema(doc, lang)
        if problems:
            return None, doc, problems
        model, problems = _check_model(doc, lang)
        if model is None:
            return None, doc, problems
    return ParsedFile(doc, model, path, shipped=shipped), doc, []


# --- extends chain -------------------------------------------------------------------------
def _resolve_extends(
    target: str, parent: Path, allow_outside: bool, where: Location, lang: Lang
) -> tuple[Path | None, bool, list[Problem]]:
    if target == NATIONAL:
        return _national_resolved(), True, []
    candidate = (parent.parent / target).resolve()
    root = parent.parent.resolve()
    if not allow_outside and root not in candidate.parents:
        return None, False, [Problem.make("extends-outside", where, lang=lang, target=target)]
    if not candidate.is_file():
        return None, False, [Problem.make("extends-missing", where, lang=lang, target=target)]
    # A relative path that happens to reach the shipped file is still the shipped file.
    return candidate, candidate == _national_resolved(), []


def _national_resolved() -> Path:
    return national_dictionary_path().resolve()


def _read_chain(
    path: Path, lang: Lang, allow_outside: bool
) -> tuple[tuple[ParsedFile, ...], list[Problem]]:
    """Read ``path`` and every file it extends; the result is root-first."""
    chain: list[ParsedFile] = []
    visited: list[Path] = []
    current: Path | None = path
    shipped = path.resolve() == _national_resolved()
    while current is not None:
        resolved = current.resolve()
        if resolved in visited:
            names = " → ".join(display_name(p) for p in [*visited, resolved])
            where = chain[-1].doc.locate_value(("extends",)) if chain else Location()
            return (), [Problem.make("extends-cycle", where, lang=lang, chain=names)]
        visited.append(resolved)
        parsed, _doc, problems = parse_dictionary_file(current, lang, shipped=shipped)
        if parsed is None:
            return (), problems
        chain.append(parsed)
        target = parsed.model.extends
        if target is None:
            break
        where = parsed.doc.locate_value(("extends",))
        if len(chain) >= MAX_CHAIN:
            # Stopping silently would drop the parents (and their standards) unnoticed.
            return (), [Problem.make("extends-too-deep", where, lang=lang, limit=MAX_CHAIN)]
        current, shipped, problems = _resolve_extends(target, resolved, allow_outside, where, lang)
        if problems:
            return (), problems
    return tuple(reversed(chain)), []


def _build(files: tuple[ParsedFile, ...]) -> Dictionary:
    def merged(section: str) -> tuple[Any, ...]:
        return tuple(item for f in files for item in getattr(f.model, section))

    # A later file's policy replaces an earlier one of the same code, in its place.
    policies: dict[str, Any] = {}
    for policy in merged("policies"):
        policies[policy.code] = policy

    provenance = tuple(
        FileProvenance(
            f.model.dictionary.id,
            f.model.dictionary.version,
            "nasional" if f.shipped else f.doc.name,
            f.doc.sha256,
        )
        for f in files
    )
    content_hash = hashlib.sha256("".join(f.doc.sha256 for f in files).encode()).hexdigest()
    return Dictionary(
        files[-1].model.dictionary,
        provenance,
        merged("competencies"),
        merged("position_levels"),
        merged("positions"),
        tuple(policies.values()),
        content_hash,
    )


def check_dictionary(
    path: str | os.PathLike[str],
    *,
    lang: str | None = None,
    allow_outside: bool = False,
) -> tuple[Dictionary | None, list[Problem]]:
    """Validate a dictionary file (and what it extends) without raising for findings.

    Returns the dictionary (``None`` when there are errors) and every problem found;
    problems of severity ``note`` (information, such as an agency policy replacing a
    national one) do not stop the dictionary from being built.
    """
    chosen = resolve_lang(lang)
    files, problems = _read_chain(Path(path), chosen, allow_outside)
    if problems:
        return None, problems
    problems = check_integrity(files, chosen)
    if any(p.severity == "error" for p in problems):
        return None, problems
    return _build(files), problems  # notes (a replaced policy) travel with the dictionary


_default_lock = threading.Lock()
_default: Dictionary | None = None


def _default_dictionary() -> Dictionary:
    global _default
    with _default_lock:
        if _default is None:
            _default = load_dictionary(national_dictionary_path())
        return _default


def load_dictionary(
    source: str | os.PathLike[str] | None = None,
    *,
    lang: str | None = None,
    allow_outside: bool = False,
) -> Dictionary:
    """Load and validate a dictionary; the shipped national one when ``source`` is omitted.

    ``source`` is a path to a dictionary YAML file, or ``"nasional"``. The national
    dictionary is loaded once and cached (thread-safe). Raises
    :class:`~kamus_kompetensi.errors.DictionaryError` listing every problem.

    >>> load_dictionary().get_competency("M.01").name
    'Integritas'
    """
    if source is None or str(source) == NATIONAL:
        return _default_dictionary()
    dictionary, problems = check_dictionary(source, lang=lang, allow_outside=allow_outside)
    if dictionary is None:
        raise DictionaryError(problems, lang=lang)
    return dictionary


def validate_paths(
    paths: Iterable[str | os.PathLike[str]], *, lang: str | None = None, allow_outside: bool = False
) -> dict[str, list[Problem]]:
    """Validate files and folders (``*.yaml``/``*.yml`` below them), every stage on every
    file, the shipped one included.

    Returns each file's problems (an empty list when the file is clean).
    """
    results: dict[str, list[Problem]] = {}
    for item in paths:
        path = Path(item)
        files = (
            sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml"))
            if path.is_dir()
            else [path]
        )
        for file in files:
            _, problems = check_dictionary(file, lang=lang, allow_outside=allow_outside)
            results[display_name(file)] = problems
    return results


__all__ = ["check_dictionary", "display_name", "format_path", "load_dictionary", "validate_paths"]
