"""Unit tests for doers told away from the trigger: whoever laid the explosive a passive names as its agent
("blown up by a device planted by X"), "Maoists" as an armed doer, and "they" opening a sentence for the
plural subject of the sentence before. Invented sentences with hand-built parses (no model is loaded)."""

from __future__ import annotations

from footprint.events import build_events
from footprint.events.roles import previous_subject
from footprint.events.vocabulary import lexicon
from footprint.testing import actor_mention, table_doc, token_doc
from tests.test_events_tolls_revisions import STAGES

# A truck was blown up by a device planted by rebels near the bridge .
PLANTED = """
A a DET DT 1 det
truck truck NOUN NN 3 nsubjpass
was be AUX VBD 3 auxpass
blown blow VERB VBN 3 ROOT
up up ADP RP 3 prt
by by ADP IN 3 agent
a a DET DT 7 det
device device NOUN NN 5 pobj
planted plant VERB VBN 7 acl
by by ADP IN 8 agent
rebels rebel NOUN NNS 9 pobj
near near ADP IN 3 prep
the the DET DT 13 det
bridge bridge NOUN NN 11 pobj
. . PUNCT . 3 punct
"""


def doers(events) -> set[str]:
    return {a.text for e in events for a in e.actors if a.role == "actor"}


def test_whoever_planted_the_device_a_passive_names_is_the_actor():
    assert "rebels" in doers(build_events(table_doc(PLANTED), STAGES))
    # a device with no one said to have laid it names no doer
    plain = PLANTED.replace("planted plant VERB VBN 7 acl", "planted plant VERB VBN 7 amod").replace(
        "by by ADP IN 8 agent", "by by ADP IN 8 prep")
    assert "rebels" not in doers(build_events(table_doc(plain), STAGES))


# Two farmers were killed by Maoists near the village .
KILLED_BY = """
Two two NUM CD 1 nummod
farmers farmer NOUN NNS 3 nsubjpass
were be AUX VBD 3 auxpass
killed kill VERB VBN 3 ROOT
by by ADP IN 3 agent
Maoists maoist NOUN NNS 4 pobj
near near ADP IN 3 prep
the the DET DT 8 det
village village NOUN NN 6 pobj
. . PUNCT . 3 punct
"""


def test_maoists_are_armed_doers():
    assert "Maoists" in doers(build_events(table_doc(KILLED_BY), STAGES))


# "Front fighters entered the town at night . They burned ten houses ."
ENTERED = [
    ("Front", "Front", "PROPN", "NNP", 1, "compound"), ("fighters", "fighter", "NOUN", "NNS", 2, "nsubj"),
    ("entered", "enter", "VERB", "VBD", 2, "ROOT"), ("the", "the", "DET", "DT", 4, "det"),
    ("town", "town", "NOUN", "NN", 2, "dobj"), ("at", "at", "ADP", "IN", 2, "prep"),
    ("night", "night", "NOUN", "NN", 5, "pobj"), (".", ".", "PUNCT", ".", 2, "punct"),
]
BURNED = [
    ("They", "they", "PRON", "PRP", 1, "nsubj"), ("burned", "burn", "VERB", "VBD", 1, "ROOT"),
    ("ten", "ten", "NUM", "CD", 3, "nummod"), ("houses", "house", "NOUN", "NNS", 1, "dobj"),
    (".", ".", "PUNCT", ".", 1, "punct"),
]


def two_sentences(first=ENTERED, second=BURNED):
    n = len(first)
    tokens = first + [(w, lemma, pos, tag, head + n, dep) for w, lemma, pos, tag, head, dep in second]
    doc = token_doc(tokens, sent_starts=[i in (0, n) for i in range(len(tokens))])
    doc._.fp_actors = [actor_mention(doc, 0, 1, "Vanguard Front", "vanguard_front.xa", "armed_group")]
    return doc, n


def test_they_opening_a_sentence_is_the_subject_of_the_sentence_before():
    doc, n = two_sentences()
    assert previous_subject(doc[n], lexicon()).i == 1
    assert "Vanguard Front" in {a.name for e in build_events(doc, STAGES) for a in e.actors if a.role == "actor"}


def test_they_is_not_the_subject_before_when_that_sentence_acts_on_people():
    # "Front fighters seized two men at night . They burned ten houses ." : "they" may be the men
    seized = [("two", "two", "NUM", "CD", 4, "nummod") if w == "the" else
              ("men", "man", "NOUN", "NNS", 2, "dobj") if w == "town" else
              ("seized", "seize", "VERB", "VBD", 2, "ROOT") if w == "entered" else
              (w, lemma, pos, tag, head, dep) for w, lemma, pos, tag, head, dep in ENTERED]
    doc, n = two_sentences(seized)
    assert previous_subject(doc[n], lexicon()) is None
    # nor when the pronoun is not the sentence's first word and main subject
    doc, n = two_sentences(ENTERED, [("Then", "then", "ADV", "RB", 2, "advmod")]
                           + [(w, lemma, pos, tag, head + 1, dep) for w, lemma, pos, tag, head, dep in BURNED])
    assert previous_subject(doc[n + 1], lexicon()) is None
