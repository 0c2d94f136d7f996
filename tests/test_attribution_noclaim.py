"""Sentences that tell no claim though they hold a word of claiming ("no group has claimed the attack", "did not
claim", "the blast claimed 12 lives"), a group's claim of its own act ("claimed the ambush"), a source that names
no one ("according to unconfirmed reports") and a verb the parser gives two subjects. Docs are parsed by hand,
as the small model parses them; no model."""

from __future__ import annotations

from footprint.attribution import attribute_clauses
from footprint.testing import actor_mention, table_doc

# "Nobody has claimed that the bridge was mined."
NOBODY_HAS = """
Nobody nobody PRON NN 2 nsubj
has have AUX VBZ 2 aux
claimed claim VERB VBN 2 ROOT
that that SCONJ IN 7 mark
the the DET DT 5 det
bridge bridge NOUN NN 7 nsubjpass
was be AUX VBD 7 auxpass
mined mine VERB VBN 2 ccomp
. . PUNCT . 2 punct
"""

# "The kidnapping of two engineers was claimed by no faction."
BY_NO_GROUP = """
The the DET DT 1 det
kidnapping kidnapping NOUN NN 6 nsubjpass
of of ADP IN 1 prep
two two NUM CD 4 nummod
engineers engineer NOUN NNS 2 pobj
was be AUX VBD 6 auxpass
claimed claim VERB VBN 6 ROOT
by by ADP IN 6 agent
no no DET DT 9 det
faction faction NOUN NN 7 pobj
. . PUNCT . 6 punct
"""

# "The rebels have not claimed that the bridge was mined."
NOT_CLAIMED = """
The the DET DT 1 det
rebels rebel NOUN NNS 4 nsubj
have have AUX VBP 4 aux
not not PART RB 4 neg
claimed claim VERB VBN 4 ROOT
that that SCONJ IN 9 mark
the the DET DT 7 det
bridge bridge NOUN NN 9 nsubjpass
was be AUX VBD 9 auxpass
mined mine VERB VBN 4 ccomp
. . PUNCT . 4 punct
"""

# "The blast claimed 12 lives."
LIVES = """
The the DET DT 1 det
blast blast NOUN NN 2 nsubj
claimed claim VERB VBD 2 ROOT
12 12 NUM CD 4 nummod
lives life NOUN NNS 2 dobj
. . PUNCT . 2 punct
"""

# "JNIM claimed the ambush."
CLAIMED_ACT = """
JNIM JNIM PROPN NNP 1 nsubj
claimed claim VERB VBD 1 ROOT
the the DET DT 3 det
ambush ambush NOUN NN 1 dobj
. . PUNCT . 1 punct
"""

# "JNIM claimed that soldiers fled."
CLAIMED_THAT = """
JNIM JNIM PROPN NNP 1 nsubj
claimed claim VERB VBD 1 ROOT
that that SCONJ IN 4 mark
soldiers soldier NOUN NNS 4 nsubj
fled flee VERB VBD 1 ccomp
. . PUNCT . 1 punct
"""

# "According to unconfirmed reports, rebels seized the base."
UNCONFIRMED = """
According accord VERB VBG 6 prep
to to ADP IN 0 prep
unconfirmed unconfirmed ADJ JJ 3 amod
reports report NOUN NNS 1 pobj
, , PUNCT , 6 punct
rebels rebel NOUN NNS 6 nsubj
seized seize VERB VBD 6 ROOT
the the DET DT 8 det
base base NOUN NN 6 dobj
. . PUNCT . 6 punct
"""

# "According to reports, rebels seized the base."
REPORTS = """
According accord VERB VBG 5 prep
to to ADP IN 0 prep
reports report NOUN NNS 1 pobj
, , PUNCT , 5 punct
rebels rebel NOUN NNS 5 nsubj
seized seize VERB VBD 5 ROOT
the the DET DT 7 det
base base NOUN NN 5 dobj
. . PUNCT . 5 punct
"""

# "Talks ended without a deal, and the governor said the truce would fail." The parser reads "ended" as a
# participle on "Talks" and hangs both nouns on "said" as its subjects.
TWO_SUBJECTS = """
Talks talk NOUN NNS 9 nsubj
ended end VERB VBN 0 acl
without without ADP IN 1 prep
a a DET DT 4 det
deal deal NOUN NN 2 pobj
, , PUNCT , 9 punct
and and CCONJ CC 9 cc
the the DET DT 8 det
governor governor NOUN NN 9 nsubj
said say VERB VBD 9 ROOT
the the DET DT 11 det
truce truce NOUN NN 13 nsubj
would would AUX MD 13 aux
fail fail VERB VB 9 ccomp
. . PUNCT . 9 punct
"""


def records(spec: str, mentions=None):
    doc = table_doc(spec)
    found = mentions(doc) if mentions else []
    sentences, clauses = attribute_clauses(doc, found, "example.org")
    return doc, sentences[0], clauses.get(0, ())


def _jnim(doc):
    return [actor_mention(doc, 0, 0, "JNIM", "jnim", "armed_group")]


def test_a_claim_nobody_made_is_the_publishers_own_account():
    for spec in (NOBODY_HAS, BY_NO_GROUP, NOT_CLAIMED):
        _, sentence, clauses = records(spec)
        assert clauses == (), spec
        assert (sentence.claimant, sentence.modality, sentence.cue) == (None, "asserted", None), spec


