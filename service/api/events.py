"""Events: filtered lists and single events."""
from __future__ import annotations

from flask.views import MethodView
from flask_smorest import abort

from schemas import EventListSchema, EventQuerySchema, EventSchema
from service.api.base import Blueprint, get_store
from service.filters import build_filter
from service.store import BadCursor, NotFound

blp = Blueprint("events", __name__, url_prefix="/events", description="Dated events with places, actors and sources.")


@blp.route("")
class Events(MethodView):
    @blp.arguments(EventQuerySchema, location="query")
    @blp.response(200, EventListSchema)
    def get(self, args):
        """List events in date order, filtered by place, actor, source, type, dates and text."""
        try:
            events, next_cursor = get_store().list_events(
                build_filter(args), limit=args["limit"], cursor=args.get("cursor"), sort=args["sort"]
            )
        except BadCursor as exc:
            abort(400, message=str(exc), fields={"cursor": [str(exc)]})
        return {"events": events, "next": next_cursor}


@blp.route("/<int:event_id>")
class EventById(MethodView):
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.response(200, EventSchema)
    def get(self, event_id):
        """Fetch one event with every mention that reports it."""
        try:
            return get_store().get_event(event_id)
        except NotFound as exc:
            abort(404, message=str(exc))
