"""check_frame gives the batch reader's answers, column-wise, on pandas and Polars.

The property test draws tables with every spelling the batch reader accepts (decimal commas,
spaces, echelon and position-level spellings, agency positions) and a share of bad cells,
under every policy feature, and asserts that :func:`kamus_kompetensi.frame.check_frame` on
pandas and on Polars gives the rows, JPMs, bands, gaps, errors and warnings of
:func:`kamus_kompetensi.check_rows`. The other engines are in ``test_frame_engines.py``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import narwhals.stable.v2 as nw
import pandas as pd
import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kamus_kompetensi as kk
from kamus_kompetensi.errors import InputError
from kamus_kompetensi.frame import WHITESPACE, FrameReport, check_frame
from kamus_kompetensi.models import ScoringPolicy
from kamus_kompetensi.nip import is_valid_nip
from kamus_kompetensi.record_keys import record_keys

ROOT = Path(__file__).resolve().parent.parent
NATIONAL = kk.load_dictionary()
AGENCY = kk.load_dictionary(ROOT / "data" / "contoh" / "kamus-instansi-contoh.yaml")
TECHNICAL = ("manajemen_talenta", "pengelolaan_data_kepegawaian")

ECHELONS = (
    *("II.a", "IIa", "2a", "II/a", "eselon II.b", "III.a", "III b", "3b", "IV.a", "IV-b"),
    *(" 4a ", "V.a", "v.b", "I.a", "Ib", "II", "III"),
)
BAD_ECHELONS = ("VI", "x", "eselon")
LEVELS = (
    *("jpt_pratama", "Jabatan Pimpinan Tinggi Pratama", "administrator", "JABATAN ADMINISTRATOR"),
    *("pengawas", "pelaksana", "jpt madya", "Jabatan Pengawas", "jpt_utama"),
)
BAD_LEVELS = ("ahli_utama", "bukan", "II.a")
POSITIONS = (
    "kepala_bkpsdm",
    "Kepala BKPSDM Kabupaten Contoh",
    "analis_sdm_aparatur_ahli_muda",
    "pranata_sdm_aparatur_terampil",
    "kepala_subbagian_umum_kepegawaian",
)
SCORES = ("4", "3,5", "3.25", " 2,75 ", "1", "0", "5", "4,00", "+3", "3,", ",5", "2.5", "3")
BAD_SCORES = ("6", "5,01", "-1", "3,333", "abc", "nan", "inf", "1e2", "\u0663", "1.2.3", "-0,5")
BLANKS = ("", None, " ", "\t")
DATES = ("2024-01-05", "05-01-2024", "05/01/2024", "2026.03.02", " 2025-12-31 ")
BAD_DATES = ("31-02-2024", "9999-12-31", "kemarin")
NIPS = (
    "196711101992031001",
    "198703152010011002",
    "1987 0315 2010 01 1 002",
    "19870315.2010011002",
)
BAD_NIPS = ("123", "196711101992131001", "abc", "198703152010012000")


def policy(**changes: Any) -> ScoringPolicy:
    """The national selection policy with some fields changed (validated like a file)."""
    data = NATIONAL.get_policy("seleksi").model_dump()
    data.update(code="uji", **changes)
    return ScoringPolicy.model_validate(data)


KKP_BANDS = [
    {
        "position_levels": ["jpt_pratama", "jpt_madya"],
        "bands": [
            {"code": "sangat_baik", "name": "Sangat Baik", "min": "91"},
            {"code": "baik", "name": "Baik", "min": "85,5".replace(",", ".")},
            {"code": "kurang", "name": "Kurang", "min": "0"},
        ],
    }
]
POLICIES: dict[str, ScoringPolicy | str] = {
    "pemetaan": "pemetaan",
    "seleksi": "seleksi",
    "cap-competency": policy(cap="competency"),
    "cap-total": policy(cap="total"),
    "missing-zero": policy(missing="zero"),
    "half-even-1": policy(rounding={"places": 1, "mode": "half_even"}),
    "down-0": policy(rounding={"places": 0, "mode": "down"}),
    "band-exact": policy(band_on="exact", cap="total"),
    "bands-per-level": policy(bands_by_position_level=KKP_BANDS),
    "weighted": policy(weights=[{"manajerial_sosial_kultural": 60, "teknis": 40}]),
    "weighted-per-level": policy(
        weights=[
            {"position_levels": ["jpt_pratama"], "manajerial_sosial_kultural": 0, "teknis": 0},
            {"position_levels": ["administrator"], "manajerial_sosial_kultural": 0, "teknis": 100},
            {"manajerial_sosial_kultural": 70, "teknis": 30},
        ],
        missing="zero",
        cap="competency",
    ),
}


# --- outcomes as plain Python, from either engine -----------------------------------------
def plain(value: Any) -> Any:
    """An engine's cell as plain Python: NaN/NA/NaT → None, numpy scalars → Python."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if type(value).__name__ in ("NAType", "NaTType"):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if hasattr(value, "item") and not isinstance(value, (str, dt.date)):
        return plain(value.item())
    return value


