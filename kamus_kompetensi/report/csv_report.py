"""CSV: one row per checked official, streamed (constant memory for any number of rows).

The dialect follows the report language so the file opens cleanly in the spreadsheet
program of its readers: Indonesian (the default) uses ``;`` between fields and a decimal
comma (``3,5``), which is what Excel with Indonesian regional settings expects; English
uses ``,`` and a decimal point, with the dictionary's English names as in every English
report. Dates are ISO (``2026-03-02``: what ``csv.writer`` makes of a date), read alike in
every locale. A file written to a path starts with a UTF-8 byte-order mark so Excel reads
names with non-ASCII letters correctly; streams get none, since programs reading a pipe do
not want one.

Only checked officials are rows: rejected rows and warnings are in the XLSX and JSON
reports (and the command lists rejected rows on stderr). For one official checked on their
own, the file is that official's row under the header; a letterhead is accepted and left
out (a CSV has no page). The cells are those of
:class:`~kamus_kompetensi.report.table.ResultTable`, written by ``csv.writer``: every text
cell and header is already neutralised there, so a spreadsheet opening the CSV evaluates
nothing, whether the text came from the input, the dictionary or our messages.
"""

from __future__ import annotations

import csv

from kamus_kompetensi.batch.outcomes import OfficialResult
from kamus_kompetensi.report.base import (
    Output,
    RenderOptions,
    Source,
    is_path,
    iter_outcomes,
    text_output,
)
from kamus_kompetensi.report.cells import decimal_text, hundredths_text
from kamus_kompetensi.report.table import ResultTable, level_cells


def delimiter_for(lang: str) -> str:
    """``;`` for Indonesian (where ``,`` is the decimal separator), ``,`` for English."""
    return ";" if lang == "id" else ","


def render_csv(source: Source, out: Output, options: RenderOptions) -> None:
    """Write the CSV report of ``source`` to ``out``."""
    lang = options.lang
    table = ResultTable(options, level_cells(lambda h: hundredths_text(h, lang)))
    jpm_column = next(i for i, c in enumerate(table.columns) if c.kind == "jpm")
    with text_output(out, bom=is_path(out)) as handle:
        writer = csv.writer(handle, delimiter=delimiter_for(lang), lineterminator="\r\n")
        writer.writerow(table.headers)
        for item in iter_outcomes(source):
            if isinstance(item, OfficialResult):
                cells = table.values(item)
                cells[jpm_column] = decimal_text(item.result.jpm, lang)
                writer.writerow(cells)
