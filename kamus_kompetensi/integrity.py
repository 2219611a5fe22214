"""Cross-record rules that no schema can express, checked over a whole ``extends`` chain.

Each rule appends located problems and never stops at the first offender, so one run lists
everything a dictionary author has to fix. Rules see the files root-first (the national
dictionary, then each agency file that extends it) and report each record at its own file
and line.

The rules also run on files that failed the structural stages, on what validated of them:
a record that failed as a whole is a :class:`Partial` holding each of its fields that
validates on its own, and a rule skips only what needs a broken field (a competency whose
``levels`` are broken is not checked for level numbering, but its code still counts as
defined). A check whose input is unknown is skipped rather than guessed: references when a
file of the ``extends`` chain could not be read, or when a record of the referenced kind
has no usable code.

:func:`check_text` holds the rules on the text as written (invisible characters, non-ASCII
codes, names that mix scripts), which no model sees.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import re
import unicodedata
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from kamus_kompetensi.echelons import parse_echelon
from kamus_kompetensi.errors import Location, Problem, Severity
from kamus_kompetensi.i18n import Lang, message
from kamus_kompetensi.keys import normalise_key
from kamus_kompetensi.models import (
    NATIONAL_GROUPS,
    Band,
    CompetencyGroup,
    DictionaryDocument,
    DictionaryStatus,
    PositionLevel,
    TrainingUnit,
    merge_training_policy,
    minimum_minutes_of,
)
from kamus_kompetensi.resources import data_dir
from kamus_kompetensi.yaml_source import DataPath, YamlDocument, read_yaml

#: The list sections of a dictionary file, in the order the rules check them.
SECTIONS = ("competencies", "position_levels", "positions", "policies")
#: Keys whose value in a file replaces the value of the file it extends (``training_policy``
#: is merged key by key instead, see :func:`merge_training_policy`): the list ones, then
#: the single ones.
REPLACED_LISTS = ("leadership_trainings", "development_activity_types", "development_activities")
REPLACED_SINGLE = ("training_policy", "talent_policy")


@dataclass(frozen=True)
class Partial:
    """A record that failed validation as a whole: ``values`` holds each field that
    validates on its own (as the model would hold it; the default for one not written) and
    ``broken`` names the others. Fields read as attributes, like the model's."""

    values: Mapping[str, Any]
    broken: frozenset[str]
    raw: Mapping[str, Any] = field(default_factory=dict)
    """The record as written, for rules that can check a broken field on its raw data."""

    def __getattr__(self, name: str) -> Any:
        values = self.__dict__.get("values")
        if values is None or name not in values:
            raise AttributeError(name)
        return values[name]


def usable(record: Any, *fields: str) -> bool:
    """Whether every one of ``fields`` of ``record`` (a model or a :class:`Partial`) validated."""
    return not isinstance(record, Partial) or record.broken.isdisjoint(fields)


def required_keys(record: Any) -> tuple[str, ...]:
    """The keys of a record's ``required`` mapping: they are codes whatever their levels,
    so a level out of range does not keep the references beside it from being checked."""
    if usable(record, "required"):
        return tuple(record.required or ())
    written = record.raw.get("required")
    return tuple(str(k).strip() for k in written) if isinstance(written, dict) else ()


@dataclass(frozen=True)
class ParsedFile:
    """A dictionary file that could be read: its data, place, and what of it validated.

    ``model`` is the whole file as a model when it validated; otherwise ``None``, and
    ``info`` and ``sections`` hold what validated record by record (models or
    :class:`Partial`, with their index in the file). ``extends_ok`` is false when an
    ``extends`` was written but is not a usable value, so the chain is unknown.
    """

    doc: YamlDocument
    path: Path
    model: DictionaryDocument | None = None
    shipped: bool = False
    info: Any = None
    extends: str | None = None
    extends_ok: bool = True
    sections: Mapping[str, tuple[tuple[int, Any], ...]] = field(default_factory=dict)
    replaced: Mapping[str, Any] = field(default_factory=dict)
    """The keys of :data:`REPLACED_LISTS` and :data:`REPLACED_SINGLE` the file writes: a
    list key holds ``(index, record)`` pairs as ``sections`` do, a single key its record
    (model or :class:`Partial`). A key written as ``null`` counts as not written."""

    @classmethod
    def of_model(
        cls, doc: YamlDocument, model: DictionaryDocument, path: Path, *, shipped: bool
    ) -> ParsedFile:
        """A file that validated as a whole."""
        sections = {name: tuple(enumerate(getattr(model, name))) for name in SECTIONS}
        written = model.model_fields_set
        replaced: dict[str, Any] = {
            name: tuple(enumerate(getattr(model, name)))
            for name in REPLACED_LISTS
            if name in written
        }
        replaced |= {
            name: getattr(model, name)
            for name in REPLACED_SINGLE
            if getattr(model, name) is not None
        }
        return cls(
            doc, path, model, shipped, model.dictionary, model.extends, True, sections, replaced
        )

    @property
    def extends_another(self) -> bool:
        """Whether the file extends another (an agency file), as far as can be told."""
        return self.extends is not None or not self.extends_ok


