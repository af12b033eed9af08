"""The gunicorn worker ``timeline serve`` runs: requests gunicorn itself refuses get our JSON error.

gunicorn reads the request line and headers before the app sees anything, and answers a line or
header over its limits (8190 bytes), or one it cannot parse, with an HTML page of its own. A
client of this API expects the one JSON error body every other failure answers with, so this
worker writes that body instead, with the same status gunicorn would have sent.
"""
from __future__ import annotations

import json

from gunicorn.http import errors as http_errors
from gunicorn.util import write_nonblock
from gunicorn.workers.sync import SyncWorker

from service.api.errors import error_body

# What a request gunicorn could not read is refused with: status, reason, the field to name, a message.
_REFUSALS = (
    (http_errors.LimitRequestLine, 414, "URI Too Long", "url",
     "The request line is longer than the server reads (8190 bytes); send fewer or shorter query values."),
    (http_errors.LimitRequestHeaders, 431, "Request Header Fields Too Large", "headers",
     "A request header is longer, or there are more headers, than the server reads."),
    (http_errors.InvalidRequestMethod, 400, "Bad Request", "method", "The request method is not valid."),
    (http_errors.InvalidHTTPVersion, 400, "Bad Request", "http_version", "The HTTP version is not valid."),
    (http_errors.InvalidRequestLine, 400, "Bad Request", "url", "The request line cannot be read."),
    ((http_errors.InvalidHeader, http_errors.InvalidHeaderName, http_errors.ObsoleteFolding), 400,
     "Bad Request", "headers", "A request header cannot be read."),
)


def refusal(exc: BaseException) -> tuple[int, str, dict] | None:
    """The status, reason and JSON body for a request gunicorn could not read; None for other errors."""
    for kinds, status, reason, field, message in _REFUSALS:
        if isinstance(exc, kinds):
            return status, reason, error_body(status, message, {field: [str(exc) or message]})
    return None


def response_bytes(status: int, reason: str, body: dict) -> bytes:
    """A complete HTTP/1.1 response that closes the connection."""
    payload = json.dumps(body).encode()
    head = (f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(payload)}\r\n\r\n")
    return head.encode("latin-1") + payload


class JsonErrorWorker(SyncWorker):
    """gunicorn's sync worker, answering the requests it cannot read in the API's JSON."""

    def handle_error(self, req, client, addr, exc):
        """Write the JSON refusal for a request gunicorn could not read; anything else as gunicorn does."""
        answer = refusal(exc)
        if answer is None:
            return super().handle_error(req, client, addr, exc)
        status, reason, body = answer
        self.log.warning("Invalid request from ip=%s: %s", (addr or ("",))[0], exc)
        try:
            write_nonblock(client, response_bytes(status, reason, body))
        except OSError:
            self.log.debug("Failed to send error message.")
        return None
