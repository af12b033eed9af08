"""Find temporal expressions in news text and normalise them against the publication date.

The rules follow the "news" reading used by HeidelTime-like taggers: an expression
without a year refers to the most recent matching day (or month) on or before the
document creation time (DCT), unless a future-tense verb or a plan ("promised for",
"scheduled for") sits right in front of it, or a year named earlier in the same sentence
anchors it ("In 2023, ... between June and November"). Anaphoric expressions ("the same
day", "three days later", "since then", "that year") take their value from the running
reference: the last dated expression before them, as HeidelTime does for narratives.

Everything is done with module-level compiled regular expressions whose quantifiers
cannot backtrack into each other, so a scan is linear in the length of the text.
Other languages find candidate phrases with their own patterns and hand each short
candidate string to ``dateparser.parse`` for normalisation.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import itertools
import re
import warnings
from dataclasses import dataclass
from typing import Callable, Iterator

import ahocorasick

from service.extract.text import ascii_fold, with_first_chars

__all__ = ["Timex", "find_timexes"]


@dataclass(frozen=True, slots=True)
class Timex:
    start: int  # character offsets into the text passed in: text[start:end] == self.text
    end: int
    text: str
    date: dt.date  # first day the expression may refer to
    date_end: dt.date  # last day (inclusive)
    precision: str  # 'day' | 'week' | 'month' | 'year'
    kind: str  # 'point' | 'range' | 'since' | 'until'
    # for 'since': the last day of what follows "since" ("since late 2021": 2021-12-31)
    since_end: dt.date | None = None


# --------------------------------------------------------------------------- calendar helpers

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _year_span(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _week_span(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


# "early / mid / late" split a month into thirds of days (1-10, 11-20, 21-end) and a year into
# thirds of months (January-April, May-August, September-December).
_THIRDS = {"early": 0, "mid": 1, "late": 2}


def _modified_span(mod: str | None, first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """The early, middle or late third of a month or year span; the span itself without one."""
    third = _THIRDS.get(mod.lower()) if mod else None
    if third is None:
        return first, last
    if first.month == last.month:  # a month: days
        start = first.replace(day=1 + 10 * third)
        return start, (last if third == 2 else start + dt.timedelta(days=9))
    start = first.replace(month=1 + 4 * third)
    return start, _month_span(start.year, start.month + 3)[1]


def _modified_precision(mod: str | None, precision: str) -> str:
    """Precision of a modified span: a third of a month is dated by days, of a year by months."""
    if mod and mod.lower() in _THIRDS:
        return {"month": "day", "year": "month"}.get(precision, precision)
    return precision


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= day <= calendar.monthrange(year, month)[1]


def _day_without_year(month: int, day: int, dct: dt.date, future: bool) -> dt.date | None:
    """Most recent (month, day) on or before the DCT, or the next one on or after it."""
    if not _valid_day(2000, month, day):  # 2000 is a leap year: rejects only impossible days
        return None
    step = 1 if future else -1
    year = dct.year
    if future and (month, day) < (dct.month, dct.day):
        year += 1
    elif not future and (month, day) > (dct.month, dct.day):
        year -= 1
    while not _valid_day(year, month, day):  # 29 February: walk to a leap year
        year += step
    return dt.date(year, month, day)


def _month_without_year(month: int, dct: dt.date, future: bool) -> int:
    """Year of the month: the DCT's month counts as the current one."""
    if future:
        return dct.year if month >= dct.month else dct.year + 1
    return dct.year if month <= dct.month else dct.year - 1


# --------------------------------------------------------------------------- English vocabulary

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

# Month names are matched case-sensitively: "may" the verb and "march" the verb stay out.
_FULL_MONTH = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
_ABBR_MONTH = r"Sept|Sep|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec"
# Any month name; an abbreviation may carry a full stop. Never a prefix of a longer word.
_MONTH_ANY = rf"(?:(?:{_FULL_MONTH})|(?:{_ABBR_MONTH})\.?)(?![A-Za-z])"
# A month standing without a day: full name, or abbreviation with its full stop.
_MONTH_ALONE = rf"(?:(?:{_FULL_MONTH})(?![A-Za-z])|(?:{_ABBR_MONTH})\.)"

_SP = r"(?=\s)[^\S\n]*+\n?+[^\S\n]*+"  # whitespace, at most one line break, no backtracking
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\dA-Za-z]|,\d{3}(?!\d)|[.:]\d)"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d])(?!-\d\d-)"
_DASH = r"[^\S\n]*+(?:-|–|—)[^\S\n]*+"
_REL = r"(?i:this|last|next)"
# An optional year after a month or a day and month: ", 2015" / " 2015" / " of this year".
_YEAR_TAIL = rf"(?:,?{_SP}(?P<y>{_YEAR})|{_SP}(?:(?i:of){_SP})?(?P<yrel>{_REL}){_SP}(?i:year)\b)?"


# Pieces of a date, each with named groups for the parser.
_P_MDY = rf"(?P<m>{_MONTH_ANY}){_SP}(?P<d>{_DAY}){_YEAR_TAIL}"
_P_DMY = rf"(?<![\w.,/:-])(?P<d>{_DAY}){_SP}(?:(?i:of){_SP})?(?P<m>{_MONTH_ANY}){_YEAR_TAIL}"
_P_MY = rf"(?:(?P<mod>(?i:early|mid|late))(?:-|{_SP}))?(?P<m>{_MONTH_ALONE}){_YEAR_TAIL}"
_P_Y = rf"(?:(?P<mod>(?i:early|mid|late))(?:-|{_SP}))?(?P<y>{_YEAR})"
_P_D = rf"(?P<d>{_DAY})"

_PART_RES = [re.compile(p) for p in (_P_MDY, _P_DMY, _P_MY, _P_Y, _P_D)]
# Any piece, with its groups made anonymous so that a range regex can hold two of them.
_ANY_PART = "(?:" + "|".join(
    re.sub(r"\(\?P<\w+>", "(?:", p) for p in (_P_MDY, _P_DMY, _P_MY, _P_Y, _P_D)
) + ")"

# Words in front of a bare month name (or a bare year) that make it a date.
_CUE = (
    r"in|since|until|till|by|during|from|through|throughout|before|after|between|of|around"
)
_MOD = r"early|mid|late|last|this|next"
# A plan or promise in front of a date points to the coming one: "promised for August",
# "scheduled for May 5", "expected in March", "due by June".
_FUTURE_CUE = (
    r"(?:promised|scheduled|planned|slated|set|due|expected)[^\S\n]++for"
    r"|(?:expected|due)[^\S\n]++(?:in|by)"
)

# --------------------------------------------------------------------------- English patterns

_RE_RANGE = re.compile(
    rf"\b(?P<intro>(?i:from|between)){_SP}(?P<a>{_ANY_PART})[^\S\n]*+"
    rf"(?P<sep>(?i:to|until|till|through|and)(?=\s)|-|–|—)[^\S\n]*+(?P<b>{_ANY_PART})"
)
# Without "from": only a full day and month may open a range ("Sept. 30 to Nov. 29").
_DAY_PART = "(?:" + "|".join(re.sub(r"\(\?P<\w+>", "(?:", p) for p in (_P_MDY, _P_DMY)) + ")"
_RE_RANGE_BARE = re.compile(
    rf"(?<![\w.,/:-])(?P<intro>)(?P<a>{_DAY_PART})[^\S\n]*+"
    rf"(?P<sep>(?i:to|until|till|through)(?=\s)|–|—){_SP}(?P<b>{_ANY_PART})"
)
_WEEKDAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])"
# "May 17-18", "17-18 May", and two days in a row joined by "and": "on 10 and 11 March".
_DAY_PAIR = rf"(?:{_DASH}|{_SP}(?P<and>(?i:and)){_SP}|{_SP}(?P<to>(?i:to)){_SP})"
_RE_DASH_MD = re.compile(
    rf"\b(?P<m>{_MONTH_ANY}){_SP}(?P<d1>{_DAY}){_DAY_PAIR}(?P<d2>{_DAY}){_YEAR_TAIL}"
)
# (each day may have its weekday: "in the night of Saturday 22 to Sunday 23 November 2025")
_RE_DASH_DM = re.compile(
    rf"(?<![\w.,/:-])(?:{_WEEKDAY_NAME}{_SP})?(?P<d1>{_DAY}){_DAY_PAIR}(?:{_WEEKDAY_NAME}{_SP})?(?P<d2>{_DAY})"
    rf"{_SP}(?P<m>{_MONTH_ANY}){_YEAR_TAIL}"
)
_LOWER_WORD_NEXT = re.compile(r"[^\S\n]+[a-z]")
_RE_ISO = re.compile(r"(?<![\w/.-])(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?![\w/-]|\.\d)")
# "Monday, December 21" and "Monday 21 December" are one expression.
_RE_MDY = re.compile(
    rf"\b(?:(?P<mod>(?i:early|mid|late)){_SP}|(?P<wdp>{_WEEKDAY_NAME}),?{_SP})?{_P_MDY}"
)
_RE_DMY = re.compile(rf"(?:\b(?P<wdp>{_WEEKDAY_NAME}),?{_SP}(?:(?i:the){_SP})?)?{_P_DMY}")
_RE_MONTH = re.compile(
    rf"\b(?:(?P<cue>(?i:{_FUTURE_CUE}|{_CUE})){_SP}|(?P<mod>(?i:{_MOD}))(?:-|{_SP}))"
    rf"(?:(?i:the){_SP})?(?P<m>{_MONTH_ALONE})(?!{_SP}{_DAY}){_YEAR_TAIL}"
)
_RE_MONTH_YEAR = re.compile(
    rf"\b(?P<m>{_MONTH_ANY})(?:,?{_SP}(?P<y>{_YEAR})|{_SP}(?:(?i:of){_SP})?(?P<yrel>{_REL}){_SP}(?i:year)\b)"
)
# "the 2011 uprising", "the 2016 peace agreement": the year of a named event
_EVENT_NAMED_BY_YEAR = (
    rf"{_SP}(?:(?:peace|nuclear|presidential|parliamentary|general|legislative|local|military)"
    rf"{_SP})?(?:uprising|revolution|war|coup|elections?|invasion|earthquake|floods?|offensive|ceasefire|"
    rf"truce|agreement|accord|deal|crisis|massacre|attacks?|genocide|protests?|riots?|bombings?|referendum|siege|"
    rf"famine|talks)\b"
)
_NAMED_EVENT_AFTER_YEAR = rf"(?=\d{{4}}{_EVENT_NAMED_BY_YEAR})"
_RE_EVENT_NAMED_BY_YEAR = re.compile(_EVENT_NAMED_BY_YEAR, re.IGNORECASE)


def names_an_event(text: str, timex: "Timex") -> bool:
    """A year that is part of an event's name, "the 2006 war", "the 2016 peace agreement": the
    text tells of the event, it does not date one."""
    return timex.precision == "year" and timex.kind == "point" \
        and _RE_EVENT_NAMED_BY_YEAR.match(text, timex.end) is not None \
        and _RE_THE_BEFORE.search(text, max(0, timex.start - 6), timex.start) is not None
_RE_YEAR = re.compile(
    rf"\b(?:(?P<mod>(?i:early|mid|late))(?:-|{_SP})|(?P<cue>(?i:in|since|until|till|by|during|"
    rf"through|throughout|before|after|from|of)){_SP}"
    # "since the 2011 uprising", "after the 2015 elections"
    rf"(?:(?P<the>(?i:the)){_SP}{_NAMED_EVENT_AFTER_YEAR})?"
    # "a repeat of the 2006 war", "signed the 2016 peace agreement": no cue needed
    rf"|(?P<named>(?i:the)){_SP}{_NAMED_EVENT_AFTER_YEAR})"
    rf"(?P<y>{_YEAR})(?!s\b)"
)
_RE_WEEKDAY = re.compile(
    rf"\b(?:(?P<mod>(?i:last|this|next|(?:late|early|earlier|later)(?:{_SP}on)?)){_SP})?"
    rf"(?P<wd>{_WEEKDAY_NAME})(?!{_SP}(?i:prayers?|sermons?|markets?|service)\b)"  # "during Friday prayers"
    rf"(?:{_SP}(?P<part>(?i:morning|afternoon|evening|night)\b))?"
)
_RE_WEEKEND = re.compile(
    r"\b(?:(?P<mod>(?i:last|this|next))|(?i:over|at|on|during|throughout)\s+the)\s+"
    r"(?P<we>(?i:weekend))\b"
)
_RE_RELDAY = re.compile(
    r"\b(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|"
    r"tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)))\b"
    # "struck Saada overnight, killing 68": the night before the day of writing and that day
    r"|(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)\b(?P<night>(?i:overnight))(?!\s+(?:curfews?|stays?|flights?|trains?|"
    r"buses|bus|shifts?|bags?|camps?|guests?|visits?|raids?|operations?|success|sensation)\b)(?!-)"
    # "drones also hit power facilities during the night": the same night ("the night of 11
    # October" is that day's, read elsewhere)
    r"|\b(?P<night_of>(?i:during|in)\s+the\s+night)\b(?!\s+(?:of|to|between|before|after|shift|sky)\b)"
)
_RE_RELSPAN = re.compile(
    r"\b(?:(?P<mod>(?i:early|late|mid))[- ]+)?(?P<w>(?i:(?:(?:earlier|later)\s+)?this|last|next|past|"
    r"previous|coming))\s+"
    # (not "in the last week of December", a part of the month named after it)
    r"(?P<unit>(?i:week|month|year))\b(?![^\S\n]+(?i:of)[^\S\n]+(?-i:[A-Z]))"
)
_RE_AGO = re.compile(
    r"\b(?:(?P<exact>(?i:exactly|precisely))\s+)?"
    r"(?P<n>(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|\d{1,2})"
    r"\s+(?P<unit>(?i:day|week|month|year))s?\s+(?i:ago)\b"
)

# "since the start of the year": the current year (month, week) from its first day, day precision.
_RE_SINCE_UNIT_START = re.compile(
    r"\b(?:(?i:ever)[^\S\n]+)?(?i:since)[^\S\n]+(?i:the)[^\S\n]+(?i:start|beginning)[^\S\n]+"
    r"(?i:of)[^\S\n]+(?i:the)[^\S\n]+(?P<unit>(?i:year|month|week))\b(?!-)"
)

# Anaphoric expressions, resolved against the last dated expression before them.
_ANAPHOR_UNIT = (
    r"(?P<unit>(?i:day|morning|afternoon|evening|night|week|month|year))\b(?!-)"
    # "that year after year", "that day by day": a repetition, not a reference
    r"(?![^\S\n]+(?i:after|by|on|to)[^\S\n]+(?i:day|morning|night|week|month|year)s?\b)"
)
# "the same day", "that morning", "later that year", "that very night"
_RE_ANA_SAME = re.compile(
    r"\b(?:(?i:later|earlier)[^\S\n]+)?(?:(?i:that)(?:[^\S\n]+(?i:same|very))?|"
    r"(?i:the)[^\S\n]+(?:(?i:very)[^\S\n]+)?(?i:same))[^\S\n]+" + _ANAPHOR_UNIT
    + r"(?![^\S\n]+(?i:as)\b)"  # "the same day as the vote" is dated by the vote
)
# "the next day", "the following week", "the previous night"
_RE_ANA_STEP = re.compile(
    r"\b(?i:the)[^\S\n]+(?P<w>(?i:next|following|previous|preceding))[^\S\n]+" + _ANAPHOR_UNIT
)
# The clipped style of trackers and headlines, without the article: "NUG next day dismissed vote",
# "TNLA next day accused military" (a verb in the past after it: not "next day delivery")
_RE_ANA_STEP_BARE = re.compile(r"(?<![\w-])(?P<w>next|following)[^\S\n]+(?P<unit>day)(?=[^\S\n]+[a-z]+ed\b)")
# "the previous quarter", "the following quarter": three months next to the quarter told of
_RE_ANA_QUARTER = re.compile(r"\b(?i:the)[^\S\n]+(?P<w>(?i:previous|preceding|following))[^\S\n]+(?i:quarter)\b")
# "that May", "that October": the month in the year the text speaks of
_RE_ANA_MONTH = re.compile(
    r"\b(?i:that)[^\S\n]+(?P<m>January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b(?![^\S\n]+\d)"
)
# "late in the month", "early in the year", "at the end of the month": a third of the month or
# year told of (the reference's)
_RE_ANA_THIRD = re.compile(
    r"\b(?:(?P<mod>(?i:early|late))[^\S\n]+(?i:in)|(?i:at[^\S\n]+)?(?i:the)[^\S\n]+(?P<edge>(?i:end|start|beginning|middle))"
    r"[^\S\n]+(?i:of))[^\S\n]+(?i:the)[^\S\n]+(?P<unit>(?i:month|year))\b(?![^\S\n]+(?i:of|before|after)\b)"
)
_EDGE_THIRDS = {"end": "late", "start": "early", "beginning": "early", "middle": "mid"}
# "the year before", "the month after": one unit from the reference (not "the year before the war")
_RE_ANA_UNIT_BEFORE = re.compile(
    r"\b(?i:the)[^\S\n]+(?P<unit>(?i:week|month|year))[^\S\n]+(?P<w>(?i:before|after))"
    r"(?=[^\S\n]*(?:[,.;:!?)\n]|\Z))"
)
# "the same period of 2024", "the same months last year": the period told of, in another year
_RE_ANA_SAME_PERIOD = re.compile(
    r"\b(?i:the)[^\S\n]+(?i:same)[^\S\n]+(?i:period|months?|weeks?|time)[^\S\n]+"
    r"(?:(?i:of|in)[^\S\n]+(?P<y>(?:19|20)\d\d)\b|(?i:last|the[^\S\n]+previous)[^\S\n]+(?i:year)\b)"
)
# "since the attack": since the day of the attack just told
_RE_SINCE_THE_ATTACK = re.compile(
    r"\b(?i:since)[^\S\n]+(?i:the)[^\S\n]+(?i:attack|assault|strike|bombing|massacre|raid|ambush|killing|killings)\b"
    r"(?![^\S\n]+(?i:on|in|of|at)\b)"
)
# "the day before," / "the day after." -- only when no noun follows ("the day before the vote")
_RE_ANA_DAY_BEFORE = re.compile(
    r"\b(?i:the)[^\S\n]+(?i:day)[^\S\n]+(?P<w>(?i:before|after))(?=[^\S\n]*(?:[,.;:!?)\n]|\Z))"
)
# "three days later", "a week earlier", "two months afterwards"
_RE_ANA_OFFSET = re.compile(
    r"\b(?P<n>(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|\d{1,2})"
    r"[^\S\n]+(?P<unit>(?i:day|week|month|year))s?[^\S\n]+"
    r"(?P<w>(?i:later|earlier|afterwards?|before|after))\b"
)
# "hours later", "a few hours later": the same day as the reference
_RE_ANA_HOURS = re.compile(
    r"\b(?:(?i:a[^\S\n]+few|several|some|a[^\S\n]+couple[^\S\n]+of|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|\d{1,2})[^\S\n]+)?"
    r"(?i:hours)[^\S\n]+(?i:later|afterwards?)\b"
)
# "almost 20 years earlier", "more than a week later": an approximate offset has no definite value.
_RE_APPROX_BEFORE = re.compile(
    r"(?<![\w'’])(?i:almost|nearly|about|around|some|roughly|approximately|over|under|than|"
    r"least|most|within|up\s+to)[^\S\n]+$"
)
_RE_PUNCT_AFTER = re.compile(r"[^\S\n]*+(?:[,.;:!?)\n]|\Z)")
# "since then", "ever since that day"
_RE_ANA_SINCE = re.compile(
    r"\b(?:(?i:ever)[^\S\n]+)?(?i:since)[^\S\n]+(?:(?i:then)|(?i:that)[^\S\n]+(?i:day|date|time))\b"
)
# "since the fighting began", "since the start of the war": since the day the text said it began
_FIGHT = r"(?i:fighting|war|conflict|clashes|offensive|violence|hostilities|siege|insurgency|crisis)"
_RE_ANA_BEGAN = re.compile(
    r"\b(?:(?i:ever)[^\S\n]+)?(?i:since)[^\S\n]+(?i:the)[^\S\n]+(?:"
    + _FIGHT + r"[^\S\n]+(?i:began|started|erupted|broke[^\S\n]+out)"
    r"|(?i:start|beginning|outbreak)[^\S\n]+(?i:of)[^\S\n]+(?i:the)[^\S\n]+" + _FIGHT
    + r"(?![^\S\n]+(?i:in|on|of)\b))\b"
)
# "during the reporting period": the period a report's header names ("Reporting period: 17-24
# September 2025", "covering 1 to 15 May")
# "by the end of the reporting period": its last day (its last month, if it is counted in months)
_RE_ANA_PERIOD = re.compile(
    r"\b(?:(?i:during|in|over|throughout|for)[^\S\n]+(?i:the)"
    r"|(?i:the)[^\S\n]+(?P<edge>(?i:end|start|beginning|close))[^\S\n]+(?i:of)[^\S\n]+(?i:the))"
    r"[^\S\n]+(?:(?i:reporting|review)[^\S\n]+(?i:period)|(?i:period)[^\S\n]+(?i:under)[^\S\n]+(?i:review))\b"
)
_RE_PERIOD_LABEL = re.compile(
    r"(?:(?i:reporting|review)[^\S\n]+(?i:period)|(?i:period)[^\S\n]+(?i:covered|under[^\S\n]+review))"
    r"[^\S\n]*[:\-–][^\S\n]*(?i:from[^\S\n]+)?$|\b(?i:covers|covering)[^\S\n]+(?:(?i:the)[^\S\n]+(?i:period)"
    r"[^\S\n]+)?(?i:from[^\S\n]+)?$"
)

