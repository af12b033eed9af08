"""Operations: request logs and ids, /health failing loudly, graceful shutdown, export and import."""
from __future__ import annotations

import io
import json
import logging
import os
import signal
import socket
import sqlite3
import time

from service import create_app
from service.cli import main
from tests.conftest import seed_articles
from tests.reliability.helpers import GOOD, assert_error, clean_env, http_json, served


def request_lines(caplog) -> list[dict]:
    return [json.loads(r.getMessage()) for r in caplog.records if r.name == "timeline.requests"]


def test_one_json_log_line_per_request_with_the_request_id(client, caplog):
    with caplog.at_level(logging.INFO, logger="timeline.requests"):
        given = client.get("/events?place=Homs", headers={"X-Request-Id": "trace-abc.123"})
        made = client.post("/articles", json={**GOOD, "text": ""})
        hostile = client.get("/health", headers={"X-Request-Id": "bad id with spaces" + "x" * 200})
    assert given.headers["X-Request-Id"] == "trace-abc.123"
    assert len(made.headers["X-Request-Id"]) == 32
    assert hostile.headers["X-Request-Id"] != "bad id" and "\n" not in hostile.headers["X-Request-Id"]
    lines = request_lines(caplog)
    assert [(l["method"], l["path"], l["status"]) for l in lines] == [
        ("GET", "/events", 200), ("POST", "/articles", 400), ("GET", "/health", 200)]
    assert [l["request_id"] for l in lines] == [r.headers["X-Request-Id"] for r in (given, made, hostile)]
    for line in lines:
        assert {"time", "request_id", "method", "path", "status", "duration_ms"} <= set(line)
        assert isinstance(line["duration_ms"], float) and line["duration_ms"] >= 0
        assert line["time"].endswith("+00:00")
    assert "place=Homs" not in caplog.text  # the query string is not logged


def test_request_logs_can_be_silenced(tmp_path, caplog):
    quiet = create_app({"TIMELINE_DB": str(tmp_path / "q.db"), "TESTING": True, "TIMELINE_API_KEY": None,
                        "TIMELINE_REQUEST_LOG": "off"}).test_client()
    with caplog.at_level(logging.INFO, logger="timeline.requests"):
        assert quiet.get("/health").headers["X-Request-Id"]
    assert request_lines(caplog) == []
    create_app({"TIMELINE_DB": str(tmp_path / "q.db"), "TESTING": True, "TIMELINE_API_KEY": None})  # back on


def test_health_is_a_503_in_the_error_shape_when_the_database_cannot_be_read(tmp_path):
    db = tmp_path / "h.db"
    app = create_app({"TIMELINE_DB": str(db), "TESTING": True, "TIMELINE_API_KEY": None})
    client = app.test_client()
    assert client.get("/health").get_json()["status"] == "ok"
    app.extensions["timeline.store"].close()
    for suffix in ("-wal", "-shm"):
        if os.path.exists(f"{db}{suffix}"):
            os.remove(f"{db}{suffix}")
    db.write_bytes(b"this is not an SQLite database" * 200)
    response = client.get("/health")
    detail = assert_error(response, 503)
    assert detail["code"] == "unavailable"
    assert response.headers["Retry-After"] == "5"
    assert "Traceback" not in response.get_data(as_text=True)


def test_an_integrity_error_stays_a_500(app, client):
    @app.get("/boom-integrity")
    def _boom():
        raise sqlite3.IntegrityError("UNIQUE constraint failed")

    assert assert_error(client.get("/boom-integrity"), 500)["code"] == "internal_error"


def events_by_content(client) -> list[tuple]:
    """Every event as comparable content: no ids, mentions by source and offsets."""
    events = []
    cursor = None
    while True:
        page = client.get("/events", query_string={"limit": 500, **({"cursor": cursor} if cursor else {})}).get_json()
        for e in page["events"]:
            events.append((
                e["date"], e["date_end"], e["precision"], e["type"], e["killed"], e["injured"], e["summary"],
                tuple(sorted(p["name"] for p in e["places"])), tuple(sorted(a["id"] for a in e["actors"])),
                tuple(e["sources"]), e.get("contested"),
                tuple(sorted((m["source"], m["start"], m["end"], m["quote"], m.get("attribution"))
                             for m in e["mentions"])),
            ))
        cursor = page["next"]
        if not cursor:
            return sorted(events, key=repr)


