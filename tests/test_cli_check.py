"""The ``check`` command: exit codes, text in both languages, JSON that parses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import NATIONAL_CODES as CODES
from tests.conftest import Cli


def scores(*levels: str) -> list[str]:
    args: list[str] = []
    for code, level in zip(CODES, levels, strict=True):
        args += ["--score", f"{code}={level}"]
    return args


# 7 × 3,25 + 2 × 3,5 = 29,75 of 36 = 119/144 → 82,64
BELOW = scores("3,25", "3,25", "3,25", "3,25", "3,25", "3,25", "3,25", "3,5", "3,5")
MEETS = scores(*["4"] * 9)


def test_text_report_in_indonesian(cli: Cli) -> None:
    r = cli("check", "--echelon", "II.a", *BELOW, "--policy", "seleksi")
    assert r.code == 0
    text = r.out
    for label in ("Standar", "Capaian", "Selisih", "Memenuhi", "JPM", "Kategori"):
        assert label in text
    assert "Kebutuhan pengembangan" in text
    assert "JPM: 82,64 %" in text  # decimal comma in Indonesian text
    assert "Memenuhi Syarat (MS)" in text
    assert "-0,75" in text  # 3,25 − 4


def test_text_report_in_english(cli: Cli) -> None:
    r = cli("check", "--lang", "en", "--echelon", "II.a", *BELOW)
    assert r.code == 0
    text = r.out
    for label in ("Required", "Attained", "Gap", "Meets", "Category", "Development needs"):
        assert label in text
    assert "JPM: 82.64 %" in text
    assert "Fairly optimal (CO)" in text  # 82.64 is within 78–<90 under pemetaan


def test_official_and_validity_are_shown(cli: Cli) -> None:
    r = cli(
        "check",
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
    assert r.code == 0
    assert "Budi (NIP 198703152010011002)" in r.out
    assert "2029-03-01" in r.out


def test_json_output_parses(cli: Cli) -> None:
    r = cli("check", "--echelon", "II.a", *BELOW, "--policy", "seleksi", "--format", "json")
    assert r.code == 0
    data = json.loads(r.out)
    assert data["jpm"] == "82.64"
    assert data["band"]["code"] == "ms"
    assert data["meets_standard"] is False
    assert len(data["competencies"]) == 9


def test_fail_below_exits_1_only_below_standard(cli: Cli) -> None:
    assert cli("check", "--echelon", "II.a", *BELOW).code == 0
    assert cli("check", "--echelon", "II.a", *BELOW, "--fail-below").code == 1
    assert cli("check", "--echelon", "II.a", *MEETS, "--fail-below").code == 0


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["--echelon", "II.a", "--score", "integritas=7"], "score-out-of-range"),
        (["--echelon", "II.a", "--score", "integritas"], "score-argument"),
        (["--echelon", "II.a", *MEETS, "--score", "integritas=4"], "duplicate-score"),
        (["--echelon", "II.a", *MEETS, "--score", "nope=4"], "unknown-competency"),
        (["--echelon", "II.a", "--position-level", "jpt_pratama", *MEETS], "standard-ambiguous"),
        ([*MEETS], "standard-ambiguous"),
    ],
)
def test_unusable_scores_exit_2_naming_each_problem(cli: Cli, argv: list[str], code: str) -> None:
    r = cli("check", *argv)
    assert r.code == 2
    assert r.codes == [code]  # the problem's line on stderr ends in [code]
    r = cli("check", *argv, "--format", "json")
    assert (r.code, r.error_code) == (2, "scores-invalid")


@pytest.mark.parametrize(
    ("argv", "code", "text"),
    [
        (["--echelon", "VI", *MEETS], "unknown-echelon", 'eselon "VI" tidak dikenal'),
        (["--position-level", "ahli_muda", *MEETS], "standard-not-defined", '"ahli_muda"'),
        (["--echelon", "II.a", *MEETS, "--policy", "nope"], "unknown-policy", '"nope"'),
    ],
)
def test_unknown_standard_or_policy_exits_2(
    cli: Cli, argv: list[str], code: str, text: str
) -> None:
    r = cli("check", *argv)
    assert (r.code, r.codes) == (2, [code])  # the message ends in its [code]
    assert text in r.err
    r = cli("check", *argv, "--format", "json")
    assert (r.code, r.error_code) == (2, code)


def test_unusable_input_as_json_lists_every_problem(cli: Cli) -> None:
    r = cli(
        "check",
        "--echelon",
        "II.a",
        "--score",
        "integritas=7",
        "--score",
        "kerjasama=x",
        "--format",
        "json",
    )
    assert r.code == 2
    problems = json.loads(r.out)["error"]["problems"]
    assert [p["code"] for p in problems] == ["score-out-of-range", "score-not-numeric"]


def test_single_check_options_are_refused_with_a_file(cli: Cli) -> None:
    r = cli("check", "pejabat.csv", "--echelon", "II.a")
    assert r.code == 2
    assert "--echelon" in r.err
    r = cli("check", "pejabat.csv", "--echelon", "II.a", "--format", "json")
    assert (r.code, r.error_code) == (2, "batch-options-single")


def test_a_missing_file_exits_2(cli: Cli) -> None:
    r = cli("check", "tidak-ada.csv")
    assert r.code == 2
    assert "tidak-ada.csv: berkas tidak ditemukan" in r.err
    r = cli("check", "tidak-ada.csv", "--format", "json")
    assert (r.code, r.error_code) == (2, "file-not-found")


def test_condition_selects_the_conditional_level(cli: Cli) -> None:
    r = cli(
        "check",
        "--echelon",
        "I.a",
        "--condition",
        "kepala_lpnk",
        *scores(*["5"] * 9),
        "--format",
        "json",
    )
    assert r.code == 0
    assert json.loads(r.out)["standard"]["code"] == "jpt_utama"


@pytest.mark.parametrize("echelon", ["II.a", "I.b"])
def test_a_condition_that_does_not_apply_exits_2(cli: Cli, echelon: str) -> None:
    argv = ["--echelon", echelon, "--condition", "kepala_lpnk", *MEETS]
    r = cli("check", *argv)
    assert (r.code, r.codes) == (2, ["condition-not-applicable"])
    assert f'kondisi "kepala_lpnk" tidak berlaku untuk eselon "{echelon}"' in r.err
    assert "I.a" in r.err
    r = cli("check", *argv, "--format", "json")
    assert (r.code, r.error_code) == (2, "condition-not-applicable")


AGENCY = """\
extends: nasional
dictionary: {id: instansi-uji, title: Instansi uji, version: "1"}
positions:
  - code: kepala_biro
    name: Kepala Biro Umum
    position_level: jpt_pratama
    required: {integritas: 5}
