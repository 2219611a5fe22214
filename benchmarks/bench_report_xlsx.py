"""The XLSX report against the CSV report of the same checked officials.

Not a test: it prints numbers. It writes N synthetic officials (``bench_batch.generate``:
a semicolon CSV with distinct valid NIPs), then, in turns, makes the CSV report and the XLSX
report of that input the way ``kamus-kompetensi check FILE -o laporan.csv|.xlsx`` does
(:func:`kamus_kompetensi.iter_outcomes` rendered by :func:`kamus_kompetensi.render`), each in a
fresh process pinned to one core (``bench_batch.measure``). It prints the medians, rows/s,
peak memory and the ratio of the medians (**target: XLSX at most 8× CSV**).

``--split`` also times, in one process, where the time goes: checking the rows into a
finished report (the same for both formats), rendering that report as CSV and as XLSX, and
the floor of the XLSX: XlsxWriter alone (``constant_memory``, ``write_row``, no formats)
writing the same cells, taken from the report's table beforehand.

    python benchmarks/bench_report_xlsx.py [--rows 100000] [--repeat 3] [--split]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_batch import generate, measure

REPORT = """
import resource, sys, time
from pathlib import Path
import kamus_kompetensi as kk
from kamus_kompetensi.report import format_for_path
d = kk.load_dictionary()
target = Path(sys.argv[2])
started = time.perf_counter()
run = kk.iter_outcomes(d, Path(sys.argv[1]), policy="seleksi")
kk.render(run, format_for_path(target), target, dictionary=d)
elapsed = time.perf_counter() - started
assert run.summary.balanced and run.summary.rows_rejected == 0
print(f"{elapsed:.4f} {run.summary.rows_read} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
"""

SPLIT = """
import sys, time
from decimal import Decimal
from pathlib import Path
import xlsxwriter
import kamus_kompetensi as kk
from kamus_kompetensi.report.base import RenderOptions
from kamus_kompetensi.report.table import ResultTable, level_cells
d = kk.load_dictionary()
started = time.perf_counter()
report = kk.check_file(d, Path(sys.argv[1]), policy="seleksi")
print(f"check       {time.perf_counter() - started:8.3f}")
for target in sys.argv[2:4]:
    begun = time.perf_counter()
    kk.render(report, target.rsplit(".", 1)[1], Path(target), dictionary=d)
    print(f"render {target.rsplit('.', 1)[1]:4} {time.perf_counter() - begun:8.3f}")
table = ResultTable(RenderOptions(d, "id"), level_cells(lambda h: h / 100))
plain = lambda v: float(v) if isinstance(v, Decimal) else v
rows = [list(map(plain, table.values(item))) for item in report.results]
begun = time.perf_counter()
book = xlsxwriter.Workbook(sys.argv[4], {"constant_memory": True, "strings_to_formulas": False})
sheet = book.add_worksheet()
for number, row in enumerate(rows):
    sheet.write_row(number, 0, row)
book.close()
print(f"xlsxwriter  {time.perf_counter() - begun:8.3f}  (alone, the same {len(rows):,} rows)")
"""


def split(source: Path, folder: Path) -> None:
    """Check once, then render CSV and XLSX from the same finished report (one process)."""
    targets = [str(folder / n) for n in ("laporan.csv", "laporan.xlsx", "alone.xlsx")]
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    argv = [*pin, sys.executable, "-c", SPLIT, str(source), *targets]
    out = subprocess.run(argv, check=True, capture_output=True, text=True).stdout
    print("one process, seconds:")
    for line in out.splitlines():
        print("  " + line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--split", action="store_true", help="also time checking and rendering")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = folder / "hasil.csv"
        generate(source, args.rows)
        times: dict[str, list[float]] = {"csv": [], "xlsx": []}
        peaks: dict[str, float] = {"csv": 0.0, "xlsx": 0.0}
        for _ in range(args.repeat):
            for kind in ("csv", "xlsx"):
                seconds, rows, peak = measure(REPORT, source, folder / f"laporan.{kind}")
                assert rows == args.rows, (kind, rows)
                times[kind].append(seconds)
                peaks[kind] = max(peaks[kind], peak)
        if args.split:
            split(source, folder)
    print(f"{args.rows:,} officials, {args.repeat} turns, check + report in a pinned process")
    print(f"{'report':7} {'median s':>9} {'rows/s':>10} {'peak MiB':>9}")
    for kind in ("csv", "xlsx"):
        median = statistics.median(times[kind])
        print(f"{kind:7} {median:9.3f} {args.rows / median:10,.0f} {peaks[kind]:9.0f}")
    ratio = statistics.median(times["xlsx"]) / statistics.median(times["csv"])
    print(f"ratio xlsx/csv: {ratio:.2f} (target <= 8.0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
