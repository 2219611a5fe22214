"""A radar (spider) chart as inline SVG: required and attained level per competency.

Plain SVG 1.1 with presentation attributes only, so it renders the same inside the HTML
report, when printed, and in any viewer without CSS or JavaScript. Axes start at the top
and go clockwise in the order given; rings mark levels 1–5. All text is escaped here.
Coordinates are floats rounded to 0.1 px: this is drawing, not scoring.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from html import escape

MAX_LEVEL = 5
REQUIRED_COLOR = "#7f7f7f"
ATTAINED_COLOR = "#1f5fa8"


@dataclass(frozen=True)
class RadarAxis:
    """One spoke: its label (an official code such as ``M.01``) and the two values."""

    label: str
    required: int | Decimal
    attained: Decimal


def _point(index: int, count: int, value: float, centre: float, radius: float) -> str:
    angle = -math.pi / 2 + 2 * math.pi * index / count
    scale = radius * max(0.0, min(float(MAX_LEVEL), value)) / MAX_LEVEL
    return f"{centre + scale * math.cos(angle):.1f},{centre + scale * math.sin(angle):.1f}"


def _polygon(values: Sequence[float], centre: float, radius: float, **attrs: str) -> str:
    points = " ".join(_point(i, len(values), v, centre, radius) for i, v in enumerate(values))
    extra = " ".join(f'{k.rstrip("_").replace("_", "-")}="{escape(v)}"' for k, v in attrs.items())
    return f'<polygon points="{points}" {extra}/>'


def _label(index: int, count: int, text: str, centre: float, radius: float) -> str:
    angle = -math.pi / 2 + 2 * math.pi * index / count
    x = centre + (radius + 14) * math.cos(angle)
    y = centre + (radius + 14) * math.sin(angle) + 4
    cos = math.cos(angle)
    anchor = "middle" if abs(cos) < 0.3 else ("start" if cos > 0 else "end")
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="11" '
        f'fill="#222">{escape(text)}</text>'
    )


def radar_svg(
    axes: Sequence[RadarAxis],
    *,
    title: str,
    required_label: str,
    attained_label: str,
    size: int = 320,
) -> str:
    """The chart as an ``<svg>`` element (a string), ``size`` pixels square plus a legend."""
    count = max(len(axes), 1)
    centre, radius = size / 2, size * 0.36
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="radar" width="{size}" '
        f'height="{size + 24}" viewBox="0 0 {size} {size + 24}" role="img">',
        f"<title>{escape(title)}</title>",
    ]
    for ring in range(1, MAX_LEVEL + 1):
        parts.append(
            _polygon(
                [float(ring)] * count, centre, radius, fill="none", stroke="#d0d0d0", class_="ring"
            )
        )
        parts.append(
            f'<text x="{centre + 2:.1f}" y="{centre - radius * ring / MAX_LEVEL - 2:.1f}" '
            f'font-size="8" fill="#999">{ring}</text>'
        )
    for index, axis in enumerate(axes):
        end = _point(index, count, float(MAX_LEVEL), centre, radius)
        parts.append(
            f'<line x1="{centre:.1f}" y1="{centre:.1f}" x2="{end.split(",")[0]}" '
            f'y2="{end.split(",")[1]}" stroke="#d0d0d0"/>'
        )
        parts.append(_label(index, count, axis.label, centre, radius))
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
    parts.append(_legend(size, required_label, attained_label))
    parts.append("</svg>")
    return "".join(parts)


def _legend(size: int, required_label: str, attained_label: str) -> str:
    y = size + 14
    return (
        f'<line x1="10" y1="{y - 4}" x2="34" y2="{y - 4}" stroke="{REQUIRED_COLOR}" '
        f'stroke-width="2" stroke-dasharray="5 3"/>'
        f'<text x="40" y="{y}" font-size="11" fill="#222">{escape(required_label)}</text>'
        f'<rect x="{size / 2:.0f}" y="{y - 10}" width="24" height="10" fill="{ATTAINED_COLOR}" '
        f'fill-opacity="0.25" stroke="{ATTAINED_COLOR}"/>'
        f'<text x="{size / 2 + 30:.0f}" y="{y}" font-size="11" fill="#222">'
        f"{escape(attained_label)}</text>"
    )
