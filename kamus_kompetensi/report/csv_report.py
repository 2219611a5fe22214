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

import codecs
import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from operator import getitem
from typing import IO

from kamus_kompetensi.models import Band
from kamus_kompetensi.outcomes import OfficialResult
from kamus_kompetensi.report.base import (
    Output,
    RenderingSource,
    RenderOptions,
    Source,
    is_path,
    iter_outcomes,
    row_warnings,
    text_output,
)
from kamus_kompetensi.report.cells import decimal_text, level_text
from kamus_kompetensi.report.table import ResultTable
from kamus_kompetensi.scoring import AssessmentResult, Scorer


def delimiter_for(lang: str) -> str:
    """``;`` for Indonesian (where ``,`` is the decimal separator), ``,`` for English."""
    return ";" if lang == "id" else ","


class CsvLines:
    """The text of each line of the CSV report: the header, then one line per official.

    Every line is exactly what ``csv.writer`` (minimal quoting) would write for the cells
    of :meth:`ResultTable.values <kamus_kompetensi.report.table.ResultTable.values>`, with
    numbers in the report's language (a test holds the two equal). It is put together
    from pieces instead, because a batch repeats a handful of values thousands of times:
    the three cells of each (competency, attained level) pair, the JPM and the band are
    written and quoted once and reused, so a line costs a few joins rather than the
    ~3 µs ``writerow`` takes for its ~40 cells. Only the input's text (NIP, name,
    position, unit) is checked for quoting on every line.

    Lines come out encoded (``encoding``, ASCII-compatible), and the repeated pieces are
    kept encoded: most of a line is then copied, not encoded again. That matters because
    one non-ASCII character (the ``→`` of a development need) makes Python store the whole
    text of a line, or of a chunk of lines, two bytes per character, and encoding such
    text costs ten times more than copying ASCII.

    Workers of a parallel run (:mod:`kamus_kompetensi.parallel`) use the same instance,
    inherited, to render their share of the lines.
    """

    _LIMIT = 4096  # distinct values per cache; unusual inputs could have endless

    def __init__(self, options: RenderOptions, encoding: str = "utf-8") -> None:
        self.table = ResultTable(options)
        self.options = options
        self.encoding = encoding
        self.delimiter = delimiter_for(options.lang)
        self._separator = self.delimiter.encode(encoding)
        self._buffer = io.StringIO()
        self._writer = csv.writer(self._buffer, delimiter=self.delimiter, lineterminator="\r\n")
        self._layouts: dict[Scorer, _Layout] = {}
        self._jpm: dict[Decimal, bytes] = {}
        self._bands: dict[str, bytes] = {}
        self._yes = self.field(options.yes_no(True)).encode(encoding)
        self._no = self.field(options.yes_no(False)).encode(encoding)
        width = len(self.table.competencies)
        self._no_levels = self._separator * (3 * width - 1) if width else None

    def header(self) -> str:
        """The header line."""
        self._buffer.seek(0)
        self._buffer.truncate()
        self._writer.writerow(self.table.headers)
        return self._buffer.getvalue()

    def field(self, text: str) -> str:
        """``text`` as one CSV field, quoted as ``csv.writer`` quotes it."""
        if self.delimiter in text or '"' in text or "\r" in text or "\n" in text:
            return '"' + text.replace('"', '""') + '"'
        return text

    def line(self, item: OfficialResult) -> bytes:
        """The line of one checked official, encoded."""
        result = item.result
        encoding = self.encoding
        levels, needs = self._levels(result)
        parts = [b"%d" % item.row, self._who(item).encode(encoding)]
        if levels is not None:
            parts.append(levels)
        parts += [
            self._jpm.get(result.jpm) or self._jpm_text(result.jpm),
            self._bands.get(result.band.code) or self._band_text(result.band),
            self._yes if result.meets_standard else self._no,
            self.field(needs).encode(encoding) if needs else b"",
            self.field(row_warnings(item.warnings)).encode(encoding) if item.warnings else b"",
        ]
        return self._separator.join(parts) + b"\r\n"

    def _who(self, item: OfficialResult) -> str:
        """The who-cells (NIP, name, position, unit, standard, position level), joined.

        Checked once, joined, rather than cell by cell: when the joined text is printable
        (no control character, tab or line break), holds exactly one delimiter between
        each two cells and no quote, and every input text starts with a letter or digit,
        then each cell is its own safe text (nothing to strip or neutralise, see
        :func:`~kamus_kompetensi.report.cells.safe_text`) and needs no quoting.
        """
        nip = item.shown_nip(self.options.mask_nip) or ""
        name, title, unit = item.name or "", item.position_title or "", item.unit or ""
        result = item.result
        delimiter = self.delimiter
        joined = delimiter.join(
            (nip, name, title, unit, result.standard_code, result.position_level)
        )
        if (
            joined.isprintable()
            and joined.count(delimiter) == 5
            and '"' not in joined
            and (nip[:1] + name[:1] + title[:1] + unit[:1]).isalnum()
        ):
            return joined
        return delimiter.join(map(self.field, self.table.who(item)))

    def _levels(self, result: AssessmentResult) -> tuple[bytes | None, str]:
        """The required/attained/gap cells of every competency column, and the development
        needs, from the cache of the result's standard."""
        scorer = result.scorer
        if scorer is None:  # only hand-made results lack one; they have nothing to align
            return self._no_levels, ""
        layout = self._layouts.get(scorer)
        if layout is None:
            layout = self._layouts[scorer] = _Layout(self, scorer.codes, scorer.required)
        attained = result.attained
        try:
            # Two C-level lookups per competency; a level not seen before is a KeyError.
            cells = map(getitem, layout.cells, attained)
            if layout.slots is None:
                joined = self._separator.join(cells)
            else:  # the standard does not cover every column in order
                joined = self._separator.join(self._placed(layout, cells))
            needs = "; ".join(filter(None, map(getitem, layout.needs, attained)))
        except KeyError:
            layout.learn(attained)
            return self._levels(result)
        return joined or None, needs

    @staticmethod
    def _placed(layout: _Layout, cells: Iterable[bytes]) -> list[bytes]:
        assert layout.slots is not None
        columns = list(layout.blank_columns)
        for slot, text in zip(layout.slots, cells, strict=True):
            if slot >= 0:
                columns[slot] = text
        return columns

    def _jpm_text(self, jpm: Decimal) -> bytes:
        text = self.field(decimal_text(jpm, self.options.lang)).encode(self.encoding)
        if len(self._jpm) < self._LIMIT:
            self._jpm[jpm] = text
        return text

    def _band_text(self, band: Band) -> bytes:
        cells = (self.field(band.code), self.field(self.options.band_name(band)))
        text = self._bands[band.code] = self.delimiter.join(cells).encode(self.encoding)
        return text


