"""Unit tests for the dead found of no violence (``abuses.died_otherwise``): bodies found after a disaster, or of
people told to have drowned or died of thirst, tell no killing; bodies with gunshot wounds, found after a raid or of
people who died of their wounds, still do. Invented sentences with hand-built parses (no model is loaded)."""

from __future__ import annotations

from footprint.events.classify import find_candidates
from footprint.testing import table_doc

KILLINGS = ("attack_on_civilians", "armed_clash")


def killings(spec: str) -> list[str]:
    return [c.type for c in find_candidates(list(table_doc(spec).sents)[0]) if c.type in KILLINGS]


DROWNED = """
Rescuers rescuer NOUN NNS 1 nsubj
recovered recover VERB VBD 1 ROOT
the the DET DT 3 det
bodies body NOUN NNS 1 dobj
of of ADP IN 3 prep
14 14 NUM CD 6 nummod
migrants migrant NOUN NNS 4 pobj
who who PRON WP 8 nsubj
drowned drown VERB VBD 6 relcl
when when SCONJ WRB 12 advmod
their their PRON PRP$ 11 poss
boat boat NOUN NN 12 nsubj
capsized capsize VERB VBD 8 advcl
. . PUNCT . 1 punct
"""

QUAKE = """
Firefighters firefighter NOUN NNS 1 nsubj
recovered recover VERB VBD 1 ROOT
two two NUM CD 3 nummod
bodies body NOUN NNS 1 dobj
from from ADP IN 1 prep
the the DET DT 7 det
collapsed collapse VERB VBN 7 amod
building building NOUN NN 4 pobj
after after ADP IN 1 prep
the the DET DT 10 det
earthquake earthquake NOUN NN 8 pobj
. . PUNCT . 1 punct
"""

THIRST = """
Residents resident NOUN NNS 1 nsubj
found find VERB VBD 1 ROOT
the the DET DT 3 det
bodies body NOUN NNS 1 dobj
of of ADP IN 3 prep
four four NUM CD 6 nummod
herders herder NOUN NNS 4 pobj
who who PRON WP 8 nsubj
died die VERB VBD 6 relcl
of of ADP IN 8 prep
thirst thirst NOUN NN 9 pobj
. . PUNCT . 1 punct
"""

SHOT = """
The the DET DT 1 det
bodies body NOUN NNS 6 nsubjpass
of of ADP IN 1 prep
five five NUM CD 4 nummod
men man NOUN NNS 2 pobj
were be AUX VBD 6 auxpass
found find VERB VBN 6 ROOT
dumped dump VERB VBN 6 xcomp
with with ADP IN 7 prep
gunshot gunshot NOUN NN 10 compound
wounds wound NOUN NNS 8 pobj
. . PUNCT . 6 punct
"""

AFTER_RAID = """
Villagers villager NOUN NNS 1 nsubj
found find VERB VBD 1 ROOT
the the DET DT 3 det
bodies body NOUN NNS 1 dobj
of of ADP IN 3 prep
three three NUM CD 6 nummod
farmers farmer NOUN NNS 4 pobj
after after ADP IN 1 prep
the the DET DT 9 det
raid raid NOUN NN 7 pobj
. . PUNCT . 1 punct
"""


def test_bodies_of_the_drowned_or_found_after_a_disaster_tell_no_killing():
    assert killings(DROWNED) == []
    assert killings(QUAKE) == []
    assert killings(QUAKE.replace("earthquake earthquake", "landslide landslide")) == []
    assert killings(THIRST) == []
    assert killings(THIRST.replace("thirst thirst NOUN", "cholera cholera NOUN")) == []


def test_bodies_with_gunshot_wounds_or_found_after_a_raid_still_tell_a_killing():
    assert killings(SHOT) == ["attack_on_civilians"]
    # the raid is an event of its own too; the bodies still tell the killing
    assert "attack_on_civilians" in killings(AFTER_RAID)
    # any attack word the trigger lexicon knows is violence, not only the death causes tolls lists
    assert "attack_on_civilians" in killings(AFTER_RAID.replace("raid raid NOUN", "massacre massacre NOUN"))
    # died of their wounds: a killing's toll
    assert killings(THIRST.replace("thirst thirst NOUN", "wounds wound NOUN")) == ["attack_on_civilians"]
    # died with no cause told, or found with no cause at all: still the dead of a killing
    assert killings(THIRST.replace("of of ADP IN 8 prep\nthirst thirst NOUN NN 9 pobj\n", "")) == ["attack_on_civilians"]


def test_the_drowned_soldiers_found_tell_no_fight():
    assert killings(DROWNED.replace("migrants migrant", "soldiers soldier")) == []
