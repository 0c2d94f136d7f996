"""Unit tests for people inside a vehicle or building that was hit, a blast read from what it went off under, a
trigger the tagger joined into a name, "N held" on a bulletin line, and a sit-in whose halves the parser split.
Invented sentences with hand-built parses shaped like the small model's (no model is loaded)."""

from __future__ import annotations

from footprint.events import build_events
from footprint.events.classify import trigger_keys
from footprint.events.roles import carried
from footprint.events.sides import blast_sites
from footprint.events.vocabulary import lexicon
from footprint.testing import actor_mention as mention
from footprint.testing import table_doc, token_doc


def roles_of(doc) -> set[tuple[str, str]]:
    return {(a.text, a.role) for e in build_events(doc) for a in e.actors}


# "Gunmen attacked a convoy of aid workers near Beni."
CONVOY_OF = """
Gunmen gunman NOUN NNS 1 nsubj
attacked attack VERB VBD 1 ROOT
a a DET DT 3 det
convoy convoy NOUN NN 1 dobj
of of ADP IN 3 prep
aid aid NOUN NN 6 compound
workers worker NOUN NNS 4 pobj
near near ADP IN 1 prep
Beni Beni PROPN NNP 7 pobj
. . PUNCT . 1 punct
"""

# "A landmine exploded under a tricycle transporting traders near Gamboru."
UNDER_TRICYCLE = """
A a DET DT 1 det
landmine landmine NOUN NN 2 nsubj
exploded explode VERB VBD 2 ROOT
under under ADP IN 2 prep
a a DET DT 5 det
tricycle tricycle NOUN NN 3 pobj
transporting transport VERB VBG 5 acl
traders trader NOUN NNS 6 dobj
near near ADP IN 6 prep
Gamboru Gamboru PROPN NNP 8 pobj
. . PUNCT . 2 punct
"""

# "A bomb went off under a police car, wounding two officers."
WENT_OFF = """
A a DET DT 1 det
bomb bomb NOUN NN 2 nsubj
went go VERB VBD 2 ROOT
off off ADP RP 2 prt
under under ADP IN 2 prep
a a DET DT 7 det
police police NOUN NN 7 compound
car car NOUN NN 4 pobj
, , PUNCT , 2 punct
wounding wound VERB VBG 2 advcl
two two NUM CD 11 nummod
officers officer NOUN NNS 9 dobj
. . PUNCT . 2 punct
"""

# "Troops went through the village." (no blast: a unit moving)
WENT_THROUGH = """
Troops troop NOUN NNS 1 nsubj
went go VERB VBD 1 ROOT
through through ADP IN 1 prep
the the DET DT 4 det
village village NOUN NN 2 pobj
. . PUNCT . 1 punct
"""

# "Attacker rams bus of worshippers near Quetta." (the tagger joins "rams bus" into a person's name)
RAMS_BUS = """
Attacker attacker NOUN NN 2 compound
rams ram NOUN NNS 2 compound
bus bus NOUN NN 2 ROOT
of of ADP IN 2 prep
worshippers worshipper NOUN NNS 3 pobj
near near ADP IN 2 prep
Quetta Quetta PROPN NNP 5 pobj
. . PUNCT . 2 punct
"""

# "Lamu: gunmen raid village; 4 held (2 Jun)." (a count of people held, a date after it)
FOUR_HELD = """
Lamu Lamu PROPN NNP 7 dep
: : PUNCT : 7 punct
gunmen gunman NOUN NNS 3 nsubj
raid raid VERB VBP 7 ccomp
village village NOUN NN 3 dobj
; ; PUNCT : 7 punct
4 4 NUM CD 7 nsubj
held hold VERB VBD 7 ROOT
( ( PUNCT -LRB- 7 punct
2 2 NUM CD 10 nummod
Jun Jun PROPN NNP 7 dobj
) ) PUNCT -RRB- 7 punct
. . PUNCT . 7 punct
"""

# "Rebels held the town of Kiwanja." (a place held: still a capture)
HELD_TOWN = """
Rebels rebel NOUN NNS 1 nsubj
held hold VERB VBD 1 ROOT
the the DET DT 3 det
town town NOUN NN 1 dobj
of of ADP IN 3 prep
Kiwanja Kiwanja PROPN NNP 4 pobj
. . PUNCT . 1 punct
"""

# "Traders hold sit-in outside the prefecture." (the parser hung "sit" on the noun after and "in" on the verb)
SIT_IN_SPLIT = """
Traders trader NOUN NNS 1 nsubj
hold hold VERB VBP 1 ROOT
sit sit NOUN NN 7 nmod
- - PUNCT HYPH 2 punct
in in NOUN NN 1 prt
outside outside ADP IN 1 prep
the the DET DT 7 det
prefecture prefecture NOUN NN 5 pobj
. . PUNCT . 1 punct
"""


