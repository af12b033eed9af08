"""Casualty figures (killed, injured) in one sentence of news text.

A number phrase is a casualty figure only when a casualty word governs it:

* a verb before it in the active voice: "killed at least 46 civilians", "wounding 12";
* a toll before it: "the death toll rose to 46";
* a casualty word after it, passive, intransitive or adjectival:
  "46 civilians were killed", "10 people died", "46 dead", "left 20 injured";
* coordination with a figure that is governed: "killed 200 civilians and a dozen fighters".

The number must count people: either a noun for people follows it ("civilians",
"children", "others", "hundreds of fighters") or nothing noun-like does ("killed 46 in
Aleppo", "12 were wounded"). "six attacks", "three months", "25 bombers", "hundreds of
submunitions", dates, years and percentages are never figures.

A noun for deaths or injuries after a people word makes a count a figure ("at least 35
civilian deaths"); "casualties", which mixes killed and injured, never does. "a" / "an"
before a noun for one person counts 1 ("a health worker was killed"), and "all" may stand
between a verb and its count ("killing all 298 people on board"). A toll is the total: a
later count of the same kind that is not coordinated with it is a part of it.

Breakdowns are not added: the numbers after "including" / "among them" / "of whom" that
follow a figure, and "N of them", describe part of that figure and are dropped.

Values follow ACLED's conservative coding. Vague words (qualifier 'vague'): "tens" 10,
"dozens" 12, "scores" 20, "hundreds" 100, "thousands" 1000, "tens of thousands" 10000,
"hundreds of thousands" 100000. Our choice for "several", "a few" and "a handful": 3 (the
smallest count that is more than a couple), "a couple of": 2. "a dozen" is 12 with
qualifier 'about'. Bounds keep the stated number: "more than 40" / "over 40" -> 40
'more_than', "at least 46" -> 46 'at_least', "up to 30" -> 30 'up_to' (the qualifier says it
is a ceiling), "nearly 50" / "about 50" -> 50 'about'.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from service.extract.text import ascii_fold, plain_punctuation


@dataclass(frozen=True, slots=True)
class Figure:
    kind: str  # 'killed' | 'injured'
    value: int
    qualifier: str  # 'exact' | 'at_least' | 'about' | 'more_than' | 'up_to' | 'vague'
    group: str | None
    start: int
    end: int
    text: str


# ----------------------------------------------------------------------------- tokens

# (a clock time is one token, and counts no one: "14:05 - Residents say gunmen shot dead seven")
_TOKEN = re.compile(r"\d{1,2}:\d\d(?!\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\w)|\d+(?:\.\d+)?(?![\w-])|\w+(?:['-]\w+)*|\S")


class _Toks:
    """The tokens of a sentence as parallel lists: as written (``raw``) and lower-cased
    (``low``); their offsets are found only when asked for, as most sentences need none."""

    __slots__ = ("plain", "raw", "low", "_spans")

    def __init__(self, text: str) -> None:
        self.plain = plain_punctuation(text)
        self.raw: list[str] = _TOKEN.findall(self.plain)
        self.low: list[str] = [raw.lower() for raw in self.raw]
        self._spans: list[tuple[int, int]] | None = None
        if "IA" in self.plain:
            low = self.low
            for k, raw in enumerate(self.raw):
                # "KIA", "WIA" of a brief count the dead and the wounded; "the KIA" is a name
                if raw in ("KIA", "WIA") and k and low[k - 1] in ("the", "of", "a", "an", "("):
                    low[k] = raw

    def __len__(self) -> int:
        return len(self.raw)

    def span(self, k: int) -> tuple[int, int]:
        """The offsets of token ``k`` in the sentence."""
        if self._spans is None:
            self._spans = [m.span() for m in _TOKEN.finditer(self.plain)]
        return self._spans[k]


def _tokens(text: str) -> _Toks:
    return _Toks(text)


# ---------------------------------------------------------------------------- numbers

_UNITS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
# The words of numbers below a hundred ("twenty-six" is a ten, a hyphen and a unit), for patterns elsewhere
UNIT_WORDS, TEN_WORDS = tuple(_UNITS), tuple(_TENS)
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_VAGUE = {
    "tens": 10,
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1000,
    "millions": 1_000_000,
    "several": 3,
}

_QUALIFIERS = [
    (("at", "least"), "at_least"),
    (("no", "fewer", "than"), "at_least"),
    (("not", "less", "than"), "at_least"),
    (("a", "minimum", "of"), "at_least"),
    (("more", "than"), "more_than"),
    (("over",), "more_than"),
    (("above",), "more_than"),
    (("fewer", "than"), "up_to"),
    (("less", "than"), "up_to"),
    (("upwards", "of"), "more_than"),
    (("in", "excess", "of"), "more_than"),
    (("up", "to"), "up_to"),
    (("as", "many", "as"), "up_to"),
    (("at", "most"), "up_to"),
    (("about",), "about"),
    (("around",), "about"),
    (("approximately",), "about"),
    (("roughly",), "about"),
    (("some",), "about"),
    (("nearly",), "about"),
    (("almost",), "about"),
    (("close", "to"), "about"),
    (("an", "estimated"), "about"),
    (("estimated",), "about"),
]


# The qualifiers by their last word, in the order of the list above (the first that fits wins).
_QUALIFIERS_BY_LAST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _words, _qual in _QUALIFIERS:
    _QUALIFIERS_BY_LAST.setdefault(_words[-1], []).append((_words, _qual))


def _word_value(word: str) -> int | None:
    if word in _UNITS:
        return _UNITS[word]
    if word in _TENS:
        return _TENS[word]
    parts = word.split("-")
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS and 0 < _UNITS[parts[1]] < 10:
        return _TENS[parts[0]] + _UNITS[parts[1]]
    return None


@dataclass(slots=True)
class _Number:
    i: int  # first token of the number (after any qualifier)
    j: int  # token after the number
    value: int
    qualifier: str  # from the number itself: 'exact' | 'about' | 'vague'


_HYPHEN_RANGE = re.compile(r"(\d+)-(\d+)")
_AGE = re.compile(r"\d{1,3}-years?-old")
_AGE_WORD = re.compile(r"\w+-(?:years?|months?)-old")  # "her two-year-old daughter"
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
# Words that may open a number phrase besides digits and hyphenated tens ("forty-six"): at
# any other token, _parse_number finds no number.
_NUMBER_STARTS = frozenset({"a", "an", "the", "his", "her", "their", *_VAGUE, *_UNITS, *_TENS})
# One relative or companion named by a possessive: "a mother and her son were killed", "killing the
# driver and his mate" count two.
_KIN = frozenset("son daughter brother sister wife husband mother father child baby cousin grandson "
                 "granddaughter nephew niece mate assistant companion colleague apprentice conductor".split())


def _parse_number(toks: _Toks, i: int, low: list[str] | None = None) -> _Number | None:
    """The number starting at token ``i``, or None (``low``: the tokens lower-cased)."""
    n = len(toks)
    low = toks.low

    def at(k: int) -> str:
        return low[k] if k < n else ""

    w = at(i)
    if w == "the" and i and (low[i - 1] in _ACTIVE_KILL or low[i - 1] in _ACTIVE_INJURE) and at(i + 1) in _ONE_PERSON:
        # "killing the driver and two passengers": the one person the verb names
        return _Number(i, i + 1, 1, "exact")
    if w in ("a", "an"):
        # "killed an elderly couple in their home": two people, with a word or none between ("a
        # couple of" is a vague two, below)
        k = i + 1 if at(i + 1) == "couple" else i + 2
        if at(k) == "couple" and at(k + 1) != "of" and (k == i + 1 or at(i + 1).isalpha() and at(i + 1) not in _STOP):
            return _Number(i, i + 1, 2, "exact")
    # "a dozen", "a few", "a handful", "a couple of", "a hundred"
    if w in ("a", "an"):
        nxt = at(i + 1)
        if nxt == "dozen":
            return _Number(i, i + 2, 12, "about")
        if nxt in ("few", "handful"):
            num = _Number(i, i + 2, 3, "vague")
            return _scaled(toks, num)
        if nxt == "couple" and at(i + 2) == "of":
            return _Number(i, i + 2, 2, "vague")
        if nxt in ("hundred", "thousand"):
            return _Number(i, i + 2, _SCALES[nxt], "exact")
        # "a health worker was killed", "an elderly man died", "killing a local Hezbollah
        # commander", "a 14-year-old boy": one person, up to three words between the article
        # and the noun (lower-case words, a name, an age)
        for k in range(i + 1, min(i + 5, n)):
            word = at(k)
            if word in _ONE_PERSON:
                return _Number(i, i + 1, 1, "exact")
            if word in _STOP or not (word.isalpha() or _AGE.fullmatch(word)):
                break
        return None
    if w in ("his", "her", "their"):
        # "a woman and her teenage son", "a village chairman and his driver": one more person
        for k in range(i + 1, min(i + 4, n)):
            if at(k) in _KIN or at(k) in _ONE_PERSON:
                return _Number(i, i + 1, 1, "exact")
            if at(k) in _STOP or not (at(k).isalpha() or _AGE_WORD.fullmatch(at(k))):
                break
        return None
    if w in _VAGUE:
        num = _Number(i, i + 1, _VAGUE[w], "vague")
        if w in ("tens", "hundreds") and at(i + 1) == "of" and at(i + 2) in ("thousands", "millions"):
            return _Number(i, i + 3, num.value * _VAGUE[at(i + 2)], "vague")
        if w == "several":
            return _scaled(toks, num)
        return num
    hyphen_range = _HYPHEN_RANGE.fullmatch(w) if w[:1].isdigit() else None
    if hyphen_range and int(hyphen_range.group(1)) < int(hyphen_range.group(2)):
        return _Number(i, i + 1, int(hyphen_range.group(1)), "range")
    if w[:1].isdigit() and _DIGITS.fullmatch(w):
        if _is_age_after_name(toks, i):
            # "Ahmed Khan, 34, was shot dead": the age of the one person named; "..., 52, a
            # village councillor," tells what he was, the same person
            end = i + 1
            if toks.low[i + 2] in ("a", "an", "the"):
                end = next((k for k in range(i + 3, min(i + 9, n)) if toks.raw[k] == ","), end)
            return _Number(i, end, 1, "exact")
        value = float(w.replace(",", ""))
        j = i + 1
        if at(j) in ("million", "thousand"):
            value *= _SCALES[at(j)]
            j += 1
        if value != int(value):
            return None
        num = _Number(i, j, int(value), "exact")
        if at(j) == "dozen":
            return _Number(i, j + 1, num.value * 12, "exact")
        return num
    # spelled-out numbers: "forty-six", "two hundred and fifty", "three thousand"
    total, current, j, seen = 0, 0, i, False
    while j < n:
        v = _word_value(at(j))
        if v is not None:
            current += v
            seen = True
            j += 1
            if at(j) in _TENS or at(j) in _UNITS:  # "twenty six" written apart
                nv = _word_value(at(j))
                if v >= 20 and v % 10 == 0 and nv is not None and 0 < nv < 10:
                    current += nv
                    j += 1
            continue
        if at(j) == "hundred" and seen and current:
            current *= 100
            j += 1
            if at(j) == "and" and _word_value(at(j + 1)) is not None:
                j += 1
            continue
        if at(j) in ("thousand", "million") and seen and current:
            total += current * _SCALES[at(j)]
            current = 0
            j += 1
            continue
        if at(j) == "dozen" and seen and current:
            current *= 12
            j += 1
            continue
        break
    if not seen:
        return None
    return _Number(i, j, total + current, "exact")


# What follows "Ahmed Khan, 34,": what he was, what befell him or what he did ("most of them" follows a count)
_AFTER_AN_AGE = frozenset("a an the was is who whose and his her had has said says told died from".split())


def _is_age_after_name(toks: _Toks, i: int) -> bool:
    """Token ``i``, a number between commas right after a person's name of two words or more
    ("Datu Ali Masdal, 52, a barangay kagawad,"), is the person's age."""
    raw, low = toks.raw, toks.low
    return 3 <= i < len(raw) - 2 and raw[i - 1] == "," and raw[i + 1] == "," and len(raw[i]) <= 3 \
        and raw[i].isdigit() and int(raw[i]) <= 110 and low[i + 2] in _AFTER_AN_AGE \
        and raw[i - 2][:1].isupper() and (raw[i - 3][:1].isupper() or i >= 4 and raw[i - 4][:1].isupper()) \
        and low[i - 2] not in _NOT_NAMES and low[i - 3] not in _NOT_NAMES


