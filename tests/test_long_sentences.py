"""Helpers that keep a very long sentence (thousands of tokens, no punctuation) from costing the square of its
length: each gives the answer the plain pass over every item gave. Hand-built inputs, no model."""

from __future__ import annotations

import random

import spacy
from spacy.tokens import Doc, Span

from footprint.attribution import _evidence_cue, _modality
from footprint.clauses import HEADS_KEY, clause_head
from footprint.events.context import SentenceContext
from footprint.events.filters import NAME_ENTS, NAME_TOKENS_KEY, in_name, multiword_entity_tokens
from footprint.events.roles import _mentions_in, sentence_mentions
from footprint.events.syntax import clause_of
from footprint.events.vocabulary import lexicon
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


def _long_named_doc(n: int, seed: int) -> Doc:
    """``n`` invented words, some capitalised, no punctuation, with entities of one to four words."""
    rnd = random.Random(seed)
    words = [rnd.choice(["Kalo", "Mizu", "terva", "dok", "Selra", "nimpo", "Quvan", "shen"]) for _ in range(n)]
    doc = Doc(BLANK.vocab, words=words, sent_starts=[i % 1000 == 0 for i in range(n)])
    ents, i = [], 0
    while i < n:
        size = rnd.randint(1, 4)
        if rnd.random() < 0.3 and i + size <= n:
            ents.append(Span(doc, i, i + size, label=rnd.choice(["ORG", "GPE", "PERSON", "DATE"])))
            i += size
        i += rnd.randint(1, 6)
    doc.ents = ents
    return doc


def test_multiword_entity_tokens_match_the_plain_pass():
    doc = _long_named_doc(5000, 11)
    plain = {i for ent in doc.ents if len(ent) > 1 for i in range(ent.start, ent.end)}
    assert plain and multiword_entity_tokens(doc) == plain
    assert doc.user_data[NAME_TOKENS_KEY] is multiword_entity_tokens(doc)  # built once, read back
    ents = list(doc.ents)
    for tok in doc:
        ent = next((e for e in ents if e.start <= tok.i < e.end), None)
        expected = (tok.is_title and tok.i != tok.sent.start and tok.ent_type_ in NAME_ENTS
                    and ent is not None and len(ent) > 1)
        assert in_name(tok, {}) == expected, tok.i


def test_multiword_entity_tokens_of_two_docs_do_not_mix():
    a, b = _long_named_doc(300, 1), _long_named_doc(300, 2)
    assert multiword_entity_tokens(a) != multiword_entity_tokens(b)
    assert multiword_entity_tokens(Doc(BLANK.vocab, words=["x"])) == frozenset()


def test_sentence_mentions_match_the_plain_filter():
    doc = _long_named_doc(2000, 5)
    rnd = random.Random(9)
    size = len(doc.text)
    mentions = [ActorMention(s, s + 4, "xxxx", None, "xxxx") for s in (rnd.randint(0, size) for _ in range(400))]
    for _ in range(100):
        a = rnd.randint(0, len(doc) - 1)
        sent = doc[a : rnd.randint(a + 1, len(doc))]
        plain = [m for m in mentions if sent.start_char <= m.start < sent.end_char]
        assert sentence_mentions(sent, mentions) == plain
    # another list of mentions for the same Doc is not answered from the first one's order
    other = mentions[::-1]
    assert sentence_mentions(doc[:], other) == other


def test_clause_tokens_match_the_plain_pass():
    # "gunmen attacked Gao and soldiers killed five" said again and again: one sentence, many clauses
    unit = (["gunmen", "attacked", "Gao", "and", "soldiers", "killed", "five"], [1, 1, 1, 1, 5, 1, 5],
            ["nsubj", "ROOT", "dobj", "cc", "nsubj", "conj", "dobj"],
            ["NOUN", "VERB", "PROPN", "CCONJ", "NOUN", "VERB", "NUM"])
    words, heads, deps, pos = [], [], [], []
    for k in range(40):
        off = 7 * k
        words += unit[0]
        heads += [h + off if k == 0 or d != "ROOT" else 1 for h, d in zip(unit[1], unit[2])]
        deps += [d if k == 0 or d != "ROOT" else "conj" for d in unit[2]]
        pos += unit[3]
    doc = Doc(BLANK.vocab, words=words, heads=heads, deps=deps, pos=pos, sent_starts=[True] + [False] * (len(words) - 1))
    ctx = SentenceContext(doc[:], lexicon(), frozenset(), {})
    for clause in {clause_of(t) for t in doc} | {-5}:
        assert ctx.clause_tokens(clause) == [t for t in doc if clause_of(t) == clause]
