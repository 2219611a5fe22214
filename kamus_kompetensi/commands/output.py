"""Writing files the safe way: atomically, and never over the file being read.

A report or template is written to a temporary file in the target's own folder and moved
into place with :func:`os.replace`, so a crash, a full disk or a bad row half-way never
leaves a truncated report where a good one (or nothing) was before.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from kamus_kompetensi.errors import InputError, Location


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


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write`` with a temporary path beside ``path``, then move it into place.

    On any exception the temporary file is removed and ``path`` is left untouched.
    """
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError.from_code(
            "output-unwritable", Location(file=str(path)), path=str(path), reason=exc.strerror
        ) from None
    os.close(handle)
    try:
        write(Path(temporary))
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _mode_for(path: Path) -> int:
    """The mode a plain ``open(path, "w")`` would give: the old file's, else 0o666 less the
    umask (``mkstemp`` makes 0o600 files, which would surprise whoever shares the report)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)  # the only portable way to read it; the CLI is single-threaded
        os.umask(umask)
        return 0o666 & ~umask
