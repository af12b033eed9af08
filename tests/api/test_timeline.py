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
