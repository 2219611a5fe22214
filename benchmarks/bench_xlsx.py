"""Reading assessment results from a workbook against reading the same rows from CSV.

Not a test: it prints numbers. It writes N synthetic officials (``bench_batch.generate``)
as a semicolon CSV and as an XLSX workbook (openpyxl, write-only), then produces the CSV
report of each (what ``kamus-kompetensi check FILE -o REPORT.csv`` does) in turns, each in a
fresh process pinned to one core, and prints the medians and their ratio (**target: XLSX
at most 1.6× CSV**). Workbooks are read with python-calamine.

    python benchmarks/bench_xlsx.py [--rows 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import csv
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_batch import generate

RUN = """
import sys, time
from pathlib import Path
import kamus_kompetensi as kk
d = kk.load_dictionary()
started = time.perf_counter()
run = kk.iter_outcomes(d, Path(sys.argv[1]), policy="seleksi")
kk.render(run, "csv", Path(sys.argv[2]), dictionary=d)
assert run.summary.rows_rejected == 0, run.summary
print(f"{time.perf_counter() - started:.4f} {run.summary.rows_read}")
"""


def to_xlsx(source: Path, target: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Data")
    with source.open(encoding="utf-8", newline="") as handle:
        for i, row in enumerate(csv.reader(handle, delimiter=";")):
            # numbers as numbers, as a workbook holds them; the NIP stays text
            sheet.append(
                row if i == 0 else [*row[:5], *(float(v.replace(",", ".")) for v in row[5:])]
            )
    book.save(target)


def measure(source: Path, target: Path) -> tuple[float, int]:
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    out = subprocess.run(
        [*pin, sys.executable, "-c", RUN, str(source), str(target)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return float(out[0]), int(out[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        csv_path, xlsx_path = Path(folder) / "hasil.csv", Path(folder) / "hasil.xlsx"
        generate(csv_path, args.rows)
        to_xlsx(csv_path, xlsx_path)
        times: dict[str, list[float]] = {"csv": [], "xlsx": []}
        for _ in range(args.repeat):
            for kind, path in (("csv", csv_path), ("xlsx", xlsx_path)):
                seconds, rows = measure(path, Path(folder) / "laporan.csv")
                assert rows == args.rows, (kind, rows)
                times[kind].append(seconds)
    print(f"{args.rows:,} officials, {args.repeat} turns, CSV report of each input")
    for kind in ("csv", "xlsx"):
        median = statistics.median(times[kind])
        print(f"{kind:5} median {median:7.3f} s  {args.rows / median:9,.0f} rows/s")
    ratio = statistics.median(times["xlsx"]) / statistics.median(times["csv"])
    print(f"ratio xlsx/csv: {ratio:.2f} (target <= 1.6)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
