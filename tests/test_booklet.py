"""The dictionary booklet (``kamus-kompetensi booklet``, ``report.booklet``): everything in
it, in HTML and in the PDF read back, the marked standard, English, and its errors."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pypdf
import pytest

import kamus_kompetensi as kk
from kamus_kompetensi.errors import InputError
from kamus_kompetensi.report.booklet import booklet_html, render_booklet
from tests.conftest import EXAMPLES, NATIONAL_CODES, Cli

AGENCY = Path("data/contoh/kamus-instansi-contoh.yaml")
MINIMAL = EXAMPLES / "valid" / "minimal.yaml"  # one competency, one level, no English
#: The national dictionary's behavioural indicators: 9 competencies × 5 levels × 3 (issue 14).
NATIONAL_INDICATORS = 135


_BLOCKS = frozenset(
    [
        "p",
        "div",
        "li",
        "td",
        "th",
        "tr",
        "dt",
        "dd",
        "br",
        "h1",
        "h2",
        "h3",
        "section",
        "nav",
        "table",
        "ol",
        "ul",
        "span",
    ]
)


class _Page(HTMLParser):
    """The visible text of a page, the ids it defines, the links it makes, and the tags it
    uses (to find scripts or resources)."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.tags: set[str] = set()
        self.sources: list[str] = []
        self.marked: dict[str, int] = {}  # competency code → the level marked as required
        self._in_style = False
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        if tag in _BLOCKS:  # a new cell or paragraph starts a new word
            self.text.append(" ")
        found = dict(attrs)
        self._in_style = tag == "style"
        if found.get("id"):
            self.ids.add(str(found["id"]))
        if tag == "a" and found.get("href") is not None:
            self.links.append(str(found["href"]))
        if found.get("src") is not None:
            self.sources.append(str(found["src"]))
        classes = (found.get("class") or "").split()
        if {"level", "required"} <= set(classes):
            match = re.fullmatch(r"k-([a-z0-9_]+)-([1-5])", str(found["id"]))
            assert match is not None
            self.marked[match[1]] = int(match[2])

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if not self._in_style:
            self.text.append(data)

    @property
    def words(self) -> str:
        return _words("".join(self.text))


def _words(text: str) -> str:
    """Text with every run of whitespace as one space (line breaks differ by format)."""
    return " ".join(text.split())


def _indicators(dictionary: kk.Dictionary) -> Iterator[str]:
    for comp in dictionary.competencies:
        for level in comp.levels:
            for indicator in level.indicators:
                yield indicator.text


def _pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


