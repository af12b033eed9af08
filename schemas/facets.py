"""Counts of events by the values of one field."""
from __future__ import annotations

from marshmallow import Schema, fields

from schemas.event import PlaceSchema


class FacetValueSchema(Schema):
    """One value and how many of the filtered events have it."""

    value = fields.String(required=True)
    count = fields.Integer(required=True)
    id = fields.Raw(metadata={"description": "The place id or actor id, for place and actor facets."})
    place = fields.Nested(PlaceSchema, metadata={
        "description": "For place facets: the place, with its region, country and coordinates (to map the counts)."})


class FacetsSchema(Schema):
    """The values of one field, largest count first."""

    field = fields.String(required=True)
    values = fields.List(fields.Nested(FacetValueSchema), required=True)
