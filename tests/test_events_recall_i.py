"""Recall rules from the dev-i reports (aid situation reports, wire stories with updates): casualties told in a
clause of their own after the attack in the same sentence are its toll, not a second attack; a capture keeps its
type when the casualty verb beside it was typed by a weapon. Hand-built parses of invented sentences (no model).

Tokens are (word, lemma, pos, tag, head, dep), the root points at itself."""

from __future__ import annotations

from footprint.events import build_events
from footprint.events.assemble import Stages
from footprint.testing import token_doc

STAGES = Stages(event_location=lambda *a: None, event_date=lambda *a: (None, False), is_meta=lambda doc, sent: False)
ATTACKS = {"drone_strike", "air_strike", "attack_on_civilians", "armed_clash", "shelling", "ied_attack"}


def drone_then_driver():
    # A drone struck a truck near Tongo on Monday ; the driver was killed , sources said .
    # (the parser hangs the strike below the casualty clause, as it does with a semicolon)
    return token_doc([
        ("A", "a", "DET", "DT", 1, "det"), ("drone", "drone", "NOUN", "NN", 2, "nsubj"),
        ("struck", "strike", "VERB", "VBD", 13, "ccomp"), ("a", "a", "DET", "DT", 4, "det"),
        ("truck", "truck", "NOUN", "NN", 2, "dobj"), ("near", "near", "ADP", "IN", 2, "prep"),
        ("Tongo", "Tongo", "PROPN", "NNP", 5, "pobj"), ("on", "on", "ADP", "IN", 2, "prep"),
        ("Monday", "Monday", "PROPN", "NNP", 7, "pobj"), (";", ";", "PUNCT", ":", 13, "punct"),
        ("the", "the", "DET", "DT", 11, "det"), ("driver", "driver", "NOUN", "NN", 13, "nsubjpass"),
        ("was", "be", "AUX", "VBD", 13, "auxpass"), ("killed", "kill", "VERB", "VBN", 16, "ccomp"),
        (",", ",", "PUNCT", ",", 16, "punct"), ("sources", "source", "NOUN", "NNS", 16, "nsubj"),
        ("said", "say", "VERB", "VBD", 16, "ROOT"), (".", ".", "PUNCT", ".", 16, "punct"),
    ], ents=[(6, 7, "GPE"), (8, 9, "DATE")])


