"""The needs inventory: the example with hand-computed counts, and a property test that its
counts are those of checking every official one by one with ``kk.check``."""

from __future__ import annotations

import json
from collections import Counter
from decimal import ROUND_CEILING, Decimal
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import kamus_kompetensi as kk
from kamus_kompetensi.development.needs import gap_bucket
from kamus_kompetensi.resources import data_dir
from tests.conftest import EXAMPLES, NATIONAL_CODES, Cli

PLAN = EXAMPLES / "plan"
CSV = PLAN / "pejabat.csv"
CATALOGUE = PLAN / "katalog.yaml"


def test_example_needs_match_the_hand_computed_counts(cli: Cli) -> None:
    expected: dict[str, Any] = json.loads(
        (PLAN / "expected-needs.json").read_text(encoding="utf-8")
    )
    run = cli("needs", CSV, "-d", CATALOGUE, "--format", "json", "-q")
    report = json.loads(run.out)
    assert run.code == expected["exit"]
    for key in ("officials", "officials_with_needs", "jp", "leadership_trainings"):
        assert report[key] == expected[key], key
    rows = {row["competency"]: row for row in report["competencies"]}
    assert list(rows) == list(NATIONAL_CODES)
    for code, want in expected["competencies"].items():
        got = dict(rows[code])
        del got["competency"]
        assert got == want, code
    assert [(e["row"], e["code"]) for e in report["errors"]] == [(7, "score-out-of-range")]


def test_needs_of_a_plan_equal_needs_of_its_report(nasional: kk.Dictionary) -> None:
    report = kk.check_file(nasional, CSV)
    direct = kk.needs_inventory(report, nasional)
    via_plan = kk.needs_inventory(kk.development_plan(report, nasional), nasional)
    assert direct.to_dict() == via_plan.to_dict()


def test_gap_buckets_round_up_to_half_levels() -> None:
    assert [gap_bucket(h) for h in (1, 25, 50, 51, 75, 100, 125, 150, 175, 500)] == [
        50,
        50,
        50,
        100,
        100,
        100,
        150,
        150,
        200,
        500,
    ]


def test_target_counts_the_target_level_training(cli: Cli) -> None:
    run = cli("needs", CSV, "--target-level", "administrator", "--format", "json", "-q")
    report = json.loads(run.out)
    # Hand count (see expected-target.json): rows 4, 5, 6 and 9 still need PKA.
    assert report["leadership_trainings"] == [{"code": "pka", "officials": 4}]
    below = {row["competency"]: row["officials_below"] for row in report["competencies"]}
    # Rows 5, 6, 8 and 9 are below in every competency; 3 and 4 in decision making; 4 in
    # integrity.
    assert below["integritas"] == 5
    assert below["pengambilan_keputusan"] == 6
    assert below["kerjasama"] == 4


# --- property: the inventory counts what checking one by one counts --------------------------
ECHELONS = ("II.a", "III.a", "IV.a", "V.a")
UNITS = ("Dinas A", "Dinas B", None)
quarter_levels = st.integers(min_value=0, max_value=20).map(lambda q: Decimal(q) / 4)
official = st.tuples(
    st.sampled_from(ECHELONS),
    st.sampled_from(UNITS),
    st.lists(quarter_levels, min_size=9, max_size=9),
)


def _row(index: int, echelon: str, unit: str | None, levels: list[Decimal]) -> dict[str, Any]:
    row: dict[str, Any] = {
        "nip": f"19800101200501{1}{index:03d}",
        "nama": f"Pejabat {index}",
        "jabatan": "Pejabat",
        "eselon": echelon,
        **{code: format(level, "f") for code, level in zip(NATIONAL_CODES, levels, strict=True)},
    }
    if unit is not None:
        row["unit_kerja"] = unit
    return row


def _half_level_key(shortfall: Decimal) -> str:
    halves = (shortfall * 2).to_integral_value(rounding=ROUND_CEILING)
    return format((halves / 2).normalize(), "f")


