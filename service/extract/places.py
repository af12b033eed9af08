"""Place names in text: a compact GeoNames gazetteer and an Aho-Corasick matcher.

The data file ``data/gazetteer.tsv.gz`` is written by ``scripts/build_gazetteer.py``
(see ``docs/GAZETTEER.md``); it already holds folded names, so loading is a parse and
one automaton build. Everything here keys names with :func:`fold_name`.

Place ids: populated places and countries keep their GeoNames geonameid. GeoNames
admin1 ids are not in the source packages, so an admin1 region gets the synthetic id
``ADMIN1_ID_BASE + crc32("CC.CODE") % ADMIN1_ID_SPAN`` (e.g. ``"SY.11"`` for Homs);
the build checks that no two regions share one and none hits a real geonameid.

Disambiguation order for a name with several candidates (documented choice):
1. explicit context in the text: a following ``", Y"``, ``" in Y"`` or ``", in the Y
   governorate"`` whose Y contains the candidate, and a qualifier after the name
   (``"Homs governorate"``, ``"Homs, Idlib and Aleppo provinces"``) which selects the
   admin1 region;
2. a candidate in ``countries`` (if given), else in a country the text itself mentions
   unambiguously (country names, nationality adjectives, one-country place names);
3. kind: a country before a locality before an admin1 region of the same name (a bare
   ``"Homs"`` is the city, ``"Homs governorate"`` is the region);
4. a candidate whose canonical name is the match before one known by an alternate
   name, then the larger population.
Without context or ``countries``, a place of 100 000 people or more beats a namesake
at least eight times smaller that rule 2 would pick ("Geneva" in a text that also
names the U.S. is still Geneva, Switzerland).

False hits are filtered by word lists (function words, months, everyday words,
brands, armed groups, nationality adjectives), by a person rule (a known first name or
title before the name, or after it a capitalised word with a surname's ending, in
running text; "Aleppo Citadel" stays a place) and by organisation rules ("<Place>
Times/Post/Observatory/University/...", "<Place> Support Forces"). A name before a
facility noun ("Madina hospital") in a text naming other countries is a namesake there
or a facility; a town of under 100 000 people in a country the text never names, while it names others,
is dropped; "Congo", which two countries share, counts for neither as a mention.
Everyday words that are also towns ("Reading", "Nice", "Mobile") need a locative word
before them or a containing region after them. At a sentence start or in a title-case
line, a single-word small town is kept only if its country is mentioned in the text.
"""
from __future__ import annotations

import bisect
import functools
import gc
import gzip
import operator
import re
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import ahocorasick

from service.extract import demonyms
from service.extract.text import datelines, with_first_chars

DATA_PATH = Path(__file__).with_name("data") / "gazetteer.tsv.gz"

ADMIN1_ID_BASE = 1_000_000_000_000
ADMIN1_ID_SPAN = 1 << 32


def admin1_id(country_code: str, admin1_code: str) -> int:
    """The synthetic, stable id of an admin1 region."""
    key = f"{country_code}.{admin1_code}".encode()
    return ADMIN1_ID_BASE + zlib.crc32(key) % ADMIN1_ID_SPAN


@dataclass(frozen=True, slots=True)
class Place:
    id: int
    name: str
    kind: str  # 'locality' | 'admin1' | 'country'
    admin1: str | None
    country: str
    country_code: str
    lat: float
    lon: float
    population: int
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    start: int
    end: int
    text: str
    place: Place


# --------------------------------------------------------------------------- folding

APOSTROPHES = "'’‘`ʿʾʼʻ´′ʹ"
_SPECIAL_LETTERS = {
    "ß": "ss", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "ı": "i",
    "œ": "oe", "þ": "th", "ħ": "h", "ŧ": "t", "ŋ": "n", "ə": "e",
}
# Punctuation that ends a phrase: no name is matched across it.
_BARRIERS = set(",;:!?()[]{}\"“”«»„/\\|\n\r\t–—…")
# Arabic-style definite articles as transliterations write them; folded to "al".
ARTICLES = frozenset("al el ar as ad an at ash az adh ath ed es et ez ul il".split())
BARRIER = "|"


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """A character's folded form: letters/digits, '' (deleted), ' ' (separator) or BARRIER."""
    if ch in APOSTROPHES:
        return ""
    if ch in _BARRIERS:
        return BARRIER
    low = ch.lower()
    if low in _SPECIAL_LETTERS:
        return _SPECIAL_LETTERS[low]
    out = []
    for c in unicodedata.normalize("NFKD", low):
        if unicodedata.combining(c):
            continue
        if c.isalnum():
            out.append(c)
        elif c in APOSTROPHES:
            continue
        else:
            out.append(" ")
    folded = "".join(out)
    return folded if folded.strip() else " "


_DOUBLE = re.compile(r"(.)\1+")


@functools.lru_cache(maxsize=65536)
def _fold_token(token: str) -> str:
    # English and French spellings of a long u ("Shughour", "Ghantoo") meet the plain one
    token = token.replace("oo", "u").replace("ou", "u")
    token = _DOUBLE.sub(r"\1", token)
    if len(token) >= 4 and token.endswith("ah"):
        token = token[:-1]
    return token


_WORD_RUN = re.compile("(?:[^\\W_]|[" + re.escape(APOSTROPHES) + "])+")
_BARRIER_CHAR = re.compile("[" + re.escape("".join(sorted(_BARRIERS))) + "]")
# A word run, or else a barrier (no character is both): one scan finds both, in text order.
# The run is _WORD_RUN in a text whose "_" are spaces ("_" ends a word as a space does, and is no
# barrier), where it is one class, which sre scans fastest.
_RUN_OR_BARRIER = re.compile("([\\w" + re.escape(APOSTROPHES) + "]++)|" + _BARRIER_CHAR.pattern)
_ASCII_APOSTROPHES = str.maketrans("", "", "'`")


def _fold_run(run: str) -> str:
    """Fold a run of word characters and apostrophes into one token (apostrophes vanish)."""
    if run.isascii():
        return run.translate(_ASCII_APOSTROPHES).lower()
    return "".join(_fold_char(ch) for ch in run).replace(" ", "")


@functools.lru_cache(maxsize=65536)
def _fold_word(run: str) -> str:
    """A word run's token: :func:`_fold_run`, then :func:`_fold_token` ('' stays '')."""
    token = _fold_run(run)
    return _fold_token(token) if token else token


def _tokenize(text: str) -> list[tuple[str, int, int]]:
    """Split text into folded tokens ``(token, start, end)``; barriers become BARRIER tokens.

    ``text[start:end]`` is the original spelling of the token. Article tokens
    followed by another word token are normalised to ``"al"``.
    """
    raw: list[tuple[str, int, int]] = []
    append = raw.append
    fold_word = _fold_word
    articles: list[int] = []  # indices of raw tokens that are articles
    previous_end = 0
    barrier = False  # a barrier lies between previous_end and the run at hand
    for match in _RUN_OR_BARRIER.finditer(text.replace("_", " ") if "_" in text else text):
        run = match[1]
        if run is None:
            barrier = True
            continue
        start, match_end = match.span()
        end = match_end
        if barrier and (not raw or raw[-1][0] != BARRIER):
            append((BARRIER, previous_end, previous_end + 1) if raw else (BARRIER, 0, 1))
        if not (run.isascii() and run.isalnum()):  # else no apostrophe (some are letters: "ʿ")
            # a possessive "'s" ends the word: "Syria's" is "Syria"
            if len(run) > 2 and run[-2] in "'’" and run[-1] in "sS":
                run, end = run[:-2], end - 2
            # apostrophes at either end belong to no word: "'Aleppo'" is "Aleppo"
            while run and run[0] in APOSTROPHES:
                run, start = run[1:], start + 1
            while run and run[-1] in APOSTROPHES:
                run, end = run[:-1], end - 1
            if not run:
                continue
        token = fold_word(run)
        if token:
            if token in ARTICLES:
                articles.append(len(raw))
            append((token, start, end))
        previous_end = match_end
        barrier = False
    if barrier and raw and raw[-1][0] != BARRIER:
        append((BARRIER, previous_end, previous_end + 1))
    # an article before a word is "al" ("ar-Raqqa", "El Fasher"); raw tokens are already folded
    last = len(raw) - 1
    for k in articles:
        tok, s, e = raw[k]
        # (not across the end of a sentence: "in Ann. It now holds" is the town of Ann)
        if k < last and raw[k + 1][0] != BARRIER and tok != "al" and not _SENTENCE_GAP.search(text, e, raw[k + 1][1]):
            raw[k] = ("al", s, e)
    return raw


_SENTENCE_GAP = re.compile(r"[.!?]\s")
_token_start = operator.itemgetter(1)  # of a token (token, start, end)


@functools.lru_cache(maxsize=65536)
def fold_name(s: str) -> str:
    """The key of a name: the same function keys gazetteer names and article text.

    NFKD with diacritics stripped, lower case, apostrophe-like marks removed, hyphens
    and punctuation to spaces, whitespace collapsed, "oo"/"ou" to "u", doubled letters
    collapsed, a
    word-final "ah" shortened to "a", an inner Arabic-style article (al, el, ar, as,
    ash, ad, an, at, ...) normalised to "al" and a leading one dropped, so that "Ar
    Raqqah", "Raqqa" and "Raqa" share the key "raqa".
    """
    toks = [t for t, _, _ in _tokenize(s) if t != BARRIER]
    if len(toks) > 1 and toks[0] == "al":
        toks = toks[1:]
    return " ".join(toks)


# Article spellings that belong to the name when they stand before it in text
# ("al-Ghantu", "El Fasher"); "an", "as", "at" only when hyphenated ("as-Suwayda").
_NAME_ARTICLES = frozenset("al el ar ash az adh ath ad ed es et ez ul il".split())


# --------------------------------------------------------------------------- word lists

# Words that are never place mentions, however capitalised (function words, months,
# weekdays, titles and everyday English words that happen to name some place).
STOP_WORDS = frozenset(
    """
    the of and or but if then than so as at by for from in into on onto to with within
    without about above after again against all also any are be been before being below
    between both can could did do does down during each few further had has have having
    he her here hers him his how i is it its just me more most my no nor not now off once
    only other our out over own same she should some such that their them there these
    they this those through too under until up very was we were what when where which
    while who whom why will would you your yet still ever even may might must shall
    one two three four five six seven eight nine ten
    january february march april june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
    mr mrs ms dr sir president minister general police army government state city town
    village province region district capital north south east west central northern
    southern eastern western news times post world war peace
    liberty unity victory union progress
    justice freedom welcome paradise eden lost hell bar dam tar man men woman women
    council court house home office bank street road river lake sea ocean island bay
    port gate hill hills mount mountain valley forest park field fields square
    centre center market station bridge tower wall castle fort church school college abbey
    university hospital airport base camp zone border line front coast gulf strait
    many much new old great little big small long high low early late last first second
    next same real good bad free fair plain lot lots deal case cases point points
    sun moon star stars day days night week month year years time times people
    police security forces force troops military navy air fire water oil gas power
    energy trade aid relief support report reports data media press
    amnesty human rights watch international national global foreign defence defense
    ministry spokesman spokeswoman official officials source sources group groups
    since come make said name rest gold federal maritime delta oriental islands
    riverside plateau metro springs rivers surprise marks along never goes save share
    main store care worth normal basic rich mine mining date side hire lend okay anew
    begun risen born borne shut shot charge manage converse area spoken torn turn tour
    tune sing song hero bride hair muse smile bust humble lazy sane arid wary vary chop
    chat empire republic confederation proclamation conception ascension liberal
    imperial postal golden young lively savage dire vital sultan prince emir plains
    highlands highland midlands lakes junction harbor harbour fountain reservoir
    rapid alliance coalition movement resistance solidarity dignity liberation
    africa europe asia oceania america americas arctic antarctic middle levant sahel
    balkans caucasus orient occident mediterranean atlantic pacific
    """.split()
) | frozenset(
    # brands, arms makers and news agencies named after (or sharing a name with) some place
    # ("Turkish-made Bayraktar TB2s": Bayraktar is also a name of Karayazı, a town in Turkey)
    """
    toyota reuters honda nissan mazda suzuki nokia samsung hyundai lada volvo skoda
    opel fiat boeing airbus google amazon twitter facebook bayer siemens adidas
    bayraktar kalashnikov
    """.split()
) | frozenset(
    # armed groups and international bodies whose names collide with some place's
    """
    hamas hezbollah hizballah taliban isis isil daesh nato unicef unhcr opec houthi
    houthis shabaab qaeda nusra ypg pkk sdf wagner interpol
    """.split()
)

