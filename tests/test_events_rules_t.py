"""Unit tests for three rules narrowed: deaths of another cause told after an attack are not its toll, the toll
participles of a bomber who blows himself up are the bombing's, and soldiers who target hideouts on the ground
make no air strike. Invented sentences with hand-built parses (no model is loaded)."""

from __future__ import annotations

from footprint.events import build_events
from footprint.events.assemble import Stages
from footprint.events.classify import find_candidates
from footprint.events.tolls import bare_toll
from footprint.model import Quantity
from footprint.testing import table_doc, token_doc

STAGES = Stages(event_location=lambda *a: None, event_date=lambda *a: (None, False), is_meta=lambda doc, sent: False)


def types(spec: str, ents=()) -> list[str]:
    return [c.type for c in find_candidates(list(table_doc(spec, ents).sents)[0])]


# --- deaths of another cause: "Meanwhile, twelve people died of cholera." ---------------------------------------

ATTACK = [
    ("Gunmen", "gunman", "NOUN", "NNS", 1, "nsubj"), ("attacked", "attack", "VERB", "VBD", 1, "ROOT"),
    ("a", "a", "DET", "DT", 3, "det"), ("convoy", "convoy", "NOUN", "NN", 1, "dobj"),
    (",", ",", "PUNCT", ",", 1, "punct"), ("killing", "kill", "VERB", "VBG", 1, "advcl"),
    ("two", "two", "NUM", "CD", 5, "dobj"), (".", ".", "PUNCT", ".", 1, "punct"),
]


def deaths(second: list) -> tuple:
    """The attack, then a sentence of deaths; the second sentence's count is its first two words."""
    n = len(ATTACK)
    tokens = ATTACK + [(w, lemma, pos, tag, head + n, dep) for w, lemma, pos, tag, head, dep in second]
    doc = token_doc(tokens, [(6, 7, "CARDINAL")], sent_starts=[i in (0, n) for i in range(len(tokens))])
    count = next(t for t in doc[n:] if t.pos_ == "NUM")
    q = Quantity(kind="fatalities", min=12.0, max=12.0, unit="personnel", approximate=False,
                 text=doc[count.i:count.i + 2].text, start=count.idx, end=doc[count.i + 1].idx + len(doc[count.i + 1].text))
    return doc, doc[n:], [q]


def died(cause: list | None = None, opener: list | None = None) -> list:
    # [Opener ,] Twelve people died [of <cause>] in hospital .
    lead = [(w, lemma, pos, tag, head, dep) for w, lemma, pos, tag, head, dep in (opener or [])]
    k = len(lead)
    body = [("Twelve", "twelve", "NUM", "CD", k + 1, "nummod"), ("people", "people", "NOUN", "NNS", k + 2, "nsubj"),
            ("died", "die", "VERB", "VBD", k + 2, "ROOT")]
    lead = [(w, lemma, pos, tag, k + 2 if head == -1 else head, dep) for w, lemma, pos, tag, head, dep in lead]
    tail = []
    if cause:
        tail.append(("of", "of", "ADP", "IN", k + 2, "prep"))
        at = k + 3
        for w, lemma, pos, tag, head, dep in cause:
            tail.append((w, lemma, pos, tag, at + head if head >= 0 else k + 3, dep))
    return lead + body + tail + [(".", ".", "PUNCT", ".", k + 2, "punct")]


def test_deaths_from_a_disease_or_hunger_after_an_attack_are_not_its_toll():
    for cause in ([("cholera", "cholera", "NOUN", "NN", -1, "pobj")], [("hunger", "hunger", "NOUN", "NN", -1, "pobj")],
                  [("the", "the", "DET", "DT", 2, "det"), ("cold", "cold", "NOUN", "NN", -1, "pobj")]):
        doc, sent, qs = deaths(died(cause))
        assert bare_toll(sent, qs) == [], cause
        doc._.fp_quantities = qs
        assert all(12.0 not in [q.min for q in e.quantities] for e in build_events(doc, STAGES))


def test_deaths_of_their_wounds_after_an_attack_stay_its_toll():
    # "Twelve people died of their wounds.": the case the rule was made for keeps working
    wounds = [("their", "their", "PRON", "PRP$", 2, "poss"), ("wounds", "wound", "NOUN", "NNS", -1, "pobj")]
    doc, sent, qs = deaths(died(wounds))
    assert [q.kind for q in bare_toll(sent, qs)] == ["fatalities"]
    # no cause told at all
    doc, sent, qs = deaths(died())
    assert [q.kind for q in bare_toll(sent, qs)] == ["fatalities"]
    # "died of gunshot wounds": the wound word hangs below the cause
    gunshot = [("gunshot", "gunshot", "NOUN", "NN", 2, "compound"), ("wounds", "wound", "NOUN", "NNS", -1, "pobj")]
    doc, sent, qs = deaths(died(gunshot))
    assert [q.kind for q in bare_toll(sent, qs)] == ["fatalities"]


