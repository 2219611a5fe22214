"""Per-call cost of scoring one official: ``check()``, the ``score`` core, and bare Python.

Prints the median of several repeats in microseconds per call and each one's ratio to a
bare-Python baseline (sum and divide the same numbers) measured in the same run, so the
numbers compare across machines. Never part of the test run's pass/fail.

    python benchmarks/bench_scoring.py [--repeat 7] [--number 20000]
"""

from __future__ import annotations

import argparse
import statistics
import timeit

import kamus_kompetensi as kk
from kamus_kompetensi.scoring import level_hundredths, provenance_of, score


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
    standard = d.get_standard("jpt_pratama")
    policy = d.get_policy("seleksi")
    provenance = provenance_of(d, "seleksi")
    levels = tuple(level_hundredths(v) for v in raw)
    required = standard.required
    floats = [float(v) for v in raw]

    def baseline() -> float:
        return sum(floats) / sum(required) * 100

    def core() -> object:
        return score(standard, policy, levels, provenance).jpm  # type: ignore[arg-type]

    def core_with_parse() -> object:
        parsed = tuple(map(level_hundredths, raw))
        return score(standard, policy, parsed, provenance).jpm  # type: ignore[arg-type]

    def check() -> object:
        return kk.check(d, assessment, policy="seleksi").jpm

    def check_full() -> object:
        return kk.check(d, assessment, policy="seleksi").to_dict()

    n, r = args.number, args.repeat
    rows = [
        ("bare Python (float sum/divide)", _median_us(baseline, n, r)),
        ("score (levels in hundredths)", _median_us(core, n, r)),
        ("score + level_hundredths x9", _median_us(core_with_parse, n, r)),
        ("check() (Assessment built once)", _median_us(check, n // 4, r)),
        ("check().to_dict()", _median_us(check_full, n // 10, r)),
    ]
    base = rows[0][1]
    print(f"{'':34} {'µs/call':>9} {'x baseline':>11} {'calls/s':>11}")
    for label, us in rows:
        print(f"{label:34} {us:9.2f} {us / base:11.1f} {1e6 / us:11,.0f}")


if __name__ == "__main__":
    main()
