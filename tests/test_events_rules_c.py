"""Unit tests for the event rules measured on snippets-c-dev: each rule on invented sentences, hand-built
parses (no model is loaded)."""

from __future__ import annotations

from footprint.events import build_events
from footprint.events.classify import find_candidates, trigger_keys
from footprint.events.filters import blocked
from footprint.events.vocabulary import lexicon
from footprint.testing import table_doc as doc_of


def types(spec: str, ents=()) -> list[str]:
    return [c.type for c in find_candidates(list(doc_of(spec, ents).sents)[0])]


def test_fighting_beside_mortar_fire_stays_a_clash_but_traded_artillery_fire_is_shelling():
    fighting = """
    Heavy heavy ADJ JJ 1 amod
    fighting fighting NOUN NN 2 nsubj
    raged rage VERB VBD 2 ROOT
    , , PUNCT , 2 punct
    with with ADP IN 2 prep
    residents resident NOUN NNS 6 nsubj
    reporting report VERB VBG 4 pcomp
    mortar mortar NOUN NN 8 compound
    fire fire NOUN NN 6 dobj
    . . PUNCT . 2 punct
    """
    assert types(fighting) == ["armed_clash"]
    traded = """
    Forces force NOUN NNS 1 nsubj
    traded trade VERB VBD 1 ROOT
    artillery artillery NOUN NN 3 compound
    fire fire NOUN NN 1 dobj
    overnight overnight ADV RB 1 advmod
    . . PUNCT . 1 punct
    """
    assert types(traded) == ["shelling"]


def test_a_weapon_slamming_into_a_depot_is_a_strike_a_car_is_nothing():
    drone = """
    A a DET DT 1 det
    drone drone NOUN NN 2 nsubj
    slammed slam VERB VBD 2 ROOT
    into into ADP IN 2 prep
    a a DET DT 5 det
    depot depot NOUN NN 3 pobj
    . . PUNCT . 2 punct
    """
    assert types(drone) == ["drone_strike"]
    car = drone.replace("drone drone", "car car")
    assert types(car) == []  # no attack and no diplomatic protest either


def test_launching_needs_a_weapon():
    missile = """
    Rebels rebel NOUN NNS 1 nsubj
    launched launch VERB VBD 1 ROOT
    a a DET DT 3 det
    missile missile NOUN NN 1 dobj
    at at ADP IN 1 prep
    a a DET DT 6 det
    tanker tanker NOUN NN 4 pobj
    . . PUNCT . 1 punct
    """
    assert types(missile) == ["shelling"]
    assert types(missile.replace("missile missile", "campaign campaign")) == []


def test_crowd_control_at_a_protest_is_an_intervention():
    gas = """
    Police police NOUN NNS 1 nsubj
    fired fire VERB VBD 1 ROOT
    tear tear NOUN NN 3 compound
    gas gas NOUN NN 1 dobj
    at at ADP IN 1 prep
    protesters protester NOUN NNS 4 pobj
    . . PUNCT . 1 punct
    """
    assert types(gas) == ["protest_intervention"]
    cannon = """
    Police police NOUN NNS 1 nsubj
    used use VERB VBD 1 ROOT
    water water NOUN NN 3 compound
    cannon cannon NOUN NN 1 dobj
    against against ADP IN 3 prep
    demonstrators demonstrator NOUN NNS 4 pobj
    . . PUNCT . 1 punct
    """
    assert types(cannon) == ["protest_intervention"]
    # with no protest in the sentence, tear gas is no armed attack either
    assert types(gas.replace("protesters protester", "traders trader")) == []


def test_riot_police_are_no_riot():
    spec = """
    Riot riot NOUN NN 1 compound
    police police NOUN NNS 2 nsubj
    arrived arrive VERB VBD 2 ROOT
    . . PUNCT . 2 punct
    """
    assert "riot" not in types(spec)


def test_a_verbal_attack_is_no_violence():
    blistering = """
    The the DET DT 1 det
    leader leader NOUN NN 2 nsubj
    launched launch VERB VBD 2 ROOT
    a a DET DT 5 det
    blistering blistering ADJ JJ 5 amod
    attack attack NOUN NN 2 dobj
    on on ADP IN 5 prep
    the the DET DT 8 det
    budget budget NOUN NN 6 pobj
    . . PUNCT . 2 punct
    """
    assert types(blistering) == []
    policy = """
    Critics critic NOUN NNS 1 nsubj
    attacked attack VERB VBD 1 ROOT
    the the DET DT 3 det
    policy policy NOUN NN 1 dobj
    . . PUNCT . 1 punct
    """
    assert types(policy) == []
    assert types(policy.replace("policy policy", "village village")) != []


