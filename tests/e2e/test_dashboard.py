"""The dashboard in headless Chromium against the real server on the seed articles."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from tests.e2e.conftest import open_dashboard, settle

AL_GHANTU = "Al Ghanţū"
DARAT_IZZA = "Dārat ‘Izzah"


def listed(page) -> list[str]:
    """The text of each event of the list."""
    return page.locator("#events > li").all_inner_texts()


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def test_place_filter_lists_al_ghantu_and_not_darat_izza(seeded_server, page, artifacts):
    open_dashboard(page, f"{seeded_server.url}/?place=Homs")
    events = listed(page)
    assert any(AL_GHANTU in text and "2015-10-15" in text for text in events), events
    assert not any(DARAT_IZZA in text for text in events)
    strike = page.locator("#events > li", has_text=AL_GHANTU)
    text = strike.inner_text()
    assert "day" in text and "air strike" in text
    assert "Killed\n46" in text or "Killed 46" in text
    assert "seed-000" in text
    quote = strike.locator("blockquote").first.inner_text()
    assert "al-Ghantu" in quote and "46 civilians" in quote
    assert page.locator("#f-place").input_value() == "Homs"
    assert "for place Homs" in page.locator("#summary").inner_text()
    page.screenshot(path=str(artifacts / "e2e-place-homs.png"), full_page=True)
    assert page.problems == []


def test_the_unfiltered_list_holds_both_strikes(seeded_server, page):
    open_dashboard(page, f"{seeded_server.url}/")
    text = "\n".join(listed(page))
    assert AL_GHANTU in text and DARAT_IZZA in text
    status = page.locator("#list-status").inner_text()
    assert status.startswith(f"Events 1–{len(listed(page))} of {len(listed(page))}")
    # The text filters suggest the values the database holds (from /facets).
    page.wait_for_selector("#source-values option", state="attached")
    sources = page.locator("#source-values option").evaluate_all("nodes => nodes.map(n => n.value)")
    assert sorted(sources) == [f"seed-00{n}" for n in range(5)]
    page.wait_for_selector("#place-values option", state="attached")
    places = page.locator("#place-values option").evaluate_all("nodes => nodes.map(n => n.value)")
    assert AL_GHANTU in places
    assert page.problems == []


def test_clicking_a_bar_narrows_the_list_and_the_url(seeded_server, page, artifacts):
    open_dashboard(page, f"{seeded_server.url}/?interval=week")
    everything = listed(page)
    assert page.locator("#chart-heading").inner_text() == "Events per week"
    bar = page.locator('.bar[data-start="2015-10-05"]')
    assert bar.get_attribute("data-count") == "1"
    settle(page, lambda: bar.click())
    assert query(page)["period"] == ["2015-10-05..2015-10-11"]
    assert bar.get_attribute("aria-selected") == "true"
    narrowed = listed(page)
    assert 0 < len(narrowed) < len(everything)
    assert any(DARAT_IZZA in text for text in narrowed)
    assert not any(AL_GHANTU in text for text in narrowed)
    # An event dated less precisely than the week is listed, and said to be so.
    wide = [text for text in narrowed if "2015-09-01 to 2015-11-30" in text]
    assert wide and "may have happened outside it" in wide[0]
    page.screenshot(path=str(artifacts / "e2e-bar-clicked.png"), full_page=True)

    # The view is in the URL: loading it again shows the same list.
    open_dashboard(page, page.url)
    assert listed(page) == narrowed
    assert page.locator('.bar[data-start="2015-10-05"]').get_attribute("aria-selected") == "true"

    settle(page, lambda: page.get_by_role("button", name="Show every period").click())
    assert "period" not in query(page)
    assert len(listed(page)) == len(everything)

    # A chosen period stays while the filters change, and goes when the dates leave it.
    settle(page, lambda: bar.click())
    settle(page, lambda: page.get_by_label("air strike", exact=True).check())
    assert query(page)["period"] == ["2015-10-05..2015-10-11"]
    assert [text.split("\n", 1)[0] for text in listed(page)] == ["2015-10-07"]
    page.get_by_label("From", exact=True).fill("2015-11")
    settle(page, lambda: page.get_by_label("From", exact=True).press("Enter"))
    assert "period" not in query(page) and query(page)["from"] == ["2015-11"]
    assert page.get_by_role("alert").is_hidden()
    assert all(text.split("\n", 1)[0] >= "2015-11" for text in listed(page))
    assert page.problems == []


def test_filters_go_into_the_url_and_back_restores_the_view(seeded_server, page):
    open_dashboard(page, f"{seeded_server.url}/")
    everything = listed(page)
    page.get_by_label("Place", exact=True).fill("Homs")
    settle(page, lambda: page.get_by_label("Place", exact=True).press("Enter"))
    assert query(page) == {"place": ["Homs"]}
    assert len(listed(page)) == 2
    settle(page, lambda: page.get_by_label("air strike", exact=True).check())
    assert query(page) == {"place": ["Homs"], "type": ["air_strike"]}
    assert len(listed(page)) == 1 and AL_GHANTU in listed(page)[0]
    settle(page, lambda: page.get_by_label("Chart by").select_option("day"))
    assert query(page)["interval"] == ["day"]
    assert page.locator(".bar").count() == 1
    settle(page, page.go_back)
    assert "interval" not in query(page)
    assert page.get_by_label("air strike", exact=True).is_checked()
    settle(page, page.go_back)
    settle(page, page.go_back)
    assert query(page) == {}
    assert page.get_by_label("Place", exact=True).input_value() == ""
    assert listed(page) == everything
    assert page.problems == []


def test_the_chart_works_from_the_keyboard(seeded_server, page):
    open_dashboard(page, f"{seeded_server.url}/?interval=week")
    everything = listed(page)
    chart = page.locator(".chart-svg")
    for _ in range(60):  # Tab through the form until the chart has the focus
        if chart.evaluate("node => node === document.activeElement"):
            break
        page.keyboard.press("Tab")
    else:
        raise AssertionError("Tab never reached the chart")
    assert chart.get_attribute("role") == "listbox"
    assert chart.get_attribute("aria-activedescendant") == "bar-0"
    page.keyboard.press("End")
    last = page.locator(".bar").last
    assert chart.get_attribute("aria-activedescendant") == last.get_attribute("id")
    assert last.get_attribute("aria-label") == "week of 21 Dec 2015: 3 events"
    settle(page, lambda: page.keyboard.press("Enter"))
    assert query(page)["period"] == ["2015-12-21..2015-12-27"]
    events = listed(page)
    dates = [text.split("\n", 1)[0] for text in events]
    # The bar's three events, and any event whose days may include that week, marked as such.
    inside = [d for d, text in zip(dates, events) if "may have happened outside it" not in text]
    assert inside == ["2015-12-21 to 2015-12-22", "2015-12-23", "2015-12-23"]
    for date in dates:
        first, _, last = date.partition(" to ")
        assert first <= "2015-12-27" and (last or first) >= "2015-12-21", date
    settle(page, lambda: page.keyboard.press("Escape"))
    assert "period" not in query(page)
    assert listed(page) == everything
    assert page.problems == []


def test_places_are_plotted_and_a_point_filters_the_list(seeded_server, page):
    open_dashboard(page, f"{seeded_server.url}/")
    names = page.locator("circle.place").evaluate_all("nodes => nodes.map(n => n.dataset.name)")
    assert AL_GHANTU in names and DARAT_IZZA in names and "Homs" in names
    assert page.locator(".graticule line").count() >= 4
    assert page.locator(".land polygon").count() > 10
    assert "place" in page.locator(".map-svg").get_attribute("aria-label")
    settle(page, lambda: page.locator(f'circle.place[data-name="{AL_GHANTU}"]').click())
    assert query(page) == {"place": [AL_GHANTU]}
    assert len(listed(page)) == 1 and "2015-10-15" in listed(page)[0]
    # The same from the keyboard: the table of places has a button per place.
    page.get_by_text("Places as a table").click()
    settle(page, lambda: page.get_by_role("button", name=f"Filter by {AL_GHANTU}").press("Enter"))
    assert query(page) == {"place": [AL_GHANTU]}
    assert page.problems == []


def test_a_bad_date_is_reported_next_to_the_field(seeded_server, page):
    open_dashboard(page, f"{seeded_server.url}/")
    page.get_by_label("From", exact=True).fill("2015-13")
    settle(page, lambda: page.get_by_role("button", name="Apply filters").click())
    error = page.get_by_role("alert")
    assert error.is_visible()
    assert "from" in error.inner_text()
    assert page.get_by_label("From", exact=True).get_attribute("aria-invalid") == "true"
    # The browser logs the 400 answer; nothing else went wrong.
    assert all("400" in problem for problem in page.problems), page.problems
