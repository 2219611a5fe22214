"""What every renderer shares: its options, its source of outcomes, and where it writes.

A *source* is either a finished :class:`~kamus_kompetensi.outcomes.BatchReport` or a
streaming run: any object that iterates over :class:`OfficialResult` and error
:class:`RowIssue` records in input order and has a ``summary`` that is complete only once
the iteration has ended. Renderers iterate exactly once and read ``summary`` afterwards.

Writing to a path is atomic: the report is written to a temporary file in the same folder
and moved over the target with :func:`os.replace` only when it is complete, so an error
halfway (a bad input row that aborts the run, a full disk) never leaves a partial report
that looks finished. New report files are readable by their owner only (``0600``), since
they hold names and NIPs; an existing file keeps its permissions when replaced. A device
or FIFO (``/dev/null``, ``/dev/stdout``, a named pipe) is written through, never replaced;
a folder or a block device is refused (:mod:`kamus_kompetensi.atomic`). A failed write
(a full disk) is a :class:`ReportWriteError` whose message says why in the user's words.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Protocol, TypeAlias, runtime_checkable

from kamus_kompetensi.atomic import open_output
from kamus_kompetensi.batch.outcomes import BatchReport, BatchSummary, OfficialResult, is_nip_issue
from kamus_kompetensi.dictionary import Dictionary, localized_name
from kamus_kompetensi.errors import InputError, KamusError, Location
from kamus_kompetensi.files import NotRegularFileError, is_disk_full, os_reason
from kamus_kompetensi.i18n import Lang, message
from kamus_kompetensi.issues import RowIssue
from kamus_kompetensi.letterhead import Letterhead
from kamus_kompetensi.models import Band
from kamus_kompetensi.nip import mask_nip
from kamus_kompetensi.scoring.results import AssessmentResult
from kamus_kompetensi.talent.placement import TalentPlacement

Outcome: TypeAlias = OfficialResult | RowIssue
Output: TypeAlias = "str | os.PathLike[str] | IO[bytes] | IO[str]"


@runtime_checkable
class StreamingSource(Protocol):
    """A streaming batch run: iterable once, with a summary that is final afterwards."""

    def __iter__(self) -> Iterator[Outcome]: ...

    @property
    def summary(self) -> BatchSummary: ...


Source: TypeAlias = BatchReport | StreamingSource


class UnknownFormatError(InputError):
    """A report format name or file extension that no renderer handles."""

    code = "report-unknown-format"


class ReportWriteError(KamusError):
    """The report could not be written where it was asked to go."""

    code = "report-write-failed"


@dataclass(frozen=True)
class RenderOptions:
    """What a renderer needs besides the source and the output."""

    dictionary: Dictionary
    lang: Lang
    mask_nip: bool = False
    # Who issued the report: shown by the page formats and the XLSX summary sheet.
    letterhead: Letterhead | None = None
    # The source holds one official checked on their own (``check --score ...``): page
    # formats show the profile alone and tabular formats leave out the batch summary.
    one_official: bool = False

    def label(self, key: str, /, **params: object) -> str:
        """A catalogue text in the report's language."""
        return message(key, self.lang, **params)

    def band_name(self, band: Band | str, policy: str | None = None) -> str:
        """A band's name in the report's language (Indonesian when no English name).

        ``band`` is a :class:`Band` or a band code of ``policy`` (a result's ``band``).
        """
        if isinstance(band, str):
            found = self.dictionary.find_policy(policy) if policy else None
            match = next((b for b in found.bands if b.code == band), None) if found else None
            if match is None:
                return band
            band = match
        return localized_name(band, self.lang)

    def competency_name(self, code: str) -> str:
        """A competency's name in the report's language (its code when unknown)."""
        found = self.dictionary.find_competency(code)
        if found is None:
            return code
        return localized_name(found, self.lang)

    def position_level_name(self, code: str) -> str:
        """A position level's name in the report's language (its code when unknown)."""
        found = self.dictionary.find_position_level(code)
        if found is None:
            return code
        return localized_name(found, self.lang)

    def talent_label(self, placement: TalentPlacement | None) -> str | None:
        """``Kotak 7: <label>`` in the report's language, or None without a placement.

        The result keeps the policy's Indonesian label; the English one comes from the
        dictionary's talent policy when the report is in English and it has one.
        """
        if placement is None:
            return None
        label = self.talent_box_label(placement.box) or placement.label
        return f"{self.label('talent-box', box=placement.box)}: {label}"

    def talent_box_label(self, number: int) -> str | None:
        """Box ``number``'s label in the report's language, as the talent command writes it
        (None when the dictionary's talent policy has no such box)."""
        policy = self.dictionary.talent_policy
        if policy is None or policy.find_box(number) is None:
            return None
        from kamus_kompetensi.talent.layout import TalentTexts  # talent imports report.cells

        return TalentTexts(policy, self.lang).box_label(number)

    def official_code(self, code: str) -> str:
        """A competency's official code (M.01) when it has one, else its code."""
        found = self.dictionary.find_competency(code)
        return (found.official_code or code) if found is not None else code

    def yes_no(self, value: bool) -> str:
        """``ya``/``tidak`` (or ``yes``/``no``)."""
        return self.label("label-yes" if value else "label-no")


