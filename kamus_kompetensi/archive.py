"""Checks on a workbook's zip archive before any reader inflates it.

An XLSX, XLSM or ODS workbook is a zip of XML parts. Two kinds of archive are refused
before python-calamine (or the formula diagnosis) reads them:

* **too large once inflated** (``workbook-too-large``): a part that inflates beyond
  :data:`MAX_PART_BYTES`, all parts together beyond :data:`MAX_TOTAL_BYTES`, or a large
  part that inflates more than :data:`MAX_RATIO` times (a "zip bomb": 1.5 MB of whitespace
  that becomes 1.5 GB). Real sheets inflate 5 to 20 times. The sizes are the ones the zip
  declares; both readers stop at a declared size, so a part cannot lie its way past it.
* **XML with a document type** (``workbook-dtd``): a ``<!DOCTYPE`` or ``<!ENTITY`` in a
  part's prolog. No spreadsheet program writes one; a reader that ignores entities would
  read their cells as empty, and one that expands them could be made to read local files
  or to explode in memory.

A file that is no zip at all is left to the reader, which says so (``input-unreadable``).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from kamus_kompetensi.errors import InputError, Location

MAX_PART_BYTES = 1 << 30
MAX_TOTAL_BYTES = 2 << 30
MAX_RATIO = 200
RATIO_FLOOR = 1 << 20
"""Parts smaller than this inflated are not held to :data:`MAX_RATIO`."""
PROLOG_BYTES = 64 * 1024
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_DOCTYPE = (b"<!DOCTYPE", b"<!ENTITY")


def check_archive(path: Path, name: str) -> None:
    """Raise :class:`InputError` when the workbook at ``path`` must not be read."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile, ValueError, EOFError):
        return  # not a zip (or unreadable): the workbook reader says what it is
    with archive:
        infos = archive.infolist()
        _check_sizes(infos, name)
        for info in infos:
            if info.filename.lower().endswith(_XML_SUFFIXES) and _has_doctype(archive, info):
                raise _error("workbook-dtd", name, member=info.filename)


def _check_sizes(infos: list[zipfile.ZipInfo], name: str) -> None:
    total = 0
    for info in infos:
        size, packed = info.file_size, max(info.compress_size, 1)
        total += size
        bomb = size > RATIO_FLOOR and size > MAX_RATIO * packed
        if size > MAX_PART_BYTES or total > MAX_TOTAL_BYTES or bomb:
            raise _error(
                "workbook-too-large",
                name,
                member=info.filename,
                size=size if size > MAX_PART_BYTES or bomb else total,
                packed=info.compress_size,
                limit=MAX_PART_BYTES,
                ratio=MAX_RATIO,
            )


def _has_doctype(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Whether the part's first bytes declare a document type (or entities)."""
    try:
        with archive.open(info) as stream:
            head = stream.read(PROLOG_BYTES)
    except Exception:  # damaged, encrypted, an unknown method: the reader will say so
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # XML may be UTF-16
        head = head.decode("utf-16", errors="replace").encode("utf-8", errors="replace")
    return any(marker in head for marker in _DOCTYPE)


def _error(code: str, name: str, **params: Any) -> InputError:
    error = InputError.from_code(code, Location(file=name), **params)
    assert isinstance(error, InputError)
    return error


__all__ = ["MAX_PART_BYTES", "MAX_RATIO", "MAX_TOTAL_BYTES", "check_archive"]