# Every match of _RE_PERIOD_LABEL holds one of these words (in any case).
_PERIOD_LABEL_WORDS = ("period", "cover")

# Range, since and until words in front of a single expression.
# "since the start of 2023", "since the end of last month": from that day on, precision day.
_RE_SINCE_BEFORE = re.compile(
    r"(?<![\w-])(?P<w>(?i:ever\s+since|since))"
    r"(?:[^\S\n]+(?i:the)[^\S\n]+(?P<edge>(?i:start|beginning|end))[^\S\n]+(?i:of)"
    # "since the ceasefire of 27 November": from the day of what it names
    r"|[^\S\n]+(?i:the)[^\S\n]+(?:(?i:ceasefire|truce|attack|assault|war|invasion|coup|agreement|deal|"
    r"elections?|uprising|offensive|massacre|bombing|earthquake|quake|takeover|fall))[^\S\n]+(?i:of|on))?[^\S\n]+$"
)
_RE_UNTIL_BEFORE = re.compile(
    r"(?<![\w-])(?P<w>(?i:up\s+(?:to|until)|until|till|through))[^\S\n]+$"
)
# Every match of _RE_SINCE_BEFORE holds "since", of _RE_UNTIL_BEFORE one of these (in any case).
_UNTIL_WORDS = ("up", "until", "till", "through")
# A future marker among the few words right before an expression.
_RE_FUTURE = re.compile(
    r"(?i:\b(?:will|shall|won['’]t)\b|['’]ll\b|"
    # "could start", "may travel"; not "could have", "could still be heard" (what was)
    r"\b(?:could|might|may)\s+(?!have\b|not\s+have\b|still\b|be\s+(?:heard|seen|felt)\b)[a-z]+\b|"
    r"\b(?:is|are)\s+(?:(?:now|still|also|instead|currently)\s+)?(?:due|scheduled|expected|set|slated|planned)\s+"
    r"(?:to|for|on)\b|"
    r"\b(?:is|are)\s+to\s+be\b|\b(?:upcoming|forthcoming)\b|"
    rf"\b(?:{_FUTURE_CUE})\b)"
)
_RE_FUTURE_CUE = re.compile(rf"(?i:{_FUTURE_CUE})")
# A term set or stretched, whose end lies ahead: "extend their talks until May", "a ban on
# motorbikes until 31 January" (not "the curfew lasted until January": a term that has run)
_RE_UNTIL = re.compile(r"(?i:until|till)\b")
_RE_TERM_SET = re.compile(
    r"(?i:\b(?:extend(?:s|ed|ing)?|extension|bans?|banned|banning|curfews?|suspend(?:s|ed|ing)?|suspension|"
    r"postpone(?:s|d)?|adjourn(?:s|ed)?|prolong(?:s|ed|ing)?|renew(?:s|ed|ing)?|valid|in\s+(?:force|effect|place))\b"
    r"[^.;!?\n]*$)")
_RE_TERM_RAN = re.compile(r"(?i:\b(?:lasted|remained|stayed|was|were|ended|expired|ran|had\s+been)\b[^.;!?\n]*$)")
# "is due to discuss ...", "are scheduled to vote ...": a plan, in the present, of the same sentence
_RE_DUE_TO = re.compile(r"(?i:\b(?:is|are)\s+(?:due|scheduled|likely|expected|projected|forecast)\s+to\s+[a-z]+\b)"
                        r"(?=[^.;!?\n]*$)")
# The leftmost match of "(?:[\w'’\"“”-]+[^\S\n]+){1,9}$" starts at the window's start or at a word's
# (one starting inside a word would also match from a character earlier), so only those are tried.
_RE_WORDS_BEFORE = re.compile(r"(?<![\w'’\"“”-])(?:[\w'’\"“”-]+[^\S\n]+){1,9}$")
# The same words read backwards from the end of the window: one match at the start of the reversed
# window, where a search tries every offset. (The words are whole runs, the match is greedy: its
# end is the leftmost start a search finds.)
_RE_WORDS_BEFORE_REVERSED = re.compile(r"(?:[^\S\n]+[\w'’\"“”-]+){1,9}")


def _words_before(window: str) -> str | None:
    """What ``_RE_WORDS_BEFORE.search(window)`` finds: the last one to nine words of the window,
    each with the space after it (its ``$`` may stand before a final line break)."""
    match = _RE_WORDS_BEFORE_REVERSED.match(window[::-1], 1 if window.endswith("\n") else 0)
    return None if match is None else window[len(window) - match.end():len(window) - match.start()]
# Every match of _RE_FUTURE holds one of these words (in any case).
_FUTURE_WORDS = ("will", "shall", "won", "ll", "upcoming", "forthcoming", "promised", "scheduled", "planned",
                 "slated", "set", "due", "expected", "be", "could", "might", "may")
# The words of a forecast in the present ("is likely to persist ... from June to September")
_LIKELY_WORDS = ("likely", "projected", "forecast")
# ", which ...", ", who ..." with no comma after it: the opening of a relative clause.
_RE_RELATIVE_OPEN = re.compile(r",[^\S\n]+(?:which|who|where)\b[^,.;\n]*$")
# What joins a day or month without a year to the year it is in: "26 October that year".
_RE_OF_THAT_YEAR = re.compile(r"(?i:[^\S\n]+(?:of[^\S\n]+)?(?:that|the[^\S\n]+same)[^\S\n]+year)")
# Words that open a clause of its own between a future marker and a date, or put it in the past.
_RE_NEW_CLAUSE = re.compile(r"(?i:\b(?:that|which|who|when|after|since|began|started|ended|was|were|had)\b)")
# "set August 18 as the deadline for a final accord": a deadline may be to come or just gone
_RE_DEADLINE_AFTER = re.compile(r"(?i:[^\S\n]+as[^\S\n]+(?:the|a|its)[^\S\n]+(?:\w+[^\S\n]+)?(?:deadline|date|target)"
                                # "the 31 May election": an occasion named by its day, to come or just gone
                                r"|[^\S\n]+(?:presidential[^\S\n]+|parliamentary[^\S\n]+|general[^\S\n]+|local[^\S\n]+)?"
                                r"(?:elections?|vote|polls?|run-?off|referendum|summit)\b)")
# "would be held on", "would resume talks in", "agreed to meet again in Istanbul on": a plan as
# reported.
_RE_WOULD = re.compile(
    r"(?i:\bwould\s+(?:(?:not|be)\s+)?[a-z]+(?:\s+[\w'’-]+){0,7}?\s+(?:on|in|by|from)\s+$|"
    r"\b(?:agreed|agrees|plans?|planned|decided|decides|promised|pledged|vowed|intends?|intended)\s+to\s+"
    r"(?!(?:a|an|the|its|their|his|her)\b)[a-z]+(?:\s+[A-Za-z'’]+){0,10}?\s+(?:on|in|by)\s+$|"
    # "need US$14.6 million to sustain the response through June": what a sum is needed for
    r"\b(?:need|needs|needed|require|requires|required)\b(?:[^.;\n]|\.\d){0,40}?\bto\s+[a-z]+(?:\s+[\w'’-]+){0,4}?\s+"
    r"(?:through|until|till)\s+$)")
# A state that holds now, until a day that may be to come: "are available for interviews until",
# "remains closed till". The day is then the nearer of its last and its next occurrence.
# What ends or runs out on a day, told in the present: the day may be to come or just gone.
_RE_ENDS_THEN = re.compile(r"(?i:\b(?:runs?\s+out|expires?|lapses?|ends|(?:leaves|takes|assumes)\s+office|steps\s+down|"
                           r"is\s+sworn\s+in)\s+(?:in|on)\s+$)")
_RE_PRESENT_UNTIL = re.compile(
    r"(?i:\b(?:is|are|remains?|stays?|runs?|lasts?|continues?)\s+(?:[\w'’-]+\s+){0,3}(?:until|till)\s+$"
    # "Train services were suspended until Saturday": a measure in force until a day that may be to come
    r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:suspended|closed|shut|halted|banned|extended|imposed|postponed)\s+"
    r"(?:[\w'’-]+\s+){0,2}(?:until|till)\s+$)")


class _Candidate:
    """A found expression. Besides its value it may carry what the second, in-order pass needs:

    ``year`` -- the calendar year the text names explicitly ("In 2023", "7 October 2001",
    "last year"), which anchors year-less dates later in the same sentence;
    ``reanchor`` -- for a date without a year, a function giving its span in a given year;
    ``anaphor`` -- for "the same day", "three days later", "since then": what to compute
    from the running reference (the last dated expression before it)."""

    __slots__ = ("start", "end", "date", "date_end", "precision", "kind", "year", "reanchor",
                 "anaphor", "since_end")

    def __init__(self, start: int, end: int, date: dt.date, date_end: dt.date,
                 precision: str, kind: str = "point", *, year: int | None = None,
                 reanchor: Callable[[int], tuple[dt.date, dt.date] | None] | None = None,
                 anaphor: tuple | None = None) -> None:
        self.start, self.end = start, end
        self.date, self.date_end = date, date_end
        self.precision, self.kind = precision, kind
        self.year, self.reanchor, self.anaphor = year, reanchor, anaphor
        self.since_end: dt.date | None = None


_RE_NEXT_ISSUE = re.compile(r"(?i:\bnext[^\S\n]+(?:issue|update|edition|snapshot|report|briefing|bulletin)\b)"
                            r"[^.\n]{0,40}$")


def _future_before(text: str, start: int) -> bool:
    """True when a future-tense marker sits within the nine words before ``start``."""
    window = text[max(0, start - 80):start]
    low = ascii_fold(window)
    if any(word in low for word in _SCHEDULED_WORDS) and _RE_SCHEDULED.search(text, max(0, start - 90), start):
        return True
    if "next" in low and _RE_NEXT_ISSUE.search(window):
        return True  # "NEXT ISSUE: 13 March": when the next one comes out
    if not any(word in low for word in _FUTURE_WORDS + _LIKELY_WORDS):
        return False
    words = _words_before(window)
    if not words:
        return False
    markers = list(_RE_FUTURE.finditer(words))
    if not markers and any(word in low for word in ("due", "schedul", "expected", *_LIKELY_WORDS)):
        # "The Security Council is due to discuss the future of the mission on 22 January": a
        # plan's verb may stand further back than nine words
        markers = list(_RE_DUE_TO.finditer(window))
        window_words = window
    else:
        window_words = words
    # "will continue the campaign that began on January 10": a clause of its own in between
    return bool(markers) and not _RE_NEW_CLAUSE.search(window_words, markers[-1].end())


def _plan_or_state_before(text: str, start: int) -> bool:
    """True when "is/are/remains ... until" in the present tense ends right before ``start``, the
    date ends a term set or stretched ("extend their talks until May", "a ban until 31 January"), or
    a "would" of reported plans ("said a day of mourning would be held on Monday"): the date may
    be to come or just gone, and is the nearer of the two."""
    window = text[max(0, start - 90):start]
    if ("until" in window or "till" in window) and _RE_PRESENT_UNTIL.search(window) is not None:
        return True
    if (_RE_UNTIL.match(text, start) or _RE_UNTIL_BEFORE.search(text, max(0, start - 12), start)) \
            and _RE_TERM_SET.search(text, max(0, start - 120), start) \
            and not _RE_TERM_RAN.search(text, max(0, start - 120), start):
        return True  # "agreed last week to extend their talks until May": the end of a term set
    if window[-3:] in ("in ", "on ") and _RE_ENDS_THEN.search(window) is not None:
        return True  # "when the mission's budget runs out in June", "the truce expires on Friday"
    return ("would" in window or " to " in window) and _RE_WOULD.search(window) is not None


# An occasion a party faces or holds, told in the present: "faces Luisa González in a run-off on",
# "holds elections in November": to come. Every match holds one of _SCHEDULED_WORDS.
_SCHEDULED_WORDS = ("run", "elect", "vote", "poll", "summit", "trial", "hearing", "talks", "referend")
_RE_SCHEDULED = re.compile(
    r"(?i:\b(?:faces?|holds?|hosts?|heads?\s+(?:to|into)|goes\s+(?:to|into))\b[^.;\n]{0,60}?"
    r"\b(?:run-?offs?|elections?|votes?|referendums?|polls|summit|trial|hearing|talks)(?:\s+(?:on|in|from))?\s+$)")


def _nearer_ahead(ahead: int, back: int) -> bool:
    """Whether the next occurrence (``ahead`` days or months after publication) is nearer than
    the last one (``back`` before it)."""
    return 0 < ahead < back


def _month_index(token: str) -> int:
    return _MONTHS[token.rstrip(".").lower()[:3]]


def _rel_year(word: str, dct: dt.date) -> int:
    return dct.year + {"this": 0, "last": -1, "next": 1}[word.lower()]


# --------------------------------------------------------------------------- part parsing


class _Part:
    """A parsed piece of a date: any of year, month, day may be missing."""

    __slots__ = ("year", "month", "day", "mod")

    def __init__(self, year: int | None, month: int | None, day: int | None,
                 mod: str | None = None) -> None:
        self.year, self.month, self.day = year, month, day
        self.mod = mod.lower() if mod else None  # 'early' | 'mid' | 'late' for a month or year

    @property
    def precision(self) -> str:
        if self.day:
            return "day"
        if self.month:
            return "day" if self.mod else "month"  # "late January": the 21st to the 31st
        return "month" if self.mod else "year"  # "late 2021": September to December

    def with_year(self, year: int | None) -> "_Part":
        return _Part(year, self.month, self.day, self.mod)


def _parse_part(s: str, dct: dt.date) -> _Part | None:
    for regex in _PART_RES:
        match = regex.fullmatch(s)
        if not match:
            continue
        groups = match.groupdict()
        year = None
        if groups.get("y"):
            year = int(groups["y"])
        elif groups.get("yrel"):
            year = _rel_year(groups["yrel"], dct)
        month = _month_index(groups["m"]) if groups.get("m") else None
        day = int(re.match(r"\d+", groups["d"]).group()) if groups.get("d") else None
        return _Part(year, month, day, groups.get("mod"))
    return None


def _resolve_part(part: _Part, dct: dt.date, year: int | None = None) -> tuple[dt.date, dt.date] | None:
    """Turn a part with a known or given year into its span of days."""
    y = part.year if part.year is not None else year
    if y is None:
        return None
    if part.month is None:
        return _modified_span(part.mod, *_year_span(y))
    if part.day is None:
        return _modified_span(part.mod, *_month_span(y, part.month))
    if not _valid_day(y, part.month, part.day):
        return None
    day = dt.date(y, part.month, part.day)
    return day, day


def _default_year(part: _Part, dct: dt.date, future: bool) -> int | None:
    if part.year is not None:
        return part.year
    if part.month is None:
        return None
    if part.day is None:
        return _month_without_year(part.month, dct, future)
    day = _day_without_year(part.month, part.day, dct, future)
    return day.year if day else None


def _range_spans(a: _Part, b: _Part, dct: dt.date, future: bool) -> tuple[dt.date, dt.date] | None:
    """Spans of a range "A to B": B inherits A's month, years are chosen so that A <= B."""
    if a.month is None and a.day is not None:  # "between 1 and 15 December": A is a bare day
        if b.month is None or b.day is None:
            return None
        a = _Part(b.year, b.month, a.day, a.mod)
    if b.month is None and b.day is not None:  # "December 1 to 3": B is a bare day
        if a.month is None or a.day is None:
            return None
        b = _Part(a.year, a.month, b.day, b.mod)
    if a.year is None and b.year is not None:
        if a.month is None:
            return None
        year = b.year
        span_a = _resolve_part(a, dct, year)
        span_b = _resolve_part(b, dct)
        if span_a is None or span_b is None:
            return None
        if span_a[0] > span_b[1]:
            span_a = _resolve_part(a, dct, year - 1)
    else:
        year_a = _default_year(a, dct, future)
        span_a = _resolve_part(a, dct, year_a)
        if span_a is None:
            return None
        if b.year is not None:
            span_b = _resolve_part(b, dct)
        else:
            if b.month is None:
                return None
            span_b = _resolve_part(b, dct, span_a[0].year)
            if span_b is None or span_b[1] < span_a[0]:
                span_b = _resolve_part(b, dct, span_a[0].year + 1)
            if a.year is None and b.day is None and not future and span_b is not None \
                    and (span_b[0] - dct).days > 31:
                # "Between January and November", published on 22 January: the range that has
                # ended, last year's (news tells of the past; a month just begun or to begin next
                # may still be this year's: "between January and March", published in February)
                span_a = _resolve_part(a, dct, span_a[0].year - 1)
                span_b = _resolve_part(b, dct, span_b[0].year - 1)
    if span_a is None or span_b is None or span_b[1] < span_a[0]:
        return None
    return span_a[0], span_b[1]


# --------------------------------------------------------------------------- English finders


def _coarser(p: str, q: str) -> str:
    return p if _PRECISION_RANK[p] >= _PRECISION_RANK[q] else q


def _find_ranges(text: str, dct: dt.date, pos: int, endpos: int, win: "_Window") -> Iterator[_Candidate]:
    months = win.months()
    ranges = [*win.finditer(_RE_RANGE, win.words_at("from", "between"), 0)] if win.has("from", "between") else []
    if months:
        ranges += win.finditer(_RE_RANGE_BARE, win.month_starts(), 2)
    for match in ranges:
        if match.group("sep").lower() == "and" and match.group("intro").lower() != "between":
            continue
        a = _parse_part(match.group("a"), dct)
        b = _parse_part(match.group("b"), dct)
        if a is None or b is None:
            continue
        if b.month is None and b.day is None and _count_follows(text, match.end()):
            continue  # "from 1900 to 2000 metres" is not a span of years
        spans = _range_spans(a, b, dct, _future_before(text, match.start()))
        if spans:
            precision = _coarser(a.precision, b.precision if b.month or not b.day else "day")
            yield _Candidate(match.start(), match.end(), spans[0], spans[1], precision, "range",
                             **_range_year_info(a, b, spans, dct))
    if not (months and (win.has_exact("-", "–", "—") or win.has("and", "to"))):
        return
    for regex, back in ((_RE_DASH_MD, 0), (_RE_DASH_DM, 5)):
        for match in win.finditer(regex, win.month_starts(), back):
            month = _month_index(match.group("m"))
            d1 = int(re.match(r"\d+", match.group("d1")).group())
            d2 = int(re.match(r"\d+", match.group("d2")).group())
            if match.group("and") and (d2 != d1 + 1 or (regex is _RE_DASH_MD and not match.group("y")
                                                         and _LOWER_WORD_NEXT.match(text, match.end()))):
                # "on 5 and 12 March" are two days, not the week between; in "on March 10 and 11
                # people died" the 11 counts people.
                continue
            if match.group("to") and regex is _RE_DASH_MD and not match.group("y") \
                    and _LOWER_WORD_NEXT.match(text, match.end()):
                continue  # "from March 3 to 5 people": a count ("13 to 21 July" is a range)
            year = _explicit_year(match, dct)
            a = _Part(year, month, d1)
            b = _Part(year, month, d2)
            spans = _range_spans(a, b, dct, _future_before(text, match.start()))
            if spans and d1 < d2:
                yield _Candidate(match.start(), match.end(), spans[0], spans[1], "day", "range",
                                 **_range_year_info(a, b, spans, dct))


