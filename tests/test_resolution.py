"""One event, many reports: resolution across articles, provenance, disagreement, stance."""
from __future__ import annotations


import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas import ArticleInSchema
from service import create_app
from service.ingest import ingest_article
from service.store import EventFilter, Store
from tests.conftest import seed_articles

WIRE = {
    "source": "wire-one", "published_at": "2015-10-09",
    "text": "Russian jets struck Darat Izza in Aleppo province on Wednesday, killing 12 civilians, "
            "according to opposition activists.\nThe Kremlin denied on Thursday that its jets had hit civilians.",
}
RADIO = {
    "source": "radio-two", "published_at": "2015-10-10",
    "text": "An air strike hit the town of Darat Izza on October 7, killing at least 17 people, medics said.",
}
MONITOR = {
    "source": "monitor-three", "published_at": "2015-10-11",
    "text": "The Syrian Observatory for Human Rights said Russian air strikes had killed 14 people in Darat Izza "
            "on October 7.\nRussia began its air campaign in Syria on September 30.",
}
OTHER = {
    "source": "wire-four", "published_at": "2015-10-12",
    "text": "Shelling hit a market in Douma on October 10, killing 9 people, medics said.\n"
            "Moscow launched its campaign of air strikes on Sept. 30, officials recalled.",
}


def load(article: dict) -> dict:
    """An article body as the API would validate it."""
    return ArticleInSchema().load(article)


def canonical_events(store: Store) -> set[tuple]:
    """The stored events described by content only (no ids), to compare stores."""
    events, _ = store.list_events(EventFilter(), limit=500, cursor=None)
    return {
        (
            e["date"], e["date_end"], e["precision"], e["type"], e["killed_min"], e["killed_max"], e["contested"],
            frozenset((m["source"], m["start"], m["end"]) for m in e["mentions"]),
            tuple(sorted(p["id"] for p in e["places"])), tuple(sorted(a["id"] for a in e["actors"])),
        )
        for e in events
    }


def ingest_all(path: str, articles: list[dict]) -> Store:
    """A store at ``path`` holding ``articles`` ingested in the given order."""
    store = Store(path)
    for article in articles:
        ingest_article(store, load(article))
    return store


ARTICLES = [WIRE, RADIO, MONITOR, OTHER, *seed_articles()[1:4]]


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(len(ARTICLES))))
def test_events_do_not_depend_on_the_order_articles_arrive_in(tmp_path_factory, order):
    reference = canonical_events(ingest_all(str(tmp_path_factory.mktemp("a") / "a.db"), ARTICLES))
    shuffled = canonical_events(ingest_all(str(tmp_path_factory.mktemp("b") / "b.db"), [ARTICLES[i] for i in order]))
    assert shuffled == reference


@pytest.fixture
def client(tmp_path):
    """An app holding the four sample reports."""
    client = create_app({"TIMELINE_DB": str(tmp_path / "r.db")}).test_client()
    for article in (WIRE, RADIO, MONITOR, OTHER):
        assert client.post("/articles", json=article).status_code == 201
    return client


def darat_izza(client) -> dict:
    """The one event of the strike on Darat Izza."""
    (event,) = client.get("/events?place=Darat Izza&type=air_strike").get_json()["events"]
    return event


def test_three_reports_of_one_strike_are_one_event_with_three_sources(client):
    event = darat_izza(client)
    assert (event["date"], event["precision"]) == ("2015-10-07", "day")
    assert event["sources"] == ["monitor-three", "radio-two", "wire-one"]
    assert event["source_count"] == 3 and event["mention_count"] == 3


def test_every_mention_quotes_its_article_at_its_offsets(client):
    for event in client.get("/events?limit=500").get_json()["events"]:
        for mention in event["mentions"]:
            text = client.get(f"/articles/{mention['article_id']}").get_json()["text"]
            assert text[mention["start"]:mention["end"]] == mention["quote"]


def test_differing_tolls_are_kept_as_a_range_with_who_said_what(client):
    event = darat_izza(client)
    assert (event["killed"], event["killed_min"], event["killed_max"]) == (12, 12, 17)
    said = {f["source"]: f["killed"] for f in event["figures"]}
    assert said == {"wire-one": 12, "radio-two": 17, "monitor-three": 14}


