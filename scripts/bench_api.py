"""Benchmarks of the service as deployed: ingest throughput, and the dashboard's reads at scale.

Run with ``make bench`` (10 000 and 100 000 events) or ``make bench BENCH_FULL=1`` (and 1 000 000).
Nothing here asserts a target: it measures and prints.

* Ingest goes through the real extraction path: in one process (``ingest_article``), through the
  ``timeline ingest`` command, and through ``POST /articles`` on ``timeline serve``.
* The large databases are not built by extracting ~100 000 articles (hours): ``bulk_load`` writes
  the rows ingest would store (articles whose text holds the quotes, events, mentions, places and
  actors found by the real extractor in synthetic articles, links, the full-text index), then
  ``Store.rebuild_read_tables`` derives the filter keys and monthly counts as migration m003 does.
* Each dashboard query is loaded through ``timeline serve`` (gunicorn, 2 workers) with wrk when it
  is installed, else with a small Python load generator; both only ever target 127.0.0.1, for a
  fixed time. The same questions are then asked of Datasette serving the same SQLite file, when
  it is installed (``--install-datasette`` installs it into this environment, for the bench only).
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import http.client
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import synthetic  # noqa: E402

BIN = Path(sys.executable).parent
HOST = "127.0.0.1"
CACHE = Path(tempfile.gettempdir()) / "timeline-bench"
LOADER_VERSION = "3"

# The four dashboard questions: our API's path, and the SQL a Datasette user would send for it.
QUERIES = [
    ("place", "/events?place=Aleppo",
     """select e.id, e.date, e.date_end, e.type, e.summary, e.killed, e.injured from events e
        where e.id in (select ep.event_id from event_places ep join places p on p.id = ep.place_id
                       where p.name_key = :place or p.admin1_key = :place or p.country_key = :place)
        order by e.date, e.id limit 50""", {"place": "aleppo"}),
    ("actor+3 months", "/events?actor=Russia&from=2015-01&to=2015-03",
     """select e.id, e.date, e.date_end, e.type, e.summary, e.killed, e.injured from events e
        where e.id in (select event_id from event_actors where actor_id = :actor)
        and e.date_end >= :from and e.date <= :to order by e.date, e.id limit 50""",
     {"actor": "russia", "from": "2015-01-01", "to": "2015-03-31"}),
    ("source", "/events?source=synthetic-05",
     """select e.id, e.date, e.date_end, e.type, e.summary, e.killed, e.injured from events e
        where e.id in (select event_id from mentions where source = :source) order by e.date, e.id limit 50""",
     {"source": "synthetic-05"}),
    ("months by country", "/timeline?interval=month&country=Syria&events=false",
     """select substr(e.date, 1, 7) as month, count(*) as n from events e
        where e.id in (select ep.event_id from event_places ep join places p on p.id = ep.place_id
                       where p.country_code = :cc)
        and substr(e.date, 1, 7) = substr(e.date_end, 1, 7) group by month order by month""", {"cc": "SY"}),
]


# -- servers and load -----------------------------------------------------------------


def free_port() -> int:
    """A TCP port nobody listens on now."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


class Server:
    """A server process of ours, in its own process group, stopped on exit."""

    def __init__(self, argv: list[str], port: int, ready_path: str, env: dict | None = None):
        self.port = port
        self.proc = subprocess.Popen(argv, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.time() + 120
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{argv[0]} exited with {self.proc.returncode}")
            try:
                status, _ = get(port, ready_path)
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"{argv[0]} did not answer on port {port}")

    def workers(self) -> list[int]:
        """Pids of the processes this server forked (gunicorn's workers)."""
        children = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.proc.pid:
                children.append(int(stat.parent.name))
        return children

    def stop(self) -> None:
        """Stop the server and whatever it forked (its own process group only)."""
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


def get(port: int, path: str) -> tuple[int, bytes]:
    """One GET on 127.0.0.1."""
    conn = http.client.HTTPConnection(HOST, port, timeout=60)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def memory_mb(pid: int) -> tuple[float, float]:
    """(RSS, PSS) of a process in MB; PSS splits the pages it shares with its siblings."""
    rss = pss = 0.0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Rss:"):
                rss = int(line.split()[1]) / 1024
            elif line.startswith("Pss:"):
                pss = int(line.split()[1]) / 1024
    except OSError:
        pass
    return rss, pss


