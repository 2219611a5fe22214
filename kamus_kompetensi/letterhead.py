"""The letterhead and signature block of a printed report, and the YAML file they come from.

A selection committee signs what it prints: the agency's name and logo on the first page,
the report's title and the assessment event, the place and date, and the officials who sign
at the end. Page formats (HTML, PDF) and the XLSX summary sheet show it; CSV, JSON and
text have no page and accept it without showing it.

Every field is optional except :attr:`Letterhead.agency`. :func:`load_letterhead` reads one
from a YAML file with the project's safe, located reader and reports every problem at its
line and column; :func:`logo_data_uri` turns the logo into a ``data:`` URI so a report
stays one self-contained file. This module knows nothing of dictionaries or reports.
"""

from __future__ import annotations

import base64
import difflib
import os
import re
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from kamus_kompetensi.errors import InputError, Location, Problem, ProblemsError
from kamus_kompetensi.i18n import message
from kamus_kompetensi.nip import is_valid_nip, mask_nip
from kamus_kompetensi.yaml_source import DataPath, YamlDocument, read_yaml

#: A logo is a small picture on the first page; anything larger is a mistake (a scan of a
#: whole page), and it would be copied into every report.
LOGO_MAX_BYTES = 1024 * 1024

LETTERHEAD_KEYS = ("agency", "title", "event", "place", "logo", "signatories")
SIGNATORY_KEYS = ("role", "name", "nip")
#: The note ``validate`` gives a letterhead file it meets in a folder of dictionaries.
LETTERHEAD_FILE_NOTE = "letterhead-file"


class Signatory(NamedTuple):
    """One person who signs the report (a role such as "Ketua Tim Penilai", a name, a NIP)."""

    role: str
    name: str | None = None
    nip: str | None = None


class Letterhead(NamedTuple):
    """What a report's first page and signature block say about who issued it."""

    agency: str
    title: str | None = None
    event: str | None = None
    place: str | None = None
    logo: Path | None = None
    signatories: tuple[Signatory, ...] = ()


class LetterheadError(ProblemsError, ValueError):
    """A letterhead file cannot be used; ``.problems`` lists every finding with its place."""

    def __init__(self, problems: list[Problem], *, lang: str | None = None) -> None:
        super().__init__(
            message("letterhead-invalid", lang, count=len(problems)),
            problems,
            code="letterhead-invalid",
        )


def load_letterhead(path: str | os.PathLike[str], *, lang: str | None = None) -> Letterhead:
    """The letterhead in the YAML file ``path``; :class:`LetterheadError` lists every
    problem (file, line, column, data path and code) when it cannot be used.

    ``logo`` is read relative to the YAML file's folder, so the file and its logo travel
    together.
    """
    letterhead, problems = check_letterhead(path, lang=lang)
    if letterhead is None:
        raise LetterheadError(problems, lang=lang)
    return letterhead


def check_letterhead(
    path: str | os.PathLike[str], *, lang: str | None = None
) -> tuple[Letterhead | None, list[Problem]]:
    """The letterhead (``None`` when there are errors) and every problem found."""
    file = Path(path)
    document, problems = read_yaml(file, lang=lang)
    if document is None or problems:
        return None, problems
    return _Reader(document, file.parent, lang).letterhead()


def is_letterhead_text(raw: bytes) -> bool:
    """Whether YAML text looks like a letterhead rather than a dictionary: a top-level
    ``agency`` key and neither ``dictionary`` nor ``extends``. Cheap (no parsing), so a
    folder walk can sort files before validating each as what it is."""
    keys = set(re.findall(rb"^([a-z_]+)[ \t]*:", raw, flags=re.MULTILINE))
    return b"agency" in keys and not keys & {b"dictionary", b"extends"}


def logo_data_uri(path: Path, *, lang: str | None = None) -> str:
    """The logo as a ``data:`` URI (PNG, JPEG, GIF, WebP or SVG), or :class:`InputError`
    ``letterhead-logo-missing`` / ``letterhead-logo-not-image`` / ``letterhead-logo-too-large``."""
    where = Location(file=str(path))
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise IsADirectoryError(str(path))
        if info.st_size > LOGO_MAX_BYTES:
            raise InputError.from_code(
                "letterhead-logo-too-large",
                where,
                lang=lang,
                path=str(path),
                size=info.st_size,
                limit=LOGO_MAX_BYTES,
            )
        raw = path.read_bytes()[: LOGO_MAX_BYTES + 1]
    except OSError:
        raise InputError.from_code(
            "letterhead-logo-missing", where, lang=lang, path=str(path)
        ) from None
    kind = image_type(raw)
    if kind is None:
        raise InputError.from_code("letterhead-logo-not-image", where, lang=lang, path=str(path))
    return f"data:{kind};base64,{base64.b64encode(raw).decode('ascii')}"


