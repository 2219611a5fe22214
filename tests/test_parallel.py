"""The CSV report of a large CSV file made by several processes: byte for byte the report of
one process, with the same summary and the same row errors, or no parallel run at all."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kamus_kompetensi as kk
from kamus_kompetensi import parallel, report
from kamus_kompetensi.batch import iter_outcomes
from kamus_kompetensi.errors import InputError
from kamus_kompetensi.outcomes import RowIssue
from tests.conftest import NATIONAL_CODES

HEADER = ["nip", "nama", "jabatan", "unit_kerja", "eselon", *NATIONAL_CODES]
GOOD_NIPS = ("196711101992031001", "198703152010011002", "199001012015032003")
ONE_ROW = dict(zip(HEADER, [GOOD_NIPS[1], "A", "B", "C", "II.a", *["4"] * 9], strict=True))


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let files of a few kilobytes go parallel, in chunks of about a kilobyte."""
    monkeypatch.setattr(parallel, "MIN_BYTES", 1)
    monkeypatch.setattr(parallel, "MIN_CHUNK_BYTES", 1)
    monkeypatch.setattr(parallel, "MAX_CHUNK_BYTES", 1024)


def messy_rows(count: int) -> list[list[str]]:
    """Rows with everything a real file has: valid ones, rejected ones (a score out of
    range, an unknown echelon, a word for a score), blank lines, duplicate and invalid
    NIPs far apart, two spellings of one level, and extra cells."""
    rows: list[list[str]] = []
    scores = ("3", "3,5", "3,50", "2,75", "4", "5", "1")
    for i in range(count):
        nip = f"1980{(i % 12) + 1:02d}15200501{1 + i % 2}{i % 1000:03d}"
        if i % 97 == 0:
            nip = GOOD_NIPS[0]  # one NIP shared by rows all through the file
        elif i % 53 == 0:
            nip = "12345"  # invalid structure: a warning
        eselon = ("II.a", "III.a", "IV.a", "V.a", "VI.z")[i % 5]  # VI.z: unknown, rejected
        cells = [scores[(i + k) % len(scores)] for k in range(len(NATIONAL_CODES))]
        if i % 31 == 0:
            cells[2] = "5,5"  # out of range: rejected
        if i % 37 == 0:
            cells[4] = "tinggi"  # not a number: rejected
        row = [nip, f"Pegawai {i}", "Kepala Seksi", f"Unit {i % 7}", eselon, *cells]
        if i % 41 == 0:
            row.append("3,5")  # one cell too many: rejected
        rows.append(row)
        if i % 29 == 0:
            rows.append([])  # a blank line
    return rows


def write_csv(path: Path, rows: list[list[str]], *, newline: str = "\n", encoding: str = "utf-8"):
    lines = [";".join(HEADER), *(";".join(r) for r in rows)]
    path.write_bytes(newline.join(lines).encode(encoding) + newline.encode())
    return path


def render(
    path: Path, dictionary: kk.Dictionary, jobs: int, **options: Any
) -> tuple[bytes, dict[str, Any], list[RowIssue], int]:
    errors: list[RowIssue] = []
    run = iter_outcomes(dictionary, path, policy="seleksi", jobs=jobs, on_error=errors.append)
    out = io.BytesIO()
    report.render(run, "csv", out, dictionary=dictionary, **options)
    return out.getvalue(), run.summary.to_dict(), errors, run.jobs_used


def assert_same_as_one_process(path: Path, dictionary: kk.Dictionary, **options: Any) -> None:
    one = render(path, dictionary, 1, **options)
    two = render(path, dictionary, 2, **options)
    assert (one[3], two[3]) == (1, 2), "the parallel path was not taken"
    assert two[0] == one[0]
    assert json.dumps(two[1]) == json.dumps(one[1])  # also the order of ties
    assert two[2] == one[2]


@pytest.mark.usefixtures("small_chunks")
def test_parallel_report_is_the_one_process_report(nasional: kk.Dictionary, tmp_path: Path):
    path = write_csv(tmp_path / "hasil.csv", messy_rows(400))
    assert len(parallel.plan_chunks(path, 1024) or []) > 10
    assert_same_as_one_process(path, nasional)
    body, summary, errors, _ = render(path, nasional, 2)
    # Real content, not two equally empty reports: every row is accounted for.
    assert summary["rows_read"] == 400
    assert summary["rows_read"] == summary["rows_checked"] + summary["rows_rejected"]
    assert summary["rows_rejected"] > 50
    assert summary["rows_blank"] == 14
    lines = body.decode("utf-8-sig").splitlines()
    assert len(lines) == 1 + summary["rows_checked"]
    assert {e.code for e in errors} >= {"score-out-of-range", "unknown-position", "extra-cells"}
    assert [e.row for e in errors] == sorted(e.row for e in errors)


