"""The seed articles, ingested through the API, give the events the product was built for."""
from __future__ import annotations


def find(events, *, date, type_=None, place=None, actor=None):
    """Events on ``date`` with the given type, place name and actor id."""
    hits = []
    for event in events:
        if event["date"] != date:
            continue
        if type_ and event["type"] != type_:
            continue
        if place and place not in [p["name"] for p in event["places"]]:
            continue
        if actor and actor not in [a["id"] for a in event["actors"]]:
            continue
        hits.append(event)
    return hits


def all_events(client, **query):
    """Every event the filters select, across pages."""
    events, cursor = [], None
    while True:
        params = {**query, "limit": 100, **({"cursor": cursor} if cursor else {})}
        body = client.get("/events", query_string=params).get_json()
        events.extend(body["events"])
        cursor = body["next"]
        if not cursor:
            return events


def test_russian_air_campaign_starts_on_september_30(seeded):
    hits = find(all_events(seeded), date="2015-09-30", type_="military_campaign", actor="russia")
    assert hits
    event = hits[0]
    assert event["date_end"] == "2015-09-30" and event["precision"] == "day"
    # Every seed article that dates the start of the campaign reports the one event.
    assert len(hits) == 1
    assert event["sources"] == ["seed-001", "seed-003", "seed-004"]
    for mention in event["mentions"]:
        text = seeded.get(f"/articles/{mention['article_id']}").get_json()["text"]
        assert text[mention["start"]:mention["end"]] == mention["quote"]


def test_strike_on_darat_izza_aleppo_on_october_7(seeded):
    (event,) = find(all_events(seeded), date="2015-10-07", place="Dārat ‘Izzah")
    assert event["type"] == "air_strike"
    (place,) = event["places"]
    assert (place["admin1"], place["country"], place["country_code"]) == ("Aleppo", "Syria", "SY")
    assert abs(place["lat"] - 36.28) < 0.05 and abs(place["lon"] - 36.85) < 0.05


def test_strike_on_al_ghantu_homs_on_october_15_killed_46(seeded):
    (event,) = find(all_events(seeded), date="2015-10-15", place="Al Ghanţū")
    assert event["type"] == "air_strike"
    assert event["killed"] == 46
    assert event["precision"] == "day"
    assert event["places"][0]["admin1"] == "Homs"
    assert "32 children" in event["mentions"][0]["quote"]


def test_amnesty_reporting_period_ends_on_november_29(seeded):
    periods = [
        e for e in all_events(seeded, actor="Amnesty International", type="reporting_period")
        if e["date_end"] == "2015-11-29"
    ]
    assert periods
    assert {e["precision"] for e in periods} == {"day"}
    assert "2015-09-30" in {e["date"] for e in periods}


def test_place_filter_on_a_governorate_finds_its_villages(seeded):
    homs = all_events(seeded, place="Homs")
    assert "Al Ghanţū" in {p["name"] for e in homs for p in e["places"]}
    assert "Dārat ‘Izzah" not in {p["name"] for e in homs for p in e["places"]}


def test_actor_alias_finds_what_the_canonical_name_finds(seeded):
    russia = all_events(seeded, actor="Russia")
    assert russia
    assert all_events(seeded, actor="Kremlin") == russia
    assert all_events(seeded, actor="russian federation") == russia


def test_no_may_su24_or_bare_number_becomes_a_date(seeded):
    for event in all_events(seeded):
        for mention in event["mentions"]:
            assert mention["quote"]
        assert event["precision"] in {"day", "week", "month", "year"}
        assert event["date"] <= event["date_end"] <= "2015-12-23"