"""


def test_position_from_an_agency_dictionary(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "instansi.yaml"
    path.write_text(AGENCY, encoding="utf-8")
    r = cli("check", "-d", path, "--position", "kepala_biro", *MEETS, "--format", "json")
    assert r.code == 0
    data = json.loads(r.out)
    # required 5 + 8 × 4 = 37; attained 9 × 4 = 36; 36 / 37 × 100 = 97.297… → 97.30
    assert (data["standard"]["code"], data["jpm"]) == ("kepala_biro", "97.30")
    assert data["provenance"]["dictionary_id"] == "instansi-uji"


def test_every_message_has_both_languages() -> None:
    from kamus_kompetensi.i18n import MESSAGES

    for key, entry in MESSAGES.items():
        assert set(entry) == {"id", "en"}, key
        assert all(text.strip() for text in entry.values()), key


def test_malformed_nip_and_day_first_date_are_read_as_in_a_batch(cli: Cli) -> None:
    """The batch checks such a row (with a warning for the NIP); one official gets the same."""
    r = cli("check", "--echelon", "II.a", *MEETS, "--nip", "123", "--assessed-on", "01-03-2026")
    assert r.code == 0
    assert "[invalid-nip]" in r.out
    assert "2026-03-01" in r.out


def test_one_official_text_never_sends_terminal_controls(cli: Cli) -> None:
    name = "\x1b[2J\x1b]0;judul\x07\u202eBudi"
    r = cli("check", "--echelon", "II.a", *MEETS, "--nip", "\x1b[31m1987", "--name", name)
    assert r.code == 0
    assert not {"\x1b", "\x07", "\u202e"} & set(r.out)
    assert "Pejabat: [2J]0;judulBudi (NIP [31m1987)" in r.out
    assert r.codes == ["invalid-nip"]  # the NIP is still checked as given
