"""Batch reports: dispatch, atomic output, and the text, CSV and JSON formats read back."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tracemalloc
import weakref
from collections import deque
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import kamus_kompetensi as kk
from kamus_kompetensi.batch.outcomes import OfficialResult, RowIssue
from kamus_kompetensi.nip import mask_nip
from kamus_kompetensi.report import (
    FORMATS,
    ReportWriteError,
    UnknownFormatError,
    format_for_path,
    render,
)
from kamus_kompetensi.report.cells import neutralise, safe_text
from tests.report_support import (
    FORMULA_POSITION,
    HOSTILE_NAME,
    NIP_BUDI,
    StreamingRun,
    batch_report,
    outcomes,
    result_for,
)

ROOT = Path(__file__).resolve().parent.parent


def _csv(nasional: kk.Dictionary, **options: Any) -> list[dict[str, str]]:
    buffer = io.BytesIO()
    render(batch_report(nasional), "csv", buffer, dictionary=nasional, **options)
    text = buffer.getvalue().decode("utf-8")
    delimiter = ";" if options.get("lang", "id") == "id" else ","
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


def _json(nasional: kk.Dictionary, source: Any = None, **options: Any) -> dict[str, Any]:
    buffer = io.StringIO()
    render(source or batch_report(nasional), "json", buffer, dictionary=nasional, **options)
    data: dict[str, Any] = json.loads(buffer.getvalue())
    return data


# --- dispatch and output -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.txt", "text"),
        ("a.csv", "csv"),
        ("dir/a.XLSX", "xlsx"),
        ("a.json", "json"),
        ("a.html", "html"),
        ("a.htm", "html"),
        ("Laporan.PDF", "pdf"),
    ],
)
def test_format_for_path(name: str, fmt: str) -> None:
    assert format_for_path(name) == fmt
    assert fmt in FORMATS


@pytest.mark.parametrize("name", ["a.docx", "a", "a.csv.bak", ""])
def test_unknown_extension_is_a_kamus_value_error(name: str) -> None:
    with pytest.raises(UnknownFormatError, match=r"\.csv") as caught:
        format_for_path(name)
    assert isinstance(caught.value, kk.KamusError)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("fmt", ["docx", "", None, 3])
def test_unknown_format_name(nasional: kk.Dictionary, fmt: Any) -> None:
    with pytest.raises(UnknownFormatError, match="text, csv, xlsx, json, html, pdf"):
        render(batch_report(nasional), fmt, io.StringIO(), dictionary=nasional)


def test_wrong_source_or_dictionary_is_an_input_error(nasional: kk.Dictionary) -> None:
    with pytest.raises(kk.InputError, match="source"):
        render([1, 2], "csv", io.StringIO(), dictionary=nasional)  # type: ignore[arg-type]
    with pytest.raises(kk.InputError, match="dictionary"):
        render(batch_report(nasional), "csv", io.StringIO(), dictionary="nasional")  # type: ignore[arg-type]


def test_the_national_dictionary_is_the_default(nasional: kk.Dictionary) -> None:
    with_default, explicit = io.StringIO(), io.StringIO()
    render(batch_report(nasional), "csv", with_default)
    render(batch_report(nasional), "csv", explicit, dictionary=nasional)
    assert with_default.getvalue() == explicit.getvalue()


def test_a_dictionary_other_than_the_reports_is_refused(nasional: kk.Dictionary) -> None:
    """Names and indicators would come from the wrong dictionary: refuse, do not guess."""
    agency = kk.load_dictionary(ROOT / "data" / "contoh" / "kamus-instansi-contoh.yaml")
    with pytest.raises(kk.InputError) as info:
        render(batch_report(nasional), "csv", io.StringIO(), dictionary=agency)
    assert info.value.code == "report-dictionary-mismatch"


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_writes_a_path_and_leaves_no_temporary_file(
    nasional: kk.Dictionary, tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / f"laporan.{fmt if fmt != 'text' else 'txt'}"
    render(batch_report(nasional), fmt, target, dictionary=nasional)
    assert target.stat().st_size > 100
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
    assert format_for_path(target) == fmt


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_error_mid_run_leaves_no_file(nasional: kk.Dictionary, tmp_path: Path, fmt: str) -> None:
    def failing() -> Iterator[OfficialResult | RowIssue]:
        yield from outcomes(nasional)[:2]
        raise kk.InputError("input broke at row 4")

    target = tmp_path / "laporan.out"
    with pytest.raises(kk.InputError, match="row 4"):
        render(StreamingRun(nasional, failing()), fmt, target, dictionary=nasional)
    assert list(tmp_path.iterdir()) == []


def test_an_existing_report_survives_a_failed_run(nasional: kk.Dictionary, tmp_path: Path) -> None:
    target = tmp_path / "laporan.csv"
    target.write_text("previous report", encoding="utf-8")
    target.chmod(0o644)

    def failing() -> Iterator[OfficialResult | RowIssue]:
        yield outcomes(nasional)[0]
        raise kk.InputError("broken")

    with pytest.raises(kk.InputError):
        render(StreamingRun(nasional, failing()), "csv", target, dictionary=nasional)
    assert target.read_text(encoding="utf-8") == "previous report"
    render(batch_report(nasional), "csv", target, dictionary=nasional)
    assert target.read_text(encoding="utf-8-sig").startswith("Baris;NIP;")
    assert target.stat().st_mode & 0o777 == 0o644


def test_new_report_files_are_private(nasional: kk.Dictionary, tmp_path: Path) -> None:
    target = tmp_path / "laporan.json"
    render(batch_report(nasional), "json", target, dictionary=nasional)
    assert target.stat().st_mode & 0o777 == 0o600


def test_unwritable_folder_is_a_report_write_error(nasional: kk.Dictionary, tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "laporan.csv"
    with pytest.raises(ReportWriteError, match="no-such-folder") as caught:
        render(batch_report(nasional), "csv", target, dictionary=nasional)
    assert caught.value.code == "report-write-failed"
    (tmp_path / "a-folder.csv").mkdir()
    with pytest.raises(ReportWriteError):
        render(batch_report(nasional), "csv", tmp_path / "a-folder.csv", dictionary=nasional)
    assert [p.name for p in tmp_path.iterdir()] == ["a-folder.csv"]


def test_streams_are_not_closed(nasional: kk.Dictionary) -> None:
    binary, text = io.BytesIO(), io.StringIO()
    render(batch_report(nasional), "json", binary, dictionary=nasional)
    render(batch_report(nasional), "text", text, dictionary=nasional)
    assert not binary.closed
    assert not text.closed
    assert json.loads(binary.getvalue())["summary"]["rows_read"] == 5


# --- cells ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["=1+1", "+62", "-x", "@SUM(A1)", "\tx", "\rx"])
def test_formula_prefixes_are_neutralised(text: str) -> None:
    assert neutralise(text) == "'" + text


def test_safe_text_strips_control_characters() -> None:
    assert safe_text("Bu\x1b[2Jdi\x00") == "Bu[2Jdi"
    assert safe_text(None) == ""


# --- text ----------------------------------------------------------------------------------
def test_text_lists_rows_in_input_order_then_the_summary(nasional: kk.Dictionary) -> None:
    out = io.StringIO()
    render(batch_report(nasional), "text", out, dictionary=nasional)
    text = out.getvalue()
    rows = [int(m) for m in re.findall(r"^\s+(\d+) ", text, flags=re.MULTILINE)]
    assert rows == [2, 3, 4, 5, 6]
    assert "95,83" in text
    assert "baris ditolak" in text
    assert text.index("Baris dibaca") > text.index("Budi Santoso")
    assert "'@Siti" in text
    assert "\x1b" not in text


def test_text_in_english_and_masked(nasional: kk.Dictionary) -> None:
    out = io.StringIO()
    render(batch_report(nasional), "text", out, dictionary=nasional, lang="en", mask_nip=True)
    text = out.getvalue()
    assert "Rows read" in text
    assert "95.83" in text
    assert NIP_BUDI not in text
    assert "19900101201503200X" not in text
    assert mask_nip(NIP_BUDI) in text


# --- CSV -----------------------------------------------------------------------------------
def test_csv_indonesian_dialect(nasional: kk.Dictionary) -> None:
    rows = _csv(nasional)
    assert [r["Baris"] for r in rows] == ["2", "4", "6"]
    budi = rows[0]
    assert budi["NIP"] == NIP_BUDI
    assert budi["M.01 standar"] == "4"
    assert budi["M.01 capaian"] == "3,5"
    assert budi["M.01 selisih"] == "-0,5"  # a number we wrote: never neutralised
    assert budi["M.02 selisih"] == "-1"
    assert budi["JPM"] == "95,83"
    assert budi["Kode kategori"] == "ms"
    assert budi["Memenuhi standar"] == "tidak"
    assert budi["Kebutuhan pengembangan"] == "M.01 Integritas 3,5→4; M.02 Kerjasama 3→4"
    assert budi["Peringatan"] == "invalid-nip"


def test_csv_english_dialect(nasional: kk.Dictionary) -> None:
    rows = _csv(nasional, lang="en")
    assert rows[0]["M.01 attained"] == "3.5"
    assert rows[0]["M.01 gap"] == "-0.5"
    assert rows[0]["JPM"] == "95.83"
    assert rows[0]["Meets the standard"] == "no"


def test_csv_neutralises_input_text_only(nasional: kk.Dictionary) -> None:
    rows = _csv(nasional)
    hostile, siti = rows[1], rows[2]
    assert hostile["Nama"] == HOSTILE_NAME
    assert hostile["Jabatan"] == "'" + FORMULA_POSITION
    assert hostile["Unit kerja"] == "'-Biro Hukum"
    assert siti["NIP"] == "'+6281234"
    assert siti["Nama"] == "'@Siti Aminah"
    for row in rows:
        for key, value in row.items():
            if value.startswith(("=", "+", "@")):
                pytest.fail(f"{key}: {value!r} would run as a formula")
            if value.startswith("-"):
                assert re.fullmatch(r"-[0-9]+(,[0-9]+)?", value), (key, value)


def test_csv_masks_nip(nasional: kk.Dictionary) -> None:
    rows = _csv(nasional, mask_nip=True)
    assert rows[0]["NIP"] == "**************1002"
    assert all(NIP_BUDI not in value for row in rows for value in row.values())


def test_csv_file_has_a_bom_for_excel(nasional: kk.Dictionary, tmp_path: Path) -> None:
    target = tmp_path / "laporan.csv"
    render(batch_report(nasional), "csv", target, dictionary=nasional)
    assert target.read_bytes().startswith(b"\xef\xbb\xbfBaris;")
    stream = io.BytesIO()
    render(batch_report(nasional), "csv", stream, dictionary=nasional)
    assert stream.getvalue().startswith(b"Baris;")


def test_csv_leaves_competencies_outside_the_standard_empty(nasional: kk.Dictionary) -> None:
    header = _csv(nasional)[0].keys()
    codes = [m[1] for h in header if (m := re.fullmatch(r"(\S+\.\S+) standar", h))]
    assert codes == [c.official_code for c in nasional.competencies]


# --- JSON ----------------------------------------------------------------------------------
def test_json_shape(nasional: kk.Dictionary) -> None:
    data = _json(nasional)
    assert set(data) == {"format", "results", "errors", "warnings", "summary"}
    assert data["format"] == "kamus-kompetensi/batch-report/2"
    summary = data["summary"]
    assert (summary["rows_read"], summary["rows_checked"], summary["rows_rejected"]) == (5, 3, 2)
    assert [r["row"] for r in data["results"]] == [2, 4, 6]
    assert [e["row"] for e in data["errors"]] == [3, 5]
    assert [w["row"] for w in data["warnings"]] == [2]
    for result in data["results"]:
        assert re.fullmatch(r"[0-9]+\.[0-9]{2}", result["jpm"])
        for key in ("row", "nip", "name", "position_level", "standard", "band", "meets_standard"):
            assert key in result


def test_json_result_values(nasional: kk.Dictionary) -> None:
    budi = _json(nasional)["results"][0]
    assert budi["jpm"] == "95.83"
    assert budi["band"] == {"code": "ms", "name": "Memenuhi Syarat"}
    assert budi["meets_standard"] is False
    assert budi["competencies"]["integritas"] == {
        "required": 4,
        "attained": "3.5",
        "gap": "-0.5",
        "meets": False,
    }
    assert budi["development"] == ["integritas", "kerjasama"]
    assert [w["code"] for w in budi["warnings"]] == ["invalid-nip"]
    result = result_for(nasional, "jpt_pratama", {"integritas": "3,5", "kerjasama": 3})
    assert Decimal(budi["jpm"]) == result.jpm


def test_json_masks_nips_in_results_and_echoed_values(nasional: kk.Dictionary) -> None:
    data = _json(nasional, mask_nip=True)
    text = json.dumps(data)
    assert NIP_BUDI not in text
    assert "19900101201503200X" not in text
    assert data["errors"][1]["value"] == mask_nip("19900101201503200X")
    assert data["errors"][0]["value"] == "=6+1"  # JSON is data, not a spreadsheet


def test_json_from_an_empty_stream_is_valid(nasional: kk.Dictionary) -> None:
    data = _json(nasional, StreamingRun(nasional, []))
    assert data["results"] == []
    assert data["errors"] == []
    assert data["summary"]["rows_read"] == 0


def test_json_spools_many_errors(nasional: kk.Dictionary) -> None:
    errors = (RowIssue(row, "score-empty", "nilai kosong " + "x" * 80) for row in range(2, 20002))
    data = _json(nasional, StreamingRun(nasional, errors))
    assert len(data["errors"]) == 20000
    assert data["errors"][-1]["row"] == 20001
    assert data["summary"]["rows_rejected"] == 20000


def test_streaming_source_and_batch_report_give_the_same_output(nasional: kk.Dictionary) -> None:
    for fmt in ("text", "csv", "json"):
        streamed, held = io.BytesIO(), io.BytesIO()
        render(StreamingRun(nasional, outcomes(nasional)), fmt, streamed, dictionary=nasional)
        render(batch_report(nasional), fmt, held, dictionary=nasional)
        assert streamed.getvalue() == held.getvalue(), fmt


# --- streaming memory ----------------------------------------------------------------------
class _Sink(io.RawIOBase):
    """A binary stream that forgets what it is given (like /dev/null) but counts it."""

    def __init__(self) -> None:
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.size += len(data)
        return len(data)


class _Probe(dict[str, str]):
    """A checked row's details that can be watched (records are tuples: no weak refs)."""


