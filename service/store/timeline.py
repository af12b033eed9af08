"""Group events into calendar buckets without inventing days they do not have."""
from __future__ import annotations

import calendar
import datetime as dt


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
    if interval == "week":
        return start + dt.timedelta(days=6)
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
    bounds = [d for d in fitted]
    if date_from:
        bounds.append(bucket_start(dt.date.fromisoformat(date_from), interval))
    if date_to:
        bounds.append(bucket_start(dt.date.fromisoformat(date_to), interval))
    buckets = []
    if bounds:
        current, last_start = min(bounds), max(bounds)
        while current <= last_start:
            if len(buckets) >= max_buckets:
                raise TooManyBuckets(f"More than {max_buckets} {interval} buckets: narrow from/to or use a wider interval.")
            end = bucket_end(current, interval)
            inside = fitted.get(current, [])
            buckets.append({"start": current.isoformat(), "end": end.isoformat(), "count": len(inside), "events": inside})
            current = end + dt.timedelta(days=1)
    return {"interval": interval, "buckets": buckets, "spanning": spanning}
