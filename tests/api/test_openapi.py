"""The OpenAPI document is generated from the code, valid, served, and committed unchanged."""
from __future__ import annotations

from pathlib import Path

import yaml
from openapi_spec_validator import validate

COMMITTED = Path(__file__).resolve().parents[2] / "openapi.yaml"


def test_served_spec_is_valid_openapi_3(client):
    spec = client.get("/openapi.json").get_json()
    validate(spec)
    assert spec["openapi"].startswith("3.")
    for path in ("/articles", "/articles/{article_id}", "/events", "/events/{event_id}", "/timeline", "/health"):
        assert path in spec["paths"], path


def test_yaml_endpoint_serves_the_same_document(client):
    response = client.get("/openapi.yaml")
    assert response.mimetype == "application/yaml"
    assert yaml.safe_load(response.data) == client.get("/openapi.json").get_json()


def test_committed_openapi_yaml_matches_the_code(client):
    """Run `make openapi` when this fails: the committed spec has drifted from the code."""
    committed = yaml.safe_load(COMMITTED.read_text(encoding="utf-8"))
    assert committed == client.get("/openapi.json").get_json()


def test_validators_appear_in_the_spec(client):
    spec = client.get("/openapi.json").get_json()
    params = {p["name"]: p for p in spec["paths"]["/events"]["get"]["parameters"]}
    assert params["limit"]["schema"]["maximum"] == 500
    assert "air_strike" in params["type"]["schema"]["items"]["enum"]
    assert set(params) >= {"place", "actor", "source", "type", "from", "to", "q", "limit", "cursor"}
    error = spec["components"]["schemas"]["Error"]
    assert error["required"] == ["error"]