_NAMED_BY = ("official_code", "name", "name_en")


class _Cutoffs(NamedTuple):
    """Where a list of levels by lower bound sits and the codes of its two problems."""

    section: str  # the list's key under its parent
    kind: str  # the entry kind, for a duplicate code
    field: str  # the lower bound's key
    order_code: str  # bounds not strictly descending
    zero_code: str  # the last bound is not 0


@dataclass
class _Checker:
    files: tuple[ParsedFile, ...]
    lang: Lang | str | None
    problems: list[Problem] = field(default_factory=list)
    competency_at: dict[str, Location] = field(default_factory=dict)
    national_codes: list[str] = field(default_factory=list)
    name_owner: dict[str, str] = field(default_factory=dict)
    level_at: dict[str, Location] = field(default_factory=dict)
    level_models: dict[str, PositionLevel | Partial] = field(default_factory=dict)
    complete: bool = True
    """Whether ``files`` is the whole ``extends`` chain; if not, references are not checked."""
    unsure: set[str] = field(default_factory=set)
    """Sections with a record whose code is unusable: what they define is not known."""

    def add(
        self,
        code: str,
        where: Location,
        /,
        *,
        severity: Severity = "error",
        suggest: Collection[str] = (),
        **params: Any,
    ) -> None:
        problem = Problem.make(code, where, lang=self.lang, severity=severity, **params)
        if suggest:
            problem = with_suggestion(problem, str(params.get("key", "")), suggest, self.lang)
        self.problems.append(problem)

    def entries(self, section: str) -> Iterator[tuple[ParsedFile, int, Any]]:
        for parsed in self.files:
            for index, item in parsed.sections.get(section, ()):
                if usable(item, "code"):
                    yield parsed, index, item
                else:
                    self.unsure.add(section)

    def references(self, section: str) -> bool:
        """Whether references to the records of ``section`` can be checked."""
        return self.complete and section not in self.unsure

    # --- identity ---------------------------------------------------------------------
    def identities(self) -> None:
        """Each file of a chain has its own id: results carry the id as their provenance,
        so an agency file calling itself ``nasional`` (or its parent's id) would make an
        agency's results look national."""
        first_with: dict[str, ParsedFile] = {}
        for parsed in self.files:
            if parsed.info is None or not usable(parsed.info, "id"):
                continue
            own = parsed.info.id
            earlier = first_with.get(own)
            if earlier is None:
                first_with[own] = parsed
                continue
            parent = "nasional" if earlier.shipped else earlier.doc.name
            self.add(
                "id-reused", parsed.doc.locate_value(("dictionary", "id")), id=own, parent=parent
            )

    # --- competencies -----------------------------------------------------------------
    def competencies(self) -> None:
        for parsed, i, comp in self.entries("competencies"):
            path: DataPath = ("competencies", i)
            where = parsed.doc.locate((*path, "code"))
            if comp.code in self.competency_at:
                inherited = self.competency_at[comp.code].file != parsed.doc.name
                if inherited:
                    self.add("redefined-competency", where, code=comp.code)
                else:
                    self.add(
                        "duplicate-code",
                        where,
                        kind=self._kind("competency"),
                        code=comp.code,
                        first=self.competency_at[comp.code],
                    )
                continue
            self.competency_at[comp.code] = where
            if usable(comp, "group"):
                if parsed.extends_another and comp.group is not CompetencyGroup.TEKNIS:
                    self.add(
                        "agency-non-technical",
                        parsed.doc.locate((*path, "group")),
                        code=comp.code,
                        group=comp.group,
                    )
                if comp.group in NATIONAL_GROUPS:
                    self.national_codes.append(comp.code)
            names = [comp.code]
            names += [
                getattr(comp, f) for f in ("official_code", "name", "name_en") if usable(comp, f)
            ]
            names += list(comp.aliases) if usable(comp, "aliases") else []
            self._names(parsed, path, comp.code, names)
            if usable(comp, "levels"):
                self._levels(parsed, path, comp)

    def _names(
        self, parsed: ParsedFile, path: DataPath, code: str, names: list[str | None]
    ) -> None:
        for name in {normalise_key(n) for n in names if n}:
            other = self.name_owner.setdefault(name, code)
            if other != code:
                self.add(
                    "duplicate-name", parsed.doc.locate(path), name=name, code=code, other=other
                )

    def _levels(self, parsed: ParsedFile, path: DataPath, comp: Any) -> None:
        numbers = [lv.level for lv in comp.levels]
        if numbers != [1, 2, 3, 4, 5]:
            self.add("levels-incomplete", parsed.doc.locate((*path, "levels")), found=numbers)
        for li, level in enumerate(comp.levels):
            for ii, indicator in enumerate(level.indicators):
                expected = f"{level.level}.{ii + 1}"
                if indicator.code != expected:
                    where = parsed.doc.locate((*path, "levels", li, "indicators", ii, "code"))
                    self.add(
                        "indicator-numbering",
                        where,
                        position=ii + 1,
                        level=level.level,
                        expected=expected,
                        found=indicator.code,
                    )

    # --- position levels ----------------------------------------------------------------
    def position_levels(self) -> None:
        mapped: dict[tuple[str, str | None], str] = {}
        for parsed, i, level in self.entries("position_levels"):
            path: DataPath = ("position_levels", i)
            if self._duplicate(parsed, path, "position-level", level.code, self.level_at):
                # Its references are still checked: renaming it will not fix them.
                self._required(parsed, (*path, "required"), required_keys(level))
                continue
            self.level_models[level.code] = level
            pairs: list[tuple[str, str | None, DataPath]] = []
            if usable(level, "echelons"):
                pairs += [(e, None, (*path, "echelons", k)) for k, e in enumerate(level.echelons)]
            if usable(level, "conditional_echelons"):
                pairs += [
                    (c.echelon, c.condition, (*path, "conditional_echelons", k, "echelon"))
                    for k, c in enumerate(level.conditional_echelons)
                ]
            for text, condition, epath in pairs:
                echelon = parse_echelon(text)
                where = parsed.doc.locate(epath)
                if echelon is None or echelon.sub is None:
                    self.add("echelon-invalid", where, value=text)
                    continue
                key = (str(echelon), condition)
                if key in mapped:
                    other = mapped[key]
                    self.add(
                        "echelon-duplicate", where, echelon=echelon, code=level.code, other=other
                    )
                    continue
                mapped[key] = level.code
            self._required(parsed, (*path, "required"), required_keys(level))

    def _kind(self, kind: str) -> str:
        """The kind of an entry (``position-level``), said in the user's language."""
        return message(f"entry-kind-{kind}", self.lang)

    def _duplicate(
        self, parsed: ParsedFile, path: DataPath, kind: str, code: str, seen: dict[str, Location]
    ) -> bool:
        where = parsed.doc.locate((*path, "code"))
        if code not in seen:
            seen[code] = where
            return False
        kind = self._kind(kind)
        if seen[code].file != parsed.doc.name:
            self.add("redefined-entry", where, kind=kind, code=code)
        else:
            self.add("duplicate-code", where, kind=kind, code=code, first=seen[code])
        return True

    def _required(self, parsed: ParsedFile, path: DataPath, required: tuple[str, ...]) -> None:
        if not self.references("competencies"):
            return
        for key in required:
            if key != "default" and key not in self.competency_at:
                where = parsed.doc.locate((*path, key))
                self.add("unknown-reference", where, key=key, suggest=self.competency_at)

    # --- positions ----------------------------------------------------------------------
    def positions(self) -> None:
        seen: dict[str, Location] = {}
        for parsed, i, position in self.entries("positions"):
            path: DataPath = ("positions", i)
            duplicate = self._duplicate(parsed, path, "position", position.code, seen)
            self._required(parsed, (*path, "required"), required_keys(position))
            if not usable(position, "position_level"):
                continue
            level = self.level_models.get(position.position_level)
            if level is None:
                if self.references("position_levels"):
                    self.add(
                        "unknown-position-level-reference",
                        parsed.doc.locate((*path, "position_level")),
                        key=position.position_level,
                        suggest=self.level_at,
                    )
                continue
            if duplicate or not self.complete:
                continue
            if not (usable(level, "required") and usable(position, "required")):
                continue  # what the position inherits, or adds, is not known
            inherited = set(level.required or ()) | set(position.required)
            if "default" not in inherited:
                missing = [c for c in self.national_codes if c not in inherited]
                if missing:
                    self.add(
                        "position-standard-incomplete",
                        parsed.doc.locate((*path, "required")),
                        code=position.code,
                        level=level.code,
                        missing=", ".join(missing),
                    )

    # --- policies -----------------------------------------------------------------------
    def policies(self) -> None:
        seen: dict[str, Location] = {}
        for parsed, i, policy in self.entries("policies"):
            path: DataPath = ("policies", i)
            where = parsed.doc.locate((*path, "code"))
            if policy.code in seen and seen[policy.code].file != parsed.doc.name:
                # An agency may replace a policy of the file it extends (its own cut-offs
                # under the national name): allowed, and said so.
                self.add("policy-replaced", where, severity="note", code=policy.code)
            elif self._duplicate(parsed, path, "policy", policy.code, seen):
                continue
            seen[policy.code] = where
            if usable(policy, "bands"):
                self._bands(parsed, path, policy.bands)
            if usable(policy, "bands_by_position_level"):
                self._level_entries(parsed, (*path, "bands_by_position_level"), policy)
            if usable(policy, "weights"):
                self._weights(parsed, (*path, "weights"), policy)

    def _level_entries(self, parsed: ParsedFile, path: DataPath, policy: Any) -> None:
        named: dict[str, Location] = {}
        for k, entry in enumerate(policy.bands_by_position_level):
            self._levels_named(parsed, (*path, k), entry.position_levels, named)
            self._bands(parsed, (*path, k), entry.bands)

    def _weights(self, parsed: ParsedFile, path: DataPath, policy: Any) -> None:
        named: dict[str, Location] = {}
        fallback: Location | None = None
        for k, entry in enumerate(policy.weights):
            where = parsed.doc.locate((*path, k))
            if not entry.position_levels:
                if fallback is not None:
                    self.add("weights-default-twice", where, first=fallback)
                fallback = fallback or where
            self._levels_named(parsed, (*path, k), entry.position_levels, named)
            total = entry.manajerial_sosial_kultural + entry.teknis
            if total != 100:
                self.add("weights-sum", where, total=total)

    def _levels_named(
        self,
        parsed: ParsedFile,
        path: DataPath,
        levels: tuple[str, ...],
        named: dict[str, Location],
    ) -> None:
        """Position levels of a policy entry: each must exist and be named only once."""
        for j, code in enumerate(levels):
            where = parsed.doc.locate((*path, "position_levels", j))
            if code not in self.level_at:
                if self.references("position_levels"):
                    self.add(
                        "unknown-position-level-reference", where, key=code, suggest=self.level_at
                    )
            elif code in named:
                self.add("position-level-named-twice", where, key=code, first=named[code])
            else:
                named[code] = where

    def _bands(self, parsed: ParsedFile, path: DataPath, bands: tuple[Band, ...]) -> None:
        cutoffs = _Cutoffs("bands", "band", "min", "bands-order", "bands-no-zero")
        self._cutoffs(parsed, path, bands, cutoffs, {})

    def _cutoffs(
        self,
        parsed: ParsedFile,
        path: DataPath,
        items: Sequence[Any],
        cutoffs: _Cutoffs,
        codes: dict[str, Location],
    ) -> None:
        """Levels by a lower bound (JPM bands, talent potential levels): unique codes,
        bounds strictly descending, the last one 0 so that every value has a level."""
        previous = None
        for k, item in enumerate(items):
            ipath = (*path, cutoffs.section, k)
            self._duplicate(parsed, ipath, cutoffs.kind, item.code, codes)
            bound = getattr(item, cutoffs.field)
            if previous is not None and bound >= previous:
                self.add(
                    cutoffs.order_code,
                    parsed.doc.locate((*ipath, cutoffs.field)),
                    code=item.code,
                    min=bound,
                    previous=previous,
                )
            previous = bound
        last = getattr(items[-1], cutoffs.field)
        if last != 0:
            where = parsed.doc.locate((*path, cutoffs.section, len(items) - 1, cutoffs.field))
            self.add(cutoffs.zero_code, where, min=last)

    # --- competency development -----------------------------------------------------------
    def replaced(self, key: str) -> Iterator[tuple[int, ParsedFile, Any]]:
        """Each file that writes ``key`` (its position in the chain, the file, the value)."""
        for position, parsed in enumerate(self.files):
            if key in parsed.replaced:
                yield position, parsed, parsed.replaced[key]

    def training_policy(self) -> None:
        """The merged training policy is complete and its minimum a whole number of minutes
        with at most two decimals."""
        layers = list(self.replaced("training_policy"))
        if not layers or any(isinstance(layer, Partial) and layer.broken for _, _, layer in layers):
            return  # nothing written, or the structural stages said what is wrong
        values, origin = merge_training_policy([layer for _, _, layer in layers])
        last = layers[-1][1]
        missing = [k for k in ("minimum", "unit", "jp_minutes") if values.get(k) is None]
        if missing:
            where = last.doc.locate(("training_policy",))
            self.add("training-policy-incomplete", where, missing=", ".join(missing))
            return
        if minimum_minutes_of(values["minimum"], values["unit"], values["jp_minutes"]) is None:
            parsed = layers[origin["minimum"]][1]
            per_unit = values["jp_minutes"] if values["unit"] is TrainingUnit.JP else 60
            self.add(
                "training-minimum-precision",
                parsed.doc.locate(("training_policy", "minimum")),
                minimum=values["minimum"],
                unit=values["unit"],
                minutes=format((values["minimum"] * per_unit).normalize(), "f"),
            )

    def leadership_trainings(self) -> None:
        """Each list: codes and names unique, each position level known and named once."""
        for _, parsed, items in self.replaced("leadership_trainings"):
            codes: dict[str, Location] = {}
            levels: dict[str, Location] = {}
            owners: dict[str, str] = {}
            for i, training in items:
                path: DataPath = ("leadership_trainings", i)
                if usable(training, "code"):
                    self._duplicate(parsed, path, "leadership-training", training.code, codes)
                    names = [training.code, training.name if usable(training, "name") else None]
                    names += [training.name_en] if usable(training, "name_en") else []
                    for key in ("former_names", "aliases"):
                        names += list(getattr(training, key)) if usable(training, key) else []
                    for name in {normalise_key(n) for n in names if n}:
                        other = owners.setdefault(name, training.code)
                        if other != training.code:
                            where = parsed.doc.locate(path)
                            self.add(
                                "duplicate-name", where, name=name, code=training.code, other=other
                            )
                if not usable(training, "position_level"):
                    continue
                code = training.position_level
                where = parsed.doc.locate((*path, "position_level"))
                if code not in self.level_at:
                    if self.references("position_levels"):
                        self.add(
                            "unknown-position-level-reference",
                            where,
                            key=code,
                            suggest=self.level_at,
                        )
                elif code in levels:
                    self.add("leadership-level-twice", where, key=code, first=levels[code])
                else:
                    levels[code] = where

    def development_activities(self) -> None:
        """Activity type codes unique; each catalogue entry names a known competency, a known
        type and a level range from low to high."""
        types = list(self.replaced("development_activity_types"))
        for _, parsed, items in types:
            seen: dict[str, Location] = {}
            for i, item in items:
                if usable(item, "code"):
                    path: DataPath = ("development_activity_types", i)
                    self._duplicate(parsed, path, "activity-type", item.code, seen)
        catalogues = list(self.replaced("development_activities"))
        for number, (position, parsed, items) in enumerate(catalogues):
            # The types the catalogue is read with: the chain's, for the catalogue in force;
            # else those in force at its own file.
            last = number == len(catalogues) - 1
            chosen = [t for t in types if last or t[0] <= position]
            known: set[str] | None = None
            if chosen and self.complete:
                entries = chosen[-1][2]
                if all(usable(t, "code") for _, t in entries):
                    known = {t.code for _, t in entries}
            elif self.complete:
                known = set()
            for i, entry in items:
                self._activity(parsed, ("development_activities", i), entry, known)

    def _activity(
        self, parsed: ParsedFile, path: DataPath, entry: Any, known: set[str] | None
    ) -> None:
        if (
            usable(entry, "competency")
            and self.references("competencies")
            and entry.competency not in self.competency_at
        ):
            self.add(
                "unknown-reference",
                parsed.doc.locate((*path, "competency")),
                key=entry.competency,
                suggest=self.competency_at,
            )
        if usable(entry, "type") and known is not None and entry.type not in known:
            self.add(
                "unknown-activity-type",
                parsed.doc.locate((*path, "type")),
                key=entry.type,
                allowed=", ".join(sorted(known)) or "-",
                suggest=known,
            )
        if usable(entry, "from_level", "to_level") and entry.from_level > entry.to_level:
            self.add(
                "activity-level-range",
                parsed.doc.locate((*path, "from_level")),
                low=entry.from_level,
                high=entry.to_level,
            )

    def talent_policies(self) -> None:
        for _, parsed, policy in self.replaced("talent_policy"):
            self._talent(parsed, ("talent_policy",), policy)

    def _talent(self, parsed: ParsedFile, path: DataPath, policy: Any) -> None:
        potential: dict[str, Location] = {}
        performance: dict[str, Location] = {}
        if usable(policy, "potential"):
            cutoffs = _Cutoffs(
                "potential",
                "potential-level",
                "min_jpm",
                "talent-cutoffs-order",
                "talent-cutoffs-no-zero",
            )
            self._cutoffs(parsed, path, policy.potential, cutoffs, potential)
        if usable(policy, "performance"):
            ratings: dict[str, str] = {}
            for k, level in enumerate(policy.performance):
                lpath = (*path, "performance", k)
                self._duplicate(parsed, lpath, "performance-level", level.code, performance)
                for j, rating in enumerate(level.ratings):
                    key = normalise_key(rating)
                    if key in ratings:
                        self.add(
                            "talent-rating-twice",
                            parsed.doc.locate((*lpath, "ratings", j)),
                            rating=rating,
                            other=ratings[key],
                        )
                    else:
                        ratings[key] = level.code
        if usable(policy, "boxes"):
            self._boxes(parsed, path, policy, potential, performance)

    def _boxes(
        self,
        parsed: ParsedFile,
        path: DataPath,
        policy: Any,
        potential: Mapping[str, Location],
        performance: Mapping[str, Location],
    ) -> None:
        numbers: dict[int, Location] = {}
        pairs: dict[tuple[str, str], Location] = {}
        for k, box in enumerate(policy.boxes):
            bpath = (*path, "boxes", k)
            where = parsed.doc.locate((*bpath, "number"))
            if box.number in numbers:
                first = numbers[box.number]
                self.add("talent-box-number-twice", where, number=box.number, first=first)
            else:
                numbers[box.number] = where
            for axis, known in (("potential", potential), ("performance", performance)):
                code = getattr(box, axis)
                if known and code not in known:
                    self.add(
                        "talent-unknown-level",
                        parsed.doc.locate((*bpath, axis)),
                        axis=axis,
                        key=code,
                        allowed=", ".join(known),
                        suggest=known,
                    )
            pair = (box.potential, box.performance)
            if pair in pairs:
                self.add(
                    "talent-box-pair-twice",
                    parsed.doc.locate(bpath),
                    potential=box.potential,
                    performance=box.performance,
                    first=pairs[pair],
                )
            else:
                pairs[pair] = parsed.doc.locate(bpath)
        if potential and performance:
            for high in potential:
                for level in performance:
                    if (high, level) not in pairs:
                        self.add(
                            "talent-box-missing",
                            parsed.doc.locate((*path, "boxes")),
                            potential=high,
                            performance=level,
                        )
        if usable(policy, "succession_boxes"):
            for j, number in enumerate(policy.succession_boxes):
                if number not in numbers:
                    self.add(
                        "talent-succession-unknown",
                        parsed.doc.locate((*path, "succession_boxes", j)),
                        number=number,
                    )


