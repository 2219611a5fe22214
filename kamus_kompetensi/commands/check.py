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
import importlib
import sys
import textwrap
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from kamus_kompetensi.batch import BatchRun, iter_outcomes
from kamus_kompetensi.commands.base import (
    Command,
    SubParsers,
    dictionary_from,
    write_json,
)
from kamus_kompetensi.commands.output import refuse_overwriting_input, write_atomically
from kamus_kompetensi.dictionary import Dictionary
from kamus_kompetensi.errors import InputError
from kamus_kompetensi.i18n import message
from kamus_kompetensi.scoring import Assessment, AssessmentResult, check, scores_from_text

EXIT_OK, EXIT_BELOW, EXIT_USAGE = 0, 1, 2


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
    if args.format == "json":
        write_json(result.to_dict(), out)
    else:
        out.write(render_text(result, args.lang))
    return EXIT_BELOW if args.fail_below and not result.meets_standard else EXIT_OK


def _run_batch(args: argparse.Namespace, out: TextIO) -> int:
    """Check every row of FILE and write the report; see the module docstring."""
    _refuse_single_options(args)
    dictionary = dictionary_from(args)
    source = Path(args.paths)
    target = None if args.output in (None, "-") else Path(args.output)
    fmt = args.format or (_report_module().format_for_path(target) if target else "text")
    if target is not None:
        refuse_overwriting_input(target, source)
    elif fmt == "xlsx":
        raise InputError.from_code("format-needs-output", format=fmt)
    run = iter_outcomes(
        dictionary,
        source,
        policy=args.policy,
        sheet=args.sheet,
        fmt=args.input_format,
        mask_nip=args.mask_nip,
        progress=None if args.quiet or not sys.stderr.isatty() else _progress(args.lang),
    )

    def write(destination: TextIO | Path) -> None:
        render_report(run, fmt, destination, args.lang, args.mask_nip, dictionary)

    try:
        if target is None:
            write(out)
            out.flush()
        else:
            write_atomically(target, write)
    finally:
        run.close()
    if not args.quiet:
        clear = "\r\x1b[K" if run.progress is not None else ""
        print(f"{clear}kamus-kompetensi: {_summary_line(run, target, args.lang)}", file=sys.stderr)
    return EXIT_OK if run.summary.rows_rejected == 0 else EXIT_BELOW


def render_report(
    run: BatchRun,
    fmt: str,
    destination: TextIO | Path,
    lang: str,
    mask_nip: bool,
    dictionary: Dictionary,
) -> None:
    """The one call into the renderers (:mod:`kamus_kompetensi.report`)."""
    _report_module().render(
        run, fmt, destination, lang=lang, mask_nip=mask_nip, dictionary=dictionary
    )


def _report_module() -> Any:
    """``kamus_kompetensi.report`` once merged; until then a text/JSON stand-in."""
    try:
        return importlib.import_module("kamus_kompetensi.report")
    except ModuleNotFoundError as exc:
        if exc.name != "kamus_kompetensi.report":
            raise
        return importlib.import_module("kamus_kompetensi.commands.batch_fallback")


def _refuse_single_options(args: argparse.Namespace) -> None:
    given = [name for name in _SINGLE_ONLY if getattr(args, name) not in (None, False, [])]
    if given:
        options = ", ".join("--" + name.replace("_", "-") for name in given)
        raise InputError.from_code("batch-options-single", options=options)


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


# --- text rendering ------------------------------------------------------------------------
def _number(value: Decimal | int, lang: str) -> str:
    """Indonesian text writes decimals with a comma (82,64); English with a point."""
    text = str(value)
    return text.replace(".", ",") if lang == "id" else text


def _signed(value: Decimal, lang: str) -> str:
    return ("+" if value > 0 else "") + _number(value, lang)


def render_text(result: AssessmentResult, lang: str) -> str:
    """A readable report of one result: table, JPM, category and development needs."""

    def label(key: str) -> str:
        return message(key, lang)

    lines = _header(result, lang)
    width = max(30, *(len(c.name) for c in result.competencies))
    lines.append(
        f"{'':6} {label('label-competency'):{width}} {label('label-required'):>8} "
        f"{label('label-attained'):>8} {label('label-gap'):>8}  {label('label-meets')}"
    )
    for c in result.competencies:
        lines.append(
            f"{c.official_code or '-':6} {c.name:{width}} {c.required:>8} "
            f"{_number(c.attained, lang):>8} {_signed(c.gap, lang):>8}  "
            f"{label('label-yes') if c.meets else label('label-no')}"
        )
    lines.append(
        f"{'':6} {label('label-total'):{width}} {result.required_total:>8} "
        f"{_number(result.attained_total, lang):>8}"
    )
    lines += ["", *_summary(result, lang), "", *_development(result, lang)]
    return "\n".join(lines) + "\n"


def _header(result: AssessmentResult, lang: str) -> list[str]:
    policy = result.scorer.policy if result.scorer else None
    policy_name = (
        (policy.name_en if lang == "en" and policy.name_en else policy.name) if policy else ""
    )
    lines = [
        f"{message('label-standard', lang)}: {result.standard_name} ({result.standard_code})",
        f"{message('label-policy', lang)}: {policy_name} ({result.policy})",
    ]
    if result.nip or result.name:
        nip = f"NIP {result.nip}" if result.nip else ""
        who = f"{result.name} ({nip})" if result.name and nip else result.name or nip
        lines.append(f"{message('label-official', lang)}: {who}")
    if result.assessed_on:
        lines.append(
            f"{message('label-assessed-on', lang)}: {result.assessed_on.isoformat()}, "
            f"{message('label-valid-until', lang)} {_iso(result)}"
        )
    return [*lines, ""]


def _iso(result: AssessmentResult) -> str:
    return result.valid_until.isoformat() if result.valid_until else "-"


def _summary(result: AssessmentResult, lang: str) -> list[str]:
    band = result.band
    band_name = band.name_en if lang == "en" and band.name_en else band.name
    short = f" ({band.short})" if band.short else ""
    meets = message("label-yes" if result.meets_standard else "label-no", lang)
    lines = [
        f"{message('label-jpm', lang)}: {_number(result.jpm, lang)} %",
        f"{message('label-band', lang)}: {band_name}{short}",
        f"{message('label-meets-standard', lang)}: {meets}",
    ]
    if result.above_full_match:
        lines.append(message("label-above-100", lang))
    if result.capped:
        lines.append(message("label-capped", lang))
    return lines


def _development(result: AssessmentResult, lang: str) -> list[str]:
    lines = [f"{message('label-development', lang)}:"]
    if not result.development:
        return [*lines, f"  {message('label-none', lang)}"]
    for need in result.development:
        lines.append(
            f"  {need.official_code or '-'} {need.name}: "
            f"{_number(need.attained, lang)} → {need.required}"
        )
        for level in need.levels:
            lines.append(
                _wrap(f"{message('label-level', lang)} {level.level}: {level.description}", "    ")
            )
            lines += [_wrap(f"{i.code}  {i.text}", "      ") for i in level.indicators]
    return lines


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=88, initial_indent=indent, subsequent_indent=indent + "  ")


COMMAND = Command(_add, _run)
