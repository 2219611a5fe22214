"""Development plans: the example with hand-computed expectations, leadership spellings,
target positions, catalogue versus types-only suggestions, and report input = file input."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import kamus_kompetensi as kk
from kamus_kompetensi.development.leadership import canonical, covers, parse_completed
from tests.conftest import EXAMPLES, NATIONAL_CODES, Cli

PLAN = EXAMPLES / "plan"
CSV = PLAN / "pejabat.csv"
CATALOGUE = PLAN / "katalog.yaml"


def _expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((PLAN / name).read_text(encoding="utf-8"))
    return data


def _plan_json(cli: Cli, *args: str | Path) -> tuple[int, dict[str, Any]]:
    run = cli("plan", CSV, "--format", "json", "-q", *args)
    return run.code, json.loads(run.out)


# --- the example --------------------------------------------------------------------------
def test_example_plan_matches_the_hand_computed_expectation(cli: Cli) -> None:
    expected = _expected("expected-plan.json")
    code, report = _plan_json(cli, "-d", CATALOGUE)
    assert code == expected["exit"]
    assert [[e["row"], e["code"]] for e in report["errors"]] == expected["errors"]
    shown = {
        str(p["row"]): {
            "leadership_training": (p["leadership_training"] or {}).get("code"),
            "completed": p["leadership_completed"],
            "warnings": [[w["code"], w.get("value")] for w in p["warnings"]],
            "items": [
                [i["competency"], i["current"], i["target"], i["gap"], i["levels"], i["jp"]]
                for i in p["items"]
            ],
        }
        for p in report["plans"]
    }
    assert shown == expected["plans"]


def test_example_plan_lists_the_indicators_of_every_level_to_reach(
    cli: Cli, nasional: kk.Dictionary
) -> None:
    _, report = _plan_json(cli, "-d", CATALOGUE)
    row4 = next(p for p in report["plans"] if p["row"] == 4)
    decision = next(i for i in row4["items"] if i["competency"] == "pengambilan_keputusan")
    competency = nasional.get_competency("pengambilan_keputusan")
    wanted = [(n, ind.code, ind.text) for n in (2, 3) for ind in competency.level(n).indicators]
    assert [(i["level"], i["code"], i["text"]) for i in decision["indicators"]] == wanted
    assert {i["level"] for i in decision["indicators"]} == {2, 3}


def test_every_input_row_is_a_plan_or_an_error(cli: Cli) -> None:
    _, report = _plan_json(cli)
    rows = sorted([p["row"] for p in report["plans"]] + [e["row"] for e in report["errors"]])
    assert rows == list(range(2, 10))
    assert report["summary"]["rows_read"] == 8


# --- catalogue versus types only -------------------------------------------------------------
def test_catalogue_entries_are_suggested_with_title_and_jp(cli: Cli) -> None:
    _, report = _plan_json(cli, "-d", CATALOGUE)
    row2 = next(p for p in report["plans"] if p["row"] == 2)
    integrity = row2["items"][0]
    assert integrity["from_catalogue"] is True
    assert [(a["type"], a["title"], a["jp"]) for a in integrity["activities"]] == [
        ("coaching", "Coaching integritas pimpinan", "8")
    ]
    assert integrity["activity_types"] == ["coaching"]


def test_without_a_catalogue_entry_only_types_are_suggested(
    cli: Cli, nasional: kk.Dictionary
) -> None:
    _, report = _plan_json(cli)
    types = {t.code for t in nasional.development_activity_types}
    assert len(types) >= 8  # the national list: klasikal and nonklasikal
    for plan in report["plans"]:
        for item in plan["items"]:
            assert item["from_catalogue"] is False
            assert item["jp"] is None
            assert item["activities"] == []  # no catalogue entry, so no title and no JP
            assert set(item["activity_types"]) == types


def test_api_types_only_items_hold_every_type_and_no_title(nasional: kk.Dictionary) -> None:
    plan = kk.development_plan(kk.check_file(nasional, CSV), nasional)
    item = plan.plans[0].items[0]
    assert item.from_catalogue is False
    assert [a.type for a in item.activities] == [
        t.code for t in nasional.development_activity_types
    ]
    assert all(a.title is None and a.jp is None for a in item.activities)


def test_the_text_plan_names_no_course_without_a_catalogue(cli: Cli) -> None:
    run = cli("plan", CSV, "-q")
    assert "Coaching integritas pimpinan" not in run.out
    assert "pilih dari jenis kegiatan" in run.out
    with_catalogue = cli("plan", CSV, "-d", CATALOGUE, "-q")
    assert "Coaching integritas pimpinan (Coaching, 8 JP)" in with_catalogue.out


def test_the_text_plan_names_the_standard_not_only_its_code(cli: Cli) -> None:
    run = cli("plan", CSV, "-q", "--lang", "en")
    assert run.codes == ["leadership-training-unknown", "score-out-of-range"]  # the example's
    assert "  Standard: jpt_pratama (Senior executive, first tier (JPT Pratama))\n" in run.out
    assert "  Standard: administrator (Administrator)\n" in run.out


# --- leadership training spellings ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "codes", "unknown"),
    [
        ("PKN II", ("pkn_ii",), ()),
        ("PKN Tk. II", ("pkn_ii",), ()),
        ("PKN Tingkat II", ("pkn_ii",), ()),
        ("pkn tingkat 2", ("pkn_ii",), ()),
        ("Diklatpim II", ("pkn_ii",), ()),
        ("Diklat PIM Tk.III", ("pka",), ()),
        ("DIKLAT PIM TK.IV/PKP", ("pkp",), ()),
        ("Diklatpim IV", ("pkp",), ()),
        ("Diklatpim Tingkat I", ("pkn_i",), ()),
        ("Diklat Kepemimpinan Tingkat III", ("pka",), ()),
        ("PKA", ("pka",), ()),
        ("pkp (2019)", ("pkp",), ()),
        ("PKN II Angkatan XXXIV", ("pkn_ii",), ()),
        ("Pelatihan Kepemimpinan Administrator", ("pka",), ()),
        ("Pelatihan Kepemimpinan Nasional Tingkat I", ("pkn_i",), ()),
        ("PKP, PKA; PKN II", ("pkp", "pka", "pkn_ii"), ()),
        ("Diklatpim IV dan Diklatpim III", ("pkp", "pka"), ()),
        ("", (), ()),
        ("-", (), ()),
        ("belum", (), ()),
        ("PKN III", (), ("PKN III",)),
        ("Diklatpim V", (), ("Diklatpim V",)),
        ("PKA; kursus manajemen", ("pka",), ("kursus manajemen",)),
        ("Spamen", (), ("Spamen",)),
    ],
)
def test_leadership_spellings(
    text: str, codes: tuple[str, ...], unknown: tuple[str, ...], nasional: kk.Dictionary
) -> None:
    found = parse_completed(text, nasional)
    assert (found.codes, found.unknown) == (codes, unknown)


def test_canonical_keys() -> None:
    assert canonical("Diklat PIM Tk.III") == canonical("diklatpim tingkat 3") == "DIKLATPIM III"
    assert canonical("PKN-II") == "PKN II"


@pytest.mark.parametrize(
    ("completed", "required", "covered"),
    [
        (("pkn_ii",), "pka", True),  # a higher training covers a lower one
        (("pkn_i",), "pkp", True),
        (("pka",), "pka", True),
        (("pkp",), "pka", False),  # a lower one does not
        (("pka",), "pkn_ii", False),
        ((), "pkp", False),
    ],
)
def test_a_higher_training_covers_a_lower_one(
    completed: tuple[str, ...], required: str, covered: bool, nasional: kk.Dictionary
) -> None:
    assert covers(completed, required, nasional) is covered


def test_an_unknown_spelling_is_a_located_row_warning(cli: Cli) -> None:
    _, report = _plan_json(cli)
    warnings = [w for w in report["warnings"] if w["code"] == "leadership-training-unknown"]
    assert len(warnings) == 1
    assert warnings[0]["row"] == 4
    assert warnings[0]["column"] == "pelatihan_kepemimpinan"
    assert warnings[0]["value"] == "kursus manajemen"


# --- the position to be held (Pasal 206) ------------------------------------------------------
def test_target_level_plans_against_its_standard_and_its_training(cli: Cli) -> None:
    expected = _expected("expected-target.json")
    code, report = _plan_json(cli, "--target-level", "administrator")
    assert code == expected["exit"]
    assert report["target"]["code"] == expected["target"]["code"]
    assert report["target"]["position_level"] == expected["target"]["position_level"]
    for plan in report["plans"]:
        want = expected["plans"][str(plan["row"])]
        below = [i["competency"] for i in plan["items"]]
        assert below == (list(NATIONAL_CODES) if want["below"] == "all" else want["below"])
        assert all(i["target"] == 3 for i in plan["items"])
        assert (plan["leadership_training"] or {}).get("code") == want["leadership_training"]
        assert plan["standard"] == "administrator"
        assert plan["position_level"] != "administrator" or plan["row"] in (3, 4)


def test_target_uses_the_readiness_check(nasional: kk.Dictionary) -> None:
    """The plan's gaps are those of kk.readiness against the target, official by official."""
    report = kk.check_file(nasional, CSV)
    plan = kk.development_plan(report, nasional, target="administrator")
    for item, official in zip(report.results, plan.plans, strict=True):
        scores = dict(zip(item.result.codes, item.result.attained, strict=True))
        assessment = kk.Assessment(scores=scores, position_level=item.result.position_level)
        ready = kk.readiness(nasional, assessment, "administrator")
        assert [i.competency for i in official.items] == list(ready.below_standard)
        assert [i.gap for i in official.items] == [c.gap for c in ready.competencies if not c.meets]


