"""Find the actors of conflicts and disasters named in news text.

Actors come from the curated file ``data/actors.json``. Each entry has a canonical
name, proper-noun aliases, and optionally metonyms that always stand for the actor
("Kremlin") and capitals that stand for it only when the text uses them as an agent
("Moscow said", "Moscow's use"). A state's demonyms ("Russian") are its country's words
of nationality in ``data/demonyms.json``, the list places.py reads too.

Context rules (each tested in tests/extract/test_actors.py): a demonym before people who
are not the state ("Afghan refugees", "Syrian observers"), before a place noun ("the
Syrian border", "Turkish airspace") or before "-made"/"-backed"/"-held" is no actor; a
demonym before an armed group's name describes the group ("Russian Wagner fighters"); a
state or nationality after a count counts people ("170 Afghans", "4,000 Rwandan troops");
a country after a compass or place adjective ("southern Israel") or in a wire dateline is
a place; "the defence ministry in Moscow" is that state's ministry; "the army" / "the
junta" is the military of the state named last; a weapon's model may stand between a
demonym and its military noun ("Turkish F-16 jets").

Case rules: an alias is a proper noun, so the first capitalised word of the alias must be
capitalised in the text as well (the words after it may be lower case: "Russian defense
ministry"); acronym words ("UN", "ISIS", "MoD") must match exactly; an alias written all
in lower case ("regime forces") matches in any case.
"""
from __future__ import annotations

import bisect
import itertools
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick

from service.extract import demonyms
from service.extract.figures import TEN_WORDS, UNIT_WORDS
from service.extract.text import HEADING, ascii_fold, datelines, plain_punctuation, required_words, with_first_chars
from service.extract.text import gated_search as _search

_DATA = Path(__file__).parent / "data" / "actors.json"

ACTOR_TYPES = frozenset(
    {"state", "military", "armed_group", "ngo", "international", "media", "government_body", "person"}
)


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    type: str
    country: str | None
    part_of: str | None
    aliases: tuple[str, ...]
    forces: bool = False  # an international body that fields armed forces (a mission, an alliance)


@dataclass(frozen=True, slots=True)
class ActorMatch:
    start: int
    end: int
    text: str
    actor: Actor
    via: str  # 'name' | 'alias' | 'demonym' | 'metonym' | 'spokesperson'


# Priority among forms of the same length: a listed name beats a demonym reading.
_VIA_RANK = {"block": -1, "name": 0, "alias": 1, "metonym": 2, "capital": 3, "demonym": 4}


@dataclass(frozen=True, slots=True)
class _Form:
    actor_id: str
    form: str  # as written in the data file, punctuation made plain
    via: str  # 'name' | 'alias' | 'demonym' | 'metonym' | 'capital'


class _Index:
    def __init__(self, path: Path) -> None:
        raw = json.loads(path.read_text(encoding="utf-8"))
        self.actors: dict[str, Actor] = {}
        self.children: dict[str, set[str]] = defaultdict(set)
        self.lookup: dict[str, list[str]] = defaultdict(list)
        self.military: dict[str, str] = {}
        self.capital_of: dict[str, str] = {}  # folded capital -> state id
        self.state_of: dict[str, str] = {}  # ISO country code -> state id
        self.automaton = ahocorasick.Automaton()
        forms: dict[str, list[_Form]] = defaultdict(list)
        for entry in raw["actors"] + _unlisted_militaries(raw["actors"]):
            if entry["type"] not in ACTOR_TYPES:
                raise ValueError(f"unknown actor type {entry['type']!r} for {entry['id']}")
            if entry["id"] in self.actors:
                raise ValueError(f"duplicate actor id {entry['id']}")
            actor = Actor(
                id=entry["id"],
                name=entry["name"],
                type=entry["type"],
                country=entry.get("country"),
                part_of=entry.get("part_of"),
                aliases=tuple(entry.get("aliases", ())),
                forces=bool(entry.get("forces", False)),
            )
            self.actors[actor.id] = actor
            if actor.type == "state" and actor.country:
                self.state_of.setdefault(actor.country, actor.id)
            if actor.type == "military" and actor.id.endswith("-military"):
                # "united-states-military" is part of the defense department, part of the state
                self.military[actor.id.removesuffix("-military")] = actor.id
            named = [(actor.name, "name")]
            named += [(a, "alias") for a in actor.aliases]
            if actor.type == "state" and actor.country:
                named += [(d, "demonym") for d in demonyms.by_country().get(actor.country, ())]
            named += [(m, "metonym") for m in entry.get("metonyms", ())]
            named += [(c, "capital") for c in entry.get("capitals", ())]
            for form, via in named:
                plain = plain_punctuation(form)
                key = _fold(plain)
                if via == "capital":
                    self.capital_of.setdefault(key, actor.id)
                if actor.id not in self.lookup[key]:
                    self.lookup[key].append(actor.id)
                forms[key].append(_Form(actor.id, plain, via))
        for actor in self.actors.values():
            if actor.part_of is not None:
                if actor.part_of not in self.actors:
                    raise ValueError(f"{actor.id} is part_of unknown actor {actor.part_of}")
                self.children[actor.part_of].add(actor.id)
        for phrase in raw.get("not_actors", ()):
            plain = plain_punctuation(phrase)
            forms[_fold(plain)].append(_Form("", plain, "block"))
        for key, items in forms.items():
            self.automaton.add_word(key, (key, tuple(items)))
        self.automaton.make_automaton()


def _unlisted_militaries(entries: list[dict]) -> list[dict]:
    """The armed forces of each state the file lists without them, as ACLED names them.

    "Rwandan troops" are Rwanda's military whether or not the file has an entry for it; the
    entry made here has the forms the file's own military entries have ("Rwandan military",
    "Rwanda's army")."""
    listed = {e["id"] for e in entries}
    made = []
    for entry in entries:
        if entry["type"] != "state" or not entry.get("country") or f"{entry['id']}-military" in listed:
            continue
        name = entry["name"]
        adjectives = [w for w in demonyms.by_country().get(entry["country"], ()) if not w.endswith("s")][:1]
        made.append({
            "id": f"{entry['id']}-military",
            "name": f"Military Forces of {name}",
            "type": "military",
            "country": entry["country"],
            "part_of": entry["id"],
            "aliases": [f"{a} {noun}" for a in adjectives for noun in ("armed forces", "military")]
            + [f"{name}'s {noun}" for noun in ("military", "armed forces", "army", "air force", "forces")]
            + [f"{name} Armed Forces", f"{name} armed forces"],
        })
    return made


def _fold(text: str) -> str:
    """Lower-case ``text`` one character for one, so offsets survive."""
    low = text.lower()
    if len(low) == len(text):  # no character grew, so every one kept its place
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


@lru_cache(maxsize=1)
def _index() -> _Index:
    return _Index(_DATA)


def get_actor(actor_id: str) -> Actor | None:
    return _index().actors.get(actor_id)


def state_of_country(country_code: str) -> str | None:
    """The state actor of an ISO 3166 country code ("CO" -> "colombia"), if the list has it."""
    return _index().state_of.get(country_code)


def is_capital(name: str) -> bool:
    """Whether ``name`` is a state's capital the actor list knows ("Khartoum", "Kyiv")."""
    return _fold(plain_punctuation(name)) in _index().capital_of


def military_of(state_id: str) -> str:
    """The armed forces of a state ("mali" -> "mali-military"); any other actor is its own."""
    return _index().military.get(state_id, state_id)


