"""Inputs found by exploratory testing: each once crashed or misled; now each is a located,
translated problem (or a rejected row), never a traceback and never a wrong result."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import threading
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import pytest

import kamus_kompetensi as kk
from kamus_kompetensi.scoring.levels import level_hundredths
from tests.conftest import NATIONAL_CODES, Cli

HEADER = ["nip", "nama", "jabatan", "eselon", *NATIONAL_CODES]
NIP = "199001012015031001"
T = TypeVar("T")


def test_unquoted_decimal_comma_in_a_comma_csv_rejects_the_row(
    nasional: kk.Dictionary, tmp_path: Path
) -> None:
    # "3,5" unquoted splits into two cells: every later score would move one column left.
    path = tmp_path / "koma.csv"
    path.write_text(
        ",".join(HEADER) + "\n" + f"{NIP},A,B,II.a,3,5," + ",".join(["4"] * 8) + "\n",
        encoding="utf-8",
    )
    report = kk.check_file(nasional, path)
    assert report.results == []
    assert [(e.row, e.code) for e in report.errors] == [(2, "extra-cells")]
    assert report.summary.balanced


@pytest.mark.parametrize("text", ["9999-12-31", "31-12-9999", "1900-01-01"])
def test_implausible_assessment_date_is_a_warning_not_a_crash(
    nasional: kk.Dictionary, text: str
) -> None:
    row = {
        "nip": NIP,
        "nama": "A",
        "jabatan": "B",
        "eselon": "II.a",
        "tanggal_asesmen": text,
        **dict.fromkeys(NATIONAL_CODES, "4"),
    }
    report = kk.check_rows(nasional, [row])
    (result,) = report.results
    assert result.result.valid_until is None
    assert "invalid-date" in [w.code for w in result.warnings]


def test_implausible_assessment_date_in_the_api(nasional: kk.Dictionary) -> None:
    """As in a batch row: the date is not used (no validity to compute) and a warning says so."""
    a = kk.Assessment(
        echelon="II.a", scores=dict.fromkeys(NATIONAL_CODES, 4), assessed_on=dt.date(9999, 1, 1)
    )
    result = kk.check(nasional, a)
    assert (result.assessed_on, result.valid_until) == (None, None)
    assert [w.code for w in result.warnings] == ["invalid-date"]


def test_single_official_with_absurd_date_is_checked_with_a_warning(cli: Cli) -> None:
    scores = [f"--score={c}=4" for c in NATIONAL_CODES]
    r = cli("check", "--echelon", "II.a", *scores, "--assessed-on", "9999-12-31")
    assert r.code == 0
    assert "[invalid-date]" in r.out


def test_huge_integer_score_is_out_of_range(nasional: kk.Dictionary) -> None:
    with pytest.raises(kk.ScoreError) as caught:
        kk.check(
            nasional,
            kk.Assessment(
                echelon="II.a", scores={**dict.fromkeys(NATIONAL_CODES, 4), "integritas": 10**5000}
            ),
        )
    assert [p.code for p in caught.value.problems] == ["score-out-of-range"]


def test_deeply_nested_json_is_unusable_input(
    nasional: kk.Dictionary, tmp_path: Path, cli: Cli
) -> None:
    path = tmp_path / "dalam.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(kk.InputError) as caught:
        kk.check_file(nasional, path)
    assert caught.value.code == "json-syntax"
    r = cli("check", path)
    assert r.code == 2
    assert f"{path}: JSON tidak valid" in r.err
    assert cli("check", path, "--format", "json").error_code == "json-syntax"


def test_absurd_jsonl_line_is_a_row_error(nasional: kk.Dictionary, tmp_path: Path) -> None:
    record = {
        "nip": NIP,
        "nama": "A",
        "jabatan": "B",
        "eselon": "II.a",
        **dict.fromkeys(NATIONAL_CODES, 4),
    }
    good = json.dumps(record)
    path = tmp_path / "baris.jsonl"
    path.write_text(
        "\n".join([good, "[" * 100_000, '{"nip": ' + "9" * 5000 + "}", good]), encoding="utf-8"
    )
    report = kk.check_file(nasional, path)
    assert [r.row for r in report.results] == [1, 4]
    assert [(e.row, e.code) for e in report.errors] == [(2, "json-syntax"), (3, "json-syntax")]


def test_huge_integer_in_a_dictionary_is_a_finding(tmp_path: Path) -> None:
    path = tmp_path / "besar.yaml"
    path.write_text(
        "dictionary: {id: x, title: X, version: '1'}\nangka: " + "9" * 5000 + "\n", encoding="utf-8"
    )
    with pytest.raises(kk.DictionaryError) as caught:
        kk.load_dictionary(path)
    assert [(p.code, p.location.line) for p in caught.value.problems] == [("yaml-syntax", 2)]


def test_an_unclosed_quote_does_not_swallow_rows_silently(
    nasional: kk.Dictionary, tmp_path: Path
) -> None:
    scores = ";".join(["4"] * 9)
    path = tmp_path / "kutip.csv"
    path.write_text(
        ";".join(HEADER)
        + "\n"
        + f'{NIP};"Ani;Kepala;II.a;{scores}\n'
        + f"199001012015031002;Budi;Kepala;II.a;{scores}\n",
        encoding="utf-8",
    )
    report = kk.check_file(nasional, path)
    assert report.summary.balanced
    assert [(e.row, e.code) for e in report.errors] == [(2, "unbalanced-quote")]
    assert "2 baris" in report.errors[0].message  # the record ran over two lines of the file


def test_a_quoted_newline_in_a_name_is_still_fine(nasional: kk.Dictionary, tmp_path: Path) -> None:
    path = tmp_path / "baris-baru.csv"
    scores = ";".join(["4"] * 9)
    path.write_text(
        ";".join(HEADER) + "\n" + f'{NIP};"Ani\nSari";Kepala;II.a;{scores}\n', encoding="utf-8"
    )
    report = kk.check_file(nasional, path)
    assert [r.name for r in report.results] == ["Ani\nSari"]


def test_one_official_refuses_file_options_and_masks_the_nip(cli: Cli, tmp_path: Path) -> None:
    scores = [f"--score={c}=4" for c in NATIONAL_CODES]
    r = cli("check", "--echelon", "II.a", *scores, "--sheet", "Data")
    assert r.code == 2
    assert "opsi --sheet hanya untuk pemeriksaan berkas" in r.err
    r = cli("check", "--echelon", "II.a", *scores, "--sheet", "Data", "--format", "json")
    assert (r.code, r.error_code) == (2, "single-options-batch")
    for fmt in ("text", "json", "csv", "html"):
        r = cli("check", "--echelon", "II.a", *scores, "--nip", NIP, "--mask-nip", "--format", fmt)
        assert r.code == 0
        assert NIP not in r.out
        assert NIP[-4:] in r.out
    target = tmp_path / "laporan.json"
    r = cli("check", "--echelon", "II.a", *scores, "--nip", NIP, "--mask-nip", "-o", target)
    assert r.code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["official"]["nip"].endswith(NIP[-4:])
    assert NIP not in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("target", [None, 123, 4.5, [], ""])
def test_standard_for_hostile_targets(nasional: kk.Dictionary, target: object) -> None:
    with pytest.raises(kk.UnknownCodeError):
        nasional.get_standard(target)  # type: ignore[arg-type]


@pytest.mark.parametrize("jpm", ["80", None, 80.0, "NaN"])
def test_band_for_needs_a_finite_decimal(nasional: kk.Dictionary, jpm: object) -> None:
    value = jpm if jpm != "NaN" else __import__("decimal").Decimal("NaN")
    with pytest.raises(kk.ScoreError):
        nasional.get_policy("seleksi").band_for(value)  # type: ignore[arg-type]


def test_check_rows_with_no_dictionary(nasional: kk.Dictionary) -> None:
    with pytest.raises(kk.KamusError) as caught:
        kk.check_rows(None, [{"nip": NIP}])  # type: ignore[arg-type]
    assert isinstance(caught.value, ValueError)


def test_utf16_csv_gets_an_encoding_message(nasional: kk.Dictionary, tmp_path: Path) -> None:
    path = tmp_path / "unicode.csv"
    path.write_text(";".join(HEADER) + "\n", encoding="utf-16")
    with pytest.raises(kk.InputError) as caught:
        kk.check_file(nasional, path)
    assert caught.value.code == "file-utf16"


def test_a_header_written_twice_says_so(nasional: kk.Dictionary, tmp_path: Path) -> None:
    path = tmp_path / "dua.csv"
    path.write_text(";".join([*HEADER, "integritas"]) + "\n", encoding="utf-8")
    with pytest.raises(kk.InputError, match='"integritas" muncul dua kali') as caught:
        kk.check_file(nasional, path)
    assert caught.value.code == "duplicate-column-same"


def test_a_lone_dash_stays_readable_but_formulas_are_neutralised() -> None:
    from kamus_kompetensi.report.cells import safe_text

    assert safe_text("-") == "-"
    assert safe_text("-1+1") == "'-1+1"
    assert safe_text("=A1") == "'=A1"


def test_a_value_outside_the_rows_standard_is_ignored_with_a_warning(tmp_path: Path) -> None:
    from kamus_kompetensi.resources import data_dir

    agency = kk.load_dictionary(data_dir() / "contoh" / "kamus-instansi-contoh.yaml")
    row = {
        "nip": NIP,
        "nama": "A",
        "jabatan": "B",
        "eselon": "II.a",
        **dict.fromkeys(NATIONAL_CODES, "4"),
        "manajemen_talenta": "9",
    }
    (result,) = kk.check_rows(agency, [row]).results
    assert [(w.code, w.column, w.value) for w in result.warnings] == [
        ("score-not-in-standard", "manajemen_talenta", "9")
    ]
    assert str(result.result.jpm) == "100.00"


def test_condition_without_an_echelon_is_a_row_error(nasional: kk.Dictionary) -> None:
    row = {
        "nip": NIP,
        "nama": "A",
        "jabatan": "B",
        "jenjang": "jpt_madya",
        "kondisi": "kepala_lpnk",
        **dict.fromkeys(NATIONAL_CODES, "4"),
    }
    report = kk.check_rows(nasional, [row])
    assert [(e.row, e.code) for e in report.errors] == [(2, "condition-without-echelon")]


def test_a_workbook_whose_first_sheet_is_instructions_names_the_others(
    nasional: kk.Dictionary, tmp_path: Path
) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "Petunjuk"
    book.active.append(["Isi lembar Data"])
    data = book.create_sheet("Data")
    data.append(HEADER)
    data.append([NIP, "A", "B", "II.a", *([4] * 9)])
    path = tmp_path / "hasil.xlsx"
    book.save(path)
    with pytest.raises(kk.InputError, match="lembar lain: Data") as caught:
        kk.check_file(nasional, path)
    assert caught.value.code == "header-not-found"  # no known column on the first sheet
    report = kk.check_file(nasional, path, sheet="data")  # sheet names match in any case
    assert [r.row for r in report.results] == [2]


# --- dictionary files that are not regular files ---------------------------------------------
def _within(seconds: float, call: Callable[[], T]) -> T:
    """``call()``, failing (not hanging) when it does not return within ``seconds``."""
    box: list[T] = []
    failed: list[BaseException] = []

    def run() -> None:
        try:
            box.append(call())
        except BaseException as exc:  # handed to the test's thread
            failed.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    if failed:
        raise failed[0]
    assert box, "blocked: the file was opened and read as if it were a regular file"
    return box[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_as_the_dictionary_is_refused_without_blocking(tmp_path: Path, cli: Cli) -> None:
    fifo = tmp_path / "kamus.yaml"
    os.mkfifo(fifo)
    dictionary, problems = _within(5, lambda: kk.check_dictionary(fifo))
    assert dictionary is None
    assert [(p.code, p.location.file) for p in problems] == [("file-not-regular", str(fifo))]
    r = _within(5, lambda: cli("validate", fifo))
    assert r.code == 2
    assert r.codes == ["file-not-regular"]
    r = _within(5, lambda: cli("validate", tmp_path))  # found in a folder: the same
    assert (r.code, r.codes) == (2, ["file-not-regular"])
    with pytest.raises(kk.DictionaryError):
        _within(5, lambda: kk.load_dictionary(fifo))


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_device_as_the_dictionary_is_refused(cli: Cli) -> None:
    _, problems = _within(5, lambda: kk.check_dictionary("/dev/zero"))
    assert [p.code for p in problems] == ["file-not-regular"]
    assert _within(5, lambda: cli("validate", "/dev/zero")).code == 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_as_a_parent_is_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "induk.yaml")
    child = tmp_path / "anak.yaml"
    child.write_text("extends: induk.yaml\ndictionary: {id: anak, title: A, version: '1'}\n")
    _, problems = _within(5, lambda: kk.check_dictionary(child))
    assert [(p.code, p.location.line) for p in problems] == [("extends-missing", 1)]


@pytest.mark.parametrize("fmt", ["csv", "text", "json"])
def test_an_absurdly_small_level_is_zero_and_its_gap_prints_short(
    nasional: kk.Dictionary, fmt: str
) -> None:
    """A spreadsheet float of 1e-320 once printed a gap of 28 significant digits. Levels are
    exact hundredths now: within 1e-9 of 0, it is level 0 and its gap the whole standard."""
    row = {"nip": NIP, "nama": "A", "jabatan": "B", "eselon": "II.a"}
    row |= {**dict.fromkeys(NATIONAL_CODES, 4), "integritas": 1e-320}
    report = kk.check_rows(nasional, [row])
    (item,) = report.results
    integritas = next(c for c in item.result.competencies if c.code == "integritas")
    assert (integritas.attained, integritas.gap) == (0, -4)
    out = io.StringIO()
    kk.render(report, fmt, out, dictionary=nasional)
    assert re.search(r"\d[.,]\d{3,}|[eE]-\d", out.getvalue()) is None  # no 1E-320, 0.000…
    # Written as text or as an exact Decimal it is no level at all.
    assert level_hundredths("1e-320") == "score-not-numeric"
    assert level_hundredths(Decimal("1E-320")) == "level-precision"


# --- dictionary text: formulas, look-alikes, invisible characters ------------------------------
def _agency(
    tmp_path: Path, *, official: str = "T.01", name: str = "Kearsipan", extra: str = ""
) -> Path:
    """An agency file with one technical competency; values are YAML double-quoted strings."""
    levels = "\n".join(
        f'      - {{level: {n}, description: d, indicators: [{{code: "{n}.1", text: x}}]}}'
        for n in range(1, 6)
    )
    path = tmp_path / "instansi.yaml"
    path.write_text(
        f"""extends: nasional
