"""Checking an official's attained levels against the standard of a position.

``Assessment`` in, plain ``AssessmentResult`` out. One concern per module:

* :mod:`~kamus_kompetensi.scoring.levels`: text and numbers → exact hundredths of a level;
* :mod:`~kamus_kompetensi.scoring.assessment`: the input of a check, validated;
* :mod:`~kamus_kompetensi.scoring.results`: the plain result values;
* :mod:`~kamus_kompetensi.scoring.scorer`: the arithmetic and the public calls.
"""

from kamus_kompetensi.scoring.assessment import (
    Assessment,
    parse_assessed_on,
    plausible_assessment_date,
    scores_from_text,
)
from kamus_kompetensi.scoring.levels import level_decimal, level_hundredths, parse_level
from kamus_kompetensi.scoring.results import (
    AssessmentResult,
    CompetencyResult,
    DevelopmentNeed,
    Provenance,
    valid_until,
)
from kamus_kompetensi.scoring.scorer import (
    DEFAULT_POLICY,
    POLICY_PEMETAAN,
    POLICY_SELEKSI,
    check,
    policy_of,
    provenance_of,
    readiness,
    score,
    standard_of,
)

__all__ = [
    "DEFAULT_POLICY",
    "POLICY_PEMETAAN",
    "POLICY_SELEKSI",
    "Assessment",
    "AssessmentResult",
    "CompetencyResult",
    "DevelopmentNeed",
    "Provenance",
    "check",
    "level_decimal",
    "level_hundredths",
    "parse_assessed_on",
    "parse_level",
    "plausible_assessment_date",
    "policy_of",
    "provenance_of",
    "readiness",
    "score",
    "scores_from_text",
    "standard_of",
    "valid_until",
]
