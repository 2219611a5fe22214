"""The letterhead YAML: what it accepts, and every problem located with its code."""

from __future__ import annotations

from pathlib import Path

import pytest

from kamus_kompetensi import letterhead as lh
from kamus_kompetensi.errors import Problem
from kamus_kompetensi.letterhead import (
    Letterhead,
    LetterheadError,
    Signatory,
    check_letterhead,
    image_type,
    is_letterhead_text,
    load_letterhead,
)
from kamus_kompetensi.resources import data_dir
from tests.conftest import Cli

EXAMPLE = data_dir() / "contoh" / "kop-laporan-contoh.yaml"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
NIP = "197001011995031001"


def _write(folder: Path, text: str, name: str = "kop.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _problems(path: Path, lang: str | None = None) -> list[Problem]:
    letterhead, problems = check_letterhead(path, lang=lang)
    assert letterhead is None
    return problems


def _where(problem: Problem) -> tuple[str, int | None, int | None]:
    return (problem.code, problem.location.line, problem.location.column)


def test_the_shipped_example_loads() -> None:
    found = load_letterhead(EXAMPLE)
    assert found.agency.startswith("Badan Kepegawaian")
    assert found.logo is not None
    assert found.logo.parent == EXAMPLE.parent  # relative to the YAML file
    assert image_type(found.logo.read_bytes()) == "image/svg+xml"
    assert [s.role for s in found.signatories] == [
        "Ketua Panitia Seleksi",
        "Anggota Panitia Seleksi",
    ]


def test_only_agency_is_required(tmp_path: Path) -> None:
    path = _write(tmp_path, "agency: BKPSDM Kabupaten Contoh\n")
    assert load_letterhead(path) == Letterhead("BKPSDM Kabupaten Contoh")


def test_every_field(tmp_path: Path) -> None:
    (tmp_path / "logo").mkdir()
    (tmp_path / "logo" / "lambang.png").write_bytes(PNG)
    path = _write(
        tmp_path,
        "agency: BKPSDM\ntitle: Laporan\nevent: Seleksi 2025\nplace: Kota Contoh\n"
        "logo: logo/lambang.png\nsignatories:\n"
        f"  - {{role: Ketua, name: Ani, nip: {NIP}}}\n"  # unquoted: YAML reads an int
        "  - role: Sekretaris\n",
    )
    assert load_letterhead(path) == Letterhead(
        agency="BKPSDM",
        title="Laporan",
        event="Seleksi 2025",
        place="Kota Contoh",
        logo=tmp_path / "logo" / "lambang.png",
        signatories=(Signatory("Ketua", "Ani", NIP), Signatory("Sekretaris")),
    )


def test_unknown_key_with_a_suggestion_and_its_place(tmp_path: Path) -> None:
    path = _write(tmp_path, "agency: BKPSDM\nsignatories:\n  - role: Ketua\n    nama: Ani\n")
    [problem] = _problems(path)
    assert _where(problem) == ("letterhead-unknown-key", 4, 5)
    assert problem.location.path == "$.signatories[0].nama"
    assert problem.location.file == str(path)
    assert "maksud Anda `name`?" in problem.message
    [problem] = _problems(_write(tmp_path, "agensi: BKPSDM\nagency: BKPSDM\n"), lang="en")
    assert _where(problem) == ("letterhead-unknown-key", 1, 1)
    assert "did you mean `agency`?" in problem.message


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "title: 2025\n"
        "event: ''\n"
        "place: [Jakarta]\n"
        "logo: tidak-ada.png\n"
        "signatories:\n"
        "  - name: Ani\n"
        "  - Budi\n"
        "  - {role: Ketua, nip: '123'}\n",
    )
    found = {_where(p) for p in _problems(path)}
    assert found == {
        ("letterhead-not-text", 1, 8),
        ("letterhead-not-text", 2, 8),
        ("letterhead-not-text", 3, 8),
        ("letterhead-logo-missing", 4, 7),
        ("letterhead-missing-role", 6, 5),
        ("letterhead-signatory-not-mapping", 7, 5),
        ("letterhead-invalid-nip", 8, 24),
        ("letterhead-missing-agency", 1, 1),  # the whole file lacks it
    }


