"""Normalise text and split it into sentences that keep offsets into the original."""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a slice of the original text: ``text == original[start:end]``."""

    start: int
    end: int
    text: str


# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    mr mrs ms dr prof gen lt col maj capt sgt cpl adm gov sen rep rev st
    no nos vs etc inc ltd co corp jr sr dept approx est fig
    incl div bde bn vill vills dist govt
    u.s u.n u.k e.g i.e a.m p.m
    """.split()
)

_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_CAPITAL_NEXT = re.compile(r"\s+[\"“‘']?[A-Z]")
# A candidate boundary: terminal punctuation, optional closing quotes or brackets, then space.
# German writes ordinal days with a full stop: "am 7. Oktober" is one sentence.
_ORDINAL_DAY = re.compile(
    r"\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b"
)
# (The lookahead names the characters a boundary starts with: sre skips the others at once.)
_BOUNDARY = re.compile(r"""(?=[.!?…\n])(?:[.!?…]+["'”’»)\]]*(?=\s)|\n\s*\n|\n)""")
_WORD_RUN = re.compile(r"[\w.]+")


def _word_before(text: str, start: int, end: int) -> str | None:
    r"""The run of word characters and full stops that ends ``text[start:end]``, or None: what
    ``re.search(r"([\w.]+)$", ...)`` finds there (before a final line break too, as ``$``).

    The run is matched at the start of the reversed span; a search for it would try every
    offset of the span and scan each run to its end."""
    if end > start and text[end - 1] == "\n":
        end -= 1
    run = _WORD_RUN.match(text[start:end][::-1])
    return run.group()[::-1] if run else None


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences, each with its character offsets."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if text[match.start()] == "." and not text.startswith("...", match.start()):
            word = _word_before(text, max(0, match.start() - 40), match.start())
            if word:
                token = word.lower().rstrip(".")
                # "Sept." or "U.S." or an initial ("J.") does not end a sentence.
                if (token in _ABBREVIATIONS and not (token in _MONTH_ABBREVIATIONS
                                                     and _CAPITAL_NEXT.match(text, match.end()))) \
                        or (len(token) == 1 and token.isalpha()):
                    # (but a date that ends in an abbreviated month ends its sentence: "clashed near
                    # Hsenwi from 26 to 28 Jan. China's special envoy visited Lashio", "agreed in
                    # Kunming in late Oct. Despite truce, regime jets bombed Namhkam")
                    continue
                if token.isdigit() and len(token) <= 2 and _ORDINAL_DAY.match(text, match.end()):
                    continue
        _append(sentences, text, start, end)
        start = end
    _append(sentences, text, start, len(text))
    return sentences


@dataclass(frozen=True, slots=True)
class Dateline:
    """A wire dateline opening a line: where the story was filed, not where anything in it happened.

    ``head_end`` ends the upper-case place words ("KRAMATORSK"); ``end`` is past the dash, so
    ``[start, head_end)`` is the filing place and ``[head_end, end)`` the rest (", Ukraine,
    June 28 (Reuters) -")."""

    start: int
    head_end: int
    end: int


_LINE_START = re.compile(r"^[ \t]*(?=[^\W\d_])", re.MULTILINE)
# "KABUL -", "MOSCOW/BEIRUT (Reuters) -", "KRAMATORSK, Ukraine, June 28 (Reuters) -", "GENEVA (UN News) -",
# "JAMUNDÍ -": place words (upper case, checked in code: re has no class for it), up to two
# comma-separated additions, an agency in brackets, a dash or colon.
_TITLE_CASE_HEAD = re.compile(r"(?!The\b)[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}")
_AGENCY_DASH = re.compile(r"[ \t]*\((?:[A-Z]{2,6}|Reuters|Xinhua|Anadolu|Bernama|Fides)\)[ \t]*[-–—][ \t]")
_DATELINE = re.compile(
    r"(?P<head>[^\W\d_](?:[^\W\d_]|['. /-]){1,40}?)"
    r"(?:,[ \t]*[^\W_][^\n,(—–:]{0,30}){0,2}"
    r"[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?"
    r"[-–—:][ \t]"
)


