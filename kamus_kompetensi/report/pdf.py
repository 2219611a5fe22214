"""PDF from the same HTML the page formats write, through WeasyPrint (an optional extra).

WeasyPrint lays out HTML and CSS for paged media (``@page`` rules, page counters), so a
report and the dictionary booklet need one layout for screen and paper. It pulls in Pango
and a few MB of Python packages, which is why it is the ``pdf`` extra and imported only
here, when a PDF is asked for: ``pip install 'kamus-kompetensi[pdf]'``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kamus_kompetensi.errors import InputError
from kamus_kompetensi.report.base import Output, binary_output

PDF_EXTRA = "pdf"


def _weasyprint() -> Any:
    """The WeasyPrint module, or :class:`InputError` ``pdf-unavailable`` naming the extra."""
    try:
        import weasyprint  # type: ignore[import-untyped]
    except (ImportError, OSError) as exc:  # OSError: the package is there, Pango is not
        raise InputError.from_code("pdf-unavailable", extra=PDF_EXTRA, reason=str(exc)) from exc
    return weasyprint


def require_pdf() -> None:
    """Fail early (before reading a large input) when PDF cannot be written here."""
    _weasyprint()


def write_pdf(html: str, out: Output, *, base_url: str | Path | None = None) -> None:
    """Lay out ``html`` as PDF and write it to ``out`` (a path, atomically, or a stream).

    ``base_url`` resolves relative links such as a letterhead logo; WeasyPrint fetches only
    what the document names, and our documents name local files at most.
    """
    weasyprint = _weasyprint()
    document = weasyprint.HTML(string=html, base_url=str(base_url) if base_url else None)
    with binary_output(out) as handle:
        document.write_pdf(handle)


__all__ = ["PDF_EXTRA", "require_pdf", "write_pdf"]