def test_attribution_is_recorded_with_each_mention(client):
    mentions = {m["source"]: m for m in darat_izza(client)["mentions"]}
    assert mentions["wire-one"]["attribution"] == "according to opposition activists"
    assert mentions["radio-two"]["attribution"] == "medics said"
    assert mentions["monitor-three"]["attributed_to"] == "sohr"


def test_a_denial_marks_the_claims_it_answers_as_contested(client):
    event = darat_izza(client)
    assert event["contested"] is True
    (contest,) = event["contested_by"]
    assert contest["actor_id"] == "russia" and contest["source"] == "wire-one"
    assert "denied" in contest["quote"]
    contested = client.get("/events?contested=true").get_json()["events"]
    assert [e["id"] for e in contested] == [event["id"]]
    uncontested = client.get("/events?contested=false").get_json()["events"]
    assert event["id"] not in [e["id"] for e in uncontested] and uncontested


def test_the_campaign_start_is_one_event_across_articles(client):
    (campaign,) = client.get("/events?type=military_campaign").get_json()["events"]
    assert campaign["date"] == "2015-09-30"
    assert campaign["sources"] == ["monitor-three", "wire-four"]


@pytest.mark.parametrize(
    "query, first",
    [
        ({"sort": "source_count"}, ("2015-10-07", 3)),
        ({"sort": "killed"}, ("2015-10-07", 3)),
        ({"sort": "-date"}, ("2015-10-10", 1)),
        ({"min_sources": 2, "sort": "date"}, ("2015-09-30", 2)),
    ],
)
def test_sorts_and_minimum_sources(client, query, first):
    events = client.get("/events", query_string=query).get_json()["events"]
    assert (events[0]["date"], events[0]["source_count"]) == first
    if "min_sources" in query:
        assert all(e["source_count"] >= 2 for e in events) and len(events) == 2


@pytest.mark.parametrize("sort", ["date", "-date", "source_count", "killed"])
def test_cursor_pages_follow_every_sort(client, sort):
    everything = [e["id"] for e in client.get("/events", query_string={"sort": sort}).get_json()["events"]]
    seen, cursor = [], None
    while True:
        params = {"sort": sort, "limit": 2, **({"cursor": cursor} if cursor else {})}
        body = client.get("/events", query_string=params).get_json()
        seen += [e["id"] for e in body["events"]]
        cursor = body["next"]
        if not cursor:
            break
    assert seen == everything


def test_deleting_a_report_recomputes_the_event_and_the_last_one_removes_it(client):
    event = darat_izza(client)
    by_source = {m["source"]: m["article_id"] for m in event["mentions"]}
    assert client.delete(f"/articles/{by_source['radio-two']}").status_code == 204
    event = darat_izza(client)
    assert event["sources"] == ["monitor-three", "wire-one"]
    assert (event["killed_min"], event["killed_max"]) == (12, 14)
    client.delete(f"/articles/{by_source['monitor-three']}")
    client.delete(f"/articles/{by_source['wire-one']}")
    assert client.get("/events?place=Darat Izza").get_json()["events"] == []


def test_deleting_the_report_that_joined_two_others_splits_the_event(tmp_path):
    client = create_app({"TIMELINE_DB": str(tmp_path / "s.db")}).test_client()
    placed = {"source": "a", "published_at": "2015-10-09",
              "text": "A strike hit homes in Darat Izza on October 7, killing 4 people."}
    bridge = {"source": "b", "published_at": "2015-10-09",
              "text": "Russian jets struck Darat Izza on October 7, killing 5 people."}
    unplaced = {"source": "c", "published_at": "2015-10-09",
                "text": "Russian jets carried out air strikes on October 7, killing 6 people."}
    ids = {a["source"]: client.post("/articles", json=a).get_json()["article"]["id"] for a in (placed, bridge, unplaced)}
    (merged,) = client.get("/events?type=air_strike").get_json()["events"]
    assert merged["sources"] == ["a", "b", "c"]
    client.delete(f"/articles/{ids['b']}")
    events = client.get("/events?type=air_strike").get_json()["events"]
    assert sorted(e["sources"] for e in events) == [["a"], ["c"]]


