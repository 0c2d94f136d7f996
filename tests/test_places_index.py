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


# --- place recognition and resolution on long pages: indexes built once per Doc ------------------------------

from footprint.places.gazetteer import Candidate  # noqa: E402
from footprint.places.recognize import Match, _Covered, _Overlaps  # noqa: E402
from footprint.places.resolve import Context, _nearest, resolve  # noqa: E402


def _actor(start: int, end: int) -> ActorMention:
    return ActorMention(start, end, "x", None, "x")


def test_actor_overlaps_answer_as_the_plain_scan():
    rnd = random.Random(11)
    for _ in range(40):
        # unsorted, nested, repeated starts, zero-length and one very long span
        actors = [_actor(s, s + rnd.choice([0, 1, 4, 12, 60])) for s in (rnd.randint(0, 400) for _ in range(rnd.randint(0, 50)))]
        if actors and rnd.random() < 0.3:
            actors.append(_actor(rnd.randint(0, 50), 380))
        rnd.shuffle(actors)
        index = _Overlaps(actors)
        for _ in range(60):
            a = rnd.randint(-5, 420)
            b = a + rnd.randint(0, 30)
            # same actors, in the order the actors stage gave them (the first one that applies wins)
            assert index.overlapping(a, b) == [x for x in actors if x.start < b and a < x.end]


def test_excluded_segments_answer_as_the_plain_scan():
    rnd = random.Random(5)
    for _ in range(40):
        spans = [(s, s + rnd.choice([0, 2, 30, 200]), "boilerplate") for s in (rnd.randint(0, 500) for _ in range(rnd.randint(0, 8)))]
        covered = _Covered(spans)
        for x in range(-3, 760, 7):
            assert covered.covers(x) == any(a <= x < b for a, b, *_ in spans)


def test_nearest_anchor_is_the_minimum_with_or_without_the_memo():
    rnd = random.Random(3)
    anchors = tuple((rnd.uniform(-30, 30), rnd.uniform(-20, 40)) for _ in range(25))
    plain, memo = Context({}, anchors), Context({}, anchors, nearest_km={})
    for _ in range(50):
        lat, lon = rnd.uniform(-30, 30), rnd.uniform(-20, 40)
        assert _nearest(lat, lon, plain) == _nearest(lat, lon, memo) == _nearest(lat, lon, memo)
    assert len(memo.nearest_km) == 50


def _town(id_: int, name: str, lat: float, lon: float, pop: int = 50_000) -> Candidate:
    return Candidate(id_, name, lat, lon, "ML", None, "P.PPL", "town", pop, id_, None, None, "test")


def _matches(names: list[tuple[str, tuple[Candidate, ...]]]) -> list[Match]:
    out, pos = [], 0
    for k, (text, cands) in enumerate(names):
        out.append(Match(pos, pos + len(text), text, text.lower(), cands, k, k + 1))
        pos += len(text) + 20  # far apart: no list between them
    return out


def test_a_point_given_by_another_name_stays_an_anchor_of_the_first():
    koro = (_town(1, "Koro", 14.07, -3.08),)
    alone = resolve(_matches([("Koro", koro)] * 3))[0]
    # "Korro" (another spelling) names the same town: for "Koro" that point is now said elsewhere
    shared = resolve(_matches([("Koro", koro), ("Korro", koro), ("Koro", koro)]))[0]
    assert all("from another place in the text" not in m.reason for m in alone)
    assert all("0 km from another place in the text" in m.reason for m in shared)


def test_answers_do_not_change_when_a_page_repeats():
    boni = (_town(2, "Boni", 15.05, -1.95), _town(3, "Boni", 9.0, 2.0, 60_000))  # near the others, or far
    page = [("Koro", (_town(1, "Koro", 14.07, -3.08),)), ("Boni", boni), ("Douentza", (_town(4, "Douentza", 15.0, -2.95),))]
    once = resolve(_matches(page))
    many = resolve(_matches(page * 40))
    assert once[1] == many[1]
    assert [(m.place, m.reason) for m in many[0]] == [(m.place, m.reason) for m in once[0]] * 40
    assert once[0][1].place.lat == 15.05  # the Boni near the other two places, not the larger far one


def test_towns_told_before_answer_as_the_plain_scan():
    """'the town' looks back at most N paragraphs: the early stop gives the plain filter's answer, in order,
    on texts of random words, line breaks and blank lines, with overlapping and unsorted mentions."""
    from footprint.paragraphs import PARAGRAPH_BREAK
    from footprint.places.reference import _within

    rnd = random.Random(11)
    for _ in range(60):
        text = "".join(rnd.choice(["word ", "\n", "\n\n", " \n \n", ". ", "\n\n\n"]) for _ in range(rnd.randint(0, 200)))
        mentions = []
        for _ in range(rnd.randint(0, 30)):
            s = rnd.randint(0, max(0, len(text) - 1))
            mentions.append(_mention(s, min(len(text), s + rnd.choice([0, 1, 4, 10]))))
        if rnd.random() < 0.7:
            mentions.sort(key=lambda m: m.start)
        for _ in range(20):
            pos = rnd.randint(0, len(text))
            for n in (0, 1, 2):
                plain = [m for m in mentions if m.end <= pos and len(PARAGRAPH_BREAK.findall(text, m.end, pos)) <= n]
                assert _within(text, mentions, pos, n) == plain
