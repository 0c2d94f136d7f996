"""Unit tests for how an accusation is dated in its record: by its own words, not by the date of the act it
alleges ("accused the militia of burning the market last year"), and, when nothing dates it, on or before the
report date, the inferred one when metadata has none. Invented sentences with hand-built parses (no model)."""

from __future__ import annotations

from footprint.events import build_events
from footprint.events.assemble import Stages
from footprint.model import EventDate
from footprint.testing import token_doc


def first_date(doc, s, e, ts, te):
    """A dates stub that, like the dates stage's look back, takes the first DATE of the range or, with none there,
    of the whole text; its span says where it was read."""
    ents = [x for x in doc.ents if x.label_ == "DATE"]
    inside = [x for x in ents if s <= x.start_char < e]
    found = (inside or ents)[:1]
    if not found:
        return None, False
    x = found[0]
    # only "last year" is told as the past (background); a weekday is this week's news
    return EventDate(start="2023-01-01", end="2023-12-31", precision="year", text=x.text, span_start=x.start_char,
                     span_end=x.end_char, reason="own clause"), x.text.startswith("last")


STAGES = Stages(event_location=lambda *a: None, event_date=first_date, is_meta=lambda doc, sent: False)

# "Residents accused the militia of burning the market last year."
CLAUSE = [
    ("Residents", "resident", "NOUN", "NNS", 1, "nsubj"), ("accused", "accuse", "VERB", "VBD", 1, "ROOT"),
    ("the", "the", "DET", "DT", 3, "det"), ("militia", "militia", "NOUN", "NN", 1, "dobj"),
    ("of", "of", "ADP", "IN", 1, "prep"), ("burning", "burn", "VERB", "VBG", 4, "pcomp"),
    ("the", "the", "DET", "DT", 7, "det"), ("market", "market", "NOUN", "NN", 5, "dobj"),
    ("last", "last", "ADJ", "JJ", 9, "amod"), ("year", "year", "NOUN", "NN", 5, "npadvmod"),
    (".", ".", "PUNCT", ".", 1, "punct"),
]
CLAUSE_ENTS = [(8, 10, "DATE")]

# "The army, accused by residents of burning houses in March, said it acted lawfully."
ASIDE = [
    ("The", "the", "DET", "DT", 1, "det"), ("army", "army", "NOUN", "NN", 12, "nsubj"),
    (",", ",", "PUNCT", ",", 1, "punct"), ("accused", "accuse", "VERB", "VBN", 1, "acl"),
    ("by", "by", "ADP", "IN", 3, "agent"), ("residents", "resident", "NOUN", "NNS", 4, "pobj"),
    ("of", "of", "ADP", "IN", 3, "prep"), ("burning", "burn", "VERB", "VBG", 6, "pcomp"),
    ("houses", "house", "NOUN", "NNS", 7, "dobj"), ("in", "in", "ADP", "IN", 7, "prep"),
    ("March", "March", "PROPN", "NNP", 9, "pobj"), (",", ",", "PUNCT", ",", 1, "punct"),
    ("said", "say", "VERB", "VBD", 12, "ROOT"), ("it", "it", "PRON", "PRP", 14, "nsubj"),
    ("acted", "act", "VERB", "VBD", 12, "ccomp"), ("lawfully", "lawfully", "ADV", "RB", 14, "advmod"),
    (".", ".", "PUNCT", ".", 12, "punct"),
]
ASIDE_ENTS = [(10, 11, "DATE")]

INFERRED = {"doc_id": "d1", "publisher": "example.org", "dct_inferred": {"value": "2024-03-02"}}
STATED = {"doc_id": "d1", "publisher": "example.org", "dct": "2024-05-10"}


def accusation(tokens, ents, meta):
    doc = token_doc(tokens, ents, meta=meta)
    found = [e for e in build_events(doc, STAGES) if e.type == "accusation"]
    assert len(found) == 1
    return found[0]


def test_an_accusation_in_its_own_clause_is_not_dated_by_the_act_it_alleges():
    ev = accusation(CLAUSE, CLAUSE_ENTS, STATED)
    # "last year" dates the burning, which may be background; the accusation is told now
    assert ev.date.start is None and ev.date.end == "2024-05-10"
    assert "accusation" in ev.date.reason
    assert not ev.background


def test_an_undated_accusation_in_its_own_clause_takes_the_inferred_report_date():
    ev = accusation(CLAUSE, CLAUSE_ENTS, INFERRED)
    assert ev.date.end == "2024-03-02"


def test_a_participial_accusation_takes_the_inferred_report_date_when_metadata_has_none():
    ev = accusation(ASIDE, ASIDE_ENTS, INFERRED)
    assert ev.date.start is None and ev.date.end == "2024-03-02"
    assert not ev.background


def test_an_accusation_with_a_day_of_its_own_keeps_it():
    # "On Monday residents accused the militia of burning the market last year."
    tokens = [("On", "on", "ADP", "IN", 3, "prep"), ("Monday", "Monday", "PROPN", "NNP", 0, "pobj")] + [
        (w, lemma, pos, tag, head + 2, dep) for w, lemma, pos, tag, head, dep in CLAUSE]
    ents = [(1, 2, "DATE")] + [(a + 2, b + 2, label) for a, b, label in CLAUSE_ENTS]
    ev = accusation(tokens, ents, STATED)
    assert ev.date.text == "Monday"


def test_a_bad_report_date_leaves_the_end_open():
    ev = accusation(CLAUSE, CLAUSE_ENTS, {"doc_id": "d1", "dct": "not a date", "dct_inferred": {"value": 7}})
    assert ev.date.start is None and ev.date.end is None


def test_a_recent_day_inside_the_charge_still_dates_the_accusation():
    # "Residents accused the militia of burning the market on Wednesday.": told the same week, the day is the
    # accusation's too
    tokens = CLAUSE[:8] + [("on", "on", "ADP", "IN", 5, "prep"), ("Wednesday", "Wednesday", "PROPN", "NNP", 8, "pobj"),
                           (".", ".", "PUNCT", ".", 1, "punct")]
    ev = accusation(tokens, [(9, 10, "DATE")], STATED)
    assert ev.date.text == "Wednesday" and not ev.background
