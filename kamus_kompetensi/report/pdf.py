"""PDF from the same HTML the page formats write, through WeasyPrint (an optional extra).

WeasyPrint lays out HTML and CSS for paged media (``@page`` rules, page counters), so a
report and the dictionary booklet need one layout for screen and paper. It pulls in Pango
and a few MB of Python packages, which is why it is the ``pdf`` extra and imported only
here, when a PDF is asked for: ``pip install 'kamus-kompetensi[pdf]'``.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from kamus_kompetensi.errors import InputError
from kamus_kompetensi.letterhead import logo_data_uri
from kamus_kompetensi.report.base import Output, RenderOptions, Source, binary_output

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


def write_pdf(
    html: str, out: Output, *, base_url: str | Path | None = None, private: bool = True
) -> None:
    """Lay out ``html`` as PDF and write it to ``out`` (a path, atomically, or a stream).

    ``base_url`` resolves relative links. Only ``data:`` URLs are fetched (our pages embed
    their one image, the logo, that way): a link to anything else in the document, or in
    an SVG logo, is left out rather than fetched from the network or the disk.
    """
    weasyprint = _weasyprint()
    document = weasyprint.HTML(
        string=html,
        base_url=str(base_url) if base_url else None,
        url_fetcher=_data_only(weasyprint),
    )
    with binary_output(out, private=private) as handle:
        document.write_pdf(handle)


def _data_only(weasyprint: Any) -> Any:
    """A WeasyPrint URL fetcher for ``data:`` URLs only (a ``URLFetcher`` object in recent
    WeasyPrint, a function in older releases)."""
    urls = weasyprint.urls
    if hasattr(urls, "URLFetcher"):
        return urls.URLFetcher(allowed_protocols=("data",))

    def fetch(url: str, *args: Any, **kwargs: Any) -> Any:  # pragma: no cover - older versions
        if not url.startswith("data:"):
            raise ValueError("only data: URLs are fetched")  # WeasyPrint skips the resource
        return urls.default_url_fetcher(url, *args, **kwargs)

    return fetch


def render_pdf(source: Source, out: Output, options: RenderOptions) -> None:
    """Write the PDF report of ``source`` to ``out``: the HTML report's page, laid out."""
    from kamus_kompetensi.report.html_report import write_page

    require_pdf()  # before the input is read
    if options.letterhead is not None and options.letterhead.logo is not None:
        logo_data_uri(options.letterhead.logo, lang=options.lang)
    page = io.StringIO()
    write_page(source, options, page, printed_on=dt.date.today())
    write_pdf(page.getvalue(), out)


__all__ = ["PDF_EXTRA", "render_pdf", "require_pdf", "write_pdf"]
