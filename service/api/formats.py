"""Event lists in the formats dashboards and tools read: CSV, NDJSON, GeoJSON, TimelineJS."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator

from flask import Response, request, stream_with_context
from werkzeug.datastructures import MIMEAccept

MEDIA_TYPES = {
    "json": "application/json",
    "csv": "text/csv; charset=utf-8",
    "ndjson": "application/x-ndjson",
    "geojson": "application/geo+json",
    "timelinejs": "application/json",
}
# JSON first: a client that accepts anything (curl's */*) gets JSON.
_ACCEPTED = (
    ("application/json", "json"),
    ("text/csv", "csv"),
    ("application/x-ndjson", "ndjson"),
    ("application/ndjson", "ndjson"),
    ("application/geo+json", "geojson"),
)
CSV_COLUMNS = (
    "id", "date", "date_end", "precision", "type", "category", "summary", "killed", "killed_max", "injured",
    "injured_max", "places", "admin1", "countries", "lat", "lon", "actors", "sources", "source_count",
    "mention_count", "contested", "confidence",
)
EXPORTS = frozenset({"csv", "ndjson"})


def requested_format(explicit: str | None) -> str:
    """The format asked for: the ``format`` parameter, else the best match of the Accept header."""
    if explicit:
        return explicit
    # (a type's parameters do not change which format it asks for: "text/csv; charset=utf-8" is CSV)
    accept = MIMEAccept([(value.split(";")[0].strip(), quality) for value, quality in request.accept_mimetypes])
    best = accept.best_match([mime for mime, _ in _ACCEPTED], default="application/json")
    return dict(_ACCEPTED).get(best, "json")


def stream(events: Iterable[dict], fmt: str) -> Response:
    """Stream every event as CSV or NDJSON, a row at a time."""
    rows = _csv_rows(events) if fmt == "csv" else (json.dumps(e, ensure_ascii=False) + "\n" for e in events)
    response = Response(stream_with_context(rows), mimetype=MEDIA_TYPES[fmt].split(";")[0])
    if fmt == "csv":
        response.headers["Content-Type"] = MEDIA_TYPES["csv"]
        response.headers["Content-Disposition"] = 'attachment; filename="events.csv"'
    return response


def _csv_rows(events: Iterable[dict]) -> Iterator[str]:
    """The CSV header, then one line per event."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    yield _drain(buffer)
    for event in events:
        first = event["places"][0] if event["places"] else {}
        writer.writerow([
            event["id"], event["date"], event["date_end"], event["precision"], event["type"], event["category"],
            event["summary"], _blank(event["killed"]), _blank(event["killed_max"]), _blank(event["injured"]),
            _blank(event["injured_max"]), "; ".join(p["name"] for p in event["places"]),
            "; ".join(dict.fromkeys(p["admin1"] or "" for p in event["places"])),
            "; ".join(dict.fromkeys(p["country"] for p in event["places"])),
            _blank(first.get("lat")), _blank(first.get("lon")), "; ".join(a["name"] for a in event["actors"]),
            "; ".join(event["sources"]), event["source_count"], event["mention_count"],
            "true" if event["contested"] else "false", event["confidence"],
        ])
        yield _drain(buffer)


def _drain(buffer: io.StringIO) -> str:
    """Take what the CSV writer has written so far."""
    value = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return value


def _blank(value) -> object:
    """An empty cell for a missing value."""
    return "" if value is None else value


def geojson(events: list[dict], next_cursor: str | None) -> dict:
    """A FeatureCollection: one feature per event that has coordinates, with its fields as properties."""
    features = []
    for event in events:
        points = [[p["lon"], p["lat"]] for p in event["places"] if p.get("lat") is not None]
        if not points:
            continue
        geometry = {"type": "Point", "coordinates": points[0]} if len(points) == 1 else {
            "type": "MultiPoint", "coordinates": points}
        properties = {k: v for k, v in event.items() if k not in ("mentions", "figures", "contested_by")}
        properties["places"] = [p["name"] for p in event["places"]]
        properties["actors"] = [a["name"] for a in event["actors"]]
        features.append({"type": "Feature", "id": event["id"], "geometry": geometry, "properties": properties})
    return {"type": "FeatureCollection", "features": features, "next": next_cursor}


def timelinejs(events: list[dict], next_cursor: str | None) -> dict:
    """TimelineJS slides: dates trimmed to what the event's precision knows."""
    slides = []
    for event in events:
        slide = {
            "unique_id": f"event-{event['id']}",
            "start_date": _tl_date(event["date"], event["precision"]),
            "text": {"headline": _headline(event), "text": event["summary"]},
            "group": event["category"],
        }
        if event["date_end"] != event["date"] and not _same_unit(event["date"], event["date_end"], event["precision"]):
            slide["end_date"] = _tl_date(event["date_end"], event["precision"])
        if event["precision"] == "week":
            slide["display_date"] = f"Week of {event['date']}"
        slides.append(slide)
    return {"events": slides, "next": next_cursor}


def _tl_date(day: str, precision: str) -> dict:
    """A TimelineJS date with only the parts the precision knows."""
    year, month, date = (int(part) for part in day.split("-"))
    if precision == "year":
        return {"year": year}
    if precision == "month":
        return {"year": year, "month": month}
    return {"year": year, "month": month, "day": date}


def _same_unit(start: str, end: str, precision: str) -> bool:
    """Whether two days fall in the one month (or year) a coarse precision names."""
    if precision == "year":
        return start[:4] == end[:4]
    if precision == "month":
        return start[:7] == end[:7]
    return False


def _headline(event: dict) -> str:
    """A short title: the type, where, and the toll."""
    what = event["type"].replace("_", " ").capitalize()
    where = ", ".join(p["name"] for p in event["places"][:2])
    toll = f", {event['killed']} killed" if event["killed"] else ""
    return f"{what}{' in ' + where if where else ''}{toll}"
