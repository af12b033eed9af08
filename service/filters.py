"""Turn the API's filter arguments into keys the store can look up."""
from __future__ import annotations

import re

from service.extract.actors import descendants, resolve_actor
from service.extract.places import fold_name
from service.store import EventFilter

# Words that name the kind of region, not the region: "Homs governorate" filters like "Homs".
_REGION_WORDS = re.compile(
    r"\s+(governorate|province|region|state|district|oblast|county|prefecture|department|city)$"
)


def place_keys(value: str) -> list[str]:
    """The folded keys a place filter value may match, with and without a region word."""
    key = fold_name(value)
    bare = _REGION_WORDS.sub("", key)
    return [k for k in dict.fromkeys((key, bare)) if k]


def build_filter(args: dict) -> EventFilter:
    """Resolve names, aliases and dates of the query arguments into an ``EventFilter``."""
    actor_ids: list[str] = []
    for value in args.get("actor", []):
        for actor in resolve_actor(value):
            actor_ids.extend(sorted(descendants(actor.id)))
    countries = args.get("country", [])
    date_from = args.get("from_")
    date_to = args.get("to")
    return EventFilter(
        place_keys=[k for v in args.get("place", []) for k in place_keys(v)],
        actor_ids=list(dict.fromkeys(actor_ids)),
        actor_keys=[v.strip().lower() for v in args.get("actor", [])],
        sources=list(args.get("source", [])),
        types=list(args.get("type", [])),
        country_keys=[fold_name(v) for v in countries if fold_name(v)],
        country_codes=[v.strip().upper() for v in countries if len(v.strip()) == 2],
        date_from=date_from[0].isoformat() if date_from else None,
        date_to=date_to[1].isoformat() if date_to else None,
        q=args.get("q"),
        contested=args.get("contested"),
        min_sources=args.get("min_sources"),
        min_killed=args.get("min_killed"),
    )