def image_type(raw: bytes) -> str | None:
    """The media type of an image by its first bytes (``None`` when it is no image we
    show): extensions lie, signatures do not."""
    if raw.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if raw.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if raw.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if raw[:4] == b"RIFF" and raw[8:12] == b"WEBP":
        return "image/webp"
    head = raw[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<") and re.search(rb"<svg[\s>]", head):
        return "image/svg+xml"
    return None


class _Reader:
    """Turns the parsed YAML into a :class:`Letterhead`, collecting every problem."""

    def __init__(self, document: YamlDocument, folder: Path, lang: str | None) -> None:
        self.doc = document
        self.folder = folder
        self.lang = lang
        self.problems: list[Problem] = []

    def problem(self, code: str, path: DataPath, /, *, value: bool = False, **params: Any) -> None:
        where = self.doc.locate_value(path) if value else self.doc.locate(path)
        self.problems.append(Problem.make(code, where, lang=self.lang, **params))

    def letterhead(self) -> tuple[Letterhead | None, list[Problem]]:
        data = self.doc.data
        if not isinstance(data, Mapping):
            self.problem("letterhead-not-mapping", (), found=_kind(data, self.lang))
            return None, self.problems
        self.unknown_keys(data, (), LETTERHEAD_KEYS)
        agency = self.text(data, ("agency",))
        if "agency" not in data:
            self.problem("letterhead-missing-agency", ())
        logo = self.logo(data)
        result = Letterhead(
            agency=agency or "",
            title=self.text(data, ("title",)),
            event=self.text(data, ("event",)),
            place=self.text(data, ("place",)),
            logo=logo,
            signatories=self.signatories(data),
        )
        self.problems.sort(key=lambda p: (p.location.line or 0, p.location.column or 0))
        return (None if self.problems else result), self.problems

    def unknown_keys(self, data: Mapping[str, Any], path: DataPath, known: tuple[str, ...]) -> None:
        for key in data:
            if key not in known:
                close = difflib.get_close_matches(key.strip().lower(), known, n=1, cutoff=0.6)
                hint = message("did-you-mean", self.lang, name=close[0]) if close else ""
                self.problem(
                    "letterhead-unknown-key",
                    (*path, key),
                    key=key,
                    allowed=", ".join(known),
                    suggestion=hint,
                )

    def text(self, data: Mapping[str, Any], path: DataPath) -> str | None:
        """A text field: absent or null is ``None``; anything but non-blank text is a problem."""
        key = str(path[-1])
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.problem(
                "letterhead-not-text", path, value=True, key=key, found=_kind(value, self.lang)
            )
            return None
        return " ".join(value.split())

    def logo(self, data: Mapping[str, Any]) -> Path | None:
        name = self.text(data, ("logo",))
        if name is None:
            return None
        path = self.folder / name
        try:
            logo_data_uri(path, lang=self.lang)
        except InputError as exc:  # the message names the path as written in the file
            where = self.doc.locate_value(("logo",))
            size = _size(path)
            self.problems.append(
                Problem.make(
                    exc.code, where, lang=self.lang, path=name, size=size, limit=LOGO_MAX_BYTES
                )
            )
            return None
        return path

    def signatories(self, data: Mapping[str, Any]) -> tuple[Signatory, ...]:
        items = data.get("signatories")
        if items is None:
            return ()
        if not isinstance(items, list):
            self.problem(
                "letterhead-not-list",
                ("signatories",),
                value=True,
                key="signatories",
                found=_kind(items, self.lang),
            )
            return ()
        found = []
        for index, item in enumerate(items):
            signatory = self.signatory(item, ("signatories", index))
            if signatory is not None:
                found.append(signatory)
        return tuple(found)

    def signatory(self, item: object, path: DataPath) -> Signatory | None:
        if not isinstance(item, Mapping):
            self.problem("letterhead-signatory-not-mapping", path, found=_kind(item, self.lang))
            return None
        self.unknown_keys(item, path, SIGNATORY_KEYS)
        role = self.text(item, (*path, "role"))
        if "role" not in item:
            self.problem("letterhead-missing-role", path)
        nip = item.get("nip")
        if isinstance(nip, int) and not isinstance(nip, bool):
            nip = str(nip)  # YAML reads an unquoted NIP as an integer: exact, so keep it
        shown_nip = self.text({"nip": nip}, (*path, "nip"))
        if shown_nip is not None and not is_valid_nip(shown_nip):
            self.problem(
                "letterhead-invalid-nip", (*path, "nip"), value=True, nip=mask_nip(shown_nip)
            )
        name = self.text(item, (*path, "name"))
        return Signatory(role or "", name, shown_nip) if role else None


def _kind(value: object, lang: str | None) -> str:
    """What a wrong value is, in words (``angka``, ``daftar``, …)."""
    if isinstance(value, bool):
        key = "letterhead-kind-bool"
    elif isinstance(value, (int, float)):
        key = "letterhead-kind-number"
    elif isinstance(value, list):
        key = "letterhead-kind-list"
    elif isinstance(value, Mapping):
        key = "letterhead-kind-mapping"
    elif value is None:
        key = "letterhead-kind-empty"
    else:
        key = "letterhead-kind-blank-text"
    return message(key, lang)


def _size(path: Path) -> int | str:
    try:
        return path.stat().st_size
    except OSError:
        return ""


__all__ = [
    "LETTERHEAD_FILE_NOTE",
    "Letterhead",
    "LetterheadError",
    "Signatory",
    "check_letterhead",
    "image_type",
    "is_letterhead_text",
    "load_letterhead",
    "logo_data_uri",
]
