"""Articles: ingest, list, fetch with their events, delete."""
from __future__ import annotations

from flask.views import MethodView
from flask_smorest import abort

from schemas import (
    ArticleInSchema,
    ArticleListSchema,
    ArticleQuerySchema,
    ArticleWithEventsSchema,
    IngestResultSchema,
    NoQuerySchema,
)
from service.api.base import Blueprint, get_store, next_link
from service.ingest import delete_article, ingest_article
from service.store import BadCursor, NotFound

blp = Blueprint("articles", __name__, url_prefix="/articles", description="News articles and the events found in them.")


@blp.route("")
class Articles(MethodView):
    @blp.arguments(ArticleQuerySchema, location="query")
    @blp.response(200, ArticleListSchema)
    def get(self, args):
        """List articles, newest first, a page at a time."""
        try:
            articles, next_cursor = get_store().list_articles(
                limit=args["limit"], cursor=args.get("cursor"), sources=args.get("source", [])
            )
        except BadCursor as exc:
            abort(400, message=str(exc), fields={"cursor": [str(exc)]})
        return {"articles": articles, "next": next_cursor}, 200, {"Link": next_link(next_cursor)} if next_cursor else {}

    @blp.arguments(ArticleInSchema)
    @blp.arguments(NoQuerySchema, location="query")
    @blp.response(201, IngestResultSchema)
    @blp.alt_response(200, schema=IngestResultSchema, description="The article was already stored: nothing new was created.")
    def post(self, article, _query):
        """Ingest an article: extract its dated events and store both.

        Posting the same article again (same url, or same text from the same source) answers
        200 with the stored article and creates nothing.
        """
        stored, created = ingest_article(get_store(), article)
        events = stored.pop("events")
        stored.pop("text")
        return {"article": stored, "events": events}, 201 if created else 200


@blp.route("/<int:article_id>")
class ArticleById(MethodView):
    @blp.arguments(NoQuerySchema, location="query")
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.response(200, ArticleWithEventsSchema)
    def get(self, _query, article_id):
        """Fetch one article with its text and its events."""
        try:
            return get_store().get_article(article_id)
        except NotFound as exc:
            abort(404, message=str(exc))

    @blp.arguments(NoQuerySchema, location="query")
    @blp.response(204)
    @blp.alt_response(404, response="NOT_FOUND")
    def delete(self, _query, article_id):
        """Delete an article, its mentions, and the events no other article reports."""
        try:
            delete_article(get_store(), article_id)
        except NotFound as exc:
            abort(404, message=str(exc))
