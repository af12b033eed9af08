"""Durability: concurrent writers and readers never see "database is locked"; a killed bulk ingest
leaves a sound database where every article is whole or absent."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.reliability.helpers import BIN, ROOT, clean_env, served, synthetic_articles

WRITER = r'''
import json, sys, urllib.request, urllib.error
port, path = int(sys.argv[1]), sys.argv[2]
results = []
for article in json.load(open(path, encoding="utf-8")):
    request = urllib.request.Request(f"http://127.0.0.1:{port}/articles", data=json.dumps(article).encode(),
                                     method="POST", headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            body = json.loads(response.read())
            results.append([response.status, body["article"]["id"], body["article"]["event_count"], ""])
    except urllib.error.HTTPError as exc:
        results.append([exc.code, None, None, exc.read().decode("utf-8", "replace")])
    except OSError as exc:
        results.append([0, None, None, repr(exc)])
print(json.dumps(results))
'''

READER = r'''
import json, os, sys, urllib.request, urllib.error
port, stop, rounds = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
paths = ["/events?limit=50", "/timeline?interval=month", "/facets?field=place", "/articles?limit=20",
         "/events?q=killed&sort=killed", "/health"]
results = []
for i in range(rounds):
    if os.path.exists(stop):
        break
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{paths[i % len(paths)]}", timeout=60) as response:
            response.read()
            results.append([response.status, ""])
    except urllib.error.HTTPError as exc:
        results.append([exc.code, exc.read().decode("utf-8", "replace")])
    except OSError as exc:
        results.append([0, repr(exc)])
print(json.dumps(results))
'''


def run_python(code: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT, env=clean_env())


def test_four_writers_and_two_readers_through_gunicorn_see_no_lock_error(tmp_path):
    articles = synthetic_articles(32, seed=5)
    shares = []
    for i in range(4):
        path = tmp_path / f"share-{i}.json"
        path.write_text(json.dumps(articles[i::4]), encoding="utf-8")
        shares.append(path)
    stop = tmp_path / "stop"
    with served(tmp_path / "c.db", workers=4) as (port, _):
        readers = [run_python(READER, str(port), str(stop), "2000") for _ in range(2)]
        writers = [run_python(WRITER, str(port), str(path)) for path in shares]
        written = [json.loads(w.communicate(timeout=600)[0]) for w in writers]
        stop.touch()
        read = [json.loads(r.communicate(timeout=120)[0]) for r in readers]

        results = [r for share in written for r in share]
        assert len(results) == 32
        assert [r for r in results if r[0] != 201] == []
        assert all("locked" not in r[3] for r in results)
        assert sum(len(r) for r in read) > 10
        assert [r for rs in read for r in rs if r[0] != 200] == []
        # Every accepted article is stored, with the events its answer announced.
        with sqlite3.connect(tmp_path / "c.db") as conn:
            stored = dict(conn.execute(
                "SELECT a.id, COUNT(DISTINCT m.event_id) FROM articles a LEFT JOIN mentions m ON m.article_id = a.id "
                "GROUP BY a.id").fetchall())
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert stored == {r[1]: r[2] for r in results}
        assert sum(stored.values()) > 32


def write_corpus(folder: Path, articles: list[dict]) -> Path:
    """The articles as text files and a manifest for ``timeline ingest --manifest``."""
    folder.mkdir()
    entries = []
    for i, article in enumerate(articles):
        (folder / f"{i:03d}.txt").write_text(article["text"], encoding="utf-8")
        entries.append({"file": f"{i:03d}.txt", **{k: article[k] for k in ("source", "published_at", "title")}})
    manifest = folder / "manifest.json"
    manifest.write_text(json.dumps({"articles": entries}), encoding="utf-8")
    return manifest


def ingest(db: Path, manifest: Path, **popen) -> subprocess.Popen:
    return subprocess.Popen([str(BIN / "timeline"), "--db", str(db), "ingest", "--manifest", str(manifest)],
                            env=clean_env(PYTHONUNBUFFERED="1"), **popen)


def readings(db: Path) -> dict[tuple[str, str], list[tuple]]:
    """Each article (by source and text hash) with its mentions as content."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT a.source, a.sha256, m.start, m.end, m.quote, m.killed, m.injured, e.type "
            "FROM articles a LEFT JOIN mentions m ON m.article_id = a.id LEFT JOIN events e ON e.id = m.event_id"
        ).fetchall()
    found: dict[tuple[str, str], list[tuple]] = {}
    for source, sha, *mention in rows:
        found.setdefault((source, sha), [])
        if mention[0] is not None:
            found[(source, sha)].append(tuple(mention))
    return {key: sorted(value, key=repr) for key, value in found.items()}


def test_a_bulk_ingest_killed_midway_leaves_every_article_whole_or_absent(tmp_path):
    manifest = write_corpus(tmp_path / "corpus", synthetic_articles(24, seed=9))
    clean_db, killed_db = tmp_path / "clean.db", tmp_path / "killed.db"
    assert ingest(clean_db, manifest, stdout=subprocess.DEVNULL).wait(timeout=600) == 0
    reference = readings(clean_db)
    assert len(reference) == 24

    # Kill three runs at different points; each run carries on where the last one stopped.
    for stop_after, delay in ((3, 0.0), (4, 0.02), (5, 0.05)):
        process = ingest(killed_db, manifest, stdout=subprocess.PIPE, text=True)
        stored = 0
        for line in process.stdout:
            stored += ": stored as article" in line
            if stored >= stop_after:
                break
        time.sleep(delay)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        process.stdout.close()
        assert process.returncode == -signal.SIGKILL

        with sqlite3.connect(killed_db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            assert conn.execute("SELECT COUNT(*) FROM events e WHERE NOT EXISTS "
                                "(SELECT 1 FROM mentions m WHERE m.event_id = e.id)").fetchone() == (0,)
        partial = readings(killed_db)
        assert 0 < len(partial) < 24
        for key, mentions in partial.items():
            # Whole, never half an article (the event type may still change as later reports merge in).
            assert [m[:-1] for m in mentions] == [m[:-1] for m in reference[key]], key

    assert ingest(killed_db, manifest, stdout=subprocess.DEVNULL).wait(timeout=600) == 0
    assert readings(killed_db) == reference


def test_four_cli_ingests_on_one_database_while_the_api_reads(tmp_path):
    db = tmp_path / "cli.db"
    articles = synthetic_articles(20, seed=13)
    manifests = [write_corpus(tmp_path / f"corpus-{i}", articles[i::4]) for i in range(4)]
    stop = tmp_path / "stop"
    with served(db, workers=2) as (port, _):
        readers = [run_python(READER, str(port), str(stop), "2000") for _ in range(2)]
        writers = [ingest(db, manifest, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                   for manifest in manifests]
        outputs = [w.communicate(timeout=600) for w in writers]
        stop.touch()
        read = [json.loads(r.communicate(timeout=120)[0]) for r in readers]
    assert [w.returncode for w in writers] == [0, 0, 0, 0], [err for _, err in outputs]
    assert all("locked" not in out + err for out, err in outputs)
    announced = {}
    for out, _ in outputs:
        for line in out.splitlines():
            _, _, rest = line.partition(": stored as article ")
            article_id, _, events = rest.partition(" with ")
            announced[int(article_id)] = int(events.split()[0])
    assert len(announced) == 20
    assert [r for rs in read for r in rs if r[0] != 200] == []
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = dict(conn.execute("SELECT a.id, COUNT(DISTINCT m.event_id) FROM articles a "
                                   "LEFT JOIN mentions m ON m.article_id = a.id GROUP BY a.id").fetchall())
    assert stored == announced