def _range_year_info(a: _Part, b: _Part, spans: tuple[dt.date, dt.date], dct: dt.date) -> dict:
    """The explicit year of a range inside one calendar year, or how to put a year-less range
    into a given year: the year goes to the first end that names a month."""
    if a.year is not None or b.year is not None:
        same = spans[0].year == spans[1].year
        return {"year": spans[0].year if same else None}

    def reanchor(year: int) -> tuple[dt.date, dt.date] | None:
        if a.month is not None:
            return _range_spans(a.with_year(year), b, dct, False)
        return _range_spans(a, b.with_year(year), dct, False)

    return {"reanchor": reanchor}


def _explicit_year(match: re.Match[str], dct: dt.date) -> int | None:
    groups = match.groupdict()
    if groups.get("y"):
        return int(groups["y"])
    if groups.get("yrel"):
        return _rel_year(groups["yrel"], dct)
    return None


def _find_days(text: str, dct: dt.date, pos: int, endpos: int, win: "_Window") -> Iterator[_Candidate]:
    if "-" in win.raw:
        yield from _find_days_iso(text, pos, endpos)
    if not win.months():
        return
    for regex, back in ((_RE_MDY, 1), (_RE_DMY, 4)):
        for match in win.finditer(regex, win.month_starts(), back):
            month = _month_index(match.group("m"))
            day_num = int(re.match(r"\d+", match.group("d")).group())
            year = _explicit_year(match, dct)
            if year is not None:
                if not _valid_day(year, month, day_num):
                    continue
                day = dt.date(year, month, day_num)
                yield _Candidate(match.start(), match.end(), day, day, "day", year=year)
                continue
            if _day_is_name(text, match):
                continue
            future = _future_before(text, match.start())
            if not future and (_plan_or_state_before(text, match.start()) or _RE_DEADLINE_AFTER.match(text, match.end())):
                ahead, back = (_day_without_year(month, day_num, dct, way) for way in (True, False))
                future = ahead is not None and back is not None and _nearer_ahead((ahead - dct).days, (dct - back).days)
            found = _day_without_year(month, day_num, dct, future)
            if found is None:
                continue
            yield _Candidate(match.start(), match.end(), found, found, "day",
                             reanchor=_day_in_year(month, day_num))


def _day_in_year(month: int, day: int) -> Callable[[int], tuple[dt.date, dt.date] | None]:
    def reanchor(year: int) -> tuple[dt.date, dt.date] | None:
        if not _valid_day(year, month, day):
            return None
        found = dt.date(year, month, day)
        return found, found

    return reanchor


_RE_THE_BEFORE = re.compile(r"(?<![\w'’])(?i:the)[^\S\n]++$")
# "the former March 14 alliance": "the" and at most one lower-case word.
_RE_THE_SOMETHING_BEFORE = re.compile(r"(?<![\w'’])(?i:the)(?:[^\S\n]++[a-z][a-z-]+)?[^\S\n]++$")
# Up to three capitalised words after a date; a name ends with one of the heads below.
_RE_NAME_AFTER = re.compile(r"(?:[^\S\n]++[A-Z][a-z]+){1,3}")
# A political or armed group named after a day is one in any case: "the March 14 alliance".
# So is a newspaper or a channel ("the 26 September newspaper"), or a revolution ("the 17 February revolution").
_RE_GROUP_AFTER = re.compile(r"[^\S\n]++(?i:movement|alliance|coalition|front|brigades?|battalion|group|party|"
                             r"newspaper|daily|weekly|magazine|channel|television|radio|revolution|uprising)\b")
_NAME_HEADS = frozenset("""Movement Revolution Uprising Revolt Intifada Alliance Coalition Front
    Brigade Brigades Battalion Group Party Committee Commission Council Declaration Agreement
    Accord Accords Protocol Memorial Square Street Avenue Bridge Stadium Hospital University
    Initiative""".split())
_RE_PLAIN_DAY_MONTH = re.compile(
    rf"(?:{_MONTH_ANY})[^\S\n]+\d{{1,2}}|\d{{1,2}}[^\S\n]+(?:{_MONTH_ANY})"
)


def _day_is_name(text: str, match: re.Match[str]) -> bool:
    """ "the March 23 Movement", "the 30 June Revolution", "the April 6 Youth Movement": a
    year-less day and month written plainly between "the" and a name ending in a word like
    Movement, Revolution or Agreement is part of the name, not a date ("the October 7 Hamas
    attack" is a date)."""
    if match.group("wdp") or not _RE_PLAIN_DAY_MONTH.fullmatch(match.group()):
        return False
    if _RE_GROUP_AFTER.match(text, match.end()) \
            and _RE_THE_SOMETHING_BEFORE.search(text, max(0, match.start() - 24), match.start()):
        return True
    if not _RE_THE_BEFORE.search(text, max(0, match.start() - 8), match.start()):
        return False
    after = _RE_NAME_AFTER.match(text, match.end())
    return bool(after and any(word in _NAME_HEADS for word in after.group().split()))


# A further month in a list: ", February" (only when the list goes on) or "and June".
_RE_COORD_MONTH = re.compile(
    rf"(?:,{_SP}(?=(?:{_MONTH_ALONE})(?:,|,?{_SP}(?i:and|or){_SP}(?:{_MONTH_ALONE})))"
    rf"|,?{_SP}(?i:and|or){_SP})(?P<m>{_MONTH_ALONE})(?!{_SP}{_DAY}){_YEAR_TAIL}"
)


def _find_months(text: str, dct: dt.date, pos: int, endpos: int, win: "_Window") -> Iterator[_Candidate]:
    if not win.months():
        return
    for match in win.finditer(_RE_MONTH_YEAR, win.month_starts(), 0):
        month = _month_index(match.group("m"))
        year = _explicit_year(match, dct)
        start, end = _month_span(year, month)
        yield _Candidate(match.start(), match.end(), start, end, "month", year=year)
    for match in win.finditer(_RE_MONTH, win.month_starts(), 3):
        # Months joined to this one by "and", "or" or commas share its cue, and a year
        # written after the last of them: "in January, February or March 2014".
        chain: list[re.Match[str]] = []
        at = match.end()
        while (coord := _RE_COORD_MONTH.match(text, at, endpos)) is not None:
            chain.append(coord)
            at = coord.end()
        shared_year = _explicit_year(chain[-1], dct) if chain else None
        cue = " ".join((match.group("cue") or "").lower().split())
        future = bool(_RE_FUTURE_CUE.fullmatch(cue)) or _future_before(text, match.start())
        month = _month_index(match.group("m"))
        if not future and _plan_or_state_before(text, match.start("m")):
            at = dct.year * 12 + dct.month
            future = _nearer_ahead(_month_without_year(month, dct, True) * 12 + month - at,
                                   at - _month_without_year(month, dct, False) * 12 - month)
        mod = (match.group("mod") or "").lower()
        explicit = _explicit_year(match, dct) or shared_year
        year = explicit
        if year is None:
            if mod == "last":
                year = dct.year if month < dct.month else dct.year - 1
            elif mod == "next":
                year = dct.year if month > dct.month else dct.year + 1
            elif mod == "this":
                year = dct.year
            else:
                year = _month_without_year(month, dct, future)
        first = match.start("mod") if match.group("mod") else match.start("m")
        yearless = explicit is None and mod not in _MOD_YEARS
        yield _Candidate(first, match.end(), *_modified_span(mod, *_month_span(year, month)),
                         _modified_precision(mod, "month"), year=explicit,
                         reanchor=_month_in_year(month, mod) if yearless else None)
        for coord in chain:
            month = _month_index(coord.group("m"))
            explicit = _explicit_year(coord, dct) or shared_year
            year = explicit or _month_without_year(month, dct, future)
            yield _Candidate(coord.start("m"), coord.end(), *_month_span(year, month), "month",
                             year=explicit,
                             reanchor=None if explicit else _month_in_year(month, None))


# A month that opens a sentence as its subject: "May was the deadliest month", "October saw ..."
# (or what is said: "the mission said June had been the deadliest month")
_RE_MONTH_SUBJECT = re.compile(
    rf"(?P<m>{_FULL_MONTH})(?=[^\S\n]+(?:was|saw|brought|marked|proved|became|has[^\S\n]+been|had[^\S\n]+been)\b)"
)
# A month that heads a paragraph of a month-by-month review: "July. On 6 July, ...", "August:"
_RE_MONTH_HEADING = re.compile(rf"(?m)^(?P<m>{_FULL_MONTH})(?=[.:](?:[^\S\n]+[A-Z]|[^\S\n]*$))")
_RE_SUBJECT_OPENS = re.compile(r"(?:[.!?][^\S\n]|\n|\bsaid[^\S\n]|\bsays[^\S\n]|\bsaid[^\S\n]that[^\S\n]"
                               r"|\bsays[^\S\n]that[^\S\n])$")


def _find_month_subjects(text: str, dct: dt.date, pos: int, endpos: int, win: "_Window") -> Iterator[_Candidate]:
    if not win.months():
        return
    for match in itertools.chain(win.finditer(_RE_MONTH_SUBJECT, win.month_starts(), 0),
                                 win.finditer(_RE_MONTH_HEADING, win.month_starts(), 0)):
        start = match.start()
        if start and match.re is _RE_MONTH_SUBJECT and not _RE_SUBJECT_OPENS.search(text, max(0, start - 12), start):
            continue
        month = _month_index(match.group("m"))
        year = _month_without_year(month, dct, False)
        yield _Candidate(start, match.end(), *_month_span(year, month), "month",
                         reanchor=_month_in_year(month, None))


# Modifiers that give a month its year by themselves: "last March", "next May".
_MOD_YEARS = frozenset({"last", "this", "next"})


def _month_in_year(month: int, mod: str | None) -> Callable[[int], tuple[dt.date, dt.date]]:
    def reanchor(year: int) -> tuple[dt.date, dt.date]:
        return _modified_span(mod, *_month_span(year, month))

    return reanchor


# Cue words after which a four-digit number is often a count ("a total of 1900 people").
_COUNT_CUES = frozenset({"of", "by", "from"})
# Lower-case words that may follow a year without making it a count.
_AFTER_YEAR_OK = frozenset(
    """a an the and or but to when as after before until with for in on at by from was were
    is are had has have it its they he she we that which while there than amid during alone
    onwards onward through so this his her their these those who where if then also"""
    .split()
)
_RE_NEXT_WORD = re.compile(r"[^\S\n]*+([a-z]+)\b")


_RE_TO_NUMBER = re.compile(r"[^\S\n]*+(?:to|until|and|-|–)[^\S\n]*+\d[\d,.]*+")


def _count_follows(text: str, end: int) -> bool:
    """True when a lower-case content word follows ``end``: "1900 people", "2000 metres",
    also after a second number: "1900 to 2000 metres"."""
    second = _RE_TO_NUMBER.match(text, end)
    if second:
        end = second.end()
    word = _RE_NEXT_WORD.match(text, end)
    return bool(word and word.group(1) not in _AFTER_YEAR_OK)


_RE_YEAR_ENTRY = re.compile(rf"(?:^|(?<=\n))[^\S\n]*(?:[-•*][^\S\n]+)?(?P<y>{_YEAR})(?=[^\S\n]*[–—:-][^\S\n])")


def _find_years(text: str, dct: dt.date, pos: int, endpos: int, win: "_Window") -> Iterator[_Candidate]:
    if not win.has_exact("18", "19", "20"):
        return
    for match in win.finditer(_RE_YEAR_ENTRY, win.line_starts(), 0):  # a chronology's entry: "2024 – The RSF ..."
        year = int(match.group("y"))
        yield _Candidate(match.start("y"), match.end(), *_year_span(year), "year", year=year)
    for match in win.finditer(_RE_YEAR, win.starts_of(_RE_CENTURY), 2):
        cue = (match.group("cue") or "").lower()
        if cue in _COUNT_CUES and not match.group("the") and _count_follows(text, match.end()):
            continue
        year = int(match.group("y"))
        mod = match.group("mod")
        first = match.start("mod") if mod else match.start("y")
        # (the year of an event's name anchors no later date: "the 2018 protests, posted on 11 March")
        yield _Candidate(first, match.end(), *_modified_span(mod, *_year_span(year)),
                         _modified_precision(mod, "year"),
                         year=None if match.group("named") or match.group("the") else year)


def _weekday_date(target: int, mod: str, dct: dt.date, future: bool) -> dt.date:
    if mod == "last":
        back = (dct.weekday() - target) % 7 or 7
        return dct - dt.timedelta(days=back)
    if mod == "next":
        ahead = (target - dct.weekday()) % 7 or 7
        return dct + dt.timedelta(days=ahead)
    if mod == "this":
        return dct + dt.timedelta(days=target - dct.weekday())
    if future:
        return dct + dt.timedelta(days=(target - dct.weekday()) % 7)
    return dct - dt.timedelta(days=(dct.weekday() - target) % 7)


# Words that may stand capitalised right before a weekday that is a date ("On Sunday").
_WEEKDAY_LEAD_INS = frozenset(
    "on since until till by before after from through and or to between of last this next at during for over in "
    "early late earlier later with despite following unlike like".split()
)
_RE_WORD_BEFORE = re.compile(r"(?<![\w'’])([A-Za-z]+)[^\S\n]++$")
_RE_CAPITALISED_AFTER = re.compile(r"[^\S\n]++[A-Z][a-z]")


def _weekday_is_name(text: str, match: re.Match[str]) -> bool:
    """ "Good Friday", "Bloody Sunday", "the Sunday Times": a weekday inside a name."""
    before = _RE_WORD_BEFORE.search(text, max(0, match.start() - 24), match.start())
    if before is None:
        return False
    word = before.group(1)
    if word[0].isupper() and word.lower() not in _WEEKDAY_LEAD_INS and word.lower() != "the":
        return True
    return word.lower() == "the" and bool(_RE_CAPITALISED_AFTER.match(text, match.end("wd")))


_RE_WEEK_AFTER_WEEKDAY = re.compile(r"[^\S\n]+(?:of[^\S\n]+)?(?:the[^\S\n]+)?(?P<w>last|this|next|previous|following|coming)"
                                    r"[^\S\n]+week\b(?!['’]s)", re.IGNORECASE)
_WEEK_SHIFTS = {"last": -7, "previous": -7, "this": 0, "next": 7, "following": 7, "coming": 7}


def _find_weekdays(text: str, dct: dt.date, pos: int, endpos: int, win: "_Window") -> Iterator[_Candidate]:
    starts = win.starts_of(_RE_WEEKDAY_START)  # (of the names and their short forms)
    weekdays = win.finditer(_RE_WEEKDAY, starts, 2)  # ("late on Monday")
    for match in weekdays:
        mod_text = match.group("mod")
        if not mod_text and _weekday_is_name(text, match):
            continue
        mod = mod_text.split()[0].lower() if mod_text else ""
        weekday = _WEEKDAYS[match.group("wd").lower()]
        week = _RE_WEEK_AFTER_WEEKDAY.match(text, match.end()) if not mod_text else None
        if week is not None:
            # "on Wednesday last week", "Friday of next week": that weekday of the week named
            shift = _WEEK_SHIFTS[week.group("w").lower()]
            day = dct - dt.timedelta(days=dct.weekday()) + dt.timedelta(days=shift + weekday)
            yield _Candidate(match.start(), week.end(), day, day, "day")
            continue
        future = _future_before(text, match.start())
        if not future and not mod and _plan_or_state_before(text, match.start()):
            ahead, back = (_weekday_date(weekday, "", dct, way) for way in (True, False))
            future = _nearer_ahead((ahead - dct).days, (dct - back).days)
        day = _weekday_date(weekday, mod, dct, future)
        yield _Candidate(match.start(), match.end(), day, day, "day")
    short = win.finditer(_RE_WEEKDAY_SHORT, starts, 2)
    for match in short:  # "early Fri", "late on Tue." of briefs and logs
        mod = match.group("mod").split()[0].lower()
        if mod == "on" and not _RE_SHORT_DAY_ENDS.match(text, match.end()):
            continue  # "on Sun Valley road"
        weekday = _WEEKDAYS_BY_PREFIX[match.group("wd")[:3].lower()]
        day = _weekday_date(weekday, "" if mod == "on" else mod, dct, _future_before(text, match.start()))
        yield _Candidate(match.start(), match.end(), day, day, "day")
    weekends = _RE_WEEKEND.finditer(text, pos, endpos) if win.has("weekend") else ()
    for match in weekends:
        word = (match.group("mod") or "").lower()
        monday = dct - dt.timedelta(days=dct.weekday())
        if word == "last":
            shift = -2
        elif word == "next":
            shift = 12
        elif word == "this" or dct.weekday() >= 5 or _future_before(text, match.start()):
            shift = 5
        else:  # "over the weekend" in a report: the one just gone
            shift = -2
        start = match.start("mod") if match.group("mod") else match.start("we")
        yield _Candidate(start, match.end(), monday + dt.timedelta(days=shift),
                         monday + dt.timedelta(days=shift + 1), "week")


def _find_relative(text: str, dct: dt.date, pos: int, endpos: int, win: "_Window") -> Iterator[_Candidate]:
    offsets = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "last night": -1,
               "the day before yesterday": -2, "the day after tomorrow": 2,
               "this morning": 0, "this afternoon": 0, "this evening": 0}
    # (a match starts at most three words before one of its words: "the day before yesterday")
    reldays = win.finditer(_RE_RELDAY, win.words_at(*_RELDAY_WORDS), 3)
    for match in reldays:
        if match.group("night") or match.group("night_of"):
            yield _Candidate(match.start(), match.end(), dct - dt.timedelta(days=1), dct, "day")
            continue
        key = " ".join(match.group("w").lower().split())
        day = dct + dt.timedelta(days=offsets[key])
        yield _Candidate(match.start(), match.end(), day, day, "day")
    # (a match starts at most three words before its unit: "mid earlier this year", "exactly two years ago")
    for match in win.finditer(_RE_RELSPAN, win.words_at("week", "month", "year"), 3):
        word = " ".join(match.group("w").lower().split())
        unit = match.group("unit").lower()
        if word == "next" and _RE_THE_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue  # "over the next month": a stretch of time from now, not a calendar month
        span = _relative_span(word, unit, dct)
        if not span:
            continue
        first, last, precision = span
        mod = match.group("mod")
        if mod and unit != "week" and word in ("this", "last", "next", "previous"):
            # "late last year", "early this month": a third of the whole unit
            first, last = _modified_span(mod, first, last)
            precision = _modified_precision(mod, precision)
        yield _Candidate(match.start(), match.end(), first, last, precision,
                         year=first.year if unit == "year" and first.year == last.year else None)
    for match in win.finditer(_RE_AGO, win.words_at("ago"), 3):
        n_text = match.group("n").lower()
        n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS[n_text]
        unit = match.group("unit").lower()
        if match.group("exact") and unit in ("week", "month", "year"):
            # "Exactly a year ago" is the day, a year before: an anniversary's date
            if unit == "week":
                day = dct - dt.timedelta(days=7 * n)
            else:
                y, m = _add_months(dct.year, dct.month, -n * (12 if unit == "year" else 1))
                day = dt.date(y, m, min(dct.day, calendar.monthrange(y, m)[1]))
            yield _Candidate(match.start(), match.end(), day, day, "day")
        elif unit == "day":
            day = dct - dt.timedelta(days=n)
            yield _Candidate(match.start(), match.end(), day, day, "day")
        elif unit == "week":
            start, end = _week_span(dct - dt.timedelta(days=7 * n))
            yield _Candidate(match.start(), match.end(), start, end, "week")
        elif unit == "month":
            y, m = _add_months(dct.year, dct.month, -n)
            yield _Candidate(match.start(), match.end(), *_month_span(y, m), "month")
        else:
            yield _Candidate(match.start(), match.end(), *_year_span(dct.year - n), "year",
                             year=dct.year - n)