@pytest.mark.usefixtures("small_chunks")
def test_duplicates_are_found_across_chunks(nasional: kk.Dictionary, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "hasil.csv", messy_rows(400))
    body, _, _, jobs = render(path, nasional, 2, lang="en")
    assert jobs == 2
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    shared = [r for r in rows if r["NIP"] == GOOD_NIPS[0]]
    assert len(shared) > 2
    assert all("duplicate-nip" in r["Warnings"] for r in shared)


@pytest.mark.usefixtures("small_chunks")
@pytest.mark.parametrize(
    ("newline", "encoding"), [("\r\n", "utf-8"), ("\n", "cp1252"), ("\n", "utf-8-sig")]
)
def test_line_ends_and_encodings(
    nasional: kk.Dictionary, tmp_path: Path, newline: str, encoding: str
) -> None:
    rows = messy_rows(150)
    rows[3][1] = "Dra. Sitti Rahmawaty Ândi"  # a letter that differs between encodings
    path = write_csv(tmp_path / "hasil.csv", rows, newline=newline, encoding=encoding)
    assert_same_as_one_process(path, nasional, mask_nip=True)


@pytest.mark.usefixtures("small_chunks")
def test_a_last_line_without_line_end(nasional: kk.Dictionary, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "hasil.csv", messy_rows(120))
    path.write_bytes(path.read_bytes().rstrip(b"\n"))
    assert_same_as_one_process(path, nasional)


@pytest.mark.usefixtures("small_chunks")
@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(count=st.integers(1, 120), chunk=st.integers(1, 600))
def test_any_cut_gives_the_same_report(
    nasional: kk.Dictionary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int, chunk: int
) -> None:
    monkeypatch.setattr(parallel, "MAX_CHUNK_BYTES", chunk)
    path = write_csv(tmp_path / "hasil.csv", messy_rows(count))
    if parallel.plan(path, "utf-8-sig", ";", 2) is None:  # one chunk only: nothing to split
        assert render(path, nasional, 2)[3] == 1
        return
    assert_same_as_one_process(path, nasional)


