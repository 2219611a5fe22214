"""``validate``: check dictionary files and folders, listing every problem with its place."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TextIO

from kamus_kompetensi.commands.base import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    Command,
    SubParsers,
    format_option,
    write_json,
)
from kamus_kompetensi.errors import Problem
from kamus_kompetensi.i18n import message
from kamus_kompetensi.loader import validate_paths


def _add(sub: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "validate",
        help="validasi berkas kamus YAML / validate dictionary files",
        description="Validasi berkas kamus (dan folder berisi *.yaml). Keluar 0 bila bersih, "
        "1 bila ada temuan, 2 bila berkas tidak dapat dibaca. Peringatan dan catatan tidak "
        "mengubah kode keluar, kecuali peringatan dengan --strict.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="peringatan (mis. teks pengganti berkas awal) juga membuat kode keluar 1",
    )
    parser.add_argument(
        "--allow-outside",
        action="store_true",
        help="izinkan extends ke berkas di luar folder berkas",
    )
    format_option(parser)
    return parser


def _run(args: argparse.Namespace, out: TextIO) -> int:
    missing = [p for p in args.paths if not os.path.exists(p)]
    results = validate_paths(
        [p for p in args.paths if p not in missing],
        lang=args.lang,
        allow_outside=args.allow_outside,
    )
    if args.format == "json":
        write_json(
            {
                "files": [
                    {
                        "file": name,
                        "valid": not _errors(problems),
                        "problems": [p.as_dict() for p in problems],
                    }
                    for name, problems in results.items()
                ],
                "missing": missing,
            },
            out,
        )
    else:
        for name, problems in results.items():
            for problem in problems:
                out.write(f"{problem}\n")
            if not _errors(problems):
                out.write(message("validate-ok", args.lang, file=name) + "\n")
    for path in missing:
        print(f"{path}: {message('file-not-found', args.lang)}", file=sys.stderr)
    counted = _findings if args.strict else _errors
    findings = sum(len(counted(p)) for p in results.values())
    files_bad = sum(1 for p in results.values() if counted(p))
    warnings = sum(len(_warnings(p)) for p in results.values())
    summary = message(
        "validate-summary", args.lang, files=len(results), bad=files_bad, problems=findings
    )
    if warnings:
        strict = message("validate-strict-note", args.lang) if args.strict else ""
        summary += message("validate-summary-warnings", args.lang, warnings=warnings, strict=strict)
    print(summary, file=sys.stderr)
    if missing or not results:
        return EXIT_USAGE
    unreadable = any(p.code.startswith("file-") for ps in results.values() for p in ps)
    if unreadable:
        return EXIT_USAGE
    return EXIT_FINDINGS if findings else EXIT_OK


def _errors(problems: list[Problem]) -> list[Problem]:
    """The problems that make a file invalid (notes and warnings do not)."""
    return [p for p in problems if p.severity == "error"]


def _warnings(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "warning"]


def _findings(problems: list[Problem]) -> list[Problem]:
    """What ``--strict`` counts: errors and warnings (notes never)."""
    return [p for p in problems if p.severity != "note"]


COMMAND = Command(_add, _run, uses_dictionary=False)
