"""Limits and hostile input: every one gets a clear 4xx in the one error shape, never a 500."""
from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest

from schemas.article import MAX_TEXT
from tests.reliability.helpers import GOOD, assert_error

INJECTIONS = ["' OR 1=1 --", "'; DROP TABLE events; --", '" OR ""="', "1) UNION SELECT sqlite_version() --",
              "Nowhere%' --", '"unbalanced', "a* NEAR(b c)", "text:boom", "NOT AND OR", "^start", "{col1 col2}:x"]
TEXT_FILTERS = [("/events", "place"), ("/events", "actor"), ("/events", "source"), ("/events", "country"),
                ("/events", "q"), ("/timeline", "place"), ("/timeline", "actor"), ("/timeline", "q"),
                ("/facets?field=type", "country"), ("/facets?field=place", "source"), ("/articles", "source")]


def url(path: str, name: str, value: str) -> str:
    return path + ("&" if "?" in path else "?") + urlencode({name: value})


@pytest.mark.parametrize("path, name", TEXT_FILTERS)
@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_in_a_text_filter_is_searched_literally(seeded, path, name, value):
    response = seeded.get(url(path, name, value))
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    if "events" in body:
        assert body["events"] == []
    elif "articles" in body:
        assert body["articles"] == []
    elif "values" in body:
        assert body["values"] == []
    else:
        assert all(b["count"] == 0 for b in body["buckets"]) and body["spanning"] == []
    # The tables are still there and whole.
    assert seeded.get("/health").get_json()["articles"] == 5


@pytest.mark.parametrize(
    "target, field",
    [
        # injection in the closed-vocabulary filters
        ("/events?type=air_strike' OR '1'='1", "type.0"),
        ("/events?sort=date;DROP TABLE events", "sort"),
        ("/events?format=json' --", "format"),
        ("/facets?field=place) --", "field"),
        ("/timeline?interval=month' OR 1=1", "interval"),
        ("/events?contested=1 OR 1=1", "contested"),
        ("/events?min_sources=1 OR 1=1", "min_sources"),
        # impossible dates
        ("/events?from=2015-02-30", "from"),
        ("/events?from=2015-13", "from"),
        ("/events?to=2015-00-10", "to"),
        ("/events?from=0000", "from"),
        ("/events?from=99999", "from"),
        ("/events?to=-2015", "to"),
        ("/events?from=2015-10-01T00:00", "from"),
        ("/timeline?from=2015-12-31&to=2015-01-01", "to"),
        # huge or negative numbers
        ("/events?limit=-1", "limit"),
        ("/events?limit=0", "limit"),
        ("/events?limit=501", "limit"),
        ("/events?limit=99999999999999999999999999999", "limit"),
        ("/events?limit=1e3", "limit"),
        ("/events?limit=NaN", "limit"),
        ("/events?min_killed=-5", "min_killed"),
        ("/events?min_killed=1" + "0" * 40, "min_killed"),
        ("/events?min_sources=0", "min_sources"),
        ("/facets?field=type&limit=-3", "limit"),
        ("/articles?limit=1" + "0" * 3000, "limit"),
        # malformed cursors
        ("/events?cursor=!!!", "cursor"),
        ("/events?cursor=" + "A" * 201, "cursor"),
        ("/events?cursor=bnVsbA", "cursor"),            # null
        ("/events?cursor=WyIyMDE1LTAxLTAxIiwiMSJd", "cursor"),  # ["2015-01-01","1"]: wrong types
        ("/events?cursor=WyIyMDE1LTAxLTAxIiwxLDJd", "cursor"),  # three values for a two-key sort
        ("/events?sort=killed&cursor=WyIyMDE1LTAxLTAxIiwxXQ", "cursor"),
        ("/articles?cursor=%FF%FE", "cursor"),
        # too many values, too long values
        ("/events?" + "&".join(["place=x"] * 21), "place"),
        ("/events?place=" + "x" * 201, "place.0"),
        ("/events?q=" + "x" * 501, "q"),
        # control characters, over-long query strings
        ("/events?q=%00", "q"),
        ("/events?place=Homs%0D%0ASet-Cookie:x", "place"),
        ("/events?actor=%1B[31m", "actor"),
        ("/events?q=" + "x" * 5000, "query"),
        ("/events?" + "&".join(f"place=p{i}" for i in range(800)), "query"),
    ],
)
def test_hostile_query_is_a_400_naming_the_parameter(seeded, target, field):
    assert_error(seeded.get(target), 400, field)


@pytest.mark.parametrize("target", ["/articles/99999999999999999999999999", "/events/9223372036854775808",
                                    "/articles/-1", "/events/1e3", "/articles/0x10"])
def test_impossible_ids_are_404(seeded, target):
    assert assert_error(seeded.get(target), 404)["code"] == "not_found"


DEEP = "[" * 100_000 + "]" * 100_000