# A dateline lies on its line and ends in a dash or a colon and a space: a line without one holds none.
_DASH_AFTER = re.compile(r"[-–—:][ \t]")
# A list of regions is no place a story was filed from.
_NOT_A_FILING_PLACE = re.compile(r"[ \t](?:AND|REGIONS|STATES|PROVINCES|GOVERNORATES|DEPARTMENTS|DISTRICTS)\b")


@functools.lru_cache(maxsize=4)
def datelines(text: str) -> tuple[Dateline, ...]:
    """The datelines of ``text``, in order: at most one a line, at the line's start.

    Places, actors and events each ask for the article's datelines; the answer is kept for the
    last few texts, so the article is scanned once."""
    found = []
    for line in _LINE_START.finditer(text):
        start, stop = line.end(), text.find("\n", line.end())
        match = _DATELINE.match(text, start) \
            if _DASH_AFTER.search(text, start, len(text) if stop < 0 else stop) else None
        if match and _NOT_A_FILING_PLACE.search(match.group("head")):
            match = None  # "NORTH-WEST AND SOUTH-WEST REGIONS: DEFENCE FORCES REPEL ...": a heading on regions
        if match and (match.group("head").isupper()
                      # "Lichinga (MNS) - ", "Goma (Reuters) - ": a town in title case, then its agency
                      or _TITLE_CASE_HEAD.fullmatch(match.group("head"))
                      and _AGENCY_DASH.match(text, match.end("head"))):
            found.append(Dateline(match.start(), match.end("head"), match.end()))
            continue
        match = _PLACE_DATE_LINE.match(text, line.end())
        if match:  # "Addis Ababa, 1 December 2025": where a release was issued, a line of its own
            found.append(Dateline(match.start(), match.end("head"), match.end("head") + 1))
    if not found:
        found.extend(_colon_dateline(text))
    return tuple(found)


# "Imphal: Two farmers were killed ... on Sunday evening, police said.": a town in title case and a
# colon opening the lede, as Indian papers file. The same shape opens headlines ("Plateau: Gunmen kill
# 27 in night raids"), which do not end as a sentence does, and a live blog's or a round-up's
# entries ("Gaza: ...", "Late October: ..."), which come several to an article: the dateline opens the
# article's first line that ends as a sentence, and no other such line opens so.
_COLON_OPENER = re.compile(r"^[ \t]*(?P<head>(?!The\b)[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}):[ \t]+"
                           r"(?=[A-Z\"“])(?P<line>[^\n]*)", re.MULTILINE)
_ENDS_AS_SENTENCE = re.compile(r"[.!?][\"”’)]?[ \t]*$")
# The names of months and weekdays, whole
CALENDAR_WORDS = frozenset("january february march april may june july august september october november december "
                           "monday tuesday wednesday thursday friday saturday sunday".split())
# "Late May: After a commander defects, ...", "Mid-March: ...": a chronology's entry, dated by its head
_DATED_HEAD_WORDS = CALENDAR_WORDS | frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec early mid late end start today yesterday tonight "
    "week month year day".split())


def _colon_dateline(text: str) -> list[Dateline]:
    ledes = [m for m in _COLON_OPENER.finditer(text)
             if len(m.group("line").split()) >= 8 and _ENDS_AS_SENTENCE.search(m.group("line"))]
    if len(ledes) != 1:
        return []
    opener = ledes[0]
    head = opener.group("head").lower()
    if any(c.isdigit() for c in head) or any(w.rstrip(".") in _DATED_HEAD_WORDS for w in re.split(r"[\s-]+", head)):
        return []
    if any(_ENDS_AS_SENTENCE.search(line) for line in text[:opener.start()].splitlines()):
        return []
    return [Dateline(opener.start("head"), opener.end("head"), opener.end("head") + 1)]


