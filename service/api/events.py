"""Events: filtered lists in several formats, and single events."""
from __future__ import annotations

import json

from flask import Response, jsonify
from flask.views import MethodView
from flask_smorest import abort

from schemas import EventListSchema, EventQuerySchema, EventSchema, NoQuerySchema
from service.api import formats
from service.api.base import Blueprint, get_store, next_link
from service.filters import build_filter
from service.store import BadCursor, NotFound

_FORMATS = (
    "A page of events (JSON; TimelineJS slides with format=timelinejs), a GeoJSON FeatureCollection of the "
    "page's events that have coordinates, or every matching event streamed as CSV or NDJSON."
)

blp = Blueprint("events", __name__, url_prefix="/events", description="Dated events with places, actors and sources.")



@blp.route("")
class Events(MethodView):
    @blp.arguments(EventQuerySchema, location="query")
    @blp.response(200, EventListSchema, description=_FORMATS)
    # One 200 in several shapes: JSON is a page of events, or of TimelineJS slides when
    # format=timelinejs; GeoJSON, CSV and NDJSON have their own media types.
    @blp.doc(responses={"200": {"description": _FORMATS, "content": {
        "application/json": {"schema": {"anyOf": [
            {"$ref": "#/components/schemas/EventList"}, {"$ref": "#/components/schemas/TimelineJSPage"}]}},
        "application/geo+json": {"schema": {"type": "object"}},
        "text/csv": {"schema": {"type": "string"}},
        "application/x-ndjson": {"schema": {"type": "string"}},
    }}})
    def get(self, args):
        """List events, filtered by place, actor, source, type, dates and text.

        `format` (or the Accept header) chooses JSON, CSV, NDJSON, GeoJSON or TimelineJS.
        CSV and NDJSON are exports: they stream every matching event, whatever `limit` says.
        """
        store, flt = get_store(), build_filter(args)
        fmt = formats.requested_format(args.get("format"))
        if fmt in formats.EXPORTS:
            if args.get("cursor"):
                # an export is every matching event at once: there is no page to go on from
                abort(400, message="CSV and NDJSON exports are not paged: leave out the cursor.",
                      fields={"cursor": ["Not used by an export, which streams every matching event."]})
            return formats.stream(store.iter_events(flt), fmt)
        page = store.list_events_json if fmt == "json" else store.list_events
        try:
            events, next_cursor = page(flt, limit=args["limit"], cursor=args.get("cursor"), sort=args["sort"])
        except BadCursor as exc:
            abort(400, message=str(exc), fields={"cursor": [str(exc)]})
        headers = {"Link": next_link(next_cursor)} if next_cursor else {}
        if fmt == "json":
            # The store writes each event in the documented EventSchema shape (tests/test_query_plans.py and
            # tests/api/test_conformance.py check it): no marshmallow pass, no Python object per field.
            body = '{"events":[' + ",".join(events) + '],"next":' + json.dumps(next_cursor) + "}"
            return Response(body, 200, headers, mimetype="application/json")
        if fmt == "geojson":
            response = jsonify(formats.geojson(events, next_cursor))
            response.mimetype = "application/geo+json"
            response.headers.update(headers)
            return response
        if fmt == "timelinejs":
            response = jsonify(formats.timelinejs(events, next_cursor))
            response.headers.update(headers)
            return response
        return {"events": events, "next": next_cursor}, 200, headers


@blp.route("/<int:event_id>")
class EventById(MethodView):
    @blp.arguments(NoQuerySchema, location="query")
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.response(200, EventSchema)
    def get(self, _query, event_id):
        """Fetch one event with every mention that reports it."""
        try:
            return get_store().get_event(event_id)
        except NotFound as exc:
            abort(404, message=str(exc))
