"""A nationality before "fighters": the state's forces, the company of that country the text ties them to, or, before
"of" a group of that country, part of the group's mention. Hand-built docs on invented sentences, no model."""

from __future__ import annotations

import pytest
import spacy

from footprint import nlp as nlp_mod
from footprint.actors import find_actors


@pytest.fixture(scope="module")
def sents():
    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    return pipe


def _found(sents, text: str):
    doc = sents(text)
    nlp_mod.prepare(doc, {"dct": "2024-06-01"})
    doc._.fp_places = []
    return [(m.text, m.actor_id) for m in find_actors(doc)]


def test_nationality_on_fighters_is_the_states_forces(sents):
    found = _found(sents, "The Russian fighters at the mine fired on a bus of traders.")
    assert ("Russian fighters", "armed_forces.ru") in found
    assert not any(text == "Russian" for text, _ in found)


def test_fighters_take_the_company_of_their_country_named_before(sents):
    found = _found(sents, "The Africa Corps took over the camp. The Russian fighters there began new patrols.")
    assert ("Russian fighters", "africa_corps") in found


def test_fighters_take_the_company_their_sentence_names_after_them(sents):
    found = _found(sents, "The Russian fighters at the dam belong to the Africa Corps, a diplomat said.")
    assert ("Russian fighters", "africa_corps") in found


def test_a_company_of_another_country_is_not_theirs(sents):
    found = _found(sents, "Wagner left the town. The Ukrainian fighters moved in a week later.")
    assert ("Ukrainian fighters", "armed_forces.ua") in found


def test_nationality_before_fighters_of_a_group_of_its_country_joins_the_group(sents):
    found = _found(sents, "Burkinabe fighters of the VDP retook the market town on Sunday.")
    assert ("Burkinabe fighters of the VDP", "vdp") in found
    assert not any(text == "Burkinabe" for text, _ in found)


class _OneSentenceOnly(dict):
    """Mentions by start token, refusing the walk over every key: a lookup per mention of the whole text's
    mentions is quadratic in a long report."""

    def __iter__(self):
        raise AssertionError("walked every mention of the text")

    def keys(self):
        raise AssertionError("walked every mention of the text")


def test_fighters_look_for_their_company_in_their_own_sentence_only():
    from footprint.actors.coref import _national_fighters
    from footprint.actors.matcher import Found
    from footprint.actors.registry import registry

    reg = registry()
    russia, corps = reg.get("armed_forces.ru"), reg.get("africa_corps")
    fighters = Found(1, 3, russia, via="demonym")
    # tokens 0-5 are the first sentence, 6-9 the second; the company is named in the second only
    sent = [0] * 6 + [1] * 4
    later = _OneSentenceOnly({7: [Found(7, 9, corps, via="name")]})
    assert _national_fighters(fighters, [], later, sent) is fighters
    same = _OneSentenceOnly({4: [Found(4, 6, corps, via="name")]})
    assert _national_fighters(fighters, [], same, sent).actor is corps