@pytest.mark.usefixtures("small_chunks")
def test_a_file_of_plainly_distinct_nips_needs_only_the_quick_look(
    nasional: kk.Dictionary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [r for r in messy_rows(300) if r]
    for i, cells in enumerate(rows):
        cells[0] = f"19800115200501{1 + i % 2}{i:03d}"  # 18 digits, all different
    path = write_csv(tmp_path / "hasil.csv", rows)
    monkeypatch.setattr(parallel, "_nip_keys", _die)  # the exact pass would kill a worker
    assert_same_as_one_process(path, nasional)


@pytest.mark.usefixtures("small_chunks")
def test_a_file_with_duplicates_takes_the_exact_pass(
    nasional: kk.Dictionary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_csv(tmp_path / "hasil.csv", messy_rows(300))
    monkeypatch.setattr(parallel, "_nip_keys", _die)
    with pytest.raises(parallel.ParallelRunError):
        render(path, nasional, 2)


@pytest.mark.usefixtures("small_chunks")
def test_parallel_runs_one_after_another_all_use_the_workers(
    nasional: kk.Dictionary, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "hasil.csv", messy_rows(200))
    assert [render(path, nasional, 2)[3] for _ in range(3)] == [2, 2, 2]


def test_plan_chunks_cover_every_line_with_its_row_number(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    lines = ["h;x", *(f"r{n};{'y' * (n % 13)}" for n in range(2, 300))]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode())
    chunks = parallel.plan_chunks(path, 100)
    assert chunks is not None
    assert len(chunks) > 5
    data = path.read_bytes()
    seen: list[str] = []
    for chunk, following in zip(chunks, [*chunks[1:], None], strict=True):
        part = data[chunk.start : chunk.end].decode().splitlines()
        assert part[0] == f"r{chunk.first_row};{'y' * (chunk.first_row % 13)}"
        assert chunk.next_row == chunk.first_row + len(part)
        if following is not None:
            assert following.start == chunk.end
            assert following.first_row == chunk.next_row
        seen += part
    assert seen == lines[1:]


@pytest.mark.parametrize(
    "content",
    [
        b'h;x\r\n"a;b";1\r\n',  # a quote: a field may hold a line break
        b"h;x\r\na\x00;1\r\n",  # a NUL byte
        b"h;x\ra;1\rb;2\r",  # old Mac line ends: the csv module sees lines a split does not
        b"h;x",  # a header and nothing else
    ],
)
def test_files_whose_lines_may_not_be_records_are_not_split(tmp_path: Path, content: bytes):
    path = tmp_path / "t.csv"
    path.write_bytes(content)
    assert parallel.plan_chunks(path, 4) is None


@pytest.mark.usefixtures("small_chunks")
def test_a_quoted_file_is_checked_in_one_process(nasional: kk.Dictionary, tmp_path: Path):
    path = tmp_path / "hasil.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_ALL)
        writer.writerow(HEADER)
        writer.writerows(messy_rows(100))
    _, summary, _, jobs = render(path, nasional, 2)
    assert jobs == 1
    assert summary["rows_read"] == 100


def test_a_small_file_is_checked_in_one_process(nasional: kk.Dictionary, tmp_path: Path):
    path = write_csv(tmp_path / "hasil.csv", messy_rows(50))
    assert path.stat().st_size < parallel.MIN_BYTES
    assert render(path, nasional, 2)[3] == 1


@pytest.mark.usefixtures("small_chunks")
def test_progress_counts_every_row_seen(nasional: kk.Dictionary, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "hasil.csv", messy_rows(300))
    counts: list[int] = []
    run = iter_outcomes(nasional, path, jobs=2, progress=counts.append)
    report.render(run, "csv", io.BytesIO(), dictionary=nasional)
    assert run.jobs_used == 2
    assert counts == sorted(counts)
    assert len(counts) > 1
    assert counts[-1] == run.summary.rows_read + run.summary.rows_blank == 300 + 11


@pytest.mark.usefixtures("small_chunks")
def test_a_broken_record_stops_both_runs_alike(nasional: kk.Dictionary, tmp_path: Path):
    rows = messy_rows(200)
    rows[150][1] = "x" * 200_000  # longer than the csv module's field limit
    path = write_csv(tmp_path / "hasil.csv", rows)
    codes = []
    for jobs in (1, 2):
        with pytest.raises(InputError) as raised:
            render(path, nasional, jobs)
        codes.append(raised.value.code)
    assert codes == ["input-unreadable", "input-unreadable"]


@pytest.mark.parametrize("jobs", [-1, 1.5, "2", True])
def test_jobs_must_be_a_whole_number(nasional: kk.Dictionary, jobs: Any) -> None:
    with pytest.raises(InputError, match="jobs"):
        iter_outcomes(nasional, [ONE_ROW], jobs=jobs)


def test_jobs_zero_or_none_means_every_core(nasional: kk.Dictionary) -> None:
    for jobs in (0, None):
        run = iter_outcomes(nasional, [ONE_ROW], jobs=jobs)
        assert run.jobs == parallel.available_cores()


def _die(task: object) -> None:
    os._exit(3)  # what the kernel's out-of-memory killer leaves behind, near enough


@pytest.mark.usefixtures("small_chunks")
def test_a_worker_that_dies_ends_the_run_with_a_clear_error(
    nasional: kk.Dictionary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_csv(tmp_path / "hasil.csv", messy_rows(200))
    monkeypatch.setattr(parallel, "_check_chunk", _die)
    target = tmp_path / "laporan.csv"
    run = iter_outcomes(nasional, path, jobs=2)
    with pytest.raises(parallel.ParallelRunError, match="--jobs 1") as raised:
        report.render(run, "csv", target, dictionary=nasional)
    assert raised.value.code == "parallel-worker-died"
    assert not target.exists()  # an unfinished report is never left looking finished


@pytest.mark.parametrize(("platform", "expected"), [("linux", True), ("darwin", False)])
def test_fork_only_where_it_is_dependable(
    monkeypatch: pytest.MonkeyPatch, platform: str, expected: bool
) -> None:
    monkeypatch.setattr(parallel.sys, "platform", platform)
    assert parallel.fork_is_safe() is expected


def test_no_fork_while_other_threads_run() -> None:
    import threading

    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert not parallel.fork_is_safe()
    finally:
        release.set()
        other.join()
    assert parallel.fork_is_safe()
