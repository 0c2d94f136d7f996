"""A raid: armed men enter a place, act there and leave it; no control is kept, so it is no take-over."""

from __future__ import annotations

from spacy.tokens import Doc

from footprint.events import build_events
from footprint.model import ActorMention
from footprint.testing import token_doc


def _raid(act: tuple[str, str], leave: tuple[str, str] = ("left", "leave"), subject: str = "Gunmen") -> Doc:
    # <subject> entered Kaleo , <act> houses and <leave> .
    toks = [
        (subject, subject.lower().rstrip("s"), "NOUN", "NNS", 1, "nsubj"), ("entered", "enter", "VERB", "VBD", 1, "ROOT"),
        ("Kaleo", "Kaleo", "PROPN", "NNP", 1, "dobj"), (",", ",", "PUNCT", ",", 1, "punct"),
        (act[0], act[1], "VERB", "VBD", 1, "conj"), ("houses", "house", "NOUN", "NNS", 4, "dobj"),
        ("and", "and", "CCONJ", "CC", 4, "cc"), (leave[0], leave[1], "VERB", "VBD", 4, "conj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ]
    doc = token_doc(toks, [(2, 3, "GPE")], meta={"doc_id": "d1"})
    start = doc[0].idx
    doc._.fp_actors = [ActorMention(start=start, end=start + len(subject), text=subject, actor_id=None, name=subject,
                                    type="armed_group" if subject == "Gunmen" else "state_force")]
    return doc


def _types(doc: Doc) -> set[str]:
    return {e.type for e in build_events(doc)}


def test_a_raid_that_harms_the_people_there_is_violence_against_civilians():
    types = _types(_raid(("burned", "burn")))
    assert "attack_on_civilians" in types
    assert "territory_transfer" not in types and "territory_overtaken" not in types


def test_a_raid_that_harms_no_one_named_is_a_clash():
    types = _types(_raid(("searched", "search")))
    assert "armed_clash" in types
    assert "territory_transfer" not in types


def test_entering_and_staying_is_no_raid():
    entered = {e.type for e in build_events(_raid(("searched", "search"), leave=("stayed", "stay")))
               if e.trigger == "entered"}
    assert not entered & {"armed_clash", "attack_on_civilians"}


def test_state_forces_entering_and_leaving_make_no_raid():
    entered = {e.type for e in build_events(_raid(("burned", "burn"), subject="Soldiers")) if e.trigger == "entered"}
    assert not entered & {"armed_clash", "attack_on_civilians"}
