"""The ``kamus-kompetensi`` command: parses arguments, calls the library, maps exit codes.

It owns no logic the API lacks. Exit codes: 0 clean, 1 findings, 2 usage or unreadable
input (or an output that cannot be written), 128 + N when stopped by signal N (SIGINT,
SIGTERM, SIGHUP): the temporary report file is removed and an old report left as it was.
Output goes to stdout; diagnostics to stderr, never a Python traceback. Text is Indonesian
unless ``--lang en`` or ``KAMUS_LANG=en``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from types import FrameType
from typing import Any, TextIO

from kamus_kompetensi import commands
from kamus_kompetensi.commands.base import EXIT_OK, EXIT_USAGE
from kamus_kompetensi.errors import KamusError, Location
from kamus_kompetensi.i18n import language, message, resolve_lang

Handler = Callable[[argparse.Namespace, TextIO], int]
#: Signals that stop a run the way Ctrl-C does: every ``with`` block unwinds, so the
#: temporary report file is removed.
STOP_SIGNALS = ("SIGTERM", "SIGHUP")


class Stopped(BaseException):
    """A stop signal, raised where the program was (like :class:`KeyboardInterrupt`)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def stop_signals_unwind() -> Iterator[None]:
    """While the block runs, SIGTERM and SIGHUP raise :class:`Stopped`.

    A signal that was ignored when the program started (``nohup``) stays ignored. Once one
    has arrived, further ones are ignored, so a second SIGTERM cannot cut the clean-up
    short. Outside the main thread (signals cannot be handled there) nothing changes.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous: dict[int, Any] = {}

    def stop(signum: int, frame: FrameType | None) -> None:
        for number in previous:
            signal.signal(number, signal.SIG_IGN)
        raise Stopped(signum)

    for name in STOP_SIGNALS:
        number = getattr(signal, name, None)
        if number is None or signal.getsignal(number) == signal.SIG_IGN:
            continue
        previous[number] = signal.signal(number, stop)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with a short message (its default) but never prints Python."""

    def error(self, message_text: str) -> Any:  # pragma: no cover - argparse exits
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {message_text}\n")


def _common(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    # On sub-commands the default is SUPPRESS, so "--lang en" given before the command
    # name is not overwritten by the sub-parser's default.
    parser.add_argument(
        "--lang",
        choices=("id", "en"),
        default=None if top else argparse.SUPPRESS,
        help="bahasa keluaran / output language (default: id, or $KAMUS_LANG)",
    )


def _dictionary_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-d",
        "--dictionary",
        default=None,
        metavar="FILE",
        help="berkas kamus (default: kamus nasional bawaan)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (also used by the docs)."""
    parser = _Parser(
        prog="kamus-kompetensi",
        description="Kamus kompetensi ASN (Permenpan RB 38/2017): validasi kamus, "
        "standar jabatan, dan pemeriksaan hasil asesmen.",
    )
    _common(parser, top=True)
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=_Parser)
    for register in commands.REGISTRY:
        command_parser = register.add(sub)
        _common(command_parser)
        if register.uses_dictionary:
            _dictionary_option(command_parser)
        command_parser.set_defaults(handler=register.run)
    return parser


def _version() -> str:
    from kamus_kompetensi.version import library_version

    return library_version()


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    out = stdout or sys.stdout
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "lang", None) is None:
        args.lang = resolve_lang(None)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(out)
        return EXIT_USAGE
    try:
        with stop_signals_unwind(), language(args.lang):
            return handler(args, out)
    except KamusError as exc:
        _report_error(exc, args, out)
        return EXIT_USAGE
    except Stopped as exc:
        name = signal.Signals(exc.signum).name
        text = message("terminated-by-signal", args.lang, signal=name)
        print(f"kamus-kompetensi: {text} [terminated-by-signal]", file=sys.stderr)
        return 128 + exc.signum
    except KeyboardInterrupt:  # pragma: no cover - interactive
        print(message("interrupted", args.lang), file=sys.stderr)
        return 128 + signal.SIGINT
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return EXIT_OK
    except OSError as exc:  # a file the library did not expect to fail: said, not dumped
        with language(args.lang):
            _report_error(_os_error(exc), args, out)
        return EXIT_USAGE


def _os_error(exc: OSError) -> KamusError:
    """An unexpected :class:`OSError` as a located error in the user's words."""
    from kamus_kompetensi.files import is_disk_full, os_reason

    where = str(exc.filename) if exc.filename is not None else ""
    reason = os_reason(exc)
    if is_disk_full(exc):
        return KamusError(
            message("disk-full", path=where or "-", reason=reason),
            code="disk-full",
            location=Location(file=where or None),
        )
    return KamusError(
        message("os-error", reason=reason), code="os-error", location=Location(file=where or None)
    )


def _report_error(exc: KamusError, args: argparse.Namespace, out: TextIO) -> None:
    if getattr(args, "format", "text") == "json":
        from kamus_kompetensi.errors import ProblemsError

        problems = [p.as_dict() for p in exc.problems] if isinstance(exc, ProblemsError) else []
        payload = {"error": {"code": exc.code, "message": str(exc.args[0]), "problems": problems}}
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")
    print(f"kamus-kompetensi: {_located(exc)}", file=sys.stderr)


def _located(exc: KamusError) -> str:
    """The message with its file in front (a batch error must say which file is unusable)
    and its stable code at the end, as every finding is printed; errors that list their
    problems already locate and code each of them, one per line.

    Input text in a message (a cell value, a header, a file name) cannot act on the
    terminal: control characters and escape sequences are removed
    (:func:`~kamus_kompetensi.terminal.for_terminal`), and one message stays one line.
    """
    from kamus_kompetensi.errors import ProblemsError
    from kamus_kompetensi.terminal import for_terminal

    if isinstance(exc, ProblemsError):
        lines = [str(exc.args[0]), *(f"  {p}" for p in exc.problems)]
        return "\n".join(for_terminal(line) for line in lines)
    text = for_terminal(str(exc))
    where = for_terminal(str(exc.location))
    located = f"{where}: {text}" if where and where not in text else text
    return f"{located} [{exc.code}]"


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