def fighting_after_killing():
    # Fighting shook the town on Monday , a day after a commander was killed .
    return token_doc([
        ("Fighting", "fighting", "NOUN", "NN", 1, "nsubj"), ("shook", "shake", "VERB", "VBD", 1, "ROOT"),
        ("the", "the", "DET", "DT", 3, "det"), ("town", "town", "NOUN", "NN", 1, "dobj"),
        ("on", "on", "ADP", "IN", 1, "prep"), ("Monday", "Monday", "PROPN", "NNP", 4, "pobj"),
        (",", ",", "PUNCT", ",", 1, "punct"), ("a", "a", "DET", "DT", 8, "det"),
        ("day", "day", "NOUN", "NN", 13, "npadvmod"), ("after", "after", "SCONJ", "IN", 13, "mark"),
        ("a", "a", "DET", "DT", 11, "det"), ("commander", "commander", "NOUN", "NN", 13, "nsubjpass"),
        ("was", "be", "AUX", "VBD", 13, "auxpass"), ("killed", "kill", "VERB", "VBN", 1, "advcl"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ], ents=[(5, 6, "DATE")])


def recaptured_and_killed():
    # Troops , backed by drones , recaptured the town and killed 17 militants .
    return token_doc([
        ("Troops", "troop", "NOUN", "NNS", 6, "nsubj"), (",", ",", "PUNCT", ",", 0, "punct"),
        ("backed", "back", "VERB", "VBN", 0, "acl"), ("by", "by", "ADP", "IN", 2, "agent"),
        ("drones", "drone", "NOUN", "NNS", 3, "pobj"), (",", ",", "PUNCT", ",", 0, "punct"),
        ("recaptured", "recapture", "VERB", "VBD", 6, "ROOT"), ("the", "the", "DET", "DT", 8, "det"),
        ("town", "town", "NOUN", "NN", 6, "dobj"), ("and", "and", "CCONJ", "CC", 6, "cc"),
        ("killed", "kill", "VERB", "VBD", 6, "conj"), ("17", "17", "NUM", "CD", 12, "nummod"),
        ("militants", "militant", "NOUN", "NNS", 10, "dobj"), (".", ".", "PUNCT", ".", 6, "punct"),
    ])


def test_casualties_in_a_clause_of_their_own_are_the_toll_of_the_strike_before_them():
    events = [e for e in build_events(drone_then_driver(), STAGES) if e.type in ATTACKS]
    assert len(events) == 1, [(e.type, e.trigger) for e in events]
    assert events[0].type == "drone_strike"
    # the victims the casualty clause names are the strike's
    assert any(a.role == "target" and "driver" in a.text for a in events[0].actors), events[0].actors


def test_a_killing_told_in_sequence_stays_an_event_of_its_own():
    events = [e for e in build_events(fighting_after_killing(), STAGES) if e.type in ATTACKS]
    assert len(events) == 2, [(e.type, e.trigger) for e in events]


def test_a_capture_keeps_its_type_beside_a_casualty_verb_typed_by_a_weapon():
    events = build_events(recaptured_and_killed(), STAGES)
    assert [e.type for e in events if e.type in ATTACKS | {"territory_regained", "territory_overtaken"}] == [
        "territory_regained"], [(e.type, e.trigger) for e in events]


def attacks_killed(when: list[tuple], ent: tuple[int, int]):
    # Attacks killed 2,000 people <when> .
    toks = [("Attacks", "attack", "NOUN", "NNS", 1, "nsubj"), ("killed", "kill", "VERB", "VBD", 1, "ROOT"),
            ("2,000", "2,000", "NUM", "CD", 3, "nummod"), ("people", "people", "NOUN", "NNS", 1, "dobj")]
    toks += when + [(".", ".", "PUNCT", ".", 1, "punct")]
    return token_doc(toks, ents=[(ent[0], ent[1], "DATE")])


def test_a_toll_of_plural_attacks_over_months_is_a_total():
    # "... between July and September"
    doc = attacks_killed([("between", "between", "ADP", "IN", 1, "prep"), ("July", "July", "PROPN", "NNP", 4, "pobj"),
                          ("and", "and", "CCONJ", "CC", 5, "cc"), ("September", "September", "PROPN", "NNP", 5, "conj")],
                         (4, 8))
    assert [e for e in build_events(doc, STAGES) if e.type in ATTACKS] == []


def test_a_toll_of_plural_attacks_on_one_day_is_still_told():
    # "... on Monday"
    doc = attacks_killed([("on", "on", "ADP", "IN", 1, "prep"), ("Monday", "Monday", "PROPN", "NNP", 4, "pobj")], (5, 6))
    assert [e.type for e in build_events(doc, STAGES) if e.type in ATTACKS]


def fight_then_outcome(place_in_second: bool = False):
    # Troops fought rebels in Kibati . After fierce fighting , troops killed eight rebels [in Tongo] .
    toks = [("Troops", "troop", "NOUN", "NNS", 1, "nsubj"), ("fought", "fight", "VERB", "VBD", 1, "ROOT"),
            ("rebels", "rebel", "NOUN", "NNS", 1, "dobj"), ("in", "in", "ADP", "IN", 1, "prep"),
            ("Kibati", "Kibati", "PROPN", "NNP", 3, "pobj"), (".", ".", "PUNCT", ".", 1, "punct"),
            ("After", "after", "ADP", "IN", 11, "prep"), ("fierce", "fierce", "ADJ", "JJ", 8, "amod"),
            ("fighting", "fighting", "NOUN", "NN", 6, "pobj"), (",", ",", "PUNCT", ",", 11, "punct"),
            ("troops", "troop", "NOUN", "NNS", 11, "nsubj"), ("killed", "kill", "VERB", "VBD", 11, "ROOT"),
            ("eight", "eight", "NUM", "CD", 13, "nummod"), ("rebels", "rebel", "NOUN", "NNS", 11, "dobj")]
    ents = [(4, 5, "GPE")]
    if place_in_second:
        toks += [("in", "in", "ADP", "IN", 11, "prep"), ("Tongo", "Tongo", "PROPN", "NNP", 14, "pobj")]
        ents.append((15, 16, "GPE"))
    toks.append((".", ".", "PUNCT", ".", 11, "punct"))
    return token_doc(toks, ents=ents, sent_starts=[i in (0, 6) for i in range(len(toks))])


def test_the_outcome_told_after_the_fighting_is_that_fight():
    events = [e for e in build_events(fight_then_outcome(), STAGES) if e.type in ATTACKS]
    assert len(events) == 1, [(e.type, e.trigger) for e in events]


def test_a_fight_after_fighting_with_a_place_of_its_own_is_another():
    events = [e for e in build_events(fight_then_outcome(place_in_second=True), STAGES) if e.type in ATTACKS]
    assert len(events) == 2, [(e.type, e.trigger) for e in events]
