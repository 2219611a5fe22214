"""A radar (spider) chart as inline SVG: required and attained level per competency.

Plain SVG 1.1 with presentation attributes only, so it renders the same inside the HTML
report, in the PDF (WeasyPrint draws SVG itself), when printed, and in any viewer without
CSS or JavaScript. Axes start at the top and go clockwise in the order given; rings mark
levels 1–5. Each axis is labelled with its official code and the competency's name,
wrapped onto a few short lines, so a reader does not need the table to read the chart.
Ring numbers sit on a white patch above the polygons, so neither polygon hides them.
All text is escaped here. Coordinates are floats rounded to 0.1 px: this is drawing, not
scoring.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from html import escape

MAX_LEVEL = 5
REQUIRED_COLOR = "#5a5a5a"
ATTAINED_COLOR = "#1f5fa8"
#: Text sizes in px: never below 10 (the chart is printed at its natural size).
LABEL_SIZE = 10
RING_SIZE = 10
#: Characters per line and lines of a competency's name beside its axis.
NAME_WIDTH = 14
NAME_LINES = 3
LINE_HEIGHT = 11.5


@dataclass(frozen=True)
class RadarAxis:
    """One spoke: its label (an official code such as ``M.01``), the two values, and the
    competency's name (shown under the code, wrapped; empty for none)."""

    label: str
    required: int | Decimal
    attained: Decimal
    name: str = ""


def _angle(index: int, count: int) -> float:
    return -math.pi / 2 + 2 * math.pi * index / count


def _xy(index: int, count: int, value: float, centre: tuple[float, float], radius: float) -> str:
    angle = _angle(index, count)
    scale = radius * max(0.0, min(float(MAX_LEVEL), value)) / MAX_LEVEL
    return f"{centre[0] + scale * math.cos(angle):.1f},{centre[1] + scale * math.sin(angle):.1f}"


def _polygon(
    values: Sequence[float], centre: tuple[float, float], radius: float, **attrs: str
) -> str:
    points = " ".join(_xy(i, len(values), v, centre, radius) for i, v in enumerate(values))
    extra = " ".join(f'{k.rstrip("_").replace("_", "-")}="{escape(v)}"' for k, v in attrs.items())
    return f'<polygon points="{points}" {extra}/>'


def name_lines(name: str) -> list[str]:
    """A competency's name on at most :data:`NAME_LINES` short lines (… when cut).

    >>> name_lines("Pengembangan Diri dan Orang Lain")
    ['Pengembangan', 'Diri dan Orang', 'Lain']
    """
    lines = textwrap.wrap(name, NAME_WIDTH, break_long_words=True, break_on_hyphens=True)
    if len(lines) > NAME_LINES:
        lines = [*lines[: NAME_LINES - 1], lines[NAME_LINES - 1][: NAME_WIDTH - 1] + "…"]
    return lines


def _label(
    index: int, count: int, axis: RadarAxis, centre: tuple[float, float], radius: float
) -> str:
    """The code (bold) and the name's lines at the end of an axis, placed so the block
    grows away from the chart: upward above it, downward below, sideways at the sides."""
    angle = _angle(index, count)
    cos, sin = math.cos(angle), math.sin(angle)
    x = centre[0] + (radius + 10) * cos
    y = centre[1] + (radius + 10) * sin
    anchor = "middle" if abs(cos) < 0.3 else ("start" if cos > 0 else "end")
    lines = [axis.label, *name_lines(axis.name)] if axis.name else [axis.label]
    height = (len(lines) - 1) * LINE_HEIGHT
    if sin < -0.3:  # above the chart: the last line sits at the axis end
        first = y - height
    elif sin > 0.3:  # below: the first line hangs under it
        first = y + LABEL_SIZE
    else:
        first = y - height / 2 + LABEL_SIZE / 2 - 1
    spans = []
    for number, line in enumerate(lines):
        weight = ' font-weight="bold"' if number == 0 else ""
        dy = "0" if number == 0 else f"{LINE_HEIGHT}"
        spans.append(f'<tspan x="{x:.1f}" dy="{dy}"{weight}>{escape(line)}</tspan>')
    return (
        f'<text class="axis-label" x="{x:.1f}" y="{first:.1f}" text-anchor="{anchor}" '
        f'font-size="{LABEL_SIZE}" fill="#1b1b1b">{"".join(spans)}</text>'
    )


