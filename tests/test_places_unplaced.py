"""A locality the text names for an event that no installed list holds: the event keeps the wider place's point and
says which named locality it could not map (``places.unplaced``, ``EventLocation.unplaced``). Hand-built Docs,
invented names; no model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from footprint import nlp as nlp_mod
from footprint.model import ActorMention, Place, PlaceMention
from footprint.places import event_location
from footprint.places.unplaced import unplaced_name

BLANK = spacy.blank("en")


def _nothing(start: int, end: int) -> bool:
    return False


def _doc(text: str, mentions: list[PlaceMention], *, actors=(), ents=()) -> Doc:
    doc = BLANK.make_doc(text)
    if ents:
        doc.ents = [doc.char_span(text.index(w), text.index(w) + len(w), label=label) for w, label in ents]
    nlp_mod.prepare(doc, {"places_home": "ZZ"})
    doc._.fp_meta.update(places_focus={"ZZ": 1.0}, places_country_points={"ZZ": ("Zedland", 0.0, 0.0)})
    doc._.fp_places = sorted(mentions, key=lambda m: (m.start, -m.end))
    doc._.fp_actors = list(actors)
    return doc


def _at(text: str, name: str, precision: str, lat: float = 4.0, lon: float = 20.0) -> PlaceMention:
    at = text.index(name)
    return PlaceMention(at, at + len(name), name, Place(name, lat, lon, "ZZ", precision), kind="literal")


def _locate(doc: Doc, trigger: str):
    t = doc.text.index(trigger)
    return event_location(doc, 0, len(doc.text), t, t + len(trigger))


def test_a_locality_no_list_holds_is_kept_beside_its_region():
    t = "Gunmen killed nine people near Kobbarel in Zorva province on Tuesday."
    loc = _locate(_doc(t, [_at(t, "Zorva", "region")]), "killed")
    assert (loc.name, loc.precision, loc.lat) == ("Zorva", "region", 4.0)  # the point stays the region's
    assert loc.unplaced == "Kobbarel" and loc.reasons[0].startswith("Kobbarel: named as the event's place")


def test_a_locality_is_kept_beside_the_country_the_document_is_about():
    t = "Soldiers clashed with fighters in the village of Upper Tarsamo on Friday."
    loc = _locate(_doc(t, []), "clashed")
    assert (loc.name, loc.precision) == ("Zedland", "country") and loc.unplaced == "Upper Tarsamo"


def test_a_particle_inside_the_name_is_part_of_it():
    t = "Fighters attacked a patrol at Plaine du Vessa in Zorva province."
    loc = _locate(_doc(t, [_at(t, "Zorva", "region")]), "attacked")
    assert loc.unplaced == "Plaine du Vessa"


def test_a_town_the_gazetteer_holds_needs_no_unplaced_name():
    t = "Gunmen killed nine people near Kobbarel in Zorva province."
    loc = _locate(_doc(t, [_at(t, "Kobbarel", "town"), _at(t, "Zorva", "region")]), "killed")
    assert loc.name == "Kobbarel" and loc.unplaced == ""


def test_names_that_are_no_locality_are_not_kept():
    # a month, a person, an organisation, an actor, a name the places stage already read (placed or not)
    for t, ents, actors in [
        ("Fighters killed six people in March in Zorva province.", (), ()),
        ("Fighters killed six people in Amina Dessel's home in Zorva province.", (("Amina Dessel", "PERSON"),), ()),
        ("Troops killed six people at Harlow Mining Company in Zorva province.", (("Harlow Mining Company", "ORG"),), ()),
    ]:
        loc = _locate(_doc(t, [_at(t, "Zorva", "region")], ents=ents, actors=actors), "killed")
        assert loc.unplaced == "", t
    t = "Fighters killed six people near the Kobbarel Brigade camp in Zorva province."
    brigade = ActorMention(t.index("Kobbarel"), t.index(" camp"), "Kobbarel Brigade", None, "Kobbarel Brigade")
    assert _locate(_doc(t, [_at(t, "Zorva", "region")], actors=[brigade]), "killed").unplaced == ""
    t = "Fighters killed six people near Kobbarel in Zorva province."
    unread = PlaceMention(t.index("Kobbarel"), t.index("Kobbarel") + 8, "Kobbarel", None, kind="literal")
    assert _locate(_doc(t, [unread, _at(t, "Zorva", "region")]), "killed").unplaced == ""


def test_a_name_after_no_locative_word_or_a_long_run_of_capitals_is_not_read():
    t = "Kobbarel Youth Council Members Union said fighters killed six people in Zorva province."
    zorva = (t.index("Zorva"), t.index("Zorva") + 5)
    assert unplaced_name(BLANK.make_doc(t), 0, len(t), lambda a, b: a < zorva[1] and zorva[0] < b) is None
    t = "Officials in Kobbarel Youth Council Members Union said six people were killed."
    assert unplaced_name(BLANK.make_doc(t), 0, len(t), _nothing) is None
    t = "Officials said fighters killed six people, the army said."
    assert unplaced_name(BLANK.make_doc(t), 0, len(t), _nothing) is None


def test_an_apposition_that_names_a_settlement_marks_a_locality():
    t = "Raiders burned Tessolo, a farming settlement in Zorva province, on Monday."
    assert unplaced_name(BLANK.make_doc(t), 0, len(t), _nothing)[2] == "Tessolo"
    t = "Raiders burned Tessolo, a local trader said."
    assert unplaced_name(BLANK.make_doc(t), 0, len(t), _nothing) is None


def test_bad_input_gives_no_unplaced_name():
    for t in ["", " ", "in", "\x00\x01 in \ufffd", "in " + "A" * 5000, "near " + " ".join(["Zed"] * 3000)]:
        doc = BLANK.make_doc(t)
        found = unplaced_name(doc, 0, len(t), _nothing)
        assert found is None or (0 <= found[0] < found[1] <= len(t))