_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


def _ms(text: str) -> float:
    """wrk's '1.23ms' in milliseconds."""
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * _UNITS[unit]


def load(port: int, path: str, seconds: float, connections: int) -> dict:
    """Requests per second and latency percentiles of ``path`` under ``connections`` clients."""
    url = f"http://{HOST}:{port}{path}"
    if shutil.which("wrk"):
        out = subprocess.run(
            ["wrk", "-t", "2", "-c", str(connections), "-d", f"{seconds:g}s", "--timeout", "30s", "--latency", url],
            capture_output=True, text=True, check=True, timeout=seconds + 60,
        ).stdout
        rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
        p50 = _ms(re.search(r"\s50%\s+(\S+)", out).group(1))
        p99 = _ms(re.search(r"\s99%\s+(\S+)", out).group(1))
        errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
        failed = re.search(r"Socket errors: .*timeout (\d+)", out)
        return {"rps": rps, "p50": p50, "p99": p99, "errors": int(errors.group(1)) if errors else 0,
                "timeouts": int(failed.group(1)) if failed else 0, "tool": "wrk"}
    return python_load(port, path, seconds, connections)


def python_load(port: int, path: str, seconds: float, connections: int, max_requests: int = 200_000) -> dict:
    """A small load generator for machines without wrk: keep-alive clients in threads, bounded in
    time and count. The GIL makes it slower than wrk: its figures are a floor."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def client():
        conn = http.client.HTTPConnection(HOST, port, timeout=30)
        mine = []
        while time.perf_counter() < deadline and len(latencies) + len(mine) < max_requests:
            started = time.perf_counter()
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                if response.status != 200:
                    errors[0] += 1
            except (OSError, http.client.HTTPException):
                errors[0] += 1
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=30)
                continue
            mine.append((time.perf_counter() - started) * 1000)
        conn.close()
        with lock:
            latencies.extend(mine)

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    pick = (lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))]) if latencies else (lambda q: 0.0)
    return {"rps": len(latencies) / elapsed, "p50": pick(0.50), "p99": pick(0.99), "errors": errors[0],
            "timeouts": 0, "tool": "python"}


# -- the bulk loader ----------------------------------------------------------------


def catalogue() -> tuple[list[dict], list[dict], list[dict]]:
    """Places and actors as the real extractor finds them in synthetic articles, and their events."""
    from service.extract.events import extract_events

    places: dict[int, dict] = {}
    actors: dict[str, dict] = {}
    events = []
    for article in synthetic.corpus(60, seed=3):
        for event in extract_events(article["text"], dt.date.fromisoformat(article["published_at"])):
            events.append(event)
            for place in event["places"]:
                places.setdefault(place["id"], place)
            for actor in event["actors"]:
                actors.setdefault(actor["id"], actor)
    return list(places.values()), list(actors.values()), events


def bulk_load(path: Path, n_events: int, seed: int = 5) -> None:
    """Write ``n_events`` events the way ingest stores them, ten to an article, over ten years."""
    from schemas.event import EVENT_TYPES
    from service.ingest import _place_keys
    from service.store import Store

    rng = random.Random(seed)
    store = Store(str(path), categories=EVENT_TYPES)
    places, actors, extracted = catalogue()
    with store.db.atomic():
        store._upsert_places(places, _place_keys(extracted))
        store._upsert_actors(actors)
    # A few places and actors are in the news far more than the others.
    place_weights = [1 / (i + 1) ** 0.7 for i in range(len(places))]
    actor_weights = [1 / (i + 1) ** 0.7 for i in range(len(actors))]
    rng.shuffle(places)
    actors.sort(key=lambda a: a["id"] != "russia")  # the bench's actor query has a share like a busy actor's
    types = ["air_strike"] * 4 + ["shelling"] * 3 + ["explosion", "armed_clash", "armed_clash", "attack_on_civilians",
                                                     "statement", "statement", "denial", "report_published"]
    verbs = {"air_strike": "warplanes struck", "shelling": "shelling hit", "explosion": "a bomb exploded in",
             "armed_clash": "forces clashed near", "attack_on_civilians": "gunmen attacked civilians in",
             "statement": "said it had targeted militants in", "denial": "denied attacking",
             "report_published": "published a report on", "reporting_period": "reported deaths in"}
    n_articles = max(1, n_events // 10)
    first_day = dt.date(2010, 1, 1)
    events, mentions, event_places, event_actors, articles = [], [], [], [], []
    recent: list[int] = []
    event_id = mention_id = 0
    for article_id in range(1, n_articles + 1):
        published = first_day + dt.timedelta(days=(article_id - 1) * 3650 // n_articles)
        source = f"synthetic-{article_id % 37:02d}"
        text_parts, offset = [f"{source}: latest on the fighting\n"], 0
        offset = len(text_parts[0])
        for _ in range(10 if article_id < n_articles else n_events - event_id):
            day = published - dt.timedelta(days=rng.randint(0, 30))
            type_ = rng.choice(types)
            precision, date, date_end = "day", day, day
            roll = rng.random()
            if roll < 0.06:
                precision, date = "month", day.replace(day=1)
                date_end = (date + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            elif roll < 0.09:
                precision, date = "week", day - dt.timedelta(days=day.weekday())
                date_end = date + dt.timedelta(days=6)
            elif roll < 0.12:
                type_, precision, date = "reporting_period", "month", (day - dt.timedelta(days=rng.randint(31, 150)))
                date_end = day
            chosen_places = {p["id"]: p for p in rng.choices(places, place_weights, k=rng.choice((1, 1, 2)))}
            chosen_actors = {a["id"]: a for a in rng.choices(actors, actor_weights, k=rng.choice((1, 1, 2)))}
            killed = rng.randint(1, 90) if type_ in resolution_violent() else None
            injured = rng.randint(0, 60) if killed else None
            place_text = " and ".join(p["name"] for p in chosen_places.values())
            actor_text = " and ".join(a["name"] for a in chosen_actors.values())
            quote = (f"{actor_text} {verbs[type_]} {place_text} on {date.isoformat()}"
                     + (f", killing {killed} people." if killed else "."))
            timex = f"on {date.isoformat()}"
            if recent and rng.random() < 0.12:
                target = rng.choice(recent)  # another report of a recent event
            else:
                event_id += 1
                target = event_id
                events.append([target, date.isoformat(), date_end.isoformat(), precision, type_, quote, killed, injured,
                               round(rng.uniform(0.5, 1.0), 2), killed, injured, set(), 0, 0])
                for position, pid in enumerate(chosen_places):
                    event_places.append((target, pid, position))
                for position, aid in enumerate(chosen_actors):
                    event_actors.append((target, aid, position))
                recent.append(target)
                if len(recent) > 300:
                    recent.pop(0)
            row = events[target - 1]
            row[11].add(source)
            row[12] += 1
            if killed is not None and row[6] is not None:
                row[6], row[9] = min(row[6], killed), max(row[9], killed)
            mention_id += 1
            mentions.append((mention_id, target, article_id, source, quote, offset, offset + len(quote), timex, killed,
                             injured, json.dumps(list(chosen_places)), json.dumps(list(chosen_actors)), row[1], row[2],
                             row[3], row[4], row[8], quote, None, None))
            text_parts.append(quote + "\n")
            offset += len(quote) + 1
            filler = rng.choice(synthetic.FILLER) + "\n"
            text_parts.append(filler)
            offset += len(filler)
        while offset < 3000:
            filler = rng.choice(synthetic.FILLER) + "\n"
            text_parts.append(filler)
            offset += len(filler)
        text = "".join(text_parts)
        articles.append((article_id, source, None, f"Synthetic report {article_id}", published.isoformat(), "en", text,
                         hashlib.sha256(text.encode()).hexdigest(), "2026-01-01T00:00:00+00:00", "bulk"))
    conn = store.db.conn
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -1000000")
    with conn:
        conn.executemany("INSERT INTO articles (id, source, url, title, published_at, language, text, sha256, "
                         "ingested_at, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", articles)
        conn.executemany(
            "INSERT INTO events (id, date, date_end, precision, type, summary, killed, injured, confidence, killed_max, "
            "injured_max, source_count, mention_count, contested) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
            ([*row[:11], len(row[11]), row[12]] for row in events))
        conn.executemany(
            'INSERT INTO mentions (id, event_id, article_id, source, quote, start, "end", timex, killed, injured, '
            "place_ids, actor_ids, date, date_end, precision, type, confidence, summary, attribution, attributed_to) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", mentions)
        conn.executemany("INSERT INTO event_places (event_id, place_id, position) VALUES (?, ?, ?)", event_places)
        conn.executemany("INSERT INTO event_actors (event_id, actor_id, position) VALUES (?, ?, ?)", event_actors)
    store.rebuild_read_tables()
    conn.execute("PRAGMA journal_mode = WAL")
    store.close()


def resolution_violent() -> frozenset:
    """Event types that carry casualty figures."""
    from service.store import resolution

    return resolution.VIOLENT


def database(n_events: int, rebuild: bool) -> Path:
    """The bulk-loaded database of ``n_events`` events, built once and kept in the temp directory."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"events-{n_events}-v{LOADER_VERSION}.db"
    if rebuild or not path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        started = time.perf_counter()
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        bulk_load(partial, n_events)
        partial.rename(path)
        print(f"  built {path.name} in {time.perf_counter() - started:.0f} s")
    return path


