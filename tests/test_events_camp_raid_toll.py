"""Unit tests for a raid on an armed side's camp and the toll told after it: a camp named by an armed side's word
("a separatist camp", "a bandit camp") is no home whose people a raid with hand weapons attacks; fighters killed
"in the raid", told in a passive with no doer in the next sentence, are that raid's toll. Invented sentences
with hand-built parses (no model is loaded)."""

from __future__ import annotations

from footprint.events import build_events
from footprint.events.assemble import _in_told_event
from footprint.events.violence import _home
from footprint.events.vocabulary import lexicon
from footprint.testing import table_doc, token_doc
from tests.test_events_tolls_revisions import STAGES

# Militiamen raided a separatist camp with machetes .
RAID = """
Militiamen militiaman NOUN NNS 1 nsubj
raided raid VERB VBD 1 ROOT
a a DET DT 4 det
separatist separatist ADJ JJ 4 amod
camp camp NOUN NN 1 dobj
with with ADP IN 1 prep
machetes machete NOUN NNS 5 pobj
. . PUNCT . 1 punct
"""


def types(spec: str) -> list[str]:
    return [e.type for e in build_events(table_doc(spec), STAGES)]


def test_a_camp_named_by_an_armed_side_is_no_home():
    doc = table_doc(RAID)
    assert not _home(doc[4], lexicon())
    assert types(RAID) == ["armed_clash"]
    # a camp with no such word is where people live: a raid on it with machetes falls on them
    plain = RAID.replace("separatist separatist ADJ JJ 4 amod", "small small ADJ JJ 4 amod")
    assert _home(table_doc(plain)[4], lexicon())
    assert types(plain) == ["attack_on_civilians"]


# "Soldiers raided a rebel camp ." then "Three fighters were neutralised in the raid ."
RAIDED = [
    ("Soldiers", "soldier", "NOUN", "NNS", 1, "nsubj"), ("raided", "raid", "VERB", "VBD", 1, "ROOT"),
    ("a", "a", "DET", "DT", 4, "det"), ("rebel", "rebel", "NOUN", "NN", 4, "compound"),
    ("camp", "camp", "NOUN", "NN", 1, "dobj"), (".", ".", "PUNCT", ".", 1, "punct"),
]
KILLED_IN = [
    ("Three", "three", "NUM", "CD", 1, "nummod"), ("fighters", "fighter", "NOUN", "NNS", 3, "nsubjpass"),
    ("were", "be", "AUX", "VBD", 3, "auxpass"), ("neutralised", "neutralise", "VERB", "VBN", 3, "ROOT"),
    ("in", "in", "ADP", "IN", 3, "prep"), ("the", "the", "DET", "DT", 6, "det"),
    ("raid", "raid", "NOUN", "NN", 4, "pobj"), (".", ".", "PUNCT", ".", 3, "punct"),
]


def two(second):
    n = len(RAIDED)
    tokens = RAIDED + [(w, lemma, pos, tag, head + n, dep) for w, lemma, pos, tag, head, dep in second]
    return token_doc(tokens, sent_starts=[i in (0, n) for i in range(len(tokens))]), n


def test_fighters_killed_in_the_raid_are_its_toll():
    doc, n = two(KILLED_IN)
    assert _in_told_event(doc[n + 3], lexicon())
    assert len(build_events(doc, STAGES)) == 1


def test_a_side_that_says_it_killed_in_the_raid_keeps_its_claim():
    # "Rebels killed three soldiers in the raid ." : a doer of its own
    active = [("Rebels", "rebel", "NOUN", "NNS", 1, "nsubj"), ("killed", "kill", "VERB", "VBD", 1, "ROOT"),
              ("three", "three", "NUM", "CD", 3, "nummod"), ("soldiers", "soldier", "NOUN", "NNS", 1, "dobj"),
              ("in", "in", "ADP", "IN", 1, "prep"), ("the", "the", "DET", "DT", 6, "det"),
              ("raid", "raid", "NOUN", "NN", 4, "pobj"), (".", ".", "PUNCT", ".", 1, "punct")]
    doc, n = two(active)
    assert not _in_told_event(doc[n + 1], lexicon())
    # "in a raid": no event pointed back at
    doc, n = two([(w, "a" if w == "the" else lemma, pos, tag, head, dep) if w != "the" else
                  ("a", "a", "DET", "DT", 6, "det") for w, lemma, pos, tag, head, dep in KILLED_IN])
    assert not _in_told_event(doc[n + 3], lexicon())
