"""What every HTML page of this library starts with, and how it writes a text.

The pages (the check report, the booklet, plans and needs, training, the talent grid)
are self-contained: one document, the CSS inline, no scripts and no external assets, so
a page can be mailed, archived and printed as it is. Every text from the input or a
dictionary is escaped with :func:`escaped`, since names and titles may contain markup.
"""

from __future__ import annotations

import re
from html import escape


def escaped(value: object) -> str:
    """Escaped text; ``None`` and ``""`` as a dash (an empty table cell reads as missing).

    >>> escaped('<b>"A&B"</b>'), escaped(None), escaped("")
    ('&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;', '-', '-')
    """
    return "-" if value is None or value == "" else escape(str(value), quote=True)


def css_string(text: str) -> str:
    """``text`` as a CSS string literal (a page footer's words in ``@page`` rules): quotes
    and backslashes escaped, ``<`` too so nothing can close the ``<style>``, white space
    folded.

    >>> print(css_string('Kata "a"  <b>'))
    "Kata \\"a\\" \\3c b>"
    """
    quoted = text.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ")
    return '"' + re.sub(r"\s+", " ", quoted) + '"'


def page_head(lang: str, title: str, css: str, *, viewport: bool = False) -> str:
    """The document up to ``</head>``: ``title`` already escaped, ``css`` inlined."""
    meta = '<meta name="viewport" content="width=device-width, initial-scale=1">'
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"{meta if viewport else ''}<title>{title}</title><style>{css}</style></head>"
    )


__all__ = ["css_string", "escaped", "page_head"]
