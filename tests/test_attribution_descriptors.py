"""A speaker named by a descriptor ("the force said") and the body named before it; hand-set parses, no model."""

from __future__ import annotations

from footprint.model import ActorMention

from test_attribution_antecedents import claimants, parsed

SHELLED = """
The/the/DET/det/2
National/national/PROPN/compound/2
Guard/guard/PROPN/nsubj/3
shelled/shell/VERB/ROOT/-
a/a/DET/det/5
depot/depot/NOUN/dobj/3
././PUNCT/punct/3
"""

BARE = SHELLED.rstrip() + """
The/the/DET/det/8
force/force/NOUN/nsubj/9
said/say/VERB/ROOT/-
two/two/NUM/nummod/11
fighters/fighter/NOUN/nsubj/12
died/die/VERB/ccomp/9
././PUNCT/punct/9
"""

MODIFIED = SHELLED.rstrip() + """
The/the/DET/det/9
rival/rival/ADJ/amod/9
force/force/NOUN/nsubj/10
said/say/VERB/ROOT/-
two/two/NUM/nummod/12
fighters/fighter/NOUN/nsubj/13
died/die/VERB/ccomp/10
././PUNCT/punct/10
"""

SAME = MODIFIED.replace("rival/rival/ADJ", "same/same/ADJ")

OWNED = SHELLED.rstrip() + """
The/the/DET/det/8
force/force/NOUN/nsubj/11
of/of/ADP/prep/8
Kelmora/Kelmora/PROPN/pobj/9
said/say/VERB/ROOT/-
two/two/NUM/nummod/13
fighters/fighter/NOUN/nsubj/14
died/die/VERB/ccomp/11
././PUNCT/punct/11
"""


def guard(doc) -> ActorMention:
    start = doc.text.index("National Guard")
    return ActorMention(start, start + len("National Guard"), "National Guard", None, "National Guard",
                        type="state_force", via="ner")


def test_bare_descriptor_speaks_for_the_body_named_before():
    doc = parsed(BARE)
    assert claimants(doc, [guard(doc)])[1] == "National Guard"


def test_descriptor_pointing_back_with_same_still_resolves():
    doc = parsed(SAME)
    assert claimants(doc, [guard(doc)])[1] == "National Guard"


def test_a_modifier_that_sets_the_body_apart_keeps_its_own_words():
    # "the rival force" is another body than the one just named
    doc = parsed(MODIFIED)
    assert claimants(doc, [guard(doc)])[1] == "The rival force"


def test_a_descriptor_with_its_own_complement_keeps_its_own_words():
    doc = parsed(OWNED)
    got = claimants(doc, [guard(doc)])[1]
    assert got is not None and got != "National Guard" and "force" in got


def test_a_body_of_another_kind_is_no_antecedent():
    doc = parsed(BARE)
    start = doc.text.index("National Guard")
    ngo = ActorMention(start, start + 14, "National Guard", None, "National Guard", type="ngo", via="ner")
    assert claimants(doc, [ngo])[1] != "National Guard"