# Everyday English words that are also real towns: a mention needs a locative word
# before it ("in Reading", "near Bath") or a containing region after it ("Mobile, Alabama").
WEAK_NAMES = frozenset(
    """
    reading bath nice mobile sale best most police hope opportunity independence
    liberty victoria florence eagle phoenix orange union marion aurora hamilton
    lincoln washington jackson franklin clinton madison columbia charlotte
    buffalo concord salem troy sparta athens memphis kent derby chester dover
    wellington nelson temple enterprise warren vernon stanford mansfield
    bristol cambridge oxford worcester lancaster jordan chad jersey mission
    """.split()
)
# Country names among WEAK_NAMES are strong when capitalised mid-sentence: they are
# there for their sentence-initial use as first names ("Jordan said", "Chad warned").

# Real places whose key is shorter than four letters and which news text names.
SHORT_NAMES = frozenset(
    """
    gao ade rome lod ufa hue ica ufa ila aba ede oyo uyo ilo ise oda kut bam qom
    goa gaza ado bo mopti ura erbil lae apia suva male lome oslo bern baku riga doha
    kiev kyiv lima kobe nara ipoh agra pune gia tuz rio
    """.split()
)

# First names (several cultures) and titles: the capitalised word after one is a
# person's name, not a place ("Philip Luther", "Vladimir Putin", "President Assad").
FIRST_NAMES = frozenset(
    """
    john james robert michael william david richard joseph thomas charles christopher
    daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian
    george edward ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan
    stephen larry justin scott brandon benjamin samuel frank gregory raymond alexander
    patrick jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter
    kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean
    austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel
    logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby
    philip phillip johnny mary patricia jennifer linda elizabeth barbara susan jessica
    sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle
    dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen
    amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine
    debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce
    victoria kelly christina lauren joan evelyn olivia judith megan cheryl martha andrea
    frances hannah jacqueline ann gloria jean kathryn alice teresa sara janice doris
    madison julia grace judy abigail marie denise beverly amber theresa marilyn danielle
    diana brittany natalie sophia rose isabella alexis kayla charlotte
    vladimir dmitry dmitri sergei sergey igor ivan alexei alexey mikhail nikolai boris
    yuri andrei andrey oleg viktor pavel petro petr volodymyr yulia olga natalia tatiana
    svetlana irina anatoly gennady maxim konstantin leonid valery arseniy vitali vitaly
    mohammed mohammad muhammad mohamed ahmed ahmad ali omar umar hassan hussein husain
    mahmoud mustafa abdullah abdul khaled khalid ibrahim youssef yusuf salman faisal
    bashar hafez rami fadi walid tariq tarek nabil samir karim jamal hamid rashid said
    saeed osama ayman hamza bilal anas yasser yasir nasser saleh salih fatima aisha
    layla leila zainab maryam recep tayyip mevlut ahmet emmanuel francois jean pierre
    angela olaf xi li wang zhang narendra shinzo kim moon recep benjamin binyamin
    ban barack hillary joe kamala nicolas theresa boris justin hosni abdel abu
    president presidents minister ministers premier chancellor king queen prince princess
    sheikh emir sultan general gen lieutenant colonel col major maj captain capt
    sergeant commander admiral mr mrs ms miss dr prof professor sir lord lady senator
    sen governor gov mayor judge justice pope bishop imam ayatollah cardinal rev
    spokesman spokeswoman secretary ambassador envoy director chief
    ron marco hope chad tom tim jim bill bob mike nick dan ben sam max tony ted rick
    steve pete alex chris matt andy greg jeff jon josh luke adrian simon martin lucas
    hugo felix leo oscar victor carlos luis miguel pedro antonio manuel javier diego
    francisco rafael fernando ricardo eduardo sergio alberto roberto giovanni marco
    luca paolo hans klaus jurgen wolfgang helmut ursula heinz dieter yusuf abdulaziz
    jaime fidel jorge andres alvaro gustavo enrique alfonso ernesto felipe gonzalo guillermo
    ignacio joaquin rodrigo emilio esteban rigoberto camilo fabio julio cesar raul ruben
    ramon hector mauricio nestor wilson jhon yeison edwin dairo alirio teodoro gilberto
    alejandro pablo ivan
    """.split()
)

# Titles: "Colonel Andrés Oviedo", "President Gustavo Petro": two capitalised words after
# one are a person's names, whatever the first name.
TITLES = frozenset(
    """
    president minister premier chancellor king queen prince princess sheikh emir sultan
    general gen lieutenant colonel col major maj captain capt sergeant commander admiral
    mr mrs ms dr prof professor sir lord lady senator sen governor gov mayor judge pope
    bishop imam ayatollah cardinal rev spokesman spokeswoman secretary ambassador envoy
    """.split()
)

# Words of Arabic and Hebrew names that stand between a person's names.
_PATRONYMIC = frozenset("bin ibn bint ben bat abu umm".split())

# Words after a place name that make it part of an organisation's, outlet's or
# landmark's name ("Washington Post", "Westminster Abbey").
ORG_SUFFIXES = frozenset(
    """
    times post observatory institute institution university college school ministry
    herald tribune journal gazette telegraph daily today news chronicle press review
    agency television tv radio broadcasting airlines airways air bank group company
    corporation corp inc ltd council committee commission foundation center centre
    museum club fc united stadium academy society association federation league
    studies program programme project network channel magazine standard star guardian
    independent express mirror examiner observer courier monitor
    abbey cathedral palace arena
    """.split()
)

# Head nouns of organisations' names: a place followed by capitalised words ending in
# one of these names an organisation ("Rapid Support Forces", "Rwanda Defence Force").
ORG_HEADS = frozenset(
    """
    forces force front army movement brigade brigades party corps militia militias battalion
    regiment coalition alliance organisation organization guard guards
    """.split()
)

# Nouns of facilities and parts of a town: "Madina hospital", "Zamzam camp". A name before
# one, in a text about another country, is a facility's name, not that namesake town.
FACILITY_NOUNS = frozenset(
    """
    hospital hospitals clinic camp camps market mosque church school prison jail airport
    airbase neighbourhood neighborhood quarter university stadium hotel junction roundabout
    square bridge station refinery factory compound checkpoint crossing penitentiary
    """.split()
)

# Nouns after a country's acronym that make the acronym an adjective ("US troops", "UK
# officials", "13 US service members"), not a mention of the country as a place.
ADJECTIVAL_NOUNS = frozenset(
    """
    troops soldiers forces military army navy officials officers diplomats envoy envoys
    ambassador embassy citizens nationals service servicemen personnel government
    authorities administration president drone drones strike strikes jets warplanes aircraft
    """.split()
)

# Surname endings of several languages: a capitalised word with one after a place name
# makes the two a person's name ("Paris Hilton" is not, "Jordan Petrovic" is).
SURNAME_ENDINGS = (
    "ov", "ova", "ev", "eva", "enko", "ski", "sky", "skiy", "ska", "son", "sen", "ez", "escu",
    "ian", "yan", "poulos", "ovic", "evic", "vili", "dze", "stein", "berg", "mann", "wicz",
)

# Words after a name that say it is an admin1 region.
REGION_QUALIFIERS = frozenset(
    """
    governorate governorates province provinces region regions state states oblast
    oblasts district districts department departments prefecture prefectures county
    counties division divisions wilaya wilayat muhafazah
    """.split()
)
_PLURAL_QUALIFIERS = frozenset(
    "governorates provinces regions states oblasts districts departments prefectures counties divisions".split()
)

# Words before a place name that keep it a place ("northern Homs", "Greater Damascus").
PLACE_MODIFIERS = frozenset(
    """
    north south east west northern southern eastern western central northeast northwest
    southeast southwest northeastern northwestern southeastern southwestern greater
    upper lower inner outer rural old new downtown metropolitan
    """.split()
)

LOCATIVES = frozenset(
    """
    in at near nr from to into outside around across toward towards via through inside
    of between within across
    """.split()
)

# Connecting words allowed in lower case inside a multi-word name.
_CONNECTORS = frozenset(
    """
    of and the de del della di da do dos das du des la le les el al ar as ad an at ash az
    en et y i e am im an der den van von sur upon on bin ibn ez es ed ul il au aux lez
    sous bei ob na nad pod
    """.split()
) | REGION_QUALIFIERS

# Words of nationality ("Syrian", "Syrians"): never places, but they tell which country a text is about.
DEMONYMS: dict[str, str] = demonyms.country_of()
_DEMONYM_KEYS = {fold_name(k): v for k, v in DEMONYMS.items()}
# Two-word nationalities ("South Sudanese", "Sri Lankan") by their two folded words.
_DEMONYM_PAIRS = {tuple(fold_name(k).split()): v for k, v in DEMONYMS.items() if len(fold_name(k).split()) == 2}


_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es)-", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"\b(?P<word>(?-i:[A-Z])\w+)[ \t]+$", re.IGNORECASE)
_ARABIC_NAME_GOES_ON = re.compile(r"[ \t]+(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es)-(?-i:[A-Z])", re.IGNORECASE)
# "San Miguel del Ene", "Santa Rosa de Lima", "São José dos Campos": a Spanish or Portuguese name
# goes on past the part the gazetteer matched
# "Complexo da Penha", "Morro do Alemão", "Cidade de Deus": a Spanish or Portuguese name that began
# before the part the gazetteer matched (not "Departamento de Antioquia", "Estado de México": the
# place itself, named with what it is)
_ROMANCE_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?!(?i:departamento|provincia|prov[ií]ncia|estado|munic[ií]pio|ciudad|"
                                  r"regi[oó]n|regi[aã]o|distrito|comuna|cant[oó]n|parroquia|prefeitura|gobernaci[oó]n|"
                                  r"alcald[ií]a|governo|gobierno|rep[uú]blica|cidade)\b)"
                                  r"(?-i:[A-Z])[\w'’-]+[ \t]+(?-i:del|de|de[ \t]+la|de[ \t]+las|de[ \t]+los|do|da|dos|das)"
                                  r"[ \t]+$")
_ROMANCE_CONNECTORS = ("del", "de", "la", "las", "los", "do", "da", "dos", "das")


def _ends_in_connector(text: str, pos: int, endpos: int) -> bool:
    """Whether ``text[pos:endpos]`` ends in one of _ROMANCE_CONNECTORS and a space or tab (before
    a final line break too, where "$" matches): as every match of _ROMANCE_NAME_BEFORE does."""
    if text[endpos - 1:endpos] == "\n":
        endpos -= 1
    return endpos > pos and text[endpos - 1] in " \t" and text[pos:endpos].rstrip(" \t").endswith(_ROMANCE_CONNECTORS)


_ROMANCE_NAME_GOES_ON = re.compile(r"[ \t]+(?-i:del|de|de[ \t]+la|de[ \t]+las|de[ \t]+los|do|da|dos|das)[ \t]+"
                                   r"(?-i:[A-Z])")
