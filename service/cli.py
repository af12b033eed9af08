"""The ``timeline`` command: serve the API, ingest files, load the demo, write the spec."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from marshmallow import ValidationError

DEMO_PATH = Path(__file__).with_name("demo") / "articles.json"


def main(argv: list[str] | None = None) -> int:
    """Run the command named on the command line."""
    parser = argparse.ArgumentParser(prog="timeline", description="Event timeline service.")
    parser.add_argument("--db", default=os.environ.get("TIMELINE_DB", "timeline.db"),
                        help="SQLite file (default: $TIMELINE_DB or ./timeline.db)")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="serve the API with gunicorn")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=int(os.environ.get("TIMELINE_WORKERS", "2")))
    serve.add_argument("--graceful-timeout", type=int, default=int(os.environ.get("TIMELINE_GRACEFUL_TIMEOUT", "30")),
                       help="seconds requests in flight get to finish after SIGTERM (default 30)")
    serve.add_argument("--timeout", type=int, default=int(os.environ.get("TIMELINE_WORKER_TIMEOUT", "120")),
                       help="seconds one request may take before its worker is restarted (default 120)")

    ingest = commands.add_parser("ingest", help="extract and store articles from text files")
    ingest.add_argument("files", nargs="*", type=Path, help="plain-text articles")
    ingest.add_argument("--source", help="source id of the files")
    ingest.add_argument("--published-at", help="publication date, YYYY-MM-DD")
    ingest.add_argument("--title")
    ingest.add_argument("--manifest", type=Path,
                        help="JSON manifest: {\"articles\": [{\"file\", \"source\", \"published_at\", \"title\"?}]}")

    demo = commands.add_parser("demo", help="load the bundled demo articles")
    demo.add_argument("--if-empty", action="store_true", help="only when the database holds no article")

    reextract = commands.add_parser("reextract", help="re-read stored articles with the current extractor")
    reextract.add_argument("--all", action="store_true", help="every article, not only those read by another version")

    export = commands.add_parser("export", help="write every article as NDJSON (text, source, published_at, title, url)")
    export.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")

    import_ = commands.add_parser("import", help="ingest an NDJSON export through the normal ingest path")
    import_.add_argument("file", help="NDJSON file written by `timeline export`, or - for standard input")

    commands.add_parser("openapi", help="print the OpenAPI document as YAML")

    args = parser.parse_args(argv)
    handlers = {"serve": _serve, "ingest": _ingest, "demo": _demo, "reextract": _reextract, "openapi": _openapi,
                "export": _export, "import": _import}
    return handlers[args.command](args)


def _serve(args) -> int:
    """Replace this process with gunicorn serving the app."""
    from service.api.auth import KeyFileError, describe_protection

    try:
        protection = describe_protection(os.environ)
    except KeyFileError as exc:
        print(f"timeline serve: {exc}", file=sys.stderr)
        return 2
    os.environ["TIMELINE_DB"] = str(Path(args.db).resolve())
    from service import create_app

    create_app()  # migrate once, before the workers start
    gunicorn = Path(sys.executable).with_name("gunicorn")
    # No gunicorn access log: the app writes one JSON line a request (service/api/logs.py).
    # The request line may be longer than the app's query limit, so the app answers that in JSON;
    # a line or header over gunicorn's own limits gets the same JSON error from our worker class.
    argv = [str(gunicorn), "--bind", f"{args.host}:{args.port}", "--workers", str(args.workers),
            "--graceful-timeout", str(args.graceful_timeout), "--timeout", str(args.timeout),
            "--limit-request-line", "8190", "--worker-class", "service.worker.JsonErrorWorker", "--preload", "service.wsgi:app"]
    print(f"Serving on http://{args.host}:{args.port} with database {os.environ['TIMELINE_DB']}", flush=True)
    print(protection, flush=True)
    os.execv(str(gunicorn), argv)
    return 0  # pragma: no cover


def _ingest(args) -> int:
    """Ingest files named on the command line, or listed in a manifest."""
    items = []
    if args.manifest:
        manifest = json.loads(args.manifest.read_text(encoding="utf-8"))
        for entry in manifest["articles"]:
            items.append((args.manifest.parent / entry["file"], entry))
    for path in args.files:
        items.append((path, {"source": args.source, "published_at": args.published_at, "title": args.title}))
    if not items:
        print("timeline ingest: name files, or a --manifest", file=sys.stderr)
        return 2
    return _load(args.db, ((_read_text(path), meta, str(path)) for path, meta in items))


def _read_text(path: Path) -> str:
    """A file's text; bytes that are not UTF-8 become U+FFFD rather than stopping the run."""
    return path.read_bytes().decode("utf-8", errors="replace")


