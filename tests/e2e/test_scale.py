"""The dashboard stays responsive on 10 000 events: the chart draws /timeline counts, the list pages."""
from __future__ import annotations

import datetime as dt
import json
import random
import time

import pytest

from tests.e2e.conftest import Server, ingest, open_dashboard, settle

PLACES = ["Aleppo", "Homs", "Idlib", "Hama", "Daraa", "Raqqa", "Kunduz", "Kabul", "Sanaa", "Taiz",
          "Aden", "Mosul", "Baghdad", "Damascus", "Latakia", "Herat", "Kandahar", "Tikrit", "Douma", "Palmyra"]
OPENINGS = ["An air strike hit", "Shelling hit", "Clashes broke out in"]
ARTICLES, SENTENCES = 212, 50


def write_articles(folder) -> None:
    """Articles of one-line reports, each a day, a place and a toll drawn at random over 2008-2015."""
    rng = random.Random(10_000)
    first = dt.date(2008, 1, 1)
    entries = []
    for n in range(ARTICLES):
        sentences = []
        for _ in range(SENTENCES):
            day = first + dt.timedelta(days=rng.randrange(2920))
            sentences.append(f"{rng.choice(OPENINGS)} {rng.choice(PLACES)} on {day:%B} {day.day}, {day.year}, "
                             f"killing {rng.randrange(1, 40)} people, activists said.")
        (folder / f"{n:03d}.txt").write_text(" ".join(sentences), encoding="utf-8")
        entries.append({"file": f"{n:03d}.txt", "source": f"scale-{n % 7}", "published_at": "2016-01-01"})
    (folder / "manifest.json").write_text(json.dumps({"articles": entries}), encoding="utf-8")


@pytest.fixture(scope="module")
def big_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scale")
    write_articles(folder)
    db = folder / "scale.db"
    ingest(db, folder / "manifest.json")
    server = Server(db)
    yield server
    server.stop()


def test_ten_thousand_events(big_server, page, artifacts):
    held = json.loads(page.request.get(f"{big_server.url}/health").text())["events"]
    assert held >= 10_000, f"the generated articles gave {held} events"
    timings = {}
    start = time.monotonic()
    open_dashboard(page, f"{big_server.url}/?interval=week")
    timings["first view (week)"] = time.monotonic() - start

    # The list holds one page, not every event; the chart one bar a week.
    assert page.locator("#events > li").count() == 50
    assert page.locator("#list-status").inner_text() == f"Events 1–50 of {held:,}, in date order."
    bars = page.locator(".bar")
    assert 400 <= bars.count() <= 420
    counts = bars.evaluate_all("nodes => nodes.map(n => +n.dataset.count)")
    assert sum(counts) == held  # every event is day-precise, so every one is charted
    assert page.evaluate("document.getElementsByTagName('*').length") < 15_000

    start = time.monotonic()
    settle(page, lambda: page.get_by_role("button", name="Next page").click())
    timings["next page"] = time.monotonic() - start
    assert page.locator("#list-status").inner_text().startswith("Events 51–100 of")

    start = time.monotonic()
    bar = bars.nth(100)
    settle(page, lambda: bar.click())
    timings["click a bar"] = time.monotonic() - start
    assert page.locator("#events > li").count() == min(int(bar.get_attribute("data-count")), 50)
    dates = [text.split("\n", 1)[0] for text in page.locator("#events > li").all_inner_texts()]
    assert all(bar.get_attribute("data-start") <= d <= bar.get_attribute("data-end") for d in dates)

    start = time.monotonic()
    settle(page, lambda: page.get_by_label("Chart by").select_option("day"))
    timings["day chart"] = time.monotonic() - start
    assert 2900 <= page.locator(".bar").count() <= 2930
    page.screenshot(path=str(artifacts / "e2e-10000-events.png"))
    print("timings (s):", {k: round(v, 2) for k, v in timings.items()})
    assert timings["next page"] < 5 and timings["click a bar"] < 5, timings
    assert timings["first view (week)"] < 30, timings
    assert page.problems == []
