"""The shared sentence lookup (``footprint.sentence_lookup``) that the actor matcher and the events stage use, on
blank and hand-built docs (no model). Every sentence is invented."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from footprint.sentence_lookup import sentence, sentence_number, sentence_starts


@pytest.fixture(scope="module")
def nlp():
    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    return pipe


def test_every_token_gets_the_sentence_tok_sent_gives(nlp):
    doc = nlp("Gunmen burned a truck. The army came later! Nobody was hurt, officials said.")
    assert sentence_starts(doc) == [s.start for s in doc.sents]
    for tok in doc:
        assert sentence(tok) == tok.sent
        assert sentence_number(doc, tok.i) == [s.start for s in doc.sents].index(tok.sent.start)


def test_a_doc_without_boundaries_is_one_sentence_by_number(nlp):
    doc = spacy.blank("en")("Gunmen burned a truck. The army came later.")
    assert sentence_starts(doc) is None
    assert {sentence_number(doc, t.i) for t in doc} == {0}


def test_a_doc_built_from_heads_alone_still_finds_its_sentences(nlp):
    # two parsed sentences, no token flagged as a start: the starts come from doc.sents, as tok.sent's do
    words = ["Rebels", "attacked", ".", "Troops", "left", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 1, 4, 4, 4], deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT",
                                                                        "punct"])
    assert [sentence(t).start for t in doc] == [t.sent.start for t in doc]
    assert sentence_number(doc, 4) == 1


def test_a_retokenized_doc_is_listed_again(nlp):
    doc = nlp("Fighters of the rebel group attacked. The army left.")
    before = sentence_starts(doc)
    with doc.retokenize() as retok:
        retok.merge(doc[0:2])
    assert sentence_starts(doc) != before
    assert sentence(doc[-1]) == doc[-1].sent