def test_deaths_in_a_sentence_that_turns_to_other_news_are_not_the_attacks_toll():
    for word in ("Meanwhile", "Separately", "Elsewhere"):
        opener = [(word, word.lower(), "ADV", "RB", -1, "advmod"), (",", ",", "PUNCT", ",", -1, "punct")]
        doc, sent, qs = deaths(died(opener=opener))
        assert bare_toll(sent, qs) == [], word
    separate = [("In", "in", "ADP", "IN", -1, "prep"), ("a", "a", "DET", "DT", 3, "det"),
                ("separate", "separate", "ADJ", "JJ", 3, "amod"), ("incident", "incident", "NOUN", "NN", 0, "pobj"),
                (",", ",", "PUNCT", ",", -1, "punct")]
    doc, sent, qs = deaths(died(opener=separate))
    assert bare_toll(sent, qs) == []
    # an opener that tells no turn keeps the toll ("Later, twelve people died")
    later = [("Later", "later", "ADV", "RB", -1, "advmod"), (",", ",", "PUNCT", ",", -1, "punct")]
    doc, sent, qs = deaths(died(opener=later))
    assert [q.kind for q in bare_toll(sent, qs)] == ["fatalities"]


# --- a bomber who blows himself up, killing and wounding: one bombing ----------------------------------------------

SELF_BLAST_TOLL = """
A a DET DT 1 det
man man NOUN NN 2 nsubj
blew blow VERB VBD 2 ROOT
himself himself PRON PRP 2 dobj
up up ADP RP 2 prt
outside outside ADP IN 2 prep
a a DET DT 7 det
mosque mosque NOUN NN 5 pobj
, , PUNCT , 2 punct
killing kill VERB VBG 2 advcl
four four NUM CD 11 nummod
worshippers worshipper NOUN NNS 9 dobj
and and CCONJ CC 9 cc
wounding wound VERB VBG 9 conj
ten ten NUM CD 13 dobj
. . PUNCT . 2 punct
"""


def test_the_toll_of_a_bomber_who_blows_himself_up_is_the_bombings():
    assert set(types(SELF_BLAST_TOLL)) == {"suicide_bombing"}
    evs = build_events(table_doc(SELF_BLAST_TOLL), STAGES)
    assert [e.type for e in evs] == ["suicide_bombing"], evs
    # the self-blast alone stays a suicide bombing
    alone = "\n".join(SELF_BLAST_TOLL.strip().splitlines()[:8]) + "\n. . PUNCT . 2 punct"
    assert types(alone) == ["suicide_bombing"]


def test_a_killing_hung_on_a_blast_with_no_reflexive_is_no_suicide_bombing():
    # "Militants blew up a bridge, killing four guards": the bomber lives
    bridge = SELF_BLAST_TOLL.replace("A a DET DT 1 det\nman man NOUN NN 2 nsubj", "The the DET DT 1 det\nmilitants militant NOUN NNS 2 nsubj").replace(
        "himself himself PRON PRP 2 dobj", "bridges bridge NOUN NNS 2 dobj")
    assert "suicide_bombing" not in types(bridge)


# --- soldiers who target hideouts on the ground make no air strike -------------------------------------------------

GROUND = """
Soldiers soldier NOUN NNS 1 nsubj
targeted target VERB VBD 1 ROOT
rebel rebel NOUN NN 3 compound
hideouts hideout NOUN NNS 1 dobj
in in ADP IN 1 prep
a a DET DT 7 det
ground ground NOUN NN 7 compound
operation operation NOUN NN 4 pobj
. . PUNCT . 1 punct
"""

STATE = """
The the DET DT 1 det
army army NOUN NN 2 nsubj
struck strike VERB VBD 2 ROOT
rebel rebel NOUN NN 4 compound
hideouts hideout NOUN NNS 2 dobj
overnight overnight ADV RB 2 advmod
. . PUNCT . 2 punct
"""


def test_ground_troops_or_a_ground_operation_targeting_hideouts_make_no_air_strike():
    assert "air_strike" not in types(GROUND)
    # the troops alone, with no word of the ground
    plain = "\n".join(GROUND.strip().splitlines()[:4]) + "\n. . PUNCT . 1 punct"
    assert "air_strike" not in types(plain)
    assert "air_strike" not in types(plain.replace("Soldiers soldier", "Troops troop"))
    # the army, in a raid
    raid = STATE.replace("overnight overnight ADV RB 2 advmod", "in in ADP IN 2 prep\nraids raid NOUN NNS 5 pobj")
    assert "air_strike" not in types(raid)


def test_a_state_striking_hideouts_from_afar_is_still_an_air_strike():
    assert types(STATE) == ["air_strike"]
