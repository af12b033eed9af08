"""Export every article as NDJSON, and import such a file back through the normal ingest path.

One line an article: ``{"text", "source", "published_at", "title", "url"}``. Events are not
exported: importing re-extracts them, so an import into an empty database gives the events a
fresh ingest of the same articles gives.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import IO

from marshmallow import ValidationError

from schemas import ArticleInSchema
from service.ingest import ingest_article
from service.store import Store

EXPORT_FIELDS = ("text", "source", "published_at", "title", "url")


def iter_articles(store: Store, *, batch: int = 200) -> Iterator[dict]:
    """Every stored article's exported fields, oldest id first, read a batch at a time."""
    last = 0
    while True:
        rows = store.db.conn.execute(
            "SELECT id, text, source, published_at, title, url FROM articles WHERE id > ? ORDER BY id LIMIT ?",
            (last, batch),
        ).fetchall()
        if not rows:
            return
        for row in rows:
            last = row[0]
            yield dict(zip(EXPORT_FIELDS, row[1:]))


def export_articles(store: Store, out: IO[str]) -> int:
    """Write every article as one JSON line; return how many were written."""
    count = 0
    for article in iter_articles(store):
        out.write(json.dumps(article, ensure_ascii=False) + "\n")
        count += 1
    return count


def import_articles(store: Store, lines: Iterable[str],
                    report: Callable[[int, str], None] | None = None) -> tuple[int, int, int]:
    """Ingest each NDJSON line as an article; return (created, already stored, refused).

    A line that is not a valid article is refused and reported with its line number; the
    others are still imported, each in its own transaction.
    """
    schema = ArticleInSchema()
    created = existing = refused = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            payload = json.loads(line)
            if not isinstance(payload, dict):
                raise ValueError("not a JSON object")
            article = schema.load({k: v for k, v in payload.items() if k in EXPORT_FIELDS and v is not None})
        except (ValueError, RecursionError) as exc:
            refused += 1
            if report:
                report(number, f"refused: {exc}")
            continue
        except ValidationError as exc:
            refused += 1
            if report:
                report(number, f"refused: {json.dumps(exc.messages)}")
            continue
        stored, was_created = ingest_article(store, article)
        created += was_created
        existing += not was_created
        if report:
            verb = "stored" if was_created else "already stored"
            report(number, f"{verb} as article {stored['id']} with {len(stored['events'])} events")
    return created, existing, refused
