"""Normalising what users type for codes, names and column headers.

"Orientasi Pada Hasil", "orientasi_pada_hasil" and " ORIENTASI  pada-hasil " are one key;
official codes "M.01", "M.1", "m01" and "M 01" are one key. Matching is case-, space-,
hyphen- and underscore-insensitive everywhere (API, CLI, spreadsheet headers).
"""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s_\-]+")
_SPACES = re.compile(r"\s+")
# An official code as people write it: letters, at most one separator ("M.01", "M 01",
# "M-01", "M01", "M. 01"), at most one leading zero. Checked before separators are
# folded, so "M.-1" or "M.00001" are not codes (they used to fold into "M.1").
_OFFICIAL = re.compile(r"^([a-z]+)(?:\.\s?|[\s_-])?0?(\d{1,2})$")


def normalise_key(text: str) -> str:
    """Case-fold and fold separators; leading zeros of official codes are dropped.

    >>> normalise_key("  Orientasi_Pada-Hasil ")
    'orientasi pada hasil'
    >>> normalise_key("M.01") == normalise_key("m1") == normalise_key("M 01")
    True
    """
    folded = _SPACES.sub(" ", unicodedata.normalize("NFKC", text).casefold().strip())
    match = _OFFICIAL.match(folded)
    if match:
        return f"{match.group(1)}.{int(match.group(2))}"
    return _SEPARATORS.sub(" ", folded).strip()
