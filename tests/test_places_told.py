"""What a text tells once and then takes as said: a gloss places later bare mentions of the name; a brief's line
label places its line's events when their sentence names no place, and gives way to a place the sentence names.
Also: "north of X" with no distance, a country that is a party to an agreement, and a town's name before a noun
of people ("Marvo youths").

Invented sentences, hand-built mentions on a blank pipeline: no model, no gazetteer file."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from footprint import nlp as nlp_mod
from footprint.model import Place, PlaceMention
from footprint.places import event_location
from footprint.geo import distance_km
from footprint.places.relative import NO_DISTANCE_OFFSET_KM, NO_DISTANCE_RADIUS_KM, relative_mentions
from footprint.places.told import glosses, is_label, line_label

BLANK = spacy.blank("en")


def _doc(text: str, mentions: list[PlaceMention]) -> Doc:
    doc = BLANK.make_doc(text)
    nlp_mod.prepare(doc, {"places_home": "ZZ"})
    doc._.fp_meta.update(places_focus={"ZZ": 1.0}, places_country_points={"ZZ": ("Zedland", 0.0, 0.0)})
    doc._.fp_places = sorted(mentions, key=lambda m: (m.start, -m.end))
    doc._.fp_actors = []
    return doc


def _lit(text: str, name: str, lat: float, lon: float, precision: str = "town", nth: int = 0) -> PlaceMention:
    at = -1
    for _ in range(nth + 1):
        at = text.index(name, at + 1)
    return PlaceMention(at, at + len(name), name, Place(name, lat, lon, "ZZ", precision), kind="literal")


def _rel(text: str, phrase: str, lat: float, lon: float, radius: float, nth: int = 0) -> PlaceMention:
    at = -1
    for _ in range(nth + 1):
        at = text.index(phrase, at + 1)
    return PlaceMention(at, at + len(phrase), phrase, Place(phrase, lat, lon, "ZZ", "area", radius_km=radius),
                        kind="relative")


def _locate(doc: Doc, sentence: str, trigger: str):
    s = doc.text.index(sentence)
    t = doc.text.index(trigger, s)
    return event_location(doc, s, s + len(sentence), t, t + len(trigger))


# -- a gloss holds for the rest of the document -------------------------------------------------------------

GLOSSED = ("Raiders burned Marvo, a village about 20 km east of Tolsk, on Friday. "
           "On Sunday militiamen looted shops near Marvo. Later they shot a man in Marvo.")
FAR = (9.0, 30.0)  # the gazetteer's namesake, hundreds of km away
EAST_OF_TOLSK = (4.0, 20.18)


def _glossed_doc() -> Doc:
    t = GLOSSED
    return _doc(t, [
        _lit(t, "Marvo", *FAR), _rel(t, "20 km east of Tolsk", *EAST_OF_TOLSK, 10.0), _lit(t, "Tolsk", 4.0, 20.0),
        _rel(t, "near Marvo", *FAR, 25.0), _lit(t, "Marvo", *FAR, nth=1), _lit(t, "Marvo", *FAR, nth=2),
    ])


def test_the_gloss_is_found_once_with_its_place():
    doc = _glossed_doc()
    told, misread = glosses(doc.text, doc._.fp_places)
    assert [(name, r.text) for _, name, r in told] == [("marvo", "20 km east of Tolsk")]
    # the glossed mention itself (the first "Marvo") is the one misread, and no other
    assert misread == {id(m) for m in doc._.fp_places if m.text == "Marvo" and m.start < told[0][0]}


def test_a_later_near_phrase_takes_the_gloss_reading():
    loc = _locate(_glossed_doc(), "On Sunday militiamen looted shops near Marvo.", "looted")
    assert (loc.lat, loc.lon) == EAST_OF_TOLSK
    assert loc.radius_km == 25.0  # the wider of the gloss's radius and the near phrase's
    assert "told earlier" in loc.reasons[0] or any("told earlier" in r for r in loc.reasons)


def test_a_later_bare_name_takes_the_gloss_reading():
    loc = _locate(_glossed_doc(), "Later they shot a man in Marvo.", "shot")
    assert (loc.lat, loc.lon) == EAST_OF_TOLSK


def test_a_mention_before_the_gloss_is_not_read_by_it():
    t = "Marvo mourned on Monday. Raiders had burned Marvo, a village about 20 km east of Tolsk, on Friday."
    doc = _doc(t, [_lit(t, "Marvo", *FAR), _lit(t, "Marvo", *FAR, nth=1),
                   _rel(t, "20 km east of Tolsk", *EAST_OF_TOLSK, 10.0), _lit(t, "Tolsk", 4.0, 20.0)])
    loc = _locate(doc, "Marvo mourned on Monday.", "mourned")
    assert (loc.lat, loc.lon) == FAR


def test_another_name_is_not_read_by_the_gloss():
    t = "Raiders burned Marvo, a village about 20 km east of Tolsk, on Friday. Gunmen later shot a man in Kelby."
    doc = _doc(t, [_lit(t, "Marvo", *FAR), _rel(t, "20 km east of Tolsk", *EAST_OF_TOLSK, 10.0),
                   _lit(t, "Tolsk", 4.0, 20.0), _lit(t, "Kelby", 7.0, 7.0)])
    loc = _locate(doc, "Gunmen later shot a man in Kelby.", "shot")
    assert (loc.lat, loc.lon) == (7.0, 7.0)


def test_a_reading_near_the_gloss_is_kept_as_it_is():
    t = "Raiders burned Marvo, a village about 20 km east of Tolsk, on Friday. Gunmen later shot a man in Marvo."
    near = (4.0, 20.2)
    doc = _doc(t, [_lit(t, "Marvo", *near), _rel(t, "20 km east of Tolsk", *EAST_OF_TOLSK, 10.0),
                   _lit(t, "Tolsk", 4.0, 20.0), _lit(t, "Marvo", *near, nth=1)])
    loc = _locate(doc, "Gunmen later shot a man in Marvo.", "shot")
    assert (loc.lat, loc.lon) == near and loc.precision == "town"


# -- a brief's line labels ----------------------------------------------------------------------------------

BRIEF = ("Weekly summary.\n"
         "- Harvel: shelling killed two civilians on Sunday.\n"
         "- Ostrava district: police detained a man in Kelby.\n"
         "- Dunmore: a drone wounded a woman in Varnia.\n")


def _brief_doc() -> Doc:
    t = BRIEF
    return _doc(t, [_lit(t, "Harvel", 1.0, 1.0), _lit(t, "Ostrava", 2.0, 2.0), _lit(t, "Kelby", 2.2, 2.1),
                    _lit(t, "Dunmore", 3.0, 3.0), _lit(t, "Varnia", 30.0, 40.0, precision="country")])


def test_line_labels_are_found_and_prose_names_are_not():
    doc = _brief_doc()
    labels = [m.text for m in doc._.fp_places if is_label(doc.text, m)]
    assert labels == ["Harvel", "Ostrava", "Dunmore"]
    t = "Police said Harvel: a town of farmers."
    assert not is_label(t, _lit(t, "Harvel", 1.0, 1.0))


def test_a_label_places_the_events_of_its_line_when_their_sentence_names_none():
    doc = _brief_doc()
    # the sentence splitter may cut the line after the colon: the event's sentence then names no place
    loc = _locate(doc, "shelling killed two civilians on Sunday.", "killed")
    assert (loc.lat, loc.lon) == (1.0, 1.0) and loc.precision == "town"
    assert "label" in loc.reasons[0]


def test_the_sentence_town_beats_the_label_which_is_its_container():
    doc = _brief_doc()
    loc = _locate(doc, "- Ostrava district: police detained a man in Kelby.", "detained")
    assert (loc.lat, loc.lon) == (2.2, 2.1)


def test_a_country_in_the_sentence_does_not_beat_the_label():
    doc = _brief_doc()
    loc = _locate(doc, "- Dunmore: a drone wounded a woman in Varnia.", "wounded")
    assert (loc.lat, loc.lon) == (3.0, 3.0)


def test_a_label_reaches_only_its_own_line():
    doc = _brief_doc()
    labels = [m for m in doc._.fp_places if is_label(doc.text, m)]
    assert line_label(doc.text, labels, doc.text.index("Weekly")) is None
    assert line_label(doc.text, labels, doc.text.index("police")).text == "Ostrava"


# -- "north of X" with no distance ------------------------------------------------------------------------

def test_a_direction_without_distance_is_a_guess_whose_radius_covers_the_town():
    t = "Gunmen ambushed a convoy north of Harvel on Monday."
    m = _lit(t, "Harvel", 12.0, 3.0)
    rel = relative_mentions(t, [m], {})
    assert len(rel) == 1 and rel[0].text == "north of Harvel"
    p = rel[0].place
    assert p.lat > 12.0 and abs(p.lon - 3.0) < 1e-6 and p.precision == "area"
    assert "distance not given" in p.name
    moved = distance_km(12.0, 3.0, p.lat, p.lon)
    assert abs(moved - NO_DISTANCE_OFFSET_KM) < 0.5 and p.radius_km == NO_DISTANCE_RADIUS_KM > moved
    # "north of X" is most often said of a place next to X: the guess stays within a village's reach of it
    assert moved < 15.0


def test_a_direction_with_a_distance_still_moves_the_point():
    t = "Gunmen ambushed a convoy 40 km north of Harvel on Monday."
    rel = relative_mentions(t, [_lit(t, "Harvel", 12.0, 3.0)], {})
    assert rel[0].place.lat > 12.3 and rel[0].place.radius_km < NO_DISTANCE_RADIUS_KM


# -- a country that is a party to an agreement ------------------------------------------------------------

def _parsed(words, heads, deps, lemmas):
    doc = Doc(BLANK.vocab, words=words, spaces=[True] * (len(words) - 1) + [False], heads=heads, deps=deps,
              lemmas=lemmas, pos=["PROPN" if w[:1].isupper() else "NOUN" for w in words])
    return doc


def test_a_country_that_is_a_party_to_an_agreement_is_no_event_place():
    words = ["Officials", "signed", "an", "agreement", "with", "Zedland", "in", "Harvel"]
    doc = _parsed(words, heads=[1, 1, 3, 1, 3, 4, 1, 6], deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj",
                  "prep", "pobj"], lemmas=["official", "sign", "an", "agreement", "with", "Zedland", "in", "Harvel"])
    t = doc.text
    nlp_mod.prepare(doc, {})
    doc._.fp_places = [_lit(t, "Zedland", 0.0, 0.0, precision="country"), _lit(t, "Harvel", 1.0, 1.0)]
    doc._.fp_actors = []
    s = t.index("signed")
    loc = event_location(doc, 0, len(t), s, s + 6)
    assert loc.name == "Harvel"
    # the same country after "in" is where it happened
    words[4] = "in"
    doc = _parsed(words, heads=[1, 1, 3, 1, 1, 4, 1, 6], deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj",
                  "prep", "pobj"], lemmas=["official", "sign", "an", "agreement", "in", "Zedland", "in", "Harvel"])
    nlp_mod.prepare(doc, {})
    doc._.fp_places = [_lit(doc.text, "Zedland", 0.0, 0.0, precision="country")]
    doc._.fp_actors = []
    loc = event_location(doc, 0, len(doc.text), s, s + 6)
    assert loc.name == "Zedland"


# -- a town's name before a noun of people --------------------------------------------------------------

def test_a_town_name_before_a_noun_of_people_gives_way_to_the_sentence_place():
    for noun in ("youths", "militiamen", "herders"):
        t = f"Marvo {noun} attacked a checkpoint in Kelby on Tuesday."
        doc = _doc(t, [_lit(t, "Marvo", *FAR), _lit(t, "Kelby", 7.0, 7.0)])
        loc = _locate(doc, t, "attacked")
        assert (loc.lat, loc.lon) == (7.0, 7.0), noun


def test_alone_in_its_sentence_the_town_before_a_noun_of_people_stays():
    t = "Marvo youths marched on Tuesday."
    doc = _doc(t, [_lit(t, "Marvo", *FAR)])
    assert _locate(doc, t, "marched").name == "Marvo"


def test_a_town_before_another_noun_is_no_community():
    t = "Marvo police attacked a checkpoint in Kelby on Tuesday."
    doc = _doc(t, [_lit(t, "Marvo", 7.0, 7.2), _lit(t, "Kelby", 7.0, 7.0)])
    from footprint.places.whose import community as _community
    assert not _community(t, doc._.fp_places[0])


def test_a_town_before_another_noun_yields_to_the_place_of_the_event():
    t = "Marvo police attacked a checkpoint in Kelby on Tuesday."
    doc = _doc(t, [_lit(t, "Marvo", 7.0, 7.2), _lit(t, "Kelby", 7.0, 7.0)])
    assert _locate(doc, t, "attacked").name == "Kelby"


def test_a_town_before_a_noun_of_its_offices_yields_to_a_town_only():
    for t, trig, want in (
        ("Kelby officials said gunmen burned a school in Marvo.", "burned", "Marvo"),
        ("Gunmen attacked the Marvo gendarmerie post in Kelby.", "attacked", "Kelby"),
        ("Marvo police arrested two men on Monday.", "arrested", "Marvo"),  # alone, it stays
        ("Marvo police arrested two men in Zedland.", "arrested", "Marvo"),  # a country is no finer place
        ("Two men died in Marvo police custody, officials in Kelby said.", "died", "Marvo"),  # after "in"
    ):
        places = [_lit(t, n, 7.0, 7.0 + k / 10) for k, n in enumerate(("Marvo", "Kelby")) if n in t]
        if "Zedland" in t:
            places.append(_lit(t, "Zedland", 0.0, 0.0, precision="country"))
        assert _locate(_doc(t, places), t, trig).name == want, t