def test_the_error_lists_its_problems_and_is_a_value_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "title: Laporan\n")
    with pytest.raises(LetterheadError) as caught:
        load_letterhead(path)
    assert isinstance(caught.value, ValueError)
    assert caught.value.code == "letterhead-invalid"
    assert [p.code for p in caught.value.problems] == ["letterhead-missing-agency"]
    assert "agency" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("- agency: BKPSDM\n", "letterhead-not-mapping"),
        ("agency: BKPSDM\nsignatories: Ani\n", "letterhead-not-list"),
        ("agency: [BKPSDM\n", "yaml-syntax"),
        ("agency: BKPSDM\nagency: BPSDM\n", "yaml-duplicate-key"),
        ("agency: !!python/object:os.system x\n", "yaml-unsafe-tag"),
    ],
)
def test_shapes_that_are_not_a_letterhead(tmp_path: Path, text: str, code: str) -> None:
    assert [p.code for p in _problems(_write(tmp_path, text))] == [code]


def test_a_logo_must_be_a_small_picture(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "logo.png").write_text("not a picture", encoding="utf-8")
    path = _write(tmp_path, "agency: BKPSDM\nlogo: logo.png\n")
    [problem] = _problems(path)
    assert _where(problem) == ("letterhead-logo-not-image", 2, 7)
    assert '"logo.png"' in problem.message
    (tmp_path / "logo.png").write_bytes(PNG)
    monkeypatch.setattr(lh, "LOGO_MAX_BYTES", 16)
    [problem] = _problems(path)
    assert problem.code == "letterhead-logo-too-large"
    (tmp_path / "folder").mkdir()
    [problem] = _problems(_write(tmp_path, "agency: BKPSDM\nlogo: folder\n"))
    assert problem.code == "letterhead-logo-missing"


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (PNG, "image/png"),
        (b"\xff\xd8\xff\xe0", "image/jpeg"),
        (b"GIF89a", "image/gif"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>', "image/svg+xml"),
        (b"<html><body>svg</body></html>", None),
        (b"%PDF-1.7", None),
    ],
)
def test_image_type_by_signature(head: bytes, kind: str | None) -> None:
    assert image_type(head) == kind


def test_letterhead_files_are_told_from_dictionaries() -> None:
    assert is_letterhead_text(EXAMPLE.read_bytes())
    assert not is_letterhead_text((data_dir() / "kamus" / "nasional.yaml").read_bytes())
    # A dictionary that wrongly has an agency key is still validated as a dictionary.
    assert not is_letterhead_text(b"extends: nasional\nagency: x\n")
    assert not is_letterhead_text(b"dictionary: {id: x}\nagency: x\n")


def test_validate_checks_a_letterhead_as_one(tmp_path: Path, cli: Cli) -> None:
    r = cli("validate", data_dir())
    assert r.code == 0
    assert "kop-laporan-contoh.yaml: catatan: berkas kop laporan (bukan kamus)" in r.out
    assert "letterhead-file" in r.codes
    _write(tmp_path, "agency: BKPSDM\nsignatory: []\n")
    r = cli("validate", tmp_path)
    assert r.code == 1
    assert "letterhead-unknown-key" in r.codes
    assert "kop.yaml:2:1" in r.out


def test_check_reads_the_letterhead_before_the_input(tmp_path: Path, cli: Cli) -> None:
    bad = _write(tmp_path, "title: 3\n")
    r = cli("check", tmp_path / "tidak-ada.csv", "-o", tmp_path / "r.html", "--letterhead", bad)
    assert r.code == 2
    assert r.codes == ["letterhead-missing-agency", "letterhead-not-text"]
    assert f"{bad}:1:8 $.title" in r.err
    assert not (tmp_path / "r.html").exists()
