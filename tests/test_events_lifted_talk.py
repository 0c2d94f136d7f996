"""A verb of talk coordinated after a reported clause that it cannot share: "said troops would stay ... and
accused X of ...", "said his men had not lost a position and blamed X for ..." are the speaker's accusations,
not part of what is said (so neither a modal nor a negation of that clause blocks them).
Hand-built parses of invented sentences (no model).

Tokens are (word, lemma, pos, tag, head, dep), the root points at itself."""

from __future__ import annotations

from spacy.tokens import Doc

from footprint.events import build_events
from footprint.events.assemble import Stages
from footprint.events.filters import blocked
from footprint.events.syntax import lifted_conj, subjects
from footprint.events.vocabulary import lexicon
from footprint.testing import token_doc

STAGES = Stages(event_location=lambda *a: None, event_date=lambda *a: (None, False), is_meta=lambda doc, sent: False)


def said_would_stay(gov: tuple = ("said", "say"), conj: tuple = ("accused", "accuse", "VBD"),
                    own_aux: bool = False) -> Doc:
    # The ministry said troops would stay in Ostrava and accused the rebels of shelling the market .
    # (own_aux: "... and had accused ...")
    toks = [
        ("The", "the", "DET", "DT", 1, "det"), ("ministry", "ministry", "NOUN", "NN", 2, "nsubj"),
        (gov[0], gov[1], "VERB", "VBD", 2, "ROOT"), ("troops", "troop", "NOUN", "NNS", 5, "nsubj"),
        ("would", "would", "AUX", "MD", 5, "aux"), ("stay", "stay", "VERB", "VB", 2, "ccomp"),
        ("in", "in", "ADP", "IN", 5, "prep"), ("Ostrava", "Ostrava", "PROPN", "NNP", 6, "pobj"),
        ("and", "and", "CCONJ", "CC", 5, "cc"),
    ]
    at = len(toks)
    if own_aux:
        toks.append(("had", "have", "AUX", "VBD", at + 1, "aux"))
        at += 1
    toks += [
        (conj[0], conj[1], "VERB", conj[2], 5, "conj"), ("the", "the", "DET", "DT", at + 2, "det"),
        ("rebels", "rebel", "NOUN", "NNS", at, "dobj"), ("of", "of", "ADP", "IN", at, "prep"),
        ("shelling", "shell", "VERB", "VBG", at + 3, "pcomp"), ("the", "the", "DET", "DT", at + 6, "det"),
        ("market", "market", "NOUN", "NN", at + 4, "dobj"), (".", ".", "PUNCT", ".", 2, "punct"),
    ]
    return token_doc(toks)


def test_a_past_tense_after_a_modal_joins_the_verb_of_saying():
    doc = said_would_stay()
    assert lifted_conj(doc[9]).i == 2
    assert [t.text for t in subjects(doc[9])] == ["ministry"]
    assert blocked(doc[9], lexicon()) == ""  # "would" belongs to "stay", not to "accused"
    acc = [e for e in build_events(doc, STAGES) if e.type == "accusation"]
    assert acc, build_events(doc, STAGES)
    assert any(a.role == "actor" and "ministry" in a.text for a in acc[0].actors), acc[0].actors
    assert any(a.role == "target" and "rebels" in a.text for a in acc[0].actors), acc[0].actors


def test_a_conjunct_that_can_share_the_modal_stays_in_what_is_said():
    # "... would stay in Ostrava and accuse the rebels ...": a bare verb shares "would"
    doc = said_would_stay(conj=("accuse", "accuse", "VB"))
    assert lifted_conj(doc[9]) is None
    assert blocked(doc[9], lexicon()) == "modal"
    # an auxiliary of its own: the existing rule keeps its own modality, no lifting
    doc = said_would_stay(own_aux=True)
    assert lifted_conj(doc[10]) is None


def test_only_under_a_verb_of_saying():
    # "The ministry hoped troops would stay ... and accused ...": not a reported clause
    doc = said_would_stay(gov=("hoped", "hope"))
    assert lifted_conj(doc[9]) is None


