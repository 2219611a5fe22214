"""Writing a file atomically: the whole new file, or the old one untouched.

Reports and templates are written to a temporary file in the target's own folder and moved
into place with :func:`os.replace` only when complete, so a crash, a full disk or a bad row
half-way never leaves a truncated file where a good one (or nothing) was before.

Permissions: a replaced file keeps its mode. A new file gets what ``open(path, "w")`` would
give (0o666 less the umask), except *private* files (reports, which hold names and NIPs),
which are readable by their owner only.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

ErrorFactory = Callable[[Path, OSError], Exception]


@contextlib.contextmanager
def atomic_path(path: Path, *, private: bool, on_error: ErrorFactory) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; move it over ``path`` when the block ends.

    If the block raises, the temporary file is removed and ``path`` is left as it was.
    Failing to create or to move the file raises ``on_error(path, exc)``.
    """
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise on_error(path, exc) from None
    os.close(handle)
    try:
        yield Path(temporary)
        os.chmod(temporary, _mode_for(path, private))
        try:
            os.replace(temporary, path)
        except OSError as exc:
            raise on_error(path, exc) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _mode_for(path: Path, private: bool) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        if private:
            return 0o600
        umask = os.umask(0)  # the only portable way to read it; the CLI is single-threaded
        os.umask(umask)
        return 0o666 & ~umask
