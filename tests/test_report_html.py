"""The HTML report: structure and escaping (html.parser) and a real render (Chromium).

The Chromium test does not skip when the browser is missing: a report nobody has seen
rendered is not tested. Install it with ``apt-get install chromium`` (CI: ``.ci/run``).
"""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

import kamus_kompetensi as kk
from kamus_kompetensi.report import html_report, render
from kamus_kompetensi.report.svg import RadarAxis, radar_svg
from kamus_kompetensi.scoring import parse_level
from tests.chromium import rendered_dom
from tests.report_support import HOSTILE_NAME, NIP_BUDI, StreamingRun, batch_report


class _Outline(HTMLParser):
    """Collects tags, attributes and text so tests can ask about structure."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.stack: list[str] = []
        self.svg_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.stack:
            while self.stack.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if "svg" in self.stack:
            self.svg_text.append(data)

    def find(self, tag: str, **attrs: str) -> list[dict[str, str | None]]:
        return [
            a
            for t, a in self.tags
            if t == tag and all(a.get(k.rstrip("_")) == v for k, v in attrs.items())
        ]


def _html(nasional: kk.Dictionary, source: Any = None, **options: Any) -> str:
    out = io.StringIO()
    render(source or batch_report(nasional), "html", out, dictionary=nasional, **options)
    return out.getvalue()


def _outline(text: str) -> _Outline:
    parser = _Outline()
    parser.feed(text)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def page() -> str:
    return _html(kk.load_dictionary())


def test_self_contained(page: str) -> None:
    outline = _outline(page)
    assert page.startswith("<!DOCTYPE html>")
    assert not outline.find("script")
    assert not outline.find("link")
    assert not outline.find("img")
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", page)
    for rule in ("@page", "size: A4", "@media print", "break-before: page"):
        assert rule in page


def test_hostile_text_is_escaped(page: str) -> None:
    assert HOSTILE_NAME not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; Co" in page
    assert HOSTILE_NAME in "".join(_outline(page).text)


def test_summary_sections(page: str) -> None:
    text = " ".join(_outline(page).text)
    for label in (
        "Baris dibaca",
        "Baris diperiksa",
        "Baris ditolak",
        "Jumlah per kategori",
        "Jumlah per jenjang jabatan",
        "Jumlah per unit kerja",
        "Kompetensi yang paling sering di bawah standar",
        "Kesalahan baris",
    ):
        assert label in text
    assert "score-out-of-range" in text


def test_one_profile_per_official_with_radar(page: str) -> None:
    outline = _outline(page)
    profiles = outline.find("section", class_="profile")
    assert [p["id"] for p in profiles] == ["row-2", "row-4", "row-6"]
    assert len(outline.find("svg")) == 3
    assert len(outline.find("polygon", class_="attained")) == 3
    assert len(outline.find("polygon", class_="required")) == 3
    assert len(outline.find("polygon", class_="ring")) == 15
    labels = set(outline.svg_text)
    assert {"M.01", "M.08", "SK.1"} <= labels


def test_development_needs_show_indicators_of_missing_levels(
    nasional: kk.Dictionary, page: str
) -> None:
    text = " ".join(_outline(page).text)
    assert "M.01 Integritas: 3,5 → 4" in text
    integrity = nasional.get_competency("integritas").level(4)
    assert integrity.indicators[0].text in text
    level_3 = nasional.get_competency("kerjasama").level(3)
    assert level_3.indicators[0].text not in text  # Kerjasama attained 3: only level 4 is missing


def test_negative_gaps_are_marked(page: str) -> None:
    assert len(_outline(page).find("td", class_="num below")) == 2


def test_masked_nip(nasional: kk.Dictionary) -> None:
    page = _html(nasional, mask_nip=True)
    assert NIP_BUDI not in page
    assert "19900101201503200X" not in page
    assert "**************1002" in page


def test_english(nasional: kk.Dictionary) -> None:
    page = _html(nasional, lang="en")
    assert '<html lang="en">' in page
    assert "Rows read" in page
    assert "95.83" in page


def test_profiles_are_capped_and_the_page_says_so(
    nasional: kk.Dictionary, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(html_report, "PROFILE_LIMIT", 2)
    monkeypatch.setattr(html_report, "ISSUE_LIMIT", 1)
    page = _html(nasional)
    outline = _outline(page)
    assert len(outline.find("section", class_="profile")) == 2
    text = " ".join(outline.text)
    assert "2 pejabat pertama dari 3" in text
    assert "1 kesalahan pertama dari 2" in text


def test_empty_run(nasional: kk.Dictionary) -> None:
    text = " ".join(_outline(_html(nasional, StreamingRun(nasional, []))).text)
    assert "Tidak ada kesalahan baris." in text


def test_radar_geometry() -> None:
    svg = radar_svg(
        [RadarAxis("A", 5, parse_level(5)), RadarAxis("B", 0, parse_level(0))] * 2,
        title="<t>",
        required_label="R",
        attained_label="A",
        size=200,
    )
    outline = _outline(svg)
    attained = outline.find("polygon", class_="attained")[0]["points"]
    assert attained is not None
    # Level 5 on the first (top) axis reaches the outer radius: 0.32 × 200 above centre.
    assert attained.split()[0] == "100.0,36.0"
    assert attained.split()[1] == "100.0,100.0"  # level 0 is the centre
    assert "&lt;t&gt;" in svg


def test_radar_axes_carry_names_and_legible_ring_numbers() -> None:
    axes = [
        RadarAxis("M.06", 4, parse_level(3), "Pengembangan Diri dan Orang Lain"),
        RadarAxis("M.01", 4, parse_level(4), "Integritas"),
        RadarAxis("M.02", 4, parse_level(4), "Kerjasama"),
    ]
    svg = radar_svg(axes, title="t", required_label="R", attained_label="A")
    outline = _outline(svg)
    assert {"M.06", "Pengembangan", "Diri dan Orang", "Lain", "Integritas"} <= set(outline.svg_text)
    rings = outline.find("text", class_="ring-label")
    assert len(rings) == 5
    assert all(float(r["font-size"] or 0) >= 10 for r in rings)
    labels = outline.find("text", class_="axis-label")
    assert all(float(r["font-size"] or 0) >= 10 for r in labels)
    # The numbers are drawn after (above) both polygons, so neither hides them.
    assert svg.index('class="ring-label"') > svg.index('class="attained"')
    # Every label stays inside the drawing.
    width = float(outline.find("svg")[0]["width"] or 0)
    for label in labels:
        x = float(label["x"] or 0)
        assert 0 < x < width


def test_chromium_renders_the_report(nasional: kk.Dictionary, tmp_path: Path) -> None:
    target = tmp_path / "laporan.html"
    render(batch_report(nasional), "html", target, dictionary=nasional)
    dom = rendered_dom(target, tmp_path, "1200,2000")
    outline = _outline(dom)
    assert len(outline.find("polygon", class_="attained")) == 3
    assert len(outline.find("polygon", class_="required")) == 3
    assert not outline.find("script")  # the hostile name stayed text in the browser too
    assert HOSTILE_NAME in "".join(outline.text)


def test_html_summary_names_warnings_and_the_files_own(tmp_path: Path) -> None:
    """A file read with an encoding warning says so on the page, with the rows' warnings."""
    import kamus_kompetensi as kk

    codes = ";".join(kk.load_dictionary().national_codes)
    path = tmp_path / "hasil.csv"
    path.write_bytes(
        f"nip;nama;jabatan;eselon;{codes}\n1;Andr\u00e9;Kepala;II.a;".encode("cp1252")
        + b";".join([b"4"] * 9)
        + b"\n"
    )
    out = tmp_path / "laporan.html"
    kk.render(kk.check_file(kk.load_dictionary(), path), "html", out)
    page = out.read_text("utf-8")
    assert "encoding-cp1252" in page or "Windows-1252" in page
    assert "invalid-nip" in page


def test_chromium_renders_one_official_with_letterhead(
    nasional: kk.Dictionary, tmp_path: Path
) -> None:
    from kamus_kompetensi.letterhead import load_letterhead
    from kamus_kompetensi.resources import data_dir

    scores: dict[str, object] = dict.fromkeys(nasional.national_codes, 4)
    scores["integritas"] = "3,5"
    result = kk.check(
        nasional,
        kk.Assessment(echelon="II.a", scores=scores, name="Budi", assessed_on="2024-01-15"),
    )
    letterhead = load_letterhead(data_dir() / "contoh" / "kop-laporan-contoh.yaml")
    target = tmp_path / "budi.html"
    render(result, "html", target, dictionary=nasional, letterhead=letterhead)
    dom = rendered_dom(target, tmp_path, "1000,1800")
    outline = _outline(dom)
    assert len(outline.find("section", class_="profile")) == 1
    [logo] = outline.find("img")
    assert (logo["src"] or "").startswith("data:image/svg+xml;base64,")
    assert outline.find("section", class_="legend")
    assert outline.find("section", class_="signatures")
    text = " ".join(" ".join(outline.text).split())
    assert "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Contoh" in text
    assert "Berlaku sampai 2027-01-15" in text
    assert "Baris dibaca" not in text
