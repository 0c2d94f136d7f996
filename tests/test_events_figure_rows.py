"""Table rows of labels and figures tell no event (``footprint.sentences.figure_row`` and its use in
``footprint.events.assemble``): a monitoring report's "| Civilians killed | 9 | 6 |" sums up a period. A row with a
cell long enough to be a sentence is an incident told in a table and is read. Invented rows; hand-built parses
(no model). Tokens are (word, lemma, pos, tag, head, dep), the root points at itself."""

from __future__ import annotations

import pytest

from footprint.events import build_events
from footprint.events.assemble import Stages
from footprint.sentences import figure_row
from footprint.testing import token_doc

STAGES = Stages(event_location=lambda *a: None, event_date=lambda *a: (None, False), is_meta=lambda doc, sent: False)


@pytest.mark.parametrize("row", [
    "| Civilians killed | 9 | 6 |",
    "| Indicator | This period | Previous period |",
    "| --- | --- | --- |",
    "  | People abducted | 11 | 4 |  ",
    "| Houses burnt in Kibati | 40 |",
])
def test_rows_of_labels_and_figures(row):
    assert figure_row(row)


@pytest.mark.parametrize("text", [
    "",
    "|",
    "Civilians killed: 9",
    "| 2 Aug | Insurgents burnt the health post in Ocua |",
    "Gunmen killed nine villagers | the army said",
    "| a | b",  # one cell edge: not a row of a table
])
def test_sentences_and_incident_rows_are_no_figure_rows(text):
    assert not figure_row(text)


def killing(piped: bool, place: bool = False):
    # [|] Gunmen killed nine villagers [in Ocua] [| 9 |]
    words = [("Gunmen", "gunman", "NOUN", "NNS", 1, "nsubj"), ("killed", "kill", "VERB", "VBD", 1, "ROOT"),
             ("nine", "nine", "NUM", "CD", 3, "nummod"), ("villagers", "villager", "NOUN", "NNS", 1, "dobj")]
    if place:
        words += [("in", "in", "ADP", "IN", 1, "prep"), ("Ocua", "Ocua", "PROPN", "NNP", 4, "pobj")]
    if piped:
        shift = [(w, lemma, pos, tag, head + 1, dep) for w, lemma, pos, tag, head, dep in words]
        root = 2
        pipe = ("|", "|", "PUNCT", "NFP", root, "punct")
        return token_doc([pipe] + shift + [pipe, ("9", "9", "NUM", "CD", root, "npadvmod"), pipe])
    return token_doc(words + [(".", ".", "PUNCT", ".", 1, "punct")])


def test_the_same_words_outside_a_table_make_an_event():
    assert build_events(killing(piped=False), STAGES)


def test_a_short_row_makes_no_event():
    assert build_events(killing(piped=True), STAGES) == []


def test_a_row_with_a_sentence_in_it_is_read():
    assert build_events(killing(piped=True, place=True), STAGES)
