"""Unit tests for the dead found: a verb of finding whose object (or passive subject) is the body of a person tells
a killing; a body of anything else, or things found, tell none. Invented sentences with hand-built parses (no model
is loaded)."""

from __future__ import annotations

from footprint.events.classify import find_candidates
from footprint.testing import table_doc


def cands(spec: str):
    return find_candidates(list(table_doc(spec).sents)[0])


def types(spec: str) -> list[str]:
    return [c.type for c in cands(spec)]


FOUND_MEN = """
Herders herder NOUN NNS 1 nsubj
found find VERB VBD 1 ROOT
the the DET DT 3 det
bodies body NOUN NNS 1 dobj
of of ADP IN 3 prep
four four NUM CD 6 nummod
men man NOUN NNS 4 pobj
near near ADP IN 1 prep
the the DET DT 9 det
well well NOUN NN 7 pobj
. . PUNCT . 1 punct
"""

TWO_DISCOVERED = """
Two two NUM CD 1 nummod
corpses corpse NOUN NNS 3 nsubjpass
were be AUX VBD 3 auxpass
discovered discover VERB VBN 3 ROOT
in in ADP IN 3 prep
a a DET DT 6 det
ditch ditch NOUN NN 4 pobj
. . PUNCT . 3 punct
"""

SOLDIERS_RECOVERED = """
The the DET DT 1 det
bodies body NOUN NNS 6 nsubjpass
of of ADP IN 1 prep
three three NUM CD 4 nummod
soldiers soldier NOUN NNS 2 pobj
were be AUX VBD 6 auxpass
recovered recover VERB VBN 6 ROOT
. . PUNCT . 6 punct
"""

EVIDENCE = """
Auditors auditor NOUN NNS 1 nsubj
found find VERB VBD 1 ROOT
a a DET DT 3 det
body body NOUN NN 1 dobj
of of ADP IN 3 prep
evidence evidence NOUN NN 4 pobj
. . PUNCT . 1 punct
"""

WEAPONS = """
Police police NOUN NNS 1 nsubj
found find VERB VBD 1 ROOT
rifles rifle NOUN NNS 1 dobj
in in ADP IN 1 prep
the the DET DT 5 det
house house NOUN NN 3 pobj
. . PUNCT . 1 punct
"""


def test_bodies_of_people_found_tell_a_killing_of_them():
    found = [c for c in cands(FOUND_MEN) if c.type == "attack_on_civilians"]
    assert len(found) == 1 and found[0].civilian_target
    assert [t.text for t in found[0].target_toks] == ["men"] and found[0].actor_toks == ()
    assert "attack_on_civilians" in types(TWO_DISCOVERED)
    # people the classes do not know, counted: still the dead
    assert "attack_on_civilians" in types(FOUND_MEN.replace("men man NOUN", "rangers ranger NOUN"))


def test_bodies_of_soldiers_found_tell_a_fight():
    got = types(SOLDIERS_RECOVERED)
    assert "armed_clash" in got and "attack_on_civilians" not in got


def test_a_body_of_evidence_or_weapons_found_are_no_killing():
    for spec in (EVIDENCE, WEAPONS):
        got = types(spec)
        assert "attack_on_civilians" not in got and "armed_clash" not in got, spec


def test_the_count_of_the_dead_found_is_their_toll():
    from footprint.events.abuses import dead_counted
    from footprint.model import Quantity

    doc = table_doc(FOUND_MEN)
    cand = next(c for c in find_candidates(list(doc.sents)[0]) if c.type == "attack_on_civilians")
    four = doc[5]
    count = Quantity(kind="personnel", min=4.0, max=4.0, text="four men", start=four.idx, end=doc[6].idx + 3)
    elsewhere = Quantity(kind="personnel", min=1.0, max=1.0, text="Herders", start=0, end=7)
    got = dead_counted(cand, [count, elsewhere])
    assert got[0].kind == "fatalities" and got[1].kind == "personnel"
    # any other candidate keeps the counts as they were read
    other = next(c for c in find_candidates(list(table_doc(WEAPONS).sents)[0]))
    assert dead_counted(other, [count]) == [count]


# --- weapons taken in a raid with fighting are its spoils, no event of their own --------------------------------

RAID_AND_SEIZE = """
Troops troop NOUN NNS 1 nsubj
raided raid VERB VBD 1 ROOT
a a DET DT 3 det
camp camp NOUN NN 1 dobj
and and CCONJ CC 1 cc
seized seize VERB VBD 1 conj
rifles rifle NOUN NNS 5 dobj
. . PUNCT . 1 punct
"""

RAID_KILL_SEIZE = """
Troops troop NOUN NNS 1 nsubj
raided raid VERB VBD 1 ROOT
a a DET DT 3 det
camp camp NOUN NN 1 dobj
, , PUNCT , 1 punct
killed kill VERB VBD 1 conj
five five NUM CD 5 dobj
and and CCONJ CC 5 cc
seized seize VERB VBD 5 conj
rifles rifle NOUN NNS 8 dobj
. . PUNCT . 1 punct
"""

