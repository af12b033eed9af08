"""Every failure answers with the one error body.

The body is ``{"error": {"status": <int>, "code": <str>, "message": <str>, "fields": {<name>: [<str>]}}}``:
``status`` repeats the HTTP status, ``fields`` names each input that was wrong (empty when no
single input is to blame). A refused article stores nothing.
"""
from __future__ import annotations

import pytest

GOOD = {"text": "Shelling hit the market in Donetsk on Monday.", "source": "wire", "published_at": "2015-12-23"}


def assert_error(response, status: int, field: str | None = None) -> dict:
    """Check the error shape and status, and that ``field`` is named; return the detail."""
    assert response.status_code == status
    assert response.is_json
    body = response.get_json()
    assert set(body) == {"error"}
    detail = body["error"]
    assert set(detail) == {"status", "code", "message", "fields"}
    assert detail["status"] == status
    assert detail["message"]
    if field is not None:
        assert field in detail["fields"], detail
        assert all(isinstance(m, str) and m for m in detail["fields"][field])
    return detail


@pytest.mark.parametrize(
    "body, field",
    [
        ({k: v for k, v in GOOD.items() if k != "text"}, "text"),
        ({**GOOD, "text": ""}, "text"),
        ({**GOOD, "text": "   \n\t "}, "text"),
        ({**GOOD, "text": 42}, "text"),
        ({k: v for k, v in GOOD.items() if k != "source"}, "source"),
        ({**GOOD, "source": ""}, "source"),
        ({**GOOD, "published_at": "23/12/2015"}, "published_at"),
        ({**GOOD, "published_at": "2015-02-30"}, "published_at"),
        ({**GOOD, "published_at": "0001-01-01"}, "published_at"),
        ({**GOOD, "published_at": None}, "published_at"),
        ({k: v for k, v in GOOD.items() if k != "published_at"}, "published_at"),
        ({**GOOD, "url": "not a url"}, "url"),
        ({**GOOD, "colour": "blue"}, "colour"),
        (["not", "an", "object"], "body"),
    ],
)
def test_bad_article_is_refused_naming_the_field_and_nothing_is_stored(client, body, field):
    assert_error(client.post("/articles", json=body), 400, field)
    assert client.get("/articles").get_json()["articles"] == []
    assert client.get("/health").get_json()["events"] == 0


@pytest.mark.parametrize(
    "data, content_type",
    [
        ('{"text": "unterminated', "application/json"),
        ("text=hello", "application/json"),
        ("", "application/json"),
    ],
)
def test_body_that_is_not_json_is_a_400(client, data, content_type):
    detail = assert_error(client.post("/articles", data=data, content_type=content_type), 400)
    assert detail["code"] == "invalid_input"
    assert client.get("/health").get_json()["articles"] == 0


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", None])
def test_a_body_that_is_not_sent_as_json_is_a_415_naming_the_content_type(client, content_type):
    import json

    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post("/articles", data=json.dumps(GOOD), headers=headers)
    if content_type is None:  # the test client sends no Content-Type of its own
        assert "Content-Type" not in response.request.headers
    detail = assert_error(response, 415, "Content-Type")
    assert detail["code"] == "unsupported_media_type"
    assert client.get("/health").get_json()["articles"] == 0
    # the same body as JSON is taken
    assert client.post("/articles", data=json.dumps(GOOD), content_type="application/json").status_code == 201