def test_target_position_whose_standard_was_not_assessed_is_a_row_error(cli: Cli) -> None:
    agency = kk.resources.data_dir() / "contoh" / "kamus-instansi-contoh.yaml"
    run = cli(
        "plan",
        CSV,
        "-d",
        agency,
        "--target-position",
        "kepala_bidang_pengembangan_kompetensi",
        "--format",
        "json",
        "-q",
    )
    report = json.loads(run.out)
    assert run.code == 1
    assert report["plans"] == []
    assert report["counts"]["rows_not_planned"] == 7
    assert {e["code"] for e in report["errors"]} == {"missing-score", "score-out-of-range"}
    assert sorted({e["row"] for e in report["errors"]}) == list(range(2, 10))


@pytest.mark.parametrize(
    ("option", "value", "code"),
    [
        ("--target-level", "tidak_ada", "unknown-position-level"),
        ("--target-level", "ahli_madya", "standard-not-defined"),
        ("--target-position", "tidak_ada", "unknown-position"),
    ],
)
def test_an_unusable_target_exits_2_with_its_code(
    cli: Cli, option: str, value: str, code: str
) -> None:
    run = cli("plan", CSV, option, value)
    assert run.code == 2
    assert run.codes == [code]


def test_target_level_and_position_are_exclusive(cli: Cli) -> None:
    run = cli("plan", CSV, "--target-level", "pengawas", "--target-position", "x")
    assert run.code == 2
    assert "not allowed with" in run.err


