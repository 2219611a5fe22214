"""Text made safe to print on a terminal.

Cell values, header names, file names and dictionary text reach stderr (error lines) and
stdout (``show``). A terminal acts on some characters instead of showing them: ESC starts
a control sequence (clear the screen, set the window title, an OSC 8 hyperlink), the C1
controls U+0080–U+009F do the same in one character on many terminals, a carriage return
lets the rest of the line overwrite what came before, and bidirectional overrides show
text in another order than it is. :func:`for_terminal` removes all of these, with the
control characters the reports already strip (:func:`~kamus_kompetensi.report.cells.strip_control`),
so a value looks the same on screen as in the report.
"""

from __future__ import annotations

import re

from kamus_kompetensi.report.cells import strip_control

# What strip_control keeps or does not cover: CR, the C1 controls, bidirectional marks,
# embeddings, overrides and isolates, and the Unicode line and paragraph separators.
_MORE = re.compile("[\r\x80-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def for_terminal(value: object, *, lines: bool = False) -> str:
    """``value`` as text that a terminal shows and never acts on.

    Newlines are kept only with ``lines`` (text meant to span lines); otherwise each
    becomes a space, so one message stays one line. Tabs are kept.

    >>> for_terminal("Budi\\x1b]0;judul\\x07\\x9b2J\\r\\u202eSari")
    'Budi]0;judul2JSari'
    >>> for_terminal("Ani\\nSari"), for_terminal("a\\nb", lines=True)
    ('Ani Sari', 'a\\nb')
    """
    text = value if isinstance(value, str) else str(value)
    if text.isprintable():
        return text  # the common case, decided in C
    text = _MORE.sub("", strip_control(text))
    return text if lines else text.replace("\n", " ")


__all__ = ["for_terminal"]
