"""Whole tables, column-wise: :func:`check_frame` over narwhals.

The batch reader checks one row at a time; a DataFrame is checked one *column* at a time,
by the engine that holds it (pandas, Polars, PyArrow, DuckDB, Polars LazyFrame, Dask), with
the same rules, codes and messages. Written once against `narwhals
<https://narwhals-dev.github.io/narwhals/>`_:

* cells are read as text, as from a CSV file (a numeric column becomes its text: ``3.5``
  → ``"3.5"``; a null is a blank cell);
* the cells with many spellings are read by the library's own parsers, once per *distinct*
  value, and joined back: the selector cells (eselon, jenjang, jabatan_kode, kondisi)
  through :func:`~kamus_kompetensi.batch.rows.resolve_target`, the scores through
  :func:`~kamus_kompetensi.scoring.levels.text_hundredths`, the assessment date through
  :func:`~kamus_kompetensi.scoring.assessment.parse_assessed_on`;
* the arithmetic is columnar and exact, in integers: levels in hundredths, the JPM
  rounded as :func:`~kamus_kompetensi.scoring.scorer.jpm_units` does (every cap, rounding
  mode, ``missing: zero``, group weights, bands per position level, ``band_on``), the band
  compared as :func:`~kamus_kompetensi.scoring.scorer.band_of` does; a float is made from
  exact hundredths through its decimal text, so it equals ``float(Decimal)``;
* duplicate NIPs are found by the engine (group, count, join); only the rows that share a
  NIP come back to Python, to write the rows each warning names.

Row numbers are the sheet's (header = 1, first data row = 2) for eager frames, or the
frame's own ``row`` column. A lazy frame has no row order: without a ``row`` column, pass
``order_by=`` (rows are then numbered in that order) or ``row`` stays null, and
``duplicate-nip`` then names no rows (``?``).
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import importlib
import re
import warnings
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from kamus_kompetensi.batch.rows import SELECTORS, Finding, resolve_target
from kamus_kompetensi.columns import DETAIL_FIELDS, ColumnMap, map_columns, require_columns
from kamus_kompetensi.dictionary import Dictionary, dictionary_or_national
from kamus_kompetensi.errors import InputError
from kamus_kompetensi.i18n import message
from kamus_kompetensi.models import (
    BandOn,
    Cap,
    MissingScores,
    RoundingMode,
    ScoringPolicy,
    Standard,
)
from kamus_kompetensi.record_keys import (
    ASSESSED_ON,
    BAND,
    BAND_NAME,
    JPM,
    MEETS_STANDARD,
    NAME,
    NIP,
    POLICY,
    POSITION,
    POSITION_LEVEL,
    ROW,
    VALID_UNTIL,
    competency_keys,
    record_keys,
)
from kamus_kompetensi.scoring.assessment import parse_assessed_on
from kamus_kompetensi.scoring.levels import HUNDREDTHS, text_hundredths
from kamus_kompetensi.scoring.results import valid_until
from kamus_kompetensi.scoring.scorer import DEFAULT_POLICY, policy_of

try:
    import narwhals.stable.v2 as nw
except ImportError:  # pragma: no cover - narwhals is a core dependency
    nw = None  # type: ignore[assignment]

#: What ``str.strip()`` removes, so the engines trim exactly as Python does.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
#: Columns of ``FrameReport.errors`` and ``FrameReport.warnings``.
ISSUE_COLUMNS = ("row", "column", "value", "code", "message")
#: The extra that installs each engine library (``pip install "kamus-kompetensi[EXTRA]"``).
EXTRAS = {
    "pandas": "pandas",
    "polars": "polars",
    "pyarrow": "pyarrow",
    "duckdb": "duckdb",
    "dask": "dask",
    "distributed": "dask",
    "narwhals": "pandas",
}
_DASK_WARNING = "Dask support is moving out of Narwhals"
_BLANK, _MISSING_COLUMN, _UNSEEN = -1, -1, -99
_SCORE_CODES = ("score-out-of-range", "score-not-numeric", "score-not-finite", "level-precision")
_MARK = re.compile("\ue000(\\d+)\ue001")
_NIP_DIGITS = "^[0-9]{18}$"


@dataclass(frozen=True)
class FrameReport:
    """What :func:`check_frame` returns: three tables in the caller's own library.

    * ``results``: one row per checked official, columns
      :func:`~kamus_kompetensi.record_keys.record_keys` of ``codes`` (the same keys, in the
      same order, as ``BatchReport.to_records()``);
    * ``errors``: one row per problem of a rejected row (``row, column, value, code,
      message``), the batch reader's codes and messages;
    * ``warnings``: the same for warnings (checked rows, and ``row`` 1 for the table's
      columns).

    Eager inputs give eager tables: results in input order, errors and warnings sorted by
    row and, within a row, in the order the batch reader reports them. Lazy inputs give
    lazy ones, unordered: compute them together (``dask.compute``) so the input is read
    once.
    """

    results: Any
    errors: Any
    warnings: Any
    codes: tuple[str, ...]
    """The competencies that have columns in ``results``."""
    policy: str
    lazy: bool = False


# --- narwhals and the engines --------------------------------------------------------------
def _require(module: str) -> Any:
    """Import an engine library, or raise an :class:`InputError` naming the extra to install."""
    try:
        return importlib.import_module(module)
    except ImportError:
        top = module.split(".")[0]
        raise InputError.from_code(
            "frame-library-missing", library=top, extra=EXTRAS.get(top, top)
        ) from None


@contextlib.contextmanager
def _quiet_dask() -> Iterator[None]:
    """Silence exactly narwhals' notice that its Dask support moves to another package."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=_DASK_WARNING, category=FutureWarning)
        yield


def _narwhals_frame(frame: object) -> Any:
    if nw is None:  # pragma: no cover - narwhals is a core dependency
        _require("narwhals")
    if isinstance(frame, (nw.DataFrame, nw.LazyFrame)):
        return frame
    try:
        with _quiet_dask():
            return nw.from_native(frame)
    except TypeError:
        raise InputError.from_code("frame-not-supported", type=type(frame).__name__) from None


