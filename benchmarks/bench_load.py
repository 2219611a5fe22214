"""Cold start and file-load time of kamus-kompetensi (prints numbers; not a test).

Measures, each in a fresh Python process so nothing is cached:

* baseline: ``import pydantic, yaml, jsonschema`` (the floor set by our dependencies);
* cold: ``import kamus_kompetensi; kamus_kompetensi.load_dictionary()``;

alternating them so that they share the same machine noise, and reports the medians and
their ratio against the target (cold <= 1.5 x baseline). Two more floors are shown for
comparison: the baseline plus ``from pydantic import BaseModel``, and the baseline plus one
trivial model validated once (pydantic builds its first validator and loads its plugin
machinery then), which any library validating with pydantic pays. It then times, in this
process, ``load_dictionary(path)`` on a copy of the shipped national file, which always
reads and validates the file (only the default, path-less call is cached), and prints the
size of the pickled national dictionary.

Usage::

    python benchmarks/bench_load.py [--repeats 15] [--warm-repeats 20]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

TARGET_RATIO = 1.5

_TIMED = """
import time
_t0 = time.perf_counter()
{body}
print(time.perf_counter() - _t0)
"""
BASELINE = "import pydantic, yaml, jsonschema"
# ``import pydantic`` is lazy: BaseModel's machinery loads on first use. This second floor
# shows what any library defining pydantic models pays before its own code runs.
BASELINE_MODELS = "import pydantic, yaml, jsonschema\nfrom pydantic import BaseModel"
# What validating anything with pydantic costs once per process: the first validator build,
# which also imports ``importlib.metadata`` to look for pydantic plugins.
BASELINE_VALIDATED = BASELINE_MODELS + "\nclass M(BaseModel):\n    x: int\nM(x=1)"
COLD = "import kamus_kompetensi\nkamus_kompetensi.load_dictionary()"


def time_in_fresh_process(body: str) -> float:
    """Seconds that ``body`` takes in a new interpreter (start-up itself excluded)."""
    result = subprocess.run(
        [sys.executable, "-c", _TIMED.format(body=body)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(result.stdout.strip().splitlines()[-1])


def warm_file_load(repeats: int) -> list[float]:
    """Seconds per ``load_dictionary(path)`` of a user file (a copy of the national one, read
    and validated like any file, not cached), in a warm process."""
    import shutil
    import tempfile

    import kamus_kompetensi as kk
    from kamus_kompetensi.resources import national_dictionary_path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "salinan.yaml"
        shutil.copy(national_dictionary_path(), path)
        kk.load_dictionary(path)  # imports, schema compilation and validator warm-up
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            kk.load_dictionary(path)
            times.append(time.perf_counter() - start)
    return times


def pickled_size() -> int:
    """Bytes of the pickled national dictionary (what a worker process would receive)."""
    import pickle

    import kamus_kompetensi as kk

    return len(pickle.dumps(kk.load_dictionary()))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15, help="fresh processes per case")
    parser.add_argument("--warm-repeats", type=int, default=20, help="in-process file loads")
    args = parser.parse_args(argv)

    baseline: list[float] = []
    baseline_models: list[float] = []
    baseline_validated: list[float] = []
    cold: list[float] = []
    for _ in range(args.repeats):
        baseline.append(time_in_fresh_process(BASELINE))
        cold.append(time_in_fresh_process(COLD))
        baseline_models.append(time_in_fresh_process(BASELINE_MODELS))
        baseline_validated.append(time_in_fresh_process(BASELINE_VALIDATED))
    base_median = statistics.median(baseline)
    cold_median = statistics.median(cold)
    ratio = cold_median / base_median

    warm = warm_file_load(args.warm_repeats)
    pickled = pickled_size()

    print(f"python {sys.version.split()[0]} ({sys.executable})")
    print(f"repeats: {args.repeats} fresh processes per case, alternated")
    print(f"baseline  import pydantic, yaml, jsonschema     median {ms(base_median)}")
    print(
        "baseline+ same, plus from pydantic import BaseModel "
        f"median {ms(statistics.median(baseline_models))}"
    )
    validated = statistics.median(baseline_validated)
    print(
        "baseline* same, plus one model validated once      "
        f"median {ms(validated)}  ({validated / base_median:.2f} x baseline)"
    )
    print(f"cold      import + load_dictionary()            median {ms(cold_median)}")
    verdict = "OK" if ratio <= TARGET_RATIO else "ABOVE TARGET"
    print(
        f"ratio     cold / baseline                       {ratio:8.2f} x"
        f"  (target <= {TARGET_RATIO} x: {verdict})"
    )
    print(f"warm      load_dictionary(user file)            median {ms(statistics.median(warm))}")
    print(f"pickle    len(pickle.dumps(load_dictionary()))  {pickled:8d} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
