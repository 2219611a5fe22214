"""kamus-kompetensi: the ASN competency dictionary (Permenpan RB 38/2017) as a library.

>>> import kamus_kompetensi as kk
>>> d = kk.load_dictionary()
>>> d.get_competency("integritas").official_code
'M.01'

The names here are the public, stable API (``docs/api.md``); everything else is
importable from its module (models from :mod:`kamus_kompetensi.models`, the exception
subclasses from :mod:`kamus_kompetensi.errors`, …).
"""

from typing import TYPE_CHECKING, Any

from kamus_kompetensi.dictionary import Dictionary
from kamus_kompetensi.errors import (
    DictionaryError,
    InputError,
    KamusError,
    ScoreError,
    UnknownCodeError,
)
from kamus_kompetensi.i18n import language
from kamus_kompetensi.loader import check_dictionary, load_dictionary, validate_paths

if TYPE_CHECKING:
    from kamus_kompetensi.batch import (
        BatchReport,
        OfficialResult,
        check_file,
        check_rows,
        iter_outcomes,
    )
    from kamus_kompetensi.development import development_plan, needs_inventory
    from kamus_kompetensi.issues import RowIssue
    from kamus_kompetensi.report import render
    from kamus_kompetensi.scoring import (
        POLICY_PEMETAAN,
        POLICY_SELEKSI,
        Assessment,
        AssessmentResult,
        check,
        readiness,
    )
    from kamus_kompetensi.talent import talent_box
    from kamus_kompetensi.training import TrainingReport, training_compliance

# Loaded on first use (PEP 562), so ``import kamus_kompetensi; load_dictionary()`` does not
# pay for scoring, batch and report code it does not run.
_LAZY = {
    "RowIssue": "kamus_kompetensi.issues",
    "render": "kamus_kompetensi.report",
    "talent_box": "kamus_kompetensi.talent",
    "development_plan": "kamus_kompetensi.development",
    "needs_inventory": "kamus_kompetensi.development",
    **dict.fromkeys(
        (
            "POLICY_PEMETAAN",
            "POLICY_SELEKSI",
            "Assessment",
            "AssessmentResult",
            "check",
            "readiness",
        ),
        "kamus_kompetensi.scoring",
    ),
    **dict.fromkeys(
        ("BatchReport", "OfficialResult", "check_file", "check_rows", "iter_outcomes"),
        "kamus_kompetensi.batch",
    ),
    **dict.fromkeys(("TrainingReport", "training_compliance"), "kamus_kompetensi.training"),
}


def __getattr__(name: str) -> Any:
    if name == "__version__":  # from the package metadata, written once in pyproject.toml
        from kamus_kompetensi.version import library_version

        return library_version()
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'kamus_kompetensi' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY) | {"__version__"})


__all__ = [
    "POLICY_PEMETAAN",
    "POLICY_SELEKSI",
    "Assessment",
    "AssessmentResult",
    "BatchReport",
    "Dictionary",
    "DictionaryError",
    "InputError",
    "KamusError",
    "OfficialResult",
    "RowIssue",
    "ScoreError",
    "TrainingReport",
    "UnknownCodeError",
    "__version__",
    "check",
    "check_dictionary",
    "check_file",
    "check_rows",
    "development_plan",
    "iter_outcomes",
    "language",
    "load_dictionary",
    "needs_inventory",
    "readiness",
    "render",
    "talent_box",
    "training_compliance",
    "validate_paths",
]
