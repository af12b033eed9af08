"""One article in, dated events out: each sentence with a date and an event trigger becomes an event.

The rules, in the order they decide a type:

1. A date followed by ", when <clause>" dates the clause ("since September 30, when the
   army entered the war"): the clause is what is classified, on that one day.
2. A campaign, offensive or war that begins, starts, is launched or joined.
3. A date next to a verb of saying ("said on Wednesday", "On Monday, the ministry said"):
   a denial when the sentence rejects something, a report when a report is published or
   presented, an agreement when one is signed, else a statement.
4. A period ("from A to B", "between A and B", "up to B", "since A") in a sentence that
   cites a report or monitor: the period the report covers.
5. Violence, by its means: air strikes, shelling, explosions, clashes; violence with no
   named means takes the means the article names most, else it is violence against
   civilians.
6. An agreement, then a statement, when nothing violent is said.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from service.extract.actors import ActorMatch, find_actors
from service.extract.figures import casualties
from service.extract.language import detect_language
from service.extract.places import PlaceMatch, fold_name, get_gazetteer
from service.extract.text import Sentence, plain_punctuation, split_sentences
from service.extract.timex import Timex, find_timexes

EXTRACTOR_VERSION = "2026.11.1"

VIOLENT_TYPES = frozenset({"air_strike", "shelling", "explosion", "armed_clash", "attack_on_civilians"})
_SPECIFIC_MEANS = ("air_strike", "shelling", "explosion", "armed_clash")


def _words(*alternatives: str) -> re.Pattern:
    """A case-insensitive pattern matching any of the alternatives as whole words."""
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


_MEANS = {
    "air_strike": _words(
        r"air ?strikes?", r"air[- ]?raids?", r"warplanes?", r"war ?planes?", r"jets?", r"bombers?",
        r"drones? strikes?", r"drones?", r"helicopter gunships?", r"barrel bombs?", r"bombed", r"bombing",
        r"bombings", r"bombard(?:ed|ment)", r"air force", r"sorties?", r"cluster (?:bombs?|munitions?)",
        r"strikes? (?:hit|killed|targeted|struck|destroyed|damaged)", r"(?:hit|struck) by (?:a |an )?strikes?",
        r"the strikes? hit",
        # French, Spanish, German, Arabic
        r"frappes? a[ée]riennes?", r"raids? a[ée]riens?", r"bombardements? a[ée]riens?", r"ataques? a[ée]reos?",
        r"bombardeos? a[ée]reos?", r"Luftangriffe?n?", r"Luftschl[äa]ge?", r"غارات?", r"غارة جوية", r"قصف جوي",
    ),
    "shelling": _words(
        r"shell(?:ing|ed|s)?", r"artillery", r"mortars?", r"rockets?", r"missiles?", r"grad", r"howitzers?",
        r"obus", r"roquettes?", r"artillerie", r"tirs d'artillerie", r"cohetes?", r"morteros?", r"artiller[íi]a",
        r"Artillerie(?:beschuss)?", r"Beschuss", r"Raketen?", r"قذائف", r"صواريخ", r"قصف مدفعي",
    ),
    "explosion": _words(
        r"car bombs?", r"suicide (?:bomb(?:er|ing)?s?|attacks?)", r"explosions?", r"explosives?", r"blasts?",
        r"IEDs?", r"landmines?", r"roadside bombs?", r"detonat(?:ed|ion)",
        r"attentats?", r"explosions?", r"voitures? pi[ée]g[ée]es?", r"coches? bomba", r"atentados?", r"explosi[óo]n(?:es)?",
        r"Anschl[äa]ge?s?", r"Explosion(?:en)?", r"Autobomben?", r"انفجار", r"تفجير", r"سيارة مفخخة",
    ),
    "armed_clash": _words(
        r"clash(?:es|ed)?", r"fighting", r"battles?", r"fought", r"firefights?", r"gun ?battles?", r"ambush(?:ed)?",
        r"affrontements?", r"combats?", r"enfrentamientos?", r"combates?", r"K[äa]mpfe?n?", r"Gefechte?", r"اشتباكات",
        r"معارك",
    ),
}
_HARM = _words(
    r"kill(?:ed|ing|s)?", r"died", r"dead", r"deaths?", r"wound(?:ed|ing)?", r"injur(?:ed|ing|ies)",
    r"massacred?", r"executed", r"shot dead", r"attack(?:ed|s)?", r"destroy(?:ed|ing)?", r"damag(?:ed|ing)",
    r"hit", r"struck", r"targeted", r"casualties",
    r"tu[ée]s?", r"morts?", r"bless[ée]s?", r"muertos?", r"heridos?", r"mat[óo]", r"murieron", r"Tote[n]?",
    r"get[öo]tet", r"Verletzte[n]?", r"قتلى", r"قتل", r"جرحى", r"مقتل",
)
_CAMPAIGN = re.compile(
    r"\b(?:began|begun|begin|begins|started|starts|start|launched|launch|launches|joined|joins|entered|"
    r"opened|initiated|intervened)\b[^.;]{0,60}?\b(?:campaign|operation|offensive|war|intervention|"
    r"conflict|air strikes|airstrikes|bombing)\b",
    re.IGNORECASE,
)
_SPEECH = r"(?:said|says|say|told|tells|announced|announces|stated|states|warned|warns|added|claimed|claims|" \
          r"denied|denies|rejected|rejects|published|publishes|released|releases|reported|declared|" \
          r"insisted|explained|accused|accuses|urged|called|confirmed|acknowledged|" \
          r"a d[ée]clar[ée]|a annonc[ée]|selon|a affirm[ée]|dijo|declar[óo]|anunci[óo]|seg[úu]n|afirm[óo]|" \
          r"sagte|erkl[äa]rte|teilte mit|laut|قال|أعلن|وفقا)"
_SPEECH_BEFORE = re.compile(r"\b" + _SPEECH + r"\b[^.;:!?\"]{0,45}$", re.IGNORECASE)
# Words showing that what follows a verb of saying is the content said, not its circumstances.
_CLAUSE_CONTENT = _words(
    r"that", r"had", r"have", r"has", r"was", r"were", r"is", r"are", r"been", r"kill(?:ed|ing)", r"died",
    r"hit", r"struck", r"wounded", r"injured", r"destroyed",
)
_SPEECH_AFTER = re.compile(
    r"^[,\s]*(?:the |a |an )?(?:[A-Z][\w'’.&-]*\s+){1,6}(?:has |had |have )?" + _SPEECH + r"\b"
)
_DENIAL = _words(
    r"den(?:y|ied|ies|ial)", r"reject(?:ed|s)?", r"dismiss(?:ed|es)?", r"refut(?:ed|es)", r"biased",
    r"ungrounded", r"baseless", r"unfounded", r"fabricat(?:ed|ion)", r"fake", r"false", r"slam(?:s|med)",
)
_REPORT = _words(
    r"reports?", r"monitor(?:s|ing)?", r"watchdog", r"documented", r"recorded", r"tally", r"study",
    r"investigation", r"survey", r"findings",
)
_PUBLISH = re.compile(
    r"\b(?:publish(?:ed|es)?|releas(?:ed|es)|issu(?:ed|es)|present(?:ed|ing|s)?)\b[^.;]{0,40}\breports?\b|"
    r"\breports?\b[^.;]{0,40}\b(?:publish(?:ed|es)?|releas(?:ed|es)|issued|presented)\b|"
    r"\bin (?:a|its|their) (?:new |latest |annual )?report\b",
    re.IGNORECASE,
)
_AGREEMENT = _words(
    r"agreed", r"agreements?", r"ceasefire", r"cease-fire", r"truce", r"signed", r"peace deal", r"accord",
)
_WHEN = re.compile(r"^\s*,?\s*when\b", re.IGNORECASE)
# A wire dateline opening a paragraph ("KABUL -", "MOSCOW/BEIRUT (Reuters) -") says where the
# story was filed, not where the event happened.
_DATELINE = re.compile(r"[A-Z][A-Z'. ]{1,30}(?:/[A-Z][A-Z'. ]{1,30})*(?:,\s*[A-Z][A-Za-z. ]{1,20})?\s*(?:\([^)]{1,30}\)\s*)?[-–—:]\s")
# Who said it ("..., the Defence Ministry in Moscow said.", "according to medics in Aden"):
# a place in the attribution is where the speaker is, not where the event happened.
_ATTRIBUTION = re.compile(
    r",\s*(?:according to [^,;]{1,80}|(?:the |a |an )?[^,;\"]{1,60}?\b" + _SPEECH + r"(?: on \w+)?)\s*[.!]?\s*$",
    re.IGNORECASE,
)
# "Douma, near Damascus": the second place only says where the first lies.
_LANDMARK = re.compile(
    r"\s*,?\s*(?:near|outside|close to|not far from|(?:\d+|a few) (?:km|kilometres|kilometers|miles) "
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?|away) (?:of|from))\s+(?:the\s+)?(?:(?:city|town|village) of\s+)?",
    re.IGNORECASE,
)
# A country named after one of these is where something happened, not who did it.
_LOCATIVE = re.compile(
    r"\b(?:in|into|inside|across|throughout|near|over|to|from|within|around|of|at|on|outside|toward|towards|"
    r"against)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LIST_JOIN = re.compile(r"(?:,|,? and|,? or)\s+(?:the\s+)?$")
# Generic descriptions that stand for the organisation an article is about.
_GENERIC_MONITOR = _words(
    r"the (?:human )?rights (?:group|monitor|organi[sz]ation|watchdog)", r"the watchdog", r"the monitor",
    r"the report", r"the group", r"the organi[sz]ation", r"the NGO", r"the charity",
)


@dataclass(slots=True)
class _Context:
    """What the whole article says, consulted when one sentence is not explicit."""

    dominant_means: str | None
    salient_reporter: ActorMatch | None
    language: str = "en"


def extract_events(text: str, published_at: dt.date, language: str | None = None) -> list[dict]:
    """Return the dated events of an article, each with its quote and offsets into ``text``.

    ``language`` (ISO 639-1) is guessed from the text when not given. Dates are read in
    English, French, Spanish, German and Arabic; places, actors and figures are English rules.
    """
    plain = plain_punctuation(text)
    sentences = split_sentences(plain)
    language = language or detect_language(plain)
    timexes = find_timexes(plain, published_at, language)
    actors, places = _resolve_names(plain, find_actors(plain), get_gazetteer().find(plain))
    places = _drop_datelines(plain, sentences, places)
    context = _article_context(plain, actors)
    context.language = language
    events: list[dict] = []
    for sentence in sentences:
        inside = [t for t in timexes if sentence.start <= t.start and t.end <= sentence.end]
        if not inside:
            continue
        s_places = [p for p in places if sentence.start <= p.start and p.end <= sentence.end]
        s_actors = [a for a in actors if sentence.start <= a.start and a.end <= sentence.end]
        for timex in inside:
            event = _event(plain, sentence, timex, s_places, s_actors, context, published_at)
            if event is not None:
                event["quote"] = text[sentence.start:sentence.end]
                events.append(event)
    return events


def _event(text: str, sentence: Sentence, timex: Timex, places: list[PlaceMatch], actors: list[ActorMatch],
           context: _Context, published_at: dt.date) -> dict | None:
    """Classify one dated sentence; return the event it states, or None."""
    clause_start, clause_end = sentence.start, sentence.end
    date, date_end, precision = timex.date, timex.date_end, timex.precision
    if date <= published_at < date_end:
        # A report cannot tell of what has not happened yet: "this year" ends on the day it is published.
        date_end = published_at
    after = text[timex.end:sentence.end]
    when = _WHEN.match(after)
    if when:
        # "since September 30, when Russia joined the war": the clause happened on that day.
        clause_start = timex.end + when.end()
        date_end = date
    clause = text[clause_start:clause_end]
    before = text[sentence.start:timex.start]
    reporter_speaks = any(a.actor.type in ("ngo", "international") for a in actors if a.start >= clause_start)
    event_type = _classify(clause, before, after, timex, context, when is not None, reporter_speaks)
    if event_type is None:
        return None
    if when:
        places = [p for p in places if p.start >= clause_start]
        actors = [a for a in actors if a.start >= clause_start]
    attribution = _ATTRIBUTION.search(text, clause_start, clause_end)
    if attribution and places:
        places = [p for p in places if p.start < attribution.start()]
    places = [p for i, p in enumerate(places) if not (i and _LANDMARK.fullmatch(text, places[i - 1].end, p.start))]
    place_values = _event_places(places)
    actor_values = _event_actors(actors, event_type)
    reporter = context.salient_reporter
    if event_type in ("reporting_period", "report_published", "statement") and reporter is not None \
            and _GENERIC_MONITOR.search(clause) and reporter.actor.id not in {a["id"] for a in actor_values}:
        # "the rights group says", "the watchdog said": the organisation the article cites most.
        actor_values.insert(0, _actor_value(reporter))
    killed = injured = None
    if context.language == "en" and (event_type in VIOLENT_TYPES or event_type == "reporting_period"):
        killed, injured = casualties(clause)
    confidence = 0.4 + (0.2 if precision == "day" else 0.0) + (0.2 if place_values else 0.0) \
        + (0.2 if actor_values else 0.0)
    return {
        "date": date,
        "date_end": date_end,
        "precision": precision,
        "type": event_type,
        "summary": _summary(clause),
        "killed": killed,
        "injured": injured,
        "places": place_values,
        "actors": actor_values,
        "confidence": round(min(confidence, 1.0), 2),
        "start": sentence.start,
        "end": sentence.end,
        "timex": timex.text,
    }


def _classify(clause: str, before: str, after: str, timex: Timex, context: _Context, dated_clause: bool,
              reporter_speaks: bool) -> str | None:
    """Decide the event type of a clause dated by ``timex``, or None when it states no event.

    ``reporter_speaks``: an organisation that documents events (an NGO, an international
    body) is cited in the clause, so a period it gives is the period of its count.
    """
    if _CAMPAIGN.search(clause):
        return "military_campaign"
    if timex.kind != "point" and (_REPORT.search(clause) or reporter_speaks or _GENERIC_MONITOR.search(clause)):
        return "reporting_period"
    speech = _SPEECH_BEFORE.search(before)
    spoken = not dated_clause and (
        (speech and not _CLAUSE_CONTENT.search(speech.group())) or _SPEECH_AFTER.match(after)
    )
    if spoken:
        if _DENIAL.search(clause):
            return "denial"
        if _PUBLISH.search(clause):
            return "report_published"
        if _AGREEMENT.search(clause):
            return "agreement"
        return "statement"
    means = _means_in(clause)
    if means:
        return means
    if _HARM.search(clause):
        return context.dominant_means or "attack_on_civilians"
    if _AGREEMENT.search(clause):
        return "agreement"
    if re.search(r"\b" + _SPEECH + r"\b", clause, re.IGNORECASE) and timex.kind == "point":
        return "statement"
    return None


def _means_in(clause: str) -> str | None:
    """The means of violence a clause names most; a longer phrase hides the words inside it."""
    hits = [(m.start(), m.end(), kind) for kind, pattern in _MEANS.items() for m in pattern.finditer(clause)]
    hits = [h for h in hits if not any(o[0] <= h[0] and h[1] <= o[1] and o[1] - o[0] > h[1] - h[0] for o in hits)]
    if not hits:
        return None
    counts = Counter(kind for _, _, kind in hits)
    first = {kind: start for start, _, kind in reversed(hits)}
    return min(counts, key=lambda kind: (-counts[kind], first[kind]))


def _article_context(text: str, actors: list[ActorMatch]) -> _Context:
    """Find the means of violence the article names most, and the organisation it cites most."""
    counts = Counter({kind: len(pattern.findall(text)) for kind, pattern in _MEANS.items()})
    kind, count = max(counts.items(), key=lambda item: (item[1], -_SPECIFIC_MEANS.index(item[0])))
    reporters = Counter(a.actor.id for a in actors if a.actor.type in ("ngo", "international"))
    salient = None
    if reporters:
        top = reporters.most_common(1)[0][0]
        salient = next(a for a in actors if a.actor.id == top)
    return _Context(dominant_means=kind if count else None, salient_reporter=salient)


def _resolve_names(text: str, actors: list[ActorMatch], places: list[PlaceMatch]) -> tuple[list[ActorMatch], list[PlaceMatch]]:
    """Decide, where a name is both an actor and a place, which one the text means.

    A country's name after a locative word ("strikes in Syria", "across Yemen") is a place;
    elsewhere ("Russia started", "Russia's bombing") it names the state as an actor. Any
    other actor name ("Moscow said", "the Kremlin") wins over a place inside it.
    """
    kept_actors = []
    dropped_places: set[int] = set()
    place_ends = {p.end: i for i, p in enumerate(places)}
    for actor in actors:
        overlapping = [i for i, p in enumerate(places) if p.start < actor.end and actor.start < p.end]
        country = [i for i in overlapping if places[i].place.kind == "country"
                   and (places[i].start, places[i].end) == (actor.start, actor.end)]
        if country and actor.via in ("name", "alias") and _is_locative(text, actor.start, place_ends, dropped_places):
            continue
        kept_actors.append(actor)
        dropped_places.update(overlapping)
    return kept_actors, [p for i, p in enumerate(places) if i not in dropped_places]


def _is_locative(text: str, start: int, place_ends: dict[int, int], dropped: set[int]) -> bool:
    """Whether a name at ``start`` follows a locative word, or continues a list of places."""
    if _LOCATIVE.search(text, max(0, start - 40), start):
        return True
    join = _LIST_JOIN.search(text, max(0, start - 12), start)
    if join:
        previous = place_ends.get(join.start())
        return previous is not None and previous not in dropped
    return False


def _drop_datelines(text: str, sentences: list[Sentence], places: list[PlaceMatch]) -> list[PlaceMatch]:
    """Drop the places of wire datelines at the head of a sentence."""
    spans = []
    for sentence in sentences:
        match = _DATELINE.match(text, sentence.start, sentence.end)
        if match:
            spans.append((match.start(), match.end()))
    return [p for p in places if not any(s <= p.start and p.end <= e for s, e in spans)]


def _event_places(matches: list[PlaceMatch]) -> list[dict]:
    """The places of an event, without the regions and countries its other places lie in."""
    unique = list({m.place.id: m.place for m in matches}.values())
    kept = []
    for place in unique:
        contains_other = any(
            other.id != place.id and (
                (place.kind == "country" and other.country_code == place.country_code)
                or (place.kind != "country" and other.kind != "country" and other.admin1
                    and fold_name(other.admin1) == fold_name(place.name) and other.country_code == place.country_code
                    and (place.kind == "admin1" or other.kind == "locality"))
            )
            for other in unique
        )
        if not contains_other:
            kept.append(place)
    return [
        {
            "id": p.id, "name": p.name, "kind": p.kind, "admin1": p.admin1, "country": p.country,
            "country_code": p.country_code, "lat": p.lat, "lon": p.lon,
        }
        for p in kept
    ]


def _event_actors(matches: list[ActorMatch], event_type: str) -> list[dict]:
    """The actors of an event; a news agency is an actor only of what it says itself."""
    values: dict[str, dict] = {}
    for match in matches:
        if match.actor.type == "media" and event_type in VIOLENT_TYPES:
            continue
        values.setdefault(match.actor.id, _actor_value(match))
    return list(values.values())


def _actor_value(match: ActorMatch) -> dict:
    """An actor as an event carries it."""
    actor = match.actor
    return {"id": actor.id, "name": actor.name, "type": actor.type, "part_of": actor.part_of}


def _summary(clause: str, limit: int = 280) -> str:
    """The clause on one line, cut at a word boundary when long."""
    flat = " ".join(clause.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut + "…"
