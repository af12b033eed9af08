"""GET /events filters, paging and GET /events/<id>."""
from __future__ import annotations

import pytest

from tests.api.samples import ALEPPO, DOUMA, KABUL


@pytest.fixture
def loaded(client):
    """A client whose database holds the three sample articles."""
    for article in (ALEPPO, DOUMA, KABUL):
        assert client.post("/articles", json=article).status_code == 201
    return client


def summaries(client, **query) -> list[tuple[str, str]]:
    """(date, type) of every event the query returns."""
    body = client.get("/events", query_string=query).get_json()
    assert body["next"] is None
    return [(e["date"], e["type"]) for e in body["events"]]


STRIKE = ("2016-02-08", "air_strike")
KREMLIN = ("2016-02-09", "statement")
SHELLING = ("2016-02-07", "shelling")
CAR_BOMB = ("2016-01-04", "explosion")


@pytest.mark.parametrize(
    "query, expected",
    [
        ({}, [("2015-12-01", "reporting_period"), CAR_BOMB, SHELLING, STRIKE, KREMLIN]),
        ({"place": "Aleppo"}, [STRIKE]),
        ({"place": "aleppo governorate"}, [STRIKE]),
        ({"place": "Tall Rifat"}, [STRIKE]),
        ({"place": "Syria"}, [SHELLING, STRIKE]),
        ({"place": ["Kabul", "Douma"]}, [CAR_BOMB, SHELLING]),
        ({"country": "AF"}, [CAR_BOMB]),
        ({"country": "syria"}, [SHELLING, STRIKE]),
        ({"actor": "Russia"}, [STRIKE, KREMLIN]),
        ({"actor": "Kremlin"}, [STRIKE, KREMLIN]),
        ({"source": "wire-b"}, [SHELLING]),
        ({"type": "shelling"}, [SHELLING]),
        ({"type": ["shelling", "explosion"]}, [CAR_BOMB, SHELLING]),
        ({"from": "2016-02-08"}, [STRIKE, KREMLIN]),
        ({"to": "2016-01"}, [("2015-12-01", "reporting_period"), CAR_BOMB]),
        ({"from": "2015-12-15", "to": "2016-01-10"}, [("2015-12-01", "reporting_period"), CAR_BOMB]),
        ({"q": "market"}, [SHELLING]),
        ({"q": "Market hit"}, [SHELLING]),
        ({"place": "Atlantis"}, []),
        ({"actor": "Nobody At All"}, []),
    ],
)
def test_filters_select_the_right_events(loaded, query, expected):
    assert summaries(loaded, **query) == expected


def test_month_precision_event_is_not_given_a_day(loaded):
    (event,) = loaded.get("/events?to=2015").get_json()["events"]
    assert (event["date"], event["date_end"], event["precision"]) == ("2015-12-01", "2015-12-31", "month")


def test_pages_follow_the_cursor_without_gaps_or_repeats(loaded):
    everything = loaded.get("/events").get_json()["events"]
    seen, cursor = [], None
    while True:
        body = loaded.get("/events", query_string={"limit": 2, **({"cursor": cursor} if cursor else {})}).get_json()
        assert len(body["events"]) <= 2
        seen.extend(e["id"] for e in body["events"])
        cursor = body["next"]
        if cursor is None:
            break
    assert seen == [e["id"] for e in everything]


def test_event_by_id_has_every_mention_and_the_canonical_actor(loaded):
    strike = loaded.get("/events?type=air_strike").get_json()["events"][0]
    body = loaded.get(f"/events/{strike['id']}").get_json()
    assert body == strike
    assert body["actors"][0]["part_of"] == "russia"
    assert body["category"] == "Explosions/Remote violence"
    assert body["mentions"][0]["source"] == "wire-a"


def test_the_list_varies_by_accept_and_a_types_parameters_do_not_change_the_format(loaded):
    client = loaded
    for accept, mime in (("application/geo+json", "application/geo+json"), ("text/csv; charset=utf-8", "text/csv"),
                         ("application/json", "application/json")):
        response = client.get("/events?limit=1", headers={"Accept": accept})
        assert response.status_code == 200
        assert response.mimetype == mime, accept
        assert "Accept" in response.headers.get("Vary", ""), accept
    # a single event has one shape: its answer does not vary by Accept
    assert "Accept" not in client.get("/events/1").headers.get("Vary", "")
