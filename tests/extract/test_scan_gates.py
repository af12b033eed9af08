"""Tests for the scan gates (service.extract.text): the words read from a pattern must be in
every text the pattern matches, so that skipping a scan when they are absent changes nothing."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from service.extract import actors, events, figures, places, timex
from service.extract.events import extract_events
from service.extract.text import Gates, ascii_fold, required_words, split_sentences

SENTENCES = [
    "Russian warplanes struck Aleppo on Monday, killing 12 civilians, medics said.",
    "AIR STRIKES HIT THE TOWN OF IDLIB ON TUESDAY, THE OBSERVATORY SAID.",
    "The ministry denied on Wednesday that its forces had shelled the market.",
    "A car bomb exploded near a checkpoint in Mosul late on Friday.",
    "Clashes between the army and rebels left 20 fighters dead, according to activists.",
    "The Syrian Observatory for Human Rights said in a report published on Sunday that 300 people died.",
    "The two sides signed a ceasefire agreement in Geneva on 3 March.",
    "An earthquake struck the region on Saturday.",
    "Gunmen abducted 40 villagers and set fire to homes on Thursday.",
    "The rebels claimed responsibility for the ambush, which killed six soldiers.",
    "Les frappes aériennes ont tué 12 civils, a déclaré le ministère.",
    "Die Luftangriffe töteten nach Angaben der Behörden 12 Menschen.",
    "قال المرصد إن غارات جوية قتلت 12 مدنيا",
    "ſhelling and drone ſtrikes were reported by the UN ſpokesman.",  # "ſ" matches "s" under re.I
    "KILLED IN A DRONE STRIKE, THE OFFICIALS SAID.",
]


def _patterns() -> list[tuple[str, re.Pattern]]:
    found = []
    for module in (events, timex, actors, places, figures):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found.append((f"{module.__name__}.{name}", value))
    found += [(f"events._MEANS[{kind}]", pattern) for kind, pattern in events._MEANS.items()]
    return found


def test_ascii_fold_maps_what_ignorecase_matches_to_ascii():
    assert ascii_fold("Aleppo") == "aleppo"
    # the four characters beyond ASCII that re.IGNORECASE matches to an ASCII letter
    assert ascii_fold("ſpokesman \u212aabul \u0130dlib \u0131dlib") == "spokesman kabul idlib idlib"
    assert len(ascii_fold("İİ é Σ")) == len("İİ é Σ")


def test_required_words_of_simple_patterns():
    assert required_words(re.compile(r"\b(?:air ?strikes?|shell(?:ing|ed)?)\b", re.I)) == ("shell", "strike")
    assert required_words(re.compile(r"(?i:spokes(?:man|woman))")) == ("spokes",)
    assert required_words(re.compile(r"Sept?\.? \d+")) == ("sep",)
    # nothing certain: an optional part, a class, a pattern that may match anything
    assert required_words(re.compile(r"(?:foo)?\d+")) is None
    assert required_words(re.compile(r"[A-Z]\w+")) is None
    assert required_words(re.compile(r"foo|\w+")) is None


@pytest.mark.parametrize("name,pattern", _patterns(), ids=lambda v: v if isinstance(v, str) else "")
def test_a_pattern_matches_only_where_its_words_are(name, pattern):
    words = required_words(pattern)
    if words is None:
        return
    texts = SENTENCES + [s.upper() for s in SENTENCES] + [s.lower() for s in SENTENCES]
    for text in texts:
        if pattern.search(text):
            low = ascii_fold(text)
            assert any(word in low for word in words), (name, text, words)


def test_gates_answer_as_the_words_do():
    digits = re.compile(r"\d+")
    gates = Gates([events._HARM, events._COUP, digits])
    low = ascii_fold("Three people were KILLED.")
    present = gates.present(low)
    assert gates.may(events._HARM, present)
    assert not gates.may(events._COUP, present)
    assert gates.may(digits, present)  # no words: always scanned
    assert gates.may(re.compile("not given"), present)
    assert gates.open_for(low) == {id(events._HARM), id(digits)}
    assert gates.knows(digits) and not gates.knows(re.compile("not given"))


def test_means_counted_by_sentence_equal_a_count_over_the_whole_text():
    text = " ".join(SENTENCES) + "\n\nAir\nstrikes. Drone strikes hit.\n" + "Shelling... shelling!\n"
    sentences = split_sentences(text)
    context = events._article_context(text, [], sentences, events._Scans(text))
    counts = {kind: len(pattern.findall(text)) for kind, pattern in events._MEANS.items()}
    expected_kind = max(counts.items(), key=lambda i: (i[1], -events._SPECIFIC_MEANS.index(i[0])))[0]
    assert context.dominant_means == expected_kind
    assert context.hazard == (len(events._HAZARD.findall(text)) > sum(counts.values()))


def test_extraction_is_the_same_with_gates_that_never_skip(monkeypatch):
    text = "\n".join(SENTENCES)
    published = dt.date(2024, 3, 10)
    gated = extract_events(text, published)
    assert gated
    monkeypatch.setattr(Gates, "open_for", lambda self, low: set(self._words))
    assert extract_events(text, published) == gated


def test_folded_patterns_find_the_spans_of_the_case_insensitive_ones():
    folded = [(pattern, events._FOLDED[id(pattern)]) for pattern in events._GATED if id(pattern) in events._FOLDED]
    assert len(folded) >= 20
    texts = SENTENCES + [s.upper() for s in SENTENCES] + ["Luftschläge, LUFTSCHLÄGE; \u212aämpfe and ıeds, İEDs"]
    for text in texts:
        low = ascii_fold(text)
        for original, pattern in folded:
            assert [m.span() for m in pattern.finditer(low)] == [m.span() for m in original.finditer(text)], text


def test_patterns_with_lookbehinds_and_escaped_punctuation_are_folded_and_case_escapes_are_not():
    assert id(events._CAMPAIGN) in events._FOLDED  # "(?<=troops\\s)"
    assert events._foldable(re.compile(r"(?<!\w)a\.b\s", re.I))
    assert not events._foldable(re.compile(r"a\S+b", re.I))  # lower-cased, \S would be \s
    assert not events._foldable(re.compile(r"(?P<Word>a)", re.I))
    assert not events._foldable(re.compile(r"(?-i:A)b", re.I))
    assert not events._foldable(re.compile(r"ab"))


def test_the_words_that_gate_since_and_until_are_those_of_their_patterns():
    assert required_words(timex._RE_SINCE_BEFORE) == ("since",)
    assert set(required_words(timex._RE_UNTIL_BEFORE)) == set(timex._UNTIL_WORDS)


def test_with_first_chars_finds_the_same_matches():
    from service.extract.text import with_first_chars

    assert with_first_chars(re.compile(r"x*")).pattern == "x*"  # may match empty: left alone
    assert with_first_chars(re.compile(r".y")).pattern == ".y"  # may start anywhere
    assert with_first_chars(re.compile(r"\b(?:an?|the)\s+(?:big )?cat")).pattern.startswith("(?=[at])")
    assert with_first_chars(re.compile(r"(?:a|)b")).pattern.startswith("(?=[ab])")
    # a part read ignoring case is looked for in a class read so too; global flags are left alone
    assert with_first_chars(re.compile(r"\b(?i:the)\s+May")).pattern.startswith("(?=(?i:[t]))")
    assert with_first_chars(re.compile(r"\b(?:(?i:last)\s+)?(?:Monday|Friday)")).pattern.startswith("(?=[MF]|(?i:[l]))")
    assert with_first_chars(re.compile(r"(?-i:[A-Z])x|y", re.I)).pattern.startswith("(?=[y]|(?-i:[A-Z]))")
    assert with_first_chars(re.compile(r"(?m)^May")).pattern == "(?m)^May"
    texts = SENTENCES + [s.upper() for s in SENTENCES] + ["ſhelling \u212aabul \u0130dlib, the 12 cats",
                                                          "\u0130N THE \u212aILLINGS ſINCE ıT BEGAN"]
    for name, pattern in _patterns():
        faster = with_first_chars(pattern)
        for text in texts:
            assert [(m.span(), m.groups()) for m in faster.finditer(text)] == \
                [(m.span(), m.groups()) for m in pattern.finditer(text)], (name, text)


def test_the_words_that_gate_a_reporting_period_label_are_those_of_its_pattern():
    assert set(required_words(timex._RE_PERIOD_LABEL)) == set(timex._PERIOD_LABEL_WORDS)
