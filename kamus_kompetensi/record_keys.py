"""The flat keys every consumer of results uses, named in one place.

The JSON report, :meth:`~kamus_kompetensi.scoring.AssessmentResult.to_record`,
``BatchReport.to_records()``, the CSV/XLSX column keys and the DataFrame engine all name a
checked official's values with these keys: stable, English, lower-case snake_case, safe as
SQL column names. A new key is added here and nowhere else.

>>> competency_keys("integritas")
('integritas_required', 'integritas_attained', 'integritas_gap')
>>> record_keys(("integritas",))[-3:]
('integritas_required', 'integritas_attained', 'integritas_gap')
"""

from __future__ import annotations

from collections.abc import Iterable

ROW = "row"
NIP = "nip"
NAME = "name"
POSITION_TITLE = "position_title"
UNIT = "unit"
PERFORMANCE_RATING = "performance_rating"
LEADERSHIP_TRAINING = "leadership_training"
POSITION_LEVEL = "position_level"
POSITION = "position"
POLICY = "policy"
JPM = "jpm"
BAND = "band"
BAND_NAME = "band_name"
MEETS_STANDARD = "meets_standard"
ASSESSED_ON = "assessed_on"
VALID_UNTIL = "valid_until"
#: The talent box of a row whose input has a performance rating (CSV/XLSX columns; the
#: JSON report carries the whole placement as ``talent``). Not in the flat records of
#: :func:`record_keys`: the column engine of ``check_frame`` does not place talent.
TALENT_BOX = "talent_box"
TALENT_LABEL = "talent_label"

#: Who the row is about, as read from the input.
IDENTITY_KEYS = (ROW, NIP, NAME, POSITION_TITLE, UNIT)
#: Other input columns that later steps read (development plans, talent box); kept on each
#: checked row in ``OfficialResult.details`` under these keys when the input has them.
DETAIL_KEYS = (POSITION_TITLE, UNIT, PERFORMANCE_RATING, LEADERSHIP_TRAINING)
#: The outcome of the check.
RESULT_KEYS = (
    POSITION_LEVEL,
    POSITION,
    POLICY,
    JPM,
    BAND,
    BAND_NAME,
    MEETS_STANDARD,
    ASSESSED_ON,
    VALID_UNTIL,
)
REQUIRED_SUFFIX, ATTAINED_SUFFIX, GAP_SUFFIX = "_required", "_attained", "_gap"


def competency_keys(code: str) -> tuple[str, str, str]:
    """The required, attained and gap keys of one competency."""
    return (code + REQUIRED_SUFFIX, code + ATTAINED_SUFFIX, code + GAP_SUFFIX)


def record_keys(codes: Iterable[str]) -> tuple[str, ...]:
    """Every key of a flat record, in order, for competencies ``codes``."""
    per_competency = tuple(key for code in codes for key in competency_keys(code))
    return (
        *IDENTITY_KEYS,
        *(k for k in DETAIL_KEYS if k not in IDENTITY_KEYS),
        *RESULT_KEYS,
        *per_competency,
    )


__all__ = [
    "DETAIL_KEYS",
    "IDENTITY_KEYS",
    "RESULT_KEYS",
    "TALENT_BOX",
    "TALENT_LABEL",
    "competency_keys",
    "record_keys",
]
