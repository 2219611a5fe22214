"""Competency development: plans per official and the agency's needs inventory.

Both are functions of check results and the dictionary (PP 11/2017 as amended by PP
17/2020, Pasal 205–206); :mod:`~kamus_kompetensi.development.source` opens what the
``plan`` and ``needs`` commands are given (an assessment file or a saved JSON report),
and the ``*_report`` modules render. Nothing here scores anyone except through
:func:`~kamus_kompetensi.scoring.readiness` for a target position.
"""

from kamus_kompetensi.development.catalogue import Activity
from kamus_kompetensi.development.leadership import Completed, canonical, parse_completed
from kamus_kompetensi.development.needs import CompetencyNeeds, NeedsInventory, needs_inventory
from kamus_kompetensi.development.plan import (
    DevelopmentPlan,
    Indicator,
    LeadershipNeed,
    OfficialPlan,
    PlanItem,
    Target,
    development_plan,
)

__all__ = [
    "Activity",
    "CompetencyNeeds",
    "Completed",
    "DevelopmentPlan",
    "Indicator",
    "LeadershipNeed",
    "NeedsInventory",
    "OfficialPlan",
    "PlanItem",
    "Target",
    "canonical",
    "development_plan",
    "needs_inventory",
    "parse_completed",
]
