"""Normalising what users type for codes, names and column headers.

"Orientasi Pada Hasil", "orientasi_pada_hasil" and " ORIENTASI  pada-hasil " are one key;
official codes "M.01", "M.1", "m01" and "M 01" are one key. Matching is case-, space-,
hyphen- and underscore-insensitive everywhere (API, CLI, spreadsheet headers).
"""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s_\-]+")
_OFFICIAL = re.compile(r"^([a-z]+)\s*\.?\s*0*(\d+)$")


def normalise_key(text: str) -> str:
    """Case-fold and fold separators; leading zeros of official codes are dropped.

    >>> normalise_key("  Orientasi_Pada-Hasil ")
    'orientasi pada hasil'
    >>> normalise_key("M.01") == normalise_key("m1") == normalise_key("M 01")
    True
    """
    folded = unicodedata.normalize("NFKC", text).casefold().strip()
    folded = _SEPARATORS.sub(" ", folded)
    match = _OFFICIAL.match(folded)
    if match:
        return f"{match.group(1)}.{int(match.group(2))}"
    return folded
