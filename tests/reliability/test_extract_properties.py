"""Property tests: the extractor takes any Unicode text without failing, and every event it gives is valid.

Bounded: a handful of large texts (up to 100 000 characters) and more small ones; no deadline,
since speed is measured by ``make bench``, not here.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas.event import ExtractedEventSchema
from service.extract.events import extract_events

SCHEMA = ExtractedEventSchema()
MAX_LARGE = 100_000

# News-like fragments, so that arbitrary text also holds dates, places, figures and attributions.
FRAGMENTS = [
    "Russian warplanes struck Aleppo on Monday, killing 12 civilians, medics said. ",
    "On 7 October, a shell hit the market in Douma, killing at least five and wounding 20. ",
    "The Kremlin denied on Thursday that its jets had struck civilians.",
    "Une frappe aérienne a touché Alep le 7 octobre. ",
    "El 3 de octubre un ataque aéreo alcanzó Kunduz. ",
    "قصفت الطائرات مدينة حلب يوم الاثنين ",
    "Between September and November, 200 people were killed in Homs, a monitoring group said.\n\n",
    "KABUL (Reuters) - ", "last month", "earlier this week", "Sept. 30", "U.S.", "Su-24", "...",
    "“", "”", "\u200d", "\r\n", "\t", " ", "\n", "\u2028", "1,000", "-5", "99999999999999999999",
]
pieces = st.one_of(st.text(max_size=300), st.sampled_from(FRAGMENTS))
published = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


def large_text(parts: list[str], size: int) -> str:
    """``parts`` joined and repeated up to ``size`` characters."""
    unit = "".join(parts) or "x"
    return (unit * (size // len(unit) + 1))[:size]


def check(text: str, date: dt.date) -> None:
    """Every event is valid against its schema, and its quote is the text between its offsets."""
    events = extract_events(text, date)
    assert isinstance(events, list)
    for event in events:
        assert SCHEMA.validate(SCHEMA.dump(event)) == {}, event
        assert 0 <= event["start"] < event["end"] <= len(text)
        assert text[event["start"]:event["end"]] == event["quote"]
        assert event["date"] <= event["date_end"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.lists(pieces, max_size=20).map("".join), date=published)
def test_small_arbitrary_text(text, date):
    check(text, date)


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])
@given(parts=st.lists(pieces, min_size=1, max_size=30), size=st.integers(10_000, MAX_LARGE), date=published)
def test_large_arbitrary_text(parts, size, date):
    check(large_text(parts, size), date)


def test_the_largest_text_at_the_bound():
    text = large_text(FRAGMENTS, MAX_LARGE)
    assert len(text) == MAX_LARGE
    check(text, dt.date(2015, 12, 23))
    assert extract_events(text, dt.date(2015, 12, 23))  # news fragments do give events
