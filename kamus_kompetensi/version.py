"""The library's version, read from the installed package's metadata (written once, in
``pyproject.toml``)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def library_version() -> str:
    """The installed version of kamus-kompetensi (``0+unknown`` when run from a bare tree)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kamus-kompetensi")
    except PackageNotFoundError:  # pragma: no cover - only a source tree that was never installed
        return "0+unknown"
