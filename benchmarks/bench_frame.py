"""DataFrame throughput: ``check_frame`` on Polars, pandas and a Dask cluster.

Not a test: it prints numbers. It writes the synthetic semicolon CSV of
:mod:`bench_batch` (``generate()``: distinct valid NIPs, decimal commas, six echelons),
then runs each mode in a fresh process, in turns, ``--repeat`` times, and prints medians:

* ``bare``: :mod:`bare_loop` (``csv.reader``, a float JPM, ``csv.writer``): the floor;
* ``polars``: ``polars.read_csv`` (every column as text) + ``check_frame`` + the results'
  ``write_csv``: the whole job, from the same file to a CSV report (43 columns);
* ``pandas``: ``pandas.read_csv(dtype=str)`` + ``check_frame`` + ``to_csv``;
* ``dask``: a ``LocalCluster`` of 2 worker processes (one thread each),
  ``dask.dataframe.read_csv`` in 64 MB blocks + ``check_frame`` + the results written
  to Parquet, errors and warnings computed in the same ``dask.compute``. The cluster's
  start is not timed.

Each child times its own work with ``time.perf_counter()`` after its imports (and, for Dask,
after the cluster is up). Peak memory is the child's ``ru_maxrss``; for Dask, the largest of
the client's and the workers'. ``--pin`` pins every child to core 0 (``taskset``), which
takes the second core from Polars and Dask.

    python benchmarks/bench_frame.py                          # 500,000 rows: bare vs polars
    python benchmarks/bench_frame.py --rows 1000000 --modes pandas,dask --repeat 1
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_batch import BARE, generate  # noqa: E402  (the same bare loop, measured alike)

POLARS = """
import resource, sys, time
import polars as pl
import kamus_kompetensi as kk
from kamus_kompetensi.frame import check_frame
d = kk.load_dictionary()
started = time.perf_counter()
table = pl.read_csv(sys.argv[1], separator=";", infer_schema=False)
report = check_frame(table, d, policy="seleksi")
report.results.write_csv(sys.argv[2])
elapsed = time.perf_counter() - started
assert report.errors.height == 0
print(f"{elapsed:.4f} {report.results.height} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
"""
PANDAS = """
import resource, sys, time
import pandas as pd
import kamus_kompetensi as kk
from kamus_kompetensi.frame import check_frame
d = kk.load_dictionary()
started = time.perf_counter()
table = pd.read_csv(sys.argv[1], sep=";", dtype=str, keep_default_na=False)
report = check_frame(table, d, policy="seleksi")
report.results.to_csv(sys.argv[2], index=False)
elapsed = time.perf_counter() - started
assert len(report.errors) == 0
print(f"{elapsed:.4f} {len(report.results)} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
"""
DASK = """
import resource, sys, time

def peak():
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

if __name__ == "__main__":
    import dask
    import dask.dataframe as dd
    from dask.distributed import Client, LocalCluster
    import kamus_kompetensi as kk
    from kamus_kompetensi.frame import check_frame
    d = kk.load_dictionary()
    dask.config.set({"dataframe.shuffle.method": "tasks"})
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=":0") as cluster, Client(cluster) as client:
        started = time.perf_counter()
        table = dd.read_csv(sys.argv[1], sep=";", dtype=str, keep_default_na=False,
                            blocksize="64MB")
        report = check_frame(table, d, policy="seleksi")
        written = report.results.to_parquet(sys.argv[2] + ".parquet", write_index=False,
                                            compute=False)
        _, errors, warnings = dask.compute(written, report.errors, report.warnings)
        rows = len(dd.read_parquet(sys.argv[2] + ".parquet"))
        elapsed = time.perf_counter() - started
        assert len(errors) == 0
        workers = max(client.run(peak).values())
    print(f"{elapsed:.4f} {rows} {max(peak(), workers)}")
"""
MODES = {"bare": BARE, "polars": POLARS, "pandas": PANDAS, "dask": DASK}


def measure(code: str, source: Path, target: Path, pin: bool) -> tuple[float, int, float]:
    """Seconds, rows and peak MiB of one child process."""
    prefix = ["taskset", "-c", "0"] if pin and shutil.which("taskset") else []
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "mode.py"  # a file: Dask's spawned workers re-import it
        script.write_text(code, encoding="utf-8")
        argv = [*prefix, sys.executable, str(script), str(source), str(target), str(HERE)]
        out = subprocess.run(argv, check=True, capture_output=True, text=True).stdout.split()
    return float(out[0]), int(out[1]), int(out[2]) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=500_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--modes", default="bare,polars")
    parser.add_argument("--pin", action="store_true", help="pin every child to core 0")
    args = parser.parse_args()
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    times: dict[str, list[float]] = {m: [] for m in modes}
    peaks: dict[str, float] = dict.fromkeys(modes, 0.0)
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "hasil.csv", Path(folder) / "laporan.csv"
        generate(source, args.rows)
        for _ in range(args.repeat):
            for mode in modes:
                seconds, rows, peak = measure(MODES[mode], source, target, args.pin)
                assert rows == args.rows, (mode, rows)
                times[mode].append(seconds)
                peaks[mode] = max(peaks[mode], peak)
    where = "pinned to core 0" if args.pin else "not pinned (2 cores)"
    print(f"{args.rows:,} officials, {args.repeat} turns, each mode a fresh process, {where}")
    print(f"{'mode':8} {'median s':>9} {'rows/s':>11} {'peak MiB':>9}")
    for mode in modes:
        median = statistics.median(times[mode])
        print(f"{mode:8} {median:9.3f} {args.rows / median:11,.0f} {peaks[mode]:9.0f}")
    if "bare" in times and "polars" in times:
        ratio = statistics.median(times["polars"]) / statistics.median(times["bare"])
        print(f"ratio polars/bare: {ratio:.2f} (target <= 0.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
