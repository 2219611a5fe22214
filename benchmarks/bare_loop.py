"""The bare stdlib loop every batch benchmark compares against.

``csv.reader`` in; per row, JPM as ``sum(float levels) / (standard level × 9) × 100``
formatted with 2 decimals; ``csv.writer`` out with two columns (nip, jpm). No checking, no
rounding rules, no report: a floor that no real tool reaches, measured on the same file in
the same run so that machine noise cancels out of the ratio.

    python benchmarks/bare_loop.py IN.csv OUT.csv      # prints the seconds it took
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

#: Standard level per echelon of the synthetic files (national standards, UU 5/2014 Pasal 131).
REQUIRED = {"II.a": 4, "III.a": 3, "III.b": 3, "IV.a": 2, "IV.b": 2, "V.a": 1}
FIRST_SCORE, ECHELON = 5, 4  # column indexes in the synthetic files


def bare_loop(source: Path, target: Path) -> int:
    """Read ``source``, write nip and JPM to ``target``; the number of rows."""
    rows = 0
    with (
        source.open(encoding="utf-8", newline="") as handle,
        target.open("w", encoding="utf-8", newline="") as out,
    ):
        reader = csv.reader(handle, delimiter=";")
        writer = csv.writer(out, delimiter=";")
        next(reader)
        writer.writerow(["nip", "jpm"])
        for cells in reader:
            levels = [float(c.replace(",", ".")) for c in cells[FIRST_SCORE:]]
            jpm = sum(levels) / (REQUIRED[cells[ECHELON]] * 9) * 100
            writer.writerow([cells[0], f"{jpm:.2f}"])
            rows += 1
    return rows


if __name__ == "__main__":
    started = time.perf_counter()
    count = bare_loop(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{time.perf_counter() - started:.4f} {count}")
