"""One official in every format, the PDF read back, the letterhead, the legend and the dates.

PDFs are read back with pypdf (text extraction), so these tests assert what a reader of
the printed page sees: the letterhead, the signatories, "Halaman 1 dari N", the dates and
the legend. The HTML is parsed with html.parser; ``test_report_html.py`` renders it in
Chromium.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import re
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pypdf
import pytest

import kamus_kompetensi as kk
from kamus_kompetensi.batch.outcomes import BatchReport, RowIssue
from kamus_kompetensi.letterhead import Letterhead, Signatory, load_letterhead
from kamus_kompetensi.report import FORMATS, render
from kamus_kompetensi.report.official import render_text
from kamus_kompetensi.resources import data_dir
from tests.conftest import NATIONAL_CODES, Cli, write_clean_csv
from tests.report_support import NIP_BUDI, batch_report, new_summary, official, result_for

EXAMPLE = data_dir() / "contoh" / "kop-laporan-contoh.yaml"
SIGNER_NIP = "197001011995031001"
MONTHS_ID = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"


def _today_id() -> str:
    today = dt.date.today()
    return f"{today.day} {MONTHS_ID.split()[today.month - 1]} {today.year}"


@pytest.fixture(scope="module")
def budi() -> kk.AssessmentResult:
    """One official checked on their own, with an assessment date (valid for 3 years)."""
    d = kk.load_dictionary()
    scores: dict[str, object] = dict.fromkeys(d.national_codes, 4)
    scores.update(integritas="3,5", kerjasama=3)
    assessment = kk.Assessment(
        echelon="II.a",
        scores=scores,
        nip=NIP_BUDI,
        name="Budi Santoso",
        assessed_on="2024-02-29",
    )
    return kk.check(d, assessment, policy="seleksi")


@pytest.fixture(scope="module")
def letterhead() -> Letterhead:
    return load_letterhead(EXAMPLE)


def _pdf_pages(path: Path | bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(path) if isinstance(path, bytes) else path)
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def _page_text(page: str) -> str:
    """The words of an HTML page, as a reader sees them (the style sheet left out)."""
    body = page[page.index("<body") :]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def _rendered(source: Any, fmt: str, tmp_path: Path, **options: Any) -> Path:
    target = tmp_path / f"laporan.{'txt' if fmt == 'text' else fmt}"
    render(source, fmt, target, **options)
    return target


# --- one official, every format ---------------------------------------------------------------
def test_every_format_renders_one_official(
    budi: kk.AssessmentResult, nasional: kk.Dictionary, tmp_path: Path
) -> None:
    assert FORMATS == ("text", "csv", "xlsx", "json", "html", "pdf")
    files = {fmt: _rendered(budi, fmt, tmp_path, dictionary=nasional) for fmt in FORMATS}
    assert files["text"].read_text("utf-8") == render_text(budi, "id", nasional)
    back = kk.AssessmentResult.from_dict(json.loads(files["json"].read_text("utf-8")))
    assert back == budi
    csv_rows = files["csv"].read_text("utf-8-sig").splitlines()
    assert len(csv_rows) == 2  # the header and the official: no summary
    assert "Budi Santoso" in csv_rows[1]
    assert NIP_BUDI in csv_rows[1]
    workbook = openpyxl.load_workbook(files["xlsx"], read_only=True)
    sheets = {
        sheet.title: [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c]
        for sheet in workbook.worksheets
    }
    workbook.close()  # a read-only workbook holds its file open until closed
    # The summary sheet is the official's profile (no batch counts); the results sheet holds
    # their one row.
    assert [cells.count("Budi Santoso") for cells in sheets.values()][:2] == [1, 1]
    assert not any("Baris dibaca" in cells for cells in sheets.values())
    page = files["html"].read_text("utf-8")
    assert page.count('class="profile"') == 1
    assert "Baris dibaca" not in page  # no batch summary for one official
    assert "Daftar pejabat" not in page
    text = _page_text(page)
    for expected in ("Profil kompetensi pejabat", "Budi Santoso", "Tanggal asesmen 2024-02-29"):
        assert expected in text
    assert "Berlaku sampai 2027-02-28" in text  # 29 February + 3 years
    pages = _pdf_pages(files["pdf"])
    assert "Budi Santoso" in pages[0]
    assert "Baris dibaca" not in " ".join(pages)


def test_one_official_masked_and_in_english(
    budi: kk.AssessmentResult, nasional: kk.Dictionary, tmp_path: Path
) -> None:
    for fmt in ("text", "json", "html", "csv"):
        out = io.StringIO()
        render(budi, fmt, out, dictionary=nasional, mask_nip=True)
        assert NIP_BUDI not in out.getvalue()
        assert "**************1002" in out.getvalue()
    out = io.StringIO()
    render(budi, "text", out, dictionary=nasional, lang="en")
    assert "Teamwork" in out.getvalue()
    assert "Valid until: 2027-02-28" in out.getvalue()
    assert "Senior executive, first tier (JPT Pratama)" in out.getvalue()
    pages = _pdf_pages(_rendered(budi, "pdf", tmp_path, dictionary=nasional, lang="en"))
    joined = " ".join(pages)
    for expected in (
        "Competency profile",
        "Page 1 of 2",
        "Teamwork",  # in the table and on the radar
        "Senior executive, first tier (JPT Pratama)",
        "Meets requirements",
        "Assessment date 2024-02-29",
        "Valid until 2027-02-28",
        "JPM ≥ 80",
    ):
        assert expected in joined
    assert "Kerjasama" not in joined


def test_a_result_of_another_dictionary_is_refused(
    budi: kk.AssessmentResult, nasional: kk.Dictionary
) -> None:
    agency = kk.load_dictionary(data_dir() / "contoh" / "kamus-instansi-contoh.yaml")
    with pytest.raises(kk.InputError) as caught:
        render(budi, "html", io.StringIO(), dictionary=agency)
    assert caught.value.code == "report-dictionary-mismatch"


# --- PDF ---------------------------------------------------------------------------------------
def test_pdf_of_one_official_with_letterhead_signatures_dates_and_legend(
    budi: kk.AssessmentResult, nasional: kk.Dictionary, letterhead: Letterhead, tmp_path: Path
) -> None:
    target = _rendered(budi, "pdf", tmp_path, dictionary=nasional, letterhead=letterhead)
    assert target.read_bytes().startswith(b"%PDF-")
    pages = _pdf_pages(target)
    first, joined = pages[0], " ".join(pages)
    assert first.startswith(
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Contoh "
        "Seleksi Terbuka Jabatan Pimpinan Tinggi Pratama Tahun 2025 "
        "Laporan Hasil Penilaian Kompetensi"
    )
    for number, page in enumerate(pages, start=1):  # every page: its number and the date
        assert page.endswith(f"Dicetak {_today_id()} Halaman {number} dari {len(pages)}")
    for expected in (
        "Tanggal asesmen 2024-02-29",
        "Berlaku sampai 2027-02-28",
        # the legend: the policy's bands and thresholds, its source, category vs standard
        "Memenuhi Syarat MS JPM ≥ 80",
        "Masih Memenuhi Syarat MMS 68 ≤ JPM < 80",
        "Kurang Memenuhi Syarat KMS JPM < 68",
        "Berita Negara Republik Indonesia Tahun 2020 Nomor 35",
        "Kategori berbeda dengan “Memenuhi standar”",
        # signatures at the end, with place and date
        f"Kota Contoh, {_today_id()}",
        "Ketua Panitia Seleksi Nama Ketua Panitia",
        f"NIP {SIGNER_NIP}",
    ):
        assert expected in joined, expected
    assert joined.index("Kebutuhan pengembangan") < joined.index("Nama Ketua Panitia")


def test_pdf_of_a_batch_has_a_page_per_profile(
    nasional: kk.Dictionary, letterhead: Letterhead, tmp_path: Path
) -> None:
    target = _rendered(
        batch_report(nasional), "pdf", tmp_path, dictionary=nasional, letterhead=letterhead
    )
    pages = _pdf_pages(target)
    assert pages[0].startswith("Badan Kepegawaian")
    assert "Baris dibaca 5" in pages[0]
    assert pages[0].endswith(f"Halaman 1 dari {len(pages)}")
    # each profile starts a page: its name, then its facts, at the top
    heading = re.compile(r"(Budi Santoso|@Siti Aminah|<script>.*?) Baris \d NIP")
    starts = [p for p in pages if heading.match(p)]
    assert len(starts) == 3
    assert "Nama Anggota Panitia" in pages[-1]


def test_masked_signatory_nip(
    budi: kk.AssessmentResult, nasional: kk.Dictionary, letterhead: Letterhead
) -> None:
    out = io.StringIO()
    render(budi, "html", out, dictionary=nasional, letterhead=letterhead, mask_nip=True)
    assert SIGNER_NIP not in out.getvalue()
    assert f"NIP **************{SIGNER_NIP[-4:]}" in out.getvalue()


def test_pdf_unavailable_is_said_before_the_input_is_read(
    nasional: kk.Dictionary, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, cli: Cli
) -> None:
    class Untouchable:
        summary = new_summary(nasional)

        def __iter__(self) -> Any:
            raise AssertionError("the input was read")

    monkeypatch.setitem(sys.modules, "weasyprint", None)  # the import fails
    with pytest.raises(kk.InputError) as caught:
        render(Untouchable(), "pdf", tmp_path / "r.pdf", dictionary=nasional)
    assert caught.value.code == "pdf-unavailable"
    assert "kamus-kompetensi[pdf]" in str(caught.value)
    # The CLI says so before it opens the input (which here does not even exist).
    r = cli("check", tmp_path / "tidak-ada.csv", "-o", tmp_path / "r.pdf")
    assert (r.code, r.codes) == (2, ["pdf-unavailable"])
    scores = [f"--score={c}=4" for c in NATIONAL_CODES]
    r = cli("check", "--echelon", "II.a", *scores, "--format", "pdf", "-o", tmp_path / "r.pdf")
    assert (r.code, r.codes) == (2, ["pdf-unavailable"])
    assert not list(tmp_path.iterdir())


# --- legend, dates and warnings in words -------------------------------------------------------
def test_legend_follows_the_policy(nasional: kk.Dictionary) -> None:
    result = kk.check(
        nasional,
        kk.Assessment(position_level="jpt_pratama", scores=dict.fromkeys(NATIONAL_CODES, 4)),
        policy="pemetaan",
    )
    out = io.StringIO()
    render(result, "html", out, dictionary=nasional)
    text = _page_text(out.getvalue())
    assert "Optimal O JPM ≥ 90" in text
    assert "Cukup Optimal CO 78 ≤ JPM < 90" in text
    assert "Kurang Optimal KO JPM < 78" in text
    assert "Peraturan BKN Nomor 26 Tahun 2019" in text


def test_duplicate_nip_is_said_in_words_naming_the_other_row(
    tmp_path: Path, nasional: kk.Dictionary
) -> None:
    codes = ";".join(NATIONAL_CODES)
    rows = [f"{NIP_BUDI};Pejabat {i};Kepala;II.a;2024-01-0{i};" + ";".join("4" * 9) for i in (1, 2)]
    path = tmp_path / "hasil.csv"
    path.write_text(
        f"nip;nama;jabatan;eselon;tanggal_asesmen;{codes}\n" + "\n".join(rows) + "\n", "utf-8"
    )
    report = kk.check_file(nasional, path)
    for fmt in ("html", "text", "json"):
        out = io.StringIO()
        render(report, fmt, out, dictionary=nasional)
        shown = out.getvalue()
        if fmt == "html":
            assert "NIP yang sama juga ada di baris 3 [duplicate-nip]" in shown
            assert "NIP yang sama juga ada di baris 2 [duplicate-nip]" in shown
            assert "Berlaku sampai</dt><dd>2027-01-01" in shown
        elif fmt == "text":
            assert "2024-01-02" in shown
            assert "2027-01-02" in shown
        else:
            warnings = json.loads(shown)["warnings"]
            assert {w["message"] for w in warnings} == {
                "NIP yang sama juga ada di baris 3",
                "NIP yang sama juga ada di baris 2",
            }


def test_batch_html_without_letterhead_has_no_image_or_signatures(nasional: kk.Dictionary) -> None:
    out = io.StringIO()
    render(batch_report(nasional), "html", out, dictionary=nasional)
    assert "<img" not in out.getvalue()
    assert 'class="signatures"' not in out.getvalue()
    assert 'class="legend"' in out.getvalue()


def test_letterhead_logo_is_embedded_and_missing_logo_is_an_error(
    budi: kk.AssessmentResult, nasional: kk.Dictionary, tmp_path: Path
) -> None:
    out = io.StringIO()
    render(budi, "html", out, dictionary=nasional, letterhead=load_letterhead(EXAMPLE))
    assert '<img src="data:image/svg+xml;base64,' in out.getvalue()
    assert not re.search(r"""(src|href)=["']?(https?:|file:|//)""", out.getvalue())
    gone = Letterhead("BKPSDM", logo=tmp_path / "hilang.png")
    with pytest.raises(kk.InputError) as caught:
        render(budi, "html", tmp_path / "r.html", dictionary=nasional, letterhead=gone)
    assert caught.value.code == "letterhead-logo-missing"
    assert not (tmp_path / "r.html").exists()