def check_integrity(
    files: tuple[ParsedFile, ...], lang: Lang | str | None = None, *, complete: bool = True
) -> list[Problem]:
    """Every integrity problem across ``files`` (root first), in file order.

    ``complete`` says whether ``files`` is the whole ``extends`` chain; when a parent could
    not be read, rules that need it (references, inherited standards) are skipped.
    """
    checker = _Checker(files, lang, complete=complete)
    checker.identities()
    checker.competencies()
    checker.position_levels()
    checker.positions()
    checker.policies()
    checker.training_policy()
    checker.leadership_trainings()
    checker.development_activities()
    checker.talent_policies()
    return checker.problems


# --- suggestions ---------------------------------------------------------------------------
def suggestion(key: str, candidates: Collection[str]) -> str | None:
    """The candidate closest to ``key`` (a mistyped code), or ``None`` when none is close.

    >>> suggestion("integritass", ["integritas", "kerjasama"])
    'integritas'
    """
    if not key.strip() or not candidates:
        return None
    folded = {c.casefold(): c for c in candidates}
    close = difflib.get_close_matches(key.strip().casefold(), list(folded), n=1, cutoff=0.7)
    return folded[close[0]] if close else None


def with_suggestion(
    problem: Problem, key: str, candidates: Collection[str], lang: Lang | str | None
) -> Problem:
    """``problem`` with ``; maksud Anda `x`?`` added when a candidate is close to ``key``."""
    close = suggestion(key, candidates)
    if close is None:
        return problem
    return dataclasses.replace(
        problem,
        message=problem.message + message("did-you-mean", lang, name=close),
        params={**problem.params, "suggestion": close},
    )