def not_lost_and(conj: tuple = ("blamed", "blame"), gov: tuple = ("said", "say")) -> Doc:
    # A commander said his men had not lost a position and blamed the militia for the raid .
    return token_doc([
        ("A", "a", "DET", "DT", 1, "det"), ("commander", "commander", "NOUN", "NN", 2, "nsubj"),
        (gov[0], gov[1], "VERB", "VBD", 2, "ROOT"), ("his", "his", "PRON", "PRP$", 4, "poss"),
        ("men", "man", "NOUN", "NNS", 7, "nsubj"), ("had", "have", "AUX", "VBD", 7, "aux"),
        ("not", "not", "PART", "RB", 7, "neg"), ("lost", "lose", "VERB", "VBN", 2, "ccomp"),
        ("a", "a", "DET", "DT", 9, "det"), ("position", "position", "NOUN", "NN", 7, "dobj"),
        ("and", "and", "CCONJ", "CC", 7, "cc"), (conj[0], conj[1], "VERB", "VBD", 7, "conj"),
        ("the", "the", "DET", "DT", 13, "det"), ("militia", "militia", "NOUN", "NN", 11, "dobj"),
        ("for", "for", "ADP", "IN", 11, "prep"), ("the", "the", "DET", "DT", 16, "det"),
        ("raid", "raid", "NOUN", "NN", 14, "pobj"), (".", ".", "PUNCT", ".", 2, "punct"),
    ])


def test_a_blame_after_a_negated_reported_clause_is_the_speakers():
    doc = not_lost_and()
    assert lifted_conj(doc[11]).i == 2
    assert blocked(doc[11], lexicon()) == ""
    acc = [e for e in build_events(doc, STAGES) if e.type == "accusation"]
    assert acc and any(a.role == "actor" and "commander" in a.text for a in acc[0].actors), acc


def test_an_act_after_a_negated_reported_clause_keeps_the_negation():
    # "... had not lost a position and burned the militia ...": not a verb of blame, so it may share "had not"
    doc = not_lost_and(conj=("burned", "burn"))
    assert lifted_conj(doc[11]) is None
    assert blocked(doc[11], lexicon()) == "negated"


# --- a war told as breaking out, with a day or a place of its own, is no mention of fighting told before ---------


def clash_then_war(with_date: bool = True) -> Doc:
    # Rebels attacked a checkpoint in Ostrava . The war between the army and the rebels broke out in Brno
    # in April 2023 .   (without the date and place: "... broke out .")
    first = [
        ("Rebels", "rebel", "NOUN", "NNS", 1, "nsubj"), ("attacked", "attack", "VERB", "VBD", 1, "ROOT"),
        ("a", "a", "DET", "DT", 3, "det"), ("checkpoint", "checkpoint", "NOUN", "NN", 1, "dobj"),
        ("in", "in", "ADP", "IN", 1, "prep"), ("Ostrava", "Ostrava", "PROPN", "NNP", 4, "pobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ]
    n = len(first)
    second = [
        ("The", "the", "DET", "DT", n + 1, "det"), ("war", "war", "NOUN", "NN", n + 8, "nsubj"),
        ("between", "between", "ADP", "IN", n + 1, "prep"), ("the", "the", "DET", "DT", n + 4, "det"),
        ("army", "army", "NOUN", "NN", n + 2, "pobj"), ("and", "and", "CCONJ", "CC", n + 4, "cc"),
        ("the", "the", "DET", "DT", n + 7, "det"), ("rebels", "rebel", "NOUN", "NNS", n + 4, "conj"),
        ("broke", "break", "VERB", "VBD", n + 8, "ROOT"), ("out", "out", "ADP", "RP", n + 8, "prt"),
    ]
    ents = []
    if with_date:
        second += [
            ("in", "in", "ADP", "IN", n + 8, "prep"), ("Brno", "Brno", "PROPN", "NNP", n + 10, "pobj"),
            ("in", "in", "ADP", "IN", n + 8, "prep"), ("April", "April", "PROPN", "NNP", n + 12, "pobj"),
            ("2023", "2023", "NUM", "CD", n + 13, "nummod"),
        ]
        ents = [(n + 11, n + 12, "GPE"), (n + 13, n + 15, "DATE")]
    second.append((".", ".", "PUNCT", ".", n + 8, "punct"))
    tokens = first + second
    return token_doc(tokens, ents, sent_starts=[i in (0, n) for i in range(len(tokens))])


def test_a_war_breaking_out_on_a_day_of_its_own_is_an_event_of_its_own():
    evs = build_events(clash_then_war(), STAGES)
    assert sorted(e.type for e in evs) == ["armed_clash", "armed_clash"], evs
    assert any("broke out" in e.evidence.sentence for e in evs)


def test_the_war_with_nothing_of_its_own_points_back_to_the_fighting_told():
    evs = build_events(clash_then_war(with_date=False), STAGES)
    assert [e.type for e in evs] == ["armed_clash"], evs
    assert "attacked" in evs[0].evidence.sentence
