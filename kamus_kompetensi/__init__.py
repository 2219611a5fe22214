"""kamus-kompetensi: the ASN competency dictionary (Permenpan RB 38/2017) as a library.

>>> import kamus_kompetensi as kk
>>> d = kk.load_dictionary()
>>> d.get_competency("integritas").official_code
'M.01'
"""

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
from kamus_kompetensi.loader import check_file, load_dictionary, validate_paths
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

__version__ = "0.1.0"

__all__ = [
    "Assessment",
    "AssessmentResult",
    "Band",
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
    "Position",
    "PositionKind",
    "PositionLevel",
    "Problem",
    "ProblemsError",
    "Provenance",
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
    "check_file",
    "dictionary_schema",
    "language",
    "load_dictionary",
    "parse_level",
    "readiness",
    "scorer_for",
    "validate_paths",
]