def test_a_raid_in_which_people_are_kidnapped_is_the_abduction():
    spec = """
    Gunmen gunman NOUN NNS 1 nsubj
    kidnapped kidnap VERB VBD 1 ROOT
    61 61 NUM CD 3 nummod
    villagers villager NOUN NNS 1 dobj
    in in ADP IN 1 prep
    a a DET DT 6 det
    raid raid NOUN NN 4 pobj
    . . PUNCT . 1 punct
    """
    assert types(spec) == ["abduction"]


def test_a_raid_that_only_takes_property_is_looting():
    stole = """
    Fighters fighter NOUN NNS 1 nsubj
    raided raid VERB VBD 1 ROOT
    the the DET DT 3 det
    village village NOUN NN 1 dobj
    and and CCONJ CC 1 cc
    stole steal VERB VBD 1 conj
    cattle cattle NOUN NNS 5 dobj
    . . PUNCT . 1 punct
    """
    assert types(stole) == ["looting"]
    killed = stole.replace("stole steal", "killed kill").replace("cattle cattle NOUN NNS", "herders herder NOUN NNS")
    assert "attack_on_civilians" in types(killed)


def test_a_strike_by_doctors_is_a_walkout_not_an_air_strike():
    spec = """
    The the DET DT 1 det
    abduction abduction NOUN NN 2 nsubj
    prompted prompt VERB VBD 2 ROOT
    a a DET DT 4 det
    strike strike NOUN NN 2 dobj
    by by ADP IN 4 prep
    doctors doctor NOUN NNS 5 pobj
    . . PUNCT . 2 punct
    """
    assert "air_strike" not in types(spec)
    assert "protest" in types(spec)


def test_taking_a_town_is_a_capture_taking_positions_is_not():
    town = """
    Rebels rebel NOUN NNS 2 nsubj
    have have AUX VBP 2 aux
    taken take VERB VBN 2 ROOT
    the the DET DT 4 det
    town town NOUN NN 2 dobj
    . . PUNCT . 2 punct
    """
    assert types(town) == ["territory_overtaken"]
    assert types(town.replace("town town", "positions position")) == []


def test_the_fall_of_a_garrison_to_a_group_is_a_capture():
    spec = """
    The the DET DT 1 det
    fall fall NOUN NN 6 nsubj
    of of ADP IN 1 prep
    the the DET DT 4 det
    garrison garrison NOUN NN 2 pobj
    to to ADP IN 1 prep
    shocked shock VERB VBD 6 ROOT
    . . PUNCT . 6 punct
    """
    assert types(spec) == []  # no one it fell to: no capture
    with_taker = """
    The the DET DT 1 det
    fall fall NOUN NN 7 nsubj
    of of ADP IN 1 prep
    the the DET DT 4 det
    garrison garrison NOUN NN 2 pobj
    to to ADP IN 1 prep
    rebels rebel NOUN NNS 5 pobj
    shocked shock VERB VBD 7 ROOT
    . . PUNCT . 7 punct
    """
    assert types(with_taker) == ["territory_overtaken"]


def test_an_explosive_vest_makes_a_suicide_bombing():
    spec = """
    An an DET DT 1 det
    attacker attacker NOUN NN 6 nsubj
    wearing wear VERB VBG 1 acl
    an an DET DT 5 det
    explosive explosive ADJ JJ 5 amod
    vest vest NOUN NN 2 dobj
    detonated detonate VERB VBD 6 ROOT
    it it PRON PRP 6 dobj
    . . PUNCT . 6 punct
    """
    assert types(spec) == ["suicide_bombing"]
    assert types(spec.replace("explosive explosive ADJ JJ 5 amod", "red red ADJ JJ 5 amod")) == ["ied_attack"]


def test_a_hyphenated_noun_is_one_key():
    spec = """
    Relatives relative NOUN NNS 1 nsubj
    staged stage VERB VBD 1 ROOT
    a a DET DT 5 det
    sit sit NOUN NN 5 compound
    - - PUNCT HYPH 5 punct
    in in NOUN NN 1 dobj
    . . PUNCT . 1 punct
    """
    doc = doc_of(spec)
    assert ("sit-in", 5) in trigger_keys(doc[5])
    assert types(spec) == ["protest"]


