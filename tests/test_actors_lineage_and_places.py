"""Lineage kept apart from identity (mergers keep their own key), names the tagger took for organisations that
are places, and a national phrase behind a quantifier, on hand-built docs (no model). Every sentence is invented."""

from __future__ import annotations

import pytest

from footprint.actors import matcher, registry
from footprint.fuse.clusters import default_actor_key
from tests.test_actors import mentions

# ``nlp`` is the blank pipeline with sentence boundaries of conftest.py


def found(nlp, text, ents=()):
    return [(m.text, m.actor_id, m.type) for m in mentions(nlp, text, ents)]


@pytest.fixture
def no_gazetteer(monkeypatch):
    monkeypatch.setattr(matcher, "known_place", lambda name: False)


# --- lineage: a merger is a new actor, a renaming the same one ---------------------------------------------------


def test_a_merger_keeps_its_own_key():
    key = default_actor_key()
    assert key("jnim", "JNIM") == "a:jnim"
    for ancestor in ("ansar_dine", "al_mourabitoun", "mujao", "al_mulathamun"):
        assert key(ancestor, ancestor) != key("jnim", "JNIM")
    assert key("fla", "FLA") == "a:fla"
    assert key("cma", "CMA") != key("fla", "FLA")


def test_a_renaming_is_one_line():
    key = default_actor_key()
    assert key("africa_corps", "Africa Corps") == key("wagner_group", "Wagner Group")
    assert key("issp", "ISSP") == key("isgs", "ISGS")
    assert key("csp_dpa", "CSP-DPA") == key("csp_psd", "CSP-PSD")


def test_lineage_stays_a_relation_in_the_registry():
    reg = registry()
    assert reg.successor("ansar_dine") is not None and reg.successor("ansar_dine").id == "jnim"
    assert reg.successor("al_mulathamun").id == reg.successor("mujao").id == "al_mourabitoun"


# --- places the tagger reads as organisations --------------------------------------------------------------------


@pytest.mark.parametrize("text, ents, place", [
    ("Gunmen burned granaries in the Tessit area on Sunday.", [("ORG", "Tessit")], "Tessit"),
    ("Bandits struck two hamlets of Kowa district overnight.", [("ORG", "Kowa")], "Kowa"),
    ("Bandits looted shops across the Toumbala Commune last week.", [("ORG", "Toumbala Commune")], "Toumbala"),
    ("Gunmen attacked cattle herders in Sirba town.", [("ORG", "Sirba")], "Sirba"),
])
def test_a_name_with_a_place_head_is_no_actor(nlp, no_gazetteer, text, ents, place):
    got = found(nlp, text, ents)
    assert not [m for m in got if place in m[0]]
    assert any(m[2] == "armed_group" for m in got)  # the attackers stay


@pytest.mark.parametrize("text, ents, name", [
    ("The Tessit Area Militia claimed the ambush.", [("ORG", "Tessit Area Militia")], "Tessit Area Militia"),
    ("The Kowa district council condemned the raid.", [("ORG", "Kowa")], "Kowa"),
    ("The Sirba Brigade attacked a patrol.", [("ORG", "Sirba Brigade")], "Sirba Brigade"),
])
def test_a_group_word_keeps_the_name_an_actor(nlp, no_gazetteer, text, ents, name):
    assert any(m[0] == name and m[1] is None for m in found(nlp, text, ents))


def test_a_name_the_gazetteer_holds_as_a_town_is_no_actor(nlp, monkeypatch):
    monkeypatch.setattr(matcher, "known_place", lambda name: name == "Tilwa")
    text = "The assault on Tilwa left a dozen dead, the army said."
    assert not [m for m in found(nlp, text, [("ORG", "Tilwa")]) if m[0] == "Tilwa"]
    # a name the gazetteer does not hold stays an unknown actor
    text = "The assault by Zentari left a dozen dead, the army said."
    assert ("Zentari", None, None) in found(nlp, text, [("ORG", "Zentari")])


def test_known_place_with_an_unreadable_index_knows_nothing(monkeypatch):
    from footprint.errors import GazetteerError
    from footprint.places import gazetteer

    def unreadable(*args, **kwargs):
        raise GazetteerError("index.sqlite: not a gazetteer index")

    monkeypatch.setattr(gazetteer, "open_default", unreadable)
    matcher.known_place.cache_clear()
    try:
        assert matcher.known_place("Somewhere Unlisted") is False
    finally:
        matcher.known_place.cache_clear()


def test_known_place_opens_the_index_as_the_places_stage_does(monkeypatch):
    """Built where missing: the answer must not depend on whether the places stage ran first."""
    from footprint.places import gazetteer

    calls = []

    class Index:
        def lookup(self, keys):
            return {}

    def opened(*args, **kwargs):
        calls.append(kwargs)
        return Index()

    monkeypatch.setattr(gazetteer, "open_default", opened)
    matcher.known_place.cache_clear()
    try:
        assert matcher.known_place("Somewhere Unlisted") is False
        assert calls and calls[0].get("build_missing", True) is True
    finally:
        matcher.known_place.cache_clear()


# --- one national phrase behind a quantifier ----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Days after the last US troops left the air base, the junta celebrated.",
    "The remaining US soldiers will leave by December.",
])
def test_a_quantified_national_phrase_is_one_mention(nlp, text):
    got = found(nlp, text, [("GPE", "US")])
    us = [m for m in got if "US" in m[0]]
    assert len(us) == 1 and us[0][1] == "armed_forces.us" and us[0][0].startswith("US ")


def test_founders_of_a_merger_are_its_kin():
    from footprint.actors.registry import kin_table

    kin = kin_table(registry())
    assert {"ansar_dine", "al_mourabitoun"} <= kin["jnim"]
    assert "fla" in kin["cma"]
