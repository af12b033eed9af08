"""Events grouped into time buckets for charts."""
from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.event import EventSchema

INTERVALS = ("day", "week", "month", "year")


class BucketSchema(Schema):
    """One interval of the timeline and the events that fall in it."""

    start = fields.String(required=True, metadata={"format": "date"})
    end = fields.String(required=True, metadata={"format": "date"})
    count = fields.Integer(required=True)
    events = fields.List(
        fields.Nested(EventSchema), metadata={"description": "The events of the bucket; absent with events=false."}
    )


class TimelineSchema(Schema):
    """Buckets of one interval, oldest first."""

    interval = fields.String(required=True, validate=validate.OneOf(INTERVALS))
    buckets = fields.List(fields.Nested(BucketSchema), required=True)
    spanning = fields.List(
        fields.Nested(EventSchema),
        metadata={"description": "Events whose possible dates are wider than one bucket: shown, never placed on a day. "
                                 "Absent with events=false."},
    )
    spanning_count = fields.Integer(required=True, metadata={"description": "How many events span several buckets."})
