"""Event location on long pages: the places are looked up by offset, not scanned per event, and the answers
are those of the plain scans. Hand-built Docs, no model."""

from __future__ import annotations

import random

import spacy

from footprint import nlp as nlp_mod
from footprint.model import ActorMention, Place, PlaceMention
from footprint.places import event_location
from footprint.places.locate import _SpanIndex

BLANK = spacy.blank("en")
TOWNS = {"Dori": ("BF", 14.03, -0.03), "Kaya": ("BF", 13.09, -1.08), "Koro": ("ML", 14.07, -3.08),
         "Boni": ("ML", 15.05, -1.95), "Menaka": ("ML", 15.92, 2.40)}
HOME_META = {"places_home": "ML", "places_focus": {"ML": 0.4, "BF": 0.35},
             "places_country_points": {"ML": ("Mali", 17.0, -4.0), "BF": ("Burkina Faso", 12.5, -1.6)}}


def _mention(start: int, end: int, text: str = "x", kind: str = "literal") -> PlaceMention:
    return PlaceMention(start, end, text, Place(text, 14.0, -1.0, "ML", "town"), kind=kind)


def test_span_index_answers_as_the_plain_scans():
    rnd = random.Random(7)
    for _ in range(40):
        # unsorted, nested, overlapping, repeated starts, some of zero length
        mentions = []
        for _ in range(rnd.randint(0, 60)):
            s = rnd.randint(0, 500)
            mentions.append(_mention(s, s + rnd.choice([0, 1, 3, 8, 40, 120])))
        rnd.shuffle(mentions)
        index = _SpanIndex(mentions)
        for _ in range(80):
            a = rnd.randint(-5, 520)
            b = a + rnd.randint(0, 150)
            assert index.starting_in(a, b) == [m for m in mentions if a <= m.start < b]
            assert index.covering(a) == [m for m in mentions if m.start <= a < m.end]


def _page(sentences: list[tuple[str, list[str]]], meta: dict | None = None):
    """A Doc of ``sentences`` (text, towns in it) and, per sentence, (start, end, trigger start, trigger end):
    the trigger is the sentence's first word."""
    text = " ".join(s for s, _ in sentences)
    doc = BLANK.make_doc(text)
    nlp_mod.prepare(doc, dict(meta or {}))
    mentions, spans, at = [], [], 0
    for sent, towns in sentences:
        for name in towns:
            i = text.index(name, at)
            country, lat, lon = TOWNS[name]
            mentions.append(PlaceMention(i, i + len(name), name, Place(name, lat, lon, country, "town"), kind="literal"))
        word = sent.split()[0]
        spans.append((at, at + len(sent), at, at + len(word)))
        at += len(sent) + 1
    doc._.fp_places = mentions
    return doc, spans


def test_equal_scores_keep_the_first_in_the_stage_list():
    # "Dori" and "Kaya" are as far from "raid" (no parse: character distance): the earlier in the stage's
    # list wins, whatever its place in the text
    doc, _ = _page([("Dori raid Kaya.", ["Dori", "Kaya"])])
    t = doc.text.index("raid")
    assert event_location(doc, 0, len(doc.text), t, t + 4).name == "Dori"
    doc._.fp_places = list(reversed(doc._.fp_places))
    assert event_location(doc, 0, len(doc.text), t, t + 4).name == "Kaya"


class _CountingList(list):
    """A list that counts the passes over it."""

    passes = 0

    def __iter__(self):
        type(self).passes += 1
        return super().__iter__()


def test_a_long_page_is_not_scanned_per_event():
    sentences = []
    for k in range(300):
        a, b = list(TOWNS)[k % 5], ("Koro", "Boni", "Menaka")[k % 3]
        sentences.append((f"Gunmen attacked {a} on day {k} and left towards {b}.", [a, b]))
        sentences.append((f"Clashes went on for day {k}.", []))
    doc, spans = _page(sentences, HOME_META)
    doc._.fp_places = _CountingList(doc._.fp_places)
    _CountingList.passes = 0
    answers = [event_location(doc, *span) for span in spans]
    # built once: the places by offset and the count of places per country
    assert _CountingList.passes <= 3
    for k, loc in enumerate(answers):
        if k % 2 == 0:
            assert loc.name == list(TOWNS)[(k // 2) % 5] and loc.precision == "town"
        else:  # no place in the sentence: Mali holds over twice as many places as Burkina Faso
            assert loc.name == "Mali" and loc.precision == "country"


def test_a_new_or_longer_place_list_is_read_again():
    doc, spans = _page([("Gunmen attacked Koro.", ["Koro"]), ("Clashes went on.", []),
                        ("Troops left Boni.", ["Boni"])], HOME_META)
    assert event_location(doc, *spans[1]).name == "Mali"
    # Burkina Faso now holds as many places as Mali: no country leads, the place is unknown
    doc._.fp_places = [*doc._.fp_places, *_page([("Dori Kaya", ["Dori", "Kaya"])])[0]._.fp_places]
    assert event_location(doc, *spans[1]) is None
    # a place added to the same list, in the sentence that had none
    i = doc.text.index("Clashes")
    doc._.fp_places.append(PlaceMention(i, i + 7, "Clashes", Place("Menaka", 15.92, 2.40, "ML", "town"),
                                        kind="literal"))
    assert event_location(doc, *spans[1]).name == "Menaka"


def test_the_border_owner_is_read_from_the_mentions_covering_each_word():
    # Its troops patrolled its border with Niger . (the subject is a Malian actor)
    words = ["Malian", "troops", "patrolled", "its", "border", "with", "Niger", "."]
    doc = spacy.tokens.Doc(BLANK.vocab, words=words, spaces=[True] * 6 + [False, False],
                           lemmas=["malian", "troop", "patrol", "its", "border", "with", "Niger", "."],
                           pos=["ADJ", "NOUN", "VERB", "PRON", "NOUN", "ADP", "PROPN", "PUNCT"],
                           heads=[1, 2, 2, 4, 2, 4, 5, 2],
                           deps=["amod", "nsubj", "ROOT", "poss", "dobj", "prep", "pobj", "punct"])
    nlp_mod.prepare(doc, {})
    niger = doc[6]
    filler = [_mention(k, k + 1) for k in range(len(doc.text) + 1, len(doc.text) + 200)]  # beyond the text
    doc._.fp_places = [PlaceMention(niger.idx, niger.idx + 5, "Niger",
                                    Place("Niger", 17.6, 8.1, "NE", "country", radius_km=600.0), kind="literal"),
                       *filler]
    doc._.fp_actors = [ActorMention(0, len("Malian troops"), "Malian troops", "armed_forces.ml", "Malian Armed Forces",
                                    type="state_force", country="ML")]
    loc = event_location(doc, 0, len(doc.text), doc[2].idx, doc[2].idx + 9)
    assert loc is not None and loc.country == "ML" and loc.precision == "area" and "Niger" in loc.name
