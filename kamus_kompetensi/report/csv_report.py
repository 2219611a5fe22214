"""CSV: one row per checked official, streamed (constant memory for any number of rows).

The dialect follows the report language so the file opens cleanly in the spreadsheet
program of its readers: Indonesian (the default) uses ``;`` between fields and a decimal
comma (``3,5``), which is what Excel with Indonesian regional settings expects; English
uses ``,`` and a decimal point. A file written to a path starts with a UTF-8 byte-order
mark so Excel reads names with non-ASCII letters correctly; streams get none, since
programs reading a pipe do not want one.

Only checked officials are rows: rejected rows and warnings are in the XLSX and JSON
reports (and the command lists rejected rows on stderr). The cells are those of
:class:`~kamus_kompetensi.report.table.ResultTable`, written by ``csv.writer``.
"""

from __future__ import annotations

import csv
from decimal import Decimal

from kamus_kompetensi.batch.outcomes import OfficialResult
from kamus_kompetensi.report.base import (
    Output,
    RenderOptions,
    Source,
    is_path,
    iter_outcomes,
    text_output,
)
from kamus_kompetensi.report.cells import decimal_text
from kamus_kompetensi.report.table import CellValue, ResultTable


def delimiter_for(lang: str) -> str:
    """``;`` for Indonesian (where ``,`` is the decimal separator), ``,`` for English."""
    return ";" if lang == "id" else ","


def _text(value: CellValue, lang: str) -> CellValue:
    """A Decimal written the way the report's readers write numbers; the rest as it is."""
    return decimal_text(value, lang) if isinstance(value, Decimal) else value


def render_csv(source: Source, out: Output, options: RenderOptions) -> None:
    """Write the CSV report of ``source`` to ``out``."""
    table = ResultTable(options)
    lang = options.lang
    with text_output(out, bom=is_path(out)) as handle:
        writer = csv.writer(handle, delimiter=delimiter_for(lang), lineterminator="\r\n")
        writer.writerow(table.headers)
        for item in iter_outcomes(source):
            if isinstance(item, OfficialResult):
                writer.writerow([_text(value, lang) for value in table.values(item)])
