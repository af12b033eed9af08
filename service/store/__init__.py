"""The only code that knows table names and SQL."""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import os
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlite_utils import Database

from service.store.migrations import migrations
from service.store.timeline import bucket_events

EVENT_CATEGORY: dict[str, str] = {}


class NotFound(LookupError):
    """The requested row does not exist."""

    def __init__(self, kind: str, key: object):
        super().__init__(f"No {kind} with id {key}.")
        self.kind = kind
        self.key = key


class BadCursor(ValueError):
    """A paging cursor that this store did not issue."""


@dataclass
class EventFilter:
    """Filters of the event list, already resolved to keys the tables hold."""

    place_keys: list[str] = field(default_factory=list)
    actor_ids: list[str] = field(default_factory=list)
    actor_keys: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    country_keys: list[str] = field(default_factory=list)
    country_codes: list[str] = field(default_factory=list)
    date_from: str | None = None
    date_to: str | None = None
    q: str | None = None


def encode_cursor(values: Sequence) -> str:
    """Make an opaque, URL-safe cursor from the sort key of the last row."""
    return base64.urlsafe_b64encode(json.dumps(list(values), separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, shape: Sequence[type]) -> list:
    """Read a cursor back, checking it has the expected shape."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise BadCursor("Not a cursor this service issued.") from exc
    if not isinstance(values, list) or len(values) != len(shape) or not all(
        isinstance(v, t) and not isinstance(v, bool) for v, t in zip(values, shape)
    ):
        raise BadCursor("Not a cursor this service issued.")
    return values


def fts_query(text: str) -> str:
    """Quote every word so user text is searched literally, never parsed as FTS syntax."""
    words = [w for w in text.replace('"', " ").split() if w]
    return " ".join(f'"{w}"' for w in words)


class Store:
    """An SQLite database of articles and the events they report; one connection per thread."""

    def __init__(self, path: str, *, categories: dict[str, str] | None = None):
        self.path = path
        self.categories = categories or {}
        self._local = threading.local()
        self.migrate()

    @property
    def db(self) -> Database:
        """This thread's connection, opened on first use."""
        db = getattr(self._local, "db", None)
        if db is not None and self._local.pid != os.getpid():
            db = None  # a forked worker must not share its parent's connection
        if db is None:
            db = Database(self.path)
            db.conn.execute("PRAGMA busy_timeout = 10000")
            db.conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                db.conn.execute("PRAGMA journal_mode = WAL")
                db.conn.execute("PRAGMA synchronous = NORMAL")
            self._local.db = db
            self._local.pid = os.getpid()
        return db

    def migrate(self) -> None:
        """Apply any pending migrations."""
        migrations.apply(self.db)

    def close(self) -> None:
        """Close this thread's connection."""
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None

    # -- articles -----------------------------------------------------------------

    def find_article(self, *, source: str, sha256: str, url: str | None) -> int | None:
        """Return the id of an article already stored with this url, or this text from this source."""
        if url:
            row = self.db.execute("SELECT id FROM articles WHERE url = ? LIMIT 1", [url]).fetchone()
            if row:
                return row[0]
        row = self.db.execute(
            "SELECT id FROM articles WHERE source = ? AND sha256 = ? LIMIT 1", [source, sha256]
        ).fetchone()
        return row[0] if row else None

    def add_article(self, article: dict, events: list[dict], place_keys: dict[int, dict]) -> int:
        """Store an article and its events in one transaction; return the article id.

        Each event is merged into a stored event of the same type and dates that shares a place
        or an actor with it, or stored as a new event.
        """
        db = self.db
        with db.atomic():
            article_id = db["articles"].insert(article).last_pk
            for event in events:
                self._upsert_places(event["places"], place_keys)
                self._upsert_actors(event["actors"])
                event_id = self._matching_event(event) or self._insert_event(event)
                db["mentions"].insert(
                    {
                        "event_id": event_id,
                        "article_id": article_id,
                        "source": article["source"],
                        "quote": event["quote"],
                        "start": event["start"],
                        "end": event["end"],
                        "timex": event["timex"],
                        "killed": event.get("killed"),
                        "injured": event.get("injured"),
                        "place_ids": json.dumps([p["id"] for p in event["places"]]),
                        "actor_ids": json.dumps([a["id"] for a in event["actors"]]),
                    }
                )
                self._refresh_event(event_id)
        return article_id

    def get_article(self, article_id: int, *, with_text: bool = True) -> dict:
        """Return one article, with its text and events when asked."""
        row = self._article_rows("WHERE a.id = ?", [article_id], with_text=with_text)
        if not row:
            raise NotFound("article", article_id)
        article = row[0]
        if with_text:
            ids = [r[0] for r in self.db.execute(
                "SELECT DISTINCT event_id FROM mentions WHERE article_id = ?", [article_id]
            )]
            article["events"] = sorted(self.events_by_id(ids), key=lambda e: (e["date"], e["id"]))
        return article

    def list_articles(self, *, limit: int, cursor: str | None, sources: Sequence[str] = ()) -> tuple[list[dict], str | None]:
        """Return a page of articles, newest first, and the cursor of the next page."""
        where, params = [], []
        if cursor:
            (last_id,) = decode_cursor(cursor, (int,))
            where.append("a.id < ?")
            params.append(last_id)
        if sources:
            where.append(f"a.source IN ({_marks(sources)})")
            params.extend(sources)
        sql = ("WHERE " + " AND ".join(where) if where else "") + " ORDER BY a.id DESC LIMIT ?"
        rows = self._article_rows(sql, [*params, limit + 1], with_text=False)
        next_cursor = encode_cursor([rows[limit - 1]["id"]]) if len(rows) > limit else None
        return rows[:limit], next_cursor

    def delete_article(self, article_id: int) -> None:
        """Remove an article and its mentions; drop events left with none, refresh the others."""
        db = self.db
        with db.atomic():
            if not db.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone():
                raise NotFound("article", article_id)
            touched = [r[0] for r in db.execute(
                "SELECT DISTINCT event_id FROM mentions WHERE article_id = ?", [article_id]
            )]
            db.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
            db.execute("DELETE FROM articles WHERE id = ?", [article_id])
            for event_id in touched:
                if db.execute("SELECT 1 FROM mentions WHERE event_id = ? LIMIT 1", [event_id]).fetchone():
                    self._refresh_event(event_id)
                else:
                    db.execute("DELETE FROM event_places WHERE event_id = ?", [event_id])
                    db.execute("DELETE FROM event_actors WHERE event_id = ?", [event_id])
                    db.execute("DELETE FROM events WHERE id = ?", [event_id])

    def _article_rows(self, tail: str, params: list, *, with_text: bool) -> list[dict]:
        """Run an article query and return plain dicts with their event counts."""
        text = ", a.text" if with_text else ""
        sql = f"""
            SELECT a.id, a.source, a.title, a.url, a.published_at, a.language, a.ingested_at, a.sha256,
                   a.extractor_version,
                   (SELECT COUNT(DISTINCT m.event_id) FROM mentions m WHERE m.article_id = a.id){text}
            FROM articles a {tail}"""
        keys = ["id", "source", "title", "url", "published_at", "language", "ingested_at", "sha256", "extractor_version",
                "event_count"]
        if with_text:
            keys.append("text")
        return [dict(zip(keys, row)) for row in self.db.execute(sql, params)]

    # -- events -------------------------------------------------------------------

    def get_event(self, event_id: int) -> dict:
        """Return one event with its places, actors and mentions."""
        events = self.events_by_id([event_id])
        if not events:
            raise NotFound("event", event_id)
        return events[0]

    def list_events(self, flt: EventFilter, *, limit: int, cursor: str | None) -> tuple[list[dict], str | None]:
        """Return a page of events in date order, and the cursor of the next page."""
        where, params = self._where(flt)
        if cursor:
            last_date, last_id = decode_cursor(cursor, (str, int))
            where.append("(e.date > ? OR (e.date = ? AND e.id > ?))")
            params.extend([last_date, last_date, last_id])
        sql = "SELECT e.id, e.date FROM events e"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY e.date, e.id LIMIT ?"
        rows = self.db.execute(sql, [*params, limit + 1]).fetchall()
        next_cursor = encode_cursor([rows[limit - 1][1], rows[limit - 1][0]]) if len(rows) > limit else None
        events = self.events_by_id([r[0] for r in rows[:limit]])
        return events, next_cursor

    def timeline(self, flt: EventFilter, interval: str, *, max_buckets: int = 5000) -> dict:
        """Group the filtered events into buckets of ``interval``; see ``bucket_events``."""
        where, params = self._where(flt)
        sql = "SELECT e.id FROM events e" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY e.date, e.id"
        events = self.events_by_id([r[0] for r in self.db.execute(sql, params)])
        return bucket_events(events, interval, flt.date_from, flt.date_to, max_buckets=max_buckets)

    def events_by_id(self, ids: Sequence[int]) -> list[dict]:
        """Load events with their places, actors and mentions, in the order of ``ids``."""
        if not ids:
            return []
        db, marks = self.db, _marks(ids)
        events = {}
        for row in db.execute(
            f"SELECT id, date, date_end, precision, type, summary, killed, injured, confidence FROM events WHERE id IN ({marks})",
            list(ids),
        ):
            event_id, date, date_end, precision, type_, summary, killed, injured, confidence = row
            events[event_id] = {
                "id": event_id, "date": date, "date_end": date_end, "precision": precision, "type": type_,
                "category": self.categories.get(type_, "Other"), "summary": summary, "killed": killed,
                "injured": injured, "confidence": confidence, "places": [], "actors": [], "sources": [],
                "mentions": [],
            }
        for row in db.execute(
            f"""SELECT ep.event_id, p.id, p.name, p.kind, p.admin1, p.country, p.country_code, p.lat, p.lon
                FROM event_places ep JOIN places p ON p.id = ep.place_id
                WHERE ep.event_id IN ({marks}) ORDER BY ep.event_id, ep.position""",
            list(ids),
        ):
            events[row[0]]["places"].append(dict(zip(
                ("id", "name", "kind", "admin1", "country", "country_code", "lat", "lon"), row[1:]
            )))
        for event_id, actor_id, name, type_, part_of in db.execute(
            f"""SELECT ea.event_id, a.id, a.name, a.type, a.part_of FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
                WHERE ea.event_id IN ({marks}) ORDER BY ea.event_id, ea.position""",
            list(ids),
        ):
            events[event_id]["actors"].append({"id": actor_id, "name": name, "type": type_, "part_of": part_of})
        for event_id, article_id, source, quote, start, end in db.execute(
            f"""SELECT event_id, article_id, source, quote, start, "end" FROM mentions
                WHERE event_id IN ({marks}) ORDER BY event_id, article_id, start""",
            list(ids),
        ):
            events[event_id]["mentions"].append(
                {"article_id": article_id, "source": source, "quote": quote, "start": start, "end": end}
            )
        for event in events.values():
            event["sources"] = sorted({m["source"] for m in event["mentions"]})
            event["source_count"] = len(event["sources"])
            event["mention_count"] = len(event["mentions"])
        return [events[i] for i in ids if i in events]

    def _where(self, flt: EventFilter) -> tuple[list[str], list]:
        """Translate a filter into SQL conditions on ``events e`` and their parameters."""
        where: list[str] = []
        params: list = []
        if flt.place_keys:
            marks = _marks(flt.place_keys)
            where.append(
                f"""e.id IN (SELECT ep.event_id FROM event_places ep WHERE ep.place_id IN (
                    SELECT place_id FROM place_names WHERE key IN ({marks})
                    UNION SELECT id FROM places WHERE admin1_key IN ({marks})
                    UNION SELECT id FROM places WHERE country_key IN ({marks})))"""
            )
            params.extend(flt.place_keys * 3)
        if flt.country_keys or flt.country_codes:
            keys, codes = flt.country_keys or [""], flt.country_codes or [""]
            where.append(
                f"""e.id IN (SELECT ep.event_id FROM event_places ep WHERE ep.place_id IN (
                    SELECT id FROM places WHERE country_key IN ({_marks(keys)})
                    UNION SELECT id FROM places WHERE country_code IN ({_marks(codes)})))"""
            )
            params.extend([*keys, *codes])
        if flt.actor_ids or flt.actor_keys:
            ids = list(flt.actor_ids)
            clauses = []
            if ids:
                clauses.append(f"actor_id IN ({_marks(ids)})")
                params.extend(ids)
            if flt.actor_keys:
                clauses.append(f"actor_id IN (SELECT id FROM actors WHERE lower(name) IN ({_marks(flt.actor_keys)}))")
                params.extend(flt.actor_keys)
            where.append(f"e.id IN (SELECT event_id FROM event_actors WHERE {' OR '.join(clauses)})")
        if flt.sources:
            where.append(f"e.id IN (SELECT event_id FROM mentions WHERE source IN ({_marks(flt.sources)}))")
            params.extend(flt.sources)
        if flt.types:
            where.append(f"e.type IN ({_marks(flt.types)})")
            params.extend(flt.types)
        if flt.date_from:
            where.append("e.date_end >= ?")
            params.append(flt.date_from)
        if flt.date_to:
            where.append("e.date <= ?")
            params.append(flt.date_to)
        if flt.q:
            query = fts_query(flt.q)
            if query:
                where.append(
                    "e.id IN (SELECT m.event_id FROM mentions m WHERE m.id IN "
                    "(SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH ?))"
                )
                params.append(query)
        return where, params

    # -- writes -------------------------------------------------------------------

    def _upsert_places(self, places: list[dict], place_keys: dict[int, dict]) -> None:
        """Store each place once, with every name key the place filter should find it by.

        ``place_keys[id]`` holds ``names`` (folded names), ``admin1_key`` and ``country_key``.
        """
        for place in places:
            keys = place_keys[place["id"]]
            if self.db.execute("SELECT 1 FROM places WHERE id = ?", [place["id"]]).fetchone():
                continue
            self.db["places"].insert(
                {
                    **{k: place.get(k) for k in ("id", "name", "kind", "admin1", "country", "country_code", "lat", "lon")},
                    "admin1_key": keys["admin1_key"],
                    "country_key": keys["country_key"],
                }
            )
            self.db["place_names"].insert_all(
                ({"place_id": place["id"], "key": key} for key in sorted(set(keys["names"])) if key), ignore=True
            )

    def _upsert_actors(self, actors: list[dict]) -> None:
        """Store each actor once."""
        for actor in actors:
            self.db["actors"].insert(
                {"id": actor["id"], "name": actor["name"], "type": actor["type"], "part_of": actor.get("part_of")},
                ignore=True,
            )

    def _matching_event(self, event: dict) -> int | None:
        """Return a stored event this one reports again, if there is one."""
        candidates = [r[0] for r in self.db.execute(
            "SELECT id FROM events WHERE merge_key = ? ORDER BY id", [merge_key(event)]
        )]
        place_ids = {p["id"] for p in event["places"]}
        actor_ids = {a["id"] for a in event["actors"]}
        for event_id in candidates:
            stored_places = {r[0] for r in self.db.execute("SELECT place_id FROM event_places WHERE event_id = ?", [event_id])}
            stored_actors = {r[0] for r in self.db.execute("SELECT actor_id FROM event_actors WHERE event_id = ?", [event_id])}
            if place_ids & stored_places or actor_ids & stored_actors:
                return event_id
            if not place_ids and not stored_places and not actor_ids and not stored_actors:
                return event_id
        return None

    def _insert_event(self, event: dict) -> int:
        """Create a new event row from an extracted event."""
        return self.db["events"].insert(
            {
                "date": str(event["date"]),
                "date_end": str(event["date_end"]),
                "precision": event["precision"],
                "type": event["type"],
                "summary": event["summary"],
                "killed": event.get("killed"),
                "injured": event.get("injured"),
                "confidence": event["confidence"],
                "merge_key": merge_key(event),
            }
        ).last_pk

    def _refresh_event(self, event_id: int) -> None:
        """Recompute an event's figures, places and actors from the mentions it has left."""
        db = self.db
        rows = db.execute(
            "SELECT killed, injured, place_ids, actor_ids FROM mentions WHERE event_id = ? ORDER BY article_id, start",
            [event_id],
        ).fetchall()
        killed = [r[0] for r in rows if r[0] is not None]
        injured = [r[1] for r in rows if r[1] is not None]
        # The most conservative figure any report gives, as casualty monitors record it.
        db.execute(
            "UPDATE events SET killed = ?, injured = ? WHERE id = ?",
            [min(killed) if killed else None, min(injured) if injured else None, event_id],
        )
        place_ids = _ordered_union(json.loads(r[2]) for r in rows)
        actor_ids = _ordered_union(json.loads(r[3]) for r in rows)
        db.execute("DELETE FROM event_places WHERE event_id = ?", [event_id])
        db.execute("DELETE FROM event_actors WHERE event_id = ?", [event_id])
        db["event_places"].insert_all(
            {"event_id": event_id, "place_id": pid, "position": i} for i, pid in enumerate(place_ids)
        )
        db["event_actors"].insert_all(
            {"event_id": event_id, "actor_id": aid, "position": i} for i, aid in enumerate(actor_ids)
        )

    # -- health -------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Return how many articles, events and mentions are stored."""
        return {
            name: self.db.execute(f"SELECT COUNT(*) FROM {name}").fetchone()[0]
            for name in ("articles", "events", "mentions")
        }


def merge_key(event: dict) -> str:
    """The key under which events that may be the same real-world event are looked up."""
    return f"{event['type']}|{event['date']}|{event['date_end']}|{event['precision']}"


def _marks(values: Sequence) -> str:
    """Placeholders for an SQL IN list."""
    return ", ".join("?" for _ in values)


def _ordered_union(lists: Iterable[list]) -> list:
    """Concatenate lists, keeping the first occurrence of each value."""
    seen: dict = {}
    for values in lists:
        for value in values:
            seen.setdefault(value, None)
    return list(seen)


def utc_now() -> str:
    """The current time as an ISO 8601 UTC timestamp."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