class _Watched:
    """Yields many small records and notes every one still alive two rows later.

    A renderer that keeps records (in a list, a dict, a buffer of objects) shows up as
    ``held > 0``; a streaming one lets each record go as soon as its line is written.
    Each record carries a :class:`_Probe` that lives as long as the record does.
    """

    def __init__(
        self, result: kk.AssessmentResult, count: int, keep_first: int, with_errors: bool
    ) -> None:
        self.result, self.count, self.keep_first = result, count, keep_first
        self.error_every = 1000 if with_errors else count + 2
        self.held = 0

    def __iter__(self) -> Iterator[OfficialResult | RowIssue]:
        recent: deque[weakref.ref[_Probe]] = deque(maxlen=2)
        for row in range(2, self.count + 2):
            item: OfficialResult | RowIssue
            probe = _Probe(unit=f"Unit {row % 7}")
            if row % self.error_every == 0:
                item = RowIssue(row, "score-empty", "nilai kosong", column="Integritas")
            else:
                result = self.result._replace(nip=f"{row:018d}", name=f"P {row}")
                item = OfficialResult(row, result, probe)
            if len(recent) == 2 and row - 2 > self.keep_first + 1 and recent[0]() is not None:
                self.held += 1
            recent.append(weakref.ref(probe))
            del probe
            yield item
            del item


