"""Unit tests for type rules on words the tagger or the tokenizer gets wrong and on wording the frames missed:
a prefixed present-tense verb cut at its hyphen, armed men pushed back,
a place taken told by "it", a gas let loose with symptoms other than choking, "kamikazes", battles at a
stadium and a headline's passive without "were": invented sentences with hand-built parses (no model is
loaded)."""

from __future__ import annotations

from footprint.events.classify import find_candidates
from footprint.events.context import SentenceContext
from footprint.events.readings import headline_passive
from footprint.events.vocabulary import lexicon
from footprint.testing import table_doc, token_doc


def types(spec: str, ents=(), sent: int = 0) -> list[str]:
    return [c.type for c in find_candidates(list(table_doc(spec, ents).sents)[sent])]


def _prefixed(word: str, lemma: str) -> list[str]:
    # "Militants re-establishes a camp near Jilib." cut as "re", "-", "establishes", the verb tagged a noun
    toks = [("Militants", "militant", "NOUN", "NNS", 3, "nsubj"), ("re", "re", "NOUN", "NN", 3, "compound"),
            ("-", "-", "PUNCT", "HYPH", 3, "punct"), (word, lemma, "NOUN", "NNS", 3, "ROOT"),
            ("a", "a", "DET", "DT", 5, "det"), ("camp", "camp", "NOUN", "NN", 3, "dobj"),
            ("near", "near", "ADP", "IN", 5, "prep"), ("Jilib", "Jilib", "PROPN", "NNP", 6, "pobj"),
            (".", ".", "PUNCT", ".", 3, "punct")]
    doc = token_doc(toks, spaces=[True, False, False, True, True, True, True, False, False])
    return [c.type for c in find_candidates(list(doc.sents)[0])]


def test_a_prefixed_verb_cut_at_its_hyphen_opens_its_frame():
    assert _prefixed("establishes", "establishe") == ["base_established"]
    # the same word with spaces around the hyphen is no prefixed verb
    toks = [("Militants", "militant", "NOUN", "NNS", 3, "nsubj"), ("re", "re", "NOUN", "NN", 3, "compound"),
            ("-", "-", "PUNCT", "HYPH", 3, "punct"), ("establishes", "establishe", "NOUN", "NNS", 3, "ROOT"),
            ("a", "a", "DET", "DT", 5, "det"), ("camp", "camp", "NOUN", "NN", 3, "dobj"),
            (".", ".", "PUNCT", ".", 3, "punct")]
    doc = token_doc(toks, spaces=[True, True, True, True, True, False, False])
    assert [c.type for c in find_candidates(list(doc.sents)[0])] == []


def test_a_prefixed_verb_whose_clause_hangs_on_the_prefix_takes_the_prefix_arguments():
    # "Militants re-establishes camp, monitors suggest": "re" holds the object, "establishes" modifies the camp
    toks = [("Militants", "militant", "NOUN", "NNS", 1, "nsubj"), ("re", "re", "NOUN", "NN", 8, "ccomp"),
            ("-", "-", "NOUN", "NN", 1, "dobj"), ("establishes", "establishe", "NOUN", "NNS", 4, "amod"),
            ("camp", "camp", "NOUN", "NN", 1, "dobj"), (",", ",", "PUNCT", ",", 8, "punct"),
            ("satellite", "satellite", "NOUN", "NN", 7, "compound"), ("images", "image", "NOUN", "NNS", 8, "nsubj"),
            ("suggest", "suggest", "VERB", "VBP", 8, "ROOT"), (".", ".", "PUNCT", ".", 8, "punct")]
    doc = token_doc(toks, spaces=[True, False, False, True, False, True, True, True, False, False])
    cands = find_candidates(list(doc.sents)[0])
    assert [c.type for c in cands] == ["base_established"]
    assert cands[0].text == "re-establishes"


PUSHED_BACK = """
Ukrainian ukrainian ADJ JJ 1 amod
forces force NOUN NNS 2 nsubj
pushed push VERB VBD 2 ROOT
Russian russian ADJ JJ 4 amod
units unit NOUN NNS 2 dobj
back back ADV RB 2 advmod
from from ADP IN 5 prep
the the DET DT 8 det
village village NOUN NN 6 pobj
. . PUNCT . 2 punct
"""

PUSHED_BACK_AGAINST = """
The the DET DT 1 det
minister minister NOUN NN 2 nsubj
pushed push VERB VBD 2 ROOT
back back ADV RB 2 advmod
against against ADP IN 2 prep
the the DET DT 6 det
claims claim NOUN NNS 4 pobj
. . PUNCT . 2 punct
"""


def test_armed_men_pushed_back_fought_a_minister_pushing_back_did_not():
    assert types(PUSHED_BACK) == ["armed_clash"]
    assert types(PUSHED_BACK_AGAINST) == []
    # people pushed back are no battle ("pushed back the students")
    assert types(PUSHED_BACK.replace("units unit NOUN NNS 2 dobj", "students student NOUN NNS 2 dobj")) == []


TOOK_IT = """
Jilib Jilib PROPN NNP 1 nsubj
changed change VERB VBD 1 ROOT
hands hand NOUN NNS 1 dobj
in in ADP IN 1 prep
May May PROPN NNP 3 pobj
. . PUNCT . 1 punct
Soldiers soldier NOUN NNS 7 nsubj
took take VERB VBD 7 ROOT
it it PRON PRP 7 dobj
from from ADP IN 7 prep
the the DET DT 11 det
rebels rebel NOUN NNS 9 pobj
in in ADP IN 7 prep
June June PROPN NNP 12 pobj
. . PUNCT . 7 punct
"""