def _scaled(toks: _Toks, num: _Number) -> _Number:
    """'several hundred', 'a few thousand'."""
    if num.j < len(toks) and toks.low[num.j] in ("hundred", "thousand"):
        return _Number(num.i, num.j + 1, num.value * _SCALES[toks.low[num.j]], "vague")
    if num.j < len(toks) and toks.low[num.j] == "dozen":
        return _Number(num.i, num.j + 1, num.value * 12, "vague")
    return num


# -------------------------------------------------------------------------- vocabulary

_PEOPLE = set(
    """
    people persons person civilians civilian children child kids kid women woman men man boys boy girls girl
    babies baby infants infant toddlers teenagers teens youths adults elderly minors
    fighters fighter soldiers soldier troops servicemen servicemembers militants militant rebels rebel
    insurgents insurgent jihadists jihadist combatants combatant militiamen militia gunmen gunman attackers
    assailants terrorists terrorist members member officers officer policemen policeman police personnel
    guards guard recruits peacekeepers marines sailors pilots crew crewmen commanders auxiliaries auxiliary
    residents resident villagers villager inhabitants locals students student pupils worshippers worshipers
    workers worker passengers passenger patients patient doctors nurses medics paramedics journalists
    journalist reporters refugees refugee migrants migrant protesters protester demonstrators
    pilgrims tourists farmers herders miners fishermen shoppers commuters bystanders mourners guests
    pedestrians spectators prisoners detainees inmates hostages citizens nationals others victims innocents
    individuals relatives family families staff volunteers employees contractors
    doctor nurse medic paramedic reporter protester demonstrator pilgrim tourist farmer herder miner
    fisherman shopper commuter bystander pedestrian prisoner detainee inmate hostage citizen victim
    relative volunteer employee contractor guard recruit peacekeeper marine sailor pilot commander
    policewoman servicewoman serviceman teacher leader leaders official officials activist activists
    lawmaker lawmakers mayor chief elder elders imam priest vaccinators vaccinator jawans jawan cadres cadre
    rangers ranger drivers driver teachers traders trader labourers laborers labourer laborer
    sons son daughters daughter brothers brother sisters sister wives wife husbands husband mothers mother
    fathers father parents parent grandchildren grandchild siblings cousins cousin
    lecturer lecturers professor professors teachers priest priests pastor pastors nun nuns judge judges
    lawyer lawyers engineer engineers driver drivers trader traders vendor vendors shepherd shepherds
    suspect suspects
    chiefs clerics cleric
    passer-by passers-by passerby passersby chairman chairmen chairwoman watchman watchmen commando commandos
    headman headmen councillor councillors
    mate mates assistant assistants companion companions colleague colleagues apprentice apprentices
    conductor conductors couple
    shopkeeper shopkeepers bodyguard bodyguards nephew nephews niece nieces uncle uncles aunt aunts
    grandfather grandmother grandson granddaughter neighbour neighbours neighbor neighbors deputy deputies
    extremists bandits constables constable gendarmes gendarme troopers kidnappers gangsters
    guardsmen guardsman militiaman crewman crew-members patrolman patrolmen seller sellers hawker hawkers
    civs
    """.split()
)
# Nouns for one person: "a health worker was killed" counts 1 ("family", "crew" are groups).
_ONE_PERSON = {w for w in _PEOPLE if not w.endswith("s")} - {
    "people", "police", "militia", "crew", "staff", "family", "elderly", "personnel", "men", "women",
    "children", "kids", "others", "couple",
}
# ("KIA", "WIA": killed and wounded in action, the words of security briefs)
_KILL_NOUNS = {"dead", "deaths", "fatalities", "bodies", "killed", "lives", "homicides", "murders", "killings", "kia"}
_INJURE_NOUNS = {"injured", "wounded", "injuries", "hurt", "wia"}
# Nouns after a people word that turn the count into a casualty count ("civilian deaths");
# "casualties" mixes killed and injured and gives no figure.
_COUNTED_DEATHS = {"deaths", "fatalities", "dead"}
_COUNTED_INJURIES = {"injuries"}
_KILL_AFTER = {"kia", "killed", "neutralised", "neutralized", "dead", "died", "die", "dies", "dying", "perished", "slain",
               "massacred", "executed", "murdered", "death", "drowned", "buried", "beheaded", "lynched", "assassinated",
               "martyred"}