dictionary: {{id: uji, title: Uji, version: "1"}}
competencies:
  - code: arsip
    official_code: "{official}"
    name: "{name}"
    group: teknis
    definition: Kemampuan mengelola arsip.
    levels:
{levels}
{extra}""",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    "official", ["=1+1", "+1", "-1", "@SUM(A1)", "M 01", "M..01", "1.M", "M.01."]
)
def test_an_official_code_outside_the_pattern_cannot_be_loaded(
    tmp_path: Path, official: str
) -> None:
    path = _agency(tmp_path, official=official)
    with pytest.raises(kk.DictionaryError) as caught:
        kk.load_dictionary(path)
    assert [(p.code, p.location.line) for p in caught.value.problems] == [
        ("official-code-invalid", 5)
    ]
    assert "T.KKP.01" in caught.value.problems[0].message  # the pattern, by example


@pytest.mark.parametrize("official", ["T.01", "SK.9", "T.KKP.01", "KEU-BC-01", "t.2"])
def test_official_codes_in_the_pattern_load(tmp_path: Path, official: str) -> None:
    path = _agency(tmp_path, official=official)
    assert kk.load_dictionary(path).get_competency("arsip").official_code


def test_a_cyrillic_official_code_is_refused_once(tmp_path: Path) -> None:
    path = _agency(tmp_path, official="\u041c.01")  # Cyrillic capital EM, looks like M
    _, problems = kk.check_dictionary(path)
    assert [(p.code, p.location.line) for p in problems] == [("code-not-ascii", 5)]
    assert "U+041C CYRILLIC CAPITAL LETTER EM" in problems[0].message


def test_a_non_ascii_reference_key_is_one_problem(tmp_path: Path) -> None:
    extra = (
        "positions:\n"
        "  - {code: a, name: A, position_level: administrator, required: {\u0430rsip: 3}}\n"
    )
    _, problems = kk.check_dictionary(_agency(tmp_path, extra=extra))
    assert [(p.code, p.location.line) for p in problems] == [("code-not-ascii", 16)]


@pytest.mark.parametrize(
    "char",
    ["\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u202e", "\u2066", "\u2060", "\x1b"],
    ids=lambda c: f"U+{ord(c):04X}",
)
def test_invisible_characters_in_names_are_refused(tmp_path: Path, char: str) -> None:
    escaped = char.encode("unicode_escape").decode()
    _, problems = kk.check_dictionary(_agency(tmp_path, name=f"Kear{escaped}sipan"))
    assert [(p.code, p.location.line) for p in problems] == [("text-invisible-character", 6)]
    assert f"U+{ord(char):04X}" in problems[0].message


def test_names_are_nfc_normalised(tmp_path: Path) -> None:
    path = _agency(tmp_path, name="Arsip Arsipe\\u0301")  # e + combining acute
    competency = kk.load_dictionary(path).get_competency("arsip")
    assert competency.name == "Arsip Arsip\u00e9"


def test_a_name_mixing_latin_and_cyrillic_look_alikes_is_refused(tmp_path: Path) -> None:
    extra = '    aliases: ["Int\\u0435gritas Arsip"]\n'  # a Cyrillic е inside a Latin word
    path = _agency(tmp_path)
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "    group: teknis\n", extra + "    group: teknis\n"
        ),
        encoding="utf-8",
    )
    _, problems = kk.check_dictionary(path)
    assert [(p.code, p.location.line) for p in problems] == [("text-mixed-script", 7)]
    assert '"Intеgritas"' in problems[0].message
    # Words of another script on their own are names, not look-alikes.
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "Int\\u0435gritas", "\\u0410\\u0440\\u0445\\u0438\\u0432"
        ),
        encoding="utf-8",
    )
    assert kk.check_dictionary(path)[1] == []


# --- report cells: dictionary text that starts like a formula -----------------------------------
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _formula_dictionary(tmp_path: Path) -> kk.Dictionary:
    """A valid dictionary whose texts start with formula characters: names may."""
    levels = "\n".join(
        f'      - {{level: {n}, description: d, indicators: [{{code: "{n}.1", text: x}}]}}'
        for n in range(1, 6)
    )
    path = tmp_path / "rumus.yaml"
    path.write_text(
        f"""extends: nasional
