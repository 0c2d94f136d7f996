"""Unit tests for forces read from their facilities, clauses told in sequence, purposes of things sent, talks
stopped, and totals or patterns of past violence: invented sentences, hand-built parses (no model is loaded)."""

from __future__ import annotations

from spacy.tokens import Doc

from footprint.events import build_events
from footprint.events.classify import find_candidates
from footprint.events.filters import blocked
from footprint.events.vocabulary import lexicon
from footprint.testing import table_doc


def doc_of(spec: str, ents: tuple[tuple[int, int, str], ...] = (), focus: dict | None = None) -> Doc:
    """``spec``: a token table (``footprint.testing.table_doc``); ``focus``: the places stage's focus to set."""
    doc = table_doc(spec, ents)
    if focus is not None:
        doc._.fp_meta["places_focus"] = focus
    return doc


def targets(doc: Doc) -> list[tuple[str, str | None, bool]]:
    return [(a.text, a.id, a.inferred) for e in build_events(doc) for a in e.actors if a.role == "target"]


MILITARY_BASE = """
Militants militant NOUN NNS 1 nsubj
attacked attack VERB VBD 1 ROOT
a a DET DT 4 det
military military ADJ JJ 4 amod
base base NOUN NN 1 dobj
overnight overnight ADV RB 1 advmod
. . PUNCT . 1 punct
"""


def test_a_military_base_attacked_is_the_focus_states_forces_marked_inferred():
    doc = doc_of(MILITARY_BASE, focus={"NE": 0.8, "ML": 0.2})
    assert targets(doc) == [("military base", "armed_forces.ne", True)]


def test_with_no_single_focus_or_no_military_word_the_base_is_no_one():
    assert targets(doc_of(MILITARY_BASE, focus={"NE": 0.5, "ML": 0.5})) == []
    assert targets(doc_of(MILITARY_BASE)) == []
    plain = MILITARY_BASE.replace("military military ADJ JJ 4 amod", "remote remote ADJ JJ 4 amod")
    assert targets(doc_of(plain, focus={"NE": 1.0})) == []
    refugees = MILITARY_BASE.replace("military military ADJ JJ 4 amod", "refugee refugee NOUN NN 4 compound")
    assert targets(doc_of(refugees, focus={"NE": 1.0})) == []


def test_a_national_adjective_on_the_facility_names_the_state_before_the_focus():
    spec = """
    Gunmen gunman NOUN NNS 1 nsubj
    stormed storm VERB VBD 1 ROOT
    a a DET DT 5 det
    Chadian Chadian ADJ JJ 5 amod
    army army NOUN NN 5 compound
    post post NOUN NN 1 dobj
    . . PUNCT . 1 punct
    """
    doc = doc_of(spec.replace("army army NOUN NN 5 compound", "military military ADJ JJ 5 amod"),
                 ents=((3, 4, "NORP"),), focus={"NE": 1.0})
    assert targets(doc) == [("Chadian military post", "armed_forces.td", True)]


def test_a_facility_that_is_no_target_gives_no_force():
    # Soldiers withdrew from a military base : a withdrawal has no target read from its facility
    spec = """
    Soldiers soldier NOUN NNS 1 nsubj
    withdrew withdraw VERB VBD 1 ROOT
    from from ADP IN 1 prep
    a a DET DT 5 det
    military military ADJ JJ 5 amod
    base base NOUN NN 2 pobj
    . . PUNCT . 1 punct
    """
    doc = doc_of(spec, focus={"NE": 1.0})
    assert not [a for e in build_events(doc) for a in e.actors if a.inferred]


