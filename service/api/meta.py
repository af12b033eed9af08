"""Health and the OpenAPI document in YAML."""
from __future__ import annotations

from flask import Response, current_app
from flask.views import MethodView
from marshmallow import Schema, fields

from service.api.base import Blueprint, get_store
from service.extract.events import EXTRACTOR_VERSION

blp = Blueprint("meta", __name__, description="Service health and description.")


class HealthSchema(Schema):
    """Whether the service can read its database, and what it holds."""

    status = fields.String(required=True, metadata={"example": "ok"})
    extractor_version = fields.String(required=True)
    articles = fields.Integer(required=True)
    events = fields.Integer(required=True)
    mentions = fields.Integer(required=True)


@blp.route("/health")
class Health(MethodView):
    @blp.response(200, HealthSchema)
    def get(self):
        """Check that the database answers; report what it holds."""
        return {"status": "ok", "extractor_version": EXTRACTOR_VERSION, **get_store().counts()}


@blp.route("/openapi.yaml")
class OpenApiYaml(MethodView):
    @blp.doc(responses={"200": {"description": "The OpenAPI document.", "content": {"application/yaml": {}}}})
    def get(self):
        """The OpenAPI document of this API, in YAML."""
        return Response(current_app.extensions["timeline.api"].spec.to_yaml(), mimetype="application/yaml")