dictionary: {{id: rumus, title: "=Kamus", version: "1"}}
competencies:
  - code: kepemimpinan_teknis
    official_code: T.01
    name: "-Kepemimpinan"
    name_en: "@Leadership"
    group: teknis
    definition: D.
    levels:
{levels}
positions:
  - code: analis
    name: "+Analis"
    position_level: ahli_muda
    required: {{default: 3, kepemimpinan_teknis: 4}}
policies:
  - code: uji
    name: "@Kebijakan uji"
    bands:
      - {{code: baik, name: "=Baik", name_en: "+Good", min: 80}}
      - {{code: kurang, name: "-Kurang", name_en: "@Poor", min: 0}}
""",
        encoding="utf-8",
    )
    dictionary, problems = kk.check_dictionary(path)
    assert problems == []  # all of it is valid dictionary text
    assert dictionary is not None
    return dictionary


def _report(dictionary: kk.Dictionary) -> Any:
    row = {"nip": NIP, "nama": "A", "jabatan": "B", "jabatan_kode": "analis"}
    row |= {**dict.fromkeys(NATIONAL_CODES, "2"), "kepemimpinan_teknis": "2"}
    report = kk.check_rows(dictionary, [row], policy="uji")
    assert [r.result.band for r in report.results] == ["kurang"]
    return report


def _assert_no_formula(cells: list[str], where: str) -> None:
    for value in cells:
        if value.startswith(FORMULA_START):
            # A number we wrote ("-1", "-0,5") or a lone "-" (none) may start with "-".
            assert re.fullmatch(r"-|-[0-9]+([.,][0-9]+)?", value), (where, value)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_csv_cells_of_dictionary_text_are_neutralised(tmp_path: Path, lang: str) -> None:
    dictionary = _formula_dictionary(tmp_path)
    out = io.StringIO()
    kk.render(_report(dictionary), "csv", out, dictionary=dictionary, lang=lang)
    rows = list(csv.reader(io.StringIO(out.getvalue()), delimiter=";" if lang == "id" else ","))
    for row in rows:
        _assert_no_formula(row, "csv")
    header, values = rows
    cells = dict(zip(header, values, strict=True))
    band = cells["Kategori" if lang == "id" else "Category"]
    assert band == ("'-Kurang" if lang == "id" else "'@Poor")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_xlsx_cells_of_dictionary_text_are_neutralised(tmp_path: Path, lang: str) -> None:
    import openpyxl

    dictionary = _formula_dictionary(tmp_path)
    target = tmp_path / "laporan.xlsx"
    kk.render(_report(dictionary), "xlsx", target, dictionary=dictionary, lang=lang)
    book = openpyxl.load_workbook(target)
    texts = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.append(cell.value)
    _assert_no_formula(texts, "xlsx")
    assert ("'-Kurang" if lang == "id" else "'@Poor") in texts
    assert any(t.startswith("'@Kebijakan uji") for t in texts)  # the summary's policy row


def test_every_header_and_label_is_neutralised_whatever_its_origin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Our own messages pass through the same function: a translation that begins with a
    formula character could not make a live cell either."""
    import openpyxl

    from kamus_kompetensi.report.base import RenderOptions

    real = RenderOptions.label
    monkeypatch.setattr(
        RenderOptions, "label", lambda self, key, /, **p: "=" + real(self, key, **p)
    )
    dictionary = _formula_dictionary(tmp_path)
    target = tmp_path / "laporan.xlsx"
    kk.render(_report(dictionary), "xlsx", target, dictionary=dictionary)
    book = openpyxl.load_workbook(target)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
    out = io.StringIO()
    kk.render(_report(dictionary), "csv", out, dictionary=dictionary)
    header = next(csv.reader(io.StringIO(out.getvalue()), delimiter=";"))
    assert header[0] == "'=Baris"
    _assert_no_formula(header, "csv header")


