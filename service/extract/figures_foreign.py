"""Casualty figures (killed, injured) in one clause of French, Spanish, German or Arabic news text.

The English rules of :mod:`service.extract.figures` read the structure of a clause; here each
language has a few patterns, one for each way its press states a toll:

* a count, then within three words a word of death or injury: "12 civils ont été tués",
  "al menos 30 muertos", "kamen 12 Menschen ums Leben", "14 قتيلاً";
* a verb or noun of killing or wounding, then the count: "tuant 12 personnes", "mató a 5
  soldados", "tötete 12 Menschen", "مقتل 14 مدنياً", "وأصيب أكثر من 30".

Values follow ACLED's conservative coding, as in English: "au moins / más de / mindestens / أكثر
من 30" is 30, "des dizaines / decenas / Dutzende / عشرات" 12, "des centaines / cientos / Hunderte
/ مئات" 100, "une dizaine / una decena" 10. A breakdown ("dont 5 enfants", "entre ellos 5
niños", "darunter 5 Kinder", "بينهم 5 أطفال") is not added; separate counts of one kind are.
"""
from __future__ import annotations

import re

from service.extract.timex import AR_DIGITS, FOREIGN_NUMBERS

# The vague quantities, by language, beside the numbers written as words.
_VAGUE: dict[str, dict[str, int]] = {
    "fr": {"une dizaine": 10, "une douzaine": 12, "une vingtaine": 20, "une trentaine": 30,
           "une cinquantaine": 50, "une centaine": 100, "des dizaines": 12, "des centaines": 100,
           "des milliers": 1000},
    "es": {"una decena": 10, "una docena": 12, "una veintena": 20, "decenas": 12, "cientos": 100,
           "centenares": 100, "miles": 1000},
    "de": {"dutzende": 12, "hunderte": 100, "tausende": 1000},
    "ar": {"عشرات": 12, "مئات": 100, "آلاف": 1000},
}
_WORDS = {lang: {**FOREIGN_NUMBERS[lang], **vague} for lang, vague in _VAGUE.items()}
# Words that bound a count, all read as the number itself.
_QUALIFIERS = {
    "fr": r"au\s+moins|plus\s+de|près\s+de|environ|quelque|jusqu['’]à",
    "es": r"al\s+menos|por\s+lo\s+menos|más\s+de|cerca\s+de|unos|unas|alrededor\s+de|hasta",
    "de": r"mindestens|mehr\s+als|fast|rund|etwa|über|bis\s+zu|knapp",
    "ar": r"ما\s+لا\s+يقل\s+عن|أكثر\s+من|نحو|حوالي|قرابة",
}
# A count that follows these words is part of a count before it.
_BREAKDOWN = {
    "fr": r"dont|parmi\s+(?:eux|elles|lesquels|lesquelles)|y\s+compris|notamment",
    "es": r"entre\s+(?:ellos|ellas|los\s+que|las\s+que)|incluidos|incluidas|de\s+los\s+cuales|de\s+las\s+cuales",
    "de": r"darunter|unter\s+ihnen|davon",
    "ar": r"بينهم|بينهن|منهم|منهن|من\s+بينهم",
}
# (kind, the words after a count, the words before it) by language.
_HARM = {
    "fr": (
        ("killed", r"(?:ont\s+été\s+|a\s+été\s+|sont\s+|est\s+|avaient\s+été\s+|auraient\s+été\s+|ont\s+|a\s+)?"
                   r"(?:tuée?s?|morte?s?|assassinée?s?|exécutée?s?|décès|péri|perdu\s+la\s+vie)",
         r"tuant|a\s+tué|ont\s+tué|avait\s+tué|a\s+coûté\s+la\s+vie\s+à|la\s+mort\s+de|le\s+décès\s+de|"
         r"massacrant"),
        ("injured", r"(?:ont\s+été\s+|a\s+été\s+|sont\s+|est\s+)?blessée?s?",
         r"blessant|a\s+blessé|ont\s+blessé"),
    ),
    "es": (
        ("killed", r"(?:resultaron\s+)?(?:muertos|muertas|fallecidos|fallecidas|asesinados|asesinadas|murieron|"
                   r"fallecieron|perdieron\s+la\s+vida|muerto|muerta|murió|falleció)",
         r"mató\s+a|mataron\s+a|matando\s+a|asesinó\s+a|asesinaron\s+a|asesinando\s+a|la\s+muerte\s+de|"
         r"murieron|fallecieron"),
        ("injured", r"(?:resultaron\s+|resultó\s+)?(?:heridos|heridas|herido|herida|lesionados|lesionadas)",
         r"hirió\s+a|hirieron\s+a|hiriendo\s+a"),
    ),
    "de": (
        ("killed", r"(?:Tote|Toten|Todesopfer|getötet|starben|ums\s+Leben|tot)",
         r"tötete|töteten|tötet|den\s+Tod\s+von|starben"),
        ("injured", r"(?:Verletzte|Verletzten|verletzt|verwundet|Verwundete)",
         r"verletzte|verletzten"),
    ),
    "ar": (
        ("killed", r"(?:قتلى|قتيلا|قتيلاً|قتيل|شهداء|شهيدا|شهيداً)",
         r"و?(?:مقتل|قتل|قُتل|قَتل|استشهاد|استشهد|سقوط)"),
        ("injured", r"(?:جرحى|جريحا|جريحاً|مصابين|مصابا|مصاباً)",
         r"و?(?:إصابة|أصيب|أُصيب|جرح|جُرح)"),
    ),
}