def table_rows(native: Any) -> list[dict[str, Any]]:
    frame = nw.from_native(native)
    if isinstance(frame, nw.LazyFrame):
        frame = frame.collect()
    return [{k: plain(v) for k, v in row.items()} for row in frame.rows(named=True)]


def frame_outcome(report: FrameReport) -> tuple[list[dict[str, Any]], list[tuple], list[tuple]]:
    results = table_rows(report.results)
    errors = [
        tuple(r[k] for k in ("row", "column", "value", "code", "message"))
        for r in table_rows(report.errors)
    ]
    warnings = [
        tuple(r[k] for k in ("row", "column", "value", "code", "message"))
        for r in table_rows(report.warnings)
    ]
    return results, errors, warnings


def batch_outcome(report: kk.BatchReport) -> tuple[list[dict[str, Any]], list[tuple], list[tuple]]:
    def issue(i: kk.RowIssue) -> tuple:
        return (i.row, i.column, i.value, i.code, i.message)

    return (
        report.to_records(),
        [issue(e) for e in report.errors],
        [issue(w) for w in report.warnings],
    )


def assert_same(frame: FrameReport, batch: kk.BatchReport) -> None:
    results, errors, warnings = frame_outcome(frame)
    expected, expected_errors, expected_warnings = batch_outcome(batch)
    assert errors == expected_errors
    assert warnings == expected_warnings
    assert len(results) == len(expected)
    for got, want in zip(results, expected, strict=True):
        # to_records lists the competencies of checked rows; a frame also those of
        # standards whose every row was rejected (null there).
        extra = set(got) - set(want)
        assert all(got[k] is None for k in extra), extra
        assert {k: got[k] for k in want} == want
        # The same keys in the same order, but for the order of the competency blocks: the
        # frame lists them by the first row that names a standard, to_records by the first
        # row checked against it (they differ only when that first row was rejected).
        order = [k for k in got if k in want]
        assert order[: len(FIXED_KEYS)] == list(want)[: len(FIXED_KEYS)] == list(FIXED_KEYS)
        assert sorted(_blocks(order)) == sorted(_blocks(list(want)))


FIXED_KEYS = record_keys(())


def _blocks(keys: list[str]) -> list[tuple[str, ...]]:
    rest = keys[len(FIXED_KEYS) :]
    return [tuple(rest[i : i + 3]) for i in range(0, len(rest), 3)]


def polars_frame(rows: Sequence[Mapping[str, Any]], keys: Sequence[str]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=dict.fromkeys(keys, pl.String), orient="row")


def pandas_frame(rows: Sequence[Mapping[str, Any]], keys: Sequence[str]) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=list(keys))


# --- the table strategy ------------------------------------------------------------------------
def cells(good: Sequence[str], bad: Sequence[str], blank: bool = True) -> st.SearchStrategy[Any]:
    choices: list[st.SearchStrategy[Any]] = [st.sampled_from(good)] * 6
    choices.append(st.sampled_from(bad))
    if blank:
        choices.append(st.sampled_from(BLANKS))
    return st.one_of(*choices)


