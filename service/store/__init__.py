"""The only code that knows table names and SQL."""
from __future__ import annotations

import contextlib

import base64
import calendar
import binascii
import datetime as dt
import json
import os
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from sqlite_utils import Database

from service.store import resolution
from service.store.migrations import migrations, rebuild_read_tables
from service.store.resolution import PlaceInfo
from service.store.timeline import bucket_counts, bucket_events

_CLAIM_TYPES = frozenset(resolution.VIOLENT | {"reporting_period", "report_published", "military_campaign"})
_ACCUSATION = re.compile(r"\b(?:reports?|claims?|allegations?|accusations?|findings|charges)\b", re.IGNORECASE)


SHORT_SPAN_DAYS = 7  # events whose first and last day are further apart are also keyed under "L" + key
MAX_ID = 2**63 - 1  # SQLite's largest integer: no row has a larger id


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
    contested: bool | None = None
    min_sources: int | None = None
    min_killed: int | None = None


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
        isinstance(v, t) and not isinstance(v, bool) and _storable(v) for v, t in zip(values, shape)
    ):
        raise BadCursor("Not a cursor this service issued.")
    return values


def _storable(value) -> bool:
    """Whether SQLite can take ``value`` as a parameter: an integer of 64 bits, a string without
    lone surrogates (a cursor may be edited; its values must not fail the query)."""
    if isinstance(value, int):
        return -(2 ** 63) <= value < 2 ** 63
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
    return True


# sort name -> (key columns, descending?, cursor value types)
_SORTS = {
    "date": (("e.date", "e.id"), (False, False), (str, int)),
    "-date": (("e.date", "e.id"), (True, True), (str, int)),
    "source_count": (("e.source_count", "e.date", "e.id"), (True, False, False), (int, str, int)),
    "killed": (("COALESCE(e.killed, -1)", "e.date", "e.id"), (True, False, False), (int, str, int)),
}


# facet field -> SQL counting the selected events by value (value, count[, id])
_FACETS = {
    "place": """SELECT p.name, COUNT(DISTINCT ep.event_id) AS n, p.id,
                       p.kind, p.admin1, p.country, p.country_code, p.lat, p.lon FROM event_places ep
                JOIN places p ON p.id = ep.place_id WHERE ep.event_id IN ({selected})
                GROUP BY p.id ORDER BY n DESC, p.name LIMIT ?""",
    "country": """SELECT p.country, COUNT(DISTINCT ep.event_id) AS n, NULL FROM event_places ep
                  JOIN places p ON p.id = ep.place_id WHERE ep.event_id IN ({selected})
                  GROUP BY p.country ORDER BY n DESC, p.country LIMIT ?""",
    "actor": """SELECT a.name, COUNT(DISTINCT ea.event_id) AS n, a.id FROM event_actors ea
                JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id IN ({selected})
                GROUP BY a.id ORDER BY n DESC, a.name LIMIT ?""",
    "source": """SELECT m.source, COUNT(DISTINCT m.event_id) AS n, NULL FROM mentions m
                 WHERE m.event_id IN ({selected}) GROUP BY m.source ORDER BY n DESC, m.source LIMIT ?""",
    "type": """SELECT e2.type, COUNT(*) AS n, NULL FROM events e2 WHERE e2.id IN ({selected})
               GROUP BY e2.type ORDER BY n DESC, e2.type LIMIT ?""",
}
FACET_FIELDS = tuple(_FACETS)
_PLACE_DETAILS = ("kind", "admin1", "country", "country_code", "lat", "lon")


def _keyset(columns: Sequence[str], descending: Sequence[bool], values: Sequence) -> tuple[str, list]:
    """The condition selecting rows after ``values`` in the order of ``columns``."""
    clauses, params = [], []
    for i, (column, desc) in enumerate(zip(columns, descending)):
        equal = [f"{c} = ?" for c in columns[:i]]
        clauses.append("(" + " AND ".join([*equal, f"{column} {'<' if desc else '>'} ?"]) + ")")
        params.extend([*values[:i], values[i]])
    return "(" + " OR ".join(clauses) + ")", params


def fts_query(text: str) -> str:
    """Quote every word so user text is searched literally, never parsed as FTS syntax."""
    words = [w for w in text.replace('"', " ").split() if w]
    return " ".join(f'"{w}"' for w in words)


