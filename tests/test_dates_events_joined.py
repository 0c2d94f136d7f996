"""Event dates (invented sentences, hand-built parses): a clause joined by "and" after a clause with a day takes
that day rather than a date of an earlier sentence, unless it is told in another tense or as a contrast."""

from __future__ import annotations

from test_dates_events_clauses import date_of, parsed

DCT = "2026-03-13"  # a Friday


def test_a_clause_joined_by_and_takes_the_day_of_the_clause_before_not_an_earlier_sentences():
    # Talks failed in May . Traders shut shops on Thursday , and hundreds marched .
    doc = parsed([
        ("Talks", "talk", "NOUN", 1, "nsubj"), ("failed", "fail", "VERB", 1, "ROOT"), ("in", "in", "ADP", 1, "prep"),
        ("May", "May", "PROPN", 2, "pobj"), (".", ".", "PUNCT", 1, "punct"),
        ("Traders", "trader", "NOUN", 6, "nsubj"), ("shut", "shut", "VERB", 6, "ROOT"),
        ("shops", "shop", "NOUN", 6, "dobj"), ("on", "on", "ADP", 6, "prep"), ("Thursday", "Thursday", "PROPN", 8, "pobj"),
        (",", ",", "PUNCT", 6, "punct"), ("and", "and", "CCONJ", 6, "cc"), ("hundreds", "hundred", "NOUN", 13, "nsubj"),
        ("marched", "march", "VERB", 6, "conj"), (".", ".", "PUNCT", 13, "punct"),
    ], DCT)
    date, background = date_of(doc, 13, doc[5].idx)
    assert (date.start, date.end) == ("2026-03-12", "2026-03-12") and not background
    assert "joined" in date.reason


def test_a_joined_clause_with_an_auxiliary_or_a_contrast_keeps_no_such_day():
    # Rebels seized the town in 2019 , and the army has retaken it .
    doc = parsed([
        ("Rebels", "rebel", "NOUN", 1, "nsubj"), ("seized", "seize", "VERB", 1, "ROOT"), ("the", "the", "DET", 3, "det"),
        ("town", "town", "NOUN", 1, "dobj"), ("in", "in", "ADP", 1, "prep"), ("2019", "2019", "NUM", 4, "pobj"),
        (",", ",", "PUNCT", 1, "punct"), ("and", "and", "CCONJ", 1, "cc"), ("the", "the", "DET", 9, "det"),
        ("army", "army", "NOUN", 11, "nsubj"), ("has", "have", "AUX", 11, "aux"),
        ("retaken", "retake", "VERB", 1, "conj"), ("it", "it", "PRON", 11, "dobj"), (".", ".", "PUNCT", 11, "punct"),
    ], DCT)
    date = date_of(doc, 11)[0]
    assert date.start != "2019-01-01" and "joined" not in date.reason  # "has": the present's, not 2019
    # Rebels seized the town on Monday , but the army retook it .
    doc = parsed([
        ("Rebels", "rebel", "NOUN", 1, "nsubj"), ("seized", "seize", "VERB", 1, "ROOT"), ("the", "the", "DET", 3, "det"),
        ("town", "town", "NOUN", 1, "dobj"), ("on", "on", "ADP", 1, "prep"), ("Monday", "Monday", "PROPN", 4, "pobj"),
        (",", ",", "PUNCT", 1, "punct"), ("but", "but", "CCONJ", 1, "cc"), ("the", "the", "DET", 9, "det"),
        ("army", "army", "NOUN", 10, "nsubj"), ("retook", "retake", "VERB", 1, "conj"), ("it", "it", "PRON", 10, "dobj"),
        (".", ".", "PUNCT", 10, "punct"),
    ], DCT)
    date = date_of(doc, 10)[0]
    assert date.start != "2026-03-09" and "joined" not in date.reason
