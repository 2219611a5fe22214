"""What kind of file a path is, and operating-system errors in the user's words.

Input tables are read only from regular files: a FIFO would block the run until someone
writes to it, and a device such as ``/dev/zero`` never ends (its size says 0). Reports are
written to regular files (atomically), or through to a character device or a FIFO
(``/dev/null``, ``/dev/stdout``, a named pipe), never by replacing the device node.

This module decides and describes; it opens nothing.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from kamus_kompetensi.i18n import message

#: ``st_mode`` file types, by the message key naming them.
_KINDS = (
    (stat.S_ISDIR, "kind-directory"),
    (stat.S_ISFIFO, "kind-fifo"),
    (stat.S_ISCHR, "kind-char-device"),
    (stat.S_ISBLK, "kind-block-device"),
    (stat.S_ISSOCK, "kind-socket"),
)

#: Errors that mean "no room": the disk or the user's quota is full.
DISK_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})

_REASONS = {
    errno.ENOSPC: "os-error-disk-full",
    getattr(errno, "EDQUOT", errno.ENOSPC): "os-error-quota",
    errno.EACCES: "os-error-permission",
    errno.EPERM: "os-error-permission",
    errno.EROFS: "os-error-read-only",
    errno.ENOENT: "os-error-not-found",
    errno.ENOTDIR: "os-error-not-found",
    errno.EISDIR: "os-error-is-directory",
    errno.EFBIG: "os-error-too-big",
    errno.EIO: "os-error-io",
}


class NotRegularFileError(OSError):
    """A path that names something other than a regular file where one is needed."""

    def __init__(self, path: str | os.PathLike[str], mode: int) -> None:
        super().__init__(errno.EINVAL, message(kind_key(mode)), str(path))
        self.mode = mode


class NoReaderError(OSError):
    """Nobody opened a FIFO for reading in time, so nothing can be written to it."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(errno.ENXIO, os.strerror(errno.ENXIO), str(path))


def kind_key(mode: int) -> str:
    """The message key naming the file type of ``mode`` (an ``st_mode``).

    >>> kind_key(stat.S_IFIFO | 0o600), kind_key(stat.S_IFREG | 0o644)
    ('kind-fifo', 'kind-regular')
    """
    if stat.S_ISREG(mode):
        return "kind-regular"
    return next((key for test, key in _KINDS if test(mode)), "kind-other")


def kind_name(mode: int, lang: str | None = None) -> str:
    """The file type of ``mode`` in words: ``FIFO (pipa bernama)``, ``perangkat karakter``."""
    return message(kind_key(mode), lang)


def is_disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` says the disk (or the quota) is full."""
    return isinstance(exc, OSError) and exc.errno in DISK_FULL


def os_reason(exc: OSError, lang: str | None = None) -> str:
    """Why an operation failed, in the user's language: ``disk penuh``, ``izin ditolak``…

    Errors without a translation keep the system's text (``strerror``), else their type.

    >>> os_reason(OSError(errno.ENOSPC, "No space left on device"), "id")
    'disk penuh (tidak ada ruang tersisa)'
    """
    if isinstance(exc, NotRegularFileError):
        return message("os-error-not-regular", lang, kind=kind_name(exc.mode, lang))
    if isinstance(exc, NoReaderError):
        return message("os-error-no-reader", lang)
    key = _REASONS.get(exc.errno) if exc.errno is not None else None
    if key is not None:
        return message(key, lang)
    return exc.strerror or type(exc).__name__


def regular_file_mode(path: Path) -> int:
    """``st_mode`` of ``path`` (symlinks followed) when it is a regular file.

    Raises :class:`FileNotFoundError` (or another :class:`OSError`) when it cannot be
    examined and :class:`NotRegularFileError` when it is a FIFO, device, folder or socket.
    """
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        raise NotRegularFileError(path, mode)
    return mode


__all__ = [
    "DISK_FULL",
    "NoReaderError",
    "NotRegularFileError",
    "is_disk_full",
    "kind_key",
    "kind_name",
    "os_reason",
    "regular_file_mode",
]