def _demo(args) -> int:
    """Load the bundled demo articles, unless asked to leave a non-empty database alone."""
    from service.store import Store

    if args.if_empty and Store(args.db).counts()["articles"]:
        print(f"{args.db} already holds articles; demo not loaded.")
        return 0
    articles = json.loads(DEMO_PATH.read_text(encoding="utf-8"))["articles"]
    return _load(args.db, ((a["text"], a, a.get("title") or a["source"]) for a in articles))


def _load(db_path: str, items) -> int:
    """Validate and ingest each (text, metadata, label); report what each gave."""
    from schemas import ArticleInSchema
    from schemas.event import EVENT_TYPES
    from service.ingest import ingest_article
    from service.store import Store

    store = Store(db_path, categories=EVENT_TYPES)
    schema = ArticleInSchema()
    failed = 0
    for text, meta, label in items:
        payload = {"text": text, **{k: meta.get(k) for k in ("source", "published_at", "title", "url") if meta.get(k)}}
        try:
            article = schema.load(payload)
        except ValidationError as exc:
            failed += 1
            print(f"{label}: refused: {json.dumps(exc.messages)}", file=sys.stderr)
            continue
        stored, created = ingest_article(store, article)
        verb = "stored" if created else "already stored"
        print(f"{label}: {verb} as article {stored['id']} with {len(stored['events'])} events")
    return 1 if failed else 0


def _reextract(args) -> int:
    """Re-read stale (or, with --all, every) article, one transaction each."""
    from schemas.event import EVENT_TYPES
    from service.extract.events import EXTRACTOR_VERSION
    from service.ingest import reextract
    from service.store import Store

    store = Store(args.db, categories=EVENT_TYPES)
    count = reextract(store, force=args.all,
                      progress=lambda article_id, n: print(f"article {article_id}: {n} events", flush=True))
    print(f"{count} articles re-read with extractor {EXTRACTOR_VERSION}")
    return 0


def _export(args) -> int:
    """Write every article as NDJSON to a file or standard output."""
    from schemas.event import EVENT_TYPES
    from service.io import export_articles
    from service.store import Store

    store = Store(args.db, categories=EVENT_TYPES)
    if args.output is None:
        count = export_articles(store, sys.stdout)
    else:
        partial = args.output.with_name(args.output.name + ".partial")
        with partial.open("w", encoding="utf-8") as out:
            count = export_articles(store, out)
        partial.replace(args.output)  # a reader never sees a half-written export
    print(f"{count} articles exported", file=sys.stderr)
    return 0


def _import(args) -> int:
    """Ingest every line of an NDJSON export; report each line; fail if any was refused."""
    from schemas.event import EVENT_TYPES
    from service.io import import_articles
    from service.store import Store

    store = Store(args.db, categories=EVENT_TYPES)

    def report(number: int, message: str) -> None:
        print(f"line {number}: {message}", file=sys.stderr if "refused" in message else sys.stdout, flush=True)

    if args.file == "-":
        created, existing, refused = import_articles(store, sys.stdin, report)
    else:
        with open(args.file, encoding="utf-8", errors="replace") as lines:
            created, existing, refused = import_articles(store, lines, report)
    print(f"{created} articles imported, {existing} already stored, {refused} refused")
    return 1 if refused else 0


def _openapi(args) -> int:
    """Print the OpenAPI document generated from the code."""
    from service import create_app

    app = create_app({"TIMELINE_DB": ":memory:"})
    sys.stdout.write(app.extensions["timeline.api"].spec.to_yaml())
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
