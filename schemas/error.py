"""The one error body every failing request answers with."""
from __future__ import annotations

from marshmallow import Schema, fields


class ErrorDetailSchema(Schema):
    """What went wrong, and with which fields."""

    status = fields.Integer(required=True, metadata={"example": 400})
    code = fields.String(required=True, metadata={"example": "invalid_input"})
    message = fields.String(required=True)
    fields_ = fields.Dict(
        data_key="fields",
        keys=fields.String(),
        values=fields.List(fields.String()),
        required=True,
        metadata={"description": "Each field that was wrong, with what was wrong with it."},
    )


class ErrorSchema(Schema):
    """``{"error": {"status", "code", "message", "fields"}}``."""

    error = fields.Nested(ErrorDetailSchema, required=True)
