"""A page rendered by a real browser (headless Chromium), for the HTML tests.

The tests do not skip when the browser is missing: a page nobody has seen rendered is
not tested. Install it with ``apt-get install chromium`` (CI: ``.ci/run``).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium() -> str:
    """The browser's executable; the test fails (not skips) without it."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.fail(
            "Chromium is needed to test the HTML report: install it with "
            "`apt-get install chromium` (Debian) and run the tests again"
        )
    return found


def rendered_dom(page: Path, scratch: Path, window: str) -> str:
    """The DOM Chromium builds from ``page``, after checking that a screenshot of it at
    ``window`` (``"1200,2000"``) shows something: a blank page is a few kilobytes."""
    url = page.resolve().as_uri()
    flags = [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={scratch / 'profile'}"]
    screenshot = scratch / "page.png"
    subprocess.run(
        [*flags, f"--screenshot={screenshot}", f"--window-size={window}", url],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert screenshot.read_bytes().startswith(b"\x89PNG")
    assert screenshot.stat().st_size > 30_000
    return subprocess.run(
        [*flags, "--dump-dom", url], check=True, capture_output=True, text=True, timeout=120
    ).stdout