# --- a saved JSON report is the same input as the file -------------------------------------
def test_a_saved_check_report_gives_the_same_plan(cli: Cli, tmp_path: Path) -> None:
    saved = tmp_path / "laporan.json"
    assert cli("check", CSV, "-d", CATALOGUE, "-o", saved, "-q").code == 1
    from_file = cli("plan", CSV, "-d", CATALOGUE, "--format", "json", "-q")
    from_report = cli("plan", saved, "-d", CATALOGUE, "--format", "json", "-q")
    assert from_file.code == from_report.code == 1
    one, other = json.loads(from_file.out), json.loads(from_report.out)
    assert one["plans"]
    assert one["errors"]
    assert one["warnings"]
    assert one == other  # the summary too: the report keeps the name of the file it read


def test_a_report_made_with_another_dictionary_is_refused(cli: Cli, tmp_path: Path) -> None:
    saved = tmp_path / "laporan.json"
    cli("check", CSV, "-d", CATALOGUE, "-o", saved, "-q")
    run = cli("plan", saved)
    assert run.code == 2
    assert run.codes == ["report-dictionary-mismatch"]


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ('{"format": "lain"}', "report-format"),
        # one official's result (check --score ... --format json) is not a file report
        ('{"format": "kamus-kompetensi/assessment-result/2"}', "report-is-one-result"),
        ('{"format": "kamus-kompetensi/batch-report/2"}', "plan-report-invalid"),
        (
            '{"format": "kamus-kompetensi/batch-report/2", "summary": 1, "results": []}',
            "plan-report-invalid",
        ),
        ("{not json", "json-syntax"),
    ],
)
def test_a_broken_report_exits_2_with_its_code(
    cli: Cli, tmp_path: Path, content: str, code: str
) -> None:
    path = tmp_path / "laporan.json"
    path.write_text(content, encoding="utf-8")
    run = cli("plan", path)
    assert run.code == 2
    assert run.codes == [code]


