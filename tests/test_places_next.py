"""An event told with a wide place whose next sentence goes on about it with a town ("… in the Zorva region. The
attack hit a market in Harvel"), and a name after a verb of leaving ("waiting to leave Tarvosk for the capital").
Hand-built Docs, no model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from footprint import nlp as nlp_mod
from footprint.model import Place, PlaceMention
from footprint.places import event_location
from footprint.places.phrases import locative

BLANK = spacy.blank("en")
FIRST = "Gunmen killed nine people in the Zorva region."


def _doc(second: str, harvel=(10.5, 10.2), gap: str = " ") -> Doc:
    words, spaces, starts = [], [], []
    for k, sent in enumerate((FIRST, second)):
        toks = BLANK.make_doc(sent)
        for t in toks:
            words.append(t.text)
            spaces.append(bool(t.whitespace_))
            starts.append(t.i == 0)
        spaces[-1] = k == 0 and gap == " "
        if k == 0 and gap != " ":
            words.append(gap)
            spaces.append(False)
            starts.append(False)
    doc = Doc(BLANK.vocab, words=words, spaces=spaces, sent_starts=starts)
    nlp_mod.prepare(doc, {})
    text = doc.text
    at = text.index("Zorva")
    ms = [PlaceMention(at, at + 5, "Zorva", Place("Zorva", 10.0, 10.0, "ZZ", "region"), kind="literal")]
    pos = -1
    while (pos := text.find("Harvel", pos + 1)) >= 0:
        ms.append(PlaceMention(pos, pos + 6, "Harvel", Place("Harvel", *harvel, "ZZ", "town"), kind="literal"))
    if "Kelby" in text:
        at = text.index("Kelby")
        ms.append(PlaceMention(at, at + 5, "Kelby", Place("Kelby", 10.1, 10.1, "ZZ", "town"), kind="literal"))
    doc._.fp_places = ms
    doc._.fp_actors = []
    return doc


def _place(doc: Doc) -> str:
    t = doc.text.index("killed")
    return event_location(doc, 0, len(FIRST), t, t + 6).name


def test_the_next_sentence_about_the_event_names_the_town():
    assert _place(_doc("The attack hit a market in Harvel, residents said.")) == "Harvel"
    assert _place(_doc("The drone strike hit buses waiting to leave Harvel.")) == "Harvel"
    # in the next paragraph too: news gives each sentence a paragraph
    assert _place(_doc("The attack hit a market in Harvel, residents said.", gap="\n\n")) == "Harvel"


def test_the_wide_place_stays_at_any_doubt():
    assert _place(_doc("Troops later entered Harvel.")) == "Zorva"  # not about the event
    assert _place(_doc("The attack hit a market in Harvel.", harvel=(30.0, 30.0))) == "Zorva"  # not in the region
    assert _place(_doc("The attack drove families to Harvel.")) == "Zorva"  # where they went
    assert _place(_doc("The attack hit Harvel and Kelby.")) == "Zorva"  # two towns, two points


def test_a_wide_place_with_no_point_keeps_the_event_there():
    # a border area has a country but no point: nothing tells whether the next sentence's town lies in it
    doc = _doc("The attack hit a market in Harvel.")
    zorva, *rest = doc._.fp_places
    doc._.fp_places = [PlaceMention(zorva.start, zorva.end, zorva.text,
                                    Place("border area of Zedland", None, None, "ZZ", "area"), kind="relative"), *rest]
    assert _place(doc) == "border area of Zedland"


def _tagged(words, pos):
    return Doc(BLANK.vocab, words=words, pos=pos)


def test_a_name_after_a_verb_of_leaving_is_in_a_place_phrase():
    doc = _tagged(["buses", "waiting", "to", "leave", "Tarvosk", "for", "the", "capital"],
                  ["NOUN", "VERB", "PART", "VERB", "PROPN", "ADP", "DET", "NOUN"])
    assert locative(doc, 4)
    doc = _tagged(["Thousands", "fled", "Upper", "Tarvosk", ",", "officials", "said"],
                  ["NOUN", "VERB", "PROPN", "PROPN", "PUNCT", "NOUN", "VERB"])
    assert locative(doc, 2)


def test_a_person_left_in_a_state_or_a_noun_leave_is_no_place_phrase():
    doc = _tagged(["The", "war", "left", "Tarvosk", "weakened"], ["DET", "NOUN", "VERB", "PROPN", "VERB"])
    assert not locative(doc, 3)
    doc = _tagged(["They", "will", "leave", "Tarvosk", "in", "charge"], ["PRON", "AUX", "VERB", "PROPN", "ADP", "NOUN"])
    assert not locative(doc, 3)
    doc = _tagged(["on", "left", "Tarvosk", "."], ["ADP", "ADJ", "PROPN", "PUNCT"])
    assert not locative(doc, 2)


def test_a_left_name_with_a_particle_inside_is_one_name():
    # "Plaine du Vell", "Wadi el Tarsa": a lower-case particle between two capitalised words is inside the name
    doc = _tagged(["Families", "fled", "Plaine", "du", "Vell", "for", "the", "south"],
                  ["NOUN", "VERB", "PROPN", "ADP", "PROPN", "ADP", "DET", "NOUN"])
    assert locative(doc, 2)
    doc = _tagged(["Traders", "left", "Wadi", "el", "Tarsa", ",", "witnesses", "said"],
                  ["NOUN", "VERB", "PROPN", "DET", "PROPN", "PUNCT", "NOUN", "VERB"])
    assert locative(doc, 2)


def test_a_particle_does_not_carry_a_left_person_into_a_place():
    # the particle must sit between two capitalised words, and "and" / "on" join two names or start a time
    doc = _tagged(["The", "war", "left", "Paul", "de", "Vell", "weakened"],
                  ["DET", "NOUN", "VERB", "PROPN", "ADP", "PROPN", "VERB"])
    assert not locative(doc, 3)
    doc = _tagged(["The", "raid", "left", "Tarvosk", "and", "Kelby", "weakened"],
                  ["DET", "NOUN", "VERB", "PROPN", "CCONJ", "PROPN", "VERB"])
    assert not locative(doc, 3)
    doc = _tagged(["They", "left", "Tarvosk", "du", "matin", "."], ["PRON", "VERB", "PROPN", "ADP", "NOUN", "PUNCT"])
    assert not locative(doc, 2)
