"""The ``check`` command: exit codes, text in both languages, JSON that parses."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from kamus_kompetensi.cli import main
from tests.conftest import NATIONAL_CODES as CODES


@pytest.fixture(autouse=True)
def _default_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KAMUS_LANG", raising=False)


def scores(*levels: str) -> list[str]:
    args: list[str] = []
    for code, level in zip(CODES, levels, strict=True):
        args += ["--score", f"{code}={level}"]
    return args


# 7 × 3,25 + 2 × 3,5 = 29,75 of 36 = 119/144 → 82,64
BELOW = scores("3,25", "3,25", "3,25", "3,25", "3,25", "3,25", "3,25", "3,5", "3,5")
MEETS = scores(*["4"] * 9)


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["check", *argv], stdout=out)
    return code, out.getvalue()


def test_text_report_in_indonesian() -> None:
    code, text = run("--echelon", "II.a", *BELOW, "--policy", "seleksi")
    assert code == 0
    for label in ("Standar", "Capaian", "Selisih", "Memenuhi", "JPM", "Kategori"):
        assert label in text
    assert "Kebutuhan pengembangan" in text
    assert "JPM: 82,64 %" in text  # decimal comma in Indonesian text
    assert "Memenuhi Syarat (MS)" in text
    assert "-0,75" in text  # 3,25 − 4


def test_text_report_in_english() -> None:
    code, text = run("--lang", "en", "--echelon", "II.a", *BELOW)
    assert code == 0
    for label in ("Required", "Attained", "Gap", "Meets", "Category", "Development needs"):
        assert label in text
    assert "JPM: 82.64 %" in text
    assert "Fairly optimal (CO)" in text  # 82.64 is within 78–<90 under pemetaan


def test_official_and_validity_are_shown() -> None:
    code, text = run(
        "--echelon",
        "II.a",
        *MEETS,
        "--nip",
        "198703152010011002",
        "--name",
        "Budi",
        "--assessed-on",
        "2026-03-01",
    )
    assert code == 0
    assert "Budi (NIP 198703152010011002)" in text
    assert "2029-03-01" in text


def test_json_output_parses() -> None:
    code, text = run("--echelon", "II.a", *BELOW, "--policy", "seleksi", "--format", "json")
    assert code == 0
    data = json.loads(text)
    assert data["jpm"] == "82.64"
    assert data["band"]["code"] == "ms"
    assert data["meets_standard"] is False
    assert len(data["competencies"]) == 9


def test_fail_below_exits_1_only_below_standard() -> None:
    assert run("--echelon", "II.a", *BELOW)[0] == 0
    assert run("--echelon", "II.a", *BELOW, "--fail-below")[0] == 1
    assert run("--echelon", "II.a", *MEETS, "--fail-below")[0] == 0


@pytest.mark.parametrize(
    "argv",
    [
        ["--echelon", "II.a", "--score", "integritas=7"],
        ["--echelon", "II.a", "--score", "integritas"],
        ["--echelon", "II.a", *MEETS, "--score", "integritas=4"],
        ["--echelon", "II.a", *MEETS, "--score", "nope=4"],
        ["--echelon", "VI", *MEETS],
        ["--position-level", "ahli_muda", *MEETS],
        ["--echelon", "II.a", "--position-level", "jpt_pratama", *MEETS],
        [*MEETS],
        ["--echelon", "II.a", *MEETS, "--policy", "nope"],
    ],
)
def test_unusable_input_exits_2(argv: list[str]) -> None:
    assert run(*argv)[0] == 2


def test_unusable_input_as_json_lists_every_problem() -> None:
    code, text = run(
        "--echelon", "II.a", "--score", "integritas=7", "--score", "kerjasama=x", "--format", "json"
    )
    assert code == 2
    problems = json.loads(text)["error"]["problems"]
    assert [p["code"] for p in problems] == ["score-out-of-range", "score-not-numeric"]


def test_single_check_options_are_refused_with_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("pejabat.csv", "--echelon", "II.a")[0] == 2
    assert "--echelon" in capsys.readouterr().err


def test_a_missing_file_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("tidak-ada.csv")[0] == 2
    assert "tidak-ada.csv" in capsys.readouterr().err


def test_condition_selects_the_conditional_level() -> None:
    code, text = run(
        "--echelon", "I.a", "--condition", "kepala_lpnk", *scores(*["5"] * 9), "--format", "json"
    )
    assert code == 0
    assert json.loads(text)["standard"]["code"] == "jpt_utama"


AGENCY = """\
extends: nasional
dictionary: {id: instansi-uji, title: Instansi uji, version: "1"}
positions:
  - code: kepala_biro
    name: Kepala Biro Umum
    position_level: jpt_pratama
    required: {integritas: 5}
"""


def test_position_from_an_agency_dictionary(tmp_path: Path) -> None:
    path = tmp_path / "instansi.yaml"
    path.write_text(AGENCY, encoding="utf-8")
    code, text = run("-d", str(path), "--position", "kepala_biro", *MEETS, "--format", "json")
    assert code == 0
    data = json.loads(text)
    # required 5 + 8 × 4 = 37; attained 9 × 4 = 36; 36 / 37 × 100 = 97.297… → 97.30
    assert (data["standard"]["code"], data["jpm"]) == ("kepala_biro", "97.30")
    assert data["provenance"]["dictionary_id"] == "instansi-uji"


def test_every_message_has_both_languages() -> None:
    from kamus_kompetensi.i18n import MESSAGES

    for key, entry in MESSAGES.items():
        assert set(entry) == {"id", "en"}, key
        assert all(text.strip() for text in entry.values()), key


def test_malformed_nip_and_day_first_date_are_read_as_in_a_batch() -> None:
    """The batch checks such a row (with a warning for the NIP); one official gets the same."""
    code, out = run("--echelon", "II.a", *MEETS, "--nip", "123", "--assessed-on", "01-03-2026")
    assert code == 0
    assert "[invalid-nip]" in out
    assert "2026-03-01" in out
