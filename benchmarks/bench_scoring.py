"""Per-call cost of scoring one official: ``check()``, the ``Scorer`` core, and bare Python.

Prints the median of several repeats in microseconds per call and each one's ratio to a
bare-Python baseline (sum and divide the same numbers) measured in the same run, so the
numbers compare across machines. Never part of the test run's pass/fail.

    python benchmarks/bench_scoring.py [--repeat 7] [--number 20000]
"""

from __future__ import annotations

import argparse
import statistics
import timeit
from decimal import Decimal

import kamus_kompetensi as kk


def _median_us(stmt: object, number: int, repeat: int) -> float:
    times = timeit.repeat(stmt, number=number, repeat=repeat)  # type: ignore[arg-type]
    return statistics.median(times) / number * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--number", type=int, default=20_000)
    args = parser.parse_args()

    d = kk.load_dictionary()
    raw = ["4", "3.5", "3.25", "4", "4", "4", "3.5", "3", "3"]
    scores = dict(zip(d.national_codes, raw, strict=True))
    assessment = kk.Assessment(echelon="II.a", scores=scores)
    standard = d.standard_for("jpt_pratama")
    scorer = kk.scorer_for(d, standard, "seleksi")
    levels = tuple(Decimal(v) for v in raw)
    required = scorer.required
    floats = [float(v) for v in raw]

    def baseline() -> float:
        return sum(floats) / sum(required) * 100

    def core() -> object:
        return scorer.score(levels).jpm

    def core_with_parse() -> object:
        return scorer.score(tuple(map(kk.parse_level, raw))).jpm

    def check() -> object:
        return kk.check(d, assessment, policy="seleksi").jpm

    def check_full() -> object:
        return kk.check(d, assessment, policy="seleksi").to_dict()

    n, r = args.number, args.repeat
    rows = [
        ("bare Python (float sum/divide)", _median_us(baseline, n, r)),
        ("Scorer.score (parsed levels)", _median_us(core, n, r)),
        ("Scorer.score + parse_level x9", _median_us(core_with_parse, n, r)),
        ("check() (Assessment built once)", _median_us(check, n // 4, r)),
        ("check().to_dict()", _median_us(check_full, n // 10, r)),
    ]
    base = rows[0][1]
    print(f"{'':34} {'µs/call':>9} {'x baseline':>11} {'calls/s':>11}")
    for label, us in rows:
        print(f"{label:34} {us:9.2f} {us / base:11.1f} {1e6 / us:11,.0f}")


if __name__ == "__main__":
    main()
