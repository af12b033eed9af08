"""The store: migrations, and one transaction per article."""
from __future__ import annotations

import datetime as dt

import pytest

from service.extract.events import extract_events
from service.store import Store
from service.store.migrations import migrations


def test_migrations_are_recorded_and_applied_once(tmp_path):
    path = str(tmp_path / "m.db")
    store = Store(path)
    applied = [m.name for m in migrations.applied(store.db)]
    assert applied == ["m001_initial", "m002_resolution", "m003_read_paths"]
    Store(path)
    assert [m.name for m in migrations.applied(Store(path).db)] == applied
    assert {"articles", "events", "mentions", "places", "actors", "mentions_fts"} <= set(store.db.table_names())


def test_a_failure_while_storing_an_article_stores_nothing_of_it(tmp_path):
    store = Store(str(tmp_path / "t.db"))
    text = "Shelling hit Donetsk on 3 November, killing four people."
    events = extract_events(text, dt.date(2015, 11, 5))
    assert events and events[0]["places"]
    article = {
        "source": "s", "published_at": "2015-11-05", "text": text, "sha256": "x",
        "ingested_at": "2015-11-05T00:00:00+00:00", "extractor_version": "test",
    }
    with pytest.raises(KeyError):
        store.add_article(article, events, place_keys={}, related=lambda a, b: a == b)  # keys missing: fails mid-way
    assert store.counts() == {"articles": 0, "events": 0, "mentions": 0}
    assert store.db.execute("SELECT COUNT(*) FROM places").fetchone()[0] == 0


def test_the_database_uses_wal_and_waits_for_locks(tmp_path):
    store = Store(str(tmp_path / "w.db"))
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == 10000


def test_writes_take_the_write_lock_at_their_first_statement(tmp_path):
    """A write holds SQLite's RESERVED lock from BEGIN, so a second writer waits, never upgrades."""
    import sqlite3

    from service.store import Store

    path = tmp_path / "lock.db"
    store = Store(str(path))
    store.migrate()
    other = sqlite3.connect(str(path), timeout=0)
    with store.write():
        assert store.db.conn.in_transaction
        # Another connection cannot start a write while this one holds the lock, even before
        # this transaction has written anything.
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        with store.write():  # nested: a savepoint of the same transaction
            assert store.db.conn.in_transaction
    assert not store.db.conn.in_transaction
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    with pytest.raises(RuntimeError):
        with store.write():
            store.db.execute("CREATE TABLE scratch (x)")
            raise RuntimeError("undone")
    assert "scratch" not in store.db.table_names()
