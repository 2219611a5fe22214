"""Batch throughput and memory: CSV in, CSV report out, beside a bare stdlib loop.

Not a test: it prints numbers. For each size N it writes a synthetic semicolon CSV (decimal
commas, as Indonesian Excel exports), then runs, each in its own subprocess so that peak
memory (``ru_maxrss``) is not shared between runs:

* ``engine``: :func:`kamus_kompetensi.batch.iter_outcomes` rendered by
  ``kamus_kompetensi.report`` as the CSV report (what ``check FILE.csv -o REPORT.csv``
  writes: per official the required/attained/gap of every competency, JPM, band,
  development needs);
* ``engine-only``: the same run, outcomes consumed but not written (the engine's own
  cost, without the report);
* ``bare``: ``csv.reader`` plus a dict lookup of the required levels and a Decimal JPM
  per row, writing nothing: a floor no real tool reaches.

``ratio`` is CSV→CSV time over bare-loop time (the issue's target is ≤ 2).

Usage: ``python benchmarks/bench_batch.py [--sizes 10000,100000,1000000]``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CODES = (
    "integritas",
    "kerjasama",
    "komunikasi",
    "orientasi_hasil",
    "pelayanan_publik",
    "pengembangan_diri",
    "mengelola_perubahan",
    "pengambilan_keputusan",
    "perekat_bangsa",
)
ECHELONS = ("II.a", "III.a", "III.b", "IV.a", "IV.b", "V.a")
SCORES = ("3", "3,5", "2,75", "4", "3,25", "2", "4,5", "3")
REQUIRED = {"II.a": 4, "III.a": 3, "III.b": 3, "IV.a": 2, "IV.b": 2, "V.a": 1}


def nip_for(i: int) -> str:
    """A unique, structurally valid, invented NIP per row index (mixed-radix digits of i)."""
    born = dt.date(1965, 1, 1) + dt.timedelta(days=i % 10_000)
    month = (i // 10_000) % 12 + 1
    sex = 1 + (i // 120_000) % 2
    sequence = i // 240_000 + 1
    return f"{born:%Y%m%d}{born.year + 25}{month:02d}{sex}{sequence:03d}"


def generate(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["nip", "nama", "jabatan", "unit_kerja", "eselon", *CODES])
        for i in range(rows):
            scores = [SCORES[(i + k * 3) % len(SCORES)] for k in range(len(CODES))]
            writer.writerow(
                [
                    nip_for(i),
                    f"Pegawai {i}",
                    "Kepala Seksi",
                    f"Unit {i % 40}",
                    ECHELONS[i % len(ECHELONS)],
                    *scores,
                ]
            )


def run_engine_only(source: Path) -> int:
    import kamus_kompetensi as kk
    from kamus_kompetensi.batch import iter_outcomes

    dictionary = kk.load_dictionary()
    start = time.perf_counter()
    run = iter_outcomes(dictionary, source, policy="seleksi")
    for _ in run:
        pass
    assert run.summary.balanced
    return _report(time.perf_counter() - start, run.summary.rows_read)


def run_engine(source: Path, target: Path) -> int:
    """What ``kamus-kompetensi check FILE.csv -o REPORT.csv`` does, without the CLI."""
    import kamus_kompetensi as kk
    from kamus_kompetensi import report
    from kamus_kompetensi.batch import iter_outcomes

    dictionary = kk.load_dictionary()
    start = time.perf_counter()
    run = iter_outcomes(dictionary, source, policy="seleksi")
    report.render(run, "csv", target, dictionary=dictionary)
    elapsed = time.perf_counter() - start
    assert run.summary.balanced
    return _report(elapsed, run.summary.rows_read)


def run_bare(source: Path) -> int:
    from decimal import Decimal

    quantum, hundred = Decimal("0.01"), Decimal(100)
    required = {e: Decimal(v * len(CODES)) for e, v in REQUIRED.items()}
    start = time.perf_counter()
    rows = 0
    with source.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        next(reader)
        for cells in reader:
            total = sum(Decimal(c.replace(",", ".")) for c in cells[5:])
            _jpm = (total * hundred / required[cells[4]]).quantize(quantum)
            rows += 1
    return _report(time.perf_counter() - start, rows)


def _report(elapsed: float, rows: int) -> int:
    import resource

    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": elapsed, "rows": rows, "peak_mib": peak_kib / 1024}))
    return 0


def measure(mode: str, source: Path, target: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(source), str(target)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--child", nargs=3, metavar=("MODE", "SOURCE", "TARGET"))
    args = parser.parse_args()
    if args.child:
        mode, source, target = args.child
        if mode == "engine":
            return run_engine(Path(source), Path(target))
        if mode == "engine-only":
            return run_engine_only(Path(source))
        return run_bare(Path(source))
    print(f"{'rows':>9} {'csv→csv rows/s':>15} {'engine-only':>12} {'bare rows/s':>12} "
          f"{'ratio':>6} {'csv→csv MiB':>12} {'engine MiB':>11} {'bare MiB':>9}")  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(s) for s in args.sizes.split(",")):
            source, target = Path(folder, f"in-{size}.csv"), Path(folder, f"out-{size}.csv")
            generate(source, size)
            engine = measure("engine", source, target)
            only = measure("engine-only", source, target)
            bare = measure("bare", source, target)
            print(
                f"{size:>9} {size / engine['seconds']:>15,.0f} {size / only['seconds']:>12,.0f} "
                f"{size / bare['seconds']:>12,.0f} {engine['seconds'] / bare['seconds']:>6.2f} "
                f"{engine['peak_mib']:>12.1f} {only['peak_mib']:>11.1f} {bare['peak_mib']:>9.1f}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
