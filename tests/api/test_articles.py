"""POST, GET and DELETE /articles."""
from __future__ import annotations

from tests.api.samples import ALEPPO, DOUMA, KABUL


def test_post_answers_201_with_the_article_and_its_events(client):
    response = client.post("/articles", json=ALEPPO)
    assert response.status_code == 201
    body = response.get_json()
    article = body["article"]
    assert article["source"] == "wire-a"
    assert article["published_at"] == "2016-02-10"
    assert article["url"] == ALEPPO["url"]
    assert article["event_count"] == len(body["events"]) == 2
    assert "text" not in article
    strike = next(e for e in body["events"] if e["type"] == "air_strike")
    assert (strike["date"], strike["date_end"], strike["precision"]) == ("2016-02-08", "2016-02-08", "day")
    assert strike["killed"] == 18
    assert strike["places"][0]["name"] == "Tall Rif‘at"
    assert strike["places"][0]["admin1"] == "Aleppo"
    assert strike["sources"] == ["wire-a"] and strike["source_count"] == 1
    (mention,) = strike["mentions"]
    assert ALEPPO["text"][mention["start"]:mention["end"]] == mention["quote"]
    assert mention["article_id"] == article["id"]


def test_get_article_has_its_text_and_events(client):
    created = client.post("/articles", json=DOUMA).get_json()
    body = client.get(f"/articles/{created['article']['id']}").get_json()
    assert body["text"] == DOUMA["text"]
    assert [e["id"] for e in body["events"]] == [e["id"] for e in created["events"]]
    assert body["events"][0]["injured"] == 30


def test_list_pages_newest_first_with_a_cursor(client):
    ids = [client.post("/articles", json=a).get_json()["article"]["id"] for a in (ALEPPO, DOUMA, KABUL)]
    first = client.get("/articles?limit=2").get_json()
    assert [a["id"] for a in first["articles"]] == ids[::-1][:2]
    assert first["next"]
    second = client.get(f"/articles?limit=2&cursor={first['next']}").get_json()
    assert [a["id"] for a in second["articles"]] == [ids[0]]
    assert second["next"] is None
    only_b = client.get("/articles?source=wire-b").get_json()["articles"]
    assert [a["source"] for a in only_b] == ["wire-b"]


def test_posting_the_same_article_again_creates_nothing(client):
    first = client.post("/articles", json=ALEPPO)
    again = client.post("/articles", json=ALEPPO)
    assert again.status_code == 200
    assert again.get_json()["article"]["id"] == first.get_json()["article"]["id"]
    assert client.get("/health").get_json()["articles"] == 1
    assert client.get("/health").get_json()["events"] == 2


def test_delete_removes_the_article_and_the_events_only_it_reported(client):
    kept = client.post("/articles", json=DOUMA).get_json()
    gone = client.post("/articles", json=KABUL).get_json()
    response = client.delete(f"/articles/{gone['article']['id']}")
    assert response.status_code == 204
    assert client.get(f"/articles/{gone['article']['id']}").status_code == 404
    for event in gone["events"]:
        assert client.get(f"/events/{event['id']}").status_code == 404
    remaining = client.get("/events").get_json()["events"]
    assert [e["id"] for e in remaining] == [e["id"] for e in kept["events"]]


def test_writes_need_the_key_when_one_is_set(tmp_path):
    from service import create_app

    client = create_app({"TIMELINE_DB": str(tmp_path / "k.db"), "TIMELINE_API_KEY": "s3cret"}).test_client()
    missing = client.post("/articles", json=KABUL)
    assert missing.status_code == 401
    assert missing.headers["WWW-Authenticate"].startswith("Bearer")
    assert missing.get_json()["error"]["code"] == "unauthorized"
    wrong = client.post("/articles", json=KABUL, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403
    assert client.get("/health").get_json()["articles"] == 0
    right = client.post("/articles", json=KABUL, headers={"Authorization": "Bearer s3cret"})
    assert right.status_code == 201
    assert client.get("/events").status_code == 200


def test_the_language_of_an_article_is_recorded_and_its_dates_read(client):
    body = client.post("/articles", json={
        "source": "afp-fr", "published_at": "2015-12-23",
        "text": "Une frappe aérienne a touché Alep le 7 octobre, selon les secours. Hier, Moscou a démenti.",
    }).get_json()
    assert body["article"]["language"] == "fr"
    assert [(e["date"], e["type"]) for e in body["events"]][0] == ("2015-10-07", "air_strike")
    listed = client.get("/articles").get_json()["articles"][0]
    assert listed["language"] == "fr"


def test_a_figure_past_any_toll_is_dropped_but_the_event_is_kept(client):
    body = {"source": "wire", "published_at": "2015-12-23",
            "text": "An air strike hit Aleppo on Monday, killing 10000001 people, activists said."}
    response = client.post("/articles", json=body)
    assert response.status_code == 201
    (event,) = response.get_json()["events"]
    assert (event["type"], event["date"], event["killed"]) == ("air_strike", "2015-12-21", None)


def test_a_text_that_ends_on_a_place_and_an_article_is_stored(client):
    # "Gao, a" cut off at the end: it had read past the last word and answered 500
    response = client.post("/articles", json={"source": "wire", "published_at": "2025-06-01", "text": "Gao, a"})
    assert response.status_code == 201
    body = response.get_json()
    assert (body["article"]["source"], body["events"]) == ("wire", [])
    assert client.get(f"/articles/{body['article']['id']}").get_json()["text"] == "Gao, a"
