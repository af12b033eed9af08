"""Crafted values that generated cases rarely reach: a cursor edited by hand, the calendar's edges,
dates in article text that no calendar has. Whatever they hold, the answer is JSON and no 5xx."""
from __future__ import annotations

import base64
import json
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas.fields import PRECISIONS

# Values of the types a cursor holds, at their edges: integers past 64 bits, texts with lone
# surrogates or control characters; and, sometimes, a value of another type
_INTS = st.integers(min_value=-(2 ** 70), max_value=2 ** 70) | st.sampled_from((2 ** 63, -(2 ** 63) - 1, 2 ** 64, 0, -1))
_TEXTS = st.text(alphabet=st.characters(codec=None, exclude_categories=()) | st.characters(min_codepoint=0xD800,
                                                                                          max_codepoint=0xDFFF),
                 max_size=12)
_OTHERS = st.none() | st.booleans() | st.floats(allow_nan=True) | st.lists(_INTS, max_size=2)
# the shape of each list's cursor: a sort key and the id
_SHAPES = {"date": (_TEXTS, _INTS), "-date": (_TEXTS, _INTS), "source_count": (_INTS, _TEXTS, _INTS),
           "killed": (_INTS, _TEXTS, _INTS), "articles": (_INTS,)}


@st.composite
def _cursor_values(draw, shape: str) -> list:
    return [draw(kind | _OTHERS if draw(st.integers(0, 9)) == 0 else kind) for kind in _SHAPES[shape]]


_SORTS = ("date", "-date", "source_count", "killed")
_DAYS = ("0001-01-01", "0001", "0001-12", "1899-12-31", "2015-02-28", "2016-02-29", "9999-01-01", "9999-12",
         "9999-12-31", "9999")


def _cursor(values) -> str:
    """A cursor holding ``values``, encoded as the service encodes its own."""
    raw = json.dumps(values, ensure_ascii=False).encode("utf-8", "surrogatepass")
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _no_server_error(response) -> dict:
    assert response.status_code < 500, (response.status_code, response.get_data(as_text=True)[:300])
    assert response.is_json
    return response.get_json()


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data(), shape=st.sampled_from((*_SORTS, "articles")))
def test_an_edited_cursor_is_a_page_or_a_400_naming_the_cursor(seeded, data, shape):
    values = data.draw(_cursor_values(shape))
    path = "/articles" if shape == "articles" else f"/events?sort={shape}&"
    response = seeded.get(path + ("?" if shape == "articles" else "") + f"cursor={_cursor(values)}")
    body = _no_server_error(response)
    if response.status_code == 400:
        assert "cursor" in body["error"]["fields"]


@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
@given(start=st.sampled_from(_DAYS + ("",)), end=st.sampled_from(_DAYS + ("",)),
       interval=st.sampled_from(("day", "week", "month", "year")), events=st.booleans())
def test_the_calendars_edges_never_fail_a_timeline(seeded, start, end, interval, events):
    query = f"/timeline?interval={interval}&events={str(events).lower()}"
    query += f"&from={start}" if start else ""
    query += f"&to={end}" if end else ""
    body = _no_server_error(seeded.get(query))
    if "buckets" in body:
        assert all(b["start"] <= b["end"] <= "9999-12-31" for b in body["buckets"])


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(day=st.integers(min_value=0, max_value=40), month=st.sampled_from(("January", "February", "April", "June")),
       year=st.sampled_from(("", " 0001", " 1600", " 2015", " 2999", " 9999", " 10000")),
       second=st.integers(min_value=0, max_value=40))
def test_dates_no_calendar_has_give_no_day_out_of_its_range(client, day, month, year, second):
    text = f"An air strike hit Aleppo from {day} {month} to {second} {month}{year}, killing 5 people, activists said."
    response = client.post("/articles", json={"source": f"s{day}-{second}{year}", "published_at": "2015-12-23",
                                              "text": text})
    body = _no_server_error(response)
    for event in body.get("events", []):
        assert event["date"] <= event["date_end"] <= "2015-12-23"
        assert event["precision"] in ("day", "week", "month", "year")


_GOLD_TEXTS = sorted((Path(__file__).resolve().parents[1] / "gold").glob("own_*.json"))


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data(), index=st.integers(min_value=0, max_value=len(_GOLD_TEXTS) - 1),
       tail=st.sampled_from(("", ", a", "\nan", "; a.", " the", ",", "'s")))
def test_any_piece_of_an_article_is_read_without_failing(data, index, tail):
    # a wire cut off mid-sentence, a fragment posted alone: the extractor reads any slice of real
    # text, ended anyhow ("Gao, a" at the very end once read past the last word), and every event
    # it finds lies inside the text with its precision
    from datetime import date

    from service.extract.events import extract_events

    text = json.loads(_GOLD_TEXTS[index].read_text(encoding="utf-8"))["text"]
    ends = [m.end() for m in re.finditer(r"\w+", text)]  # cut after a word: a name is often last
    end = data.draw(st.sampled_from(ends))
    start = data.draw(st.integers(min_value=max(0, end - 600), max_value=end))
    piece = text[start:end] + tail
    for event in extract_events(piece, date(2025, 6, 1)):
        assert 0 <= event["start"] <= event["end"] <= len(piece)
        assert event["precision"] in PRECISIONS


_CASE_TWINS = {"i": "ı", "I": "İ", "s": "ſ", "k": "\u212a", "K": "\u212a"}


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data(), index=st.integers(min_value=0, max_value=len(_GOLD_TEXTS) - 1))
def test_letters_that_match_ascii_ones_ignoring_case_never_fail_a_read(data, index):
    # "thıs year", "yeſterday": a dotless i, a long s or the Kelvin sign, which a pattern ignoring case
    # takes for an ASCII letter, put anywhere in real text (one such word once failed the article)
    from datetime import date

    from service.extract.events import extract_events

    text = json.loads(_GOLD_TEXTS[index].read_text(encoding="utf-8"))["text"][:1500]
    places = [i for i, ch in enumerate(text) if ch in _CASE_TWINS]
    chosen = set(data.draw(st.lists(st.sampled_from(places), min_size=1, max_size=40))) if places else set()
    twisted = "".join(_CASE_TWINS[ch] if i in chosen else ch for i, ch in enumerate(text))
    for event in extract_events(twisted, date(2025, 6, 1)):
        assert 0 <= event["start"] <= event["end"] <= len(twisted)
        assert event["precision"] in PRECISIONS


def test_a_date_written_with_a_dotless_i_is_stored_not_a_500(client):
    body = {"text": "Gunmen killed five people in Kabul laſt week, and thıs year's toll passed 40.",
            "source": "wire", "published_at": "2025-06-01"}
    response = client.post("/articles", json=body)
    assert response.status_code == 201, response.get_data(as_text=True)[:300]
    assert sorted((e["date"], e["precision"], e["killed"]) for e in response.get_json()["events"]) == [
        ("2025-01-01", "year", 40), ("2025-05-19", "week", 5)]