def test_export_then_import_gives_the_same_articles_and_events(tmp_path, capsys):
    source_db, copy_db, dump = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "dump.ndjson"
    client = create_app({"TIMELINE_DB": str(source_db), "TESTING": True, "TIMELINE_API_KEY": None}).test_client()
    for article in seed_articles():
        assert client.post("/articles", json=article).status_code == 201
    odd = {"text": "Shelling hit Donetsk on Monday, “12 killed” — medics.\n\nЛуганск\ttab", "source": "odd",
           "published_at": "2015-12-23", "url": "https://example.org/a?b=1", "title": None}
    assert client.post("/articles", json=odd).status_code == 201

    assert main(["--db", str(source_db), "export", "-o", str(dump)]) == 0
    lines = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 6
    assert all(set(line) == {"text", "source", "published_at", "title", "url"} for line in lines)
    assert lines[-1] == odd
    assert lines[0]["title"] == seed_articles()[0]["title"]

    assert main(["--db", str(copy_db), "import", str(dump)]) == 0
    assert "6 articles imported, 0 already stored, 0 refused" in capsys.readouterr().out
    copy = create_app({"TIMELINE_DB": str(copy_db), "TESTING": True, "TIMELINE_API_KEY": None}).test_client()
    assert copy.get("/health").get_json()["events"] == client.get("/health").get_json()["events"]
    assert events_by_content(copy) == events_by_content(client)
    assert len(events_by_content(copy)) > 5

    # Importing again creates nothing; a bad line is refused and named, the rest still counts.
    dump.write_text(dump.read_text(encoding="utf-8") + '{"text": "x"}\nnot json\n', encoding="utf-8")
    assert main(["--db", str(copy_db), "import", str(dump)]) == 1
    out = capsys.readouterr()
    assert "0 articles imported, 6 already stored, 2 refused" in out.out
    assert "line 7: refused" in out.err and "line 8: refused" in out.err


def test_export_to_stdout_streams_ndjson(tmp_path, capsys, monkeypatch):
    db = tmp_path / "s.db"
    client = create_app({"TIMELINE_DB": str(db), "TESTING": True, "TIMELINE_API_KEY": None}).test_client()
    client.post("/articles", json=GOOD)
    assert main(["--db", str(db), "export"]) == 0
    out = capsys.readouterr()
    assert [json.loads(line)["source"] for line in out.out.splitlines()] == ["wire"]
    monkeypatch.setattr("sys.stdin", io.StringIO(out.out))
    assert main(["--db", str(tmp_path / "t.db"), "import", "-"]) == 0


