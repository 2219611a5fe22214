"""One ``validate`` run reports every problem of a file, whatever stage finds it.

A file with five planted mistakes once took four runs to clear: schema errors hid the
integrity rules, and a range error in one position hid an unknown reference in another.
Now every stage runs on everything it can check; only checks whose own input is broken
are skipped (never guessed), and one mistake is still reported once.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kamus_kompetensi as kk
from tests.conftest import EXAMPLES, Cli

FIVE = EXAMPLES / "validate-all" / "five-stages.yaml"
#: (code, line) of every mistake planted in FIVE, by the stage that finds it.
FIVE_EXPECTED = [
    ("schema-type", 13),  # JSON Schema: a level written "satu" in one competency
    ("indicator-numbering", 25),  # integrity, in another competency of the same file
    ("required-level-range", 32),  # JSON Schema: default: 7 in a position level
    ("required-level-range", 37),  # ... and integritas: 9 in a position
    ("unknown-position-level-reference", 40),  # integrity: ahli_mudah
    ("unknown-reference", 45),  # integrity: integritass, in another position
    ("duplicate-code", 46),  # integrity: a position code used twice
]


def _found(problems: list[kk.Problem]) -> list[tuple[str, int | None]]:
    return [(p.code, p.location.line) for p in problems]


def _write(folder: Path, text: str, name: str = "kamus.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_one_run_reports_the_mistakes_of_every_stage() -> None:
    dictionary, problems = kk.check_dictionary(FIVE)
    assert dictionary is None
    assert _found(problems) == FIVE_EXPECTED  # in file order
    for problem in problems:
        assert problem.location.file is not None
        assert problem.location.file.endswith("five-stages.yaml")
        assert problem.location.column is not None
        assert problem.location.path is not None
        assert problem.location.path.startswith("$.")


def test_the_cli_lists_them_all_in_one_run(cli: Cli) -> None:
    r = cli("validate", FIVE)
    assert r.code == 1
    assert r.codes == [code for code, _ in FIVE_EXPECTED]
    lines = [line for line in r.out.splitlines() if line.endswith("]")]
    assert [int(line.split(":")[1]) for line in lines] == [n for _, n in FIVE_EXPECTED]
    assert "maksud Anda `ahli_muda`?" in r.out
    assert "maksud Anda `integritas`?" in r.out
    assert "1 berkas diperiksa, 1 bermasalah, 7 temuan" in r.err


def test_the_json_output_lists_them_all(cli: Cli) -> None:
    r = cli("validate", FIVE, "--format", "json")
    assert r.code == 1
    (entry,) = json.loads(r.out)["files"]
    assert entry["valid"] is False
    found = [(p["code"], p["line"]) for p in entry["problems"]]
    assert found == FIVE_EXPECTED
    assert all(p["path"].startswith("$.") and p["column"] for p in entry["problems"])


NATIONAL_LEVELS = "\n".join(
    f'      - {{level: {n}, description: d, indicators: [{{code: "{n}.1", text: x}}]}}'
    for n in range(1, 6)
)


def test_a_failed_record_keeps_its_good_fields_checked(tmp_path: Path) -> None:
    """An unknown field fails the record as a whole; its levels are still checked, its code
    still defined (no false unknown-reference), and the field gets a suggestion."""
    path = _write(
        tmp_path,
        f"""extends: nasional
dictionary: {{id: uji, title: Uji, version: "1"}}
competencies:
  - code: arsip
    name: Kearsipan
    group: teknis
    defintion: Kemampuan mengelola arsip.
    levels:
{NATIONAL_LEVELS.replace('"4.1"', '"4.2"')}
positions:
  - {{code: arsiparis, name: Arsiparis, position_level: administrator, required: {{arsip: 3}}}}
""",
    )
    _, problems = kk.check_dictionary(path)
    assert _found(problems) == [
        ("schema-required", 4),  # definition is missing ...
        ("schema-additional", 7),  # ... because it is spelt defintion
        ("indicator-numbering", 12),
    ]
    assert problems[1].message.endswith("; maksud Anda `definition`?")


def test_a_broken_code_makes_references_to_its_kind_unknown_not_wrong(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        f"""extends: nasional
dictionary: {{id: uji, title: Uji, version: "1"}}
competencies:
  - code: Arsip
    name: Kearsipan
    group: teknis
    definition: D.
    levels:
{NATIONAL_LEVELS}
positions:
  - {{code: a, name: A, position_level: administrator, required: {{arsip: 3}}}}
  - {{code: b, name: B, position_level: administratur}}
