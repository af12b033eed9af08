"""The gold corpus in tests/gold/ is well formed, and scripts/evaluate.py can score it.

These tests check the annotations, not the extractor: no accuracy target is asserted here.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from service.extract.actors import get_actor
from service.extract.places import get_gazetteer

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
SEEDS = ROOT.parent / "shared" / "seeds"

PRECISIONS = {"day", "week", "month", "year"}
TYPES = {
    "air_strike", "shelling", "explosion", "armed_clash", "attack_on_civilians", "military_campaign",
    "report_published", "reporting_period", "statement", "denial", "agreement",
}
LANGUAGES = {"en", "fr", "es", "de", "ar"}
GOLD_FILES = sorted(GOLD.glob("*.json"))


def _load(path: Path) -> tuple[dict, str]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    text = (SEEDS / doc["seed"]).read_text(encoding="utf-8") if "seed" in doc else doc["text"]
    return doc, text


def _occurs(text: str, needle: str, occurrence: int) -> bool:
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return False
    return True


def _date(value: str) -> dt.date:
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), value
    return dt.date.fromisoformat(value)


def test_corpus_has_the_seeds_and_enough_own_articles():
    docs = [_load(p)[0] for p in GOLD_FILES]
    seeds = {d["seed"] for d in docs if "seed" in d}
    manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
    assert seeds == {a["file"] for a in manifest["articles"]}
    assert sum("text" in d for d in docs) >= 14


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_file_is_consistent(path):
    doc, text = _load(path)
    assert doc["source"]
    dct = _date(doc["published_at"])
    if "seed" in doc:
        manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
        entry = next(a for a in manifest["articles"] if a["file"] == doc["seed"])
        assert (entry["source"], entry["published_at"]) == (doc["source"], doc["published_at"])
    else:
        assert 150 <= len(text.split()) <= 500
    timex_keys = set()
    for t in doc["timexes"]:
        assert _occurs(text, t["text"], t["occurrence"]), t
        assert _date(t["date"]) <= _date(t["date_end"]), t
        assert t["precision"] in PRECISIONS, t
        timex_keys.add((t["text"], t["occurrence"]))
    assert len(timex_keys) == len(doc["timexes"]), "a timex is annotated twice"
    language = doc.get("language", "en")
    assert language in LANGUAGES, language
    # an article in another language has its dates annotated and no events (English rules)
    assert ("events" in doc) == (language == "en"), "events are annotated in English articles only"
    gazetteer = get_gazetteer()
    for e in doc.get("events", []):
        assert _occurs(text, e["timex"], e["occurrence"]), e
        assert (e["timex"], e["occurrence"]) in timex_keys, f"event dated by an unannotated timex: {e}"
        assert _date(e["date"]) <= _date(e["date_end"]) <= max(dct, _date(e["date"])), e
        assert e["precision"] in PRECISIONS, e
        assert e["type"] in TYPES, e
        for actor_id in e["actors"]:
            assert get_actor(actor_id) is not None, actor_id
        for place in e["places"]:
            found = [(p.name, p.admin1, p.country) for p in gazetteer.lookup(place["name"])]
            assert (place["name"], place["admin1"], place["country"]) in found, (place, found[:5])
        for key in ("killed", "injured"):
            assert e[key] is None or (isinstance(e[key], int) and e[key] >= 0), e
    for non_date in doc["non_dates"]:
        assert non_date in text, non_date


def test_corpus_has_articles_in_every_language_read():
    languages = {_load(p)[0].get("language", "en") for p in GOLD_FILES}
    assert languages == LANGUAGES


def test_every_trap_appears_in_the_own_articles():
    texts = "\n".join(_load(p)[1] for p in GOLD_FILES if "seed" not in _load(p)[0] and "language" not in _load(p)[0])
    traps = [
        r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b",
        r"\b\d{1,2} \w+ (?!20(?:1[5-9]|2\d))(?:19|20)\d\d\b",  # a day in another year than most DCTs
        r"\b\d{4}-\d{2}-\d{2}\b", r"\byesterday\b", r"\blate on Monday\b", r"\blast Thursday\b",
        r"(?i)\bearlier this week\b", r"\blast month\b", r"\bthis year\b", r"\bfrom Sept\. 30 to November\b",
        r"(?i)\bbetween September and November\b", r"\bsince September 30\b",
        r"\bmay amount to\b", r"\bMarch,", r"(?i)\bprotesters march\b", r"\bSu-24\b", r"\b[Ww]e\b",
        r"(?i)\ba second strike\b", r"\bSunday Times\b",
    ]
    missing = [t for t in traps if not re.search(t, texts)]
    assert not missing


def test_evaluate_script_reports_metrics_in_range():
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "evaluate.py"), "--json", "--no-baseline"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    metrics = json.loads(proc.stdout)
    assert metrics["articles"]["all"] == len(GOLD_FILES)
    rates = {"precision", "recall", "f1", "value_accuracy", "value_recall", "accuracy_on_matched", "exact"}
    seen = 0

    def walk(node):
        nonlocal seen
        for key, value in node.items():
            if isinstance(value, dict):
                walk(value)
            elif key in rates:
                assert isinstance(value, (int, float)) and 0.0 <= value <= 1.0, (key, value)
                seen += 1

    others = [p for p in GOLD_FILES if _load(p)[0].get("language", "en") != "en"]
    assert metrics["articles"]["other languages"] == len(others)
    assert metrics["other languages"]["events"]["dates"]["gold"] == 0  # their events are not annotated
    for group in ("all", "seeds", "own", "other languages"):
        assert "timex" in metrics[group] and "events" in metrics[group]
        assert "baseline_timex" not in metrics[group]
        walk(metrics[group])
    assert seen > 30
