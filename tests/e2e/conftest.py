"""Browser tests of the dashboard: headless Chromium (Debian's package) driven by Playwright.

They start the real server (``timeline serve``) on a database filled by ``timeline ingest``, so
they are slow and need Chromium: ``make e2e`` runs them (it sets TIMELINE_E2E=1); ``make test``
does not collect them.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.live import Server

if not os.environ.get("TIMELINE_E2E"):
    collect_ignore_glob = ["test_*.py"]

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
ARTIFACTS = ROOT / "artifacts"
BIN = Path(sys.executable).parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
]


def ingest(db: Path, manifest: Path) -> None:
    """Fill the database as a user would: ``timeline ingest --manifest``."""
    env = {k: v for k, v in os.environ.items() if k != "TIMELINE_API_KEY"}
    subprocess.run([str(BIN / "timeline"), "--db", str(db), "ingest", "--manifest", str(manifest)],
                   env=env, check=True, capture_output=True, timeout=600)


@pytest.fixture(scope="session")
def seeded_server(tmp_path_factory):
    """The server on the five seed articles."""
    db = tmp_path_factory.mktemp("e2e") / "seeds.db"
    ingest(db, SEEDS / "manifest.json")
    server = Server(db)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium from the system, never a downloaded one."""
    if not shutil.which(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh page; ``page.problems`` collects console errors, failed requests and script errors."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    tab = context.new_page()
    problems: list[str] = []
    tab.on("console", lambda message: problems.append(f"console {message.type}: {message.text}")
           if message.type in ("error", "warning") else None)
    tab.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    tab.on("requestfailed", lambda request: problems.append(f"request failed: {request.url}"))
    tab.problems = problems
    yield tab
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where screenshots go (git-ignored)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def settle(page, action=None, timeout: float = 30_000) -> None:
    """Run ``action`` and wait until the page has drawn the answers to the requests it caused."""
    before = page.evaluate("document.body.dataset.ready || ''")
    if action is not None:
        action()
    # A selector rather than wait_for_function: the page's policy forbids the eval that polls it.
    page.wait_for_selector(f"body[data-ready]:not([data-ready={json.dumps(before)}]):not(.busy)",
                           state="attached", timeout=timeout)


def open_dashboard(page, url: str, timeout: float = 30_000) -> None:
    """Load the dashboard at ``url`` and wait for its first chart and list."""
    page.goto(url)
    page.wait_for_selector("body[data-ready]:not(.busy)", state="attached", timeout=timeout)
