"""Unit tests for ground retaken "without a fight", accusations told as a participle on the accused ("the police,
accused by traders of ..., said ...") and the count of the people an abduction takes. Invented sentences, parsed
by hand (no model is loaded)."""

from __future__ import annotations

from footprint.events import build_events
from footprint.events.abuses import taken_counted
from footprint.events.assemble import Stages
from footprint.events.classify import find_candidates
from footprint.model import Quantity
from footprint.testing import token_doc

STAGES = Stages(event_location=lambda *a: None, event_date=lambda *a: (None, False), is_meta=lambda doc, sent: False)


def took_back(verb: tuple, cue: bool = True):
    # Soldiers <retook|occupied> Varnia on Monday [without a fight] .
    toks = [("Soldiers", "soldier", "NOUN", "NNS", 1, "nsubj"), (*verb, 1, "ROOT"),
            ("Varnia", "Varnia", "PROPN", "NNP", 1, "dobj"), ("on", "on", "ADP", "IN", 1, "prep"),
            ("Monday", "Monday", "PROPN", "NNP", 3, "pobj")]
    if cue:
        toks += [("without", "without", "ADP", "IN", 1, "prep"), ("a", "a", "DET", "DT", 7, "det"),
                 ("fight", "fight", "NOUN", "NN", 5, "pobj")]
    toks += [(".", ".", "PUNCT", ".", 1, "punct")]
    return token_doc(toks)


def test_ground_retaken_without_a_fight_is_retaken_not_handed_over():
    evs = build_events(took_back(("retook", "retake", "VERB", "VBD")), STAGES)
    assert [e.type for e in evs] == ["territory_regained"], evs


def test_ground_taken_without_a_fight_is_still_a_transfer():
    # the cue still makes a plain take-over a transfer: only a retaking is read as the side's change of ground
    evs = build_events(took_back(("captured", "capture", "VERB", "VBD")), STAGES)
    assert [e.type for e in evs] == ["territory_transfer"], evs
    evs = build_events(took_back(("captured", "capture", "VERB", "VBD"), cue=False), STAGES)
    assert [e.type for e in evs] != ["territory_transfer"], evs


def accused_aside(front: bool = True):
    # The police , accused by traders of beating vendors in April , said on Thursday that ... (front=True)
    toks = [("The", "the", "DET", "DT", 1, "det"), ("police", "police", "NOUN", "NNS", 13, "nsubj"),
            (",", ",", "PUNCT", ",", 1, "punct"), ("accused", "accuse", "VERB", "VBN", 1, "acl"),
            ("by", "by", "ADP", "IN", 3, "agent"), ("traders", "trader", "NOUN", "NNS", 4, "pobj"),
            ("of", "of", "ADP", "IN", 3, "prep"), ("beating", "beat", "VERB", "VBG", 6, "pcomp"),
            ("vendors", "vendor", "NOUN", "NNS", 7, "dobj"), ("in", "in", "ADP", "IN", 7, "prep"),
            ("April", "April", "PROPN", "NNP", 9, "pobj"), (",", ",", "PUNCT", ",", 1, "punct"),
            ("then", "then", "ADV", "RB", 13, "advmod"), ("said", "say", "VERB", "VBD", 13, "ROOT"),
            ("on", "on", "ADP", "IN", 13, "prep"), ("Thursday", "Thursday", "PROPN", "NNP", 14, "pobj"),
            ("that", "that", "SCONJ", "IN", 19, "mark"), ("no", "no", "DET", "DT", 18, "det"),
            ("officer", "officer", "NOUN", "NN", 19, "nsubj"), ("lied", "lie", "VERB", "VBD", 13, "ccomp"),
            (".", ".", "PUNCT", ".", 13, "punct")]
    if not front:
        # "Traders accused the police of beating vendors in April ." : the accusation is the clause itself
        toks = [("Traders", "trader", "NOUN", "NNS", 1, "nsubj"), ("accused", "accuse", "VERB", "VBD", 1, "ROOT"),
                ("the", "the", "DET", "DT", 3, "det"), ("police", "police", "NOUN", "NNS", 1, "dobj"),
                ("of", "of", "ADP", "IN", 1, "prep"), ("beating", "beat", "VERB", "VBG", 4, "pcomp"),
                ("vendors", "vendor", "NOUN", "NNS", 5, "dobj"), ("in", "in", "ADP", "IN", 5, "prep"),
                ("April", "April", "PROPN", "NNP", 7, "pobj"), (".", ".", "PUNCT", ".", 1, "punct")]
    return token_doc(toks, [(10, 11, "DATE"), (15, 16, "DATE")] if front else [(8, 9, "DATE")])


