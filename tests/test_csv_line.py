"""The CSV report's line builder against csv.writer itself: quoting of single fields, and
whole lines against the typed cells of the report table."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kamus_kompetensi as kk
from kamus_kompetensi.outcomes import BatchReport, BatchSummary, OfficialResult
from kamus_kompetensi.report.base import RenderOptions
from kamus_kompetensi.report.cells import decimal_text, level_text
from kamus_kompetensi.report.csv_report import CsvLines

ROOT = Path(__file__).resolve().parents[1]
# Mostly plain cells, with the characters that decide quoting mixed in often.
CELL = st.text(alphabet=st.sampled_from('ab 3,5;-"\r\n\t→é'), max_size=8)


def written(cells: list[object], delimiter: str) -> str:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerow(cells)
    return out.getvalue()


def expected_line(lines: CsvLines, item: OfficialResult) -> str:
    """The oracle: the typed cells, each number written by its column's kind, through
    csv.writer."""
    lang = lines.options.lang
    cells: list[object] = []
    for column, value in zip(lines.table.columns, lines.table.values(item), strict=True):
        if value is None:
            cells.append("")
        elif column.kind in ("level", "gap"):
            cells.append(level_text(value, lang))  # type: ignore[arg-type]
        elif isinstance(value, (int, Decimal)):
            cells.append(decimal_text(value, lang))
        else:
            cells.append(value)
    return written(cells, lines.delimiter)


@settings(max_examples=500, deadline=None)
@given(cells=st.lists(CELL, min_size=2, max_size=8), lang=st.sampled_from(["id", "en"]))
def test_fields_are_quoted_as_csv_writer_quotes_them(
    nasional: kk.Dictionary, cells: list[str], lang: str
) -> None:
    lines = CsvLines(RenderOptions(dictionary=nasional, lang=lang))  # type: ignore[arg-type]
    line = lines.delimiter.join(map(lines.field, cells)) + "\r\n"
    assert line == written(cells, lines.delimiter)


def results_with_messy_text(dictionary: kk.Dictionary) -> list[OfficialResult]:
    codes = dictionary.national_codes
    rows = []
    names = ["Budi", 'Ani "Nona"', "a;b", "x,y", "=HYPERLINK(1)", "Ba\nris", "", "Sri  ",
             "-", "@SUM(1)", "\tTab", "Ùnit", "+62"]  # fmt: skip
    levels = ["4", "3,5", "3,50", "2,75", "5", "1", "0", "4,0"]
    for i, name in enumerate(names * 3):
        scores = {code: levels[(i + k) % len(levels)] for k, code in enumerate(codes)}
        nip = f"19800115200501100{i % 10}" if i % 4 else "12;34"
        eselon = ("II.a", "III.a", "IV.a", "V.a")[i % 4]
        rows.append({"nip": nip, "nama": name, "jabatan": "Kepala, Seksi", "unit_kerja": name,
                     "eselon": eselon, **scores})  # fmt: skip
    report = kk.check_rows(dictionary, rows)
    assert not report.errors
    return report.results


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("mask", [False, True])
def test_lines_are_what_csv_writer_writes_for_the_typed_cells(
    nasional: kk.Dictionary, lang: str, mask: bool
) -> None:
    lines = CsvLines(RenderOptions(dictionary=nasional, lang=lang, mask_nip=mask))  # type: ignore[arg-type]
    results = results_with_messy_text(nasional)
    assert any(r.warnings for r in results)
    for item in results * 2:  # the second pass reads the caches
        assert lines.line(item).decode() == expected_line(lines, item)


@pytest.mark.parametrize("table_is_agency", [True, False])
def test_lines_match_for_partial_and_foreign_standards(
    nasional: kk.Dictionary, table_is_agency: bool
) -> None:
    """Standards that cover only some columns (agency positions, national standards in an
    agency table) and results from another dictionary take the slot-by-slot path."""
    agency = kk.load_dictionary(ROOT / "data" / "contoh" / "kamus-instansi-contoh.yaml")
    base = {"nama": "Fiktif", "jabatan": "Kepala", **dict.fromkeys(agency.national_codes, "3,5")}
    rows = [
        {**base, "nip": "196711101992031001", "eselon": "II.a"},
        {**base, "nip": "196711101992031002", "eselon": "", "jabatan_kode": "kepala_bkpsdm",
         "manajemen_talenta": "4", "pengelolaan_data_kepegawaian": "2,5"},
    ]  # fmt: skip
    results = kk.check_rows(agency, rows).results
    assert len(results) == 2
    shown_with = agency if table_is_agency else nasional
    lines = CsvLines(RenderOptions(dictionary=shown_with, lang="id"))
    for item in results * 2:  # the second pass reads the caches
        assert lines.line(item).decode() == expected_line(lines, item)


def test_equal_levels_are_written_alike_whatever_came_first(nasional: kk.Dictionary) -> None:
    results = results_with_messy_text(nasional)
    forward = CsvLines(RenderOptions(dictionary=nasional, lang="id"))
    backward = CsvLines(RenderOptions(dictionary=nasional, lang="id"))
    first = [forward.line(item).decode() for item in results]
    second = [backward.line(item).decode() for item in reversed(results)]
    assert first == second[::-1]
    assert not any(";3,50;" in line for line in first)


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "utf-16", None])
def test_every_kind_of_stream_gets_the_same_report(nasional: kk.Dictionary, encoding: str | None):
    """Bytes straight to a binary stream under the text (UTF-8, Windows-1252), text for
    a stream without one (StringIO) or whose encoding does not keep ASCII as it is
    (UTF-16): the same report in every case."""
    from kamus_kompetensi import report

    # Officials who meet their standard: no "→" of a development need, which Windows-1252
    # cannot hold (the stream would refuse it, with or without this renderer).
    names = ["Budi", 'Ani "Nona"', "a;b", "=HYPERLINK(1)", "Ùnit", ""]
    rows = [{"nip": f"19800115200501100{i}", "nama": name, "jabatan": "Kepala, Seksi",
             "eselon": "II.a", **dict.fromkeys(nasional.national_codes, "5")}
            for i, name in enumerate(names)]  # fmt: skip
    results = kk.check_rows(nasional, rows).results
    assert all(r.result.meets_standard for r in results)
    source = BatchReport(BatchSummary("x.csv", "seleksi", "Seleksi", ("ms",)), results)
    binary = io.BytesIO()
    report.render(source, "csv", binary, dictionary=nasional)
    expected = binary.getvalue().decode("utf-8")
    if encoding is None:
        stream: io.TextIOBase = io.StringIO(newline="")
        report.render(source, "csv", stream, dictionary=nasional)
        got = stream.getvalue()
    else:
        wrapper = io.TextIOWrapper(io.BytesIO(), encoding=encoding, newline="")
        report.render(source, "csv", wrapper, dictionary=nasional)
        wrapper.flush()
        got = wrapper.buffer.getvalue().decode(encoding)  # type: ignore[attr-defined]
    assert len(expected.splitlines()) == 1 + len(results)
    assert got == expected
