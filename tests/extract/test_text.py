"""Sentence splitting keeps offsets into the original text; cleaning keeps text readable."""
from __future__ import annotations

import pytest

from service.extract.text import clean, plain_punctuation, split_sentences


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