SEIZED_IN = """
Police police NOUN NNS 1 nsubj
seized seize VERB VBD 1 ROOT
rifles rifle NOUN NNS 1 dobj
{prep} {prep} ADP IN 1 prep
the the DET DT 5 det
{noun} {noun} NOUN NN 3 pobj
. . PUNCT . 1 punct
"""


def test_weapons_seized_in_a_raid_with_fighting_are_its_spoils():
    assert "disrupted_weapons" not in types(RAID_KILL_SEIZE)


def test_weapons_found_in_a_raid_or_search_with_no_fight_told_are_a_seizure_of_their_own():
    assert "disrupted_weapons" in types(RAID_AND_SEIZE)
    assert "disrupted_weapons" in types(SEIZED_IN.format(prep="in", noun="raid"))
    assert "disrupted_weapons" in types(SEIZED_IN.format(prep="at", noun="checkpoint"))


def test_weapons_taken_from_a_camp_raided_in_the_sentence_before_are_its_spoils():
    from footprint.testing import token_doc

    first = [("Soldiers", "soldier", "NOUN", "NNS", 1, "nsubj"), ("raided", "raid", "VERB", "VBD", 1, "ROOT"),
             ("a", "a", "DET", "DT", 3, "det"), ("camp", "camp", "NOUN", "NN", 1, "dobj"),
             (",", ",", "PUNCT", ",", 1, "punct"), ("killing", "kill", "VERB", "VBG", 1, "advcl"),
             ("five", "five", "NUM", "CD", 5, "dobj"), (".", ".", "PUNCT", ".", 1, "punct")]
    second = [("They", "they", "PRON", "PRP", 1, "nsubj"), ("recovered", "recover", "VERB", "VBD", 1, "ROOT"),
              ("rifles", "rifle", "NOUN", "NNS", 1, "dobj"), ("from", "from", "ADP", "IN", 1, "prep"),
              ("the", "the", "DET", "DT", 5, "det"), ("camp", "camp", "NOUN", "NN", 3, "pobj"),
              (".", ".", "PUNCT", ".", 1, "punct")]
    n = len(first)
    tokens = first + [(w, lemma, pos, tag, head + n, dep) for w, lemma, pos, tag, head, dep in second]
    doc = token_doc(tokens, sent_starts=[i in (0, n) for i in range(len(tokens))])
    assert "disrupted_weapons" not in [c.type for c in find_candidates(list(doc.sents)[1])]
    # the same sentence with no raid before it is a seizure of its own
    alone = token_doc(second)
    assert "disrupted_weapons" in [c.type for c in find_candidates(list(alone.sents)[0])]


AMBUSH_SPOILS = """
Fighters fighter NOUN NNS 1 nsubj
ambushed ambush VERB VBD 1 ROOT
a a DET DT 3 det
column column NOUN NN 1 dobj
, , PUNCT , 1 punct
killing kill VERB VBG 1 advcl
twelve twelve NUM CD 5 dobj
and and CCONJ CC 5 cc
seizing seize VERB VBG 5 conj
rifles rifle NOUN NNS 8 dobj
. . PUNCT . 1 punct
"""


def test_weapons_seized_in_an_ambush_are_its_spoils():
    got = types(AMBUSH_SPOILS)
    assert "disrupted_weapons" not in got and "ambush" in got


# --- a vehicle hijacked, its people led off ---------------------------------------------------------------------

HIJACKED = """
Gunmen gunman NOUN NNS 1 nsubj
hijacked hijack VERB VBD 1 ROOT
a a DET DT 3 det
bus bus NOUN NN 1 dobj
. . PUNCT . 1 punct
"""

HIJACKED_AND_TOOK = """
Gunmen gunman NOUN NNS 1 nsubj
hijacked hijack VERB VBD 1 ROOT
a a DET DT 3 det
bus bus NOUN NN 1 dobj
and and CCONJ CC 1 cc
took take VERB VBD 1 conj
its its PRON PRP$ 7 poss
passengers passenger NOUN NNS 5 dobj
{prep} {prep} ADP IN 5 prep
the the DET DT 10 det
{place} {lemma} NOUN NNS 8 pobj
. . PUNCT . 1 punct
"""


def test_armed_men_hijacking_a_bus_attack_its_people():
    assert "attack_on_civilians" in types(HIJACKED)


def test_passengers_taken_into_the_hills_are_abducted_and_the_hijacking_is_that_abduction():
    got = types(HIJACKED_AND_TOOK.format(prep="into", place="hills", lemma="hill"))
    assert "abduction" in got and "attack_on_civilians" not in got
    # led to a station: no captors' hiding place told, no abduction read from "took"
    assert "abduction" not in types(HIJACKED_AND_TOOK.format(prep="to", place="stations", lemma="station"))
