"""Facets, export formats, links, caching, CORS, compression and the offline docs."""
from __future__ import annotations

import csv
import gzip
import io
import json

import pytest

from tests.api.samples import ALEPPO, DOUMA, KABUL


@pytest.fixture
def loaded(client):
    """A client whose database holds the three sample articles."""
    for article in (ALEPPO, DOUMA, KABUL):
        assert client.post("/articles", json=article).status_code == 201
    return client


@pytest.mark.parametrize(
    "query, expected",
    [
        ({"field": "country"}, [("Syria", 2), ("Afghanistan", 1)]),
        ({"field": "type"}, [("air_strike", 1), ("explosion", 1), ("reporting_period", 1), ("shelling", 1),
                             ("statement", 1)]),
        ({"field": "source"}, [("wire-a", 2), ("wire-c", 2), ("wire-b", 1)]),
        ({"field": "place", "country": "SY"}, [("Dūmā", 1), ("Tall Rif‘at", 1)]),
        ({"field": "actor", "type": "air_strike"}, [("Russian Armed Forces", 1)]),
        ({"field": "type", "place": "Atlantis"}, []),
    ],
)
def test_facets_count_filtered_events_largest_first(loaded, query, expected):
    body = loaded.get("/facets", query_string=query).get_json()
    assert body["field"] == query["field"]
    assert [(v["value"], v["count"]) for v in body["values"]] == expected


def test_facet_field_is_required_and_checked(loaded):
    assert loaded.get("/facets").get_json()["error"]["fields"].keys() == {"field"}
    assert "field" in loaded.get("/facets?field=colour").get_json()["error"]["fields"]


def test_csv_export_streams_every_event_whatever_the_limit(loaded):
    response = loaded.get("/events?format=csv&limit=1")
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert len(rows) == 5
    strike = next(r for r in rows if r["type"] == "air_strike")
    assert (strike["date"], strike["killed"], strike["places"], strike["countries"]) == ("2016-02-08", "18", "Tall Rif‘at", "Syria")
    assert strike["lat"] and strike["contested"] == "false"


def test_ndjson_export_is_chosen_by_the_accept_header(loaded):
    response = loaded.get("/events?type=shelling", headers={"Accept": "application/x-ndjson"})
    assert response.mimetype == "application/x-ndjson"
    lines = response.get_data(as_text=True).splitlines()
    (event,) = [json.loads(line) for line in lines]
    assert (event["type"], event["killed"], event["injured"]) == ("shelling", 12, 30)


def test_geojson_has_a_feature_per_located_event(loaded):
    response = loaded.get("/events?format=geojson")
    assert response.mimetype == "application/geo+json"
    body = response.get_json()
    assert body["type"] == "FeatureCollection"
    assert len(body["features"]) == 3  # the two statements have no place
    kabul = next(f for f in body["features"] if f["properties"]["type"] == "explosion")
    lon, lat = kabul["geometry"]["coordinates"]
    assert kabul["geometry"]["type"] == "Point" and abs(lat - 34.5) < 0.2 and abs(lon - 69.2) < 0.2
    assert kabul["properties"]["places"] == ["Kabul"] and kabul["properties"]["killed"] == 3


def test_timelinejs_dates_carry_no_more_than_their_precision(loaded):
    slides = loaded.get("/events?format=timelinejs").get_json()["events"]
    by_id = {s["text"]["text"][:20]: s for s in slides}
    month = next(s for s in slides if "start_date" in s and "day" not in s["start_date"])
    assert month["start_date"] == {"year": 2015, "month": 12} and "end_date" not in month
    day = next(s for s in slides if s["group"] == "Explosions/Remote violence" and "Kabul" in s["text"]["headline"])
    assert day["start_date"] == {"year": 2016, "month": 1, "day": 4}
    assert day["text"]["headline"] == "Explosion in Kabul, 3 killed"
    assert len(by_id) == 5


def test_next_page_is_also_a_link_header(loaded):
    response = loaded.get("/events?limit=2&type=statement&type=shelling&type=reporting_period")
    cursor = response.get_json()["next"]
    assert response.headers["Link"].endswith(f'cursor={cursor}>; rel="next"')
    assert "type=statement&type=shelling&type=reporting_period" in response.headers["Link"]
    assert "Link" not in loaded.get("/events").headers


def test_min_killed_keeps_events_with_that_many_dead(loaded):
    events = loaded.get("/events?min_killed=10").get_json()["events"]
    assert sorted(e["killed"] for e in events) == [12, 18]


