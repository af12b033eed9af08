"""Language guessing."""
from __future__ import annotations

import pytest

from service.extract.language import detect_language


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The army said on Monday that shelling had hit the town of Kramatorsk.", "en"),
        ("Une frappe aérienne a touché la ville d'Alep le 7 octobre, selon les secours.", "fr"),
        ("El ataque del 15 de octubre mató a 46 civiles en la provincia de Homs, según la ONG.", "es"),
        ("Am 7. Oktober traf ein Luftangriff die Stadt Aleppo, wie die Organisation mitteilte.", "de"),
        ("قصفت طائرات حربية مدينة إدلب في 30 سبتمبر", "ar"),
        ("", "en"),
        ("Idlib Aleppo Homs", "en"),
        # English's "a" and the "al" of Arabic names are neither French nor Spanish
        ("A bomb went off on Tuesday as a truck passed, killing two officers.", "en"),
        ("A strike on al-Ghantu and al-Rastan left a crater.", "en"),
    ],
)
def test_detect_language(text, expected):
    assert detect_language(text) == expected


def test_an_ascii_text_is_weighed_by_the_same_words_as_any_other():
    """An ASCII text is cut into words at every byte that is no letter; the words are those of
    the pattern that cuts other texts (runs of letters, not digits nor "_")."""
    import random
    from collections import Counter

    from service.extract import language

    rnd = random.Random(5)
    alphabet = "the of le la der und el y_ '-.,1\n\tTHE Les"
    for _ in range(2000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(60)))
        fast = Counter(text.lower().encode().translate(language._LETTERS_ONLY).split())
        assert fast == Counter(w.encode() for w in map(str.lower, language._WORD.findall(text))), repr(text)
        # the answer is that of the same text with one letter beyond ASCII at its end
        assert detect_language(text) == detect_language(text + " é"), repr(text)