_KILLED_BY_PHRASE = {("shot", "dead"), ("shooting", "dead"), ("gunned", "down"), ("gunning", "down"),
                     ("beat", "to"), ("stabbed", "to"), ("hacked", "to"), ("burned", "alive"), ("burnt", "alive")}
_INJURE_AFTER = {"wia", "injured", "wounded", "hurt", "maimed", "injuries", "injury"}
# ("martyring at least eight passengers": the word of South Asian and Middle Eastern official copy)
# ("neutralising 23 terrorists": the word of army press releases for killing)
_ACTIVE_KILL = {"kill", "kills", "killed", "killing", "massacred", "massacring", "slaughtered", "executed",
                "neutralised", "neutralized", "neutralising", "neutralizing",
                "executing", "murdered", "murdering", "slew", "beheaded", "beheading", "lynched", "assassinated",
                "martyred", "martyring"}
_ACTIVE_INJURE = {"injure", "injures", "injured", "injuring", "wound", "wounds", "wounded", "wounding",
                  "hurt", "hurting", "maimed", "maiming"}
_TRANSITIVE_AFTER = {"killed", "neutralised", "neutralized", "executed", "massacred", "murdered", "injured", "wounded",
                     "hurt", "maimed", "beheaded", "martyred"}
_PASSIVE_AUX = {"were", "was", "been", "being", "be", "are", "is", "got", "get", "left", "reported", "confirmed",
                "feared", "believed", "thought", "said"}