def test_etag_answers_304_and_changes_when_the_data_does(loaded):
    first = loaded.get("/events")
    etag = first.headers["ETag"]
    assert first.headers["Cache-Control"].startswith("public, max-age=")
    again = loaded.get("/events", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""
    loaded.post("/articles", json={**KABUL, "source": "wire-d"})
    changed = loaded.get("/events", headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["ETag"] != etag


def test_large_bodies_are_gzipped_for_clients_that_ask(loaded):
    plain = loaded.get("/events")
    zipped = loaded.get("/events", headers={"Accept-Encoding": "gzip"})
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in zipped.headers["Vary"]
    assert json.loads(gzip.decompress(zipped.data)) == plain.get_json()
    assert len(zipped.data) < len(plain.data)
    small = loaded.get("/health", headers={"Accept-Encoding": "gzip"})
    assert "Content-Encoding" not in small.headers


def test_reads_allow_cross_origin_pages_and_writes_do_not(tmp_path):
    from service import create_app

    client = create_app({"TIMELINE_DB": str(tmp_path / "c.db"), "TIMELINE_CORS_ORIGINS": "https://dash.example"}).test_client()
    read = client.get("/events", headers={"Origin": "https://dash.example"})
    assert read.headers["Access-Control-Allow-Origin"] == "https://dash.example"
    assert "Link" in read.headers["Access-Control-Expose-Headers"]
    other = client.get("/events", headers={"Origin": "https://elsewhere.example"})
    assert "Access-Control-Allow-Origin" not in other.headers
    preflight = client.options("/events", headers={"Origin": "https://dash.example", "Access-Control-Request-Method": "GET"})
    assert "GET" in preflight.headers["Access-Control-Allow-Methods"]
    assert "Authorization" in preflight.headers["Access-Control-Allow-Headers"]  # for private reads
    write = client.post("/articles", json=KABUL, headers={"Origin": "https://dash.example"})
    assert "Access-Control-Allow-Origin" not in write.headers


def test_docs_page_works_offline(client):
    page = client.get("/docs")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "/openapi.json" in html
    assert "http://" not in html and "https://" not in html
    for asset in ("swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js"):
        assert f"/docs/assets/{asset}" in html
        with client.get(f"/docs/assets/{asset}") as response:
            assert response.status_code == 200 and len(response.data) > 1000


@pytest.mark.parametrize("accept", [None, "*/*", "application/json", "text/html,*/*;q=0.8"])
def test_a_client_that_accepts_anything_gets_json(loaded, accept):
    response = loaded.get("/events", headers={"Accept": accept} if accept else {})
    assert response.mimetype == "application/json"
    assert len(response.get_json()["events"]) == 5


def test_timelinejs_page_is_what_the_spec_documents(loaded):
    """format=timelinejs answers application/json in a shape the spec declares for /events."""
    from pathlib import Path

    import yaml
    from jsonschema import Draft4Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    spec = yaml.safe_load((Path(__file__).parents[2] / "openapi.yaml").read_text(encoding="utf-8"))
    registry = Registry().with_resource("urn:spec", Resource(spec, DRAFT4))
    documented = spec["paths"]["/events"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    slides = loaded.get("/events?format=timelinejs&limit=2")
    assert slides.mimetype == "application/json"
    body = slides.get_json()
    assert len(body["events"]) == 2 and body["next"]
    page = {"$ref": "urn:spec#/components/schemas/TimelineJSPage"}
    assert not list(Draft4Validator(page, registry=registry).iter_errors(body))
    # and not a page of events: the documented union is what tells a client which one it got
    events_page = {"$ref": "urn:spec#/components/schemas/EventList"}
    assert list(Draft4Validator(events_page, registry=registry).iter_errors(body))
    assert {"$ref": "#/components/schemas/TimelineJSPage"} in documented["anyOf"]


def test_place_facets_carry_the_place_to_map_them(loaded):
    values = loaded.get("/facets?field=place&country=AF").get_json()["values"]
    (kabul,) = values
    assert kabul["count"] == 1 and kabul["value"] == "Kabul" and kabul["id"] == kabul["place"]["id"]
    place = kabul["place"]
    assert (place["name"], place["kind"], place["country"], place["country_code"]) == \
        ("Kabul", "locality", "Afghanistan", "AF")
    assert abs(place["lat"] - 34.5) < 0.2 and abs(place["lon"] - 69.2) < 0.2
    # other facets have no place
    assert all("place" not in v for v in loaded.get("/facets?field=actor").get_json()["values"])
