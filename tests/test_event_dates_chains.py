"""A date told on the first verb of a chain sharing one subject dates the later verbs of the chain, also when
the parser hangs them on the verb of telling. Sentences are invented; parses are built by hand as the small
English model gives them."""

from __future__ import annotations

from spacy.tokens import Doc

from footprint.dates import event_date, parse_dct, tag
from footprint.testing import parsed_doc

DCT = "2024-06-05"


def parsed(tokens: list[tuple], dct: str = DCT) -> Doc:
    """tokens: (word, pos, head, dep), heads as positions in the list, the root pointing at itself."""
    words = [t[0] for t in tokens]
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", ",") for i in range(len(words))]
    doc = parsed_doc(words, spaces=spaces, lemmas=[t[0].lower() for t in tokens], pos=[t[1] for t in tokens],
                     heads=[t[2] for t in tokens], deps=[t[3] for t in tokens], meta={"doc_id": "t", "dct": dct})
    doc._.fp_timexes = list(tag(doc.text, parse_dct(dct, source="t")).timexes)
    return doc


def date_of(doc: Doc, word: str):
    t = next(t for t in doc if t.text == word)
    return event_date(doc, 0, len(doc.text), t.idx, t.idx + len(t.text))


# "A farmer told the court that gunmen stormed the hamlet on 4 May 2019, rounded up the men and shot them."
# The model hangs "rounded" on "told", not on "stormed".
HEAD = [("A", "DET", 1, "det"), ("farmer", "NOUN", 2, "nsubj"), ("told", "VERB", 2, "ROOT"), ("the", "DET", 4, "det"),
        ("court", "NOUN", 2, "dobj"), ("that", "SCONJ", 7, "mark"), ("gunmen", "NOUN", 7, "nsubj"),
        ("stormed", "VERB", 2, "ccomp"), ("the", "DET", 9, "det"), ("hamlet", "NOUN", 7, "dobj"),
        ("on", "ADP", 7, "prep"), ("4", "NUM", 12, "nummod"), ("May", "PROPN", 10, "pobj"),
        ("2019", "NUM", 12, "nummod"), (",", "PUNCT", 2, "punct")]
CHAIN = HEAD + [("rounded", "VERB", 2, "conj"), ("up", "ADP", 15, "prt"), ("the", "DET", 18, "det"),
                ("men", "NOUN", 15, "dobj"), ("and", "CCONJ", 15, "cc"), ("shot", "VERB", 15, "conj"),
                ("them", "PRON", 20, "dobj"), (".", "PUNCT", 2, "punct")]


def test_the_later_verbs_of_the_chain_take_the_date_of_the_first():
    doc = parsed(CHAIN)
    for word in ("stormed", "rounded", "shot"):
        date, _ = date_of(doc, word)
        assert (date.start, date.end) == ("2019-05-04", "2019-05-04"), word


def test_a_later_verb_with_its_own_date_keeps_it():
    own = CHAIN[:-1] + [("on", "ADP", 20, "prep"), ("6", "NUM", 24, "nummod"), ("May", "PROPN", 22, "pobj"),
                        (".", "PUNCT", 2, "punct")]
    date, _ = date_of(parsed(own), "shot")
    assert date.text == "6 May" and date.start.endswith("-05-06")


def test_a_later_verb_with_a_subject_of_its_own_tells_another_event():
    # "…, 2019, and police arrested two men." : a new subject, a new event; the date is not its own
    other = HEAD + [("and", "CCONJ", 2, "cc"), ("police", "NOUN", 17, "nsubj"), ("arrested", "VERB", 2, "conj"),
                    ("two", "NUM", 19, "nummod"), ("men", "NOUN", 17, "dobj"), (".", "PUNCT", 2, "punct")]
    date, _ = date_of(parsed(other), "arrested")
    assert date.start != "2019-05-04"


def test_a_date_in_a_complement_after_the_verb_does_not_reach_back():
    # "A farmer told the court, and wept, that gunmen stormed the hamlet on 4 May 2019." : "wept" comes before
    # the complement that holds the date
    toks = [("A", "DET", 1, "det"), ("farmer", "NOUN", 2, "nsubj"), ("told", "VERB", 2, "ROOT"), ("the", "DET", 4, "det"),
            ("court", "NOUN", 2, "dobj"), (",", "PUNCT", 2, "punct"), ("and", "CCONJ", 2, "cc"),
            ("wept", "VERB", 2, "conj"), (",", "PUNCT", 2, "punct"), ("that", "SCONJ", 11, "mark"),
            ("gunmen", "NOUN", 11, "nsubj"), ("stormed", "VERB", 2, "ccomp"), ("the", "DET", 13, "det"),
            ("hamlet", "NOUN", 11, "dobj"), ("on", "ADP", 11, "prep"), ("4", "NUM", 16, "nummod"),
            ("May", "PROPN", 14, "pobj"), ("2019", "NUM", 16, "nummod"), (".", "PUNCT", 2, "punct")]
    date, _ = date_of(parsed(toks), "wept")
    assert date.start != "2019-05-04"


def test_a_complement_with_no_subject_of_its_own_shares_nothing():
    # the complement's verb has no subject: no chain of one subject to follow
    toks = [(w, p, h, "dep" if w == "gunmen" else d) for w, p, h, d in CHAIN]
    date, _ = date_of(parsed(toks), "rounded")
    assert date.start != "2019-05-04"