def recording_stages(calls: list):
    def event_date(doc, s, e, ts, te):
        calls.append((doc.text[s:e], doc.text[ts:te]))
        return None, False
    return Stages(event_location=lambda *a: None, event_date=event_date, is_meta=lambda doc, sent: False)


def test_an_accusation_in_an_aside_is_dated_by_the_clause_around_it():
    calls: list = []
    evs = build_events(accused_aside(), recording_stages(calls))
    accusation = next(e for e in evs if e.type == "accusation")
    roles = {(a.name, a.role) for a in accusation.actors}
    assert ("traders", "actor") in roles and ("police", "target") in roles, roles
    dated = calls[[e.type for e in evs].index("accusation")]
    # the dates stage sees the sentence without the aside, and the verb the accused is subject of
    assert "April" not in dated[0] and "Thursday" in dated[0] and dated[1] == "said", dated
    # the accused who speaks in the sentence is no source of the charge against it
    assert accusation.attribution.claimant is None


def test_an_accusation_in_its_own_clause_is_dated_as_before():
    calls: list = []
    evs = build_events(accused_aside(front=False), recording_stages(calls))
    assert "accusation" in [e.type for e in evs]
    dated = calls[[e.type for e in evs].index("accusation")]
    assert "April" in dated[0] and dated[1] == "accused", dated


def led_off(verb=("took", "take", "VERB", "VBD")):
    # Gunmen took its 12 passengers into the hills .
    return token_doc([
        ("Gunmen", "gunman", "NOUN", "NNS", 1, "nsubj"), (*verb, 1, "ROOT"),
        ("its", "its", "PRON", "PRP$", 4, "poss"), ("12", "12", "NUM", "CD", 4, "nummod"),
        ("passengers", "passenger", "NOUN", "NNS", 1, "dobj"), ("into", "into", "ADP", "IN", 1, "prep"),
        ("the", "the", "DET", "DT", 7, "det"), ("hills", "hill", "NOUN", "NNS", 5, "pobj"),
        (".", ".", "PUNCT", ".", 1, "punct")])


def test_the_count_on_the_people_an_abduction_takes_is_abducted():
    doc = led_off()
    [cand] = [c for c in find_candidates(list(doc.sents)[0]) if c.type == "abduction"]
    count = doc[3]
    other = Quantity(kind="other", min=12.0, max=12.0, text="12", start=count.idx, end=count.idx + 2)
    hills = Quantity(kind="other", min=12.0, max=12.0, text="hills", start=doc[7].idx, end=doc[7].idx + 5)
    injured = Quantity(kind="injured", min=12.0, max=12.0, text="12", start=count.idx, end=count.idx + 2)
    assert [q.kind for q in taken_counted(cand, [other, hills, injured])] == ["abducted", "other", "injured"]


def test_counts_of_other_events_keep_their_kind():
    doc = took_back(("retook", "retake", "VERB", "VBD"))
    [cand] = find_candidates(list(doc.sents)[0])
    q = Quantity(kind="other", min=1.0, max=1.0, text="Varnia", start=doc[2].idx, end=doc[2].idx + 6)
    assert taken_counted(cand, [q]) == [q]