@pytest.mark.parametrize(
    "raw, field",
    [
        (json.dumps({**GOOD, "text": 42}), "text"),
        (json.dumps({**GOOD, "text": ["a", "b"]}), "text"),
        (json.dumps({**GOOD, "text": {"$ne": ""}}), "text"),
        (json.dumps({**GOOD, "text": None}), "text"),
        (json.dumps({**GOOD, "text": True}), "text"),
        (json.dumps({**GOOD, "source": 7}), "source"),
        (json.dumps({**GOOD, "source": ["wire"]}), "source"),
        (json.dumps({**GOOD, "published_at": 20151223}), "published_at"),
        (json.dumps({**GOOD, "published_at": {"$gt": ""}}), "published_at"),
        (json.dumps({**GOOD, "published_at": "2015-02-29"}), "published_at"),
        (json.dumps({**GOOD, "published_at": "1899-12-31"}), "published_at"),
        (json.dumps({**GOOD, "published_at": "9999-12-31"}), "published_at"),
        (json.dumps({**GOOD, "published_at": "2015-12-23T25:00:00"}), "published_at"),
        (json.dumps({**GOOD, "title": 3.5}), "title"),
        (json.dumps({**GOOD, "url": ["http://a.example"]}), "url"),
        (json.dumps({**GOOD, "url": "javascript:alert(1)"}), "url"),
        (json.dumps({**GOOD, "source": "x" * 201}), "source"),
        (json.dumps({**GOOD, "title": "t" * 1001}), "title"),
        (json.dumps({**GOOD, "text": "a" * (MAX_TEXT + 1)}), "text"),
        (json.dumps({**GOOD, "published_at": "2015-12-23", "id": 5}), "id"),
        (json.dumps("just a string"), "body"),
        (json.dumps(None), "body"),
        ('{"text": "a", "source": "b", "published_at": ' + "1" * 5000 + "}", "body"),
        ('{"text": "a", "source": "b", "published_at": 1e999}', "published_at"),
        ('{"text": "a", "source": "b", "published_at": NaN}', "published_at"),
        (DEEP, "body"),
        ('{"text": ' + "[" * 5000 + "]" * 5000 + "}", "body"),
        ('{"text": ' + '{"a":' * 900 + "1" + "}" * 900 + "}", "text"),
        (b'{"text": "\xff\xfe", "source": "b", "published_at": "2015-12-23"}', "body"),
    ],
)
def test_hostile_article_body_is_a_400_and_stores_nothing(client, raw, field):
    assert_error(client.post("/articles", data=raw, content_type="application/json"), 400, field)
    assert client.get("/health").get_json()["articles"] == 0


def test_a_body_over_the_limit_is_a_json_413(client, app):
    limit = app.config["MAX_CONTENT_LENGTH"]
    big = json.dumps({**GOOD, "text": "x" * limit})
    detail = assert_error(client.post("/articles", data=big, content_type="application/json"), 413, "body")
    assert detail["code"] == "too_large"
    assert client.get("/health").get_json()["articles"] == 0


def test_the_longest_article_is_accepted(client):
    head = "Shelling hit the market in Donetsk on Monday, killing 4 people, medics said.\n"
    text = head + ("Roads into the area remained closed to journalists. " * 20000)[:MAX_TEXT - len(head)]
    assert len(text) == MAX_TEXT
    response = client.post("/articles", json={**GOOD, "text": text})
    assert response.status_code == 201
    assert response.get_json()["article"]["event_count"] >= 1


def test_lone_surrogates_and_control_characters_in_text_are_cleaned_end_to_end(client):
    raw = ('{"text": "Shelling hit the market in Donetsk\\ud800 on Monday,\\u0000 killing 4 people\\udfff, '
           'medics said.\\u0007", "source": "wire", "published_at": "2015-12-23", "title": "Donetsk\\u00a0market"}')
    response = client.post("/articles", data=raw, content_type="application/json")
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    (event,) = body["events"]
    assert event["type"] == "shelling" and event["killed"] == 4
    stored = client.get(f"/articles/{body['article']['id']}").get_json()
    assert stored["text"] == "Shelling hit the market in Donetsk on Monday, killing 4 people, medics said."
    mention = event["mentions"][0]
    assert stored["text"][mention["start"]:mention["end"]] == mention["quote"]
    # The stored article serialises as plain UTF-8 JSON.
    assert client.get("/events?format=ndjson").get_data().decode("utf-8").count("\n") == 1


@pytest.mark.parametrize(
    "raw, field",
    [
        ('{"text": "\\ud800\\u0000\\udfff", "source": "wire", "published_at": "2015-12-23"}', "text"),
        ('{"text": " \\u0001 \\u200b ", "source": "wire", "published_at": "2015-12-23"}', "text"),
        ('{"text": "Shelling in Donetsk.", "source": "wi\\ud800re", "published_at": "2015-12-23"}', "source"),
        ('{"text": "Shelling in Donetsk.", "source": "wire\\u0000", "published_at": "2015-12-23"}', "source"),
        ('{"text": "Shelling in Donetsk.", "source": "wire", "title": "\\udfffx", "published_at": "2015-12-23"}', "title"),
        ('{"text": "Shelling in Donetsk.", "source": "wire", "url": "http://a.example/\\ud800", '
         '"published_at": "2015-12-23"}', "url"),
        ('{"text": "Shelling in Donetsk.", "source": "wire", "published_at": "2015-12-23\\ud800"}', "published_at"),
    ],
)
def test_surrogates_or_controls_where_they_cannot_be_cleaned_are_refused(client, raw, field):
    assert_error(client.post("/articles", data=raw, content_type="application/json"), 400, field)
    assert client.get("/health").get_json()["articles"] == 0


def test_surrogates_in_a_query_never_crash(seeded):
    for target in ("/events?place=%ED%A0%80", "/events?q=%ED%A0%80Homs", "/articles?source=%C0%AF"):
        response = seeded.get(target)
        assert response.status_code == 200
        assert response.get_json()[("events" if "events" in target else "articles")] == []