_OBJECT_START = {"the", "a", "an", "his", "her", "their", "its", "our", "them", "him", "us", "dozens",
                 "hundreds", "scores", "thousands", "several", "many"}
_RISE = {"rose", "risen", "rises", "rising", "climbed", "climbs", "reached", "reaches", "stood", "stands",
         "topped", "tops", "jumped", "surpassed", "passed", "exceeded", "increased", "grew", "hit", "hits", "is",
         "was", "now"}
_MONTHS = set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# (a weekday or a month before the comma is no name: "On Monday, 14, among them two children, were killed")
_NOT_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split()) | _MONTHS
_BEFORE_NOT_COUNT = {"no", "number", "aged", "age", "ages", "resolution", "article", "route", "flight", "page",
                     "chapter", "section", "highway", "room", "platform", "gate", "model", "version",
                     "top", "phase", "day", "week", "year", "years", "unit", "brigade", "division", "battalion",
                     "corps", "regiment", "squadron", "mile", "km", "kilometre", "kilometer"}
_STOP = set(
    """
    were was are is be been being have has had will would could may might should must can did do does
    in on at by from to into near after before during since until while when where as for with without
    against across around through throughout inside outside under over among amid between including
    and or but nor so yet if than that which who whom whose this these those there then
    said says say told reported according while although though because
    """.split()
)
_SPEAKS = {"said", "says", "say", "told", "tell", "recalled", "described", "added"}
_OF_THEM = {"of", "them", "those", "the", "witnesses", "survivors", "residents", "villagers"}
_CLAUSE_BARRIER = {";", ":", "when", "after", "before", "while", "because", "but", "although", "though",
                   "whereas", "if", "until", "since", "unless"}
_BREAKDOWN = {("including",), ("among", "them"), ("among", "whom"), ("of", "whom"), ("of", "them"),
              ("mostly",), ("mainly",), ("most", "of", "them"), ("among", "those")}
# The breakdowns by their first word (no two of them match at one token).
_BREAKDOWN_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _words in _BREAKDOWN:
    _BREAKDOWN_BY_FIRST.setdefault(_words[0], []).append(_words)
_COORD = {"and", ",", "plus", "&"}
# Verbs whose object is no casualty: "arrested seven suspects", "rescued 40 passengers".
_TAKEN_VERBS = {"arrested", "detained", "captured", "abducted", "kidnapped", "rescued", "freed", "released",
                "evacuated", "deported", "seized", "apprehended", "arrest", "detain", "capture", "abduct",
                "kidnap", "rescue", "free", "release", "evacuate", "deport"}
# Words of time that may follow a count ("the toll passed 11,000 yesterday").
_TIME_AFTER = {"yesterday", "today", "tonight", "overnight", "now", "last", "this", "earlier", "so"}
_PRONOUN_OF = {"them", "whom", "those", "us", "these"}


# Capitalised plurals naming peoples: "Palestinians", "Ukrainians", "Kurds", "Rohingya".
_PEOPLE_NAME = re.compile(r"[A-Z][a-z]+(?:ians|ans|is|ese|ites|ers|ks|ds|bs|ts|ns)")
_PEOPLE_NAMES = {"rohingya", "druze", "jews", "muslims", "christians", "yazidi", "hazara", "hazaras", "uyghurs",
                 "uighurs", "tutsi", "tutsis", "hutu", "hutus", "fulani", "tuareg", "amhara", "tigrayans"}


def _is_people_name(low: str, raw: str) -> bool:
    if low in _PEOPLE_NAMES:
        return True
    return _PEOPLE_NAME.fullmatch(raw) is not None


def _is_punct(low: str) -> bool:
    return not low[0].isalnum()


@dataclass(slots=True)
class _Phrase:
    qi: int  # first token, qualifier included
    num: _Number
    qualifier: str
    group: str | None
    noun_kind: str | None
    k: int  # token after the noun part


