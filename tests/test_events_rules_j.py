"""Unit tests for the type and role rules measured on the dev-f reports: each rule on invented sentences,
hand-built parses (no model is loaded)."""

from __future__ import annotations

from footprint.clauses import forms, lemma_keys
from footprint.events import build_events
from footprint.events.classify import find_candidates
from footprint.testing import table_doc as doc_of


def types(spec: str, ents=()) -> list[str]:
    return [c.type for c in find_candidates(list(doc_of(spec, ents).sents)[0])]


def actors(spec: str, ents=()) -> list[tuple[str, str]]:
    return [(a.name, a.role) for e in build_events(doc_of(spec, ents)) for a in e.actors]


# "Drones hit a market in Tawila." where the tagger took the capitalised plural for a name
DRONES = """
Drones Drones PROPN NNP 1 nsubj
hit hit VERB VBD 1 ROOT
a a DET DT 3 det
market market NOUN NN 1 dobj
in in ADP IN 3 prep
Tawila Tawila PROPN NNP 4 pobj
. . PUNCT . 1 punct
"""


def test_a_capitalised_plural_taken_for_a_name_still_names_the_weapon():
    assert types(DRONES, [(5, 6, "GPE")]) == ["drone_strike"]
    # a real name ending in -s names no weapon: the attack keeps no drone mode
    name = DRONES.replace("Drones Drones PROPN", "Hawkins Hawkins PROPN")
    assert "drone_strike" not in types(name, [(0, 1, "PERSON"), (5, 6, "GPE")])


def test_forms_singularise_only_an_unlemmatised_capitalised_plural():
    doc = doc_of(DRONES)
    assert "drone" in forms(doc[0])
    assert forms(doc[5]) == {"tawila"}
    for word in ("Kiss", "Marcus", "Tunis"):
        tok = doc_of(DRONES.replace("Drones Drones", f"{word} {word}"))[0]
        assert forms(tok) == {word.lower()}
    militias = doc_of(DRONES.replace("Drones Drones", "Militias Militias"))[0]
    assert "militia" in forms(militias)


# "The Front staged attacks on two villages." with "staged" cut to "stag" by the lemmatiser
STAGED = """
The the DET DT 1 det
Front Front PROPN NNP 2 nsubj
staged stag VERB VBD 2 ROOT
attacks attack NOUN NNS 2 dobj
on on ADP IN 3 prep
two two NUM CD 6 nummod
villages village NOUN NNS 4 pobj
. . PUNCT . 2 punct
"""


def test_a_light_verb_cut_short_by_the_lemmatiser_still_makes_its_subject_act():
    doc = doc_of(STAGED)
    assert lemma_keys(doc[2]) == {"stag", "stage"}
    assert lemma_keys(doc[3]) == {"attack"}  # a noun keeps its lemma
    found = actors(STAGED, [(0, 2, "ORG")])
    assert ("the Front", "actor") in found or ("Front", "actor") in found
    # a verb that is no light verb leaves the attack's subject unread
    other = STAGED.replace("staged stag VERB VBD 2 ROOT", "watched watch VERB VBD 2 ROOT")
    assert not [a for a in actors(other, [(0, 2, "ORG")]) if a[1] == "actor"]


# "Soldiers answered with a raid on the camp."
ANSWERED = """
Soldiers soldier NOUN NNS 1 nsubj
answered answer VERB VBD 1 ROOT
with with ADP IN 1 prep
a a DET DT 4 det
raid raid NOUN NN 2 pobj
on on ADP IN 4 prep
the the DET DT 7 det
camp camp NOUN NN 5 pobj
. . PUNCT . 1 punct
"""


def test_who_answers_with_a_raid_carries_it_out():
    assert ("soldiers", "actor") in [(n.lower(), r) for n, r in actors(ANSWERED)]
    # "with" under a verb of no answer names a companion or a means, not the raid's doer
    other = ANSWERED.replace("answered answer VERB", "agreed agree VERB")
    assert ("soldiers", "actor") not in [(n.lower(), r) for n, r in actors(other)]