# A line that holds only a place and a full date: "Addis Ababa, 1 December 2025 (Hidar 22, 2018 E.C.)",
# "Geneva, March 12, 2025".
_PLACE_DATE_LINE = re.compile(
    r"(?P<head>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}),[ \t]+"
    r"(?:\d{1,2}[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+\d{1,2}),?[ \t]+\d{4}"
    r"(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*$", re.MULTILINE)


# A heading in capitals on a line of its own: "PAKISTAN: KURRAM", "KEY INCIDENTS".
# (a news script's slug in brackets is one too: "[BURKINA FASO - VO]")
HEADING = re.compile(r"(?:^|(?<=\n))[^\S\n]*\[?(?P<words>[A-Z][A-Z0-9 ,:;&'’/()-]{2,60}?)\]?[^\S\n]*(?=\n)")


# No sentence of news runs this long; text that does (a table, a feed run together, repeated
# words) is cut into pieces of at most this many characters, so that the work on each date of a
# sentence, which reads the sentence around it, stays linear in the text.
MAX_SENTENCE = 1500
_PIECE_END = re.compile(r"[;,]\s|\s")


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    """Append the stripped slice ``text[start:end]`` when it holds any word (in pieces of at most
    MAX_SENTENCE characters, each cut after the last clause mark, else space, of its second half)."""
    while end - start > MAX_SENTENCE:
        cut = start + MAX_SENTENCE
        half = start + MAX_SENTENCE // 2
        marks = list(_PIECE_END.finditer(text, half, cut))
        clause_marks = [m.end() for m in marks if m.group()[0] in ";,"]
        cut = (clause_marks or [m.end() for m in marks] or [cut])[-1]
        _append(sentences, text, start, cut)
        start = cut
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end and (text[start].isalnum() or any(ch.isalnum() for ch in text[start:end])):
        sentences.append(Sentence(start, end, text[start:end]))


_QUOTES = {"‘": "'", "’": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"', "–": "-", "—": "-"}


def clean(text: str) -> str:
    """Return ``text`` in NFC with control characters (other than newlines and tabs) removed."""
    text = unicodedata.normalize("NFC", text)
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C" or ch == "\u200d")


def plain_punctuation(text: str) -> str:
    """Map typographic quotes and dashes to ASCII, one character for one, keeping offsets."""
    # One replace() per mark the text holds: translate() reads a text beyond ASCII character by
    # character. No mark is replaced by another mark, so the order does not matter.
    for mark, plain in _QUOTES.items():
        if mark in text:
            text = text.replace(mark, plain)
    return text


# The characters other than A-Z that a case-insensitive pattern matches to an ASCII letter.
_ASCII_EQUIVALENTS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_NON_ASCII_EQUIVALENTS = "\u0130\u0131\u017f\u212a"


def ascii_fold(text: str) -> str:
    """``text`` lower-cased so that any ASCII word a case-insensitive pattern (``re.I``) finds
    in it is found by ``in``: a cheap test that lets a scan be skipped when its word is absent.

    Besides ASCII capitals, only the four characters above match ASCII letters under ``re.I``
    ("ſ" matches "s", the Kelvin sign "k", the dotted and dotless I "i"); they are mapped first.
    """
    if text.isascii():
        return text.lower()
    if any(ch in text for ch in _NON_ASCII_EQUIVALENTS):  # rare: translate() is slow beyond ASCII
        text = text.translate(_ASCII_EQUIVALENTS)
    return text.lower()


# --------------------------------------------------------------------------- scan gates

def _literal_key(code: int) -> str | None:
    """How a literal character of a pattern shows in :func:`ascii_fold` text, in either case
    mode: an ASCII character lower-cased, an uncased one as it is; None for any other (a cased
    letter beyond ASCII may match several characters, and lower() is not one-to-one there)."""
    ch = chr(code)
    if ch.isascii():
        return ch.lower()
    if ch.lower() == ch == ch.upper():
        return ch
    return None


def _required(items, ignorecase: bool) -> frozenset[str] | None:
    """Strings one of which every match of the parsed sequence ``items`` contains, or None."""
    from re import _constants as c

    options: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            options.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is c.LITERAL:
            key = _literal_key(av)
            if key is None:
                close_run()
            else:
                run.append(key)
            continue
        close_run()
        if op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            case = (ignorecase or bool(add_flags & c.SRE_FLAG_IGNORECASE)) and not del_flags & c.SRE_FLAG_IGNORECASE
            found = _required(sub, case)
        elif op is c.ATOMIC_GROUP:
            found = _required(av, ignorecase)
        elif op is c.BRANCH:
            found = frozenset()
            for alternative in av[1]:
                words = _required(alternative, ignorecase)
                if words is None:
                    found = None
                    break
                found |= words
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _high, sub = av
            found = _required(sub, ignorecase) if low >= 1 else None
        else:  # classes, anchors, lookarounds, references: nothing certain
            found = None
        if found:
            options.append(found)
    close_run()
    if not options:
        return None
    # the most telling choice: the longest shortest string, then the fewest strings
    return max(options, key=lambda words: (min(map(len, words)), -len(words)))


def _class_members(items) -> list[str] | None:
    """A parsed character class as the source of its members, or None for a negated one."""
    from re import _constants as c

    escapes = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_SPACE: r"\s",
               c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}
    members = []
    for op, av in items:
        if op is c.LITERAL:
            members.append(re.escape(chr(av)))
        elif op is c.RANGE:
            members.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is c.CATEGORY and av in escapes:
            members.append(escapes[av])
        else:  # a negated class, or a category of another kind
            return None
    return members