def test_policy_other_than_the_reports_is_refused(cli: Cli, tmp_path: Path) -> None:
    saved = tmp_path / "laporan.json"
    cli("check", CSV, "-o", saved, "-q")
    run = cli("plan", saved, "--policy", "seleksi")
    assert (run.code, run.codes) == (2, ["plan-policy-report"])
    assert cli("plan", saved, "--policy", "pemetaan", "-q").code == 1


# --- the API -------------------------------------------------------------------------------
def test_api_accepts_a_report_a_stream_or_results(nasional: kk.Dictionary) -> None:
    report = kk.check_file(nasional, CSV)
    from_report = kk.development_plan(report)
    from_stream = kk.development_plan(kk.iter_outcomes(nasional, CSV), nasional)
    from_results = kk.development_plan([r.result for r in report.results], nasional)
    assert from_report.to_dict() == from_stream.to_dict()
    assert [len(p.items) for p in from_results.plans] == [len(p.items) for p in from_report.plans]
    assert all(p.row is None for p in from_results.plans)
    assert from_report.plans[0].items[0].gap == Decimal("-0.5")


def test_one_assessment_result_plans_alone(nasional: kk.Dictionary) -> None:
    scores = dict.fromkeys(NATIONAL_CODES, "2")
    result = kk.check(nasional, kk.Assessment(scores=scores, echelon="III.a"))
    plan = kk.development_plan(result, nasional)
    assert len(plan.plans) == 1
    assert [i.competency for i in plan.plans[0].items] == list(NATIONAL_CODES)
    assert plan.plans[0].leadership_training is not None
    assert plan.plans[0].leadership_training.code == "pka"


@pytest.mark.parametrize("bad", [None, 3, "pejabat.csv", b"x", {"a": 1}, [object()]])
def test_api_rejects_what_is_not_results(bad: object, nasional: kk.Dictionary) -> None:
    with pytest.raises(kk.InputError) as caught:
        kk.development_plan(bad, nasional)  # type: ignore[arg-type]
    assert caught.value.code == "invalid-argument"


def test_api_refuses_results_of_another_dictionary(nasional: kk.Dictionary) -> None:
    agency = kk.load_dictionary(CATALOGUE)
    report = kk.check_file(agency, CSV)
    with pytest.raises(kk.InputError) as caught:
        kk.development_plan(report, nasional)
    assert caught.value.code == "report-dictionary-mismatch"


def test_plan_repr_holds_no_personal_data(nasional: kk.Dictionary) -> None:
    plan = kk.development_plan(kk.check_file(nasional, CSV), nasional)
    text = repr(plan.plans[0])
    assert "198001012005011001" not in text
    assert "Pejabat A" not in text
