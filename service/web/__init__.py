"""The dashboard: one HTML page and its static assets; the page reads only the public API."""
from __future__ import annotations

from flask import Blueprint, Response, render_template

from schemas.event import EVENT_TYPES

# The page and its assets come from this server only: no CDN, no inline script or style.
CONTENT_SECURITY_POLICY = "; ".join((
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
))

bp = Blueprint(
    "web", __name__,
    static_folder="static", static_url_path="/assets",
    template_folder="templates",
)


@bp.get("/")
def dashboard() -> Response:
    """The timeline dashboard; its filters live in the query string and are read by the script."""
    types = [(name, name.replace("_", " ")) for name in EVENT_TYPES]
    response = Response(render_template("web/dashboard.html", types=types), mimetype="text/html")
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
