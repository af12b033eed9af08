"""Group events into calendar buckets without inventing days they do not have."""
from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache


class TooManyBuckets(ValueError):
    """The requested range holds more buckets than one answer may carry."""


def bucket_start(day: dt.date, interval: str) -> dt.date:
    """Return the first day of the bucket of ``interval`` that holds ``day``."""
    if interval == "day":
        return day
    if interval == "week":
        return day - dt.timedelta(days=day.weekday())
    if interval == "month":
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def bucket_end(start: dt.date, interval: str) -> dt.date:
    """Return the last day of the bucket that begins on ``start``."""
    if interval == "day":
        return start
    if interval == "week":  # (the calendar's last week ends on its last day, 9999-12-31)
        return start + dt.timedelta(days=min(6, (dt.date.max - start).days))
    if interval == "month":
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    return start.replace(month=12, day=31)


def bucket_events(events: list[dict], interval: str, date_from: str | None, date_to: str | None,
                  *, max_buckets: int = 5000) -> dict:
    """Place each event in the bucket that holds its whole span, zero-filling the range.

    An event whose span is wider than one bucket (a month-precision event on a daily
    timeline, a two-month campaign on a weekly one) is not put on a day it may not have
    happened: it is listed under ``spanning`` instead.
    """
    fitted: dict[dt.date, list[dict]] = {}
    spanning = []
    for event in events:
        first = dt.date.fromisoformat(event["date"])
        last = dt.date.fromisoformat(event["date_end"])
        start = bucket_start(first, interval)
        if bucket_end(start, interval) >= last:
            fitted.setdefault(start, []).append(event)
        else:
            spanning.append(event)
    buckets = []
    for start, end in bucket_range(fitted, interval, date_from, date_to, max_buckets=max_buckets):
        inside = fitted.get(start, [])
        buckets.append({"start": start.isoformat(), "end": end.isoformat(), "count": len(inside), "events": inside})
    return {"interval": interval, "buckets": buckets, "spanning": spanning, "spanning_count": len(spanning)}


def bucket_counts(spans, interval: str, date_from: str | None, date_to: str | None, *, max_buckets: int = 5000) -> dict:
    """Like ``bucket_events`` from (first day, last day, count) rows: buckets carry counts only,
    and the events wider than one bucket are counted in ``spanning_count``."""
    counts: dict[str, int] = {}
    spanning = 0
    for first, last, n in spans:
        start = _fitted_start(first, last, interval)
        if start is None:
            spanning += n
        else:
            counts[start] = counts.get(start, 0) + n
    bounds = [*counts]
    bounds.extend(_start_of(day, interval) for day in (date_from, date_to) if day)
    buckets = []
    if bounds:
        for start, end in _iso_range(min(bounds), max(bounds), interval, max_buckets):
            buckets.append({"start": start, "end": end, "count": counts.get(start, 0)})
    return {"interval": interval, "buckets": buckets, "spanning_count": spanning}


@lru_cache(maxsize=65536)
def _fitted_start(first: str, last: str, interval: str) -> str | None:
    """The bucket (its first day) that holds the whole span, or None when the span is wider."""
    start = bucket_start(dt.date.fromisoformat(first), interval)
    return start.isoformat() if bucket_end(start, interval) >= dt.date.fromisoformat(last) else None


@lru_cache(maxsize=4096)
def _start_of(day: str, interval: str) -> str:
    """The first day of the bucket holding ``day``."""
    return bucket_start(dt.date.fromisoformat(day), interval).isoformat()


@lru_cache(maxsize=256)
def _iso_range(first: str, last: str, interval: str, max_buckets: int) -> tuple[tuple[str, str], ...]:
    """``bucket_range`` between two bucket starts, as ISO strings (a chart asks for the same ranges often)."""
    return tuple((start.isoformat(), end.isoformat()) for start, end in bucket_range(
        [dt.date.fromisoformat(first), dt.date.fromisoformat(last)], interval, None, None, max_buckets=max_buckets))


def bucket_range(starts, interval: str, date_from: str | None, date_to: str | None, *, max_buckets: int = 5000):
    """(start, end) of every bucket from the earliest to the latest of ``starts``, ``date_from`` and ``date_to``."""
    bounds = list(starts)
    if date_from:
        bounds.append(bucket_start(dt.date.fromisoformat(date_from), interval))
    if date_to:
        bounds.append(bucket_start(dt.date.fromisoformat(date_to), interval))
    if not bounds:
        return []
    ranges = []
    current, last_start = min(bounds), max(bounds)
    while current <= last_start:
        if len(ranges) >= max_buckets:
            raise TooManyBuckets(f"More than {max_buckets} {interval} buckets: narrow from/to or use a wider interval.")
        end = bucket_end(current, interval)
        ranges.append((current, end))
        if end == dt.date.max:  # the calendar's last bucket has no next one
            break
        current = end + dt.timedelta(days=1)
    return ranges
