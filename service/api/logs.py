"""Operations: a request id on every request, one JSON log line per request, 503 when the database fails.

The log line holds ``time``, ``request_id``, ``method``, ``path``, ``status``, ``duration_ms`` and
``bytes``: never a header, a query string or a body, so no key reaches the log. The request id is
the incoming ``X-Request-Id`` when it is a short token, else a new one; the answer echoes it.
``TIMELINE_REQUEST_LOG`` set to ``off`` silences the lines.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import sqlite3
import sys
import time
import uuid

from flask import Flask, Response, g, jsonify, request

from service.api.errors import error_body

log = logging.getLogger("timeline.requests")
db_log = logging.getLogger("timeline.database")
REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
RETRY_AFTER_SECONDS = 5


class _StderrHandler(logging.Handler):
    """Write each record's message as one line to the current standard error."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(record.getMessage() + "\n")
            sys.stderr.flush()
        except Exception:  # noqa: BLE001 - a log line must never fail a request
            self.handleError(record)


def _configure_logger() -> None:
    """Give the request logger its one stderr handler, once per process."""
    if not any(isinstance(h, _StderrHandler) for h in log.handlers):
        log.addHandler(_StderrHandler())
    if log.level == logging.NOTSET:
        log.setLevel(logging.INFO)


def init_logs(app: Flask) -> None:
    """Register the request id, the request log and the database-failure answer."""
    app.config.setdefault("TIMELINE_REQUEST_LOG", os.environ.get("TIMELINE_REQUEST_LOG", "on"))
    enabled = str(app.config["TIMELINE_REQUEST_LOG"]).lower() not in ("off", "0", "false", "no")
    _configure_logger()

    @app.before_request
    def _start():
        """Take the caller's request id or make one; start the clock."""
        incoming = request.headers.get("X-Request-Id", "")
        g.request_id = incoming if REQUEST_ID.match(incoming) else uuid.uuid4().hex
        g.request_started = time.perf_counter()

    @app.after_request
    def _finish(response: Response) -> Response:
        """Echo the request id and write the log line."""
        request_id = g.get("request_id") or uuid.uuid4().hex
        response.headers["X-Request-Id"] = request_id
        started = g.get("request_started")
        duration = (time.perf_counter() - started) * 1000 if started is not None else 0.0
        if enabled and log.isEnabledFor(logging.INFO):
            log.info(json.dumps({
                "time": dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds"),
                "request_id": request_id,
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": round(duration, 2),
                "bytes": None if response.is_streamed else response.content_length,
                "remote_addr": request.remote_addr,
            }, ensure_ascii=False))
        return response

    @app.errorhandler(sqlite3.OperationalError)
    @app.errorhandler(sqlite3.DatabaseError)
    def _database_unavailable(error: sqlite3.DatabaseError):
        """The database cannot be read or is busy past its timeout: 503, retry later."""
        if type(error) not in (sqlite3.OperationalError, sqlite3.DatabaseError):
            db_log.exception("database error (%s)", g.get("request_id"))  # a bug: integrity, programming
            response = jsonify(error_body(500, "The server failed to handle this request."))
            response.status_code = 500
            return response
        db_log.error("database unavailable (%s): %s", g.get("request_id"), error)
        body = error_body(503, "The database is unavailable; try again shortly.")
        body["error"]["code"] = "unavailable"
        response = jsonify(body)
        response.status_code = 503
        response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
