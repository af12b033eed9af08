"""Casualty figures in French, Spanish, German and Arabic clauses, and in the events of such articles."""
from __future__ import annotations

import datetime as dt

import pytest

from service.extract.events import extract_events
from service.extract.figures_foreign import foreign_casualties


@pytest.mark.parametrize(("lang", "clause", "expected"), [
    # a count, then a word of death or injury
    ("fr", "Au moins 12 civils ont été tués et 30 autres blessés dans l'attaque.", (12, 30)),
    ("fr", "Un soldat a été tué près de la frontière.", (1, None)),
    ("es", "El ataque dejó al menos 30 muertos y decenas de heridos.", (30, 12)),
    ("de", "Bei dem Angriff kamen mindestens 12 Menschen ums Leben, 30 wurden verletzt.", (12, 30)),
    ("ar", "سقط 9 قتلى و20 جريحا في الغارة.", (9, 20)),
    # a verb of killing or wounding, then the count
    ("fr", "Des hommes armés ont tué 7 villageois, blessant 4 personnes.", (7, 4)),
    ("es", "Murieron 15 personas y 30 resultaron heridas.", (15, 30)),
    ("de", "Russische Drohnen töteten drei Zivilisten in Cherson.", (3, None)),
    ("ar", "قُتل 14 مدنياً على الأقل وأصيب أكثر من 30 آخرين في قصف مدفعي.", (14, 30)),
    ("ar", "أسفر القصف عن مقتل عشرات المدنيين.", (12, None)),
    # thousands written with a space or a point
    ("fr", "Le conflit a fait plus de 3 000 morts depuis janvier.", (3000, None)),
    ("de", "Seit Beginn der Kämpfe wurden 1.200 Menschen getötet.", (1200, None)),
    # a breakdown is not added
    ("fr", "L'explosion a fait une dizaine de morts, dont 5 enfants tués dans l'école.", (10, None)),
    ("es", "Los sicarios mataron a cinco personas, entre ellas dos niños asesinados en la casa.", (5, None)),
    ("de", "Die Armee tötete 20 Kämpfer, darunter zwei Kommandeure, die getötet wurden.", (20, None)),
    ("ar", "أسفر الهجوم عن مقتل 11 شخصا بينهم 4 قتلى من الأطفال.", (11, None)),
    # counts of no one harmed
    ("fr", "Les combats durent depuis 20 jours et 3 000 familles ont fui.", (None, None)),
    ("es", "La policía registró 3 ataques contra comercios.", (None, None)),
    ("de", "Die Armee meldete 63 abgeschossene Drohnen.", (None, None)),
    ("ar", "دمرت القوات 12 عربة مدرعة.", (None, None)),
    ("en", "Twelve people were killed.", (None, None)),
])
def test_foreign_casualties(lang, clause, expected):
    assert foreign_casualties(clause, lang) == expected


def test_an_event_in_another_language_carries_its_toll():
    text = ("Jeudi, des hommes armés ont attaqué le village de Sangha, dans le nord du pays, tuant au moins "
            "14 civils et blessant 9 autres.")
    events = extract_events(text, dt.date(2025, 6, 6))
    assert [(e["date"], e["killed"], e["injured"]) for e in events] == [(dt.date(2025, 6, 5), 14, 9)]


def test_the_day_in_a_foreign_date_counts_nobody():
    # "3 de marzo murieron" is no toll of 3
    events = extract_events("El 3 de marzo murieron 5 personas en un ataque aéreo contra el mercado de Aguililla.",
                            dt.date(2025, 3, 20), "es")
    assert [(e["date"], e["killed"]) for e in events] == [(dt.date(2025, 3, 3), 5)]
