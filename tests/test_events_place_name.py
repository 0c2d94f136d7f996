"""``events.roles._place_name``: a name kept as found that a place covers is a place, not an actor; the places are
indexed once per document (a scan of them all for every mention was quadratic in a long report)."""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.events.roles import _place_name, _place_spans
from footprint.model import ActorMention, PlaceMention
from footprint.nlp import register_extensions

register_extensions()
NLP = spacy.blank("en")
TEXT = "The chief of Tiloa and the siege of Mariupol were told by people near the road. " * 3
KINDS = ("literal", "demonym", "metonymic", "relative")


def _mention(start: int, end: int, **kw) -> ActorMention:
    return ActorMention(start, end, TEXT[start:end], kw.pop("actor_id", None), TEXT[start:end], **kw)


def _doc(places: list[PlaceMention]):
    doc = NLP(TEXT)
    doc._.fp_places = places
    return doc


def _brute(m: ActorMention, places: list[PlaceMention]) -> bool:
    return not (m.actor_id or m.type) and any(
        p.kind != "demonym" and p.start <= m.start and m.end <= p.end for p in places)


def test_a_covered_name_is_a_place_and_an_actor_or_a_demonym_is_not():
    places = [PlaceMention(13, 18, "Tiloa", None), PlaceMention(36, 44, "Mariupol", None, kind="demonym")]
    doc = _doc(places)
    sent = doc[:]
    assert _place_name(_mention(13, 18), sent)
    assert not _place_name(_mention(13, 18, type="armed_group"), sent)
    assert not _place_name(_mention(13, 18, actor_id="x"), sent)
    assert not _place_name(_mention(36, 44), sent)  # only a demonym covers it
    assert not _place_name(_mention(4, 18), sent)  # wider than the place


def test_the_index_is_built_once_and_again_for_another_list():
    doc = _doc([PlaceMention(13, 18, "Tiloa", None)])
    first = _place_spans(doc)
    assert _place_spans(doc) is first
    doc._.fp_places = [PlaceMention(36, 44, "Mariupol", None)]
    assert _place_spans(doc) == ([36], [44]) and not _place_name(_mention(13, 18), doc[:])


spans = st.tuples(st.integers(0, 200), st.integers(1, 40)).map(lambda t: (t[0], t[0] + t[1]))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(spans, st.sampled_from(KINDS)), max_size=25), st.lists(spans, min_size=1, max_size=10))
def test_the_index_answers_as_a_scan_of_every_place(places, mentions):
    pms = [PlaceMention(s, e, "x", None, kind=k) for (s, e), k in places]
    doc = _doc(pms)
    for s, e in mentions:
        m = _mention(s, e)
        assert _place_name(m, doc[:]) == _brute(m, pms)