def _py(value: object) -> Any:
    """A value collected from an engine as plain Python (NaN, NA and NaT are ``None``)."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    kind = type(value).__name__
    if kind in ("NAType", "NaTType"):
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()
    return value


class _Engine:
    """Collects small results from the input's own library, with the settings it needs."""

    def __init__(self, frame: Any) -> None:
        self.lazy = isinstance(frame, nw.LazyFrame)
        self.implementation = frame.implementation
        self.dask = self.implementation is nw.Implementation.DASK
        divides = (nw.Implementation.PANDAS, nw.Implementation.PYARROW, nw.Implementation.DUCKDB)
        self.float_by_text = not self.dask and self.implementation not in divides
        # An eager Polars frame is checked as a LazyFrame (one optimised plan per output,
        # from two materialised steps) and the outputs collected: what Polars does best.
        self.polars_eager = not self.lazy and self.implementation is nw.Implementation.POLARS

    def start(self, frame: Any) -> Any:
        """The frame to build the check on."""
        return frame.lazy() if self.polars_eager else frame

    def checkpoint(self, frame: Any) -> Any:
        """Materialise a step that later steps read several times, so no engine computes
        it again for each of them: an eager Polars frame is collected; a Dask frame is
        persisted (on the cluster, when there is one); a DuckDB relation is held as an
        Arrow table. A Polars LazyFrame stays one plan (Polars shares the common parts)."""
        if self.polars_eager:
            return frame.collect().lazy()
        if self.dask:
            with self.settings():
                return nw.from_native(frame.to_native().persist())
        if self.implementation is nw.Implementation.DUCKDB:
            with self.settings():
                return frame.collect(backend=_require("pyarrow")).lazy(backend=self.implementation)
        return frame

    def finish(self, frame: Any) -> Any:
        """An output in the kind of frame the caller gave."""
        return frame.collect() if self.polars_eager else frame

    def rows(self, frame: Any) -> list[tuple[Any, ...]]:
        with self.settings():
            if isinstance(frame, nw.LazyFrame):
                frame = frame.collect()
        return [tuple(map(_py, row)) for row in frame.rows()]

    @contextlib.contextmanager
    def settings(self) -> Iterator[None]:
        """Dask's default P2P shuffle fails on small clusters here; task shuffles work."""
        with _quiet_dask(), _missing_library():
            if not self.dask:
                yield
                return
            dask = _require("dask")
            with dask.config.set({"dataframe.shuffle.method": "tasks"}):
                yield


@contextlib.contextmanager
def _missing_library() -> Iterator[None]:
    """An engine that needs a library that is not installed (pandas' dates need PyArrow,
    DuckDB collects through it): an :class:`InputError` naming the extra, no traceback."""
    try:
        yield
    except ImportError as exc:
        name = (exc.name or "pyarrow").split(".")[0]
        raise InputError.from_code(
            "frame-library-missing", library=name, extra=EXTRAS.get(name, name)
        ) from None


# --- expressions ---------------------------------------------------------------------------
def _stripped(expr: Any) -> Any:
    return expr.str.strip_chars(WHITESPACE)


def _lit_str(value: str | None) -> Any:
    return nw.lit(value, nw.String())


