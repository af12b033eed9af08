"""Load test: the production server (`timeline serve`, gunicorn) on a temporary database, driven by
keep-alive HTTP connections with a mix of reads and writes, for a bounded time and count.

Only ever talks to 127.0.0.1, stops by itself, and prints throughput, latency percentiles and the
error count; exits 1 when any request failed. Standard library only.

    python scripts/loadtest.py [--seconds 30] [--connections 32] [--write-share 0.1]
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import synthetic  # noqa: E402

HOST = "127.0.0.1"  # never anything else
MAX_SECONDS = 120
MAX_REQUESTS = 2_000_000

READS = [
    "/events?limit=50",
    "/events?place=Aleppo",
    "/events?country=Syria&type=air_strike&sort=killed",
    "/events?from=2015-03&to=2015-06&limit=20",
    "/events?q=market&limit=20",
    "/events?actor=Russia&min_killed=5",
    "/timeline?interval=month",
    "/timeline?interval=week&country=Yemen",
    "/facets?field=place",
    "/facets?field=actor&country=Iraq",
    "/articles?limit=20",
    "/events/{event_id}",
    "/health",
]


def free_port() -> int:
    """A TCP port nobody listens on now."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def seed_database(db: Path, count: int) -> None:
    """The demo articles and ``count`` synthetic ones, through the normal ingest path."""
    from schemas import ArticleInSchema
    from schemas.event import EVENT_TYPES
    from service.ingest import ingest_article
    from service.store import Store

    store = Store(str(db), categories=EVENT_TYPES)
    schema = ArticleInSchema()
    demo = json.loads((ROOT / "service" / "demo" / "articles.json").read_text(encoding="utf-8"))["articles"]
    for article in [*demo, *synthetic.corpus(count, seed=3)]:
        ingest_article(store, schema.load({k: article[k] for k in ("text", "source", "published_at", "title")
                                           if article.get(k)}))
    store.close()


def start_server(db: Path, port: int, workers: int, log: Path) -> subprocess.Popen:
    """``timeline serve`` on ``db``; returns once /health answers."""
    env = {k: v for k, v in os.environ.items() if k not in ("TIMELINE_API_KEY", "TIMELINE_API_KEYS_FILE")}
    env["TIMELINE_API_KEY"] = "loadtest-key"
    process = subprocess.Popen(
        [str(Path(sys.executable).with_name("timeline")), "--db", str(db), "serve", "--host", HOST,
         "--port", str(port), "--workers", str(workers)],
        env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT, cwd=ROOT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=2)
            conn.request("GET", "/health")
            if conn.getresponse().status == 200:
                conn.close()
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit(f"the server did not start; see {log}")


