"""Writing a file atomically: the whole new file, or the old one untouched.

Reports and templates are written to a temporary file in the target's own folder and moved
into place with :func:`os.replace` only when complete, so a crash, a full disk or a bad row
half-way never leaves a truncated file where a good one (or nothing) was before.

Only regular files are replaced. A character device (``/dev/null``) or a FIFO is written
*through*, in place, and a name for a file descriptor (``/dev/stdout``, ``/dev/fd/3``,
``/proc/self/fd/3``) too, whatever it points at: replacing it would turn the device node
into a plain file, or cut a shell's ``>> log`` short. A symbolic link to a regular file
stays a link: the file it points to is replaced. A folder, a block device or a socket is
refused (:class:`~kamus_kompetensi.files.NotRegularFileError`).

Permissions: a replaced file keeps its mode. A new file gets what ``open(path, "w")`` would
give (0o666 less the umask), except *private* files (reports, which hold names and NIPs),
which are readable by their owner only.

Every :class:`OSError` (no folder, no permission, a full disk) is handed to the caller's
``on_error(path, exc)``, which turns it into the error the user sees, naming the path the
user gave.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal

from kamus_kompetensi.files import NoReaderError, NotRegularFileError

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

ErrorFactory = Callable[[Path, OSError], Exception]
Disposition = Literal["replace", "through", "refuse"]

#: How long a report waits for a program to open a FIFO for reading before giving up.
FIFO_WAIT = 10.0
_BUFFER = 1 << 16
# Names of an open file descriptor: written through whatever they point at.
_DESCRIPTOR = re.compile(
    r"/dev/(?:stdin|stdout|stderr|fd/\d+)|/proc/(?:self|thread-self|\d+)(?:/task/\d+)?/fd/\d+"
)
_write_fd = os.write  # the one place bytes leave; a test may put a failing writer here


def disposition(mode: int | None) -> Disposition:
    """How output reaches a path whose ``st_mode`` is ``mode`` (``None``: it does not exist).

    >>> disposition(None), disposition(stat.S_IFREG | 0o644)
    ('replace', 'replace')
    >>> disposition(stat.S_IFCHR | 0o666), disposition(stat.S_IFIFO | 0o600)
    ('through', 'through')
    >>> disposition(stat.S_IFDIR | 0o755), disposition(stat.S_IFBLK | 0o660)
    ('refuse', 'refuse')
    """
    if mode is None or stat.S_ISREG(mode):
        return "replace"
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return "through"
    return "refuse"


def names_descriptor(path: Path) -> bool:
    """Whether ``path``, or a symbolic link on the way to its target, names an open file
    descriptor (``/dev/stdout``, ``/dev/fd/1``, ``/proc/self/fd/1``)."""
    current = os.path.abspath(path)
    for _ in range(40):  # the kernel's own limit on links followed
        if _DESCRIPTOR.fullmatch(current):
            return True
        try:
            link = os.readlink(current)
        except OSError:
            return False
        current = os.path.normpath(os.path.join(os.path.dirname(current), link))
    return False


def output_target(path: Path) -> tuple[Disposition, Path, int | None]:
    """How to write ``path``, where, and its ``st_mode`` (``None`` when it does not exist).

    A file to replace is named by its real path, so a symbolic link stays in place and the
    file it points to is replaced. Raises :class:`OSError` when ``path`` cannot be examined.
    """
    try:
        mode: int | None = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and names_descriptor(path):
        return ("through" if stat.S_ISREG(mode) else disposition(mode)), path, mode
    how = disposition(mode)
    if how == "replace" and os.path.islink(path):
        return how, Path(os.path.realpath(path)), mode
    return how, path, mode


@contextlib.contextmanager
def atomic_path(path: Path, *, private: bool, on_error: ErrorFactory) -> Iterator[Path]:
    """Yield a temporary path; when the block ends, its content goes to ``path``.

    A regular file (or a new one) is replaced by moving the temporary file over it. A
    device or FIFO gets the content written through once it is complete (the temporary
    file then lives in the system's temporary folder, readable by its owner only). If the
    block raises, the temporary file is removed and ``path`` is left as it was. Failing to
    create, write or move the file raises ``on_error(path, exc)``.
    """
    how, where = _target_or_error(path, on_error)
    if how == "replace":
        with _replaced(where, path, private=private, on_error=on_error) as temporary:
            yield temporary
        return
    handle, name = _mkstemp(path, None, on_error)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        with temporary.open("rb") as source, _through(where, path, on_error) as sink:
            shutil.copyfileobj(source, sink, _BUFFER)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


@contextlib.contextmanager
def open_output(
    path: Path, *, private: bool, on_error: ErrorFactory, defer_errors: bool = False
) -> Iterator[IO[bytes]]:
    """A buffered binary handle whose bytes end up in ``path``, as :func:`atomic_path`
    decides, but streamed: a device or FIFO is written as the bytes come.

    Any failure to write (a full disk) raises ``on_error(path, exc)`` from the write that
    met it, or, with ``defer_errors``, when the block ends (later writes are dropped); a
    regular file is then left as it was and the temporary file removed.
    """
    how, where = _target_or_error(path, on_error)
    if how == "through":
        with _through(where, path, on_error, defer=defer_errors) as handle:
            yield handle
        return
    with _replaced(where, path, private=private, on_error=on_error) as temporary:
        try:
            fd = os.open(temporary, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0))
        except OSError as exc:
            raise on_error(path, exc) from None
        with _writer(fd, path, on_error, regular=True, defer=defer_errors) as handle:
            yield handle


def _target_or_error(path: Path, on_error: ErrorFactory) -> tuple[Disposition, Path]:
    try:
        how, where, mode = output_target(path)
    except OSError as exc:
        raise on_error(path, exc) from None
    if how == "refuse":
        assert mode is not None
        raise on_error(path, NotRegularFileError(path, mode))
    return how, where


def _mkstemp(shown: Path, folder: Path | None, on_error: ErrorFactory) -> tuple[int, str]:
    name = shown.name or "output"
    try:
        return tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise on_error(shown, exc) from None


@contextlib.contextmanager
def _replaced(path: Path, shown: Path, *, private: bool, on_error: ErrorFactory) -> Iterator[Path]:
    """A temporary file beside ``path``, moved over it when the block ends without error."""
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = _mkstemp(path, folder, on_error)
    os.close(handle)
    try:
        yield Path(temporary)
        try:
            os.chmod(temporary, _mode_for(path, private))
            os.replace(temporary, path)
        except OSError as exc:
            raise on_error(shown, exc) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


@contextlib.contextmanager
def _through(
    path: Path, shown: Path, on_error: ErrorFactory, *, defer: bool = False
) -> Iterator[IO[bytes]]:
    """Write into an existing device, FIFO or descriptor name without replacing it."""
    try:
        fd = _open_through(path)
    except OSError as exc:
        raise on_error(shown, exc) from None
    with _writer(fd, shown, on_error, regular=False, defer=defer) as handle:
        yield handle


def _open_through(path: Path) -> int:
    """A descriptor open for writing on ``path``, never created and never truncated.

    A FIFO is opened without blocking, so a FIFO that nobody reads is an error after
    :data:`FIFO_WAIT` seconds rather than a run that hangs.
    """
    flags = os.O_WRONLY | os.O_APPEND | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    nonblock = getattr(os, "O_NONBLOCK", 0)
    deadline = time.monotonic() + FIFO_WAIT
    while True:
        try:
            fd = os.open(path, flags | nonblock)
            break
        except OSError as exc:
            if exc.errno != errno.ENXIO or not stat.S_ISFIFO(os.stat(path).st_mode):
                raise
            if time.monotonic() >= deadline:
                raise NoReaderError(path) from None
            time.sleep(0.05)
    try:
        mode = os.fstat(fd).st_mode
        if disposition(mode) != "through" and not (stat.S_ISREG(mode) and names_descriptor(path)):
            raise NotRegularFileError(path, mode)  # replaced since it was examined
        if nonblock:
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


class _Sink(io.RawIOBase):
    """A file descriptor whose write errors become the caller's error (``on_error``).

    After a failed write, later writes are dropped: the error is on its way up, and the
    buffers flushed while it travels must not fail again (or block on a full pipe). With
    ``defer``, the error waits until the writer is done (:meth:`raise_failure`): a writer
    such as :mod:`zipfile` that is interrupted half-way leaves an object that fails again
    when it is collected.
    """

    def __init__(
        self, fd: int, shown: Path, on_error: ErrorFactory, *, seekable: bool, defer: bool
    ) -> None:
        super().__init__()
        self._fd, self._shown, self._on_error, self._seekable = fd, shown, on_error, seekable
        self._defer = defer
        self.dropping = False
        self.failure: OSError | None = None

    def fileno(self) -> int:
        return self._fd

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self._seekable

    def write(self, data: ReadableBuffer, /) -> int:
        if self.dropping:
            return len(memoryview(data))
        try:
            return _write_fd(self._fd, data)
        except OSError as exc:
            self.dropping, self.failure = True, exc
            if self._defer:
                return len(memoryview(data))
            raise self._on_error(self._shown, exc) from None

    def raise_failure(self) -> None:
        """Raise the error of a write that failed (deferred), if one did."""
        if self.failure is not None:
            raise self._on_error(self._shown, self.failure) from None

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        if not self._seekable:
            raise io.UnsupportedOperation("seek")
        return os.lseek(self._fd, offset, whence)

    def tell(self) -> int:
        return self.seek(0, os.SEEK_CUR)

    def truncate(self, size: int | None = None) -> int:
        if not self._seekable:
            raise io.UnsupportedOperation("truncate")
        size = self.tell() if size is None else size
        os.ftruncate(self._fd, size)
        return size

    def sync(self) -> None:
        try:
            os.fsync(self._fd)
        except OSError as exc:
            raise self._on_error(self._shown, exc) from None

    def close(self) -> None:
        if self.closed:
            return
        super().close()
        try:
            os.close(self._fd)
        except OSError as exc:  # a network file system may report a full disk only here
            if not self.dropping:
                raise self._on_error(self._shown, exc) from None


@contextlib.contextmanager
def _writer(
    fd: int, shown: Path, on_error: ErrorFactory, *, regular: bool, defer: bool
) -> Iterator[IO[bytes]]:
    sink = _Sink(fd, shown, on_error, seekable=regular, defer=defer)
    handle = io.BufferedWriter(sink, _BUFFER)
    try:
        yield handle
        if not handle.closed:
            handle.flush()
        sink.raise_failure()
        if regular:
            sink.sync()
    except BaseException:
        sink.dropping = True
        raise
    finally:
        handle.close()
        sink.close()


def _mode_for(path: Path, private: bool) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        if private:
            return 0o600
        umask = os.umask(0)  # the only portable way to read it; the CLI is single-threaded
        os.umask(umask)
        return 0o666 & ~umask


__all__ = [
    "FIFO_WAIT",
    "Disposition",
    "ErrorFactory",
    "atomic_path",
    "disposition",
    "names_descriptor",
    "open_output",
    "output_target",
]
