"""Unit tests for roles and types read on bulletin lines and translated press: headline verbs the parser read as
nouns, bare passives with a "by" agent, acts named by a noun with "committed/perpetrated by", victims "of" an act,
"elements of" a force, mines "planted by" someone, massacres with no armed victims, and people named by a trade of
crime. Invented sentences with hand-built parses shaped like the small model's (no model is loaded)."""

from __future__ import annotations

from footprint.events import build_events
from footprint.events.arguments import headline_args, headline_verb, trigger_args
from footprint.events.context import SentenceContext
from footprint.events.roles import names_people
from footprint.events.vocabulary import lexicon
from footprint.testing import table_doc


def roles_of(spec: str) -> set[tuple[str, str]]:
    return {(a.name, a.role) for e in build_events(table_doc(spec)) for a in e.actors}


def types_of(spec: str) -> list[str]:
    return [e.type for e in build_events(table_doc(spec))]


# "Vigilantes ransack shops in Kourou." (the verb tagged as a noun modifying its object)
RANSACK = """
Vigilantes vigilante NOUN NNS 2 compound
ransack ransack NOUN NN 2 compound
shops shop NOUN NNS 2 ROOT
in in ADP IN 2 prep
Kourou Kourou PROPN NNP 3 pobj
. . PUNCT . 2 punct
"""

# "Coast guard shoots down 9 drones overnight." (the verb a noun, "down" an adverb with the object under it)
SHOOT_DOWN = """
Coast coast NOUN NN 1 compound
guard guard NOUN NN 2 compound
shoots shoot NOUN NNS 2 ROOT
down down ADP IN 2 advmod
9 9 NUM CD 5 nummod
drones drone NOUN NNS 3 pobj
overnight overnight ADV RB 2 advmod
. . PUNCT . 2 punct
"""

# "Artillery shells landed in the square." (a noun compound before a verb: no headline verb)
SHELLS_LANDED = """
Artillery artillery NOUN NN 1 compound
shells shell NOUN NNS 2 nsubj
landed land VERB VBD 2 ROOT
in in ADP IN 2 prep
the the DET DT 5 det
square square NOUN NN 3 pobj
. . PUNCT . 2 punct
"""


def test_a_headline_verb_read_as_a_noun_takes_the_noun_before_as_subject_and_its_object():
    doc = table_doc(RANSACK)
    assert headline_verb(doc[1])
    subj, obj = headline_args(doc[1])
    assert [t.text for t in subj] == ["Vigilantes"] and [t.text for t in obj] == ["shops"]
    ctx = SentenceContext(list(doc.sents)[0], lexicon(), frozenset(), {})
    actor, target, _ = trigger_args(ctx, doc[1], "loot")
    assert [t.text for t in actor] == ["Vigilantes"] and [t.text for t in target] == ["shops"]


def test_the_object_of_a_headline_verb_with_down_is_read_past_the_particle():
    doc = table_doc(SHOOT_DOWN)
    assert headline_verb(doc[2])
    subj, obj = headline_args(doc[2])
    assert [t.text for t in subj] == ["guard"] and [t.text for t in obj] == ["drones"]


def test_a_noun_compound_before_a_real_verb_is_no_headline_verb():
    doc = table_doc(SHELLS_LANDED)
    assert not headline_verb(doc[1])


def test_a_headline_looting_names_its_doers():
    assert ("Vigilantes", "actor") in roles_of(RANSACK)


# "Kenya: 4 traders shot dead by soldiers in Garissa (3 Feb)." (a bare past with a "by" agent, no auxiliary)
SHOT_BY = """
Kenya Kenya PROPN NNP 4 dep
: : PUNCT : 0 punct
4 4 NUM CD 3 nummod
traders trader NOUN NNS 4 nsubj
shot shoot VERB VBD 4 ROOT
dead dead ADJ JJ 4 oprd
by by ADP IN 4 agent
soldiers soldier NOUN NNS 6 pobj
in in ADP IN 4 prep
Garissa Garissa PROPN NNP 8 pobj
. . PUNCT . 4 punct
"""

# "Militants shot two guards." (active: untouched)
SHOT_ACTIVE = """
Militants militant NOUN NNS 1 nsubj
shot shoot VERB VBD 1 ROOT
two two NUM CD 3 nummod
guards guard NOUN NNS 1 dobj
. . PUNCT . 1 punct
"""


def test_a_bare_past_with_a_by_agent_is_passive_whatever_its_subject():
    got = roles_of(SHOT_BY)
    assert ("soldiers", "actor") in got and ("traders", "target") in got
    assert ("traders", "actor") not in got


