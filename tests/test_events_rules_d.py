"""Unit tests for the event and speaker rules measured on the dev-d reports: each rule on invented sentences,
hand-built parses (no model is loaded)."""

from __future__ import annotations

from footprint.attribution.speakers import _subject, in_dateline
from footprint.events import build_events
from footprint.events.classify import find_candidates
from footprint.events.filters import blocked
from footprint.events.vocabulary import lexicon
from footprint.testing import table_doc as doc_of


def types(spec: str) -> list[str]:
    return [c.type for c in find_candidates(list(doc_of(spec).sents)[0])]


# "A missile strike hit a market, nurses and hospital workers said."
WEAPON_STRIKE = """
A a DET DT 2 det
missile missile NOUN NN 2 compound
strike strike NOUN NN 3 nsubj
hit hit VERB VBD 11 ccomp
a a DET DT 5 det
market market NOUN NN 3 dobj
, , PUNCT , 11 punct
nurses nurse NOUN NNS 11 nsubj
and and CCONJ CC 7 cc
hospital hospital NOUN NN 10 compound
workers worker NOUN NNS 7 conj
said say VERB VBD 11 ROOT
. . PUNCT . 11 punct
"""

# "Hospital workers held a general strike over unpaid wages."
LABOUR_STRIKE = """
Hospital hospital NOUN NN 1 compound
workers worker NOUN NNS 2 nsubj
held hold VERB VBD 2 ROOT
a a DET DT 5 det
general general ADJ JJ 5 amod
strike strike NOUN NN 2 dobj
over over ADP IN 2 prep
unpaid unpaid ADJ JJ 8 amod
wages wage NOUN NNS 6 pobj
. . PUNCT . 2 punct
"""


def test_a_strike_named_by_its_weapon_is_never_a_labour_strike_but_a_general_strike_still_is():
    got = types(WEAPON_STRIKE)
    assert "protest" not in got
    assert "shelling" in got
    assert types(LABOUR_STRIKE) == ["protest"]


# "The navy is unlikely to resume air strikes, officials say."
UNLIKELY = """
The the DET DT 1 det
navy navy NOUN NN 2 nsubj
is be AUX VBZ 11 ccomp
unlikely unlikely ADJ JJ 2 acomp
to to PART TO 5 aux
resume resume VERB VB 3 xcomp
air air NOUN NN 7 compound
strikes strike NOUN NNS 5 dobj
, , PUNCT , 11 punct
officials official NOUN NNS 11 nsubj
say say VERB VBP 11 ROOT
. . PUNCT . 11 punct
"""


def test_what_is_unlikely_to_happen_is_no_event():
    doc = doc_of(UNLIKELY)
    assert blocked(doc[7], lexicon()) != ""
    assert [e.type for e in build_events(doc) if e.type == "air_strike"] == []
    likely = doc_of(UNLIKELY.replace("unlikely unlikely", "likely likely"))
    assert blocked(likely[7], lexicon()) != ""  # its twin was already a forecast


# "Officials say the rebels have moved reinforcements to the district."
MOVED = """
Officials official NOUN NNS 1 nsubj
say say VERB VBP 1 ROOT
the the DET DT 3 det
rebels rebel NOUN NNS 5 nsubj
have have AUX VBP 5 aux
moved move VERB VBN 1 ccomp
reinforcements reinforcement NOUN NNS 5 dobj
to to ADP IN 5 prep
the the DET DT 9 det
district district NOUN NN 7 pobj
. . PUNCT . 1 punct
"""


def test_reinforcements_moved_by_a_side_are_its_deployment():
    events = [e for e in build_events(doc_of(MOVED)) if e.type == "deployment"]
    assert len(events) == 1
    assert [(a.text, a.role) for a in events[0].actors] == [("rebels", "actor")]
    # a noun on its own, with nobody moving it and no force word, stays no deployment
    bare = """
    Reinforcements reinforcement NOUN NNS 1 nsubj
    matter matter VERB VBP 1 ROOT
    . . PUNCT . 1 punct
    """
    assert "deployment" not in types(bare)


# "The front has said it will retaliate if the raids continue."
RETALIATE = """
The the DET DT 1 det
front front NOUN NN 3 nsubj
has have AUX VBZ 3 aux
said say VERB VBN 3 ROOT
it it PRON PRP 6 nsubj
will will AUX MD 6 aux
retaliate retaliate VERB VB 3 ccomp
if if SCONJ IN 10 mark
the the DET DT 9 det
raids raid NOUN NNS 10 nsubj
continue continue VERB VBP 6 advcl
. . PUNCT . 3 punct
"""

# "A militia commander warned that his fighters would storm the garrison."
WARNED = """
A a DET DT 2 det
militia militia NOUN NN 2 compound
commander commander NOUN NN 3 nsubj
warned warn VERB VBD 3 ROOT
that that SCONJ IN 8 mark
his his PRON PRP$ 6 poss
fighters fighter NOUN NNS 8 nsubj
would would AUX MD 8 aux
storm storm VERB VB 3 ccomp
the the DET DT 10 det
garrison garrison NOUN NN 8 dobj
. . PUNCT . 3 punct
"""