def _relative_span(word: str, unit: str, dct: dt.date) -> tuple[dt.date, dt.date, str] | None:
    """'this week', 'earlier this month', 'last year' and the like.

    "this week / month / year" is the whole calendar unit; "earlier this ..." runs from its
    first day to the day before the DCT (never before the first day), "later this ..." from
    the day after the DCT (never after the last day) to its end."""
    step = {"this": 0, "earlier this": 0, "later this": 0, "last": -1, "past": -1,
            "previous": -1, "next": 1, "coming": 1}[word]
    if word in ("past", "coming"):
        if unit != "week":
            return None  # "the past year" is a duration more often than a calendar year
        if word == "past":  # the seven days up to the DCT
            return dct - dt.timedelta(days=7), dct, "week"
        return dct, dct + dt.timedelta(days=7), "week"
    if unit == "week":
        first, last = _week_span(dct + dt.timedelta(days=7 * step))
    elif unit == "month":
        first, last = _month_span(*_add_months(dct.year, dct.month, step))
    else:
        first, last = _year_span(dct.year + step)
    if word == "earlier this":
        return first, max(first, dct - dt.timedelta(days=1)), unit
    if word == "later this":
        return min(last, dct + dt.timedelta(days=1)), last, unit
    return first, last, unit


# --------------------------------------------------------------------------- anaphora

_DAY_PARTS = frozenset({"day", "morning", "afternoon", "evening", "night"})


def _find_anaphora(text: str, dct: dt.date, pos: int, endpos: int, win: "_Window") -> Iterator[_Candidate]:
    """Expressions whose value comes from the running reference. They are yielded with the
    DCT as a placeholder value; ``find_timexes`` resolves them in text order (or drops them
    when there is no reference to resolve them against)."""
    since = win.has("since")
    units = win.has("day", "week", "month", "year")  # every unit but the parts of a day ends in one
    day_parts = units or win.has("morning", "afternoon", "evening", "night")
    for match in _RE_SINCE_UNIT_START.finditer(text, pos, endpos) if since and units else ():
        unit = match.group("unit").lower()
        first = _relative_span("this", unit, dct)[0]
        yield _Candidate(match.start(), match.end(), first, dct, "day", "since")
    for match in _RE_ANA_SAME.finditer(text, pos, endpos) if day_parts and win.has("that", "same") else ():
        unit = match.group("unit").lower()
        yield _Candidate(match.start(), match.end(), dct, dct, "day",
                         anaphor=("same", "day" if unit in _DAY_PARTS else unit))
    steps = day_parts and win.has("next", "following", "previous", "preceding")
    for match in _RE_ANA_STEP.finditer(text, pos, endpos) if steps else ():
        word, unit = match.group("w").lower(), match.group("unit").lower()
        if unit in _DAY_PARTS:
            unit = "day"
        elif word == "next":
            continue  # "the next month" / "over the next year": a stretch of time ahead of now
        step = 1 if word in ("next", "following") else -1
        yield _Candidate(match.start(), match.end(), dct, dct, "day", anaphor=("step", unit, step))
    for match in _RE_ANA_STEP_BARE.finditer(text, pos, endpos) if steps else ():
        if not _RE_THE_BEFORE.search(text, max(0, match.start() - 5), match.start()):
            yield _Candidate(match.start(), match.end(), dct, dct, "day", anaphor=("step", "day", 1))
    for match in _RE_ANA_QUARTER.finditer(text, pos, endpos) if win.has("quarter") else ():
        step = 1 if match.group("w").lower() in ("next", "following") else -1
        yield _Candidate(match.start(), match.end(), dct, dct, "month", anaphor=("step", "quarter", step))
    before_after = units and win.has("before", "after")
    for match in _RE_ANA_DAY_BEFORE.finditer(text, pos, endpos) if before_after and win.has("day") else ():
        step = 1 if match.group("w").lower() == "after" else -1
        yield _Candidate(match.start(), match.end(), dct, dct, "day", anaphor=("step", "day", step))
    offsets = units and win.has("later", "earlier", "after", "before")
    for match in _RE_ANA_OFFSET.finditer(text, pos, endpos) if offsets else ():
        word = match.group("w").lower()
        if word in ("before", "after") and not _RE_PUNCT_AFTER.match(text, match.end()):
            continue  # "two days before the vote" is dated by the vote
        if _RE_APPROX_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue
        n_text = match.group("n").lower()
        n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS[n_text]
        sign = -1 if word in ("earlier", "before") else 1
        yield _Candidate(match.start(), match.end(), dct, dct, "day",
                         anaphor=("offset", match.group("unit").lower(), sign * n))
    for match in _RE_ANA_MONTH.finditer(text, pos, endpos) if win.has("that") else ():
        yield _Candidate(match.start(), match.end(), dct, dct, "month",
                         anaphor=("month_of", _month_index(match.group("m"))))
    for match in _RE_ANA_THIRD.finditer(text, pos, endpos) if win.has("month", "year") else ():
        third = (match.group("mod") or _EDGE_THIRDS[match.group("edge").lower()]).lower()
        yield _Candidate(match.start(), match.end(), dct, dct, "day", anaphor=("third", match.group("unit").lower(), third))
    for match in _RE_ANA_UNIT_BEFORE.finditer(text, pos, endpos) if before_after else ():
        step = 1 if match.group("w").lower() == "after" else -1
        yield _Candidate(match.start(), match.end(), dct, dct, "day",
                         anaphor=("step", match.group("unit").lower(), step))
    for match in _RE_SINCE_THE_ATTACK.finditer(text, pos, endpos) if since else ():
        yield _Candidate(match.start(), match.end(), dct, dct, "day", "since", anaphor=("since",))
    for match in _RE_ANA_HOURS.finditer(text, pos, endpos) if win.has("hours") else ():
        if _RE_APPROX_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue  # "around nine hours later"
        yield _Candidate(match.start(), match.end(), dct, dct, "day", anaphor=("same", "day"))
    for match in _RE_ANA_SINCE.finditer(text, pos, endpos) if since else ():
        yield _Candidate(match.start(), match.end(), dct, dct, "day", "since", anaphor=("since",))
    for match in _RE_ANA_PERIOD.finditer(text, pos, endpos) if win.has("period") else ():
        if match.group().isupper():
            continue  # "INCIDENTS IN THE REPORTING PERIOD": a heading, which dates nothing
        edge = (match.group("edge") or "").lower()
        yield _Candidate(match.start(), match.end(), dct, dct, "day",
                         anaphor=("period", "end" if edge in ("end", "close") else "start" if edge else None))
    for match in _RE_ANA_SAME_PERIOD.finditer(text, pos, endpos) if win.has("same") else ():
        year = int(match.group("y")) if match.group("y") else -1
        yield _Candidate(match.start(), match.end(), dct, dct, "month", anaphor=("same_period", year))
    for match in _RE_ANA_BEGAN.finditer(text, pos, endpos) if since and win.has("the") else ():
        yield _Candidate(match.start(), match.end(), dct, dct, "day", "since", anaphor=("began",))


def _shift(day: dt.date, unit: str, n: int) -> dt.date:
    """``day`` moved by n days, weeks, months or years (a missing day of month is clamped)."""
    if unit == "day":
        return day + dt.timedelta(days=n)
    if unit == "week":
        return day + dt.timedelta(days=7 * n)
    months = n if unit == "month" else 12 * n
    year, month = _add_months(day.year, day.month, months)
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _unit_span(day: dt.date, unit: str) -> tuple[dt.date, dt.date]:
    if unit == "week":
        return _week_span(day)
    if unit == "month":
        return _month_span(day.year, day.month)
    return _year_span(day.year)


def _same_days_in(day: dt.date, year: int) -> dt.date:
    """The same day of the year in another year (29 February is the 28th in a common year)."""
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))


def _resolve_anaphor(anaphor: tuple, ref: tuple[dt.date, dt.date, str],
                     dct: dt.date) -> tuple[dt.date, dt.date, str] | None:
    """Value of an anaphoric expression given the reference (first day, last day, precision).

    A day needs a reference of one day; a week, month or year one no coarser than itself.
    An offset ("three days later") keeps the reference's precision: from a day it gives a day,
    from a month ("two months later") a month, from a year a year; only a month or a year
    counted from a day ("a month later") gives the month it reaches."""
    first, last, precision = ref
    rank = _PRECISION_RANK[precision]
    op = anaphor[0]
    if op in ("since", "began"):
        return first, max(dct, first), precision
    if op == "period":
        if anaphor[1] is None:
            return first, last, precision
        day = last if anaphor[1] == "end" else first
        return (day, day, "day") if precision == "day" else (*_unit_span(day, precision), precision)
    if op == "same_period":  # "in the first half of 2025, against 1,620 in the same period of 2024"
        if last.year - first.year > 1:
            return None
        shift = (anaphor[1] if anaphor[1] > 0 else first.year - 1) - first.year
        if shift == 0:
            return None
        return _same_days_in(first, first.year + shift), _same_days_in(last, last.year + shift), precision
    if op == "month_of":  # "that May": the month of the reference's year (not of a week or of months)
        if precision == "week" or (precision == "month" and first.month != last.month):
            return None
        return (*_month_span(first.year, anaphor[1]), "month")
    if op == "third":  # "late in the month": the last third of the reference's month (or year)
        unit = anaphor[1]
        if rank > _PRECISION_RANK[unit] or first.year != last.year or unit == "month" and first.month != last.month:
            return None
        span = _month_span(first.year, first.month) if unit == "month" else (dt.date(first.year, 1, 1),
                                                                              dt.date(first.year, 12, 31))
        return (*_modified_span(anaphor[2], *span), _modified_precision(anaphor[2], unit))
    if op == "same":
        unit = anaphor[1]
        if unit == "day":
            return (first, first, "day") if precision == "day" and first == last else None
        if rank > _PRECISION_RANK[unit]:
            return None
        return (*_unit_span(first, unit), unit)
    if op == "step" and anaphor[1] == "quarter":
        if rank > _PRECISION_RANK["month"]:
            return None
        # "the previous quarter" of "From January to March 2025": October to December 2024
        year, month = _add_months(first.year, first.month - (first.month - 1) % 3, 3 * anaphor[2])
        end_year, end_month = _add_months(year, month, 2)
        return dt.date(year, month, 1), _month_span(end_year, end_month)[1], "month"
    if op == "step":
        unit, step = anaphor[1], anaphor[2]
        if unit == "day":
            if precision != "day":
                return None
            day = (last if step > 0 else first) + dt.timedelta(days=step)
            return day, day, "day"
        if rank > _PRECISION_RANK[unit]:
            return None
        return (*_unit_span(_shift(first, unit, step), unit), unit)
    unit, n = anaphor[1], anaphor[2]  # "offset"
    if precision == "day" and unit in ("month", "year"):
        # "A month later", "a year earlier": about then, which names a month, not a day
        month = _shift(last if n > 0 else first, unit, n)
        return (*_unit_span(month, "month"), "month")
    if precision == "day":
        day = _shift(last if n > 0 else first, unit, n)
        return day, day, "day"
    if precision == "week" and unit == "week" or precision in ("month", "year") and (
            _PRECISION_RANK[unit] >= rank):
        return (*_unit_span(_shift(first, unit, n), precision), precision)
    return None


# "14/10/2024", "3.4.2024": numeric day, month and year.
_RE_NUMERIC = re.compile(
    r"(?<![\w/.:-])(?:(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/|(?P<a2>[0-3]\d|[1-9](?=\.[01]\d))\.(?P<b2>[01]?\d)\.|"
    # "14-04-2025", "27.3.2026": day first, as outside North America ("Release 1.2.2024" is a version)
    r"(?P<a3>[0-3]?\d)-(?P<b3>[01]?\d)-)"
    r"(?P<y>(?:19|20)\d\d)(?![\w/-]|[.:]\d)"
)
# "July to September 2024", "Oct.-Dec. 2023": months of one span, the year named once at the end.
_RE_MONTHS_YEAR = re.compile(
    rf"(?<![\w-])(?P<a>{_MONTH_ALONE})[^\S\n]*+(?:(?i:to|until|through)(?=\s)|-|–|—)[^\S\n]*+"
    rf"(?P<b>{_MONTH_ALONE}),?{_SP}(?P<y>{_YEAR})"
)
# "the first half of 2024", "the last quarter of last year".
_RE_PART_OF_YEAR = re.compile(
    rf"\b(?P<ord>(?i:first|second|third|fourth|last))[^\S\n]++(?P<unit>(?i:half|quarter))[^\S\n]++(?i:of)"
    rf"{_SP}(?:(?P<y>{_YEAR})|(?P<rel>{_REL}){_SP}(?i:year)\b)"
)
# "the first two months of this year", "the first three months of 2024"
_RE_FIRST_MONTHS = re.compile(
    rf"\b(?i:the)[^\S\n]+(?i:first)[^\S\n]+(?P<n>(?i:two|three|four|five|six|seven|eight|nine|ten|eleven)|\d{{1,2}})"
    rf"[^\S\n]+(?i:months)[^\S\n]+(?i:of){_SP}(?:(?P<y>{_YEAR})|(?P<rel>{_REL}|(?i:the)){_SP}(?i:year)\b)"
)
_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _find_numeric(text: str, dct: dt.date, pos: int, endpos: int, window: "_Window") -> Iterator[_Candidate]:
    """Numeric dates: day first ("14/10/2024") unless only month first reads as a date, and
    of two readings the one that is not after publication."""
    if not window.has_exact("/19", "/20", ".19", ".20", "-19", "-20"):  # the year follows a separator
        return
    for match in _RE_NUMERIC.finditer(text, pos, endpos):
        a = int(match.group("a") or match.group("a2") or match.group("a3"))
        b = int(match.group("b") or match.group("b2") or match.group("b3"))
        year = int(match.group("y"))
        readings = [dt.date(year, m, d) for d, m in ((a, b), (b, a)) if 1 <= m <= 12 and _valid_day(year, m, d)]
        past = [day for day in readings if day <= dct]
        if not readings:
            continue
        day = (past or readings)[0]
        yield _Candidate(match.start(), match.end(), day, day, "day", year=year)


# "on the 12th": a day of the month the text is in (the DCT's, or the month before when the day has
# not come yet); not "on the 12th floor", "the 12th of July" (a date found whole elsewhere).
_RE_DAY_ORDINAL = re.compile(
    r"\b(?i:on|since|until|by)[^\S\n]+(?i:the)[^\S\n]+(?P<d>[12]?\d|3[01])(?i:st|nd|rd|th)\b"
    r"(?![^\S\n]*+(?:[a-zA-Z]|-))|"
    r"\b(?i:on|since|until|by)[^\S\n]+(?i:the)[^\S\n]+(?P<d2>[12]?\d|3[01])(?i:st|nd|rd|th)\b"
    r"(?=[^\S\n]+(?i:and|when|as|at|in|after|before|but|while|with|the|a|an)\b)"
)


def _find_day_ordinals(text: str, dct: dt.date, pos: int, endpos: int, window: "_Window") -> Iterator[_Candidate]:
    if not window.has("0th", "1st", "1th", "2nd", "2th", "3rd", "3th", "4th", "5th", "6th", "7th", "8th", "9th"):
        return
    for match in _RE_DAY_ORDINAL.finditer(text, pos, endpos):
        n = int(match.group("d") or match.group("d2"))
        year, month = (dct.year, dct.month) if n <= dct.day else _add_months(dct.year, dct.month, -1)
        if _valid_day(year, month, n):
            day = dt.date(year, month, n)
            yield _Candidate(match.start(), match.end(), day, day, "day")


def _find_month_spans(text: str, dct: dt.date, pos: int, endpos: int, window: "_Window") -> Iterator[_Candidate]:
    """Months of one span with a single year, and halves and quarters of a year."""
    for match in window.finditer(_RE_MONTHS_YEAR, window.month_starts(), 0):
        first, last = _month_index(match.group("a")), _month_index(match.group("b"))
        year = int(match.group("y"))
        start = _month_span(year - 1 if first > last else year, first)[0]
        yield _Candidate(match.start(), match.end(), start, _month_span(year, last)[1], "month", "range",
                         year=year)
    for match in (_RE_PART_OF_YEAR.finditer(text, pos, endpos) if window.has("half", "quarter") else ()):
        year = int(match.group("y")) if match.group("y") else _rel_year(match.group("rel"), dct)
        size = 6 if match.group("unit").lower() == "half" else 3
        ordinal = match.group("ord").lower()
        index = 12 // size - 1 if ordinal == "last" else _ORDINALS[ordinal]
        if index * size >= 12:
            continue  # "the third half"
        first = index * size + 1
        yield _Candidate(match.start(), match.end(), _month_span(year, first)[0],
                         _month_span(year, first + size - 1)[1], "month", "range", year=year)
    for match in (_RE_FIRST_MONTHS.finditer(text, pos, endpos) if window.has("first") else ()):
        n_text = match.group("n").lower()
        n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS[n_text]
        if 1 < n < 12:
            # ("of the year": of the year the text is written in, as "this year")
            rel = match.group("rel")
            year = int(match.group("y")) if match.group("y") else _rel_year("this" if rel.lower() == "the" else rel, dct)
            yield _Candidate(match.start(), match.end(), _month_span(year, 1)[0], _month_span(year, n)[1],
                             "month", "range", year=year)


class _Window:
    """The text of one trigger window, as written and ASCII-folded, to skip the finders'
    scans for words the window does not hold: a match lies inside its window, so a word
    every match of a pattern contains must be in the window for the scan to find anything.

    Patterns that always hold a month's name or a year are not scanned for at every offset:
    :meth:`finditer` tries them only at the few word starts just before such a word."""

    __slots__ = ("text", "pos", "endpos", "raw", "low", "_months", "_words", "_month_starts", "_tries")

    def __init__(self, text: str, pos: int, endpos: int) -> None:
        self.text, self.pos, self.endpos = text, pos, endpos
        self.raw = text[pos:endpos]
        self.low = ascii_fold(self.raw)
        self._months: bool | None = None
        self._words: list[int] | None = None
        self._month_starts: list[int] | None = None
        self._tries: dict[tuple[int, int], list[int]] = {}

    def word_starts(self) -> list[int]:
        """Offsets in the text where a run of word characters of the window starts."""
        if self._words is None:
            self._words = [m.start() for m in _RE_WORD_RUN.finditer(self.text, self.pos, self.endpos)]
        return self._words

    def starts_of(self, regex: re.Pattern) -> list[int]:
        """Offsets in the text of the matches of ``regex`` in the window."""
        return [m.start() for m in regex.finditer(self.text, self.pos, self.endpos)]

    def month_starts(self) -> list[int]:
        """Offsets of the months' abbreviations (which begin their full names) in the window."""
        if self._month_starts is None:
            self._month_starts = self.starts_of(_RE_MONTH_START) if self.months() else []
        return self._month_starts

    def line_starts(self) -> list[int]:
        """Offsets in the text of the window where a line starts."""
        text, pos, endpos = self.text, self.pos, self.endpos
        found = [pos] if pos == 0 or text[pos - 1] == "\n" else []
        i = text.find("\n", pos, endpos - 1)
        while i >= 0:
            found.append(i + 1)
            i = text.find("\n", i + 1, endpos - 1)
        return found

    def words_at(self, *words: str) -> list[int]:
        """Offsets in the text of the lower-case ASCII ``words`` in the window, in any case."""
        low, found = self.low, []
        for word in words:
            i = low.find(word)
            while i >= 0:
                found.append(self.pos + i)
                i = low.find(word, i + 1)
        return found

    def finditer(self, regex: re.Pattern, anchors: list[int], back: int) -> Iterator[re.Match[str]]:
        """What ``regex.finditer(text, pos, endpos)`` finds, for a pattern each of whose matches
        starts at a word start at most ``back`` runs of word characters before the start of an
        anchor it holds (``anchors``: offsets of every place such a word may start; with ``back``
        0, at an anchor).

        Every offset where the pattern can match is tried, in order, from where the last match
        ended, so the matches are those of a scan of the whole window."""
        if not anchors:
            return
        tries = self._tries.get((id(anchors), back))
        if tries is None and not back:
            tries = sorted(set(anchors))
        elif tries is None:
            starts = self.word_starts()
            found: set[int] = set()
            for anchor in anchors:
                i = bisect.bisect_left(starts, anchor)
                found.update(starts[max(0, i - back):i])
                found.add(anchor)
            tries = sorted(found)
            if anchors is self._month_starts:  # kept for the other patterns of months
                self._tries[(id(anchors), back)] = tries
        text, endpos, end = self.text, self.endpos, -1
        for at in tries:
            if at < end:
                continue
            match = regex.match(text, at, endpos)
            if match is not None:
                end = match.end()
                yield match

    def has(self, *words: str) -> bool:
        """Whether one of the lower-case ASCII ``words`` is in the window, in any case."""
        low = self.low
        for word in words:
            if word in low:
                return True
        return False

    def has_exact(self, *words: str) -> bool:
        """Whether one of ``words`` is in the window as written."""
        raw = self.raw
        for word in words:
            if word in raw:
                return True
        return False

    def months(self) -> bool:
        """Whether a month's name may be in the window: every one starts with its abbreviation."""
        if self._months is None:
            self._months = self.has_exact(*_MONTH_ABBREVIATIONS)
        return self._months


