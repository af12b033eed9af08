"""What a request must satisfy before it runs: its API key, and the size of what it sends.

Keys: when ``TIMELINE_API_KEY`` is set, or ``TIMELINE_API_KEYS_FILE`` names a file of keys (one a
line, ``#`` starts a comment), every write needs ``Authorization: Bearer <key>``. Reads stay
public unless ``TIMELINE_READS_NEED_KEY`` is true; ``/health`` and CORS preflights are always
public. Keys are compared in constant time, against every configured key, and never logged.

Limits: the body is capped by ``MAX_CONTENT_LENGTH`` (413), the query string by
``TIMELINE_MAX_QUERY_BYTES`` (400), a JSON body that cannot be parsed (nested too deeply, a
number too long to read) is a 400, a body sent as anything but JSON is a 415, and a query value
holding control characters is a 400, all in the one error shape.
"""
from __future__ import annotations

import hmac
import json
import os
import unicodedata
from pathlib import Path

from flask import Flask, request
from flask_smorest import abort

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
PUBLIC_PATHS = frozenset({"/health"})
TRUE = frozenset({"1", "true", "yes", "on"})
MAX_QUERY_BYTES = 4096


class KeyFileError(ValueError):
    """The keys file cannot be read or holds no key."""


def load_keys(single: str | None, keys_file: str | None) -> list[bytes]:
    """Every configured key: the single key, then the keys file's lines (comments and blanks skipped)."""
    keys = []
    if single and single.strip():
        keys.append(single.strip().encode())
    if keys_file:
        try:
            lines = Path(keys_file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise KeyFileError(f"cannot read the API keys file {keys_file}: {exc}") from exc
        file_keys = [line.split("#", 1)[0].strip() for line in lines]
        file_keys = [key.encode() for key in file_keys if key]
        if not file_keys:
            raise KeyFileError(f"the API keys file {keys_file} holds no key")
        keys.extend(file_keys)
    return keys


def key_matches(given: str, keys: list[bytes]) -> bool:
    """Whether ``given`` is one of ``keys``: every key is compared, each in constant time."""
    candidate = given.encode("utf-8", "replace")
    found = False
    for key in keys:
        found |= hmac.compare_digest(candidate, key)
    return found


def describe_protection(environ: dict) -> str:
    """One line saying how writes (and reads) are protected under these settings."""
    single = environ.get("TIMELINE_API_KEY") or None
    keys_file = environ.get("TIMELINE_API_KEYS_FILE") or None
    keys = load_keys(single, keys_file)
    if not keys:
        return "Writes are open: set TIMELINE_API_KEY or TIMELINE_API_KEYS_FILE to require a key."
    origin = []
    if single:
        origin.append("TIMELINE_API_KEY")
    if keys_file:
        origin.append(f"{len(keys) - bool(single)} keys in {keys_file}")
    reads = "reads too" if str(environ.get("TIMELINE_READS_NEED_KEY", "")).lower() in TRUE else "reads are public"
    return f"Writes need: Authorization: Bearer <key> ({' and '.join(origin)}); {reads}."


def init_auth(app: Flask) -> None:
    """Check the bearer key of every protected request, and the limits of every request."""
    app.config.setdefault("TIMELINE_API_KEYS_FILE", os.environ.get("TIMELINE_API_KEYS_FILE") or None)
    app.config.setdefault("TIMELINE_READS_NEED_KEY", os.environ.get("TIMELINE_READS_NEED_KEY", ""))
    app.config.setdefault("TIMELINE_MAX_QUERY_BYTES", int(os.environ.get("TIMELINE_MAX_QUERY_BYTES", MAX_QUERY_BYTES)))
    if os.environ.get("TIMELINE_MAX_BODY_BYTES"):
        app.config["MAX_CONTENT_LENGTH"] = int(os.environ["TIMELINE_MAX_BODY_BYTES"])
    keys = load_keys(app.config.get("TIMELINE_API_KEY"), app.config.get("TIMELINE_API_KEYS_FILE"))
    reads_need_key = str(app.config.get("TIMELINE_READS_NEED_KEY") or "").lower() in TRUE
    max_query = int(app.config["TIMELINE_MAX_QUERY_BYTES"])

    @app.before_request
    def _require_key():
        """Refuse a protected request without a valid key."""
        if not keys or request.method == "OPTIONS" or request.path in PUBLIC_PATHS:
            return None
        if request.method not in WRITE_METHODS and not reads_need_key:
            return None
        scheme, _, given = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            what = "Writes" if request.method in WRITE_METHODS else "Requests"
            abort(401, message=f"{what} need the header Authorization: Bearer <key>.",
                  headers={"WWW-Authenticate": 'Bearer realm="timeline"'})
        if not key_matches(given.strip(), keys):
            abort(403, message="The API key is not valid.")
        return None

    @app.before_request
    def _limits():
        """Refuse an over-long query string, control characters in a query, an unreadable JSON body."""
        if len(request.query_string) > max_query:
            abort(400, message=f"The query string is longer than {max_query} bytes.",
                  fields={"query": [f"Longer than {max_query} bytes."]})
        bad = sorted({name for name, value in request.args.items(multi=True) if _has_control(name + value)})
        if bad:
            abort(400, message="Query parameters must not hold control characters.",
                  fields={name: ["Must not hold control characters."] for name in bad})
        has_body = bool(request.content_length) or "chunked" in request.headers.get("Transfer-Encoding", "").lower()
        if request.method in WRITE_METHODS and has_body and not request.is_json:
            # A form, plain text or no type at all: the body is not read as missing fields
            given = request.mimetype or "none"
            abort(415, message=f"The body must be JSON (Content-Type: application/json), not {given}.",
                  fields={"Content-Type": [f"Expected application/json, got {given}."]})
        if request.method in WRITE_METHODS and request.is_json and request.content_length != 0:
            data = request.get_data(cache=True)
            limit = app.config.get("MAX_CONTENT_LENGTH")
            if request.content_length is None and limit is not None and len(data) >= limit:
                # A chunked body is cut at the limit rather than refused: refuse it here.
                abort(413, message=f"The body is larger than {limit} bytes.")
            _check_json(data)
        return None


def _has_control(text: str) -> bool:
    """Whether ``text`` holds a control character or a lone surrogate."""
    return any(unicodedata.category(ch) in ("Cc", "Cs") for ch in text)


def _check_json(data: bytes) -> None:
    """Refuse a JSON body the parser cannot read safely: too deep, or a number too long."""
    if not data:
        return
    try:
        json.loads(data)
    except RecursionError:
        abort(400, message="The JSON body is nested too deeply.", fields={"body": ["Nested too deeply."]})
    except (ValueError, UnicodeDecodeError):
        abort(400, message="The body is not valid JSON.", fields={"body": ["Invalid JSON body."]})