def test_a_killing_told_after_a_day_is_its_own_event_not_the_fightings_target():
    # Fighting shook the city a day after the leader of a gang was shot .
    spec = """
    Fighting fighting NOUN NN 1 nsubj
    shook shake VERB VBD 1 ROOT
    the the DET DT 3 det
    city city NOUN NN 1 dobj
    a a DET DT 5 det
    day day NOUN NN 6 npadvmod
    after after SCONJ IN 12 mark
    the the DET DT 8 det
    leader leader NOUN NN 12 nsubjpass
    of of ADP IN 8 prep
    a a DET DT 11 det
    gang gang NOUN NN 9 pobj
    was be AUX VBD 12 auxpass
    shot shoot VERB VBN 1 advcl
    . . PUNCT . 1 punct
    """
    events = build_events(doc_of(spec))
    fighting = [e for e in events if e.trigger == "Fighting"]
    assert fighting and not [a for a in fighting[0].actors if a.role == "target"]
    assert any(e.trigger == "shot" for e in events)


def test_after_with_no_subject_is_a_step_of_one_operation():
    # Gunmen killed two guards after storming a camp .
    spec = """
    Gunmen gunman NOUN NNS 1 nsubj
    killed kill VERB VBD 1 ROOT
    two two NUM CD 3 nummod
    guards guard NOUN NNS 1 dobj
    after after ADP IN 1 prep
    storming storm VERB VBG 4 pcomp
    a a DET DT 7 det
    camp camp NOUN NN 5 dobj
    . . PUNCT . 1 punct
    """
    assert len([e for e in build_events(doc_of(spec)) if e.type in ("armed_clash", "attack_on_civilians")]) == 1


def test_the_purpose_of_a_thing_sent_is_not_told_as_done():
    # A helicopter sent to evacuate troops from the town was hit .
    spec = """
    A a DET DT 1 det
    helicopter helicopter NOUN NN 11 nsubjpass
    sent send VERB VBN 1 acl
    to to PART TO 4 aux
    evacuate evacuate VERB VB 2 advcl
    troops troop NOUN NNS 4 dobj
    from from ADP IN 4 prep
    the the DET DT 8 det
    town town NOUN NN 6 pobj
    was be AUX VBD 11 auxpass
    later later ADV RB 11 advmod
    hit hit VERB VBN 11 ROOT
    . . PUNCT . 11 punct
    """
    doc = doc_of(spec)
    assert blocked(doc[4], lexicon()) == "intended"
    assert "withdrawal" not in [c.type for c in find_candidates(list(doc.sents)[0]) if not blocked(c.token, lexicon())]
    # the same verb as the sentence's own: told
    assert blocked(doc_of("""
    Troops troop NOUN NNS 1 nsubj
    evacuated evacuate VERB VBD 1 ROOT
    the the DET DT 3 det
    town town NOUN NN 1 dobj
    . . PUNCT . 1 punct
    """)[1], lexicon()) == ""


def test_suspended_talks_collapse_talks_ended_without_an_agreement_do_not():
    suspended = """
    The the DET DT 1 det
    president president NOUN NN 2 nsubj
    suspended suspend VERB VBD 2 ROOT
    peace peace NOUN NN 4 compound
    talks talk NOUN NNS 2 dobj
    with with ADP IN 4 prep
    the the DET DT 7 det
    rebels rebel NOUN NNS 5 pobj
    . . PUNCT . 2 punct
    """
    assert [c.type for c in find_candidates(list(doc_of(suspended).sents)[0])] == ["agreement_collapsed"]
    ended = """
    Talks talk NOUN NNS 1 nsubj
    ended end VERB VBD 1 ROOT
    without without ADP IN 1 prep
    any any DET DT 4 det
    agreement agreement NOUN NN 2 pobj
    . . PUNCT . 1 punct
    """
    assert "agreement_collapsed" not in [c.type for c in find_candidates(list(doc_of(ended).sents)[0])]


def test_a_war_toll_is_a_total_not_an_event():
    spec = """
    The the DET DT 1 det
    war war NOUN NN 2 nsubj
    killed kill VERB VBD 2 ROOT
    an an DET DT 6 det
    estimated estimate VERB VBN 6 amod
    300,000 300,000 NUM CD 6 nummod
    people people NOUN NNS 2 dobj
    . . PUNCT . 2 punct
    """
    doc = doc_of(spec)
    assert blocked(doc[2], lexicon()) == "aggregate"
    small = doc_of(spec.replace("300,000 300,000", "30 30"))
    assert blocked(small[2], lexicon()) == ""