def test_it_taken_from_a_side_after_a_place_is_named_is_the_place():
    assert types(TOOK_IT, [(0, 1, "GPE")], sent=1) == ["territory_regained"]
    # no place named before: "it" may be anything
    assert types(TOOK_IT, [], sent=1) == []
    # taken from people who are no side: a thing seized from suspects
    suspects = TOOK_IT.replace("rebels rebel NOUN NNS 9 pobj", "suspects suspect NOUN NNS 9 pobj")
    assert types(suspects, [(0, 1, "GPE")], sent=1) == []


GAS = """
An an DET DT 1 det
aircraft aircraft NOUN NN 2 nsubj
released release VERB VBD 2 ROOT
a a DET DT 5 det
yellow yellow ADJ JJ 5 amod
gas gas NOUN NN 2 dobj
that that PRON WDT 7 nsubj
caused cause VERB VBD 5 relcl
vomiting vomiting NOUN NN 7 dobj
. . PUNCT . 2 punct
"""


def test_a_gas_let_loose_that_makes_people_vomit_is_a_chemical_attack():
    assert types(GAS) == ["chemical_attack"]
    breathing = GAS.replace("vomiting vomiting NOUN NN 7 dobj", "breathing breathing NOUN NN 7 dobj")
    assert types(breathing) == ["chemical_attack"]
    # no sign of a weapon: a gas released is nothing told
    assert types(GAS.replace("vomiting vomiting NOUN NN 7 dobj", "concern concern NOUN NN 7 dobj")) == []
    # a leak at a plant is an accident
    assert types(GAS.replace("aircraft aircraft NOUN NN 2 nsubj", "leak leak NOUN NN 2 nsubj")) == []


KAMIKAZES = """
Three three NUM CD 1 nummod
kamikazes kamikaze NOUN NNS 5 nsubj
loaded load VERB VBN 1 acl
with with ADP IN 2 prep
explosives explosive NOUN NNS 3 pobj
attacked attack VERB VBD 5 ROOT
the the DET DT 7 det
gate gate NOUN NN 5 dobj
of of ADP IN 7 prep
the the DET DT 10 det
camp camp NOUN NN 8 pobj
. . PUNCT . 5 punct
"""


def test_kamikazes_are_suicide_bombers_unless_drones_are_named():
    assert types(KAMIKAZES) == ["suicide_bombing"]
    drones = KAMIKAZES.replace("explosives explosive NOUN NNS 3 pobj", "drones drone NOUN NNS 3 pobj")
    assert types(drones) == ["drone_strike"]


STADIUM = """
The the DET DT 1 det
Eagles Eagles PROPN NNPS 2 nsubj
neutralised neutralise VERB VBD 2 ROOT
the the DET DT 4 det
attack attack NOUN NN 2 dobj
of of ADP IN 4 prep
the the DET DT 7 det
Lions lion NOUN NNS 5 pobj
in in ADP IN 2 prep
a a DET DT 11 det
fierce fierce ADJ JJ 11 amod
battle battle NOUN NN 8 pobj
at at ADP IN 11 prep
the the DET DT 14 det
stadium stadium NOUN NN 12 pobj
. . PUNCT . 2 punct
"""


def test_a_battle_at_a_stadium_with_no_side_weapon_or_harm_is_a_game():
    assert types(STADIUM) == []
    # armed men at a stadium fight
    gunmen = STADIUM.replace("Eagles Eagles PROPN NNPS 2 nsubj", "Gunmen gunman NOUN NNS 2 nsubj")
    assert types(gunmen) != []
    # the same words away from a playing ground keep their events
    assert types(STADIUM.replace("stadium stadium NOUN NN 12 pobj", "border border NOUN NN 12 pobj")) != []


HEADLINE = """
Farmers farmer NOUN NNS 1 nsubj
killed kill VERB VBD 1 ROOT
in in ADP IN 1 prep
Sanmatenga Sanmatenga PROPN NNP 2 pobj
. . PUNCT . 1 punct
"""


def test_a_headline_passive_without_were_names_the_victims():
    assert types(HEADLINE) == ["attack_on_civilians"]
    # an armed subject stays the doer's reading
    assert types(HEADLINE.replace("Farmers farmer NOUN NNS 1 nsubj", "Soldiers soldier NOUN NNS 1 nsubj")) == [
        "armed_clash"]
    # with an object the subject acted ("Farmers killed two thieves in X"): no passive
    acted = table_doc(HEADLINE.replace("in in ADP IN 1 prep\nSanmatenga Sanmatenga PROPN NNP 2 pobj",
                                       "thieves thief NOUN NNS 1 dobj\nin in ADP IN 1 prep\n"
                                       "Sanmatenga Sanmatenga PROPN NNP 3 pobj"))
    ctx = SentenceContext(list(acted.sents)[0], lexicon(), frozenset(), {})
    assert not headline_passive(ctx, acted[1], [acted[0]], [acted[2]])
    plain = table_doc(HEADLINE)
    ctx = SentenceContext(list(plain.sents)[0], lexicon(), frozenset(), {})
    assert headline_passive(ctx, plain[1], [plain[0]], [])