def _first(items, ignorecase: bool = False) -> tuple[list[tuple[str, bool]] | None, bool]:
    """The members of a character class that holds the first character of every match of the
    parsed sequence ``items`` (None: unknown), each with whether it is compared ignoring case
    (inside "(?i:...)" or a pattern compiled with re.I), and whether the sequence may match
    nothing."""
    from re import _constants as c

    members: list[tuple[str, bool]] = []
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # anchors and lookarounds take no character
            continue
        if op is c.LITERAL:
            return members + [(re.escape(chr(av)), ignorecase)], False
        if op is c.IN:
            found = _class_members(av)
            return (None, False) if found is None else (members + [(m, ignorecase) for m in found], False)
        if op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & ~c.SRE_FLAG_IGNORECASE:
                return None, False  # flags of its own besides the case: its characters read otherwise
            case = (ignorecase or bool(add_flags & c.SRE_FLAG_IGNORECASE)) and not del_flags & c.SRE_FLAG_IGNORECASE
            found, empty = _first(sub, case)
        elif op is c.ATOMIC_GROUP:
            found, empty = _first(av, ignorecase)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            found, empty = _first(av[2], ignorecase)
            empty = empty or av[0] == 0
        elif op is c.BRANCH:
            found, empty = [], False
            for alternative in av[1]:
                part, part_empty = _first(alternative, ignorecase)
                if part is None:
                    return None, False
                found += part
                empty = empty or part_empty
        else:  # any character, a back reference, ...
            return None, False
        if found is None:
            return None, False
        members += found
        if not empty:
            return members, False
    return members, True


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def with_first_chars(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` behind a lookahead on the characters its matches can start with, when they are
    known: it finds the same matches, faster. sre tries a pattern that opens with an anchor, a
    group or an alternation in full at every offset; the lookahead fails at once at most.
    The pattern itself when a match may be empty or start with any character, or when sre
    finds its matches by a literal prefix or a class of first characters of its own (",", "[.!?]").

    Members read ignoring case ("(?i:the)") stand in a class read so too: "(?=[0-9]|(?i:[t]))"."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern.pattern, pattern.flags)
    if _compiler._get_literal_prefix(parsed, parsed.state.flags)[0] \
            or _compiler._get_charset_prefix(parsed, parsed.state.flags):
        return pattern  # sre scans for its first characters itself, faster than a lookahead lets it
    ignorecase = bool(pattern.flags & re.IGNORECASE)
    members, empty = _first(list(parsed), ignorecase)
    if members is None or empty or _GLOBAL_FLAGS.match(pattern.pattern):
        return pattern  # (global inline flags must open a pattern)
    alike = "".join(dict.fromkeys(m for m, case in members if case == ignorecase))
    other = "".join(dict.fromkeys(m for m, case in members if case != ignorecase))
    classes = ["[" + alike + "]"] if alike else []
    if other:
        classes.append("(?" + ("-i" if ignorecase else "i") + ":[" + other + "])")
    return re.compile("(?=" + "|".join(classes) + ")" + pattern.pattern, pattern.flags)


def required_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Strings one of which is in ``ascii_fold(s)`` whenever ``pattern`` matches anywhere in
    ``s``; None when the pattern names no such strings. Read from the parsed pattern: literal
    runs, groups and alternations, repeats of at least one; nothing optional counts."""
    from re import _parser

    parsed = _parser.parse(pattern.pattern, pattern.flags)
    words = _required(list(parsed), bool(pattern.flags & re.IGNORECASE))
    if not words or "" in words:
        return None
    return tuple(sorted(words))


# The words of each pattern gated_search has been asked to search, as one pattern that finds any of
# them (sre skips at once to their first letters), by id() of the module-level pattern
_GATE_WORDS: dict[int, re.Pattern | None] = {}


def gated_search(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """``pattern.search(text, pos, endpos)``, skipped where the span holds none of the words one of
    which every match of the pattern contains (:func:`required_words`): a look for a word, not a try
    at every offset. For module-level patterns, which live as long as their ids."""
    endpos = len(text) if endpos is None else endpos
    key = id(pattern)
    if key not in _GATE_WORDS:
        words = required_words(pattern)
        _GATE_WORDS[key] = None if words is None else re.compile("|".join(map(re.escape, words)))
    words = _GATE_WORDS[key]
    if words is not None and not words.search(ascii_fold(text[pos:endpos])):
        return None
    return pattern.search(text, pos, endpos)


class Gates:
    """The gates of many patterns, tested together: one Aho-Corasick pass over a folded text
    finds which of all their words it holds, and each pattern then asks for its own.

    Patterns are keyed by ``id()``: hashing a compiled pattern hashes its whole code."""

    def __init__(self, patterns: "list[re.Pattern]") -> None:
        import ahocorasick

        self._patterns = list(patterns)  # kept alive, so their ids stay theirs
        self._words: dict[int, frozenset[str] | None] = {}
        for pattern in self._patterns:
            words = required_words(pattern)
            self._words[id(pattern)] = None if words is None else frozenset(words)
        self._always = frozenset(key for key, words in self._words.items() if words is None)
        by_word: dict[str, set[int]] = {}
        for key, words in self._words.items():
            for word in words or ():
                by_word.setdefault(word, set()).add(key)
        self._automaton = ahocorasick.Automaton()
        for word in sorted(by_word):  # each word stores the ids of the patterns it opens
            self._automaton.add_word(word, (word, frozenset(by_word[word])))
        self._automaton.make_automaton()

    def present(self, low: str) -> set[str]:
        """The patterns' words that the folded text ``low`` holds."""
        return {word for _, (word, _keys) in self._automaton.iter(low)}

    def open_for(self, low: str) -> set[int]:
        """The ids of the given patterns that may match in the folded text ``low``."""
        found = set(self._always)
        for _, (_word, keys) in self._automaton.iter(low):
            found |= keys
        return found

    def knows(self, pattern: re.Pattern) -> bool:
        """Whether ``pattern`` is one of the gated patterns."""
        return id(pattern) in self._words

    def may(self, pattern: re.Pattern, present: set[str]) -> bool:
        """False only when ``pattern`` cannot match in the text whose words are ``present``."""
        try:
            words = self._words[id(pattern)]
        except KeyError:  # not one of the patterns given: no gate
            return True
        return words is None or not present.isdisjoint(words)
