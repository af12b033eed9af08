"""Ingest one article: clean, extract, validate, store. Used by the API and the CLI alike."""
from __future__ import annotations

import datetime as dt
import hashlib
import logging

from schemas.event import MAX_FIGURE, ExtractedEventSchema
from service.extract.actors import descendants
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
    events = _extract(text, article["published_at"], language)  # the slow part, outside any lock
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
    place_keys = _place_keys(events)
    with store.write():
        # Another writer may have stored the same article while this one was being read.
        existing = store.find_article(source=article["source"], sha256=sha256, url=article.get("url"))
        if existing is None:
            article_id = store.add_article(row, events, place_keys, related_actors)
    if existing is not None:
        return store.get_article(existing), False
    return store.get_article(article_id), True


def delete_article(store: Store, article_id: int) -> None:
    """Delete an article and re-form the events it reported."""
    with store.write():
        store.delete_article(article_id, related_actors)


def reextract(store: Store, *, force: bool = False, progress=None) -> int:
    """Run the current extractor over articles read by another version; return how many.

    Each article is re-read in a transaction of its own: interrupted, the work done stays
    done, the rest keeps its old extraction, and running again carries on.
    """
    ids = store.article_ids() if force else store.stale_articles(EXTRACTOR_VERSION)
    for article_id in ids:
        stored = store.article_for_extraction(article_id)
        published = dt.date.fromisoformat(stored["published_at"])
        events = _extract(stored["text"], published, stored["language"])
        place_keys = _place_keys(events)
        with store.write():
            store.replace_extraction(article_id, events, place_keys, related_actors, EXTRACTOR_VERSION)
        if progress:
            progress(article_id, len(events))
    return len(ids)


def related_actors(a: str, b: str) -> bool:
    """Whether two actor ids name the same actor, or one is a part of the other."""
    return a == b or a in descendants(b) or b in descendants(a)


def _extract(text: str, published: dt.date, language: str) -> list[dict]:
    """The events of a text that pass their schema (a figure past any toll is dropped, not the event)."""
    events = extract_events(text, published, language)
    for event in events:
        for key in ("killed", "injured"):
            if event.get(key) is not None and event[key] > MAX_FIGURE:
                log.warning("dropped an extracted %s figure past %d: %d", key, MAX_FIGURE, event[key])
                event[key] = None
    return [e for e in events if _valid(e)]


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
                "name_key": fold_name(place["name"]),
            }
    return keys