# Words that say where in a region a place lies: "in the far north of", "in southern".
_WHERE_IN = """
    far north south east west northern southern eastern western central northeast northwest southeast
    southwest northeastern northwestern southeastern southwestern part of
""".split()


def _fold_set(words: Iterable[str]) -> frozenset[str]:
    """The word lists above as fold_name keys, the form tokens take in matching."""
    return frozenset(fold_name(w) for w in words)


_KSTOP_WORDS = _fold_set(STOP_WORDS)
_KWEAK_NAMES = _fold_set(WEAK_NAMES)
_KSHORT_NAMES = _fold_set(SHORT_NAMES)
_KFIRST_NAMES = _fold_set(FIRST_NAMES)
_KTITLES = _fold_set(TITLES)
_KORG_SUFFIXES = _fold_set(ORG_SUFFIXES)
_KORG_HEADS = _fold_set(ORG_HEADS)
_KFACILITY_NOUNS = _fold_set(FACILITY_NOUNS)
_KADJECTIVAL_NOUNS = _fold_set(ADJECTIVAL_NOUNS)
_KREGION_QUALIFIERS = _fold_set(REGION_QUALIFIERS)
_KWHERE_IN = _fold_set(_WHERE_IN)
_KPLURAL_QUALIFIERS = _fold_set(_PLURAL_QUALIFIERS)
# Words after a town's name that make it the name of an area around it which the gazetteer lacks:
# "Maru LGA", "Guma and Logo LGAs", "the Central Gondar zone", "Maungdaw and Buthidaung townships".
# The town, its seat, is the finest place the gazetteer has of it, when it lies in the region the
# text is set in; so is the seat of a district named alone ("Anantnag district").
_KAREA_WORDS = _fold_set("lga lgas zone zones".split())
_KPLURAL_AREA_WORDS = _fold_set("lgas zones townships".split())
_KDISTRICT_WORDS = _fold_set("district districts township townships municipality municipalities".split())
_KVILLAGE_NOUNS = _fold_set("village hamlet".split())
# A word before a name that makes it a valley's or a mountain's: "Wadi Omran", "Jebel Marra"
_FEATURE_BEFORE = re.compile(r"\b(?-i:Wadi|Jebel|Jabal|Jbel|Mount|Mt\.?)\s+$")
# Words after a name (or a list of names) that make it a part of a city: "the Penha complex", "the
# Penha and Alemão complexes", "the Saltivka neighbourhood"
_CITY_PART_AFTER = re.compile(r"(?:\s*(?:,|\band\b)\s*(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)*\s+"
                              r"(?:complex|complexes|favelas?|neighbou?rhoods?|slums?|shanty\s*towns?)\b", re.IGNORECASE)
_KFIRST_LEVEL_WORDS = _fold_set("governorate governorates province provinces oblast oblasts prefecture prefectures".split())
_TOWN_SIZE = 10_000  # people: no village
_KPLACE_MODIFIERS = _fold_set(PLACE_MODIFIERS)
_KLOCATIVES = _fold_set(LOCATIVES)
_KCONNECTORS = _fold_set(_CONNECTORS)
# "the town of", "the village of": the name after is a settlement's
# Words before a short name that make it a town of the country the text is about ("near Rann").
_NEAR_WORDS = _fold_set(frozenset("near outside around in".split()))
_KSETTLEMENT_NOUNS = _fold_set(frozenset("town towns village villages city hamlet settlement locality".split()))

_KIND_RANK = {"country": 0, "locality": 1, "admin1": 2}
_NO_COUNTS: Counter = Counter()  # an empty count, only ever read
_KIND_CODE = {"L": "locality", "A": "admin1", "C": "country"}


# --------------------------------------------------------------------------- gazetteer

class Gazetteer:
    """Places loaded from the data file, with an automaton over their folded names.

    The automaton maps each key to an index into ``_keys``/``_cands``; a candidate is
    encoded as ``place_index * 2 + is_primary`` (primary: a form of the canonical name).
    """

    def __init__(self, places: "Sequence[Place]", keymap: dict[str, list[int]], ids: dict[int, int]):
        self._places = places
        self._by_id = ids  # place id -> index
        self._keys: list[str] = list(keymap)
        self._cands: list[list[int]] = list(keymap.values())
        self._auto = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for i, key in enumerate(self._keys):
            self._auto.add_word(key, i)
        self._auto.make_automaton()
        # the words that open a key: only a token among them starts a name (see _Finder.spans)
        self._first_words = frozenset(key.split(" ", 1)[0] for key in self._keys)

    # -- loading
    @classmethod
    def load(cls, path: Path | str = DATA_PATH) -> "Gazetteer":
        gc_was_enabled = gc.isenabled()
        gc.disable()  # hundreds of thousands of small objects, no cycles
        try:
            return cls._load(path)
        finally:
            if gc_was_enabled:
                gc.enable()

    @classmethod
    def _load(cls, path: Path | str) -> "Gazetteer":
        rows: list[str] = []  # raw lines: split again when a Place is needed
        ids: dict[int, int] = {}
        keymap: dict[str, list[int]] = {}
        countries: dict[str, str] = {}
        admin_names: dict[tuple[str, str], str] = {}
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            lines = [line for line in fh if line[0] != "#"]
        for idx, line in enumerate(lines):
            f = line.rstrip("\n").split("\t")
            rows.append(line)
            ids[int(f[0])] = idx
            if f[1] == "C":
                countries[f[2]] = f[4]
            elif f[1] == "A":
                admin_names[(f[2], f[3])] = f[4]
            flag = 1
            for column in (f[8], f[9]):
                if not column:
                    flag = 0
                    continue
                for key in column.split("|"):
                    lst = keymap.get(key)
                    if lst is None:
                        keymap[key] = [idx * 2 + flag]
                    elif lst[-1] >> 1 != idx:
                        lst.append(idx * 2 + flag)
                    if key[:4] == "the ":  # "The Hague" is also "Hague"
                        rest = key[4:]
                        lst = keymap.get(rest)
                        if lst is None:
                            keymap[rest] = [idx * 2]
                        elif lst[-1] >> 1 != idx:
                            lst.append(idx * 2)
                flag = 0
        return cls(_PlaceTable(rows, countries, admin_names), keymap, ids)

    # -- public API
    def by_id(self, place_id: int) -> Place | None:
        idx = self._by_id.get(place_id)
        return None if idx is None else self._places[idx]

    def region_of(self, place: Place) -> Place | None:
        """The first-level region a town lies in, when the gazetteer has it."""
        if place.kind != "locality" or not place.admin1:
            return None
        return next((p for p in self.lookup(place.admin1)
                     if p.kind == "admin1" and p.country_code == place.country_code), None)

    def regions_sharing(self, country_code: str, word: str) -> list[Place]:
        """The first-level regions of a country whose names hold ``word``: "the Kordofan states"
        are North Kordofan, Southern Kordofan and West Kordofan."""
        key = fold_name(word)
        names = sorted({name for (code, _), name in self._places._admin_names.items()
                        if code == country_code and key in fold_name(name).split()})
        return [next(p for p in found if p.kind == "admin1" and p.country_code == country_code)
                for found in map(self.lookup, names)
                if any(p.kind == "admin1" and p.country_code == country_code for p in found)]

    def country(self, code: str) -> Place | None:
        """The country with this ISO code, if the gazetteer has it."""
        name = self._places._countries.get(code.upper())
        return next((p for p in self.lookup(name) if p.kind == "country" and p.country_code == code.upper()),
                    None) if name else None

    def lookup(self, name: str) -> list[Place]:
        """Every place whose name or alternate name folds to ``fold_name(name)``."""
        key = fold_name(name)
        if not key:
            return []
        i = self._auto.get(key, -1)
        if i < 0:
            return []
        found = {self._places[c >> 1].id: self._places[c >> 1] for c in self._cands[i]}
        return sorted(found.values(), key=lambda p: (-p.population, p.id))

    def find(self, text: str, countries: Sequence[str] = (), english: bool = False) -> list[PlaceMatch]:
        """All place mentions in ``text``, in text order, non-overlapping (``english``: the text is
        known to be English, whose capitals mark names, not nouns as German ones do)."""
        return _Finder(self, text, countries, english).run()


class _PlaceTable:
    """The file's lines, turned into :class:`Place` objects on first use."""

    __slots__ = ("_rows", "_cache", "_countries", "_admin_names")

    def __init__(self, rows: list[str], countries: dict[str, str], admin_names: dict[tuple[str, str], str]):
        self._rows = rows
        self._cache: list[Place | None] = [None] * len(rows)
        self._countries = countries
        self._admin_names = admin_names

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, idx: int) -> Place:
        place = self._cache[idx]
        if place is None:
            pid, kcode, cc, a1, name, lat, lon, pop, prim, alts = self._rows[idx].rstrip("\n").split("\t")
            kind = _KIND_CODE[kcode]
            if kind == "locality":
                admin1 = self._admin_names.get((cc, a1))
            elif kind == "admin1":
                admin1 = name
            else:
                admin1 = None
            names = tuple(k for k in (prim.split("|") + alts.split("|")) if k)
            place = Place(int(pid), name, kind, admin1, self._countries.get(cc, cc), cc,
                          float(lat), float(lon), int(pop), names)
            self._cache[idx] = place
        return place


# --------------------------------------------------------------------------- matching

@dataclass(slots=True)
class _Hit:
    t0: int  # first token index
    t1: int  # last token index (inclusive)
    start: int
    end: int
    key: str
    cands: list[int]
    primary: dict[int, bool]
    forced_kind: str | None = None
    context: set[int] | None = None  # candidates that the context supports
    dateline: bool = False  # "BEIRUT (Reuters) -": a place for certain
    elsewhere: bool = False  # "Palma, in the far north of Cabo Delgado" names no Palma the gazetteer has there
    tentative: bool = False  # a short name after "near", "in": a town only in a country the text names
    district: bool = False  # "Maru LGA", "Tubas governorate": an area named after a town, not the town
    first_level: bool = False  # "Tubas governorate": the area is a region, not the town it is named after


_DIRECTIONS = frozenset("north south east west central upper lower northern southern eastern western".split())
_KDIRECTIONS = _fold_set(_DIRECTIONS)
# The words of a region's name that only says where it lies: "North East", "Centre", "Far North",
# and in French, "Nord", "Sud-Est" (so "the Nord-Lukuga sector" of a text on Congo is not Haiti's Nord)
_KDIRECTION_NAME_WORDS = _KDIRECTIONS | _fold_set("centre center far middle nord sud est ouest".split())
_DIRECTION_AND = re.compile(r"\b(?P<dir>North|South|East|West|Central|Upper|Lower|Northern|Southern|Eastern|Western)"
                            r"\s+(?:and|or|&)\s+$")
# "the district's ", "the city's ": the name after is of a part of the area named before
_PART_OF_THE_AREA = re.compile(r"\bthe\s+(?:district|city|town|province|region|state|county|governorate|"
                               r"municipality|village)['’]s\s+$", re.IGNORECASE)
