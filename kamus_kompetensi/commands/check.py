"""``check``: check one official's scores against the standard of their position.

Parsing only: the arguments become one :class:`~kamus_kompetensi.scoring.Assessment` and
one :func:`~kamus_kompetensi.scoring.check` call; rendering reads the result object.
Exit 0 when the check ran (whatever the result), 1 with ``--fail-below`` for an official
below standard, 2 for unusable input.

With a FILE (CSV, XLSX, JSON, JSON Lines) it checks every row through
:func:`kamus_kompetensi.batch.iter_outcomes` and hands the stream to the renderers through
one seam, :func:`render_report`. Exit 0 when every row was checked, 1 when some rows were
rejected, 2 when the input cannot be used. stderr gets a progress counter (terminals only)
and a closing one-line summary; never a NIP or a name.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from kamus_kompetensi import report
from kamus_kompetensi.batch import BatchRun, iter_outcomes
from kamus_kompetensi.batch.outcomes import is_nip_issue
from kamus_kompetensi.commands.base import (
    EXIT_FINDINGS,
    EXIT_OK,
    Command,
    SubParsers,
    dictionary_from,
    write_json,
)
from kamus_kompetensi.commands.output import refuse_overwriting_input
from kamus_kompetensi.dictionary import Dictionary
from kamus_kompetensi.errors import InputError
from kamus_kompetensi.i18n import message
from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.nip import mask_nip
from kamus_kompetensi.report.official import render_text
from kamus_kompetensi.scoring import Assessment, check, scores_from_text


def _add(sub: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "check",
        help="periksa hasil asesmen terhadap standar jabatan / check assessment scores",
        description="Bandingkan level capaian seorang pejabat dengan standar jabatannya: "
        "selisih per kompetensi, JPM, kategori, dan kebutuhan pengembangan. Keluar 0 bila "
        "pemeriksaan berjalan, 1 dengan --fail-below bila di bawah standar, 2 bila input "
        "tidak dapat dipakai.",
    )
    parser.add_argument(
        "paths",
        nargs="?",
        metavar="FILE",
        help="berkas hasil asesmen (CSV, XLSX, JSON, JSONL), satu baris per pejabat",
    )
    target = parser.add_argument_group("standar (pilih satu) / standard (choose one)")
    target.add_argument("--echelon", help="eselon, mis. II.a")
    target.add_argument("--position-level", help="jenjang jabatan, mis. jpt_pratama")
    target.add_argument("--position", help="kode jabatan di kamus instansi")
    target.add_argument("--condition", help="kondisi padanan eselon, mis. kepala_lpnk")
    parser.add_argument(
        "--score",
        action="append",
        default=[],
        metavar="KOMPETENSI=NILAI",
        help="level capaian, boleh pecahan dengan koma atau titik (integritas=3,5); ulangi",
    )
    parser.add_argument(
        "--policy", default="pemetaan", help="kebijakan kategori: pemetaan (default) | seleksi"
    )
    parser.add_argument("--assessed-on", metavar="YYYY-MM-DD", help="tanggal penilaian")
    parser.add_argument("--nip", help="NIP pejabat (18 digit)")
    parser.add_argument("--name", help="nama pejabat")
    parser.add_argument(
        "--fail-below",
        action="store_true",
        help="keluar 1 bila ada kompetensi di bawah standar",
    )
    parser.add_argument(
        "--format",
        choices=REPORT_FORMATS,
        default=None,
        help="format keluaran / output format (default: text, atau dari akhiran -o)",
    )
    _batch_options(parser)
    return parser


REPORT_FORMATS = ("text", "csv", "xlsx", "json", "html")
_SINGLE_ONLY: tuple[str, ...] = ("echelon", "position_level", "position", "condition", "score")
_SINGLE_ONLY += ("assessed_on", "nip", "name", "fail_below")
_BATCH_ONLY: tuple[str, ...] = ("output", "sheet", "input_format")
# Reports without a place for rejected rows: the CLI lists those rows on stderr instead.
_NO_ERROR_SECTION = ("csv",)


def _batch_options(parser: argparse.ArgumentParser) -> None:
    batch = parser.add_argument_group("berkas (batch) / file (batch)")
    batch.add_argument(
        "-o", "--output", metavar="BERKAS", help="tulis laporan ke berkas (- untuk stdout)"
    )
    batch.add_argument("--sheet", help="lembar XLSX (nama atau nomor; default: lembar pertama)")
    batch.add_argument(
        "--input-format",
        choices=("csv", "xlsx", "json", "jsonl"),
        help="format berkas masukan bila akhiran berkas tidak jelas",
    )
    batch.add_argument("--mask-nip", action="store_true", help="samarkan NIP di semua keluaran")
    batch.add_argument(
        "-q", "--quiet", action="store_true", help="tanpa progres dan ringkasan di stderr"
    )


def _run(args: argparse.Namespace, out: TextIO) -> int:
    if args.paths is not None:
        return _run_batch(args, out)
    _refuse_options(args, _BATCH_ONLY, "single-options-batch")
    dictionary = dictionary_from(args)
    assessment = Assessment(
        scores=scores_from_text(args.score),
        echelon=args.echelon,
        position_level=args.position_level,
        position=args.position,
        condition=args.condition,
        nip=args.nip,
        name=args.name,
        assessed_on=args.assessed_on,
    )
    if args.format not in (None, "text", "json"):
        raise InputError.from_code("format-unavailable", format=args.format, allowed="text, json")
    result = check(dictionary, assessment, policy=args.policy)
    if args.mask_nip and result.nip:
        result = result._replace(nip=mask_nip(result.nip))
    if args.format == "json":
        write_json(result.to_dict(), out)
    else:
        out.write(render_text(result, args.lang, dictionary))
    return EXIT_FINDINGS if args.fail_below and not result.meets_standard else EXIT_OK


def _run_batch(args: argparse.Namespace, out: TextIO) -> int:
    """Check every row of FILE and write the report; see the module docstring."""
    _refuse_options(args, _SINGLE_ONLY, "batch-options-single")
    dictionary = dictionary_from(args)
    source = Path(args.paths)
    target = None if args.output in (None, "-") else Path(args.output)
    fmt = args.format or (report.format_for_path(target) if target else "text")
    if target is not None:
        refuse_overwriting_input(target, source)
    elif fmt == "xlsx":
        raise InputError.from_code("format-needs-output", format=fmt)
    progress = None if args.quiet or not sys.stderr.isatty() else _progress(args.lang)
    run = iter_outcomes(
        dictionary,
        source,
        policy=args.policy,
        sheet=args.sheet,
        fmt=args.input_format,
        mask_nip=args.mask_nip,
        progress=progress,
        on_error=_print_error(progress is not None) if fmt in _NO_ERROR_SECTION else None,
    )

    try:
        # report.render writes a path atomically (temp file + rename) by itself.
        destination = out if target is None else target
        render_report(run, fmt, destination, args.lang, args.mask_nip, dictionary)
        if target is None:
            out.flush()
    finally:
        run.close()
    if not args.quiet:
        clear = "\r\x1b[K" if run.progress is not None else ""
        print(f"{clear}kamus-kompetensi: {_summary_line(run, target, args.lang)}", file=sys.stderr)
    return EXIT_OK if run.summary.rows_rejected == 0 else EXIT_FINDINGS


def render_report(
    run: BatchRun,
    fmt: str,
    destination: TextIO | Path,
    lang: str,
    mask_nip: bool,
    dictionary: Dictionary,
) -> None:
    """The one call into the renderers (:mod:`kamus_kompetensi.report`)."""
    report.render(run, fmt, destination, lang=lang, mask_nip=mask_nip, dictionary=dictionary)


def _refuse_options(args: argparse.Namespace, names: tuple[str, ...], code: str) -> None:
    """Options of the other mode are an error, not silently ignored (``-o`` with one
    official would otherwise write nothing and exit 0)."""
    given = [name for name in names if getattr(args, name) not in (None, False, [])]
    if given:
        options = ", ".join("--" + name.replace("_", "-") for name in given)
        raise InputError.from_code(code, options=options)


def _print_error(after_progress: bool) -> Callable[[RowIssue], None]:
    """Each rejected row on its own stderr line, for reports that have no section for
    them (CSV), so no row is lost from sight. A NIP value is always masked here: stderr
    often ends up in logs."""
    clear = "\r\x1b[K" if after_progress else ""

    def show(issue: RowIssue) -> None:
        if issue.value is not None and is_nip_issue(issue):
            issue = issue._replace(value=mask_nip(issue.value))
        sys.stderr.write(f"{clear}kamus-kompetensi: {issue}\n")

    return show


def _progress(lang: str) -> Callable[[int], None]:
    """A counter on one terminal line; cleared when the run ends."""

    def show(count: int) -> None:
        sys.stderr.write("\r" + message("batch-progress", lang, count=count))
        sys.stderr.flush()

    return show


def _summary_line(run: BatchRun, target: Path | None, lang: str) -> str:
    summary = run.summary
    blank = message("batch-blank", lang, count=summary.rows_blank) if summary.rows_blank else ""
    where = str(target) if target is not None else message("batch-stdout", lang)
    return message(
        "batch-summary",
        lang,
        read=summary.rows_read,
        checked=summary.rows_checked,
        rejected=summary.rows_rejected,
        blank=blank,
        target=where,
    )


COMMAND = Command(_add, _run)