def test_escape_sequences_in_a_rejected_row_never_reach_the_terminal(
    tmp_path: Path, cli: Cli
) -> None:
    """A CSV report lists rejected rows on stderr: the cell's ESC/OSC must not be raw."""
    path = tmp_path / "hasil.csv"
    codes = ";".join(NATIONAL_CODES)
    bad = "\x1b]0,judul\x07\x1b[2J4"
    path.write_text(
        f"nip;nama;jabatan;eselon;{codes}\n{NIP};Ani;Kepala;II.a;{bad};" + ";".join(["4"] * 8),
        encoding="utf-8",
    )
    r = cli("check", path, "-o", tmp_path / "laporan.csv")
    assert r.code == 1
    assert r.codes[:1] == ["score-not-numeric"]
    assert "\x1b" not in r.err
    assert "\x07" not in r.err


@pytest.mark.parametrize("name", ["hasil.json", "hasil.jsonl"])
def test_a_json_row_with_a_key_written_twice_is_rejected(
    nasional: kk.Dictionary, tmp_path: Path, name: str
) -> None:
    """The json module keeps the last value silently; a row must not say two things."""
    scores = ", ".join(f'"{c}": 4' for c in NATIONAL_CODES[1:])
    row = (
        f'{{"nip": "{NIP}", "nama": "A", "jabatan": "K", "eselon": "II.a", '
        f'"integritas": 5, "integritas": 1, {scores}}}'
    )
    path = tmp_path / name
    path.write_text(f"[{row}]" if name.endswith(".json") else row + "\n", encoding="utf-8")
    report = kk.check_file(nasional, path)
    assert [(e.row, e.code) for e in report.errors] == [(1, "duplicate-key")]
    assert "integritas" in report.errors[0].message
    assert report.results == []