def _regexes(lang: str) -> list[tuple[str, re.Pattern, re.Pattern]]:
    words = sorted(_WORDS[lang], key=len, reverse=True)
    number = (r"(?P<n>[0-9٠-٩]{1,3}(?:[ .,\u00a0\u202f][0-9]{3})+(?![0-9])|[0-9٠-٩]+|"
              + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")")
    count = rf"(?:(?:{_QUALIFIERS[lang]})\s+)?{number}"
    conjunction = "و?" if lang == "ar" else ""  # Arabic "and" is written onto the next word: "و20 جريحا"
    out = []
    for kind, after, before in _HARM[lang]:
        out.append((kind,
                    re.compile(rf"(?<!\w){conjunction}{count}\s+(?:[^\W\d]+\s+){{0,3}}?(?:{after})(?!\w)",
                               re.IGNORECASE),
                    re.compile(rf"(?<!\w)(?:{before})\s+{count}(?![\w.,:]?\d)", re.IGNORECASE)))
    return out


_REGEXES = {lang: _regexes(lang) for lang in _HARM}
_BREAKDOWN_RES = {lang: re.compile(rf"(?<!\w)(?:{words})\s+$", re.IGNORECASE) for lang, words in _BREAKDOWN.items()}


def _value(lang: str, text: str) -> int | None:
    text = " ".join(text.lower().split())
    if text in _WORDS[lang]:
        return _WORDS[lang][text]
    digits = re.sub(r"[ .,\u00a0\u202f]", "", text.translate(AR_DIGITS))
    return int(digits) if digits.isdigit() else None


def foreign_casualties(text: str, lang: str) -> tuple[int | None, int | None]:
    """(killed, injured) stated in ``text``, a clause in ``lang`` ('fr', 'es', 'de' or 'ar');
    (None, None) for another language or when it states none."""
    if lang not in _REGEXES:
        return None, None
    totals: dict[str, int | None] = {"killed": None, "injured": None}
    taken: list[tuple[int, int]] = []  # spans of the counts read, so none is read twice
    for kind, after, before in _REGEXES[lang]:
        for regex in (after, before):
            for match in regex.finditer(text):
                span = match.span("n")
                if any(s < span[1] and span[0] < e for s, e in taken):
                    continue
                if _BREAKDOWN_RES[lang].search(text, max(0, match.start() - 24), match.start()):
                    continue
                value = _value(lang, match.group("n"))
                if value is None or 1800 <= value <= 2100 and not match.group("n").isalpha():
                    continue  # a year is no count
                taken.append(span)
                totals[kind] = (totals[kind] or 0) + value
    return totals["killed"], totals["injured"]
