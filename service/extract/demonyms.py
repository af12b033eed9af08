"""Words of nationality ("Syrian", "Syrians"), kept once in ``data/demonyms.json``.

Places count them as mentions of the country a text is about; actors read them as the
demonyms of that country's state ("Russian air strikes" names Russia).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).parent / "data" / "demonyms.json"


@lru_cache(maxsize=1)
def by_country() -> dict[str, tuple[str, ...]]:
    """Each ISO 3166 country code with its words of nationality, as news writes them."""
    raw = json.loads(_DATA.read_text(encoding="utf-8"))["by_country"]
    return {code: tuple(words) for code, words in raw.items()}


@lru_cache(maxsize=1)
def country_of() -> dict[str, str]:
    """Each word of nationality, lower-cased, with its country code."""
    return {word.lower(): code for code, words in by_country().items() for word in words}
