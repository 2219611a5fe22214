"""The talent grid's layout and texts in the reader's language, for every renderer.

Rows are performance levels, highest on top; columns are potential levels, lowest on the
left (by their JPM cut-off), so box 9 sits top-right and box 1 bottom-left as in the
national layout. The order is worked out from the policy's own box numbers, so an agency
policy that numbers its boxes another way is drawn the way it numbers them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from kamus_kompetensi.i18n import Lang, message
from kamus_kompetensi.report.cells import decimal_text
from kamus_kompetensi.talent.grid import box_of


@dataclass(frozen=True)
class TalentTexts:
    """A talent policy seen in one language: names, labels, recommendations, layout."""

    policy: Any
    lang: Lang

    def label(self, key: str, /, **params: object) -> str:
        """A catalogue text in this language."""
        return message(key, self.lang, **params)

    def _english(self, item: Any, field: str) -> str:
        text: str = getattr(item, field)
        if self.lang == "en":
            return getattr(item, field + "_en", None) or text
        return text

    def box_label(self, number: int) -> str:
        """The label of box ``number``."""
        return self._english(box_of(self.policy, number), "label")

    def recommendation(self, number: int) -> str:
        """The recommendation for box ``number``."""
        return self._english(box_of(self.policy, number), "recommendation")

    def potential_name(self, code: str) -> str:
        """The name of a potential level."""
        return self._english(_level(self.policy.potential, code), "name")

    def performance_name(self, code: str) -> str:
        """The name of a performance level."""
        return self._english(_level(self.policy.performance, code), "name")

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

    def box_at(self, performance: str, potential: str) -> int:
        """The box number where a performance row meets a potential column."""
        number: int = self.policy.box(potential, performance).number
        return number

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


def _cut_off(level: Any) -> Decimal:
    value: Decimal = level.min_jpm
    return value


def _level(levels: Sequence[Any], code: str) -> Any:
    return next(level for level in levels if level.code == code)


__all__ = ["TalentTexts"]
