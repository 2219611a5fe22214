"""Cross-record rules that no schema can express, checked over a whole ``extends`` chain.

Each rule appends located problems and never stops at the first offender, so one run lists
everything a dictionary author has to fix. Rules see the files root-first (the national
dictionary, then each agency file that extends it) and report each record at its own file
and line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kamus_kompetensi.echelons import parse_echelon
from kamus_kompetensi.errors import Location, Problem, Severity
from kamus_kompetensi.i18n import Lang
from kamus_kompetensi.keys import normalise_key
from kamus_kompetensi.models import (
    NATIONAL_GROUPS,
    Band,
    CompetencyGroup,
    DictionaryDocument,
    PositionLevel,
    ScoringPolicy,
)
from kamus_kompetensi.yaml_source import DataPath, YamlDocument


@dataclass(frozen=True)
class ParsedFile:
    """A dictionary file that passed the structural stages: its data, model and place."""

    doc: YamlDocument
    model: DictionaryDocument
    path: Path
    shipped: bool = False


@dataclass
class _Checker:
    files: tuple[ParsedFile, ...]
    lang: Lang | str | None
    problems: list[Problem] = field(default_factory=list)
    competency_at: dict[str, Location] = field(default_factory=dict)
    national_codes: list[str] = field(default_factory=list)
    name_owner: dict[str, str] = field(default_factory=dict)
    level_at: dict[str, Location] = field(default_factory=dict)
    level_models: dict[str, PositionLevel] = field(default_factory=dict)

    def add(
        self, code: str, where: Location, /, *, severity: Severity = "error", **params: Any
    ) -> None:
        self.problems.append(Problem.make(code, where, lang=self.lang, severity=severity, **params))

    def entries(self, section: str) -> Iterator[tuple[ParsedFile, int, Any]]:
        for parsed in self.files:
            for index, item in enumerate(getattr(parsed.model, section)):
                yield parsed, index, item

    # --- identity ---------------------------------------------------------------------
    def identities(self) -> None:
        """Each file of a chain has its own id: results carry the id as their provenance,
        so an agency file calling itself ``nasional`` (or its parent's id) would make an
        agency's results look national."""
        first_with: dict[str, ParsedFile] = {}
        for parsed in self.files:
            own = parsed.model.dictionary.id
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
                        kind="kompetensi",
                        code=comp.code,
                        first=self.competency_at[comp.code],
                    )
                continue
            self.competency_at[comp.code] = where
            if parsed is not self.files[0] and comp.group not in (CompetencyGroup.TEKNIS,):
                self.add(
                    "agency-non-technical",
                    parsed.doc.locate((*path, "group")),
                    code=comp.code,
                    group=comp.group,
                )
            if comp.group in NATIONAL_GROUPS:
                self.national_codes.append(comp.code)
            self._names(
                parsed,
                path,
                comp.code,
                [comp.code, comp.official_code, comp.name, comp.name_en, *comp.aliases],
            )
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
            if self._duplicate(parsed, path, "jenjang jabatan", level.code, self.level_at):
                continue
            self.level_models[level.code] = level
            pairs = [(e, None, (*path, "echelons", k)) for k, e in enumerate(level.echelons)]
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
            if level.required is not None:
                self._required(parsed, (*path, "required"), level.required)

    def _duplicate(
        self, parsed: ParsedFile, path: DataPath, kind: str, code: str, seen: dict[str, Location]
    ) -> bool:
        where = parsed.doc.locate((*path, "code"))
        if code not in seen:
            seen[code] = where
            return False
        if seen[code].file != parsed.doc.name:
            self.add("redefined-entry", where, kind=kind, code=code)
        else:
            self.add("duplicate-code", where, kind=kind, code=code, first=seen[code])
        return True

    def _required(self, parsed: ParsedFile, path: DataPath, required: Any) -> None:
        for key in required:
            if key != "default" and key not in self.competency_at:
                self.add("unknown-reference", parsed.doc.locate((*path, key)), key=key)

    # --- positions ----------------------------------------------------------------------
    def positions(self) -> None:
        seen: dict[str, Location] = {}
        for parsed, i, position in self.entries("positions"):
            path: DataPath = ("positions", i)
            if self._duplicate(parsed, path, "jabatan", position.code, seen):
                continue
            level = self.level_models.get(position.position_level)
            if level is None:
                self.add(
                    "unknown-position-level-reference",
                    parsed.doc.locate((*path, "position_level")),
                    key=position.position_level,
                )
                continue
            self._required(parsed, (*path, "required"), position.required)
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
            elif self._duplicate(parsed, path, "kebijakan", policy.code, seen):
                continue
            seen[policy.code] = where
            self._bands(parsed, path, policy.bands)
            self._level_entries(parsed, (*path, "bands_by_position_level"), policy)
            self._weights(parsed, (*path, "weights"), policy)

    def _level_entries(self, parsed: ParsedFile, path: DataPath, policy: ScoringPolicy) -> None:
        named: dict[str, Location] = {}
        for k, entry in enumerate(policy.bands_by_position_level):
            self._levels_named(parsed, (*path, k), entry.position_levels, named)
            self._bands(parsed, (*path, k), entry.bands)

    def _weights(self, parsed: ParsedFile, path: DataPath, policy: ScoringPolicy) -> None:
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
                self.add("unknown-position-level-reference", where, key=code)
            elif code in named:
                self.add("position-level-named-twice", where, key=code, first=named[code])
            else:
                named[code] = where

    def _bands(self, parsed: ParsedFile, path: DataPath, bands: tuple[Band, ...]) -> None:
        codes: dict[str, Location] = {}
        previous = None
        for k, band in enumerate(bands):
            bpath = (*path, "bands", k)
            self._duplicate(parsed, bpath, "kategori", band.code, codes)
            if previous is not None and band.min >= previous:
                self.add(
                    "bands-order",
                    parsed.doc.locate((*bpath, "min")),
                    code=band.code,
                    min=band.min,
                    previous=previous,
                )
            previous = band.min
        last = bands[-1]
        if last.min != 0:
            where = parsed.doc.locate((*path, "bands", len(bands) - 1, "min"))
            self.add("bands-no-zero", where, min=last.min)


def check_integrity(files: tuple[ParsedFile, ...], lang: Lang | str | None = None) -> list[Problem]:
    """Every integrity problem across ``files`` (root first), in file order."""
    checker = _Checker(files, lang)
    checker.identities()
    checker.competencies()
    checker.position_levels()
    checker.positions()
    checker.policies()
    return checker.problems