def slow_post(port: int, body: bytes) -> socket.socket:
    """Open a POST /articles and send its headers and half its body; the rest is sent later."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=60)
    sock.sendall(b"POST /articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 b"Content-Length: " + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n")
    sock.sendall(body[: len(body) // 2])
    return sock


def read_response(sock: socket.socket) -> tuple[int, dict]:
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), json.loads(body)


def test_sigterm_lets_the_request_in_flight_finish(tmp_path):
    db = tmp_path / "g.db"
    body = json.dumps({**GOOD, "source": "in-flight"}).encode()
    with served(db, workers=1, args=("--graceful-timeout", "20")) as (port, process):
        sock = slow_post(port, body)
        time.sleep(0.5)  # the worker is now reading this request
        process.send_signal(signal.SIGTERM)
        time.sleep(1.0)  # shutdown under way: the listener is closed, the worker finishes its request
        sock.sendall(body[len(body) // 2:])
        status, answer = read_response(sock)
        sock.close()
        assert process.wait(timeout=30) == 0
    assert status == 201
    assert answer["article"]["source"] == "in-flight" and answer["events"][0]["type"] == "shelling"
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT source FROM articles").fetchall() == [("in-flight",)]


def test_live_server_limits_and_logs(tmp_path):
    db = tmp_path / "l.db"
    log = open(tmp_path / "server.log", "wb")
    with served(db, workers=1, log=log, env=clean_env(TIMELINE_API_KEY="live-secret-1")) as (port, _):
        status, body = http_json("GET", f"http://127.0.0.1:{port}/events?q=" + "x" * 6000)
        assert status == 400 and body["error"]["fields"] == {"query": ["Longer than 4096 bytes."]}
        # A chunked body over the limit: the JSON 413, not a dropped connection.
        sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        sock.sendall(b"POST /articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer live-secret-1\r\n"
                     b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
        chunk = b"x" * 65536
        try:
            for _ in range(40):
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            sock.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # the server may answer and close before the whole body is sent
        status, body = read_response(sock)
        sock.close()
        assert (status, body["error"]["code"]) == (413, "too_large"), body
        # Lone surrogates and control characters, as JSON escapes, through the real server.
        raw = (b'{"text": "Shelling hit the market in Donetsk\\ud800 on Monday,\\u0000 killing 4 people, medics '
               b'said.", "source": "wire", "published_at": "2015-12-23"}')
        sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        sock.sendall(b"POST /articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer live-secret-1\r\n"
                     b"Content-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s"
                     % (len(raw), raw))
        status, body = read_response(sock)
        sock.close()
        assert status == 201 and body["events"][0]["killed"] == 4
        status, stored = http_json("GET", f"http://127.0.0.1:{port}/articles/{body['article']['id']}")
        assert stored["text"] == "Shelling hit the market in Donetsk on Monday, killing 4 people, medics said."
        status, body = http_json("POST", f"http://127.0.0.1:{port}/articles", {**GOOD, "source": "other"},
                                 headers={"Authorization": "Bearer live-secret-1", "X-Request-Id": "live-req-1"})
        assert status == 201
    log.close()
    text = (tmp_path / "server.log").read_text(encoding="utf-8")
    assert "Writes need: Authorization: Bearer <key> (TIMELINE_API_KEY); reads are public." in text
    lines = [json.loads(line) for line in text.splitlines() if line.startswith('{"time"')]
    assert [(l["method"], l["path"], l["status"]) for l in lines][-5:] == [
        ("GET", "/events", 400), ("POST", "/articles", 413), ("POST", "/articles", 201), ("GET", "/articles/1", 200),
        ("POST", "/articles", 201)]
    assert lines[-1]["request_id"] == "live-req-1"
    assert "live-secret-1" not in text


def raw_exchange(port: int, request: bytes) -> tuple[int, bytes, dict]:
    """Send ``request`` as it is; the status, the head and the JSON body of the answer."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    sock.sendall(request)
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    sock.close()
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), head, json.loads(body)


def test_requests_gunicorn_cannot_read_get_the_json_error(tmp_path):
    with served(tmp_path / "r.db", workers=1) as (port, _):
        # A request line over gunicorn's 8190 bytes: 414, in the API's error body.
        status, head, body = raw_exchange(port, b"GET /events?place=" + b"Aleppo," * 1500 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
        assert status == 414 and b"Content-Type: application/json" in head
        assert body["error"]["code"] == "uri_too_long" and list(body["error"]["fields"]) == ["url"]
        assert "8190" in body["error"]["message"]
        # A header over the limit: 431, naming the headers.
        status, head, body = raw_exchange(port, b"GET /events HTTP/1.1\r\nHost: x\r\nX-Filter: " + b"y" * 9000 + b"\r\n\r\n")
        assert (status, body["error"]["code"], list(body["error"]["fields"])) == (431, "headers_too_large", ["headers"])
        # A request line that is not HTTP: 400, naming what could not be read.
        status, head, body = raw_exchange(port, b"GET /events HTTP/9.x\r\nHost: x\r\n\r\n")
        assert (status, body["error"]["code"], list(body["error"]["fields"])) == (400, "invalid_input", ["http_version"])
        # The worker goes on serving.
        status, body = http_json("GET", f"http://127.0.0.1:{port}/events?limit=1")
        assert status == 200 and body["events"] == []
