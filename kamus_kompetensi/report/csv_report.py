"""CSV: one row per checked official, streamed (constant memory for any number of rows).

The dialect follows the report language so the file opens cleanly in the spreadsheet
program of its readers: Indonesian (the default) uses ``;`` between fields and a decimal
comma (``3,5``), which is what Excel with Indonesian regional settings expects; English
uses ``,`` and a decimal point. A file written to a path starts with a UTF-8 byte-order
mark so Excel reads names with non-ASCII letters correctly; streams get none, since
programs reading a pipe do not want one.

Only checked officials are rows: rejected rows and warnings are in the XLSX and JSON
reports (and in the summary the command prints).
"""

from __future__ import annotations

import csv
import io

from kamus_kompetensi.outcomes import OfficialResult
from kamus_kompetensi.report.base import (
    Output,
    RenderingSource,
    RenderOptions,
    Source,
    is_path,
    iter_outcomes,
    text_output,
)
from kamus_kompetensi.report.table import ResultTable


def delimiter_for(lang: str) -> str:
    """``;`` for Indonesian (where ``,`` is the decimal separator), ``,`` for English."""
    return ";" if lang == "id" else ","


class CsvLines:
    """The text of each line of the CSV report: the header, then one line per official.

    A line is built by :func:`_line` when it can be (a join), else by ``csv.writer``
    into a buffer, so every line is exactly what the writer would write. Instances are
    handed to the workers of a parallel run (:mod:`kamus_kompetensi.parallel`), which
    render their share of the lines with the same code.
    """

    def __init__(self, options: RenderOptions) -> None:
        self.table = ResultTable(options)
        self.delimiter = delimiter_for(options.lang)
        keys = [column.key for column in self.table.columns]
        # The development needs and warnings are lists joined with "; " and ", ", so they
        # hold the delimiter by design; they are quoted one by one (see _line), the rest
        # checked.
        self.tail = 2 if keys[-2:] == ["development", "warnings"] else 0
        self._buffer = io.StringIO()
        self._writer = csv.writer(self._buffer, delimiter=self.delimiter, lineterminator="\r\n")

    def header(self) -> str:
        """The header line."""
        return self._written(self.table.headers)

    def line(self, item: OfficialResult) -> str:
        """The line of one checked official."""
        cells = self.table.text_values(item)
        line = _line(cells, self.delimiter, self.tail)
        return self._written(cells) if line is None else line

    def _written(self, cells: list[str]) -> str:
        self._buffer.seek(0)
        self._buffer.truncate()
        self._writer.writerow(cells)
        return self._buffer.getvalue()


def render_csv(source: Source, out: Output, options: RenderOptions) -> None:
    """Write the CSV report of ``source`` to ``out``.

    A :class:`~kamus_kompetensi.batch.BatchRun` may render its lines on several processes
    (see its ``rendered``); the file is the same byte for byte either way.
    """
    lines = CsvLines(options)
    with text_output(out, bom=is_path(out)) as handle:
        write = handle.write
        write(lines.header())
        rendered = source.rendered(lines.line) if isinstance(source, RenderingSource) else None
        if rendered is not None:
            for text in rendered:
                write(text)
            return
        for item in iter_outcomes(source):
            if isinstance(item, OfficialResult):
                write(lines.line(item))


def _line(cells: list[str], delimiter: str, tail: int) -> str | None:
    """The line ``csv.writer`` (minimal quoting) would write for ``cells``, or ``None`` when
    a cell before the last ``tail`` needs quoting (the caller then uses the writer).

    Why: ``writerow`` costs ~3 µs for the ~40 cells of a row, a join ~0.3 µs. Checking the
    joined head is enough: when it holds exactly one delimiter between each two cells and
    no quote or line break, no cell of it holds one, so none needs quoting.
    """
    if len(cells) <= max(tail, 1):  # csv.writer quotes a lone empty cell: leave it that
        return None
    head_cells = cells[: len(cells) - tail]
    try:
        head = delimiter.join(head_cells)
    except TypeError:  # a cell that is not text: csv.writer converts it
        return None
    if head.count(delimiter) != len(head_cells) - 1 or '"' in head or "\r" in head or "\n" in head:
        return None
    parts = [head]
    for cell in cells[len(cells) - tail :]:
        if not isinstance(cell, str):
            return None
        if delimiter in cell or '"' in cell or "\r" in cell or "\n" in cell:
            cell = '"' + cell.replace('"', '""') + '"'
        parts.append(cell)
    return delimiter.join(parts) + "\r\n"