def _headers(competency: Any) -> list[str]:
    """The spellings a competency column may be headed by: code, official code, name, and
    the name in capitals with spaces around."""
    return [
        competency.code,
        competency.official_code,
        competency.name,
        f" {competency.name.upper()} ",
    ]


@st.composite
def tables(draw: st.DrawFn) -> tuple[kk.Dictionary, list[str], list[dict[str, Any]]]:
    agency = draw(st.booleans())
    dictionary = AGENCY if agency else NATIONAL
    selectors = draw(
        st.sampled_from(
            [("eselon",), ("jenjang",), ("eselon", "jenjang"), ("eselon", "kondisi")]
            + ([("jabatan_kode",), ("jabatan_kode", "eselon")] if agency else [])
        )
    )
    extras = draw(
        st.lists(
            st.sampled_from(["unit_kerja", "tanggal_asesmen", "kinerja", "catatan"]), unique=True
        )
    )
    technical = list(draw(st.sets(st.sampled_from(TECHNICAL)))) if agency else []
    codes = [*dictionary.national_codes, *technical]
    headers = {"nip": "nip", "nama": "Nama", "jabatan": "jabatan"}
    score_headers = {
        code: draw(st.sampled_from(_headers(dictionary.get_competency(code)))) for code in codes
    }
    keys = [*headers.values(), *selectors, *extras, *score_headers.values()]
    count = draw(st.integers(min_value=1, max_value=25))
    nips = cells(NIPS, BAD_NIPS)
    strategies: dict[str, st.SearchStrategy[Any]] = {
        "nip": nips,
        "Nama": st.sampled_from(["Ani", " Budi ", "", None, "Citra Dewi"]),
        "jabatan": st.sampled_from(["Kepala Bagian", "", None]),
        "eselon": cells(ECHELONS, BAD_ECHELONS),
        "jenjang": cells(LEVELS, BAD_LEVELS),
        "jabatan_kode": cells(POSITIONS, ("tidak_ada",)),
        "kondisi": st.sampled_from(["", None, "", "kepala_lpnk", "salah"]),
        "unit_kerja": st.sampled_from(["Dinas A", " ", None]),
        "tanggal_asesmen": cells(DATES, BAD_DATES),
        "kinerja": st.sampled_from(["Baik", None]),
        "catatan": st.sampled_from(["-", None, ""]),
        **{h: cells(SCORES, BAD_SCORES) for h in score_headers.values()},
    }
    rows = []
    for _ in range(count):
        if draw(st.integers(0, 9)) == 0:  # now and then a fully blank row
            rows.append(dict.fromkeys(keys, draw(st.sampled_from(BLANKS))))
            continue
        row = {key: draw(strategies[key]) for key in keys}
        if draw(st.integers(0, 3)) == 0 and rows:  # a NIP seen before
            row["nip"] = draw(st.sampled_from(rows))["nip"]
        rows.append(row)
    return dictionary, keys, rows


@settings(max_examples=30, deadline=None)
@given(table=tables(), policy_name=st.sampled_from(sorted(POLICIES)))
def test_same_answers_as_the_row_engine_on_pandas_and_polars(
    table: tuple[kk.Dictionary, list[str], list[dict[str, Any]]], policy_name: str
) -> None:
    dictionary, keys, rows = table
    rules = POLICIES[policy_name]
    expected = kk.check_rows(dictionary, rows, policy=rules)
    for frame in (polars_frame(rows, keys), pandas_frame(rows, keys)):
        assert_same(check_frame(frame, dictionary, policy=rules), expected)


# --- fixed cases ------------------------------------------------------------------------------
def sample_rows(count: int = 40) -> list[dict[str, Any]]:
    """Clean rows of every national standard with varied levels (decimal commas)."""
    scores = ("3", "3,5", "2,75", "4", "3,25", "2", "4,5", "1,25", "5", "0,5")
    echelons = ("II.a", "III.a", "III.b", "IV.a", "IV.b", "V.a", "I.b")
    rows = []
    for i in range(count):
        row = {
            "nip": f"19671110199203{1 + i % 2}{i + 1:03d}",
            "nama": f"Pegawai {i}",
            "jabatan": "Kepala",
            "eselon": echelons[i % len(echelons)],
            "tanggal_asesmen": f"{1 + i % 28:02d}-03-2025",
        }
        row.update(
            {
                code: scores[(i * 7 + k * 3) % len(scores)]
                for k, code in enumerate(NATIONAL.national_codes)
            }
        )
        rows.append(row)
    return rows