_WATER_BEFORE = re.compile(r"\bLake[ \t]+$")
# What says one place lies near another: ", south-east of", ", about 20 km north of", ", near"
_NEAR_LINK = re.compile(r"\s*,\s*(?:(?:about|some|approximately|around|roughly|nearly|just)\s+)?"
                        r"(?:(?:\d+|a\s+few|some)\s*(?:km|kilometres|kilometers|miles)\s+)?"
                        r"(?:near|outside|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\s+"
                        r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?", re.IGNORECASE)
# A capitalised word joined by a hyphen to the name after it: "Mayo-" of "Mayo-Sava"
JOINED_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][^\W\d_]*)-$")
_NEIGHBOURHOOD_AFTER = re.compile(r"[ \t]+(?:neighbou?rhood|quarter|barrio|colonia|suburb)s?\b", re.IGNORECASE)
_ETHNIC_BEFORE = re.compile(r"\bethnic[ \t]+$", re.IGNORECASE)
# A ship's name: "sinking the bulk carrier Ocean Laurel", "the tanker Marlin Luanda"
_KVESSELS = _fold_set("carrier tanker vessel ship freighter ferry frigate destroyer trawler dhow".split())
# (a capital and letters, accented ones too: "Colonia López Arellano")
_NEXT_CAPITALISED = re.compile(r"[ \t]+((?=[A-ZÀ-ÖØ-Þ])[^\W\d_][^\W\d_A-Z]+)\b")
_PREVIOUS_CAPITALISED = re.compile(r"\b((?=[A-ZÀ-ÖØ-Þ])[^\W\d_][^\W\d_A-Z]+)[ \t]+$")
_THE_CITY_AFTER = re.compile(r"[^.;!?\n]{0,120}?\bthe\s+city(?:['’]s)?\b")
_PEOPLE_GROUP_AFTER = re.compile(
    r"(?:\s+(?:and|or)\s+[A-Z][a-z]+)?\s+(?:militias?|militiamen|herders|tribesmen|clans?|communities)\b")
# "UH-60 ", "Su-25 ", "F-16 ", and a word of the model's name between: "A-29 Super Tucano"
_MODEL_BEFORE = re.compile(r"\b[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Za-z]?[ \t]+(?:[A-Z][a-z]+[ \t]+)?$")
# Words that may follow a place's name with a capital and belong to no longer name: the words
# that are never places (weekdays, months, "said"), region and facility nouns, "north", ...
_NOT_NAME_WORDS = STOP_WORDS | REGION_QUALIFIERS | FACILITY_NOUNS | PLACE_MODIFIERS | frozenset(
    "says port base dam road highway river lake mountains hills street field plant strip international general "
    "area zone municipality raion valley island islands air".split())
# Patterns searched for in the few characters before a name, behind a lookahead on the characters
# their matches start with, which passes over most offsets at once.
(_ROMANCE_NAME_BEFORE, _MODEL_BEFORE, _WATER_BEFORE, _ETHNIC_BEFORE, _FEATURE_BEFORE, _NAME_BEFORE,
 _PART_OF_THE_AREA, _DIRECTION_AND) = map(with_first_chars, (
    _ROMANCE_NAME_BEFORE, _MODEL_BEFORE, _WATER_BEFORE, _ETHNIC_BEFORE, _FEATURE_BEFORE, _NAME_BEFORE,
    _PART_OF_THE_AREA, _DIRECTION_AND))


def _decode(enc: list[int]) -> tuple[list[int], dict[int, bool]]:
    """The places of encoded candidates (``place_index * 2 + is_primary``), and whether the key is
    a form of the canonical name of each."""
    return [c >> 1 for c in enc], {c >> 1: bool(c & 1) for c in enc}


