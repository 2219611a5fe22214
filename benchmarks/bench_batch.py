"""Batch throughput: a CSV of assessment results in, the CSV report out, beside the bare loop.

Not a test: it prints numbers. It writes a synthetic semicolon CSV of N officials with
distinct, valid NIPs (decimal commas, as Indonesian Excel exports), then runs in turns,
each in a fresh process pinned to one core with ``taskset -c 0`` (when available):

* ``report``: :func:`kamus_kompetensi.iter_outcomes` rendered by :func:`kamus_kompetensi.render`
  as the CSV report: what ``kamus-kompetensi check FILE.csv -o REPORT.csv`` does (every
  competency's required/attained/gap, JPM, band, development needs, warnings);
* ``bare``: :mod:`bare_loop` (``csv.reader``, a float JPM, ``csv.writer`` of two columns).

Each child times its own work with ``time.perf_counter()`` after its imports. The machine
is noisy, so the modes alternate ``--repeat`` times; the table shows medians and the ratio
of the medians (report ÷ bare). Peak memory is the child's ``ru_maxrss``.

    python benchmarks/bench_batch.py [--rows 200000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
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

REPORT = """
import resource, sys, time
from pathlib import Path
import kamus_kompetensi as kk
d = kk.load_dictionary()
started = time.perf_counter()
run = kk.iter_outcomes(d, Path(sys.argv[1]), policy="seleksi")
kk.render(run, "csv", Path(sys.argv[2]), dictionary=d)
elapsed = time.perf_counter() - started
assert run.summary.balanced and run.summary.rows_rejected == 0
print(f"{elapsed:.4f} {run.summary.rows_read} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
"""
BARE = """
import resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from bare_loop import bare_loop
started = time.perf_counter()
rows = bare_loop(Path(sys.argv[1]), Path(sys.argv[2]))
elapsed = time.perf_counter() - started
print(f"{elapsed:.4f} {rows} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
"""


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
            echelon = ECHELONS[i % len(ECHELONS)]
            writer.writerow(
                [nip_for(i), f"Pegawai {i}", "Kepala Seksi", f"Unit {i % 40}", echelon, *scores]
            )


def measure(code: str, source: Path, target: Path) -> tuple[float, int, float]:
    """Seconds, rows and peak MiB of one pinned child process."""
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    argv = [*pin, sys.executable, "-c", code, str(source), str(target), str(HERE)]
    out = subprocess.run(argv, check=True, capture_output=True, text=True).stdout.split()
    return float(out[0]), int(out[1]), int(out[2]) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "hasil.csv", Path(folder) / "laporan.csv"
        generate(source, args.rows)
        times: dict[str, list[float]] = {"report": [], "bare": []}
        peaks: dict[str, float] = {"report": 0.0, "bare": 0.0}
        for _ in range(args.repeat):
            for mode, code in (("bare", BARE), ("report", REPORT)):
                seconds, rows, peak = measure(code, source, target)
                assert rows == args.rows, (mode, rows)
                times[mode].append(seconds)
                peaks[mode] = max(peaks[mode], peak)
    pinned = "pinned to core 0" if shutil.which("taskset") else "not pinned (no taskset)"
    print(f"{args.rows:,} officials, {args.repeat} turns, one process {pinned}")
    print(f"{'mode':8} {'median s':>9} {'rows/s':>10} {'peak MiB':>9}")
    for mode in ("bare", "report"):
        median = statistics.median(times[mode])
        print(f"{mode:8} {median:9.3f} {args.rows / median:10,.0f} {peaks[mode]:9.0f}")
    ratio = statistics.median(times["report"]) / statistics.median(times["bare"])
    print(f"ratio report/bare: {ratio:.2f} (target <= 4.0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
