"""Flask + flask-smorest: one blueprint per resource, one error body for every failure."""
from __future__ import annotations

import logging
import os

from flask import Flask, jsonify
from flask_smorest import Api as SmorestApi
from werkzeug.exceptions import HTTPException
from werkzeug.routing import IntegerConverter

from schemas.error import ErrorSchema
from service.api.errors import error_body, http_error_body

log = logging.getLogger("service.api")


class Api(SmorestApi):
    """flask-smorest's Api with this service's error body."""

    ERROR_SCHEMA = ErrorSchema

    def _register_error_handlers(self):
        """Render HTTP errors and unexpected exceptions in the one error shape."""
        self._app.register_error_handler(HTTPException, self.handle_http_exception)
        self._app.register_error_handler(Exception, self.handle_unexpected)

    def handle_http_exception(self, error):
        """Return the JSON error body for an HTTP exception."""
        body = http_error_body(error)
        response = jsonify(body)
        response.status_code = error.code or 500
        data = getattr(error, "data", None) or {}
        headers = dict(error.get_headers()) if error.response is None else {}
        headers.update(data.get("headers") or {})
        for name, value in headers.items():
            if name.lower() != "content-type":
                response.headers[name] = value
        return response

    def handle_unexpected(self, error):
        """Log an unexpected failure and answer 500 in the same shape, never a traceback."""
        if isinstance(error, HTTPException):
            return self.handle_http_exception(error)
        log.exception("unhandled error")
        response = jsonify(error_body(500, "The server failed to handle this request."))
        response.status_code = 500
        return response


class AsciiIntegerConverter(IntegerConverter):
    """``<int:...>`` of ASCII digits only: "/events/１" (a full-width one) is no id, but a 404."""

    regex = r"[0-9]+"


def init_api(app: Flask) -> Api:
    """Create the Api, register every blueprint, the HTTP hooks and the offline docs."""
    from service.api import articles, docs, events, facets, meta, timeline
    from schemas.event import TimelineJSPageSchema
    from service.api.http import init_http
    from service.api.logs import init_logs

    app.config.setdefault("TIMELINE_CORS_ORIGINS", os.environ.get("TIMELINE_CORS_ORIGINS", "*"))
    app.config.setdefault("TIMELINE_CACHE_SECONDS", int(os.environ.get("TIMELINE_CACHE_SECONDS", "10")))
    app.url_map.converters["int"] = AsciiIntegerConverter  # before any route is made
    # "/events//4" is no address of the API: a JSON 404, not an HTML redirect to "/events/4"
    app.url_map.merge_slashes = False
    init_logs(app)  # first, so the request id and the clock cover every other hook
    docs.configure(app)
    api = Api(app, spec_kwargs={"info": {"description": app.config["API_DESCRIPTION"]}})
    api.spec.components.schema("TimelineJSPage", schema=TimelineJSPageSchema)
    for module in (articles, events, timeline, facets, meta):
        api.register_blueprint(module.blp)
    docs.register_assets(app)
    init_http(app)
    return api
