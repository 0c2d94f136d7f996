"""The clause of a mention whose parse reaches a root that is no verb: the walk up the heads stops there."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from footprint.actors.coref import _clause
from footprint.actors.descriptors import Found


def _doc(words, heads, pos, deps):
    return Doc(Vocab(), words=words, heads=heads, pos=pos, deps=deps)


def test_noun_root_ends_the_walk():
    # "the rebels' raid on the market": no verb, the parser heads it with the noun "raid"
    doc = _doc(["the", "rebels", "raid", "on", "the", "market"], [1, 2, 2, 2, 5, 3],
               ["DET", "NOUN", "NOUN", "ADP", "DET", "NOUN"], ["det", "poss", "ROOT", "prep", "det", "pobj"])
    assert _clause(doc, Found(0, 2, None, descriptor=("armed_group",))).text == "raid"


def test_verb_above_the_mention_is_its_clause():
    doc = _doc(["the", "rebels", "attacked", "the", "post"], [1, 2, 2, 4, 2],
               ["DET", "NOUN", "VERB", "DET", "NOUN"], ["det", "nsubj", "ROOT", "det", "dobj"])
    assert _clause(doc, Found(0, 2, None, descriptor=("armed_group",))).text == "attacked"
