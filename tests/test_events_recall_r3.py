"""Recall across clauses and sentences: ground taken back as "it", a taking back told in an "until" clause, and
casualties told after a violent event outside the attack family. Invented sentences, parsed by hand."""

from __future__ import annotations

from spacy.tokens import Doc

from footprint.events import build_events
from footprint.events.assemble import Stages
from footprint.events.filters import blocked
from footprint.events.tolls import bare_toll
from footprint.events.vocabulary import lexicon
from footprint.model import Quantity
from footprint.testing import token_doc

STAGES = Stages(event_location=lambda *a: None, event_date=lambda *a: (None, False), is_meta=lambda doc, sent: False)


def two_sentences(first: list, second: list, ents: list) -> Doc:
    n = len(first)
    second = [(w, lemma, pos, tag, head + n, dep) for w, lemma, pos, tag, head, dep in second]
    tokens = first + second
    return token_doc(tokens, ents, sent_starts=[i in (0, n) for i in range(len(tokens))])


# --- ground taken back: "retook it" -----------------------------------------------------------------------------


def seized_then_taken_back(verb: tuple = ("recaptured", "recapture", "VBD"), mark: str | None = None) -> Doc:
    # Rebels seized Tarnok in 2019 . Soldiers recaptured it in 2021 .
    # (mark: "... . <Mark> soldiers recaptured it ..." is not used; see the "until" test)
    first = [
        ("Rebels", "rebel", "NOUN", "NNS", 1, "nsubj"), ("seized", "seize", "VERB", "VBD", 1, "ROOT"),
        ("Tarnok", "Tarnok", "PROPN", "NNP", 1, "dobj"), ("in", "in", "ADP", "IN", 1, "prep"),
        ("2019", "2019", "NUM", "CD", 3, "pobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ]
    second = [
        ("Soldiers", "soldier", "NOUN", "NNS", 1, "nsubj"), (verb[0], verb[1], "VERB", verb[2], 1, "ROOT"),
        ("it", "it", "PRON", "PRP", 1, "dobj"), ("in", "in", "ADP", "IN", 1, "prep"),
        ("2021", "2021", "NUM", "CD", 3, "pobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ]
    return two_sentences(first, second, [(2, 3, "GPE"), (4, 5, "DATE"), (10, 11, "DATE")])


def test_ground_taken_back_as_it_is_a_change_of_hands():
    evs = build_events(seized_then_taken_back(), STAGES)
    assert sorted(e.type for e in evs) == ["territory_overtaken", "territory_regained"], evs
    back = next(e for e in evs if e.type == "territory_regained")
    assert any(a.role == "actor" and a.text == "Soldiers" for a in back.actors), back.actors


def test_a_past_form_the_lemmatiser_left_as_it_is_takes_it_back_too():
    evs = build_events(seized_then_taken_back(verb=("retook", "retook", "VBD")), STAGES)
    assert "territory_regained" in [e.type for e in evs], evs


def test_it_taken_with_no_side_and_no_taking_back_is_no_ground():
    # "Soldiers took it in 2021": "it" may be anything; without "from" a side no place is read
    evs = build_events(seized_then_taken_back(verb=("took", "take", "VBD")), STAGES)
    assert [e.type for e in evs] == ["territory_overtaken"], evs


def test_it_taken_back_with_no_place_named_before_is_nothing():
    # Rebels seized weapons in 2019 . Soldiers recaptured it in 2021 .
    doc = seized_then_taken_back()
    words = [t.text if t.i != 2 else "weapons" for t in doc]
    toks = [(w, t.lemma_ if t.i != 2 else "weapon", t.pos_ if t.i != 2 else "NOUN", t.tag_ if t.i != 2 else "NNS",
             t.head.i - (6 if t.i >= 6 else 0), t.dep_) for w, t in zip(words, doc)]
    doc = two_sentences(toks[:6], toks[6:], [(4, 5, "DATE"), (10, 11, "DATE")])
    assert "territory_regained" not in [e.type for e in build_events(doc, STAGES)]


# --- "until" with a prefixed irregular past the tagger read as a present -----------------------------------------


def held_until(verb: tuple) -> Doc:
    # Rebels held Tarnok until soldiers retook it .
    toks = [
        ("Rebels", "rebel", "NOUN", "NNS", 1, "nsubj"), ("held", "hold", "VERB", "VBD", 1, "ROOT"),
        ("Tarnok", "Tarnok", "PROPN", "NNP", 1, "dobj"), ("until", "until", "SCONJ", "IN", 5, "mark"),
        ("soldiers", "soldier", "NOUN", "NNS", 5, "nsubj"), (verb[0], verb[1], "VERB", verb[2], 1, "advcl"),
        ("it", "it", "PRON", "PRP", 5, "dobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ]
    return token_doc(toks, [(2, 3, "GPE")])


def test_a_prefixed_irregular_past_after_until_is_told():
    doc = held_until(("retook", "retook", "VBP"))
    assert blocked(doc[5], lexicon()) == ""
    assert "territory_regained" in [e.type for e in build_events(doc, STAGES)]


def test_a_present_after_until_is_still_to_come():
    # "... until soldiers retake it": not yet
    doc = held_until(("retake", "retake", "VBP"))
    assert blocked(doc[5], lexicon()) == "conditional"


# --- casualties told after a violent event outside the attack family ---------------------------------------------


def riot_then_toll(toll_place: bool = False) -> Doc:
    # A mob attacked traders in Tarnok . Two people were killed ( in Pesk ) .
    first = [
        ("A", "a", "DET", "DT", 1, "det"), ("mob", "mob", "NOUN", "NN", 2, "nsubj"),
        ("attacked", "attack", "VERB", "VBD", 2, "ROOT"), ("traders", "trader", "NOUN", "NNS", 2, "dobj"),
        ("in", "in", "ADP", "IN", 2, "prep"), ("Tarnok", "Tarnok", "PROPN", "NNP", 4, "pobj"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ]
    second = [
        ("Two", "two", "NUM", "CD", 1, "nummod"), ("people", "people", "NOUN", "NNS", 4, "nsubjpass"),
        ("were", "be", "AUX", "VBD", 4, "auxpass"), ("killed", "kill", "VERB", "VBN", 4, "ROOT"),
    ]
    ents = [(5, 6, "GPE"), (7, 8, "CARDINAL")]
    if toll_place:
        second = [second[0], second[1], second[2], second[3]]
        second[1] = ("people", "people", "NOUN", "NNS", 3, "nsubjpass")
        second[2] = ("were", "be", "AUX", "VBD", 3, "auxpass")
        second[3] = ("killed", "kill", "VERB", "VBN", 3, "ROOT")
        second += [("in", "in", "ADP", "IN", 3, "prep"), ("Pesk", "Pesk", "PROPN", "NNP", 4, "pobj")]
        ents.append((13, 14, "GPE"))
        second.append((".", ".", "PUNCT", ".", 3, "punct"))
    else:
        second = [second[0], ("people", "people", "NOUN", "NNS", 3, "nsubjpass"),
                  ("were", "be", "AUX", "VBD", 3, "auxpass"), ("killed", "kill", "VERB", "VBN", 3, "ROOT"),
                  (".", ".", "PUNCT", ".", 3, "punct")]
    return two_sentences(first, second, ents)


def test_a_toll_after_mob_violence_is_its_toll():
    evs = build_events(riot_then_toll(), STAGES)
    assert [e.type for e in evs] == ["mob_violence"], evs
    assert "mob" in evs[0].evidence.sentence  # the toll adds to the riot, no attack of its own


def test_a_toll_with_a_place_of_its_own_is_told_apart():
    evs = build_events(riot_then_toll(toll_place=True), STAGES)
    assert len(evs) == 2, evs


# --- a sentence of deaths with no trigger of its own: "Three passengers died." -------------------------------------


def bomb_then_deaths(second_words: list | None = None, ents: list | None = None) -> Doc:
    # A bomb hit a bus near Tarnok . Three passengers died .
    first = [
        ("A", "a", "DET", "DT", 1, "det"), ("bomb", "bomb", "NOUN", "NN", 2, "nsubj"),
        ("hit", "hit", "VERB", "VBD", 2, "ROOT"), ("a", "a", "DET", "DT", 4, "det"),
        ("bus", "bus", "NOUN", "NN", 2, "dobj"), ("near", "near", "ADP", "IN", 2, "prep"),
        ("Tarnok", "Tarnok", "PROPN", "NNP", 5, "pobj"), (".", ".", "PUNCT", ".", 2, "punct"),
    ]
    second = second_words or [
        ("Three", "three", "NUM", "CD", 1, "nummod"), ("passengers", "passenger", "NOUN", "NNS", 2, "nsubj"),
        ("died", "die", "VERB", "VBD", 2, "ROOT"), (".", ".", "PUNCT", ".", 2, "punct"),
    ]
    doc = two_sentences(first, second, [(6, 7, "GPE"), (8, 9, "CARDINAL")] + (ents or []))
    start = doc[8].idx
    doc._.fp_quantities = [Quantity(kind="fatalities", min=3.0, max=3.0, unit="personnel", approximate=False,
                                    text=doc[8:10].text, start=start, end=doc[9].idx + len(doc[9].text))]
    return doc


def test_deaths_told_in_the_next_sentence_are_the_attacks_toll():
    doc = bomb_then_deaths()
    assert [q.kind for q in bare_toll(doc[8:12], list(doc._.fp_quantities))] == ["fatalities"]
    evs = build_events(doc, STAGES)
    assert len(evs) == 1, evs
    assert [q.min for q in evs[0].quantities] == [3.0], evs[0].quantities


def test_deaths_still_to_come_or_placed_elsewhere_are_not_its_toll():
    may = [
        ("Three", "three", "NUM", "CD", 1, "nummod"), ("passengers", "passenger", "NOUN", "NNS", 3, "nsubj"),
        ("may", "may", "AUX", "MD", 3, "aux"), ("die", "die", "VERB", "VB", 3, "ROOT"), (".", ".", "PUNCT", ".", 3, "punct"),
    ]
    doc = bomb_then_deaths(may)
    assert bare_toll(doc[8:13], list(doc._.fp_quantities)) == []
    assert all(not e.quantities for e in build_events(doc, STAGES))
    elsewhere = [
        ("Three", "three", "NUM", "CD", 1, "nummod"), ("passengers", "passenger", "NOUN", "NNS", 2, "nsubj"),
        ("died", "die", "VERB", "VBD", 2, "ROOT"), ("in", "in", "ADP", "IN", 2, "prep"),
        ("Pesk", "Pesk", "PROPN", "NNP", 3, "pobj"), (".", ".", "PUNCT", ".", 2, "punct"),
    ]
    doc = bomb_then_deaths(elsewhere, [(12, 13, "GPE")])
    assert bare_toll(doc[8:14], list(doc._.fp_quantities)) == []
