"""The ``timeline`` command ingests with the same code as the API."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from service import create_app
from tests.conftest import SEEDS

BIN = Path(sys.executable).parent


def run(*args: str, db: Path) -> subprocess.CompletedProcess:
    """Run the command with TIMELINE_DB set to ``db``."""
    env = {**os.environ, "TIMELINE_DB": str(db)}
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)


def test_ingest_of_the_seed_manifest_gives_the_four_events(tmp_path):
    db = tmp_path / "cli.db"
    result = run(str(BIN / "timeline"), "ingest", "--manifest", str(SEEDS / "manifest.json"), db=db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("stored as article") == 5
    client = create_app({"TIMELINE_DB": str(db)}).test_client()
    events = client.get("/events?limit=500").get_json()["events"]
    found = {(e["date"], e["type"], tuple(p["name"] for p in e["places"]), e["killed"]) for e in events}
    assert ("2015-10-07", "air_strike", ("Dārat ‘Izzah",), None) in found
    assert ("2015-10-15", "air_strike", ("Al Ghanţū",), 46) in found
    campaign = [e for e in events if e["date"] == "2015-09-30" and e["type"] == "military_campaign"]
    assert campaign and campaign[0]["actors"][0]["id"] == "russia"
    assert any(e["type"] == "reporting_period" and e["date_end"] == "2015-11-29" for e in events)


def test_python_m_service_ingests_a_file_and_refuses_a_bad_date(tmp_path):
    db = tmp_path / "m.db"
    article = tmp_path / "article.txt"
    article.write_text("Rebels shelled Aleppo on Monday, killing six people, medics said.", encoding="utf-8")
    bad = run(sys.executable, "-m", "service", "ingest", str(article), "--source", "s", "--published-at", "2016-13-01", db=db)
    assert bad.returncode == 1
    assert "published_at" in bad.stderr
    good = run(sys.executable, "-m", "service", "ingest", str(article), "--source", "s", "--published-at", "2016-02-10", db=db)
    assert good.returncode == 0, good.stderr
    assert "stored as article 1 with 1 events" in good.stdout
    (event,) = create_app({"TIMELINE_DB": str(db)}).test_client().get("/events").get_json()["events"]
    assert (event["date"], event["type"], event["killed"]) == ("2016-02-08", "shelling", 6)


def test_demo_loads_once(tmp_path):
    demo = json.loads((Path(__file__).resolve().parents[1] / "service" / "demo" / "articles.json").read_text())
    count = len(demo["articles"])
    db = tmp_path / "demo.db"
    first = run(str(BIN / "timeline"), "demo", "--if-empty", db=db)
    assert first.returncode == 0 and first.stdout.count("stored as article") == count
    second = run(str(BIN / "timeline"), "demo", "--if-empty", db=db)
    assert second.returncode == 0 and "already holds articles" in second.stdout
    assert create_app({"TIMELINE_DB": str(db)}).test_client().get("/health").get_json()["articles"] == count
