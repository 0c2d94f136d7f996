"""Helpers that keep a very long sentence (thousands of tokens, no punctuation) from costing the square of its
length: each gives the answer the plain pass over every item gave. Hand-built inputs, no model."""

from __future__ import annotations

import random

import spacy
from spacy.tokens import Doc

from footprint.attribution import _evidence_cue, _modality
from footprint.clauses import HEADS_KEY, clause_head
from footprint.events.roles import _mentions_in
from footprint.model import ActorMention
from footprint.places.locate import _containment

BLANK = spacy.blank("en")


def test_clause_head_is_remembered_per_doc():
    # "gunmen attacked Gao and soldiers killed five": the second verb heads a clause of its own
    words = ["gunmen", "attacked", "Gao", "and", "soldiers", "killed", "five"]
    doc = Doc(BLANK.vocab, words=words, heads=[1, 1, 1, 1, 5, 1, 5],
              deps=["nsubj", "ROOT", "dobj", "cc", "nsubj", "conj", "dobj"],
              pos=["NOUN", "VERB", "PROPN", "CCONJ", "NOUN", "VERB", "NUM"])
    assert clause_head(doc[6]).i == 5
    assert clause_head(doc[2]).i == 1
    assert doc.user_data[HEADS_KEY] == {6: 5, 2: 1}
    assert clause_head(doc[6]).i == 5  # read back, same answer


def test_clause_heads_of_two_docs_do_not_mix():
    a = Doc(BLANK.vocab, words=["x", "y"], heads=[0, 0], deps=["ROOT", "dobj"])
    b = Doc(BLANK.vocab, words=["x", "y"], heads=[1, 1], deps=["nsubj", "ROOT"])
    assert clause_head(a[1]).i == 0
    assert clause_head(b[0]).i == 1


def test_containment_matches_the_plain_test():
    rnd = random.Random(7)
    for _ in range(200):
        spans = [(a, a + rnd.randint(0, 30)) for a in (rnd.randint(0, 200) for _ in range(rnd.randint(0, 12)))]
        inside = _containment(spans)
        for _ in range(20):
            s = rnd.randint(0, 220)
            e = s + rnd.randint(0, 20)
            assert inside(s, e) == any(a <= s and e <= b for a, b in spans), (spans, s, e)


def test_containment_of_nothing():
    assert _containment([])(0, 0) is False


def test_mentions_in_matches_the_plain_test():
    doc = BLANK("members of Wagner-backed militia attacked Gao while JNIM fighters shelled Boni")
    rnd = random.Random(3)
    mentions = [ActorMention(s, s + n, doc.text[s:s + n], None, doc.text[s:s + n])
                for s in range(0, len(doc.text), 3) for n in (1, 4, 9)]
    for _ in range(100):
        toks = rnd.sample(list(doc), rnd.randint(0, len(doc)))
        want = [m for m in mentions if any(m.start <= t.idx < m.end or t.idx <= m.start < t.idx + len(t.text)
                                           for t in toks)]
        assert _mentions_in(toks, mentions) == want


def test_cues_are_read_in_the_clause_window_only():
    text = "officials said the raid was possibly staged" + " " * 10
    assert _modality(text, True, None, (0, 14)) == ("reported", "said")
    assert _modality(text, True, None, (15, len(text))) == ("hedged", "possibly")
    assert _modality(text, True) == ("hedged", "possibly")  # the whole text: the stronger cue
    assert _modality(text, False, None, (40, 40)) == ("asserted", None)
    assert _evidence_cue(text, (0, 0)) is None
