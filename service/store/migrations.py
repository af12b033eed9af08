"""Schema migrations, applied in order and recorded in the database."""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("timeline")


@migrations()
def m001_initial(db: Database) -> None:
    """Create articles, events, mentions, places, actors and their links."""
    db["articles"].create(
        {
            "id": int,
            "source": str,
            "url": str,
            "title": str,
            "published_at": str,
            "language": str,
            "text": str,
            "sha256": str,
            "ingested_at": str,
            "extractor_version": str,
        },
        pk="id",
        not_null={"source", "published_at", "text", "sha256", "ingested_at", "extractor_version"},
    )
    db["articles"].create_index(["source", "sha256"], unique=True)
    db["articles"].create_index(["url"])
    db["events"].create(
        {
            "id": int,
            "date": str,
            "date_end": str,
            "precision": str,
            "type": str,
            "summary": str,
            "killed": int,
            "injured": int,
            "confidence": float,
            "merge_key": str,
        },
        pk="id",
        not_null={"date", "date_end", "precision", "type", "summary", "confidence", "merge_key"},
    )
    db["events"].create_index(["date", "id"])
    db["events"].create_index(["date_end"])
    db["events"].create_index(["type", "date"])
    db["events"].create_index(["merge_key"])
    db["mentions"].create(
        {
            "id": int,
            "event_id": int,
            "article_id": int,
            "source": str,
            "quote": str,
            "start": int,
            "end": int,
            "timex": str,
            "killed": int,
            "injured": int,
            "place_ids": str,
            "actor_ids": str,
        },
        pk="id",
        foreign_keys=[("event_id", "events", "id"), ("article_id", "articles", "id")],
        not_null={"event_id", "article_id", "source", "quote", "start", "end"},
    )
    db["mentions"].create_index(["event_id"])
    db["mentions"].create_index(["article_id"])
    db["mentions"].create_index(["source", "event_id"])
    db["mentions"].enable_fts(["quote"], create_triggers=True)
    db["places"].create(
        {
            "id": int,
            "name": str,
            "kind": str,
            "admin1": str,
            "country": str,
            "country_code": str,
            "lat": float,
            "lon": float,
            "admin1_key": str,
            "country_key": str,
        },
        pk="id",
        not_null={"name", "kind", "country", "country_code"},
    )
    db["places"].create_index(["admin1_key"])
    db["places"].create_index(["country_key"])
    db["places"].create_index(["country_code"])
    db["place_names"].create({"place_id": int, "key": str}, pk=("key", "place_id"))
    db["actors"].create(
        {"id": str, "name": str, "type": str, "part_of": str},
        pk="id",
        not_null={"name", "type"},
    )
    db["event_places"].create(
        {"event_id": int, "place_id": int, "position": int},
        pk=("event_id", "place_id"),
        foreign_keys=[("event_id", "events", "id"), ("place_id", "places", "id")],
    )
    db["event_places"].create_index(["place_id", "event_id"])
    db["event_actors"].create(
        {"event_id": int, "actor_id": str, "position": int},
        pk=("event_id", "actor_id"),
        foreign_keys=[("event_id", "events", "id"), ("actor_id", "actors", "id")],
    )
    db["event_actors"].create_index(["actor_id", "event_id"])


@migrations()
def m002_resolution(db: Database) -> None:
    """Keep each mention's own reading (dates, type, figures, attribution) so events can be
    re-formed from their mentions; add source counts, figure ranges and contested claims."""
    for column, kind in (
        ("date", str), ("date_end", str), ("precision", str), ("type", str), ("confidence", float),
        ("summary", str), ("attribution", str), ("attributed_to", str),
    ):
        db["mentions"].add_column(column, kind)
    db.execute(
        """UPDATE mentions SET date = e.date, date_end = e.date_end, precision = e.precision, type = e.type,
           confidence = e.confidence, summary = e.summary FROM events e WHERE e.id = mentions.event_id"""
    )
    db.execute("DROP INDEX IF EXISTS idx_events_merge_key")
    db["events"].transform(drop={"merge_key"})
    for column, kind in (("killed_max", int), ("injured_max", int), ("source_count", int), ("mention_count", int),
                         ("contested", int)):
        db["events"].add_column(column, kind)
    db.execute(
        """UPDATE events SET killed_max = killed, injured_max = injured, contested = 0,
           source_count = (SELECT COUNT(DISTINCT source) FROM mentions m WHERE m.event_id = events.id),
           mention_count = (SELECT COUNT(*) FROM mentions m WHERE m.event_id = events.id)"""
    )
    db["events"].create_index(["source_count", "date", "id"])
    db["events"].create_index(["killed", "date", "id"])
    db["events"].create_index(["contested", "date", "id"])
    db["mentions"].create_index(["date_end", "date"])
    db["places"].add_column("name_key", str)
    db.execute("UPDATE places SET name_key = lower(name)")
    db["contests"].create(
        {"mention_id": int, "denial_mention_id": int, "actor_id": str},
        pk=("mention_id", "denial_mention_id"),
        foreign_keys=[("mention_id", "mentions", "id"), ("denial_mention_id", "mentions", "id")],
    )
    db["contests"].create_index(["denial_mention_id"])