def test_people_carried_in_a_vehicle_are_read_from_of_and_from_a_carrying_participle():
    lex = lexicon()
    doc = table_doc(CONVOY_OF)
    assert [t.text for t in carried(doc[3], lex)] == ["workers"]
    doc = table_doc(UNDER_TRICYCLE)
    assert [t.text for t in carried(doc[5], lex)] == ["traders"]
    # people are no vehicle: nothing is carried in them
    assert carried(doc[7], lex) == []


def test_people_in_a_convoy_that_was_attacked_are_its_targets():
    got = roles_of(table_doc(CONVOY_OF))
    assert ("aid workers", "target") in got and ("Gunmen", "actor") in got


def test_a_blast_under_a_vehicle_hits_the_people_it_carries():
    doc = table_doc(UNDER_TRICYCLE)
    assert [t.text for t in blast_sites(doc[2])] == ["tricycle"]
    assert ("traders", "target") in roles_of(doc)


def test_a_blast_site_is_read_from_the_verb_a_toll_clause_hangs_on_and_only_after_off_for_go():
    doc = table_doc(WENT_OFF)
    assert [t.text for t in blast_sites(doc[9])] == ["car"]
    # the police car is the police's: they are hit with their officers
    got = roles_of(doc)
    assert ("police", "target") in got and ("officers", "target") in got
    assert blast_sites(table_doc(WENT_THROUGH)[1]) == []


def test_a_name_the_tagger_made_of_the_trigger_is_no_target():
    doc = table_doc(RAMS_BUS)
    doc._.fp_actors = [mention(doc, 1, 2, "rams bus", None, "person")]
    got = roles_of(doc)
    assert ("rams bus", "target") not in got
    assert ("worshippers", "target") in got


def test_a_count_of_people_held_is_no_capture():
    assert "territory_overtaken" not in {e.type for e in build_events(table_doc(FOUR_HELD))}
    assert "territory_overtaken" in {e.type for e in build_events(table_doc(HELD_TOWN))}


def _sit_in_doc():
    rows = [line.split() for line in SIT_IN_SPLIT.strip().splitlines()]
    tokens = [(w, lemma, pos, tag, int(head), dep) for w, lemma, pos, tag, head, dep in rows]
    # "sit-in" written as one word: no space around the hyphen
    spaces = [i + 1 < len(tokens) and tokens[i + 1][2] != "PUNCT" and t[0] != "-" for i, t in enumerate(tokens)]
    return token_doc(tokens, spaces=spaces)


def test_a_sit_in_split_by_the_parser_is_still_a_sit_in_held_by_the_subject():
    doc = _sit_in_doc()
    assert doc[2:5].text == "sit-in"
    assert "sit-in" in {k for k, _ in trigger_keys(doc[4])}
    events = build_events(doc)
    assert any(e.type == "protest" for e in events)
    assert ("Traders", "actor") in roles_of(doc)
    # "sit - in" written apart is no one word
    spaced = table_doc(SIT_IN_SPLIT)
    assert "sit-in" not in {k for k, _ in trigger_keys(spaced[4])}


# "Police detained a man in Gulu and a man in uniform."
MAN_IN = """
Police police NOUN NNS 1 nsubj
detained detain VERB VBD 1 ROOT
a a DET DT 3 det
man man NOUN NN 1 dobj
in in ADP IN 3 prep
Gulu Gulu PROPN NNP 4 pobj
and and CCONJ CC 3 cc
a a DET DT 8 det
man man NOUN NN 3 conj
in in ADP IN 8 prep
uniform uniform NOUN NN 9 pobj
. . PUNCT . 1 punct
"""

# "A coalition of armed movements attacked the post."
COALITION_OF = """
A a DET DT 1 det
coalition coalition NOUN NN 5 nsubj
of of ADP IN 1 prep
armed armed ADJ JJ 4 amod
movements movement NOUN NNS 2 pobj
attacked attack VERB VBD 5 ROOT
the the DET DT 7 det
post post NOUN NN 5 dobj
. . PUNCT . 5 punct
"""


def test_a_man_in_a_place_is_only_a_man_a_man_in_uniform_keeps_his_dress():
    got = roles_of(table_doc(MAN_IN))
    assert ("man", "target") in got and ("man in uniform", "target") in got
    assert ("man in Gulu", "target") not in got


def test_a_body_keeps_the_groups_it_gathers_in_its_name():
    assert ("coalition of armed movements", "actor") in roles_of(table_doc(COALITION_OF))
