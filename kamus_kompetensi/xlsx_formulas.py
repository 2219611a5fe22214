"""Finding formulas that a workbook never calculated.

A spreadsheet program stores each formula with the value it last calculated, and that value
is what reading the workbook gives (openpyxl's ``data_only``). A workbook written by
another program (an HR system's export, a script using openpyxl) often holds formulas with
no stored value: they read as empty, and the batch would then report a "missing score" the
user can plainly see on screen. This module finds such cells so the report can say why.

It reads the sheet's XML straight from the zip, streaming, and looks closer only at the
parts that hold a formula (``<f``), so a workbook without formulas costs one fast scan.
It is a diagnosis, never a reason to stop: anything unexpected gives "none found".

It is bounded: the workbook's small XML parts are parsed with DTDs and entities refused
(:mod:`defusedxml`), the scan keeps at most :data:`MAX_CELL_BYTES` of an unfinished cell
(so one 300 MB cell or a gigabyte of whitespace is one linear pass, not a quadratic one),
and it stops after :data:`MAX_SCAN_BYTES` or :data:`MAX_SECONDS`, saying what it found so
far is incomplete.
"""

from __future__ import annotations

import posixpath
import re
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import Element

from defusedxml import ElementTree  # type: ignore[import-untyped]

_CHUNK = 1 << 20
MAX_CELL_BYTES = 1 << 20
"""An unfinished cell longer than this is dropped (a formula is at most 8,192 characters)."""
MAX_SCAN_BYTES = 1 << 30
MAX_SECONDS = 20.0
MAX_PART_BYTES = 16 << 20
"""``workbook.xml`` and its relationships are a few kilobytes; larger ones are not parsed."""
# Tags may carry a namespace prefix (<x:c>, written by the .NET Open XML SDK).
_CELL_END = re.compile(rb"</(?:\w+:)?c>")
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_VALUE = re.compile(rb"<(?:\w+:)?v>[^<]")  # a stored value that is not empty
_REFERENCE = re.compile(rb'\br="([A-Z]{1,3}[0-9]+)"')
EXAMPLES = 3


@dataclass(frozen=True)
class Uncalculated:
    """How many formula cells of a sheet have no stored value, and the first few of them.

    ``complete`` is false when the scan stopped at a bound: ``count`` is then a lower bound.
    """

    count: int = 0
    cells: tuple[str, ...] = ()
    complete: bool = True


def uncalculated_formulas(path: Path, sheet_title: str) -> Uncalculated:
    """The formulas without a stored value in the sheet called ``sheet_title``.

    Never raises and never hangs: a damaged or hostile workbook gives "none found".
    """
    try:
        with zipfile.ZipFile(path) as archive:
            member = _sheet_member(archive, sheet_title)
            if member is None:
                return Uncalculated()
            with archive.open(member) as stream:
                return _scan(stream)
    except Exception:  # best effort: whatever the damage, the run goes on without the note
        return Uncalculated()


def _parse(archive: zipfile.ZipFile, name: str) -> Element:
    """A small XML part, parsed with DTDs and entities refused."""
    if archive.getinfo(name).file_size > MAX_PART_BYTES:
        raise ValueError(f"{name} is too large to be a workbook's index")
    root: Element = ElementTree.fromstring(archive.read(name), forbid_dtd=True)
    return root


def _sheet_member(archive: zipfile.ZipFile, title: str) -> str | None:
    """The zip member holding the sheet: workbook.xml names it, its relationships place it."""
    workbook = _parse(archive, "xl/workbook.xml")
    relation = None
    for element in workbook.iter():
        if element.tag.endswith("}sheet") and element.get("name") == title:
            relation = next((v for k, v in element.attrib.items() if k.endswith("}id")), None)
    if relation is None:
        return None
    relations = _parse(archive, "xl/_rels/workbook.xml.rels")
    for item in relations:
        if item.get("Id") == relation:
            target = item.get("Target", "")
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join("xl", target))
    return None


def _scan(stream: IO[bytes]) -> Uncalculated:
    count = 0
    examples: list[str] = []
    rest = b""
    scanned, deadline = 0, time.monotonic() + MAX_SECONDS
    while block := stream.read(_CHUNK):
        scanned += len(block)
        if scanned > MAX_SCAN_BYTES or time.monotonic() > deadline:
            return Uncalculated(count, tuple(examples), complete=False)
        data = rest + block
        end = data.rfind(b"c>")
        if end < 0:  # no cell ends here: keep a bounded tail, in case one ends in the next
            rest = data[-MAX_CELL_BYTES:] if len(data) > MAX_CELL_BYTES else data
            continue
        data, rest = data[: end + 2], data[end + 2 :]  # whole cells only
        if len(rest) > MAX_CELL_BYTES:
            rest = rest[-MAX_CELL_BYTES:]
        if b"f" not in data or not _FORMULA.search(data):
            continue
        for cell in _CELL_END.split(data):
            if _FORMULA.search(cell) and not _VALUE.search(cell):
                count += 1
                if len(examples) < EXAMPLES:
                    found = _REFERENCE.findall(cell)
                    examples.append(found[-1].decode() if found else "?")
    return Uncalculated(count, tuple(examples))


__all__ = [
    "EXAMPLES",
    "MAX_CELL_BYTES",
    "MAX_SCAN_BYTES",
    "MAX_SECONDS",
    "Uncalculated",
    "uncalculated_formulas",
]