def _exact_float(units: Any, places: int) -> Any:
    """A count of ``10^-places`` as a float read from its decimal text (``9907`` →
    ``"99.07"``): the nearest float64, whatever the engine's division does."""
    scale = 10**places
    size = units.abs()
    sign = nw.when(units < 0).then(_lit_str("-")).otherwise(_lit_str(""))
    text = nw.concat_str(
        [
            sign,
            (size // scale).cast(nw.String()),
            _lit_str("."),
            (size % scale + scale).cast(nw.String()).str.slice(1),
        ]
    )
    return text.cast(nw.Float64())


#: Every level and gap in hundredths (-500 … 500) as its float: a hash lookup that is
#: exact by construction.
_LEVEL_FLOATS = {h: h / HUNDREDTHS for h in range(-5 * HUNDREDTHS, 5 * HUNDREDTHS + 1)}


def _level_float(hundredths: Any) -> Any:
    return hundredths.replace_strict(
        _LEVEL_FLOATS, default=nw.lit(None, nw.Float64()), return_dtype=nw.Float64()
    )


def _message_expr(code: str, /, **params: str | Any) -> Any:
    """The catalogue message ``code`` as an expression: text parameters are filled in
    Python, expression parameters are concatenated by the engine."""
    exprs: list[Any] = []
    fixed: dict[str, str] = {}
    for key, value in params.items():
        if isinstance(value, str):
            fixed[key] = value
        else:
            fixed[key] = f"\ue000{len(exprs)}\ue001"
            exprs.append(value)
    pieces = _MARK.split(message(code, **fixed))
    parts = [
        exprs[int(piece)] if odd else _lit_str(piece)
        for odd, piece in ((i % 2 == 1, p) for i, p in enumerate(pieces))
        if odd or piece
    ]
    return nw.concat_str(parts) if len(parts) > 1 else parts[0]


def _by(expr: Any, mapping: Mapping[Any, Any], dtype: Any, default: Any = None) -> Any:
    """``expr`` replaced through a small ``mapping`` (the engine's own hash lookup), anything
    else ``default``; a plain literal when every value is the default."""
    fallback = nw.lit(default, dtype)
    if all(value == default for value in mapping.values()):
        return fallback
    return expr.replace_strict(dict(mapping), default=fallback, return_dtype=dtype)


def _is_in(expr: Any, values: Sequence[Any]) -> Any:
    return expr.is_in(list(values)) if values else nw.lit(value=False)


def _separator(texts: Iterator[str]) -> str:
    """A separator that occurs in none of ``texts``, so joined keys stay distinct."""
    seen = list(texts)
    separator = "\x1f"
    while any(separator in text for text in seen):
        separator += "\x1f"
    return separator


def with_nip_valid(frame: Any, nip: str, name: str) -> Any:
    """``frame`` with a column ``name``: :func:`kamus_kompetensi.nip.is_valid_nip` of the
    compact NIP text in column ``nip``, in columns: 18 ASCII digits read as one integer,
    its fields taken out by integer arithmetic (in steps, so no engine reads a cell twice).
    """
    text = nw.col(nip)
    digits = text.str.contains(_NIP_DIGITS).fill_null(value=False)
    safe = nw.when(digits).then(text).otherwise(_lit_str("190001010000000000"))
    frame = frame.with_columns(digits.alias("__nd"), safe.cast(nw.Int64()).alias("__nn"))
    n = nw.col("__nn")
    frame = frame.with_columns(
        (n // 10**14).alias("__ny"),
        (n // 10**12 % 100).alias("__nm"),
        (n // 10**10 % 100).alias("__nday"),
        (n // 10**6 % 10**4).alias("__na"),
        (n // 10**4 % 100).alias("__nk"),
        (n // 1000 % 10).alias("__ns"),
        (n % 1000).alias("__nq"),
    )
    year, month, day = nw.col("__ny"), nw.col("__nm"), nw.col("__nday")
    appointed, marker = nw.col("__na"), nw.col("__nk")
    leap = ((year % 4 == 0) & (year % 100 != 0)) | (year % 400 == 0)
    short = month.is_in([4, 6, 9, 11])
    days = (
        nw.when(month == 2)
        .then(leap.cast(nw.Int64()) + 28)
        .otherwise(nw.when(short).then(30).otherwise(31))
    )
    valid = (
        nw.col("__nd")
        & (year >= 1)
        & (month >= 1)
        & (month <= 12)
        & (day >= 1)
        & (day <= days)
        & nw.col("__ns").is_in([1, 2])
        & (nw.col("__nq") != 0)
        & (appointed > year)
        & (appointed <= year + 70)
        & (((marker >= 21) & (marker <= 29)) | ((marker >= 1) & (marker <= 12)))
    )
    helpers = ["__nd", "__nn", "__ny", "__nm", "__nday", "__na", "__nk", "__ns", "__nq"]
    return frame.with_columns(valid.alias(name)).drop(*helpers)


def _native(frame: Any) -> Any:
    """The native frame; a pandas frame with a fresh 0..n-1 index."""
    return (
        nw.maybe_reset_index(frame).to_native()
        if isinstance(frame, nw.DataFrame)
        else (frame.to_native())
    )


# --- the plan for one table ----------------------------------------------------------------
@dataclass
class _Input:
    """The table's columns as the batch reader sees them."""

    names: tuple[str, ...]  # the frame's columns, less ``row``
    columns: ColumnMap
    dtypes: Mapping[str, Any]
    internal: dict[int, str] = field(default_factory=dict)  # column index → prepared name

    def field(self, name: str) -> str | None:
        """The prepared (text) column of a field, ``None`` when the table lacks it."""
        index = self.columns.index(name)
        return self.internal[index] if index is not None else None

    def header(self, name: str) -> str:
        """The table's own name of a field column (the field's name when it lacks one)."""
        index = self.columns.index(name)
        return self.names[index] if index is not None else name


def _text_expr(name: str, dtype: Any) -> Any:
    column = nw.col(name)
    if dtype == nw.String():
        return column
    if dtype == nw.Date() or isinstance(dtype, nw.Datetime):
        return column.dt.to_string("%Y-%m-%d")
    return column.cast(nw.String())


def _blank_expr(name: str, dtype: Any) -> Any:
    if dtype == nw.String() or dtype == nw.Object() or dtype == nw.Unknown():
        text = _text_expr(name, dtype)
        return text.is_null() | (_stripped(text) == "")
    return nw.col(name).is_null()


_Target = Standard | Finding


class _Checker:
    """One table: prepared once, its distinct values read once, then checked by columns."""

    def __init__(
        self,
        frame: Any,
        dictionary: Dictionary,
        policy: ScoringPolicy,
        columns: Mapping[str, str],
        order_by: str | Sequence[str] | None,
    ) -> None:
        self.engine = _Engine(frame)
        self.dictionary = dictionary
        self.policy = policy
        self.report_blank = policy.missing is not MissingScores.ZERO
        schema = frame.collect_schema()
        names = list(schema.names())
        for name in names:
            if not isinstance(name, str):
                raise InputError.from_code("frame-column-name", value=repr(name))
        self.row_given = ROW in names
        inputs = tuple(n for n in names if n != ROW)
        mapped = map_columns([columns.get(n, n) for n in inputs], dictionary)
        require_columns(mapped, dictionary, "<frame>")
        self.input = _Input(inputs, mapped, {n: schema[n] for n in inputs})
        self.unknown = [inputs[i] or f"#{i + 1}" for i, _ in mapped.unknown]
        self.frame = self.engine.checkpoint(self._prepare(self.engine.start(frame), order_by))

    # --- step 1: text columns, row numbers, blank rows out ---------------------------------
    def _prepare(self, frame: Any, order_by: str | Sequence[str] | None) -> Any:
        info = self.input
        self.row_dtype: Any = nw.Int64()
        if self.row_given:
            row = nw.col(ROW).cast(nw.Int64())
        elif order_by is not None or not self.engine.lazy:
            ordering = [order_by] if isinstance(order_by, str) else order_by
            for column in ordering or ():
                if column not in (*info.names, ROW):
                    raise InputError.from_code("frame-order-by", column=str(column))
            with _quiet_dask():
                frame = frame.with_row_index("__kk_index", order_by=ordering and list(ordering))
            row = nw.col("__kk_index").cast(nw.Int64()) + 2
        else:  # a lazy table has no order of its own: no row numbers
            # (pandas, under Dask, holds a missing number only in a float column)
            self.row_dtype = nw.Float64() if self.engine.dask else nw.Int64()
            row = nw.lit(None, self.row_dtype)
        # Cells read through the library's parsers stay as written (blanks as ""); the
        # others are trimmed here, once.
        fields = info.columns.fields
        parsed = {
            *info.columns.competencies.values(),
            *(fields[f] for f in (*SELECTORS, "kondisi", "tanggal_asesmen") if f in fields),
        }
        selects = [row.alias("__row")]
        trimmed = []
        for index in sorted({*fields.values(), *info.columns.competencies.values()}):
            name = info.names[index]
            dtype = info.dtypes[name]
            info.internal[index] = internal = f"__kk{index}"
            text = _text_expr(name, dtype)
            if index == fields.get("nip") and dtype.is_float():  # Excel's number: digits
                digits = nw.col(name).fill_null(0).round(0).cast(nw.Int64()).cast(nw.String())
                text = nw.when(~nw.col(name).is_null()).then(digits)
            if index in parsed:
                text = text.fill_null("")
            else:  # trimmed, and null when nothing is left
                text = _stripped(text)
                text = nw.when(text != "").then(text)
                trimmed.append(internal)
            selects.append(text.alias(internal))
        others = [n for i, n in enumerate(info.names) if i not in info.internal]
        selects.append(
            nw.all_horizontal(
                *(_blank_expr(n, info.dtypes[n]) for n in others),
                nw.lit(value=True),
                ignore_nulls=False,
            ).alias("__blank_other")
        )
        nip = nw.col(info.internal[fields["nip"]])
        compact = nip.str.replace_all(" ", "", literal=True).str.replace_all(".", "", literal=True)
        compact = nw.when(compact != "").then(compact)
        blank = nw.all_horizontal(
            nw.col("__blank_other"), *(nw.col(c).is_null() for c in trimmed), ignore_nulls=False
        )
        with _quiet_dask():
            prepared = frame.select(*selects)
            return prepared.with_columns(compact.alias("__nip"), blank.alias("__blank_other"))

    # --- step 2: the standard of every distinct selector combination -----------------------
    def standards(self) -> None:
        info = self.input
        fields = tuple(f for f in (*SELECTORS, "kondisi") if info.columns.index(f) is not None)
        columns = [str(info.field(f)) for f in fields]
        found = self.engine.rows(
            self.frame.group_by(columns).agg(nw.col("__row").min().alias("__first"))
        )
        wanted = " / ".join(
            info.names[i] for f in SELECTORS if (i := info.columns.index(f)) is not None
        ) or " / ".join(SELECTORS)
        combos: list[tuple[tuple[str, ...], _Target, int | None]] = []
        for values in found:
            texts = tuple(v if v is not None else "" for v in values[:-1])
            target = resolve_target(self.dictionary, fields, texts)
            if isinstance(target, Finding):
                if target.code == "missing-position":
                    text = message("missing-position", columns=wanted)
                    target = Finding("missing-position", wanted, None, text)
                elif target.column is not None:
                    target = target._replace(column=info.header(target.column))
            combos.append((texts, target, values[-1]))
        separator = _separator(t for texts, _, _ in combos for t in texts)
        self.blank_keys = [
            separator.join(texts) for texts, _, _ in combos if not any(t.strip() for t in texts)
        ]
        self.key = (
            nw.col(columns[0])
            if len(columns) == 1
            else nw.concat_str([nw.col(c) for c in columns], separator=separator)
        )
        # Competency columns: those of every standard a row names, in the order the rows
        # first name them (as BatchReport.to_records lists them), then in dictionary order.
        order = {s: i for i, s in enumerate(self.dictionary.standards)}
        first: dict[Standard, tuple[int, int]] = {}
        for _, target, row in combos:
            if isinstance(target, Standard):
                rank = (row if row is not None else 1 << 62, order.get(target, len(order)))
                first[target] = min(first.get(target, rank), rank)
        self.used = sorted(first, key=first.__getitem__)
        self.codes = tuple(dict.fromkeys(c for s in self.used for c in s.codes))
        #: Competencies of every standard in use: in every checked row's standard.
        self.everywhere = {c for c in self.codes if all(c in s.levels for s in self.used)}
        self.targets = {separator.join(texts): target for texts, target, _ in combos}

    # --- step 3: every distinct score and date text, read once -----------------------------
    def values(self) -> None:
        info = self.input
        parts = [
            self.frame.select(
                nw.lit(code).alias("__k"), nw.col(info.internal[i]).alias("__v")
            ).unique()
            for code, i in info.columns.competencies.items()
        ]
        date = info.field("tanggal_asesmen")
        if date is not None:
            parts.append(
                self.frame.select(nw.lit("").alias("__k"), nw.col(date).alias("__v")).unique()
            )
        self.levels: dict[str, dict[str, int]] = {c: {} for c in info.columns.competencies}
        self.shown: dict[str, dict[str, str]] = {c: {} for c in info.columns.competencies}
        self.dates: dict[str, dt.date | None] = {"": None}
        self.score_codes = {-2 - i: c for i, c in enumerate(_SCORE_CODES)}
        ids = {c: i for i, c in self.score_codes.items()}
        with _quiet_dask():
            distinct = nw.concat(parts, how="vertical")
        for key, value in self.engine.rows(distinct):
            text = value if value is not None else ""
            if key == "":
                self.dates[text] = parse_assessed_on(text)
                continue
            found = text_hundredths(text)
            if isinstance(found, str):
                if found not in ids:  # a code this module does not know yet
                    ids[found] = -2 - len(ids)
                    self.score_codes[ids[found]] = found
                found = ids[found]
            self.levels[key][text] = _BLANK if found is None else found
            if found is not None:
                self.shown[key][text] = text.strip()[:40]

    # --- step 4: duplicate NIPs --------------------------------------------------------------
    def duplicates(self) -> None:
        keyed = self.frame.select("__row", "__nip").filter(~nw.col("__nip").is_null())
        counts = keyed.group_by("__nip").agg(nw.len().alias("__n")).filter(nw.col("__n") > 1)
        with _quiet_dask():
            shared = keyed.join(counts.select("__nip"), on="__nip", how="inner")
        groups: dict[str, list[int | None]] = {}
        for row, text in self.engine.rows(shared):
            groups.setdefault(text, []).append(row)
        self.duplicate_rows: dict[int, str] = {}
        self.duplicate_nips: dict[str, str] = {}
        for text, rows in groups.items():
            numbers = sorted(r for r in rows if r is not None)
            if len(numbers) < len(rows):  # a lazy table without row numbers
                self.duplicate_nips[text] = message("duplicate-nip", rows="?")
                continue
            for row in numbers:
                others = ", ".join(str(o) for o in numbers if o != row)
                self.duplicate_rows[row] = message("duplicate-nip", rows=others)

    @property
    def nip(self) -> Any:
        """The NIP cell as compact text (``nip_text``: trimmed, spaces and dots removed),
        null when that leaves nothing."""
        return nw.col("__nip")

    # --- step 5: the columnar check ----------------------------------------------------------
    def check(self) -> FrameReport:
        with _missing_library():
            self.standards()
            self.values()
            self.duplicates()
            frame = self.engine.checkpoint(self._levels())
            if self.engine.dask:
                return self._by_partition(frame)
            results, errors, warnings_ = self._outputs(frame)
            if not self.engine.lazy or self.engine.polars_eager:
                errors = errors.sort("row", "__ord")
                warnings_ = warnings_.sort("row", "__ord")
            finish = self.engine.finish
            return FrameReport(
                _native(finish(results)),
                _native(finish(errors.drop("__ord"))),
                _native(finish(warnings_.drop("__ord"))),
                self.codes,
                self.policy.code,
                self.engine.lazy,
            )

    def _outputs(self, frame: Any, *, file_warnings: bool = True) -> tuple[Any, Any, Any]:
        """Results, errors and warnings of the checked table: row by row from here on."""
        if self.may_reject:
            rejected = frame.filter(nw.col("__rejected"))
            checked = frame.filter(~nw.col("__rejected"))
        else:  # no finding, no bad or missing score anywhere: nothing to filter
            rejected, checked = frame.filter(nw.col("__sid") < -1), frame
        warnings_ = self._warnings(checked, file_warnings=file_warnings)
        return self._results(checked), self._errors(rejected), warnings_

    def _by_partition(self, frame: Any) -> FrameReport:
        """Dask: what is left is row by row, so each partition (a pandas frame) goes through
        the same narwhals code; the graph is then one task per partition and output."""
        plan = copy.copy(self)
        plan.engine = _Engine(nw.from_native(frame.to_native()._meta))
        plan.frame = None
        native = frame.to_native()

        def output(which: int) -> Any:
            def run(part: Any, partition_info: Mapping[str, Any] | None = None) -> Any:
                first = partition_info is not None and partition_info.get("number") == 0
                found = plan._outputs(nw.from_native(part), file_warnings=first)[which]
                return _native(found.drop("__ord") if which else found)

            with self.engine.settings():
                return native.map_partitions(run, meta=run(native._meta))

        return FrameReport(
            output(0), output(1), output(2), self.codes, self.policy.code, self.engine.lazy
        )

    def _standard(self, attribute: Any, dtype: Any, default: Any) -> Any:
        """A property of each row's standard (``attribute(standard)``), by standard number."""
        mapping = {i: attribute(s) for i, s in enumerate(self.used)}
        return _by(nw.col("__sid"), mapping, dtype, default)

    def _levels(self) -> Any:
        """Every row with its standard number, required and attained levels, and whether it
        is rejected."""
        sids = {
            k: self.used.index(t) if isinstance(t, Standard) else -1
            for k, t in self.targets.items()
        }
        competencies = self.input.columns.competencies
        levels = {
            f"__v_{code}": self._score(code) for code in dict.fromkeys((*self.codes, *competencies))
        }
        frame = self.frame.with_columns(
            self.key.alias("__key"), _by(self.key, sids, nw.Int64(), -1).alias("__sid"), **levels
        )
        # A fully blank row is no outcome at all (the batch reader skips it): every parsed
        # cell blank by the parsers' own reading, every other cell empty once trimmed.
        date = self.input.field("tanggal_asesmen")
        blank = nw.all_horizontal(
            nw.col("__blank_other"),
            _is_in(nw.col("__key"), self.blank_keys),
            *(nw.col(f"__v_{code}") == _BLANK for code in competencies),
            *(
                [_is_in(nw.col(date), [t for t in self.dates if not t.strip()])]
                if date is not None
                else []
            ),
            ignore_nulls=False,
        )
        if self.blank_keys and all(_BLANK in self.levels[c].values() for c in competencies):
            with _quiet_dask():  # only then can a row be blank
                frame = frame.filter(~blank)
        required = {
            f"__r{j}": self._standard(lambda s, c=code: s.levels.get(c, 0), nw.Int64(), 0)
            for j, code in enumerate(self.codes)
        }
        frame = frame.with_columns(
            **required, __total=self._standard(lambda s: s.total, nw.Int64(), 1)
        )
        problems = [nw.col("__sid") < 0]
        self.may_reject = any(isinstance(t, Finding) for t in self.targets.values())
        for j, code in enumerate(self.codes):
            inside, level = nw.col(f"__r{j}") > 0, nw.col(f"__v_{code}")
            found = self.levels.get(code, {}).values()
            if any(v < _BLANK for v in found):
                problems.append(inside & (level < _BLANK))
                self.may_reject = True
            if self.report_blank and (code not in competencies or _BLANK in found):
                problems.append(inside & (level == _BLANK))
                self.may_reject = True
        rejected = nw.any_horizontal(*problems, ignore_nulls=False)
        attained = {
            f"__a{j}": nw.col(f"__v_{code}").clip(lower_bound=0)
            if code in self.everywhere
            else nw.when(nw.col(f"__r{j}") > 0)
            .then(nw.col(f"__v_{code}").clip(lower_bound=0))
            .otherwise(0)
            for j, code in enumerate(self.codes)
        }
        return frame.with_columns(rejected.alias("__rejected"), **attained)

    def _score(self, code: str) -> Any:
        """A competency's cell as a level code: hundredths, -1 blank, below that an error."""
        index = self.input.columns.competencies.get(code)
        if index is None:
            return nw.lit(_MISSING_COLUMN, nw.Int64())
        mapping = self.levels[code]
        column = nw.col(self.input.internal[index])
        if not mapping:
            return nw.lit(_BLANK, nw.Int64())
        return column.replace_strict(
            mapping, default=nw.lit(_UNSEEN, nw.Int64()), return_dtype=nw.Int64()
        )

    def _ratio(self, frame: Any) -> Any:
        """``frame`` with the exact JPM as ``__num ÷ __den`` percent, per row: Σ attained ÷
        Σ required, or the policy's weighted mean of the groups' ratios (in steps of plain
        columns, which every engine combines)."""
        cap_each = self.policy.cap is Cap.COMPETENCY
        counted: dict[str, Any] = {}
        for j, code in enumerate(self.codes):
            need = nw.col(f"__r{j}")
            level = nw.col(f"__a{j}")
            counted[code] = nw.min_horizontal(level, need * HUNDREDTHS) if cap_each else level
        zero = nw.lit(0, nw.Int64())
        total = nw.sum_horizontal(*counted.values()) if counted else zero
        if not self.policy.weights:
            return frame.with_columns(total.alias("__num"), nw.col("__total").alias("__den"))
        technical = {c for s in self.used for c in s.technical}
        sums = {}
        for name, in_group in (("t", True), ("m", False)):
            chosen = [(j, c) for j, c in enumerate(self.codes) if (c in technical) is in_group]
            sums[f"__a{name}"] = (
                nw.sum_horizontal(*(counted[c] for _, c in chosen)) if chosen else zero
            )
            sums[f"__n{name}"] = (
                nw.sum_horizontal(*(nw.col(f"__r{j}") for j, _ in chosen)) if chosen else zero
            )

        def weight(attribute: str) -> Any:
            return self._standard(
                lambda s: getattr(self.policy.weights_for(s.position_level), attribute, 0),
                nw.Int64(),
                0,
            )

        frame = frame.with_columns(
            total.alias("__num"),
            weight("teknis").alias("__wt"),
            weight("manajerial_sosial_kultural").alias("__wm"),
            self._standard(
                lambda s: self.policy.weights_for(s.position_level) is not None,
                nw.Boolean(),
                False,
            ).alias("__wf"),
            **sums,
        )
        # A group the standard has no competency of weighs nothing (weighted_ratio).
        frame = frame.with_columns(
            nw.when(nw.col("__nt") > 0).then(nw.col("__wt")).otherwise(zero).alias("__wt"),
            nw.when(nw.col("__nm") > 0).then(nw.col("__wm")).otherwise(zero).alias("__wm"),
            nw.when(nw.col("__nt") > 0).then(nw.col("__nt")).otherwise(1).alias("__nt1"),
            nw.when(nw.col("__nm") > 0).then(nw.col("__nm")).otherwise(1).alias("__nm1"),
        )
        w_t, w_m, a_t, a_m = (nw.col(c) for c in ("__wt", "__wm", "__at", "__am"))
        one_t, one_m = nw.col("__nt1"), nw.col("__nm1")
        weighted = nw.col("__wf") & ((w_t + w_m) > 0)
        numerator = w_t * a_t * one_m + w_m * a_m * one_t
        return frame.with_columns(
            nw.when(weighted).then(numerator).otherwise(nw.col("__num")).alias("__num"),
            nw.when(weighted)
            .then(one_t * one_m * (w_t + w_m))
            .otherwise(nw.col("__total"))
            .alias("__den"),
        )

    def _units(self, numerator: Any, denominator: Any) -> tuple[Any, Any]:
        """:func:`~kamus_kompetensi.scoring.scorer.jpm_units` as expressions: the shown JPM
        in units of ``10^-places``, and whether the total cap cut it."""
        rounding = self.policy.rounding
        scale = 10**rounding.places
        scaled = numerator * scale
        quotient, twice = scaled // denominator, (scaled % denominator) * 2
        if rounding.mode is RoundingMode.HALF_UP:
            units = quotient + (twice >= denominator).cast(nw.Int64())
        elif rounding.mode is RoundingMode.HALF_EVEN:
            tie = (twice == denominator) & (quotient % 2 == 1)
            units = quotient + ((twice > denominator) | tie).cast(nw.Int64())
        else:
            units = quotient
        if self.policy.cap is not Cap.TOTAL:
            return units, nw.lit(value=False)
        capped = numerator > denominator * 100
        return nw.when(capped).then(nw.lit(100 * scale, nw.Int64())).otherwise(units), capped

    def _bands(self, top: Any, bottom: Any) -> tuple[Any, Any]:
        """:func:`~kamus_kompetensi.scoring.scorer.band_of` on the JPM ``top ÷ bottom``, with
        the bands of each row's position level."""
        groups: list[tuple[Any, ...]] = []
        for standard in self.used:
            bands = self.policy.bands_for(standard.position_level)
            if bands not in groups:
                groups.append(bands)
        group = self._standard(
            lambda s: groups.index(self.policy.bands_for(s.position_level)), nw.Int64(), 0
        )
        code: Any = None
        name: Any = None
        for number, bands in enumerate(groups):
            here = group == number
            for band in bands:
                high, low = band.min.as_integer_ratio()
                # The last band takes every JPM the others did not (band_of's fallback).
                condition = here if band is bands[-1] else here & (top * low >= bottom * high)
                code = (nw.when(condition) if code is None else code.when(condition)).then(
                    _lit_str(band.code)
                )
                name = (nw.when(condition) if name is None else name.when(condition)).then(
                    _lit_str(band.name)
                )
        if code is None:  # no standard at all: no rows to band
            return _lit_str(None), _lit_str(None)
        return code, name

    def _results(self, checked: Any) -> Any:
        checked = self._ratio(checked)
        units, capped = self._units(nw.col("__num"), nw.col("__den"))
        checked = checked.with_columns(units.alias("__units"), capped.alias("__capped"))
        places = self.policy.rounding.places
        shown, scale = nw.col("__units"), nw.lit(10**places, nw.Int64())
        if self.policy.band_on is BandOn.EXACT:
            exact = ~nw.col("__capped")
            top = nw.when(exact).then(nw.col("__num")).otherwise(shown)
            bottom = nw.when(exact).then(nw.col("__den")).otherwise(scale)
        else:
            top, bottom = shown, scale
        band, band_name = self._bands(top, bottom)
        nip = self.nip
        columns: dict[str, Any] = {
            ROW: nw.col("__row"),
            NIP: nip,
            NAME: self._detail("nama"),
            **{key: self._detail(name) for name, key in DETAIL_FIELDS.items()},
            POSITION_LEVEL: self._standard(lambda s: s.position_level, nw.String(), None),
            POSITION: self._standard(
                lambda s: s.code if s.code != s.position_level else None, nw.String(), None
            ),
            POLICY: _lit_str(self.policy.code),
            JPM: self._float(shown, places),
            BAND: band,
            BAND_NAME: band_name,
            MEETS_STANDARD: nw.all_horizontal(
                *(
                    nw.col(f"__a{j}") >= nw.col(f"__r{j}") * HUNDREDTHS
                    for j in range(len(self.codes))
                ),
                nw.lit(value=True),
                ignore_nulls=False,
            ),
            **self._dates(),
        }
        for j, code in enumerate(self.codes):
            need = nw.col(f"__r{j}")
            level = nw.col(f"__a{j}")
            required_key, attained_key, gap_key = competency_keys(code)
            attained = self._float(level, 2, level=True)
            gap = self._float(level - need * HUNDREDTHS, 2, level=True)
            if code in self.everywhere:
                columns.update({required_key: need, attained_key: attained, gap_key: gap})
                continue
            inside = need > 0
            columns[required_key] = nw.when(inside).then(need)
            columns[attained_key] = nw.when(inside).then(attained)
            columns[gap_key] = nw.when(inside).then(gap)
        if tuple(columns) != record_keys(self.codes):  # pragma: no cover - a bug here
            raise AssertionError(tuple(columns))
        return checked.select(*(expr.alias(key) for key, expr in columns.items()))

    def _float(self, units: Any, places: int, *, level: bool = False) -> Any:
        """An exact count of ``10^-places`` as the nearest float64, ``float(Decimal)``.

        pandas, PyArrow, DuckDB and Dask divide in IEEE arithmetic, correctly rounded.
        Polars divides by a constant through its reciprocal, which is not always correctly
        rounded (``69 / 100`` → ``0.6900000000000001``), even by a column that holds one
        value: there levels and gaps go through a table of their floats and the JPM is read
        from its decimal text. Each way is tested against Decimal.
        """
        engine = self.engine
        if places == 0:
            return units.cast(nw.Float64())
        if not engine.float_by_text:
            return units / 10**places
        if level:
            return _level_float(units)
        return _exact_float(units, places)

    def _detail(self, name: str) -> Any:
        column = self.input.field(name)
        if column is None:
            return _lit_str(None)
        return nw.col(column)  # trimmed, and null when blank, when prepared

    def _dates(self) -> dict[str, Any]:
        column = self.input.field("tanggal_asesmen")
        key = nw.col(column) if column is not None else _lit_str("")
        dates = {t: d for t, d in self.dates.items() if d is not None}
        return {
            ASSESSED_ON: _by(key, dates, nw.Date()),
            VALID_UNTIL: _by(key, {t: valid_until(d) for t, d in dates.items()}, nw.Date()),
        }

    # --- errors and warnings -------------------------------------------------------------
    def _issue(self, frame: Any, order: Any, column: Any, value: Any, code: Any, text: Any) -> Any:
        def expr(item: Any) -> Any:
            return _lit_str(item) if item is None or isinstance(item, str) else item

        return frame.select(
            nw.col("__row").cast(self.row_dtype).alias("row"),
            expr(column).cast(nw.String()).alias("column"),
            expr(value).cast(nw.String()).alias("value"),
            expr(code).cast(nw.String()).alias("code"),
            expr(text).cast(nw.String()).alias("message"),
            (nw.lit(order, nw.Int64()) if isinstance(order, int) else order).alias("__ord"),
        )

    def _narrow(self, frame: Any) -> Any:
        """Only the columns that problems are read from: filters then move little."""
        info = self.input
        date = info.field("tanggal_asesmen")
        columns = [
            "__row",
            "__key",
            "__sid",
            "__nip",
            *(info.internal[i] for i in info.columns.competencies.values()),
            *(f"__v_{c}" for c in dict.fromkeys((*self.codes, *info.columns.competencies))),
            *(f"__r{j}" for j in range(len(self.codes))),
            *([date] if date is not None else []),
        ]
        return frame.select(*columns)

    def _errors(self, rejected: Any) -> Any:
        info = self.input
        rejected = self._narrow(rejected)
        findings = {k: t for k, t in self.targets.items() if isinstance(t, Finding)}
        key = nw.col("__key")
        unresolved = rejected.filter(nw.col("__sid") < 0)
        parts = [
            self._issue(
                unresolved,
                0,
                _by(key, {k: f.column for k, f in findings.items()}, nw.String()),
                _by(key, {k: f.value for k, f in findings.items()}, nw.String()),
                _by(key, {k: f.code for k, f in findings.items()}, nw.String()),
                _by(key, {k: f.message for k, f in findings.items()}, nw.String()),
            )
        ]
        for order, code in enumerate(info.columns.competencies, start=1):
            parts += self._score_errors(unresolved, code, order, nw.lit(value=True))
        resolved = rejected.filter(nw.col("__sid") >= 0)
        for j, code in enumerate(self.codes):
            inside = nw.col(f"__r{j}") > 0
            index = info.columns.competencies.get(code)
            # In the order of the row's own standard, as the batch reader reports them.
            order = self._standard(
                lambda s, c=code: s.codes.index(c) + 1 if c in s.codes else 0, nw.Int64(), 0
            )
            if index is not None:
                parts += self._score_errors(resolved, code, order, inside)
            if not self.report_blank or (
                index is not None and _BLANK not in self.levels[code].values()
            ):
                continue
            column = (
                info.names[index]
                if index is not None
                else self.dictionary.get_competency(code).name
            )
            blank = resolved.filter(inside & (nw.col(f"__v_{code}") == _BLANK))
            text = message("missing-score", key=column)
            parts.append(self._issue(blank, order, column, None, "missing-score", text))
        with _quiet_dask():
            return nw.concat(parts, how="vertical")

    def _score_errors(self, frame: Any, code: str, order: Any, inside: Any) -> list[Any]:
        bad = {t: self.score_codes[c] for t, c in self.levels[code].items() if c < _BLANK}
        if not bad:
            return []
        index = self.input.columns.competencies[code]
        header = self.input.names[index]
        text = nw.col(self.input.internal[index])
        shown = {t: self.shown[code][t] for t in bad}
        messages = {t: message(c, key=header, value=shown[t]) for t, c in bad.items()}
        found = frame.filter(inside & (nw.col(f"__v_{code}") < _BLANK))
        return [
            self._issue(
                found,
                order,
                header,
                _by(text, shown, nw.String()),
                _by(text, bad, nw.String()),
                _by(text, messages, nw.String()),
            )
        ]

    def _warnings(self, checked: Any, *, file_warnings: bool = True) -> Any:
        info = self.input
        checked = self._narrow(checked)
        parts = []
        if file_warnings and self.unknown:
            # One row, made from the table itself (a DuckDB relation joins only its own).
            source = self.frame if self.frame is not None else checked
            once = source.select(nw.len().alias("__n")).with_columns(
                nw.lit(1, nw.Int64()).alias("__row")
            )
            parts += [
                self._issue(
                    once,
                    -1,
                    header,
                    None,
                    "unknown-column",
                    message("unknown-column", header=header),
                )
                for header in self.unknown
            ]
        required = {code: j for j, code in enumerate(self.codes)}
        for order, (code, index) in enumerate(info.columns.competencies.items()):
            if not self.shown[code]:
                continue
            header = info.names[index]
            outside = (
                nw.col(f"__r{required[code]}") == 0 if code in required else nw.lit(value=True)
            )
            scode = self._standard(lambda s: s.code, nw.String(), None)
            parts.append(
                self._issue(
                    checked.filter(outside & (nw.col(f"__v_{code}") != _BLANK)),
                    order,
                    header,
                    _by(nw.col(info.internal[index]), self.shown[code], nw.String()),
                    "score-not-in-standard",
                    _message_expr("score-not-in-standard", key=header, code=scode),
                )
            )
        order = len(info.columns.competencies)
        nip, column = self.nip, info.header("nip")
        parts.append(
            self._issue(
                checked.filter(nip.is_null()),
                order,
                column,
                None,
                "missing-nip",
                message("missing-nip"),
            )
        )
        if info.dtypes[column].is_float():
            code, wrong = "nip-as-number", ~nip.is_null()
        else:
            code, wrong = "invalid-nip", ~nip.is_null() & ~nw.col("__nip_ok")
            checked = with_nip_valid(checked, "__nip", "__nip_ok")
        parts.append(self._issue(checked.filter(wrong), order, column, nip, code, message(code)))
        if self.duplicate_rows:
            rows = nw.col("__row")
            found = checked.filter(rows.is_in(list(self.duplicate_rows)))
            text = _by(rows, self.duplicate_rows, nw.String())
            parts.append(self._issue(found, order + 1, column, nip, "duplicate-nip", text))
        if self.duplicate_nips:
            found = checked.filter(nip.is_in(list(self.duplicate_nips)))
            text = _by(nip, self.duplicate_nips, nw.String())
            parts.append(self._issue(found, order + 1, column, nip, "duplicate-nip", text))
        date = info.field("tanggal_asesmen")
        bad = {t: t.strip()[:40] for t, d in self.dates.items() if d is None and t.strip()}
        if date is not None and bad:
            key = nw.col(date)
            texts = {t: message("invalid-date", value=v) for t, v in bad.items()}
            parts.append(
                self._issue(
                    checked.filter(key.is_in(list(bad))),
                    order + 2,
                    info.header("tanggal_asesmen"),
                    _by(key, bad, nw.String()),
                    "invalid-date",
                    _by(key, texts, nw.String()),
                )
            )
        with _quiet_dask():
            return nw.concat(parts, how="vertical")


def check_frame(
    frame: Any,
    dictionary: Dictionary | None = None,
    *,
    policy: ScoringPolicy | str = DEFAULT_POLICY,
    columns: Mapping[str, str] | None = None,
    order_by: str | Sequence[str] | None = None,
) -> FrameReport:
    """Check every official of a table, column by column, in the table's own library.

    ``frame`` is a pandas or Polars DataFrame, a PyArrow Table, a Polars LazyFrame, a DuckDB
    relation or a Dask DataFrame (what narwhals reads) with the columns the batch reader
    accepts (``nip``, ``nama``, ``jabatan``, ``eselon`` / ``jenjang`` / ``jabatan_kode``,
    one column per competency, ...). ``dictionary`` defaults to the national one;
    ``policy`` is a policy code of it or a :class:`~kamus_kompetensi.models.ScoringPolicy`.
    ``columns`` maps the table's own column names to headers the reader knows
    (``{"Kode Eselon": "eselon"}``); problems still name the table's columns. ``order_by``
    numbers the rows of a table without a ``row`` column in the order of these columns
    (a lazy table has no order of its own: without it, ``row`` is null).

    Raises :class:`~kamus_kompetensi.errors.InputError` when the table cannot be used at
    all (not a table, required columns missing, an engine library not installed); the
    problems of single rows are in the report's ``errors``.
    """
    dictionary = dictionary_or_national(dictionary)
    if columns is not None and not isinstance(columns, Mapping):
        raise InputError.from_code("invalid-argument", name="columns", value=type(columns).__name__)
    rules = policy_of(dictionary, policy)
    native = _narwhals_frame(frame)
    return _Checker(native, dictionary, rules, dict(columns or {}), order_by).check()


__all__ = ["ISSUE_COLUMNS", "WHITESPACE", "FrameReport", "check_frame"]
