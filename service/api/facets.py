"""Facets: how many of the filtered events each value of a field has."""
from __future__ import annotations

from flask.views import MethodView

from schemas import FacetQuerySchema, FacetsSchema
from service.api.base import Blueprint, get_store
from service.filters import build_filter

blp = Blueprint("facets", __name__, url_prefix="/facets", description="Counts of events by place, actor, source, type or country.")


@blp.route("")
class Facets(MethodView):
    @blp.arguments(FacetQuerySchema, location="query")
    @blp.response(200, FacetsSchema)
    def get(self, args):
        """Count the filtered events by the values of one field, largest count first."""
        values = get_store().facets(build_filter(args), args["field"], limit=args["limit"])
        return {"field": args["field"], "values": values}
