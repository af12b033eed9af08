"""Articles as they are posted and as they are served."""
from __future__ import annotations

import unicodedata

from marshmallow import Schema, ValidationError, fields, validate

from schemas.event import EventSchema
from schemas.fields import PublicationDate, require_text

MAX_TEXT = 1_000_000


def no_control_characters(value: str) -> None:
    """Refuse a short field holding control characters or lone surrogates (they cannot be stored)."""
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in value):
        raise ValidationError("Must not hold control characters or lone surrogates.")


def require_readable_text(value: str) -> None:
    """Refuse a text with nothing readable: only control characters, lone surrogates or spaces.

    Such characters inside a readable text are removed at ingest; a text of nothing else is refused.
    """
    if value.strip() and not any(unicodedata.category(ch)[0] not in "CZ" for ch in value):
        raise ValidationError("Must hold readable text, not only control characters or spaces.")


class ArticleInSchema(Schema):
    """A news article to ingest: its text, where it comes from and when it was published."""

    text = fields.String(
        required=True,
        validate=[validate.Length(max=MAX_TEXT), require_text, require_readable_text],
        metadata={"description": "Plain text of the article."},
    )
    source = fields.String(
        required=True,
        validate=[validate.Length(max=200), require_text, no_control_characters],
        metadata={"description": "Source id, such as an outlet's short name.", "example": "wire-01"},
    )
    published_at = PublicationDate(
        required=True,
        metadata={"description": "Publication date, YYYY-MM-DD: relative dates are anchored to it.", "example": "2015-12-23"},
    )
    title = fields.String(load_default=None, allow_none=True, validate=[validate.Length(max=1000), no_control_characters])
    url = fields.Url(load_default=None, allow_none=True, validate=[validate.Length(max=2000), no_control_characters])


class ArticleSchema(Schema):
    """A stored article without its text."""

    id = fields.Integer(required=True)
    source = fields.String(required=True)
    title = fields.String(allow_none=True)
    url = fields.String(allow_none=True)
    published_at = fields.String(required=True, metadata={"format": "date"})
    language = fields.String(required=True, metadata={"description": "ISO 639-1 code of the text's language.", "example": "en"})
    ingested_at = fields.String(required=True, metadata={"format": "date-time"})
    sha256 = fields.String(required=True)
    extractor_version = fields.String(required=True)
    event_count = fields.Integer(required=True)


class ArticleWithEventsSchema(ArticleSchema):
    """A stored article with its text and the events it reports."""

    text = fields.String(required=True)
    events = fields.List(fields.Nested(EventSchema), required=True)


class IngestResultSchema(Schema):
    """The answer to an ingested article: the article and the events found in it."""

    article = fields.Nested(ArticleSchema, required=True)
    events = fields.List(fields.Nested(EventSchema), required=True)


class ArticleListSchema(Schema):
    """A page of articles and the cursor of the next page."""

    articles = fields.List(fields.Nested(ArticleSchema), required=True)
    next = fields.String(allow_none=True, required=True)
