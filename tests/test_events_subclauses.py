"""Take-overs told in a subordinate clause: a "when" clause taking a town the parser tags as a person, and
state forces entering a place another side is told to have held."""

from __future__ import annotations

from spacy.tokens import Doc

from footprint.events import build_events
from footprint.model import ActorMention
from footprint.testing import token_doc


def _doc(toks: list[tuple], ents: list[tuple[int, int, str]], actor: tuple[int, str]) -> Doc:
    doc = token_doc(toks, ents, meta={"doc_id": "d1"})
    i, kind = actor
    tok = doc[i]
    doc._.fp_actors = [ActorMention(start=tok.idx, end=tok.idx + len(tok), text=tok.text, actor_id=None,
                                    name=tok.text, type=kind)]
    return doc


def _when_took(obj: tuple[str, str] = ("Varenko", "PERSON"), extra: list[tuple] = ()) -> Doc:
    # In May , when the Brigade took <obj> <extra> , the army fled .
    toks = [
        ("In", "in", "ADP", "IN", 11, "prep"), ("May", "May", "PROPN", "NNP", 0, "pobj"),
        (",", ",", "PUNCT", ",", 11, "punct"), ("when", "when", "SCONJ", "WRB", 5, "advmod"),
        ("Brigade", "Brigade", "PROPN", "NNP", 5, "nsubj"), ("took", "take", "VERB", "VBD", 11, "advcl"),
        (obj[0], obj[0], "PROPN", "NNP", 5, "dobj"),
    ]
    toks += list(extra)
    n = len(toks)
    root = n + 3
    toks = [t if t[4] != 11 else t[:4] + (root,) + t[5:] for t in toks]
    toks += [(",", ",", "PUNCT", ",", root, "punct"), ("the", "the", "DET", "DT", n + 2, "det"),
             ("army", "army", "NOUN", "NN", root, "nsubj"), ("fled", "flee", "VERB", "VBD", root, "ROOT"),
             (".", ".", "PUNCT", ".", root, "punct")]
    return _doc(toks, [(1, 2, "DATE"), (6, 7, obj[1])], (4, "armed_group"))


def test_a_when_clause_taking_a_town_tagged_as_a_person_is_a_take_over():
    events = [e for e in build_events(_when_took()) if e.trigger == "took"]
    assert [e.type for e in events] == ["territory_overtaken"]
    assert [a.name for a in events[0].actors if a.role == "actor"] == ["Brigade"]


def test_a_name_taken_hostage_is_no_town():
    doc = _when_took(extra=[("hostage", "hostage", "NOUN", "NN", 5, "oprd")])
    assert not {e.type for e in build_events(doc) if e.trigger == "took"} & {"territory_overtaken",
                                                                              "territory_regained"}


def _entered(held_by: str = "Front", held: tuple[str, str] = ("held", "hold")) -> Doc:
    # The raid hit Dorvik , which soldiers entered in June after the <held_by> had <held> it .
    toks = [
        ("The", "the", "DET", "DT", 1, "det"), ("raid", "raid", "NOUN", "NN", 2, "nsubj"),
        ("hit", "hit", "VERB", "VBD", 2, "ROOT"), ("Dorvik", "Dorvik", "PROPN", "NNP", 2, "dobj"),
        (",", ",", "PUNCT", ",", 3, "punct"), ("which", "which", "PRON", "WDT", 7, "dobj"),
        ("soldiers", "soldier", "NOUN", "NNS", 7, "nsubj"), ("entered", "enter", "VERB", "VBD", 3, "relcl"),
        ("in", "in", "ADP", "IN", 7, "prep"), ("June", "June", "PROPN", "NNP", 8, "pobj"),
        ("after", "after", "SCONJ", "IN", 14, "mark"), ("the", "the", "DET", "DT", 12, "det"),
        (held_by, held_by.lower(), "PROPN" if held_by[0].isupper() else "PRON", "NNP", 14, "nsubj"),
        ("had", "have", "AUX", "VBD", 14, "aux"), (held[0], held[1], "VERB", "VBN", 7, "advcl"),
        ("it", "it", "PRON", "PRP", 14, "dobj"), (".", ".", "PUNCT", ".", 2, "punct"),
    ]
    return _doc(toks, [(3, 4, "GPE"), (9, 10, "DATE")], (6, "state_force"))


def test_state_forces_entering_a_place_another_side_held_regain_it():
    assert {e.type for e in build_events(_entered()) if e.trigger == "entered"} == {"territory_regained"}


def test_entering_a_place_with_no_holder_named_is_no_take_over():
    types = {e.type for e in build_events(_entered(held=("visited", "visit"))) if e.trigger == "entered"}
    assert not types & {"territory_regained", "territory_overtaken"}


def _blamed(tail: list[tuple] = ()) -> Doc:
    # Gunmen fired on a post ; police blamed the Front <tail> .
    toks = [
        ("Gunmen", "gunman", "NOUN", "NNS", 1, "nsubj"), ("fired", "fire", "VERB", "VBD", 7, "ccomp"),
        ("on", "on", "ADP", "IN", 1, "prep"), ("a", "a", "DET", "DT", 4, "det"), ("post", "post", "NOUN", "NN", 2, "pobj"),
        (";", ";", "PUNCT", ":", 7, "punct"), ("police", "police", "NOUN", "NNS", 7, "nsubj"),
        ("blamed", "blame", "VERB", "VBD", 7, "ROOT"), ("the", "the", "DET", "DT", 9, "det"),
        ("Front", "Front", "PROPN", "NNP", 7, "dobj"),
    ]
    toks += list(tail)
    toks.append((".", ".", "PUNCT", ".", 7, "punct"))
    return _doc(toks, [(9, 10, "ORG")], (0, "armed_group"))


def test_a_blame_after_the_act_it_blames_is_no_accusation_of_its_own():
    types = [e.type for e in build_events(_blamed())]
    assert "accusation" not in types
    assert "armed_clash" in types or "attack_on_civilians" in types


def test_a_blame_for_an_act_of_its_own_stays_an_accusation():
    doc = _blamed([("for", "for", "ADP", "IN", 7, "prep"), ("kidnappings", "kidnapping", "NOUN", "NNS", 10, "pobj")])
    assert "accusation" in {e.type for e in build_events(doc)}