_RE_WORD_RUN = re.compile(r"\w+")
# Every month's name starts with its abbreviation; every year of _YEAR with one of these.
_RE_MONTH_START = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_RE_CENTURY = re.compile(r"1[89]|20")
# Every weekday's name, and every short form of it ("Tues", "Thurs"), starts with one of these.
_RE_WEEKDAY_START = re.compile(r"Mon|Tue|Wed|Thu|Fri|Sat|Sun")
_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS_BY_PREFIX = {name[:3]: index for name, index in _WEEKDAYS.items()}
# An abbreviated weekday is a date only after a word that dates it: "early Fri", "late on Tue."
_RE_WEEKDAY_SHORT = re.compile(
    r"\b(?P<mod>(?i:(?:early|late)(?:[^\S\n]+on)?|last|next|on))[^\S\n]+"
    r"(?P<wd>Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b(?!-)(?!\.?[^\S\n]+\d)"  # ("Fri 20 Jun" is one date)
)
# What may follow "on Sat" for it to be a day: a clause's end, or a time of day.
_RE_SHORT_DAY_ENDS = re.compile(r"\.?(?:[^\S\n]*(?:[,;:)\n]|$)|[^\S\n]+(?:morning|afternoon|evening|night|at)\b|\.[^\S\n])")
_RELDAY_WORDS = ("yesterday", "today", "tonight", "tomorrow", "night", "morning", "afternoon", "evening")

# Seasons, as news in the northern hemisphere means them (meteorological): "last spring", "this
# summer", "the winter of 2022", "in the autumn". A season needs a word that makes it a time:
# "hot springs", "summer camps" and "the Arab Spring" are none.
_SEASON_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_RE_SEASON = re.compile(
    r"\b(?:(?P<part>(?i:early|late|mid))(?:-|[^\S\n]+))?"
    r"(?:(?P<mod>(?i:last|this|next|past|coming))[^\S\n]+|(?P<cue>(?i:in|during|over|since|until|by|through|throughout))"
    r"[^\S\n]+(?:the[^\S\n]+)?|(?P<the>(?i:the))[^\S\n]+(?=[a-z]+[^\S\n]+of[^\S\n]+\d))?"
    r"(?P<s>(?i:spring|summer|autumn|winter|fall))\b"
    r"(?:[^\S\n]+(?:of[^\S\n]+)?(?P<y>(?:19|20)\d\d)\b)?"
)


_RE_NAME_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z]+[^\S\n]+$")


def _season_span(season: str, year: int) -> tuple[dt.date, dt.date]:
    """The season's months in the year it starts in (winter of 2022: December 2022 to February 2023)."""
    first = _SEASON_MONTH[season]
    start = dt.date(year, first, 1)
    last_year, last_month = (year + 1, 2) if first == 12 else (year, first + 2)
    return start, dt.date(last_year, last_month, calendar.monthrange(last_year, last_month)[1])


def _find_seasons(text: str, dct: dt.date, pos: int, endpos: int, win: "_Window") -> Iterator[_Candidate]:
    if not win.has("spring", "summer", "autumn", "winter", "fall"):
        return
    for match in _RE_SEASON.finditer(text, pos, endpos):
        season, mod = match.group("s").lower(), (match.group("mod") or "").lower()
        year = int(match.group("y")) if match.group("y") else None
        if year is None and not (mod or match.group("cue")):
            continue  # "a summer camp", "fall" the verb
        if match.group("s")[0].isupper() and _RE_NAME_BEFORE.search(text, max(0, match.start("s") - 20), match.start("s")):
            continue  # "the Arab Spring of 2011", "the Prague Spring": a name
        if season == "fall" and year is None and not mod:
            continue  # "in the fall of the city" is no season
        if year is None:
            occurrences = [_season_span(season, y) for y in (dct.year - 2, dct.year - 1, dct.year, dct.year + 1)]
            if mod in ("last", "past"):
                start, end = [o for o in occurrences if o[1] < dct][-1]
            elif mod in ("next", "coming"):
                start, end = [o for o in occurrences if o[0] > dct][0]
            elif mod == "this":
                # the one under way, else this year's, past or coming ("this autumn", said in
                # December, is the one just ended)
                start, end = next((o for o in occurrences if o[0] <= dct <= o[1]), None) or \
                    next(o for o in occurrences if o[0].year == dct.year)
            else:  # "in the spring": the latest one begun
                start, end = [o for o in occurrences if o[0] <= dct][-1]
        else:
            start, end = _season_span(season, year)
        part = (match.group("part") or "").lower()
        if part:  # "early spring": its first month; "late spring": its last; "mid-spring": the middle one
            month = {"early": start, "mid": start + dt.timedelta(days=40), "late": end}[part]
            start, end = _month_span(month.year, month.month)
        begin = match.start("part") if part else (match.start("mod") if mod else match.start("s"))
        if match.group("the"):
            begin = match.start("the")
        yield _Candidate(begin, match.end(), start, end, "month", year=year)


