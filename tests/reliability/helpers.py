"""Shared by the reliability tests: the error-shape check, a live server, synthetic articles."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent

GOOD = {"text": "Shelling hit the market in Donetsk on Monday, killing 4 people, medics said.",
        "source": "wire", "published_at": "2015-12-23"}


def assert_error(response, status: int, field: str | None = None) -> dict:
    """Check the one error shape (status repeated, code, message, fields) and return the detail."""
    assert response.status_code == status, (response.status_code, response.get_data()[:300])
    body = response.get_json()
    assert set(body) == {"error"}
    detail = body["error"]
    assert set(detail) == {"status", "code", "message", "fields"}
    assert detail["status"] == status and detail["code"] and detail["message"]
    if field is not None:
        assert field in detail["fields"], detail
    return detail


def synthetic_articles(count: int, seed: int = 11) -> list[dict]:
    """Deterministic news-like articles (scripts/synthetic.py), as POST /articles bodies."""
    from scripts import synthetic

    return synthetic.corpus(count, seed=seed)


def free_port() -> int:
    """A TCP port nobody listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def clean_env(**extra: str) -> dict:
    """The environment without any key settings, plus ``extra``."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("TIMELINE_API_KEY", "TIMELINE_API_KEYS_FILE", "TIMELINE_READS_NEED_KEY")}
    env.update(extra)
    return env


@contextmanager
def served(db: Path, *, workers: int = 2, env: dict | None = None, args: tuple = (), log=None):
    """``timeline serve`` (gunicorn) on ``db`` at a free port; yields (port, process)."""
    port = free_port()
    process = subprocess.Popen(
        [str(BIN / "timeline"), "--db", str(db), "serve", "--port", str(port), "--workers", str(workers), *args],
        env=env or clean_env(), stdout=log or subprocess.DEVNULL, stderr=log or subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the server did not start")
                time.sleep(0.2)
        yield port, process
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def http_json(method: str, url: str, body: dict | None = None, headers: dict | None = None, timeout: float = 60):
    """(status, parsed body) of one request; HTTP errors are answers too."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read()
            return response.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as exc:
        raw = exc.read()
        return exc.code, json.loads(raw) if raw else None
