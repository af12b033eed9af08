"""Shared by the reliability tests: the error-shape check, a live server, synthetic articles."""
from __future__ import annotations

import json
import urllib.request
from pathlib import Path

from tests.live import BIN, clean_env, free_port, served  # noqa: F401  (shared with the other live tests)

ROOT = Path(__file__).resolve().parents[2]

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