def _qualifier_before(low: list[str], i: int) -> tuple[int, str | None]:
    if i < 1:
        return i, None
    for words, qual in _QUALIFIERS_BY_LAST.get(low[i - 1], ()):
        s = i - len(words)
        if s >= 0 and tuple(low[s:i]) == words:
            return s, qual
    return i, None


# How a count of deaths or injuries was come by, between the number and the noun
_TALLY_WORDS = frozenset("reported recorded confirmed documented verified registered estimated".split())


def _noun_part(toks: _Toks, k: int) -> tuple[bool, str | None, str | None, int]:
    """Whether the number at ``k`` counts people; its group noun, a casualty kind named by
    the noun itself, and the token after the noun part."""
    n = len(toks)
    if k >= n:
        return True, None, None, k
    lows, raws = toks.low, toks.raw
    low = lows[k]
    if low in _TALLY_WORDS and k + 1 < n and (lows[k + 1] in _KILL_NOUNS or lows[k + 1] in _INJURE_NOUNS):
        k, low = k + 1, lows[k + 1]  # "1,284 reported fatalities", "41 confirmed deaths": the noun after
    if low == "of":
        if k + 1 < n and lows[k + 1] in _PRONOUN_OF:
            return True, None, None, k + 2
        if lows[k:k + 3] in _OF_THEIR_OWN:  # "losing one of their own"
            return True, None, None, k + 3
        scan_from = k + 1
    elif _is_punct(low) and low not in ("%",):
        return True, None, None, k
    elif low in _STOP or low in _TIME_AFTER:
        return True, None, None, k
    else:
        scan_from = k
    if low == "more":  # "wounded 1,000 more"
        return True, None, None, k + 1
    for m in range(scan_from, min(scan_from + 5, n)):
        word = lows[m]
        if word in _PEOPLE:
            # "35 civilian deaths", "12 civilian injuries": the noun after names the casualty
            after = lows[m + 1] if m + 1 < n else ""
            if after in _COUNTED_DEATHS:
                return True, word, "killed", m + 2
            if after in _COUNTED_INJURIES:
                return True, word, "injured", m + 2
            if after in _PEOPLE:
                # "two police officers", "three aid workers": the noun is the last of the two
                return True, after, None, m + 2
            return True, word, None, m + 1
        # "500 war-wounded", "40 flood-dead"
        last = word.rsplit("-", 1)[-1] if "-" in word else None
        if last in _KILL_NOUNS and m == scan_from:
            return True, None, "killed", m + 1
        if last in _INJURE_NOUNS and m == scan_from:
            return True, None, "injured", m + 1
        if _is_people_name(word, raws[m]) and not (m + 1 < n and lows[m + 1] in _PEOPLE):
            return True, word, None, m + 1
        if word in _KILL_NOUNS and m == scan_from:
            return True, None, "killed", m + 1
        if word in _INJURE_NOUNS and m == scan_from:
            return True, None, "injured", m + 1
        if _is_punct(word) or word in _STOP or word in _MONTHS:
            break
        if word in _KILL_NOUNS or word in _INJURE_NOUNS:
            # "12 Kurdish dead", "30 civilian deaths"
            return True, None, "killed" if word in _KILL_NOUNS else "injured", m + 1
    return False, None, None, k


def _phrases(toks: _Toks) -> list[_Phrase]:
    low = toks.low
    out: list[_Phrase] = []
    # the tokens where a number may start, in order; the others are passed over
    openers = [k for k, w in enumerate(low)
               if w in _NUMBER_STARTS or w[0].isdigit() or ("-" in w and _word_value(w) is not None)]
    i = 0
    for opener in openers:
        if opener < i:
            continue
        i = opener
        num = _parse_number(toks, i, low)
        if num is None:
            i += 1
            continue
        # ranges: "between 500 and 700", "10 to 15"; ACLED keeps the lower bound
        if num.j + 1 < len(toks) and low[num.j] in ("and", "to", "or") and num.qualifier == "exact":
            if low[num.j] == "to" or (i > 0 and low[i - 1] == "between"):
                upper = _parse_number(toks, num.j + 1, low)
                if upper is not None and upper.qualifier == "exact" and upper.value > num.value:
                    num = _Number(num.i, upper.j, num.value, "range")
        phrase = _check(toks, low, num)
        if phrase is not None:
            out.append(phrase)
        i = num.j
    return out


_YEAR = re.compile(r"(1[89]|20)\d\d")


def _check(toks: _Toks, low: list[str], num: _Number) -> _Phrase | None:
    i, j = num.i, num.j
    # the word before, skipping a full stop ("Sept. 30")
    p = i - 1
    if p >= 0 and low[p] == ".":
        p -= 1
    prev = low[p] if p >= 0 else ""
    if prev in _MONTHS and toks.raw[i][0].isdigit():
        return None  # "November 30"; "in November thousands fled" is a count
    qi, qual = _qualifier_before(low, i)
    if num.qualifier == "range":
        qual = "at_least"
        if i > 0 and low[i - 1] == "between":
            qi = i - 1
    if qual is None and prev in _BEFORE_NOT_COUNT:
        return None
    if j < len(toks) and low[j] in _MONTHS:
        return None
    if j < len(toks) and low[j] in ("%", "percent", "per", "pc"):
        return None
    raw = toks.raw[i]
    is_year = _YEAR.fullmatch(raw) is not None
    ok, group, noun_kind, k = _noun_part(toks, j)
    if not ok:
        return None
    if is_year and group is None and noun_kind is None:
        return None
    qualifier = num.qualifier
    if qualifier != "vague" and qual is not None:
        qualifier = qual
    return _Phrase(qi, num, qualifier, group, noun_kind, k)


# ------------------------------------------------------------------------------ links