def test_claimed_lives_is_no_speech():
    _, sentence, clauses = records(LIVES)
    assert clauses == () and (sentence.claimant, sentence.modality) == (None, "asserted")


def test_a_group_claiming_an_act_reports_it_and_claiming_that_alleges():
    doc, sentence, clauses = records(CLAIMED_ACT, _jnim)
    assert [(c.claimant_id, c.modality, doc.text[c.cue_start:c.cue_end]) for c in clauses] == [
        ("jnim", "reported", "claimed")]
    assert sentence.modality == "reported"
    doc, sentence, clauses = records(CLAIMED_THAT, _jnim)
    assert [(c.claimant_id, c.modality) for c in clauses] == [("jnim", "alleged")]


def test_according_to_a_source_that_names_no_one_is_a_clause_without_claimant():
    doc, sentence, clauses = records(UNCONFIRMED)
    (clause,) = clauses
    assert (clause.claimant, clause.modality, clause.evidence_type) == (None, "hedged", None)
    assert doc.text[clause.cue_start:clause.cue_end] == "According to"
    assert doc.text[clause.scope_start:clause.scope_end].startswith("According to") and clause.scope_end == len(doc.text)
    assert (sentence.cue_start, sentence.modality) == (clause.cue_start, "hedged")
    doc, sentence, clauses = records(REPORTS)
    assert [(c.claimant, c.modality, doc.text[c.cue_start:c.cue_end]) for c in clauses] == [
        (None, "reported", "According to")]


def test_of_two_subjects_the_one_next_to_the_verb_speaks():
    _, sentence, clauses = records(TWO_SUBJECTS)
    assert [(c.claimant, c.evidence_type) for c in clauses] == [("the governor", "official statement")]
    assert sentence.claimant == "the governor"


# "JNIM claimed the building."  (a seized building: "claim" as taking, no claim of any act)
CLAIMED_BUILDING = """
JNIM JNIM PROPN NNP 1 nsubj
claimed claim VERB VBD 1 ROOT
the the DET DT 3 det
building building NOUN NN 1 dobj
. . PUNCT . 1 punct
"""

# "JNIM claimed the shooting."
CLAIMED_SHOOTING = """
JNIM JNIM PROPN NNP 1 nsubj
claimed claim VERB VBD 1 ROOT
the the DET DT 3 det
shooting shooting NOUN NN 1 dobj
. . PUNCT . 1 punct
"""

# "JNIM claimed the kidnapping of two engineers."
CLAIMED_KIDNAPPING = """
JNIM JNIM PROPN NNP 1 nsubj
claimed claim VERB VBD 1 ROOT
the the DET DT 3 det
kidnapping kidnapping NOUN NN 1 dobj
of of ADP IN 3 prep
two two NUM CD 6 nummod
engineers engineer NOUN NNS 4 pobj
. . PUNCT . 1 punct
"""

# "JNIM claimed responsibility for the raid."
CLAIMED_RESPONSIBILITY = """
JNIM JNIM PROPN NNP 1 nsubj
claimed claim VERB VBD 1 ROOT
responsibility responsibility NOUN NN 1 dobj
for for ADP IN 2 prep
the the DET DT 5 det
raid raid NOUN NN 3 pobj
. . PUNCT . 1 punct
"""

# "The flood claimed the lives of four herders."
CLAIMED_THE_LIVES = """
The the DET DT 1 det
flood flood NOUN NN 2 nsubj
claimed claim VERB VBD 2 ROOT
the the DET DT 4 det
lives life NOUN NNS 2 dobj
of of ADP IN 4 prep
four four NUM CD 7 nummod
herders herder NOUN NNS 5 pobj
. . PUNCT . 2 punct
"""


def _claim_verb(doc):
    return next(t for t in doc if t.lemma_ == "claim")


def test_only_an_act_is_claimed_as_ones_own():
    from footprint.attribution.speakers import claims_an_act, takes_hold

    for spec in (CLAIMED_ACT, CLAIMED_SHOOTING, CLAIMED_KIDNAPPING):
        verb = _claim_verb(table_doc(spec))
        assert claims_an_act(verb) and not takes_hold(verb), spec
    for spec in (CLAIMED_BUILDING, CLAIMED_THE_LIVES, CLAIMED_THAT):
        assert not claims_an_act(_claim_verb(table_doc(spec))), spec
    assert takes_hold(_claim_verb(table_doc(CLAIMED_BUILDING)))


def test_a_claimed_act_is_a_reported_claim_and_a_claimed_building_no_claim():
    for spec in (CLAIMED_SHOOTING, CLAIMED_KIDNAPPING, CLAIMED_RESPONSIBILITY):
        doc, sentence, clauses = records(spec, _jnim)
        assert [(c.claimant_id, c.modality) for c in clauses] == [("jnim", "reported")], spec
    for spec in (CLAIMED_BUILDING, CLAIMED_THE_LIVES):
        _, sentence, clauses = records(spec, _jnim if spec is CLAIMED_BUILDING else None)
        assert clauses == () and (sentence.claimant, sentence.modality) == (None, "asserted"), spec
