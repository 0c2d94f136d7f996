"""Names that say whose or with whom, not where: a country in a list that modifies a noun ("French and Zedland
troops"), the other party of an agreement told in a phrase set off from its noun, and a government named by its
country or capital as the object of a verb of accusing or urging. Hand-parsed Docs, no model."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from footprint import nlp as nlp_mod
from footprint.model import Place, PlaceMention
from footprint.places import event_location

BLANK = spacy.blank("en")
HOME = ("Nerland", 5.0, 5.0)


def _doc(words, heads, deps, lemmas, pos, places):
    doc = Doc(BLANK.vocab, words=words, spaces=[True] * (len(words) - 1) + [False], heads=heads, deps=deps,
              lemmas=lemmas, pos=pos)
    nlp_mod.prepare(doc, {"places_home": "NN"})
    doc._.fp_meta.update(places_focus={"NN": 1.0}, places_country_points={"NN": HOME})
    text = doc.text
    mentions = []
    for name, precision, feature in places:
        at = text.index(name)
        mentions.append(PlaceMention(at, at + len(name), name,
                                     Place(name, 1.0, 1.0, "ZZ", precision, feature=feature), kind="literal"))
    doc._.fp_places = mentions
    doc._.fp_actors = []
    return doc


def _locate(doc, trigger):
    t = doc.text.index(trigger)
    return event_location(doc, 0, len(doc.text), t, t + len(trigger))


ZEDLAND = ("Zedland", "country", "A.PCLI")


# (sentence, heads, deps, lemmas, pos, trigger, the event's place)
PARSED = [
    # "French and Zedland troops": the list modifies the noun; the document's country, not the troops' own
    ("French and Zedland troops withdrew", [3, 0, 0, 4, 4], "nmod cc conj nsubj ROOT",
     "French and Zedland troop withdraw", "PROPN CCONJ PROPN NOUN VERB", "withdrew", "Nerland"),
    # a list after a preposition is where
    ("Troops fought in Harvel and Zedland", [1, 1, 1, 2, 3, 3], "nsubj ROOT prep pobj cc conj",
     "troop fight in Harvel and Zedland", "NOUN VERB ADP PROPN CCONJ PROPN", "fought", "Zedland"),
    # "ended the agreements in March with Zedland": the parser hangs "with" on the verb
    ("Officials ended the agreements in March with Zedland", [1, 1, 3, 1, 1, 4, 1, 6],
     "nsubj ROOT det dobj prep pobj prep pobj", "official end the agreement in March with Zedland",
     "NOUN VERB DET NOUN ADP PROPN ADP PROPN", "ended", "Nerland"),
    # "with" on a verb whose object is no agreement stays a place
    ("Rebels shelled the border with Zedland", [1, 1, 3, 1, 1, 4], "nsubj ROOT det dobj prep pobj",
     "rebel shell the border with Zedland", "NOUN VERB DET NOUN ADP PROPN", "shelled", "Zedland"),
]


@pytest.mark.parametrize(("sentence", "heads", "deps", "lemmas", "pos", "trigger", "want"), PARSED)
def test_a_country_that_says_whose_or_with_whom_is_no_event_place(sentence, heads, deps, lemmas, pos, trigger, want):
    doc = _doc(sentence.split(), heads=heads, deps=deps.split(), lemmas=lemmas.split(), pos=pos.split(),
               places=[ZEDLAND])
    assert _locate(doc, trigger).name == want


def _accused(verb, lemma, place):
    words = ["Officials", verb, place[0], "of", "meddling"]
    return _doc(words, heads=[1, 1, 1, 1, 3], deps=["nsubj", "ROOT", "dobj", "prep", "pcomp"],
                lemmas=["official", lemma, place[0], "of", "meddle"], pos=["NOUN", "VERB", "PROPN", "ADP", "VERB"],
                places=[place])


def test_a_capital_or_country_accused_or_urged_is_its_government_not_a_place():
    for verb, lemma in (("accused", "accuse"), ("urged", "urge"), ("condemned", "condemn")):
        for place in (("Zedcity", "town", "P.PPLC"), ZEDLAND):
            assert _locate(_accused(verb, lemma, place), verb).name == "Nerland", (verb, place)


def test_a_town_that_is_no_capital_or_a_capital_that_is_attacked_stays_a_place():
    assert _locate(_accused("accused", "accuse", ("Harvel", "town", "P.PPL")), "accused").name == "Harvel"
    assert _locate(_accused("shelled", "shell", ("Zedcity", "town", "P.PPLC")), "shelled").name == "Zedcity"
