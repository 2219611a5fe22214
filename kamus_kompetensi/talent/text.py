"""The talent grid as plain text: the 3×3 counts, then each box with its officials, the
succession pool and the officials without a box. Input text (names, positions) is made
safe for a terminal (:func:`~kamus_kompetensi.terminal.for_terminal`)."""

from __future__ import annotations

from kamus_kompetensi.report.cells import decimal_text
from kamus_kompetensi.talent.grid import BOXES, NotPlaced, PlacedOfficial, TalentGrid
from kamus_kompetensi.talent.layout import TalentTexts
from kamus_kompetensi.terminal import for_terminal


def grid_text(grid: TalentGrid, texts: TalentTexts) -> str:
    """The whole text report, ending with a newline."""
    t = texts.label
    lines = [
        t("talent-grid-title"),
        t("talent-source", source=for_terminal(grid.source)),
        t("talent-totals", read=grid.rows_read, placed=grid.placed, without=len(grid.without_box)),
        "",
        *_counts(grid, texts),
    ]
    for box in reversed(BOXES):
        count = texts.people(grid.count(box))
        lines += ["", f"{t('talent-box', box=box)}: {texts.box_label(box)} ({count})"]
        lines.append(f"  {t('talent-recommendation')}: {texts.recommendation(box)}")
        lines += [f"  - {_official(o, texts)}" for o in grid.boxes[box]]
    boxes = ", ".join(map(str, sorted(grid.pool_boxes, reverse=True)))
    lines += ["", f"{t('talent-pool', boxes=boxes)}: {texts.people(len(grid.pool))}"]
    lines += [f"  - [{o.placement.box}] {_official(o, texts)}" for o in grid.pool]
    lines += ["", f"{t('talent-without-box')}: {len(grid.without_box)}"]
    lines += [f"  - {_not_placed(n, texts)}" for n in grid.without_box]
    return "\n".join(lines) + "\n"


def _counts(grid: TalentGrid, texts: TalentTexts) -> list[str]:
    """The 3×3 grid of box numbers and counts, performance rows × potential columns."""
    t = texts.label
    head = [f"{t('talent-performance')} \\ {t('talent-potential')}"]
    head += [texts.potential_name(code) for code in texts.columns]
    table = [head]
    for row in texts.rows:
        cells = [texts.performance_name(row)]
        for column in texts.columns:
            box = texts.box_at(row, column)
            cells.append(f"[{box}] {texts.people(grid.count(box))}")
        table.append(cells)
    widths = [max(len(line[i]) for line in table) for i in range(len(head))]
    return [
        "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in table
    ]


def _official(official: PlacedOfficial, texts: TalentTexts) -> str:
    parts = [official.name or "-"]
    if official.nip:
        parts[0] += f" ({official.nip})"
    parts += [p for p in (official.position_title, official.unit) if p]
    parts.append(f"JPM {decimal_text(official.jpm, texts.lang)}")
    parts.append(official.rating)
    return for_terminal(", ".join(parts))


def _not_placed(item: NotPlaced, texts: TalentTexts) -> str:
    who = item.name or "-"
    if item.nip:
        who += f" ({item.nip})"
    row = texts.label("talent-col-row")
    return for_terminal(f"{row} {item.row}: {who}: {item.message} [{item.reason}]")


__all__ = ["grid_text"]