def descendants(actor_id: str) -> set[str]:
    """``actor_id`` and every actor whose ``part_of`` chain reaches it."""
    index = _index()
    if actor_id not in index.actors:
        return set()
    found = {actor_id}
    todo = [actor_id]
    while todo:
        for child in index.children.get(todo.pop(), ()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def resolve_actor(name: str) -> list[Actor]:
    """Canonical actors whose name, alias, demonym or metonym is ``name`` (any case)."""
    index = _index()
    key = _fold(plain_punctuation(" ".join(name.split())))
    ids = index.lookup.get(key)
    if not ids and key.startswith("the "):
        ids = index.lookup.get(key[4:])
    if not ids and key in index.actors:
        ids = [key]
    return [index.actors[i] for i in ids or ()]


# ---------------------------------------------------------------------------- matching

_ACRONYM_WORD = re.compile(r"^[^a-z]*[A-Z][^a-z]*[A-Z]|^[A-Z][a-z][A-Z]")


def _case_ok(form: str, found: str) -> bool:
    """Does ``found`` (same letters as ``form`` up to case) respect the case rules?"""
    if not any(ch.isupper() for ch in form):
        return True
    pos = 0
    first_cap_checked = False
    for word in form.split(" "):
        seg = found[pos : pos + len(word)]
        pos += len(word) + 1
        if _ACRONYM_WORD.search(word) and sum(ch.isupper() for ch in word) >= 2:
            if seg != word:
                return False
            first_cap_checked = True
            continue
        if not first_cap_checked:
            for i, ch in enumerate(word):
                if ch.isupper():
                    if not seg[i].isupper():
                        return False
                    first_cap_checked = True
                    break
    return True


def _left_boundary(text: str, start: int) -> bool:
    if start == 0:
        return True
    before = text[start - 1]
    if before.isalnum() or before == "_":
        return False
    # "anti-Assad", "pro-Russian": a prefix glued by a hyphen makes another word.
    if before == "-" and start >= 2 and text[start - 2].isalpha():
        return False
    return True


def _right_boundary(text: str, end: int) -> bool:
    return end >= len(text) or not (text[end].isalnum() or text[end] == "_")


# The words one of which every match of a pattern scanned over the whole text holds, by id()
# of the pattern (hashing a compiled pattern hashes its whole code).
_SCAN_WORDS: dict[int, tuple[str, ...] | None] = {}


def _may_match(pattern: re.Pattern, text: str) -> bool:
    """False when a module-level pattern cannot match in ``text``: it holds none of the words one
    of which each of its matches contains (see :func:`text.required_words`)."""
    key = id(pattern)
    if key not in _SCAN_WORDS:
        _SCAN_WORDS[key] = required_words(pattern)
    words = _SCAN_WORDS[key]
    if words is None:
        return True
    low = _folded_text(text)
    return any(word in low for word in words)


# The last text folded and its fold, as one tuple (replaced whole, so threads never see half of
# one): find_actors scans one text many times.
_last_fold: tuple[str, str] = ("", "")


def _folded_text(text: str) -> str:
    global _last_fold
    last = _last_fold
    if last[0] is not text:
        last = _last_fold = (text, ascii_fold(text))
    return last[1]


def _scan(pattern: re.Pattern, plain: str) -> Iterator[re.Match]:
    """``pattern.finditer(plain)``, skipped when :func:`_may_match` says it finds nothing."""
    return pattern.finditer(plain) if _may_match(pattern, plain) else iter(())


def _scan_at(pattern: re.Pattern, plain: str, anchors: re.Pattern, at_end: bool = False) -> Iterator[re.Match]:
    """What ``_scan(pattern, plain)`` finds, for a pattern whose every match starts where
    ``anchors`` matches (or, with ``at_end``, where it ends; and at 0): the pattern is tried
    only there. sre tries a pattern that opens with lookbehinds in full at every offset."""
    if not _may_match(pattern, plain):
        return
    end = -1
    starts = (m.end() if at_end else m.start() for m in anchors.finditer(plain))
    for pos in itertools.chain((0,), starts) if at_end else starts:
        if pos < end:
            continue  # inside the last match, as finditer would skip it
        match = pattern.match(plain, pos)
        if match:
            end = match.end()
            yield match


# The proper name of a state's armed service after the state's name: "the Pakistan Army"
# ("Tajikistan's Border Service", "the Kyrgyz Border Guard Service": guards of the border, coded as
# ACLED codes them, a unit of the state's military)
_SERVICE_NAME = re.compile(r"(?:['’]s)?\s+Border\s+(?:Guard\s+)?Service\b|"
                           r"\s+(?:Army|Air\s+Force|Navy|Armed\s+Forces|Defen[cs]e\s+Forces?|Security\s+Forces|"
                           # "a Myanmar air force jet", "Pakistan army troops": the service, written small
                           r"air\s+force|army|navy|military)\b(?!\s+(?:of|in)\b)")
# The same name written the other way round, before the state's name
_SERVICE_OF = re.compile(r"\b(?:(?:Armed|Defen[cs]e|Military|Security)\s+Forces\s+of|"
                         # "forces of the Government of National Unity", "troops loyal to the GNU"
                         r"(?:[Ff]orces|[Tt]roops)\s+(?:of|loyal\s+to))\s+(?:the\s+)?$")
# "GNU forces", "Kyiv's troops": a state's own forces, named by its name ("GNU-aligned forces" are others)
_STATE_FORCES_AFTER = re.compile(r"(?:['’]s)?\s+(?:forces|troops|soldiers)\b")
_MILITARY_NOUN = re.compile(
    r"\s+(?:(?:government|regime|special|security|armed|ground|air|naval|military|fighter|occupying|"
    r"occupation|invading|elite|national|defen[cs]e|federal|regular)\s+)?"
    # weapons' models between the demonym and the noun: "Turkish F-16 jets", "Russian Su-24 bomber",
    # "Iraqi MiG-23 and Mirage jets"
    r"(?:(?-i:(?:[A-Z][A-Za-z]{0,3}-?\d+[A-Za-z]?|Mirage|Tornado|Rafale|Typhoon|Apache|Reaper|Predator|"
    r"Bayraktar|Shahed|Sukhoi|Tupolev|Mi|MiG|"
    # and drones' kinds: "a Russian FPV drone struck a minibus", "Russian Lancet drones"
    r"FPV|Lancet|Geran|Orlan|(?i:kamikaze|attack|suicide|loitering)(?=\s+drones?\b)))\s+(?:(?i:and|or)\s+)?){0,3}"
    r"(forces|troops|army|air\s+force|navy|jets?|warplanes?|bombers?|military|soldiers|aircraft|"
    # "Tajik border guards", "Kyrgyz border troops": the state's forces on its border
    r"border\s+(?:guards?|troops|forces)|"
    r"helicopters?|gunships?|drones?|marines|paratroopers|tanks|peacekeepers|warships?|gunboats?|"
    # "attacked Pakistani border posts", "shelled Israeli positions": the forces that hold them
    r"(?:border\s+|military\s+|army\s+)?(?:posts|positions|outposts))\b"
    # "a US drone strike" is the state's act; "a Sudanese air force strike" is its service's
    r"(?:(?<=army)|(?<=force)|(?<=navy)|(?<=military)|(?!\s+(?:strikes?|attacks?|raids?|fire|shelling|bombardment)\b))",
    re.IGNORECASE,
)

# A demonym before these nouns describes people of that nationality, not the state acting.
_PEOPLE_NOUN = re.compile(
    r"(?:\s+(?:and|or)\s+[A-Z][a-z]+)?"  # "Syrian and Western observers"
    r"\s+(?:observers|activists|analysts|experts|dissidents|exiles|critics|opponents|voters|fans|prisoners|"
    r"detainees|hostages|captives|civilians?|people|children|kids|women|men|boys|girls|refugees|citizens|nationals|villagers|"
    r"residents|migrants|families|family|workers|students|patients|pilgrims|tourists|victims|"
    r"journalists|doctors|nurses|Kurds|Christians|Muslims|Jews|Arabs|instructors?|trainers?|advis[eo]rs?|"
    r"engineers?|teachers?|priests?|nuns?|missionar(?:y|ies)|tourist|hikers?|"
    # "the Somali group of that name", "Iraqi insurgents": an armed group's origin, not the state
    r"groups?|militants?|insurgents?|rebels?|jihadists?|militias?|gunm[ae]n|attackers?|assailants?|settlers?|"
    # "operated by the US company HKN Energy": a firm's home, not the state
    r"(?:oil\s+|energy\s+|gas\s+|mining\s+|shipping\s+|defen[cs]e\s+|tech\s+)?"
    r"(?:company|companies|firms?|operators?|contractors?|corporations?|businesses|businessm[ae]n|investors?|"
    r"major|majors|giant|giants|conglomerates?))\b",
    re.IGNORECASE,
)

_AGENT_VERBS = (
    "say said says saying tell told tells state stated states claim claimed claims deny denied denies "
    "denying accuse accused accuses announce announced announces warn warned warns reject rejected "
    "rejects insist insisted insists condemn condemned condemns demand demanded demands call called "
    "calls urge urged urges seek sought seeks launch launched launches send sent sends deploy deployed "
    "deploys respond responded responds blame blamed blames back backed backs support supported supports "
    "vow vowed vows threaten threatened threatens agree agreed agrees refuse refused refuses argue argued "
    "argues report reported confirm confirmed confirms sign signed signs impose imposed imposes order "
    "ordered orders strike struck bomb bombed recognise recognised recognize recognized expel expelled "
    "expels summon summoned summons retaliate retaliated retaliates pledge pledged pledges welcome welcomed "
    "welcomes dismiss dismissed dismisses maintain maintained maintains acknowledge acknowledged "
    "acknowledges admit admitted admits want wanted wants hope hoped hopes believe believed believes "
    "consider considered considers decide decided decides approve approved approves offer offered offers "
    "propose proposed proposes plan planned plans intend intended intends need needed needs try tried "
    "tries attempt attempted attempts seem seemed seems appear appeared appears refute refuted refutes "
    "reiterate reiterated reiterates protest protested protests suspend suspended suspends halt halted "
    "halts vetoed vetoes veto question questioned questions hit attack attacked attacks invade invaded "
    "invades annex annexed annexes continue continued continues respond insists"
).split()
_AUX = (
    "has have had is was were will would could can may might must should did does do also then now "
    "later again repeatedly previously already quickly immediately strongly firmly flatly officially "
    "not never long still swiftly angrily publicly consistently"
).split()
_AGENT_AFTER = re.compile(
    r"^(?:'s?\b|,?\s+(?:(?:" + "|".join(_AUX) + r")\s+){0,3}(?:" + "|".join(sorted(set(_AGENT_VERBS))) + r")\b)",
    re.IGNORECASE,
)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|from|to|into|outside|around|across|toward|towards|through|via|inside|between|"
    r"onto|within|over|visit|visited|visiting|reached|reach|capital)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "Russian-made", "French-speaking": origin or language, not the state acting.
# "Turkish- and Chinese-made drones": a hyphen left hanging takes the suffix of the next word.
_ORIGIN_SUFFIX = re.compile(r"-(?:made|built|designed|supplied|manufactured|speaking|language|born|style)\b|"
                            r"-\s+(?:and|or)\s|"
                            # "a 20-year-old Palestinian-American": a person's origin and the country of a diaspora
                            r"-(?:American|British|Canadian|Australian|German|French|Dutch|Swedish|Norwegian)\b",
                            re.IGNORECASE)
# "CENTRAL AMERICA", "LATIN AMERICA": in a heading, a part of the continent, not the United States
_CONTINENT_PARTS = frozenset("central latin south north middle".split())
# A firm or a body of civil society that bears a state's name: "Malaysia Airlines", "Kenya Airways",
# "the Pakistan Institute for Conflict and Security Studies", "the Sudan Doctors Network".
_FIRM_AFTER = re.compile(r"\s+(?:Airlines|Airways|Air\s+Lines|Telecom|Railways?|Broadcasting|Petroleum|Oil\s+Company|"
                         r"Institute|Centre|Center|Foundation|University|Union|Doctors|Network|Society|Association|"
                         r"Observatory|Bar\s+Council|Chamber)\b")
# A country's national human-rights body or Red Cross society is no state: "the Kenya National
# Commission on Human Rights", "the Afghanistan Independent Human Rights Commission", "the Kenya Red
# Cross" (the African Union Commission is the African Union's)
_NATIONAL_BODY_AFTER = re.compile(r"\s+(?:Red\s+(?:Cross|Crescent)|(?:National\s+|Independent\s+)*"
                                  r"(?:Human\s+Rights\s+)?Commission)\b")
# "an al-Qaeda affiliate", "a Hezbollah ally": the group described is another one.
_AFFILIATE_AFTER = re.compile(
    # ("Islamic State-linked insurgents" are the group's own fighters)
    r"(?:-(?:linked|inspired)(?!\s+(?:insurgents|militants|fighters|gunmen|jihadists|rebels)\b)"
    r"|\s+(?:affiliates?|offshoots?|branch|franchise|ally|allies|proxy|proxies|splinter)"
    # "JNIM, al-Qaeda's Sahel affiliate,", "al-Qaeda's affiliate in the Sahel"
    r"|['’]s\s+(?:[\w-]+\s+){1,2}?(?:affiliates?|offshoots?|branch|franchise|proxy|wing)"
    r"|['’]s\s+(?:affiliate|offshoot|branch|franchise|wing)\s+in)\b",
    re.IGNORECASE,
)
# "the army", "the junta", "its military": the military of the state named last.
# "government forces", "regime troops": the same, without an article.
# (Here and below, a pattern scanned over the whole text opens with a lookahead on the characters
# its matches can start with: sre then passes over every other offset at once.)
_GENERIC_MILITARY = re.compile(
    # ("the Army's 22nd Jungle Brigade reported", "the Air Force bombed a camp", in the style that writes a
    # state's services with a capital; not "the Army of ...", a name)
    # ("the gendarmerie has recorded 28 kidnappings": the army's corps of gendarmes, not the place
    # "the gendarmerie post")
    r"(?=[TtIiGgRrAaSsMmOoJjHDBC])\b(?:(?:[Tt]he|[Ii]ts)\s+(?P<noun>army|Army(?!\s+of\b)|military|junta|"
    r"armed\s+forces|security\s+forces|(?:Air\s+Force|Navy)(?!\s+of\b)|"
    r"gendarmerie(?!\s+(?:posts?|bases?|camps?|brigades?|stations?|schools?|barracks|checkpoints?|headquarters)\b)|"
    r"air\s+force|navy|[Dd]efen[cs]e\s+(?:and\s+[Ss]ecurity\s+)?[Ff]orces|"
    # "aircraft of the Air Component struck": a joint operation's air arm
    r"Air\s+Component|"
    # "the regime's jets bombed the market": the forces of a regime are its military
    r"regime(?=['’]s\s+(?:forces|troops|soldiers|jets|aircraft|warplanes|helicopters|gunships|drones|artillery)\b))|"
    r"[Ii]ts\s+(?P<its>forces|aircraft|jets|warplanes|helicopters|gunships)|"
    # "Ukraine's General Staff", "a military official said", "army officials"; in an army's own
    # release, "The Headquarters today wishes to debunk", "The Division categorically denies" (not
    # "the Benue State Police Command said")
    r"(?P<staff>General\s+Staff|(?:[Aa]n?\s+(?:senior\s+)?)?(?:[Mm]ilitary|[Aa]rmy)\s+(?:officials?|sources?|"
    r"spokes(?:man|woman|person))|"
    r"(?-i:Defen[cs]e\s+Headquarters|(?<=[Tt]he\s)(?:Headquarters|Division|Brigade|Command))(?=\s+(?:(?:today|also|further|hereby|categorically|"
    r"strongly|firmly)\s+){0,2}(?:said|says|wishes|denies|denied|rejects|rejected|dismisses|dismissed|announces|"
    r"announced|confirms|confirmed|informs|urges|clarifies|"
    # and what only an army does: "In 2025, the Division neutralised 46 NPA members"
    r"neutrali[sz]ed|neutrali[sz]es|rescued)\b))|"
    # "The Kirkuk Operations Command denied": a command of the army's, named for the area it holds
    # ("the Western Mindanao Command (Westmincom) said": a regional command, and the short name it goes by;
    # "the Joint Command recorded 17 armed incidents": the forces' joint command, counting)
    r"[Tt]he\s+(?P<command>(?-i:(?:[A-Z][\w'’-]*\s+){1,2}(?:Operations\s+)?Command))"
    r"(?=(?:\s+\((?-i:[A-Z][A-Za-z]+)\))?\s+(?:(?:today|also|"
    r"categorically)\s+)?(?:said|says|denied|denies|announced|reported|confirmed|rejected|recorded|released)\b)|"
    r"(?P<bare>(?:[Gg]overnment|[Rr]egime|[Aa]rmy)\s+(?:forces|troops|soldiers)|"
    # "Army drones struck the retreating column", "military jets bombed": the army's aircraft
    # ("army Bayraktar Akinci and TB2 drones struck": their models between)
    r"(?:[Aa]rmy|[Mm]ilitary)\s+(?:(?:[A-Z][\w-]*|and)\s+){0,4}(?:drones?|jets?|aircraft|warplanes?|helicopters?|gunships?)"
    r"(?=[^.;\n]{0,60}?\b"
    r"(?:struck|strike|bombed|bomb|hit|hits|fired|attacked|killed)\b)|"
    # "military air strikes have killed more than 1,600 civilians": the military's, as an army drone strike is
    r"(?:[Aa]rmy|[Mm]ilitary)\s+(?:air|drone|artillery|naval)\s+strikes|"
    # "junta warships shelled", "junta jets bombed", "a junta spokesperson denied"; and in the clipped style of
    # a tracker, "Regime air strike 9 Jan hit monastery", "Regime jets 27 Jan bombed crowded market"
    r"(?:[Jj]unta|[Rr]egime)\s+(?:forces|troops|soldiers|warships?|jets?|aircraft|warplanes?|helicopters?|gunships?|"
    r"drones?|artillery|air\s+strikes?|airstrikes?|air\s+and\s+naval\s+strikes|spokes(?:man|woman|person)|"
    # "ambushed a junta supply convoy", "its capture of a junta outpost": the military's, attacked
    r"(?:supply\s+)?(?:convoys?|columns?|outposts?|positions?|bases?|camps?|garrisons?))|"
    # "FDS units clashed", "a joint FDS-RSF patrol": the Defence and Security Forces of West and
    # southern Africa's francophone and lusophone states
    r"(?-i:FDS)|"
    # "government aircraft dropped bombs on villages around Nasir" (not "a government spokesman")
    r"[Gg]overnment\s+(?:warplanes?|jets?|aircraft|helicopters?|gunships?|drones?|artillery|air\s+strikes?))|"
    r"\b[Aa]n?\s+(?P<act>army|military)(?=\s+(?:(?:drone|air|artillery)\s+)?(?:strikes?|attacks?|raids?|offensive|operation))|"
    # "our forces repelled the attacks", "our security forces killed eight": a state's own words
    r"(?P<our>[Oo]ur\s+(?:(?:security|armed|defen[cs]e|brave|valiant|heroic)\s+)?(?:forces|troops|soldiers|army|units))|"
    # "soldiers executed at least 223 villagers", "soldiers and militiamen killed 58 people"
    # ("Marines and Abu Sayyaf remnants clashed", "paratroopers stormed": soldiers of a corps; "troops had
    # killed 11 ISWAP fighters", with its auxiliary)
    r"\b(?P<doer>[Ss]oldiers|[Tt]roops|[Mm]arines|[Pp]aratroopers|[Cc]ommandos)(?=\s+(?:and\s+[^.;,\n]{1,70}?\s+)?(?:(?:had|have|has)\s+)?(?:killed|executed|shot|opened\s+fire|"
    r"attacked|raided|burned|torched|detained|abducted|massacred|looted|fired|fought|clashed|exchanged\s+fire|"
    r"engaged|caught\s+up\s+with|"
    # "soldiers tracked the attackers into the forest", "troops pursuing the attackers had killed three"
    r"tracked|pursued|chased|hunted\s+down|tracking|pursuing|chasing|"
    # and the present of chronologies and headlines: "Soldiers recapture the palace"
    r"kill|execute|attack|raid|fight|clash|retook|retake|recaptured|recapture|stormed|storm|seized|seize|"
    r"captured|capture)\b)|"
    # "Troops of Operation Hadin Kai engaged the attackers", "The troops repelled the attack",
    # "troops of 5 Brigade, supported by the Air Component, retook the base": verbs no victim takes
    # ("The gallant troops repelled the attack", "troops in conjunction with the CJTF and hunters ambushed")
    r"(?P<unit>(?:[Tt]he\s+)?(?:(?:gallant|brave|valiant|heroic|vigilant)\s+)?(?:[Ss]oldiers|[Tt]roops)"
    r"(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)?"
    r"(?=(?:,[^,.;\n]{1,80},)?(?:\s+(?:in\s+conjunction\s+with|together\s+with|alongside|supported\s+by|backed\s+by|"
    # ("Soldiers sent to the area clashed with the militiamen")
    r"(?:sent|deployed|dispatched|rushed)\s+to)\s+[^,.;\n]{1,90}?)?\s+(?:repelled|repulsed|engaged|neutrali[sz]ed|"
    r"pursued|retook|recaptured|dislodged|"
    r"rescued|overran|routed|raided|stormed|clashed|fought|launched|returned\s+fire|ambushed)\b))|"
    # "troops on fighting patrol near Gwoza came under attack": those attacked fought
    r"(?P<hit>(?:[Tt]he\s+)?(?:[Ss]oldiers|[Tt]roops))(?=[^.;\n]{0,90}?\bcame\s+under\s+(?:[\w-]+\s+)?(?:attack|fire)\b)|"
    # "troops of the 94th Infantry Battalion": a numbered unit is a state's, whatever it does; so is the
    # unit named alone ("The 4th Infantry (Pivot) Division said", "the Commander of the 3rd Infantry Division");
    # not one of a force named after it ("the 45th Brigade of the Popular Mobilization Forces": that force's)
    r"(?P<numbered>(?:(?:[Tt]he\s+)?(?:[Ss]oldiers|[Tt]roops)\s+of\s+)?[Tt]he\s+\d+(?:st|nd|rd|th)\s+"
    r"(?:(?:[A-Z][\w-]*|\([A-Z][\w-]*\))\s+){0,3}"
    r"(?:Battalion|Brigade|Division|Regiment|Company|Squadron)(?!\s+of\s+(?:the\s+)?[A-Z])))"
    # (no name goes on after it: "the Army Chief", but "junta spokesperson Maj-Gen Zaw Min Tun")
    r"\b(?:(?<=spokesman)|(?<=spokeswoman)|(?<=spokesperson)|(?!\s+[A-Z]))"
)
# Before "soldiers" or "troops", words that make them the counted or someone else's.
_NOT_DOERS_BEFORE = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|some|"
                               r"of|the|their|its|his|her|our|other|more|many|few|foreign|rebel|enemy))\s+$", re.IGNORECASE)
