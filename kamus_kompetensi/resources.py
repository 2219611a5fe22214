"""Where the shipped data lives, both in an installed wheel and in a source checkout.

The wheel maps the top-level ``data/`` folder to ``kamus_kompetensi/data`` (hatchling
``force-include``). An editable install or a plain checkout has no such folder inside the
package, so we fall back to ``data/`` beside the package.

The package directory is found from ``__file__`` rather than ``importlib.resources``: the
data is read with ordinary file paths (YAML marks, ``extends`` resolution), which a zipped
package could not offer anyway, and ``importlib.resources`` alone costs several
milliseconds of every cold start (it imports ``tempfile``, ``shutil`` and ``zipfile``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

NATIONAL = "nasional"
_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def data_dir() -> Path:
    """The folder holding the shipped ``kamus/``, ``schema/``, ``contoh/`` and
    ``templates/`` files."""
    packaged = _PACKAGE / "data"
    return packaged if packaged.is_dir() else _PACKAGE.parent / "data"


def national_dictionary_path() -> Path:
    """The shipped national dictionary file."""
    return data_dir() / "kamus" / "nasional.yaml"
