"""Header matching for batch input: every header is either understood or reported."""

from __future__ import annotations

import pytest

import kamus_kompetensi as kk
from kamus_kompetensi.columns import map_columns, missing_columns, require_columns

NATIONAL_HEADERS = [
    "Integritas",
    "Kerja Sama",
    "M.03",
    "Orientasi Pada Hasil",
    "pelayanan_publik",
    "PENGEMBANGAN DIRI DAN ORANG LAIN",
    "M 07",
    "pengambilan-keputusan",
    "Perekat Bangsa",
]


def test_fields_and_competencies_in_any_spelling(nasional: kk.Dictionary) -> None:
    headers = ["NIP", "Nama", "Jabatan", "Unit Kerja", "ESELON", *NATIONAL_HEADERS, "Catatan"]
    columns = map_columns(headers, nasional)
    assert dict(columns.fields) == {"nip": 0, "nama": 1, "jabatan": 2, "unit_kerja": 3, "eselon": 4}
    assert list(columns.competencies) == [c.code for c in nasional.competencies]
    assert columns.competencies["orientasi_hasil"] == 8
    assert columns.unknown == ((14, "Catatan"),)
    assert missing_columns(columns, nasional) == []
    require_columns(columns, nasional, "x.csv")


def test_missing_columns_are_listed_together(nasional: kk.Dictionary) -> None:
    columns = map_columns(["nip", "integritas", "integritass"], nasional)
    missing = missing_columns(columns, nasional)
    assert missing[:3] == ["nama", "jabatan", "eselon / jenjang / jabatan_kode"]
    assert "kerjasama" in missing
    assert "integritas" not in missing
    with pytest.raises(kk.InputError, match="kolom wajib tidak ada: nama, jabatan") as caught:
        require_columns(columns, nasional, "x.csv")
    assert caught.value.code == "missing-columns"
    assert columns.unknown == ((2, "integritass"),)


def test_duplicate_meaning_is_an_error(nasional: kk.Dictionary) -> None:
    headers = ["nip", "nama", "jabatan", "jenjang", *NATIONAL_HEADERS, "M.01"]
    columns = map_columns(headers, nasional)
    assert columns.duplicates == ((13, "M.01", "Integritas"),)
    with pytest.raises(kk.InputError) as caught:
        require_columns(columns, nasional, "x.csv")
    assert caught.value.code == "duplicate-column"


def test_blank_header_is_reported(nasional: kk.Dictionary) -> None:
    assert map_columns(["nip", ""], nasional).unknown == ((1, ""),)