def test_reextraction_is_atomic_per_article_and_resumes_after_an_interruption(tmp_path, monkeypatch):
    import service.ingest as ingest

    from service.extract.events import EXTRACTOR_VERSION as CURRENT

    path = str(tmp_path / "x.db")
    store = ingest_all(path, [WIRE, RADIO, MONITOR, OTHER])
    before = canonical_events(store)
    monkeypatch.setattr(ingest, "EXTRACTOR_VERSION", "next")
    assert store.stale_articles("next") == store.article_ids()

    real = ingest._extract
    calls = []

    def failing(text, published, language):
        calls.append(text)
        if len(calls) == 3:
            raise KeyboardInterrupt  # the process is stopped while reading the third article
        return real(text, published, language)

    monkeypatch.setattr(ingest, "_extract", failing)
    with pytest.raises(KeyboardInterrupt):
        ingest.reextract(store)
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    versions = [r[0] for r in store.db.execute("SELECT extractor_version FROM articles ORDER BY id")]
    assert versions == ["next", "next", CURRENT, CURRENT]
    assert canonical_events(store) == before  # nothing lost, nothing doubled

    monkeypatch.setattr(ingest, "_extract", real)
    assert ingest.reextract(store) == 2
    assert store.stale_articles("next") == []
    assert canonical_events(store) == before


def test_reextract_command_reports_what_it_did(tmp_path):
    import os
    import subprocess
    import sys

    path = tmp_path / "cli.db"
    ingest_all(str(path), [WIRE])
    env = {**os.environ, "TIMELINE_DB": str(path)}
    timeline = os.path.join(os.path.dirname(sys.executable), "timeline")
    result = subprocess.run([timeline, "reextract"], env=env, capture_output=True, text=True, check=True)
    assert "0 articles re-read" in result.stdout
    result = subprocess.run([timeline, "reextract", "--all"], env=env, capture_output=True, text=True, check=True)
    assert "article 1: 2 events" in result.stdout and "1 articles re-read" in result.stdout


def test_components_group_identical_readings_once_and_keep_unplaced_twins_apart():
    from service.store.resolution import components

    base = {"date": "2015-10-07", "date_end": "2015-10-07", "type": "air_strike", "actor_ids": []}
    placed = [{**base, "place_ids": [1], "n": i} for i in range(500)]
    bare = [{**base, "place_ids": [], "n": i} for i in range(3)]
    groups = components(placed + bare, {}, lambda a, b: a == b)
    sizes = sorted(len(g) for g in groups)
    assert sizes == [1, 1, 1, 500]


def test_a_year_long_report_never_joins_two_strikes_of_different_days_into_one(client):
    texts = {"a": "An air strike hit Latakia on 1 March 2015, killing 8 people, activists said.",
             "b": "An air strike hit Latakia on 5 November 2015, killing 5 people, activists said.",
             "c": "An air strike hit Latakia in 2015, killing 5 people, activists said."}
    for order in (("a", "b", "c"), ("c", "a", "b"), ("b", "c", "a")):
        for source in order:
            response = client.post("/articles", json={"source": source + "".join(order), "published_at": "2015-12-23",
                                                       "text": texts[source]})
            assert response.status_code == 201
    events = client.get("/events?place=Latakia&limit=50").get_json()["events"]
    days = sorted((e["date"], e["date_end"], e["precision"]) for e in events if e["precision"] == "day")
    # the two strikes stay two events, each on its own day, whatever the order the reports came in
    assert days == [("2015-03-01", "2015-03-01", "day"), ("2015-11-05", "2015-11-05", "day")]
    november = client.get("/events?place=Latakia&from=2015-11&to=2015-11").get_json()["events"]
    assert [e["date"] for e in november] == ["2015-11-05"]
    # the year's report joined one of them: no event is dated the whole year
    assert all(e["precision"] == "day" for e in events)
    assert sum(len(e["mentions"]) for e in events) == 9


def test_a_sentence_repeated_in_one_article_is_one_event_and_unplaced_twins_stay_apart(client):
    placed = "An air strike hit Aleppo on 1 March 2015, killing 5 people. " * 40
    body = client.post("/articles", json={"source": "r", "published_at": "2015-12-23", "text": placed}).get_json()
    assert len({e["id"] for e in body["events"]}) == 1
    events = client.get("/events?place=Aleppo&from=2015-03&to=2015-03&limit=50").get_json()["events"]
    assert [(e["date"], len(e["mentions"])) for e in events] == [("2015-03-01", 40)]
    unplaced = "Gunmen shot dead a man on 3 March 2015. " * 3
    client.post("/articles", json={"source": "u", "published_at": "2015-12-23", "text": unplaced})
    events = client.get("/events?from=2015-03-03&to=2015-03-03&limit=50").get_json()["events"]
    assert [len(e["mentions"]) for e in events] == [1, 1, 1]
