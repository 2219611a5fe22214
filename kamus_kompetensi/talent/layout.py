"""The talent grid's layout and texts in the reader's language, for every renderer.

Rows are performance levels, highest on top; columns are potential levels, lowest on the
left (by their JPM cut-off), so box 9 sits top-right and box 1 bottom-left as in the
national layout. The order is worked out from the policy's own box numbers, so an agency
policy that numbers its boxes another way is drawn the way it numbers them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kamus_kompetensi.i18n import Lang, message
from kamus_kompetensi.models import (
    TalentBox,
    TalentPerformance,
    TalentPolicy,
    TalentPotential,
)
from kamus_kompetensi.report.cells import decimal_text
from kamus_kompetensi.talent.grid import box_of

#: The columns that say who an official is: input row, NIP, name.
_WHO = ("talent-col-row", "talent-col-nip", "talent-col-name")


@dataclass(frozen=True)
class TalentTexts:
    """A talent policy seen in one language: names, labels, recommendations, layout."""

    policy: TalentPolicy
    lang: Lang

    def label(self, key: str, /, **params: object) -> str:
        """A catalogue text in this language."""
        return message(key, self.lang, **params)

    def people(self, count: int) -> str:
        """``3 orang`` / ``3 people`` (``1 person``)."""
        return self.label("talent-person" if count == 1 else "talent-people", count=count)

    def _pick(self, text: str, english: str | None) -> str:
        return english or text if self.lang == "en" else text

    def box_label(self, number: int) -> str:
        """The label of box ``number``."""
        box: TalentBox = box_of(self.policy, number)
        return self._pick(box.label, box.label_en)

    def recommendation(self, number: int) -> str:
        """The recommendation for box ``number``."""
        box = box_of(self.policy, number)
        return self._pick(box.recommendation, box.recommendation_en)

    def potential_name(self, code: str) -> str:
        """The name of a potential level."""
        level = next(p for p in self.policy.potential if p.code == code)
        return self._pick(level.name, level.name_en)

    def performance_name(self, code: str) -> str:
        """The name of a performance level."""
        level: TalentPerformance = next(p for p in self.policy.performance if p.code == code)
        return self._pick(level.name, level.name_en)

    @property
    def columns(self) -> tuple[str, ...]:
        """Potential level codes, left to right (lowest cut-off first)."""
        return tuple(level.code for level in sorted(self.policy.potential, key=_cut_off))

    @property
    def rows(self) -> tuple[str, ...]:
        """Performance level codes, top to bottom (the row of the highest boxes first)."""
        columns = self.columns

        def weight(code: str) -> int:
            return sum(self.policy.box(column, code).number for column in columns)

        return tuple(
            sorted((level.code for level in self.policy.performance), key=weight, reverse=True)
        )

    @property
    def official_headers(self) -> list[str]:
        """The columns that say who a placed official is, in the HTML and XLSX lists."""
        return [self.label(key) for key in (*_WHO, "talent-col-position", "talent-col-unit")]

    @property
    def without_headers(self) -> list[str]:
        """The columns of the officials without a box, in the HTML and XLSX lists."""
        return [self.label(key) for key in (*_WHO, "talent-reason", "talent-code-col")]

    def box_at(self, performance: str, potential: str) -> int:
        """The box number where a performance row meets a potential column."""
        return self.policy.box(potential, performance).number

    def cut_offs(self) -> str:
        """``tinggi ≥ 90, menengah ≥ 78, rendah < 78``: the potential levels' JPM cut-offs."""
        levels = sorted(self.policy.potential, key=_cut_off, reverse=True)
        parts = []
        for index, level in enumerate(levels):
            name = self.potential_name(level.code)
            if index < len(levels) - 1:
                parts.append(f"{name} ≥ {decimal_text(level.min_jpm, self.lang)}")
            else:
                previous = levels[index - 1].min_jpm if index else Decimal(0)
                parts.append(f"{name} < {decimal_text(previous, self.lang)}")
        return ", ".join(parts)


def _cut_off(level: TalentPotential) -> Decimal:
    return level.min_jpm


__all__ = ["TalentTexts"]
