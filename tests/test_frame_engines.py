"""check_frame gives identical answers on every engine: Polars (eager and lazy), pandas,
PyArrow, DuckDB (a relation, and SQL over a CSV file) and Dask on a ``LocalCluster`` of two
worker processes with a multi-partition input (one cluster for the whole session)."""

from __future__ import annotations

import csv
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest

import kamus_kompetensi as kk
from kamus_kompetensi.frame import FrameReport, check_frame
from tests.test_frame import (
    AGENCY,
    BAD_DATES,
    BAD_ECHELONS,
    BAD_NIPS,
    BAD_SCORES,
    BLANKS,
    DATES,
    ECHELONS,
    NATIONAL,
    NIPS,
    POLICIES,
    POSITIONS,
    SCORES,
    assert_same,
    frame_outcome,
)

KEYS = (
    "nip",
    "nama",
    "jabatan",
    "unit_kerja",
    "eselon",
    "jabatan_kode",
    "tanggal_asesmen",
    *NATIONAL.national_codes,
    "manajemen_talenta",
    "pengelolaan_data_kepegawaian",
)


def messy_rows(count: int, seed: int = 7) -> list[dict[str, Any]]:
    """Rows of an agency file: most cells good, some bad, some blank, NIPs repeated."""
    pick = random.Random(seed)

    def cell(good: tuple[Any, ...], bad: tuple[Any, ...]) -> Any:
        roll = pick.random()
        return pick.choice(good if roll < 0.85 else bad if roll < 0.93 else BLANKS)

    rows = []
    for i in range(count):
        if i % 37 == 36:
            rows.append(dict.fromkeys(KEYS, ""))
            continue
        row: dict[str, Any] = {
            "nip": cell(NIPS, BAD_NIPS),
            "nama": f"Pegawai {i}",
            "jabatan": "Kepala",
            "unit_kerja": pick.choice(("Dinas A", "Dinas B", None)),
            "eselon": cell(ECHELONS, BAD_ECHELONS) if i % 3 else "",
            "jabatan_kode": "" if i % 3 else cell(POSITIONS, ("tidak_ada",)),
            "tanggal_asesmen": cell(DATES, BAD_DATES),
        }
        for key in KEYS[7:]:
            row[key] = cell(SCORES, BAD_SCORES)
        rows.append(row)
    return rows


def numbered(rows: list[dict[str, Any]]) -> pl.DataFrame:
    """The rows as text columns with the sheet's row numbers (header = 1) in ``row``."""
    frame = pl.DataFrame(rows, schema=dict.fromkeys(KEYS, pl.String), orient="row")
    return frame.with_row_index("row", offset=2).with_columns(pl.col("row").cast(pl.Int64))


def sorted_outcome(report: FrameReport) -> tuple[list[dict[str, Any]], list[tuple], list[tuple]]:
    """Results by row; errors and warnings by row and content (lazy engines keep no order)."""
    results, errors, warnings = frame_outcome(report)

    def key(item: tuple) -> tuple:
        return tuple("" if v is None else str(v).zfill(12) for v in item)

    return (
        sorted(results, key=lambda r: r["row"]),
        sorted(errors, key=key),
        sorted(warnings, key=key),
    )


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return messy_rows(300)


@pytest.fixture(scope="module")
def expected(rows: list[dict[str, Any]]) -> dict[str, kk.BatchReport]:
    return {name: kk.check_rows(AGENCY, rows, policy=POLICIES[name]) for name in POLICY_NAMES}


POLICY_NAMES = ("seleksi", "cap-total", "weighted-per-level", "bands-per-level")


@pytest.fixture(scope="session")
def dask_client() -> Iterator[Any]:
    """One LocalCluster of two spawned worker processes for the whole session."""
    import dask
    from dask.distributed import Client, LocalCluster

    with dask.config.set({"dataframe.shuffle.method": "tasks"}):
        cluster = LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        )
        client = Client(cluster)
        try:
            yield client
        finally:
            client.close()
            cluster.close()


# --- eager engines: the batch reader's answers, in order ------------------------------------
@pytest.mark.parametrize("policy_name", POLICY_NAMES)
def test_polars_pandas_and_pyarrow_in_row_order(
    rows: list[dict[str, Any]], expected: dict[str, kk.BatchReport], policy_name: str
) -> None:
    frame = pl.DataFrame(rows, schema=dict.fromkeys(KEYS, pl.String), orient="row")
    for native in (frame, frame.to_pandas(), frame.to_arrow()):
        assert_same(
            check_frame(native, AGENCY, policy=POLICIES[policy_name]), expected[policy_name]
        )


