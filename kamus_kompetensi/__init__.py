"""kamus-kompetensi: the ASN competency dictionary (Permenpan RB 38/2017) as a library.

>>> import kamus_kompetensi as kk
>>> d = kk.load_dictionary()
>>> d.get_competency("integritas").official_code
'M.01'

``check_file`` has two forms, told apart by the first argument: ``check_file(path)``
validates a dictionary file and returns ``(dictionary, problems)``; ``check_file(d, path,
policy=...)`` checks a file of assessment results and returns a :class:`BatchReport`.
"""

import os
from typing import Any, overload

from kamus_kompetensi import batch as _batch
from kamus_kompetensi import loader as _loader
from kamus_kompetensi.batch import BatchRun, check_rows, iter_outcomes
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
from kamus_kompetensi.loader import load_dictionary, validate_paths
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

__version__ = "0.1.0"


@overload
def check_file(
    path: str | os.PathLike[str],
    *,
    lang: str | None = None,
    allow_outside: bool = False,
    thorough: bool = False,
) -> tuple[Dictionary | None, list[Problem]]: ...


@overload
def check_file(
    dictionary: Dictionary,
    path: str | os.PathLike[str],
    *,
    policy: ScoringPolicy | str = ...,
    sheet: str | None = None,
    fmt: str | None = None,
    mask_nip: bool = False,
) -> BatchReport: ...


def check_file(*args: Any, **kwargs: Any) -> Any:
    """Validate a dictionary file (``check_file(path)``, see
    :func:`kamus_kompetensi.loader.check_file`) or check a file of assessment results
    (``check_file(d, path, policy=...)``, see :func:`kamus_kompetensi.batch.check_file`).

    One name, two jobs, because both existing callers and the batch issue use it; the
    first argument's type decides, so neither form can be mistaken for the other.
    """
    if args and isinstance(args[0], Dictionary):
        return _batch.check_file(*args, **kwargs)
    return _loader.check_file(*args, **kwargs)


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
