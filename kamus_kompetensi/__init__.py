"""kamus-kompetensi: the ASN competency dictionary (Permenpan RB 38/2017) as a library.

>>> import kamus_kompetensi as kk
>>> d = kk.load_dictionary()
>>> d.get_competency("integritas").official_code
'M.01'
"""

from typing import TYPE_CHECKING, Any

from kamus_kompetensi.dictionary import Dictionary, FileProvenance
from kamus_kompetensi.errors import (
    DictionaryError,
    InputError,
    KamusError,
    Location,
    Problem,
    ProblemsError,
    ScoreError,
    StandardNotDefinedError,
    UnknownCodeError,
    UnknownCompetencyError,
    UnknownEchelonError,
    UnknownPolicyError,
    UnknownPositionError,
    UnknownPositionLevelError,
)
from kamus_kompetensi.i18n import language
from kamus_kompetensi.loader import check_dictionary, load_dictionary, validate_paths
from kamus_kompetensi.models import (
    Band,
    Cap,
    Competency,
    CompetencyGroup,
    Confidence,
    DictionaryInfo,
    Indicator,
    Level,
    Position,
    PositionKind,
    PositionLevel,
    ScoringPolicy,
    Source,
    Standard,
)

if TYPE_CHECKING:
    from kamus_kompetensi.batch import BatchRun, check_file, check_rows, iter_outcomes
    from kamus_kompetensi.outcomes import BatchReport, BatchSummary, OfficialResult, RowIssue
    from kamus_kompetensi.schema import dictionary_schema
    from kamus_kompetensi.scoring import (
        Assessment,
        AssessmentResult,
        CompetencyResult,
        DevelopmentNeed,
        Provenance,
        Scorer,
        check,
        parse_level,
        readiness,
        scorer_for,
    )

# Loaded on first use (PEP 562), so ``import kamus_kompetensi; load_dictionary()`` does not
# pay for scoring, batch and report code it does not run.
_LAZY = {
    "dictionary_schema": "kamus_kompetensi.schema",
    **dict.fromkeys(
        (
            "Assessment",
            "AssessmentResult",
            "CompetencyResult",
            "DevelopmentNeed",
            "Provenance",
            "Scorer",
            "check",
            "parse_level",
            "readiness",
            "scorer_for",
        ),
        "kamus_kompetensi.scoring",
    ),
    **dict.fromkeys(
        ("BatchRun", "check_file", "check_rows", "iter_outcomes"), "kamus_kompetensi.batch"
    ),
    **dict.fromkeys(
        ("BatchReport", "BatchSummary", "OfficialResult", "RowIssue"), "kamus_kompetensi.outcomes"
    ),
}


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'kamus_kompetensi' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__version__ = "0.1.0"


__all__ = [
    "Assessment",
    "AssessmentResult",
    "Band",
    "BatchReport",
    "BatchRun",
    "BatchSummary",
    "Cap",
    "Competency",
    "CompetencyGroup",
    "CompetencyResult",
    "Confidence",
    "DevelopmentNeed",
    "Dictionary",
    "DictionaryError",
    "DictionaryInfo",
    "FileProvenance",
    "Indicator",
    "InputError",
    "KamusError",
    "Level",
    "Location",
    "OfficialResult",
    "Position",
    "PositionKind",
    "PositionLevel",
    "Problem",
    "ProblemsError",
    "Provenance",
    "RowIssue",
    "ScoreError",
    "Scorer",
    "ScoringPolicy",
    "Source",
    "Standard",
    "StandardNotDefinedError",
    "UnknownCodeError",
    "UnknownCompetencyError",
    "UnknownEchelonError",
    "UnknownPolicyError",
    "UnknownPositionError",
    "UnknownPositionLevelError",
    "__version__",
    "check",
    "check_dictionary",
    "check_file",
    "check_rows",
    "dictionary_schema",
    "iter_outcomes",
    "language",
    "load_dictionary",
    "parse_level",
    "readiness",
    "scorer_for",
    "validate_paths",
]