""",
    )
    _, problems = kk.check_dictionary(path)
    # "arsip" may well be the competency whose code is broken: not reported as unknown.
    assert _found(problems) == [("schema-pattern", 4), ("unknown-position-level-reference", 16)]


def test_a_missing_parent_still_checks_what_needs_no_parent(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        f"""extends: induk.yaml
dictionary: {{id: uji, title: Uji, version: "1"}}
competencies:
  - code: arsip
    name: Kearsipan
    group: teknis
    definition: D.
    levels:
{NATIONAL_LEVELS.replace('"2.1"', '"2.3"')}
positions:
  - {{code: a, name: A, position_level: entah, required: {{entah: 3}}}}
  - {{code: a, name: A2, position_level: entah}}
""",
    )
    _, problems = kk.check_dictionary(path)
    # References cannot be checked without the parent: none is guessed unknown.
    assert _found(problems) == [
        ("extends-missing", 1),
        ("indicator-numbering", 10),
        ("duplicate-code", 16),
    ]


def test_a_yaml_problem_does_not_hide_the_other_stages(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        f"""extends: nasional
dictionary: {{id: uji, title: Uji, version: "1", title: Lagi}}
competencies:
  - code: arsip
    name: Kearsipan
    group: !!python/name:os.system teknis
    definition: D.
    levels:
{NATIONAL_LEVELS}
positions:
  - {{code: a, name: A, position_level: administrator, required: {{arsipp: 3}}}}
""",
    )
    _, problems = kk.check_dictionary(path)
    # The unsafe tag is reported once (not again as a missing or mistyped group).
    assert _found(problems) == [
        ("yaml-duplicate-key", 2),
        ("yaml-unsafe-tag", 6),
        ("unknown-reference", 15),
    ]
    assert "maksud Anda `arsip`?" in problems[-1].message


def test_a_type_error_and_an_unknown_reference_in_one_mapping(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """extends: nasional
dictionary: {id: uji, title: Uji, version: "1"}
positions:
  - code: a
    name: A
    position_level: administrator
    required: {integritas: 9, integritass: 3, kerjasama: "3"}
""",
    )
    _, problems = kk.check_dictionary(path)
    assert sorted(p.code for p in problems) == [
        "required-level-range",
        "required-level-range",
        "unknown-reference",
    ]


def test_enum_values_get_a_suggestion_and_far_off_keys_none(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        f"""extends: nasional
dictionary: {{id: uji, title: Uji, version: "1"}}
competencies:
  - code: arsip
    name: Kearsipan
    group: teknikal
    definition: D.
    levels:
{NATIONAL_LEVELS}
positions:
  - {{code: a, name: A, position_level: administrator, required: {{zzzz: 3}}}}
""",
    )
    _, problems = kk.check_dictionary(path)
    assert _found(problems) == [("schema-enum", 6), ("unknown-reference", 15)]
    assert problems[0].message.endswith("; maksud Anda `teknis`?")
    assert problems[0].params["suggestion"] == "teknis"
    assert "maksud" not in problems[1].message  # nothing close to zzzz


@pytest.mark.parametrize("lang", ["id", "en"])
def test_suggestions_speak_the_language(lang: str) -> None:
    _, problems = kk.check_dictionary(FIVE, lang=lang)
    unknown = next(p for p in problems if p.code == "unknown-reference")
    words = {"id": "maksud Anda `integritas`?", "en": "did you mean `integritas`?"}
    assert unknown.message.endswith(words[lang])


def test_a_valid_file_still_loads() -> None:
    from kamus_kompetensi.resources import data_dir

    example = data_dir() / "contoh" / "kamus-instansi-contoh.yaml"
    dictionary, problems = kk.check_dictionary(example)
    assert problems == []
    assert dictionary is not None
    assert dictionary.content_hash == kk.load_dictionary(example).content_hash