def test_a_history_over_decades_and_a_total_since_a_year_on_a_conjunct_are_no_events():
    decades = """
    The the DET DT 1 det
    movement movement NOUN NN 3 nsubj
    has have AUX VBZ 3 aux
    fought fight VERB VBN 3 ROOT
    the the DET DT 5 det
    army army NOUN NN 3 dobj
    for for ADP IN 3 prep
    three three NUM CD 8 nummod
    decades decade NOUN NNS 6 pobj
    . . PUNCT . 3 punct
    """
    assert blocked(doc_of(decades)[3], lexicon()) == "aggregate"
    one_day = decades.replace("three three NUM CD 8 nummod", "an an DET DT 8 det").replace(
        "decades decade NOUN NNS", "hour hour NOUN NN")
    assert blocked(doc_of(one_day)[3], lexicon()) == ""
    since = """
    Thousands thousand NOUN NNS 3 nsubjpass
    have have AUX VBP 3 aux
    been be AUX VBN 3 auxpass
    killed kill VERB VBN 3 ROOT
    and and CCONJ CC 3 cc
    displaced displace VERB VBN 3 conj
    since since ADP IN 5 prep
    2019 2019 NUM CD 6 pobj
    . . PUNCT . 3 punct
    """
    assert blocked(doc_of(since, ents=((7, 8, "DATE"),))[3], lexicon()) == "aggregate"


def test_repeated_bouts_of_fighting_are_a_pattern():
    spec = """
    The the DET DT 1 det
    city city NOUN NN 3 nsubj
    has have AUX VBZ 3 aux
    seen see VERB VBN 3 ROOT
    repeated repeated ADJ JJ 5 amod
    bouts bout NOUN NNS 3 dobj
    of of ADP IN 5 prep
    fighting fighting NOUN NN 6 pobj
    . . PUNCT . 3 punct
    """
    assert blocked(doc_of(spec)[7], lexicon()) == "habitual"
    one = spec.replace("repeated repeated ADJ JJ 5 amod", "a a DET DT 5 det").replace("bouts bout NOUN NNS",
                                                                                      "bout bout NOUN NN")
    assert blocked(doc_of(one)[7], lexicon()) == ""


def test_a_participle_on_a_noun_conjunct_still_counts_a_total_since_a_year():
    # the parser's reading of "... killed and hundreds of thousands displaced since 2017"
    spec = """
    People people NOUN NNS 3 nsubjpass
    have have AUX VBP 3 aux
    been be AUX VBN 3 auxpass
    killed kill VERB VBN 3 ROOT
    and and CCONJ CC 3 cc
    thousands thousand NOUN NNS 3 conj
    displaced displace VERB VBN 5 acl
    since since ADP IN 6 prep
    2019 2019 NUM CD 7 pobj
    . . PUNCT . 3 punct
    """
    assert blocked(doc_of(spec, ents=((8, 9, "DATE"),))[3], lexicon()) == "aggregate"


UNDER_FIRE = """
Militants militant NOUN NNS 1 nsubj
came come VERB VBD 1 ROOT
under under ADP IN 1 prep
fire fire NOUN NN 2 pobj
from from ADP IN 1 prep
soldiers soldier NOUN NNS 4 pobj
. . PUNCT . 1 punct
"""


def test_coming_under_fire_is_an_attack_on_the_subject_from_those_who_fire():
    events = build_events(doc_of(UNDER_FIRE))
    assert [e.type for e in events] == ["armed_clash"]
    assert {(a.text, a.role) for a in events[0].actors} == {("Militants", "target"), ("soldiers", "actor")}


def test_fire_as_a_noun_elsewhere_is_no_attack():
    # A fire broke out at the market .
    spec = """
    A a DET DT 1 det
    fire fire NOUN NN 2 nsubj
    broke break VERB VBD 2 ROOT
    out out ADP RP 2 prt
    at at ADP IN 2 prep
    the the DET DT 6 det
    market market NOUN NN 4 pobj
    . . PUNCT . 2 punct
    """
    assert build_events(doc_of(spec)) == []
