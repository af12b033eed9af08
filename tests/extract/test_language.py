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