# --- text as written -------------------------------------------------------------------------
#: Characters that show nothing (or move text about) yet make two strings differ: format
#: characters (zero-width space and joiners, BOM, soft hyphen, bidi controls: category Cf),
#: control characters other than tab and line ends, line/paragraph separators, and the
#: blank letters that render as nothing.
_BLANK_LETTERS = frozenset("\u034f\u115f\u1160\u3164\uffa0\u2800")
_ALLOWED_CONTROLS = frozenset("\t\n\r")
#: Keys whose values are codes (ASCII by rule); ``id`` only under ``dictionary``.
_CODE_KEYS = frozenset({"code", "official_code", "condition", "position_level"})
#: Keys whose values are names users look records up by.
_NAME_KEYS = frozenset({"name", "name_en", "aliases"})
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def _invisible(text: str) -> list[str]:
    found = []
    for char in dict.fromkeys(text):
        category = unicodedata.category(char)
        if (
            category in ("Cf", "Zl", "Zp")
            or (category == "Cc" and char not in _ALLOWED_CONTROLS)
            or char in _BLANK_LETTERS
        ):
            found.append(char)
    return found


def _describe(chars: list[str]) -> str:
    """``U+200B ZERO WIDTH SPACE, U+00AD SOFT HYPHEN``."""
    return ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, '')}".rstrip() for c in chars)


