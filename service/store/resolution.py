"""Which mentions report the same real-world event, and what the event they make up says.

Everything here is a pure function of mentions, so that the events a set of articles makes
does not depend on the order the articles arrived in: two mentions are *compatible* when
their days overlap, their types agree and they share a place (or, when one names no place,
an actor); an event is a connected group of compatible mentions, and every field of the
event is derived from its mentions alone.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass


VIOLENT = frozenset({"air_strike", "shelling", "explosion", "armed_clash", "attack_on_civilians"})
# Order of preference when reports disagree on the type: the most specific first.
TYPE_PRIORITY = (
    "air_strike", "shelling", "explosion", "armed_clash", "attack_on_civilians", "military_campaign",
    "reporting_period", "report_published", "denial", "agreement", "statement", "other",
)
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass(frozen=True, slots=True)
class PlaceInfo:
    """What resolution needs to know of a place: its kind and the region it lies in."""

    kind: str
    country_code: str
    admin1_key: str | None
    name_key: str


def types_agree(a: str, b: str) -> bool:
    """Whether two reports' types can describe one event (violence of unnamed means fits any)."""
    if a == b:
        return True
    return a in VIOLENT and b in VIOLENT and "attack_on_civilians" in (a, b)


def places_shared(a: Iterable[int], b: Iterable[int], info: dict[int, PlaceInfo]) -> bool:
    """Whether two sets of places name a common place, or a region and a place inside it."""
    a, b = set(a), set(b)
    if a & b:
        return True
    for x in a:
        for y in b:
            px, py = info.get(x), info.get(y)
            if px is None or py is None or px.country_code != py.country_code:
                continue
            if px.kind == "admin1" and py.kind == "locality" and py.admin1_key == px.name_key:
                return True
            if py.kind == "admin1" and px.kind == "locality" and px.admin1_key == py.name_key:
                return True
    return False


def actors_shared(a: Iterable[str], b: Iterable[str], related: Callable[[str, str], bool]) -> bool:
    """Whether two sets of actors name a common actor, or an actor and one of its parts."""
    return any(related(x, y) for x in a for y in b)


def compatible(m: dict, n: dict, info: dict[int, PlaceInfo], related: Callable[[str, str], bool]) -> bool:
    """Whether two mentions may report the same real-world event."""
    if m["date"] > n["date_end"] or n["date"] > m["date_end"]:
        return False
    if not types_agree(m["type"], n["type"]):
        return False
    if m["type"] == "reporting_period" and m["date_end"] != n["date_end"]:
        return False  # periods that end on different days are different counts
    if m["place_ids"] and n["place_ids"]:
        return places_shared(m["place_ids"], n["place_ids"], info)
    return bool(m["actor_ids"] and n["actor_ids"]) and actors_shared(m["actor_ids"], n["actor_ids"], related)


def components(mentions: list[dict], info: dict[int, PlaceInfo], related: Callable[[str, str], bool]) -> list[list[dict]]:
    """Split mentions into groups of mentions connected by compatibility, whose days all share one.

    A mention joins every group it is compatible with (a mention of the group shares a place or
    an actor with it) as long as the days of all of them still have a day in common; otherwise
    the first such group only. So a year-long mention ("strikes on Latakia in 2015") joins the
    strike of 1 March or that of 5 November, never both into one. Mentions are taken narrowest
    first, then by what they read, so the groups do not depend on the order articles arrived in.
    Mentions that read the same (days, type, places, actors) are compared once: a text that
    repeats one sentence a thousand times costs one comparison, not a million.
    """
    readings: dict[tuple, list[dict]] = {}
    for mention in mentions:
        readings.setdefault(reading_key(mention), []).append(mention)
    keys = sorted(readings, key=lambda key: (_span_days(readings[key][0]), key))
    groups: list[list] = []  # [first day all share, last day all share, keys]
    alone: list[list[dict]] = []
    for key in keys:
        mention = readings[key][0]
        if len(readings[key]) > 1 and not compatible(mention, mention, info, related):
            # Readings with neither place nor actor join nothing, not even their twins.
            alone.extend([m] for m in readings[key])
            continue
        hits = [g for g in groups if mention["date"] <= g[1] and mention["date_end"] >= g[0]
                and any(compatible(mention, readings[k][0], info, related) for k in g[2])]
        first = max([mention["date"], *(g[0] for g in hits)])
        last = min([mention["date_end"], *(g[1] for g in hits)])
        if first > last:  # the groups it touches have no day in common: it joins the first
            hits = hits[:1]
            first, last = max(mention["date"], hits[0][0]), min(mention["date_end"], hits[0][1])
        if not hits:
            groups.append([mention["date"], mention["date_end"], [key]])
            continue
        target = hits[0]
        for other in hits[1:]:
            target[2].extend(other[2])
            groups.remove(other)
        target[0], target[1] = first, last
        target[2].append(key)
    return [[m for key in g[2] for m in readings[key]] for g in groups] + alone


