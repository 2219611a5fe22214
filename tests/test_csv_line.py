"""The CSV report's fast line writer against csv.writer itself."""

from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from kamus_kompetensi.report.csv_report import _line

# Mostly plain cells, with the characters that decide quoting mixed in often.
CELL = st.text(alphabet=st.sampled_from('ab 3,5;-"\r\n\t→é'), max_size=8)


def _written(cells: list[str], delimiter: str) -> str:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerow(cells)
    return out.getvalue()


@settings(max_examples=500, deadline=None)
@given(
    cells=st.lists(CELL, max_size=8),
    delimiter=st.sampled_from([";", ","]),
    tail=st.sampled_from([0, 1, 2]),
)
def test_line_is_what_csv_writer_writes(cells: list[str], delimiter: str, tail: int) -> None:
    line = _line(cells, delimiter, tail)
    if line is not None:
        assert line == _written(cells, delimiter)


def test_typical_rows_take_the_fast_path() -> None:
    indonesian = ["2", "196501011990011001", "Budi", "4", "3,5", "-0,5", "a; b", "w1, w2"]
    assert _line(indonesian, ";", 2) == _written(indonesian, ";")
    english = ["2", "196501011990011001", "Budi", "4", "3.5", "-0.5", "a; b", "w1, w2"]
    assert _line(english, ",", 2) == _written(english, ",")
    assert _line(["", "x"], ";", 0) == ";x\r\n"


def test_cells_that_need_quoting_are_left_to_the_writer() -> None:
    assert _line(["a;b", "c", "d"], ";", 1) is None
    assert _line(['a"', "c", "d"], ";", 1) is None
    assert _line(["a\nb", "c", "d"], ";", 1) is None
    assert _line([""], ";", 0) is None  # csv.writer writes '""' for a lone empty cell