def _easter(year: int) -> dt.date:
    """Western Easter Sunday of ``year`` (the Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


# Days named by a feast: fixed ones by (month, day), movable ones by their offset from Easter.
_FIXED_FEASTS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
                 "new year's eve": (12, 31), "new year's day": (1, 1)}
_EASTER_OFFSETS = {"palm sunday": -7, "maundy thursday": -3, "holy thursday": -3, "good friday": -2,
                   "holy saturday": -1, "easter sunday": 0, "easter": 0, "easter monday": 1}
_RE_FEAST = re.compile(
    r"(?<![\w'’-])(?P<f>Christmas(?:[^\S\n]+(?:Eve|Day))?|New[^\S\n]+Year['’]s[^\S\n]+(?:Eve|Day)|"
    r"(?:Palm|Easter)[^\S\n]+Sunday|Easter(?:[^\S\n]+Monday)?|(?:Maundy|Holy)[^\S\n]+Thursday|Good[^\S\n]+Friday|"
    r"Holy[^\S\n]+Saturday)"
    r"(?:,?[^\S\n]+(?:of[^\S\n]+)?(?P<y>(?:19|20)\d\d)\b)?(?![\w'’-])"
)
# A bare "Christmas" or "Easter" is a day only after a preposition of time ("on Christmas", not
# "a Christmas market", "Christmas Island", "the Easter Rising").
_RE_FEAST_CUE = re.compile(r"(?i:\b(?:on|at|over|before|after|since|until|by)[^\S\n]+)$")


# Nouns that make "the <feast> ..." the name of a thing of some year: "the Good Friday agreement".
_RE_FEAST_NAMED = re.compile(r"[^\S\n]++(?:agreement|accords?|deal|truce|rising|uprising|offensive|massacre|"
                             r"tsunami|revolution|parade|address|message|speech|services?|market|tree|"
                             r"holidays?|break|season)\b")


def _feast_day(name: str, year: int) -> dt.date:
    if name in _FIXED_FEASTS:
        month, day = _FIXED_FEASTS[name]
        return dt.date(year, month, day)
    return _easter(year) + dt.timedelta(days=_EASTER_OFFSETS[name])


def _find_feasts(text: str, dct: dt.date, pos: int, endpos: int, win: "_Window") -> Iterator[_Candidate]:
    """"on Christmas Eve 2023", "Palm Sunday", "over Easter": the feast's day, the latest one on or
    before publication unless the text names a year or speaks of the future."""
    if not win.has("christmas", "easter", "new year", "good friday", "palm sunday", "holy ", "maundy"):
        return
    for match in _RE_FEAST.finditer(text, pos, endpos):
        name = " ".join(match.group("f").lower().replace("’", "'").split())
        if name in ("christmas", "easter") and not match.group("y") \
                and not _RE_FEAST_CUE.search(text, max(0, match.start() - 8), match.start()):
            continue
        if not match.group("y") and (_RE_CAPITALISED_AFTER.match(text, match.end()) or (
                _RE_THE_BEFORE.search(text, max(0, match.start() - 6), match.start())
                and _RE_FEAST_NAMED.match(text, match.end()))):
            # "the Good Friday Agreement", "the Easter offensive", "the Christmas Day massacre":
            # a name for something of a year the text does not give
            continue
        year = int(match.group("y")) if match.group("y") else None
        if year is not None:
            day = _feast_day(name, year)
        else:
            future = _future_before(text, match.start())
            day = _feast_day(name, dct.year)
            if future and day < dct:
                day = _feast_day(name, dct.year + 1)
            elif not future and day > dct:
                day = _feast_day(name, dct.year - 1)
        yield _Candidate(match.start(), match.end(), day, day, "day", year=year)


# The patterns the finders scan whole windows for, behind a lookahead on the characters their
# matches start with ("(?i:[t])" for "the"): sre tries every offset of a window in full, and the
# lookahead fails at most of them at once.
(_RE_AGO, _RE_ANA_BEGAN, _RE_ANA_DAY_BEFORE, _RE_ANA_HOURS, _RE_ANA_MONTH, _RE_ANA_OFFSET, _RE_ANA_PERIOD,
 _RE_ANA_QUARTER, _RE_ANA_SAME, _RE_ANA_SAME_PERIOD, _RE_ANA_SINCE, _RE_ANA_STEP, _RE_ANA_STEP_BARE,
 _RE_ANA_THIRD, _RE_ANA_UNIT_BEFORE, _RE_DAY_ORDINAL, _RE_FEAST, _RE_FIRST_MONTHS, _RE_ISO, _RE_MONTHS_YEAR,
 _RE_MONTH_SUBJECT, _RE_NUMERIC, _RE_PART_OF_YEAR, _RE_RELDAY, _RE_RELSPAN, _RE_SEASON, _RE_SINCE_THE_ATTACK,
 _RE_SINCE_UNIT_START, _RE_WEEKDAY, _RE_WEEKDAY_SHORT, _RE_WEEKEND) = map(with_first_chars, (
    _RE_AGO, _RE_ANA_BEGAN, _RE_ANA_DAY_BEFORE, _RE_ANA_HOURS, _RE_ANA_MONTH, _RE_ANA_OFFSET, _RE_ANA_PERIOD,
    _RE_ANA_QUARTER, _RE_ANA_SAME, _RE_ANA_SAME_PERIOD, _RE_ANA_SINCE, _RE_ANA_STEP, _RE_ANA_STEP_BARE,
    _RE_ANA_THIRD, _RE_ANA_UNIT_BEFORE, _RE_DAY_ORDINAL, _RE_FEAST, _RE_FIRST_MONTHS, _RE_ISO, _RE_MONTHS_YEAR,
    _RE_MONTH_SUBJECT, _RE_NUMERIC, _RE_PART_OF_YEAR, _RE_RELDAY, _RE_RELSPAN, _RE_SEASON, _RE_SINCE_THE_ATTACK,
    _RE_SINCE_UNIT_START, _RE_WEEKDAY, _RE_WEEKDAY_SHORT, _RE_WEEKEND))
# And those searched for in the words around a date, whether it is to come: "will", "is due to", ...
(_RE_FUTURE, _RE_SCHEDULED, _RE_NEXT_ISSUE, _RE_DUE_TO, _RE_NEW_CLAUSE, _RE_PRESENT_UNTIL, _RE_TERM_SET,
 _RE_TERM_RAN, _RE_ENDS_THEN, _RE_WOULD) = map(with_first_chars, (
    _RE_FUTURE, _RE_SCHEDULED, _RE_NEXT_ISSUE, _RE_DUE_TO, _RE_NEW_CLAUSE, _RE_PRESENT_UNTIL, _RE_TERM_SET,
    _RE_TERM_RAN, _RE_ENDS_THEN, _RE_WOULD))

_ENGLISH_FINDERS: tuple[Callable[[str, dt.date, int, int, _Window], Iterator[_Candidate]], ...] = (
    _find_ranges, _find_days, _find_months, _find_years, _find_weekdays, _find_relative,
    _find_anaphora, _find_numeric, _find_month_spans, _find_seasons, _find_feasts, _find_day_ordinals,
    _find_month_subjects,
)


# --------------------------------------------------------------------------- other languages

_FOREIGN_MONTHS: dict[str, list[str]] = {
    "fr": ["janvier", "février|fevrier", "mars", "avril", "mai", "juin", "juillet",
           "août|aout", "septembre", "octobre", "novembre", "décembre|decembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre|setiembre", "octubre", "noviembre", "diciembre"],
    "de": ["Januar|Jänner", "Februar", "März|Maerz", "April", "Mai", "Juni", "Juli",
           "August", "September", "Oktober", "November", "Dezember"],
    "ar": ["يناير|كانون الثاني", "فبراير|شباط", "مارس|آذار", "أبريل|ابريل|إبريل|نيسان",
           "مايو|أيار|ايار", "يونيو|يونيه|حزيران", "يوليو|يوليه|تموز",
           "أغسطس|اغسطس|آب", "سبتمبر|أيلول|ايلول", "أكتوبر|اكتوبر|تشرين الأول|تشرين الاول",
           "نوفمبر|تشرين الثاني", "ديسمبر|كانون الأول|كانون الاول"],
}
# Words that make a bare month name a date in each language ("in", "since", "until", ...).
_FOREIGN_CUES = {
    "fr": r"en|depuis|jusqu['’]en|dès|fin|début|debut|mi-|mois\s+de|mois\s+d['’]",
    "es": r"en|desde|hasta|a\s+finales\s+de|a\s+fines\s+de|a\s+principios\s+de|a\s+mediados\s+de|mediados\s+de|"
          r"el\s+mes\s+de",
    "de": r"im|seit|bis|Anfang|Ende|Mitte|ab",
    "ar": r"في|منذ|حتى|خلال|شهر|أوائل|اوائل|مطلع|منتصف|أواسط|أواخر|اواخر",
}
_FOREIGN_SINCE = {"fr": r"depuis\s+le|depuis", "es": r"desde\s+el|desde", "de": r"seit\s+dem|seit",
                  "ar": r"منذ"}
_FOREIGN_UNTIL = {"fr": r"jusqu['’]au|jusqu['’]à", "es": r"hasta\s+el|hasta", "de": r"bis\s+zum|bis",
                  "ar": r"حتى"}
_DIGIT = r"[0-9٠-٩]"
AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


# Arabic writes "and", "so" and "in/at" onto the next word: "ومنذ", "فبين", "وبعد".
_CLITIC = {"ar": r"(?:[وفب](?=\S))?"}
# Arabic days written as ordinal words: "الثاني عشر من يناير" is 12 January.
_AR_ORDINAL_UNITS = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
_AR_ORDINALS = {**{word: n for n, word in enumerate(_AR_ORDINAL_UNITS, start=1)}, "العاشر": 10,
                "الحادي عشر": 11, **{f"{word} عشر": n + 10 for n, word in enumerate(_AR_ORDINAL_UNITS[1:], start=2)},
                "العشرين": 20, "الثلاثين": 30,
                **{f"{'الحادي' if n == 1 else word} والعشرين": 20 + n for n, word in enumerate(_AR_ORDINAL_UNITS, start=1)},
                "الحادي والثلاثين": 31}


def _foreign_regexes(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    names = "|".join(_FOREIGN_MONTHS[lang])
    names = names.replace(" ", r"\s+")
    month = rf"(?P<m>{names})(?!\w)"
    ordinals = "|".join(sorted(_AR_ORDINALS, key=len, reverse=True)).replace(" ", r"\s+")
    day = rf"(?P<d>(?:{_DIGIT}){{1,2}})(?:er|º|°|\.)?" if lang != "ar" else \
        rf"(?:(?P<d>(?:{_DIGIT}){{1,2}})|(?P<od>{ordinals})\s+من)"
    clitic = _CLITIC.get(lang, "")
    year = rf"(?P<y>(?:{_DIGIT}){{4}})(?!\w)"
    link = {"es": r"\s+(?:de\s+)?", "fr": r"\s+", "de": r"\s*", "ar": r"\s+"}[lang]
    ylink = {"es": r",?\s+(?:del?\s+)?", "fr": r",?\s+", "de": r",?\s+",
             "ar": r"\s+(?:عام\s+|سنة\s+)?"}[lang]
    wrap = rf"(?:{clitic}(?P<since>(?i:{_FOREIGN_SINCE[lang]}))\s+|{clitic}(?P<until>(?i:{_FOREIGN_UNTIL[lang]}))\s+)?"
    flags = re.IGNORECASE if lang != "de" else 0
    dated = re.compile(
        rf"(?<![\w.]){wrap}{day}{link}{month}(?:{ylink}{year})?", flags
    )
    cued = re.compile(
        rf"(?<!\w)(?:{clitic}(?P<since>(?i:{_FOREIGN_SINCE[lang]}))\s+|{clitic}(?P<until>(?i:{_FOREIGN_UNTIL[lang]}))\s+|"
        rf"{clitic}(?P<cue>(?i:{_FOREIGN_CUES[lang]}))\s*){month}(?:{ylink}{year})?", flags
    )
    month_year = re.compile(rf"(?<![\w.]){month}{ylink}{year}", flags)
    return dated, cued, month_year


_FOREIGN_RES = {lang: _foreign_regexes(lang) for lang in _FOREIGN_MONTHS}
# Every spelling of a month -> the first spelling listed, which dateparser knows.
_FOREIGN_CANONICAL = {
    lang: {name.lower(): names.split("|")[0] for names in months for name in names.split("|")}
    for lang, months in _FOREIGN_MONTHS.items()
}


def _dateparser_day(candidate: str, lang: str, dct: dt.date, future: bool) -> dt.date | None:
    import dateparser  # imported lazily: only non-English text needs it

    settings = {
        "RELATIVE_BASE": dt.datetime(dct.year, dct.month, dct.day),
        "PREFER_DATES_FROM": "future" if future else "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(candidate, languages=[lang], settings=settings)
    return parsed.date() if parsed else None


# The words before a month that name a third of it ("début mars" is 1-10 March), by language.
_FOREIGN_THIRDS = {
    "fr": {"début": "early", "debut": "early", "mi-": "mid", "fin": "late"},
    "es": {"a principios de": "early", "a mediados de": "mid", "mediados de": "mid", "a finales de": "late",
           "a fines de": "late"},
    "de": {"anfang": "early", "mitte": "mid", "ende": "late"},
    "ar": {"أوائل": "early", "اوائل": "early", "مطلع": "early", "منتصف": "mid", "أواسط": "mid",
           "أواخر": "late", "اواخر": "late"},
}
# Words beside a date that put it ahead of the DCT ("le 26 octobre prochain", "el próximo 26 de
# octubre", "26 أكتوبر المقبل"), or behind it ("el pasado 3 de marzo"), by language: (after, before).
_FOREIGN_AHEAD = {
    "fr": (r"prochain(?:e)?", None),
    "es": (r"próximo|proximo|que\s+viene", r"(?:el\s+)?próximo|(?:el\s+)?proximo"),
    "de": (None, r"(?:am\s+)?(?:kommenden|nächsten|naechsten)"),
    "ar": (r"المقبل|المقبلة|القادم|القادمة", None),
}
_FOREIGN_BEHIND = {
    "fr": (r"dernier|derni[eè]re|pass[ée]e?", None),
    "es": (r"pasado|pasada", r"(?:el\s+)?pasado|(?:la\s+)?pasada"),
    "de": (None, r"(?:am\s+)?(?:vergangenen|letzten|vorigen)"),
    "ar": (r"الماضي|الماضية|المنصرم|المنصرمة", None),
}


def _around_regexes(table: dict) -> dict[str, tuple[re.Pattern | None, re.Pattern | None]]:
    return {lang: (re.compile(rf"\s+(?:{after})(?!\w)", re.IGNORECASE) if after else None,
                   re.compile(rf"(?<!\w)(?:{before})\s+$", re.IGNORECASE) if before else None)
            for lang, (after, before) in table.items()}


_FOREIGN_AHEAD_RES = _around_regexes(_FOREIGN_AHEAD)
_FOREIGN_BEHIND_RES = _around_regexes(_FOREIGN_BEHIND)


def _beside(regexes: dict, text: str, start: int, end: int, lang: str) -> tuple[int, int] | None:
    """The span grown by a modifier of ``regexes`` right after or right before it, if one stands
    there; None when none does."""
    after, before = regexes[lang]
    m = after.match(text, end) if after else None
    if m:
        return start, m.end()
    m = before.search(text, max(0, start - 16), start) if before else None
    if m:
        return m.start(), end
    return None


# Marks of the future tense or of a plan in each language: "s'ouvriront", "se reanudarán",
# "soll", "من المقرر". French and Spanish verbs are told by their endings (lower-case words);
# _FOREIGN_NOT_FUTURE lists the words with such endings that are no future verbs.
_FOREIGN_FUTURE = {
    "fr": re.compile(r"(?<![\w-])(?:[a-zàâçéèêëîïôûù]{2,}(?:ra|ront|rait|raient)|doit|doivent|devrait|devraient|"
                     r"prévue?s?|prochaine?s?)(?![\w-])"),
    "es": re.compile(r"(?<![\w-])(?:[a-záéíóúñ]{2,}(?:rá|rán)|previsto|prevista|prevé|programad[oa]s?)(?![\w-])"),
    "de": re.compile(r"(?<![\w-])(?:wird|werden|soll|sollen|sollte|sollten|will|wollen|plant|planen|geplant|"
                     r"vorgesehen)(?![\w-])"),
    "ar": re.compile(r"(?<!\w)و?(?:من\s+المقرر|سوف|يعتزم|تعتزم|المرتقب|المرتقبة|المزمع|المزمعة)(?!\w)"),
}
_FOREIGN_NOT_FUTURE = frozenset(
    "front affront retrait portrait trait attrait extra caméra opéra contra mantra cobra ultra aurait auraient "
    "serait seraient".split())
_RE_CLAUSE_START = re.compile(r"[.!?;:\n]")


def _clause_opening(text: str, start: int) -> int:
    """Where the clause holding ``start`` opens, at most 100 characters back."""
    stops = [m.end() for m in _RE_CLAUSE_START.finditer(text, max(0, start - 100), start)]
    return stops[-1] if stops else max(0, start - 100)


def _foreign_future_in(text: str, low: int, high: int, lang: str) -> bool:
    """A future verb or a word of a plan of ``lang`` stands between ``low`` and ``high``."""
    regex = _FOREIGN_FUTURE.get(lang)
    return regex is not None and any(m.group() not in _FOREIGN_NOT_FUTURE for m in regex.finditer(text, low, high))


def _foreign_future_before(text: str, start: int, lang: str) -> bool:
    """A future verb or a word of a plan stands before ``start`` in its clause (at most about
    fifteen words back)."""
    return _foreign_future_in(text, _clause_opening(text, start), start, lang)


# A date inside a name: "Mouvement du 23 mars", "calle 5 de Mayo", "boulevard du 30-Juin",
# "Straße des 17. Juni", "ثورة 25 يناير". Months are written small in French and Spanish, so a
# capitalised one inside a sentence is part of a name too.
_FOREIGN_NAME_BEFORE = {
    "fr": r"(?:mouvement|rue|avenue|boulevard|place|pont|stade|quartier|révolution|journée|lycée|école|collège|"
          r"hôpital|université|camp|cité)\s+(?:du|de\s+la|des)",
    "es": r"(?:movimiento|calle|avenida|plaza|colonia|puente|estadio|barrio|revolución|escuela|colegio|hospital|"
          r"universidad|liceo)\s+(?:del?\s+)?",
    "de": r"(?:Straße|Strasse|Platz|Bewegung|Brücke|Schule|Krankenhaus)\s+des",
    "ar": r"(?:شارع|حركة|ثورة|ساحة|جسر|ميدان|حي|مدرسة|مستشفى|جامعة|ملعب|مخيم)",
}
_FOREIGN_NAME_BEFORE_RES = {lang: re.compile(rf"(?<!\w)(?:{words})\s*$", re.IGNORECASE)
                            for lang, words in _FOREIGN_NAME_BEFORE.items()}
_RE_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:\n][\"'«»“”\s]*)$")


def _foreign_name(text: str, match: re.Match, lang: str) -> bool:
    if _FOREIGN_NAME_BEFORE_RES[lang].search(text, max(0, match.start() - 30), match.start()):
        return True
    month = match.group("m")
    return lang in ("fr", "es") and month[:1].isupper() \
        and not _RE_SENTENCE_OPEN.search(text, max(0, match.start("m") - 40), match.start("m")) \
        and not _RE_SENTENCE_OPEN.search(text, max(0, match.start() - 40), match.start())


def _find_foreign(text: str, dct: dt.date, lang: str) -> Iterator[_Candidate]:
    dated, cued, month_year = _FOREIGN_RES[lang]
    thirds = _FOREIGN_THIRDS[lang]
    for regex, has_day in ((dated, True), (cued, False), (month_year, False)):
        for match in regex.finditer(text):
            groups = match.groupdict()
            month_text = " ".join(groups["m"].split())
            month_text = _FOREIGN_CANONICAL[lang].get(month_text.lower(), month_text)
            year_text = groups["y"].translate(AR_DIGITS) if groups.get("y") else None
            day_start = (match.start("d") if groups.get("d") else match.start("od")) if has_day else None
            start, end = (match.start("m") if not has_day else day_start), match.end()
            if _foreign_name(text, match, lang):
                continue
            if has_day and not groups.get("since") and not groups.get("until"):
                # "lundi 31 mars", "Montag, 3. März": the weekday is part of the date
                weekday = _RE_WEEKDAY_BEFORE_DATE[lang].search(text, max(0, start - 24), start)
                start = weekday.start() if weekday else start
            ahead = behind = None
            if year_text is None:  # "le 26 octobre prochain", "el pasado 3 de marzo"
                ahead = _beside(_FOREIGN_AHEAD_RES, text, start, end, lang)
                behind = None if ahead else _beside(_FOREIGN_BEHIND_RES, text, start, end, lang)
            start, end = ahead or behind or (start, end)
            if has_day:
                day_number = int(groups["d"].translate(AR_DIGITS)) if groups.get("d") \
                    else _AR_ORDINALS[" ".join(groups["od"].split())]
                candidate = f"{day_number} {month_text}" + (f" {year_text}" if year_text else "")
            else:
                candidate = f"1 {month_text} " + (year_text or "")
            future = ahead is not None or year_text is None and _foreign_future_before(text, match.start(), lang)
            parsed = _dateparser_day(candidate.strip(), lang, dct, future)
            if parsed is None:
                continue
            if not has_day and year_text is None:
                # dateparser's "past" preference counts days: the DCT's month is the current one.
                parsed = parsed.replace(year=_month_without_year(parsed.month, dct, future))
            if has_day:
                first = last = parsed
                precision = "day"
            else:
                first, last = _month_span(parsed.year, parsed.month)
                precision = "month"
                third = thirds.get(" ".join((groups.get("cue") or "").lower().split()))
                if third:  # "fin janvier", "Anfang März": a third of the month, in days
                    first, last = _modified_span(third, first, last)
                    precision = "day"
                    start = match.start("cue")
            kind, since_end = "point", None
            if groups.get("since"):
                kind, start, last, since_end = "since", match.start("since"), max(dct, first), last
            elif groups.get("until"):
                kind, start = "until", match.start("until")
            day = (parsed.day, parsed.month) if has_day and year_text is None else None
            cand = _Candidate(start, end, first, last, precision, kind,
                              year=int(year_text) if year_text else None,
                              reanchor=(lambda y, d=day: _reanchored_day(y, *d)) if day and kind == "point" else None)
            cand.since_end = since_end
            yield cand


def _reanchored_day(year: int, day: int, month: int) -> tuple[dt.date, dt.date] | None:
    if not _valid_day(year, month, day):
        return None
    return dt.date(year, month, day), dt.date(year, month, day)


# Relative words in other languages: ("day", offset) | ("span", English word, unit) | ("wd", n).
_FOREIGN_RELATIVE: dict[str, dict[str, tuple]] = {
    "fr": {
        "hier": ("day", -1), "aujourd'hui": ("day", 0), "avant-hier": ("day", -2),
        "demain": ("day", 1), "la semaine dernière": ("span", "last", "week"),
        "la semaine passée": ("span", "last", "week"), "le mois passé": ("span", "last", "month"),
        "l'année passée": ("span", "last", "year"), "ce matin": ("day", 0), "cet après-midi": ("day", 0),
        "ce soir": ("day", 0), "hier soir": ("day", -1), "la nuit dernière": ("day", -1),
        "cette nuit": ("night",), "plus tôt cette semaine": ("span", "earlier this", "week"),
        "en début de semaine": ("span", "earlier this", "week"),
        "plus tôt ce mois-ci": ("span", "earlier this", "month"),
        "depuis le début de l'année": ("since_start", "year"), "depuis le début du mois": ("since_start", "month"),
        "début du mois": ("third", "early", "month"), "fin du mois dernier": ("third", "late", "last month"),
        "ce week-end": ("weekend", 5), "le week-end dernier": ("weekend", -2), "le week-end": ("weekend", None),
        "cette semaine": ("span", "this", "week"), "le mois dernier": ("span", "last", "month"),
        "ce mois-ci": ("span", "this", "month"), "l'année dernière": ("span", "last", "year"),
        "l'an dernier": ("span", "last", "year"), "cette année": ("span", "this", "year"),
        "lundi": ("wd", 0), "mardi": ("wd", 1), "mercredi": ("wd", 2), "jeudi": ("wd", 3),
        "vendredi": ("wd", 4), "samedi": ("wd", 5), "dimanche": ("wd", 6),
    },
    "es": {
        "ayer": ("day", -1), "hoy": ("day", 0), "anteayer": ("day", -2), "anoche": ("day", -1),
        "anteanoche": ("day", -2), "esta mañana": ("day", 0), "esta tarde": ("day", 0), "esta noche": ("day", 0),
        "a principios de esta semana": ("span", "earlier this", "week"),
        "a comienzos de esta semana": ("span", "earlier this", "week"),
        "a principios de semana": ("span", "earlier this", "week"),
        "a principios de mes": ("third", "early", "month"), "a principios de este mes": ("third", "early", "month"),
        "a finales del mes pasado": ("third", "late", "last month"),
        "desde principios de año": ("since_start", "year"), "desde comienzos de año": ("since_start", "year"),
        "desde principios de este año": ("since_start", "year"), "en lo que va del año": ("since_start", "year"),
        "en lo que va de año": ("since_start", "year"), "en lo que va del mes": ("since_start", "month"),
        "el fin de semana pasado": ("weekend", -2), "el pasado fin de semana": ("weekend", -2),
        "este fin de semana": ("weekend", 5), "el fin de semana": ("weekend", None),
        "la semana pasada": ("span", "last", "week"), "esta semana": ("span", "this", "week"),
        "el mes pasado": ("span", "last", "month"), "este mes": ("span", "this", "month"),
        "el año pasado": ("span", "last", "year"), "este año": ("span", "this", "year"),
        "lunes": ("wd", 0), "martes": ("wd", 1), "miércoles": ("wd", 2), "miercoles": ("wd", 2), "jueves": ("wd", 3),
        "viernes": ("wd", 4), "sábado": ("wd", 5), "sabado": ("wd", 5), "domingo": ("wd", 6),
    },
    "de": {
        "gestern": ("day", -1), "heute": ("day", 0), "vorgestern": ("day", -2),
        "letzte nacht": ("day", -1), "in der vergangenen nacht": ("night",), "heute nacht": ("night",),
        "anfang der woche": ("span", "earlier this", "week"), "anfang dieser woche": ("span", "earlier this", "week"),
        "seit jahresbeginn": ("since_start", "year"), "seit jahresanfang": ("since_start", "year"),
        "seit anfang des jahres": ("since_start", "year"), "seit beginn des jahres": ("since_start", "year"),
        "anfang des monats": ("third", "early", "month"), "ende des vergangenen monats": ("third", "late", "last month"),
        "am vergangenen wochenende": ("weekend", -2), "am wochenende": ("weekend", None),
        "an diesem wochenende": ("weekend", 5),
        "letzte woche": ("span", "last", "week"), "vergangene woche": ("span", "last", "week"),
        "vergangenen woche": ("span", "last", "week"), "letzten woche": ("span", "last", "week"),
        "diese woche": ("span", "this", "week"), "dieser woche": ("span", "this", "week"),
        "letzten monat": ("span", "last", "month"), "vergangenen monat": ("span", "last", "month"),
        "diesen monat": ("span", "this", "month"), "diesem monat": ("span", "this", "month"),
        "letztes jahr": ("span", "last", "year"), "vergangenes jahr": ("span", "last", "year"),
        "vergangenen jahr": ("span", "last", "year"), "letzten jahres": ("span", "last", "year"),
        "vergangenen jahres": ("span", "last", "year"), "dieses jahr": ("span", "this", "year"),
        "diesem jahr": ("span", "this", "year"), "dieses jahres": ("span", "this", "year"),
        "montag": ("wd", 0), "dienstag": ("wd", 1), "mittwoch": ("wd", 2),
        "donnerstag": ("wd", 3), "freitag": ("wd", 4), "samstag": ("wd", 5),
        "sonnabend": ("wd", 5), "sonntag": ("wd", 6),
    },
    "ar": {
        "أمس": ("day", -1), "امس": ("day", -1), "الأمس": ("day", -1), "اليوم": ("day", 0),
        "الليلة الماضية": ("day", -1), "هذا الصباح": ("day", 0), "فجر اليوم": ("day", 0),
        "في وقت سابق من هذا الأسبوع": ("span", "earlier this", "week"), "مطلع الأسبوع": ("span", "earlier this", "week"),
        "مطلع الشهر": ("third", "early", "month"), "أواخر الشهر الماضي": ("third", "late", "last month"),
        "منذ بداية العام": ("since_start", "year"), "منذ مطلع العام": ("since_start", "year"),
        "منذ بداية هذا العام": ("since_start", "year"), "منذ مطلع العام الجاري": ("since_start", "year"),
        "منذ بداية العام الجاري": ("since_start", "year"), "منذ بداية الشهر": ("since_start", "month"),
        "نهاية الأسبوع الماضي": ("weekend", -2), "عطلة نهاية الأسبوع": ("weekend", None),
        "أول أمس": ("day", -2), "الأسبوع الماضي": ("span", "last", "week"),
        "هذا الأسبوع": ("span", "this", "week"), "الشهر الماضي": ("span", "last", "month"),
        "هذا الشهر": ("span", "this", "month"), "العام الماضي": ("span", "last", "year"),
        "السنة الماضية": ("span", "last", "year"), "هذا العام": ("span", "this", "year"),
        "العام الحالي": ("span", "this", "year"), "الاثنين": ("wd", 0), "الإثنين": ("wd", 0),
        "الثلاثاء": ("wd", 1), "الأربعاء": ("wd", 2), "الاربعاء": ("wd", 2),
        "الخميس": ("wd", 3), "الجمعة": ("wd", 4), "السبت": ("wd", 5), "الأحد": ("wd", 6),
        "الاحد": ("wd", 6),
    },
}


# A weekday of the week before or after: "Freitag vergangener Woche", "vendredi de la semaine
# dernière", "el viernes de la semana pasada", "الجمعة من الأسبوع الماضي": (regex, weeks).
_FOREIGN_WEEK_OF = {
    "fr": [(r"\s+de\s+la\s+semaine\s+(?:dernière|passée|précédente)", -1),
           (r"\s+de\s+la\s+semaine\s+prochaine", 1)],
    "es": [(r"\s+de\s+la\s+semana\s+pasada", -1), (r"\s+de\s+la\s+semana\s+(?:próxima|que\s+viene)", 1)],
    "de": [(r"\s+(?:vergangener|letzter|der\s+vergangenen|der\s+letzten)\s+Woche", -1),
           (r"\s+(?:nächster|kommender|der\s+nächsten|der\s+kommenden)\s+Woche", 1)],
    "ar": [(r"\s+من\s+الأسبوع\s+الماضي", -1), (r"\s+من\s+الأسبوع\s+المقبل", 1)],
}
_FOREIGN_WEEK_OF_RES = {lang: [(re.compile(regex, re.IGNORECASE), weeks) for regex, weeks in table]
                        for lang, table in _FOREIGN_WEEK_OF.items()}
# "depuis lundi", "seit gestern", "bis Freitagabend", "منذ الاثنين": since or until a day.
_FOREIGN_SINCE_BEFORE = {lang: re.compile(rf"(?<!\w){_CLITIC.get(lang, '')}(?i:{words})\s+$")
                         for lang, words in _FOREIGN_SINCE.items()}
_FOREIGN_UNTIL_BEFORE = {lang: re.compile(rf"(?<!\w){_CLITIC.get(lang, '')}(?i:{words})\s+$")
                         for lang, words in _FOREIGN_UNTIL.items()}
_GERMAN_DAY_PARTS = r"(?:morgen|vormittag|mittag|nachmittag|abend|nacht)?"


def _foreign_relative_regex(lang: str) -> re.Pattern[str]:
    phrases = sorted(_FOREIGN_RELATIVE[lang], key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+").replace("'", "['’]")
                    + (_GERMAN_DAY_PARTS if lang == "de" and _FOREIGN_RELATIVE[lang][p][0] == "wd" else "")
                    for p in phrases)
    return re.compile(rf"(?<![\w'’-]){_CLITIC.get(lang, '')}(?P<p>{body})(?![\w-])", re.IGNORECASE)


_FOREIGN_RELATIVE_RES = {lang: _foreign_relative_regex(lang) for lang in _FOREIGN_RELATIVE}


def _find_foreign_relative(text: str, dct: dt.date, lang: str) -> Iterator[_Candidate]:
    table = _FOREIGN_RELATIVE[lang]
    for match in _FOREIGN_RELATIVE_RES[lang].finditer(text):
        phrase = " ".join(match.group("p").lower().replace("’", "'").split())
        if lang == "de":
            phrase = re.sub(rf"(?<=tag){_GERMAN_DAY_PARTS}$|(?<=abend){_GERMAN_DAY_PARTS}$", "", phrase)
        entry = table.get(phrase)
        if entry is None:
            continue
        start, end = match.span("p")  # (not an Arabic "and" written onto it)
        kind = entry[0]
        if lang == "de" and kind == "wd" and not match.group("p")[0].isupper():
            continue  # German weekdays are nouns: always capitalised
        if kind == "day":
            day = dct + dt.timedelta(days=entry[1])
            yield from _since_or_until(text, start, end, day, day, "day", dct, lang)
        elif kind == "wd":
            # "lundi prochain", "el pasado martes", "الثلاثاء الماضي": the coming or the last such day
            ahead = _beside(_FOREIGN_AHEAD_RES, text, start, end, lang)
            behind = None if ahead else _beside(_FOREIGN_BEHIND_RES, text, start, end, lang)
            mod = "next" if ahead else "last" if behind else ""
            start, end = ahead or behind or (start, end)
            if lang == "ar":  # "اليوم الأربعاء" (today, Wednesday), "يوم الثلاثاء": one expression
                named = _RE_AR_DAY_BEFORE.search(text, max(0, start - 8), start)
                start = named.start() if named else start
            day = _weekday_date(entry[1], mod, dct, not mod and _foreign_future_before(text, start, lang))
            for regex, weeks in _FOREIGN_WEEK_OF_RES[lang] if not mod else ():
                week_of = regex.match(text, end)
                if week_of:  # "Freitag vergangener Woche": that day of the week before
                    monday = dct - dt.timedelta(days=dct.weekday()) + dt.timedelta(days=7 * weeks)
                    day, end = monday + dt.timedelta(days=entry[1]), week_of.end()
                    break
            yield from _since_or_until(text, start, end, day, day, "day", dct, lang)
        elif kind == "night":  # the night just gone
            yield _Candidate(start, end, dct - dt.timedelta(days=1), dct, "day")
        elif kind == "since_start":  # "depuis le début de l'année": from its first day
            first = dct.replace(month=1, day=1) if entry[1] == "year" else dct.replace(day=1)
            yield _Candidate(start, end, first, dct, "day", "since")
        elif kind == "third":  # "début du mois": a third of this month, or of the last
            first, last, _ = _relative_span("last" if entry[2] == "last month" else "this", "month", dct)
            yield _Candidate(start, end, *_modified_span(entry[1], first, last), "day")
        elif kind == "weekend":
            shift = entry[1]
            if shift is None:  # "le week-end": this one if it is under way, else the one just gone
                shift = 5 if dct.weekday() >= 5 else -2
            monday = dct - dt.timedelta(days=dct.weekday())
            yield _Candidate(start, end, monday + dt.timedelta(days=shift),
                             monday + dt.timedelta(days=shift + 1), "week")
        else:
            span = _relative_span(entry[1], entry[2], dct)
            if span:
                yield _Candidate(start, end, *span)


_RE_AR_DAY_BEFORE = re.compile(r"(?<!\w)(?:اليوم|يوم)\s+$")


def _since_or_until(text: str, start: int, end: int, first: dt.date, last: dt.date, precision: str,
                    dct: dt.date, lang: str) -> Iterator[_Candidate]:
    """The day found, or "since" it up to the DCT ("depuis lundi dernier", "seit gestern"), or
    "until" it ("bis Freitagabend") when such a word stands right before it."""
    since = _FOREIGN_SINCE_BEFORE[lang].search(text, max(0, start - 16), start)
    if since:
        cand = _Candidate(since.start(), end, first, max(dct, first), precision, "since")
        cand.since_end = last
        yield cand
        return
    until = _FOREIGN_UNTIL_BEFORE[lang].search(text, max(0, start - 16), start)
    yield _Candidate(until.start() if until else start, end, first, last, precision, "until" if until else "point")

# Numbers in words, for "trois jours plus tard", "hace dos días", "vor drei Tagen", "بعد ثلاثة أيام"
# (and for the counts of figures_foreign).
FOREIGN_NUMBERS = {
    "fr": {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
           "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "cent": 100},
    "es": {"un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
           "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
           "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "cien": 100},
    "de": {"ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4,
           "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
           "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30, "vierzig": 40,
           "fünfzig": 50, "hundert": 100},
    "ar": {"ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "اربعة": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6,
           "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10},
}
# Unit words (singular and plural forms) -> unit; Arabic duals stand for two of the unit.
_FOREIGN_UNITS = {
    "fr": {"jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month",
           "an": "year", "ans": "year", "année": "year", "années": "year"},
    "es": {"día": "day", "días": "day", "dia": "day", "dias": "day", "semana": "week", "semanas": "week",
           "mes": "month", "meses": "month", "año": "year", "años": "year"},
    "de": {"tag": "day", "tage": "day", "tagen": "day", "woche": "week", "wochen": "week", "monat": "month",
           "monate": "month", "monaten": "month", "jahr": "year", "jahre": "year", "jahren": "year"},
    "ar": {"يوم": "day", "أيام": "day", "ايام": "day", "أسبوع": "week", "أسابيع": "week", "اسبوع": "week",
           "شهر": "month", "أشهر": "month", "اشهر": "month", "شهور": "month", "عام": "year", "أعوام": "year",
           "سنة": "year", "سنوات": "year"},
}
_AR_DUALS = {"يومين": "day", "أسبوعين": "week", "اسبوعين": "week", "شهرين": "month", "عامين": "year",
             "سنتين": "year"}
# "il y a trois jours" (ago), "trois jours plus tard" (after the date told of before): the words
# around a count of units, by language: (ago before the count, later after it, earlier after it).
_FOREIGN_AGO = {"fr": r"il\s+y\s+a", "es": r"hace", "de": r"vor", "ar": r"قبل"}
_FOREIGN_LATER = {"fr": r"plus\s+tard|après", "es": r"después|despues|más\s+tarde|mas\s+tarde",
                  "de": r"später|spaeter|danach|darauf", "ar": None}
_FOREIGN_EARLIER = {"fr": r"plus\s+tôt|auparavant|avant", "es": r"antes", "de": r"zuvor|vorher|früher|davor",
                    "ar": None}
# Days told of from the date before: the next one, the one before, the same one; "since then".
_FOREIGN_ANAPHORA: dict[str, dict[str, tuple]] = {
    "fr": {"le lendemain": ("step", "day", 1), "la veille": ("step", "day", -1),
           "le surlendemain": ("offset", "day", 2), "le jour même": ("same", "day"),
           "le même jour": ("same", "day"), "ce même jour": ("same", "day"), "le jour suivant": ("step", "day", 1),
           "la semaine suivante": ("step", "week", 1), "le mois suivant": ("step", "month", 1),
           "le mois précédent": ("step", "month", -1), "l'année suivante": ("step", "year", 1),
           "ce jour-là": ("same", "day"), "ce jour là": ("same", "day"),
           "depuis lors": ("since",), "depuis cette date": ("since",)},
    "es": {"al día siguiente": ("step", "day", 1), "el día siguiente": ("step", "day", 1),
           "al otro día": ("step", "day", 1), "el día anterior": ("step", "day", -1),
           "la víspera": ("step", "day", -1), "ese mismo día": ("same", "day"), "el mismo día": ("same", "day"),
           "esa misma noche": ("same", "day"), "la semana siguiente": ("step", "week", 1),
           "al mes siguiente": ("step", "month", 1), "el mes siguiente": ("step", "month", 1),
           "al año siguiente": ("step", "year", 1), "ese día": ("same", "day"), "aquel día": ("same", "day"),
           "desde entonces": ("since",)},
    "de": {"am tag darauf": ("step", "day", 1), "tags darauf": ("step", "day", 1),
           "am nächsten tag": ("step", "day", 1), "am folgenden tag": ("step", "day", 1),
           "am folgetag": ("step", "day", 1), "am vortag": ("step", "day", -1), "am tag zuvor": ("step", "day", -1),
           "tags zuvor": ("step", "day", -1), "am tag davor": ("step", "day", -1),
           "am selben tag": ("same", "day"), "am gleichen tag": ("same", "day"),
           "in der woche darauf": ("step", "week", 1), "im monat darauf": ("step", "month", 1),
           "im folgenden monat": ("step", "month", 1), "an jenem tag": ("same", "day"),
           "an diesem tag": ("same", "day"), "seitdem": ("since",), "seither": ("since",)},
    "ar": {"في اليوم التالي": ("step", "day", 1), "اليوم التالي": ("step", "day", 1),
           "في اليوم الذي تلاه": ("step", "day", 1), "في اليوم اللاحق": ("step", "day", 1),
           "في اليوم السابق": ("step", "day", -1), "اليوم السابق": ("step", "day", -1),
           "قبل ذلك بيوم": ("step", "day", -1), "في اليوم نفسه": ("same", "day"), "في نفس اليوم": ("same", "day"),
           "في اليوم ذاته": ("same", "day"), "اليوم نفسه": ("same", "day"), "في الأسبوع التالي": ("step", "week", 1),
           "في الشهر التالي": ("step", "month", 1), "في ذلك اليوم": ("same", "day"), "ذلك اليوم": ("same", "day"),
           "منذ ذلك الحين": ("since",), "منذ ذلك الوقت": ("since",)},
}
# Day-range and month-range words: (opener before the first end, link between the ends).
_FOREIGN_RANGE = {
    "fr": (r"du|entre\s+le|de", r"au|et\s+le|à|a"),
    "es": (r"del|entre\s+el|desde\s+el|de", r"al|y\s+el|hasta\s+el|a"),
    "de": (r"(?i:vom|zwischen\s+dem|von)", r"bis(?:\s+zum)?|und(?:\s+dem)?"),
    "ar": (r"من|بين", r"إلى|الى|حتى|و"),
}
_FOREIGN_MONTH_RANGE = {
    "fr": (r"entre|de|d['’]", r"et|à|a"),
    "es": (r"entre|de|desde", r"y|a|hasta"),
    "de": (r"(?i:zwischen|von)", r"und|bis"),
    "ar": (r"بين|من", r"إلى|الى|حتى|و"),
}
# A year after a word that makes a four-digit number one ("en 2014", "im Jahr 2014", "عام 2014").
_FOREIGN_YEAR_CUES = {
    "fr": r"en|dès|jusqu['’]en|courant|l['’]année|l['’]an|fin|début|debut|mi-",
    "es": r"en|durante|hasta|el\s+año|en\s+el\s+año|a\s+finales\s+de|a\s+fines\s+de|a\s+principios\s+de|"
          r"a\s+mediados\s+de",
    "de": r"im\s+Jahr(?:e)?|Jahr|bis|ab|Anfang|Ende|Mitte",
    "ar": r"عام|سنة|العام|في|خلال|حتى|أوائل|اوائل|مطلع|منتصف|أواخر|اواخر",
}
# Lower-case words after "en 2000" that make the number a count ("en 2000 exemplaires") are
# every word but these.
_FOREIGN_AFTER_YEAR_OK = {
    "fr": frozenset("et ou le la les l lors puis après avant à au aux dans par pour déjà quand lorsque alors "
                    "avec contre sur selon qui que il elle ils elles on un une des du de d en ne n mais".split()),
    "es": frozenset("y o e el la los las cuando tras antes después a al en por para con contra según que se "
                    "un una de del ya pero".split()),
    "de": frozenset(),
    "ar": frozenset(),
}


_FOREIGN_WEEKDAY_INDEX = {lang: {k: v[1] for k, v in table.items() if v[0] == "wd"}
                          for lang, table in _FOREIGN_RELATIVE.items()}


def _weekday_names(lang: str) -> str:
    """The weekdays of ``lang`` as an alternation, capitalised in German (they are nouns)."""
    return "|".join(name.capitalize() if lang == "de" else name for name in _FOREIGN_WEEKDAY_INDEX[lang])


# The weekday that may stand before a date: "lundi 31 mars", "el lunes 3 de marzo", "Montag, 3. März".
_RE_WEEKDAY_BEFORE_DATE = {
    lang: re.compile(rf"(?<!\w)(?:{_weekday_names(lang)})(?:,\s*(?:(?i:den|dem)\s+)?|\s+)$",
                     re.IGNORECASE if lang != "de" else 0)
    for lang in _FOREIGN_RELATIVE}


def _foreign_more_regexes(lang: str) -> dict[str, re.Pattern]:
    names = "|".join(_FOREIGN_MONTHS[lang]).replace(" ", r"\s+")
    flags = re.IGNORECASE if lang != "de" else 0
    day = rf"(?:{_DIGIT}){{1,2}}"
    suffix = r"(?:er|º|°|\.)?"
    mlink = {"es": r"\s+(?:de\s+)?", "fr": r"\s+", "de": r"\s*", "ar": r"\s+"}[lang]
    ylink = {"es": r",?\s+(?:del?\s+)?", "fr": r",?\s+", "de": r",?\s+", "ar": r"\s+(?:عام\s+|سنة\s+)?"}[lang]
    year = rf"(?:{_DIGIT}){{4}}(?!\w)"
    opener, link = _FOREIGN_RANGE[lang]
    m_opener, m_link = _FOREIGN_MONTH_RANGE[lang]
    numbers = "|".join(sorted(FOREIGN_NUMBERS[lang], key=len, reverse=True))
    units = "|".join(sorted(_FOREIGN_UNITS[lang], key=len, reverse=True))
    count = rf"(?P<n>\d{{1,3}}|{numbers})\s+(?P<u>{units})"
    duals = "|".join(_AR_DUALS)
    weekdays = _weekday_names(lang)
    clitic = _CLITIC.get(lang, "")
    ago = rf"(?<!\w){clitic}(?P<ago>{_FOREIGN_AGO[lang]})\s+(?:{count}" + (rf"|(?P<dual>{duals})" if lang == "ar" else "") + r")(?!\w)"
    if lang == "ar":  # "بعد ثلاثة أيام", "بعد ذلك بيومين": later
        later = rf"(?<!\w){clitic}(?P<w>بعد)\s+(?:ذلك\s+ب)?(?:{count}|(?P<dual>{duals}))(?!\w)"
    else:
        later = rf"(?<!\w){count}\s+(?P<w>{_FOREIGN_LATER[lang]}|{_FOREIGN_EARLIER[lang]})(?!\w)"
    phrases = sorted(_FOREIGN_ANAPHORA[lang], key=len, reverse=True)
    anaphora = "|".join(re.escape(p).replace(r"\ ", r"\s+").replace("'", "['’]") for p in phrases)
    return {
        "days": re.compile(
            rf"(?<!\w){clitic}(?P<open>{opener})\s+(?P<d1>{day}){suffix}(?:{mlink}(?P<m1>{names})(?:{ylink}(?P<y1>{year}))?)?"
            rf"\s*(?:{link})\s*(?P<d2>{day}){suffix}{mlink}(?P<m>{names})(?!\w)(?:{ylink}(?P<y>{year}))?", flags),
        "months": re.compile(
            rf"(?<!\w){clitic}(?P<open>{m_opener})\s*(?P<m1>{names})(?!\w)(?:{ylink}(?P<y1>{year}))?"
            rf"\s+(?:{m_link})\s*(?P<m>{names})(?!\w)(?:{ylink}(?P<y>{year}))?", flags),
        "numeric": re.compile(rf"(?<![\w./-])(?P<d>{day})(?P<sep>[./])(?P<m>{_DIGIT}{{1,2}})(?P=sep)"
                              rf"(?P<y>(?:{_DIGIT}){{4}})(?![\w]|[./]{_DIGIT})"),
        "years": re.compile(
            rf"(?<!\w){clitic}(?:(?P<since>(?i:{_FOREIGN_SINCE[lang]}))|(?P<cue>(?i:{_FOREIGN_YEAR_CUES[lang]})))"
            rf"\s*(?P<y>(?:1[89]|20|١[٨٩]|٢٠)(?:{_DIGIT}){{2}})(?![\w.,]?{_DIGIT}|\w|\s*%)"),
        "ago": re.compile(ago, re.IGNORECASE),
        "later": re.compile(later, re.IGNORECASE),
        "anaphora": re.compile(rf"(?<![\w'’-]){clitic}(?P<p>{anaphora})(?![\w-])", re.IGNORECASE),
        "night": re.compile(
            {"de": rf"(?<!\w)(?i:in\s+der\s+Nacht\s+(?:zu|zum|auf))\s+(?:den\s+)?(?P<wd>{weekdays})(?!\w)",
             "fr": rf"(?<!\w)(?:dans\s+)?la\s+nuit\s+de\s+(?:{weekdays})\s+(?:à|au)\s+(?P<wd>{weekdays})(?!\w)",
             "es": rf"(?<!\w)(?:en\s+)?la\s+noche\s+del\s+(?:{weekdays})\s+al\s+(?P<wd>{weekdays})(?!\w)",
             "ar": r"(?!x)x"}[lang], re.IGNORECASE if lang != "de" else 0),
    }


_FOREIGN_MORE_RES = {lang: _foreign_more_regexes(lang) for lang in _FOREIGN_MONTHS}


def _foreign_month(lang: str, name: str) -> int | None:
    """The number of a month named in ``lang``."""
    key = " ".join(name.lower().split())
    for number, names in enumerate(_FOREIGN_MONTHS[lang], start=1):
        if key in names.lower().split("|"):
            return number
    return None


def _foreign_count(lang: str, match: re.Match) -> tuple[int, str] | None:
    if match.groupdict().get("dual"):
        return 2, _AR_DUALS[match.group("dual")]
    n_text = match.group("n").lower()
    n = int(n_text) if n_text.isdigit() else FOREIGN_NUMBERS[lang].get(n_text)
    unit = _FOREIGN_UNITS[lang].get(match.group("u").lower())
    if n is None or unit is None:
        return None
    return n, unit


def _find_foreign_more(text: str, dct: dt.date, lang: str) -> Iterator[_Candidate]:
    """Ranges, day-first numeric dates, years, counts of days ago and anaphora in other languages."""
    res = _FOREIGN_MORE_RES[lang]
    digits = AR_DIGITS
    for match in res["days"].finditer(text):  # "du 3 au 9 mars", "vom 3. bis 9. März"
        month = _foreign_month(lang, match.group("m"))
        first_month = _foreign_month(lang, match.group("m1")) if match.group("m1") else month
        d1, d2 = int(match.group("d1").translate(digits)), int(match.group("d2").translate(digits))
        if month is None or first_month is None:
            continue
        if match.group("y"):
            year = int(match.group("y").translate(digits))
            if not _valid_day(year, month, d2):
                continue
            last = dt.date(year, month, d2)
        else:
            last = _day_without_year(month, d2, dct, False)
            if last is None:
                continue
        y1 = int(match.group("y1").translate(digits)) if match.group("y1") else \
            last.year - (1 if (first_month, d1) > (month, d2) else 0)
        if not _valid_day(y1, first_month, d1):
            continue
        first = dt.date(y1, first_month, d1)
        if first < last:
            yield _Candidate(match.start("open"), match.end(), first, last, "day", "range",
                             year=last.year if match.group("y") else None)
    for match in res["months"].finditer(text):  # "entre septembre et novembre", "von Juli bis September"
        m1, m2 = _foreign_month(lang, match.group("m1")), _foreign_month(lang, match.group("m"))
        if m1 is None or m2 is None or m1 == m2:
            continue
        if match.group("y"):
            y2 = int(match.group("y").translate(digits))
        else:
            y2 = _month_without_year(m2, dct, False)
        y1 = int(match.group("y1").translate(digits)) if match.group("y1") else y2 - (1 if m1 > m2 else 0)
        first, last = _month_span(y1, m1)[0], _month_span(y2, m2)[1]
        if first < last:
            yield _Candidate(match.start("open"), match.end(), first, last, "month", "range",
                             year=y2 if match.group("y") else None)
    for match in res["numeric"].finditer(text):  # "15.10.2025", "15/10/2025": the day first
        d, m, y = (int(match.group(g).translate(digits)) for g in ("d", "m", "y"))
        if 1 <= m <= 12 and _valid_day(y, m, d):
            day = dt.date(y, m, d)
            yield _Candidate(match.start(), match.end(), day, day, "day", year=y)
    for match in res["years"].finditer(text):  # "en 2014", "seit 2014", "fin 2023"
        year = int(match.group("y").translate(digits))
        if year > dct.year + 1:
            continue
        cue = " ".join((match.group("cue") or "").lower().split())
        word = re.match(r"\s+([a-zà-ÿ]+)\b", text[match.end():match.end() + 30])
        if word and cue in ("en", "hasta", "bis") and word.group(1) not in _FOREIGN_AFTER_YEAR_OK[lang]:
            continue  # "en 2000 exemplaires": a count
        first, last = _year_span(year)
        precision = "year"
        third = _FOREIGN_THIRDS[lang].get(cue)
        if third:  # "fin 2023": its last third, by months
            first, last = _modified_span(third, first, last)
            precision = "month"
        start = match.start("cue") if third else match.start("y")
        if match.group("since"):
            yield _Candidate(match.start("since"), match.end(), first, max(dct, first), precision, "since")
        else:
            yield _Candidate(start, match.end(), first, last, precision, year=year)
    for match in res["ago"].finditer(text):  # "il y a trois jours", "vor zwei Wochen"
        counted = _foreign_count(lang, match)
        if counted is None:
            continue
        n, unit = counted
        start = match.start("ago")
        if unit == "day":
            day = dct - dt.timedelta(days=n)
            yield _Candidate(start, match.end(), day, day, "day")
        elif unit == "week":
            yield _Candidate(start, match.end(), *_week_span(dct - dt.timedelta(days=7 * n)), "week")
        elif unit == "month":
            yield _Candidate(start, match.end(), *_month_span(*_add_months(dct.year, dct.month, -n)), "month")
        else:
            yield _Candidate(start, match.end(), *_year_span(dct.year - n), "year", year=dct.year - n)
    for match in res["later"].finditer(text):  # "trois jours plus tard": from the date told of before
        counted = _foreign_count(lang, match)
        if counted is None:
            continue
        n, unit = counted
        word = match.group("w").lower()
        earlier = lang != "ar" and re.fullmatch(_FOREIGN_EARLIER[lang], word, re.IGNORECASE) is not None
        yield _Candidate(match.start("w") if lang == "ar" else match.start(), match.end(), dct, dct, "day",
                         anaphor=("offset", unit, -n if earlier else n))
    table = {" ".join(k.split()): v for k, v in _FOREIGN_ANAPHORA[lang].items()}
    for match in res["anaphora"].finditer(text):  # "le lendemain", "am Tag darauf", "في اليوم التالي"
        entry = table.get(" ".join(match.group("p").lower().replace("’", "'").split()))
        if entry is None:
            continue
        kind = "since" if entry[0] == "since" else "point"
        yield _Candidate(match.start("p"), match.end(), dct, dct, "day", kind, anaphor=entry)
    for match in res["night"].finditer(text):  # "in der Nacht zu Dienstag": the night before that day
        day = _weekday_date(_FOREIGN_WEEKDAY_INDEX[lang][match.group("wd").lower()], "", dct, False)
        yield _Candidate(match.start(), match.end(), day - dt.timedelta(days=1), day, "day")


# --------------------------------------------------------------------------- assembly

# Every English expression contains one of these strings: a month or weekday name, the
# first digits of a year, or a relative word. They are found with str.find, which runs at
# C speed, and the regexes then only look at the text around them.
_TRIGGERS_EXACT = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",  # (and the whole names, which begin so)
    "18", "19", "20",
)
_TRIGGERS_LOWER = ("day", "hours", "0th", "1st", "1th", "2nd", "2th", "3rd", "3th", "4th", "5th", "6th", "7th",
                   "8th", "9th", "tonight", "tomorrow", "night", "morning", "afternoon", "evening",
                   "week", "month", "year", "ago", "since", "spring", "summer", "autumn", "winter", "fall",
                   "period", "christmas", "easter", "good friday", "new year", "quarter")
_BEFORE_TRIGGER = 32  # longest lead-in before a trigger: "throughout the ", "between the 7th of "
_AFTER_TRIGGER = 72  # longest tail after one: "September 30, 2015 to November 29, 2015"


def _trigger_automaton(needles: tuple[str, ...]) -> "ahocorasick.Automaton":
    """An automaton that finds every occurrence of ``needles``, overlapping ones too ("tonight"
    and its "night"); each stores how far its end lies from its start."""
    automaton = ahocorasick.Automaton()
    for needle in needles:
        automaton.add_word(needle, len(needle) - 1)
    automaton.make_automaton()
    return automaton


_EXACT_TRIGGERS = _trigger_automaton(_TRIGGERS_EXACT)
_LOWER_TRIGGERS = _trigger_automaton(_TRIGGERS_LOWER)


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged (pos, endpos) windows around every trigger string in ``text`` (where each
    occurrence of a trigger starts, as ``str.find`` finds them one by one, in one pass)."""
    hits = [end - length for end, length in _EXACT_TRIGGERS.iter(text)]
    hits += [end - length for end, length in _LOWER_TRIGGERS.iter(text.lower())]
    hits.sort()
    windows: list[tuple[int, int]] = []
    n = len(text)
    for hit in hits:
        lo, hi = max(0, hit - _BEFORE_TRIGGER), min(n, hit + _AFTER_TRIGGER)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
        else:
            windows.append((lo, hi))
    return windows



