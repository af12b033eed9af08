"""Every filter combination the API builds reads events through indexes, never by scanning a table.

Each read of the store is traced, and ``EXPLAIN QUERY PLAN`` of every statement it ran must not
hold a bare ``SCAN`` (a scan without an index) of events, mentions, event_places, event_actors or
event_keys: an index that goes missing fails here instead of slowing the service down at scale.
The fast read paths (pages through ``event_keys``, counts from ``month_counts``) must also answer
exactly what the general queries answer, and the JSON the store builds must match the schema.
"""
from __future__ import annotations

import itertools
import re

import pytest

from schemas import EventListSchema, EventSchema
from service.filters import build_filter
from service.store import FACET_FIELDS, Store

# One value per filter, each of which selects something in the seed articles.
FILTERS = {
    "place": {"place": ["Aleppo"]},
    "country": {"country": ["Syria"]},
    "actor": {"actor": ["Russia"]},
    "source": {"source": ["seed-001"]},
    "type": {"type": ["air_strike", "shelling"]},
    "from": {"from_": "2015-10"},
    "to": {"to": "2015-12"},
    "q": {"q": "killed"},
    "contested": {"contested": False},
    "min_sources": {"min_sources": 1},
    "min_killed": {"min_killed": 1},
}
LINKED = {"events", "mentions", "event_places", "event_actors", "event_keys"}
SORTS = ("date", "-date", "source_count", "killed")


def _args(names) -> dict:
    """Query arguments as the schema loads them, for the named filters."""
    from schemas.fields import PartialDate

    args: dict = {}
    for name in names:
        args.update(FILTERS[name])
    for key in ("from_", "to"):
        if key in args:
            args[key] = PartialDate()._deserialize(args[key], key, {})
    return args


def _combinations(max_size: int | None = None):
    """Every subset of the filters (up to ``max_size`` of them), and the whole set."""
    names = list(FILTERS)
    top = len(names) if max_size is None else max_size
    for size in range(top + 1):
        yield from itertools.combinations(names, size)
    if max_size is not None:
        yield tuple(names)


class Traced:
    """Collect the statements a store runs, with their parameters bound."""

    def __init__(self, store: Store):
        self.store = store
        self.statements: list[str] = []
        store.db.conn.set_trace_callback(self.statements.append)

    def scans(self) -> list[tuple[str, str]]:
        """(statement, plan line) of every bare scan of an event table among the traced statements."""
        self.store.db.conn.set_trace_callback(None)
        found = []
        aliases = {"events", "mentions", "event_places", "event_actors", "event_keys"}
        for sql in dict.fromkeys(self.statements):
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            # Table aliases of the statement: "events e", "mentions m", "event_places ep" ...
            local = set(aliases)
            for table, alias in re.findall(r"\b(events|mentions|event_places|event_actors|event_keys)\s+(?:AS\s+)?(\w+)",
                                           sql):
                if alias.upper() not in {"WHERE", "ON", "JOIN", "CROSS", "GROUP", "ORDER", "LIMIT"}:
                    local.add(alias)
            for row in self.store.db.conn.execute("EXPLAIN QUERY PLAN " + sql):
                detail = row[-1]
                match = re.match(r"SCAN (\w+)$", detail)
                if match and match.group(1) in local:
                    found.append((sql, detail))
        self.statements.clear()
        self.store.db.conn.set_trace_callback(self.statements.append)
        return found


def _copy(source, path):
    """A copy of a database, with what its WAL holds."""
    import sqlite3

    with sqlite3.connect(source) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    return path


@pytest.fixture(scope="module")
def store(seeded_db):
    return Store(str(seeded_db))


def test_no_filter_combination_scans_an_event_table(store):
    traced = Traced(store)
    for names in _combinations():
        flt = build_filter(_args(names))
        store.list_events(flt, limit=2, cursor=None, sort="date")
        store.timeline_counts(flt, "month")
    for names in _combinations(max_size=2):
        flt = build_filter(_args(names))
        for sort in SORTS:
            _, cursor = store.list_events(flt, limit=1, cursor=None, sort=sort)
            if cursor:
                store.list_events(flt, limit=1, cursor=cursor, sort=sort)
        for field in FACET_FIELDS:
            store.facets(flt, field, limit=10)
        store.timeline(flt, "month")
        store.timeline_counts(flt, "week")
    for event_id in (1, 2):
        store.get_event(event_id)
    scans = traced.scans()
    assert not scans, "\n".join(f"{detail}: {sql}" for sql, detail in scans[:5])


