"""The event and its parts: places, actors and the mentions that report it."""
from __future__ import annotations

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from schemas.fields import PRECISIONS, DayField

# Event types, each with the ACLED-style category it belongs to.
EVENT_TYPES = {
    "air_strike": "Explosions/Remote violence",
    "shelling": "Explosions/Remote violence",
    "explosion": "Explosions/Remote violence",
    "armed_clash": "Battles",
    "attack_on_civilians": "Violence against civilians",
    "military_campaign": "Strategic developments",
    "report_published": "Non-violent development",
    "reporting_period": "Non-violent development",
    "statement": "Non-violent development",
    "denial": "Non-violent development",
    "agreement": "Non-violent development",
    "other": "Other",
}
PLACE_KINDS = ("locality", "admin1", "country")
ACTOR_TYPES = ("state", "military", "armed_group", "ngo", "international", "media", "government_body", "person")

MAX_FIGURE = 10_000_000  # killed or injured in one event: more is a misread number, not a toll


class PlaceSchema(Schema):
    """A place from the gazetteer, with the region and country that contain it."""

    id = fields.Integer(required=True, metadata={"description": "GeoNames id (synthetic for regions and countries)."})
    name = fields.String(required=True, metadata={"example": "Al Ghanţū"})
    kind = fields.String(required=True, validate=validate.OneOf(PLACE_KINDS))
    admin1 = fields.String(allow_none=True, metadata={"description": "First-level region.", "example": "Homs"})
    country = fields.String(required=True, metadata={"example": "Syria"})
    country_code = fields.String(required=True, validate=validate.Length(equal=2), metadata={"example": "SY"})
    lat = fields.Float(required=True, validate=validate.Range(-90, 90))
    lon = fields.Float(required=True, validate=validate.Range(-180, 180))


class ActorSchema(Schema):
    """A canonical actor: a state, armed group, organisation or person."""

    id = fields.String(required=True, metadata={"example": "russia"})
    name = fields.String(required=True, metadata={"example": "Russia"})
    type = fields.String(required=True, validate=validate.OneOf(ACTOR_TYPES))
    part_of = fields.String(allow_none=True, metadata={"description": "Id of the actor this one is part of."})


class MentionSchema(Schema):
    """One report of an event: the sentence that states it, in the article that carries it."""

    id = fields.Integer(required=True)
    article_id = fields.Integer(required=True)
    source = fields.String(required=True)
    quote = fields.String(required=True, metadata={"description": "The article's text from start to end."})
    start = fields.Integer(required=True, validate=validate.Range(min=0))
    end = fields.Integer(required=True, validate=validate.Range(min=0))
    attribution = fields.String(
        allow_none=True, metadata={"description": "Who the article says makes the claim: 'according to medics'."}
    )
    attributed_to = fields.String(allow_none=True, metadata={"description": "Actor id of whoever makes the claim."})


class FigureSchema(Schema):
    """The figures one report gives."""

    source = fields.String(required=True)
    article_id = fields.Integer(required=True)
    killed = fields.Integer(allow_none=True)
    injured = fields.Integer(allow_none=True)


class ContestSchema(Schema):
    """A denial that answers an event's claims."""

    actor_id = fields.String(allow_none=True)
    actor = fields.String(allow_none=True)
    event_id = fields.Integer(required=True, metadata={"description": "The denial event."})
    article_id = fields.Integer(required=True)
    source = fields.String(required=True)
    quote = fields.String(required=True)


class _DatedSchema(Schema):
    """Fields shared by stored and freshly extracted events."""

    date = DayField(required=True, metadata={"description": "First day the event may have happened."})
    date_end = DayField(required=True, metadata={"description": "Last day the event may have happened."})
    precision = fields.String(required=True, validate=validate.OneOf(PRECISIONS))
    type = fields.String(required=True, validate=validate.OneOf(list(EVENT_TYPES)))
    summary = fields.String(required=True, validate=validate.Length(min=1, max=2000))
    killed = fields.Integer(allow_none=True, validate=validate.Range(min=0, max=MAX_FIGURE))
    injured = fields.Integer(allow_none=True, validate=validate.Range(min=0, max=MAX_FIGURE))
    places = fields.List(fields.Nested(PlaceSchema), required=True)
    actors = fields.List(fields.Nested(ActorSchema), required=True)

    @validates_schema
    def _dates_in_order(self, data, **kwargs):
        """Refuse an event that ends before it starts."""
        if "date" in data and "date_end" in data and data["date_end"] < data["date"]:
            raise ValidationError("date_end must not be before date.", "date_end")