def _active_before(low: list[str], qi: int) -> str | None:
    p = qi - 1
    while p >= 0 and low[p] in ('"', "'", "("):  # killed "at least 200 ..."
        p -= 1
    # "killing a further 12", "wounding another 5", "killed a total of 40"
    for filler in (("a", "further"), ("another",), ("an", "additional"), ("a", "total", "of"), ("all",),
                   ("the", "lives", "of")):
        s = p - len(filler) + 1
        if s >= 0 and tuple(low[s : p + 1]) == filler:
            if filler == ("the", "lives", "of"):
                return "killed" if s >= 1 and low[s - 1] in ("claimed", "claiming", "claim", "claims", "took", "taking") else None
            p = s - 1
            break
    if p < 0:
        return None
    if low[p] in _ACTIVE_KILL:
        return "killed"
    # "shot dead a local leader", "gunned down two guards"
    if p >= 1 and (low[p - 1], low[p]) in _KILLED_BY_PHRASE:
        return "killed"
    if low[p] in _ACTIVE_INJURE:
        return "injured"
    # "the number of dead rose to 30", "injured reached 80"
    q = p - 1 if low[p] in ("to", "at") else p
    if q >= 1 and low[q] in _RISE:
        for back in range(q - 1, max(-1, q - 4), -1):
            if low[back] in ("dead", "deaths", "fatalities", "killed"):
                return "killed"
            if low[back] in ("injured", "wounded", "injuries"):
                return "injured"
    # toll: "death toll rose to 46", "toll of 46", "toll stands at 46"
    for back in range(p, max(-1, p - 6), -1):
        if low[back] == "toll":
            between = low[back + 1 : p + 1]
            if any(re.fullmatch(r"[\d,]+", w) or w in (";", ".") for w in between):
                return None
            before = low[max(0, back - 2) : back]
            return "injured" if any(w in ("injury", "injuries", "wounded", "injured") for w in before) else "killed"
    return None


def _after_toll(low: list[str], qi: int) -> bool:
    """Whether the figure at ``qi`` is what a toll before it amounts to ("toll rose to 46")."""
    for back in range(qi - 1, max(-1, qi - 8), -1):
        if low[back] == "toll":
            return not any(re.fullmatch(r"[\d,]+", w) or w in (";", ".") for w in low[back + 1 : qi])
    return False


def _is_object_start(toks: _Toks, m: int, low: list[str] | None = None) -> bool:
    if m >= len(toks):
        return False
    w = toks.low[m]
    if w in _OBJECT_START or w in _PEOPLE or _parse_number(toks, m, low) is not None:
        return True
    # a count with its qualifier: "a man known as Mikano killed at least 207 people"
    nxt = toks.low[m + 1] if m + 1 < len(toks) else ""
    if (w, nxt) in (("at", "least"), ("more", "than"), ("up", "to"), ("as", "many")):
        return True
    return w in _ROUGHLY and m + 1 < len(toks) and _parse_number(toks, m + 1, low) is not None


_ROUGHLY = {"over", "about", "nearly", "almost", "some", "around", "roughly", "approximately", "close"}


def _forward(toks: _Toks, low: list[str], phrase: _Phrase, starts: dict[int, _Phrase]) -> tuple[str | None, list[int]]:
    """A passive, intransitive or adjectival casualty word after the phrase, and the
    phrases inside a breakdown that follows it."""
    sub: list[int] = []
    m = last_end = phrase.k
    limit = min(len(toks), phrase.k + 30)
    while m < limit:
        w = low[m]
        # a breakdown: skip to the end of the list
        hit = next((b for b in _BREAKDOWN_BY_FIRST.get(w, ()) if tuple(low[m : m + len(b)]) == b), None)
        if hit is not None:
            m += len(hit)
            while m < len(toks) and low[m] not in (",", ")", "-", ";"):
                if m in starts:
                    sub.append(m)
                    m = max(starts[m].k, m + 1)
                    continue
                if low[m] in _KILL_AFTER or low[m] in _INJURE_AFTER:
                    break
                m += 1
            continue
        if w in _CLAUSE_BARRIER:
            return None, sub
        if w in _SPEAKS and all(t in _OF_THEM for t in low[phrase.k:m]):
            return None, sub  # "Two of them said the drone struck ... the wounded": the counted speak
        if m in starts:
            # "200 civilians and 12 fighters were killed": a coordinated count right after
            if all(t in _COORD for t in low[last_end:m]) and m > last_end:
                m = last_end = max(starts[m].k, m + 1)
                continue
            return None, sub
        if w == "death" and low[m - 1] == "to" and any(t.startswith(("sentenc", "condemn")) for t in low[max(0, m - 12):m]):
            return None, sub  # "sentenced two men to death": a court's sentence, no one killed
        if w in _KILL_AFTER or w in _INJURE_AFTER:
            kind = "killed" if w in _KILL_AFTER else "injured"
            passive = m > 0 and low[m - 1] in _PASSIVE_AUX
            if w in _TRANSITIVE_AFTER and not passive and _is_object_start(toks, m + 1, low):
                return None, sub  # the counted are the agents: "three gunmen killed five"
            return kind, sub
        if w in ("lost",) and low[m + 1 : m + 3] in (["their", "lives"], ["his", "life"], ["her", "life"]):
            return "killed", sub
        if w == "paid" and low[m + 1 : m + 3] in (["the", "supreme"], ["the", "ultimate"]):
            return "killed", sub  # "five gallant soldiers paid the supreme price"
        if w == "embraced" and low[m + 1 : m + 2] in (["shahadat"], ["martyrdom"]):
            return "killed", sub  # "two soldiers embraced shahadat"
        if w.endswith("ing") and (w in _ACTIVE_KILL or w in _ACTIVE_INJURE):
            return None, sub
        m += 1
    return None, sub