class Store:
    """An SQLite database of articles and the events they report; one connection per thread."""

    def __init__(self, path: str, *, categories: dict[str, str] | None = None, doc_cache: int | None = None):
        self.path = path
        self.categories = categories or {}
        # Event documents kept by each thread between requests, dropped whenever the database changes.
        self.doc_cache = int(os.environ.get("TIMELINE_DOC_CACHE", "5000")) if doc_cache is None else doc_cache
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

    def rebuild_read_tables(self) -> None:
        """Recompute the filter keys and monthly counts from the events (after a bulk load)."""
        with self.write():
            rebuild_read_tables(self.db)

    @contextlib.contextmanager
    def write(self):
        """A write transaction holding SQLite's write lock from its first statement.

        A deferred ``BEGIN`` that reads before it writes cannot upgrade its lock once another
        process has committed: it fails at once with "database is locked" instead of waiting.
        ``BEGIN IMMEDIATE`` waits for the lock (the busy timeout) and then cannot fail that way.
        Inside a transaction already open, this one is a savepoint.
        """
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

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

    def add_article(self, article: dict, events: list[dict], place_keys: dict[int, dict],
                    related: "Callable[[str, str], bool]") -> int:
        """Store an article and its events in one transaction; return the article id.

        Each extracted event becomes a mention; a mention joins every stored event it may
        report (see ``resolution``), merging them, or starts an event of its own.
        ``related(a, b)`` tells whether two actor ids are the same actor or one is part of the other.
        """
        with self.write():
            article_id = self._insert("articles", article)
            self._add_mentions(article_id, article, events, place_keys, related)
        return article_id

    def replace_extraction(self, article_id: int, events: list[dict], place_keys: dict[int, dict],
                           related: "Callable[[str, str], bool]", extractor_version: str) -> None:
        """Swap an article's mentions for a new extraction, in one transaction."""
        db = self.db
        with self.write():
            row = db.execute("SELECT source, sha256 FROM articles WHERE id = ?", [article_id]).fetchone()
            if row is None:
                raise NotFound("article", article_id)
            self._remove_mentions(article_id, related)
            self._add_mentions(article_id, {"source": row[0], "sha256": row[1]}, events, place_keys, related)
            db.execute("UPDATE articles SET extractor_version = ? WHERE id = ?", [extractor_version, article_id])

    def stale_articles(self, extractor_version: str) -> list[int]:
        """Ids of the articles read by another version of the extractor, oldest first."""
        return [r[0] for r in self.db.execute(
            "SELECT id FROM articles WHERE extractor_version != ? ORDER BY id", [extractor_version]
        )]

    def article_ids(self) -> list[int]:
        """Every article id, oldest first."""
        return [r[0] for r in self.db.execute("SELECT id FROM articles ORDER BY id")]

    def article_for_extraction(self, article_id: int) -> dict:
        """The text and publication date of an article, as the extractor needs them."""
        row = self.db.execute("SELECT text, published_at, language FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            raise NotFound("article", article_id)
        return {"text": row[0], "published_at": row[1], "language": row[2]}

    def _add_mentions(self, article_id: int, article: dict, events: list[dict], place_keys: dict[int, dict],
                      related) -> None:
        """Insert an article's mentions, resolving each into events; then mark what its denials contest."""
        db = self.db
        new_ids = []
        touched: set[int] = set()
        # The event a reading of this article joined: the same reading again (a text that repeats
        # one sentence) joins it too, without asking the table again, so an article stays linear.
        joined_by: dict[tuple, int] = {}
        for event in events:
            self._upsert_places(event["places"], place_keys)
            self._upsert_actors(event["actors"])
            mention = {
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
                "date": str(event["date"]),
                "date_end": str(event["date_end"]),
                "precision": event["precision"],
                "type": event["type"],
                "confidence": event["confidence"],
                "summary": event["summary"],
                "attribution": event.get("attribution"),
                "attributed_to": event.get("attributed_to"),
            }
            reading = {**mention, "sha256": article["sha256"], "place_ids": [p["id"] for p in event["places"]],
                       "actor_ids": [a["id"] for a in event["actors"]]}
            key = resolution.reading_key(reading)
            joined = [joined_by[key]] if key in joined_by else self._compatible_events(reading, related)
            if joined:
                event_id = joined[0]
                for other in joined[1:]:
                    db.execute("UPDATE mentions SET event_id = ? WHERE event_id = ?", [event_id, other])
                    self._drop_event(other)
                    for known, joined_id in joined_by.items():
                        if joined_id == other:
                            joined_by[known] = event_id
                    touched.discard(other)
            else:
                event_id = self._insert("events", {
                    "date": mention["date"], "date_end": mention["date_end"], "precision": mention["precision"],
                    "type": mention["type"], "summary": mention["summary"], "confidence": mention["confidence"],
                    "contested": 0, "source_count": 1, "mention_count": 1,
                })
            new_ids.append(self._insert("mentions", {**mention, "event_id": event_id}))
            touched.add(event_id)
            if reading["place_ids"] or reading["actor_ids"]:  # (readings with neither join nothing)
                joined_by[key] = event_id
        # Each event is re-derived once for the whole article, not once for each of its mentions:
        # an article repeating one event a thousand times would otherwise cost a million readings.
        # An event whose mentions no longer share a day is grouped again first: "strikes on
        # Latakia in 2015" may join the strike of 1 March or that of 5 November, not make them one.
        for event_id in sorted(touched):
            first, last = db.execute("SELECT MAX(date), MIN(date_end) FROM mentions WHERE event_id = ?",
                                     [event_id]).fetchone()
            if first > last:  # its mentions no longer share a day
                self._reform_event(event_id, related)
            self._refresh_event(event_id)
        self._mark_contested(new_ids, related)

    def _compatible_events(self, reading: dict, related) -> list[int]:
        """Stored events with a mention that may report the same event as ``reading``, oldest first."""
        types = [t for t in resolution.TYPE_PRIORITY if resolution.types_agree(t, reading["type"])]
        rows = self.db.execute(
            f"""SELECT DISTINCT m.event_id, m.date, m.date_end, m.type, m.place_ids, m.actor_ids
                FROM mentions m WHERE m.date <= ? AND m.date_end >= ? AND m.type IN ({_marks(types)})
                ORDER BY m.event_id""",
            [reading["date_end"], reading["date"], *types],
        ).fetchall()
        if not rows:
            return []
        info = self._place_info({pid for r in rows for pid in json.loads(r[4])} | set(reading["place_ids"]))
        found: list[int] = []
        for event_id, date, date_end, type_, place_ids, actor_ids in rows:
            if event_id in found:
                continue
            other = {"date": date, "date_end": date_end, "type": type_, "place_ids": json.loads(place_ids),
                     "actor_ids": json.loads(actor_ids)}
            if resolution.compatible(reading, other, info, related):
                found.append(event_id)
        return found

    def _place_info(self, ids: Iterable[int]) -> dict[int, PlaceInfo]:
        """Kind and region of each place, for resolution."""
        ids = list(ids)
        if not ids:
            return {}
        return {
            row[0]: PlaceInfo(row[1], row[2], row[3], row[4] or "")
            for row in self.db.execute(
                f"SELECT id, kind, country_code, admin1_key, name_key FROM places WHERE id IN ({_marks(ids)})", ids
            )
        }

    def _mark_contested(self, mention_ids: list[int], related) -> None:
        """Link each denial among these mentions to the claims of the same article it answers.

        A denial answers the claims whose actors it speaks for ("Russia denied that its jets
        struck ...") and, when it rejects a report or allegations, the claims of whoever
        made them (an NGO or international body quoted in the article).
        """
        if not mention_ids:
            return
        rows = self.db.execute(
            f"SELECT id, type, actor_ids, quote, attributed_to FROM mentions WHERE id IN ({_marks(mention_ids)})",
            mention_ids,
        ).fetchall()
        denials = [r for r in rows if r[1] == "denial"]
        touched = set()
        for denial_id, _, actor_json, quote, _ in denials:
            speakers = json.loads(actor_json)
            answers_report = bool(_ACCUSATION.search(quote))
            for claim_id, claim_type, claim_actors_json, _, attributed_to in rows:
                if claim_id == denial_id or claim_type not in _CLAIM_TYPES:
                    continue
                claim_actors = json.loads(claim_actors_json)
                accused = speakers and claim_actors and resolution.actors_shared(speakers, claim_actors, related)
                accusers = [*claim_actors, *([attributed_to] if attributed_to else [])]
                accuser = answers_report and any(self._actor_type(a) in ("ngo", "international") for a in accusers)
                if accused or accuser:
                    self._insert("contests", {"mention_id": claim_id, "denial_mention_id": denial_id,
                                              "actor_id": speakers[0] if speakers else None}, ignore=True)
                    touched.add(claim_id)
        for (event_id,) in self.db.execute(
            f"SELECT DISTINCT event_id FROM mentions WHERE id IN ({_marks(list(touched))})", list(touched)
        ) if touched else []:
            self._refresh_event(event_id)

    def _actor_type(self, actor_id: str) -> str | None:
        """The type of a stored actor."""
        row = self.db.execute("SELECT type FROM actors WHERE id = ?", [actor_id]).fetchone()
        return row[0] if row else None

    def get_article(self, article_id: int, *, with_text: bool = True) -> dict:
        """Return one article, with its text and events when asked."""
        row = self._article_rows("WHERE a.id = ?", [article_id], with_text=with_text) if article_id <= MAX_ID else []
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

    def delete_article(self, article_id: int, related: "Callable[[str, str], bool]") -> None:
        """Remove an article and its mentions; drop events left with none, re-form the others."""
        db = self.db
        if article_id > MAX_ID:
            raise NotFound("article", article_id)
        with self.write():
            if not db.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone():
                raise NotFound("article", article_id)
            self._remove_mentions(article_id, related)
            db.execute("DELETE FROM articles WHERE id = ?", [article_id])

    def _remove_mentions(self, article_id: int, related) -> None:
        """Delete an article's mentions and re-form every event they belonged to.

        A removed mention may have been what joined the others of its event: the rest are
        grouped again, and each group beyond the first becomes an event of its own.
        """
        db = self.db
        touched = [r[0] for r in db.execute("SELECT DISTINCT event_id FROM mentions WHERE article_id = ?", [article_id])]
        ids = [r[0] for r in db.execute("SELECT id FROM mentions WHERE article_id = ?", [article_id])]
        if ids:
            db.execute(f"DELETE FROM contests WHERE mention_id IN ({_marks(ids)}) OR denial_mention_id IN ({_marks(ids)})",
                       ids + ids)
        db.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
        for event_id in touched:
            if not self._reform_event(event_id, related):
                self._drop_event(event_id)
                continue
            self._refresh_event(event_id)

    def _reform_event(self, event_id: int, related) -> list[int]:
        """Group an event's mentions again and make each group beyond the first an event of its own
        (refreshed here); return the ids of the events made, the first being ``event_id`` (none
        when the event has no mention left)."""
        readings = self._readings(event_id)
        if not readings:
            return []
        info = self._place_info({pid for r in readings for pid in r["place_ids"]})
        groups = sorted((resolution.canonical(g) for g in resolution.components(readings, info, related)),
                        key=lambda g: (g[0]["sha256"], g[0]["start"]))
        made = [event_id]
        for group in groups[1:]:
            new_id = self._insert("events", {
                "date": group[0]["date"], "date_end": group[0]["date_end"], "precision": group[0]["precision"],
                "type": group[0]["type"], "summary": group[0]["summary"], "confidence": group[0]["confidence"],
                "contested": 0,
            })
            ids = [r["id"] for r in group]
            self.db.execute(f"UPDATE mentions SET event_id = ? WHERE id IN ({_marks(ids)})", [new_id, *ids])
            self._refresh_event(new_id)
            made.append(new_id)
        return made

    def _drop_event(self, event_id: int) -> None:
        """Delete an event row and its links (its mentions are already gone or moved)."""
        self._unindex_event(event_id)
        self.db.execute("DELETE FROM event_places WHERE event_id = ?", [event_id])
        self.db.execute("DELETE FROM event_actors WHERE event_id = ?", [event_id])
        self.db.execute("DELETE FROM events WHERE id = ?", [event_id])

    def _readings(self, event_id: int) -> list[dict]:
        """An event's mentions as resolution reads them."""
        rows = self.db.execute(
            """SELECT m.id, m.date, m.date_end, m.precision, m.type, m.place_ids, m.actor_ids, m.killed,
                      m.injured, m.source, m.confidence, m.summary, a.sha256, m.start, m."end"
               FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?""",
            [event_id],
        ).fetchall()
        keys = ("id", "date", "date_end", "precision", "type", "place_ids", "actor_ids", "killed", "injured",
                "source", "confidence", "summary", "sha256", "start", "end")
        readings = []
        for row in rows:
            reading = dict(zip(keys, row))
            reading["place_ids"] = json.loads(reading["place_ids"])
            reading["actor_ids"] = json.loads(reading["actor_ids"])
            readings.append(reading)
        return readings

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
        events = self.events_by_id([event_id]) if event_id <= MAX_ID else []
        if not events:
            raise NotFound("event", event_id)
        return events[0]

    def list_events(self, flt: EventFilter, *, limit: int, cursor: str | None,
                    sort: str = "date") -> tuple[list[dict], str | None]:
        """Return a page of events in ``sort`` order, and the cursor of the next page.

        ``sort``: ``date`` (oldest first), ``-date`` (newest first), ``source_count`` or
        ``killed`` (largest first, then oldest). The cursor holds the sort key of the last row,
        so pages stay consistent while events are being added.
        """
        ids, next_cursor = self.page_ids(flt, limit=limit, cursor=cursor, sort=sort)
        return self.events_by_id(ids), next_cursor

    def list_events_json(self, flt: EventFilter, *, limit: int, cursor: str | None,
                         sort: str = "date") -> tuple[list[str], str | None]:
        """``list_events`` with each event as a JSON text built by SQLite (see ``events_json``)."""
        ids, next_cursor = self.page_ids(flt, limit=limit, cursor=cursor, sort=sort)
        return self.events_json(ids), next_cursor

    def page_ids(self, flt: EventFilter, *, limit: int, cursor: str | None,
                 sort: str = "date") -> tuple[list[int], str | None]:
        """The ids of a page of events in ``sort`` order, and the cursor of the next page."""
        key_sql, direction, shape = _SORTS[sort]
        if sort in ("date", "-date"):
            driving = self._driving_keys(flt)
            if driving is not None:
                return self._ids_by_keys(*driving, limit=limit, cursor=cursor and decode_cursor(cursor, shape),
                                         descending=sort == "-date")
        where, params = self._where(flt)
        if cursor:
            values = decode_cursor(cursor, shape)
            condition, cursor_params = _keyset(key_sql, direction, values)
            where.append(condition)
            params.extend(cursor_params)
        order = ", ".join(f"{col} {'DESC' if desc else 'ASC'}" for col, desc in zip(key_sql, direction))
        sql = f"SELECT e.id, {', '.join(key_sql)} FROM events e"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY {order} LIMIT ?"
        rows = self.db.execute(sql, [*params, limit + 1]).fetchall()
        next_cursor = encode_cursor(list(rows[limit - 1][1:])) if len(rows) > limit else None
        return [r[0] for r in rows[:limit]], next_cursor

    def _driving_keys(self, flt: EventFilter) -> tuple[list[str], EventFilter] | None:
        """The ``event_keys`` keys of one link filter (actor, source, place or country) and the rest
        of the filter; None when the filter has no link filter."""
        db = self.db
        if flt.actor_ids or flt.actor_keys:
            ids = set(flt.actor_ids)
            if flt.actor_keys:
                ids.update(r[0] for r in db.execute(
                    f"SELECT id FROM actors WHERE lower(name) IN ({_marks(flt.actor_keys)})", flt.actor_keys))
            return [f"x{i}" for i in sorted(ids)], replace(flt, actor_ids=[], actor_keys=[])
        if flt.sources:
            return [f"s{source}" for source in dict.fromkeys(flt.sources)], replace(flt, sources=[])
        if flt.place_keys:
            ids = {r[0] for r in db.execute(
                f"SELECT place_id FROM place_names WHERE key IN ({_marks(flt.place_keys)})", flt.place_keys)}
            codes = self._country_codes(flt.place_keys, [])
            keys = [*(f"p{i}" for i in sorted(ids)), *(f"a{k}" for k in flt.place_keys), *(f"c{c}" for c in codes)]
            return keys, replace(flt, place_keys=[])
        if flt.country_keys or flt.country_codes:
            codes = self._country_codes(flt.country_keys, flt.country_codes)
            return [f"c{c}" for c in codes], replace(flt, country_keys=[], country_codes=[])
        return None

    def _country_codes(self, keys: Sequence[str], codes: Sequence[str]) -> list[str]:
        """The country codes of the places whose country is named by ``keys``, and ``codes`` themselves."""
        found = dict.fromkeys(codes)
        for key in keys:
            row = self.db.execute("SELECT country_code FROM places WHERE country_key = ? LIMIT 1", [key]).fetchone()
            if row:
                found[row[0]] = None
        return list(found)

    def _ids_by_keys(self, keys: list[str], rest: EventFilter, *, limit: int, cursor: list | None,
                     descending: bool) -> tuple[list[int], str | None]:
        """A page in date order of the events holding any of ``keys`` and matching ``rest``.

        Each key is an index range of ``event_keys`` in date order: every range is read up to one
        page, then the ranges are merged, so a page costs the same however many events match.
        """
        if not keys:
            return [], None
        where, params = self._where(rest)
        # (key, earliest first day) of each range. With ``from``, an event may start before it by
        # its span: short events by at most SHORT_SPAN_DAYS, and the long ones, which are also
        # listed under "L" + key, by the longest span stored.
        streams: list[tuple[str, str | None]] = [(key, None) for key in keys]
        if rest.date_from:
            start = dt.date.fromisoformat(rest.date_from)
            span = self.db.execute("SELECT value FROM store_stats WHERE name = 'max_span_days'").fetchone()
            longest = (start - dt.timedelta(days=span[0] if span else 36500)).isoformat()
            short = (start - dt.timedelta(days=SHORT_SPAN_DAYS)).isoformat()
            streams = [(key, short) for key in keys] + [("L" + key, longest) for key in keys]
        bounds, bound_params = [], []
        if rest.date_to:
            bounds.append("k.date <= ?")
            bound_params.append(rest.date_to)
        if cursor:
            bounds.append(f"(k.date, k.event_id) {'<' if descending else '>'} (?, ?)")
            bound_params.extend(cursor)
        order = "DESC" if descending else "ASC"
        join = " CROSS JOIN events e ON e.id = k.event_id" if where else ""
        all_params: list = []
        selects = []
        for key, earliest in streams:
            conditions = " AND ".join(["k.key = ?", *(["k.date >= ?"] if earliest else []), *bounds, *where])
            selects.append(f"SELECT * FROM (SELECT k.event_id AS event_id, k.date AS date FROM event_keys k{join} "
                           f"WHERE {conditions} ORDER BY k.date {order}, k.event_id {order} LIMIT ?)")
            all_params.extend([key, *([earliest] if earliest else []), *bound_params, *params, limit + 1])
        sql = " UNION ".join(selects) + f" ORDER BY date {order}, event_id {order} LIMIT ?"
        rows = self.db.execute(sql, [*all_params, limit + 1]).fetchall()
        next_cursor = encode_cursor([rows[limit - 1][1], rows[limit - 1][0]]) if len(rows) > limit else None
        return [r[0] for r in rows[:limit]], next_cursor

    def facets(self, flt: EventFilter, field: str, *, limit: int = 50) -> list[dict]:
        """Count the filtered events by one field's values, largest first."""
        where, params = self._where(flt)
        selected = "SELECT e.id FROM events e" + (" WHERE " + " AND ".join(where) if where else "")
        sql = _FACETS[field].format(selected=selected)
        rows = self.db.execute(sql, [*params, limit]).fetchall()
        keys = ("value", "count", "id")
        values = [{k: v for k, v in zip(keys, row) if not (k == "id" and v is None)} for row in rows]
        if field == "place":
            # The place itself too, so a map can plot the counts without asking for the events.
            for value, (name, _, place_id, *rest) in zip(values, rows):
                value["place"] = {"id": place_id, "name": name, **dict(zip(_PLACE_DETAILS, rest))}
        return values

    def iter_events(self, flt: EventFilter, *, batch: int = 500):
        """Every filtered event in date order, loaded a batch at a time (for exports)."""
        cursor = None
        while True:
            events, cursor = self.list_events(flt, limit=batch, cursor=cursor)
            yield from events
            if cursor is None:
                return

    def timeline(self, flt: EventFilter, interval: str, *, max_buckets: int = 5000) -> dict:
        """Group the filtered events into buckets of ``interval``; see ``bucket_events``."""
        events = self.events_by_id([r[0] for r in self._dated_ids(flt)])
        return bucket_events(events, interval, flt.date_from, flt.date_to, max_buckets=max_buckets)

    def _dated_ids(self, flt: EventFilter) -> list[tuple[int, str, str]]:
        """(id, date, date_end) of every filtered event, in date order."""
        where, params = self._where(flt)
        sql = "SELECT e.id, e.date, e.date_end FROM events e" + (" WHERE " + " AND ".join(where) if where else "")
        return self.db.execute(sql + " ORDER BY e.date, e.id", params).fetchall()

    def timeline_json(self, flt: EventFilter, interval: str, *, max_buckets: int = 5000) -> str:
        """``timeline`` as a JSON text, its events written by SQLite (``events_json``), with no
        per-event Python objects: the shape TimelineSchema documents."""
        rows = self._dated_ids(flt)
        docs = self.events_json([r[0] for r in rows])
        light = [{"date": date, "date_end": date_end, "doc": doc} for (_, date, date_end), doc in zip(rows, docs)]
        body = bucket_events(light, interval, flt.date_from, flt.date_to, max_buckets=max_buckets)
        buckets = ",".join(
            '{"start":"%s","end":"%s","count":%d,"events":[%s]}'
            % (b["start"], b["end"], b["count"], ",".join(e["doc"] for e in b["events"]))
            for b in body["buckets"]
        )
        spanning = ",".join(e["doc"] for e in body["spanning"])
        return '{"interval":"%s","buckets":[%s],"spanning":[%s],"spanning_count":%d}' % (
            interval, buckets, spanning, body["spanning_count"])

    def timeline_counts(self, flt: EventFilter, interval: str, *, max_buckets: int = 5000) -> dict:
        """The timeline's buckets with their counts only, and how many events span several buckets.

        Monthly and yearly counts filtered by nothing but one country, types and whole months are
        read from ``month_counts``; any other request counts the dates of the filtered events.
        """
        months = self._month_counts(flt, interval) if interval in ("month", "year") else None
        if months is None:
            where, params = self._where(flt)
            sql = "SELECT e.date, e.date_end, 1 FROM events e" + (" WHERE " + " AND ".join(where) if where else "")
            months = self.db.execute(sql + " ORDER BY e.date", params).fetchall()
        return bucket_counts(months, interval, flt.date_from, flt.date_to, max_buckets=max_buckets)

    def _month_counts(self, flt: EventFilter, interval: str) -> list[tuple[str, str, int]] | None:
        """(first day, last day, count) rows from ``month_counts``, summed by bucket in SQL (every
        event wider than a bucket in one row), or None when the filter needs the events."""
        if flt != replace(EventFilter(), country_keys=flt.country_keys, country_codes=flt.country_codes,
                          types=flt.types, date_from=flt.date_from, date_to=flt.date_to):
            return None
        if flt.date_from and not flt.date_from.endswith("-01"):
            return None
        if flt.date_to and not _last_of_month(dt.date.fromisoformat(flt.date_to)):
            return None
        country = ""
        if flt.country_keys or flt.country_codes:
            codes = self._country_codes(flt.country_keys, flt.country_codes)
            if len(codes) != 1:
                return None  # several countries: an event in two of them must count once
            country = codes[0]
        where, params = ["country = ?"], [country]
        types = list(dict.fromkeys(flt.types)) or [""]
        where.append(f"type IN ({_marks(types)})")
        params.extend(types)
        if flt.date_from:
            where.append("last >= ?")
            params.append(flt.date_from[:7])
        if flt.date_to:
            where.append("first <= ?")
            params.append(flt.date_to[:7])
        if interval == "month":  # '0001-01' to '0001-02' stands for every event wider than a month
            spans = ("CASE WHEN first = last THEN first ELSE '0001-01' END",
                     "CASE WHEN first = last THEN last ELSE '0001-02' END")
        else:
            spans = ("substr(first, 1, 4) || '-01'", "substr(last, 1, 4) || '-01'")
        sql = (f"SELECT {spans[0]} AS f, {spans[1]} AS l, SUM(n) FROM month_counts WHERE {' AND '.join(where)} "
               "GROUP BY f, l")
        return [(first + "-01", last + "-01", n) for first, last, n in self.db.execute(sql, params)]

    def events_json(self, ids: Sequence[int]) -> list[str]:
        """The documents ``events_by_id`` builds, as JSON texts, in the order of ``ids``.

        Each thread keeps up to ``doc_cache`` documents while the database stays as it is: any
        commit, by this connection or another process, empties the cache (``PRAGMA data_version``
        and the connection's change count say when), so a document is never older than the data.
        """
        if not self.doc_cache:
            return self._events_json(ids)
        db = self.db
        version = (db.execute("PRAGMA data_version").fetchone()[0], db.conn.total_changes)
        cache = getattr(self._local, "docs", None)
        if cache is None or self._local.docs_version != version or self._local.docs_pid != os.getpid():
            cache = self._local.docs = {}
            self._local.docs_version, self._local.docs_pid = version, os.getpid()
        missing = [i for i in ids if i not in cache]
        if missing:
            if len(cache) + len(missing) > self.doc_cache:
                cache.clear()
            cache.update(self._documents(missing))
        return [cache[i] for i in ids if i in cache]

    def _events_json(self, ids: Sequence[int]) -> list[str]:
        """The documents of ``ids`` read afresh, in that order."""
        documents = self._documents(ids)
        return [documents[i] for i in ids if i in documents]

    def _documents(self, ids: Sequence[int]) -> dict[int, str]:
        """Event id -> the event as a JSON text written by SQLite (the shape ``events_by_id`` builds)."""
        if not ids:
            return {}
        categories = sorted(self.categories.items())
        category = ("CASE e.type " + " ".join("WHEN ? THEN ?" for _ in categories) + " ELSE 'Other' END"
                    if categories else "'Other'")
        sql = f"""SELECT e.id, json_object(
            'id', e.id, 'date', e.date, 'date_end', e.date_end, 'precision', e.precision, 'type', e.type,
            'category', {category}, 'summary', e.summary, 'killed', e.killed, 'killed_min', e.killed,
            'killed_max', e.killed_max, 'injured', e.injured, 'injured_min', e.injured, 'injured_max', e.injured_max,
            'confidence', e.confidence, 'contested', json(CASE WHEN e.contested THEN 'true' ELSE 'false' END),
            'places', (SELECT json_group_array(json(x)) FROM (
                SELECT json_object('id', p.id, 'name', p.name, 'kind', p.kind, 'admin1', p.admin1, 'country', p.country,
                                   'country_code', p.country_code, 'lat', p.lat, 'lon', p.lon) AS x
                FROM event_places ep JOIN places p ON p.id = ep.place_id WHERE ep.event_id = e.id ORDER BY ep.position)),
            'actors', (SELECT json_group_array(json(x)) FROM (
                SELECT json_object('id', a.id, 'name', a.name, 'type', a.type, 'part_of', a.part_of) AS x
                FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = e.id ORDER BY ea.position)),
            'sources', (SELECT json_group_array(source) FROM (
                SELECT DISTINCT source FROM mentions WHERE event_id = e.id ORDER BY source)),
            'source_count', (SELECT COUNT(DISTINCT source) FROM mentions WHERE event_id = e.id),
            'mention_count', (SELECT COUNT(*) FROM mentions WHERE event_id = e.id),
            'mentions', (SELECT json_group_array(json(x)) FROM (
                SELECT json_object('id', m.id, 'article_id', m.article_id, 'source', m.source, 'quote', m.quote,
                                   'start', m.start, 'end', m."end", 'attribution', m.attribution,
                                   'attributed_to', m.attributed_to) AS x
                FROM mentions m WHERE m.event_id = e.id ORDER BY m.article_id, m.start)),
            'figures', (SELECT json_group_array(json(x)) FROM (
                SELECT json_object('source', m.source, 'article_id', m.article_id, 'killed', m.killed,
                                   'injured', m.injured) AS x
                FROM mentions m WHERE m.event_id = e.id AND (m.killed IS NOT NULL OR m.injured IS NOT NULL)
                ORDER BY m.article_id, m.start)),
            'contested_by', CASE WHEN e.contested THEN (SELECT json_group_array(json(x)) FROM (
                SELECT json_object('actor_id', c.actor_id, 'actor', a.name, 'event_id', d.event_id,
                                   'article_id', d.article_id, 'source', d.source, 'quote', d.quote) AS x, MIN(d.id) AS first
                FROM contests c JOIN mentions m ON m.id = c.mention_id JOIN mentions d ON d.id = c.denial_mention_id
                LEFT JOIN actors a ON a.id = c.actor_id WHERE m.event_id = e.id
                GROUP BY c.actor_id, a.name, d.event_id, d.article_id, d.source, d.quote ORDER BY first))
              ELSE json('[]') END)
            FROM events e WHERE e.id IN ({_marks(ids)})"""
        params = [value for pair in categories for value in pair]
        return dict(self.db.execute(sql, [*params, *ids]).fetchall())

    def events_by_id(self, ids: Sequence[int]) -> list[dict]:
        """Load events with their places, actors and mentions, in the order of ``ids``."""
        if not ids:
            return []
        db, marks = self.db, _marks(ids)
        events = {}
        for row in db.execute(
            f"""SELECT id, date, date_end, precision, type, summary, killed, killed_max, injured, injured_max,
                       confidence, contested FROM events WHERE id IN ({marks})""",
            list(ids),
        ):
            (event_id, date, date_end, precision, type_, summary, killed, killed_max, injured, injured_max,
             confidence, contested) = row
            events[event_id] = {
                "id": event_id, "date": date, "date_end": date_end, "precision": precision, "type": type_,
                "category": self.categories.get(type_, "Other"), "summary": summary, "killed": killed,
                "killed_min": killed, "killed_max": killed_max, "injured": injured, "injured_min": injured,
                "injured_max": injured_max, "confidence": confidence, "contested": bool(contested),
                "places": [], "actors": [], "sources": [], "mentions": [], "figures": [], "contested_by": [],
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
        for mention_id, event_id, article_id, source, quote, start, end, attribution, attributed_to, killed, injured \
                in db.execute(
                    f"""SELECT id, event_id, article_id, source, quote, start, "end", attribution, attributed_to,
                               killed, injured
                        FROM mentions WHERE event_id IN ({marks}) ORDER BY event_id, article_id, start""",
                    list(ids),
                ):
            event = events[event_id]
            event["mentions"].append({
                "id": mention_id, "article_id": article_id, "source": source, "quote": quote, "start": start,
                "end": end, "attribution": attribution, "attributed_to": attributed_to,
            })
            if killed is not None or injured is not None:
                event["figures"].append({"source": source, "article_id": article_id, "killed": killed, "injured": injured})
        contested = [i for i in ids if i in events and events[i]["contested"]]
        if contested:
            for event_id, actor_id, actor_name, denial_event, article_id, source, quote in db.execute(
                f"""SELECT m.event_id, c.actor_id, a.name, d.event_id, d.article_id, d.source, d.quote
                    FROM contests c JOIN mentions m ON m.id = c.mention_id JOIN mentions d ON d.id = c.denial_mention_id
                    LEFT JOIN actors a ON a.id = c.actor_id
                    WHERE m.event_id IN ({_marks(contested)}) ORDER BY m.event_id, d.id""",
                contested,
            ):
                entry = {"actor_id": actor_id, "actor": actor_name, "event_id": denial_event,
                         "article_id": article_id, "source": source, "quote": quote}
                if entry not in events[event_id]["contested_by"]:
                    events[event_id]["contested_by"].append(entry)
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
        if flt.contested is not None:
            where.append("e.contested = ?")
            params.append(1 if flt.contested else 0)
        if flt.min_sources:
            where.append("e.source_count >= ?")
            params.append(flt.min_sources)
        if flt.min_killed is not None:
            where.append("e.killed >= ?")
            params.append(flt.min_killed)
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
            self._insert("places", {
                **{k: place.get(k) for k in ("id", "name", "kind", "admin1", "country", "country_code", "lat", "lon")},
                "admin1_key": keys["admin1_key"],
                "country_key": keys["country_key"],
                "name_key": keys["name_key"],
            })
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO place_names (place_id, key) VALUES (?, ?)",
                [(place["id"], key) for key in sorted(set(keys["names"])) if key],
            )

    def _insert(self, table: str, row: dict, *, ignore: bool = False) -> int:
        """Insert one row with plain SQL (the write path runs thousands an article); return its rowid."""
        columns = ", ".join(f'"{c}"' for c in row)
        verb = "INSERT OR IGNORE" if ignore else "INSERT"
        sql = f"{verb} INTO {table} ({columns}) VALUES ({_marks(row)})"
        return self.db.conn.execute(sql, list(row.values())).lastrowid

    def _upsert_actors(self, actors: list[dict]) -> None:
        """Store each actor once."""
        for actor in actors:
            self._insert("actors", {"id": actor["id"], "name": actor["name"], "type": actor["type"],
                                    "part_of": actor.get("part_of")}, ignore=True)

    def _refresh_event(self, event_id: int) -> None:
        """Recompute every field of an event, and its links, from the mentions it has."""
        db = self.db
        readings = self._readings(event_id)
        if not readings:
            return
        info = self._place_info({pid for r in readings for pid in r["place_ids"]})
        derived = resolution.derive(readings, info)
        self._unindex_event(event_id)
        ids = [r["id"] for r in readings]
        contested = db.execute(
            f"SELECT EXISTS (SELECT 1 FROM contests WHERE mention_id IN ({_marks(ids)}))", ids
        ).fetchone()[0]
        db.execute(
            """UPDATE events SET date = ?, date_end = ?, precision = ?, type = ?, summary = ?, killed = ?,
               killed_max = ?, injured = ?, injured_max = ?, confidence = ?, source_count = ?, mention_count = ?,
               contested = ? WHERE id = ?""",
            [derived["date"], derived["date_end"], derived["precision"], derived["type"], derived["summary"],
             derived["killed"], derived["killed_max"], derived["injured"], derived["injured_max"],
             derived["confidence"], derived["source_count"], derived["mention_count"], contested, event_id],
        )
        db.execute("DELETE FROM event_places WHERE event_id = ?", [event_id])
        db.execute("DELETE FROM event_actors WHERE event_id = ?", [event_id])
        db.conn.executemany("INSERT INTO event_places (event_id, place_id, position) VALUES (?, ?, ?)",
                            [(event_id, pid, i) for i, pid in enumerate(derived["place_ids"])])
        db.conn.executemany("INSERT INTO event_actors (event_id, actor_id, position) VALUES (?, ?, ?)",
                            [(event_id, aid, i) for i, aid in enumerate(derived["actor_ids"])])
        self._index_event(event_id)

    def _index_event(self, event_id: int) -> None:
        """Add an event to the read-path tables: its filter keys and its monthly counts."""
        db = self.db
        date, date_end, type_ = db.execute("SELECT date, date_end, type FROM events WHERE id = ?", [event_id]).fetchone()
        keys, countries = self._event_keys(event_id)
        span = (dt.date.fromisoformat(date_end) - dt.date.fromisoformat(date)).days
        if span > SHORT_SPAN_DAYS:
            keys |= {"L" + key for key in keys}
        db.conn.executemany("INSERT OR IGNORE INTO event_keys (key, date, event_id) VALUES (?, ?, ?)",
                            [(key, date, event_id) for key in sorted(keys)])
        self._count(date, date_end, type_, countries, 1)
        db.execute("UPDATE store_stats SET value = ? WHERE name = 'max_span_days' AND value < ?", [span, span])

    def _unindex_event(self, event_id: int) -> None:
        """Take an event out of the read-path tables, as it stands before it changes or goes."""
        db = self.db
        if not db.execute("SELECT 1 FROM event_keys WHERE event_id = ? LIMIT 1", [event_id]).fetchone():
            return  # a new event, not indexed yet
        row = db.execute("SELECT date, date_end, type FROM events WHERE id = ?", [event_id]).fetchone()
        if row is not None:
            _, countries = self._event_keys(event_id)
            self._count(*row, countries, -1)
        db.execute("DELETE FROM event_keys WHERE event_id = ?", [event_id])

    def _event_keys(self, event_id: int) -> tuple[set[str], set[str]]:
        """The filter keys of an event as its links stand, and the country codes of its places."""
        db = self.db
        keys: set[str] = set()
        countries: set[str] = set()
        for place_id, admin1_key, country_code in db.execute(
            """SELECT p.id, p.admin1_key, p.country_code FROM event_places ep JOIN places p ON p.id = ep.place_id
               WHERE ep.event_id = ?""",
            [event_id],
        ):
            keys.add(f"p{place_id}")
            if admin1_key:
                keys.add(f"a{admin1_key}")
            keys.add(f"c{country_code}")
            countries.add(country_code)
        keys.update(f"x{r[0]}" for r in db.execute("SELECT actor_id FROM event_actors WHERE event_id = ?", [event_id]))
        keys.update(f"s{r[0]}" for r in db.execute("SELECT source FROM mentions WHERE event_id = ?", [event_id]))
        return keys, countries

    def _count(self, date: str, date_end: str, type_: str, countries: Iterable[str], delta: int) -> None:
        """Add ``delta`` to the monthly counts of an event, overall and for each of its countries."""
        # Type '' counts every type, so an unfiltered chart reads one row a month.
        rows = [(country, date[:7], date_end[:7], kind, delta) for country in ("", *sorted(countries))
                for kind in (type_, "")]
        self.db.conn.executemany(
            """INSERT INTO month_counts (country, first, last, type, n) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT (country, type, first, last) DO UPDATE SET n = n + excluded.n""",
            rows,
        )
        if delta < 0:
            self.db.conn.executemany(
                "DELETE FROM month_counts WHERE country = ? AND first = ? AND last = ? AND type = ? AND n <= 0",
                [r[:4] for r in rows],
            )

    # -- health -------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Return how many articles, events and mentions are stored."""
        return {
            name: self.db.execute(f"SELECT COUNT(*) FROM {name}").fetchone()[0]
            for name in ("articles", "events", "mentions")
        }


def _marks(values: Sequence) -> str:
    """Placeholders for an SQL IN list."""
    return ", ".join("?" for _ in values)


def utc_now() -> str:
    """The current time as an ISO 8601 UTC timestamp."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _last_of_month(day: dt.date) -> bool:
    """Whether ``day`` ends its month (9999-12-31 included, which has no next day to ask)."""
    return day.day == calendar.monthrange(day.year, day.month)[1]
