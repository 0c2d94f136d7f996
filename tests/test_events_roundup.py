"""Unit tests for roundups in the events stage: a text telling incidents in several countries, one paragraph each
(``places/items.py``), lends nothing from one item to the next. An attack told with no author in a new item does
not take the author of the attack told in the item before. Invented sentences with hand-built parses (no model
is loaded)."""

from __future__ import annotations

from footprint.events import build_events
from footprint.model import Place, PlaceMention
from footprint.testing import actor_mention, token_doc
from tests.test_events_tolls_revisions import STAGES

# "Fighters of the Front attacked a convoy in Korvo."
NAMED = [
    ("Fighters", "fighter", "NOUN", "NNS", 4, "nsubj"), ("of", "of", "ADP", "IN", 0, "prep"),
    ("the", "the", "DET", "DT", 3, "det"), ("Front", "Front", "PROPN", "NNP", 1, "pobj"),
    ("attacked", "attack", "VERB", "VBD", 4, "ROOT"), ("a", "a", "DET", "DT", 6, "det"),
    ("convoy", "convoy", "NOUN", "NN", 4, "dobj"), ("in", "in", "ADP", "IN", 4, "prep"),
    ("Korvo", "Korvo", "PROPN", "NNP", 7, "pobj"), (".", ".", "PUNCT", ".", 4, "punct"),
]

# "A village in Lessa was attacked.": no author told
PASSIVE = [
    ("A", "a", "DET", "DT", 1, "det"), ("village", "village", "NOUN", "NN", 5, "nsubjpass"),
    ("in", "in", "ADP", "IN", 1, "prep"), ("Lessa", "Lessa", "PROPN", "NNP", 2, "pobj"),
    ("was", "be", "AUX", "VBD", 5, "auxpass"), ("attacked", "attack", "VERB", "VBN", 5, "ROOT"),
    (".", ".", "PUNCT", ".", 5, "punct"),
]


def roundup(second_country: str, *, paragraph: bool = True):
    """NAMED, then PASSIVE (in a paragraph of its own, or the same one), Korvo in XA and Lessa in
    ``second_country``."""
    sep = [("\n\n", "\n\n", "SPACE", "_SP", 9, "dep")] if paragraph else []
    first = NAMED + sep
    n = len(first)
    tokens = first + [(w, lemma, pos, tag, head + n, dep) for w, lemma, pos, tag, head, dep in PASSIVE]
    spaces = [True] * len(tokens)
    spaces[len(NAMED) - 1] = not paragraph  # "." then the break, no space between
    for k in (len(NAMED) - 2, len(tokens) - 2, len(tokens) - 1):
        spaces[k] = False  # no space before the full stops, none at the end
    if paragraph:
        spaces[n - 1] = False
    doc = token_doc(tokens, [(3, 4, "ORG"), (8, 9, "GPE"), (n + 3, n + 4, "GPE")], spaces=spaces,
                    sent_starts=[i in (0, n) for i in range(len(tokens))])
    doc._.fp_actors = [actor_mention(doc, 0, 3, "Vanguard Front", "vanguard_front.xa", "armed_group")]
    places = []
    for i, country in ((8, "XA"), (n + 3, second_country)):
        tok = doc[i]
        places.append(PlaceMention(start=tok.idx, end=tok.idx + len(tok.text), text=tok.text,
                                   place=Place(name=tok.text, lat=1.0, lon=1.0, country=country, precision="town")))
    doc._.fp_places = places
    return doc


def authors(event) -> list[str]:
    return [a.name for a in event.actors if a.role == "actor"]


def test_an_attack_with_no_author_in_a_new_country_item_does_not_take_the_last_items_author():
    doc = roundup("XB")
    assert "\n\n" in doc.text
    events = build_events(doc, STAGES)
    assert [authors(e) for e in events] == [["Vanguard Front"], []]


def test_in_one_item_the_author_of_the_attack_just_told_is_still_carried():
    doc = roundup("XA")  # the same country: one story in two paragraphs
    events = build_events(doc, STAGES)
    assert [authors(e) for e in events] == [["Vanguard Front"], ["Vanguard Front"]]
    assert events[1].actors[0].role == "actor"


def test_with_no_paragraph_break_the_author_is_carried_whatever_the_places():
    doc = roundup("XB", paragraph=False)  # items start only at paragraphs and datelines
    events = build_events(doc, STAGES)
    assert [authors(e) for e in events] == [["Vanguard Front"], ["Vanguard Front"]]