def test_extends_through_a_symlink_loop_is_a_located_problem(tmp_path: Path, cli: Cli) -> None:
    (tmp_path / "a.yaml").symlink_to(tmp_path / "b.yaml")
    (tmp_path / "b.yaml").symlink_to(tmp_path / "a.yaml")
    main = tmp_path / "main.yaml"
    main.write_text('extends: a.yaml\ndictionary: {id: x, title: X, version: "1"}\n', "utf-8")
    r = cli("validate", main)
    assert (r.code, r.codes) == (1, ["extends-unreadable"])
    assert "main.yaml:1:10" in r.out


def test_a_rejected_row_says_so_once_in_the_text_report(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "koma.csv"
    path.write_text(
        ",".join(HEADER) + "\n" + f"{NIP},A,B,II.a,3,5," + ",".join(["4"] * 8) + "\n",
        encoding="utf-8",
    )
    run = cli("check", path, "-q", "-o", "-")
    line = next(x for x in run.out.splitlines() if "[extra-cells]" in x)
    assert line.count("baris ditolak") == 1, line


def test_mask_nip_hides_an_echoed_nip_under_any_accepted_nip_header(
    cli: Cli, tmp_path: Path
) -> None:
    """The warning echoes the NIP cell; "Nomor Induk Pegawai" is an accepted NIP header
    without the letters "nip" in it."""
    bad_nip = "123456789012345678"  # 18 digits, but month 56 is no date: invalid-nip
    path = tmp_path / "hasil.csv"
    header = ["Nomor Induk Pegawai", "nama", "jabatan", "eselon", *NATIONAL_CODES]
    path.write_text(
        ";".join(header) + "\n" + f"{bad_nip};A;B;II.a;" + ";".join(["4"] * 9) + "\n",
        encoding="utf-8",
    )
    run = cli("check", path, "-q", "--mask-nip", "--format", "json", "-o", "-")
    warnings = json.loads(run.out)["warnings"]
    assert [w["code"] for w in warnings] == ["invalid-nip"]
    assert bad_nip not in run.out
