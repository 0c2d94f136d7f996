"""Aliases that match only in their written case: an entry's ``case_aliases`` ("LeT", "CoBRA") match exactly as
written, and an armed group's name of several words matches only with its capitalised words capitalised ("White
Army" is not "a white army truck"); acronyms in capitals and other names behave as before (no model)."""

from __future__ import annotations

import pytest

from footprint.actors import find_actors, registry
from footprint.actors.matcher import DocMatcher
from footprint.actors.registry import CAPITALISED, Registry, accepts, actor_from_entry, normalize_tokens
from footprint.errors import ConfigError


def _small_registry() -> Registry:
    reg = Registry()
    for entry in (
        {"id": "bluff_army", "name": "Grey Bluff Army", "type": "armed_group", "aliases": ["Grey Bluff"],
         "case_aliases": ["GrB"]},
        {"id": "harbour_mission", "name": "Harbour Support Mission", "type": "igo"},
        {"id": "ktp", "name": "Kuvala Tribal Police", "type": "state_force", "aliases": ["KTP"]},
    ):
        reg.add(actor_from_entry(entry, source="test"))
    return reg


def ids(nlp, text, reg=None):
    return [(m.text, m.actor_id) for m in find_actors(nlp(text), reg) if m.actor_id is not None]


def small(nlp, text):
    reg = _small_registry()
    return [(nlp(text)[f.start:f.end].text, f.actor.id) for f in DocMatcher(nlp(text), reg).run() if f.actor]


# --- patterns --------------------------------------------------------------------------------------------------------


def test_patterns_of_each_kind():
    assert normalize_tokens("LeT", exact=True) == (("let",), ("LeT",))
    assert normalize_tokens("LeT") == (("let",), (None,))  # a plain alias with a lowercase letter: any case
    assert normalize_tokens("ISGS") == (("isgs",), ("ISGS",))
    assert normalize_tokens("White Army", proper=True)[1] == (CAPITALISED, None)  # a generic last noun is free
    assert normalize_tokens("National Salvation Front", proper=True)[1] == (CAPITALISED, CAPITALISED, None)
    assert normalize_tokens("Islamic State", proper=True)[1] == (CAPITALISED, CAPITALISED)
    assert normalize_tokens("Jamaat-ul-Ahrar", proper=True)[1] == (CAPITALISED, None, CAPITALISED)
    assert normalize_tokens("Hezbollah", proper=True)[1] == (None,)  # one word: any case
    assert normalize_tokens("CPC rebels", proper=True)[1] == ("CPC", None)


def test_accepts():
    assert accepts((CAPITALISED, None), ("White", "army")) and accepts((CAPITALISED, None), ("WHITE", "ARMY"))
    assert not accepts((CAPITALISED, None), ("white", "Army"))
    assert accepts((CAPITALISED, None), ("white", "army"), capitals=False)
    assert not accepts(("LeT",), ("let",), capitals=False) and accepts(("LeT",), ("LeT",))


# --- the matcher on a hand-built registry ------------------------------------------------------------------------------


def test_case_alias_matches_only_as_written(nlp):
    assert small(nlp, "GrB fighters took the ridge.") == [("GrB fighters", "bluff_army")]
    for text in ("grb fighters took the ridge.", "GRB fighters took the ridge.", "Grb took it."):
        assert small(nlp, text) == [], text


def test_group_name_matches_only_capitalised(nlp):
    assert small(nlp, "The Grey Bluff Army shelled the port.") == [("Grey Bluff Army", "bluff_army")]
    assert small(nlp, "They said the Grey Bluff army fled.") == [("Grey Bluff army", "bluff_army")]
    assert small(nlp, "THE GREY BLUFF ARMY ADVANCES") == [("GREY BLUFF ARMY", "bluff_army")]
    assert small(nlp, "A grey bluff army truck passed the grey bluff.") == []


def test_other_names_keep_matching_in_any_case(nlp):
    # a mission or a police force is often written in lowercase; acronyms still need capitals
    assert small(nlp, "the harbour support mission landed.") == [("harbour support mission", "harbour_mission")]
    assert small(nlp, "kuvala tribal police and the KTP.") == [("kuvala tribal police", "ktp"), ("KTP", "ktp")]
    assert small(nlp, "the ktp said.") == []


def test_lookup_of_a_name_on_its_own_ignores_capitals_but_not_case_aliases():
    reg = _small_registry()
    assert reg.lookup("grey bluff army").id == "bluff_army"
    assert reg.lookup("the Grey Bluff Army").id == "bluff_army"
    assert reg.lookup("GrB").id == "bluff_army"
    assert reg.lookup("grb") is None and reg.lookup("GRB") is None


# --- the real registry ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("LeT militants attacked a post in Kupwara.", [("LeT militants", "lashkar_e_taiba")]),
    ("Police blamed JeM for the blast.", [("JeM", "jaish_e_mohammed")]),
    ("JEM rebels entered the town.", [("JEM rebels", "jem_sudan")]),
    ("JuA claimed the bombing.", [("JuA", "jamaat_ul_ahrar")]),
    ("A CoBRA unit was ambushed.", [("CoBRA unit", "crpf")]),
    ("The White Army mobilised in Nasir.", [("White Army", "white_army")]),
    ("The National Salvation Front attacked a barracks.", [("National Salvation Front", "nas_south_sudan")]),
    ("They said the Carlos Patiño front clashed.", [("Carlos Patiño front", "carlos_patino_front")]),
    ("The US condemned it.", [("US", "government.us")]),
])
def test_written_case_matches(nlp, text, expected):
    assert ids(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "let us go, they said.",
    "Let the cobra be, said Jem.",
    "A white army truck was parked by the road.",
    "It was a national salvation front of sorts.",
    "Tell us about the Cobra and the jua kali traders.",
])
def test_lowercase_text_never_matches_the_case_aliases(nlp, text):
    assert ids(nlp, text) == []


# --- hostile input ---------------------------------------------------------------------------------------------------


def test_empty_long_and_mixed_script_text(nlp):
    assert ids(nlp, "") == []
    long = "let the white army go " * 3000 + "LeT"  # 66k characters
    assert ids(nlp, long) == [("LeT", "lashkar_e_taiba")]
    # a Cyrillic "е" inside "LеT" is another word; Arabic script around the name does not hide it
    assert ids(nlp, "LеT and ЛеТ struck.") == []
    assert ids(nlp, "لشكر LeT طيبة struck.") == [("LeT", "lashkar_e_taiba")]
    reg = registry()
    for text in ("", " ", "\x00\x01", "LeT" * 200, None, 42):
        assert reg.lookup(text) is None


@pytest.mark.parametrize("value", [[None], [""], [{"a": 1}], 7, [["LeT"]]])
def test_malformed_case_aliases_are_refused_with_the_entry_named(value):
    with pytest.raises(ConfigError, match="'odd_group'"):
        actor_from_entry({"id": "odd_group", "name": "Odd Group", "type": "armed_group", "case_aliases": value},
                         source="x.yaml")


def test_normalize_tokens_of_nothing():
    assert normalize_tokens("", exact=True, proper=True) == ((), ())
    assert normalize_tokens("- ' -", proper=True) == ((), ())
