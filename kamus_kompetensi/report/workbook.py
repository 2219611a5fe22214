"""Opening an XlsxWriter workbook the one safe way every XLSX writer of this library uses.

Input text never turns into something live: :data:`SAFE_TEXT` switches off XlsxWriter's
conversion of strings to formulas, links and numbers, so a name typed as
``=HYPERLINK(...)`` stays text. A report of many rows is written with
:func:`streaming_workbook`: ``constant_memory`` mode, each row going to a temporary file
as soon as the next one starts, so memory stays flat whatever the row count.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from typing import IO, Any

from kamus_kompetensi.errors import InputError

#: Workbook options that keep every string a string.
SAFE_TEXT = {
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
}


def xlsxwriter_module() -> Any:
    """XlsxWriter, imported only when needed; should it be missing, say how to get it."""
    try:
        import xlsxwriter  # type: ignore[import-untyped]
    except ImportError as exc:  # pragma: no cover - a dependency, installed everywhere
        raise InputError.from_code("xlsx-needs-xlsxwriter") from exc
    return xlsxwriter


@contextlib.contextmanager
def streaming_workbook(handle: IO[bytes]) -> Iterator[Any]:
    """A ``constant_memory`` workbook on ``handle``, closed (written out) when the block
    completes. The rows' temporary files hold names and NIPs, so they go in a folder only
    the user can read (``mkdtemp`` makes it 0700), removed at the end whatever happens;
    after an error they are closed first (left open, they would be closed noisily when
    collected) and the workbook is never written, so an atomic output discards the file.
    """
    xlsxwriter = xlsxwriter_module()
    with tempfile.TemporaryDirectory(prefix="kamus-xlsx-") as scratch:
        workbook = xlsxwriter.Workbook(
            handle, {**SAFE_TEXT, "constant_memory": True, "tmpdir": scratch}
        )
        try:
            yield workbook
            workbook.close()
        except BaseException:
            _discard(workbook)
            raise


def _discard(workbook: Any) -> None:
    for sheet in workbook.worksheets():
        row_file = getattr(sheet, "row_data_fh", None)
        if row_file is not None and not row_file.closed:
            row_file.close()


__all__ = ["SAFE_TEXT", "streaming_workbook", "xlsxwriter_module"]
