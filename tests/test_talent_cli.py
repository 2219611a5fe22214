"""``kamus-kompetensi talent``: the grid for a talent committee in text, JSON, HTML, XLSX.

The example file's expected placement is worked out by hand in
``tests/examples/talent/README.md``. The HTML grid is rendered in headless Chromium (no
skip when it is missing, as for the check report).
"""

from __future__ import annotations

import csv
import json
import os
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.chromium import rendered_dom
from tests.conftest import EXAMPLES, Cli

TALENT_CSV = EXAMPLES / "talent" / "pejabat-kinerja.csv"
#: box → rows, from the README's table.
BOX_ROWS = {9: [3, 4, 2], 8: [7], 7: [5, 6], 6: [10], 5: [8, 18], 4: [13], 3: [11], 2: [9]}
BOX_ROWS |= {1: [12, 14]}
#: (performance row, potential column) → box: the reference layout, top row first.
LAYOUT = [[4, 7, 9], [2, 5, 8], [1, 3, 6]]
WITHOUT = {
    15: "missing-performance-rating",
    16: "unknown-performance-rating",
    17: "row-rejected",
}
NIP_ROW_2 = "198001012005011001"
HOSTILE = "<b>Fajar</b> & Co (fiktif)"


def _json(cli: Cli, *args: str | Path) -> dict[str, Any]:
    run = cli("talent", TALENT_CSV, "--format", "json", *args)
    assert run.code == 1, run.err  # three rows have no box
    document: dict[str, Any] = json.loads(run.out)
    return document


def test_json_shape_boxes_pool_and_rows_without_box(cli: Cli) -> None:
    doc = _json(cli)
    assert doc["format"] == "kamus-kompetensi/talent-grid/1"
    assert [b["box"] for b in doc["boxes"]] == [9, 8, 7, 6, 5, 4, 3, 2, 1]
    for box in doc["boxes"]:
        assert [o["row"] for o in box["officials"]] == BOX_ROWS[box["box"]]
        assert box["count"] == len(BOX_ROWS[box["box"]])
        assert box["recommendation"]
    nine = doc["boxes"][0]
    assert (nine["potential"], nine["performance"]) == ("tinggi", "tinggi")
    assert nine["officials"][0]["jpm"] == "125.00"  # highest JPM first
    assert doc["pool"]["boxes"] == [9, 8, 7]
    assert [o["row"] for o in doc["pool"]["officials"]] == [3, 4, 2, 7, 5, 6]
    without = {o["row"]: o["reason"] for o in doc["officials_without_box"]}
    assert without == WITHOUT
    unknown = next(o for o in doc["officials_without_box"] if o["row"] == 16)
    assert unknown["value"] == "Baik sekali"
    summary = doc["summary"]
    assert (summary["rows_read"], summary["placed"], summary["without_box"]) == (17, 14, 3)
    assert summary["rows_read"] == summary["placed"] + summary["without_box"]


def test_pool_is_configurable(cli: Cli) -> None:
    doc = _json(cli, "--pool", "9, 6")
    assert doc["pool"]["boxes"] == [9, 6]
    assert [o["row"] for o in doc["pool"]["officials"]] == [3, 4, 2, 10]


@pytest.mark.parametrize("pool", ["0,9", "10", "7;8", "tujuh", ""])
def test_bad_pool_is_a_usage_error(cli: Cli, pool: str) -> None:
    run = cli("talent", TALENT_CSV, "--pool", pool)
    assert run.code == 2
    assert run.codes == ["talent-pool-invalid"]


def test_mask_nip_everywhere(cli: Cli, tmp_path: Path) -> None:
    doc = _json(cli, "--mask-nip")
    text = json.dumps(doc)
    assert NIP_ROW_2 not in text
    assert doc["boxes"][0]["officials"][2]["nip"] == "**************1001"
    for fmt in ("html", "txt", "xlsx"):
        target = tmp_path / f"talent.{fmt}"
        assert cli("talent", TALENT_CSV, "--mask-nip", "-o", target).code == 1
        if fmt == "xlsx":
            workbook = openpyxl.load_workbook(target)
            cells = [str(c.value) for s in workbook for row in s.iter_rows() for c in row]
            text = "\n".join(cells)
        else:
            text = target.read_text("utf-8")
        assert NIP_ROW_2 not in text
        assert "**************1001" in text


