"""A nationality on a machine is no evidence of the report's country, "the Russians" after a Russian force, a group
name that means another group in a text about that group's country, defence-ministry wordings, and armed actors'
names used for art (a composer, a choir). Hand-built docs on invented sentences, no model."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from footprint import nlp as nlp_mod
from footprint.actors import find_actors, registry
from footprint.actors.culture import is_art
from footprint.model import Place, PlaceMention


@pytest.fixture(scope="module")
def sents():
    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    return pipe


def _found(sents, text: str, places: list[PlaceMention] = (), focus: dict | None = None):
    doc = sents(text)
    meta = {"dct": "2024-06-01"}
    if focus:
        meta.update({"places_focus": focus, "places_home": max(focus, key=focus.get)})
    nlp_mod.prepare(doc, meta)
    doc._.fp_places = list(places)
    return [(m.text, m.actor_id) for m in find_actors(doc)]


def _place(text: str, name: str, country: str, kind: str = "literal", feature: str = "town") -> PlaceMention:
    at = text.index(name)
    return PlaceMention(at, at + len(name), name, Place(name, 9.0, 9.0, country, feature, admin1="01"), kind=kind)


# --- a nationality on a machine -------------------------------------------------------------------------------


def test_troops_do_not_take_the_country_of_the_drones_when_a_state_is_named(sents):
    t = "Turkish drones struck the depot before troops moved in, the Sudanese government said."
    got = _found(sents, t)
    assert ("troops", "armed_forces.sd") in got
    assert ("troops", "armed_forces.tr") not in got


def test_a_demonym_on_drones_leaves_the_places_focus(sents):
    t = "Troops retook the bridge after the rebels said the army had used Turkish drones. Kassala was calm."
    places = [_place(t, "Kassala", "SD"), _place(t, "Turkish", "TR", kind="demonym", feature="country")]
    assert ("Troops", "armed_forces.sd") in _found(sents, t, places, {"TR": 0.6, "SD": 0.4})


def test_a_demonym_on_people_still_counts(sents):
    t = "Troops retook the bridge after Turkish officers arrived."
    places = [_place(t, "Turkish", "TR", kind="demonym", feature="country")]
    assert ("Troops", "armed_forces.tr") in _found(sents, t, places, {"TR": 1.0})


# --- "the Russians" after a Russian force ------------------------------------------------------------------------


def test_the_russians_after_a_company_are_that_company(sents):
    t = ("Africa Corps instructors flew wounded Malian soldiers out of the town, and the army said the Russians had "
         "also taken losses.")
    assert ("Russians", "africa_corps") in _found(sents, t)


def test_the_russians_with_no_force_named_stay_the_state(sents):
    got = _found(sents, "The talks stalled, and the Russians walked out of the room.")
    assert ("Russians", "country.ru") in got


def test_the_russians_after_the_kremlin_stay_the_state(sents):
    got = _found(sents, "The Kremlin rejected the offer, and the Russians walked out of the talks.")
    assert ("Russians", "country.ru") in got


# --- a local name -------------------------------------------------------------------------------------------------


def test_a_local_name_in_a_text_about_its_country(sents):
    t = "Insurgents known locally as Al-Shabaab burned a village near Mocimboa."
    got = _found(sents, t, [_place(t, "Mocimboa", "MZ")], {"MZ": 1.0})
    assert ("Al-Shabaab", "ansar_al_sunna_mz") in got


def test_the_name_keeps_its_group_where_its_own_country_is_named(sents):
    t = "Al-Shabaab fighters attacked a base near Baidoa, and troops in Mocimboa were put on alert."
    places = [_place(t, "Baidoa", "SO"), _place(t, "Mocimboa", "MZ")]
    got = _found(sents, t, places, {"MZ": 0.6, "SO": 0.4})
    assert ("Al-Shabaab fighters", "al_shabaab") in got


def test_the_name_elsewhere_is_the_somali_group(sents):
    t = "Al-Shabaab fighters attacked a base near Baidoa."
    assert ("Al-Shabaab fighters", "al_shabaab") in _found(sents, t, [_place(t, "Baidoa", "SO")], {"SO": 1.0})


def test_registry_maps_the_local_name():
    reg = registry()
    assert reg.local_entry("al_shabaab", "MZ").id == "ansar_al_sunna_mz"
    assert reg.local_entry("al_shabaab", "SO") is None
    assert reg.local_entry("al_shabaab", None) is None


# --- joint forces, defence ministries -------------------------------------------------------------------------


def test_joint_forces_of_the_armed_movements(sents):
    got = _found(sents, "The Joint Forces of the armed movements held the road to the market.")
    assert ("Joint Forces of the armed movements", "darfur_joint_force") in got


@pytest.mark.parametrize("words", ["ministry of national defence", "Ministry of National Defense",
                                   "national defence ministry"])
def test_a_ministry_of_national_defence_is_the_government(sents, words):
    t = f"Malian soldiers died in the ambush, the {words} said."
    assert (words, "government.ml") in _found(sents, t)


# --- names used for art -------------------------------------------------------------------------------------------


def test_an_ensemble_named_after_an_army_is_no_actor(sents):
    got = _found(sents, "The Red Army Choir sang in the square, and Wagner's operas filled the hall.")
    assert not any(a == "wagner_group" for _, a in got)
    assert not any("Army" in text for text, _ in got)


def test_the_company_itself_stays(sents):
    got = _found(sents, "Wagner fighters played a part in the assault, and Wagner's commanders withdrew.")
    assert ("Wagner fighters", "wagner_group") in got
    assert [a for _, a in got].count("wagner_group") == 2, got


def _parsed(words, heads, deps, lemmas) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)


def test_a_name_played_or_conducted_is_art():
    doc = _parsed(["The", "band", "played", "Wagner", "."], [1, 2, 2, 2, 2],
                  ["det", "nsubj", "ROOT", "dobj", "punct"], ["the", "band", "play", "Wagner", "."])
    assert is_art(doc, 3, 4, "pmc")
    assert not is_art(doc, 3, 4, "person")


def test_a_name_that_attacks_is_no_art():
    doc = _parsed(["Wagner", "attacked", "the", "town", "."], [1, 1, 3, 1, 1],
                  ["nsubj", "ROOT", "det", "dobj", "punct"], ["Wagner", "attack", "the", "town", "."])
    assert not is_art(doc, 0, 1, "pmc")
