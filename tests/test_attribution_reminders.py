"""Speakers that are easy to get wrong: a reminder phrase ("as reported earlier", "as first reported by X"), a
document with an owner ("the army's statement"), a claim told as a description ("described ... as") and a
speaker who is nobody ("no group said"). Docs are parsed by hand, as the small model parses them; no model."""

from __future__ import annotations

from footprint.attribution import attribute_clauses
from footprint.testing import actor_mention, table_doc

# "Shells hit a clinic near the depot, not the depot itself as reported earlier." The parser hangs "the
# depot" on "reported" as its subject.
REMINDER = """
Shells shell NOUN NNS 1 nsubj
hit hit VERB VBD 1 ROOT
a a DET DT 3 det
clinic clinic NOUN NN 1 dobj
near near ADP IN 3 prep
the the DET DT 6 det
depot depot NOUN NN 4 pobj
, , PUNCT , 1 punct
not not PART RB 1 neg
the the DET DT 10 det
depot depot NOUN NN 13 nsubj
itself itself PRON PRP 10 appos
as as SCONJ IN 13 mark
reported report VERB VBN 1 ccomp
earlier early ADV RBR 13 advmod
. . PUNCT . 1 punct
"""

#: "Gunmen burned a church in Kasai, ..."
CHURCH = """
Gunmen gunman NOUN NNS 1 nsubj
burned burn VERB VBD 1 ROOT
a a DET DT 3 det
church church NOUN NN 1 dobj
in in ADP IN 3 prep
Kasai Kasai PROPN NNP 4 pobj
, , PUNCT , 1 punct
"""

# "Gunmen burned a church in Kasai, as first reported by Reuters."
FIRST_REPORTED = CHURCH + """\
as as SCONJ IN 9 mark
first first ADV RB 9 advmod
reported report VERB VBN 1 advcl
by by ADP IN 9 agent
Reuters Reuters PROPN NNP 10 pobj
. . PUNCT . 1 punct
"""

# "Gunmen burned a church in Kasai, as police had reported." (active: the subject speaks)
ACTIVE_AS = CHURCH + """\
as as SCONJ IN 10 mark
police police NOUN NNS 10 nsubj
had have AUX VBD 10 aux
reported report VERB VBN 1 advcl
. . PUNCT . 1 punct
"""

# "The army's statement said nine rebels were killed."
OWNED_STATEMENT = """
The the DET DT 1 det
army army NOUN NN 3 poss
's 's PART POS 1 case
statement statement NOUN NN 4 nsubj
said say VERB VBD 4 ROOT
nine nine NUM CD 6 nummod
rebels rebel NOUN NNS 8 nsubjpass
were be AUX VBD 8 auxpass
killed kill VERB VBN 4 ccomp
. . PUNCT . 4 punct
"""

# "Villagers described the raid as a massacre."
DESCRIBED = """
Villagers villager NOUN NNS 1 nsubj
described describe VERB VBD 1 ROOT
the the DET DT 3 det
raid raid NOUN NN 1 dobj
as as ADP IN 1 prep
a a DET DT 6 det
massacre massacre NOUN NN 4 pobj
. . PUNCT . 1 punct
"""

# "Villagers described the raid." (no "as": the description is not told)
DESCRIBED_ONLY = """
Villagers villager NOUN NNS 1 nsubj
described describe VERB VBD 1 ROOT
the the DET DT 3 det
raid raid NOUN NN 1 dobj
. . PUNCT . 1 punct
"""


def records(spec: str, mentions=()):
    doc = table_doc(spec)
    sentences, clauses = attribute_clauses(doc, list(mentions), "example.org")
    return doc, sentences[0], clauses.get(0, ())


def test_a_reminder_that_names_no_one_gives_no_claimant():
    doc, sentence, clauses = records(REMINDER)
    assert clauses == ()
    assert sentence.claimant is None and sentence.modality == "reported" and sentence.cue == "reported"


def test_as_first_reported_by_gives_the_outlet_over_the_whole_sentence():
    doc = table_doc(FIRST_REPORTED)
    reuters = actor_mention(doc, 11, 11, "Reuters", "reuters", "source")
    sentences, clauses = attribute_clauses(doc, [reuters], "example.org")
    (clause,) = clauses[0]
    assert (clause.claimant, clause.claimant_id, clause.modality, clause.evidence_type) == (
        "Reuters", "reuters", "reported", "media report")
    assert doc.text[clause.cue_start:clause.cue_end] == "reported"
    # what is reported is the sentence it qualifies, not only the words of the reminder
    assert clause.scope_start == 0 and doc.text[clause.scope_start:clause.scope_end].startswith("Gunmen burned")
    assert (clause.start, clause.end) == (reuters.start, reuters.end)  # the outlet only speaks
    assert sentences[0].claimant == "Reuters"