def _watched(
    nasional: kk.Dictionary, count: int, keep_first: int = 0, with_errors: bool = True
) -> tuple[Any, _Watched]:
    result = result_for(nasional, "pelaksana", {"integritas": "1,5"})
    watched = _Watched(result, count, keep_first, with_errors)
    return StreamingRun(nasional, watched), watched


@pytest.mark.parametrize(
    ("fmt", "count"), [("csv", 50_000), ("json", 50_000), ("text", 50_000), ("xlsx", 2_000)]
)
def test_streaming_formats_let_every_record_go(
    nasional: kk.Dictionary, fmt: str, count: int
) -> None:
    source, watched = _watched(nasional, count)
    sink = _Sink()
    render(source, fmt, sink, dictionary=nasional)
    assert watched.held == 0
    assert source.summary.rows_read == count
    assert sink.size > 1000


def test_html_keeps_only_the_profiles_it_shows(
    nasional: kk.Dictionary, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kamus_kompetensi.report import html_report

    monkeypatch.setattr(html_report, "PROFILE_LIMIT", 10)
    monkeypatch.setattr(html_report, "ISSUE_LIMIT", 10)
    source, watched = _watched(nasional, 3_000, keep_first=10, with_errors=False)
    out = io.StringIO()
    render(source, "html", out, dictionary=nasional)
    assert watched.held == 0
    assert out.getvalue().count('class="profile"') == 10


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_streaming_peak_memory_is_flat(nasional: kk.Dictionary, fmt: str) -> None:
    count = 10_000
    source, _ = _watched(nasional, count)
    sink = _Sink()
    tracemalloc.start()
    try:
        render(source, fmt, sink, dictionary=nasional)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Keeping the records would take about 10 000 × 400 bytes, buffering the output
    # (sink.size, 1.4 MB of CSV, 10 MB of JSON) at least as much; streaming needs neither
    # (measured: about 0.35 MB, mostly the dictionary's lazily built indexes and caches).
    assert sink.size > 1_000_000
    assert peak < 1_000_000, f"peak {peak} bytes"


def test_no_leftover_files_in_the_working_folder(
    nasional: kk.Dictionary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    render(batch_report(nasional), "csv", "laporan.csv", dictionary=nasional)
    assert os.listdir(tmp_path) == ["laporan.csv"]


# --- docs/laporan.md ------------------------------------------------------------------------
LAPORAN = Path(__file__).resolve().parent.parent / "docs" / "laporan.md"


def test_docs_name_every_column_and_json_key(nasional: kk.Dictionary) -> None:
    from kamus_kompetensi.report.base import RenderOptions
    from kamus_kompetensi.report.table import ResultTable

    documented = set(re.findall(r"`([^`\n]+)`", LAPORAN.read_text(encoding="utf-8")))
    table = ResultTable(RenderOptions(nasional, "id"))
    per_competency = ("_required", "_attained", "_gap")
    keys = {c.key for c in table.columns if not c.key.endswith(per_competency)}
    keys |= {"<kode>_required", "<kode>_attained", "<kode>_gap"}
    data = _json(nasional)
    keys |= set(data) | set(data["results"][0]) | set(data["summary"])
    missing = sorted(keys - documented)
    assert not missing, f"docs/laporan.md does not mention: {missing}"


def test_docs_python_example_runs() -> None:
    text = LAPORAN.read_text(encoding="utf-8")
    blocks = re.findall(r"^```python\n(.*?)^```", text, flags=re.DOTALL | re.MULTILINE)
    assert blocks
    for block in blocks:
        exec(compile(block, str(LAPORAN), "exec"), {})


def test_docs_json_example_is_valid_json() -> None:
    text = LAPORAN.read_text(encoding="utf-8")
    blocks = re.findall(r"^```json\n(.*?)^```", text, flags=re.DOTALL | re.MULTILINE)
    assert blocks
    for block in blocks:
        json.loads(block)


def test_text_shows_a_loose_warning_as_a_warning(nasional: kk.Dictionary) -> None:
    warning = RowIssue(9, "invalid-nip", "struktur NIP tidak lazim", "warning")
    out = io.StringIO()
    render(StreamingRun(nasional, [warning]), "text", out, dictionary=nasional)
    assert "     9 peringatan: struktur NIP tidak lazim [invalid-nip]" in out.getvalue()
