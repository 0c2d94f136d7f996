"""The unplaced-locality check, continued: a festival or holy day after "at" is a time, not a locality; every
unresolved name of the sentence is tried in order and the one the event's clause governs is kept. Hand-built
Docs, invented names; no model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from footprint import nlp as nlp_mod
from footprint.model import Place, PlaceMention
from footprint.places import event_location
from footprint.places.unplaced import unplaced_name, unplaced_names

BLANK = spacy.blank("en")


def _nothing(start: int, end: int) -> bool:
    return False


def _ready(doc: Doc, region: str = "Zorva") -> Doc:
    nlp_mod.prepare(doc, {"places_home": "ZZ"})
    doc._.fp_meta.update(places_focus={"ZZ": 1.0}, places_country_points={"ZZ": ("Zedland", 0.0, 0.0)})
    at = doc.text.index(region)
    doc._.fp_places = [PlaceMention(at, at + len(region), region, Place(region, 4.0, 20.0, "ZZ", "region"),
                                    kind="literal")]
    doc._.fp_actors = []
    return doc


def _locate(doc: Doc, trigger: str):
    t = doc.text.index(trigger)
    return event_location(doc, 0, len(doc.text), t, t + len(trigger))


def test_a_festival_after_at_is_no_locality():
    for t in ["Gunmen killed six worshippers at Eid prayers in Zorva province.",
              "Gunmen killed six worshippers at Eid al-Adha prayers in Zorva province.",
              "Gunmen killed six traders at Tabaski in Zorva province.",
              "Gunmen killed six people at Christmas in Zorva province.",
              "Gunmen killed six people at Ramadan's end in Zorva province."]:
        loc = _locate(_ready(BLANK.make_doc(t)), "killed")
        assert (loc.name, loc.unplaced) == ("Zorva", ""), t


def test_a_locality_beside_a_festival_is_still_read():
    t = "Gunmen killed six worshippers at Eid prayers in Kobbarel in Zorva province."
    loc = _locate(_ready(BLANK.make_doc(t)), "killed")
    assert loc.unplaced == "Kobbarel"
    # a place whose name only starts like a festival word is no festival
    t = "Gunmen killed six people at Eidsvoll in Zorva province."
    assert unplaced_name(BLANK.make_doc(t), 0, len(t), _nothing)[2] == "Eidsvoll"


def test_every_name_is_offered_in_text_order():
    t = "Residents near Tarvo said gunmen raided Belko, a farming settlement, and a camp at Upper Dessa."
    found = [name for _, _, name in unplaced_names(BLANK.make_doc(t), 0, len(t), _nothing)]
    assert found == ["Tarvo", "Belko", "Upper Dessa"]


#: "Residents in Tarvo said gunmen attacked a market at Belko in Zorva province ." parsed by hand
_WORDS = "Residents in Tarvo said gunmen attacked a market at Belko in Zorva province .".split()
_HEADS = [3, 0, 1, 3, 5, 3, 7, 5, 5, 8, 5, 12, 10, 3]
_DEPS = ["nsubj", "prep", "pobj", "ROOT", "nsubj", "ccomp", "det", "dobj", "prep", "pobj", "prep", "compound",
         "pobj", "punct"]
_POS = ["NOUN", "ADP", "PROPN", "VERB", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "NOUN",
        "PUNCT"]


def _parsed() -> Doc:
    spaces = [True] * (len(_WORDS) - 2) + [False, False]
    return Doc(BLANK.vocab, words=_WORDS, spaces=spaces, heads=_HEADS, deps=_DEPS, pos=_POS,
               sent_starts=[True] + [False] * (len(_WORDS) - 1))


def test_the_name_the_events_clause_governs_is_kept_not_the_first():
    doc = _ready(_parsed())
    assert unplaced_name(doc, 0, len(doc.text), _nothing)[2] == "Tarvo"  # the first name is the speakers' town
    loc = _locate(doc, "attacked")
    assert (loc.name, loc.unplaced) == ("Zorva", "Belko")
    assert loc.reasons[0].startswith("Belko: named as the event's place")


def _town_at(doc: Doc, name: str) -> Doc:
    at = doc.text.index(name)
    doc._.fp_places = [PlaceMention(at, at + len(name), name, Place(name, 4.0, 20.0, "ML", "town"), kind="literal")]
    return doc


def test_a_locality_beside_a_dateline_town_is_kept():
    # the event stands at the dateline's town (the only place the gazetteer holds); the sentence names its own
    t = "KORVAL, Mali - Fighters seized the market in Tarvo, a town 80 km to the south, on Monday."
    doc = _town_at(_ready(BLANK.make_doc(t), "Mali"), "KORVAL")
    loc = _locate(doc, "seized")
    assert loc.name == "KORVAL" and loc.unplaced == "Tarvo"
    assert loc.reasons[0] == "Tarvo: named as the event's place, in no installed list; the point is KORVAL's"


def test_a_town_of_the_events_own_clause_needs_no_unplaced_name():
    t = "Fighters seized the market in Korval on Monday, and residents fled to Tarvo."
    doc = _town_at(_ready(BLANK.make_doc(t), "Korval"), "Korval")
    assert _locate(doc, "seized").unplaced == ""


def test_bad_input_gives_no_name_or_names_inside_the_text():
    for t in ["", " ", "at", "at Eid", "\x00\x01 at \ufffd", "at " + "Eid " * 3000, "near " + " ".join(["Zed"] * 3000),
              "in " + "B" * 5000]:
        doc = BLANK.make_doc(t)
        for s, e, name in unplaced_names(doc, 0, len(t), _nothing):
            assert 0 <= s < e <= len(t) and t[s:e] == name and "Eid" not in name