class EventSchema(_DatedSchema):
    """A dated event as the API serves it."""

    id = fields.Integer(required=True)
    category = fields.String(required=True, metadata={"description": "ACLED-style category of the type."})
    confidence = fields.Float(required=True, validate=validate.Range(0, 1))
    sources = fields.List(fields.String(), required=True, metadata={"description": "Source ids of the mentions."})
    source_count = fields.Integer(required=True, metadata={"description": "Independent sources that report it."})
    mention_count = fields.Integer(required=True)
    mentions = fields.List(fields.Nested(MentionSchema), required=True)
    killed_min = fields.Integer(allow_none=True, metadata={"description": "Lowest killed figure of any report."})
    killed_max = fields.Integer(allow_none=True, metadata={"description": "Highest killed figure of any report."})
    injured_min = fields.Integer(allow_none=True)
    injured_max = fields.Integer(allow_none=True)
    figures = fields.List(fields.Nested(FigureSchema), required=True, metadata={"description": "Which source said which."})
    contested = fields.Boolean(required=True, metadata={"description": "An actor has denied what this event claims."})
    contested_by = fields.List(fields.Nested(ContestSchema), required=True)


class ExtractedEventSchema(_DatedSchema):
    """What the extractor produces for one event, checked before anything is stored."""

    confidence = fields.Float(required=True, validate=validate.Range(0, 1))
    quote = fields.String(required=True, validate=validate.Length(min=1))
    start = fields.Integer(required=True, validate=validate.Range(min=0))
    end = fields.Integer(required=True, validate=validate.Range(min=1))
    timex = fields.String(required=True, metadata={"description": "The words that date the event."})
    attribution = fields.String(allow_none=True, load_default=None)
    attributed_to = fields.String(allow_none=True, load_default=None)

    @validates_schema
    def _span_in_order(self, data, **kwargs):
        """Refuse a quote whose offsets do not match its length."""
        if "start" in data and "end" in data and "quote" in data and data["end"] - data["start"] != len(data["quote"]):
            raise ValidationError("end - start must equal the length of quote.", "end")


class EventListSchema(Schema):
    """A page of events and the cursor of the next page."""

    events = fields.List(fields.Nested(EventSchema), required=True)
    next = fields.String(allow_none=True, required=True, metadata={"description": "Cursor of the next page, or null."})


class TimelineJSDateSchema(Schema):
    """A TimelineJS date: only the parts the event's precision knows."""

    year = fields.Integer(required=True)
    month = fields.Integer(validate=validate.Range(1, 12))
    day = fields.Integer(validate=validate.Range(1, 31))


class TimelineJSTextSchema(Schema):
    headline = fields.String(required=True)
    text = fields.String(required=True)


class TimelineJSSlideSchema(Schema):
    """One event as a TimelineJS slide."""

    unique_id = fields.String(required=True, metadata={"example": "event-12"})
    start_date = fields.Nested(TimelineJSDateSchema, required=True)
    end_date = fields.Nested(TimelineJSDateSchema, metadata={"description": "When the event spans more than its unit."})
    display_date = fields.String(metadata={"description": "For week-precision events: 'Week of <Monday>'."})
    text = fields.Nested(TimelineJSTextSchema, required=True)
    group = fields.String(required=True, metadata={"description": "The event type's category."})


class TimelineJSPageSchema(Schema):
    """A page of events as TimelineJS slides (format=timelinejs), with the next page's cursor."""

    events = fields.List(fields.Nested(TimelineJSSlideSchema), required=True)
    next = fields.String(allow_none=True, required=True, metadata={"description": "Cursor of the next page, or null."})
