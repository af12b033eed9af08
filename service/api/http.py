"""HTTP behaviour around every read: CORS, ETags with 304, Cache-Control, gzip."""
from __future__ import annotations

import gzip

from flask import Flask, Response, request

READS = frozenset({"GET", "HEAD", "OPTIONS"})
GZIP_MIN_BYTES = 1400


def init_http(app: Flask) -> None:
    """Register the response hooks."""
    origins = [o.strip() for o in str(app.config["TIMELINE_CORS_ORIGINS"]).split(",") if o.strip()]
    max_age = int(app.config["TIMELINE_CACHE_SECONDS"])

    @app.after_request
    def _http(response: Response) -> Response:
        """Add CORS and caching headers; answer 304 when the client has this body; compress it."""
        if request.method not in READS:
            return response
        if request.blueprint == "events" and request.path.rstrip("/").endswith("/events"):
            # the list's format follows the Accept header: a cache must keep one answer per Accept
            response.vary.add("Accept")
        _cors(response, origins)
        if response.status_code != 200 or response.is_streamed or request.method == "OPTIONS":
            return response
        response.headers.setdefault("Cache-Control", f"public, max-age={max_age}")
        response.add_etag(weak=True)
        response.make_conditional(request)
        if response.status_code == 200:
            _gzip(response)
        return response


def _cors(response: Response, origins: list[str]) -> None:
    """Let pages on the configured origins read the API."""
    origin = request.headers.get("Origin")
    if not origin or not origins:
        return
    if "*" in origins:
        response.headers["Access-Control-Allow-Origin"] = "*"
    elif origin in origins:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.vary.add("Origin")
    else:
        return
    response.headers["Access-Control-Expose-Headers"] = "Link, ETag"
    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "If-None-Match, Accept, Authorization"
        response.headers["Access-Control-Max-Age"] = "600"


def _gzip(response: Response) -> None:
    """Compress a large body for a client that accepts gzip."""
    if "gzip" not in request.headers.get("Accept-Encoding", "") or "Content-Encoding" in response.headers:
        return
    data = response.get_data()
    if len(data) < GZIP_MIN_BYTES:
        return
    response.set_data(gzip.compress(data, compresslevel=5, mtime=0))
    response.headers["Content-Encoding"] = "gzip"
    response.vary.add("Accept-Encoding")
