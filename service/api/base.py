"""What every blueprint shares: the argument parser and access to the store."""
from __future__ import annotations

from urllib.parse import urlencode

from flask import current_app, request
from flask_smorest import Blueprint as SmorestBlueprint
from webargs.flaskparser import FlaskParser

from service.store import Store


class Parser(FlaskParser):
    """Answer bad input with 400, and refuse query parameters an endpoint does not know."""

    DEFAULT_VALIDATION_STATUS = 400
    DEFAULT_UNKNOWN_BY_LOCATION = {**FlaskParser.DEFAULT_UNKNOWN_BY_LOCATION, "query": None, "querystring": None}


class Blueprint(SmorestBlueprint):
    """flask-smorest's Blueprint with this service's parser."""

    ARGUMENTS_PARSER = Parser()


def get_store() -> Store:
    """The store of the running app."""
    return current_app.extensions["timeline.store"]


def next_link(cursor: str) -> str:
    """The Link header value pointing at the next page: this request with the new cursor."""
    args = [(k, v) for k, v in request.args.items(multi=True) if k != "cursor"]
    return f'<{request.base_url}?{urlencode([*args, ("cursor", cursor)])}>; rel="next"'
