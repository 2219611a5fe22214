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
        "label-assessed-on": {"id": "Tanggal penilaian", "en": "Assessed on"},
        "label-valid-until": {"id": "berlaku sampai", "en": "valid until"},
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
            "id": "baris ditolak: {count} sel terisi di luar kolom judul, jadi nilai mungkin "
            "bergeser kolom (koma desimal tanpa tanda kutip di CSV berpemisah koma?). "
            "Pakai pemisah titik koma atau beri tanda kutip pada nilai",
            "en": "row rejected: {count} filled cell(s) beyond the header columns, so values "
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
            "id": "baris ditolak: satu sel memuat {detail} baris berkas beserta pemisah kolom; "
            'kemungkinan tanda kutip (") tidak ditutup sehingga baris-baris berikutnya ikut '
            "tertelan ke sel ini. Perbaiki tanda kutipnya lalu periksa ulang",
            "en": "row rejected: one cell holds {detail} lines of the file and column "
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
            "id": "Dicetak &D, halaman &P dari &N",
            "en": "Printed &D, page &P of &N",
        },
        "xlsx-report-date": {"id": "Tanggal laporan", "en": "Report date"},
        "xlsx-chart-bands": {"id": "Jumlah pejabat per kategori", "en": "Officials per category"},
        "xlsx-count": {"id": "Jumlah", "en": "Count"},
        "xlsx-profile": {"id": "Profil pejabat", "en": "Official's profile"},
        "xlsx-competencies": {"id": "Capaian per kompetensi", "en": "Level per competency"},
        "xlsx-signatory-nip": {"id": "NIP {nip}", "en": "NIP {nip}"},
    }
)
