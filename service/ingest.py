"""Ingest one article: clean, extract, validate, store. Used by the API and the CLI alike."""
from __future__ import annotations

import hashlib
import logging

from schemas.event import ExtractedEventSchema
from service.extract.events import EXTRACTOR_VERSION, extract_events
from service.extract.language import detect_language
from service.extract.places import fold_name, get_gazetteer
from service.extract.text import clean
from service.store import Store, utc_now

log = logging.getLogger("service.ingest")
_EVENT_SCHEMA = ExtractedEventSchema()


def ingest_article(store: Store, article: dict) -> tuple[dict, bool]:
    """Store a validated article and its events; return (stored article with events, created).

    Posting the same article again (same url, or same text from the same source) stores
    nothing new and returns the stored article.
    """
    text = clean(article["text"])
    sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    existing = store.find_article(source=article["source"], sha256=sha256, url=article.get("url"))
    if existing is not None:
        return store.get_article(existing), False
    language = detect_language(text)
    events = [e for e in extract_events(text, article["published_at"], language) if _valid(e)]
    row = {
        "source": article["source"].strip(),
        "url": article.get("url"),
        "title": article.get("title"),
        "published_at": article["published_at"].isoformat(),
        "language": language,
        "text": text,
        "sha256": sha256,
        "ingested_at": utc_now(),
        "extractor_version": EXTRACTOR_VERSION,
    }
    article_id = store.add_article(row, events, _place_keys(events))
    return store.get_article(article_id), True


def _valid(event: dict) -> bool:
    """Check an extracted event against its schema; log and drop it when it fails."""
    errors = _EVENT_SCHEMA.validate(_EVENT_SCHEMA.dump(event))
    if errors:
        log.warning("dropped an extracted event that fails its schema: %s", errors)
    return not errors


def _place_keys(events: list[dict]) -> dict[int, dict]:
    """Every name key under which the place filter should find each place of these events."""
    gazetteer = get_gazetteer()
    keys: dict[int, dict] = {}
    for event in events:
        for place in event["places"]:
            if place["id"] in keys:
                continue
            known = gazetteer.by_id(place["id"])
            names = set(known.names) if known else set()
            names.add(fold_name(place["name"]))
            keys[place["id"]] = {
                "names": sorted(n for n in names if n),
                "admin1_key": fold_name(place["admin1"]) if place.get("admin1") else None,
                "country_key": fold_name(place["country"]),
            }
    return keys
