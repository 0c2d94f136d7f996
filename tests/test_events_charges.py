"""Acts told inside an accusation: the act a side is accused of is the accuser's allegation (claimant the accuser,
modality ``alleged``); a negated accusation and a clause that only describes the accused allege nothing. Invented
sentences, parsed by hand."""

from __future__ import annotations

from footprint.events import build_events
from footprint.events.assemble import Stages
from footprint.events.syntax import accusation_of
from footprint.testing import actor_mention, token_doc

STAGES = Stages(event_location=lambda *a: None, event_date=lambda *a: (None, False), is_meta=lambda doc, sent: False)


def blamed_for_raid(neg: bool = False, charge: bool = True):
    # Police [did not] blame(d) the rebels for the raid , which wounded three guards on Friday .
    # (charge=False: "Police blamed the rebels , who wounded three guards on Friday .")
    toks = [("Police", "police", "NOUN", "NNS", 1, "nsubj")]
    if neg:
        toks += [("did", "do", "AUX", "VBD", 3, "aux"), ("not", "not", "PART", "RB", 3, "neg"),
                 ("blame", "blame", "VERB", "VB", 3, "ROOT")]
    else:
        toks += [("blamed", "blame", "VERB", "VBD", 1, "ROOT")]
    v = len(toks) - 1
    toks += [("the", "the", "DET", "DT", v + 2, "det"), ("rebels", "rebel", "NOUN", "NNS", v, "dobj")]
    obj = v + 2
    if charge:
        toks += [("for", "for", "ADP", "IN", obj, "prep"), ("the", "the", "DET", "DT", obj + 3, "det"),
                 ("raid", "raid", "NOUN", "NN", obj + 1, "pobj")]
        noun = obj + 3
        rel = [(",", ",", "PUNCT", ",", noun, "punct"), ("which", "which", "PRON", "WDT", noun + 3, "nsubj")]
    else:
        noun = obj
        rel = [(",", ",", "PUNCT", ",", noun, "punct"), ("who", "who", "PRON", "WP", noun + 3, "nsubj")]
    toks += rel
    w = len(toks)
    toks += [("wounded", "wound", "VERB", "VBD", noun, "relcl"), ("three", "three", "NUM", "CD", w + 2, "nummod"),
             ("guards", "guard", "NOUN", "NNS", w, "dobj"), ("on", "on", "ADP", "IN", w, "prep"),
             ("Friday", "Friday", "PROPN", "NNP", w + 3, "pobj"), (".", ".", "PUNCT", ".", v, "punct")]
    return token_doc(toks, [(w + 4, w + 5, "DATE")]), w


def test_an_act_told_inside_a_charge_is_the_accusers_allegation():
    doc, w = blamed_for_raid()
    assert accusation_of(doc[w]).i == 1
    doc._.fp_actors = [actor_mention(doc, 0, 0, "police", None, "state_force"),
                       actor_mention(doc, 3, 3, "rebels", None, "armed_group")]
    evs = [e for e in build_events(doc, STAGES) if e.type != "accusation"]
    assert evs, build_events(doc, STAGES)
    act = evs[0]
    assert act.attribution.modality == "alleged" and act.attribution.claimant == "Police", act.attribution
    assert any(a.role == "actor" and a.text == "rebels" for a in act.actors), act.actors


def test_a_negated_charge_alleges_nothing():
    doc, w = blamed_for_raid(neg=True)
    assert accusation_of(doc[w]) is None


def test_a_clause_that_only_describes_the_accused_is_no_charge():
    doc, w = blamed_for_raid(charge=False)
    assert accusation_of(doc[w]) is None
    for e in build_events(doc, STAGES):
        assert e.attribution.modality != "alleged" or e.type == "accusation", e

