"""The trigger look-up skips a token none of whose words is in the lexicon's keys: a token it skips must be one
for which no key ``trigger_keys`` builds is in the table. Hand-built parses of invented sentences (no model).

Tokens are (word, lemma, pos, tag, head, dep), the root points at itself."""

from __future__ import annotations

from footprint.events.classify import trigger_keys
from footprint.events.syntax import word_forms
from footprint.events.vocabulary import key_words, lexicon
from footprint.testing import token_doc


def _docs():
    # Rebels retook the town and handed over a sit-in camp ; a suicide bomber raped ... (lemma errors kept)
    yield token_doc([
        ("Rebels", "rebel", "NOUN", "NNS", 1, "nsubj"), ("retook", "retook", "VERB", "VBD", 1, "ROOT"),
        ("the", "the", "DET", "DT", 3, "det"), ("town", "town", "NOUN", "NN", 1, "dobj"),
        ("and", "and", "CCONJ", "CC", 1, "cc"), ("handed", "hand", "VERB", "VBD", 1, "conj"),
        ("over", "over", "ADP", "RP", 5, "prt"), ("a", "a", "DET", "DT", 10, "det"),
        ("sit", "sit", "NOUN", "NN", 10, "compound"), ("-", "-", "PUNCT", "HYPH", 10, "punct"),
        ("in", "in", "NOUN", "NN", 5, "dobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    yield token_doc([
        ("A", "a", "DET", "DT", 2, "det"), ("suicide", "suicide", "NOUN", "NN", 2, "compound"),
        ("bomber", "bomber", "NOUN", "NN", 3, "nsubj"), ("raped", "rap", "VERB", "VBD", 3, "ROOT"),
        ("women", "woman", "NOUN", "NNS", 3, "dobj"), ("and", "and", "CCONJ", "CC", 3, "cc"),
        ("set", "set", "VERB", "VBD", 3, "conj"), ("fire", "fire", "NOUN", "NN", 6, "dobj"),
        ("to", "to", "ADP", "IN", 6, "prep"), ("houses", "house", "NOUN", "NNS", 8, "pobj"),
        (".", ".", "PUNCT", ".", 3, "punct"),
    ])


def test_no_token_with_a_key_in_the_table_is_skipped():
    lex = lexicon()
    seen = 0
    for doc in _docs():
        for tok in doc:
            for table in (lex.verbs, lex.nouns):
                hits = [k for k, _ in trigger_keys(tok) if k in table]
                if hits:
                    seen += 1
                    assert not key_words(table).isdisjoint(word_forms(tok)), (tok.text, hits)
    assert seen >= 5  # the sentences hold triggers of several kinds


def test_words_with_no_key_are_skipped_and_lemma_errors_are_not():
    lex = lexicon()
    umbrella = token_doc([("umbrellas", "umbrella", "NOUN", "NNS", 0, "ROOT")])[0]
    assert key_words(lex.nouns).isdisjoint(word_forms(umbrella))
    assert "retake" in word_forms(next(_docs())[1])  # a prefixed irregular past
    raped = token_doc([("raped", "rap", "VERB", "VBD", 0, "ROOT")])[0]
    assert "rape" in word_forms(raped)  # the lemmatizer's error is undone