# --- lazy engines: the same answers, unordered ----------------------------------------------
@pytest.mark.parametrize("policy_name", POLICY_NAMES)
def test_polars_lazy_and_duckdb_give_the_eager_answers(
    rows: list[dict[str, Any]], policy_name: str
) -> None:
    frame = numbered(rows)
    policy = POLICIES[policy_name]
    eager = sorted_outcome(check_frame(frame, AGENCY, policy=policy))
    assert eager[0]
    assert eager[1]
    assert eager[2]
    polars_lazy = check_frame(frame.lazy(), AGENCY, policy=policy)
    assert isinstance(polars_lazy.results, pl.LazyFrame)
    assert polars_lazy.lazy
    in_duckdb = check_frame(duckdb.from_arrow(frame.to_arrow()), AGENCY, policy=policy)
    assert isinstance(in_duckdb.results, duckdb.DuckDBPyRelation)
    for report in (polars_lazy, in_duckdb):
        assert sorted_outcome(report) == eager


@pytest.mark.parametrize("policy_name", ["weighted-per-level"])
def test_dask_on_a_local_cluster_gives_the_eager_answers(
    rows: list[dict[str, Any]], policy_name: str, dask_client: Any
) -> None:
    import dask.dataframe as dd

    frame = numbered(rows)
    policy = POLICIES[policy_name]
    partitions = dd.from_pandas(frame.to_pandas(), npartitions=3)
    assert partitions.npartitions == 3
    report = check_frame(partitions, AGENCY, policy=policy)
    assert isinstance(report.results, dd.DataFrame)
    assert report.lazy
    results, errors, warnings = dask_client.compute(
        [report.results, report.errors, report.warnings], sync=True
    )
    computed = FrameReport(results, errors, warnings, report.codes, report.policy)
    assert sorted_outcome(computed) == sorted_outcome(check_frame(frame, AGENCY, policy=policy))


def test_lazy_rows_numbered_by_order_by_or_left_null(rows: list[dict[str, Any]]) -> None:
    frame = numbered(rows).rename({"row": "urutan"})
    eager = check_frame(frame, AGENCY)
    by_order = sorted_outcome(check_frame(frame.lazy(), AGENCY, order_by="urutan"))
    assert by_order == sorted_outcome(eager)
    unnumbered = check_frame(frame.lazy(), AGENCY)
    results, _errors, warnings = frame_outcome(unnumbered)
    assert {r["row"] for r in results} == {None}
    assert [r for r in results if r["nip"]]
    assert len(results) == eager.results.height
    assert {w[0] for w in warnings if w[3] == "duplicate-nip"} == {None}
    assert {w[4] for w in warnings if w[3] == "duplicate-nip"} == {
        "NIP yang sama juga ada di baris ?"
    }


def test_duckdb_sql_over_a_csv_file_is_the_batch_reader(tmp_path: Path) -> None:
    source = tmp_path / "hasil.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(KEYS)
        for row in messy_rows(120, seed=11):
            writer.writerow(["" if row[k] is None else row[k] for k in KEYS])
    relation = duckdb.sql(
        "select row_number() over () + 1 as row, * from read_csv(?, delim = ';', "
        "header = true, all_varchar = true)",
        params=[str(source)],
    )
    report = check_frame(relation, AGENCY, policy="seleksi")
    batch = kk.check_file(AGENCY, source, policy="seleksi")
    from_polars = check_frame(
        pl.read_csv(source, separator=";", infer_schema=False), AGENCY, policy="seleksi"
    )
    assert_same(from_polars, batch)
    assert sorted_outcome(report) == sorted_outcome(from_polars)


def test_pyarrow_and_pandas_give_their_own_kinds(rows: list[dict[str, Any]]) -> None:
    frame = pl.DataFrame(rows, schema=dict.fromkeys(KEYS, pl.String), orient="row")
    assert isinstance(check_frame(frame.to_arrow(), AGENCY).errors, pa.Table)
    report = check_frame(frame.to_pandas(), AGENCY)
    assert isinstance(report.results, pd.DataFrame)
    assert list(report.results.index) == list(range(len(report.results)))
