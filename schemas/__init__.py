"""Marshmallow schemas: the one definition of every shape that crosses a boundary."""
from schemas.article import ArticleInSchema, ArticleListSchema, ArticleSchema, ArticleWithEventsSchema, IngestResultSchema
from schemas.error import ErrorSchema
from schemas.event import ActorSchema, EventListSchema, EventSchema, ExtractedEventSchema, MentionSchema, PlaceSchema
from schemas.query import ArticleQuerySchema, EventQuerySchema, FacetQuerySchema, NoQuerySchema, TimelineQuerySchema
from schemas.facets import FacetsSchema
from schemas.timeline import TimelineSchema

__all__ = [
    "ActorSchema",
    "ArticleInSchema",
    "ArticleListSchema",
    "ArticleQuerySchema",
    "ArticleSchema",
    "ArticleWithEventsSchema",
    "ErrorSchema",
    "EventListSchema",
    "EventQuerySchema",
    "EventSchema",
    "FacetQuerySchema",
    "FacetsSchema",
    "ExtractedEventSchema",
    "IngestResultSchema",
    "MentionSchema",
    "NoQuerySchema",
    "PlaceSchema",
    "TimelineQuerySchema",
    "TimelineSchema",
]
