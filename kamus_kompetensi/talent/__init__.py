"""The talent box (kotak talenta, nine-box) of Permenpan RB 3/2020, from check results.

* :mod:`~kamus_kompetensi.talent.placement`: one official's box (:func:`talent_box`);
* :mod:`~kamus_kompetensi.talent.grid`: every official of a check in the 3×3 grid, the
  succession pool and the officials without a box;
* :mod:`~kamus_kompetensi.talent.render`: the grid as text, JSON, HTML or XLSX.

Only the placement is imported here: the batch row checker uses it, and the grid reads
batch results, so importing the grid from here would make the two packages import each
other.
"""

from kamus_kompetensi.talent.placement import TalentPlacement, place, talent_box

__all__ = ["TalentPlacement", "place", "talent_box"]