@migrations()
def m003_read_paths(db: Database) -> None:
    """Indexes and derived tables that keep the dashboard reads independent of the database size.

    ``event_keys`` lists, for each event, one row per value a link filter may select it by
    (``p<place id>``, ``a<admin1 key>``, ``c<country code>``, ``x<actor id>``, ``s<source>``), with the
    event's first day, so a filtered page is an ordered index range cut off at the page size.
    ``month_counts`` counts the events by first and last month, type and country code (``''``:
    every event), so monthly counts never read the events. ``store_stats`` holds the longest span
    of any event in days, which bounds how far before ``from`` an event may start.
    """
    db.execute(
        """CREATE TABLE event_keys (key TEXT NOT NULL, date TEXT NOT NULL, event_id INTEGER NOT NULL,
           PRIMARY KEY (key, date, event_id)) WITHOUT ROWID"""
    )
    db.execute("CREATE INDEX idx_event_keys_event_id ON event_keys (event_id)")
    db.execute(
        """CREATE TABLE month_counts (country TEXT NOT NULL, first TEXT NOT NULL, last TEXT NOT NULL,
           type TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (country, type, first, last)) WITHOUT ROWID"""
    )
    db.execute("CREATE TABLE store_stats (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID")
    rebuild_read_tables(db)


def rebuild_read_tables(db: Database) -> None:
    """Fill ``event_keys``, ``month_counts`` and ``store_stats`` afresh from the events and their links."""
    for table in ("event_keys", "month_counts", "store_stats"):
        db.execute(f"DELETE FROM {table}")
    links = (
        "SELECT 'p' || ep.place_id, e.date, e.id FROM event_places ep JOIN events e ON e.id = ep.event_id",
        """SELECT DISTINCT 'a' || p.admin1_key, e.date, e.id FROM event_places ep JOIN events e ON e.id = ep.event_id
           JOIN places p ON p.id = ep.place_id WHERE p.admin1_key IS NOT NULL""",
        """SELECT DISTINCT 'c' || p.country_code, e.date, e.id FROM event_places ep JOIN events e ON e.id = ep.event_id
           JOIN places p ON p.id = ep.place_id""",
        "SELECT 'x' || ea.actor_id, e.date, e.id FROM event_actors ea JOIN events e ON e.id = ea.event_id",
        "SELECT DISTINCT 's' || m.source, e.date, e.id FROM mentions m JOIN events e ON e.id = m.event_id",
    )
    for select in links:
        db.execute(f"INSERT OR IGNORE INTO event_keys (key, date, event_id) {select} ORDER BY 1, 2, 3")
    # Per type, and under type '' for every type.
    for kind in ("type", "''"):
        db.execute(
            f"""INSERT INTO month_counts (country, first, last, type, n)
                SELECT '', substr(date, 1, 7), substr(date_end, 1, 7), {kind}, COUNT(*) FROM events GROUP BY 2, 3, 4"""
        )
        db.execute(
            f"""INSERT INTO month_counts (country, first, last, type, n)
                SELECT country, first, last, {kind}, COUNT(*) FROM (
                    SELECT DISTINCT p.country_code AS country, e.id, substr(e.date, 1, 7) AS first,
                           substr(e.date_end, 1, 7) AS last, e.type AS type
                    FROM events e JOIN event_places ep ON ep.event_id = e.id JOIN places p ON p.id = ep.place_id)
                GROUP BY 1, 2, 3, 4"""
        )
    db.execute(
        """INSERT INTO store_stats (name, value)
           SELECT 'max_span_days', COALESCE(MAX(CAST(julianday(date_end) - julianday(date) AS INTEGER)), 0) FROM events"""
    )