def _after_breakdown(low: list[str], qi: int) -> bool:
    """Whether a count opens a breakdown of the figure before it: "including 15 children"."""
    return any(tuple(low[max(0, qi - len(b)):qi]) == b for b in _BREAKDOWN)


def _of_them(low: list[str], phrase: _Phrase) -> bool:
    """'5 of them children': a breakdown of an earlier figure."""
    j = phrase.num.j
    return j + 1 < len(low) and low[j] == "of" and low[j + 1] in ("them", "whom") and phrase.qi > 0 and low[phrase.qi - 1] == ","


_PREPOSITIONS = {"in", "on", "at", "from", "near", "across", "inside", "around", "outside", "along"}
# Verbs of saying right after a noun phrase: it names who speaks, not a victim.
_SPEAKS_AFTER = {"said", "says", "told", "added", "reported", "confirmed", "stated", "tweeted", "wrote"}
_VERBISH = {"were", "was", "are", "is", "be", "been", "have", "has", "had", "will", "would", "said", "says"}


def _coordinated(between: list[str]) -> bool:
    """'200 civilians and 12 fighters', '10 soldiers, 4 police and 2 medics', 'a woman and her
    three children'."""
    if len(between) > 1 and between[-1] in ("his", "her", "their"):
        between = between[:-1]
    return bool(between) and all(w in _COORD or w in ("as", "well") for w in between)


def _parallel(low: list[str], between: list[str], phrase: _Phrase) -> bool:
    """'killed 16 people in Haiti and 4 in the Dominican Republic': the second count
    repeats the first clause's frame, with only a place phrase between the two."""
    # "5 people were killed on Monday and 12 on Tuesday": skip the verb group first
    lead = 0
    while lead < len(between) and (between[lead] in _VERBISH or between[lead] in _KILL_AFTER
                                   or between[lead] in _INJURE_AFTER or between[lead] in ("been", "being")):
        lead += 1
    between = between[lead:]
    if len(between) < 3 or len(between) > 8 or between[0] not in _PREPOSITIONS or between[-1] != "and":
        return False
    inner = between[1:-1]
    if any(w in _VERBISH or w in _KILL_AFTER or w in _INJURE_AFTER or w in _STOP and w not in _PREPOSITIONS | {"the"}
           for w in inner):
        return False
    if any(not w[0].isalnum() for w in inner):
        return False
    after = low[phrase.k] if phrase.k < len(low) else "."
    return after in _PREPOSITIONS or not after[0].isalnum()


def find_figures(text: str) -> list[Figure]:
    """Casualty figures in one sentence, in text order."""
    toks = _tokens(text)
    out: list[Figure] = []
    for kind, phrase in _kinded(toks):
        start = toks.span(phrase.qi)[0]
        end = toks.span(phrase.num.j - 1)[1]
        out.append(Figure(kind, phrase.num.value, phrase.qualifier, phrase.group, start, end, text[start:end]))
    return out


def _kinded(toks: _Toks) -> list[tuple[str, _Phrase]]:
    """The figures of a sentence's tokens: each kept phrase with its kind, in text order."""
    low = toks.low
    phrases = _phrases(toks)
    starts = {p.qi: p for p in phrases}
    kinds: dict[int, str] = {}
    dropped: set[int] = set()
    inherited: set[int] = set()  # kinds taken from a coordinated figure
    tolls: set[int] = set()  # figures that a toll states
    wholes: set[int] = set()  # "Of the 12 dead, ...": a figure whose parts follow
    for idx, phrase in enumerate(phrases):
        if phrase.qi in dropped:
            continue
        if phrase.noun_kind and phrase.qi >= 3 and low[phrase.qi - 2:phrase.qi] == ["of", "the"]:
            # "Two of the 12 dead were children": the two are among the 12
            part = next((p for p in phrases if p.num.j == phrase.qi - 2), None)
            if part is not None:
                dropped.add(part.qi)
                kinds.pop(part.qi, None)
        if _of_them(low, phrase) and kinds:
            # (with no figure before it, the count is the figure: "commanders, a dozen of whom were killed")
            dropped.add(phrase.qi)
            continue
        if kinds and _after_breakdown(low, phrase.qi):
            # "51 people were killed, including 15 children, and 30 were wounded": the 15 are
            # part of the 51, whatever follows them
            dropped.add(phrase.qi)
            continue
        if not phrase.noun_kind and phrase.qi and low[phrase.qi - 1] in _TAKEN_VERBS:
            continue  # "arrested seven suspects, and one suspect was killed": the seven were taken
        kind = phrase.noun_kind or _active_before(low, phrase.qi)
        if kind is None and "killed" in kinds.values() and phrase.qi and low[phrase.qi - 1] in _LOSING \
                and (phrase.group in _PEOPLE or low[phrase.num.j:phrase.num.j + 3] in _OF_THEIR_OWN):
            # "killing four and losing one of their own", "killed 14 of them and lost two
            # soldiers": the side's own dead count too
            kind = "killed"
        forward_kind, sub = _forward(toks, low, phrase, starts)
        dropped.update(sub)
        kind = kind or forward_kind
        if kind is None and idx > 0:
            # coordination: "killed 200 civilians and about a dozen fighters"
            prev = phrases[idx - 1]
            between = low[prev.k : phrase.qi]
            # (not the speaker after a comma: "killing at least nine of them, a regional official said")
            speaks = phrase.k < len(low) and low[phrase.k] in _SPEAKS_AFTER
            if prev.qi in kinds and not speaks and (_coordinated(between) or _parallel(low, between, phrase)):
                kind = kinds[prev.qi]
            if kind is not None:
                inherited.add(phrase.qi)
        if kind is not None:
            kinds[phrase.qi] = kind
            if _after_toll(low, phrase.qi):
                tolls.add(phrase.qi)
            elif _whole_named_first(low, phrase):
                wholes.add(phrase.qi)
    # a toll is the total: another count of the same kind after it, not coordinated with
    # it, is a part ("the death toll passed 11,000, with 8,500 dead in Turkey alone")
    for qi in tolls:
        for other, kind in kinds.items():
            if other > qi and kind == kinds[qi] and other not in inherited and other not in tolls:
                dropped.add(other)
    for qi in wholes:  # its parts: the next count of its kind
        nxt = min((other for other, kind in kinds.items() if other > qi and kind == kinds[qi]), default=None)
        if nxt is not None:
            dropped.add(nxt)
    return [(kinds[phrase.qi], phrase) for phrase in phrases if phrase.qi not in dropped and phrase.qi in kinds]


