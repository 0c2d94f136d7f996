"""A side's own statement: "our fighters" are the side that announces the results. Sentences are invented;
parses are built by hand."""

from __future__ import annotations

from spacy.tokens import Doc

from footprint.events import build_events
from footprint.model import ActorMention
from footprint.testing import token_doc

# (word, lemma, pos, tag, head, dep)
Tok = tuple[str, str, str, str, int, str]


def _statement(opening: list[Tok], report: list[Tok], *, lead: list[Tok] = (), paragraph: bool = False) -> Doc:
    """``lead`` (a sentence of its own, if any), ``opening`` (its second token names the group "Front") then
    ``report``, each a sentence; with ``paragraph`` a blank line stands before ``report``."""
    lead = list(lead)
    k = len(lead)
    toks = lead + [(w, lm, p, t, h + k, dep) for w, lm, p, t, h, dep in opening]
    if paragraph:  # the blank line hangs on the opening's last word, as the parser leaves it
        toks.append(("\n\n", "\n\n", "SPACE", "_SP", len(toks) - 1, "dep"))
    n = len(toks)
    toks += [(w, lm, p, t, h + n, dep) for w, lm, p, t, h, dep in report]
    spaces = [i + 1 < len(toks) and toks[i + 1][2] not in ("PUNCT", "SPACE") and toks[i][2] != "SPACE"
              for i in range(len(toks))]
    doc = token_doc(toks, meta={"doc_id": "d1"}, spaces=spaces,
                    sent_starts=[i in (0, k, n) for i in range(len(toks))])
    front = doc[k + 1]
    doc._.fp_actors = [ActorMention(start=front.idx, end=front.idx + len(front.text), text=front.text,
                                    actor_id="front_x", name="Popular Front", type="armed_group")]
    return doc


def _opening(verb: str, lemma: str, tag: str = "VBZ") -> list[Tok]:
    # The Front <verb> its results .
    return [("The", "the", "DET", "DT", 1, "det"), ("Front", "Front", "PROPN", "NNP", 2, "nsubj"),
            (verb, lemma, "VERB", tag, 2, "ROOT"), ("its", "its", "PRON", "PRP$", 4, "poss"),
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


def _colon_opening() -> list[Tok]:
    # The Front announces the following results :
    return [("The", "the", "DET", "DT", 1, "det"), ("Front", "Front", "PROPN", "NNP", 2, "nsubj"),
            ("announces", "announce", "VERB", "VBZ", 2, "ROOT"), ("the", "the", "DET", "DT", 5, "det"),
            ("following", "follow", "VERB", "VBG", 5, "amod"), ("results", "result", "NOUN", "NNS", 2, "dobj"),
            (":", ":", "PUNCT", ":", 2, "punct")]


#: Fighting went on .
LEAD: list[Tok] = [("Fighting", "fighting", "NOUN", "NN", 1, "nsubj"), ("went", "go", "VERB", "VBD", 1, "ROOT"),
                   ("on", "on", "ADP", "RP", 1, "prt"), (".", ".", "PUNCT", ".", 1, "punct")]


def test_a_report_that_a_side_confirmed_does_not_make_a_later_paragraph_its_own():
    # The Front confirmed its results . <blank line> Our fighters ambushed a convoy .
    doc = _statement(_opening("confirmed", "confirm", "VBD"), OURS_ACT, paragraph=True)
    assert "results.\n\nOur fighters" in doc.text
    found = _roles(doc)
    assert (None, "actor") in found["ambush"]
    assert ("front_x", "actor") not in found["ambush"]


def test_in_the_same_paragraph_the_side_that_confirmed_is_ours():
    found = _roles(_statement(_opening("confirmed", "confirm", "VBD"), OURS_ACT))
    assert ("front_x", "actor") in found["ambush"]


def test_an_announcement_that_opens_the_document_holds_across_paragraphs():
    found = _roles(_statement(_opening("announces", "announce"), OURS_ACT, paragraph=True))
    assert ("front_x", "actor") in found["ambush"]


def test_an_announcement_in_the_present_later_in_a_report_holds_its_paragraph_only():
    found = _roles(_statement(_opening("announces", "announce"), OURS_ACT, lead=LEAD, paragraph=True))
    assert ("front_x", "actor") not in found["ambush"]


def test_an_announcement_leading_into_a_colon_holds_across_paragraphs():
    # Fighting went on . The Front announces the following results : <blank line> Our fighters ambushed a convoy .
    found = _roles(_statement(_colon_opening(), OURS_ACT, lead=LEAD, paragraph=True))
    assert ("front_x", "actor") in found["ambush"]
