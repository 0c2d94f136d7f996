"""Pronoun objects of a second joined verb ("chased the bandits and shot two of them"): hand-built parses.

Each sentence is invented; tokens are one a line, "word lemma POS TAG head dep", the root points at itself."""

from __future__ import annotations

from footprint.events import build_events
from footprint.events.roles import antecedent, partitive_pronoun, trailing_speaker
from footprint.events.vocabulary import lexicon
from footprint.testing import table_doc

# Police chased the bandits into the forest and shot two of them .
CHASE = """
Police police PROPN NNP 1 nsubj
chased chase VERB VBD 1 ROOT
the the DET DT 3 det
bandits bandit NOUN NNS 1 dobj
into into ADP IN 1 prep
the the DET DT 6 det
forest forest NOUN NN 4 pobj
and and CCONJ CC 1 cc
shot shoot VERB VBD 1 conj
two two NUM CD 8 dobj
of of ADP IN 9 prep
them they PRON PRP 10 pobj
. . PUNCT . 1 punct
"""


def test_a_part_of_them_stands_for_the_object_of_the_earlier_verb():
    doc = table_doc(CHASE)
    assert partitive_pronoun(doc[9]).i == 11
    assert antecedent(doc[11], lexicon()).i == 3
    targets = {a.text for e in build_events(doc) for a in e.actors if a.role == "target"}
    assert "bandits" in targets


def test_a_pronoun_of_another_number_does_not_take_the_earlier_object():
    # Police chased the bandit into the forest and shot two of them .
    doc = table_doc(CHASE.replace("bandits bandit NOUN NNS", "bandit bandit NOUN NN"))
    assert antecedent(doc[11], lexicon()) is None


def test_a_plain_pronoun_object_of_the_later_verb_takes_the_earlier_object():
    # Police chased the bandits and residents shot them .
    doc = table_doc("""
Police police PROPN NNP 1 nsubj
chased chase VERB VBD 1 ROOT
the the DET DT 3 det
bandits bandit NOUN NNS 1 dobj
and and CCONJ CC 1 cc
residents resident NOUN NNS 6 nsubj
shot shoot VERB VBD 1 conj
them they PRON PRP 6 dobj
. . PUNCT . 1 punct
""")
    assert antecedent(doc[7], lexicon()).i == 3
    # a number with no "of" takes no pronoun
    assert partitive_pronoun(doc[3]) is None


def test_speakers_hung_as_conjuncts_of_the_victims_are_no_targets():
    # Gunmen killed two guards, residents and officials said .
    doc = table_doc("""
Gunmen gunman NOUN NNS 1 nsubj
killed kill VERB VBD 8 ccomp
two two NUM CD 3 nummod
guards guard NOUN NNS 1 dobj
, , PUNCT , 3 punct
residents resident NOUN NNS 3 conj
and and CCONJ CC 5 cc
officials official NOUN NNS 5 conj
said say VERB VBD 8 ROOT
. . PUNCT . 8 punct
""")
    assert trailing_speaker(doc[5]) and trailing_speaker(doc[7]) and not trailing_speaker(doc[3])
    targets = {a.text for e in build_events(doc) for a in e.actors if a.role == "target"}
    assert "guards" in " ".join(targets) and not targets & {"residents", "officials"}


def test_a_report_verb_with_its_own_subject_leaves_the_conjuncts_alone():
    # Gunmen killed guards and residents, police said .
    doc = table_doc("""
Gunmen gunman NOUN NNS 1 nsubj
killed kill VERB VBD 8 ccomp
guards guard NOUN NNS 1 dobj
and and CCONJ CC 2 cc
residents resident NOUN NNS 2 conj
, , PUNCT , 8 punct
police police NOUN NNS 7 nsubj
said say VERB VBD 7 ROOT
. . PUNCT . 7 punct
""".replace("8 ccomp", "7 ccomp").replace("8 punct", "7 punct"))
    assert not trailing_speaker(doc[4])