def _wrap_since_until(text: str, cand: _Candidate, dct: dt.date, floor: int) -> None:
    """Turn "since A" into kind 'since' and "until B" / "up to B" / "through B" into 'until'.

    The cue word must lie after ``floor`` (the end of the expression before)."""
    window = text[max(0, floor, cand.start - 36):cand.start]
    low = ascii_fold(window)
    since = _RE_SINCE_BEFORE.search(window) if "since" in low else None
    if since:
        cand.start -= len(window) - since.start()
        cand.kind = "since"
        edge = (since.group("edge") or "").lower()
        if edge:  # "since the start of 2023", "since the end of March": from that day
            cand.date = cand.date_end if edge == "end" else cand.date
            cand.precision = "day"
        cand.since_end = cand.date_end
        cand.date_end = max(dct, cand.date)
        return
    until = _RE_UNTIL_BEFORE.search(window) if any(word in low for word in _UNTIL_WORDS) else None
    if until:
        cand.start -= len(window) - until.start()
        cand.kind = "until"


# Letters that a pattern ignoring case matches to an ASCII one ("ı" and "İ" to i, "ſ" to s, the Kelvin
# sign to k), but that lower-case to no key of the tables the matched words are read in ("thıs year",
# "yeſterday"): read as the ASCII letter, one character for one, so offsets stay those of the text.
_CASE_TWINS = str.maketrans({"\u0131": "i", "\u0130": "I", "\u017f": "s", "\u212a": "K"})


