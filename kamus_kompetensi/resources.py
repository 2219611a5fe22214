"""Where the shipped data lives, both in an installed wheel and in a source checkout.

The wheel maps the top-level ``data/`` folder to ``kamus_kompetensi/data`` (hatchling
``force-include``). An editable install or a plain checkout has no such folder inside the
package, so we fall back to ``data/`` beside the package.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

NATIONAL = "nasional"


def data_dir() -> Path:
    """The folder holding the shipped ``kamus/``, ``schema/`` and ``contoh/`` files."""
    packaged = Path(str(resources.files("kamus_kompetensi"))) / "data"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "data"


def national_dictionary_path() -> Path:
    """The shipped national dictionary file."""
    return data_dir() / "kamus" / "nasional.yaml"