def test_pages_through_event_keys_match_the_general_query(store, monkeypatch):
    general = Store(store.path)
    monkeypatch.setattr(general, "_driving_keys", lambda flt: None)
    checked = 0
    for names in _combinations(max_size=3):
        flt = build_filter(_args(names))
        for sort in ("date", "-date"):
            expected, pages, cursor = [], [], None
            expected = [e["id"] for e in general.iter_events(flt, batch=500)]
            if sort == "-date":
                expected = [e["id"] for e in sorted(general.iter_events(flt), key=lambda e: (e["date"], e["id"]),
                                                     reverse=True)]
            while True:
                page, cursor = store.list_events(flt, limit=3, cursor=cursor, sort=sort)
                pages.extend(e["id"] for e in page)
                if cursor is None:
                    break
            assert pages == expected, (names, sort)
            checked += bool(expected)
    assert checked > 100


def test_counts_only_timelines_match_the_event_timelines(store):
    for names in _combinations(max_size=3):
        flt = build_filter(_args(names))
        for interval in ("month", "year", "week"):
            full = store.timeline(flt, interval)
            counts = store.timeline_counts(flt, interval)
            assert counts["buckets"] == [{k: b[k] for k in ("start", "end", "count")} for b in full["buckets"]], names
            assert counts["spanning_count"] == len(full["spanning"]), names


def test_monthly_counts_follow_deletes(seeded_db, tmp_path):
    from service.ingest import delete_article

    path = _copy(seeded_db, tmp_path / "copy.db")
    store = Store(str(path))
    assert store.counts()["events"]
    flt = build_filter({"country": ["Syria"]})
    for article_id in store.article_ids()[:2]:
        delete_article(store, article_id)
    full = store.timeline(flt, "month")
    counts = store.timeline_counts(flt, "month")
    assert counts["buckets"] == [{k: b[k] for k in ("start", "end", "count")} for b in full["buckets"]]
    keys = store.db.execute("SELECT COUNT(*) FROM event_keys WHERE event_id NOT IN (SELECT id FROM events)").fetchone()
    assert keys == (0,)


def test_the_json_the_store_builds_is_the_documented_event(seeded):
    body = seeded.get("/events?limit=500").get_json()
    assert body["events"]
    assert EventListSchema().validate(body) == {}
    assert body["events"] == EventSchema(many=True).dump(body["events"])
    counts = seeded.get("/timeline?interval=month&country=Syria&events=false").get_json()
    assert counts["buckets"] and "events" not in counts["buckets"][0] and "spanning" not in counts


def test_documents_written_by_sqlite_equal_the_python_ones(seeded_db):
    import json

    from schemas.event import EVENT_TYPES

    store = Store(str(seeded_db), categories=EVENT_TYPES)
    ids = [r[0] for r in store.db.execute("SELECT id FROM events ORDER BY date DESC, id")]
    assert store.db.execute("SELECT COUNT(*) FROM events WHERE contested = 1").fetchone()[0]
    assert [json.loads(document) for document in store.events_json(ids)] == store.events_by_id(ids)


def test_cached_documents_never_outlive_a_change(seeded_db, tmp_path):
    import json

    path = _copy(seeded_db, tmp_path / "cache.db")
    reader, writer = Store(str(path), doc_cache=100), Store(str(path))
    ids = [r[0] for r in reader.db.execute("SELECT id FROM events ORDER BY id")]
    assert reader.events_json(ids) == reader.events_json(ids)
    with writer.db.conn:
        writer.db.conn.execute("UPDATE events SET summary = 'Changed by another connection.' WHERE id = ?", [ids[0]])
    assert json.loads(reader.events_json(ids[:1])[0])["summary"] == "Changed by another connection."
    with reader.db.conn:
        reader.db.conn.execute("UPDATE events SET summary = 'Changed here.' WHERE id = ?", [ids[0]])
    assert json.loads(reader.events_json(ids[:1])[0])["summary"] == "Changed here."
    assert [json.loads(d) for d in reader.events_json(ids)] == reader.events_by_id(ids)
