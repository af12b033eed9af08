"""Fixtures shared by the suite: an app on a temporary database, and the seed articles."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from service import create_app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


def seed_articles() -> list[dict]:
    """The seed articles with their manifest entries, as POST /articles bodies."""
    manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
    return [
        {
            "text": (SEEDS / entry["file"]).read_text(encoding="utf-8"),
            "source": entry["source"],
            "published_at": entry["published_at"],
            "title": entry["title"],
        }
        for entry in manifest["articles"]
    ]


@pytest.fixture
def app(tmp_path):
    """A fresh app on an empty database file."""
    return create_app({"TIMELINE_DB": str(tmp_path / "test.db"), "TESTING": True, "TIMELINE_API_KEY": None})


@pytest.fixture
def client(app):
    """A test client of the fresh app."""
    return app.test_client()


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory):
    """A database holding the five seed articles, built once for the session."""
    path = tmp_path_factory.mktemp("seeded") / "seeds.db"
    client = create_app({"TIMELINE_DB": str(path), "TESTING": True, "TIMELINE_API_KEY": None}).test_client()
    for article in seed_articles():
        response = client.post("/articles", json=article)
        assert response.status_code == 201, response.get_json()
    return path


@pytest.fixture
def seeded(seeded_db):
    """A test client on the seeded database (read-only use)."""
    return create_app({"TIMELINE_DB": str(seeded_db), "TESTING": True, "TIMELINE_API_KEY": None}).test_client()


def post_article(client, text: str, *, source: str = "test-wire", published_at: str = "2015-12-23", **extra):
    """Post an article and return the parsed answer, checking it was created."""
    response = client.post("/articles", json={"text": text, "source": source, "published_at": published_at, **extra})
    assert response.status_code == 201, response.get_json()
    return response.get_json()
