"""Sentence splitting keeps offsets into the original text; cleaning keeps text readable."""
from __future__ import annotations

import pytest

from service.extract.text import clean, datelines, plain_punctuation, split_sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Strikes hit Idlib. Ten people died.", ["Strikes hit Idlib.", "Ten people died."]),
        ("Russia began on Sept. 30 to bomb. It said so.", ["Russia began on Sept. 30 to bomb.", "It said so."]),
        ("The U.S. and the U.N. met. Talks ended.", ["The U.S. and the U.N. met.", "Talks ended."]),
        ('"Such attacks may amount to war crimes." Luther said.', ['"Such attacks may amount to war crimes."', "Luther said."]),
        ("Headline without a stop\nFirst sentence of the body.", ["Headline without a stop", "First sentence of the body."]),
        ("Gen. Igor Konashenkov spoke. Dr. Ali Hassan replied!", ["Gen. Igor Konashenkov spoke.", "Dr. Ali Hassan replied!"]),
        ("J. Smith wrote it. Was it true? Yes.", ["J. Smith wrote it.", "Was it true?", "Yes."]),
        ("\n\n  -\n  \n", []),
        ("Am 7. Oktober traf ein Luftangriff Aleppo. Es gab Tote.", ["Am 7. Oktober traf ein Luftangriff Aleppo.", "Es gab Tote."]),
    ],
)
def test_split_sentences(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_every_sentence_is_the_text_at_its_offsets():
    text = "  A strike hit Aleppo on Oct. 7.\n\nIt killed 12.  Medics said so…  Another line\nEnd."
    sentences = split_sentences(text)
    assert len(sentences) == 5
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.text


def test_clean_drops_control_characters_and_lone_surrogates_but_keeps_lines():
    assert clean("Aleppo\x00 strike\x07\n\tnext\ud800 line") == "Aleppo strike\n\tnext line"
    assert clean("Cafe\u0301") == "Café"


def test_plain_punctuation_keeps_one_character_for_one():
    text = "Russia’s “war” – ‘now’"
    plain = plain_punctuation(text)
    assert plain == "Russia's \"war\" - 'now'"
    assert len(plain) == len(text)


@pytest.mark.parametrize("text, head, rest", [
    ("KABUL - The", "KABUL", " - "),
    ("MOSCOW/BEIRUT (Reuters) - Russian jets", "MOSCOW/BEIRUT", " (Reuters) - "),
    ("KRAMATORSK, Ukraine, June 28 (Reuters) - A missile", "KRAMATORSK", ", Ukraine, June 28 (Reuters) - "),
    ("Lead paragraph.\n  PORT-AU-PRINCE, Haiti - Gangs", "PORT-AU-PRINCE", ", Haiti - "),
    ("JAMUNDÍ - Police arrested", "JAMUNDÍ", " - "),
    ("GENEVA (UN News) — Attacks", "GENEVA", " (UN News) — "),
    # a town in title case, then its agency in brackets
    ("Catechist killed\n\nLichinga (MNS) - A catechist", "Lichinga", " (MNS) - "),
    ("Goma (Reuters) - Fighting resumed", "Goma", " (Reuters) - "),
    # a town in title case and a colon opening the lede, after a headline and a time stamp
    ("Assam: Three held after clash in Kokrajhar\n\nNortheast Desk | Updated: Mar 2, 2026, 09:10 IST\n\n"
     "Guwahati: Three men were arrested after a clash between two groups in Kokrajhar district on Sunday, police said.",
     "Guwahati", ":"),
])
def test_a_dateline_is_found_once_for_every_module(text, head, rest):
    (line,) = datelines(text)
    assert (text[line.start:line.head_end], text[line.head_end:line.end]) == (head, rest)


@pytest.mark.parametrize("text", [
    "Related: What is known so far",          # not upper case
    "KEY FIGURES\n- 214 fatalities",          # a heading, then a list
    "- 3 May, Douentza (Mopti): JNIM fighters",
    "Troops said. KABUL - x",                 # not at a line's start
    "The Army (AA) - fighters said.",          # a name with its article, in title case
    "Fighting in Goma (Nord Kivu) - a summary",  # words of a sentence before the brackets
    "NORTH AND EAST REGIONS: TROOPS REPEL ATTACK ON CONVOY",  # a heading on regions
    "BORNO STATES: a summary",
    # a headline, not a lede: it does not end as a sentence does
    "Kaduna: Gunmen abduct 14 worshippers from a church in Kajuru\n\nGunmen abducted 14 worshippers on Sunday.",
    # a live blog's entries, several to an article
    "LIVE\n\nGaza: Israeli strikes killed 12 people in Khan Younis overnight, medics said.\n\n"
    "Rafah: Two aid workers were shot near the crossing on Tuesday morning, the UN said.",
    # a round-up's entry after the first paragraph, which ended as a sentence
    "The war has gone on for two years.\n\nLate October: Fighters overran three villages near the river and burned them.",
    # a short line
    "Khartoum: Shelling resumed.",
    # a chronology's one entry, dated by its head
    "Mid-March: Fighters overran three villages near the river and burned them.",
])
def test_what_is_not_a_dateline(text):
    assert datelines(text) == ()


def test_a_sentence_longer_than_any_of_news_is_cut_into_pieces_after_a_clause_mark():
    from service.extract.text import MAX_SENTENCE, split_sentences

    unit = "earlier this week gunmen attacked the post, "
    text = unit * 400  # no full stop in 17 600 characters
    sentences = split_sentences(text)
    assert len(sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE for s in sentences)
    assert all(text[s.start:s.end] == s.text and s.text.endswith(",") for s in sentences[:-1])
    # nothing is lost between the pieces
    assert "".join(text[a.end:b.start] for a, b in zip(sentences, sentences[1:])).strip() == ""
    # an ordinary sentence is left whole
    assert [s.text for s in split_sentences("Gunmen attacked the post on Monday. Two died.")] == [
        "Gunmen attacked the post on Monday.", "Two died."]


def test_the_abbreviations_of_security_briefs_end_no_sentence():
    from service.extract.text import split_sentences
    text = "Bandits ATK police div. HQ in Faskari; 3 KIA incl. 2 police. Next issue: Fri 27 Jun."
    assert [s.text for s in split_sentences(text)] == [
        "Bandits ATK police div. HQ in Faskari; 3 KIA incl. 2 police.", "Next issue: Fri 27 Jun."]


def test_a_line_of_a_place_and_a_date_is_where_a_release_was_issued():
    from service.extract.text import datelines
    text = "PRESS RELEASE\nAddis Ababa, 1 December 2025 (Hidar 22, 2018 E.C.)\n\nThe army said ..."
    (line,) = datelines(text)
    assert text[line.start:line.head_end] == "Addis Ababa"
    # a sentence that opens with a place and a date is no such line
    assert datelines("Kabul, 12 March 2025, was quiet until the blast.\n") == ()


def test_a_date_that_ends_in_an_abbreviated_month_ends_its_sentence():
    text = "Troops clashed near Hsenwi from 26 to 28 Jan. China's special envoy visited Lashio 20-21 Jan."
    assert [x.text for x in split_sentences(text)] == [
        "Troops clashed near Hsenwi from 26 to 28 Jan.", "China's special envoy visited Lashio 20-21 Jan."]
    assert len(split_sentences("The truce was agreed in Kunming in late Oct. Despite it, jets bombed Namhkam.")) == 2
    # an abbreviated month before its day or its year goes on
    assert len(split_sentences("The offensive began on Jan. 5 and ended on Feb. 2. Talks followed.")) == 2
    assert len(split_sentences("It was signed on 28 Jan. 2025 in Doha.")) == 1


def test_datelines_are_the_same_when_every_line_is_tried(monkeypatch):
    import random
    import re

    from service.extract import text as text_module

    rnd = random.Random(8)
    pieces = ["KABUL", " - ", "Goma (Reuters) - ", ", Ukraine, June 28", " (AFP)", ": ", "\n", "\r\n", "Addis Ababa",
              ", 1 December 2025", "The army said", " ", "\t", "—", "NORTH AND SOUTH REGIONS: "]
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(10))) for _ in range(600)]
    gated = [text_module.datelines.__wrapped__(t) for t in texts]
    monkeypatch.setattr(text_module, "_DASH_AFTER", re.compile(""))  # every line holds one
    assert [text_module.datelines.__wrapped__(t) for t in texts] == gated
