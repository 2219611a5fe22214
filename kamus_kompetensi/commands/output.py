"""Writing files the safe way: atomically, and never over the file being read.

:func:`output_and_format` reads ``-o`` and ``--format`` the one way every reporting
command does, before any work. Files are written atomically
(:mod:`kamus_kompetensi.atomic`); a device or FIFO is written through, a folder is
refused, and a full disk is said in words (``disk-full``).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path

from kamus_kompetensi.atomic import atomic_path
from kamus_kompetensi.errors import InputError, Location
from kamus_kompetensi.files import NotRegularFileError, is_disk_full, os_reason


def same_file(one: Path, other: Path) -> bool:
    """Whether two paths name one file (symlinks, ``..`` and hard links included)."""
    try:
        if one.exists() and other.exists():
            return os.path.samefile(one, other)
    except OSError:
        pass
    return one.resolve() == other.resolve()


def refuse_overwriting_input(output: Path, source: Path) -> None:
    """Raise :class:`InputError` when ``output`` is the input file itself."""
    if same_file(output, source):
        raise InputError.from_code("output-is-input", Location(file=str(output)), path=str(output))


def output_and_format(
    args: argparse.Namespace,
    *inputs: Path,
    format_for_path: Callable[[Path], str],
    file_only: tuple[str, ...] = ("xlsx",),
) -> tuple[Path | None, str]:
    """Where the output goes (``None``: stdout, for no ``-o`` or ``-o -``) and its format
    (``--format``, else the output's extension, else text). A binary format needs a file
    (``format-needs-output``), and the file may be none of the ``inputs``
    (``output-is-input``): both said before any input is read."""
    target = None if args.output in (None, "-") else Path(args.output)
    fmt: str = args.format or (format_for_path(target) if target else "text")
    if target is None:
        if fmt in file_only:
            raise InputError.from_code("format-needs-output", format=fmt)
    else:
        for source in inputs:
            refuse_overwriting_input(target, source)
    return target, fmt


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write`` with a temporary path beside ``path``, then move it into place
    (:func:`kamus_kompetensi.atomic.atomic_path`); ``path`` is untouched on any error."""
    with atomic_path(path, private=False, on_error=_unwritable) as temporary:
        try:
            write(temporary)
        except OSError as exc:  # writing the temporary file: a full disk, a quota
            raise _unwritable(path, exc) from None


def _unwritable(path: Path, exc: OSError) -> Exception:
    code = "output-unwritable"
    if is_disk_full(exc):
        code = "disk-full"
    elif isinstance(exc, NotRegularFileError):
        code = "output-not-regular"
    return InputError.from_code(
        code, Location(file=str(path)), path=str(path), reason=os_reason(exc)
    )