def one_official_source(
    result: AssessmentResult, dictionary: Dictionary, *, lang: Lang | None = None
) -> BatchReport:
    """One official checked on their own (:func:`kamus_kompetensi.check`) as a source the
    renderers read: a report of one row, numbered 1, whose summary counts that row. Render
    it with ``RenderOptions(one_official=True)`` so no batch summary is shown."""
    policy = dictionary.find_policy(result.policy)
    summary = BatchSummary(
        source=message("report-single-source", lang),
        policy_code=result.policy,
        policy_name=policy.name if policy is not None else result.policy,
        band_order=tuple(b.code for b in policy.bands) if policy is not None else (),
        provenance=result.provenance,
    )
    item = OfficialResult(1, result)
    summary.add_result(item)
    return BatchReport(summary, [item])


def one_official(source: Source) -> OfficialResult | None:
    """The official of a one-official source (its first checked row)."""
    if isinstance(source, BatchReport):
        return source.results[0] if source.results else None
    return next((i for i in source if isinstance(i, OfficialResult)), None)


def iter_outcomes(source: Source) -> Iterator[Outcome]:
    """The source's records in input order (a finished report is merged by row)."""
    if isinstance(source, BatchReport):
        return source.outcomes()
    return iter(source)


def row_warnings(items: Sequence[RowIssue]) -> str:
    """Warning codes of a row, comma-separated (the compact form of CSV/XLSX cells)."""
    return ", ".join([issue.code for issue in items]) if items else ""


def issue_value(issue: RowIssue, options: RenderOptions) -> str | None:
    """The input value an issue echoes, masked when it is a NIP and masking is on."""
    if options.mask_nip and is_nip_issue(issue):
        return mask_nip(issue.value)
    return issue.value


# --- output ----------------------------------------------------------------------------------
def is_path(out: Output) -> bool:
    """Whether ``out`` names a file (rather than being an open stream)."""
    return isinstance(out, (str, os.PathLike))


def require_binary(out: Output) -> None:
    """Fail before any work when ``out`` is a text stream with no binary buffer under it
    (``io.StringIO``): a 1-million-row run should not end in this error."""
    if isinstance(out, io.TextIOBase) and getattr(out, "buffer", None) is None:
        raise InputError(message("report-needs-binary"), code="report-needs-binary")


@contextlib.contextmanager
def binary_output(
    out: Output, *, defer_errors: bool = True, private: bool = True
) -> Iterator[IO[bytes]]:
    """A binary handle on ``out``: an atomic file for a path, else the stream (or its
    ``.buffer`` when a text stream such as ``sys.stdout`` is given). A new file is
    readable by its owner only unless ``private`` is False (the dictionary booklet holds no
    personal data and is made to be shared).

    A path's write error (:class:`ReportWriteError`) is raised when the block ends, by
    default: a zip writer (XLSX) stopped half-way would fail again when collected.
    """
    if isinstance(out, (str, os.PathLike)):
        with open_output(
            Path(out), private=private, on_error=_write_error, defer_errors=defer_errors
        ) as handle:
            yield handle
    elif isinstance(out, io.TextIOBase):
        require_binary(out)
        out.flush()
        yield out.buffer  # type: ignore[attr-defined]
    else:
        yield out  # type: ignore[misc]


@contextlib.contextmanager
def text_output(out: Output, *, bom: bool = False, private: bool = True) -> Iterator[IO[str]]:
    """A UTF-8 text handle on ``out`` with newline translation off (``csv`` needs that).

    A text stream is used as it is; a binary stream or file is wrapped and the wrapper
    detached afterwards, so the caller's stream is never closed.
    """
    if isinstance(out, io.TextIOBase):
        yield out  # type: ignore[misc]
        return
    # A text report stops at the error.
    with binary_output(out, defer_errors=False, private=private) as raw:
        wrapper = io.TextIOWrapper(
            raw,
            encoding="utf-8-sig" if bom else "utf-8",
            newline="",
            write_through=False,
        )
        try:
            yield wrapper
            wrapper.flush()
        finally:
            wrapper.detach()


def _write_error(path: Path, exc: OSError) -> Exception:
    """The error for a report that cannot be written, with the reason in the user's words;
    a full disk and a target that is no file have codes of their own."""
    code = "report-write-failed"
    if is_disk_full(exc):
        code = "disk-full"
    elif isinstance(exc, NotRegularFileError):
        code = "output-not-regular"
    text = message(code, path=str(path), reason=os_reason(exc))
    return ReportWriteError(text, code=code, location=Location(file=str(path)))