def _ring_label(ring: int, centre: tuple[float, float], radius: float) -> str:
    """A ring's number beside the top axis, on a white patch drawn above the polygons."""
    x = centre[0] + 3
    y = centre[1] - radius * ring / MAX_LEVEL + RING_SIZE / 2 - 1
    return (
        f'<rect x="{x - 1:.1f}" y="{y - RING_SIZE + 1:.1f}" width="{RING_SIZE * 0.8:.1f}" '
        f'height="{RING_SIZE + 1}" fill="#ffffff" fill-opacity="0.85"/>'
        f'<text class="ring-label" x="{x:.1f}" y="{y:.1f}" font-size="{RING_SIZE}" '
        f'fill="#333333">{ring}</text>'
    )


def radar_svg(
    axes: Sequence[RadarAxis],
    *,
    title: str,
    required_label: str,
    attained_label: str,
    size: int = 320,
) -> str:
    """The chart as an ``<svg>`` element (a string): a ``size``-pixel-high drawing area,
    widened on both sides for the axis labels, plus a legend line under it."""
    count = max(len(axes), 1)
    margin = NAME_WIDTH * 6.5 if any(a.name for a in axes) else 30.0
    width = size + 2 * margin - 60
    centre, radius = (width / 2, size / 2), size * 0.32
    height = size + 24
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="radar" width="{width:.0f}" '
        f'height="{height}" viewBox="0 0 {width:.0f} {height}" role="img">',
        f"<title>{escape(title)}</title>",
    ]
    for ring in range(1, MAX_LEVEL + 1):
        parts.append(
            _polygon(
                [float(ring)] * count, centre, radius, fill="none", stroke="#c8c8c8", class_="ring"
            )
        )
    for index, axis in enumerate(axes):
        end = _xy(index, count, float(MAX_LEVEL), centre, radius).split(",")
        parts.append(
            f'<line x1="{centre[0]:.1f}" y1="{centre[1]:.1f}" x2="{end[0]}" y2="{end[1]}" '
            f'stroke="#c8c8c8"/>'
        )
        parts.append(_label(index, count, axis, centre, radius))
    parts.append(
        _polygon(
            [float(a.required) for a in axes],
            centre,
            radius,
            fill="none",
            stroke=REQUIRED_COLOR,
            stroke_width="2",
            stroke_dasharray="5 3",
            class_="required",
        )
    )
    parts.append(
        _polygon(
            [float(a.attained) for a in axes],
            centre,
            radius,
            fill=ATTAINED_COLOR,
            fill_opacity="0.25",
            stroke=ATTAINED_COLOR,
            stroke_width="2",
            class_="attained",
        )
    )
    parts += [_ring_label(ring, centre, radius) for ring in range(1, MAX_LEVEL + 1)]
    parts.append(_legend(width, size, required_label, attained_label))
    parts.append("</svg>")
    return "".join(parts)


def _legend(width: float, size: int, required_label: str, attained_label: str) -> str:
    y = size + 14
    left = width / 2 - 150
    return (
        f'<line x1="{left:.0f}" y1="{y - 4}" x2="{left + 24:.0f}" y2="{y - 4}" '
        f'stroke="{REQUIRED_COLOR}" stroke-width="2" stroke-dasharray="5 3"/>'
        f'<text x="{left + 30:.0f}" y="{y}" font-size="11" fill="#1b1b1b">'
        f"{escape(required_label)}</text>"
        f'<rect x="{left + 160:.0f}" y="{y - 10}" width="24" height="10" '
        f'fill="{ATTAINED_COLOR}" fill-opacity="0.25" stroke="{ATTAINED_COLOR}"/>'
        f'<text x="{left + 190:.0f}" y="{y}" font-size="11" fill="#1b1b1b">'
        f"{escape(attained_label)}</text>"
    )
