"""One JSON error body for every failure: ``{"error": {status, code, message, fields}}``."""
from __future__ import annotations

from collections.abc import Mapping

from werkzeug.exceptions import HTTPException

CODES = {
    400: "invalid_input",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    414: "uri_too_long",
    415: "unsupported_media_type",
    422: "invalid_input",
    429: "too_many_requests",
    431: "headers_too_large",
    500: "internal_error",
}


def error_body(status: int, message: str, fields: Mapping[str, list[str]] | None = None) -> dict:
    """Build the error body."""
    return {
        "error": {
            "status": status,
            "code": CODES.get(status, "error"),
            "message": message,
            "fields": dict(fields or {}),
        }
    }


def flatten_messages(messages: object, prefix: str = "") -> dict[str, list[str]]:
    """Turn nested marshmallow messages into ``{"field.sub": [messages]}``.

    webargs nests messages under the location (``json``, ``query``); that level is dropped,
    so a client sees the name it sent.
    """
    flat: dict[str, list[str]] = {}
    if isinstance(messages, Mapping):
        for key, value in messages.items():
            name = str(key)
            if not prefix and name in ("json", "query", "querystring", "view_args", "headers"):
                flat.update(flatten_messages(value, ""))
                continue
            if name == "_schema":
                name = prefix or "body"
            elif prefix:
                name = f"{prefix}.{name}"
            flat.update(flatten_messages(value, name) if isinstance(value, Mapping) else {name: _strings(value)})
    else:
        flat[prefix or "body"] = _strings(messages)
    return flat


def _strings(value: object) -> list[str]:
    """Messages as a list of strings."""
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return [str(value)]


def http_error_body(error: HTTPException) -> dict:
    """Render any HTTP exception, including webargs' validation aborts, as the error body."""
    status = error.code or 500
    data = getattr(error, "data", None) or {}
    fields = flatten_messages(data["messages"]) if "messages" in data else {}
    if "fields" in data:
        fields.update(data["fields"])
    if status == 413 and not fields:
        fields = {"body": ["Larger than the service takes."]}  # what was too large is the body
    message = data.get("message")
    if not message:
        if fields:
            names = ", ".join(sorted(fields))
            message = f"Invalid value for {names}: " + "; ".join(
                f"{name}: {' '.join(msgs)}" for name, msgs in sorted(fields.items())
            )
        else:
            message = error.description or error.name
    return error_body(status, message, fields)
