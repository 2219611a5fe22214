"""Plan reports in every format: masking, English, spreadsheet safety, escaping, exits."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from kamus_kompetensi.resources import data_dir
from tests.conftest import EXAMPLES, Cli

CSV = EXAMPLES / "plan" / "pejabat.csv"
CATALOGUE = EXAMPLES / "plan" / "katalog.yaml"
NIPS = [line.split(";")[0] for line in CSV.read_text(encoding="utf-8").splitlines()[1:]]


@pytest.mark.parametrize("fmt", ["txt", "json", "csv", "xlsx", "html"])
@pytest.mark.parametrize("command", ["plan", "needs"])
def test_mask_nip_hides_every_nip(cli: Cli, tmp_path: Path, fmt: str, command: str) -> None:
    target = tmp_path / f"keluaran.{fmt}"
    run = cli(command, CSV, "--mask-nip", "-o", target)
    assert run.code == 1
    content = _content(target)
    for nip in NIPS:
        assert nip not in content
        assert nip not in run.err
    if command == "plan":
        assert "**************1001" in content


def _content(path: Path) -> str:
    if path.suffix != ".xlsx":
        return path.read_text(encoding="utf-8-sig")
    import openpyxl

    book = openpyxl.load_workbook(path)
    return "\n".join(
        str(value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )


def test_plan_csv_has_a_row_per_item_and_per_training(cli: Cli) -> None:
    run = cli("plan", CSV, "-d", CATALOGUE, "--format", "csv")
    rows = list(csv.reader(io.StringIO(run.out), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert header[:3] == ["Baris", "NIP", "Nama"]
    kinds = [(r[0], r[7], r[8]) for r in body]
    # Hand count: 7 items, 2 leadership trainings, and row 5 needs nothing.
    assert kinds.count(("4", "kompetensi", "M.01")) == 1
    assert ("4", "pelatihan kepemimpinan", "pka") in kinds
    assert ("9", "pelatihan kepemimpinan", "pkp") in kinds
    assert ("5", "tidak ada kebutuhan (memenuhi standar)", "") in kinds
    assert len(body) == 7 + 2 + 1
    item = next(r for r in body if r[0] == "4" and r[8] == "M.08")
    assert item[10:14] == ["1,5", "3", "-1,5", "2, 3"]
    assert item[16] == "24"


def test_plan_xlsx_keeps_formula_like_text_as_text(cli: Cli, tmp_path: Path) -> None:
    import openpyxl

    source = tmp_path / "pejabat.csv"
    source.write_text(
        CSV.read_text(encoding="utf-8").replace("Pejabat A (fiktif)", "=HYPERLINK(1)"),
        encoding="utf-8",
    )
    target = tmp_path / "rencana.xlsx"
    assert cli("plan", source, "-o", target, "-q").code == 1
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Rencana", "Galat dan peringatan"]
    cells = [c for row in book["Rencana"].iter_rows() for c in row if c.value == "=HYPERLINK(1)"]
    assert cells
    assert all(c.data_type == "s" for c in cells)
    findings = list(book["Galat dan peringatan"].iter_rows(values_only=True))
    assert any(r[2] == "score-out-of-range" for r in findings)


def test_plan_html_is_escaped_and_printable(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "pejabat.csv"
    source.write_text(
        CSV.read_text(encoding="utf-8").replace("Pejabat C (fiktif)", "<b>C</b>"),
        encoding="utf-8",
    )
    target = tmp_path / "rencana.html"
    assert cli("plan", source, "-o", target, "-q").code == 1
    page = target.read_text(encoding="utf-8")
    assert "<b>C</b>" not in page
    assert "&lt;b&gt;C&lt;/b&gt;" in page
    assert "@page" in page
    assert "leadership-training-unknown" in page
    assert page.count('class="official"') == 7


def test_plan_in_english(cli: Cli) -> None:
    run = cli("plan", CSV, "--lang", "en")
    assert "Competency development plans" in run.out
    assert "Leadership training not yet recorded: Administrator Leadership Training (pka)" in (
        run.out
    )
    assert "choose from the activity types listed at the top" in run.out
    assert "is not recognised" in run.out
    assert "officials planned" in run.err


def test_json_output_is_the_plan_report(cli: Cli) -> None:
    run = cli("plan", CSV, "--format", "json", "-q")
    report = json.loads(run.out)
    assert report["format"] == "kamus-kompetensi/development-plan/1"
    assert report["counts"] == {
        "officials": 7,
        "officials_with_items": 5,
        "items": 7,
        "leadership_trainings": 2,
        "rows_not_planned": 0,
    }


def test_a_file_without_rejected_rows_exits_0(cli: Cli, tmp_path: Path) -> None:
    lines = CSV.read_text(encoding="utf-8").splitlines()
    clean = tmp_path / "bersih.csv"
    clean.write_text("\n".join(line for line in lines if "Pejabat F" not in line) + "\n")
    assert cli("plan", clean, "-q").code == 0
    assert cli("needs", clean, "-q").code == 0


@pytest.mark.parametrize("command", ["plan", "needs"])
def test_unusable_input_exits_2_with_a_code(cli: Cli, tmp_path: Path, command: str) -> None:
    missing = cli(command, tmp_path / "tidak-ada.csv")
    assert missing.code == 2
    assert missing.codes == ["file-not-found"]
    no_columns = tmp_path / "kosong.csv"
    no_columns.write_text("a;b\n1;2\n", encoding="utf-8")
    assert cli(command, no_columns).code == 2
    same = cli(command, CSV, "-o", CSV)
    assert (same.code, same.codes) == (2, ["output-is-input"])
    to_stdout = cli(command, CSV, "--format", "xlsx")
    assert (to_stdout.code, to_stdout.codes) == (2, ["format-needs-output"])
    unknown = cli(command, CSV, "-o", tmp_path / "x.pdf")
    assert unknown.code == 2


@pytest.mark.parametrize(
    "argv",
    [
        ["plan", str(EXAMPLES / "plan" / "pejabat.csv")],
        ["needs", str(EXAMPLES / "plan" / "pejabat.csv")],
        ["training", str(data_dir() / "contoh" / "pelatihan-contoh.csv"), "--year", "2025"],
    ],
)
def test_an_output_suffix_lists_only_what_the_command_writes(
    cli: Cli, tmp_path: Path, argv: list[str]
) -> None:
    r = cli(*argv, "--lang", "en", "-o", tmp_path / "laporan.pdf")
    assert (r.code, r.codes) == (2, ["report-unknown-format"])
    assert "use .txt, .csv, .xlsx, .json, .html, .htm [" in r.err  # no .pdf: none is written
    assert not (tmp_path / "laporan.pdf").exists()
