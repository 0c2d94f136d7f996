"""A lower-case unit word inside an entity span ("Corrin province" tagged as one GPE): the name is "Corrin", the
word stays outside it and is read as the name's kind, even where the index also lists "Corrin province" as an
alternate name of the region.

Invented sentences and names, hand-built candidates and entity labels: no model, no gazetteer file."""

from __future__ import annotations

import spacy

from footprint.places.gazetteer import norm
from footprint.places.recognize import recognize
from footprint.testing import candidate, lookup_in

BLANK = spacy.blank("en")

REGION = candidate("Corrin", feature="A.ADM1", precision="region", population=0)
TABLE = {norm("Corrin"): (REGION,), norm("Corrin province"): (candidate("Corrin", feature="A.ADM1",
                                                                           precision="region", kind="alt"),)}


def _doc(text: str, ent: str, label: str = "GPE"):
    doc = BLANK.make_doc(text)
    start = text.index(ent)
    doc.ents = [doc.char_span(start, start + len(ent), label=label)]
    return doc


def test_a_lower_case_unit_word_is_left_out_of_the_name():
    text = "Fighting spread to Corrin province last week ."
    found = recognize(_doc(text, "Corrin province"), lookup_in(TABLE))
    assert [(m.text, m.suffix) for m in found] == [("Corrin", "region")]


def test_a_capitalised_unit_word_stays_part_of_the_name():
    text = "Fighting spread to Corrin Province last week ."
    table = {**TABLE, norm("Corrin Province"): TABLE[norm("Corrin province")]}
    found = recognize(_doc(text, "Corrin Province"), lookup_in(table))
    assert [m.text for m in found] == ["Corrin Province"]


def test_a_lower_case_word_that_is_no_unit_word_is_not_cut():
    text = "Fighting spread to Corrin valley last week ."
    table = {norm("Corrin valley"): (candidate("Corrin valley", feature="T.VAL", precision="area"),)}
    found = recognize(_doc(text, "Corrin valley", "LOC"), lookup_in(table))
    assert [m.text for m in found] == ["Corrin valley"]


def test_spans_without_entities_are_unchanged():
    doc = BLANK.make_doc("Fighting spread to Corrin province last week .")
    assert [m.text for m in recognize(doc, lookup_in(TABLE))] == ["Corrin"]