@pytest.mark.parametrize(
    "url, field",
    [
        ("/events?limit=0", "limit"),
        ("/events?limit=100000", "limit"),
        ("/events?limit=ten", "limit"),
        ("/events?from=2015-13", "from"),
        ("/events?to=yesterday", "to"),
        ("/events?from=2015-12-01&to=2015-11-01", "to"),
        ("/events?plcae=Homs", "plcae"),
        ("/events?type=picnic", "type.0"),
        ("/events?cursor=not-a-cursor", "cursor"),
        ("/events?cursor=WzFd", "cursor"),
        # a cursor edited to hold what SQLite cannot take: an integer of 64 bits or more, a lone surrogate
        ("/events?cursor=WyIyMDE1LTA5LTI4Iiw5MjIzMzcyMDM2ODU0Nzc1ODA4XQ", "cursor"),
        ("/events?sort=killed&cursor=WzkyMjMzNzIwMzY4NTQ3NzU4MDgsIjIwMTUiLDFd", "cursor"),
        ("/events?cursor=WyJcdWQ4MDAiLDFd", "cursor"),
        ("/articles?cursor=WzkyMjMzNzIwMzY4NTQ3NzU4MDhd", "cursor"),
        ("/timeline?interval=fortnight", "interval"),
        ("/timeline?interval=day&from=1900&to=2100", "interval"),
        ("/articles?limit=-1", "limit"),
        ("/articles?cursor=%%%", "cursor"),
        # digits other than ASCII ones are not the spec's integers or dates
        ("/events?from=%D9%A2%D9%A0%D9%A1%D9%A5", "from"),
        ("/events?limit=%D9%A5", "limit"),
        ("/facets?field=place&limit=%EF%BC%95", "limit"),
        ("/events?min_killed=%EF%BC%91", "min_killed"),
        # a filter that would match everything: nothing in it to look for
        ("/events?place=-", "place.0"),
        ("/events?place=%20", "place.0"),
        ("/timeline?country=...", "country.0"),
        ("/facets?field=place&actor=%25", "actor.0"),
        ("/events?q=%22", "q"),
        # a parameter that takes one value, given twice
        ("/events?from=2015&from=2016", "from"),
        ("/events?contested=true&contested=false", "contested"),
        ("/timeline?interval=day&interval=month", "interval"),
        ("/articles?limit=5&limit=6", "limit"),
        # an export streams every event: a cursor has nothing to page
        ("/events?format=csv&cursor=garbage", "cursor"),
        ("/events?format=ndjson&cursor=WzFd", "cursor"),
    ],
)
def test_bad_query_is_a_400_naming_the_parameter(client, url, field):
    assert_error(client.get(url), 400, field)


@pytest.mark.parametrize(
    "method, url",
    [
        ("get", "/articles/999"),
        ("delete", "/articles/999"),
        ("get", "/events/999"),
        ("get", "/no-such-page"),
        ("get", "/events/not-a-number"),
    ],
)
def test_unknown_resource_is_a_json_404(client, method, url):
    detail = assert_error(getattr(client, method)(url), 404)
    assert detail["code"] == "not_found"


def test_an_id_of_other_digits_is_no_id(client):
    for url in ("/events/%EF%BC%91", "/articles/%D9%A3", "/events//4", "/articles//2", "/events/%2F4"):
        assert_error(client.get(url), 404)


def test_a_repeatable_filter_may_still_be_given_several_times(client):
    response = client.get("/events?place=Homs&place=Aleppo&type=shelling&type=air_strike")
    assert response.status_code == 200 and response.get_json() == {"events": [], "next": None}


def test_wrong_method_is_a_json_405(client):
    detail = assert_error(client.put("/events"), 405)
    assert detail["code"] == "method_not_allowed"


def test_fts_syntax_in_q_is_searched_literally_not_a_500(client):
    for q in ['"unbalanced', "AND OR NOT", "a* NEAR(", "col:value", "'; DROP TABLE events; --"]:
        response = client.get("/events", query_string={"q": q})
        assert response.status_code == 200, q
        assert response.get_json() == {"events": [], "next": None}


def test_a_resource_named_by_its_url_takes_no_query_parameter(client):
    """One article or one event takes no parameter: "?format=csv" on an event is refused by name,
    not answered in JSON as if it had been read; a refused delete deletes nothing, a refused
    ingest stores nothing."""
    created = client.post("/articles", json=GOOD).get_json()
    article_id, event_id = created["article"]["id"], created["events"][0]["id"]
    assert_error(client.get(f"/events/{event_id}?format=csv"), 400, "format")
    assert_error(client.get(f"/articles/{article_id}?include=text"), 400, "include")
    assert_error(client.delete(f"/articles/{article_id}?force=1"), 400, "force")
    assert client.get(f"/articles/{article_id}").get_json()["id"] == article_id
    assert client.get(f"/events/{event_id}").get_json()["id"] == event_id

    other = {**GOOD, "text": "Shelling hit the market in Luhansk on Tuesday."}
    assert_error(client.post("/articles?dry_run=1", json=other), 400, "dry_run")
    assert [a["id"] for a in client.get("/articles").get_json()["articles"]] == [article_id]
    assert client.get("/health").get_json()["events"] == 1
