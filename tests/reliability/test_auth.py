"""API keys: one key or a keys file protects every write; reads public unless configured; keys never logged."""
from __future__ import annotations

import json
import logging

import pytest

from service import create_app
from service.api.auth import KeyFileError, describe_protection, key_matches, load_keys
from tests.reliability.helpers import GOOD, assert_error


@pytest.fixture
def keys_file(tmp_path):
    path = tmp_path / "keys"
    path.write_text("# editors\nalpha-key-1\n\n  beta-key-2   # the wire desk\n#retired-key\n", encoding="utf-8")
    return path


def make_client(tmp_path, **config):
    settings = {"TIMELINE_DB": str(tmp_path / "k.db"), "TESTING": True, "TIMELINE_API_KEY": None,
                "TIMELINE_API_KEYS_FILE": None, "TIMELINE_READS_NEED_KEY": ""}
    settings.update(config)
    return create_app(settings).test_client()


def test_keys_file_lines_comments_and_blanks(keys_file):
    assert load_keys(None, str(keys_file)) == [b"alpha-key-1", b"beta-key-2"]
    assert load_keys("solo", str(keys_file)) == [b"solo", b"alpha-key-1", b"beta-key-2"]
    assert load_keys(None, None) == []
    assert load_keys("  ", None) == []


def test_an_unreadable_or_empty_keys_file_is_an_error_not_open_writes(tmp_path):
    with pytest.raises(KeyFileError):
        load_keys(None, str(tmp_path / "missing"))
    empty = tmp_path / "empty"
    empty.write_text("# nothing here\n\n", encoding="utf-8")
    with pytest.raises(KeyFileError):
        load_keys(None, str(empty))
    with pytest.raises(KeyFileError):
        make_client(tmp_path, TIMELINE_API_KEYS_FILE=str(empty))


def test_key_matches_any_configured_key_and_nothing_else():
    keys = [b"alpha-key-1", b"beta-key-2"]
    assert key_matches("alpha-key-1", keys) and key_matches("beta-key-2", keys)
    for wrong in ("", "alpha-key", "alpha-key-11", "ALPHA-KEY-1", "beta-key-2 ", "clé-\ud800"):
        assert not key_matches(wrong, keys), wrong


@pytest.mark.parametrize("config", ["single", "file"])
def test_every_write_needs_a_valid_key(tmp_path, keys_file, config):
    client = make_client(tmp_path, **({"TIMELINE_API_KEY": "alpha-key-1"} if config == "single"
                                      else {"TIMELINE_API_KEYS_FILE": str(keys_file)}))
    missing = client.post("/articles", json=GOOD)
    detail = assert_error(missing, 401)
    assert detail["code"] == "unauthorized"
    assert missing.headers["WWW-Authenticate"] == 'Bearer realm="timeline"'
    assert_error(client.post("/articles", json=GOOD, headers={"Authorization": "Basic YWxwaGE6"}), 401)
    wrong = client.post("/articles", json=GOOD, headers={"Authorization": "Bearer not-a-key"})
    assert assert_error(wrong, 403)["code"] == "forbidden"
    assert client.get("/health").get_json()["articles"] == 0
    assert_error(client.delete("/articles/1"), 401)

    right = client.post("/articles", json=GOOD, headers={"Authorization": "Bearer alpha-key-1"})
    assert right.status_code == 201 and right.get_json()["article"]["source"] == "wire"
    assert client.get("/articles").get_json()["articles"][0]["id"] == right.get_json()["article"]["id"]
    if config == "file":
        other = client.post("/articles", json={**GOOD, "source": "desk"}, headers={"Authorization": "Bearer beta-key-2"})
        assert other.status_code == 201
        retired = client.post("/articles", json=GOOD, headers={"Authorization": "Bearer retired-key"})
        assert_error(retired, 403)
    deleted = client.delete(f"/articles/{right.get_json()['article']['id']}",
                            headers={"Authorization": "bearer alpha-key-1"})
    assert deleted.status_code == 204


def test_reads_are_public_by_default_and_private_when_configured(tmp_path, keys_file):
    public = make_client(tmp_path, TIMELINE_API_KEYS_FILE=str(keys_file))
    assert public.get("/events").get_json() == {"events": [], "next": None}

    private = make_client(tmp_path, TIMELINE_API_KEYS_FILE=str(keys_file), TIMELINE_READS_NEED_KEY="1")
    refused = private.get("/events")
    assert assert_error(refused, 401)["message"].startswith("Requests need")
    assert refused.headers["WWW-Authenticate"].startswith("Bearer")
    assert_error(private.get("/articles", headers={"Authorization": "Bearer nope"}), 403)
    assert private.get("/events", headers={"Authorization": "Bearer beta-key-2"}).get_json() == {"events": [], "next": None}
    # Health checks and CORS preflights carry no key.
    assert private.get("/health").get_json()["status"] == "ok"
    assert private.options("/events", headers={"Origin": "https://example.org"}).status_code == 200


def test_the_key_never_reaches_the_log(tmp_path, caplog, capsys):
    client = make_client(tmp_path, TIMELINE_API_KEY="super-secret-key-123")
    with caplog.at_level(logging.DEBUG):
        client.post("/articles", json=GOOD, headers={"Authorization": "Bearer super-secret-key-123"})
        client.post("/articles", json=GOOD, headers={"Authorization": "Bearer wrong-secret-456"})
    logged = caplog.text + capsys.readouterr().err
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "timeline.requests"]
    assert [line["status"] for line in lines] == [201, 403]
    assert "super-secret-key-123" not in logged and "wrong-secret-456" not in logged
    assert "Authorization" not in logged and "Bearer" not in logged


def test_serve_says_how_writes_are_protected(tmp_path, keys_file):
    assert describe_protection({}).startswith("Writes are open")
    assert describe_protection({"TIMELINE_API_KEY": "k"}) == (
        "Writes need: Authorization: Bearer <key> (TIMELINE_API_KEY); reads are public.")
    line = describe_protection({"TIMELINE_API_KEYS_FILE": str(keys_file), "TIMELINE_READS_NEED_KEY": "1"})
    assert line == f"Writes need: Authorization: Bearer <key> (2 keys in {keys_file}); reads too."
    assert "alpha-key-1" not in line


def test_serve_refuses_to_start_with_an_unreadable_keys_file(tmp_path, monkeypatch, capsys):
    from service.cli import main

    monkeypatch.setenv("TIMELINE_API_KEYS_FILE", str(tmp_path / "missing-keys"))
    monkeypatch.setenv("TIMELINE_DB", str(tmp_path / "s.db"))  # restored afterwards, whatever serve sets
    assert main(["--db", str(tmp_path / "s.db"), "serve", "--port", "1"]) == 2
    assert "cannot read the API keys file" in capsys.readouterr().err
