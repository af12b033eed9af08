"""Timeline: events grouped into day, week, month or year buckets."""
from __future__ import annotations

import json

from flask import Response
from flask.views import MethodView
from flask_smorest import abort

from schemas import TimelineQuerySchema, TimelineSchema
from service.api.base import Blueprint, get_store
from service.filters import build_filter
from service.store.timeline import TooManyBuckets

blp = Blueprint("timeline", __name__, url_prefix="/timeline", description="Events grouped by period, for charts.")


@blp.route("")
class Timeline(MethodView):
    @blp.arguments(TimelineQuerySchema, location="query")
    @blp.response(200, TimelineSchema)
    def get(self, args):
        """Group the filtered events into buckets, oldest first, with empty buckets filled in.

        With `events=false` the buckets carry counts only and `spanning` is left out, at a cost that does not grow with the data.
        """
        store, flt = get_store(), build_filter(args)
        try:
            if not args["events"]:
                # Plain counts built by the store: the shape TimelineSchema documents, without a second pass.
                body = store.timeline_counts(flt, args["interval"])
                return Response(json.dumps(body, separators=(",", ":")), mimetype="application/json")
            # Events as SQLite writes them for /events: no marshmallow pass over every event.
            return Response(store.timeline_json(flt, args["interval"]), mimetype="application/json")
        except TooManyBuckets as exc:
            abort(400, message=str(exc), fields={"interval": [str(exc)]})
