"""Plain text for terminals: a table of officials in input order, then the summary.

Streamed: each official (or rejected row, with its error) is one line as it arrives, and
the summary, which is final only after the last row, comes at the end where a terminal
user sees it without scrolling. Memory stays flat whatever the number of rows.

The summary lists the warnings and notes right after its overview: the file's by their
message, the rows' per code with how many rows and the first few row numbers. A checked
row's warnings are not repeated in the table: its line stays one line.

Input text is cleaned of control characters (an escape sequence in a name must not drive
the terminal) and neutralised against formula injection, since terminal output is often
pasted into a spreadsheet. Long names are shortened to keep the columns aligned.

One official checked on their own (``RenderOptions.one_official``) is written as the
``check`` command prints them (:mod:`kamus_kompetensi.report.official`): their table,
JPM, category, dates and development needs, without a batch summary.
"""

from __future__ import annotations

from typing import IO

from kamus_kompetensi.batch.outcomes import OfficialResult
from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.report import official
from kamus_kompetensi.report.base import (
    Output,
    RenderOptions,
    Source,
    issue_value,
    iter_outcomes,
    one_official,
    text_output,
)
from kamus_kompetensi.report.cells import decimal_text, safe_text
from kamus_kompetensi.report.summary import Findings, Section, findings_sections, summary_sections

_WIDTHS = (6, 18, 28, 16, 8, 24, 9, 15, 14, 6)


def _fit(text: str, width: int) -> str:
    """``text`` padded or shortened (with …) to ``width`` characters."""
    flat = " ".join(text.split())
    return flat.ljust(width) if len(flat) <= width else flat[: width - 1] + "…"


def _line(cells: list[str], last: str) -> str:
    head = " ".join(
        _fit(cell, width) if i else cell.rjust(width)
        for i, (cell, width) in enumerate(zip(cells, _WIDTHS, strict=True))
    )
    return f"{head} {last}".rstrip() + "\n"


def _official(item: OfficialResult, options: RenderOptions) -> str:
    result = item.result
    needs = [options.official_code(code) for code in result.below_standard]
    cells = [
        str(item.row),
        safe_text(item.shown_nip(options.mask_nip)) or "-",
        safe_text(item.name) or "-",
        result.position_level,
        decimal_text(result.jpm, options.lang),
        options.band_name(result.band, result.policy),
        options.yes_no(result.meets_standard),
        result.assessed_on.isoformat() if result.assessed_on else "-",
        result.valid_until.isoformat() if result.valid_until else "-",
        str(item.talent.box) if item.talent is not None else "-",
    ]
    return _line(cells, ", ".join(needs) or "-")


def _issue(issue: RowIssue, options: RenderOptions) -> str:
    where = f' "{safe_text(issue.column)}"' if issue.column else ""
    value = issue_value(issue, options)
    shown = f': "{safe_text(value)}"' if value is not None else ""
    kind = "report-rejected-row" if issue.severity == "error" else "report-warning-row"
    text = f"{options.label(kind)}{where}{shown}: {safe_text(issue.message)}"
    return f"{str(issue.row).rjust(_WIDTHS[0])} {text} [{issue.code}]\n"


def _header(options: RenderOptions) -> str:
    label = options.label
    title = label("report-title")
    cells = [
        label("report-col-row"),
        label("report-col-nip"),
        label("report-col-name"),
        label("report-col-position-level"),
        label("label-jpm"),
        label("label-band"),
        label("label-meets"),
        label("label-assessed-on"),
        label("label-valid-until"),
        label("talent-box-col"),
    ]
    return f"{title}\n{'=' * len(title)}\n\n" + _line(cells, label("label-development"))


def _summary(source: Source, options: RenderOptions, handle: IO[str], findings: Findings) -> None:
    for section in _sections(source, options, findings):
        handle.write(f"\n{section.title}\n")
        if not section.rows:
            handle.write(f"  {options.label('label-none')}\n")
        width = max((len(label) for label, _ in section.rows), default=0)
        for label, value in section.rows:
            handle.write(f"  {safe_text(label).ljust(width)}  {safe_text(value)}\n")


def _sections(source: Source, options: RenderOptions, findings: Findings) -> list[Section]:
    """The shared summary sections, with the warnings and notes after the overview."""
    overview, *rest = summary_sections(source.summary, options)
    noted = findings_sections(findings, source.summary.file_warnings, options)
    return [overview, *noted, *rest]


def render_text(source: Source, out: Output, options: RenderOptions) -> None:
    """Write the plain-text report of ``source`` to ``out``."""
    if options.one_official:
        _one_official(source, out, options)
        return
    findings = Findings()
    with text_output(out) as handle:
        handle.write(_header(options))
        for item in iter_outcomes(source):
            findings.add_outcome(item)
            if isinstance(item, OfficialResult):
                handle.write(_official(item, options))
            else:
                handle.write(_issue(item, options))
        _summary(source, options, handle, findings)


def _one_official(source: Source, out: Output, options: RenderOptions) -> None:
    """The ``check`` command's text for the one official of ``source``."""
    item = one_official(source)
    if item is None:
        return
    result = item.result._replace(nip=item.shown_nip(options.mask_nip))
    text = official.render_text(result, options.lang, options.dictionary)
    with text_output(out) as handle:
        handle.write(text)
