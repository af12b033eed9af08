"""GET /timeline."""
from __future__ import annotations

from tests.api.samples import ALEPPO, DOUMA, KABUL


def test_month_buckets_are_zero_filled_and_hold_their_events(client):
    for article in (ALEPPO, DOUMA, KABUL):
        client.post("/articles", json=article)
    body = client.get("/timeline?interval=month").get_json()
    assert body["interval"] == "month"
    assert [(b["start"], b["end"], b["count"]) for b in body["buckets"]] == [
        ("2015-12-01", "2015-12-31", 1),
        ("2016-01-01", "2016-01-31", 1),
        ("2016-02-01", "2016-02-29", 3),
    ]
    assert [e["type"] for e in body["buckets"][2]["events"]] == ["shelling", "air_strike", "statement"]
    assert body["spanning"] == []


def test_day_buckets_never_place_a_month_on_a_day(client):
    client.post("/articles", json=KABUL)
    body = client.get("/timeline?interval=day&from=2015-12-31&to=2016-01-05").get_json()
    assert [(b["start"], b["count"]) for b in body["buckets"]] == [
        ("2015-12-31", 0), ("2016-01-01", 0), ("2016-01-02", 0), ("2016-01-03", 0), ("2016-01-04", 1), ("2016-01-05", 0),
    ]
    (coarse,) = body["spanning"]
    assert (coarse["date"], coarse["date_end"], coarse["precision"]) == ("2015-12-01", "2015-12-31", "month")


def test_week_buckets_start_on_monday_and_filters_apply(client):
    for article in (ALEPPO, DOUMA):
        client.post("/articles", json=article)
    body = client.get("/timeline?interval=week&place=Syria").get_json()
    assert [(b["start"], b["end"], b["count"]) for b in body["buckets"]] == [
        ("2016-02-01", "2016-02-07", 1),
        ("2016-02-08", "2016-02-14", 1),
    ]


def test_the_fast_timeline_json_is_what_the_schema_dumps(client, app):
    import json

    from schemas import TimelineSchema
    from service.store import EventFilter

    for article in (ALEPPO, DOUMA, KABUL):
        client.post("/articles", json=article)
    store = app.extensions["timeline.store"]
    for interval in ("day", "week", "month", "year"):
        fast = json.loads(store.timeline_json(EventFilter(), interval))
        assert fast == TimelineSchema().dump(store.timeline(EventFilter(), interval))
        assert fast == client.get(f"/timeline?interval={interval}").get_json()


def test_the_calendars_last_buckets_are_answered_not_a_500(client):
    for query in ("from=9999-12-31", "from=9999-12", "to=9999-12-31", "to=9999", "from=9999&to=9999"):
        for interval in ("day", "week", "month", "year"):
            for events in ("true", "false"):
                response = client.get(f"/timeline?interval={interval}&events={events}&{query}")
                assert response.status_code == 200, (query, interval, events)
                buckets = response.get_json()["buckets"]
                assert buckets and all(b["start"] <= b["end"] <= "9999-12-31" for b in buckets), (query, interval)
                if "to=" in query:
                    assert buckets[-1]["end"] == "9999-12-31", (query, interval)
    body = client.get("/timeline?interval=week&from=9999-12-31").get_json()
    assert [(b["start"], b["end"]) for b in body["buckets"]] == [("9999-12-27", "9999-12-31")]
    body = client.get("/timeline?interval=year&events=false&from=9999-01-01&to=9999-12-31").get_json()
    assert [(b["start"], b["end"], b["count"]) for b in body["buckets"]] == [("9999-01-01", "9999-12-31", 0)]
    # with an event of 2016, a range to 9999 holds too many buckets: the interval is named
    client.post("/articles", json=ALEPPO)
    response = client.get("/timeline?interval=month&to=9999")
    assert response.status_code == 400 and "interval" in response.get_json()["error"]["fields"]