def test_a_humanitarian_convoy_and_men_at_a_checkpoint_are_civilians():
    convoy = """
    Gunmen gunman NOUN NNS 1 nsubj
    attacked attack VERB VBD 1 ROOT
    a a DET DT 4 det
    humanitarian humanitarian ADJ JJ 4 amod
    convoy convoy NOUN NN 1 dobj
    . . PUNCT . 1 punct
    """
    assert types(convoy) == ["attack_on_civilians"]
    assert types(convoy.replace("humanitarian humanitarian", "military military")) == ["armed_clash"]
    checkpoint = """
    Soldiers soldier NOUN NNS 1 nsubj
    shot shoot VERB VBD 1 ROOT
    three three NUM CD 3 nummod
    men man NOUN NNS 1 dobj
    at at ADP IN 1 prep
    a a DET DT 6 det
    checkpoint checkpoint NOUN NN 4 pobj
    . . PUNCT . 1 punct
    """
    doc = doc_of(checkpoint)
    from footprint.events.context import SentenceContext

    ctx = SentenceContext(list(doc.sents)[0], lexicon(), frozenset(), {})
    assert ctx.civilian([doc[3], doc[6]]) is True  # the men shot, not the place they were shot at
    assert ctx.civilian([doc[6]]) is False


def test_victims_found_shot_dead_are_the_passive_subject():
    spec = """
    Aid aid NOUN NN 1 compound
    workers worker NOUN NNS 3 nsubjpass
    were be AUX VBD 3 auxpass
    found find VERB VBN 3 ROOT
    shot shoot VERB VBN 3 xcomp
    dead dead ADJ JJ 4 oprd
    . . PUNCT . 3 punct
    """
    doc = doc_of(spec)
    from footprint.events.context import SentenceContext

    ctx = SentenceContext(list(doc.sents)[0], lexicon(), frozenset(), {})
    assert ctx.sentence_victims() is True


def test_a_crowd_that_ransacks_or_torches_riots():
    students = """
    Students student NOUN NNS 1 nsubj
    ransacked ransack VERB VBD 1 ROOT
    the the DET DT 3 det
    offices office NOUN NNS 1 dobj
    . . PUNCT . 1 punct
    """
    assert types(students) == ["riot"]
    assert types(students.replace("Students student", "Fighters fighter")) == ["looting"]
    station = """
    Protesters protester NOUN NNS 1 nsubj
    torched torch VERB VBD 1 ROOT
    a a DET DT 4 det
    police police NOUN NN 4 compound
    station station NOUN NN 1 dobj
    . . PUNCT . 1 punct
    """
    assert types(station) == ["riot"]  # a police station is a building, not military materiel


def test_people_seized_on_a_day_are_abducted_not_a_place_taken():
    spec = """
    Gang gang NOUN NN 1 compound
    members member NOUN NNS 2 nsubj
    seized seize VERB VBD 2 ROOT
    six six NUM CD 4 nummod
    nuns nun NOUN NNS 2 dobj
    on on ADP IN 2 prep
    Friday Friday PROPN NNP 5 pobj
    . . PUNCT . 2 punct
    """
    assert types(spec, ents=((6, 7, "DATE"),)) == ["abduction"]


def test_an_attack_dated_back_from_the_news_is_a_reference():
    spec = """
    A a DET DT 1 det
    day day NOUN NN 7 npadvmod
    after after ADP IN 1 prep
    the the DET DT 4 det
    attack attack NOUN NN 2 pobj
    , , PUNCT , 7 punct
    gunmen gunman NOUN NNS 7 nsubj
    abducted abduct VERB VBD 7 ROOT
    passengers passenger NOUN NNS 7 dobj
    . . PUNCT . 7 punct
    """
    doc = doc_of(spec)
    assert blocked(doc[4], lexicon()) == "reference"
    assert blocked(doc[7], lexicon()) == ""
    assert [e.type for e in build_events(doc)] == ["abduction"]


def test_an_attack_confessed_to_is_a_reference():
    spec = """
    The the DET DT 1 det
    man man NOUN NN 2 nsubj
    confessed confess VERB VBD 2 ROOT
    to to ADP IN 2 prep
    planning plan VERB VBG 3 pcomp
    the the DET DT 6 det
    attack attack NOUN NN 4 dobj
    . . PUNCT . 2 punct
    """
    doc = doc_of(spec)
    assert blocked(doc[6], lexicon()) == "reference"


def test_a_clause_dated_from_a_negated_one_keeps_its_polarity():
    spec = """
    He he PRON PRP 3 nsubjpass
    has have AUX VBZ 3 aux
    not not PART RB 3 neg
    seen see VERB VBN 3 ROOT
    since since SCONJ IN 6 mark
    soldiers soldier NOUN NNS 6 nsubj
    abducted abduct VERB VBD 3 advcl
    him he PRON PRP 6 dobj
    . . PUNCT . 3 punct
    """
    doc = doc_of(spec)
    assert blocked(doc[6], lexicon()) == ""
    # without the dating conjunction the negation still reaches it
    plain = spec.replace("since since SCONJ IN 6 mark", "and and CCONJ CC 3 cc")
    assert blocked(doc_of(plain)[6], lexicon()) == "negated"