def test_a_side_saying_or_warning_it_will_use_force_makes_a_threat():
    assert "threat" in types(RETALIATE)
    warned = [e for e in build_events(doc_of(WARNED)) if e.type == "threat"]
    assert len(warned) == 1
    assert ("fighters", "actor") in [(a.text, a.role) for a in warned[0].actors]
    # the force itself is only threatened: no attack is told
    assert not [e for e in build_events(doc_of(WARNED)) if e.type in ("armed_clash", "territory_overtaken")]


def test_a_refusal_a_forecast_or_plain_speech_is_no_threat():
    refusal = RETALIATE.replace("will will AUX MD 6 aux", "will will AUX MD 6 aux\nnot not PART RB 7 neg")
    # the inserted token shifts later heads by one
    rows = [line.split() for line in refusal.strip().splitlines()]
    for r in rows:
        if int(r[4]) >= 6 and r[0] != "not":
            r[4] = str(int(r[4]) + 1)
    rows[6][4] = "7"  # "not" hangs on "retaliate"
    assert "threat" not in types("\n".join(" ".join(r) for r in rows))
    forecast = """
    Agencies agency NOUN NNS 1 nsubj
    warned warn VERB VBD 1 ROOT
    that that SCONJ IN 5 mark
    prices price NOUN NNS 5 nsubj
    would would AUX MD 5 aux
    rise rise VERB VB 1 ccomp
    . . PUNCT . 1 punct
    """
    assert "threat" not in types(forecast)
    past = RETALIATE.replace("will will AUX MD 6 aux", "had have AUX VBD 6 aux")
    assert "threat" not in types(past)


# "GAROUA, Cameroon — Gunmen killed six herders, two officials said."
DATELINE = """
GAROUA GAROUA PROPN NNP 11 nsubj
, , PUNCT , 0 punct
Cameroon Cameroon PROPN NNP 0 appos
— — PUNCT : 0 punct
Gunmen gunman NOUN NNS 5 nsubj
killed kill VERB VBD 11 ccomp
six six NUM CD 7 nummod
herders herder NOUN NNS 5 dobj
, , PUNCT , 11 punct
two two NUM CD 10 nummod
officials official NOUN NNS 11 nsubj
said say VERB VBD 11 ROOT
. . PUNCT . 11 punct
"""


def test_a_dateline_is_never_the_speaker():
    doc = doc_of(DATELINE)
    assert in_dateline(doc[0]) and not in_dateline(doc[10])
    assert _subject(doc[11]).text == "officials"
    # a sentence that opens with a capitalised word but no dash has no dateline
    plain = doc_of(DATELINE.replace("— — PUNCT : 0 punct", "and and CCONJ CC 0 cc"))
    assert not in_dateline(plain[0])


# "It grew into armed gangs that raid farms."
GANGS = """
It it PRON PRP 1 nsubj
grew grow VERB VBD 1 ROOT
into into ADP IN 1 prep
armed armed ADJ JJ 4 amod
gangs gang NOUN NNS 2 pobj
that that PRON WDT 6 nsubj
raid raid VERB VBP 4 relcl
farms farm NOUN NNS 6 dobj
. . PUNCT . 1 punct
"""


def test_what_a_kind_of_group_does_is_a_habit_but_what_these_gangs_did_is_told():
    assert blocked(doc_of(GANGS)[6], lexicon()) == "habitual"
    # "the gangs that raided farms": a past tense, and a definite noun, tell one event
    past = GANGS.replace("raid raid VERB VBP", "raided raid VERB VBD")
    assert blocked(doc_of(past)[6], lexicon()) == ""
    definite = GANGS.replace("armed armed ADJ JJ 4 amod", "the the DET DT 4 det")
    assert blocked(doc_of(definite)[6], lexicon()) == ""


# "The ministry condemned the raids and said troops had been sent."
CONDEMNED = """
The the DET DT 1 det
ministry ministry NOUN NN 2 nsubj
condemned condemn VERB VBD 2 ROOT
the the DET DT 4 det
raids raid NOUN NNS 2 dobj
and and CCONJ CC 2 cc
said say VERB VBD 2 conj
troops troop NOUN NNS 10 nsubjpass
had have AUX VBD 10 aux
been be AUX VBN 10 auxpass
sent send VERB VBN 6 ccomp
. . PUNCT . 2 punct
"""


def test_a_speaker_who_is_the_triggers_own_subject_acts_too():
    from footprint.events.assemble import _speaker_acts

    doc = doc_of(CONDEMNED)
    ministry = (doc[0].idx, doc[1].idx + len(doc[1]))
    assert _speaker_acts(doc[2], ministry)  # "the ministry condemned": the speaker protests
    assert not _speaker_acts(doc[10], ministry)  # the troops were sent: the ministry only tells it
    # a pronoun subject is no sign: what it stands for is read elsewhere
    it = doc_of(CONDEMNED.replace("ministry ministry NOUN NN 2 nsubj", "it it PRON PRP 2 nsubj"))
    assert not _speaker_acts(it[2], (it[1].idx, it[1].idx + 2))