def test_formats_without_a_page_accept_the_letterhead(
    budi: kk.AssessmentResult, nasional: kk.Dictionary
) -> None:
    plain = Letterhead("BKPSDM Kabupaten Contoh", signatories=(Signatory("Ketua", "Ani"),))
    for fmt in ("text", "json", "csv"):
        with_it, without = io.StringIO(), io.StringIO()
        render(budi, fmt, with_it, dictionary=nasional, letterhead=plain)
        render(budi, fmt, without, dictionary=nasional)
        assert with_it.getvalue() == without.getvalue()
    with pytest.raises(kk.InputError) as caught:
        render(budi, "html", io.StringIO(), dictionary=nasional, letterhead={"agency": "x"})  # type: ignore[arg-type]
    assert caught.value.code == "invalid-argument"


# --- the CLI -----------------------------------------------------------------------------------
@pytest.mark.parametrize("suffix", ["pdf", "html", "csv", "xlsx", "json", "txt"])
def test_cli_writes_one_official_to_a_file(suffix: str, tmp_path: Path, cli: Cli) -> None:
    target = tmp_path / f"budi.{suffix}"
    scores = [f"--score={c}=4" for c in NATIONAL_CODES]
    r = cli(
        "check",
        "--echelon",
        "II.a",
        *scores,
        "--name",
        "Budi Santoso",
        "--nip",
        NIP_BUDI,
        "--mask-nip",
        "--assessed-on",
        "2024-02-29",
        "--letterhead",
        EXAMPLE,
        "-o",
        target,
    )
    assert (r.code, r.out) == (0, "")
    if suffix == "pdf":
        shown = " ".join(_pdf_pages(target))
    elif suffix == "xlsx":
        book = openpyxl.load_workbook(target, read_only=True)
        shown = " ".join(
            str(c) for s in book.worksheets for row in s.iter_rows(values_only=True) for c in row
        )
        book.close()
    else:
        shown = target.read_text("utf-8-sig")
    # XLSX: the profile on the summary sheet and the row on the results sheet
    assert shown.count("Budi Santoso") == (2 if suffix == "xlsx" else 1)
    assert NIP_BUDI not in shown
    assert "1002" in shown
    if suffix in ("pdf", "html", "txt", "json"):
        assert "2027-02-28" in shown


