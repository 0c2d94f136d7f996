"""A sentence that names no place but goes on from the sentence before takes that sentence's one place."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from footprint import nlp as nlp_mod
from footprint.model import Place, PlaceMention
from footprint.places import event_location

TOWN = ("Dambou", 11.2, 14.1, "CM", "town")
OTHER = ("Kerawa", 11.0, 14.3, "CM", "town")


def _doc(rows, places, *, parsed=True):
    """``rows``: (word, lemma, pos, head, dep) with absolute heads; ``places``: (token index, place fields)."""
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", ",") and not words[i + 1].isspace()
              and not words[i].isspace() for i in range(len(words))]
    extra = {"heads": [r[3] for r in rows], "deps": [r[4] for r in rows]} if parsed else {}
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, lemmas=[r[1] for r in rows],
              pos=[r[2] for r in rows], **extra)
    nlp_mod.prepare(doc, {"places_home": "CM"})
    doc._.fp_meta.update(places_focus={"CM": 1.0}, places_country_points={"CM": ("Cameroon", 6.0, 12.0)})
    mentions = []
    for i, (name, lat, lon, country, precision) in places:
        t = doc[i]
        mentions.append(PlaceMention(t.idx, t.idx + len(t.text), t.text,
                                     Place(name, lat, lon, country, precision), kind="literal"))
    doc._.fp_places = mentions
    doc._.fp_actors = []
    return doc


# "Fighters came into Dambou at night."
FIRST = [("Fighters", "fighter", "NOUN", 1, "nsubj"), ("came", "come", "VERB", 1, "ROOT"),
         ("into", "into", "ADP", 1, "prep"), ("Dambou", "Dambou", "PROPN", 2, "pobj"),
         ("at", "at", "ADP", 1, "prep"), ("night", "night", "NOUN", 4, "pobj"), (".", ".", "PUNCT", 1, "punct")]


def _second(rows):
    """The rows of a second sentence with heads given from its own start."""
    return [(w, lemma, pos, head + len(FIRST), dep) for w, lemma, pos, head, dep in rows]


THEY_BURNED = _second([("They", "they", "PRON", 1, "nsubj"), ("burned", "burn", "VERB", 1, "ROOT"),
                       ("ten", "ten", "NUM", 3, "nummod"), ("houses", "house", "NOUN", 1, "dobj"),
                       (".", ".", "PUNCT", 1, "punct")])


def _locate(doc, trigger: str):
    sent = list(doc.sents)[-1]
    t = doc.text.index(trigger, sent.start_char)
    return event_location(doc, sent.start_char, sent.end_char, t, t + len(trigger))


def test_a_pronoun_subject_takes_the_place_of_the_sentence_before():
    loc = _locate(_doc(FIRST + THEY_BURNED, [(3, TOWN)]), "burned")
    assert loc is not None and (loc.name, loc.precision) == ("Dambou", "town")
    assert "sentence before" in loc.reasons[0]


def test_a_definite_passive_subject_takes_it_too():
    # "The men were shot dead."
    rows = _second([("The", "the", "DET", 1, "det"), ("men", "man", "NOUN", 3, "nsubjpass"),
                    ("were", "be", "AUX", 3, "auxpass"), ("shot", "shoot", "VERB", 3, "ROOT"),
                    ("dead", "dead", "ADJ", 3, "acomp"), (".", ".", "PUNCT", 3, "punct")])
    loc = _locate(_doc(FIRST + rows, [(3, TOWN)]), "shot")
    assert loc is not None and loc.name == "Dambou"


def test_a_coordinated_verb_takes_the_subject_of_the_first():
    # "They burned houses and killed six."
    rows = _second([("They", "they", "PRON", 1, "nsubj"), ("burned", "burn", "VERB", 1, "ROOT"),
                    ("houses", "house", "NOUN", 1, "dobj"), ("and", "and", "CCONJ", 1, "cc"),
                    ("killed", "kill", "VERB", 1, "conj"), ("six", "six", "NUM", 4, "dobj"),
                    (".", ".", "PUNCT", 1, "punct")])
    loc = _locate(_doc(FIRST + rows, [(3, TOWN)]), "killed")
    assert loc is not None and loc.name == "Dambou"


def test_an_indefinite_subject_starts_something_new():
    # "An ambush killed six soldiers." may have happened anywhere: the document's country
    rows = _second([("An", "an", "DET", 1, "det"), ("ambush", "ambush", "NOUN", 2, "nsubj"),
                    ("killed", "kill", "VERB", 2, "ROOT"), ("six", "six", "NUM", 4, "nummod"),
                    ("soldiers", "soldier", "NOUN", 2, "dobj"), (".", ".", "PUNCT", 2, "punct")])
    loc = _locate(_doc(FIRST + rows, [(3, TOWN)]), "killed")
    assert loc is not None and (loc.name, loc.precision) == ("Cameroon", "country")


def test_two_places_before_say_nothing():
    # "Fighters came into Dambou from Kerawa at night. They burned ten houses."
    first = [("Fighters", "fighter", "NOUN", 1, "nsubj"), ("came", "come", "VERB", 1, "ROOT"),
             ("into", "into", "ADP", 1, "prep"), ("Dambou", "Dambou", "PROPN", 2, "pobj"),
             ("from", "from", "ADP", 1, "prep"), ("Kerawa", "Kerawa", "PROPN", 4, "pobj"),
             (".", ".", "PUNCT", 1, "punct")]
    loc = _locate(_doc(first + THEY_BURNED, [(3, TOWN), (5, OTHER)]), "burned")
    assert loc is not None and loc.precision == "country"


def test_a_region_before_is_not_carried():
    region = ("Far North", 10.5, 14.3, "CM", "region")
    loc = _locate(_doc(FIRST + THEY_BURNED, [(3, region)]), "burned")
    assert loc is not None and loc.precision == "country"


def test_a_paragraph_break_stops_it():
    rows = FIRST + [("\n\n", "\n\n", "SPACE", 1, "dep")]
    second = [(w, lemma, pos, head + 1, dep) for w, lemma, pos, head, dep in THEY_BURNED]
    doc = _doc(rows + second, [(3, TOWN)])
    assert "\n\n" in doc.text
    loc = _locate(doc, "burned")
    assert loc is not None and loc.precision == "country"


def test_without_a_parse_nothing_is_carried():
    rows = [(w, lemma, pos, 0, "") for w, lemma, pos, _, _ in FIRST + THEY_BURNED]
    doc = _doc(rows, [(3, TOWN)], parsed=False)
    doc[len(FIRST)].is_sent_start = True
    t = doc.text.index("burned")
    s = doc.text.index("They")
    loc = event_location(doc, s, len(doc.text), t, t + 6)
    assert loc is not None and loc.precision == "country"


def test_empty_and_hostile_sentences_do_not_break_it():
    # a lone pronoun sentence at the start of a text: nothing before it
    rows = [("They", "they", "PRON", 1, "nsubj"), ("fled", "flee", "VERB", 1, "ROOT"), (".", ".", "PUNCT", 1, "punct")]
    doc = _doc(rows, [])
    assert _locate(doc, "fled") is not None  # the document's country
    doc._.fp_meta.update(places_focus={}, places_home=None)
    assert _locate(doc, "fled") is None
