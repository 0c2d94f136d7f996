"""A name glossed right after a comma by a relative place far from the gazetteer's reading of the name is a
namesake: the event takes the relative place ("Sanga, a village 20 km east of Tolo")."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from footprint import nlp as nlp_mod
from footprint.model import Place, PlaceMention
from footprint.places import event_location


def _doc(text: str, literal: tuple, relative: tuple | None) -> Doc:
    """``literal``: (name in the text, lat, lon); ``relative``: (phrase in the text, lat, lon) or None."""
    words = text.split(" ")
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".") for i in range(len(words))]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    nlp_mod.prepare(doc, {"places_home": "ZZ"})
    doc._.fp_meta.update(places_focus={"ZZ": 1.0}, places_country_points={"ZZ": ("Zedland", 0.0, 0.0)})
    name, lat, lon = literal
    at = doc.text.index(name)
    mentions = [PlaceMention(at, at + len(name), name, Place(name, lat, lon, "ZZ", "town"), kind="literal")]
    if relative is not None:
        phrase, rlat, rlon = relative
        at = doc.text.index(phrase)
        mentions.append(PlaceMention(at, at + len(phrase), phrase, Place(phrase, rlat, rlon, "ZZ", "area"),
                                     kind="relative"))
    doc._.fp_places = mentions
    doc._.fp_actors = []
    return doc


def _locate(doc: Doc, trigger: str):
    t = doc.text.index(trigger)
    return event_location(doc, 0, len(doc.text), t, t + len(trigger))


GLOSSED = "Raiders burned Sanga , a small village about 20 kilometres east of Tolo , on Friday ."
EAST_OF_TOLO = ("20 kilometres east of Tolo", 4.0, 20.18)


def test_a_far_namesake_gives_way_to_the_place_the_text_tells():
    # the gazetteer's Sanga lies 600 km away: another place of that name
    loc = _locate(_doc(GLOSSED, ("Sanga", 4.0, 14.8), EAST_OF_TOLO), "burned")
    assert loc is not None and loc.name == "20 kilometres east of Tolo" and loc.precision == "area"


def test_a_reading_that_agrees_with_the_gloss_is_kept():
    loc = _locate(_doc(GLOSSED, ("Sanga", 4.01, 20.2), EAST_OF_TOLO), "burned")
    assert loc is not None and loc.name == "Sanga" and loc.precision == "town"


def test_near_phrase_glosses_too():
    text = "Gunmen raided the hamlet of Sanga , near Tolo , at dawn ."
    loc = _locate(_doc(text, ("Sanga", -8.0, 30.0), ("near Tolo", 4.0, 20.0)), "raided")
    assert loc is not None and loc.name == "near Tolo"


def test_a_relative_place_that_is_not_a_gloss_leaves_the_name():
    # no comma: "Sanga and villages east of Tolo" names two places, neither explains the other
    text = "Raiders burned Sanga and villages east of Tolo on Friday ."
    loc = _locate(_doc(text, ("Sanga", 4.0, 14.8), ("east of Tolo", 4.0, 20.18)), "burned")
    assert loc is not None and loc.name == "Sanga"


def test_a_name_without_a_gloss_is_unchanged():
    loc = _locate(_doc("Raiders burned Sanga on Friday .", ("Sanga", 4.0, 14.8), None), "burned")
    assert loc is not None and loc.name == "Sanga"
