"""Which column of an input table means what.

Headers are matched case-, space-, hyphen- and underscore-insensitively: "Unit Kerja",
"unit_kerja" and "UNIT-KERJA" are one column. Competency columns may be headed by the code,
the official code ("M.04") or the official name ("Orientasi Pada Hasil"). Columns nobody
recognises are reported (a misspelt competency must never vanish silently); missing
required columns stop the run with one message listing all of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from kamus_kompetensi.dictionary import Dictionary
from kamus_kompetensi.errors import InputError, Location
from kamus_kompetensi.keys import normalise_key

#: field → accepted header spellings (normalised with :func:`normalise_key`).
FIELD_HEADERS: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(
    {
        "nip": ("nip", "nip baru", "nomor induk pegawai"),
        "nama": ("nama", "nama pegawai", "nama lengkap", "name"),
        "jabatan": ("jabatan", "nama jabatan", "position title"),
        "unit_kerja": ("unit kerja", "unit", "satuan kerja", "opd", "unit organisasi"),
        "eselon": ("eselon", "echelon"),
        "jenjang": ("jenjang", "jenjang jabatan", "level jabatan", "position level"),
        "jabatan_kode": ("jabatan kode", "kode jabatan", "position code"),
        "kondisi": ("kondisi", "condition"),
        "tanggal_asesmen": ("tanggal asesmen", "tgl asesmen", "tanggal penilaian", "assessed on"),
        "kinerja": ("kinerja", "predikat kinerja", "nilai kinerja", "performance rating"),
        # A row label (1, 2, 3, …): kept out of the unknown columns, and a place where
        # summary rows write "JUMLAH" or "RATA-RATA".
        "no": ("no", "no.", "no urut", "nomor", "nomor urut", "nmr"),
        # Results already recorded in the file: audited against the computed ones.
        "jpm_tercatat": ("jpm", "jpm (%)", "jpm(%)", "jpm %", "nilai jpm", "nilai", "jpm tercatat"),
        "kategori_tercatat": ("kategori", "kategori jpm", "kesimpulan", "kategori tercatat"),
        "pelatihan_kepemimpinan": (
            "pelatihan kepemimpinan",
            "diklat kepemimpinan",
            "diklatpim",
            "leadership training",
        ),
    }
)
REQUIRED_FIELDS = ("nip", "nama", "jabatan")
#: Input fields kept on each checked row (``OfficialResult.details``), by record key.
DETAIL_FIELDS = MappingProxyType(
    {
        "jabatan": "position_title",
        "unit_kerja": "unit",
        "kinerja": "performance_rating",
        "pelatihan_kepemimpinan": "leadership_training",
    }
)
STANDARD_FIELDS = ("eselon", "jenjang", "jabatan_kode")

_HEADER_FIELD = {normalise_key(h): f for f, hs in FIELD_HEADERS.items() for h in hs}


@dataclass(frozen=True)
class ColumnMap:
    """Column indexes of an input table, resolved once per file."""

    headers: tuple[str, ...]
    fields: MappingProxyType[str, int]
    competencies: MappingProxyType[str, int]
    unknown: tuple[tuple[int, str], ...] = ()
    duplicates: tuple[tuple[int, str, str], ...] = field(default=())

    def index(self, name: str) -> int | None:
        """Index of a descriptive field column, or ``None`` when the file lacks it."""
        return self.fields.get(name)


def map_columns(headers: Sequence[str], dictionary: Dictionary) -> ColumnMap:
    """Resolve every header; nothing is dropped: unmatched headers land in ``unknown``."""
    fields: dict[str, int] = {}
    competencies: dict[str, int] = {}
    unknown: list[tuple[int, str]] = []
    duplicates: list[tuple[int, str, str]] = []
    for index, header in enumerate(headers):
        key = normalise_key(header) if header else ""
        if not key:
            unknown.append((index, header))
            continue
        name = _HEADER_FIELD.get(key)
        target, table = (name, fields) if name else (None, competencies)
        if target is None:
            comp = dictionary.find_competency(header)
            if comp is None:
                unknown.append((index, header))
                continue
            target = comp.code
        if target in table:
            duplicates.append((index, header, headers[table[target]]))
            continue
        table[target] = index
    return ColumnMap(
        tuple(headers),
        MappingProxyType(fields),
        MappingProxyType(competencies),
        tuple(unknown),
        tuple(duplicates),
    )


def missing_columns(columns: ColumnMap, dictionary: Dictionary) -> list[str]:
    """Required columns the table lacks: identity fields, one way to name the standard,
    and every national (managerial and socio-cultural) competency."""
    missing = [f for f in REQUIRED_FIELDS if f not in columns.fields]
    if not any(f in columns.fields for f in STANDARD_FIELDS):
        missing.append(" / ".join(STANDARD_FIELDS))
    missing += [c for c in dictionary.national_codes if c not in columns.competencies]
    return missing


def require_columns(columns: ColumnMap, dictionary: Dictionary, name: str) -> None:
    """Raise one :class:`InputError` naming every missing or doubled required column."""
    missing = missing_columns(columns, dictionary)
    if missing:
        error = InputError.from_code(
            "missing-columns", Location(file=name), columns=", ".join(missing)
        )
        raise error
    if columns.duplicates:
        _, header, other = columns.duplicates[0]
        code = "duplicate-column-same" if header.strip() == other.strip() else "duplicate-column"
        raise InputError.from_code(
            code, Location(file=name, column_name=header), header=header, other=other
        )