_POSSESSIVE_GAP = re.compile(r"'s?\s+")
# A date's year right before a noun, which a count of it is not: "on 15 August 2003 soldiers".
_DATE_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:\d{1,2},?\s+)?"
                          r"(?:19|20)\d\d,?\s+$")
# Another name for the actor just named: "known locally as", "nicknamed", "dubbed".
_ALSO_CALLED = re.compile(r"\b(?:known\s+locally\s+as|locally\s+known\s+as|nicknamed|dubbed)\s*[\"“‘']?$",
                          re.IGNORECASE)
# "Sudan's paramilitary Rapid Support Forces": a group of the country, which does not name its state
_GROUP_OF_THE_COUNTRY_AFTER = re.compile(r"['’]s\s+(?:paramilitary|rebel|rebels|militia|militias|separatist|"
                                         r"separatists|jihadist|insurgent|opposition)\s+(?-i:[A-Z])")
# "Russian-backed forces", "Iran-backed militias", "UN-backed government", "a UK-based monitor":
# the sponsor or the seat describes someone else, who is the one acting.
_PROXY_SUFFIX = re.compile(
    r"-(?:backed|supported|sponsored|allied|aligned|affiliated|trained|funded|armed|held|controlled|occupied|"
    r"annexed|installed|brokered|mediated|based|headquartered|registered)\b",
    re.IGNORECASE,
)
# A demonym before these nouns says where something is ("the Syrian border", "the
# northern Burkinabe town of Djibo", "Turkish airspace"), not who acts.
_PLACE_NOUN = re.compile(
    r"\s+(?:towns?|city|cities|villages?|capital|borders?(?!\s+(?:posts?|positions?|outposts?|guards?|police|"
    r"troops|forces)\b)|frontier|airspace|territory|territories|soil|"
    r"waters|coast(?:line)?|side|provinces?|regions?|ports?|islands?|mainland|countryside|desert|enclave|"
    r"heartland|hinterland|coastal|border\s+town|border\s+area|areas?)\b"
    # the name of a building or a firm: "the Saudi Maternity Hospital", "the Turkish Red Crescent"
    r"|\s+(?-i:(?:[A-Z][\w'-]*\s+){0,3}(?:Hospital|University|College|School|Mosque|Church|Bank|Institute|Centre|"
    r"Center|Airport|Airlines|Airways|Club|Company|Red\s+Crescent|Red\s+Cross))\b",
    re.IGNORECASE,
)
# Weapons and vehicles: "two Russian jets" still names the force using them.
_EQUIPMENT = frozenset(
    "jets jet warplanes warplane bombers bomber aircraft helicopters helicopter gunships gunship drones drone "
    "artillery tanks tank missiles missile ships ship warships warship submarines boats".split()
)
# A count before a nationality or a state counts people ("170 Afghans", "4,000 Rwandan
# troops", "13 US service members"): they are victims or numbers, not the state acting; before
# an armed group, its members ("Eighteen Maoists ... were killed", "214 more Maoists"). The words
# of numbers are the figures module's.
COUNT_BEFORE = re.compile(
    r"(?:\b\d+(?:[,.]\d+)*|\b(?:(?:" + "|".join(TEN_WORDS) + r")(?:-\w+)?|" + "|".join(UNIT_WORDS)
    + r"|hundred|thousand|dozen|several|many|dozens\s+of|hundreds\s+of|thousands\s+of|scores\s+of|tens\s+of))"
    r"\s+(?:more\s+|suspected\s+|alleged\s+)?$",
    re.IGNORECASE,
)
# After a count: a plural noun for people ("4 Chinese engineers", "13 US service members")
_COUNTED_PEOPLE = re.compile(r"\s+(?:[a-z-]+\s+)?(?P<noun>service\s*members|personnel|people|[a-z]+s)\b")
_COUNTED_THINGS = _EQUIPMENT | frozenset(
    "strikes airstrikes raids attacks shells rockets bombs rounds sorties operations units brigades "
    "battalions divisions positions bases vessels vehicles planes convoys".split()
)
_COUNTED_PEOPLE_WORDS = frozenset(
    "troops soldiers marines paratroopers personnel servicemen fighters mercenaries".split()
)
# "Moscow and Damascus denied", "Washington, Paris and London condemned"
_COORDINATED_NAMES = re.compile(r"(?:(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+)[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?){1,4}"
                                # "Kinshasa and the rebels signed": a party named by a common noun
                                r"|\s+and\s+the\s+(?:rebels|militia|group|movement|insurgents|government|junta|army)\b")
# "Kyiv will not cede", "Moscow has sought": a modal or perfect auxiliary then a verb
_AUX_THEN_VERB = re.compile(
    r",?\s+(?:will|would|could|can|must|should|might|did|does|has|have|had)(?:n't)?"
    r"(?:\s+(?:not|also|never|repeatedly|already|long|still|previously|so\s+far))*"
    r"\s+(?!been\b|be\b|a\b|an\b|the\b|no\b|to\b|its\b|many\b|several\b)[a-z]+\b"
)
# Capitalised words that may open a sentence before a capital used as an agent.
_OPENER_WORDS = frozenset(
    "then but and meanwhile however later now still yet so also earlier instead today yesterday both while "
    "when since after before although though as if because officially publicly privately initially".split()
)


def _capital_is_agent(plain: str, start: int, end: int) -> bool:
    """Is the capital at ``plain[start:end]`` used as an agent, not as a place?"""
    if _PLACE_BEFORE.search(plain, max(0, start - 40), start):
        return False
    # part of a person's name: "Denzel Washington said"
    before = re.search(r"([A-Z][\w'-]*)[ \t]+$", plain[max(0, start - 40) : start])
    if before and before.group(1).lower() not in _OPENER_WORDS:
        return False
    rest = plain[end : end + 120]
    tail = _COORDINATED_NAMES.match(rest)
    if tail and not rest.startswith("'"):
        rest = rest[tail.end() :]
    return bool(_AGENT_AFTER.search(rest) or _AUX_THEN_VERB.match(rest))


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    actor_id: str
    via: str


_SHARED_NOUN = re.compile(
    r"(?:\s*,|\s+and|\s+or)\s+(?-i:[A-Z][A-Za-z.]+)" + _MILITARY_NOUN.pattern, re.IGNORECASE)


# A word in capitals of three letters or more, right beside a two-letter name
_CAPITALS_AROUND = re.compile(r"(?<![A-Za-z])[A-Z]{3,}(?![a-z])(?:\W{1,3})[A-Z]{2}(?![A-Za-z])"
                              r"|(?<![A-Za-z])[A-Z]{2}(?:\W{1,3})[A-Z]{3,}(?![a-z])")


def _candidates(plain: str) -> list[_Candidate]:
    index = _index()
    folded = _fold(plain)
    out: list[_Candidate] = []
    for end_index, (key, forms) in index.automaton.iter(folded):
        end = end_index + 1
        start = end - len(key)
        if not (_left_boundary(plain, start) and _right_boundary(plain, end)):
            continue
        found = plain[start:end]
        for form in forms:
            if not _case_ok(form.form, found):
                continue
            cand = _Candidate(start, end, form.actor_id, form.via)
            if form.via == "capital" and not _capital_is_agent(plain, start, end):
                continue
            if form.via != "block" and (_PROXY_SUFFIX.match(plain, end) or _AFFILIATE_AFTER.match(plain, end)):
                continue
            if form.via in ("name", "alias") and _FIRM_AFTER.match(plain, end):
                continue  # "Malaysia Airlines flight MH17": a firm named after the state
            if form.via in ("name", "alias") and index.actors[form.actor_id].type == "state" \
                    and _NATIONAL_BODY_AFTER.match(plain, end):
                continue  # "the Kenya National Commission on Human Rights": not Kenya
            if form.via in ("name", "alias") and index.actors[form.actor_id].type == "state" \
                    and _GROUP_OF_THE_COUNTRY_AFTER.match(plain, end):
                continue  # "Sudan's paramilitary Rapid Support Forces": a group of the country, not its state
            if len(found) == 2 and found.isupper() \
                    and _CAPITALS_AROUND.search(plain, max(0, start - 12), min(len(plain), end + 12)):
                continue  # "THE VIOLENCE IS RISING": a word of a line in capitals, not "IS"
            short = form.via == "alias" and len(found) <= 4 and found.replace(".", "").isupper()
            if form.via == "demonym" or (short and index.actors[form.actor_id].type == "state"):
                if form.via == "demonym" and (_PEOPLE_NOUN.match(plain, end) or _ORIGIN_SUFFIX.match(plain, end)
                                              or _PLACE_NOUN.match(plain, end)):
                    continue
                # "British forces", "a US AC-130 gunship", and "US and British forces": the
                # state's military ("US", "UK" used as adjectives count as demonyms here).
                noun = _MILITARY_NOUN.match(plain, end)
                shared = None if noun else _SHARED_NOUN.match(plain, end)
                if noun or shared:
                    stop = noun.end() if noun else end
                    cand = _Candidate(start, stop, index.military.get(form.actor_id, form.actor_id), form.via)
                elif short and (named := _SERVICE_OF.search(plain, max(0, start - 40), start)):
                    cand = _Candidate(named.start(), end, index.military.get(form.actor_id, form.actor_id), form.via)
            elif form.via in ("name", "alias", "capital") and index.actors[form.actor_id].type == "state":
                service = _SERVICE_NAME.match(plain, end) if form.via != "capital" else None
                forces = _STATE_FORCES_AFTER.match(plain, end)
                if service:  # "Troops of the Pakistan Army": the name of the state's service
                    cand = _Candidate(start, service.end(), index.military.get(form.actor_id, form.actor_id), form.via)
                elif forces:
                    cand = _Candidate(start, forces.end(), index.military.get(form.actor_id, form.actor_id), form.via)
                else:
                    named = _SERVICE_OF.search(plain, max(0, start - 40), start)
                    if named:  # "the Armed Forces of the Philippines", "the Defence Forces of Ukraine"
                        cand = _Candidate(named.start(), end, index.military.get(form.actor_id, form.actor_id),
                                          form.via)
            out.append(cand)
    return out