class _Layout:
    """The CSV text of one standard's competencies, per attained level, for one report.

    ``cells[i]`` and ``needs[i]`` map an attained level of the standard's i-th competency
    to its three cells (required, attained, gap), joined and quoted, and to its
    development-need text ("" when met). Keys are Decimals, so equal levels share an
    entry whatever their spelling (``3,5`` and ``3,50``). ``slots`` is ``None`` when the
    standard's competencies are exactly the report's columns in order (the national
    standards); otherwise each one's column position, -1 when the report has no column
    for it, and ``blank_columns`` the cells of a column the standard leaves empty.
    """

    def __init__(self, lines: CsvLines, codes: tuple[str, ...], required: tuple[int, ...]):
        self.lines = lines
        self.codes, self.required = codes, required
        self.cells: tuple[dict[Decimal, bytes], ...] = tuple({} for _ in codes)
        self.needs: tuple[dict[Decimal, str], ...] = tuple({} for _ in codes)
        table = lines.table
        slots = tuple(table.positions.get(code, -1) for code in codes)
        in_order = tuple(range(len(table.competencies)))
        self.slots: tuple[int, ...] | None = None if slots == in_order else slots
        blank = lines.delimiter.encode(lines.encoding) * 2
        self.blank_columns = tuple(blank for _ in table.competencies)

    def learn(self, attained: Sequence[Decimal]) -> None:
        """Write the texts of levels not seen before."""
        lines = self.lines
        lang, table, field = lines.options.lang, lines.table, lines.field
        for code, required, level, cells, needs in zip(
            self.codes, self.required, attained, self.cells, self.needs, strict=True
        ):
            if level in cells:
                continue
            if len(cells) >= CsvLines._LIMIT:
                cells.clear()
                needs.clear()
            if code not in table.labels:  # a result made with another dictionary
                cells[level], needs[level] = b"", ""
                continue
            texts = (str(required), level_text(level, lang), level_text(level - required, lang))
            cells[level] = lines.delimiter.join(map(field, texts)).encode(lines.encoding)
            needs[level] = table.need_text(code, level, required) if level < required else ""


def render_csv(source: Source, out: Output, options: RenderOptions) -> None:
    """Write the CSV report of ``source`` to ``out``.

    A :class:`~kamus_kompetensi.batch.BatchRun` may render its lines on several processes
    (see its ``rendered``); the file is the same byte for byte either way.
    """
    with text_output(out, bom=is_path(out)) as handle:
        raw, encoding = _raw_stream(handle)
        lines = CsvLines(options, encoding or "utf-8")
        handle.write(lines.header())
        if raw is None:  # a text-only stream (io.StringIO): give it text
            for item in iter_outcomes(source):
                if isinstance(item, OfficialResult):
                    handle.write(lines.line(item).decode("utf-8"))
            return
        handle.flush()  # the header, before the encoded lines
        rendered = source.rendered(lines.line) if isinstance(source, RenderingSource) else None
        if rendered is None:
            rendered = _lines_of(source, lines)
        for data in rendered:
            raw.write(data)


def _lines_of(source: Source, lines: CsvLines) -> Iterator[bytes]:
    for item in iter_outcomes(source):
        if isinstance(item, OfficialResult):
            yield lines.line(item)


_PROBE = 'a;,"\r\n'


def _raw_stream(handle: IO[str]) -> tuple[IO[bytes] | None, str]:
    """The binary stream under ``handle`` and the encoding to write to it after the header
    (a byte-order mark only ever starts a file); ``None`` for a text-only stream such as
    ``io.StringIO`` or an encoding in which delimiters and quotes are not single ASCII
    bytes (the lines are assembled from encoded pieces)."""
    raw = getattr(handle, "buffer", None)
    encoding = getattr(handle, "encoding", None)
    if raw is None or not encoding:
        return None, ""
    name = codecs.lookup(encoding).name
    name = "utf-8" if name == "utf-8-sig" else name
    if _PROBE.encode(name, errors="replace") != _PROBE.encode("ascii"):
        return None, ""
    return raw, name