def reading_key(mention: dict) -> tuple:
    """What resolution reads of a mention: two mentions with the same key resolve alike."""
    return (mention["date"], mention["date_end"], mention["type"], tuple(mention["place_ids"]),
            tuple(mention["actor_ids"]))


def canonical(mentions: list[dict]) -> list[dict]:
    """Mentions in an order that depends on their content only (article text hash, offset)."""
    return sorted(mentions, key=lambda m: (m["sha256"], m["start"], m["end"], m["type"]))


def derive(mentions: list[dict], info: dict[int, PlaceInfo]) -> dict:
    """The fields of the event that a group of mentions makes up."""
    ordered = canonical(mentions)
    if all(m["type"] == "reporting_period" for m in ordered):
        # A period is as long as the report that gives both its ends says it is.
        dating = min(ordered, key=lambda m: (-_span_days(m), PRECISION_RANK[m["precision"]], m["date"]))
    else:
        dating = min(ordered, key=lambda m: (_span_days(m), PRECISION_RANK[m["precision"]], m["date"]))
    types = Counter(m["type"] for m in ordered)
    event_type = min(types, key=lambda t: (-types[t], TYPE_PRIORITY.index(t) if t in TYPE_PRIORITY else 99))
    place_ids = _drop_containers(_ordered_union(m["place_ids"] for m in ordered), info)
    actor_ids = _ordered_union(m["actor_ids"] for m in ordered)
    killed = [m["killed"] for m in ordered if m["killed"] is not None]
    injured = [m["injured"] for m in ordered if m["injured"] is not None]
    sources = sorted({m["source"] for m in ordered})
    confidence = max(m["confidence"] for m in ordered) + 0.05 * (len(sources) - 1)
    return {
        "date": dating["date"],
        "date_end": dating["date_end"],
        "precision": dating["precision"],
        "type": event_type,
        "summary": dating["summary"],
        "killed": min(killed) if killed else None,
        "killed_max": max(killed) if killed else None,
        "injured": min(injured) if injured else None,
        "injured_max": max(injured) if injured else None,
        "confidence": round(min(confidence, 1.0), 2),
        "source_count": len(sources),
        "mention_count": len(ordered),
        "place_ids": place_ids,
        "actor_ids": actor_ids,
    }


def _span_days(mention: dict) -> int:
    """How many days a mention's dating leaves open (ISO dates compare as strings, not subtract)."""
    from datetime import date

    return (date.fromisoformat(mention["date_end"]) - date.fromisoformat(mention["date"])).days


def _ordered_union(lists: Iterable[list]) -> list:
    """Concatenate lists, keeping the first occurrence of each value."""
    seen: dict = {}
    for values in lists:
        for value in values:
            seen.setdefault(value, None)
    return list(seen)


def _drop_containers(place_ids: list[int], info: dict[int, PlaceInfo]) -> list[int]:
    """Leave out a region when a place inside it is named, and a country when a place in it is."""
    kept = []
    for pid in place_ids:
        place = info.get(pid)
        if place is None:
            kept.append(pid)
            continue
        inner = [info.get(o) for o in place_ids if o != pid and info.get(o) is not None]
        if place.kind == "country" and any(o.country_code == place.country_code and o.kind != "country" for o in inner):
            continue
        if place.kind == "admin1" and any(
            o.kind == "locality" and o.country_code == place.country_code and o.admin1_key == place.name_key for o in inner
        ):
            continue
        kept.append(pid)
    return kept
