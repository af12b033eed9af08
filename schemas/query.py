"""Query-string arguments of the list endpoints."""
from __future__ import annotations

import re

from marshmallow import RAISE, Schema, ValidationError, fields, pre_load, validate, validates_schema

from schemas.event import EVENT_TYPES, MAX_FIGURE
from schemas.fields import Count, PartialDate
from schemas.timeline import INTERVALS

MAX_LIMIT = 500
SORTS = ("date", "-date", "source_count", "killed")
FORMATS = ("json", "csv", "ndjson", "geojson", "timelinejs")
FACET_FIELDS = ("place", "actor", "source", "type", "country")
_NAME = fields.String(validate=validate.Length(min=1, max=200))
_WORD_CHARACTER = re.compile(r"[^\W_]")


def _worded(value: str) -> None:
    """A name or a search must hold a letter or a digit: "place=-" or "q=%22" would match everything."""
    if not _WORD_CHARACTER.search(value):
        raise ValidationError("Must hold a letter or a digit.")


_WORDED_NAME = fields.String(validate=[validate.Length(min=1, max=200), _worded])


def _repeatable(description: str, inner: fields.Field | None = None) -> fields.List:
    """A filter that may be given several times; an event matching any value is kept."""
    return fields.List(inner or _NAME, validate=validate.Length(max=20), metadata={"description": description})


class _QuerySchema(Schema):
    """A query string: unknown parameters refused, and a parameter that takes one value given once."""

    class Meta:
        unknown = RAISE

    @pre_load
    def _given_once(self, data, **kwargs):
        """Refuse "?from=2015&from=2016": which of the two was meant is not for the service to guess."""
        getlist = getattr(getattr(data, "data", None), "getlist", None)  # webargs' proxy of the query's MultiDict
        if getlist is None:
            return data
        twice = {field.data_key or name: ["Give this parameter once."] for name, field in self.fields.items()
                 if not isinstance(field, fields.List) and len(getlist(field.data_key or name)) > 1}
        if twice:
            raise ValidationError(twice)
        return data


class NoQuerySchema(_QuerySchema):
    """The query string of a resource named by its URL alone (one article, one event, an ingest): it
    takes no parameter, so any is refused by name ("/events/7?format=csv" would otherwise answer
    JSON as if the parameter had been read)."""


class _FilterSchema(_QuerySchema):
    """Filters shared by /events and /timeline."""

    place = _repeatable("Place name or alternate name, region (admin1) or country; case-insensitive.", _WORDED_NAME)
    actor = _repeatable("Canonical actor or any alias (Kremlin finds Russia); includes the actor's parts.", _WORDED_NAME)
    source = _repeatable("Source id of any mention.")
    type = _repeatable("Event type.", fields.String(validate=validate.OneOf(list(EVENT_TYPES))))
    country = _repeatable("Country name or ISO 3166 alpha-2 code of any place of the event.", _WORDED_NAME)
    from_ = PartialDate(data_key="from", metadata={"description": "Keep events that may have happened on or after this day (YYYY, YYYY-MM or YYYY-MM-DD)."})
    to = PartialDate(metadata={"description": "Keep events that may have happened on or before this day (YYYY, YYYY-MM or YYYY-MM-DD)."})
    q = fields.String(validate=[validate.Length(min=1, max=500), _worded], metadata={"description": "Full-text search in the quotes."})
    contested = fields.Boolean(metadata={"description": "Only events an actor has denied (true), or none denied (false)."})
    min_sources = Count(
        validate=validate.Range(1, 1000), metadata={"description": "Only events reported by at least this many sources."}
    )
    min_killed = Count(
        validate=validate.Range(0, MAX_FIGURE), metadata={"description": "Only events with at least this many killed."}
    )

    @validates_schema
    def _range_in_order(self, data, **kwargs):
        """Refuse a date range that ends before it starts."""
        if "from_" in data and "to" in data and data["to"][1] < data["from_"][0]:
            raise ValidationError("to must not be before from.", "to")


class EventQuerySchema(_FilterSchema):
    """Filters and paging of GET /events."""

    limit = Count(load_default=50, validate=validate.Range(1, MAX_LIMIT))
    cursor = fields.String(validate=validate.Length(max=200), metadata={"description": "The `next` value of the previous page."})
    format = fields.String(
        validate=validate.OneOf(FORMATS),
        metadata={"description": "json (default), csv and ndjson (every matching event, streamed), geojson, "
                                 "timelinejs. The Accept header chooses too."},
    )
    sort = fields.String(
        load_default="date",
        validate=validate.OneOf(SORTS),
        metadata={"description": "date (oldest first), -date (newest first), source_count or killed (largest first)."},
    )


class FacetQuerySchema(_FilterSchema):
    """The field to count by, and the filters, of GET /facets."""

    field = fields.String(required=True, validate=validate.OneOf(FACET_FIELDS))
    limit = Count(load_default=50, validate=validate.Range(1, MAX_LIMIT))


class TimelineQuerySchema(_FilterSchema):
    """Filters and interval of GET /timeline."""

    interval = fields.String(load_default="month", validate=validate.OneOf(INTERVALS))
    events = fields.Boolean(
        load_default=True,
        metadata={"description": "false: counts only, no event lists (buckets and spanning_count); a monthly "
                                 "count by country and type is then read from precomputed counts."},
    )


class ArticleQuerySchema(_QuerySchema):
    """Paging of GET /articles."""

    source = _repeatable("Source id.")
    limit = Count(load_default=50, validate=validate.Range(1, MAX_LIMIT))
    cursor = fields.String(validate=validate.Length(max=200))
