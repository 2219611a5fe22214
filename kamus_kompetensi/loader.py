"""Files → validated :class:`~kamus_kompetensi.dictionary.Dictionary`.

Stages, per file: read (regular file, size, encoding) → YAML (syntax, duplicate keys,
tags, aliases, number forms) → text as written (invisible characters, non-ASCII codes,
look-alike letters) → JSON Schema (structure) → pydantic (types); then over the whole
``extends`` chain → integrity rules. Every stage collects all of its problems and every
stage runs on everything it can check, so one run reports all of a file's problems:

* only a file that cannot be read, or whose YAML does not parse, stops there;
* a later stage's problem at (or inside) a value an earlier stage already reported is
  dropped, so one mistake is not reported three times;
* records are validated one by one when the file as a whole fails, and the integrity rules
  run on every record (and every field of a failed record) that validated; see
  :mod:`kamus_kompetensi.integrity`.

If anything is wrong, one :class:`~kamus_kompetensi.errors.DictionaryError` lists every
problem, ordered by file and line.

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
import stat
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pydantic

from kamus_kompetensi.dictionary import Dictionary, FileProvenance
from kamus_kompetensi.errors import DictionaryError, Location, Problem
from kamus_kompetensi.i18n import Lang, message, resolve_lang
from kamus_kompetensi.integrity import (
    REPLACED_LISTS,
    REPLACED_SINGLE,
    SECTIONS,
    ParsedFile,
    Partial,
    check_integrity,
    check_placeholders,
    check_text,
    with_suggestion,
)
from kamus_kompetensi.letterhead import LETTERHEAD_FILE_NOTE, check_letterhead, is_letterhead_text
from kamus_kompetensi.models import (
    Competency,
    DevelopmentActivity,
    DevelopmentActivityType,
    DictionaryDocument,
    DictionaryInfo,
    LeadershipTraining,
    Position,
    PositionLevel,
    ScoringPolicy,
    TalentPolicy,
    TrainingPolicy,
    TrainingPolicyFields,
    merge_training_policy,
)
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
            with_suggestion(
                at((*path, key), "schema-additional", name=key, allowed=allowed), key, known, lang
            )
            for key in instance
            if key not in known
        ]
    if keyword == "type":
        actual = _JSON_TYPES.get(type(instance), type(instance).__name__)
        wanted = " / ".join(_as_list(expected))
        return [at(path, "schema-type", expected=wanted, actual=actual)]
    if keyword in ("enum", "const"):
        choices = [str(c) for c in (expected if keyword == "enum" else [expected])]
        problem = at(path, "schema-enum", value=repr(instance), allowed=", ".join(choices))
        return [with_suggestion(problem, str(instance), choices, lang)]
    if keyword == "pattern" and path and path[-1] == "official_code":
        return [at(path, "official-code-invalid", value=repr(instance))]
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


# --- record by record ------------------------------------------------------------------------
_RECORDS: dict[str, type[pydantic.BaseModel]] = {
    "competencies": Competency,
    "position_levels": PositionLevel,
    "positions": Position,
    "policies": ScoringPolicy,
    "leadership_trainings": LeadershipTraining,
    "development_activity_types": DevelopmentActivityType,
    "development_activities": DevelopmentActivity,
    "training_policy": TrainingPolicyFields,
    "talent_policy": TalentPolicy,
}


def _salvage(model: type[pydantic.BaseModel], raw: Any) -> Any:
    """``raw`` as a ``model`` when it validates; else a :class:`Partial` of the fields that
    validate one by one; ``None`` when it is not even a mapping."""
    if not isinstance(raw, dict):
        return None
    try:
        return model.model_validate(raw)
    except pydantic.ValidationError:
        pass
    values: dict[str, Any] = {}
    broken: set[str] = set()
    for name, info in model.model_fields.items():
        if name not in raw:
            if info.is_required():
                broken.add(name)
            else:
                values[name] = info.get_default(call_default_factory=True)
            continue
        try:
            values[name] = getattr(
                _field_model(model, name).model_validate({name: raw[name]}), name
            )
        except pydantic.ValidationError:
            broken.add(name)
    return Partial(values, frozenset(broken), raw)


@functools.cache
def _field_model(model: type[pydantic.BaseModel], name: str) -> type[pydantic.BaseModel]:
    """A model of the one field ``name`` of ``model``, with its type, constraints, config."""
    info = model.model_fields[name]
    fields: Any = {name: (info.annotation, info)}
    return pydantic.create_model(
        f"{model.__name__}_{name}", __config__=model.model_config, **fields
    )


def _partial_file(doc: YamlDocument, path: Path, shipped: bool) -> ParsedFile:
    """What validated of a file that failed as a whole, record by record."""
    data = doc.data if isinstance(doc.data, dict) else None
    if data is None:
        return ParsedFile(doc, path, shipped=shipped, extends_ok=False)
    extends = data.get("extends")
    target = extends.strip() if isinstance(extends, str) else None
    sections = {
        name: tuple(
            (index, record)
            for index, item in enumerate(items)
            if (record := _salvage(_RECORDS[name], item)) is not None
        )
        for name in (*SECTIONS, *REPLACED_LISTS)
        if isinstance(items := data.get(name), list)
    }
    replaced: dict[str, Any] = {
        name: sections.pop(name) for name in REPLACED_LISTS if name in sections
    }
    replaced |= {
        name: record
        for name in REPLACED_SINGLE
        if (record := _salvage(_RECORDS[name], data.get(name))) is not None
    }
    return ParsedFile(
        doc,
        path,
        shipped=shipped,
        info=_salvage(DictionaryInfo, data.get("dictionary")),
        extends=target or None,
        extends_ok=extends is None or bool(target),
        sections=sections,
        replaced=replaced,
    )


# --- one problem, reported once --------------------------------------------------------------
def _inside(path: str | None, outer: str | None) -> bool:
    """Whether the data path ``path`` is ``outer`` or lies inside it."""
    if path is None or outer is None:
        return False
    return path == outer or path.startswith((outer + ".", outer + "["))


def _new(found: list[Problem], earlier: list[Problem], *, within: bool = True) -> list[Problem]:
    """The problems of ``found`` not about a value that ``earlier`` reported: at the same
    path, inside it, or (``within``) around it."""
    places = [p.location.path for p in earlier if p.severity == "error"]
    return [
        p
        for p in found
        if not any(
            _inside(p.location.path, place) or (within and _inside(place, p.location.path))
            for place in places
        )
    ]


#: YAML problems after which the data is not what the file says at all.
_UNUSABLE_YAML = frozenset({"yaml-too-many-nodes"})
#: Earlier problems that make an integrity finding at the same place a repeat.
_AS_WRITTEN = frozenset(
    {"yaml-unsafe-tag", "yaml-number-form", "text-invisible-character", "code-not-ascii"}
)


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
    if doc is None or any(p.code in _UNUSABLE_YAML for p in problems):
        return None, doc, problems
    problems = [*problems, *check_text(doc, lang), *check_placeholders(doc, lang)]
    model = _strict_model(doc.data)
    if model is None:
        structure = _check_schema(doc, lang)
        model, invalid = _check_model(doc, lang)
        structure += _new(invalid, structure)  # what only pydantic refuses
        problems += _new(structure, problems, within=False)
    if model is not None:
        parsed = ParsedFile.of_model(doc, model, path, shipped=shipped)
    else:
        parsed = _partial_file(doc, path, shipped)
    return parsed, doc, problems


# --- extends chain -------------------------------------------------------------------------
def _resolve_extends(
    target: str, parent: Path, allow_outside: bool, where: Location, lang: Lang
) -> tuple[Path | None, bool, list[Problem]]:
    if target == NATIONAL:
        return _national_resolved(), True, []
    try:
        candidate = (parent.parent / target).resolve()
        root = parent.parent.resolve()
    except (RuntimeError, OSError) as exc:  # a symlink loop (RuntimeError before 3.13)
        reason = message("symlink-loop") if isinstance(exc, RuntimeError) else str(exc)
        problem = Problem.make("extends-unreadable", where, lang=lang, target=target, reason=reason)
        return None, False, [problem]
    if not allow_outside and root not in candidate.parents:
        return None, False, [Problem.make("extends-outside", where, lang=lang, target=target)]
    if not candidate.is_file():
        return None, False, [Problem.make("extends-missing", where, lang=lang, target=target)]
    # A relative path that happens to reach the shipped file is still the shipped file.
    return candidate, candidate == _national_resolved(), []


def _resolved(path: Path) -> Path:
    """``path`` made absolute through its links; as it is when the links loop (reading it
    then reports the problem in the user's words, as for any unreadable file)."""
    try:
        return path.resolve()
    except (RuntimeError, OSError):
        return path.absolute()


def _national_resolved() -> Path:
    return national_dictionary_path().resolve()


def _read_chain(
    path: Path, lang: Lang, allow_outside: bool
) -> tuple[tuple[ParsedFile, ...], list[Problem], bool]:
    """Read ``path`` and every file it extends, as far as the chain can be followed.

    Returns the files read (root-first), every problem of theirs and of the chain, and
    whether the chain is complete (every file read, every ``extends`` followed).
    """
    chain: list[ParsedFile] = []
    visited: list[Path] = []
    problems: list[Problem] = []
    current: Path | None = path
    shipped = _resolved(path) == _national_resolved()
    complete = False
    while current is not None:
        resolved = _resolved(current)
        if resolved in visited:
            names = " → ".join(display_name(p) for p in [*visited, resolved])
            where = chain[-1].doc.locate_value(("extends",)) if chain else Location()
            problems.append(Problem.make("extends-cycle", where, lang=lang, chain=names))
            break
        visited.append(resolved)
        parsed, _doc, found = parse_dictionary_file(current, lang, shipped=shipped)
        problems += found
        if parsed is None:
            break
        chain.append(parsed)
        target = parsed.extends
        if target is None:
            complete = parsed.extends_ok  # else the schema stage said what is wrong
            break
        where = parsed.doc.locate_value(("extends",))
        if len(chain) >= MAX_CHAIN:
            # Stopping silently would drop the parents (and their standards) unnoticed.
            problems.append(Problem.make("extends-too-deep", where, lang=lang, limit=MAX_CHAIN))
            break
        current, shipped, found = _resolve_extends(target, resolved, allow_outside, where, lang)
        problems += found
    return tuple(reversed(chain)), problems, complete


def _build(files: tuple[ParsedFile, ...]) -> Dictionary:
    models = [f.model for f in files if f.model is not None]

    def merged(section: str) -> tuple[Any, ...]:
        return tuple(item for model in models for item in getattr(model, section))

    # A later file's policy replaces an earlier one of the same code, in its place.
    policies: dict[str, Any] = {}
    for policy in merged("policies"):
        policies[policy.code] = policy

    provenance = tuple(
        FileProvenance(
            model.dictionary.id,
            model.dictionary.version,
            "nasional" if f.shipped else f.doc.name,
            f.doc.sha256,
        )
        for f, model in zip(files, models, strict=True)
    )
    content_hash = hashlib.sha256("".join(f.doc.sha256 for f in files).encode()).hexdigest()

    def last(key: str) -> Any:
        """The value of the last file that writes ``key`` (it replaces the earlier ones)."""
        written = [getattr(m, key) for m in models if key in m.model_fields_set]
        return next((v for v in reversed(written) if v is not None), None)

    layers = [m.training_policy for m in models if m.training_policy is not None]
    values, _ = merge_training_policy(layers)
    return Dictionary(
        models[-1].dictionary,
        provenance,
        merged("competencies"),
        merged("position_levels"),
        merged("positions"),
        tuple(policies.values()),
        content_hash,
        TrainingPolicy(**values) if layers else None,
        last("leadership_trainings") or (),
        last("development_activity_types") or (),
        last("development_activities") or (),
        last("talent_policy"),
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
    files, problems, complete = _read_chain(Path(path), chosen, allow_outside)
    if files:
        found = check_integrity(files, chosen, complete=complete)
        as_written = [p for p in problems if p.code in _AS_WRITTEN]
        problems += _new(found, as_written, within=False)
    problems = _in_order(problems, files)
    if not complete or any(f.model is None for f in files):
        return None, problems  # a problem above says why
    if any(p.severity == "error" for p in problems):
        return None, problems
    return _build(files), problems  # notes and warnings travel with the dictionary


def _in_order(problems: list[Problem], files: tuple[ParsedFile, ...]) -> list[Problem]:
    """``problems`` by file (the one validated first, then what it extends), then line."""
    rank = {f.doc.name: i for i, f in enumerate(reversed(files))}

    def key(problem: Problem) -> tuple[int, int, int]:
        where = problem.location
        return (rank.get(where.file or "", len(rank)), where.line or 0, where.column or 0)

    return sorted(problems, key=key)


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
            if _is_letterhead(file):  # a report letterhead, such as data/contoh's example
                results[display_name(file)] = _letterhead_problems(file, lang)
                continue
            _, problems = check_dictionary(file, lang=lang, allow_outside=allow_outside)
            results[display_name(file)] = problems
    return results


def _is_letterhead(file: Path) -> bool:
    """Whether ``file`` is a report letterhead (by its top-level keys), not a dictionary."""
    try:  # never blocks on a FIFO: only a regular file is read (check_dictionary says why)
        fd = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            regular = stat.S_ISREG(os.fstat(handle.fileno()).st_mode)
            return regular and is_letterhead_text(handle.read(1 << 20))
    except OSError:
        return False


def _letterhead_problems(file: Path, lang: str | None) -> list[Problem]:
    """A letterhead validated as one, with a note saying it was taken for a letterhead."""
    note = Problem.make(
        LETTERHEAD_FILE_NOTE, Location(file=display_name(file)), lang=lang, severity="note"
    )
    return [note, *check_letterhead(file, lang=lang)[1]]


__all__ = [
    "check_dictionary",
    "display_name",
    "format_path",
    "load_dictionary",
    "validate_paths",
]
