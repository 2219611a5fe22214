"""Warnings and notes in the text report: counted per code with their first rows, the
file's listed by their message, notes apart from warnings; and the counting itself."""

from __future__ import annotations

import io

import kamus_kompetensi as kk
from kamus_kompetensi.batch.outcomes import OfficialResult, RowIssue
from kamus_kompetensi.report import render
from kamus_kompetensi.report.summary import FIRST_ROWS, Findings
from tests.report_support import NIP_BUDI, StreamingRun, official, result_for


def warned(row: int, *issues: RowIssue) -> OfficialResult:
    return official(
        row,
        result_for(kk.load_dictionary(), "administrator", {}),
        nip=NIP_BUDI,
        name=f"Pejabat {row}",
        warnings=issues,
    )


def nip_warning(row: int) -> RowIssue:
    return RowIssue(row, "invalid-nip", "struktur NIP tidak lazim", "warning", "NIP", "123")


def ignored(row: int, column: str) -> RowIssue:
    return RowIssue(row, "score-not-in-standard", "diabaikan", "warning", column, "3")


def section(text: str, title: str) -> list[str]:
    block = text.split(f"\n{title}\n", 1)[1].split("\n\n", 1)[0]
    return [" ".join(line.split()) for line in block.splitlines()]


def rendered(nasional: kk.Dictionary, lang: str = "id") -> str:
    items: list[OfficialResult | RowIssue] = [
        warned(2, nip_warning(2), ignored(2, "Teknis A"), ignored(2, "Teknis B")),
        warned(3, RowIssue(3, "row-note", "catatan baris", "note")),
        RowIssue(4, "score-out-of-range", "di atas 5", column="Integritas", value="6"),
        *(warned(row, nip_warning(row)) for row in range(5, 5 + FIRST_ROWS)),
    ]
    run = StreamingRun(nasional, items)
    run.summary.file_warnings += [
        RowIssue(1, "unknown-column", 'kolom "X" tidak dikenal', "warning", "X"),
        RowIssue(1, "file-note", "dibaca dari lembar kedua", "note"),
    ]
    out = io.StringIO()
    render(run, "text", out, dictionary=nasional, lang=lang)
    return out.getvalue()


def test_warnings_then_notes_after_the_overview(nasional: kk.Dictionary) -> None:
    text = rendered(nasional)
    assert section(text, "Peringatan") == [
        'unknown-column kolom "X" tidak dikenal',
        "invalid-nip 6 baris (2, 5, 6, 7, 8, …)",  # 1 + FIRST_ROWS rows, five shown
        "score-not-in-standard 1 baris (2)",  # two cells of one row: one row
    ]
    assert section(text, "Catatan") == [
        "file-note dibaca dari lembar kedua",
        "row-note 1 baris (3)",
    ]
    overview, warnings = text.index("\nIkhtisar\n"), text.index("\nPeringatan\n")
    assert overview < warnings < text.index("\nCatatan\n") < text.index("\nJumlah per kategori\n")
    # the table keeps one line per row: warnings are not repeated there, errors are
    assert text.count("[score-out-of-range]") == 1
    assert "[invalid-nip]" not in text


def test_english_counts(nasional: kk.Dictionary) -> None:
    text = rendered(nasional, "en")
    assert section(text, "Warnings")[1:] == [
        "invalid-nip 6 rows (2, 5, 6, 7, 8, …)",
        "score-not-in-standard 1 row (2)",
    ]
    assert section(text, "Notes")[1] == "row-note 1 row (3)"


def test_findings_count_rows_per_code_and_add_the_files() -> None:
    findings = Findings()
    for row in range(2, 2 + FIRST_ROWS):
        findings.add_outcome(nip_warning(row))  # streamed warnings count too
    findings.add_outcome(RowIssue(9, "score-out-of-range", "x"))  # errors do not
    findings.add(ignored(9, "A"))
    findings.add(ignored(9, "B"))
    [nip] = [c for c in findings.codes("warning") if c.code == "invalid-nip"]
    assert (nip.rows, nip.first_rows) == (FIRST_ROWS, [2, 3, 4, 5, 6])
    files = [RowIssue(1, "unknown-column", "x", "warning"), RowIssue(1, "n", "y", "note")]
    assert findings.counts("warning", files) == [
        ("invalid-nip", FIRST_ROWS),
        ("score-not-in-standard", 1),
        ("unknown-column", 1),
    ]
    assert findings.total("warning", files) == FIRST_ROWS + 2
    assert findings.counts("note", files) == [("n", 1)]
    assert findings.total("note", []) == 0
