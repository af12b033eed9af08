"""Writes need ``Authorization: Bearer <key>`` when an API key is configured."""
from __future__ import annotations

import hmac

from flask import Flask, request
from flask_smorest import abort

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def init_auth(app: Flask) -> None:
    """Check the bearer key of every write when ``TIMELINE_API_KEY`` is set."""

    @app.before_request
    def _require_key():
        """Refuse a write without the right key; reads stay public."""
        key = app.config.get("TIMELINE_API_KEY")
        if not key or request.method not in WRITE_METHODS:
            return None
        scheme, _, given = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not given:
            abort(401, message="Writes need the header Authorization: Bearer <key>.",
                  headers={"WWW-Authenticate": 'Bearer realm="timeline"'})
        if not hmac.compare_digest(given.strip().encode(), key.encode()):
            abort(403, message="The API key is not valid.")
        return None