def _select(cands: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, longest first; ties go to earlier, then to names over demonyms."""
    cands.sort(key=lambda c: (-(c.end - c.start), c.start, _VIA_RANK.get(c.via, 9)))
    starts: list[int] = []  # taken spans, sorted by start; they never overlap
    ends: list[int] = []
    taken: list[_Candidate] = []
    for cand in cands:
        i = bisect.bisect_left(starts, cand.start)
        if i > 0 and ends[i - 1] > cand.start:
            continue
        if i < len(starts) and starts[i] < cand.end:
            continue
        starts.insert(i, cand.start)
        ends.insert(i, cand.end)
        taken.append(cand)
    taken.sort(key=lambda c: c.start)
    return taken


class _Occupied:
    """The spans of names found so far, to test a new span against all of them in logarithmic
    time: those given at first (sorted by start, with the furthest end of each prefix) and those
    added one by one, each only where it overlaps nothing (so they stay sorted and disjoint)."""

    def __init__(self, cands: list[_Candidate]) -> None:
        fixed = sorted((c.start, c.end) for c in cands)
        self._starts = [start for start, _ in fixed]
        self._reach = list(itertools.accumulate((end for _, end in fixed), max))
        self._added: list[tuple[int, int]] = []

    def free(self, start: int, end: int) -> bool:
        """Whether no span overlaps ``[start, end)``."""
        i = bisect.bisect_left(self._starts, end)  # those given that start before ``end``
        if i and self._reach[i - 1] > start:
            return False
        j = bisect.bisect_left(self._added, (end,))
        return not (j and self._added[j - 1][1] > start)

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._added, (start, end))


# ------------------------------------------------------------------------ spokespersons

_TITLE = (
    r"(?:(?:General-Major|Major-General|Lieutenant-General|Lieutenant-Colonel|Rear\s+Admiral|Brigadier-General|"
    r"Brigadier\s+General|Major\s+General|Lieutenant\s+General|General|Gen\.|Major|Maj\.|Lieutenant|Lt\.|"
    r"Colonel|Col\.|Brigadier|Brig\.|Captain|Capt\.|Admiral|Adm\.|Commander|Cmdr\.|Sergeant|Sgt\.|Dr\.|"
    r"Mr\.|Ms\.|Mrs\.|Sheikh|Ambassador)\s+)*"
)
_NAME_WORD = r"(?:[A-Z][\w'.-]*[\w]|(?:al|el|ad|as)-[A-Z][\w'-]*)"
_NAME_LINK = r"(?:\s+(?:bin|ibn|al|el|de|da|van|von|der|abu|Abu)(?=\s+[A-Z]))?"
_NAME = rf"(?P<name>{_NAME_WORD}(?:{_NAME_LINK}\s+{_NAME_WORD}){{0,3}})"
_SPOKES = r"(?i:(?:deputy\s+|chief\s+|press\s+|official\s+|senior\s+|main\s+|military\s+)?spokes(?:man|woman|person))"
# "<Body> spokesman[,] <Name>"
_SPK_BEFORE_NAME = re.compile(rf"(?=(?i:[cdmops]))(?P<spk>{_SPOKES}),?\s+{_TITLE}{_NAME}")
# "<Name>, a spokesman for <Body>"
_NAME_BEFORE_SPK = re.compile(
    rf"(?=[A-Zae]){_TITLE}{_NAME},\s+(?i:(?:a|the|an)\s+)?{_SPOKES}\s+(?i:for|of)\s+(?i:the\s+)?(?P<body>)"
)
# What every match of _NAME_BEFORE_SPK holds after the name: few texts have it, and that pattern is
# tried at every capital
_SPOKESMAN_FOR = re.compile(rf",\s+(?i:(?:a|the|an)\s+)?{_SPOKES}\s+(?i:for|of)\s+")
# "a spokesman for <Body>, <Name>,"
_SPK_FOR_BODY = re.compile(rf"(?=(?i:[cdmops])){_SPOKES}\s+(?i:for|of)\s+(?i:the\s+)?(?P<body>)")
_NAME_AFTER_BODY = re.compile(rf",\s+{_TITLE}{_NAME}\s*,")
_GENERIC_BODY = re.compile(
    r"(?:^|\s)(?P<noun>ministry|army|military|observatory|group|government|agency|organi[sz]ation|office|"
    r"coalition|council|department|movement|command|force|forces|police|committee|mission|kremlin)\s*$",
    re.IGNORECASE,
)


def _spokespersons(plain: str, taken: list[_Candidate]) -> list[_Candidate]:
    """Names of people speaking for a body the text names next to them."""
    if "spokes" not in ascii_fold(plain):
        return []  # every pattern below names a spokesman, spokeswoman or spokesperson
    by_end = {c.end: c for c in taken}
    by_start = {c.start: c for c in taken}
    found: list[_Candidate] = []
    occupied = _Occupied(taken)

    def add(start: int, end: int, body: str) -> None:
        name = plain[start:end]
        if name.split()[0].lower() in {"the", "a", "an"} or name in {"He", "She", "It", "They"}:
            return
        if not occupied.free(start, end):
            return
        found.append(_Candidate(start, end, body, "spokesperson"))
        occupied.add(start, end)

    for m in _SPK_BEFORE_NAME.finditer(plain):
        end = m.start("spk")
        while end and plain[end - 1].isspace():  # the text before, as rstrip() leaves it
            end -= 1
        if plain.endswith("'s", 0, end):
            end -= 2
        elif plain.endswith("'", 0, end):
            end -= 1
        body = by_end.get(end)
        body_id = body.actor_id if body else None
        spk_word = m.group("spk").split()[0].lower()
        if body_id is None and spk_word == "military":
            # "Military spokesman <Name>": the military the text named last
            body_id = _antecedent("military", [c for c in taken if c.end <= m.start()])
        if body_id is None:
            # a match of _GENERIC_BODY ends the text before, maybe with spaces: only its noun and
            # one character before that lie ahead of them
            word_end = end
            while word_end and plain[word_end - 1].isspace():
                word_end -= 1
            generic = _GENERIC_BODY.search(plain, max(0, word_end - 40), end)
            if generic:
                body_id = _antecedent(generic.group("noun"), [c for c in taken if c.end <= m.start()])
        if body_id is not None:
            add(m.start("name"), m.end("name"), body_id)

    for m in _NAME_BEFORE_SPK.finditer(plain) if _SPOKESMAN_FOR.search(plain) else ():
        body = by_start.get(m.end("body"))
        if body:
            add(m.start("name"), m.end("name"), body.actor_id)

    for m in _SPK_FOR_BODY.finditer(plain):
        body = by_start.get(m.end("body"))
        if not body:
            continue
        after = _NAME_AFTER_BODY.match(plain, body.end)
        if after:
            add(after.start("name"), after.end("name"), body.actor_id)
    return found


def _antecedent(noun: str, earlier: list[_Candidate]) -> str | None:
    """The latest earlier actor whose canonical name or alias contains ``noun`` ("ministry")."""
    index = _index()
    word = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
    for cand in sorted(earlier, key=lambda c: c.start, reverse=True):
        actor = index.actors[cand.actor_id]
        if word.search(actor.name) or any(word.search(a) for a in actor.aliases):
            return actor.id
    return None


# "the defence ministry in Moscow", "the foreign ministry in Ankara": the ministry of the
# state whose capital it is.
_MINISTRY_IN = re.compile(
    r"\b(?P<kind>defen[cs]e|foreign)\s+ministry\s+in\s+(?P<capital>[A-Z][\w'-]*(?:[ -][A-Z][\w'-]*)?)"
)
_MINISTRY_SUFFIX = {"defence": "defence-ministry", "defense": "defence-ministry", "foreign": "foreign-ministry"}


def _ministry_of(state: str, kind: str | None) -> str:
    """A state's defence or foreign ministry (``kind``: "defence", "foreign") when the list has
    it, else the state itself."""
    body = f"{state}-{_MINISTRY_SUFFIX[kind.lower()]}" if kind else None
    return body if body in _index().actors else state
# "southern Israel", "neighbouring Mali", "war-torn Yemen": a country so described is a place.
_PLACE_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:(?:north|south)[- ]?(?:east|west)(?:ern)?|north|south|east|west|northern|southern|eastern|western|central|"
    r"neighbou?ring|war-torn|war-ravaged|rebel-held|government-held|occupied|landlocked|rural)\s+$"
)
# "areas controlled by the Government of Ukraine", "parts held by the RSF": who holds a
# territory describes the place, it is not an act.
_CONTROLLER_BEFORE = re.compile(
    r"\b(?:areas?|territor(?:y|ies)|parts?|regions?|zones?|districts?|neighbou?rhoods?|land|ground)\s+(?:(?:it|they)\s+)?(?:controlled|held|occupied|run|seized)\s+by\s+"
    r"(?:the\s+)?(?:[Gg]overnment\s+of\s+)?$"
)
# Patterns searched for in the few characters before a name, behind a lookahead on the
# characters their matches start with, which passes over most offsets at once.
_PLACE_BEFORE, COUNT_BEFORE, _PLACE_ADJECTIVE_BEFORE, _CONTROLLER_BEFORE = map(
    with_first_chars, (_PLACE_BEFORE, COUNT_BEFORE, _PLACE_ADJECTIVE_BEFORE, _CONTROLLER_BEFORE))
# "The African Union mission, ATMIS": a body, a common noun, then one of its parts.
# "MONUSCO, the UN peacekeeping mission": one of a body's parts, then the body in its description
_WHOLE_APPOSITION = re.compile(r"\s*,\s*(?:the|a|an)\s+")
_PART_NOUN_AFTER = re.compile(r"(?:\s+[a-z-]+){0,2}\s+(?:mission|agency|office|force|operation|body|panel|envoy)\b")
_PART_APPOSITION = re.compile(r"(?:\s+[a-z]+){1,4}\s*(?:,|\()\s*$")  # "the UN mission in the country, MONUSCO"


def _ministries_in_capitals(plain: str, taken: list[_Candidate]) -> list[_Candidate]:
    index = _index()
    found: list[_Candidate] = []
    if "ministry" not in plain:
        return found
    for m in _MINISTRY_IN.finditer(plain):
        words = m.group("capital")
        state = index.capital_of.get(_fold(words)) or index.capital_of.get(_fold(words.split()[0]))
        if state is None:
            continue
        actor_id = _ministry_of(state, m.group("kind"))
        start, end = m.start(), m.start("capital") + len(words if _fold(words) in index.capital_of else words.split()[0])
        if any(not (end <= t.start or start >= t.end) for t in taken + found):
            continue
        found.append(_Candidate(start, end, actor_id, "alias"))
    return found


def headings(plain: str) -> list[re.Match]:
    """What ``HEADING.finditer(plain)`` finds, tried only where a line starts: every match starts
    there and ends before the line's break, so none is missed (sre would try every offset)."""
    starts = [0, *(m.end() for m in _LINE_BREAK.finditer(plain))]
    return [m for m in map(HEADING.match, itertools.repeat(plain), starts) if m]


_LINE_BREAK = re.compile(r"\n")


@lru_cache(maxsize=4)
def _heading_states(plain: str) -> tuple[tuple[int, str], ...]:
    """The headings in capitals of a text divided into sections that name a state ("PAKISTAN:
    KURRAM"), each with its start and the state; a heading that names none ("KEY INCIDENTS")
    keeps the story it is in, and is left out. Kept for the last few texts: several rules ask."""
    index = _index()
    out: list[tuple[int, str]] = []
    for m in headings(plain):
        words = re.findall(r"[A-Za-z'’-]+", m.group("words").title())
        phrases = (" ".join(words[i:i + size]) for size in (3, 2, 1) for i in range(len(words) - size + 1)
                   # ("CENTRAL AMERICA SECURITY MONITOR": a part of the continent, no state)
                   if not (i and words[i - 1].lower() in _CONTINENT_PARTS))
        state = next((a for phrase in phrases for a in index.lookup.get(_fold(phrase), ())
                      if index.actors[a].type == "state"), None)
        if state is not None:
            out.append((m.start("words"), state))
    return tuple(out)


def _section_state(plain: str, pos: int) -> str | None:
    """The state the heading of the section ``pos`` lies in names, if the text has such headings."""
    return next((state for at, state in reversed(_heading_states(plain)) if at < pos), None)


def _generic_militaries(plain: str, taken: list[_Candidate], place_state: str | None = None) -> list[_Candidate]:
    """"the army", "the junta": the military of the state named earlier in the sentence, else
    of the state whose places the article names, else of the nearest state named before, in
    800 characters (an earlier "the military" counts as a naming). "The army said", two
    paragraphs after a US envoy spoke of talks in Sudan, is Sudan's."""
    index = _index()
    found: list[_Candidate] = []
    if not any(noun in plain for noun in ("army", "military", "junta", "armed", "force", "Force", "navy", "troops",
                                          "soldiers", "Soldiers", "Troops", "Army", "Military", "Staff", "Junta", "egime",
                                          "overnment", "FDS", "Component", "Headquarters", "Division", "Brigade",
                                          "Command", "endarmerie", "arines", "troopers", "ommandos", "Navy")):
        return found
    # ``taken`` is sorted and its spans do not overlap, so its ends are sorted too; so are those
    # of ``found``, made from successive matches. A match's neighbours are found by bisection.
    taken_starts = [c.start for c in taken]
    taken_ends = [c.end for c in taken]
    found_ends: list[int] = []
    headings = _heading_states(plain)
    heading_starts = [start for start, _ in headings]
    for m in _GENERIC_MILITARY.finditer(plain):
        group = next(g for g in ("noun", "its", "staff", "command", "bare", "act", "doer", "our", "unit", "hit", "numbered")
                     if m.group(g))
        start, end = m.start(group), m.end(group)
        if group == "our" and in_quotation(plain, start):
            continue  # "'Our forces will not retreat,' the rebel commander said": someone else's words
        if (group == "doer" or group == "staff" and m.group(group)[0] not in "GHDBC") \
                and _NOT_DOERS_BEFORE.search(plain, max(0, start - 20), start) \
                and not _DATE_BEFORE.search(plain, max(0, start - 24), start):  # "on 15 August 2003 soldiers ..."
            continue
        if _PROXY_SUFFIX.match(plain, end):
            continue  # "the army-aligned Joint Forces", "army-backed militias": others, whom the army backs
        i = bisect.bisect_left(taken_starts, end)  # taken[:i] start before the match ends
        if i and taken_ends[i - 1] > start:
            continue  # part of a name found already
        if group == "staff" and i and not plain[taken_ends[i - 1]:start].strip() \
                and index.actors[taken[i - 1].actor_id].type == "armed_group":
            continue  # "a Houthi military spokesman": the group's own
        if group == "doer" and i and not plain[taken_ends[i - 1]:start].strip():
            continue  # "African Union troops have fought al-Shabaab": the troops of the name before
        # the states and militaries named in the 800 characters before the match
        lo, hi = m.start() - 800, m.start()
        window = [*taken[bisect.bisect_left(taken_ends, lo):bisect.bisect_right(taken_ends, hi)],
                  *found[bisect.bisect_left(found_ends, lo):bisect.bisect_right(found_ends, hi)]]
        before = [c for c in window if index.actors[c.actor_id].type in ("state", "military")]
        sentence_start = _sentence_start(plain, m.start())
        k = bisect.bisect_right(heading_starts, m.start())
        # (a heading that names a country starts another story: "ECUADOR ... COLOMBIA ... MEXICO")
        section = headings[k - 1][0] if k else -1
        militaries = [c for c in before if index.actors[c.actor_id].type == "military" and c.start > section]
        home = headings[k - 1][1] if k else place_state
        ruling = _RULING_MILITARY.search(plain, start, min(len(plain), end + 10)) is not None
        if home is not None and (group == "our" or group == "noun" and "efen" in m.group(group) or ruling):
            # ("hosted talks between the KIO and the military council in Kunming": a junta rules the
            # country the text is set in, not the state that hosts its talks)
            # "our forces", "the Defence and Security Forces" in a text on Mozambique that names
            # Rwanda's forces too: the forces of the state whose text it is, not the last named
            actor_id = index.military.get(home, home)
        elif militaries and not any(c.start >= sentence_start for c in before):
            # "the Israeli military said ... In a statement on Thursday, the military said"
            actor_id = max(militaries, key=lambda c: c.end).actor_id
        elif k and not any(c.start >= max(sentence_start, headings[k - 1][0]) for c in before):
            # under a heading that names a country ("PAKISTAN: KURRAM"), that country's forces
            state = headings[k - 1][1]
            actor_id = index.military.get(state, state)
        elif place_state is not None and not any(c.start >= sentence_start for c in before):
            actor_id = index.military.get(place_state, place_state)
        elif before:
            last = index.actors[max(before, key=lambda c: c.end).actor_id]
            actor_id = last.id if last.type == "military" else index.military.get(last.id, last.id)
        else:
            continue
        found.append(_Candidate(m.start(), end, actor_id, "alias"))
        found_ends.append(end)
    return found


# The words for a military that rules: "the junta", "the military council", "the regime's forces"
_RULING_MILITARY = re.compile(r"\b(?:junta|military\s+council|regime)\b", re.IGNORECASE)


# Al-Qaeda's branch in the country a text is set in
_AL_QAEDA_BRANCHES = {"yemen": "aqap", "mali": "jnim", "burkina-faso": "jnim", "niger": "jnim", "somalia": "al-shabaab"}


def _al_qaeda_branch(taken: list[_Candidate], place_state: str | None) -> None:
    """"Al Qaeda militants" in a text on Yemen that names AQAP: the branch, as monitors code
    them (a text that never names the branch keeps al-Qaeda)."""
    branch = _AL_QAEDA_BRANCHES.get(place_state or "")
    if branch is None or not any(c.actor_id == branch for c in taken):
        return
    for cand in taken:
        if cand.actor_id == "al-qaeda":
            cand.actor_id = branch


def _sentence_start(plain: str, pos: int) -> int:
    """Where the sentence or line that holds ``pos`` starts (after ". " or a line break)."""
    return max(plain.rfind(". ", 0, pos), plain.rfind("\n", 0, pos)) + 1


def in_quotation(plain: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation of its paragraph."""
    start = plain.rfind("\n", 0, pos) + 1
    before = plain[start:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _police(plain: str, taken: list[_Candidate], place_state: str | None) -> list[_Candidate]:
    """"Police said", "police arrested", "a police spokesman said": the police of the state whose
    places the article names, when the actor list has that police; police who are harmed, or who
    only put an attack down to someone ("police blamed"), are not named this way."""
    index = _index()
    if "olice" not in plain:
        return []
    # (in a text of sections, the police of the section's country: "[HAITI - PKG] ... Police say")
    headings = _heading_states(plain)
    if not headings and f"{place_state}-police" not in index.actors:
        return []
    occupied = _Occupied(taken)
    found = []
    for pattern in (_POLICE_DOING, _POLICE_AND_OTHERS_DOING):
        for m in pattern.finditer(plain):
            state = _section_state(plain, m.start()) if headings else None
            actor_id = f"{state or place_state}-police"
            word = "police" if m.group("police") else "officers"
            if actor_id in index.actors and occupied.free(m.start(word), m.end(word)):
                found.append(_Candidate(m.start(word), m.end(word), actor_id, "alias"))
                occupied.add(m.start(word), m.end(word))
    found.sort(key=lambda c: c.start)
    return found


_POLICE_DOING = re.compile(
    # "the Benue State Police Command said", "Police in Benue State said"
    r"\b(?P<police>(?:[Tt]he\s+|[Aa]\s+)?(?:(?:[A-Z][\w'’-]+\s+){1,3}(?=Police\s+(?:Command|Force|Service|Department)\b))?"
    r"(?:[Pp]olice)(?:\s+(?:spokes(?:man|woman|person)|commander|chief|Command|Force|Service|Department))?)"
    r"(?:\s+in(?:\s+[A-Z][\w'’-]+){1,3}(?=\s+(?:said|says|told|reported|arrested|confirmed)\b))?"
    # "the Guayas police commander, General Víctor Herrera, said"
    r"(?:,\s+(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*,)?\s+"
    r"(?:(?:have|had|has|also|later)\s+)?(?:said|say|says|recorded|reported|arrested|killed|shot|raided|"
    r"exchanged|clashed|announced|confirmed|counted|told)\b")


# "Police and Kenyan officers of the MSS mission killed four gang members", "police and armed
# residents killed 28": the police, with others, in a fight; "Police say officers fought members of
# the gang": the police's officers, who fought where the police told of it
_POLICE_AND_OTHERS_DOING = re.compile(
    r"\b(?P<police>(?:[Tt]he\s+)?[Pp]olice)\s+and\s+[^.;,\n]{1,80}?\s+(?:(?:have|had|also|later)\s+)?"
    r"(?:killed|shot|raided|exchanged|clashed|repelled|fought)\b"
    r"|\b[Pp]olice\s+(?:said|say|says)\s+(?:(?:today|yesterday|on\s+\w+)\s+)?(?:that\s+)?"
    r"(?P<officers>officers|policemen|agents)\s+(?:(?:have|had)\s+)?"
    r"(?:killed|shot|raided|exchanged|clashed|repelled|fought|arrested|detained)\b")


# "the mission", "coalition strikes": a body the article has already named in full, by the
# head noun of that name ("the UN Human Rights Monitoring Mission in Ukraine", "the
# Saudi-led coalition"). "the mission of ..." and "the Mission X" introduce another body.
_DEFINITE_BODY = re.compile(
    r"(?=[timacof])\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?(?P<noun>mission|agency|coalition|court|organi[sz]ation|commission|"
    r"committee|council|tribunal|movement|alliance|federation|observatory)\b(?!\s+(?:of|for|on|in)\b)(?!\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
# "residents blamed the same group": the armed group named last.
_SAME_GROUP = re.compile(r"[Tt](?<=\b[Tt])he\s+same\s+(?:armed\s+)?(?:group|militants|militia|insurgents|rebels|faction|gunmen|"
                         r"terrorists|jihadists|fighters|attackers|assailants)\b")
# A bare noun stands for the body only as a modifier ("coalition strikes") or with an article.
_BARE_MODIFIED = re.compile(r"\s+(?:[a-z]+\s+)?(?:attacks?|strikes?|raids?|bombing|forces|jets|aircraft|warplanes|"
                            r"spokes(?:man|woman|person)|officials?|troops|fighters)\b")


def _definite_bodies(plain: str, taken: list[_Candidate]) -> list[_Candidate]:
    """Definite descriptions of a body named earlier, within 1500 characters."""
    found: list[_Candidate] = []
    starts = [c.start for c in taken]
    index = _index()
    for m in _scan(_SAME_GROUP, plain):
        i = bisect.bisect_left(starts, m.start())
        armed = [c for c in taken[:i] if index.actors[c.actor_id].type == "armed_group" and m.start() - c.end <= 3000]
        if armed:
            found.append(_Candidate(m.start(), m.end(), armed[-1].actor_id, "alias"))
    for m in _scan(_DEFINITE_BODY, plain):
        start, end = m.start(), m.end("noun")
        i = bisect.bisect_left(starts, start)
        if i < len(taken) and taken[i].start < end or i and taken[i - 1].end > start:
            continue  # part of a name found already
        if m.start("noun") == start and not _BARE_MODIFIED.match(plain, end):
            continue
        noun = re.compile(rf"\b{m.group('noun')}\b", re.IGNORECASE)
        for k in range(i - 1, -1, -1):  # the names before the match, nearest first
            cand = taken[k]
            if start - cand.end > 1500:
                break
            if noun.search(plain, cand.start, cand.end):
                found.append(_Candidate(start, end, cand.actor_id, "alias"))
                break
    return found


def _abbreviations(plain: str, taken: list[_Candidate], named: list[_Candidate] = ()) -> list[_Candidate]:
    """An abbreviation the text gives a name it knows, wherever it is used after: "the Arakan
    Army (AA) launched an offensive ... The AA has since seized most of the state".

    ``named``: names found before those that name no actor where they stand were dropped; they
    still define their abbreviations ("in areas held by the Syrian Democratic Forces (SDF)": who
    holds the areas describes them, and the SDF it defines acts later)."""
    defined: dict[str, tuple[str, int, int]] = {}  # abbreviation -> actor, where it is defined, and ends
    starts = {c.start for c in taken}
    for cand in sorted([*taken, *(c for c in named if c.start not in starts)], key=lambda c: c.start):
        if _organisations_state(plain, cand):
            continue  # "the Militarized Communist Party of Peru (MPCP)" abbreviates the party
        m = _ABBREVIATION.match(plain, cand.end)
        if m is None and (longer := _LONGER_NAME.match(plain, cand.end)) is not None:
            # "Islamic State Sahel Province (ISSP)": the group's branch, named in full, whose
            # initials the abbreviation is
            m = _ABBREVIATION.match(plain, longer.end())
            initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", plain[cand.start:longer.end()])
                               if w[0].isupper())
            if m is not None and m.group("abbr") != initials:
                m = None
            known = _index().lookup.get(_fold(m.group("abbr")), []) if m is not None else []
            if known and cand.actor_id not in known:
                # "Al Qaeda in the Arabian Peninsula (AQAP)": a branch the list has as its own actor
                # is that actor, from its full name on
                cand.actor_id = known[0]
                continue
        if m and m.group("abbr") not in defined:
            defined[m.group("abbr")] = (cand.actor_id, m.start("abbr"), m.end())
    _unknown_abbreviations(plain, taken, defined)
    if not defined:
        return []
    for cand in taken:
        # "Reporters Without Borders (RSF)": the text's own abbreviation wins over the list's
        # reading of it (the Rapid Support Forces) after the text defines it
        entry = defined.get(plain[cand.start:cand.end])
        if entry is not None and cand.start >= entry[1] and cand.actor_id != entry[0] and cand.via == "alias":
            cand.actor_id = entry[0]
    occupied = _Occupied(taken)
    found: list[_Candidate] = []
    for m in re.finditer(r"\b(?:" + "|".join(map(re.escape, defined)) + r")\b", plain):
        actor_id, _, defined_end = defined[m.group()]
        if m.start() >= defined_end and occupied.free(m.start(), m.end()) and not _PROXY_SUFFIX.match(plain, m.end()):
            # (as a name the list has: "in SDF-held areas" names the places, not the SDF acting)
            found.append(_Candidate(m.start(), m.end(), actor_id, "alias"))
            occupied.add(m.start(), m.end())
    return found


# "the Militarized Communist Party of Peru (MPCP)", "the Unified Communist Party of Nepal": a state
# named at the end of an organisation's own name, which the state is not
_ORGANISATION_OF_BEFORE = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:Party|Movement|Front|Union|Alliance|League|Church|Bank|"
    r"University|Association|Federation|Congress|Organi[sz]ation|Coalition|Confederation)\s+(?:of|for)\s+(?:the\s+)?$")


def _organisations_state(plain: str, cand: _Candidate) -> bool:
    """Whether a state's name ends the name of an organisation: "Communist Party of Peru"."""
    return _index().actors[cand.actor_id].type == "state" and cand.via in ("name", "alias") \
        and _search(_ORGANISATION_OF_BEFORE, plain, max(0, cand.start - 80), cand.start) is not None


def _unknown_abbreviations(plain: str, taken: list[_Candidate], defined: dict) -> None:
    """"The Ambazonia Defence Forces (ADF)": an abbreviation the text gives a name it does not
    know (its initials) is that name's, not the list's reading of it (the Allied Democratic
    Forces); its uses from there on name no actor, and are dropped from ``taken``."""
    if "(" not in plain:
        return
    blocked: dict[str, int] = {}
    for m in _NAME_AND_ABBREVIATION.finditer(plain):
        abbr = m.group("abbr")
        if abbr in defined or abbr in blocked:
            continue
        initials = "".join(w[0] for w in m.group("name").split() if w.lower() not in _NAME_LINKS)
        if initials.upper().endswith(abbr.rstrip("s").upper().replace("-", "")) and len(abbr) >= 2:
            blocked[abbr] = m.start("abbr")
    if blocked:
        taken[:] = [c for c in taken
                    if not (c.via == "alias" and c.start >= blocked.get(plain[c.start:c.end], len(plain)))]


_NAME_LINKS = frozenset("of the and for in de du des la le".split())
# A capitalised name and the abbreviation after it: "the Ambazonia Defence Forces (ADF)"
_NAME_AND_ABBREVIATION = re.compile(r"(?P<name>(?:[A-Z][\w'’-]*\s+(?:(?:of|the|and|for|de|du|des|la|le)\s+){0,2}){1,6})"
                                    r"\((?P<abbr>[A-Z][A-Z0-9-]{1,7}[a-z]?)\)")


# ("Malian Armed Forces (FAMa)", "(FARDC)": a last small letter belongs to some)
_ABBREVIATION = re.compile(r"\s*\((?P<abbr>[A-Z][A-Z0-9-]{1,7}[a-z]?)\)")
_LONGER_NAME = re.compile(r"(?:\s+(?:in\s+the\s+|of\s+the\s+|in\s+|of\s+)?[A-Z][\w'-]*){1,3}(?=\s*\()")


# "the Jaime Martínez front, a faction of the FARC dissidents", "Katiba Serma, a unit of JNIM":
# a named unit the actor list does not know, made part of a group it knows. The pattern ends
# where the known group's name starts.
_UNIT_NOUN = r"(?:[Ff]ront|[Bb]rigade|[Bb]attalion|[Cc]olumn|[Ff]action|[Bb]loc|[Cc]ell|[Bb]ranch)"
_UNIT_WORD = r"[A-Z][\w'’-]*"
_UNIT_OF_BEFORE = re.compile(
    rf"(?:^|(?<=\W))(?:[Tt]he\s+)?(?P<name>{_UNIT_WORD}(?:\s+(?:de\s+|del\s+|al-|el-)?{_UNIT_WORD}){{0,3}}\s+{_UNIT_NOUN}"
    rf"|(?:Katiba|Liwa|Kataib|Saraya)\s+{_UNIT_WORD}(?:\s+{_UNIT_WORD}){{0,2}})"
    r",\s+(?:a|an|one)\s+(?:[a-z]+\s+){0,2}?(?:faction|wing|unit|branch|splinter\s+group|affiliate|offshoot|arm|cell|"
    r"front|battalion|brigade|subgroup|part)\s+of\s+(?:the\s+)?$"
)


_UNIT_OF_THE_BEFORE = re.compile(rf"(?:^|(?<=\W))(?:the\s+)?(?P<name>(?:\d+(?:st|nd|rd|th)|{_UNIT_WORD}(?:\s+{_UNIT_WORD}){{0,2}})"
                                 rf"\s+{_UNIT_NOUN})\s+of\s+(?:the\s+)?$")
_UNIT_AFTER = re.compile(rf"(?:\s+(?:dissidents|fighters|guerrillas|rebels))?(?:['’]s)?\s+(?:of\s+)?(?:the\s+)?"
                         rf"(?P<name>(?:\d+(?:st|nd|rd|th)|{_UNIT_WORD}(?:\s+{_UNIT_WORD}){{0,2}})\s+{_UNIT_NOUN})\b")


def _named_units(plain: str, taken: list[_Candidate]) -> list[_Candidate]:
    """A unit the text makes part of an armed group it knows is that group wherever the text
    names it: "the Jaime Martínez front, a faction of the FARC dissidents ... The authorities
    blamed those attacks on the Jaime Martínez front"."""
    index = _index()
    units: dict[str, str] = {}
    for cand in taken:
        if index.actors[cand.actor_id].type != "armed_group":
            continue
        m = _search(_UNIT_OF_BEFORE, plain, max(0, cand.start - 160), cand.start)
        if m and m.group("name") not in units:
            units[m.group("name")] = cand.actor_id
        # "the Jaime Martínez front of the Estado Mayor Central", "FARC dissidents of the 10th
        # Front", "the ELN's Domingo Laín front": the unit is the group's
        m = _search(_UNIT_OF_THE_BEFORE, plain, max(0, cand.start - 80), cand.start) \
            or _UNIT_AFTER.match(plain, cand.end)
        if m and m.group("name") not in units:
            units[m.group("name")] = cand.actor_id
    if not units:
        return []
    occupied = _Occupied(taken)
    found: list[_Candidate] = []
    for m in re.finditer(r"\b(?:" + "|".join(map(re.escape, units)) + r")\b", plain):
        if occupied.free(m.start(), m.end()):
            found.append(_Candidate(m.start(), m.end(), units[m.group()], "alias"))
            occupied.add(m.start(), m.end())
    return found


def _the_group(plain: str, taken: list[_Candidate]) -> list[_Candidate]:
    """"The group": the armed group named last before it, within 600 characters, when no body
    that is a group of another kind (an NGO, a UN agency, an outlet) is named after it: "AA
    fighters burned much of Buthidaung after taking it from the military ... The group denied
    the accusation" (but after "Amnesty said", the rights group)."""
    index = _index()
    starts = [c.start for c in taken]
    found: list[_Candidate] = []
    for m in _scan(_THE_GROUP, plain):
        i = bisect.bisect_left(starts, m.start())
        if i < len(taken) and taken[i].start < m.end():
            continue  # part of a name found already
        for cand in reversed(taken[:i]):
            kind = index.actors[cand.actor_id].type
            if kind in ("ngo", "international", "media") and m.start() - cand.end <= 600:
                break
            if m.start() - cand.end > 600:
                # further back, the one armed group the text has named, if it has named one only
                groups = {c.actor_id for c in taken[:i] if index.actors[c.actor_id].type == "armed_group"}
                if len(groups) == 1:
                    found.append(_Candidate(m.start(), m.end(), groups.pop(), "alias"))
                break
            if kind == "armed_group" and not _VICTIMS_BEFORE.search(plain, max(0, cand.start - 60), cand.start):
                # (not a group named among the dead: "most of them soldiers and VDP militiamen")
                found.append(_Candidate(m.start(), m.end(), cand.actor_id, "alias"))
                break
    return found


# "the state government", "the provincial government": the government of a first-level region
_THE_REGIONS_GOVERNMENT = re.compile(r"[Tt](?<=\b[Tt])he\s+(?:state|provincial|regional|departmental)\s+government\b(?!\s+of\b)")
_REGIONAL_GOVERNMENT_NAME = re.compile(r"^(?:Government\s+of\s+(?P<after>.+)|(?P<before>.+?)\s+(?:State\s+)?Government)$")


@lru_cache(maxsize=1)
def _regional_governments() -> dict[str, str]:
    """The region's name -> the actor list's government of that region ("Zamfara" ->
    "zamfara-state-government"): the bodies of a state named "X State Government",
    "X Government" or "Government of X"."""
    index = _index()
    out: dict[str, str] = {}
    for actor in index.actors.values():
        m = _REGIONAL_GOVERNMENT_NAME.match(actor.name)
        if actor.type == "government_body" and actor.part_of and m:
            region = m.group("after") or m.group("before")
            if index.actors.get(actor.part_of) is not None and index.actors[actor.part_of].type == "state" \
                    and region not in index.actors[actor.part_of].name:
                out[region] = actor.id
    return out


def _the_regions_government(plain: str, taken: list[_Candidate]) -> list[_Candidate]:
    """"The state government said": the government of the one region the text names whose
    government the actor list has (Zamfara's, in a text on Zamfara)."""
    if not _may_match(_THE_REGIONS_GOVERNMENT, plain):
        return []
    named = {actor_id for region, actor_id in _regional_governments().items()
             if region in plain and re.search(rf"\b{re.escape(region)}\b", plain)}
    if len(named) != 1:
        return []
    (actor_id,) = named
    occupied = _Occupied(taken)
    return [_Candidate(m.start(), m.end(), actor_id, "alias") for m in _THE_REGIONS_GOVERNMENT.finditer(plain)
            if occupied.free(m.start(), m.end())]


def _the_ministry(plain: str, taken: list[_Candidate]) -> list[_Candidate]:
    """"The Ministry" after a ministry of a state: "Ethiopia's Ministry of Defence ... The
    Ministry today rejects"; a press release headed "REPUBLIC OF ETHIOPIA / MINISTRY OF DEFENCE".
    The ministry speaks for its state."""
    if not _may_match(_THE_MINISTRY_ALONE, plain):
        return []
    index = _index()
    states = [c for c in taken if index.actors[c.actor_id].type == "state"]
    occupied = _Occupied(taken)
    found: list[_Candidate] = []
    owner: str | None = None  # the state of the last ministry named
    for m in _MINISTRY_WORD.finditer(plain):
        definite = _THE_MINISTRY_ALONE.match(plain, m.start("the")) if m.group("the") else None
        if definite and owner is not None and occupied.free(m.start(), m.end()):
            found.append(_Candidate(m.start("the"), m.end(), owner, "alias"))
            continue
        # a ministry named with its state just before it: "Ethiopia's defence ministry",
        # "REPUBLIC OF ETHIOPIA\nMINISTRY OF DEFENCE", "the Ukrainian Ministry of Defence"
        state = next((c for c in reversed(states) if c.end <= m.start()
                      and _STATES_MINISTRY.fullmatch(plain, c.end, m.start())), None)
        if state is not None:
            owner = state.actor_id
    return found


_MINISTRY_WORD = re.compile(r"(?:(?P<the>\b[Tt]he)\s+)?\b(?:Ministry|ministry|MINISTRY)\b")
# Between a state and its ministry: "Ethiopia's defence ", "Ethiopian ", "ETHIOPIA\n" (a heading)
_STATES_MINISTRY = re.compile(r"(?:['’]s)?[ \t]+(?:[A-Za-z]+[ \t]+){0,2}|[ \t]*\n[ \t]*")
# "the Ministry" on its own: not "the Ministry of Health" (another one), not "the ministry's"
_THE_MINISTRY_ALONE = re.compile(r"[Tt]he\s+[Mm]inistry\b(?!\s+(?:of|for)\b)(?!['’])")


def _generic_fighters(plain: str, taken: list[_Candidate]) -> list[_Candidate]:
    """"Extremists", "insurgents", "jihadists" with no name beside them: the one armed group the
    text has named before them, when it has named only one."""
    index = _index()
    found: list[_Candidate] = []
    groups: set[str] = set()
    # (a heading that names a state starts another story: "[MOZAMBIQUE - VO]" after a Burkina item)
    headings = [start for start, _ in _heading_states(plain)]
    k = 0
    for m in _scan(_GENERIC_FIGHTERS, plain):
        section = bisect.bisect_right(headings, m.start())
        while k < len(taken) and taken[k].start < m.start():
            if index.actors[taken[k].actor_id].type == "armed_group":
                groups.add(taken[k].actor_id)
            k += 1
        if k < len(taken) and taken[k].start < m.end() or k and m.start() - taken[k - 1].end <= 1:
            continue  # (a name beside them: "ADF rebels", "M23 rebels" are named already)
        if _FIGHTERS_HIT_BEFORE.search(plain, max(0, m.start() - 50), m.start()):
            continue  # "air strikes killed 14 terrorists": those hit, not a party named
        if m.group().lower().startswith("terrorist") and not _TERRORISTS_ACT.match(plain, m.end()):
            continue  # an army's word for those it fights: a party only where they act ("terrorists attacked")
        if section and headings[section - 1] > 0:
            own = {c.actor_id for c in taken[:k] if c.start >= headings[section - 1]
                   and index.actors[c.actor_id].type == "armed_group"}
        else:
            own = groups
        if len(own) == 1:
            found.append(_Candidate(m.start(), m.end(), next(iter(own)), "alias"))
    return found


def _the_dissidents(plain: str, taken: list[_Candidate]) -> list[_Candidate]:
    """"The dissidents", "dissidents of the Carlos Patiño front": the dissidents of the one group
    named in the text whose dissidents the actor list knows by that word ("FARC dissidents")."""
    if "dissident" not in plain:
        return []
    index = _index()
    groups = {c.actor_id for c in taken if any(alias.lower().endswith(" dissidents")
                                               for alias in index.actors[c.actor_id].aliases)}
    if len(groups) != 1:
        return []
    (group,) = groups
    occupied = _Occupied(taken)
    found = []
    for m in _DISSIDENTS.finditer(plain):
        if occupied.free(m.start(), m.end()):
            found.append(_Candidate(m.start(), m.end(), group, "alias"))
    return found


_DISSIDENTS = re.compile(r"\b(?:[Tt]he\s+)?(?:[Dd]issidents?)\b(?!\s+(?:of\s+the\s+)?(?-i:[A-Z])\w+\s+(?:party|movement))")


# Those a verb just before has hit, caught or pursued: "air strikes killed 14 terrorists"
_FIGHTERS_HIT_BEFORE = re.compile(r"\b(?:killed|killing|neutrali[sz](?:ed|ing)|eliminat(?:ed|ing)|wounded|wounding|"
                                  r"captured|capturing|arrested|arresting|struck|striking|targeted|targeting|pursued)\s+"
                                  r"(?:(?:at\s+least|more\s+than|some|about|nearly|over)\s+)?(?:[\w-]+\s+){0,3}$",
                                  re.IGNORECASE)
# What "terrorists" do when the word names a party: "terrorists attacked the village of Chai"
_TERRORISTS_ACT = re.compile(r"\s+(?:(?:had|have|also|then)\s+)?(?:attacked|raided|stormed|ambushed|killed|beheaded|"
                             r"abducted|kidnapped|burned|burnt|torched|looted|executed|shot|opened\s+fire|overran|"
                             r"set\s+fire)\b")
# (not "a militant group", "militants of another faction": another group)
# ("Residents said the fighters arrived on Friday night": fighters named again, with the article;
# "assailants attacked the gendarmerie post in Mozogo": those who attack, in a text on one group)
_GENERIC_FIGHTERS = re.compile(r"\b(?:extremists?|insurgents?|jihadists?|militants?|terrorists?|rebels?(?:\s+fighters)?|"
                               r"(?<=[Tt]he\s)fighters|assailants)\b"
                               r"(?!\s+(?:groups?|organi[sz]ations?|movements?|outfits?|factions?|of|from)\b)")


_VICTIMS_BEFORE = re.compile(r"\b(?:killed|killing|wounded|wounding|(?:most|many|some|all) of them|among them|including)"
                             r"\b[^.;:]*$", re.IGNORECASE)
_THE_GROUP = re.compile(r"(?=[TtIi])\b(?:[Tt]he\s+(?:(?:armed|militant|rebel|jihadist|local|rival|same|criminal|terrorist)\s+)?"
                        # ("The faction's bloodiest attack": a group split from another, named before; not
                        # one the words after it define: "the faction to which the 33rd Front belongs")
                        # ("the terrorist cell", "members of the terrorist team": the group's men, named again)
                        r"(?:group|cartel|gang|militia|faction|(?<=terrorist\s)(?:cell|team))"
                        r"(?!\s+(?:to|of|in)\s+which\b|\s+led\s+by\b)|"
                        # "its fighters killed at least 20 people": the group's
                        r"[Ii]ts\s+(?:fighters|gunmen|militants|members|combatants|insurgents))\b")


# "President Hassan Sheikh Mohamud", "Prime Minister Ariel Henry": a head of state or
# government the actor list does not know speaks for a state.
_HEAD = re.compile(
    rf"(?=[VPDCKEFIHJSG])\b(?P<title>(?:Vice[- ])?President|(?:Deputy\s+)?Prime\s+Minister|Premier|Chancellor|King|Emir|"
    rf"Government\s+[Ss]pokes(?:man|woman|person)|"
    rf"(?:Foreign|Defen[cs]e|Interior|Information|Justice|Security|Public\s+Security|Home|Finance|Health)"
    rf"\s+(?:Minister|Secretary))"
    rf"\s+{_NAME}"
)
# "the government", "the authorities": the state the sentence or the article is about;
# "the government of President Hadi" and "the government in Kyiv" are named next to it.
_GOVERNMENT = re.compile(
    # every branch opens with "the": sre skips to a "T" or "t" at once when the pattern opens with
    # that letter (the word boundary comes after it), and tries each offset in full otherwise
    r"[Tt](?<=\b[Tt])he\s+(?:"
    r"(?:(?:de\s+facto|interim|transitional|federal|central|national)\s+)?"
    r"(?:government|authorities|(?-i:Government|Authorities)(?!\s+[A-Z]))\b"  # (not "the Government Girls School")
    # ("the government in Kinshasa" is named by its capital below; "signed a deal with the
    # government in 2014", "the government in recent weeks": the government, whatever follows "in")
    r"(?!\s+(?:of|forces|troops|soldiers)\b|\s+in\s+(?-i:[A-Z]))"
    # a body of a government the actor list does not know: "the Government Communication
    # Service", "the Ministry of Information", "the defence ministry"
    r"|(?:Government|Federal|Presidential)\s+(?:[A-Z][a-z]+\s+){0,3}(?:Service|Office|Agency|Department)\b"
    # "the Presidential Council said", "the Presidential Leadership Council": the council that heads a state
    r"|Presidential\s+(?:[A-Z][a-z]+\s+)?Council\b"
    r"|(?:Federal\s+)?Ministry\s+of\s+(?:National\s+|Public\s+)?(?:Defen[cs]e|Interior|Foreign\s+Affairs|"
    r"Information|Communications?|Health)\b"
    r"|Minister\s+of\s+(?:Defen[cs]e|Interior|Foreign\s+Affairs|Information|Communications?|Justice)\b"
    # "The Defence Minister said on Sunday", unnamed (named, he is a head found above)
    r"|(?:[Dd]efen[cs]e|[Ii]nterior|[Ff]oreign|[Ii]nformation|Security|Justice|[Hh]ome)\s+Minister\b(?!\s+[A-Z])"
    # ("According to the Security Secretariat": the name some states give their ministries)
    r"|(?:[Ff]ederal\s+|[Nn]ational\s+|Union\s+)?(?:[Dd]efen[cs]e|[Ii]nterior|[Ff]oreign|[Ii]nformation|Security|[Hh]ealth|"
    r"Justice|[Hh]ome)\s+(?:[Mm]inistry|Secretariat)\b(?!\s+(?:of|in)\b)"
    # "the President of the Republic, Head of State": the office, named without the person
    r"|(?:President|Prime\s+Minister)\s+of\s+the\s+Republic\b|Head\s+of\s+State\b"
    r")"
)
# "A government spokesman denied": the government's voice, whoever he is; "a government offensive
# launched in August 2022": its act; "An Interior Ministry spokesman told state television": a ministry's
# voice, the state's (or its defence or foreign ministry's)
# (sre skips at once to an "A" or "a" when the pattern opens with that letter, the word boundary after it)
_A_GOVERNMENT_OF = re.compile(r"[Aa](?<=\b[Aa])n?\s+(?:(?:senior\s+)?government\s+(?:spokes(?:man|woman|person)|official|"
                                 r"minister|offensive|campaign|crackdown)\b"
                                 r"|(?:[Dd]efen[cs]e|[Ii]nterior|[Ff]oreign|[Ii]nformation|[Hh]ome|[Ss]ecurity)\s+"
                                 r"[Mm]inistry\s+(?:spokes(?:man|woman|person)|official)\b)")
# "according to government figures", "police figures show": the state's own count
# ("according to Health Ministry figures": the ministry's, so the state's, without "the")
_OFFICIAL_FIGURES = re.compile(r"\b(?:[Gg]overnment|[Oo]fficial|[Pp]olice|[Hh]ealth\s+[Mm]inistry)\s+"
                               r"(?:figures|data|statistics|tallies|tally)\b")
_POSSESSIVE = re.compile(r"(?:'s?)?\s*$")
_POSSESSIVE_CHARS = re.compile(r"[\s's]*")  # what a text that _POSSESSIVE matches may hold
_GOVERNMENT_IN = re.compile(r"[Tt](?<=\b[Tt])he\s+(?:government|authorities|regime)\s+in\s+"
                            r"(?P<capital>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")


def _focus_state(named: list[_Candidate]) -> str | None:
    """The state an article names most (a dateline or a place use counts), the first on a tie."""
    index = _index()
    counts: dict[str, int] = {}
    for cand in named:
        actor = index.actors[cand.actor_id]
        state = actor.id if actor.type == "state" else None
        if state:
            counts[state] = counts.get(state, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda state: counts[state])


def _state_officials(plain: str, taken: list[_Candidate], named: list[_Candidate],
                     place_state: str | None = None) -> list[_Candidate]:
    """Heads of state and government, their later mentions by surname, and "the government"."""
    index = _index()
    focus = place_state or _focus_state(named)
    found: list[_Candidate] = []
    occupied = _Occupied(taken)
    # ``named`` is sorted and its spans do not overlap: their ends are sorted too
    named_starts = [c.start for c in named]
    named_ends = [c.end for c in named]

    def free(start: int, end: int) -> bool:
        return occupied.free(start, end)

    def add(cand: _Candidate) -> None:
        found.append(cand)
        occupied.add(cand.start, cand.end)

    surnames: dict[str, str] = {}
    for m in _scan(_HEAD, plain):
        start, end = m.start(), m.end("name")
        if not free(start, end):
            continue
        # the last name that only "'s" and spaces part from the title ("Russia's President"): the
        # text before ``start`` from an earlier name holds the later names, so the walk back ends
        # at the first character that cannot be in such a gap
        before = None
        for k in range(bisect.bisect_right(named_ends, start) - 1, -1, -1):
            if _POSSESSIVE.fullmatch(plain, named[k].end, start):
                before = named[k]
                break
            if not _POSSESSIVE_CHARS.fullmatch(plain, named[k].end, start):
                break
        state = None
        if before:
            actor = index.actors[before.actor_id]
            state = actor.id if actor.type == "state" else None
            if state is None:
                continue  # "Hamas Prime Minister ...": not a state's
        state = state or focus
        if state is None:
            continue
        if m.group("title").lower().startswith(("defence", "defense")):
            state = _ministry_of(state, "defence")  # "Defence Minister Israel Katz": his ministry's word
        add(_Candidate(start, end, state, "spokesperson"))
        words = m.group("name").split()
        if len(words) > 1:
            surnames[words[-1]] = state
    regional = _REGIONAL_OFFICIAL if _REGIONS_GOVERNOR.search(plain) or _COUNTY_COMMISSIONER.search(plain) \
        else _REGIONAL_OFFICIAL_BY_TITLE
    for m in _scan(regional, plain) if place_state is not None else ():
        # "the governor of Arauca said", "Lamu County Commissioner Louis Rotich said": an official
        # the state appoints, or a region's own government where the list has it (the state whose
        # places the text names: a regional governor is not of the state his text names most, the
        # one that strikes his region)
        group = m.groupdict().get  # (the groups of the last two branches, where they were searched for)
        region = group("region") or group("region2") or group("region3")
        body = _region_government(region) if region else None
        # (the region's name before "'s" stays a place: "Zaporizhzhia's regional governor says")
        start = m.start("title") if group("title") else m.start()
        if free(start, m.end()):
            add(_Candidate(start, m.end(), body or place_state, "spokesperson"))
            named_as = group("named") or group("named2")
            if named_as:
                # "regional governor Oleh Syniehubov ... Syniehubov said": his surname, later on
                surnames[named_as.split()[-1]] = body or place_state
    if surnames:
        later = re.compile(r"\b(?P<name>" + "|".join(map(re.escape, surnames)) + r")\b(?!\s+[A-Z])")
        for m in later.finditer(plain):
            if free(m.start(), m.end()):
                add(_Candidate(m.start(), m.end(), surnames[m.group("name")], "spokesperson"))
    for m in _scan(_GOVERNMENT_IN, plain):
        # "the government in Kinshasa": the state whose capital it is
        state = index.capital_of.get(_fold(m.group("capital")))
        if state is not None and free(m.start(), m.end()):
            add(_Candidate(m.start(), m.end(), state, "alias"))
    for m in itertools.chain(_scan(_GOVERNMENT, plain), _scan(_A_GOVERNMENT_OF, plain), _scan(_OFFICIAL_FIGURES, plain)):
        if not free(m.start(), m.end()):
            continue
        near = None
        if m.re is not _OFFICIAL_FIGURES and "ealth" not in m.group():
            # the last state named in the sentence before: the names from its start to the match
            # ("according to the health ministry", "police figures show" are the country's own,
            # not the state named before them: "Israeli strikes have killed 400 people in
            # Lebanon, according to the health ministry")
            sentence_start = _sentence_start(plain, m.start())
            lo, hi = bisect.bisect_left(named_starts, sentence_start), bisect.bisect_right(named_ends, m.start())
            near = next((named[k] for k in range(hi - 1, lo - 1, -1)
                         if index.actors[named[k].actor_id].type == "state"), None)
        # else, in a text of sections, the section's country ("MEXICO ... according to the federal
        # Security Ministry"), else the one the article is about
        state = near.actor_id if near else _section_state(plain, m.start()) or focus
        if state is not None:
            kind = _MINISTRY_KIND.search(plain, m.start(), m.end())
            # ("the Defence Ministry denied", in a text on Syria: the ministry the list has)
            add(_Candidate(m.start(), m.end(), _ministry_of(state, kind and kind.group()), "alias"))
    # (named by the list too: "Turkey's Defence Ministry denied on Monday ... At its weekly
    # briefing on Thursday, the ministry said")
    ministries = sorted((c for c in (*found, *taken) if "inistr" in plain[c.start:c.end]), key=lambda c: c.start)
    for m in _scan(_THE_MINISTRY, plain) if ministries else ():
        # "according to the federal Security Ministry ... Last month, the ministry recorded 167
        # homicides": the ministry named last
        before = [c for c in ministries if c.end <= m.start()]
        if before and free(m.start(), m.end()):
            add(_Candidate(m.start(), m.end(), before[-1].actor_id, "alias"))
    return found


_THE_MINISTRY = re.compile(r"[Tt](?<=\b[Tt])he\s+[Mm]inistry\b(?!\s+(?:of|in|for)\b)(?!['’])")
_MINISTRY_KIND = re.compile(r"\b(?:defen[cs]e|foreign)(?=\s+minist(?:ry|er)\b)", re.IGNORECASE)
# An official of a region the text's state governs: "the regional governor", "the governor of the Far
# North", "Kharkiv's governor", "Ituri's military governor", "Lamu County Commissioner Louis Rotich"
# (a governor named by the list, or his state's government, is found by name before this);
# "the state governor announced", "the county commissioner told Radio Warrap", "the district
# administrator said", "the Governor of the Adamawa region", "the governor of the region, General
# Moussa Sidibé", "the administrator of Nyunzu territory": the same officials, named by the level
# of the area they run
_REGION_WORDS = r"[A-Z][\w'’-]+(?:\s+(?:de\s+|del\s+)?[A-Z][\w'’-]+){0,2}"
_AREA_WORD = r"(?:region|province|state|department|district|county|territory|prefecture)"
_REGIONAL_TITLES = (
    r"\b[Tt]he\s+(?:regional|provincial|military|departmental)\s+(?:governor|prosecutor(?:['’]s\s+office)?)\b"
    r"|\b[Tt]he\s+(?:state\s+governor|(?:county|district)\s+(?:commissioner|administrator)|territorial\s+administrator)\b"
    # and the office they head: "according to the regional administration", "the city military administration said"
    r"|\b[Tt]he\s+(?:regional|provincial|district|city)\s+(?:military\s+)?administration\b"
    rf"|\b[Tt]he\s+(?:[Gg]overnor|administrator)\s+of\s+the\s+{_AREA_WORD}\b"
    rf"|\b[Tt]he\s+administrator\s+of\s+(?P<area>{_REGION_WORDS})\s+{_AREA_WORD}\b"
    # "regional governor Oleh Syniehubov said" (a governor the list names is found by name before)
    r"|\b(?:[Rr]egional|[Pp]rovincial)\s+[Gg]overnor\s+(?P<named>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    rf"|\b[Tt]he\s+(?:military\s+)?[Gg]overnor\s+of\s+(?:the\s+)?(?P<region>{_REGION_WORDS})"
)
_REGIONAL_OFFICIAL = re.compile(
    _REGIONAL_TITLES
    + rf"|(?P<region2>{_REGION_WORDS})['’]s\s+(?P<title>(?:military\s+|regional\s+)?governor)\b"
    + rf"|(?P<region3>{_REGION_WORDS})\s+County\s+Commissioner(?:\s+(?P<named2>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}}))?"
)
# The same where the text has neither "'s governor" nor "County Commissioner", the ends of the last
# two branches' matches: those branches are tried at every capital, and most texts are read five
# times faster without them
_REGIONAL_OFFICIAL_BY_TITLE = re.compile(_REGIONAL_TITLES)
_REGIONS_GOVERNOR = re.compile(r"['’]s\s+(?:military\s+|regional\s+)?governor\b")
_COUNTY_COMMISSIONER = re.compile(r"\s+County\s+Commissioner")


@lru_cache(maxsize=256)
def _region_government(region: str) -> str | None:
    """A region's own government the list has: "Norte de Santander" -> its governor's office."""
    key = _fold(region)
    for actor in _index().actors.values():
        if actor.type == "government_body" and any(_fold(n).startswith(key + " ") for n in (actor.name, *actor.aliases)):
            return actor.id
    return None


# "Its secretary general spoke in Geneva": the head of the body the sentence before is about.
_ITS_ROLE = re.compile(
    r"\b(?:Its|Their)\s+(?P<role>(?:secretary[- ]general|director[- ]general|chief|head|director|president|"
    r"chair(?:man|woman|person)?|commander|leader|envoy|spokes(?:man|woman|person)))\b"
)


def _possessive_roles(plain: str, taken: list[_Candidate]) -> list[_Candidate]:
    """The subject of the previous sentence (its first actor) for "Its chief", "Their envoy"."""
    index = _index()
    found: list[_Candidate] = []
    for m in _scan(_ITS_ROLE, plain):
        previous_end = max(plain.rfind(". ", 0, m.start()), plain.rfind(".\n", 0, m.start()))
        if previous_end < 0 or plain[previous_end + 1:m.start()].strip():
            continue  # only at the head of a sentence
        previous_start = _sentence_start(plain, previous_end)
        subject = [c for c in taken if previous_start <= c.start < previous_end]
        if subject and index.actors[subject[0].actor_id].type not in ("person", "media"):
            found.append(_Candidate(m.start(), m.end(), subject[0].actor_id, "spokesperson"))
    return found


# "He denied the same day that ...", "The next day, it denied that ...": a pronoun that speaks at
# the head of a sentence (after at most a short phrase and a comma).
_PRONOUN_SPEAKS = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}),\s+|[A-Z][a-z]+\s+(?=[a-z]))?(?P<pronoun>[Hh]e|[Ss]he|[Ii]t|[Tt]hey)"
    r"\s+(?:(?:also|later|then|again|quickly|firmly|flatly|strongly|now|still)\s+)?"
    r"(?:said|says|denied|denies|rejected|rejects|dismissed|claimed|claims|added|insisted|warned|announced|"
    r"accused|blamed|confirmed|told|called|vowed|stated|"
    # and who signs for his side: "He signed the reciprocal agreement in Nairobi on 1 March"
    r"signed)\b"
)