def test_cli_one_official_formats_need_a_file_where_no_terminal_can_show_them(cli: Cli) -> None:
    scores = [f"--score={c}=4" for c in NATIONAL_CODES]
    for fmt in ("xlsx", "pdf"):
        r = cli("check", "--echelon", "II.a", *scores, "--format", fmt)
        assert (r.code, r.codes) == (2, ["format-needs-output"])
    r = cli("check", "--echelon", "II.a", *scores, "--format", "html", "--lang", "en")
    assert r.code == 0
    assert r.out.startswith("<!DOCTYPE html>")
    assert "Teamwork" in r.out


def test_cli_batch_pdf(tmp_path: Path, cli: Cli) -> None:
    sample = write_clean_csv(tmp_path / "hasil.csv", 2)
    target = tmp_path / "laporan.pdf"
    r = cli("check", sample, "--letterhead", EXAMPLE, "--mask-nip", "-o", target)
    assert r.code == 0
    assert "laporan: " in r.err
    pages = _pdf_pages(target)
    assert pages[0].startswith("Badan Kepegawaian")
    assert "Baris dibaca 2" in pages[0]
    assert pages[0].endswith(f"Halaman 1 dari {len(pages)}")
    assert "Nama Ketua Panitia" in pages[-1]
    assert not re.search(r"\b\d{18}\b", " ".join(pages))  # every NIP masked


def test_render_accepts_an_official_outcome_list_through_a_report(nasional: kk.Dictionary) -> None:
    """A one-row batch still is a batch: its summary is shown (only a result is one official)."""
    item = official(2, result_for(nasional, "administrator", {}), name="Ani")
    summary = new_summary(nasional)
    summary.add_result(item)
    out = io.StringIO()
    render(BatchReport(summary, [item], [RowIssue(3, "x", "y")]), "html", out, dictionary=nasional)
    assert "Baris dibaca" in out.getvalue()


@pytest.mark.parametrize(("lang", "words"), [("id", "sedang–tinggi"), ("en", "medium to high")])
def test_legend_names_the_source_confidence_in_words(
    cli: Cli, tmp_path: Path, lang: str, words: str
) -> None:
    """The seleksi policy's source has confidence sedang_tinggi (nasional.yaml)."""
    target = tmp_path / "laporan.html"
    sample = data_dir() / "contoh" / "hasil-asesmen-contoh.csv"
    cli("check", sample, "--policy", "seleksi", "-q", "--lang", lang, "-o", target)
    page = target.read_text("utf-8")
    assert words in page
    assert "sedang_tinggi" not in page
