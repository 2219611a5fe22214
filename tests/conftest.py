"""Shared fixtures: the shipped dictionary and paths to example files."""

from __future__ import annotations

from pathlib import Path

import pytest

import kamus_kompetensi as kk

EXAMPLES = Path(__file__).parent / "examples"
#: The nine national competencies in official order, written out by hand (not read from data).
NATIONAL_CODES = (
    "integritas",
    "kerjasama",
    "komunikasi",
    "orientasi_hasil",
    "pelayanan_publik",
    "pengembangan_diri",
    "mengelola_perubahan",
    "pengambilan_keputusan",
    "perekat_bangsa",
)


@pytest.fixture(scope="session")
def nasional() -> kk.Dictionary:
    """The shipped national dictionary (loaded once per test session)."""
    return kk.load_dictionary()


@pytest.fixture(autouse=True)
def _indonesian_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests see the documented default language whatever the developer's shell says."""
    monkeypatch.delenv("KAMUS_LANG", raising=False)