def test_an_active_verb_with_an_object_keeps_its_subject_as_actor():
    got = roles_of(SHOT_ACTIVE)
    assert ("Militants", "actor") in got and ("guards", "target") in got


# "Women of the camp were victims of rape committed by gunmen."
VICTIMS_OF = """
Women woman NOUN NNS 4 nsubj
of of ADP IN 0 prep
the the DET DT 3 det
camp camp NOUN NN 1 pobj
were be AUX VBD 4 ROOT
victims victim NOUN NNS 4 attr
of of ADP IN 5 prep
rape rape NOUN NN 6 pobj
committed commit VERB VBN 7 acl
by by ADP IN 8 agent
gunmen gunman NOUN NNS 9 pobj
. . PUNCT . 4 punct
"""


def test_an_act_named_by_a_noun_has_the_agent_of_committed_as_doer_and_its_victims_as_target():
    got = roles_of(VICTIMS_OF)
    assert ("gunmen", "actor") in got and ("Women", "target") in got


# "The massacre perpetrated by militiamen shocked the region."
MASSACRE = """
The the DET DT 1 det
massacre massacre NOUN NN 5 nsubj
perpetrated perpetrate VERB VBN 1 acl
by by ADP IN 2 agent
militiamen militiaman NOUN NNS 3 pobj
shocked shock VERB VBD 5 ROOT
the the DET DT 7 det
region region NOUN NN 5 dobj
. . PUNCT . 5 punct
"""

# "Rebels massacred 12 soldiers." (armed victims: a fight)
MASSACRED_SOLDIERS = """
Rebels rebel NOUN NNS 1 nsubj
massacred massacre VERB VBD 1 ROOT
12 12 NUM CD 3 nummod
soldiers soldier NOUN NNS 1 dobj
. . PUNCT . 1 punct
"""


def test_a_massacre_with_no_armed_victims_is_violence_against_civilians_by_its_perpetrators():
    doc = table_doc(MASSACRE)
    evs = build_events(doc)
    assert [e.type for e in evs] == ["attack_on_civilians"]
    assert ("militiamen", "actor") in {(a.name, a.role) for a in evs[0].actors}


def test_a_massacre_of_soldiers_stays_a_fight():
    assert types_of(MASSACRED_SOLDIERS) == ["armed_clash"]


# "Elements of the security forces arrested three smugglers."
ELEMENTS = """
Elements element NOUN NNS 5 nsubj
of of ADP IN 0 prep
the the DET DT 4 det
security security NOUN NN 4 compound
forces force NOUN NNS 1 pobj
arrested arrest VERB VBD 5 ROOT
three three NUM CD 7 nummod
smugglers smuggler NOUN NNS 5 dobj
. . PUNCT . 5 punct
"""


def test_elements_of_a_force_are_the_force_and_smugglers_are_people():
    got = roles_of(ELEMENTS)
    assert ("security forces", "actor") in got and ("smugglers", "target") in got


def test_people_named_by_a_trade_of_crime_are_people():
    doc = table_doc(ELEMENTS.replace("smugglers smuggler", "kingpins kingpin"))
    assert names_people(doc[7], lexicon())


# "A mine planted by insurgents exploded under a truck."
PLANTED = """
A a DET DT 1 det
mine mine NOUN NN 5 nsubj
planted plant VERB VBN 1 acl
by by ADP IN 2 agent
insurgents insurgent NOUN NNS 3 pobj
exploded explode VERB VBD 5 ROOT
under under ADP IN 5 prep
a a DET DT 8 det
truck truck NOUN NN 6 pobj
. . PUNCT . 5 punct
"""


def test_who_planted_a_mine_that_exploded_acts():
    got = roles_of(PLANTED)
    assert ("insurgents", "actor") in got
    assert not any(name == "mine" for name, _ in got)


# "Police said gangs loot shops. Gangs loot shops." (a finite verb before the noun in the first sentence only)
SAID_THEN_HEADLINE = """
Police police NOUN NNS 1 nsubj
said say VERB VBD 1 ROOT
gangs gang NOUN NNS 4 compound
loot loot NOUN NN 4 compound
shops shop NOUN NNS 1 ccomp
. . PUNCT . 1 punct
Gangs gang NOUN NNS 8 compound
loot loot NOUN NN 8 compound
shops shop NOUN NNS 8 ROOT
. . PUNCT . 8 punct
"""


def test_a_finite_verb_before_the_noun_in_its_own_sentence_only_makes_it_no_headline_verb():
    doc = table_doc(SAID_THEN_HEADLINE)
    assert [s.start for s in doc.sents] == [0, 6]
    assert not headline_verb(doc[3])
    assert headline_verb(doc[7])
    assert not headline_verb(doc[3])  # asked again, the sentence's answer holds
