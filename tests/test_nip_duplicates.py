"""The duplicate-NIP pass and its shortcut: the byte-level check that a CSV file has
nothing for the pass to find must never hide a duplicate the pass would find."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kamus_kompetensi.nip_duplicates import (
    duplicate_nips,
    plain_csv_column,
    plain_nips_distinct,
)

A, B, C = "196711101992031001", "198703152010011002", "199001012015032003"


def write(path: Path, lines: list[str], newline: str = "\n", end: str = "\n") -> Path:
    path.write_bytes((newline.join(["nama;nip;eselon", *lines]) + end).encode())
    return path


def exact(path: Path) -> dict[int, tuple[int, ...]]:
    """What the full pass finds (column 1 of the files written here)."""
    cells = plain_csv_column(path, "utf-8-sig", ";", 1)
    assert cells is not None
    return duplicate_nips(cells)


@pytest.mark.parametrize(("newline", "end"), [("\n", "\n"), ("\r\n", "\r\n"), ("\n", "")])
def test_distinct_plain_nips_are_recognised(tmp_path: Path, newline: str, end: str) -> None:
    path = write(tmp_path / "a.csv", [f"x;{A};II.a", "", f"y;{B};III.a", "z;;IV.a", "w"],
                 newline, end)  # fmt: skip
    assert plain_nips_distinct(path, ";", 1)
    assert exact(path) == {}


@pytest.mark.parametrize(
    "nips",
    [
        [A, B, A],  # a duplicate
        [A, B[:9] + " " + B[9:], B],  # a space inside: the pass removes it, then they match
        [A, "1967.11.10"],  # not 18 digits
        [A, f'"{B}"'],  # a quote: lines may not be records
        [A, B + "\r"],  # a stray carriage return inside the cell
    ],
)
def test_anything_else_asks_for_the_full_pass(tmp_path: Path, nips: list[str]) -> None:
    path = write(tmp_path / "a.csv", [f"x;{nip};II.a" for nip in nips])
    assert not plain_nips_distinct(path, ";", 1)


def test_blocks_larger_than_the_read_size(tmp_path: Path) -> None:
    lines = [f"Pegawai {i};{1967_0000_0000_000000 + i:018d};II.a" for i in range(400_000)]
    path = write(tmp_path / "big.csv", lines)
    assert path.stat().st_size > 8 << 20  # more than one block, lines cut between blocks
    assert plain_nips_distinct(path, ";", 1)
    lines.append(lines[3])
    path = write(tmp_path / "big.csv", lines)
    assert not plain_nips_distinct(path, ";", 1)


CELLS = st.sampled_from([A, B, C, "", A[:17], f"{A[:4]} {A[4:]}", "x", "0" * 18])


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(nips=st.lists(CELLS, max_size=12), newline=st.sampled_from(["\n", "\r\n"]))
def test_the_shortcut_never_hides_a_duplicate(
    tmp_path: Path, nips: list[str], newline: str
) -> None:
    path = write(tmp_path / "p.csv", [f"n;{nip};II.a" for nip in nips], newline)
    if plain_nips_distinct(path, ";", 1):
        assert exact(path) == {}
    elif all((len(n) in (0, 18) and n.isdigit()) or not n for n in nips):
        assert exact(path) != {}  # plain NIPs: only a real duplicate says "look closer"
