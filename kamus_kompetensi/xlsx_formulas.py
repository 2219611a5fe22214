"""Finding formulas that a workbook never calculated.

A spreadsheet program stores each formula with the value it last calculated, and that value
is what reading the workbook gives (openpyxl's ``data_only``). A workbook written by
another program (an HR system's export, a script using openpyxl) often holds formulas with
no stored value: they read as empty, and the batch would then report a "missing score" the
user can plainly see on screen. This module finds such cells so the report can say why.

It reads the sheet's XML straight from the zip, streaming, and looks closer only at the
parts that hold a formula (``<f``), so a workbook without formulas costs one fast scan.
It is a diagnosis, never a reason to stop: anything unexpected gives "none found".
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from xml.etree import ElementTree

_CHUNK = 1 << 20
# Tags may carry a namespace prefix (<x:c>, written by the .NET Open XML SDK).
_CELL_END = re.compile(rb"</(?:\w+:)?c>")
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_VALUE = re.compile(rb"<(?:\w+:)?v>[^<]")  # a stored value that is not empty
_REFERENCE = re.compile(rb'\br="([A-Z]{1,3}[0-9]+)"')
EXAMPLES = 3


@dataclass(frozen=True)
class Uncalculated:
    """How many formula cells of a sheet have no stored value, and the first few of them."""

    count: int = 0
    cells: tuple[str, ...] = ()


def uncalculated_formulas(path: Path, sheet_title: str) -> Uncalculated:
    """The formulas without a stored value in the sheet called ``sheet_title``."""
    try:
        with zipfile.ZipFile(path) as archive:
            member = _sheet_member(archive, sheet_title)
            if member is None:
                return Uncalculated()
            with archive.open(member) as stream:
                return _scan(stream)
    except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        return Uncalculated()


def _sheet_member(archive: zipfile.ZipFile, title: str) -> str | None:
    """The zip member holding the sheet: workbook.xml names it, its relationships place it."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    relation = None
    for element in workbook.iter():
        if element.tag.endswith("}sheet") and element.get("name") == title:
            relation = next((v for k, v in element.attrib.items() if k.endswith("}id")), None)
    if relation is None:
        return None
    relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
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
    while block := stream.read(_CHUNK):
        data = rest + block
        end = data.rfind(b"c>") + 2  # after the last closing cell tag: whole cells only
        data, rest = data[:end], data[end:]
        if b"f" not in data or not _FORMULA.search(data):
            continue
        for cell in _CELL_END.split(data):
            if _FORMULA.search(cell) and not _VALUE.search(cell):
                count += 1
                if len(examples) < EXAMPLES:
                    found = _REFERENCE.findall(cell)
                    examples.append(found[-1].decode() if found else "?")
    return Uncalculated(count, tuple(examples))


__all__ = ["EXAMPLES", "Uncalculated", "uncalculated_formulas"]