class Results:
    """Latencies and failures, shared by the client threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.reads: list[float] = []
        self.writes: list[float] = []
        self.errors: list[str] = []
        self.count = 0

    def take_ticket(self) -> bool:
        """Whether one more request may be sent (the count bound)."""
        with self.lock:
            if self.count >= MAX_REQUESTS:
                return False
            self.count += 1
            return True


def client(index: int, port: int, deadline: float, write_share: float, articles: list[dict],
           event_ids: list[int], results: Results) -> None:
    """One keep-alive connection sending requests until the deadline."""
    rng = random.Random(index)
    conn = http.client.HTTPConnection(HOST, port, timeout=60)
    reads, writes, errors = [], [], []
    while time.monotonic() < deadline and results.take_ticket():
        write = rng.random() < write_share
        if write:
            article = articles[rng.randrange(len(articles))]
            body = json.dumps(article).encode()
            method, path = "POST", "/articles"
            headers = {"Content-Type": "application/json", "Authorization": "Bearer loadtest-key"}
        else:
            method, body, headers = "GET", None, {"Accept-Encoding": "gzip"}
            path = rng.choice(READS).format(event_id=rng.choice(event_ids))
        started = time.perf_counter()
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException) as exc:
            status = f"{type(exc).__name__}: {exc}"
            conn.close()
        elapsed = time.perf_counter() - started
        ok = status in ((200, 201) if write else (200,))
        if not ok:
            errors.append(f"{method} {path}: {status}")
        (writes if write else reads).append(elapsed)
    conn.close()
    with results.lock:
        results.reads.extend(reads)
        results.writes.extend(writes)
        results.errors.extend(errors)


def percentile(values: list[float], share: float) -> float:
    """The value under which ``share`` of ``values`` fall, in milliseconds."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--write-share", type=float, default=0.1)
    parser.add_argument("--workers", type=int, default=int(os.environ.get("TIMELINE_WORKERS", "4")))
    parser.add_argument("--articles", type=int, default=150, help="synthetic articles stored before the run")
    args = parser.parse_args()
    seconds = min(args.seconds, MAX_SECONDS)

    workdir = Path(tempfile.mkdtemp(prefix="timeline-loadtest-"))
    db, log = workdir / "load.db", workdir / "server.log"
    print(f"Seeding {db} with the demo and {args.articles} synthetic articles...", flush=True)
    seed_database(db, args.articles)
    import sqlite3

    with sqlite3.connect(db) as conn:
        event_ids = [row[0] for row in conn.execute("SELECT id FROM events ORDER BY id LIMIT 500")]
        stored = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    # Writes post new articles (and, once those run out, ones already stored: 200, nothing new).
    fresh = synthetic.corpus(args.articles + 400, seed=3)[args.articles:]

    port = free_port()
    server = start_server(db, port, args.workers, log)
    print(f"Server: timeline serve, {args.workers} gunicorn workers, http://{HOST}:{port}, "
          f"{stored} articles, {len(event_ids)}+ events", flush=True)
    print(f"Load: {args.connections} keep-alive connections, {1 - args.write_share:.0%} reads / "
          f"{args.write_share:.0%} writes, {seconds:g} s (at most {MAX_REQUESTS} requests)", flush=True)
    results = Results()
    started = time.monotonic()
    deadline = started + seconds
    threads = [threading.Thread(target=client, args=(i, port, deadline, args.write_share, fresh, event_ids, results))
               for i in range(args.connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 120)
    elapsed = time.monotonic() - started

    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=60)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
    with sqlite3.connect(db) as conn:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        articles_after = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    log_lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    locked = sum("database is locked" in line for line in log_lines)
    server_ms: dict[str, list[float]] = {}
    for line in log_lines:
        if line.startswith('{"time"'):
            entry = json.loads(line)
            name = f"{entry['method']} /{entry['path'].split('/')[1]}"
            server_ms.setdefault(name, []).append(entry["duration_ms"] / 1000)

    everything = results.reads + results.writes
    total = len(everything)
    print()
    print(f"requests      {total} in {elapsed:.1f} s: {total / elapsed:.0f} per second")
    for label, values in (("all", everything), ("reads", results.reads), ("writes", results.writes)):
        print(f"  {label:<7} {len(values):>7}  p50 {percentile(values, 0.5):7.1f} ms  "
              f"p99 {percentile(values, 0.99):7.1f} ms  max {max(values, default=0) * 1000:7.1f} ms")
    print("server time by endpoint (from the request log):")
    for name, values in sorted(server_ms.items()):
        print(f"  {name:<16} {len(values):>7}  p50 {percentile(values, 0.5):7.1f} ms  p99 {percentile(values, 0.99):7.1f} ms")
    print(f"errors        {len(results.errors)}")
    for line in results.errors[:10]:
        print(f"  {line}")
    print(f"database      {stored} -> {articles_after} articles, integrity_check {integrity}, "
          f"'database is locked' in the server log: {locked}")
    failed = bool(results.errors) or integrity != "ok" or locked
    if failed:
        print(f"Server log kept in {log}")
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