def _whole_named_first(low: list[str], phrase: _Phrase) -> bool:
    """"Of the 12 dead, four were children": the figure after "of the" is the whole, and the
    next of its kind a part of it."""
    return phrase.qi >= 2 and low[phrase.qi - 2:phrase.qi] == ["of", "the"] \
        and (phrase.qi == 2 or _is_punct(low[phrase.qi - 3]) or low[phrase.qi - 3] == "that") \
        and phrase.k < len(low) and low[phrase.k] == ","


_LOSING = frozenset("losing lost loses lose".split())
_OF_THEIR_OWN = (["of", "their", "own"], ["of", "its", "own"], ["of", "our", "own"])


# A figure's kind comes from a word of the sets above: a casualty noun after the count, an
# active verb or a toll before it, a passive or intransitive word after it ("lost their
# lives"). Each of those words holds one of these stems, so a sentence without any has no figure.
_CASUALTY_STEMS = (
    "kill", "dead", "death", "fatalit", "bodies", "lives", "life", "injur", "wound", "hurt", "massacr",
    "slaughter", "execut", "murder", "slew", "maim", "toll", "die", "dying", "perish", "slain", "drown", "buried",
    "behead", "lynch", "assassin", "casualt", "homicide", "martyr", "shahadat", "kia", "wia", "neutrali",
    "paid the supreme", "paid the ultimate",
)


def _may_count_casualties(text: str) -> bool:
    """False when no token of ``text`` lower-cases to a word that gives a figure its kind."""
    low = ascii_fold(text)  # lower() of a token, and more: a token equal to an ASCII word is in here
    return any(stem in low for stem in _CASUALTY_STEMS)


def casualties(text: str) -> tuple[int | None, int | None]:
    """(killed, injured) for a sentence: coordinated figures added, breakdowns not; the tolls of
    one event told by two sources, the lower ("Police said six were killed; hospital sources said
    at least 11 bodies were brought in": six, as ACLED counts)."""
    if not _may_count_casualties(text):
        return None, None
    parts = _SOURCES_APART.split(text) if ";" in text or "while" in text or "whereas" in text else [text]
    if len(parts) > 1 and all(_SOURCE_CUE.search(part) for part in parts):
        # (only counts of the dead as such: "11 militants" and "a woman and her son" are two
        # groups, and so are "seven of its soldiers" and "three fighters", to be added)
        figures = [_kinded(_tokens(part)) for part in parts]
        if all(phrase.group in _ANYONE for found in figures for _, phrase in found):
            counts = [_casualties(part) for part in parts]
            killed = [k for k, _ in counts if k is not None]
            injured = [i for _, i in counts if i is not None]
            return (min(killed) if killed else None), (min(injured) if injured else None)
    return _casualties(text)


_ANYONE = frozenset({None, "people", "persons", "bodies", "dead", "deaths"})
# Two sources' words in one sentence: "police said ...; hospital sources said ...", "..., while ..."
_SOURCES_APART = re.compile(r";\s+|,\s+(?:while|whereas)\s+")
_SOURCE_CUE = re.compile(r"\b(?:said|says|told|according\s+to|put\s+the\s+(?:death\s+)?toll|reported|counted)\b")


def _casualties(text: str) -> tuple[int | None, int | None]:
    """(killed, injured) for a clause: coordinated figures added, breakdowns not."""
    killed: int | None = None
    injured: int | None = None
    for kind, phrase in _kinded(_tokens(text)):  # the figures of find_figures, without their offsets
        if kind == "killed":
            killed = (killed or 0) + phrase.num.value
        else:
            injured = (injured or 0) + phrase.num.value
    if killed is None and injured is None:
        # "it was intercepted and no one was hurt": nobody, which ACLED codes as 0
        nobody = _NOBODY.search(text)
        if nobody:
            harm = (nobody.group("harm") or "").lower()
            injured = 0 if harm != "killed" else None
            killed = 0
    return killed, injured


# No one harmed, said outright: "no one was hurt", "there were no casualties", "without casualties".
_NOBODY = re.compile(
    r"\b(?:no\s*one|nobody|none)\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?P<harm>hurt|injured|wounded|killed)\b"
    r"|\b(?:there\s+were\s+)?no\s+(?:immediate\s+)?(?:reports?\s+of\s+)?(?P<harm2>casualties|injuries)\b"
    # "damaging a car but injuring no one", "without hurting anyone"
    r"|\b(?:injuring|wounding|hurting)\s+no\s*(?:one|body)\b|\bwithout\s+(?:injuring|wounding|hurting)\s+anyone\b",
    re.IGNORECASE,
)
