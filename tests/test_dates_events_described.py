"""An event told in a relative clause on a dated noun takes the noun's date (hand-built parses, no model)."""

from __future__ import annotations

from spacy.tokens import Doc

from test_dates_events_clauses import date_of, parsed

DCT = "2024-06-12"  # a Wednesday: "Sunday" is 2024-06-09
SUNDAY = ("2024-06-09", "2024-06-09")


def behind_the_attack(verb: str = "wounded", perfect: bool = False) -> Doc:
    # Police said rebels were behind Sunday 's attack on the checkpoint , in which two guards were wounded .
    aux = [("had", "have", "AUX", 18, "aux"), ("been", "be", "AUX", 18, "auxpass")] if perfect else \
        [("were", "be", "AUX", 17, "auxpass")]
    head = 18 if perfect else 17
    return parsed([
        ("Police", "police", "NOUN", 1, "nsubj"), ("said", "say", "VERB", 1, "ROOT"),
        ("rebels", "rebel", "NOUN", 3, "nsubj"), ("were", "be", "AUX", 1, "ccomp"), ("behind", "behind", "ADP", 3, "prep"),
        ("Sunday", "Sunday", "PROPN", 7, "poss"), ("'s", "'s", "PART", 5, "case"), ("attack", "attack", "NOUN", 4, "pobj"),
        ("on", "on", "ADP", 7, "prep"), ("the", "the", "DET", 10, "det"), ("checkpoint", "checkpoint", "NOUN", 8, "pobj"),
        (",", ",", "PUNCT", 10, "punct"), ("in", "in", "ADP", head, "prep"), ("which", "which", "PRON", 12, "pobj"),
        ("two", "two", "NUM", 15, "nummod"), ("guards", "guard", "NOUN", head, "nsubjpass"), *aux,
        (verb, verb, "VERB", 10, "relcl", "VBN"), (".", ".", "PUNCT", 1, "punct"),
    ], DCT)


def test_an_event_in_which_clause_on_the_phrase_of_a_dated_noun_takes_its_date():
    doc = behind_the_attack()
    date, background = date_of(doc, 17)
    assert (date.start, date.end) == SUNDAY and not background
    assert "relative clause on a noun" in date.reason


def test_an_earlier_act_in_the_clause_does_not_take_the_nouns_date():
    # "… in which two guards had been wounded": told as before the attack, so not dated by it
    doc = behind_the_attack(perfect=True)
    assert (date_of(doc, 18)[0].start, date_of(doc, 18)[0].end) != SUNDAY


def looted_village() -> Doc:
    # Police said rebels were behind Sunday 's attack on the village , which fighters looted .
    return parsed([
        ("Police", "police", "NOUN", 1, "nsubj"), ("said", "say", "VERB", 1, "ROOT"),
        ("rebels", "rebel", "NOUN", 3, "nsubj"), ("were", "be", "AUX", 1, "ccomp"), ("behind", "behind", "ADP", 3, "prep"),
        ("Sunday", "Sunday", "PROPN", 7, "poss"), ("'s", "'s", "PART", 5, "case"), ("attack", "attack", "NOUN", 4, "pobj"),
        ("on", "on", "ADP", 7, "prep"), ("the", "the", "DET", 10, "det"), ("village", "village", "NOUN", 8, "pobj"),
        (",", ",", "PUNCT", 10, "punct"), ("which", "which", "PRON", 14, "dobj"), ("fighters", "fighter", "NOUN", 14, "nsubj"),
        ("looted", "loot", "VERB", 10, "relcl", "VBD"), (".", ".", "PUNCT", 1, "punct"),
    ], DCT)


def test_a_which_clause_on_another_noun_of_the_phrase_says_nothing_of_when():
    # the village was looted at some time; the attack's Sunday is not the looting's
    date, _ = date_of(looted_village(), 14)
    assert (date.start, date.end) != SUNDAY


def test_a_which_clause_on_the_dated_noun_itself_takes_its_date():
    # Police blamed rebels for Sunday 's raid , which killed two guards .
    doc = parsed([
        ("Police", "police", "NOUN", 1, "nsubj"), ("blamed", "blame", "VERB", 1, "ROOT"), ("rebels", "rebel", "NOUN", 1, "dobj"),
        ("for", "for", "ADP", 1, "prep"), ("Sunday", "Sunday", "PROPN", 6, "poss"), ("'s", "'s", "PART", 4, "case"),
        ("raid", "raid", "NOUN", 3, "pobj"), (",", ",", "PUNCT", 6, "punct"), ("which", "which", "PRON", 9, "nsubj"),
        ("killed", "kill", "VERB", 6, "relcl", "VBD"), ("two", "two", "NUM", 11, "nummod"),
        ("guards", "guard", "NOUN", 9, "dobj"), (".", ".", "PUNCT", 1, "punct"),
    ], DCT)
    date, _ = date_of(doc, 9)
    assert (date.start, date.end) == SUNDAY
