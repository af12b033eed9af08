"""Event timeline service: dated events extracted from news text, served over HTTP."""
from __future__ import annotations

import os

from flask import Flask

from schemas.event import EVENT_TYPES
from service.store import Store

API_DESCRIPTION = (
    "Dated events extracted from news articles: what happened, where, to whom and "
    "according to whom. Every date carries its precision (day, week, month, year) and "
    "the range of days it may cover."
)


def create_app(test_config: dict | None = None) -> Flask:
    """Create the app: defaults, then the environment or the test's settings, then blueprints."""
    app = Flask(__name__)
    app.config.from_mapping(
        TIMELINE_DB=os.environ.get("TIMELINE_DB", "timeline.db"),
        TIMELINE_API_KEY=os.environ.get("TIMELINE_API_KEY") or None,
        API_TITLE="Event timeline",
        API_VERSION="1.0.0",
        API_DESCRIPTION=API_DESCRIPTION,
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/",
        OPENAPI_JSON_PATH="openapi.json",
        JSON_SORT_KEYS=False,
        MAX_CONTENT_LENGTH=2 * 1024 * 1024,
    )
    if test_config:
        app.config.from_mapping(test_config)
    app.json.sort_keys = False
    app.extensions["timeline.store"] = Store(app.config["TIMELINE_DB"], categories=EVENT_TYPES)

    from service.api import init_api
    from service.api.auth import init_auth
    from service.web import bp as web_blueprint

    app.extensions["timeline.api"] = init_api(app)
    app.register_blueprint(web_blueprint)  # the dashboard at /: on the app, so outside the OpenAPI spec
    init_auth(app)
    return app