class _Finder:
    def __init__(self, gaz: Gazetteer, text: str, countries: Sequence[str], english: bool = False):
        self.g = gaz
        self.text = text
        self.english = english
        self.countries = {c.upper() for c in countries}
        self.tokens = _tokenize(text)
        self._others: dict[str, tuple[Counter, Counter]] = {}
        self._decoded: dict[int, tuple[list[int], dict[int, bool]]] = {}  # see candidates()
        self._hits: list[_Hit] = []
        self._fine: Counter | None = None  # countries of the towns and regions named (see located_elsewhere)
        self.headline_lines = _headline_spans(text)
        self.datelines = datelines(text)

    def candidates(self, ki: int) -> tuple[list[int], dict[int, bool]]:
        """The places key ``ki`` names, and whether it is a form of the canonical name of each,
        decoded once an article (its mentions share them, and no rule changes them)."""
        found = self._decoded.get(ki)
        if found is None:
            found = self._decoded[ki] = _decode(self.g._cands[ki])
        return found

    # -- helpers on the original text
    def orig(self, i: int) -> str:
        _, s, e = self.tokens[i]
        return self.text[s:e]

    def is_word(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and self.tokens[i][0] != BARRIER

    def sentence_initial(self, i: int) -> bool:
        """Token i starts a sentence or a line (or follows a quote or bracket)."""
        s = self.tokens[i][1]
        j = s - 1
        while j >= 0 and self.text[j] in " \t\"'“”‘’«»([":
            j -= 1
        return j < 0 or self.text[j] in ".!?\n\r:…"

    def in_headline(self, pos: int) -> bool:
        k = bisect.bisect_right(self.headline_lines, (pos, 1 << 62)) - 1
        return k >= 0 and self.headline_lines[k][0] <= pos < self.headline_lines[k][1]

    def after_a_vessel(self, i: int) -> bool:
        """Token i is a ship's name, or its second or third word: "the bulk carrier Ocean Laurel"."""
        for k in range(i - 1, max(-1, i - 4), -1):
            if not self.is_word(k):
                return False
            if self.tokens[k][0] in _KVESSELS:
                return True
            if not self.capitalised(k):
                return False
        return False

    def capitalised(self, i: int) -> bool:
        o = self.orig(i)
        return bool(o) and o[0].isupper()

    # -- main
    def run(self) -> list[PlaceMatch]:
        raw = self.collect()
        demonym_countries = Counter()
        for i, (tok, _, _) in enumerate(self.tokens):
            if tok in _DEMONYM_KEYS and self.capitalised(i):
                # "South Sudanese" is South Sudan's word, not Sudan's
                pair = _DEMONYM_PAIRS.get((self.tokens[i - 1][0], tok)) if i else None
                demonym_countries[pair or _DEMONYM_KEYS[tok]] += 1
        hits = self.select(raw)
        hits = self.filter_people_and_orgs(hits)
        self.apply_context(hits)
        self._hits, self._fine = hits, None
        mentioned = self.mentioned_countries(hits, demonym_countries)
        places = [self.resolve(h, mentioned) for h in hits]
        if None in places and not self.countries:
            places = self.second_look(hits, places, demonym_countries)
        out: list[PlaceMatch] = []
        resolved: list[tuple[_Hit, Place]] = []
        for h, place in zip(hits, places):
            if h.start >= 5 and _WATER_BEFORE.search(self.text, max(0, h.start - 8), h.start):
                continue  # "the Lake Chad area", "Lake Victoria": a lake, not the country or town
            if h.start >= 7 and _ETHNIC_BEFORE.search(self.text, max(0, h.start - 8), h.start):
                continue  # "400 ethnic Amhara civilians": a people, not the region
            if self.after_a_vessel(h.t0):
                continue  # "the bulk carrier Ocean Laurel": a ship, not a town of Maryland
            if _NEIGHBOURHOOD_AFTER.match(self.text, h.end) and h.start >= 4 \
                    and self.text[h.start - 4:h.start].lower() == "the ":
                continue  # "a shop in the Juárez neighbourhood": a part of the town, not Ciudad Juárez
            if h.start > 1 and self.text[h.start - 1] == "-" and self.text[h.start - 2].isalpha() \
                    and self.joined_to_a_name_before(h, hits):
                continue  # "Mayo-Sava", a department of Cameroon: not Sava, a region of Madagascar
            if h.start and self.text[h.start - 1] in "\"“" and self.text[h.end:h.end + 1] in ("\"", "”") \
                    and h.t0 == h.t1:
                continue  # factions loyal to "Iván Mordisco" and "Calarcá": a nickname in quotes
            if place is None:
                continue
            if place.kind == "locality" and not h.dateline \
                    and (not any(h.primary.get(c) for c in h.cands if self.g._places[c] is place)
                         or place.population < 100_000) \
                    and self.part_of_longer_name(h) and not self.others_mention(h, mentioned).get(place.country_code):
                # "Adan Yabaal, a town in Middle Shabelle": a town the gazetteer lacks, whose first
                # word is another spelling of a town (Aden) in a country the text says nothing
                # else of ("the Aleppo Citadel" is Aleppo's own name); "Colonia López Arellano", a
                # district of Choloma, is no small town of New Jersey that bears the first word
                continue
            if self.english and place.kind in ("locality", "admin1") and not h.dateline and self.name_goes_on_before(h) \
                    and not self.others_mention(h, mentioned).get(place.country_code):
                # "told the Lok Sabha on Monday": the last word of a longer name, in a country the
                # text says nothing else of, whatever the size of the town or region it spells (in English:
                # "Die Stadt Aleppo" is a German noun before the city)
                continue
            resolved.append((h, place))
        self.agree_in_lists(resolved)
        self.namesakes_at_home(resolved)
        self.districts_of_the_text_region(resolved)
        self.drop_parts_abroad(resolved)
        self.drop_city_parts_elsewhere(resolved)
        for n, (h, place) in enumerate(resolved):
            # (an area below the first level, "Maru LGA", "Kohat division", is its seat, the
            # finest place the gazetteer has of it)
            if h.first_level and place.kind == "locality":
                resolved[n] = (h, self.g.region_of(place) or place)
        for h, place in resolved:
            out.append(PlaceMatch(h.start, h.end, self.text[h.start:h.end], place))
        return self.shared_heads(out)

    def joined_to_a_name_before(self, h: _Hit, hits: list[_Hit]) -> bool:
        """Whether the mention is the second half of a longer name joined by a hyphen to a
        capitalised word that is no article and no place of its own: "Mayo-Sava", "Mayo-Tsanaga"
        (not "al-Ghantu", nor Sake in "the Goma-Sake road")."""
        before = JOINED_WORD_BEFORE.search(self.text, max(0, h.start - 30), h.start)
        if before is None or before.group(1).lower() in ARTICLES or before.group(1).lower() in _DIRECTIONS:
            return False
        return not any(g.end == h.start - 1 for g in hits)

    def second_look(self, hits: list[_Hit], places: "list[Place | None]", demonyms: Counter) -> "list[Place | None]":
        """The names left out, weighed again against the countries of the places taken.

        A name counts toward its country's mentions when all its candidates lie in that country,
        so "Raipur" (a city of India, and a town of Bangladesh) counts for none, while "CoBRA" (an
        other name of San Vicente, in the Philippines) counts for the Philippines, though no
        place is taken for it: Bijapur, in a text datelined Raipur, was left out as a small town
        of a country the text named nothing else of. Counted by the places taken, the text names
        India; a name is taken now only when the country of its place is among them."""
        counts = Counter(demonyms)
        by_key: dict[str, Counter] = {}
        for h, place in zip(hits, places):
            if place is not None:
                counts[place.country_code] += 1
                by_key.setdefault(h.key, Counter())[place.country_code] += 1
        saved = self.by_key, self._others, self._hits, self._fine
        self.by_key, self._others, self._fine = by_key, {}, None
        self._hits = [h for h, place in zip(hits, places) if place is not None]
        again = list(places)
        for n, (h, place) in enumerate(zip(hits, places)):
            if place is None:
                found = self.resolve(h, counts)
                if found is not None and self.others_mention(h, counts).get(found.country_code):
                    again[n] = found
        self.by_key, self._others, self._hits, self._fine = saved
        return again

    def shared_heads(self, out: list[PlaceMatch]) -> list[PlaceMatch]:
        """"North and West Kordofan", "East and West Gojjam": the first direction shares the
        name that follows the second, when the gazetteer has that place in the same country."""
        for k in range(len(out) - 1, -1, -1):
            m = out[k]
            first, _, rest = m.text.partition(" ")
            if not rest or first.lower() not in _DIRECTIONS:
                continue
            pair = _DIRECTION_AND.search(self.text, max(0, m.start - 20), m.start)
            if pair is None:
                continue
            other = next((p for p in self.g.lookup(f"{pair.group('dir')} {rest}")
                          if p.country_code == m.place.country_code and p.kind == m.place.kind), None)
            if other is not None and other.id != m.place.id:
                out.insert(k, PlaceMatch(pair.start("dir"), pair.end("dir"), pair.group("dir"), other))
        return out

    def located_elsewhere(self, h: "_Hit", country_code: str) -> bool:
        """Whether the text names towns or regions of other countries, and none of this one but
        ``h`` itself (an article set in Ituri names Bunia; one on strikes abroad may name no town
        at all; a weekly overview of South Sudan, Kenya and Ethiopia names none of Germany's)."""
        if self._fine is None:
            places = self.g._places
            self._fine = Counter(places[g.cands[0]].country_code for g in self._hits
                                 if len({places[c].country_code for c in g.cands}) == 1
                                 and all(places[c].kind != "country" for c in g.cands))
        own = sum(1 for g in self._hits if g.key == h.key)
        others = [cc for cc, n in self._fine.items() if cc != country_code and n]
        return len(others) >= 1 and self._fine.get(country_code, 0) <= own

    def part_of_longer_name(self, h: "_Hit") -> bool:
        """A capitalised word that is no place word, weekday or month follows the mention at once:
        "Adan Yabaal" (not "Aden Province", "Aden on Monday"); or precedes it, inside a sentence:
        "Lin Ta Lu village" (not "Northern Aleppo", "On Monday Aleppo")."""
        if self.in_headline(h.start):
            return False
        m = _NEXT_CAPITALISED.match(self.text, h.end)
        if m and m.group(1).lower() not in _NOT_NAME_WORDS:
            return True
        return self.name_goes_on_before(h)

    def name_goes_on_before(self, h: "_Hit") -> bool:
        """A capitalised word that is no place word or title precedes the mention inside a
        sentence: "Lin Ta Lu village", "the Lok Sabha" (not "Northern Aleppo", "On Monday Aleppo")."""
        if self.in_headline(h.start):
            return False
        before = _PREVIOUS_CAPITALISED.search(self.text, max(0, h.start - 30), h.start)
        return before is not None and before.group(1).lower() not in _NOT_NAME_WORDS \
            and before.group(1).lower() not in TITLES and h.t0 > 0 and not self.sentence_initial(h.t0 - 1)

    def agree_in_lists(self, resolved: list[tuple["_Hit", Place]]) -> None:
        """Towns listed together lie together: "air bases in Pathankot, Udhampur and Adampur" is
        the Adampur of Punjab, where Pathankot is, not its namesake in Haryana. A town with
        namesakes in the same country takes the region of a town it is listed with."""
        places = self.g._places
        group = [0] * len(resolved)  # mentions joined by commas and "and" share a group number
        for n in range(1, len(resolved)):
            group[n] = group[n - 1] if self._listed_with(resolved[n - 1][0], resolved[n][0]) else group[n - 1] + 1
        members: dict[int, list[int]] = {}
        for n, g in enumerate(group):
            members.setdefault(g, []).append(n)
        listed: dict[str, Place] = {}
        for n, (h, place) in enumerate(resolved):
            if place.kind != "locality":
                continue
            namesakes = [places[c] for c in h.cands if places[c].kind == "locality"
                         and places[c].country_code == place.country_code and places[c].admin1 != place.admin1]
            if not namesakes:
                continue
            siblings = [resolved[k][1] for k in members[group[n]] if k != n
                        and resolved[k][1].country_code == place.country_code]
            regions = {p.admin1 for p in siblings}
            if place.admin1 in regions:
                continue
            better = [p for p in namesakes if p.admin1 in regions]
            if better:
                resolved[n] = (h, max(better, key=lambda p: p.population))
                listed[h.key] = resolved[n][1]
        # ... and keeps that place wherever the text names it again on its own: "to reinforce El
        # Retorno and Calamar", then "a mine in rural Calamar" is the same Calamar of Guaviare, not
        # its larger namesake in Bolívar
        for n, (h, place) in enumerate(resolved):
            chosen = listed.get(h.key)
            if chosen is not None and place is not chosen and place.kind == "locality" \
                    and place.country_code == chosen.country_code and any(places[c] is chosen for c in h.cands):
                resolved[n] = (h, chosen)

    def districts_of_the_text_region(self, resolved: list[tuple["_Hit", Place]]) -> None:
        """"Phubala, a village in Bishnupur district", in a text whose other towns all lie in
        Manipur: the gazetteer's only Bishnupur is a town of West Bengal, so the district is one it
        lacks, and the finest place it has is the region the text is set in. So is "the village of
        Jesús María" in a text on Sinaloa, when the gazetteer's only one is a city elsewhere, and
        "the village of Duma" in a text on the West Bank, whose Douma is a city near Damascus."""
        regions_named = _RegionsNamed(resolved)
        for n, (h, place) in enumerate(resolved):
            q = h.t1 + 1
            village = place.population >= _TOWN_SIZE and self._called_a_village(h.t0)
            if place.kind != "locality" or not h.district and (
                    q >= len(self.tokens) or self.tokens[q][0] not in _KDISTRICT_WORDS) and not village:
                continue
            # (an area named after a town is one of the country's own; a village or a district or
            # municipality may be over a border, when the text names no region of the namesake's
            # country: "a village in Valparaíso municipality" in a text set in Zacatecas is not in Chile)
            regions = regions_named(h, place.country_code)
            if not regions and (village or q < len(self.tokens) and self.tokens[q][0] in _KDISTRICT_WORDS):
                regions = regions_named(h)
            home = _plain_region(regions)
            if home is None or (place.country_code, place.admin1) in regions:
                continue
            region = next((p for p in self.g.lookup(home[1])
                           if p.kind == "admin1" and p.country_code == home[0]), None)
            if region is not None:
                resolved[n] = (h, region)

    def namesakes_at_home(self, resolved: list[tuple["_Hit", Place]]) -> None:
        """"near Los Reyes, west of Uruapan", in a text set plainly in Michoacán: the Los Reyes of
        Michoacán, not the larger namesake near Mexico City."""
        places = self.g._places
        regions_named = _RegionsNamed(resolved)
        for n, (h, place) in enumerate(resolved):
            if place.kind != "locality" or h.forced_kind or h.dateline:
                continue
            namesakes = [places[c] for c in h.cands if places[c].kind == "locality" and places[c] is not place
                         and places[c].country_code == place.country_code and places[c].admin1 != place.admin1]
            if not namesakes:
                continue
            home = _plain_region(regions_named(h, place.country_code))
            at_home = [p for p in namesakes if (p.country_code, p.admin1) == home]
            if at_home:
                resolved[n] = (h, max(at_home, key=lambda p: p.population))

    def drop_city_parts_elsewhere(self, resolved: list[tuple["_Hit", Place]]) -> None:
        """"the Penha complex", "the Parque União favelas", in a text set in Rio de Janeiro: a part of
        a city, named like a town of another region (Penha, in Santa Catarina), which is not it; the
        part is one the gazetteer lacks. So is a valley or a mountain named like a place elsewhere
        ("Wadi Omran" in a text on Abyan is not Amran governorate)."""
        parts = {n for n, (h, place) in enumerate(resolved)
                 if place.kind == "locality" and _CITY_PART_AFTER.match(self.text, h.end)
                 # ("the Wadi Omran valley of Mudiyah district", in a text on Abyan: a valley, not Amran)
                 or place.kind in ("locality", "admin1") and _FEATURE_BEFORE.search(self.text, max(0, h.start - 12), h.start)}
        if not parts:
            return
        # (the region of the text's other places, named twice at least; a part of a region it names
        # nowhere else is not that region's)
        mentions = Counter((place.country_code, place.admin1 or place.name) for n, (h, place) in enumerate(resolved)
                           if place.kind != "country" and n not in parts)
        if not mentions or mentions.most_common(1)[0][1] < 2:
            return
        resolved[:] = [(h, place) for n, (h, place) in enumerate(resolved)
                       if n not in parts or mentions[(place.country_code, place.admin1 or place.name)]]

    def drop_parts_abroad(self, resolved: list[tuple["_Hit", Place]]) -> None:
        """"the district's Gomal area", "the city's Saddar police station": a part of the area named
        before, so in its country; a namesake abroad (Gomal Kelay, in Afghanistan) is not it, and the
        part is one the gazetteer lacks."""
        keep = []
        last: Place | None = None
        for h, place in resolved:
            if last is not None and place.country_code != last.country_code \
                    and _PART_OF_THE_AREA.search(self.text, max(0, h.start - 30), h.start):
                continue
            keep.append((h, place))
            if place.kind != "country":
                last = place
        resolved[:] = keep

    def _listed_with(self, a: "_Hit", b: "_Hit") -> bool:
        """Whether two mentions belong to one list: only commas and 'and'/'or' between them."""
        first, second = (a, b) if a.t0 < b.t0 else (b, a)
        tokens = self.tokens  # (read up to the first word of no list: the gap may be long)
        return first.t1 + 1 < second.t0 and all(tokens[k][0] in (BARRIER, "and", "or")
                                                 for k in range(first.t1 + 1, second.t0))

    def spans(self) -> list[tuple[int, int, int]]:
        """Every run of whole tokens whose words joined by spaces are a gazetteer key:
        ``(t1, t0, key index)``, ordered by last token, then longest first. A name starts with a
        capital (or with no letter): of the runs that start in lower case only the one-word keys
        shorter than four letters are kept, which may be a town the text calls one ("the town of
        wao", see :meth:`collect`).

        The automaton serves as a trie: from each token that is the first word of a key, the
        run grows while it is a prefix of some key. These are the matches an Aho-Corasick scan
        of the tokens joined by spaces finds that start and end at token boundaries, in the
        order it finds them.
        """
        auto = self.g._auto
        is_prefix, key_index = auto.match, auto.get
        tokens, text = self.tokens, self.text
        words = [tok for tok, _, _ in tokens]
        n = len(words)
        found: list[tuple[int, int, int]] = []
        first_words = self.g._first_words
        for t0 in [t for t, word in enumerate(words) if word in first_words]:
            phrase = words[t0]
            first = text[tokens[t0][1]]
            if first.isalpha() and not first.isupper():
                if len(phrase) < 4:
                    ki = key_index(phrase, -1)
                    if ki >= 0:
                        found.append((t0, t0, ki))
                continue
            t1 = t0
            while is_prefix(phrase):
                ki = key_index(phrase, -1)
                if ki >= 0:
                    found.append((t1, t0, ki))
                t1 += 1
                if t1 == n:
                    break
                phrase = phrase + " " + words[t1]
        # "Pétion-Ville" is the gazetteer's one-word "Pétionville": two tokens with only a hyphen
        # between them (token starts only grow, so the token after the hyphen is found by bisection)
        hyphen = text.find("-")
        while hyphen >= 0:
            t = bisect.bisect_left(tokens, hyphen + 1, key=_token_start)
            if 0 < t < n and tokens[t][1] == hyphen + 1 and tokens[t - 1][2] == hyphen:
                ki = key_index(words[t - 1] + words[t], -1)
                if ki >= 0:
                    found.append((t, t - 1, ki))
            hyphen = text.find("-", hyphen + 1)
        found.sort()
        return found

    def _called_a_village(self, t0: int) -> bool:
        """"the village of Jesús María": a settlement the text calls a village."""
        return t0 >= 2 and self.tokens[t0 - 1][0] == "of" and self.tokens[t0 - 2][0] in _KVILLAGE_NOUNS

    def _called_a_town(self, t0: int) -> bool:
        """The words before token ``t0`` are "the town of", "the village of", ..."""
        return t0 >= 2 and self.tokens[t0 - 1][0] == "of" and self.tokens[t0 - 2][0] in _KSETTLEMENT_NOUNS

    def collect(self) -> list[_Hit]:
        hits: list[_Hit] = []
        keys, all_cands = self.g._keys, self.g._cands
        text, tokens = self.text, self.tokens
        spans = self.spans()
        # A short name the text calls a town ("the town of Wao") is that town in every mention.
        towns = {ki for t1, t0, ki in spans if t0 == t1 and len(keys[ki]) < 4 and self._called_a_town(t0)}
        for t1, t0, ki in spans:
            first = text[tokens[t0][1]]
            if first.isalpha() and not first.isupper():
                continue  # a name starts with a capital: acceptable() says False at once
            key = keys[ki]
            a = t0 - 1
            article = (
                a >= 0 and self.tokens[a][0] == "al" and (
                    self.orig(a).lower() in _NAME_ARTICLES
                    or self.text[self.tokens[a][2]:self.tokens[a][2] + 1] == "-"
                )
            )
            ok = self.acceptable(t0, t1, key, article)
            # a common word or a short one ("Sahel", "Lac") followed by a region word, or in a list
            # of regions, names a region: "the Lac province", "the Est, Sahel and Centre-Nord regions"
            rescued = ok is not True and (ok is None or key in _KSTOP_WORDS) and self._named_as_region(t0, t1)
            if ok is False and not rescued:
                continue
            dateline = self.is_dateline(t0, t1)
            if dateline and ok is None:
                ok = True
            if article:
                t0 = a
            enc = all_cands[ki]
            forced, tentative = None, False
            if rescued:  # only the region the list names: "Centre-Nord, Sahel and Boucle du Mouhoun regions"
                enc = [c for c in enc if self.g._places[c >> 1].kind == "admin1"]
                if not enc:
                    continue
            elif ok is None and t0 == t1 and not self.orig(t0).isupper() and (ki in towns or (
                    t0 and tokens[t0 - 1][0] in _NEAR_WORDS and not self.sentence_initial(t0)
                    and not any(self.g._places[c >> 1].kind == "country" for c in enc if c & 1))):
                # "the town of Wao": that town; "a bomb tore through a vehicle near Rann": a town,
                # if the text is about its country
                enc = [c for c in enc if self.g._places[c >> 1].kind == "locality"]
                if not enc:
                    continue
                forced, tentative = "locality", ki not in towns
            elif ok is None:
                enc = [c for c in enc if c & 1 and self.g._places[c >> 1].kind == "country"]
                if not enc:
                    continue
            end = self.tokens[t1][2]
            if len(self.tokens[t1][0]) == 1 and self.text[end:end + 1] == ".":
                end += 1  # "U.S." keeps its last full stop
            cands, primary = self.candidates(ki) if enc is all_cands[ki] else _decode(enc)
            hits.append(
                _Hit(t0, t1, self.tokens[t0][1], end, key, cands, primary,
                     forced_kind=forced, dateline=dateline, tentative=tentative)
            )
        return hits

    def _named_as_region(self, t0: int, t1: int) -> bool:
        """Whether the capitalised word at ``t0`` is followed by a region word ("Lac province") or
        stands in a list of names ended by a plural one ("Centre-Nord, Sahel and Boucle du Mouhoun
        regions"); an acronym is not."""
        first = self.orig(t0)
        if not first[:1].isupper() or first.isupper() or self.sentence_initial(t0):
            return False
        tokens, n = self.tokens, len(self.tokens)
        if t1 + 1 < n and tokens[t1 + 1][0] in _KREGION_QUALIFIERS:
            return True
        # the list's last name ("the Centre-Nord and Sahel regions") or one before it
        linked = t0 >= 2 and tokens[t0 - 1][0] in ("and", "or") and self.capitalised(t0 - 2)
        for k in range(t1 + 1, min(n, t1 + 13)):
            tok = tokens[k][0]
            if tok in _KPLURAL_QUALIFIERS:
                return linked
            if tok == BARRIER:
                if k + 1 == n or self.text[tokens[k - 1][2]:tokens[k + 1][1]].strip() != ",":
                    return False  # a full stop, a bracket or a dash ends the list
                linked = True
            elif tok in ("and", "or"):
                linked = True
            elif not (self.capitalised(k) or tok in _KCONNECTORS):
                return False
        return False

    def is_dateline(self, t0: int, t1: int) -> bool:
        """An upper-case place name in the head of a dateline ("BEIRUT (Reuters) -")."""
        s, e = self.tokens[t0][1], self.tokens[t1][2]
        return e - s >= 3 and any(d.start <= s and e <= d.head_end for d in self.datelines)

    def acceptable(self, t0: int, t1: int, key: str, article: bool = False) -> bool | None:
        """True: a possible place; False: not one; None: only as a country's short form."""
        toks = key.split(" ")
        # capitalisation: every word but connectors starts upper case; "al-X" may be lower
        for k in range(t0, t1 + 1):
            o = self.orig(k)
            tok = self.tokens[k][0]
            if not o[0].isalpha():
                continue
            if o[0].isupper():
                continue
            if (tok in _KCONNECTORS or o.lower() in _KCONNECTORS) and k != t0:
                continue
            return False
        if len(toks) == 1:
            word = toks[0]
            if word in _KSTOP_WORDS or fold_name(self.orig(t0)).lower() in _KSTOP_WORDS:
                return False
            if word in _DEMONYM_KEYS:
                return False
            if len(word) < 4 and word not in _KSHORT_NAMES and not article:
                return None
            o = self.orig(t0)
            if len(o) > 1 and o.isupper() and len(o) <= 4:
                return None  # an acronym: only a country's own short form ("UK", "UAE")
        else:
            if all(t in _KCONNECTORS for t in toks):
                return False
        return True

    def select(self, hits: list[_Hit]) -> list[_Hit]:
        """Non-overlapping hits, longest first, then leftmost."""
        hits.sort(key=lambda h: (-(h.t1 - h.t0), -(h.end - h.start), h.t0))
        taken: set[int] = set()
        chosen: list[_Hit] = []
        for h in hits:
            span = range(h.t0, h.t1 + 1)
            if any(t in taken for t in span):
                continue
            taken.update(span)
            chosen.append(h)
        chosen.sort(key=lambda h: h.t0)
        return chosen

    # -- people and organisations
    def filter_people_and_orgs(self, hits: list[_Hit]) -> list[_Hit]:
        hit_tokens = {t for h in hits for t in range(h.t0, h.t1 + 1)}
        people: set[str] = set()
        kept: list[_Hit] = []
        surname_at: set[int] = set()
        for h in hits:
            if h.t0 in surname_at:
                continue
            # a country's name is no surname ("Joining Syria War"), unless it is also a
            # first name ("Jordan Henderson", "Chad Smith")
            is_country = h.key not in _KFIRST_NAMES and any(
                self.g._places[c].kind == "country" for c in h.cands
            )
            headline = self.in_headline(h.start)
            prev_i, next_i = h.t0 - 1, h.t1 + 1
            prev_word = self.tokens[prev_i][0] if self.is_word(prev_i) else None
            next_word = self.tokens[next_i][0] if self.is_word(next_i) else None
            # "<Place> Times", "<Place> Observatory for Human Rights"
            if next_word in _KORG_SUFFIXES and self.capitalised(next_i):
                continue
            if self.text.find("-", max(0, h.start - 24), h.start) >= 0 \
                    and _MODEL_BEFORE.search(self.text, max(0, h.start - 24), h.start):
                continue  # "a UH-60 Black Hawk", "an AH-64 Apache": an aircraft's name
            if _PEOPLE_GROUP_AFTER.match(self.text, h.end):
                continue  # "Hema and Lendu militias", "Fulani herders": a people, not a place
            if next_word is not None and self.capitalised(next_i) and next_i not in hit_tokens \
                    and next_word not in _NOT_NAME_WORDS and self.is_word(next_i + 1) \
                    and self.tokens[next_i + 1][0] in _KFACILITY_NOUNS and not self.capitalised(next_i + 1):
                continue  # "Aden Adde airport": a facility named after a person, not the city of Aden
            if self.names_organisation(next_i):
                continue
            # "US troops", "UK officials": a country's short name used as an adjective
            if is_country and next_word in _KADJECTIVAL_NOUNS and not self.capitalised(next_i) \
                    and len(self.orig(h.t0)) <= 4 and self.orig(h.t0).isupper():
                continue
            person = prev_word in _PATRONYMIC  # "Mohammed bin Salman", "Abu Bakr"
            if not person and not is_country and " " not in h.key and self._after_title(h.t0) \
                    and next_word is not None and self.capitalised(next_i) \
                    and next_word not in _KREGION_QUALIFIERS and next_word not in _KCONNECTORS:
                person = True  # "the acting mayor, Artem Kobzar, said": a title names a person
                surname_at.add(next_i)  # "spokesman Lamu Bello": Bello is no town either
            if prev_word is not None and self.capitalised(prev_i) and not self.sentence_initial(h.t0):
                prev_plain = self.orig(prev_i).lower().rstrip(".")
                title_i = prev_i - 1
                titled = self.is_word(title_i) and self.tokens[title_i][0] in _KTITLES and self.capitalised(title_i)
                # "the mayor, Conrado Mendoza": a title and a comma before the names
                titled = titled or (0 < title_i < len(self.tokens) and self.tokens[title_i][0] == BARRIER
                                    and self.text[self.tokens[title_i - 1][2]:self.tokens[prev_i][1]].strip() == ","
                                    and self.tokens[title_i - 1][0] in _KTITLES)
                if prev_plain in _KFIRST_NAMES or prev_word in _KFIRST_NAMES or titled:
                    person = True
                    # "Jordan Henderson": the first name was taken for a place too
                    if kept and kept[-1].t1 == prev_i and kept[-1].key in _KFIRST_NAMES:
                        kept.pop()
            # A capitalised word after the name makes it a person's first name only when
            # the name is a first name too ("Jordan Henderson") or the word has a surname's
            # ending ("Homs Petrovic"); "Aleppo Citadel" and German nouns ("die Stadt
            # Aleppo") stay places.
            if (
                not person
                and not headline
                and next_word is not None
                and self.text[h.end:h.end + 2] not in ("'s", "’s")  # "Gaza City's Sheikh Radwan district"
                and self.capitalised(next_i)
                and next_i not in hit_tokens
                and next_word not in _KREGION_QUALIFIERS
                and next_word not in _KCONNECTORS
                and next_word not in _DEMONYM_KEYS
                and next_word not in _KSTOP_WORDS
                and not self.sentence_initial(next_i)
                and (
                    h.key in _KFIRST_NAMES
                    or (not is_country and (" " in h.key or _surname_like(self.orig(next_i))))
                )
            ):
                person = True  # a two-word name before a third capitalised word: "Aung San Suu Kyi"
            if person:
                if " " not in h.key and not any(self.g._places[c].kind == "country" for c in h.cands):
                    # (a country that names a person, "Defence Minister Israel Katz", is still the
                    # country elsewhere in the text)
                    people.add(h.key)
                continue
            kept.append(h)
        # a surname seen once as a person is a person everywhere in the text
        return [h for h in kept if not (" " not in h.key and h.key in people)]

    def _after_title(self, i: int) -> bool:
        """Token i follows a title, directly or after a comma: "mayor Artem", "the governor, Ivan"."""
        j = i - 1
        if j >= 1 and self.tokens[j][0] == BARRIER and self.text[self.tokens[j - 1][2]:self.tokens[i][1]].strip() == ",":
            j -= 1
        return self.is_word(j) and self.tokens[j][0] in _KTITLES

    def names_organisation(self, i: int) -> bool:
        """Capitalised words from token ``i`` that end in an organisation's head noun."""
        for k in range(i, i + 3):
            if not self.is_word(k) or not self.capitalised(k):
                return False
            if self.tokens[k][0] in _KORG_HEADS:
                return True
        return False

    # -- context
    def apply_context(self, hits: list[_Hit]) -> None:
        places = self.g._places
        # 1. qualifiers: "Homs governorate", "Homs, Idlib and Aleppo provinces"
        for n, h in enumerate(hits):
            q = h.t1 + 1
            if self.is_word(q) and self.tokens[q][0] in _KREGION_QUALIFIERS:
                word = self.tokens[q][0]
                if word in _KFIRST_LEVEL_WORDS and not any(places[c].kind == "admin1" for c in h.cands) \
                        and any(places[c].kind == "locality" for c in h.cands):
                    # "Tubas governorate", "the Jenin, Tulkarm and Tubas governorates": a region
                    # named after its seat that the gazetteer lacks, so the region it lies in
                    h.district = h.first_level = True
                    if word in _KPLURAL_QUALIFIERS:
                        for other in self._listed_before(hits, n):
                            if any(places[c].kind == "locality" for c in other.cands):
                                other.district = other.first_level = True
                if any(places[c].kind == "admin1" for c in h.cands):
                    h.forced_kind = "admin1"
                    if word not in _KPLURAL_QUALIFIERS:
                        # the qualifier belongs to the mention: "Hodeidah governorate"
                        h.t1, h.end = q, self.tokens[q][2]
                    if word in _KPLURAL_QUALIFIERS:
                        # walk back over "X, Y and Z provinces"
                        for other in self._listed_before(hits, n):
                            if any(places[c].kind == "admin1" for c in other.cands):
                                other.forced_kind = "admin1"
            elif self.is_word(q) and (self.tokens[q][0] in _KAREA_WORDS or self.tokens[q][0] in _KPLURAL_AREA_WORDS
                                      and n and self._list_link(hits[n - 1], h)
                                      # "Faskari Local Government Area": an LGA, written out
                                      or [t for t, _, _ in self.tokens[q:q + 3]] == ["local", "government", "area"]) \
                    and any(places[c].kind == "locality" for c in h.cands):
                h.district = True
                if self.tokens[q][0] in _KPLURAL_AREA_WORDS:  # "Guma and Logo LGAs"
                    for other in self._listed_before(hits, n):
                        other.district = True
            if self._described_as_town(h.t1) and any(places[c].kind == "locality" for c in h.cands):
                h.forced_kind = "locality"  # "Costa Rica, a farming town south of Culiacán"
            p = h.t0 - 1
            if p >= 1 and self.tokens[p][0] == "of" and self.tokens[p - 1][0] in _KREGION_QUALIFIERS:
                if any(places[c].kind == "admin1" for c in h.cands):
                    h.forced_kind = "admin1"
        # 1b. a name the text calls a region ("air strikes on villages in Sagaing Region") is that
        # region where it stands alone too ("41 air strikes in Sagaing"), when the town of the name
        # is a small one (Aleppo, Homs and Idlib are cities first)
        regions = {h.key for h in hits if h.forced_kind == "admin1"}
        for h in hits:
            head, _, last = h.key.rpartition(" ")
            if head and last in _KREGION_QUALIFIERS and all(places[c].kind == "admin1" for c in h.cands):
                regions.add(head)  # "sagaing region" as one name
        for h in hits:
            if h.forced_kind is None and h.key in regions and not self._called_a_town(h.t0) \
                    and not _THE_CITY_AFTER.match(self.text, h.end):
                towns = [places[c] for c in h.cands if places[c].kind == "locality"]
                if towns and max(t.population for t in towns) < 100_000 \
                        and any(places[c].kind == "admin1" for c in h.cands):
                    h.forced_kind = "admin1"
        # 1c. a text that writes "Gaza City" for the city means the region by the bare name
        # ("Israel's offensive in Gaza"); a country of the name stays the country ("Mexico City")
        # (unless its own sentence then calls it the city: "converged on Suwayda and clashed ... in the
        # city's western neighbourhoods")
        cities = {h.key[:-5] for h in hits if h.key.endswith(" city")}
        for h in hits:
            if h.forced_kind is None and h.key in cities \
                    and any(places[c].kind == "admin1" for c in h.cands) \
                    and not any(places[c].kind == "country" for c in h.cands) \
                    and not _THE_CITY_AFTER.match(self.text, h.end):
                h.forced_kind = "admin1"
        # 2. containment: "X, Y" / "X in Y" / "X, in the Y governorate"
        for n in range(len(hits) - 1):
            a, b = hits[n], hits[n + 1]
            if not self._containment_link(a, b):
                continue
            pairs = [
                (ca, cb) for ca in a.cands for cb in b.cands
                if ca != cb and _contains(places[cb], places[ca])
            ]
            if pairs:
                a.context = {ca for ca, _ in pairs}
                if b.context is None:
                    b.context = {cb for _, cb in pairs}
            elif all(places[c].kind == "locality" for c in a.cands) \
                    and all(places[c].kind != "locality" for c in b.cands):
                # The text says which region or country the town is in, and the gazetteer has no
                # town of that name there: the namesake it has elsewhere is not this one.
                a.elsewhere = True
            elif b.t0 - a.t1 == 2 and self._between(a, b) == ["of"] and not any(
                    places[ca].country_code == places[cb].country_code for ca in a.cands for cb in b.cands):
                a.elsewhere = True  # "the Salah al-Din district of Tripoli": not Iraq's province
        # 3. nearness: "the village of Duma, south-east of Nablus", "Kesta, near Amedi": the place
        # lies in the country of the one that locates it (Duma of the West Bank, not of Damascus)
        for n in range(len(hits) - 1):
            a, b = hits[n], hits[n + 1]
            if a.context is not None or not _NEAR_LINK.fullmatch(self.text, a.end, b.start):
                continue
            countries = {places[cb].country_code for cb in (b.context or b.cands)}
            near = {ca for ca in a.cands if places[ca].country_code in countries}
            if near and len(near) < len(a.cands):
                a.context = near

    def _described_as_town(self, t1: int) -> bool:
        """The name ending at token ``t1`` is followed by ", a (small|farming|...) town/village"."""
        tokens, n = self.tokens, len(self.tokens)
        # (a noun must follow "a": "Gao, a" ending the text describes nothing)
        if t1 + 3 >= n or tokens[t1 + 1][0] != BARRIER or tokens[t1 + 2][0] not in ("a", "an"):
            return False
        if self.text[tokens[t1][2]:tokens[t1 + 3][1]].strip()[:1] != ",":
            return False
        return any(tokens[k][0] in _KSETTLEMENT_NOUNS for k in range(t1 + 3, min(n, t1 + 6)))

    def _between(self, a: _Hit, b: _Hit) -> list[str]:
        return [t for t, _, _ in self.tokens[a.t1 + 1:b.t0]]

    def _listed_before(self, hits: list[_Hit], n: int) -> Iterator[_Hit]:
        """The mentions listed right before ``hits[n]``, nearest first: Y and X of "X, Y and Z"."""
        cur = hits[n]
        for m in range(n - 1, -1, -1):
            if not self._list_link(hits[m], cur):
                return
            cur = hits[m]
            yield cur

    def _list_link(self, a: _Hit, b: _Hit) -> bool:
        if not 1 <= b.t0 - a.t1 - 1 <= 2:
            return False
        mid = self._between(a, b)
        return mid in ([BARRIER], ["and"], [BARRIER, "and"], ["or"], [BARRIER, "or"])

    def _containment_link(self, a: _Hit, b: _Hit) -> bool:
        # (the words between, read from token k up to the first that does not fit: the gap may be long)
        tokens, k, stop = self.tokens, a.t1 + 1, b.t0
        if stop - k == 1 and tokens[k][0] == "of" and tokens[a.t1][0] in _KREGION_QUALIFIERS:
            return True  # "the Salah al-Din district of Tripoli"
        if k < stop and tokens[k][0] == BARRIER:
            k += 1
            if k >= stop:
                return True
        else:
            if k >= stop or tokens[k][0] != "in":
                return False
        if k < stop and tokens[k][0] == "in":
            k += 1
        if k < stop and tokens[k][0] == "the":
            k += 1
        # "Kherson, in southern Ukraine", "Palma, in the far north of Cabo Delgado"
        return all(tokens[i][0] in _KWHERE_IN for i in range(k, stop))

    def mentioned_countries(self, hits: list[_Hit], demonyms: Counter) -> Counter:
        self.by_key: dict[str, Counter] = {}  # what the mentions of one name add
        if self.countries:
            return Counter({c: 1000 for c in self.countries})
        counts = Counter(demonyms)
        places = self.g._places
        for h in hits:
            own = self.by_key.get(h.key)
            if own is None:
                own = self.by_key[h.key] = Counter()
            ccs = {places[c].country_code for c in h.cands}
            if len(ccs) == 1:
                counts[next(iter(ccs))] += 1
                own[next(iter(ccs))] += 1
            else:
                countries = [c for c in h.cands if places[c].kind == "country" and h.primary.get(c)]
                if len(countries) > 1:
                    continue  # a name two countries share ("Congo") tells neither
                if not countries:
                    # "Goma" is the city of 430 000 in Congo, whatever hamlet of 4 000 bears the name in
                    # the Philippines: a city that dwarfs its namesakes tells its country
                    big = max(h.cands, key=lambda c: places[c].population)
                    if places[big].kind == "locality" and places[big].population >= 100_000 and all(
                            places[big].population >= 50 * places[c].population for c in h.cands if c != big):
                        countries = [big]
                for c in countries:
                    counts[places[c].country_code] += 1
                    own[places[c].country_code] += 1
        return counts

    def others_mention(self, h: _Hit, mentioned: Counter) -> Counter:
        """Countries the text mentions apart from the mentions of ``h``'s own name."""
        cache = self._others  # by name; the same for every mention of it
        cached = cache.get(h.key)
        if cached is not None and cached[0] is mentioned:
            return cached[1]
        own = getattr(self, "by_key", {}).get(h.key, _NO_COUNTS)
        # Every count in ``mentioned`` is positive: only those of the name's own countries change.
        others = Counter(mentioned)
        for cc, n in own.items():
            if cc in others:
                left = others[cc] - n
                if left > 0:
                    others[cc] = left
                else:
                    del others[cc]
        cache[h.key] = (mentioned, others)
        return others

    def resolve(self, h: _Hit, mentioned: Counter) -> Place | None:
        if h.elsewhere:
            return None
        if h.tentative:  # a town only of a country the text's other names are in
            others = self.others_mention(h, mentioned)
            here = [self.g._places[c] for c in h.cands if others.get(self.g._places[c].country_code)]
            return max(here, key=lambda p: (others[p.country_code], p.population)) if here else None
        before = _NAME_BEFORE.search(self.text, max(0, h.start - 40), h.start) \
            if _ARABIC_ARTICLE.match(self.text, h.start) else None
        if _ARABIC_NAME_GOES_ON.match(self.text, h.end) or _ROMANCE_NAME_GOES_ON.match(self.text, h.end) \
                or _ends_in_connector(self.text, max(0, h.start - 40), h.start) \
                and _ROMANCE_NAME_BEFORE.search(self.text, max(0, h.start - 40), h.start) or (
                before is not None and before.group("word").lower() not in LOCATIVES | _CONNECTORS
                and before.group("word").lower() not in ("and", "or", "the", "on", "by", "for", "with")):
            # "the Bani al-Harith district", "Aleppo al-Jadida": a longer name the gazetteer does not have
            return None
        if h.key.endswith((" sea", " gulf", " ocean")) and h.t0 and (
                self.tokens[h.t0 - 1][0] == "the"
                or h.t0 > 1 and self.tokens[h.t0 - 1][0] in _KDIRECTIONS and self.tokens[h.t0 - 2][0] == "the") \
                and not (self.is_word(h.t1 + 1) and self.tokens[h.t1 + 1][0] in _KREGION_QUALIFIERS):
            # "shipping in the Red Sea", "in the southern Red Sea" is the sea, not Sudan's Red Sea State
            return None
        places = self.g._places
        cands = h.cands
        if h.forced_kind:
            sub = [c for c in cands if places[c].kind == h.forced_kind]
            elsewhere = self.others_mention(h, mentioned) if sub and not self.countries else None
            if elsewhere is not None and not any(elsewhere.get(places[c].country_code) for c in sub):
                # "Fambita, in the Tera department" of a text about Niger: Niger's Téra, not the
                # province of Tehran that a spelling folds onto
                here = [c for c in cands if elsewhere.get(places[c].country_code)]
                if not here and elsewhere:
                    return None  # "the Salah al-Din district" of Tripoli is not Iraq's province
                sub = here or sub
            cands = sub or cands
        if h.context:
            sub = [c for c in cands if c in h.context]
            cands = sub or cands
        # ("The Mission said": an everyday word with its article, "the mission" of a district's other names)
        word = h.key if " " not in h.key else h.key[4:] if h.key.startswith("the ") and " " not in h.key[4:] else None
        if word in _KWEAK_NAMES and not h.context and not h.forced_kind and not h.dateline:
            # an everyday word: needs a locative word before it, and not a sentence start
            prev = h.t0 - 1
            if not (self.is_word(prev) and self.orig(prev).lower() in LOCATIVES):
                if not any(places[c].kind == "country" for c in cands) or self.sentence_initial(h.t0):
                    return None
        if " " not in h.key and self.tokens[h.t0][0] != "al" and len(h.key) < 4 and h.key not in _KSHORT_NAMES \
                and h.forced_kind is None:  # "the Est, Sahel and Centre-Nord regions", "the town of Wao"
            cands = [c for c in cands if h.primary.get(c) and places[c].kind == "country"]
            if not cands:
                return None
        if " " not in h.key and not h.context and not h.forced_kind and not self.countries and not h.dateline and (
            self.sentence_initial(h.t0) or self.in_headline(h.start)
        ):
            # capitalisation proves nothing here: a small town needs its country in the text
            if not any(
                places[c].kind != "locality" or places[c].population >= 100_000
                or mentioned.get(places[c].country_code)
                for c in cands
            ):
                return None
        free = not h.context and not h.forced_kind and not self.countries and not h.dateline
        others = self.others_mention(h, mentioned) if free else _NO_COUNTS
        if free and h.key.partition(" ")[0] in _KDIRECTION_NAME_WORDS \
                and all(t in _KDIRECTION_NAME_WORDS for t in h.key.split()) and not any(
                others.get(places[c].country_code) for c in cands):
            # "troops have neutralised 1,143 terrorists in the North East" of a text on Nigeria: a
            # part of that country, not Botswana's North-East district; a region named only by
            # directions belongs to a country the text names
            return None
        nxt = h.t1 + 1
        facility = (
            free and self.is_word(nxt) and self.tokens[nxt][0] in _KFACILITY_NOUNS and not self.capitalised(nxt)
        )
        if facility and others:
            # "Madina hospital" in a text about Somalia: a namesake in a country the text
            # names, else the name of a facility, not a town abroad
            cands = [c for c in cands if others.get(places[c].country_code)]
            if not cands:
                return None
        if free and others and " " not in h.key and all(
            not others.get(places[c].country_code)
            and (places[c].kind == "locality" and places[c].population < 100_000
                 or places[c].kind in ("locality", "admin1") and not h.primary.get(c)
                 and not _is_capital(places[c].name) and self.located_elsewhere(h, places[c].country_code))
            for c in cands
        ):
            # a small town in a country the text never names, while it names others: a
            # namesake or a spelling that folds onto another name ("Sinai" / Sinnai, Italy);
            # or a larger one, not a capital, known by that name only as one of its others ("Kuki" /
            # Kukichūō, "Mambasa" / Mombasa)
            return None
        if len(cands) == 1:
            return places[cands[0]]  # no choice left to weigh
        top = max(mentioned.values(), default=0)

        def score(c: int, use_mentions: bool = True) -> tuple:
            p = places[c]
            m = mentioned.get(p.country_code, 0) if use_mentions else 0
            return (
                1 if m and m * 4 >= top else 0,
                # a region by its own name beats a town that only a short form of its name
                # matches ("Antioquia" is the department, not Santa Fe de Antioquia)
                # ("Jalisco" is the state, not Xalisco, a town one of whose other names it is)
                1 if h.primary.get(c) and p.kind == "admin1" and not any(
                    places[o].kind == "locality" and (h.primary.get(o) or places[o].country_code == p.country_code
                                                      and not _shortened(h.key, places[o].name)
                                                      and places[o].population * 50 > p.population)
                    for o in cands) else 0,
                -_KIND_RANK[p.kind],
                # a city known by this name among its others beats a hamlet that bears it as its
                # own: "Zaporizhzhia" is the city of 700 000, not the village of 600; "Juárez" is
                # the city of 1.5 million, not a town of 7 000 (nor a smaller city also so called)
                1 if p.kind == "locality" and p.population >= 100_000 and any(
                    h.primary.get(o) and places[o].kind == "locality" and places[o].country_code == p.country_code
                    for o in cands if o != c) and all(
                    p.population >= (100 if h.primary.get(o) else 1) * places[o].population for o in cands
                    if o != c and places[o].kind == "locality") else 0,
                1 if h.primary.get(c) else 0,
                p.population,
                -p.id,
            )

        best = max(cands, key=score)
        # a well-known place beats an obscure namesake in a country the text mentions
        big = max(cands, key=lambda c: (places[c].population, -places[c].id))
        if (
            places[big].country_code != places[best].country_code
            and places[best].kind != "country"  # "Congo" in a text about Brazzaville
            # (a famous city, not a larger region: "the Savanes region" of a text on Togo is Togo's)
            and not (places[big].kind == places[best].kind == "admin1")
            and not facility
            and not h.context
            and not h.forced_kind
            and not self.countries
            and places[big].population >= 100_000
            and places[big].population >= 8 * max(places[best].population, 1)
            and h.primary.get(big)
            # ("an army post near Riyadh" in a text on Kirkuk that never names Saudi Arabia: the
            # namesake in the region the text names)
            and not (not mentioned.get(places[big].country_code) and places[best].admin1
                     and any(g.key == fold_name(places[best].admin1) for g in self._hits))
            # "near Bali, Mezam division": a town that needs its subdivision named is not the famous one,
            # there or where the text names it again ("the hills above Bali")
            and not any(g.key == h.key and _SUBDIVISION_AFTER.match(self.text, g.end) for g in self._hits)
            # "near El Rosario", in a text on Sinaloa: the namesake whose own name the text spells
            # out, with its article, not the city of Rosario abroad
            and not (_same_spelling(self.text[h.start:h.end], places[best].name)
                     and not _same_spelling(self.text[h.start:h.end], places[big].name))
        ):
            # (by its own name: Indonesia's Bali is the island's province, not a town one of whose
            # other names it is)
            best = max((c for c in cands if places[c].country_code == places[big].country_code
                        and h.primary.get(c)), key=lambda c: score(c, False))
        return places[best]


def _regions_named(resolved: list[tuple[_Hit, Place]], h: _Hit,
                   country_code: str | None = None) -> dict[tuple[str, str], set[int]]:
    """The (country, first-level region) of each town and region resolved, but those ``h`` names
    (of one country, if given), with the places named in each."""
    regions: dict[tuple[str, str], set[int]] = {}
    for other, p in resolved:
        if other.key != h.key and p.kind != "country" and country_code in (None, p.country_code):
            regions.setdefault((p.country_code, p.admin1 if p.kind == "locality" else p.name), set()).add(p.id)
    return regions


class _RegionsNamed:
    """``_regions_named`` of one list of resolved mentions, kept by name and country: a text that
    names the same few places ten thousand times asks once for each, and stays linear. (An answer,
    once given, is not revised when the pass later moves a mention to another region.)"""

    def __init__(self, resolved: list[tuple[_Hit, Place]]) -> None:
        self.resolved = resolved
        self.known: dict[tuple[str, str | None], dict[tuple[str, str], set[int]]] = {}

    def __call__(self, h: _Hit, country_code: str | None = None) -> dict[tuple[str, str], set[int]]:
        key = (h.key, country_code)
        if key not in self.known:
            self.known[key] = _regions_named(self.resolved, h, country_code)
        return self.known[key]


def _plain_region(regions: dict[tuple[str, str], set[int]]) -> tuple[str, str] | None:
    """The region a text is plainly set in: two of its places at least, and twice as many as
    any other region has."""
    sizes = sorted((len(ids) for ids in regions.values()), reverse=True)
    if not sizes or sizes[0] < 2 or len(sizes) > 1 and sizes[0] < 2 * sizes[1]:
        return None
    return max(regions, key=lambda r: len(regions[r]))


def _same_spelling(written: str, name: str) -> bool:
    """Whether the text writes ``name`` as it is, but for case and accents ("El Rosario")."""
    def plain(word: str) -> str:
        return "".join(ch for ch in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(ch))
    return plain(written) == plain(name)


def _shortened(key: str, name: str) -> bool:
    """``key`` is a part of the longer ``name`` ("antioquia" of Santa Fe de Antioquia), not
    another spelling of it (Barisal / Barishal)."""
    words = fold_name(name).split()
    return len(words) > len(key.split()) and f" {key} " in f" {' '.join(words)} "


def _surname_like(word: str) -> bool:
    low = word.lower()
    return len(low) >= 5 and low.endswith(SURNAME_ENDINGS)


def _contains(outer: Place, inner: Place) -> bool:
    if outer.kind == "country":
        return inner.country_code == outer.country_code and inner.kind != "country"
    if outer.kind == "admin1":
        return (
            inner.kind == "locality"
            and inner.country_code == outer.country_code
            and inner.admin1 == outer.admin1
        )
    return False


# ", Mezam division", ", Ndian division, South-West region", ", Guma LGA": the subdivision a place lies in
_SUBDIVISION_AFTER = re.compile(r",[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:division|district|department|county|"
                                r"sub-county|province|region|governorate|prefecture|municipality|LGA|territory)\b")


_HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_STOP = re.compile(r"[.!?][\"'”’)]*(\s|$)")


def _headline_spans(text: str) -> list[tuple[int, int]]:
    """Lines written in title case (headlines, captions): capitalisation says little there."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.strip()
        # a headline does not read as a sentence: no full stop inside or at its end
        sentence_like = bool(_SENTENCE_STOP.search(body))
        if sentence_like:
            pos += len(line)
            continue
        words = [w for w in _HEADLINE_WORD.findall(line) if len(w) >= 4]
        if len(words) >= 3:
            caps = sum(1 for w in words if w[0].isupper())
            if caps >= 0.7 * len(words):
                spans.append((pos, pos + len(line)))
        pos += len(line)
    return spans


# --------------------------------------------------------------------------- entry points

@functools.cache
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded on first use."""
    return Gazetteer.load(DATA_PATH)


def find_places(text: str, countries: Sequence[str] = (), english: bool = False) -> list[PlaceMatch]:
    return get_gazetteer().find(text, countries, english)


def _is_capital(name: str) -> bool:
    """Whether a place is a state's capital, as the actor list knows them (read on first use)."""
    from service.extract.actors import is_capital  # the actor list reads no places: no cycle

    return is_capital(name)