_SENTENCE_OPENING = re.compile(r"[.!?]\s|\n")  # a match of _PRONOUN_SPEAKS starts where one ends


def _pronoun_speakers(plain: str, taken: list[_Candidate]) -> list[_Candidate]:
    """The subject of the previous sentence for a pronoun that speaks: "He" a person or a body's
    spokesman named there, "It" and "They" a body."""
    index = _index()
    found: list[_Candidate] = []
    starts = [c.start for c in taken]
    for m in _scan_at(_PRONOUN_SPEAKS, plain, _SENTENCE_OPENING, at_end=True):
        start = m.start("pronoun")
        i = bisect.bisect_left(starts, start)
        if any(c.start < m.end() and c.end > m.start() for c in taken[max(0, i - 1):i + 1]):
            continue  # "Their envoy", a name in the leading phrase: named already
        sentence_start = m.start()
        previous_end = sentence_start - 1
        while previous_end > 0 and plain[previous_end - 1] in " \n":
            previous_end -= 1
        if previous_end <= 0:
            continue
        previous_start = _sentence_start(plain, previous_end - 1)
        person = m.group("pronoun").lower() in ("he", "she")
        subject = [c for c in taken if previous_start <= c.start < previous_end
                   and index.actors[c.actor_id].type != "media"
                   and (person or index.actors[c.actor_id].type != "person")]
        if subject:
            found.append(_Candidate(start, m.end("pronoun"), subject[0].actor_id, "spokesperson"))
    for m in _scan(_PRONOUN_SPOKE_AFTER, plain):
        # "In May alone, attacks killed 38 civilians, he added.": the speaker who said the sentence
        # before ("..., Syniehubov said.")
        sentence_start = _sentence_start(plain, m.start())
        previous_end = plain.rfind(".", 0, sentence_start)
        if previous_end <= 0 or plain[previous_end + 1:sentence_start].strip():
            continue
        said = _SPEAKER_AT_END.search(plain, _sentence_start(plain, previous_end), previous_end + 1)
        if said is None:
            continue
        speakers = [c for c in taken if said.start() <= c.start < said.end()]
        if speakers:
            found.append(_Candidate(m.start("pronoun"), m.end("pronoun"), speakers[-1].actor_id, "spokesperson"))
    return found