def test_text_grid_and_reasons(cli: Cli) -> None:
    run = cli("talent", TALENT_CSV)
    assert run.code == 1
    lines = run.out.splitlines()
    grid = lines[lines.index("") + 1 : lines.index("") + 5]
    assert grid[0].split() == [
        "Kinerja",
        "\\",
        "Potensial",
        "(JPM)",
        "Rendah",
        "Menengah",
        "Tinggi",
    ]
    assert grid[1].startswith("Di atas ekspektasi")
    assert "[4] 1 orang  [7] 2 orang  [9] 3 orang" in grid[1]
    assert "[2] 1 orang  [5] 2 orang  [8] 1 orang" in grid[2]
    assert "[1] 2 orang  [3] 1 orang  [6] 1 orang" in grid[3]
    assert sorted(run.codes) == sorted(WITHOUT.values())
    assert "17 baris dibaca, 14 ditempatkan, 3 tanpa kotak, 6 di kelompok suksesi" in run.err
    assert "fiktif" not in run.err  # no name on stderr


def test_text_in_english(cli: Cli) -> None:
    run = cli("talent", TALENT_CSV, "--lang", "en")
    assert "Above expectations" in run.out
    assert "Box 9: Performance above expectations and high potential (3 people)" in run.out
    assert "Box 8: Performance meets expectations and high potential (1 person)" in run.out
    assert "Promote and retain" in run.out


def test_every_row_is_accounted_for_without_ratings(cli: Cli) -> None:
    """A file with no kinerja column: every official is listed without a box."""
    sample = Path(__file__).parent.parent / "data" / "contoh" / "hasil-asesmen-contoh.csv"
    run = cli("talent", sample, "--format", "json")
    doc = json.loads(run.out)
    assert run.code == 1
    assert doc["summary"]["placed"] == 0
    reasons = {o["reason"] for o in doc["officials_without_box"]}
    assert reasons == {"missing-performance-rating", "row-rejected"}
    assert len(doc["officials_without_box"]) == doc["summary"]["rows_read"]


# --- a saved JSON check report ----------------------------------------------------------------
def test_saved_report_gives_the_same_grid(cli: Cli, tmp_path: Path) -> None:
    saved = tmp_path / "laporan.json"
    assert cli("check", TALENT_CSV, "-o", saved, "-q").code == 1
    from_report = cli("talent", saved, "--format", "json", "--mask-nip")
    from_input = cli("talent", TALENT_CSV, "--format", "json", "--mask-nip")
    assert from_report.code == 1
    report_doc, input_doc = json.loads(from_report.out), json.loads(from_input.out)
    assert report_doc["boxes"] == input_doc["boxes"]
    assert report_doc["officials_without_box"] == input_doc["officials_without_box"]
    assert NIP_ROW_2 not in from_report.out


def test_saved_report_needs_its_own_dictionary(cli: Cli, tmp_path: Path) -> None:
    saved = tmp_path / "laporan.json"
    cli("check", TALENT_CSV, "-o", saved, "-q")
    agency = Path(__file__).parent / "examples" / "agency" / "valid" / "basic" / "main.yaml"
    run = cli("talent", saved, "-d", agency)
    assert run.code == 2
    assert run.codes == ["report-dictionary-mismatch"]
    run = cli("talent", saved, "--sheet", "1")
    assert run.code == 2
    assert run.codes == ["talent-options-report"]


def test_damaged_report_is_said(cli: Cli, tmp_path: Path) -> None:
    damaged = tmp_path / "rusak.json"
    damaged.write_text('{"format": "kamus-kompetensi/batch-report/2", "results": []}')
    run = cli("talent", damaged)
    assert run.code == 2
    assert run.codes == ["talent-report-damaged"]
    other = tmp_path / "lain.json"
    other.write_text('{"format": "kamus-kompetensi/talent-grid/1"}')
    assert cli("talent", other).codes == ["report-format"]


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("-o", "talent.pdf"), "report-unknown-extension"),
        (("--format", "xlsx"), "format-needs-output"),
    ],
)
def test_output_errors(cli: Cli, args: tuple[str, ...], code: str) -> None:
    run = cli("talent", TALENT_CSV, *args)
    assert run.code == 2
    assert run.codes == [code]


