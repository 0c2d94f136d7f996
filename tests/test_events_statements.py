"""A side's own statement: "our fighters" are the side that announces the results. Sentences are invented;
parses are built by hand."""

from __future__ import annotations

from spacy.tokens import Doc

from footprint.events import build_events
from footprint.model import ActorMention
from footprint.testing import token_doc

# (word, lemma, pos, tag, head, dep)
Tok = tuple[str, str, str, str, int, str]


def _statement(opening: list[Tok], report: list[Tok]) -> Doc:
    """``opening`` (its second token names the group "Front") then ``report``, two sentences."""
    n = len(opening)
    toks = opening + [(w, lm, p, t, h + n, dep) for w, lm, p, t, h, dep in report]
    doc = token_doc(toks, meta={"doc_id": "d1"}, sent_starts=[i in (0, n) for i in range(len(toks))])
    front = doc[1]
    doc._.fp_actors = [ActorMention(start=front.idx, end=front.idx + len(front.text), text=front.text,
                                    actor_id="front_x", name="Popular Front", type="armed_group")]
    return doc


def _opening(verb: str, lemma: str) -> list[Tok]:
    # The Front <verb> its results .
    return [("The", "the", "DET", "DT", 1, "det"), ("Front", "Front", "PROPN", "NNP", 2, "nsubj"),
            (verb, lemma, "VERB", "VBZ", 2, "ROOT"), ("its", "its", "PRON", "PRP$", 4, "poss"),
            ("results", "result", "NOUN", "NNS", 2, "dobj"), (".", ".", "PUNCT", ".", 2, "punct")]


#: Our fighters ambushed a convoy .
OURS_ACT: list[Tok] = [("Our", "our", "PRON", "PRP$", 1, "poss"), ("fighters", "fighter", "NOUN", "NNS", 2, "nsubj"),
                       ("ambushed", "ambush", "VERB", "VBD", 2, "ROOT"), ("a", "a", "DET", "DT", 4, "det"),
                       ("convoy", "convoy", "NOUN", "NN", 2, "dobj"), (".", ".", "PUNCT", ".", 2, "punct")]
#: Two of our fighters were wounded by shelling .
OURS_HIT: list[Tok] = [("Two", "two", "NUM", "CD", 5, "nsubjpass"), ("of", "of", "ADP", "IN", 0, "prep"),
                       ("our", "our", "PRON", "PRP$", 3, "poss"), ("fighters", "fighter", "NOUN", "NNS", 1, "pobj"),
                       ("were", "be", "AUX", "VBD", 5, "auxpass"), ("wounded", "wound", "VERB", "VBN", 5, "ROOT"),
                       ("by", "by", "ADP", "IN", 5, "agent"), ("shelling", "shelling", "NOUN", "NN", 6, "pobj"),
                       (".", ".", "PUNCT", ".", 5, "punct")]


def _roles(doc: Doc) -> dict[str, set[tuple[str | None, str]]]:
    return {e.type: {(a.id, a.role) for a in e.actors} for e in build_events(doc)}


def test_our_fighters_in_a_statement_are_the_group_that_announces_it():
    found = _roles(_statement(_opening("announces", "announce"), OURS_ACT))
    assert ("front_x", "actor") in found["ambush"]
    ambush = next(e for e in build_events(_statement(_opening("announces", "announce"), OURS_ACT))
                  if e.type == "ambush")
    actor = next(a for a in ambush.actors if a.id == "front_x")
    assert actor.text == "Our fighters" and actor.inferred


def test_our_fighters_hit_are_the_group_as_target():
    found = _roles(_statement(_opening("announces", "announce"), OURS_HIT))
    found.pop("statement", None)  # the announcement itself is the group's
    assert any(("front_x", "target") in roles for roles in found.values())
    assert not any(("front_x", "actor") in roles for roles in found.values())


def test_with_no_side_announcing_our_fighters_stay_unnamed():
    found = _roles(_statement(_opening("loses", "lose"), OURS_ACT))
    # the ambush is still read, its doer the words as written, with no registry id
    assert (None, "actor") in found["ambush"]
    assert ("front_x", "actor") not in found["ambush"]
