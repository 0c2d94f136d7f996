"""The per-Doc sentence lookup (events.syntax.sentence, sentence_root) answers what ``tok.sent`` answers (no model)."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from footprint.events.syntax import sentence, sentence_root
from footprint.sentence_lookup import STARTS_KEY

VOCAB = spacy.blank("en").vocab


def _doc(starts: list[bool], heads: list[int] | None = None) -> Doc:
    words = [f"w{i}" for i in range(len(starts))]
    if heads is None:
        return Doc(VOCAB, words=words, sent_starts=starts)
    deps = ["ROOT" if h == i else "dep" for i, h in enumerate(heads)]
    return Doc(VOCAB, words=words, heads=heads, deps=deps)


def _same(doc: Doc) -> None:
    for tok in doc:
        got, want = sentence(tok), tok.sent
        assert (got.start, got.end) == (want.start, want.end), tok.i


@given(st.lists(st.booleans(), min_size=1, max_size=60))
@settings(max_examples=60, deadline=None)
def test_each_token_gets_the_sentence_tok_sent_gives(flags):
    _same(_doc([True] + flags[1:]))


def test_sentences_from_a_parse_and_their_roots():
    # two trees: tokens 0-2 under 1, tokens 3-5 under 4
    doc = _doc([False] * 6, heads=[1, 1, 1, 4, 4, 4])
    _same(doc)
    assert [sentence(t).start for t in doc] == [0, 0, 0, 3, 3, 3]
    assert [sentence_root(t).i for t in doc] == [t.sent.root.i for t in doc] == [1, 1, 1, 4, 4, 4]


def test_heads_that_make_no_tree_flag_no_start_but_still_make_one_sentence():
    # a hand-built parse whose heads point at each other (0 -> 1, 1 -> 0): no token is flagged as a sentence
    # start, not even the first, yet ``tok.sent`` reads the whole Doc as one sentence
    doc = Doc(VOCAB, words=["w0", "w1", "w2", "w3"], heads=[1, 0, 1, 0], deps=["ROOT", "dep", "dep", "dep"])
    assert not any(t.is_sent_start for t in doc)
    _same(doc)
    assert (sentence(doc[2]).start, sentence(doc[2]).end) == (0, 4)


def test_a_retokenized_doc_is_listed_again():
    doc = _doc([True, False, True, False, False])
    assert sentence(doc[4]).start == 2
    with doc.retokenize() as retok:
        retok.merge(doc[0:2])
    assert len(doc) == 4 and doc.user_data[STARTS_KEY][0] == 5
    _same(doc)
    assert sentence(doc[3]).start == 1


def test_a_doc_without_sentence_boundaries_fails_as_tok_sent_does():
    doc = Doc(VOCAB, words=["a", "b", "c"])
    with pytest.raises(ValueError) as want:
        doc[1].sent
    with pytest.raises(ValueError) as got:
        sentence(doc[1])
    assert str(got.value) == str(want.value)