def test_results_columns_are_the_keys_of_to_records() -> None:
    rows = sample_rows()
    records = kk.check_rows(NATIONAL, rows).to_records()
    for frame in (pl.DataFrame(rows), pd.DataFrame(rows)):
        report = check_frame(frame, NATIONAL)
        assert list(nw.from_native(report.results).columns) == list(records[0])
        assert tuple(records[0]) == record_keys(report.codes)


def test_agency_positions_order_technical_columns_as_to_records() -> None:
    national = dict.fromkeys(AGENCY.national_codes, "3")
    rows = [
        {
            "nip": "",
            "nama": "A",
            "jabatan": "x",
            "jabatan_kode": "analis_sdm_aparatur_ahli_muda",
            **national,
            "manajemen_talenta": "3",
            "pengelolaan_data_kepegawaian": "2,5",
        },
        {
            "nip": "",
            "nama": "B",
            "jabatan": "x",
            "jabatan_kode": "pranata_sdm_aparatur_terampil",
            **national,
            "manajemen_talenta": "",
            "pengelolaan_data_kepegawaian": "2",
        },
        {"nip": "", "nama": "C", "jabatan": "x", "jabatan_kode": "", "eselon": "IV.a", **national},
    ]
    records = kk.check_rows(AGENCY, rows).to_records()
    report = check_frame(pl.DataFrame(rows), AGENCY)
    assert list(report.results.columns) == list(records[0])
    assert_same(report, kk.check_rows(AGENCY, rows))


def test_jpm_is_the_float_of_the_exact_half_up_value() -> None:
    """Every attained total of a 9-competency standard requiring 4 (Σ 36): 0 to 45 in
    hundredths steps of 0.25 on one competency and 0.5 on the others."""
    rows = []
    for i in range(0, 1801):
        first, rest = divmod(i, 9)
        levels = [min(500, 25 * (rest + first % 2))] + [min(500, 50 * (first % 11))] * 8
        rows.append(
            {
                "nip": "",
                "nama": str(i),
                "jabatan": "x",
                "eselon": "II.a",
                **{c: str(v / 100) for c, v in zip(NATIONAL.national_codes, levels, strict=True)},
            }
        )
    expected = kk.check_rows(NATIONAL, rows, policy="seleksi")
    jpms = [float(r.result.jpm) for r in expected.results]
    for frame in (pl.DataFrame(rows), pd.DataFrame(rows)):
        results = table_rows(check_frame(frame, NATIONAL, policy="seleksi").results)
        assert [r["jpm"] for r in results] == jpms
    assert len(set(jpms)) > 100
    assert all(Decimal(str(j)) == r.result.jpm for j, r in zip(jpms, expected.results, strict=True))


def test_whitespace_is_what_str_strip_removes() -> None:
    assert set(WHITESPACE) == {c for c in map(chr, range(0x110000)) if c.isspace()}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.from_regex(
                r"(19|20)[0-9]{2}(0[0-9]|1[0-3])[0-3][0-9](19|20)[0-9]{2}[0-3][0-9][0-3][0-9]{3}",
                fullmatch=True,
            ),
            st.text(alphabet="0123456789 .a", min_size=0, max_size=20),
            st.sampled_from(["196711101992031001", "200002292025211001", "190002292020011001"]),
        ),
        min_size=1,
        max_size=30,
    )
)
def test_nip_structure_rule_in_columns_is_is_valid_nip(nips: list[str]) -> None:
    from kamus_kompetensi.frame import with_nip_valid

    frame = nw.from_native(pl.DataFrame({"nip": nips}, schema={"nip": pl.String}))
    found = with_nip_valid(frame, "nip", "ok")["ok"].to_list()
    assert found == [is_valid_nip(n) for n in nips]