# -- ingest -----------------------------------------------------------------------


def ingest_in_process(articles: list[dict], profile: bool) -> None:
    """Articles through ``ingest_article`` in this process, on an empty database."""
    import cProfile
    import pstats

    from schemas import ArticleInSchema
    from service.ingest import ingest_article
    from service.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "ingest.db"))
        schema = ArticleInSchema()
        loaded = [schema.load(a) for a in articles]
        profiler = cProfile.Profile() if profile else None
        started = time.perf_counter()
        if profiler:
            profiler.enable()
        for article in loaded:
            ingest_article(store, article)
        if profiler:
            profiler.disable()
        seconds = time.perf_counter() - started
        events = store.counts()["events"]
    report_ingest("in one process (ingest_article)", articles, seconds, f"{events} events")
    if profiler:
        stats = pstats.Stats(profiler)
        stages = {"extract_events": "extraction", "add_article": "store writes", "get_article": "answer read-back",
                  "_valid": "event schema checks", "detect_language": "language guess"}
        shares = []
        for (filename, _, name), (_, _, _, cumtime, _) in stats.stats.items():
            if name in stages and ("/service/" in filename):
                shares.append(f"{stages[name]} {cumtime / seconds:.0%}")
        print(f"    where the time goes: {', '.join(sorted(shares))}")
        builtin = sorted(((v[2], k[2]) for k, v in stats.stats.items() if k[0] == "~"), reverse=True)[:3]
        print("    C functions with most own time: " + ", ".join(f"{name} {t / seconds:.0%}" for t, name in builtin))
        rows = []
        for (filename, line, name), (_, calls, tottime, cumtime, _) in stats.stats.items():
            if "/service/" in filename or "/schemas/" in filename:
                rows.append((tottime, cumtime, calls, f"{Path(filename).relative_to(ROOT)}:{line} {name}"))
        rows.sort(reverse=True)
        total = sum(r[0] for r in rows)
        print(f"    hot spots (own time in the project's code; {total / seconds:.0%} of the run is spent there):")
        for tottime, cumtime, calls, where in rows[:8]:
            print(f"      {tottime / seconds:6.1%} own  {cumtime / seconds:6.1%} total  {calls:>8} calls  {where}")


