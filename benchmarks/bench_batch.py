"""Batch throughput and memory: CSV in, CSV report out, beside a bare stdlib loop.

Not a test: it prints numbers. For each size N it writes a synthetic semicolon CSV (decimal
commas, as Indonesian Excel exports), then runs, each in its own subprocess so that peak
memory (``ru_maxrss``) is not shared between runs:

* ``csv→csv``: :func:`kamus_kompetensi.batch.iter_outcomes` rendered by
  ``kamus_kompetensi.report`` as the CSV report, with the CLI's default ``jobs`` (one
  process per core): what ``check FILE.csv -o REPORT.csv`` does (per official the
  required/attained/gap of every competency, JPM, band, development needs);
* ``1 process``: the same with ``jobs=1``;
* ``engine-only``: outcomes iterated (always one process) but not written: the engine's
  own cost, without the report;
* ``bare``: ``csv.reader`` plus a dict lookup of the required levels and a Decimal JPM
  per row, writing nothing, in one process: a floor no real tool reaches.

The machine is noisy, so the modes run in turns ``--repeat`` times and the table shows
medians. ``ratio`` is the median CSV→CSV time over the median bare-loop time (the issue's
target is ≤ 2); ``1p ratio`` the same for one process. Peak memory is the largest seen.

Usage: ``python benchmarks/bench_batch.py [--sizes 10000,100000,1000000] [--repeat 3]``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import statistics
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


def run_engine(source: Path, target: Path, jobs: int) -> int:
    """What ``kamus-kompetensi check FILE.csv -o REPORT.csv`` does, without the CLI."""
    import kamus_kompetensi as kk
    from kamus_kompetensi import report
    from kamus_kompetensi.batch import iter_outcomes

    dictionary = kk.load_dictionary()
    start = time.perf_counter()
    run = iter_outcomes(dictionary, source, policy="seleksi", jobs=jobs)
    report.render(run, "csv", target, dictionary=dictionary)
    elapsed = time.perf_counter() - start
    assert run.summary.balanced
    return _report(elapsed, run.summary.rows_read, run.jobs_used if run.jobs_used > 1 else 0)


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


def _report(elapsed: float, rows: int, workers: int = 0) -> int:
    """Print the child's figures. Peak memory counts the workers of a parallel run too: the
    parent's peak plus ``workers`` times the largest worker's (an upper bound)."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    largest_child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss if workers else 0
    peak_kib = own + workers * largest_child
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


MODES = ("engine", "engine-1", "engine-only", "bare")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs=3, metavar=("MODE", "SOURCE", "TARGET"))
    args = parser.parse_args()
    if args.child:
        mode, source, target = args.child
        if mode == "engine":
            return run_engine(Path(source), Path(target), jobs=0)  # the CLI's default
        if mode == "engine-1":
            return run_engine(Path(source), Path(target), jobs=1)
        if mode == "engine-only":
            return run_engine_only(Path(source))
        return run_bare(Path(source))
    print(f"{'rows':>9} {'csv→csv rows/s':>15} {'1 process':>10} {'engine-only':>12} "
          f"{'bare rows/s':>12} {'ratio':>6} {'1p ratio':>9} {'csv→csv MiB':>12} "
          f"{'bare MiB':>9}")  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(s) for s in args.sizes.split(",")):
            source, target = Path(folder, f"in-{size}.csv"), Path(folder, f"out-{size}.csv")
            generate(source, size)
            runs: dict[str, list[dict[str, float]]] = {mode: [] for mode in MODES}
            for _ in range(args.repeat):
                for mode in MODES:
                    runs[mode].append(measure(mode, source, target))
            seconds = {m: statistics.median(r["seconds"] for r in runs[m]) for m in MODES}
            peak = {m: max(r["peak_mib"] for r in runs[m]) for m in MODES}
            print(
                f"{size:>9} {size / seconds['engine']:>15,.0f} "
                f"{size / seconds['engine-1']:>10,.0f} {size / seconds['engine-only']:>12,.0f} "
                f"{size / seconds['bare']:>12,.0f} {seconds['engine'] / seconds['bare']:>6.2f} "
                f"{seconds['engine-1'] / seconds['bare']:>9.2f} {peak['engine']:>12.1f} "
                f"{peak['bare']:>9.1f}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
