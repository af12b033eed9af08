"""Words of nationality are kept once (data/demonyms.json) and read by both places and actors."""
from __future__ import annotations

from service.extract import demonyms
from service.extract.actors import find_actors, resolve_actor, state_of_country
from service.extract.places import find_places


def test_each_word_names_one_country():
    seen: dict[str, str] = {}
    for code, words in demonyms.by_country().items():
        assert len(code) == 2 and code.isupper()
        for word in words:
            assert seen.setdefault(word.lower(), code) == code, word
    assert demonyms.country_of()["syrians"] == "SY" and demonyms.country_of()["burkinabè"] == "BF"


def test_every_state_actor_reads_its_country_words():
    states = 0
    for code, words in demonyms.by_country().items():
        state = state_of_country(code)
        if state is None:
            continue
        states += 1
        for word in words:
            assert state in [a.id for a in resolve_actor(word)], (state, word)
    assert states >= 70


def test_a_word_added_once_serves_both():
    # Places: a nationality picks the country of an ambiguous name ("Tripoli" is in Libya and Lebanon).
    (tripoli,) = find_places("Lebanese officials said the convoy reached Tripoli.")
    assert tripoli.place.country_code == "LB"
    # Actors: the same word, before an act, names the state.
    assert [a.actor.id for a in find_actors("Lebanese officials denied the report.")] == ["lebanon"]
    # Countries with no state actor still tell places where a story is.
    (tripoli,) = find_places("Libyans in Tripoli queued for fuel.")
    assert tripoli.place.country_code == "LY"