# ", he added." closing a sentence, and ", Syniehubov said." closing the one before it
_PRONOUN_SPOKE_AFTER = re.compile(r",\s+(?P<pronoun>he|she)\s+(?:added|said|says|adds|told\s+[\w\s]{1,30}?)\s*[.!]")
_SPEAKER_AT_END = re.compile(r",\s+(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]*\s+(?:said|says|added|told\s+[\w\s]{1,30}?)\s*[.!]")


# "Troops of the Pakistan Army cordoned off the area. The next day, in an operation west of
# Surab, they killed 11 terrorists": "they" who fight are the forces of the sentence before
# "The group ... has kept up attacks in Mogadishu. Its deadliest, twin car bombings ...": whose
# attack a sentence-opening "Its deadliest" is, likewise
_PRONOUN_FIGHTS = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s)|(?<=\band\s)|(?<=\bthen\s))(?P<pronoun>[Tt]hey)\s+"
    r"(?:(?:also|later|then|again|had|have)\s+)?"
    r"(?:killed|attacked|raided|shelled|struck|ambushed|clashed|stormed|repelled|shot|bombed|captured|"
    r"overran|fought|engaged)\b"
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))(?P<its>Its|Their)\s+(?:deadliest|bloodiest|worst|biggest|largest|latest|"
    r"most\s+recent)\b"
)
_FIGHTING_PRONOUN = re.compile(r"\b(?:[Tt]hey|Its|Their)\b")  # where a match of _PRONOUN_FIGHTS may start
# Patterns scanned over whole texts, behind a lookahead on the characters their matches start with,
# which passes over most offsets at once (sre tries each offset in full where a pattern opens with "\b")
_MINISTRY_WORD, _GENERIC_FIGHTERS, _OFFICIAL_FIGURES, _ITS_ROLE, _FIGHTING_PRONOUN = map(
    with_first_chars, (_MINISTRY_WORD, _GENERIC_FIGHTERS, _OFFICIAL_FIGURES, _ITS_ROLE, _FIGHTING_PRONOUN))
