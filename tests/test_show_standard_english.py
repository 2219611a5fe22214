"""``show`` and ``standard`` in English: names from the dictionary's English names, and
Indonesian where a dictionary has none."""

from __future__ import annotations

import json

from tests.conftest import EXAMPLES, NATIONAL_CODES, Cli

#: The English names of the nine national competencies, written out by hand.
ENGLISH = {
    "integritas": "Integrity",
    "kerjasama": "Teamwork",
    "komunikasi": "Communication",
    "orientasi_hasil": "Result-Oriented Mindset",
    "pelayanan_publik": "Public Service",
    "pengembangan_diri": "Self and Others Development",
    "mengelola_perubahan": "Change Management",
    "pengambilan_keputusan": "Decision Making",
    "perekat_bangsa": "National Unity",
}
MINIMAL = EXAMPLES / "valid" / "minimal.yaml"  # a dictionary with no English names
AGENCY = "data/contoh/kamus-instansi-contoh.yaml"


def test_show_lists_all_nine_national_competencies_in_english(cli: Cli) -> None:
    r = cli("--lang", "en", "show")
    assert r.code == 0
    names = {line.split()[1]: line.split(maxsplit=2)[2] for line in r.out.splitlines()}
    assert names == ENGLISH
    indonesian = cli("show").out
    assert "Teamwork" not in indonesian
    assert "Kerjasama" in indonesian


def test_show_json_list_carries_both_names(cli: Cli) -> None:
    rows = json.loads(cli("--lang", "en", "show", "--format", "json").out)
    assert [row["code"] for row in rows] == list(NATIONAL_CODES)
    assert {row["code"]: row["name_en"] for row in rows} == ENGLISH
    assert rows[1]["name"] == "Kerjasama"


def test_show_competency_in_english_keeps_the_official_name(cli: Cli) -> None:
    r = cli("show", "perekat_bangsa", "--lang", "en", "--level", "1")
    assert r.code == 0
    lines = r.out.splitlines()
    assert lines[0] == "SK.1  National Unity  (perekat_bangsa)"
    assert lines[1] == "Official name: Perekat Bangsa"
    assert "Group: Socio-cultural" in lines
    source = next(line for line in lines if line.startswith("Source: "))
    assert source.endswith("[confidence: medium to high]")
    indonesian = cli("show", "perekat_bangsa", "--level", "1").out.splitlines()
    assert indonesian[0] == "SK.1  Perekat Bangsa  (perekat_bangsa)"
    assert "Kelompok: Sosial kultural" in indonesian
    assert next(x for x in indonesian if x.startswith("Sumber: ")).endswith(
        "[keyakinan: sedang–tinggi]"
    )


def test_show_falls_back_to_indonesian_without_english_names(cli: Cli) -> None:
    r = cli("show", "-d", MINIMAL, "--lang", "en")
    assert r.out.split() == ["-", "ketelitian", "Ketelitian"]
    r = cli("show", "ketelitian", "-d", MINIMAL, "--lang", "en")
    assert r.code == 0
    assert r.out.splitlines()[0] == "-  Ketelitian  (ketelitian)"
    assert "Official name" not in r.out
    assert "Group: Technical" in r.out


def test_standard_in_english_names_level_and_competencies(cli: Cli) -> None:
    r = cli("--lang", "en", "standard", "IV.a")
    assert r.code == 0
    lines = r.out.splitlines()
    assert lines[0] == "Supervisor (pengawas)"
    assert lines[1].split() == ["Competency", "Required"]
    rows = {line[:6].strip(): line[6:].strip().rsplit(maxsplit=1) for line in lines[2:-1]}
    assert rows["M.02"] == ["Teamwork", "2"]
    assert rows["SK.1"] == ["National Unity", "2"]
    assert sorted(name for name, _ in rows.values()) == sorted(ENGLISH.values())
    assert lines[-1].split() == ["Total", "18"]


def test_standard_of_an_agency_position_in_english(cli: Cli) -> None:
    r = cli("--lang", "en", "standard", "kepala_bkpsdm", "-d", AGENCY)
    assert r.code == 0
    lines = r.out.splitlines()
    # A named position has only its own (Indonesian) name; its level is said in English.
    assert lines[0] == "Kepala BKPSDM Kabupaten Contoh (kepala_bkpsdm)"
    assert lines[1] == "Position level: Senior executive, first tier (JPT Pratama) (jpt_pratama)"
    assert "Civil service talent management" in r.out
    assert "Manajemen Talenta ASN" not in r.out
    r = cli("standard", "kepala_bkpsdm", "-d", AGENCY)
    assert r.out.splitlines()[1] == "Jenjang jabatan: Jabatan Pimpinan Tinggi Pratama (jpt_pratama)"
    assert "Manajemen Talenta ASN" in r.out


def test_standard_falls_back_to_indonesian_without_english_names(cli: Cli) -> None:
    r = cli("--lang", "en", "standard", "staf", "-d", MINIMAL)
    assert r.code == 0
    lines = r.out.splitlines()
    assert lines[0] == "Staf (staf)"
    assert lines[2].split() == ["-", "Ketelitian", "2"]


def test_standard_json_carries_the_english_name(cli: Cli) -> None:
    data = json.loads(cli("standard", "III.a", "--format", "json").out)
    assert (data["name"], data["name_en"]) == ("Jabatan Administrator", "Administrator")
    data = json.loads(cli("standard", "kepala_bkpsdm", "-d", AGENCY, "--format", "json").out)
    assert (data["name"], data["name_en"]) == ("Kepala BKPSDM Kabupaten Contoh", None)
