"""Training hours (jam pelajaran): each official's year of competency development
against the yearly minimum of the dictionary's training policy.

* :mod:`~kamus_kompetensi.training.durations`: JP, hours and minutes → exact hundredths
  of a minute;
* :mod:`~kamus_kompetensi.training.records`: a records table's columns, and one row → one
  record or its errors;
* :mod:`~kamus_kompetensi.training.staff`: the staff list (who is owed the hours);
* :mod:`~kamus_kompetensi.training.compliance`: the run (:func:`training_compliance`);
* :mod:`~kamus_kompetensi.training.results`: the plain result records;
* :mod:`~kamus_kompetensi.training.report`: the renderers (text, CSV, XLSX, JSON, HTML).
"""

from kamus_kompetensi.training.compliance import requirement_of, training_compliance
from kamus_kompetensi.training.results import (
    Activity,
    OfficialTraining,
    Requirement,
    TrainingReport,
    TrainingSummary,
)

__all__ = [
    "Activity",
    "OfficialTraining",
    "Requirement",
    "TrainingReport",
    "TrainingSummary",
    "requirement_of",
    "training_compliance",
]