_DOER_TYPES = ("military", "armed_group", "state")


def _pronoun_doers(plain: str, taken: list[_Candidate]) -> list[_Candidate]:
    """The forces or group a fighting "they" stands for: the first named in its sentence before
    it, else the first named in the sentence before."""
    index = _index()
    found: list[_Candidate] = []
    for m in _scan_at(_PRONOUN_FIGHTS, plain, _FIGHTING_PRONOUN):
        word = "pronoun" if m.group("pronoun") else "its"
        start = m.start(word)
        sentence_start = _sentence_start(plain, start)
        doers = [c for c in taken if sentence_start <= c.start < start and index.actors[c.actor_id].type in _DOER_TYPES]
        if not doers and sentence_start > 1:
            previous_start = _sentence_start(plain, sentence_start - 2)
            doers = [c for c in taken if previous_start <= c.start < sentence_start
                     and index.actors[c.actor_id].type in _DOER_TYPES]
        if doers:
            found.append(_Candidate(start, m.end(word), doers[0].actor_id, "alias"))
    return found


# A body's name that many states give their own body: "the Foreign Office" is Britain's only in a
# text on Britain, or said of London ("the Foreign Office in London"); Pakistan's in a text on Pakistan.
# So is the name of an army's press office, "Inter-Services Public Relations" (ISPR), which Pakistan's and
# Bangladesh's armies both have: the army of the text's state.
_SHARED_BODY_NAMES = {"Foreign Office": "foreign", "ISPR": "military", "Inter-Services Public Relations": "military",
                      "Inter Services Public Relations": "military"}
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_IN_LONDON_AFTER = re.compile(r"\s+in\s+London\b")


