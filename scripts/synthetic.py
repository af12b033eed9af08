"""A deterministic synthetic news corpus for benchmarks: dated, placed, attributed sentences.

Every article is built from templates filled with places from the gazetteer and actors from the
actor file, by a seeded random generator, so the same seed always gives the same corpus.
"""
from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ACTORS_FILE = ROOT / "service" / "extract" / "data" / "actors.json"

PLACES = [
    "Aleppo", "Idlib", "Homs", "Tall Rifat", "Saraqib", "Darat Izza", "Douma", "Raqqa", "Mosul", "Fallujah",
    "Ramadi", "Kirkuk", "Sanaa", "Aden", "Taiz", "Hodeidah", "Kabul", "Kunduz", "Kandahar", "Donetsk",
    "Luhansk", "Mariupol", "Kharkiv", "Khartoum", "Nyala", "Gao", "Timbuktu", "Mopti", "Maiduguri", "Goma",
    "Bunia", "Mogadishu", "Gaza", "Rafah", "Tripoli", "Benghazi", "Sirte", "Port-au-Prince", "Sittwe",
]
GROUPS = ["civilians", "people", "soldiers", "fighters", "children", "police officers"]
SOURCES = ["medics said", "officials said", "a monitoring group said", "witnesses said", "the army said"]
VIOLENCE = [
    "{actor} warplanes struck {place} {when}, killing {n} {group}, {source}.",
    "Shelling by {actor} forces hit a market in {place} {when}, killing {n} {group} and wounding {m}.",
    "A car bomb exploded near a checkpoint in {place} {when}, killing at least {n} {group}, {source}.",
    "Clashes between {actor} forces and rebels near {place} {when} left {n} {group} dead.",
    "{actor} drones hit {place} {when}; {n} {group} were killed and {m} injured, {source}.",
]
SPEECH = [
    "{actor} said {when} that it had targeted only militants in {place}.",
    "{actor} denied {when} that its forces had attacked {place}.",
    "A report published {when} said {n} {group} had been killed in {place} since {since}.",
]
FILLER = [
    "Aid agencies warned that supplies of food and medicine were running low.",
    "The fighting has displaced thousands of families from their homes.",
    "Click here to follow the latest developments.",
    "Roads into the area remained closed to journalists.",
    "Residents described scenes of panic as buildings collapsed.",
    "Related: What is known so far about the conflict",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _actors() -> list[str]:
    """Names of the states and armed groups of the actor file, as the text would write them."""
    data = json.loads(ACTORS_FILE.read_text(encoding="utf-8"))
    names = [a["name"] for a in data["actors"] if a["type"] in ("state", "armed_group")]
    return sorted(names)


def _when(rng: random.Random, published: dt.date) -> str:
    """A date phrase for a day up to a year before publication, in one of the ways news writes it."""
    day = published - dt.timedelta(days=rng.randint(0, 360))
    style = rng.randrange(5)
    if style == 0 and (published - day).days < 7:
        return "on " + WEEKDAYS[day.weekday()]
    if style == 1:
        return f"on {day.day} {day.strftime('%B')}"
    if style == 2:
        return f"on {day.strftime('%B')} {day.day}"
    if style == 3:
        return f"on {day.strftime('%b')}. {day.day}, {day.year}"
    return f"on {day.isoformat()}"


def article(rng: random.Random, published: dt.date, actors: list[str], sentences: int = 36) -> str:
    """One synthetic article of roughly ``sentences`` sentences."""
    lines = [f"{rng.choice(PLACES)}: latest on the fighting"]
    for _ in range(sentences):
        pick = rng.random()
        template = rng.choice(VIOLENCE if pick < 0.5 else SPEECH if pick < 0.7 else FILLER)
        since_day = published - dt.timedelta(days=rng.randint(30, 300))
        lines.append(template.format(
            actor=rng.choice(actors), place=rng.choice(PLACES), when=_when(rng, published),
            n=rng.randint(2, 90), m=rng.randint(1, 60), group=rng.choice(GROUPS), source=rng.choice(SOURCES),
            since=f"{since_day.strftime('%B')} {since_day.day}",
        ))
    return "\n".join(lines)


def corpus(count: int, seed: int = 7, start: dt.date = dt.date(2015, 1, 1)) -> list[dict]:
    """``count`` articles as POST /articles bodies, published one per few hours from ``start``."""
    rng = random.Random(seed)
    actors = _actors()
    articles = []
    for i in range(count):
        published = start + dt.timedelta(days=i * 11 // 24 % 3650)
        articles.append({
            "source": f"synthetic-{i % 37:02d}",
            "published_at": published.isoformat(),
            "title": f"Synthetic report {i}",
            "text": article(rng, published, actors),
        })
    return articles