def ingest_cli(articles: list[dict]) -> None:
    """Articles through ``timeline ingest --manifest`` (one process), minus its start-up time."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)

        def manifest(name: str, items: list[dict]) -> Path:
            entries = []
            for i, article in enumerate(items):
                file = tmp / f"{name}-{i}.txt"
                file.write_text(article["text"], encoding="utf-8")
                entries.append({"file": file.name, "source": article["source"], "published_at": article["published_at"],
                                "title": article["title"]})
            path = tmp / f"{name}.json"
            path.write_text(json.dumps({"articles": entries}), encoding="utf-8")
            return path

        def run(path: Path, db: str) -> float:
            started = time.perf_counter()
            subprocess.run([str(BIN / "timeline"), "--db", str(tmp / db), "ingest", "--manifest", str(path)],
                           cwd=ROOT, check=True, capture_output=True)
            return time.perf_counter() - started

        startup = run(manifest("one", articles[:1]), "one.db")
        total = run(manifest("all", articles), "all.db")
    report_ingest("timeline ingest --manifest", articles, total - startup,
                  f"whole command {total:.1f} s, of which start-up and one article {startup:.1f} s")


def ingest_http(articles: list[dict]) -> None:
    """Articles posted one after the other to ``POST /articles`` on ``timeline serve``."""
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        server = Server([str(BIN / "timeline"), "--db", str(Path(tmp) / "http.db"), "serve", "--host", HOST, "--port",
                         str(port)], port, "/health", env={"TIMELINE_API_KEY": ""})
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=120)
            started = time.perf_counter()
            for article in articles:
                conn.request("POST", "/articles", body=json.dumps(article), headers={"Content-Type": "application/json"})
                response = conn.getresponse()
                response.read()
                if response.status not in (200, 201):
                    raise RuntimeError(f"POST /articles answered {response.status}")
            seconds = time.perf_counter() - started
            conn.close()
        finally:
            server.stop()
    report_ingest("POST /articles (one client, gunicorn)", articles, seconds, "")


def report_ingest(label: str, articles: list[dict], seconds: float, note: str) -> None:
    """Print articles/s and MB/s."""
    size = sum(len(a["text"].encode("utf-8")) for a in articles)
    print(f"  {label:<40} {len(articles) / seconds:7.1f} articles/s  {size / seconds / 1e6:6.3f} MB/s"
          f"  ({len(articles)} articles of {size / len(articles) / 1000:.1f} KB{'; ' + note if note else ''})")


# -- reads ------------------------------------------------------------------------


def serialisation(path: Path) -> None:
    """In one process: the query and the dicts of a page, marshmallow's dump of it, json.dumps."""
    from schemas import EventListSchema
    from schemas.event import EVENT_TYPES
    from service.filters import build_filter
    from service.store import Store

    store = Store(str(path), categories=EVENT_TYPES)
    flt = build_filter({"place": ["Aleppo"]})
    events, cursor = store.list_events(flt, limit=50, cursor=None)
    schema = EventListSchema()

    def best(function, repeat=200):
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            function()
            times.append(time.perf_counter() - started)
        return sorted(times)[len(times) // 2] * 1000

    query = best(lambda: store.list_events(flt, limit=50, cursor=None))
    dump = best(lambda: schema.dump({"events": events, "next": cursor}))
    encode = best(lambda: json.dumps({"events": events, "next": cursor}, separators=(",", ":")))
    print(f"    one page of 50 events (place), median in-process: query + dicts {query:.2f} ms, "
          f"marshmallow dump {dump:.2f} ms (not paid any more), json.dumps {encode:.2f} ms")


def in_process(path: Path) -> None:
    """Each query through the Flask test client in this process: the app's own cost, without a server."""
    from service import create_app

    import logging

    client = create_app({"TIMELINE_DB": str(path)}).test_client()
    logging.getLogger("timeline.requests").disabled = True  # one log line per request is the server's cost
    figures = []
    for name, api_path, _, _ in QUERIES:
        client.get(api_path)
        times = []
        for _ in range(100):
            started = time.perf_counter()
            client.get(api_path)
            times.append(time.perf_counter() - started)
        figures.append(f"{name} {sorted(times)[50] * 1000:.2f} ms")
    print(f"    in process (Flask test client, median): {', '.join(figures)}")


def reads(path: Path, n_events: int, seconds: float, connections: int, datasette: bool) -> dict:
    """Load each dashboard query on our API and on Datasette; print and return the figures."""
    size_mb = sum(Path(f"{path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{path}{s}").exists()) / 1e6
    print(f"  {n_events:,} events: database {size_mb:,.0f} MB ({size_mb / n_events * 1e6:,.0f} MB per million events); "
          f"load average before {os.getloadavg()[0]:.1f} (other work on this machine lowers every figure)")
    serialisation(path)
    in_process(path)
    port = free_port()
    results: dict = {"size_mb": size_mb}
    server = Server([str(BIN / "timeline"), "--db", str(path), "serve", "--host", HOST, "--port", str(port),
                     "--workers", "2"], port, "/health")
    try:
        for name, api_path, _, _ in QUERIES:
            status, body = get(port, api_path)
            if status != 200:
                raise RuntimeError(f"{api_path} answered {status}: {body[:200]!r}")
            load(port, api_path, 1, connections)  # warm the caches
            results[name] = {"api": load(port, api_path, seconds, connections), "answer": len(body)}
        results["workers"] = [memory_mb(pid) for pid in server.workers()]
    finally:
        server.stop()
    if datasette:
        port = free_port()
        ds = Server([str(BIN / "datasette"), "serve", str(path), "--host", HOST, "--port", str(port),
                     "--setting", "sql_time_limit_ms", "60000", "--setting", "num_sql_threads", "2"],
                    port, f"/{path.stem}.json?sql=select+1")
        try:
            for name, _, sql, params in QUERIES:
                query = urllib.parse.urlencode({"sql": " ".join(sql.split()), **params, "_shape": "array"})
                ds_path = f"/{urllib.parse.quote(path.stem)}.json?{query}"
                status, body = get(port, ds_path)
                if status != 200:
                    raise RuntimeError(f"Datasette answered {status}: {body[:300]!r}")
                load(port, ds_path, 1, connections)
                results[name]["datasette"] = load(port, ds_path, seconds, connections)
        finally:
            ds.stop()
    for name, *_ in QUERIES:
        api = results[name]["api"]
        line = (f"    {name:<18} API {api['rps']:7.0f} req/s  p50 {api['p50']:6.2f} ms  p99 {api['p99']:6.2f} ms"
                f"{'  ERRORS ' + str(api['errors']) if api['errors'] else ''}")
        other = results[name].get("datasette")
        if other:
            line += (f"  | Datasette {other['rps']:6.0f} req/s  p50 {other['p50']:7.2f} ms  p99 {other['p99']:7.2f} ms"
                     f"  | x{api['rps'] / max(other['rps'], 1e-9):.1f}")
        print(line)
    for i, (rss, pss) in enumerate(results["workers"]):
        print(f"    worker {i + 1}: RSS {rss:.0f} MB, PSS {pss:.0f} MB (pages shared with --preload counted once)")
    return results


def datasette_available(install: bool) -> bool:
    """Whether Datasette can be run; install it into this environment when asked."""
    if (BIN / "datasette").exists():
        return True
    if install:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "datasette"], check=True)
        return (BIN / "datasette").exists()
    print("  Datasette is not installed: its column is skipped (--install-datasette installs it).")
    return False