def _bodies_of_the_texts_state(plain: str, taken: list[_Candidate], named: list[_Candidate],
                               place_state: str | None) -> list[_Candidate]:
    """"The Foreign Office said" in a text on another state: that state's ministry (or the state)."""
    if not any(name in plain for name in _SHARED_BODY_NAMES):
        return taken
    index = _index()
    focus = place_state or _focus_state(named)
    out = []
    for cand in taken:
        kind = _SHARED_BODY_NAMES.get(plain[cand.start:cand.end])
        if kind == "military" and focus is not None and index.actors[cand.actor_id].type == "military" \
                and focus not in _ancestors(cand.actor_id):
            cand = _Candidate(cand.start, cand.end, index.military.get(focus, focus), cand.via)
        elif kind is not None and focus is not None and index.actors[cand.actor_id].type == "government_body" \
                and focus not in _ancestors(cand.actor_id) and _THE_BEFORE.search(plain, max(0, cand.start - 4), cand.start) \
                and not _IN_LONDON_AFTER.match(plain, cand.end):
            cand = _Candidate(cand.start, cand.end, _ministry_of(focus, kind), cand.via)
        out.append(cand)
    return out


_UN_MISSION_AFTER = re.compile(r"\s+(?:peacekeeping\s+|political\s+|assistance\s+)?mission\b")


def _the_un_mission(plain: str, taken: list[_Candidate]) -> list[_Candidate]:
    """"UNAMA said ... The UN mission has recorded": the UN's mission named before, not the UN."""
    index = _index()
    out: list[_Candidate] = []
    mission: str | None = None  # the UN mission named last
    for cand in taken:
        actor = index.actors[cand.actor_id]
        if actor.part_of == "united-nations" and any("mission" in name.lower() for name in (actor.name, *actor.aliases)):
            mission = actor.id
        elif actor.id == "united-nations" and mission is not None:
            after = _UN_MISSION_AFTER.match(plain, cand.end)
            if after is not None:
                cand = _Candidate(cand.start, after.end(), mission, "alias")
        out.append(cand)
    return out


def _in_context(plain: str, taken: list[_Candidate]) -> list[_Candidate]:
    """Drop matches that the words around them show are not the actor acting."""
    index = _index()
    filed = datelines(plain)
    out: list[_Candidate] = []
    for n, cand in enumerate(taken):
        actor = index.actors[cand.actor_id]
        nxt = taken[n + 1] if n + 1 < len(taken) else None
        if cand.via == "demonym" and nxt is not None and not plain[cand.end:nxt.start].strip() \
                and index.actors[nxt.actor_id].type == "armed_group":
            continue  # "Russian Wagner fighters": the group, not the state
        prev = out[-1] if out else None
        if prev is not None and actor.type == "state" and cand.via in ("name", "alias") \
                and index.actors[prev.actor_id].type in ("ngo", "international") \
                and plain[prev.end:cand.start] == " ":
            continue  # "Amnesty International Nigeria", "UNICEF Sudan": the body's branch in the country
        if prev is not None and actor.type in ("government_body", "military") \
                and index.actors[prev.actor_id].type == "state" and prev.actor_id not in _ancestors(actor.id) \
                and _POSSESSIVE_GAP.fullmatch(plain, prev.end, cand.start):
            # "Pakistan's Foreign Office": the body of the state named, not the one the words name
            # elsewhere (the British Foreign Office); its armed forces, or the state itself.
            body = index.military.get(prev.actor_id, prev.actor_id) if actor.type == "military" else prev.actor_id
            out[-1] = _Candidate(prev.start, cand.end, body, "alias")
            continue
        if cand.via in ("name", "alias", "demonym") and actor.type in ("state", "military", "international"):
            before = plain[max(0, cand.start - 30):cand.start]
            if COUNT_BEFORE.search(before):
                last_word = plain[cand.start:cand.end].split()[-1].lower()
                counted_self = last_word in _COUNTED_PEOPLE_WORDS or (
                    cand.via == "demonym" and last_word.endswith("s") and last_word not in _EQUIPMENT
                )
                after = _COUNTED_PEOPLE.match(plain, cand.end)
                if (counted_self or (after and after.group("noun") not in _COUNTED_THINGS)) and not (
                        # ("Two Peruvian soldiers were killed when their patrol was ambushed": the
                        # side a battle cost them, which the event decides to keep or not)
                        cand.via == "demonym" and actor.type == "military" and _FORCE_HARMED_AFTER.match(plain, cand.end)):
                    continue  # "170 Afghans", "4,000 Rwandan troops", "13 US service members"
        if n and _search(_ALSO_CALLED, plain, max(0, cand.start - 40), cand.start) \
                and "." not in plain[taken[n - 1].end:cand.start] and cand.start - taken[n - 1].end < 200:
            continue  # "the Islamic State group's affiliate, known locally as al-Shabaab": a nickname
        if actor.type == "state" and cand.via in ("name", "alias") \
                and any(d.start <= cand.start < d.end for d in filed):
            continue  # "KRAMATORSK, Ukraine, June 28 -", "KHARTOUM/PORT SUDAN, May 12 -": where the story was filed
        if actor.type == "state" and cand.via in ("name", "alias") \
                and _search(_PLACE_ADJECTIVE_BEFORE, plain, max(0, cand.start - 30), cand.start):
            continue  # "attacked southern Israel"
        if _search(_CONTROLLER_BEFORE, plain, max(0, cand.start - 60), cand.start):
            continue  # "areas controlled by the Government of Ukraine"
        if _organisations_state(plain, cand):
            continue  # "the Communist Party of Peru": a party, not the state
        if nxt is not None and actor.id != nxt.actor_id and actor.id in _ancestors(nxt.actor_id) \
                and _PART_APPOSITION.fullmatch(plain, cand.end, nxt.start):
            continue  # "The African Union mission, ATMIS": the mission
        if n and actor.id != taken[n - 1].actor_id and actor.id in _ancestors(taken[n - 1].actor_id) \
                and _WHOLE_APPOSITION.fullmatch(plain, taken[n - 1].end, cand.start) \
                and _PART_NOUN_AFTER.match(plain, cand.end):
            continue  # "MONUSCO, the UN peacekeeping mission, said": the mission, described
        out.append(cand)
    return out


# Counted soldiers of a state who were harmed: "Two Peruvian soldiers were killed"
_FORCE_HARMED_AFTER = re.compile(r"(?:\s*,[^,.;]{1,60},)?\s+(?:were|have\s+been|had\s+been)\s+"
                                 r"(?:killed|wounded|injured|shot\s+dead)\b", re.IGNORECASE)
# "Kenyan officers of the Multinational Security Support (MSS) mission": a state's contingent of
# an international mission acts as the mission
_CONTINGENT_OF = re.compile(r"\s+(?:officers|troops|soldiers|police(?:men)?|personnel|peacekeepers|contingents?|units?)"
                            r"\s+(?:of|in|with)\s+(?:the\s+)?$")


def _without_contingents(plain: str, taken: list[_Candidate]) -> list[_Candidate]:
    """Drop a demonym that only says whose contingent of a named mission acted."""
    index = _index()
    out = []
    for k, cand in enumerate(taken):
        nxt = taken[k + 1] if k + 1 < len(taken) else None
        if cand.via == "demonym" and nxt is not None and index.actors[nxt.actor_id].type == "international" \
                and nxt.start - cand.end <= 40 and _CONTINGENT_OF.search(plain, cand.end, nxt.start):
            continue
        out.append(cand)
    return out


def _ancestors(actor_id: str) -> set[str]:
    index = _index()
    found: set[str] = set()
    node = index.actors[actor_id].part_of
    while node is not None and node not in found:
        found.add(node)
        node = index.actors[node].part_of
    return found


# "Hikmet Hajiyev, foreign policy adviser to Aliyev, denied": an aide speaks for the state he
# serves, not as the leader he advises
_ADVISER_TO = re.compile(r"\b(?:advis[eo]r|aide|spokes(?:man|woman|person))\s+(?:to|for)\s+(?:(?:President|Prime\s+Minister)\s+)?$",
                         re.IGNORECASE)


def _aides_speak_for_states(plain: str, taken: list[_Candidate]) -> list[_Candidate]:
    """A leader named after "adviser to" stands for the leader's state."""
    index = _index()
    out = []
    for cand in taken:
        actor = index.actors[cand.actor_id]
        if actor.type == "person" and actor.part_of and _ADVISER_TO.search(plain, max(0, cand.start - 40), cand.start):
            cand = _Candidate(cand.start, cand.end, actor.part_of, cand.via)
        out.append(cand)
    return out


def _without_parents_named_as_kind(plain: str, taken: list[_Candidate]) -> list[_Candidate]:
    """"The UN peacekeeping mission MONUSCO", "the UN refugee agency UNHCR": the parent's name
    only says what kind of body the next name is, which is the one that acts."""
    index = _index()
    drop = set()
    for k in range(len(taken) - 1):
        parent, child = taken[k], taken[k + 1]
        if index.actors[child.actor_id].part_of == parent.actor_id \
                and _KIND_BETWEEN.fullmatch(plain, parent.end, child.start):
            drop.add(k)
    return [c for k, c in enumerate(taken) if k not in drop] if drop else taken


# Lower-case words that say what kind of body a name is: "'s peacekeeping mission", " refugee agency"
_KIND_BETWEEN = re.compile(r"(?:['’]s)?(?:\s+[a-z][a-z-]*){0,3}\s+(?:mission|agency|office|force|operation|body|"
                           r"organi[sz]ation|programme|program|fund|commission|council|court|tribunal|panel|"
                           r"wing|branch|arm|unit|affiliate|faction|service|ministry)\s*,?\s*")


def find_actors(text: str, place_state: str | None = None) -> list[ActorMatch]:
    """Actors named in ``text``: non-overlapping, in text order, longest match first.

    ``place_state``: the state whose places the article names most, taken for "the
    government" or a head of government when the article names no state."""
    if not text:
        return []
    index = _index()
    plain = plain_punctuation(text)
    taken = [c for c in _select(_candidates(plain)) if c.via != "block"]
    taken += _ministries_in_capitals(plain, taken)
    taken.sort(key=lambda c: c.start)
    named = list(taken)  # "In neighbouring Mali, the army": a place use still names the state
    taken = _in_context(plain, taken)
    taken = _bodies_of_the_texts_state(plain, taken, named, place_state)
    taken = _the_un_mission(plain, taken)
    taken += _generic_militaries(plain, named, place_state)
    taken.sort(key=lambda c: c.start)
    taken += _police(plain, taken, place_state)
    taken.sort(key=lambda c: c.start)
    taken += _definite_bodies(plain, taken)
    taken.sort(key=lambda c: c.start)
    taken += _abbreviations(plain, taken, named)
    taken.sort(key=lambda c: c.start)
    taken += _named_units(plain, taken)
    taken.sort(key=lambda c: c.start)
    taken += _the_group(plain, taken)
    taken += _the_ministry(plain, taken)
    taken.sort(key=lambda c: c.start)
    taken += _the_regions_government(plain, taken)
    taken.sort(key=lambda c: c.start)
    taken += _generic_fighters(plain, taken)
    taken.sort(key=lambda c: c.start)
    taken += _the_dissidents(plain, taken)
    taken.sort(key=lambda c: c.start)
    taken += _state_officials(plain, taken, named, place_state)
    taken.sort(key=lambda c: c.start)
    taken += _possessive_roles(plain, taken)
    taken.sort(key=lambda c: c.start)
    taken += _spokespersons(plain, taken)
    taken.sort(key=lambda c: c.start)
    taken = _without_parents_named_as_kind(plain, taken)
    taken = _without_contingents(plain, taken)
    taken = _aides_speak_for_states(plain, taken)
    taken += _pronoun_speakers(plain, taken)
    taken.sort(key=lambda c: c.start)
    taken += _pronoun_doers(plain, taken)
    taken.sort(key=lambda c: c.start)
    _al_qaeda_branch(taken, place_state)
    out = []
    for cand in taken:
        via = "metonym" if cand.via == "capital" else cand.via
        out.append(ActorMatch(cand.start, cand.end, text[cand.start : cand.end], index.actors[cand.actor_id], via))
    return out
