"""User-facing text: Indonesian by default, English available.

The language is chosen, in order, by an explicit argument, the ``KAMUS_LANG`` environment
variable, then Indonesian. Messages are keyed by the same stable codes that problems and
errors carry, so one code always has one meaning whatever the language.

This module owns text only; it must not import anything else from the package.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from typing import Any, Literal

Lang = Literal["id", "en"]
LANGS: tuple[Lang, ...] = ("id", "en")
DEFAULT_LANG: Lang = "id"


_current: ContextVar[str | None] = ContextVar("kamus_lang", default=None)


@contextmanager
def language(lang: str | None) -> Iterator[None]:
    """Use ``lang`` for messages made inside the ``with`` block (thread- and task-local).

    >>> with language("en"):
    ...     message("unknown-competency", key="x")
    'unknown competency "x"'
    """
    token = _current.set(lang)
    try:
        yield
    finally:
        _current.reset(token)


def resolve_lang(lang: str | None = None) -> Lang:
    """The language to use: ``lang``, else the :func:`language` block's, else
    ``$KAMUS_LANG``, else ``"id"``.

    >>> resolve_lang("EN")
    'en'
    """
    chosen = lang if lang is not None else _current.get()
    if chosen is None:
        chosen = os.environ.get("KAMUS_LANG", DEFAULT_LANG)
    normal = chosen.strip().lower()[:2]
    return normal if normal in LANGS else DEFAULT_LANG


MESSAGES: dict[str, Mapping[Lang, str]] = {}


def register(catalogue: Mapping[str, Mapping[Lang, str]]) -> None:
    """Add message templates; each must have both languages (checked by a test)."""
    MESSAGES.update(catalogue)


def message(key: str, lang: str | None = None, /, **params: Any) -> str:
    """Render the template ``key`` in ``lang`` with ``params``.

    An unknown key renders as the key itself plus its parameters, so a missing entry is
    visible rather than fatal.

    >>> message("unknown-competency", "en", key="x")
    'unknown competency "x"'
    """
    entry = MESSAGES.get(key)
    if entry is None:
        return key + (f" {params}" if params else "")
    template = entry[resolve_lang(lang)]
    try:
        return template.format_map(_Params(params))
    except (IndexError, ValueError):
        return template


def long_date(day: date, lang: str | None = None) -> str:
    """``17 Agustus 2025`` / ``17 August 2025``: a date as a printed page or a signed
    letter says it (numeric dates read differently by locale: 12/02 is 2 December or
    12 February).

    >>> long_date(date(2025, 8, 17), "en")
    '17 August 2025'
    """
    months = message("report-months", lang).split()
    return f"{day.day} {months[day.month - 1]} {day.year}"


class _Params(dict[str, Any]):
    """Message parameters; an optional one that was not given (``{suggestion}``) is empty."""

    def __missing__(self, key: str) -> str:
        return ""


register(
    {
        # --- generic -------------------------------------------------------------------------
        "dictionary-invalid": {
            "id": "kamus tidak valid: {count} masalah ditemukan",
            "en": "dictionary is invalid: {count} problem(s) found",
        },
        "scores-invalid": {
            "id": "nilai asesmen tidak dapat diperiksa: {count} masalah",
            "en": "assessment scores cannot be checked: {count} problem(s)",
        },
        # --- reading files ---------------------------------------------------------------------
        "file-not-found": {"id": "berkas tidak ditemukan", "en": "file not found"},
        "file-unreadable": {
            "id": "berkas tidak dapat dibaca: {reason}",
            "en": "file cannot be read: {reason}",
        },
        "file-too-large": {
            "id": "berkas terlalu besar ({size} bita; batas {limit} bita)",
            "en": "file is too large ({size} bytes; limit {limit} bytes)",
        },
        "file-encoding": {
            "id": "berkas bukan teks UTF-8 (bita tidak valid di posisi {position})",
            "en": "file is not UTF-8 text (invalid byte at position {position})",
        },
        # --- YAML ------------------------------------------------------------------------------
        "yaml-syntax": {"id": "sintaks YAML salah: {detail}", "en": "YAML syntax error: {detail}"},
        "yaml-empty": {"id": "dokumen YAML kosong", "en": "the YAML document is empty"},
        "yaml-multiple-documents": {
            "id": "berkas memuat lebih dari satu dokumen YAML",
            "en": "the file holds more than one YAML document",
        },
        "yaml-duplicate-key": {
            "id": 'kunci "{key}" muncul dua kali (pertama di baris {first_line}); '
            "YAML biasa diam-diam membuang salah satunya",
            "en": 'key "{key}" appears twice (first at line {first_line}); '
            "plain YAML would silently drop one of them",
        },
        "yaml-unsafe-tag": {
            "id": 'tag YAML "{tag}" tidak diizinkan (hanya tipe data dasar)',
            "en": 'YAML tag "{tag}" is not allowed (plain data types only)',
        },
        "yaml-too-many-nodes": {
            "id": "dokumen terlalu besar setelah alias diuraikan (lebih dari {limit} simpul); "
            "kemungkinan 'alias bomb'",
            "en": "document too large once aliases are expanded (over {limit} nodes); "
            "a likely alias bomb",
        },
        "yaml-complex-key": {
            "id": "kunci pemetaan harus berupa teks atau angka sederhana",
            "en": "mapping keys must be plain text or numbers",
        },
        # --- schema ----------------------------------------------------------------------------
        "schema-required": {
            "id": 'kolom wajib "{name}" tidak ada',
            "en": 'required field "{name}" is missing',
        },
        "schema-additional": {
            "id": 'kolom "{name}" tidak dikenal (periksa ejaan; yang diizinkan: {allowed})',
            "en": 'unknown field "{name}" (check the spelling; allowed: {allowed})',
        },
        "schema-type": {
            "id": "tipe salah: seharusnya {expected}, tertulis {actual}",
            "en": "wrong type: expected {expected}, found {actual}",
        },
        "schema-enum": {
            "id": "nilai {value} tidak diizinkan; pilihan: {allowed}",
            "en": "value {value} is not allowed; choices: {allowed}",
        },
        "schema-pattern": {
            "id": "nilai {value} tidak sesuai pola {pattern}",
            "en": "value {value} does not match the pattern {pattern}",
        },
        "schema-range": {
            "id": "nilai {value} di luar rentang yang diizinkan ({bound})",
            "en": "value {value} is outside the allowed range ({bound})",
        },
        "schema-length": {
            "id": "panjang tidak sesuai ({bound})",
            "en": "wrong length ({bound})",
        },
        "schema-invalid": {
            "id": "struktur tidak valid: {detail}",
            "en": "invalid structure: {detail}",
        },
        "model-invalid": {"id": "nilai tidak valid: {detail}", "en": "invalid value: {detail}"},
        # --- integrity -------------------------------------------------------------------------
        "id-reused": {
            "id": 'id "{id}" sudah dipakai oleh kamus {parent} yang di-extends; beri kamus ini id '
            "sendiri (mis. bkpsdm-kota-contoh), karena id tercatat sebagai asal setiap hasil",
            "en": 'id "{id}" is already used by the dictionary {parent}, which this file '
            "extends; give this dictionary its own id (e.g. bkpsdm-kota-contoh), since results "
            "record it as their source",
        },
        "duplicate-code": {
            "id": '{kind} berkode "{code}" sudah didefinisikan di {first}',
            "en": '{kind} code "{code}" is already defined at {first}',
        },
        "duplicate-name": {
            "id": 'nama/alias "{name}" dipakai oleh "{code}" dan "{other}"',
            "en": 'name or alias "{name}" is used by both "{code}" and "{other}"',
        },
        "levels-incomplete": {
            "id": "level harus lengkap 1 sampai 5 berurutan; tertulis {found}",
            "en": "levels must be 1 to 5 in order; found {found}",
        },
        "indicator-numbering": {
            "id": 'indikator ke-{position} level {level} seharusnya bernomor "{expected}", '
            'tertulis "{found}"',
            "en": 'indicator {position} of level {level} should be numbered "{expected}", '
            'found "{found}"',
        },
        "unknown-reference": {
            "id": '"{key}" merujuk kompetensi yang tidak ada di kamus',
            "en": '"{key}" refers to a competency that is not in the dictionary',
        },
        "unknown-position-level-reference": {
            "id": 'jenjang jabatan "{key}" tidak ada di kamus',
            "en": 'position level "{key}" is not in the dictionary',
        },
        "echelon-invalid": {
            "id": 'eselon "{value}" tidak dikenal (contoh yang benar: II.a, III.b)',
            "en": 'echelon "{value}" is not recognised (valid examples: II.a, III.b)',
        },
        "echelon-duplicate": {
            "id": 'eselon {echelon} dipetakan lebih dari sekali (ke "{other}" dan lagi ke "{code}")',
            "en": 'echelon {echelon} is mapped more than once (to "{other}" and again to "{code}")',
        },
        "bands-order": {
            "id": "kategori harus diurutkan dari batas bawah tertinggi ke terendah tanpa batas "
            "ganda; {code} ({min}) tidak lebih rendah dari kategori sebelumnya ({previous})",
            "en": "bands must be listed from the highest lower bound to the lowest with no "
            "repeated bound; {code} ({min}) is not below the band before it ({previous})",
        },
        "bands-no-zero": {
            "id": "kategori terakhir harus mulai dari 0 agar semua nilai JPM tercakup; "
            "tertulis {min}",
            "en": "the last band must start at 0 so every JPM value is covered; found {min}",
        },
        "extends-missing": {
            "id": 'berkas induk "{target}" tidak ditemukan',
            "en": 'extended file "{target}" not found',
        },
        "extends-unreadable": {
            "id": 'berkas induk "{target}" tidak dapat dibaca: {reason}',
            "en": 'extended file "{target}" cannot be read: {reason}',
        },
        "symlink-loop": {
            "id": "tautan simbolik berputar (menunjuk dirinya sendiri)",
            "en": "the symbolic links loop (they point back to themselves)",
        },
        "extends-cycle": {
            "id": "rantai extends berputar: {chain}",
            "en": "extends chain is circular: {chain}",
        },
        "extends-outside": {
            "id": 'berkas induk "{target}" berada di luar folder berkas ini; izinkan secara '
            "eksplisit bila memang disengaja",
            "en": 'extended file "{target}" lies outside this file\'s folder; allow it '
            "explicitly if intended",
        },
        "redefined-competency": {
            "id": 'kompetensi "{code}" sudah ada di kamus induk dan tidak boleh didefinisikan ulang',
            "en": 'competency "{code}" exists in the extended dictionary and cannot be redefined',
        },
        "severity-warning": {"id": "peringatan", "en": "warning"},
        "severity-note": {"id": "catatan", "en": "note"},
        "policy-replaced": {
            "id": 'kebijakan "{code}" menggantikan kebijakan dengan kode yang sama dari kamus '
            "induk untuk kamus ini",
            "en": 'policy "{code}" replaces the policy of the same code from the extended '
            "dictionary for this dictionary",
        },
        "weights-sum": {
            "id": "bobot manajerial_sosial_kultural dan teknis harus berjumlah 100; tertulis {total}",
            "en": "the manajerial_sosial_kultural and teknis weights must add up to 100; found {total}",
        },
        "weights-default-twice": {
            "id": "hanya satu entri bobot boleh tanpa position_levels (bobot bawaan); yang pertama "
            "di {first}",
            "en": "only one weights entry may have no position_levels (the default); the first "
            "is at {first}",
        },
        "position-level-named-twice": {
            "id": 'jenjang jabatan "{key}" sudah disebut di entri lain kebijakan ini ({first})',
            "en": 'position level "{key}" is already named in another entry of this policy ({first})',
        },
        "redefined-entry": {
            "id": '{kind} "{code}" sudah ada di kamus induk dan tidak boleh didefinisikan ulang',
            "en": '{kind} "{code}" exists in the extended dictionary and cannot be redefined',
        },
        "agency-non-technical": {
            "id": 'kamus instansi hanya boleh menambah kompetensi kelompok "teknis"; '
            '"{code}" berkelompok "{group}"',
            "en": 'an agency dictionary may only add competencies of group "teknis"; '
            '"{code}" is "{group}"',
        },
        "required-level-range": {
            "id": 'level standar untuk "{key}" harus bilangan bulat 1–5, tertulis {value}',
            "en": 'required level for "{key}" must be a whole number 1–5, found {value}',
        },
        "position-standard-incomplete": {
            "id": 'jabatan "{code}" berjenjang "{level}" yang tidak punya standar nasional; '
            "tetapkan level untuk: {missing} (atau pakai kunci default)",
            "en": 'position "{code}" has level "{level}", which has no national standard; '
            "set a level for: {missing} (or use the default key)",
        },
        # --- lookups ---------------------------------------------------------------------------
        "unknown-competency": {
            "id": 'kompetensi "{key}" tidak dikenal{suggestion}',
            "en": 'unknown competency "{key}"{suggestion}',
        },
        "unknown-position-level": {
            "id": 'jenjang jabatan "{key}" tidak dikenal{suggestion}',
            "en": 'unknown position level "{key}"{suggestion}',
        },
        "unknown-position": {
            "id": 'jabatan "{key}" tidak dikenal{suggestion}',
            "en": 'unknown position "{key}"{suggestion}',
        },
        "unknown-policy": {
            "id": 'kebijakan penilaian "{key}" tidak dikenal{suggestion}; pilihan: {allowed}',
            "en": 'unknown scoring policy "{key}"{suggestion}; choices: {allowed}',
        },
        "did-you-mean": {"id": "; maksud Anda `{name}`?", "en": "; did you mean `{name}`?"},
        "unknown-echelon": {
            "id": 'eselon "{key}" tidak dikenal (contoh: II.a, IIIb, 4a, "eselon II")',
            "en": 'unknown echelon "{key}" (examples: II.a, IIIb, 4a, "eselon II")',
        },
        "ambiguous-echelon": {
            "id": 'eselon "{key}" tidak cukup rinci: {options}; sebutkan sub-tingkatnya',
            "en": 'echelon "{key}" is ambiguous: {options}; name the sub-level',
        },
        "unknown-level": {
            "id": 'kompetensi "{code}" tidak memiliki level {level} (level 1–5)',
            "en": 'competency "{code}" has no level {level} (levels 1–5)',
        },
        "standard-not-defined": {
            "id": 'jenjang "{code}" tidak memiliki standar kompetensi di kamus ini; standar jabatan '
            "fungsional ditetapkan per jabatan fungsional, jadi instansi harus "
            "menyediakannya di kamus instansi (bagian positions)",
            "en": 'position level "{code}" has no competency standard in this dictionary; '
            "functional positions get their standard per position, so the agency must "
            "supply it in its own dictionary (the positions section)",
        },
        "not-in-standard": {
            "id": 'kompetensi "{key}" tidak termasuk standar "{code}"',
            "en": 'competency "{key}" is not part of the standard of "{code}"',
        },
        "invalid-key": {
            "id": "kunci harus berupa teks, tertulis {value}",
            "en": "the key must be text, found {value}",
        },
        # --- CLI labels --------------------------------------------------------------------------
        "validate-ok": {"id": "{file}: valid", "en": "{file}: valid"},
        "validate-summary": {
            "id": "{files} berkas diperiksa, {bad} bermasalah, {problems} temuan",
            "en": "{files} file(s) checked, {bad} with problems, {problems} finding(s)",
        },
        "interrupted": {"id": "dihentikan", "en": "interrupted"},
        "label-group": {"id": "Kelompok", "en": "Group"},
        "label-definition": {"id": "Definisi", "en": "Definition"},
        "label-source": {"id": "Sumber", "en": "Source"},
        "label-confidence": {"id": "keyakinan", "en": "confidence"},
        "label-level": {"id": "Level", "en": "Level"},
        "label-required": {"id": "Standar", "en": "Required"},
        "label-competency": {"id": "Kompetensi", "en": "Competency"},
        "label-total": {"id": "Jumlah", "en": "Total"},
    }
)


# --- tabular input
register(
    {
        "input-format-unknown": {
            "id": 'format berkas "{suffix}" tidak dikenal; gunakan salah satu: {allowed} (atau --input-format)',
            "en": 'unknown file format "{suffix}"; use one of: {allowed} (or --input-format)',
        },
        "input-empty": {
            "id": "berkas tidak berisi baris judul maupun data",
            "en": "the file holds no header row and no data",
        },
        "input-unreadable": {
            "id": "berkas tidak dapat dibaca sebagai tabel: {reason}",
            "en": "the file cannot be read as a table: {reason}",
        },
        "formula-not-calculated": {
            "id": "{count} sel berisi rumus yang belum pernah dihitung (mis. {cells}), jadi "
            "nilainya terbaca kosong; berkas ini tampaknya dibuat program lain: buka dan simpan "
            "di Excel atau LibreOffice, lalu periksa ulang",
            "en": "{count} cells hold formulas that were never calculated (e.g. {cells}), so "
            "they read as empty; the file seems to come from another program: open and save it "
            "in Excel or LibreOffice, then check it again",
        },
        "xlsx-not-workbook": {
            "id": "bukan buku kerja XLSX yang utuh (rusak, terkunci kata sandi, atau format lain "
            "seperti .xls lama); simpan ulang dari Excel sebagai .xlsx",
            "en": "not an intact XLSX workbook (damaged, password-protected, or another format "
            "such as old .xls); save it again from Excel as .xlsx",
        },
        "xlsx-unavailable": {
            "id": "menulis XLSX memerlukan openpyxl: pip install openpyxl",
            "en": "writing XLSX needs openpyxl: pip install openpyxl",
        },
        "sheet-not-found": {
            "id": 'lembar "{sheet}" tidak ada; lembar yang tersedia: {sheets}',
            "en": 'sheet "{sheet}" not found; available sheets: {sheets}',
        },
        "json-syntax": {
            "id": "JSON tidak valid: {detail}",
            "en": "invalid JSON: {detail}",
        },
        "json-not-list": {
            "id": 'JSON harus berupa daftar objek (atau objek dengan kunci "rows")',
            "en": 'JSON must be a list of objects (or an object with a "rows" key)',
        },
        "duplicate-key": {
            "id": "objek JSON menulis kunci yang sama lebih dari sekali ({detail}); baris ditolak "
            "karena tidak jelas nilai mana yang dimaksud",
            "en": "the JSON object writes the same key more than once ({detail}); the row is "
            "rejected since it is unclear which value is meant",
        },
        "json-not-object": {
            "id": "baris JSON bukan objek ({detail})",
            "en": "the JSON row is not an object ({detail})",
        },
        "encoding-cp1252": {
            "id": "berkas bukan UTF-8; dibaca sebagai Windows-1252 (ekspor CSV Excel). Periksa huruf beraksen pada laporan",
            "en": "the file is not UTF-8; read as Windows-1252 (Excel CSV export). Check accented letters in the report",
        },
        "missing-columns": {
            "id": "kolom wajib tidak ada: {columns}",
            "en": "required columns are missing: {columns}",
        },
        "duplicate-column": {
            "id": 'kolom "{header}" bermakna sama dengan kolom "{other}"; hapus salah satunya',
            "en": 'column "{header}" means the same as column "{other}"; remove one of them',
        },
        "unknown-column": {
            "id": 'kolom "{header}" tidak dikenal dan diabaikan (salah ketik nama kompetensi?)',
            "en": 'column "{header}" is not recognised and was ignored (a misspelt competency?)',
        },
    }
)


# --- agency
register(
    {
        "extends-too-deep": {
            "id": "rantai extends terlalu panjang (lebih dari {limit} berkas); "
            "periksa apakah ada rujukan yang keliru",
            "en": "extends chain is too long (more than {limit} files); check for a wrong reference",
        },
        "starter-exists": {
            "id": "{path} sudah ada; pakai --force untuk menimpanya",
            "en": "{path} already exists; use --force to overwrite it",
        },
        "starter-unwritable": {
            "id": "{path} tidak dapat ditulis: {reason}",
            "en": "{path} cannot be written: {reason}",
        },
        "starter-invalid-field": {
            "id": "{name} {value!r} tidak dapat dipakai di kamus: {detail}",
            "en": "{name} {value!r} cannot be used in a dictionary: {detail}",
        },
        "starter-id-pattern": {
            "id": "pakai huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf "
            "atau angka (mis. bkpsdm-kota-contoh)",
            "en": "use lower-case letters, digits, dots, underscores or hyphens, starting with a "
            "letter or digit (e.g. bkpsdm-kota-contoh)",
        },
        "starter-empty": {"id": "tidak boleh kosong", "en": "must not be empty"},
        "starter-written": {
            "id": "{path} ditulis; periksa dengan: kamus-kompetensi validate {path}",
            "en": "{path} written; check it with: kamus-kompetensi validate {path}",
        },
    }
)


# --- scoring
register(
    {
        # problems with scores and assessments
        "missing-score": {
            "id": 'nilai kompetensi "{key}" tidak ada (wajib untuk standar ini)',
            "en": 'no score for competency "{key}" (required by this standard)',
        },
        "score-empty": {"id": "nilai kosong", "en": "the score is empty"},
        "score-out-of-range": {
            "id": 'nilai "{value}" untuk "{key}" di luar rentang level 0–5',
            "en": 'score "{value}" for "{key}" is outside the level range 0–5',
        },
        "score-not-numeric": {
            "id": 'nilai "{value}" untuk "{key}" bukan angka (contoh yang benar: 3, 3,5, 3.25)',
            "en": 'score "{value}" for "{key}" is not a number (valid examples: 3, 3,5, 3.25)',
        },
        "level-precision": {
            "id": 'nilai "{value}" untuk "{key}" punya lebih dari dua angka desimal; level ditulis '
            "sampai perseratus (3, 3,5, 3,25)",
            "en": 'score "{value}" for "{key}" has more than two decimals; levels are written to '
            "the hundredth (3, 3.5, 3.25)",
        },
        "score-not-finite": {
            "id": 'nilai "{value}" untuk "{key}" bukan angka terhingga',
            "en": 'score "{value}" for "{key}" is not a finite number',
        },
        "duplicate-score": {
            "id": '"{key}" dan "{other}" sama-sama menunjuk kompetensi "{code}"; beri nilai sekali saja',
            "en": '"{key}" and "{other}" both name competency "{code}"; score it only once',
        },
        "standard-ambiguous": {
            "id": "sebutkan standar dengan tepat satu cara (eselon, jenjang jabatan, atau jabatan); "
            "tertulis: {given}",
            "en": "name the standard exactly one way (echelon, position level or position); "
            "given: {given}",
        },
        "unknown-condition": {
            "id": 'kondisi padanan eselon "{key}" tidak dikenal; pilihan: {allowed}',
            "en": 'unknown echelon condition "{key}"; choices: {allowed}',
        },
        "condition-not-applicable": {
            "id": 'kondisi "{condition}" tidak berlaku untuk eselon "{key}"; kondisi ini hanya untuk eselon {applies_to}',
            "en": 'condition "{condition}" does not apply to echelon "{key}"; it applies only to echelon {applies_to}',
        },
        "condition-without-echelon": {
            "id": 'kondisi "{condition}" hanya berlaku bersama eselon',
            "en": 'condition "{condition}" applies only together with an echelon',
        },
        "scores-not-mapping": {
            "id": "nilai harus berupa pemetaan kompetensi → level, tertulis {value}",
            "en": "scores must be a mapping of competency → level, found {value}",
        },
        "invalid-field": {
            "id": 'isian "{field}" harus berupa {expected}, tertulis {value}',
            "en": 'field "{field}" must be {expected}, found {value}',
        },
        "invalid-argument": {
            "id": 'argumen "{name}" bertipe salah: {value}',
            "en": 'argument "{name}" has the wrong type: {value}',
        },
        "date-invalid": {
            "id": 'tanggal "{value}" untuk "{field}" tidak valid (format YYYY-MM-DD)',
            "en": 'date "{value}" for "{field}" is invalid (format YYYY-MM-DD)',
        },
        "score-argument": {
            "id": '--score harus berbentuk KOMPETENSI=NILAI, tertulis "{value}"',
            "en": '--score must look like COMPETENCY=VALUE, found "{value}"',
        },
        "levels-count": {
            "id": "jumlah level ({found}) tidak sama dengan jumlah kompetensi standar ({expected})",
            "en": "{found} level(s) given for a standard of {expected} competencies",
        },
        "report-dictionary-mismatch": {
            "id": "laporan dibuat dengan kamus {report}, bukan kamus yang diberikan ({given}); "
            "berikan kamus yang sama agar nama dan indikator sesuai",
            "en": "the report was made with dictionary {report}, not the one given ({given}); "
            "pass the same dictionary so names and indicators match",
        },
        "report-format": {
            "id": 'bukan laporan JSON kamus-kompetensi yang dikenali (format "{found}", '
            'diharapkan "{expected}")',
            "en": 'not a kamus-kompetensi JSON report this version reads (format "{found}", '
            'expected "{expected}")',
        },
        # labels of the check report
        "label-standard": {"id": "Standar jabatan", "en": "Position standard"},
        "label-policy": {"id": "Kebijakan", "en": "Policy"},
        "label-official": {"id": "Pejabat", "en": "Official"},
        "label-assessed-on": {"id": "Tanggal asesmen", "en": "Assessment date"},
        "label-valid-until": {"id": "Berlaku sampai", "en": "Valid until"},
        "label-attained": {"id": "Capaian", "en": "Attained"},
        "label-gap": {"id": "Selisih", "en": "Gap"},
        "label-meets": {"id": "Memenuhi", "en": "Meets"},
        "label-jpm": {"id": "JPM", "en": "JPM"},
        "label-band": {"id": "Kategori", "en": "Category"},
        "label-meets-standard": {"id": "Memenuhi standar", "en": "Meets the standard"},
        "label-development": {"id": "Kebutuhan pengembangan", "en": "Development needs"},
        "label-none": {"id": "tidak ada", "en": "none"},
        "label-yes": {"id": "ya", "en": "yes"},
        "label-no": {"id": "tidak", "en": "no"},
        "label-above-100": {
            "id": "JPM di atas 100: capaian melebihi standar jabatan",
            "en": "JPM above 100: attained levels exceed the position standard",
        },
        "label-capped": {
            "id": "capaian di atas standar dibatasi sesuai kebijakan",
            "en": "levels above the standard were capped by the policy",
        },
        "label-dictionary": {"id": "Kamus", "en": "Dictionary"},
    }
)

# --- report
register(
    {
        "report-unknown-format": {
            "id": 'format laporan "{fmt}" tidak dikenal; pilihan: {choices}',
            "en": 'unknown report format "{fmt}"; choose one of: {choices}',
        },
        "report-unknown-extension": {
            "id": 'format laporan untuk berkas "{path}" tidak dapat ditentukan dari akhirannya; '
            "gunakan {choices}",
            "en": 'cannot tell the report format of "{path}" from its extension; use {choices}',
        },
        "report-write-failed": {
            "id": 'laporan tidak dapat ditulis ke "{path}": {reason}',
            "en": 'cannot write the report to "{path}": {reason}',
        },
        "report-needs-binary": {
            "id": "laporan XLSX perlu ditulis ke berkas atau aliran biner, bukan aliran teks",
            "en": "an XLSX report needs a file or a binary stream, not a text stream",
        },
        "report-warning-row": {"id": "peringatan", "en": "warning"},
        "report-section-warnings": {"id": "Peringatan", "en": "Warnings"},
        "report-section-notes": {"id": "Catatan", "en": "Notes"},
        "report-finding-row": {"id": "{count} baris ({rows})", "en": "{count} row ({rows})"},
        "report-finding-rows": {"id": "{count} baris ({rows})", "en": "{count} rows ({rows})"},
        "report-title": {"id": "Laporan pemeriksaan kompetensi", "en": "Competency check report"},
        "report-col-row": {"id": "Baris", "en": "Row"},
        "report-col-nip": {"id": "NIP", "en": "NIP"},
        "report-col-name": {"id": "Nama", "en": "Name"},
        "report-col-position": {"id": "Jabatan", "en": "Position"},
        "report-col-unit": {"id": "Unit kerja", "en": "Unit"},
        "report-col-standard": {"id": "Standar", "en": "Standard"},
        "report-col-position-level": {"id": "Jenjang jabatan", "en": "Position level"},
        "report-col-required": {"id": "standar", "en": "required"},
        "report-col-attained": {"id": "capaian", "en": "attained"},
        "report-col-gap": {"id": "selisih", "en": "gap"},
        "report-col-band-code": {"id": "Kode kategori", "en": "Category code"},
        "report-col-warnings": {"id": "Peringatan", "en": "Warnings"},
        "report-col-column": {"id": "Kolom", "en": "Column"},
        "report-col-value": {"id": "Nilai", "en": "Value"},
        "report-col-code": {"id": "Kode", "en": "Code"},
        "report-col-message": {"id": "Pesan", "en": "Message"},
        "report-sheet-summary": {"id": "Ringkasan", "en": "Summary"},
        "report-sheet-results": {"id": "Hasil", "en": "Results"},
        "report-sheet-errors": {"id": "Kesalahan baris", "en": "Row errors"},
        "report-sheet-warnings": {"id": "Peringatan", "en": "Warnings"},
        "report-source": {"id": "Berkas sumber", "en": "Source file"},
        "report-sheet": {"id": "Lembar", "en": "Sheet"},
        "report-rows-read": {"id": "Baris dibaca", "en": "Rows read"},
        "report-rows-checked": {"id": "Baris diperiksa", "en": "Rows checked"},
        "report-rows-rejected": {"id": "Baris ditolak", "en": "Rows rejected"},
        "report-rows-with-warnings": {"id": "Baris dengan peringatan", "en": "Rows with warnings"},
        "report-meets-count": {"id": "Memenuhi standar", "en": "Meeting the standard"},
        "report-overview": {"id": "Ikhtisar", "en": "Overview"},
        "report-by-band": {"id": "Jumlah per kategori", "en": "Count per category"},
        "report-by-level": {"id": "Jumlah per jenjang jabatan", "en": "Count per position level"},
        "report-by-unit": {"id": "Jumlah per unit kerja", "en": "Count per unit"},
        "report-frequent-gaps": {
            "id": "Kompetensi yang paling sering di bawah standar",
            "en": "Competencies most often below the standard",
        },
        "report-officials": {"id": "Daftar pejabat", "en": "Officials"},
        "report-rejected-row": {"id": "baris ditolak", "en": "row rejected"},
        "report-no-errors": {"id": "Tidak ada kesalahan baris.", "en": "No row errors."},
        "report-profiles-capped": {
            "id": "Halaman ini memuat {shown} pejabat pertama dari {total}; laporan lengkap "
            "tersedia dalam format CSV, XLSX, atau JSON.",
            "en": "This page shows the first {shown} of {total} officials; the full report "
            "is available as CSV, XLSX or JSON.",
        },
        "report-errors-capped": {
            "id": "Halaman ini memuat {shown} kesalahan pertama dari {total}.",
            "en": "This page shows the first {shown} of {total} errors.",
        },
        "report-radar-title": {
            "id": "Diagram radar: standar dan capaian per kompetensi",
            "en": "Radar chart: required and attained level per competency",
        },
        "report-indicators": {"id": "Indikator level {level}", "en": "Indicators of level {level}"},
        "report-generated": {
            "id": "Dibuat dengan kamus-kompetensi",
            "en": "Made with kamus-kompetensi",
        },
    }
)

# --- batch
register(
    {
        "missing-position": {
            "id": "standar jabatan tidak disebut: isi salah satu kolom {columns}",
            "en": "no position standard named: fill one of the columns {columns}",
        },
        "position-conflict": {
            "id": '"{first}" dan "{other}" menunjuk jenjang jabatan yang berbeda; isi satu saja atau samakan',
            "en": '"{first}" and "{other}" name different position levels; fill only one or make them agree',
        },
        "unknown-field": {
            "id": "kunci tidak dikenal diabaikan: {keys}",
            "en": "unknown keys were ignored: {keys}",
        },
        "extra-cells": {
            "id": "{count} sel terisi di luar kolom judul, jadi nilai mungkin "
            "bergeser kolom (koma desimal tanpa tanda kutip di CSV berpemisah koma?). "
            "Pakai pemisah titik koma atau beri tanda kutip pada nilai",
            "en": "{count} filled cell(s) beyond the header columns, so values "
            "may have shifted a column (an unquoted decimal comma in a comma-separated CSV?). "
            "Use a semicolon delimiter or quote the values",
        },
        "missing-nip": {
            "id": "NIP kosong; hasil tidak dapat dicocokkan dengan data kepegawaian",
            "en": "the NIP is empty; the result cannot be matched to personnel records",
        },
        "invalid-nip": {
            "id": "struktur NIP tidak valid (18 digit: tanggal lahir, TMT, jenis kelamin 1/2, nomor urut); tetap diperiksa",
            "en": "invalid NIP structure (18 digits: birth date, TMT, sex 1/2, sequence); checked anyway",
        },
        "nip-as-number": {
            "id": "NIP tersimpan sebagai angka (Excel hanya menyimpan ±15 digit, digit akhir bisa berubah); format kolom NIP sebagai teks",
            "en": "the NIP is stored as a number (Excel keeps about 15 digits, the last ones may change); format the NIP column as text",
        },
        "duplicate-nip": {
            "id": "NIP yang sama juga ada di baris {rows}",
            "en": "the same NIP is also on row(s) {rows}",
        },
        "invalid-date": {
            "id": 'tanggal asesmen "{value}" tidak dikenali (YYYY-MM-DD atau DD-MM-YYYY); masa berlaku tidak dihitung',
            "en": 'assessment date "{value}" not recognised (YYYY-MM-DD or DD-MM-YYYY); validity not computed',
        },
        "row-not-mapping": {
            "id": "baris bukan pemetaan kolom → nilai ({detail})",
            "en": "the row is not a mapping of column → value ({detail})",
        },
        "batch-consumed": {
            "id": "pemeriksaan batch ini sudah dibaca habis; buat yang baru",
            "en": "this batch run has already been consumed; start a new one",
        },
        "output-is-input": {
            "id": "laporan tidak boleh menimpa berkas masukan {path}",
            "en": "the report must not overwrite the input file {path}",
        },
        "output-unwritable": {
            "id": "{path} tidak dapat ditulis: {reason}",
            "en": "{path} cannot be written: {reason}",
        },
        "format-needs-output": {
            "id": "format {format} harus ditulis ke berkas: gunakan -o BERKAS",
            "en": "format {format} must be written to a file: use -o FILE",
        },
        "format-unavailable": {
            "id": 'format laporan "{format}" belum tersedia di versi ini; pilihan: {allowed}',
            "en": 'report format "{format}" is not available in this version; choices: {allowed}',
        },
        "file-utf16": {
            "id": 'berkas berformat UTF-16 ("Unicode text" Excel); simpan ulang sebagai '
            '"CSV UTF-8" atau XLSX',
            "en": 'the file is UTF-16 (Excel\'s "Unicode text"); save it again as '
            '"CSV UTF-8" or XLSX',
        },
        "duplicate-column-same": {
            "id": 'kolom "{header}" muncul dua kali; hapus salah satunya',
            "en": 'column "{header}" appears twice; remove one of them',
        },
        "score-not-in-standard": {
            "id": 'nilai kolom "{key}" diabaikan: kompetensi itu tidak termasuk standar "{code}"',
            "en": 'the value in column "{key}" was ignored: that competency is not part of the '
            'standard of "{code}"',
        },
        "header-not-found": {
            "id": "judul kolom tidak ditemukan di baris {first}–{last}: tidak satu sel pun "
            "menyebut kolom yang dikenal (nip, nama, jabatan, eselon/jenjang, kompetensi). "
            "Sebutkan barisnya dengan --header-row N",
            "en": "no header found in rows {first}–{last}: no cell names a known column (nip, "
            "nama, jabatan, eselon/jenjang, competencies). Name the row with --header-row N",
        },
        "header-row-missing": {
            "id": "baris {row} yang disebut sebagai judul kolom tidak ada di lembar ini",
            "en": "row {row}, named as the header, is not in this sheet",
        },
        "template-example-row": {
            "id": "baris contoh dari berkas awal (template) masih ada; hapus atau timpa dengan data "
            "pejabat",
            "en": "the template's example row is still there; delete it or overwrite it with an "
            "official's data",
        },
        "header-row-invalid": {
            "id": '--header-row harus nomor baris 1 atau lebih, tertulis "{value}"',
            "en": '--header-row must be a row number, 1 or more; found "{value}"',
        },
        "batch-header-row": {
            "id": ", judul kolom di baris {rows}",
            "en": ", header in row {rows}",
        },
        "header-row-hint": {
            "id": "judul kolom dibaca dari baris {row}; pilih baris lain dengan --header-row N",
            "en": "the header was read from row {row}; choose another row with --header-row N",
        },
        "non-official-rows": {
            "id": "{count} baris bukan data pejabat (judul bagian, catatan kaki, jumlah/rata-rata) "
            "dilewati: baris {rows}",
            "en": "{count} row(s) that describe no official (section headings, footnotes, "
            "totals) were skipped: rows {rows}",
        },
        "recorded-jpm-mismatch": {
            "id": "JPM tercatat {recorded} berbeda dengan hasil hitung {computed}",
            "en": "recorded JPM {recorded} differs from the computed {computed}",
        },
        "recorded-band-mismatch": {
            "id": 'kategori tercatat "{recorded}" berbeda dengan hasil hitung "{computed}"',
            "en": 'recorded category "{recorded}" differs from the computed "{computed}"',
        },
        "recorded-band-other-policy": {
            "id": "kategori tercatat di {count} baris memakai istilah kebijakan {policy}, "
            "sedangkan pemeriksaan memakai {used}; periksa ulang dengan --policy {policy}",
            "en": "the categories recorded in {count} row(s) use the words of the {policy} "
            "policy while the check used {used}; check again with --policy {policy}",
        },
        "hidden-sheets": {
            "id": 'lembar tersembunyi tidak dibaca: {sheets}; yang dibaca lembar "{sheet}" '
            "(pilih dengan --sheet)",
            "en": 'hidden sheets not read: {sheets}; read the sheet "{sheet}" (choose with --sheet)',
        },
        "sheet-hint": {
            "id": 'Dibaca dari lembar "{sheet}"; lembar lain: {sheets} (pilih dengan --sheet)',
            "en": 'Read from sheet "{sheet}"; other sheets: {sheets} (choose one with --sheet)',
        },
        "jpm-invalid": {
            "id": "JPM harus berupa angka Decimal yang terhingga, tertulis {value}",
            "en": "JPM must be a finite Decimal number, found {value}",
        },
        "single-options-batch": {
            "id": "opsi {options} hanya untuk pemeriksaan berkas (beri BERKAS masukan)",
            "en": "option(s) {options} apply to checking a file only (give an input FILE)",
        },
        "batch-options-single": {
            "id": "opsi {options} hanya untuk pemeriksaan satu pejabat (tanpa BERKAS)",
            "en": "option(s) {options} apply to a single check only (without FILE)",
        },
        "batch-summary-findings": {
            "id": "{read} baris dibaca, {checked} diperiksa, {rejected} ditolak{blank}{findings}; "
            "laporan: {target}",
            "en": "{read} rows read, {checked} checked, {rejected} rejected{blank}{findings}; "
            "report: {target}",
        },
        "batch-warnings": {
            "id": "peringatan: {count} ({codes})",
            "en": "warnings: {count} ({codes})",
        },
        "batch-notes": {"id": "catatan: {count} ({codes})", "en": "notes: {count} ({codes})"},
        "batch-below-standard": {
            "id": "di bawah standar: {count}",
            "en": "below standard: {count}",
        },
        "batch-blank": {
            "id": " ({count} baris kosong dilewati)",
            "en": " ({count} blank rows skipped)",
        },
        "batch-stdout": {"id": "keluaran standar", "en": "standard output"},
        "batch-progress": {"id": "{count} baris...", "en": "{count} rows..."},
        "template-written": {
            "id": "{path} ditulis; isi satu baris per pejabat lalu jalankan: kamus-kompetensi check {path}",
            "en": "{path} written; fill one row per official, then run: kamus-kompetensi check {path}",
        },
        "template-format": {
            "id": 'templat hanya dapat ditulis sebagai CSV atau XLSX, bukan "{suffix}"',
            "en": 'the template can only be written as CSV or XLSX, not "{suffix}"',
        },
        "template-example-name": {
            "id": "CONTOH — hapus baris ini",
            "en": "EXAMPLE — delete this row",
        },
        "template-example-hint": {
            "id": 'baris 2 adalah contoh fiktif ("{name}"): timpa atau hapus sebelum memeriksa',
            "en": 'row 2 is an invented example ("{name}"): overwrite or delete it before checking',
        },
        "template-help-sheet": {"id": "Petunjuk", "en": "Instructions"},
        "template-help-title": {
            "id": "Petunjuk pengisian berkas hasil asesmen",
            "en": "How to fill in the assessment results file",
        },
        "template-help-rows": {
            "id": 'Isi lembar "{sheet}" (lembar pertama, yang dibaca check): satu baris per '
            "pejabat, di bawah judul kolom di baris 1. Jangan ubah judul kolom.",
            "en": 'Fill in the sheet "{sheet}" (the first sheet, the one check reads): one row '
            "per official, under the column headers of row 1. Do not change the headers.",
        },
        "template-help-example": {
            "id": 'Baris 2 adalah contoh fiktif ("{name}", kuning miring): timpa dengan pejabat '
            "pertama atau hapus barisnya. Bila tertinggal, contoh itu ikut diperiksa dan "
            "muncul di laporan.",
            "en": 'Row 2 is an invented example ("{name}", yellow italics): overwrite it with '
            "the first official or delete the row. If it is left in, it is checked and shows "
            "up in the report.",
        },
        "template-help-levels": {
            "id": "Kolom kompetensi berisi level capaian 0–5, boleh pecahan dengan koma "
            "desimal (3,5 atau 2,75; titik juga diterima), paling banyak dua desimal.",
            "en": "Competency columns hold the attained level 0–5; fractions are allowed with "
            "a decimal comma or point (3,5 or 3.5), at most two decimals.",
        },
        "template-help-standard": {
            "id": "Standar jabatan setiap baris dipilih lewat eselon (mis. II.a, III.b, IV.a, "
            "non eselon) atau jenjang (mis. Jabatan Administrator); bila keduanya diisi, "
            "keduanya harus menunjuk jenjang yang sama.",
            "en": "Each row's position standard is chosen by its echelon (e.g. II.a, III.b, "
            "IV.a, non eselon) or its position level (e.g. Jabatan Administrator); when both "
            "are filled in they must name the same level.",
        },
        "template-help-required": {
            "id": "Isi setiap kompetensi yang termasuk standar jabatan pejabat itu (lihat tabel "
            "di bawah); nilai kosong pada kompetensi standar membuat barisnya ditolak. "
            "Kompetensi di luar standarnya dibiarkan kosong.",
            "en": "Fill in every competency of the official's position standard (see the "
            "table below); a blank level of a standard competency gets the row rejected. "
            "Leave competencies outside that standard blank.",
        },
        "template-help-nip": {
            "id": "NIP ditulis 18 digit sebagai teks (kolom NIP lembar data sudah berformat "
            "teks), agar Excel tidak mengubah digit akhirnya.",
            "en": "Write the NIP as 18 digits of text (the data sheet's NIP column is "
            "formatted as text), so that Excel does not change its last digits.",
        },
        "template-help-check": {
            "id": 'Simpan, lalu periksa: kamus-kompetensi check BERKAS.xlsx. Lembar "{help}" '
            "ini tidak dibaca oleh check.",
            "en": 'Save, then check: kamus-kompetensi check FILE.xlsx. This "{help}" sheet is '
            "not read by check.",
        },
        "template-help-column": {"id": "Kolom", "en": "Column"},
        "template-help-content": {"id": "Isi", "en": "Content"},
        "template-field-nip": {
            "id": "NIP 18 digit, sebagai teks; kosong atau tidak valid diberi peringatan",
            "en": "18-digit NIP, as text; an empty or invalid NIP gets a warning",
        },
        "template-field-nama": {"id": "nama pejabat", "en": "the official's name"},
        "template-field-kinerja": {
            "id": "predikat kinerja (Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang), "
            "boleh kosong; untuk kotak talenta",
            "en": "performance rating (Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat "
            "Kurang), may be blank; for the talent box",
        },
        "template-field-pelatihan_kepemimpinan": {
            "id": "pelatihan kepemimpinan yang sudah diikuti (mis. PKA, PKN Tingkat II), boleh "
            "kosong; untuk rencana pengembangan",
            "en": "leadership training completed (e.g. PKA, PKN Tingkat II), may be blank; "
            "for development plans",
        },
        "template-field-jabatan": {"id": "nama jabatan", "en": "the position's title"},
        "template-field-unit_kerja": {
            "id": "unit kerja (boleh kosong)",
            "en": "work unit (may stay blank)",
        },
        "template-field-eselon": {
            "id": "eselon, mis. II.a, III.b, IV.a, non eselon (atau isi jenjang)",
            "en": "echelon, e.g. II.a, III.b, IV.a, non eselon (or fill in jenjang)",
        },
        "template-field-jenjang": {
            "id": "jenjang jabatan, kode atau nama, mis. Jabatan Administrator (atau isi eselon)",
            "en": "position level, code or name, e.g. Jabatan Administrator (or fill in eselon)",
        },
        "template-field-jabatan_kode": {
            "id": "kode jabatan di kamus instansi: memilih standar jabatan itu (boleh kosong "
            "bila eselon atau jenjang diisi)",
            "en": "position code of the agency dictionary: selects that position's standard "
            "(may stay blank when eselon or jenjang is filled in)",
        },
        "template-field-tanggal_asesmen": {
            "id": "tanggal asesmen YYYY-MM-DD (boleh kosong); masa berlaku 3 tahun dihitung "
            "darinya",
            "en": "assessment date YYYY-MM-DD (may stay blank); the 3-year validity counts from it",
        },
        "template-field-competency": {
            "id": "{code}: level 0–5; termasuk standar: {standards}",
            "en": "{code}: level 0–5; part of the standard of: {standards}",
        },
        "template-standards-all": {
            "id": "semua jenjang dan jabatan yang memiliki standar",
            "en": "every position level and position that has a standard",
        },
        "template-standards-none": {
            "id": "tidak ada (boleh kosong)",
            "en": "none (may stay blank)",
        },
    }
)


# --- row issues
register(
    {
        "issue-row": {"id": "baris {row}", "en": "row {row}"},
        "issue-column": {"id": ', kolom "{column}"', "en": ', column "{column}"'},
        "unbalanced-quote": {
            "id": "satu sel memuat {detail} baris berkas beserta pemisah kolom; "
            'kemungkinan tanda kutip (") tidak ditutup sehingga baris-baris berikutnya ikut '
            "tertelan ke sel ini. Perbaiki tanda kutipnya lalu periksa ulang",
            "en": "one cell holds {detail} lines of the file and column "
            'delimiters; most likely a quote (") was left open and the following rows were '
            "swallowed into this cell. Fix the quote and check again",
        },
    }
)


# --- dictionary files: hardening (non-regular files, text rules, placeholders)
register(
    {
        "file-not-regular": {
            "id": "bukan berkas biasa (FIFO, perangkat, atau soket); kamus harus berkas biasa",
            "en": "not a regular file (a FIFO, device or socket); a dictionary must be a "
            "regular file",
        },
        "text-invisible-character": {
            "id": "teks {value} memuat karakter tak terlihat ({chars}); hapus karakter itu "
            "(sering terbawa saat menyalin dari dokumen atau web)",
            "en": "text {value} contains invisible characters ({chars}); delete them (they "
            "often come along when copying from documents or the web)",
        },
        "code-not-ascii": {
            "id": 'kode "{value}" memuat huruf bukan ASCII ({chars}); kode hanya boleh memakai '
            "huruf Latin dasar, angka, dan tanda baca ASCII (huruf Kiril atau Yunani yang mirip "
            "huruf Latin ditolak)",
            "en": 'code "{value}" contains non-ASCII characters ({chars}); codes use plain '
            "Latin letters, digits and ASCII punctuation only (Cyrillic or Greek look-alikes "
            "are refused)",
        },
        "text-mixed-script": {
            "id": 'nama "{value}": kata "{word}" mencampur huruf Latin dengan huruf yang hanya '
            "mirip ({chars}); tulis ulang kata itu dengan huruf Latin",
            "en": 'name "{value}": the word "{word}" mixes Latin letters with look-alikes '
            "({chars}); retype the word in Latin letters",
        },
        "official-code-invalid": {
            "id": "kode resmi {value} tidak sah: awali dengan huruf, lalu huruf dan angka, "
            "dengan titik atau tanda hubung di antara bagiannya (mis. M.01, SK.1, T.KKP.01)",
            "en": "official code {value} is not valid: start with a letter, then letters and "
            "digits, with a dot or hyphen between parts (e.g. M.01, SK.1, T.KKP.01)",
        },
        "placeholder-text": {
            "id": 'teks "{value}" masih teks pengganti dari berkas awal; tuliskan isi kamus Anda',
            "en": 'text "{value}" is still placeholder text from the starter file; write your '
            "dictionary's own",
        },
        "validate-summary-warnings": {
            "id": "; {warnings} peringatan{strict}",
            "en": "; {warnings} warning(s){strict}",
        },
        "validate-strict-note": {
            "id": " (--strict: dihitung sebagai temuan)",
            "en": " (--strict: counted as findings)",
        },
        "yaml-number-form": {
            "id": "angka {value} ditulis dalam bentuk YAML 1.1 yang terbaca sebagai {read} "
            "(heksadesimal, oktal, garis bawah, atau basis 60); tulis angka desimal biasa, "
            "atau beri tanda kutip bila yang dimaksud teks",
            "en": "number {value} is written in a YAML 1.1 form that reads as {read} (hex, "
            "octal, underscores or base 60); write a plain decimal number, or quote it if "
            "text is meant",
        },
    }
)


# --- files: kinds, operating-system errors, refusals, signals
register(
    {
        "kind-regular": {"id": "berkas biasa", "en": "regular file"},
        "kind-directory": {"id": "folder", "en": "folder"},
        "kind-fifo": {"id": "FIFO (pipa bernama)", "en": "FIFO (named pipe)"},
        "kind-char-device": {"id": "perangkat karakter", "en": "character device"},
        "kind-block-device": {"id": "perangkat blok", "en": "block device"},
        "kind-socket": {"id": "soket", "en": "socket"},
        "kind-other": {"id": "berkas khusus", "en": "special file"},
        "os-error-disk-full": {
            "id": "disk penuh (tidak ada ruang tersisa)",
            "en": "disk full (no space left on the device)",
        },
        "os-error-quota": {"id": "kuota disk habis", "en": "disk quota exceeded"},
        "os-error-permission": {"id": "izin ditolak", "en": "permission denied"},
        "os-error-read-only": {
            "id": "sistem berkas hanya dapat dibaca",
            "en": "the file system is read-only",
        },
        "os-error-not-found": {
            "id": "folder atau berkas tidak ada",
            "en": "no such folder or file",
        },
        "os-error-is-directory": {"id": "itu sebuah folder", "en": "it is a folder"},
        "os-error-too-big": {
            "id": "berkas melebihi batas ukuran sistem",
            "en": "the file exceeds the system's size limit",
        },
        "os-error-io": {
            "id": "galat baca/tulis pada perangkat",
            "en": "input/output error on the device",
        },
        "os-error-no-reader": {
            "id": "tidak ada program yang membaca FIFO ini",
            "en": "no program is reading this FIFO",
        },
        "os-error-not-regular": {
            "id": "berupa {kind}, bukan berkas biasa",
            "en": "it is a {kind}, not a regular file",
        },
        "os-error": {
            "id": "operasi berkas gagal: {reason}",
            "en": "a file operation failed: {reason}",
        },
        "disk-full": {
            "id": '"{path}" tidak dapat ditulis: {reason}. Kosongkan ruang disk lalu jalankan '
            "ulang; berkas yang sudah ada tidak diubah",
            "en": '"{path}" cannot be written: {reason}. Free some disk space and run again; '
            "an existing file was left unchanged",
        },
        "output-not-regular": {
            "id": '"{path}" tidak dapat ditulis: {reason}; keluaran ditulis ke berkas biasa, '
            "perangkat karakter (mis. /dev/null) atau FIFO",
            "en": '"{path}" cannot be written: {reason}; output goes to a regular file, a '
            "character device (e.g. /dev/null) or a FIFO",
        },
        "terminated-by-signal": {
            "id": "dihentikan oleh sinyal {signal}; berkas sementara dihapus",
            "en": "stopped by signal {signal}; temporary files removed",
        },
        "input-not-regular": {
            "id": "berupa {kind}, bukan berkas biasa: tabel hanya dibaca dari berkas biasa "
            "(simpan datanya ke berkas lebih dulu)",
            "en": "it is a {kind}, not a regular file: tables are read from regular files "
            "only (save the data to a file first)",
        },
        "workbook-too-large": {
            "id": 'buku kerja mengembang menjadi {size} bita saat dibuka (bagian "{member}", '
            "{packed} bita terkemas), melebihi batas ({limit} bita per bagian, atau {ratio}× "
            'ukuran terkemasnya); berkas ditolak: rusak, atau sengaja dibuat membengkak ("bom zip")',
            "en": 'the workbook inflates to {size} bytes when opened (part "{member}", {packed} '
            "bytes packed), beyond the limit ({limit} bytes a part, or {ratio}× its packed "
            'size); refused: damaged, or made to swell on purpose (a "zip bomb")',
        },
        "workbook-dtd": {
            "id": 'bagian "{member}" buku kerja memuat definisi DTD/entitas XML, yang tidak '
            "pernah ditulis Excel atau LibreOffice; berkas ditolak. Buka dan simpan ulang di "
            "program lembar kerja",
            "en": 'part "{member}" of the workbook holds an XML DTD or entity definitions, which '
            "Excel and LibreOffice never write; refused. Open and save it again in a "
            "spreadsheet program",
        },
        "encoding-invalid-bytes": {
            "id": "{bytes} bita bukan UTF-8 di {count} baris (baris {rows}): berkas dibaca "
            "sebagai UTF-8 dan bita itu diganti dengan \ufffd; periksa nama dan nilai di baris "
            "tersebut, atau simpan ulang berkas sebagai CSV UTF-8",
            "en": "{bytes} bytes that are not UTF-8 in {count} rows (rows {rows}): the file was "
            "read as UTF-8 and those bytes replaced with \ufffd; check the names and values in "
            "those rows, or save the file again as CSV UTF-8",
        },
    }
)


# --- DataFrames (kamus_kompetensi.frame)
register(
    {
        "frame-not-supported": {
            "id": "{type} bukan tabel yang dapat diperiksa; berikan DataFrame pandas atau Polars, LazyFrame Polars, Table PyArrow, relasi DuckDB, atau DataFrame Dask",
            "en": "{type} is not a table that can be checked; pass a pandas or Polars DataFrame, a Polars LazyFrame, a PyArrow Table, a DuckDB relation or a Dask DataFrame",
        },
        "frame-library-missing": {
            "id": 'pustaka "{library}" belum terpasang; pasang dengan: pip install "kamus-kompetensi[{extra}]"',
            "en": 'the library "{library}" is not installed; install it with: pip install "kamus-kompetensi[{extra}]"',
        },
        "frame-order-by": {
            "id": 'kolom urutan "{column}" tidak ada di tabel',
            "en": 'the ordering column "{column}" is not in the table',
        },
        "frame-column-name": {
            "id": "nama kolom tabel harus teks, bukan {value}",
            "en": "table column names must be text, not {value}",
        },
    }
)


# --- PDF (kamus_kompetensi.report.pdf)
register(
    {
        "pdf-unavailable": {
            "id": "PDF belum dapat dibuat di sini: pasang dengan pip install "
            "'kamus-kompetensi[{extra}]' ({reason})",
            "en": "PDF cannot be written here yet: install it with pip install "
            "'kamus-kompetensi[{extra}]' ({reason})",
        },
    }
)


# --- Talent box (kamus_kompetensi.talent, the talent command)
register(
    {
        "unknown-performance-rating": {
            "id": 'predikat kinerja "{value}" tidak dikenal{suggestion}; pilihan: {allowed}',
            "en": 'unknown performance rating "{value}"{suggestion}; choices: {allowed}',
        },
        "missing-performance-rating": {
            "id": "predikat kinerja kosong; kotak talenta memerlukan predikat, mis. Baik",
            "en": "the performance rating is blank; a talent box needs one, e.g. Baik",
        },
        "row-rejected": {
            "id": "baris ditolak saat pemeriksaan ({codes})",
            "en": "the row was rejected by the check ({codes})",
        },
        "talent-no-rating": {
            "id": "tanpa predikat kinerja",
            "en": "no performance rating",
        },
        "talent-pool-invalid": {
            "id": 'kelompok suksesi "{value}" tidak sah: tulis nomor kotak 1–9 dipisah koma, '
            "mis. 7,8,9",
            "en": 'succession pool "{value}" is not valid: write box numbers 1–9 separated by '
            "commas, e.g. 7,8,9",
        },
        "talent-title": {"id": "Kotak talenta", "en": "Talent box"},
        "talent-grid-title": {
            "id": "Kotak talenta (9-box): kinerja × potensial",
            "en": "Talent box (nine-box): performance × potential",
        },
        "talent-performance": {"id": "Kinerja", "en": "Performance"},
        "talent-potential": {"id": "Potensial (JPM)", "en": "Potential (JPM)"},
        "talent-box": {"id": "Kotak {box}", "en": "Box {box}"},
        "talent-box-col": {"id": "Kotak", "en": "Box"},
        "talent-label-col": {"id": "Keterangan kotak", "en": "Box label"},
        "talent-count-col": {"id": "Jumlah", "en": "Count"},
        "talent-people": {"id": "{count} orang", "en": "{count} people"},
        "talent-person": {"id": "{count} orang", "en": "{count} person"},
        "talent-recommendation": {"id": "Rekomendasi", "en": "Recommendation"},
        "talent-recommendations": {"id": "Rekomendasi per kotak", "en": "Recommendation per box"},
        "talent-pool": {
            "id": "Kelompok rencana suksesi (kotak {boxes})",
            "en": "Succession pool (boxes {boxes})",
        },
        "talent-pool-sheet": {"id": "Suksesi", "en": "Succession"},
        "talent-placed-sheet": {"id": "Pejabat", "en": "Officials"},
        "talent-without-box": {
            "id": "Pejabat tanpa kotak talenta",
            "en": "Officials without a talent box",
        },
        "talent-without-sheet": {"id": "Tanpa kotak", "en": "Without box"},
        "talent-none": {"id": "tidak ada", "en": "none"},
        "talent-reason": {"id": "Alasan", "en": "Reason"},
        "talent-code-col": {"id": "Kode", "en": "Code"},
        "talent-policy-missing": {
            "id": "kamus {dictionary} tidak memuat kebijakan talenta (talent_policy): tulis "
            "talent_policy di berkasnya atau perluas kamus nasional (extends: nasional)",
            "en": "dictionary {dictionary} has no talent policy (talent_policy): write one in "
            "its file or extend the national dictionary (extends: nasional)",
        },
        "talent-report-damaged": {
            "id": "laporan JSON rusak atau tidak lengkap ({detail})",
            "en": "the JSON report is damaged or incomplete ({detail})",
        },
        "talent-options-report": {
            "id": "{options} hanya berlaku untuk berkas hasil asesmen, bukan laporan JSON "
            "yang tersimpan",
            "en": "{options} apply to an assessment file only, not to a saved JSON report",
        },
        "talent-rating": {"id": "Predikat kinerja", "en": "Performance rating"},
        "talent-col-row": {"id": "Baris", "en": "Row"},
        "talent-col-nip": {"id": "NIP", "en": "NIP"},
        "talent-col-name": {"id": "Nama", "en": "Name"},
        "talent-col-position": {"id": "Jabatan", "en": "Position"},
        "talent-col-unit": {"id": "Unit kerja", "en": "Unit"},
        "talent-col-jpm": {"id": "JPM", "en": "JPM"},
        "talent-source": {"id": "Berkas sumber: {source}", "en": "Source file: {source}"},
        "talent-totals": {
            "id": "{read} baris dibaca: {placed} ditempatkan, {without} tanpa kotak",
            "en": "{read} rows read: {placed} placed, {without} without a box",
        },
        "talent-basis": {
            "id": "Dasar: {source} (keyakinan: {confidence}). Potensial dari JPM: {cutoffs}.",
            "en": "Basis: {source} (confidence: {confidence}). Potential from the JPM: {cutoffs}.",
        },
        "talent-generated": {
            "id": "Dibuat dengan kamus-kompetensi {version}; kamus {dictionary}.",
            "en": "Made with kamus-kompetensi {version}; dictionary {dictionary}.",
        },
        "talent-summary-line": {
            "id": "{read} baris dibaca, {placed} ditempatkan, {without} tanpa kotak, "
            "{pool} di kelompok suksesi; laporan: {target}",
            "en": "{read} rows read, {placed} placed, {without} without a box, "
            "{pool} in the succession pool; report: {target}",
        },
    }
)


# --- competency development and talent policy (kamus_kompetensi.integrity, .dictionary)
register(
    {
        "training-policy-incomplete": {
            "id": "training_policy tidak lengkap: {missing} tidak ditulis di berkas ini "
            "maupun di kamus yang diperluasnya",
            "en": "training_policy is incomplete: {missing} is written neither in this file "
            "nor in the dictionary it extends",
        },
        "training-minimum-precision": {
            "id": "minimum {minimum} {unit} = {minutes} menit; minimum harus bernilai menit "
            "bulat dengan paling banyak dua desimal",
            "en": "minimum {minimum} {unit} is {minutes} minutes; the minimum must be a "
            "whole number of minutes with at most two decimals",
        },
        "leadership-level-twice": {
            "id": 'jenjang jabatan "{key}" sudah punya pelatihan kepemimpinan ({first})',
            "en": 'position level "{key}" already has a leadership training ({first})',
        },
        "unknown-leadership-training": {
            "id": 'pelatihan kepemimpinan "{key}" tidak ada di kamus{suggestion}',
            "en": 'leadership training "{key}" is not in the dictionary{suggestion}',
        },
        "unknown-activity-type": {
            "id": 'jenis kegiatan pengembangan "{key}" tidak ada di development_activity_types '
            "(pilihan: {allowed})",
            "en": 'development activity type "{key}" is not in development_activity_types '
            "(choices: {allowed})",
        },
        "activity-level-range": {
            "id": "from_level {low} lebih tinggi dari to_level {high}",
            "en": "from_level {low} is above to_level {high}",
        },
        "development-level-invalid": {
            "id": "{name} harus bilangan bulat (current_hundredths ≥ 0, target_level 1–5), "
            "tertulis {value}",
            "en": "{name} must be a whole number (current_hundredths ≥ 0, target_level 1–5), "
            "found {value}",
        },
        "talent-cutoffs-order": {
            "id": 'batas potensial "{code}" ({min}) harus lebih rendah dari batas sebelumnya '
            "({previous}): urutkan dari tinggi ke rendah",
            "en": 'the potential cut-off of "{code}" ({min}) must be below the one before it '
            "({previous}): list them from high to low",
        },
        "talent-cutoffs-no-zero": {
            "id": "tingkat potensial terakhir harus mulai dari 0, bukan {min}, agar setiap JPM "
            "punya tingkat",
            "en": "the last potential level must start at 0, not {min}, so that every JPM has "
            "a level",
        },
        "talent-rating-twice": {
            "id": 'predikat kinerja "{rating}" sudah dipakai tingkat kinerja "{other}" (huruf '
            "besar/kecil dan spasi tidak dibedakan)",
            "en": 'performance rating "{rating}" is already used by performance level '
            '"{other}" (case and spaces are ignored)',
        },
        "talent-box-number-twice": {
            "id": "kotak nomor {number} sudah ada ({first})",
            "en": "box number {number} is already used ({first})",
        },
        "talent-unknown-level": {
            "id": 'tingkat "{key}" tidak ada di talent_policy.{axis} (pilihan: {allowed})',
            "en": 'level "{key}" is not in talent_policy.{axis} (choices: {allowed})',
        },
        "talent-box-pair-twice": {
            "id": 'potensial "{potential}" dan kinerja "{performance}" sudah punya kotak ({first})',
            "en": 'potential "{potential}" and performance "{performance}" already have a box '
            "({first})",
        },
        "talent-box-missing": {
            "id": 'tidak ada kotak untuk potensial "{potential}" dan kinerja "{performance}"',
            "en": 'no box for potential "{potential}" and performance "{performance}"',
        },
        "talent-succession-unknown": {
            "id": "kotak suksesi {number} bukan nomor kotak talent_policy",
            "en": "succession box {number} is not a box number of talent_policy",
        },
        "unknown-talent-box": {
            "id": "tidak ada kotak talenta untuk potensial {potential} dan kinerja {performance}",
            "en": "no talent box for potential {potential} and performance {performance}",
        },
    }
)


# --- names of kinds, `show`/`standard` in English, and the dictionary booklet
register(
    {
        "group-manajerial": {"id": "Manajerial", "en": "Managerial"},
        "group-sosial_kultural": {"id": "Sosial kultural", "en": "Socio-cultural"},
        "group-teknis": {"id": "Teknis", "en": "Technical"},
        "position-kind-struktural": {"id": "Struktural", "en": "Structural"},
        "position-kind-fungsional": {"id": "Fungsional", "en": "Functional"},
        "position-kind-pelaksana": {"id": "Pelaksana", "en": "Executor"},
        "confidence-tinggi": {"id": "tinggi", "en": "high"},
        "confidence-sedang_tinggi": {"id": "sedang–tinggi", "en": "medium to high"},
        "confidence-sedang": {"id": "sedang", "en": "medium"},
        "confidence-rendah_sedang": {"id": "rendah–sedang", "en": "low to medium"},
        "confidence-rendah": {"id": "rendah", "en": "low"},
        "label-official-name": {"id": "Nama resmi", "en": "Official name"},
        "booklet-kind": {"id": "Buklet kamus kompetensi", "en": "Competency dictionary booklet"},
        "booklet-version": {"id": "Versi", "en": "Version"},
        "booklet-legal-basis": {"id": "Dasar hukum", "en": "Legal basis"},
        "booklet-files": {"id": "Berkas kamus", "en": "Dictionary files"},
        "booklet-content-hash": {"id": "Sidik isi kamus", "en": "Dictionary content hash"},
        "booklet-printed": {"id": "Tanggal cetak", "en": "Printed on"},
        "booklet-contents": {"id": "Daftar isi", "en": "Contents"},
        "booklet-page-of": {"id": "Halaman {page} dari {pages}", "en": "Page {page} of {pages}"},
        "booklet-how-to-read": {"id": "Cara membaca buklet ini", "en": "How to read this booklet"},
        "booklet-how-to-read-text": {
            "id": "Setiap kompetensi memuat definisi dan lima level, dari level 1 (paling "
            "dasar) sampai level 5 (paling tinggi). Tiap level dijelaskan dengan satu "
            "deskripsi dan beberapa indikator perilaku, yaitu perilaku yang dapat diamati "
            "pada pegawai yang telah mencapai level itu. Standar kompetensi jabatan menetapkan "
            "level yang dipersyaratkan bagi setiap kompetensi pada suatu jenjang atau jabatan.",
            "en": "Each competency has a definition and five levels, from level 1 (the most "
            "basic) to level 5 (the highest). Each level has a description and a few "
            "behavioural indicators: behaviour one can observe in an employee who has reached "
            "that level. A position's competency standard sets the level required of each "
            "competency for a position level or a position. Names and texts are the "
            "dictionary's own: Indonesian where the dictionary has no English.",
        },
        "booklet-confidence-text": {
            "id": "Sumber dan keyakinan: setiap kompetensi dan jenjang menyebut peraturan "
            "sumbernya dan seberapa yakin kamus ini bahwa isinya sesuai naskah resmi "
            "(tinggi, sedang–tinggi, sedang, rendah–sedang, rendah). Untuk teks hukum yang "
            "mengikat, rujuk naskah resmi peraturan.",
            "en": "Sources and confidence: each competency and position level names the "
            "regulation it comes from and how sure this dictionary is that its content "
            "matches the official text (high, medium to high, medium, low to medium, low). "
            "For the binding legal text, see the official regulation.",
        },
        "booklet-summary": {
            "id": "Standar kompetensi: {name}",
            "en": "Competency standard: {name}",
        },
        "booklet-summary-note": {
            "id": "Level yang dipersyaratkan ditandai pada daftar level setiap kompetensi.",
            "en": "The required level is marked in each competency's list of levels.",
        },
        "booklet-required-here": {"id": "level standar", "en": "required level"},
        "booklet-required-for": {
            "id": "Level standar {name}: {level}",
            "en": "Required level for {name}: {level}",
        },
        "booklet-not-in-standard": {
            "id": "tidak termasuk standar {name}",
            "en": "not part of the standard of {name}",
        },
        "booklet-section-manajerial": {
            "id": "Kompetensi manajerial",
            "en": "Managerial competencies",
        },
        "booklet-section-sosial_kultural": {
            "id": "Kompetensi sosial kultural",
            "en": "Socio-cultural competencies",
        },
        "booklet-section-teknis": {"id": "Kompetensi teknis", "en": "Technical competencies"},
        "booklet-indicators": {"id": "Indikator perilaku", "en": "Behavioural indicators"},
        "booklet-note": {"id": "Catatan", "en": "Note"},
        "booklet-position-levels": {
            "id": "Jenjang jabatan dan standarnya",
            "en": "Position levels and their standards",
        },
        "booklet-standards-table": {
            "id": "Level standar per jenjang dan jabatan",
            "en": "Required levels per position level and position",
        },
        "booklet-positions": {"id": "Jabatan instansi", "en": "Agency positions"},
        "booklet-echelons": {"id": "Padanan eselon", "en": "Equivalent echelons"},
        "booklet-kind-of-level": {"id": "Jenis", "en": "Kind"},
        "booklet-no-standard": {
            "id": "ditetapkan per jabatan fungsional",
            "en": "set per functional position",
        },
        "booklet-unit": {"id": "Unit kerja", "en": "Unit"},
        "booklet-unknown-format": {
            "id": 'format buklet "{format}" tidak dikenal; pilihan: html, pdf (atau berkas '
            "berakhiran .html, .htm, .pdf)",
            "en": 'unknown booklet format "{format}"; choices: html, pdf (or a file ending in '
            ".html, .htm, .pdf)",
        },
        "booklet-written": {
            "id": "buklet ditulis ke {path}: {competencies} kompetensi, {indicators} indikator",
            "en": "booklet written to {path}: {competencies} competencies, {indicators} indicators",
        },
    }
)


# --- Training hours (kamus_kompetensi.training, the ``training`` command)
register(
    {
        "training-year-invalid": {
            "id": 'tahun "{value}" tidak valid: tulis tahun empat angka antara 1950 dan 2100, mis. --year 2025',
            "en": 'year "{value}" is invalid: write a four-digit year between 1950 and 2100, e.g. --year 2025',
        },
        "training-year-missing": {
            "id": "sebutkan tahun yang diperiksa dengan --year, mis. --year 2025",
            "en": "name the year to check with --year, e.g. --year 2025",
        },
        "training-policy-missing": {
            "id": "kamus {id} tidak memuat training_policy (batas minimal pengembangan kompetensi setahun); tulis extends: nasional, atau training_policy dengan minimum dan unit",
            "en": "dictionary {id} has no training_policy (the yearly minimum of competency development); write extends: nasional, or a training_policy with minimum and unit",
        },
        "training-nip-missing": {
            "id": "NIP kosong; catatan pelatihan ini tidak dapat dihitung untuk siapa pun",
            "en": "the NIP is empty; this training record cannot be counted for anyone",
        },
        "training-date-missing": {
            "id": "tanggal kosong; tahun catatan tidak dapat ditentukan",
            "en": "the date is empty; the record's year cannot be told",
        },
        "training-date-invalid": {
            "id": "tanggal tidak dikenali: tulis YYYY-MM-DD atau DD-MM-YYYY (tahun 1950–2100)",
            "en": "date not recognised: write YYYY-MM-DD or DD-MM-YYYY (years 1950–2100)",
        },
        "training-end-before-start": {
            "id": "tanggal selesai {end} lebih awal dari tanggal mulai {start}",
            "en": "the end date {end} is before the start date {start}",
        },
        "training-duration-missing": {
            "id": "durasi kosong: isi salah satu kolom {columns}",
            "en": "no duration: fill one of the columns {columns}",
        },
        "training-duration-invalid": {
            "id": "durasi bukan angka: tulis bilangan, mis. 2 atau 2,5",
            "en": "the duration is not a number: write e.g. 2 or 2.5",
        },
        "training-duration-negative": {
            "id": "durasi negatif",
            "en": "the duration is negative",
        },
        "training-duration-zero": {
            "id": "durasi nol: catatan tanpa lama kegiatan tidak menambah jam pelajaran",
            "en": "the duration is zero: a record without a length adds no hours",
        },
        "training-duration-precision": {
            "id": "durasi memakai lebih dari dua angka desimal; tulis paling banyak dua, mis. 1,33",
            "en": "the duration has more than two decimals; write at most two, e.g. 1.33",
        },
        "training-duration-too-long": {
            "id": "durasi lebih dari satu tahun penuh untuk satu catatan; kemungkinan salah ketik (menit di kolom {unit}?)",
            "en": "the duration is more than a whole year for one record; most likely a typo (minutes in the {unit} column?)",
        },
        "training-duration-conflict": {
            "id": "kolom durasi menyatakan lama yang berbeda ({given}); isi satu kolom saja atau samakan",
            "en": "the duration columns give different lengths ({given}); fill one column only or make them agree",
        },
        "training-duplicate-record": {
            "id": "catatan sama dengan baris {row} (NIP, kegiatan, tanggal, durasi) dan ikut dihitung; hapus salah satu bila tercatat dua kali",
            "en": "the record equals row {row} (NIP, activity, dates, duration) and is counted too; remove one if it was entered twice",
        },
        "training-title": {
            "id": "Kepatuhan jam pelajaran (JP) pengembangan kompetensi tahun {year}",
            "en": "Competency development hours (JP) compliance, {year}",
        },
        "training-minimum-line": {
            "id": "{minimum} {unit} setahun ({minutes} menit; 1 JP = {jp_minutes} menit)",
            "en": "{minimum} {unit} a year ({minutes} minutes; 1 JP = {jp_minutes} minutes)",
        },
        "training-minimum-hours-line": {
            "id": "{minimum} {unit} setahun ({minutes} menit = {jp} JP; 1 JP = {jp_minutes} menit)",
            "en": "{minimum} {unit} a year ({minutes} minutes = {jp} JP; 1 JP = {jp_minutes} minutes)",
        },
        "training-rows-line": {
            "id": "{read} dibaca: {counted} dihitung, {other} tahun lain (tidak dihitung{years}), {rejected} ditolak",
            "en": "{read} read: {counted} counted, {other} of other years (not counted{years}), {rejected} rejected",
        },
        "training-rows-blank": {
            "id": "; {count} baris kosong dilewati",
            "en": "; {count} blank rows skipped",
        },
        "training-officials-line": {
            "id": "{officials} pejabat, {met} memenuhi batas minimal tahun {year}, {below} di bawahnya",
            "en": "{officials} officials, {met} meet the minimum for {year}, {below} are below it",
        },
        "training-staff-line": {
            "id": "{staff} NIP di daftar pegawai; {without} tanpa catatan pelatihan sama sekali; {outside} pejabat bercatatan tidak ada di daftar",
            "en": "{staff} NIPs in the staff list; {without} without any training record; {outside} officials with records are not in the list",
        },
        "training-errors": {
            "id": "Baris ditolak ({count} kesalahan):",
            "en": "Rejected rows ({count} errors):",
        },
        "training-warnings": {
            "id": "Peringatan ({count}):",
            "en": "Warnings ({count}):",
        },
        "training-no-officials": {
            "id": "(tidak ada pejabat dengan catatan tahun ini)",
            "en": "(no official has a record in this year)",
        },
        "training-sheet": {"id": "lembar", "en": "sheet"},
        "training-label-source": {"id": "Berkas", "en": "File"},
        "training-label-year": {"id": "Tahun", "en": "Year"},
        "training-label-minimum": {"id": "Batas minimal", "en": "Minimum"},
        "training-label-rows": {"id": "Baris", "en": "Rows"},
        "training-label-officials": {"id": "Hasil", "en": "Result"},
        "training-label-staff": {"id": "Daftar pegawai", "en": "Staff list"},
        "training-label-ignored": {"id": "Kolom tidak dipakai", "en": "Columns not used"},
        "training-label-dictionary": {"id": "Kamus", "en": "Dictionary"},
        "training-unit-jp": {"id": "JP", "en": "JP"},
        "training-unit-jam": {"id": "jam", "en": "hours"},
        "training-unit-menit": {"id": "menit", "en": "minutes"},
        "training-col-nip": {"id": "NIP", "en": "NIP"},
        "training-col-name": {"id": "Nama", "en": "Name"},
        "training-col-jp-total": {"id": "JP tercapai", "en": "JP attained"},
        "training-col-jp-required": {"id": "JP minimal", "en": "JP required"},
        "training-col-jp-shortfall": {"id": "Kurang JP", "en": "JP short"},
        "training-col-met": {"id": "Memenuhi", "en": "Met"},
        "training-col-activities": {"id": "Kegiatan", "en": "Activities"},
        "training-col-minutes": {"id": "Menit", "en": "Minutes"},
        "training-col-in-staff": {"id": "Di daftar pegawai", "en": "In staff list"},
        "training-col-row": {"id": "Baris", "en": "Row"},
        "training-col-title": {"id": "Kegiatan", "en": "Activity"},
        "training-col-start": {"id": "Tanggal mulai", "en": "Start date"},
        "training-col-end": {"id": "Tanggal selesai", "en": "End date"},
        "training-col-amount": {"id": "Durasi", "en": "Duration"},
        "training-col-unit": {"id": "Satuan", "en": "Unit"},
        "training-col-jp": {"id": "JP", "en": "JP"},
        "training-col-code": {"id": "Kode", "en": "Code"},
        "training-col-severity": {"id": "Jenis", "en": "Kind"},
        "training-col-column": {"id": "Kolom", "en": "Column"},
        "training-col-value": {"id": "Nilai", "en": "Value"},
        "training-col-message": {"id": "Pesan", "en": "Message"},
        "training-sheet-summary": {"id": "Ringkasan", "en": "Summary"},
        "training-sheet-results": {"id": "Pejabat", "en": "Officials"},
        "training-sheet-activities": {"id": "Kegiatan", "en": "Activities"},
        "training-sheet-issues": {"id": "Kesalahan dan peringatan", "en": "Errors and warnings"},
        "training-section-officials": {"id": "Pejabat", "en": "Officials"},
        "training-section-activities": {"id": "Kegiatan yang dihitung", "en": "Activities counted"},
        "training-section-issues": {"id": "Kesalahan dan peringatan", "en": "Errors and warnings"},
        "training-severity-error": {"id": "kesalahan", "en": "error"},
        "training-severity-warning": {"id": "peringatan", "en": "warning"},
        "training-html-limit": {
            "id": "Halaman ini menampilkan {shown} dari {total}; data lengkap ada di laporan CSV, XLSX atau JSON.",
            "en": "This page shows {shown} of {total}; the full data is in the CSV, XLSX or JSON report.",
        },
        "training-generated": {
            "id": "Dibuat dengan kamus-kompetensi {version}.",
            "en": "Made with kamus-kompetensi {version}.",
        },
        "training-summary": {
            "id": "tahun {year}: {read} baris dibaca, {counted} dihitung, {other} tahun lain, {rejected} ditolak; {officials} pejabat, {below} di bawah batas minimal; laporan: {target}",
            "en": "year {year}: {read} rows read, {counted} counted, {other} of other years, {rejected} rejected; {officials} officials, {below} below the minimum; report: {target}",
        },
    }
)


# --- page reports: letterhead, PDF, legend, one official (kamus_kompetensi.letterhead,
# kamus_kompetensi.report.html_report)
register(
    {
        "letterhead-invalid": {
            "id": "kop laporan tidak dapat dipakai ({count} masalah)",
            "en": "the letterhead cannot be used ({count} problem(s))",
        },
        "letterhead-not-mapping": {
            "id": "kop laporan harus berupa pemetaan kunci → nilai (agency, title, event, place, "
            "logo, signatories), bukan {found}",
            "en": "a letterhead must be a mapping of key → value (agency, title, event, place, "
            "logo, signatories), not {found}",
        },
        "letterhead-missing-agency": {
            "id": "kunci agency (nama instansi) wajib diisi",
            "en": "the key agency (the agency's name) is required",
        },
        "letterhead-unknown-key": {
            "id": 'kunci "{key}" tidak dikenal{suggestion}; kunci yang dikenal: {allowed}',
            "en": 'unknown key "{key}"{suggestion}; known keys: {allowed}',
        },
        "letterhead-not-text": {
            "id": "{key} harus berupa teks, bukan {found}",
            "en": "{key} must be text, not {found}",
        },
        "letterhead-not-list": {
            "id": '{key} harus berupa daftar (setiap butir diawali "- "), bukan {found}',
            "en": '{key} must be a list (each item starting with "- "), not {found}',
        },
        "letterhead-signatory-not-mapping": {
            "id": "setiap penanda tangan berupa pemetaan role, name, nip, bukan {found}",
            "en": "each signatory is a mapping of role, name, nip, not {found}",
        },
        "letterhead-missing-role": {
            "id": 'penanda tangan tanpa role (perannya, mis. "Ketua Tim Penilai")',
            "en": 'a signatory without a role (what they sign as, e.g. "Chair of the panel")',
        },
        "letterhead-invalid-nip": {
            "id": 'NIP penanda tangan "{nip}" tidak valid (18 digit: tanggal lahir, TMT, '
            "jenis kelamin 1/2, nomor urut)",
            "en": 'the signatory\'s NIP "{nip}" is not valid (18 digits: birth date, TMT, '
            "sex 1/2, sequence)",
        },
        "letterhead-logo-missing": {
            "id": 'berkas logo "{path}" tidak ada atau tidak dapat dibaca (jalur dibaca relatif '
            "terhadap folder berkas kop)",
            "en": 'the logo file "{path}" does not exist or cannot be read (the path is read '
            "relative to the letterhead file's folder)",
        },
        "letterhead-logo-not-image": {
            "id": 'berkas logo "{path}" bukan gambar PNG, JPEG, GIF, WebP, atau SVG',
            "en": 'the logo file "{path}" is not a PNG, JPEG, GIF, WebP or SVG image',
        },
        "letterhead-logo-too-large": {
            "id": 'berkas logo "{path}" berukuran {size} bita, melebihi batas {limit} bita; '
            "perkecil gambarnya",
            "en": 'the logo file "{path}" is {size} bytes, beyond the limit of {limit} bytes; '
            "make the picture smaller",
        },
        "letterhead-file": {
            "id": "berkas kop laporan (bukan kamus), diperiksa sebagai kop untuk --letterhead",
            "en": "a report letterhead (not a dictionary), checked as one for --letterhead",
        },
        "letterhead-kind-bool": {"id": "ya/tidak", "en": "yes/no"},
        "letterhead-kind-number": {"id": "angka", "en": "a number"},
        "letterhead-kind-list": {"id": "daftar", "en": "a list"},
        "letterhead-kind-mapping": {"id": "pemetaan", "en": "a mapping"},
        "letterhead-kind-empty": {"id": "kosong", "en": "empty"},
        "letterhead-kind-blank-text": {"id": "teks kosong", "en": "blank text"},
        "report-profile-title": {
            "id": "Profil kompetensi pejabat",
            "en": "Competency profile",
        },
        "report-single-source": {
            "id": "pemeriksaan satu pejabat",
            "en": "one official checked",
        },
        "report-page-of": {"id": "Halaman {page} dari {pages}", "en": "Page {page} of {pages}"},
        "report-printed-on": {"id": "Dicetak {date}", "en": "Printed {date}"},
        "report-months": {
            "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober "
            "November Desember",
            "en": "January February March April May June July August September October "
            "November December",
        },
        "report-legend-title": {
            "id": "Keterangan kategori dan standar",
            "en": "How to read the category and the standard",
        },
        "report-legend-formula": {
            "id": "Kebijakan {policy}. JPM (job person match) = jumlah level capaian ÷ jumlah "
            "level standar × 100, dibulatkan {places} angka di belakang koma; kategori "
            "ditentukan dari {jpm}.",
            "en": "Policy {policy}. JPM (job person match) = sum of attained levels ÷ sum of "
            "required levels × 100, rounded to {places} decimal places; the category is "
            "decided on {jpm}.",
        },
        "report-legend-jpm-rounded": {
            "id": "JPM yang tertulis",
            "en": "the JPM as shown",
        },
        "report-legend-jpm-exact": {
            "id": "JPM sebelum dibulatkan",
            "en": "the JPM before rounding",
        },
        "report-legend-weights": {
            "id": "Untuk sebagian jenjang, hasil kompetensi teknis dan manajerial–sosial "
            "kultural diberi bobot (lihat kebijakan di kamus).",
            "en": "For some position levels the technical and the managerial–socio-cultural "
            "results are weighted (see the policy in the dictionary).",
        },
        "report-legend-cap-competency": {
            "id": "Capaian di atas standar suatu kompetensi dihitung setinggi standarnya saja.",
            "en": "An attained level above a competency's requirement counts as the requirement.",
        },
        "report-legend-cap-total": {
            "id": "JPM dibatasi paling tinggi 100.",
            "en": "JPM is capped at 100.",
        },
        "report-legend-col-range": {"id": "Rentang JPM", "en": "JPM range"},
        "report-legend-col-short": {"id": "Singkatan", "en": "Short"},
        "report-legend-range-top": {"id": "JPM ≥ {min}", "en": "JPM ≥ {min}"},
        "report-legend-range": {"id": "{min} ≤ JPM < {below}", "en": "{min} ≤ JPM < {below}"},
        "report-legend-range-bottom": {"id": "JPM < {below}", "en": "JPM < {below}"},
        "report-legend-for-levels": {"id": "Untuk {levels}", "en": "For {levels}"},
        "report-legend-other-levels": {
            "id": "Jenjang jabatan lainnya",
            "en": "Other position levels",
        },
        "report-legend-source": {
            "id": "Sumber ambang: {source}",
            "en": "Source of the thresholds: {source}",
        },
        "report-legend-difference": {
            "id": "Kategori berbeda dengan \u201cMemenuhi standar\u201d. Kategori membandingkan "
            "JPM, yaitu seluruh capaian terhadap seluruh standar, dengan ambang di atas, "
            "sehingga capaian tinggi pada satu kompetensi dapat menutup kekurangan pada "
            "kompetensi lain. \u201cMemenuhi standar: ya\u201d berarti tidak satu pun "
            "kompetensi berada di bawah level standarnya. Pejabat dapat berkategori baik "
            "tetapi belum memenuhi standar; kompetensi yang kurang tercantum pada kebutuhan "
            "pengembangan.",
            "en": "The category is not the same as \u201cMeets the standard\u201d. The category "
            "compares the JPM, all attained levels against all required levels, with the "
            "thresholds above, so a high level in one competency can make up for a low one "
            "in another. \u201cMeets the standard: yes\u201d means that no competency is below "
            "its required level. An official can have a good category and still not meet "
            "the standard; the competencies below it are listed under development needs.",
        },
        "report-signatures": {"id": "Pengesahan", "en": "Signatures"},
        "report-validity-note": {
            "id": "Hasil penilaian kompetensi berlaku 3 tahun sejak tanggal asesmen "
            "(Peraturan BKN Nomor 26 Tahun 2019 Pasal 29 ayat (4)).",
            "en": "A competency assessment result is valid for 3 years from the assessment "
            "date (BKN Regulation 26/2019, Article 29(4)).",
        },
    }
)


# --- development plans and needs inventory (kamus_kompetensi.development, plan, needs)
register(
    {
        "leadership-training-unknown": {
            "id": 'pelatihan kepemimpinan "{value}" tidak dikenali; tulis mis. PKN Tingkat II, '
            "PKA, PKP, atau Diklatpim IV (beberapa dipisah koma atau titik koma)",
            "en": 'leadership training "{value}" is not recognised; write e.g. PKN Tingkat II, '
            "PKA, PKP or Diklatpim IV (several separated by commas or semicolons)",
        },
        "plan-target-unscorable": {
            "id": "tidak dapat direncanakan terhadap standar {target}",
            "en": "cannot be planned against the standard of {target}",
        },
        "plan-report-invalid": {
            "id": "laporan JSON tidak berbentuk laporan check yang lengkap ({detail}); buat "
            "ulang dengan: kamus-kompetensi check BERKAS -o laporan.json",
            "en": "the JSON report does not have the shape of a complete check report "
            "({detail}); make it again with: kamus-kompetensi check FILE -o report.json",
        },
        "plan-report-unreadable": {
            "id": "laporan {path} tidak dapat dibaca: {reason}",
            "en": "the report {path} cannot be read: {reason}",
        },
        "plan-policy-report": {
            "id": 'laporan diperiksa dengan kebijakan "{report}", bukan "{policy}"; hapus '
            "--policy atau periksa ulang berkas asesmennya",
            "en": 'the report was checked under the policy "{report}", not "{policy}"; drop '
            "--policy or check the assessment file again",
        },
        "plan-summary": {
            "id": "{read} baris dibaca, {officials} pejabat direncanakan, {needing} dengan "
            "kompetensi di bawah standar, {errors} baris ditolak{codes} → {target}",
            "en": "{read} rows read, {officials} officials planned, {needing} with competencies "
            "below standard, {errors} rows rejected{codes} → {target}",
        },
        "needs-summary": {
            "id": "{read} baris dibaca, {officials} pejabat dihitung, {needing} perlu "
            "pengembangan kompetensi atau pelatihan kepemimpinan, {errors} baris ditolak{codes} "
            "→ {target}",
            "en": "{read} rows read, {officials} officials counted, {needing} need competency "
            "development or leadership training, {errors} rows rejected{codes} → {target}",
        },
        "plan-title": {
            "id": "Rencana pengembangan kompetensi",
            "en": "Competency development plans",
        },
        "plan-sheet": {"id": "Rencana", "en": "Plans"},
        "findings-sheet": {"id": "Galat dan peringatan", "en": "Errors and warnings"},
        "plan-findings": {"id": "Galat dan peringatan", "en": "Errors and warnings"},
        "plan-severity-error": {"id": "galat", "en": "error"},
        "plan-severity-warning": {"id": "peringatan", "en": "warning"},
        "plan-severity-note": {"id": "catatan", "en": "note"},
        "plan-against": {"id": "Dibandingkan dengan", "en": "Planned against"},
        "plan-against-held": {
            "id": "standar jabatan yang diduduki",
            "en": "the standard of the position held",
        },
        "plan-against-target": {
            "id": "standar jabatan yang akan diduduki: {name} ({code})",
            "en": "the standard of the position to be held: {name} ({code})",
        },
        "plan-count-officials": {"id": "Pejabat", "en": "Officials"},
        "plan-count-with-items": {
            "id": "Pejabat dengan kompetensi di bawah standar",
            "en": "Officials below standard in some competency",
        },
        "plan-count-items": {"id": "Butir pengembangan", "en": "Development items"},
        "plan-count-leadership": {
            "id": "Pejabat yang perlu pelatihan kepemimpinan",
            "en": "Officials who need a leadership training",
        },
        "plan-count-not-planned": {
            "id": "Baris yang tidak dapat direncanakan",
            "en": "Rows that could not be planned",
        },
        "plan-col-standard": {"id": "Standar", "en": "Standard"},
        "plan-col-kind": {"id": "Jenis", "en": "Kind"},
        "plan-col-code": {"id": "Kode", "en": "Code"},
        "plan-col-what": {"id": "Kompetensi / pelatihan", "en": "Competency / training"},
        "plan-col-current": {"id": "Level saat ini", "en": "Current level"},
        "plan-col-target": {"id": "Level target", "en": "Target level"},
        "plan-col-levels": {"id": "Level yang dituju", "en": "Levels to reach"},
        "plan-col-indicators": {"id": "Indikator perilaku", "en": "Behavioural indicators"},
        "plan-col-activities": {"id": "Kegiatan yang disarankan", "en": "Suggested activities"},
        "plan-col-jp": {"id": "JP", "en": "JP"},
        "plan-col-severity": {"id": "Tingkat", "en": "Severity"},
        "plan-kind-competency": {"id": "kompetensi", "en": "competency"},
        "plan-kind-leadership": {"id": "pelatihan kepemimpinan", "en": "leadership training"},
        "plan-kind-none": {
            "id": "tidak ada kebutuhan (memenuhi standar)",
            "en": "no need (meets the standard)",
        },
        "plan-jp-value": {"id": "{jp} JP", "en": "{jp} JP"},
        "plan-path-klasikal": {"id": "klasikal", "en": "classroom"},
        "plan-path-nonklasikal": {"id": "nonklasikal", "en": "non-classroom"},
        "plan-path--": {"id": "lainnya", "en": "other"},
        "plan-types-only": {
            "id": "jenis kegiatan yang dapat dipilih (kamus tanpa katalog untuk kompetensi "
            "ini): {types}",
            "en": "activity types to choose from (no catalogue entry for this competency): {types}",
        },
        "plan-leadership-needed": {
            "id": "Pelatihan kepemimpinan yang belum tercatat: {name} ({code})",
            "en": "Leadership training not yet recorded: {name} ({code})",
        },
        "plan-no-items": {
            "id": "Tidak ada kompetensi di bawah standar.",
            "en": "No competency below standard.",
        },
        "plan-item-line": {
            "id": "{name} ({code}): {current} → {target} (selisih {gap})",
            "en": "{name} ({code}): {current} → {target} (gap {gap})",
        },
        "plan-indicators-of": {
            "id": "Indikator level {level}:",
            "en": "Indicators of level {level}:",
        },
        "plan-footer": {
            "id": "Dibuat dengan kamus-kompetensi {version}. Indikator dari kamus; kegiatan dari "
            "katalog instansi bila ada, selain itu hanya jenis kegiatan.",
            "en": "Made with kamus-kompetensi {version}. Indicators from the dictionary; "
            "activities from the agency catalogue when it has any, else activity types only.",
        },
        "needs-title": {
            "id": "Inventarisasi kebutuhan pengembangan kompetensi",
            "en": "Competency development needs inventory",
        },
        "needs-count-with-needs": {
            "id": "Pejabat yang perlu pengembangan",
            "en": "Officials who need development",
        },
        "needs-jp-total": {
            "id": "JP kegiatan katalog yang disarankan",
            "en": "JP of the suggested catalogue activities",
        },
        "needs-col-below": {"id": "Di bawah standar", "en": "Below standard"},
        "needs-col-assessed": {"id": "Dinilai", "en": "Assessed"},
        "needs-col-share": {"id": "% di bawah", "en": "% below"},
        "needs-col-no-catalogue": {
            "id": "Tanpa katalog (jenis saja)",
            "en": "No catalogue (types only)",
        },
        "needs-col-gap": {"id": "selisih ≤ {size}", "en": "gap ≤ {size}"},
        "needs-col-items": {"id": "Jumlah butir", "en": "Items"},
        "needs-col-officials": {"id": "Pejabat", "en": "Officials"},
        "needs-col-training": {"id": "Pelatihan kepemimpinan", "en": "Leadership training"},
        "needs-competency-title": {
            "id": "Per kompetensi",
            "en": "By competency",
        },
        "plan-types-list": {
            "id": "Jenis kegiatan pengembangan",
            "en": "Development activity types",
        },
        "plan-types-see-list": {
            "id": "pilih dari jenis kegiatan di bagian atas (katalog instansi tidak memuat "
            "kompetensi ini)",
            "en": "choose from the activity types listed at the top (the agency catalogue has "
            "nothing for this competency)",
        },
        "needs-sheet-competencies": {"id": "Kompetensi", "en": "Competencies"},
        "needs-gap-title": {
            "id": "Sebaran besar selisih (dibulatkan ke atas per setengah level)",
            "en": "Gap sizes (rounded up to half levels)",
        },
        "needs-sheet-gaps": {"id": "Besar selisih", "en": "Gap sizes"},
        "needs-unit-title": {
            "id": "Pejabat di bawah standar per unit kerja",
            "en": "Officials below standard by work unit",
        },
        "needs-unit-sheet": {"id": "Unit kerja", "en": "Work units"},
        "needs-level-title": {
            "id": "Pejabat di bawah standar per jenjang jabatan",
            "en": "Officials below standard by position level",
        },
        "needs-level-sheet": {"id": "Jenjang", "en": "Position levels"},
        "needs-leadership-title": {
            "id": "Pelatihan kepemimpinan yang masih diperlukan",
            "en": "Leadership trainings still needed",
        },
        "needs-leadership-sheet": {"id": "Pelatihan kepemimpinan", "en": "Leadership training"},
    }
)


# --- CSV and XLSX reports (kamus_kompetensi.report.table, csv_report, xlsx_report)
register(
    {
        "report-col-standard-code": {"id": "Kode standar", "en": "Standard code"},
        "report-col-assessed-on": {"id": "Tanggal asesmen", "en": "Assessment date"},
        "report-col-valid-until": {"id": "Berlaku sampai", "en": "Valid until"},
        "xlsx-needs-xlsxwriter": {
            "id": "laporan XLSX memerlukan pustaka XlsxWriter; pasang dengan: pip install XlsxWriter",
            "en": "the XLSX report needs the XlsxWriter library; install it with: pip install XlsxWriter",
        },
        "xlsx-logo-unreadable": {
            "id": 'logo "{path}" tidak dapat dipasang di laporan XLSX ({reason}); gunakan berkas PNG, JPEG, GIF atau BMP',
            "en": 'the logo "{path}" cannot be placed in the XLSX report ({reason}); use a PNG, JPEG, GIF or BMP file',
        },
        "xlsx-logo-not-image": {"id": "bukan gambar yang dikenali", "en": "not a recognised image"},
        "xlsx-too-many-rows": {
            "id": 'lembar "{sheet}" sudah penuh: XLSX memuat paling banyak {limit} baris; '
            "tulis laporan sebesar ini sebagai CSV atau JSON",
            "en": 'the sheet "{sheet}" is full: an XLSX sheet holds at most {limit} rows; '
            "write a report this large as CSV or JSON",
        },
        "xlsx-footer": {
            "id": "Laporan {date}, halaman &P dari &N",
            "en": "Report of {date}, page &P of &N",
        },
        "xlsx-report-date": {"id": "Tanggal laporan", "en": "Report date"},
        "xlsx-chart-bands": {"id": "Jumlah pejabat per kategori", "en": "Officials per category"},
        "xlsx-count": {"id": "Jumlah", "en": "Count"},
        "xlsx-profile": {"id": "Profil pejabat", "en": "Official's profile"},
        "xlsx-competencies": {"id": "Capaian per kompetensi", "en": "Level per competency"},
        "xlsx-signatory-nip": {"id": "NIP {nip}", "en": "NIP {nip}"},
    }
)

# What kind of entry a duplicate-code / redefined-entry finding is about.
register(
    {
        "entry-kind-competency": {"id": "kompetensi", "en": "competency"},
        "entry-kind-position-level": {"id": "jenjang jabatan", "en": "position level"},
        "entry-kind-position": {"id": "jabatan", "en": "position"},
        "entry-kind-policy": {"id": "kebijakan", "en": "policy"},
        "entry-kind-band": {"id": "kategori", "en": "category"},
        "entry-kind-leadership-training": {
            "id": "pelatihan kepemimpinan",
            "en": "leadership training",
        },
        "entry-kind-activity-type": {
            "id": "jenis kegiatan pengembangan",
            "en": "development activity type",
        },
        "entry-kind-potential-level": {"id": "tingkat potensial", "en": "potential level"},
        "entry-kind-performance-level": {"id": "tingkat kinerja", "en": "performance level"},
    }
)


# --- a saved one-official result where a batch report is expected
register(
    {
        "report-is-one-result": {
            "id": "berkas ini hasil satu pejabat (check --score … --format json), bukan laporan "
            "berkas; periksa berkas asesmen dengan check BERKAS --format json, atau berikan "
            "berkas asesmennya langsung",
            "en": "this file is one official's result (check --score … --format json), not a "
            "file report; check the assessment file with check FILE --format json, or give "
            "the assessment file itself",
        },
    }
)