def test_rows_of_a_row_column_and_renamed_columns() -> None:
    rows = sample_rows(5)
    frame = pl.DataFrame(rows).rename({"eselon": "Kode Eselon", "nama": "Nama Pegawai ASN"})
    frame = frame.with_columns(pl.Series("row", [10, 20, 30, 40, 50]))
    report = check_frame(
        frame, NATIONAL, columns={"Kode Eselon": "eselon", "Nama Pegawai ASN": "nama"}
    )
    assert report.results["row"].to_list() == [10, 20, 30, 40, 50]
    assert report.results["name"].to_list() == [r["nama"] for r in rows]
    assert report.warnings.is_empty()


def test_numeric_columns_are_read_as_their_text() -> None:
    rows = sample_rows(7)
    numeric = pl.DataFrame(rows).with_columns(
        pl.col(code).str.replace(",", ".").cast(pl.Float64) for code in NATIONAL.national_codes
    )
    expected = table_rows(check_frame(pl.DataFrame(rows), NATIONAL).results)
    assert table_rows(check_frame(numeric, NATIONAL).results) == expected
    assert table_rows(check_frame(numeric.to_pandas(), NATIONAL).results) == expected


def test_pyarrow_table_gives_pyarrow_tables() -> None:
    import pyarrow as pa

    rows = sample_rows(10)
    report = check_frame(pa.Table.from_pylist(rows), NATIONAL)
    assert isinstance(report.results, pa.Table)
    assert table_rows(report.results) == table_rows(
        check_frame(pl.DataFrame(rows), NATIONAL).results
    )


def test_a_numeric_nip_is_flagged_as_excel_would_have_changed_it() -> None:
    rows = sample_rows(2)
    frame = pd.DataFrame(rows).assign(nip=[196711101992031001.0, None])
    report = check_frame(frame, NATIONAL)
    warnings = table_rows(report.warnings)
    assert [w["code"] for w in warnings] == ["nip-as-number", "missing-nip"]


# --- what cannot be checked at all ---------------------------------------------------------
def test_not_a_table_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        check_frame([{"nip": "1"}], NATIONAL)
    assert caught.value.code == "frame-not-supported"


def test_missing_columns_are_one_input_error() -> None:
    with pytest.raises(InputError) as caught:
        check_frame(pl.DataFrame({"nip": ["1"], "nama": ["A"]}), NATIONAL)
    assert caught.value.code == "missing-columns"


def test_a_missing_engine_library_is_an_input_error_naming_the_extra() -> None:
    from kamus_kompetensi.frame import _missing_library, _require

    with pytest.raises(InputError) as caught:
        _require("dask_tidak_terpasang.dataframe")
    assert caught.value.code == "frame-library-missing"
    assert "dask_tidak_terpasang" in str(caught.value)
    with pytest.raises(InputError) as caught, _missing_library():
        raise ModuleNotFoundError("No module named 'pyarrow'", name="pyarrow")
    assert "kamus-kompetensi[pyarrow]" in str(caught.value)


def test_unknown_ordering_column_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        check_frame(pl.DataFrame(sample_rows(2)).lazy(), NATIONAL, order_by="tidak_ada")
    assert caught.value.code == "frame-order-by"


def test_messages_follow_the_language() -> None:
    rows = sample_rows(2)
    rows[1]["integritas"] = "9"
    with kk.language("en"):
        errors = table_rows(check_frame(pl.DataFrame(rows), NATIONAL).errors)
    assert errors[0]["message"] == 'score "9" for "integritas" is outside the level range 0–5'


def test_an_empty_table_gives_empty_tables() -> None:
    keys = ["nip", "nama", "jabatan", "eselon", *NATIONAL.national_codes]
    empty = pl.DataFrame(schema=dict.fromkeys(keys, pl.String))
    for native in (empty, empty.to_pandas(), empty.lazy()):
        report = check_frame(native, NATIONAL)
        assert frame_outcome(report) == ([], [], [])
        assert report.codes == ()


def test_column_names_must_be_text() -> None:
    with pytest.raises(InputError) as caught:
        check_frame(pd.DataFrame({0: ["x"]}), NATIONAL)
    assert caught.value.code == "frame-column-name"
