"""``check``: check one official's scores against the standard of their position.

Parsing only: the arguments become one :class:`~kamus_kompetensi.scoring.Assessment` and
one :func:`~kamus_kompetensi.scoring.check` call; :func:`kamus_kompetensi.report.render`
writes the result in any report format (``-o FILE`` or ``--format``; the page formats show
the profile alone, with the ``--letterhead``). Exit 0 when the check ran (whatever the
result), 1 with ``--fail-below`` for an official below standard, 2 for unusable input.

With a FILE (CSV, XLSX, JSON, JSON Lines) it checks every row through
:func:`kamus_kompetensi.batch.iter_outcomes` and hands the stream to the renderers through
one seam, :func:`render_report`, counting the warnings and notes on the way. Exit 2 when
the input cannot be used; else 1 when some rows were rejected, or with ``--strict`` when
there are warnings (never for notes), or with ``--fail-below`` when a checked official is
below standard; else 0. stderr gets a progress counter (terminals only) and a closing
one-line summary with the warnings and notes per code; never a NIP or a name.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from kamus_kompetensi import report
from kamus_kompetensi.batch import BatchRun, iter_outcomes
from kamus_kompetensi.batch.outcomes import BatchSummary
from kamus_kompetensi.commands.base import (
    EXIT_FINDINGS,
    EXIT_OK,
    Command,
    SubParsers,
    dictionary_from,
    header_row_number,
    print_row_issue,
)
from kamus_kompetensi.commands.output import output_and_format, refuse_overwriting_input
from kamus_kompetensi.dictionary import Dictionary
from kamus_kompetensi.errors import InputError, Severity
from kamus_kompetensi.i18n import message
from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.letterhead import Letterhead, load_letterhead
from kamus_kompetensi.report.base import Outcome, Source
from kamus_kompetensi.report.summary import Findings
from kamus_kompetensi.scoring import Assessment, check, scores_from_text
from kamus_kompetensi.scoring.results import AssessmentResult
from kamus_kompetensi.tabular import FORMATS as INPUT_FORMATS
from kamus_kompetensi.terminal import for_terminal


def _add(sub: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "check",
        help="periksa hasil asesmen terhadap standar jabatan / check assessment scores",
        description="Bandingkan level capaian seorang pejabat dengan standar jabatannya: "
        "selisih per kompetensi, JPM, kategori, dan kebutuhan pengembangan. Keluar 0 bila "
        "pemeriksaan berjalan, 1 dengan --fail-below bila di bawah standar, 2 bila input "
        "tidak dapat dipakai. Dengan BERKAS: keluar 1 juga bila ada baris ditolak, atau "
        "dengan --strict bila ada peringatan.",
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
        help="keluar 1 bila di bawah standar (dengan BERKAS: bila ada pejabat di bawah "
        "standar) / exit 1 when below standard",
    )
    parser.add_argument(
        "--format",
        choices=REPORT_FORMATS,
        default=None,
        help="format keluaran / output format (default: text, atau dari akhiran -o)",
    )
    _batch_options(parser)
    return parser


REPORT_FORMATS = report.FORMATS
# Formats that cannot go to a terminal: written with -o only.
_FILE_ONLY = ("xlsx", "pdf")
_SINGLE_ONLY: tuple[str, ...] = ("echelon", "position_level", "position", "condition", "score")
_SINGLE_ONLY += ("assessed_on", "nip", "name")
_BATCH_ONLY: tuple[str, ...] = ("sheet", "input_format", "header_row")
_BATCH_ONLY += ("strict",)
# Reports without a place for rejected rows: the CLI lists those rows on stderr instead.
_NO_ERROR_SECTION = ("csv",)


def _batch_options(parser: argparse.ArgumentParser) -> None:
    written = parser.add_argument_group("laporan / report")
    written.add_argument(
        "-o",
        "--output",
        metavar="BERKAS",
        help="tulis laporan ke berkas; formatnya dari akhiran (.txt .csv .xlsx .json .html "
        ".pdf), - untuk stdout",
    )
    written.add_argument(
        "--letterhead",
        metavar="KOP.yaml",
        help="kop laporan (instansi, judul, kegiatan, tempat, logo, penanda tangan) untuk "
        "HTML/PDF; lihat data/contoh/kop-laporan-contoh.yaml",
    )
    written.add_argument("--mask-nip", action="store_true", help="samarkan NIP di semua keluaran")
    batch = parser.add_argument_group("berkas (batch) / file (batch)")
    batch.add_argument(
        "--sheet",
        help="lembar XLSX/XLS/ODS (nama atau nomor; default: lembar terlihat pertama)",
    )
    batch.add_argument(
        "--header-row",
        type=header_row_number,
        metavar="N",
        help="baris judul kolom (mulai 1); default: dicari di 30 baris pertama",
    )
    batch.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        help="format berkas masukan bila akhiran berkas tidak jelas",
    )
    batch.add_argument(
        "-q", "--quiet", action="store_true", help="tanpa progres dan ringkasan di stderr"
    )
    _exit_options(batch)


def _exit_options(batch: argparse._ArgumentGroup) -> None:
    batch.add_argument(
        "--strict",
        action="store_true",
        help="keluar 1 bila ada peringatan (catatan tidak) / exit 1 on any warning (not notes)",
    )


def _run(args: argparse.Namespace, out: TextIO) -> int:
    if args.paths is not None:
        return _run_batch(args, out)
    _refuse_options(args, _BATCH_ONLY, "single-options-batch")
    target, fmt = _target(args)
    letterhead = _letterhead(args)
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
    result = check(dictionary, assessment, policy=args.policy)
    render_report(result, fmt, out if target is None else target, args, dictionary, letterhead)
    return EXIT_FINDINGS if args.fail_below and not result.meets_standard else EXIT_OK


def _target(args: argparse.Namespace) -> tuple[Path | None, str]:
    """Where the report goes (``None``: stdout) and its format, checked before any work:
    a format that is no text (XLSX, PDF) needs a file, and PDF needs its extra."""
    target, fmt = output_and_format(
        args, format_for_path=report.format_for_path, file_only=_FILE_ONLY
    )
    if fmt == "pdf":
        from kamus_kompetensi.report.pdf import require_pdf

        require_pdf()
    return target, fmt


def _letterhead(args: argparse.Namespace) -> Letterhead | None:
    """The ``--letterhead`` file, read (and every problem in it reported) before the input."""
    return load_letterhead(args.letterhead, lang=args.lang) if args.letterhead else None


def _run_batch(args: argparse.Namespace, out: TextIO) -> int:
    """Check every row of FILE and write the report; see the module docstring."""
    _refuse_options(args, _SINGLE_ONLY, "batch-options-single")
    source = Path(args.paths)
    target, fmt = _target(args)
    if target is not None:
        refuse_overwriting_input(target, source)
    letterhead = _letterhead(args)
    dictionary = dictionary_from(args)
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
        header_row=args.header_row,
    )

    counted = _Counted(run)
    try:
        # report.render writes a path atomically (temp file + rename) by itself.
        destination = out if target is None else target
        render_report(counted, fmt, destination, args, dictionary, letterhead)
        if target is None:
            out.flush()
    finally:
        run.close()
    if not args.quiet:
        clear = "\r\x1b[K" if run.progress is not None else ""
        line = _summary_line(run, target, args.lang, counted.findings, args.fail_below)
        print(f"{clear}kamus-kompetensi: {for_terminal(line)}", file=sys.stderr)
    return _batch_exit(args, run.summary, counted.findings)


class _Counted:
    """The run as the renderers see it: the same stream, its warnings and notes counted
    on the way (for the stderr summary and ``--strict``)."""

    def __init__(self, run: BatchRun) -> None:
        self.run = run
        self.findings = Findings()

    @property
    def summary(self) -> BatchSummary:
        return self.run.summary

    def __iter__(self) -> Iterator[Outcome]:
        for item in self.run:
            self.findings.add_outcome(item)
            yield item


def _batch_exit(args: argparse.Namespace, summary: BatchSummary, findings: Findings) -> int:
    """1 for rejected rows, for warnings with ``--strict`` (notes never count), or for an
    official below standard with ``--fail-below``; else 0. (Unusable input has raised.)"""
    if summary.rows_rejected:
        return EXIT_FINDINGS
    if args.strict and findings.total("warning", summary.file_warnings):
        return EXIT_FINDINGS
    if args.fail_below and summary.meets_standard < summary.rows_checked:
        return EXIT_FINDINGS
    return EXIT_OK


def render_report(
    run: Source | AssessmentResult,
    fmt: str,
    destination: TextIO | Path,
    args: argparse.Namespace,
    dictionary: Dictionary,
    letterhead: Letterhead | None,
) -> None:
    """The one call into the renderers (:mod:`kamus_kompetensi.report`), for a batch run
    and for one official alike."""
    report.render(
        run,
        fmt,
        destination,
        lang=args.lang,
        mask_nip=args.mask_nip,
        dictionary=dictionary,
        letterhead=letterhead,
    )


def _refuse_options(args: argparse.Namespace, names: tuple[str, ...], code: str) -> None:
    """Options of the other mode are an error, not silently ignored (``-o`` with one
    official would otherwise write nothing and exit 0)."""
    given = [name for name in names if getattr(args, name) not in (None, False, [])]
    if given:
        options = ", ".join("--" + name.replace("_", "-") for name in given)
        raise InputError.from_code(code, options=options)


def _print_error(after_progress: bool) -> Callable[[RowIssue], None]:
    """Each rejected row on stderr (:func:`print_row_issue`), the progress counter wiped
    off the line first when there is one."""
    clear = "\r\x1b[K" if after_progress else ""
    return lambda issue: print_row_issue(issue, clear)


def _progress(lang: str) -> Callable[[int], None]:
    """A counter on one terminal line; cleared when the run ends."""

    def show(count: int) -> None:
        sys.stderr.write("\r" + message("batch-progress", lang, count=count))
        sys.stderr.flush()

    return show


def _summary_line(
    run: BatchRun, target: Path | None, lang: str, findings: Findings, fail_below: bool
) -> str:
    summary = run.summary
    blank = message("batch-blank", lang, count=summary.rows_blank) if summary.rows_blank else ""
    if run.header is not None and run.header.first_row != 1:  # say where the table starts
        header = run.header
        rows = (
            str(header.first_row)
            if header.first_row == header.last_row
            else f"{header.first_row}–{header.last_row}"
        )
        blank += message("batch-header-row", lang, rows=rows)
    where = str(target) if target is not None else message("batch-stdout", lang)
    return message(
        "batch-summary-findings",
        lang,
        read=summary.rows_read,
        checked=summary.rows_checked,
        rejected=summary.rows_rejected,
        blank=blank,
        findings=_findings_text(summary, findings, lang, fail_below),
        target=where,
    )


def _findings_text(summary: BatchSummary, findings: Findings, lang: str, fail_below: bool) -> str:
    """``; peringatan: 3 (duplicate-nip 2, invalid-nip 1); catatan: 1 (header-row 1)``: codes
    and counts only (a code never carries a NIP or a name); empty when there are none.
    With ``--fail-below``, how many checked officials are below standard."""
    parts = []
    kinds: tuple[tuple[Severity, str], ...] = (
        ("warning", "batch-warnings"),
        ("note", "batch-notes"),
    )
    for severity, key in kinds:
        counts = findings.counts(severity, summary.file_warnings)
        if counts:
            codes = ", ".join(f"{code} {count}" for code, count in counts)
            total = sum(count for _, count in counts)
            parts.append(message(key, lang, count=total, codes=codes))
    if fail_below:
        below = summary.rows_checked - summary.meets_standard
        parts.append(message("batch-below-standard", lang, count=below))
    return "".join(f"; {part}" for part in parts)


COMMAND = Command(_add, _run)
