"""Custom fields shared by the schemas."""
from __future__ import annotations

import calendar
import datetime as dt
import re

from marshmallow import ValidationError, fields

PRECISIONS = ("day", "week", "month", "year")

_PARTIAL = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")


class Count(fields.Integer):
    """An integer written in ASCII digits ("٥" and "５" are refused, as the spec's integer type says)."""

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, str) and not (value.isascii() and value.strip().lstrip("+-").isdigit()):
            raise self.make_error("invalid")
        return super()._deserialize(value, attr, data, **kwargs)


class PublicationDate(fields.String):
    """A publication date: ``YYYY-MM-DD`` or an ISO 8601 timestamp, kept as a date."""

    default_error_messages = {
        "invalid": "Not a valid date: use YYYY-MM-DD (or an ISO 8601 timestamp).",
        "range": "Dates must fall between the years 1900 and 2100.",
    }

    def __init__(self, **kwargs):
        metadata = {"format": "date", **kwargs.pop("metadata", {})}
        super().__init__(metadata=metadata, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs) -> dt.date:
        """Parse the string into a date, refusing anything ambiguous."""
        if not isinstance(value, str):
            raise self.make_error("invalid")
        text = value.strip()
        try:
            parsed = dt.date.fromisoformat(text) if len(text) == 10 else dt.datetime.fromisoformat(text).date()
        except ValueError as exc:
            raise self.make_error("invalid") from exc
        if not 1900 <= parsed.year <= 2100:
            raise self.make_error("range")
        return parsed

    def _serialize(self, value, attr, obj, **kwargs):
        """Write the date as YYYY-MM-DD."""
        if value is None:
            return None
        return value.isoformat() if isinstance(value, dt.date) else str(value)


class PartialDate(fields.String):
    """A filter date that may be a year, a month or a day: ``2015``, ``2015-10``, ``2015-10-07``.

    Deserialises to the (first day, last day) it covers, so ``to=2015-10`` reaches October 31.
    """

    default_error_messages = {"invalid": "Not a valid date: use YYYY, YYYY-MM or YYYY-MM-DD."}

    def __init__(self, **kwargs):
        metadata = {"pattern": _PARTIAL.pattern, "example": "2015-10", **kwargs.pop("metadata", {})}
        super().__init__(metadata=metadata, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs) -> tuple[dt.date, dt.date]:
        """Parse the value into the inclusive range of days it names."""
        match = _PARTIAL.match(value.strip()) if isinstance(value, str) else None
        if not match:
            raise self.make_error("invalid")
        year, month, day = (int(g) if g else None for g in match.groups())
        try:
            if month is None:
                return dt.date(year, 1, 1), dt.date(year, 12, 31)
            if day is None:
                return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
            day_value = dt.date(year, month, day)
            return day_value, day_value
        except ValueError as exc:
            raise self.make_error("invalid") from exc

    def _serialize(self, value, attr, obj, **kwargs):
        """Write the first day of the range."""
        return value[0].isoformat() if value else None


def require_text(value: str) -> None:
    """Refuse a string that holds nothing but white space."""
    if not value.strip():
        raise ValidationError("Must not be empty or only white space.")


class DayField(fields.Date):
    """A calendar day as YYYY-MM-DD; already-formatted strings pass through unchanged."""

    def _serialize(self, value, attr, obj, **kwargs):
        """Write a date or an ISO string as YYYY-MM-DD."""
        if isinstance(value, str):
            return value
        return super()._serialize(value, attr, obj, **kwargs)