def find_timexes(text: str, dct: dt.date, lang: str = "en") -> list[Timex]:
    """Find temporal expressions in text, normalised against the document creation time
    (publication date). Sorted by start, non-overlapping."""
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    written, text = text, text.translate(_CASE_TWINS)
    candidates: list[_Candidate] = []
    if lang == "en":
        for pos, endpos in _windows(text):
            window = _Window(text, pos, endpos)
            for finder in _ENGLISH_FINDERS:
                candidates.extend(finder(text, dct, pos, endpos, window))
    else:
        if lang in _FOREIGN_RES:
            candidates.extend(_find_foreign(text, dct, lang))
            candidates.extend(_find_foreign_relative(text, dct, lang))
            candidates.extend(_find_foreign_more(text, dct, lang))
        candidates.extend(_find_days_iso(text, 0, len(text)))
    # Leftmost first, then longest: a range beats the single dates inside it.
    candidates.sort(key=lambda c: (c.start, -c.end))
    chosen: list[_Candidate] = []
    last_end = -1
    for cand in candidates:
        if cand.start >= last_end:
            chosen.append(cand)
            last_end = cand.end
    chosen = _resolve_in_order(text, dct, chosen, lang)  # anaphora, and the year a date names
    # "on 31 December 2999", "on 1 January 1600 by traders": the date names a year outside those
    # read, so it is left out rather than put in a year near publication ("on 5 March 1500 people
    # fled" counts people, and keeps its day)
    chosen = [c for c in chosen if not ((year := _RE_YEAR_UNREAD.match(text, c.end))
                                        and not 1800 <= int(year.group("y")) <= 2099)]
    if len(chosen) > 1:
        chosen = _join_ranges(text, chosen)
    # "from 31 January to 29 February" in a year with no 29 February: the end was put in another
    # year than the start; a range of days the text gives no year for spans less than a year
    chosen = [c for c in chosen if not (c.kind == "range" and c.precision == "day"
                                        and (c.date_end - c.date).days >= 366
                                        and not _RE_FOUR_DIGITS.search(text, c.start, c.end))]
    return [Timex(c.start, c.end, written[c.start:c.end], c.date, c.date_end, c.precision, c.kind,
                  c.since_end if c.kind == "since" else None)
            for c in chosen]


_RE_FOUR_DIGITS = re.compile(r"\d{4}")
# A number of four or five figures right after a date, not counting what follows it: the date's own year.
_WORDS_AFTER_A_YEAR = (r"by|in|on|at|and|or|but|when|to|as|after|before|the|an?|was|were|is|are|has|had|until|"
                            r"for|with|from|that|which|while|during")
_RE_YEAR_UNREAD = re.compile(r",?[^\S\n]+(?P<y>\d{4,5})(?!\d)(?![.,]\d)"
                             rf"(?![^\S\n]+(?!(?:{_WORDS_AFTER_A_YEAR})\b)[a-z])")
# Two whole dates joined into one range: "2025-06-01 to 2025-07-31", "from 01/06/2025 until
# 31/07/2025", "between 2025-06-01 and 2025-07-31", and two weekdays of one week: "on Tuesday and
# Wednesday". Other ranges written in words are found whole.
_RE_RANGE_LINK = re.compile(r"[^\S\n]*+(?:(?i:to|until|till|through|and)|[-–—])[^\S\n]*+")
_RE_RANGE_OPENER = re.compile(r"(?i:\b(?P<w>from|between)[^\S\n]+)$")


def _is_weekday(text: str, cand: _Candidate) -> bool:
    """The expression is a weekday's name alone ("Tuesday", not "last Tuesday")."""
    return cand.precision == "day" and text[cand.start:cand.end].lower() in _WEEKDAYS


def _join_ranges(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    out: list[_Candidate] = []
    for cand in chosen:
        prev = out[-1] if out else None
        link = _RE_RANGE_LINK.fullmatch(text, prev.end, cand.start) if prev is not None else None
        weekdays = link is not None and _is_weekday(text, prev) and _is_weekday(text, cand) \
            and 0 < (cand.date - prev.date).days < 7
        if weekdays and prev.kind == cand.kind == "point":
            # "on Tuesday and Wednesday", "from Friday to Sunday": the days between
            prev.end, prev.date_end, prev.kind = cand.end, cand.date_end, "range"
            continue
        if link is not None and prev.kind == cand.kind == "point" and prev.precision == cand.precision == "day" \
                and text[prev.start].isdigit() and text[cand.start].isdigit() and prev.date < cand.date:
            opener = _RE_RANGE_OPENER.search(text, max(0, prev.start - 12), prev.start)
            word = link.group().strip().lower()
            if word != "and" or (opener is not None and opener.group("w").lower() == "between"):
                if opener is not None:
                    prev.start = opener.start("w")
                prev.end, prev.date_end, prev.kind = cand.end, cand.date_end, "range"
                continue
        out.append(cand)
    return out


# A sentence ends at a line break, or at . ! ? before a capital letter ("Sept. 30" goes on),
# unless the full stop closes an initial ("U.S. forces") or a title ("Gen. Smith").
_RE_SENTENCE_END = with_first_chars(re.compile(
    r"\n|(?:(?<=[a-z0-9)\]\"'”’%])|(?<=[A-Za-z][A-Z]))"  # not after an initial: "U.S.", "F."
    r"(?<!\b(?:Mr|Ms|Dr|St|Lt|No))(?<!\b(?:Mrs|Gen|Col|Maj|Sgt|Sen|Rep|Gov|Rev|Adm))"
    r"(?<!\b(?:Capt|Brig|Prof|Cmdr))"  # titles: "Col. Turki al-Maliki"
    r"[.!?][\"'”’)\]]*[^\S\n]+(?=[\"'“‘(\[]?[A-Z])"
))


def _future_sentence(text: str, start: int, lang: str) -> bool:
    """The sentence around ``start`` speaks of the future: "The next day, ministers will meet"."""
    low = _clause_opening(text, start)
    stop = _RE_CLAUSE_START.search(text, start, start + 150)
    high = stop.start() if stop else min(len(text), start + 150)
    if lang == "en":
        return _RE_FUTURE.search(text, low, high) is not None
    return _foreign_future_in(text, low, high, lang)


# A chronology's entry: a date that opens a line ("- ", "• " may come first) and a dash or a colon
# after it: "April 15, 2023 – Fighting erupts", "June 2023: ...".
_RE_LINE_OPEN = re.compile(r"(?:^|\n)[^\S\n]*(?:[-•*][^\S\n]+)?$")
_RE_LIST_ENTRY_AFTER = re.compile(r"[^\S\n]*[–—:-][^\S\n]")
# The day of writing, named as such; and the demonstratives that never point to it.
_RE_TODAY = re.compile(r"(?i:today|tonight|this[^\S\n]+(?:morning|afternoon|evening))")
# The night just gone, or the night after the day the paragraph tells of.
_RE_NIGHT = re.compile(r"(?i:overnight|(?:during|in)\s+the\s+night)")
_RE_DISTAL = re.compile(r"(?i:(?:later|earlier)[^\S\n]+)?(?i:that|the[^\S\n]+same)\b")
# Between a date and the next, in one sentence: ", after a landmine blast" (what came before).
_RE_AFTER_CLAUSE = re.compile(r"[^.;!?\n]*,[^\S\n]+(?i:after|following)[^\S\n]+(?i:a|an|the)\b[^.;!?\n]*$")


def _resolve_in_order(text: str, dct: dt.date, chosen: list[_Candidate], lang: str = "en") -> list[_Candidate]:
    """Second pass over the chosen expressions in text order.

    - A year named explicitly ("In 2023, ...", "on 7 October 2001") anchors year-less days and
      months later in the same sentence ("... between June and November").
    - Anaphoric expressions take their value from the running reference: the value of the
      last expression before them (HeidelTime's reference for narratives). "since then" runs
      from the reference to the DCT and leaves the reference as it was.
    - "since X" / "until X" wrap a single expression.
    - A day counted from the reference that would fall after the DCT, in a sentence that does not
      speak of the future, counts from an earlier day told of: "On Tuesday the presidency said talks
      would open on 18 March. The next day, the government accepted" is Wednesday.
    Each step looks only at the text since the previous expression: linear in the text."""
    out: list[_Candidate] = []
    ref: tuple[dt.date, dt.date, str] | None = None
    day_ref: tuple[dt.date, dt.date, str] | None = None  # the last single day found
    began: tuple[dt.date, dt.date, str] | None = None  # the start of the last "since X" (for "since the war began")
    period: tuple[dt.date, dt.date, str] | None = None  # the period a report's header names
    period_end = -1  # where the text of that period ends
    anchor_year: int | None = None
    anchor_until: int | None = None  # where the clause of the anchoring year ends, if it is a relative one
    scanned = 0  # the text before this offset has been searched for sentence ends
    previous_end = 0
    days_told: list[tuple[dt.date, dt.date, str]] = []  # the single days told of, in text order
    list_year: int | None = None  # the year of the last entry of a chronology ("June 2023: ...")
    list_last = dt.date.min  # and its first day
    before_today: tuple[dt.date, dt.date, str] | None = None  # the reference before the last "today"
    for cand in chosen:
        if ref is not None and ref[2] == "day" and ref[0] == ref[1]:
            day_ref = ref
            if not days_told or days_told[-1] != ref:
                days_told.append(ref)
        # (one character further: the end of a sentence is seen by the capital that follows it)
        if anchor_year is not None and _RE_SENTENCE_END.search(text, scanned, cand.start + 1):
            anchor_year = None
        if anchor_until is not None and cand.start > anchor_until:
            anchor_year = anchor_until = None
        scanned = max(scanned, cand.end)
        if cand.anaphor is not None:
            source = began if cand.anaphor[0] == "began" else period if cand.anaphor[0] == "period" else ref
            if source is ref and before_today is not None and cand.anaphor[0] == "same" \
                    and _RE_DISTAL.match(text, cand.start):
                # "The Ministry today rejects the report. The operation in Bichena that day ...":
                # "that day" points past the day of writing to the day told of before it
                source = before_today
            value = _resolve_anaphor(cand.anaphor, source, dct) if source else None
            if value is None and source is ref and day_ref is not None and (
                    cand.anaphor[0] in ("same", "step") and cand.anaphor[1] == "day"
                    or cand.anaphor[0] == "offset" and cand.anaphor[1] in ("day", "week")):
                # "late on Monday ..., the deadliest attack this year. The same night, ...", "Tuesday's
                # strike was the deadliest this year. A week earlier, ...": the day told of last,
                # past a coarser date that only compares
                value = _resolve_anaphor(cand.anaphor, day_ref, dct)
            if value is not None and value[0] > dct and cand.anaphor[0] in ("same", "step", "offset") \
                    and cand.anaphor[1] == "day" and not _future_sentence(text, cand.start, lang):
                # a day after the DCT in a sentence of what was: counted from the last day told
                # of that gives a day gone
                value = next((v for day in reversed(days_told[-4:]) if day != source
                              for v in [_resolve_anaphor(cand.anaphor, day, dct)] if v and v[0] <= dct), value)
            if value is None and cand.anaphor[0] == "same_period" and cand.anaphor[1] > 0:
                value = dt.date(cand.anaphor[1], 1, 1), dt.date(cand.anaphor[1], 12, 31), "year"  # no period before
            if value is None:
                continue
            last = out[-1] if out else None
            if last is not None and last.reanchor is not None and value[2] == "year" \
                    and _RE_OF_THAT_YEAR.fullmatch(text, last.end, cand.end):
                # "on 26 October that year": one date, in the year the text was speaking of
                span = last.reanchor(value[0].year)
                if span is not None:
                    last.date, last.date_end = span
                    last.end = cand.end
                    ref = (last.date, last.date_end, last.precision)
                    previous_end = cand.end
                    continue
            cand.date, cand.date_end, cand.precision = value
            if (cand.anaphor == ("period", None) or cand.anaphor[0] == "same_period") and value[0] != value[1]:
                cand.kind = "range"  # "during the reporting period", "the same period of 2024": a range
            if cand.kind == "point":
                _wrap_since_until(text, cand, dct, previous_end)
            if cand.anaphor[0] not in ("since", "began"):
                ref = (value[0], value[1], value[2])
        else:
            entry = _RE_LIST_ENTRY_AFTER.match(text, cand.end) is not None \
                and _RE_LINE_OPEN.search(text, max(0, cand.start - 8), cand.start) is not None
            if cand.reanchor is not None and anchor_year is not None:
                span = cand.reanchor(anchor_year)
                if span is not None:
                    cand.date, cand.date_end = span
            elif entry and cand.reanchor is not None and list_year is not None:
                # a chronology: "June 2023: ...", then "Nov. 4-5: ..." is in 2023, and a later entry
                # that comes earlier in the year ("Jan. 11 - ...") is in the next
                span = cand.reanchor(list_year)
                if span is not None and span[0] < list_last:
                    span = cand.reanchor(list_year + 1)
                if span is not None:
                    cand.date, cand.date_end = span
            if entry and (cand.year is not None or cand.reanchor is not None and list_year is not None):
                list_year, list_last = cand.date_end.year, cand.date
            if ref is not None and ref[2] == "day" and ref[0] == ref[1] and ref[0] < cand.date \
                    and _RE_NIGHT.fullmatch(text, cand.start, cand.end) \
                    and "\n" not in text[previous_end:cand.start].strip(" \t"):
                # "The clashes began on Monday evening ... Fighting spread overnight to Abu Salim":
                # in a paragraph telling of an earlier day, the night after that day
                cand.date, cand.date_end = ref[0], ref[0] + dt.timedelta(days=1)
            # (after "since X" the reference is X: "since 12 January ... That day, ...")
            background = out and _RE_AFTER_CLAUSE.match(text, previous_end, cand.start) is not None
            before_today = (before_today if before_today is not None else ref) \
                if _RE_TODAY.fullmatch(text, cand.start, cand.end) else None
            if not background:
                # "the fighting erupted on Thursday, after a blast on Wednesday ... Hours later":
                # a date in a clause of what came before stays out of the narrative's reference
                ref = (cand.date, cand.since_end if cand.kind == "since" and cand.since_end else cand.date_end,
                       cand.precision)
            if cand.kind == "point":
                _wrap_since_until(text, cand, dct, previous_end)
            if cand.kind == "since":
                began = (cand.date, cand.date, cand.precision)
            label = ascii_fold(text[max(0, cand.start - 40):cand.start])
            if any(word in label for word in _PERIOD_LABEL_WORDS) \
                    and _RE_PERIOD_LABEL.search(text, max(0, cand.start - 40), cand.start):
                period, period_end = (cand.date, cand.date_end, cand.precision), cand.end
            elif period is not None and period_end == previous_end and cand.kind == "point" \
                    and cand.precision == period[2] and cand.date > period[1] \
                    and _RE_RANGE_LINK.fullmatch(text, previous_end, cand.start):
                # "Reporting period: 27 October - 9 November 2025": the two ends are joined into
                # one range only after this pass, so the period runs on to the second
                period, period_end = (period[0], cand.date_end, period[2]), cand.end
            if cand.year is not None and cand.kind in ("point", "range"):
                anchor_year = cand.year
                # "The M23, which briefly held Goma in November 2012, seized the city in late
                # January": a year inside a relative clause anchors nothing after the clause
                relative = _RE_RELATIVE_OPEN.search(text, max(0, cand.start - 120), cand.start)
                close = text.find(",", cand.end) if relative else -1
                anchor_until = close if close >= 0 else (len(text) if relative else None)
        previous_end = cand.end
        out.append(cand)
    return out


def _find_days_iso(text: str, pos: int, endpos: int) -> Iterator[_Candidate]:
    for match in _RE_ISO.finditer(text, pos, endpos):
        y, m, d = int(match.group("y")), int(match.group("m")), int(match.group("d"))
        if 1 <= m <= 12 and _valid_day(y, m, d):
            day = dt.date(y, m, d)
            yield _Candidate(match.start(), match.end(), day, day, "day")