def test_as_with_an_active_verb_keeps_its_subject():
    doc, sentence, _ = records(ACTIVE_AS)
    assert sentence.claimant == "police"


def test_a_document_speaks_for_its_owner_without_the_possessive():
    doc, sentence, _ = records(OWNED_STATEMENT)
    assert (sentence.claimant, sentence.evidence_type) == ("The army", "official statement")


def test_described_as_is_a_claim_and_a_bare_description_is_none():
    doc, sentence, clauses = records(DESCRIBED)
    assert [(c.claimant, c.evidence_type, doc.text[c.cue_start:c.cue_end]) for c in clauses] == [
        ("Villagers", "witnesses", "described")]
    _, sentence, clauses = records(DESCRIBED_ONLY)
    assert clauses == () and sentence.claimant is None


# "No group claimed the raid."
NOBODY = """
No no DET DT 1 det
group group NOUN NN 2 nsubj
claimed claim VERB VBD 2 ROOT
the the DET DT 4 det
raid raid NOUN NN 2 dobj
. . PUNCT . 2 punct
"""

# "The dead were buried according to local custom."
ACCORDING_TO_CUSTOM = """
The the DET DT 1 det
dead dead NOUN NNS 3 nsubjpass
were be AUX VBD 3 auxpass
buried bury VERB VBN 3 ROOT
according accord VERB VBG 3 prep
to to ADP IN 4 prep
local local ADJ JJ 7 amod
custom custom NOUN NN 5 pobj
. . PUNCT . 3 punct
"""

# "Officials insist the road is safe and say convoys will resume." The parser hangs "say" on "is".
SECOND_VERB_ON_THE_CLAUSE = """
Officials official NOUN NNS 1 ROOT
insist insist VERB VBP 1 ROOT
the the DET DT 3 det
road road NOUN NN 4 nsubj
is be AUX VBZ 1 ccomp
safe safe ADJ JJ 4 acomp
and and CCONJ CC 4 cc
say say VERB VBP 4 conj
convoys convoy NOUN NNS 10 nsubj
will will AUX MD 10 aux
resume resume VERB VB 7 ccomp
. . PUNCT . 1 punct
"""

# "The militia said in a statement that it had left the town." The parser hangs the clause on "statement".
IN_A_STATEMENT_THAT = """
The the DET DT 1 det
militia militia NOUN NN 2 nsubj
said say VERB VBD 2 ROOT
in in ADP IN 2 prep
a a DET DT 5 det
statement statement NOUN NN 3 pobj
that that SCONJ IN 9 mark
it it PRON PRP 9 nsubj
had have AUX VBD 9 aux
left leave VERB VBN 5 acl
the the DET DT 11 det
town town NOUN NN 9 dobj
. . PUNCT . 2 punct
"""


def test_nobody_claims_anything():
    _, sentence, clauses = records(NOBODY)
    assert clauses == () and sentence.claimant is None
    # no claim at all: the publisher's own account, not an allegation ("claimed" alleges nothing here)
    assert (sentence.modality, sentence.cue) == ("asserted", None)


def test_according_to_a_custom_is_no_source():
    _, sentence, clauses = records(ACCORDING_TO_CUSTOM)
    assert clauses == () and sentence.claimant is None and sentence.modality == "asserted"


def test_a_second_verb_of_saying_hung_on_the_reported_clause_keeps_the_first_speaker():
    spec = SECOND_VERB_ON_THE_CLAUSE.replace("Officials official NOUN NNS 1 ROOT", "Officials official NOUN NNS 1 nsubj")
    doc, sentence, clauses = records(spec)
    assert [c.claimant for c in clauses] == ["Officials"]  # one speaker, one clause; never "the road"


def test_said_in_a_statement_that_is_a_claim():
    doc, sentence, clauses = records(IN_A_STATEMENT_THAT)
    assert sentence.claimant == "The militia" and [doc.text[c.cue_start:c.cue_end] for c in clauses] == ["said"]
    assert clauses[0].scope_end >= doc.text.index("town")


def test_a_quotation_before_an_ordinary_speaker_is_no_report():
    import spacy

    from footprint.attribution import is_meta_statement

    nlp = spacy.blank("en")
    for text, meta in [('The army rejected the report as "lies" and said its troops held the town.', False),
                       ('"Attacks doubled," says the latest report.', True),
                       ('"Attacks doubled," the authors of the study wrote.', True)]:
        doc = nlp(text)
        assert is_meta_statement(doc, doc[:]) is meta, text