def main() -> int:
    """Run the benchmarks and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--full", action="store_true", help="also 1 000 000 events, longer loads, more articles")
    parser.add_argument("--sizes", help="comma-separated event counts (default 10000,100000; with --full also 1000000)")
    parser.add_argument("--seconds", type=float, help="load time per query and server (5; 10 with --full)")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--articles", type=int, help="articles per ingest measurement (60; 200 with --full)")
    parser.add_argument("--no-ingest", action="store_true")
    parser.add_argument("--no-datasette", action="store_true")
    parser.add_argument("--install-datasette", action="store_true", help="pip-install Datasette here when missing")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the bulk-loaded databases")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else [10_000, 100_000] + ([1_000_000] if args.full else [])
    seconds = args.seconds or (10 if args.full else 5)
    n_articles = args.articles or (200 if args.full else 60)
    print(f"API benchmark on {os.cpu_count()} cores; load: {'wrk' if shutil.which('wrk') else 'Python threads'}, "
          f"{args.connections} connections, {seconds:g} s per query, 127.0.0.1 only")
    if not args.no_ingest:
        print("Ingest, extraction included (synthetic articles)")
        articles = synthetic.corpus(n_articles, seed=21)
        ingest_in_process(articles, profile=False)
        ingest_in_process(articles[: max(20, n_articles // 3)], profile=True)
        ingest_cli(articles)
        ingest_http(articles)
    datasette = not args.no_datasette and datasette_available(args.install_datasette)
    print("Dashboard reads through timeline serve (gunicorn, 2 workers)" + (", against Datasette" if datasette else ""))
    figures = {}
    for n in sizes:
        figures[n] = reads(database(n, args.rebuild), n, seconds, args.connections, datasette)
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        print(f"  cost growth from {small:,} to {large:,} events (p50 ratio; 1.0 = flat):")
        for name, *_ in QUERIES:
            a, b = figures[small][name]["api"], figures[large][name]["api"]
            print(f"    {name:<18} p50 x{b['p50'] / a['p50']:.2f}   req/s x{b['rps'] / a['rps']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