def _script(char: str) -> str | None:
    name = unicodedata.name(char, "")
    return next((s for s in _SCRIPTS if name.startswith(s)), None)


def _mixed_word(text: str) -> tuple[str, list[str]] | None:
    """The first word that mixes Latin letters with Cyrillic or Greek ones (a look-alike
    such as "Intеgritas" with a Cyrillic е), and its non-Latin letters."""
    word: list[str] = []
    for char in f"{text} ":
        if char.isalpha():
            word.append(char)
            continue
        scripts = {_script(c) for c in word} - {None}
        if "LATIN" in scripts and len(scripts) > 1:
            return "".join(word), [c for c in dict.fromkeys(word) if _script(c) != "LATIN"]
        word = []
    return None


@dataclass
class _TextChecker:
    doc: YamlDocument
    lang: Lang | str | None
    problems: list[Problem] = field(default_factory=list)

    def walk(self, value: Any, path: DataPath) -> None:
        if isinstance(value, dict):
            codes = bool(path) and path[-1] == "required"  # keys are competency codes
            for key, item in value.items():
                if not (key.isascii() and key.isprintable()):
                    self.text(key, self.doc.locate((*path, key)), code=codes)
                self.walk(item, (*path, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                self.walk(item, (*path, index))
        elif isinstance(value, str) and not (value.isascii() and value.isprintable()):
            # Printable ASCII, by far the most text, can hold none of what is checked here.
            key = next((k for k in reversed(path) if isinstance(k, str)), "")
            code = key in _CODE_KEYS or path == ("dictionary", "id")
            code = code or (key == "position_levels" and isinstance(path[-1], int))
            self.text(value, self.doc.locate_value(path), code=code, name=key in _NAME_KEYS)

    def text(self, text: str, where: Location, *, code: bool, name: bool = False) -> None:
        hidden = _invisible(text)
        if hidden:
            self.add("text-invisible-character", where, value=ascii(text), chars=_describe(hidden))
        elif code and not text.isascii():
            others = [c for c in dict.fromkeys(text) if not c.isascii()]
            self.add("code-not-ascii", where, value=text, chars=_describe(others))
        elif name and (mixed := _mixed_word(text)) is not None:
            word, others = mixed
            self.add("text-mixed-script", where, value=text, word=word, chars=_describe(others))

    def add(self, code: str, where: Location, /, **params: Any) -> None:
        self.problems.append(Problem.make(code, where, lang=self.lang, **params))


def check_text(doc: YamlDocument, lang: Lang | str | None = None) -> list[Problem]:
    """Problems of the text as written, before any model reads it: invisible characters
    anywhere (keys included), codes that are not ASCII (a Cyrillic М in ``М.01``), and
    names or aliases whose words mix Latin letters with Cyrillic or Greek look-alikes."""
    checker = _TextChecker(doc, lang)
    checker.walk(doc.data, ())
    return checker.problems


# --- placeholder text of the starter file ----------------------------------------------------
#: What the starter file writes where the agency has to write its own text: "(ganti nama)",
#: "(isi nomornya)", "Tuliskan indikator ...", and elisions.
_PLACEHOLDER = re.compile(r"\((?:ganti|isi)\b|^\s*tuliskan\b|\.\.\.|\u2026", re.IGNORECASE)
#: Keys of free text, where a text left as the starter file wrote it is a placeholder too.
_TEXT_KEYS = frozenset(
    {"title", "name", "name_en", "definition", "description", "text", "regulation"}
    | {"legal_basis", "part", "note", "unit"}
)


def is_template(doc: YamlDocument) -> bool:
    """Whether the file declares itself a template (``dictionary.status: template``)."""
    info = doc.data.get("dictionary") if isinstance(doc.data, dict) else None
    return isinstance(info, dict) and info.get("status") == DictionaryStatus.TEMPLATE.value


@functools.lru_cache(maxsize=1)
def _starter_texts() -> frozenset[str]:
    """The free texts of the shipped starter file (the level descriptions, for one, hold no
    marker), so a text left exactly as the starter wrote it is found too."""
    doc, _ = read_yaml(data_dir() / "templates" / "kamus-instansi.yaml")
    found: set[str] = set()

    def walk(value: Any, key: str) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for item in value:
                walk(item, key)
        elif isinstance(value, str) and key in _TEXT_KEYS:
            found.add(value.strip())

    if doc is not None:
        walk(doc.data, "")
    return frozenset(found)


def check_placeholders(doc: YamlDocument, lang: Lang | str | None = None) -> list[Problem]:
    """A warning (``placeholder-text``) for each text still as the starter file wrote it,
    unless the file is a template (``dictionary.status: template``)."""
    if is_template(doc):
        return []
    starter = _starter_texts()
    problems: list[Problem] = []

    def walk(value: Any, path: DataPath) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, (*path, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, (*path, index))
        elif isinstance(value, str):
            key = next((k for k in reversed(path) if isinstance(k, str)), "")
            if _PLACEHOLDER.search(value) or (key in _TEXT_KEYS and value.strip() in starter):
                shown = value if len(value) <= 60 else value[:57] + "..."
                where = doc.locate_value(path)
                problem = Problem.make(
                    "placeholder-text", where, lang=lang, severity="warning", value=shown
                )
                problems.append(problem)

    walk(doc.data, ())
    return problems