@settings(max_examples=40, deadline=None)
@given(st.lists(official, min_size=1, max_size=12))
def test_inventory_counts_equal_counting_checks_one_by_one(
    nasional: kk.Dictionary, officials: list[tuple[str, str | None, list[Decimal]]]
) -> None:
    rows = [_row(i, *o) for i, o in enumerate(officials, start=1)]
    inventory = kk.needs_inventory(kk.check_rows(nasional, rows), nasional)

    below: Counter[str] = Counter()
    gaps: dict[str, Counter[str]] = {code: Counter() for code in NATIONAL_CODES}
    units: dict[str, Counter[str]] = {code: Counter() for code in NATIONAL_CODES}
    levels: dict[str, Counter[str]] = {code: Counter() for code in NATIONAL_CODES}
    for echelon, unit, attained in officials:
        scores = dict(zip(NATIONAL_CODES, attained, strict=True))
        result = kk.check(nasional, kk.Assessment(scores=scores, echelon=echelon))
        for competency in result.competencies:
            if competency.meets:
                continue
            below[competency.code] += 1
            gaps[competency.code][_half_level_key(-competency.gap)] += 1
            units[competency.code][unit or "-"] += 1
            levels[competency.code][result.position_level] += 1

    assert inventory.officials == len(officials)
    for row in inventory.to_dict()["competencies"]:
        code = row["competency"]
        assert row["officials_assessed"] == len(officials)
        assert row["officials_below"] == below[code]
        assert row["gap_sizes"] == dict(gaps[code])
        assert row["units"] == dict(units[code])
        assert row["position_levels"] == dict(levels[code])
        assert sum(row["gap_sizes"].values()) == row["officials_below"]


# --- formats -----------------------------------------------------------------------------------
def test_needs_xlsx_has_one_print_ready_sheet_per_view(cli: Cli, tmp_path: Path) -> None:
    import openpyxl

    target = tmp_path / "kebutuhan.xlsx"
    run = cli("needs", CSV, "-d", CATALOGUE, "-o", target, "-q")
    assert run.code == 1
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == [
        "Kompetensi",
        "Besar selisih",
        "Unit kerja",
        "Jenjang",
        "Pelatihan kepemimpinan",
        "Galat dan peringatan",
    ]
    sheet = book["Kompetensi"]
    header = next(
        r for r in sheet.iter_rows(values_only=True) if r[0] == "Kode" and r[2] is not None
    )
    assert header[:4] == ("Kode", "Kompetensi", "Di bawah standar", "Dinilai")
    data = {r[0]: r for r in sheet.iter_rows(values_only=True) if r[0] == "M.08"}
    assert data["M.08"][2:4] == (2, 7)
    assert data["M.08"][5] == 48
    assert sheet.auto_filter.ref is not None
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_rows is not None
    units = book["Unit kerja"]
    rows = {r[0]: r for r in units.iter_rows(values_only=True) if r[0] in ("Dinas A", "Dinas B")}
    assert rows["Dinas A"][1] == 2  # integritas: rows 2 and 8
    assert rows["Dinas B"][-1] == 3  # items: rows 4 (two) and 6


def test_needs_html_escapes_input_and_prints(cli: Cli, tmp_path: Path) -> None:
    hostile = tmp_path / "pejabat.csv"
    text = CSV.read_text(encoding="utf-8").replace("Dinas B", "<script>alert(1)</script>")
    hostile.write_text(text, encoding="utf-8")
    target = tmp_path / "kebutuhan.html"
    assert cli("needs", hostile, "-o", target, "-q").code == 1
    page = target.read_text(encoding="utf-8")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "@media print" in page
    assert "Pejabat di bawah standar per unit kerja" in page


def test_needs_csv_has_one_row_per_competency(cli: Cli) -> None:
    run = cli("needs", CSV, "-d", CATALOGUE, "--format", "csv")
    lines = run.out.splitlines()
    assert lines[0].startswith("Kode;Kompetensi;Di bawah standar;Dinilai;% di bawah;JP")
    assert len(lines) == 1 + 9
    assert lines[8].startswith("M.08;Pengambilan Keputusan;2;7;28,6;48;0")
    assert "[score-out-of-range]" in run.err  # CSV has no error section: stderr has it


def test_needs_text_in_english(cli: Cli) -> None:
    run = cli("needs", CSV, "--lang", "en")
    assert run.code == 1
    assert "Competency development needs inventory" in run.out
    assert "Officials below standard by work unit" in run.out
    assert "officials counted" in run.err
    assert "Pejabat di bawah" not in run.out


def test_plan_and_needs_summaries_count_what_they_say(cli: Cli) -> None:
    """The plan's line counts officials with a competency below standard; the inventory's
    counts those who need that or their level's leadership training: each line says which,
    and both agree with the plans themselves."""
    sample = data_dir() / "contoh" / "hasil-asesmen-contoh.csv"
    plan = cli("plan", sample, "--format", "json", "-o", "-")
    plans = json.loads(plan.out)["plans"]
    with_items = sum(1 for p in plans if p["items"])
    with_any = sum(1 for p in plans if p["items"] or p["leadership_training"])
    assert with_items < with_any  # the sample has someone who needs only the training
    assert f"{with_items} dengan kompetensi di bawah standar" in plan.err
    needs = cli("needs", sample, "--format", "json", "-o", "-")
    assert f"{with_any} perlu pengembangan kompetensi atau pelatihan kepemimpinan" in needs.err