def test_output_never_replaces_the_input(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "pejabat.json"
    cli("check", TALENT_CSV, "-o", source, "-q")
    before = source.read_bytes()
    run = cli("talent", source, "-o", source)
    assert run.code == 2
    assert run.codes == ["output-is-input"]
    assert source.read_bytes() == before


# --- HTML -------------------------------------------------------------------------------------
class _Grid(HTMLParser):
    """The grid's cells (box number, count, names) in reading order, and the page's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[dict[str, Any]]] = []
        self.tags: list[str] = []
        self.text: list[str] = []
        self._in_grid = False
        self._cell: dict[str, Any] | None = None
        self._in_name = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.append(tag)
        if tag == "table":
            self._in_grid = found.get("class") == "talent-grid"
        elif self._in_grid and tag == "tr":
            self.rows.append([])
        elif self._in_grid and tag == "td":
            self._cell = {"box": int(found["data-box"] or 0), "count": found["data-count"]}
            self._cell["names"] = []
            self.rows[-1].append(self._cell)
        elif self._cell is not None and tag == "li":
            self._in_name = True
            self._cell["names"].append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "li":
            self._in_name = False
        elif tag == "td":
            self._cell = None
        elif tag == "table":
            self._in_grid = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in_name and self._cell is not None:
            self._cell["names"][-1] += data


def _grid(page: str) -> _Grid:
    parser = _Grid()
    parser.feed(page)
    parser.close()
    return parser


def _check_grid(parsed: _Grid) -> None:
    rows = [row for row in parsed.rows if row]
    assert [[cell["box"] for cell in row] for row in rows] == LAYOUT
    counts = {cell["box"]: int(cell["count"]) for row in rows for cell in row}
    assert counts == {box: len(rows_) for box, rows_ in BOX_ROWS.items()}
    eight = next(cell for row in rows for cell in row if cell["box"] == 8)
    assert eight["names"] == [f"{HOSTILE} (**************1006)"]
    nine = next(cell for row in rows for cell in row if cell["box"] == 9)
    assert [n.split(" (")[0] for n in nine["names"]] == [
        "Bayu Pratama",
        "Citra Dewi",
        "Ani Wijaya",
    ]


def test_html_grid_is_escaped_and_self_contained(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "talent.html"
    assert cli("talent", TALENT_CSV, "-o", target, "--mask-nip").code == 1
    page = target.read_text("utf-8")
    parsed = _grid(page)
    _check_grid(parsed)
    assert "b" not in parsed.tags  # the name's markup stayed text
    assert "script" not in parsed.tags
    assert "&lt;b&gt;Fajar&lt;/b&gt; &amp; Co" in page
    for rule in ("@page", "landscape", "@media print"):
        assert rule in page
    text = " ".join(parsed.text)
    assert "Kelompok rencana suksesi (kotak 9, 8, 7): 6 orang" in text
    assert "baris ditolak saat pemeriksaan (score-out-of-range)" in text


def test_chromium_renders_the_grid(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "talent.html"
    cli("talent", TALENT_CSV, "-o", target, "--mask-nip")
    dom = rendered_dom(target, tmp_path, "1200,1400")
    parsed = _grid(dom)
    _check_grid(parsed)
    assert "b" not in parsed.tags


# --- XLSX -------------------------------------------------------------------------------------
def test_xlsx_reads_back(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "talent.xlsx"
    assert cli("talent", TALENT_CSV, "-o", target).code == 1
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames == ["Kotak talenta", "Pejabat", "Suksesi", "Tanpa kotak"]
    grid = workbook["Kotak talenta"]
    boxes = [
        [str(grid.cell(row, col).value).split(" · ")[0] for col in (2, 3, 4)] for row in (7, 8, 9)
    ]
    assert boxes == [[f"Kotak {b}" for b in row] for row in LAYOUT]
    assert str(grid["D7"].value).startswith("Kotak 9 · 3 orang\n")
    assert [grid.cell(7, 1).value, grid.cell(9, 1).value] == [
        "Di atas ekspektasi",
        "Di bawah ekspektasi",
    ]
    placed = list(workbook["Pejabat"].iter_rows(values_only=True))
    assert len(placed) == 1 + 14
    assert [r[0] for r in placed[1:4]] == [9, 9, 9]
    formula_row = next(r for r in placed if r[1] == 7)
    assert formula_row[4] == "'=1+2"  # the position typed as a formula stays text
    assert all(c.data_type != "f" for s in workbook for row in s.iter_rows() for c in row)
    pool = list(workbook["Suksesi"].iter_rows(values_only=True))
    assert [r[1] for r in pool[1:]] == [3, 4, 2, 7, 5, 6]
    without = list(workbook["Tanpa kotak"].iter_rows(values_only=True))
    assert {r[0]: r[4] for r in without[1:]} == WITHOUT


# --- hostile input ----------------------------------------------------------------------------
def test_a_fifo_named_like_a_report_is_refused_without_blocking(cli: Cli, tmp_path: Path) -> None:
    fifo = tmp_path / "laporan.json"
    os.mkfifo(fifo)
    run = cli("talent", fifo)
    assert run.code == 2
    assert run.codes == ["input-not-regular"]


def test_terminal_escapes_in_names_and_ratings_do_not_reach_the_terminal(
    cli: Cli, tmp_path: Path
) -> None:
    lines = TALENT_CSV.read_text("utf-8").splitlines()
    lines[1] = lines[1].replace("Ani Wijaya", "Ani\x1b[2J\x07\u202e Wijaya")
    lines[15] = lines[15].replace("Baik sekali", "Baik\x1b[31m" + "x" * 80)
    source = tmp_path / "pejabat.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = cli("talent", source)
    assert run.code == 1
    assert "\x1b" not in run.out
    assert "\x07" not in run.out
    assert "Ani[2J Wijaya" in run.out
    unknown = next(line for line in run.out.splitlines() if "unknown-performance-rating" in line)
    assert "x" * 40 not in unknown  # the echoed value is cut at 40 characters


@pytest.mark.parametrize(
    ("lang", "term", "box9"),
    [
        ("id", "Kotak talenta", "Kotak 9: Kinerja di atas ekspektasi dan potensial tinggi"),
        ("en", "Talent box", "Box 9: Performance above expectations and high potential"),
    ],
)
def test_check_html_profile_shows_the_talent_box(
    cli: Cli, tmp_path: Path, lang: str, term: str, box9: str
) -> None:
    out = tmp_path / "laporan.html"
    result = cli("check", TALENT_CSV, "-o", out, "-q", "--lang", lang)
    assert result.code == 1  # row 17 is rejected (a level of 6)
    page = out.read_text(encoding="utf-8")
    profiles = page.split('class="profile"')[1:]
    # rows 2, 3, 4 are in box 9 (README); 16 profiles, of which rows 15 (no rating) and
    # 16 (unknown rating) have no box
    assert len(profiles) == 16
    assert all(f"{term}</dt><dd>{box9}</dd>" in p for p in profiles[:3])
    assert page.count(f"{term}</dt>") == 14


def test_check_csv_xlsx_and_text_carry_the_talent_box(cli: Cli, tmp_path: Path) -> None:
    expected = {row: box for box, rows in BOX_ROWS.items() for row in rows}
    # English CSV: the box number and its English label; rows 15 and 16 have none
    cli("check", TALENT_CSV, "-q", "--lang", "en", "-o", tmp_path / "en.csv")
    with (tmp_path / "en.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = {int(r["Row"]): r for r in csv.DictReader(handle)}
    assert {n: int(r["Box"]) for n, r in rows.items() if r["Box"]} == expected
    assert rows[15]["Box"] == rows[16]["Box"] == rows[15]["Box label"] == ""
    assert rows[2]["Box label"] == "Performance above expectations and high potential"
    # XLSX: the same numbers as numbers, under the "Kotak" header of row 2
    cli("check", TALENT_CSV, "-q", "-o", tmp_path / "id.xlsx")
    book = openpyxl.load_workbook(tmp_path / "id.xlsx", read_only=True)
    table = list(book.worksheets[1].iter_rows(values_only=True))
    book.close()  # a read-only workbook holds its file open until closed
    header = list(table[1])
    box, label, row = header.index("Kotak"), header.index("Keterangan kotak"), header.index("Baris")
    placed = {r[row]: r[box] for r in table[2:] if r[box] is not None}
    assert placed == expected
    assert next(r[label] for r in table[2:] if r[row] == 12).startswith("Kinerja di bawah")
    # text: a "Kotak" column
    text = cli("check", TALENT_CSV, "-q", "-o", "-").out
    assert " Kotak " in text.splitlines()[3]


def test_the_input_template_has_the_columns_talent_and_plans_read(cli: Cli, tmp_path: Path) -> None:
    template = tmp_path / "masukan.csv"
    assert cli("template", "-o", template).code == 0
    header = template.read_text(encoding="utf-8-sig").splitlines()[0].split(";")
    assert {"kinerja", "pelatihan_kepemimpinan"} <= set(header)
    # The example row: administrator (standard 3 in all nine, sum 27), levels summing to
    # 27.5 → JPM 101.85 (potential tinggi), rating "Baik" (performance menengah) → box 8.
    report = json.loads(cli("check", template, "-q", "--format", "json", "-o", "-").out)
    assert report["results"][0]["talent"]["box"] == 8