@pytest.fixture(scope="module")
def national_pdf(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The national booklet as PDF, read back page by page."""
    target = tmp_path_factory.mktemp("booklet") / "kamus.pdf"
    render_booklet(kk.load_dictionary(), target, "pdf", printed_on=date(2026, 8, 17))
    return _pdf_pages(target)


def test_html_holds_all_135_national_indicators(nasional: kk.Dictionary) -> None:
    texts = list(_indicators(nasional))
    assert len(texts) == NATIONAL_INDICATORS
    page = _Page(booklet_html(nasional))
    missing = [text for text in texts if _words(text) not in page.words]
    assert missing == []
    for comp in nasional.competencies:
        assert _words(comp.definition) in page.words
        for level in comp.levels:
            assert _words(level.description) in page.words


def test_pdf_holds_all_135_national_indicators(
    nasional: kk.Dictionary, national_pdf: list[str]
) -> None:
    # Without any whitespace: a PDF line may break after "/" with no space to find again.
    text = "".join("".join(national_pdf).split())
    missing = [t for t in _indicators(nasional) if "".join(t.split()) not in text]
    assert missing == []


def test_pdf_footer_says_page_x_of_y_after_the_title_page(national_pdf: list[str]) -> None:
    total = len(national_pdf)
    assert total > 12  # nine competencies, each on its own pages
    assert "Halaman" not in national_pdf[0]  # the title page has no footer
    assert "17 Agustus 2026" in national_pdf[0]
    for number, text in enumerate(national_pdf[1:], start=2):
        assert f"Halaman {number} dari {total}" in text


def test_pdf_contents_give_the_page_of_each_competency(
    nasional: kk.Dictionary, national_pdf: list[str]
) -> None:
    contents = national_pdf[1]
    assert contents.startswith("Daftar isi")
    for comp in nasional.competencies:
        match = re.search(rf"{re.escape(f'{comp.official_code} {comp.name}')} \.+ (\d+)", contents)
        assert match is not None, comp.code
        page = national_pdf[int(match[1]) - 1]
        group = {"manajerial": "Manajerial", "sosial_kultural": "Sosial kultural"}[comp.group]
        assert f"{comp.official_code} {comp.name}\n{group} · {comp.code}" in page


def test_html_contents_link_to_every_competency(nasional: kk.Dictionary) -> None:
    page = _Page(booklet_html(nasional))
    assert [f"#k-{code}" for code in NATIONAL_CODES] == [
        link for link in page.links if link.startswith("#k-")
    ]
    assert all(link[1:] in page.ids for link in page.links)
    assert {"jenjang", "tabel-standar", "cara-membaca"} <= page.ids


def test_title_page_names_the_dictionary(nasional: kk.Dictionary) -> None:
    html = booklet_html(nasional, printed_on=date(2026, 1, 5))
    words = _Page(html).words
    assert "Kamus Kompetensi Manajerial dan Sosial Kultural ASN" in words
    assert "Versi 2017.2" in words
    assert "Peraturan Menteri PANRB Nomor 38 Tahun 2017 tentang Standar Kompetensi" in words
    assert f"Sidik isi kamus {nasional.content_hash[:12]} " in words
    assert "Tanggal cetak 5 Januari 2026" in words


def test_sources_and_confidence_as_the_data_carries_them(nasional: kk.Dictionary) -> None:
    words = _Page(booklet_html(nasional)).words
    integrity = nasional.get_competency("integritas")
    assert integrity.source is not None
    assert integrity.source.note is not None
    assert _words(integrity.source.note) in words
    # integritas: the source says "tinggi", level 4 says "sedang_tinggi"
    assert "Lampiran II, Kamus Kompetensi Manajerial; keyakinan: tinggi." in words
    assert "keyakinan: sedang–tinggi" in words
    # the position levels and their standards
    assert "Jabatan Pimpinan Tinggi Pratama jpt_pratama Struktural II.a, II.b" in words
    assert "Jabatan Fungsional Ahli Muda ahli_muda Fungsional ditetapkan per jabatan" in words
    assert "Jabatan Pengawas 2 2 2 2 2 2 2 2 2 18" in words


def test_agency_booklet_holds_its_technical_competencies(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "instansi.html"
    r = cli("booklet", "-d", AGENCY, "-o", target)
    assert r.code == 0
    assert r.err.strip().endswith("11 kompetensi, 165 indikator")
    agency = kk.load_dictionary(AGENCY)
    page = _Page(target.read_text(encoding="utf-8"))
    assert [link for link in page.links if link.startswith("#k-")] == [
        *(f"#k-{code}" for code in NATIONAL_CODES),
        "#k-manajemen_talenta",
        "#k-pengelolaan_data_kepegawaian",
    ]
    assert "Kompetensi teknis" in page.words
    assert [t for t in _indicators(agency) if _words(t) not in page.words] == []
    assert "Menjelaskan tujuan manajemen talenta dan tahapannya secara umum." in page.words
    assert "Kepala BKPSDM Kabupaten Contoh kepala_bkpsdm BKPSDM Kabupaten Contoh" in page.words
    assert "Berkas kamus nasional 2017.2, contoh-kab 2026.1" in page.words


def test_position_level_marks_the_required_level_everywhere(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "kamus.html"
    r = cli("booklet", "--position-level", "administrator", "-o", target)
    assert r.code == 0
    page = _Page(target.read_text(encoding="utf-8"))
    assert page.marked == dict.fromkeys(NATIONAL_CODES, 3)
    words = page.words
    summary = words.index(
        "Standar kompetensi: Jabatan Administrator Kompetensi Kelompok Standar "
        "M.01 Integritas Manajerial 3"
    )
    assert summary < words.index("Kompetensi manajerial M.01 Integritas")
    assert "SK.1 Perekat Bangsa Sosial kultural 3 Jumlah 27" in words
    assert words.count("Level standar Jabatan Administrator: 3") == 9


def test_agency_position_marks_technical_levels_too(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "analis.html"
    position = "analis_sdm_aparatur_ahli_muda"
    assert cli("booklet", "-d", AGENCY, "--position-level", position, "-o", target).code == 0
    page = _Page(target.read_text(encoding="utf-8"))
    expected = dict.fromkeys(NATIONAL_CODES, 2)
    expected |= {"integritas": 3, "manajemen_talenta": 3, "pengelolaan_data_kepegawaian": 3}
    assert page.marked == expected
    assert "T.CONTOH.01 Manajemen Talenta ASN Teknis 3" in page.words
    assert "Analis SDM Aparatur Ahli Muda 3 2 2 2 2 2 2 2 2 3 3 25" in page.words


def test_standard_of_a_level_says_technical_competencies_are_not_in_it() -> None:
    agency = kk.load_dictionary(AGENCY)
    page = _Page(booklet_html(agency, position_level="jpt_pratama"))
    assert page.marked == dict.fromkeys(NATIONAL_CODES, 4)
    assert page.words.count("tidak termasuk standar Jabatan Pimpinan Tinggi Pratama") == 2


def test_english_booklet(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "dictionary.html"
    r = cli("booklet", "--lang", "en", "--position-level", "jpt_pratama", "-o", target)
    assert r.code == 0
    assert r.err.strip().endswith("9 competencies, 135 indicators")
    html = target.read_text(encoding="utf-8")
    assert html.startswith('<!DOCTYPE html>\n<html lang="en">')
    words = _Page(html).words
    assert "Contents How to read this booklet" in words
    assert "Competency standard: Senior executive, first tier (JPT Pratama)" in words
    assert "M.02 Teamwork Official name: Kerjasama · Managerial · kerjasama" in words
    assert "SK.1 National Unity" in words
    assert "Required level for Senior executive, first tier (JPT Pratama): 4" in words
    assert '"Page " counter(page) " of " counter(pages)' in html
    assert "Halaman" not in html


def test_english_pdf_footer() -> None:
    pdf = io.BytesIO()
    render_booklet(kk.load_dictionary(MINIMAL), pdf, "pdf", lang="en")
    pages = [page.extract_text() for page in pypdf.PdfReader(pdf).pages]
    assert pages[1].startswith("Contents")
    assert all(f"Page {n} of {len(pages)}" in pages[n - 1] for n in range(2, len(pages) + 1))


def test_text_from_the_dictionary_is_escaped(tmp_path: Path) -> None:
    text = AGENCY.read_text(encoding="utf-8")
    hostile = text.replace(
        "name: Manajemen Talenta ASN", 'name: "Talenta <script>alert(1)</script>"'
    ).replace(
        "text: Menjelaskan tujuan manajemen talenta",
        'text: Menjelaskan <img src=x onerror=alert(1)> & "tujuan"',
    )
    path = tmp_path / "hostile.yaml"
    path.write_text(hostile, encoding="utf-8")
    html = booklet_html(kk.load_dictionary(path))
    page = _Page(html)
    assert "script" not in page.tags
    assert "img" not in page.tags
    assert "Talenta <script>alert(1)</script>" in page.words
    assert 'Menjelaskan <img src=x onerror=alert(1)> & "tujuan"' in page.words


def test_no_scripts_and_no_external_resources(nasional: kk.Dictionary) -> None:
    html = booklet_html(nasional, position_level="pengawas")
    page = _Page(html)
    assert page.sources == []
    assert not page.tags & {"script", "link", "img", "iframe", "object"}
    assert all(link.startswith("#") for link in page.links)
    assert "url(" not in html
    assert "@import" not in html


def test_api_writes_to_a_stream_and_refuses_an_unknown_format(nasional: kk.Dictionary) -> None:
    out = io.StringIO()
    render_booklet(nasional, out, lang="en")
    assert out.getvalue().startswith('<!DOCTYPE html>\n<html lang="en">')
    pdf = io.BytesIO()
    render_booklet(kk.load_dictionary(MINIMAL), pdf, "pdf")
    assert pdf.getvalue().startswith(b"%PDF-")
    assert "Memeriksa ulang pekerjaannya." in pypdf.PdfReader(pdf).pages[3].extract_text()
    with pytest.raises(InputError) as raised:
        render_booklet(nasional, io.StringIO(), "docx")
    assert raised.value.code == "booklet-unknown-format"


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["-o", "kamus.docx"], "booklet-unknown-format"),
        (["-o", "kamus"], "booklet-unknown-format"),
        (["-o", "kamus.html", "--format", "epub"], "booklet-unknown-format"),
        (["-o", "kamus.html", "--position-level", "administratr"], "unknown-position-level"),
        (["-o", "kamus.html", "--position-level", "ahli_muda"], "standard-not-defined"),
    ],
)
def test_errors_have_codes(
    argv: list[str], code: str, cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    r = cli("booklet", *argv)
    assert (r.code, r.codes) == (2, [code])
    assert list(tmp_path.iterdir()) == []


def test_unknown_position_level_suggests_the_closest(cli: Cli, tmp_path: Path) -> None:
    r = cli("booklet", "-o", tmp_path / "k.html", "--position-level", "administratr")
    assert "maksud Anda `administrator`?" in r.err


def test_unwritable_output_is_said_in_words(cli: Cli, tmp_path: Path) -> None:
    r = cli("booklet", "-o", tmp_path / "no-such-folder" / "kamus.html")
    assert (r.code, r.codes) == (2, ["report-write-failed"])
    r = cli("booklet", "-o", tmp_path, "--format", "html")
    assert (r.code, r.codes) == (2, ["output-not-regular"])


def test_refuses_to_overwrite_the_dictionary_it_reads(cli: Cli, tmp_path: Path) -> None:
    # A dictionary file with an .html name is still YAML; the booklet must not replace it.
    dictionary = tmp_path / "kamus.html"
    original = AGENCY.read_bytes()
    dictionary.write_bytes(original)
    r = cli("booklet", "-d", dictionary, "-o", tmp_path / "." / "kamus.html")
    assert (r.code, r.codes) == (2, ["output-is-input"])
    assert dictionary.read_bytes() == original


def test_replaces_an_old_booklet_atomically(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "kamus.html"
    target.write_text("old", encoding="utf-8")
    assert cli("booklet", "-o", target, "--position-level", "nope").code == 2
    assert target.read_text(encoding="utf-8") == "old"
    assert cli("booklet", "-o", target).code == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kamus.html"]


def test_stdout_gets_html(cli: Cli) -> None:
    r = cli("booklet", "-o", "-")
    assert r.code == 0
    assert r.out.startswith('<!DOCTYPE html>\n<html lang="id">')
    assert r.err == ""


def test_booklet_file_is_shareable_unlike_a_report(nasional: kk.Dictionary, tmp_path: Path) -> None:
    """A booklet holds no personal data: a new file gets the usual mode (0o666 less the
    umask), while reports, which name officials, are readable by their owner only."""
    import os

    old = os.umask(0o022)
    try:
        render_booklet(nasional, tmp_path / "kamus.html")
    finally:
        os.umask(old)
    assert (tmp_path / "kamus.html").stat().st_mode & 0o777 == 0o644
