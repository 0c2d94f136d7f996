"""Contradictions of a fused event compare numbers of one kind and one side (hand-built events)."""

from __future__ import annotations

import dataclasses

import pytest

from footprint import fuse
from footprint.fuse.sources import claim_voices, claimant_voice, contradictions, is_local_voice
from footprint.model import EventActor
from footprint.testing import quantity

from fuse_factories import event, report, result


@pytest.fixture(autouse=True)
def _declared_copies_only(monkeypatch):
    # copies are declared by hand (Document.copy_of); MinHash detection is the store's to test
    from footprint.store.sqlite import SQLiteStore

    monkeypatch.setattr(SQLiteStore, "near_copy_of", lambda self, document: None)


# a state stands for its armed forces, a successor for the first of its line (as the default key does)
FOLD = {"ml": "armed_forces.ml", "africa_corps": "wagner_group"}


def key(actor_id, name):
    return "a:" + FOLD.get(actor_id, actor_id) if actor_id else "n:" + " ".join(name.lower().split())


def killed(n, side=None):
    return quantity(n, kind="fatalities", side=side)


ARMY = ("Malian Armed Forces", "armed_forces.ml", "target", "state_force")
JNIM = ("JNIM", "jnim", "actor", "armed_group")
MAY = ("2024-05-01", "2024-05-31", "month")


def clash(doc, *quantities, actors=(JNIM, ARMY)):
    """The one sentence of ``doc`` as a clash at Kidal in May 2024 between these actors."""
    ev = event(doc, doc.text.strip(), "armed_clash", place="Kidal", date=MAY, quantities=quantities)
    return dataclasses.replace(ev, actors=tuple(EventActor(name=n, role=r, text=n, id=i, type=t)
                                                for n, i, r, t in actors))


def fuse_all(store, *pairs):
    for doc, ev in pairs:
        store.add(result(doc, ev))
        fuse.update(store, [doc.id], actor_key=key)
    (c,) = fuse.fused_events(store)  # the reports tell one event
    return c


def strength(c):
    return [x for x in c["contradictions"] if x["field"] == "strength"]


A = report("Insurgents ambushed an army convoy near Kidal in May; 4 soldiers were killed.",
           source="alpha.example", published="2024-05-12")
B = report("An ambush near Kidal this month left 11 militants dead, the army said.",
           source="beta.example", published="2024-05-14")
C = report("Nine soldiers died when militants struck a convoy near Kidal in May.",
           source="gamma.example", published="2024-05-15")


def test_numbers_of_different_sides_do_not_contradict(tmp_store):
    c = fuse_all(tmp_store, (A, clash(A, killed(4, "armed_forces.ml"))), (B, clash(B, killed(11, "jnim"))))
    assert c["independent_sources"] == 2
    assert strength(c) == []


def test_one_sides_numbers_from_two_independent_sources_contradict(tmp_store):
    c = fuse_all(tmp_store, (A, clash(A, killed(4, "armed_forces.ml"), killed(11, "jnim"))),
                 (C, clash(C, killed(9, "armed_forces.ml"))))
    (x,) = strength(c)
    assert x["kind"] == "fatalities" and x["side"] == "a:armed_forces.ml"
    assert [(cl["min"], cl["voice"]) for cl in x["claims"]] == [(4, "alpha"), (9, "gamma")]
    assert {cl["doc_id"] for cl in x["claims"]} == {A.id, C.id}


def test_sides_are_keyed_like_actors_a_state_counts_as_its_forces(tmp_store):
    mali = ("Mali", "ml", "target", "country")
    c = fuse_all(tmp_store, (A, clash(A, killed(4, "armed_forces.ml"))),
                 (C, clash(C, killed(9, "ml"), actors=(JNIM, mali))))
    (x,) = strength(c)
    assert x["side"] == "a:armed_forces.ml" and {cl["min"] for cl in x["claims"]} == {4, 9}


def test_numbers_without_a_side_compare_only_with_each_other(tmp_store):
    c = fuse_all(tmp_store, (A, clash(A, killed(4))), (B, clash(B, killed(11, "jnim"))))
    assert strength(c) == []
    c = fuse_all(tmp_store, (C, clash(C, killed(9))))
    (x,) = strength(c)
    assert x["side"] is None and {cl["min"] for cl in x["claims"]} == {4, 9}


def test_a_syndicated_copy_states_its_number_once(tmp_store):
    copy = report(A.text + " ", source="syndicate.example", title="Another title", published="2024-05-13",
                  copy_of=A.id)
    c = fuse_all(tmp_store, (A, clash(A, killed(4, "armed_forces.ml"))),
                 (copy, clash(copy, killed(4, "armed_forces.ml"))))
    assert c["independent_sources"] == 1 and strength(c) == []
    c = fuse_all(tmp_store, (C, clash(C, killed(9, "armed_forces.ml"))))
    (x,) = strength(c)
    assert c["independent_sources"] == 2
    # the copy repeats alpha's 4: one claim per source, not one per copy
    assert [(cl["min"], cl["voice"]) for cl in x["claims"]] == [(4, "alpha"), (9, "gamma")]


# -- the rule on evidence items --------------------------------------------------------------------

def item(event_id, *quantities, group=None):
    return {"event_id": event_id, "doc_id": "d" + event_id, "group": group or "d" + event_id, "voice": event_id,
            "modality": "asserted", "date": None, "quantities": list(quantities)}


def n(value, side=None, side_key=..., kind="fatalities"):
    q = {"kind": kind, "min": value, "max": value, "side": side}
    if side_key is not ...:
        q["side_key"] = side_key
    return q


def test_by_side_off_compares_every_number_of_a_kind():
    # a presence passes only its actor's own numbers, whatever side words they carry
    items = [item("e1", n(1000, "troops", "n:troops", "personnel")), item("e2", n(2000, None, None, "personnel"))]
    assert [x["kind"] for x in contradictions(items)] == ["personnel"]
    assert contradictions(items, by_side=True) == []


def test_items_stored_before_sides_had_keys_compare_by_the_sides_words():
    items = [item("e1", n(4, "armed_forces.ml")), item("e2", n(11, "jnim")), item("e3", n(9, "armed_forces.ml"))]
    (x,) = contradictions(items, by_side=True)
    assert x["side"] == "armed_forces.ml" and [cl["event_id"] for cl in x["claims"]] == ["e1", "e3"]


def test_overlapping_ranges_and_missing_numbers_do_not_contradict():
    items = [item("e1", {"kind": "fatalities", "min": 4, "max": 10, "side_key": "a:x"}),
             item("e2", {"kind": "fatalities", "min": None, "max": 6, "side_key": "a:x"}),
             item("e3", {"kind": "fatalities", "min": None, "max": None, "side_key": "a:x"})]
    assert contradictions(items, by_side=True) == []


@pytest.mark.parametrize("who", ["residents", "local elders", "Witnesses", "residents and a local farmer",
                                 "two villagers from the area", "relatives of the dead"])
def test_unnamed_local_people_are_the_outlets_voice(who):
    assert is_local_voice(who) and claimant_voice(who) is None


@pytest.mark.parametrize("who", ["the state police command", "a military officer", "Reuters", "a CJTF leader",
                                 "the Ministry of Defence", "", None])
def test_organisations_keep_their_voice(who):
    assert not is_local_voice(who)
    assert (claimant_voice(who) is None) == (not who)


def test_units_speak_for_their_owner_and_resolved_claimants_for_their_actor():
    assert claimant_voice("the army's Eighteenth Brigade") == claimant_voice("the army") == "army"
    assert claimant_voice("the ministry's spokesman") == "ministry"
    assert claimant_voice("Somalia's army", "a:armed_forces.so") == claimant_voice("the army", "a:armed_forces.so")


def _item(group, pubs, claimant=None, key=None, modality="reported"):
    return {"group": group, "publisher_voice": f"publisher:{min(pubs)}", "publishers": list(pubs),
            "claimant": claimant, "claimant_key": key, "modality": modality}


def test_voices_fold_local_people_copies_and_one_actor():
    items = [
        _item("g1", ["aggregator", "horn dispatch"], "local elders"),  # a syndicated story and its original
        _item("g2", ["horn dispatch"]),  # the outlet's own follow-up
        _item("g3", ["daily"], "Somalia's army", "a:armed_forces.so"),
        _item("g4", ["wire"], "the army", "a:armed_forces.so"),
        _item("g5", ["radio"], "the group", modality="denied"),
    ]
    # one actor, read by its registry name whatever words each report used
    assert claim_voices(items) == ("aggregator", "somali armed forces")
    # without the copy group the follow-up is another outlet's voice
    assert len(claim_voices([_item("g1", ["aggregator"], "residents"), items[1]])) == 2


@pytest.mark.parametrize(("who", "body"), [
    ("a police officer in the town", "police"),
    ("A police spokesman", "police"),
    ("two army officers", "army"),
    ("an army spokesman, Colonel Ade", "army"),
    ("an official of the Ministry of Defence", "defence ministry"),
    ("a spokesman for the regional government", "regional government"),
    ("a government official", "government"),
])
def test_an_unnamed_person_of_a_named_body_is_that_bodys_voice(who, body):
    assert claimant_voice(who) == body


@pytest.mark.parametrize("who", ["a senior official", "local officials", "Officials", "officials in the district",
                                 "a security source", "an official speaking on condition of anonymity",
                                 "a source familiar with the matter"])
def test_an_unnamed_official_of_no_named_body_is_the_outlets_voice(who):
    assert claimant_voice(who) is None


def test_named_bodies_and_people_who_are_not_officials_keep_their_words():
    assert claimant_voice("The National Police") == "national police"
    assert claimant_voice("the state police command") == "state police command"
    assert claimant_voice("Reuters") == "reuters"


def test_officials_of_one_body_in_two_outlets_count_once_and_no_body_counts_the_outlet():
    items = [_item("g1", ["dispatch"], "a police officer in the town"),
             _item("g2", ["radio"], "police"),
             _item("g3", ["wire"], "a senior official")]
    assert claim_voices(items) == ("police", "wire")


def test_an_unresolved_army_is_the_one_army_the_claim_resolved():
    items = [_item("g1", ["post"], "the army", "a:armed_forces.co"),
             _item("g2", ["tribune"], "the army's Eighteenth Brigade")]
    assert len(claim_voices(items)) == 1
    # two armies named: which one "the military" is cannot be told, so it stays apart
    two = [*items, _item("g3", ["herald"], "Venezuela's army", "a:armed_forces.ve"), _item("g4", ["star"], "the military")]
    assert len(claim_voices(two)) == 4
    # denied reports name no army for the claim
    assert len(claim_voices([_item("g1", ["post"], "the army", "a:armed_forces.co", modality="denied"),
                             _item("g2", ["tribune"], "the military")])) == 1


# --- military units, local people with a place word, an outlet reminding its own report (dev-b) --------


@pytest.mark.parametrize("who", ["the battalion commander", "the 20th Infantry Battalion", "the army general staff",
                                 "the army's 8th Infantry Division", "the division", "army headquarters",
                                 "the Sixth Infantry Division in El Fasher"])
def test_a_military_unit_speaks_for_the_army(who):
    assert claimant_voice(who) == "army"


@pytest.mark.parametrize("who", ["the oil company", "the health division", "the criminal investigation division",
                                 "Africa Command"])
def test_words_that_only_look_like_units_keep_their_words(who):
    assert claimant_voice(who) not in (None, "army")


@pytest.mark.parametrize("who", ["camp residents", "village leaders", "community leaders", "displaced families"])
def test_local_people_named_by_where_they_live_are_the_outlets_voice(who):
    assert is_local_voice(who) and claimant_voice(who) is None


def test_a_leader_of_a_named_body_is_not_local():
    assert not is_local_voice("a CJTF leader") and not is_local_voice("leaders")


def test_unresolved_army_words_of_a_claim_in_one_country_are_one_voice():
    items = [dict(_item("g1", ["visayas daily"], "the battalion commander"), country="PH"),
             dict(_item("g2", ["state news"], "the army's 8th Infantry Division"), country="PH"),
             dict(_item("g3", ["wire"], "the military"), country="PH")]
    assert claim_voices(items) == ("army",)
    sudan = [dict(_item("g1", ["nile times"], "the Sudanese army's Sixth Infantry Division in El Fasher"), country="SD"),
             dict(_item("g2", ["wire"], "the division"), country="SD"), dict(_item("g3", ["radio"], "the army"), country="SD")]
    assert claim_voices(sudan) == ("sudanese armed forces",)  # the registry names the army the words name
    # a claim told in two countries may name two armies: the words stay apart
    two = [items[0], dict(items[2], country="SD")]
    assert claim_voices(two) == ("army", "military")


def test_an_outlets_uncited_report_beside_its_cited_one_adds_no_voice():
    items = [_item("g1", ["visayas daily"], "the battalion commander"),
             _item("g2", ["visayas daily"], "village leaders"),  # its follow-up, reminding the ambush
             _item("g3", ["manila ledger"], "New People's Army", key="a:npa")]
    assert claim_voices(items) == ("army", "new people s army")
    # an outlet that reports on its own only is its own voice, as before
    assert claim_voices([_item("g1", ["visayas daily"], "village leaders"), items[2]]) == \
        ("new people s army", "visayas daily")


def _told(item, published, *numbers):
    """An item published on a day, telling (kind, min, max) numbers."""
    return dict(item, published=published,
                quantities=[{"kind": k, "min": lo, "max": hi, "side": None} for k, lo, hi in numbers])


def test_a_later_uncited_report_reminds_its_outlets_cited_one():
    cited = _told(_item("g1", ["delta courier"], "a navy spokesman"), "2023-05-02", ("fatalities", 4, 4))
    later = _told(_item("g2", ["delta courier"]), "2023-05-12", ("fatalities", 4, 4))  # retold in a feature
    other = _told(_item("g3", ["river wire"], "the Rivers Liberation Front"), "2023-05-03")
    assert claim_voices([cited, later, other]) == ("navy", "rivers liberation front")
    # a later report that tells no number at all reminds as well
    assert claim_voices([cited, _told(later, "2023-05-12"), other]) == ("navy", "rivers liberation front")
    # the number itself is compared, not the kind alone: four killed is not five killed, nor four to six
    for numbers in [("fatalities", 5, 5), ("fatalities", 4, 6), ("injured", 4, 4)]:
        assert claim_voices([cited, _told(later, "2023-05-12", numbers), other]) == \
            ("delta courier", "navy", "rivers liberation front"), numbers


def test_an_earlier_uncited_report_stays_the_outlets_own_voice():
    # the outlet reported the raid on its own first; days later its story of the group's denial recalls
    # that the navy had blamed the group: the first report does not become the navy's
    first = _told(_item("g1", ["delta courier"]), "2023-05-02", ("injured", 6, 6))
    recall = _told(_item("g2", ["delta courier"], "the navy", modality="alleged"), "2023-05-05", ("injured", 6, 6))
    navy = _told(_item("g3", ["coast times"], "the navy"), "2023-05-02")
    assert claim_voices([first, recall, navy]) == ("delta courier", "navy")
    # the order of the items does not matter, only the days
    assert claim_voices([navy, recall, first]) == ("delta courier", "navy")


def test_a_later_uncited_report_with_new_numbers_is_the_outlets_own_reporting():
    cited = _told(_item("g1", ["delta courier"], "a navy spokesman"), "2023-05-02", ("fatalities", 4, 4))
    revised = _told(_item("g2", ["delta courier"], "residents"), "2023-05-09", ("fatalities", 9, 9))
    assert claim_voices([cited, revised]) == ("delta courier", "navy")


def test_the_same_day_is_not_later():
    cited = _told(_item("g1", ["delta courier"], "a navy spokesman"), "2023-05-02")
    same = _told(_item("g2", ["delta courier"], "witnesses"), "2023-05-02")
    assert claim_voices([cited, same]) == ("delta courier", "navy")


def test_with_no_dates_the_numbers_alone_decide_a_reminder():
    cited = _told(_item("g1", ["delta courier"], "a navy spokesman"), None, ("fatalities", 4, 4))
    assert claim_voices([cited, _told(_item("g2", ["delta courier"]), None, ("fatalities", 4, 4))]) == ("navy",)
    assert claim_voices([cited, _told(_item("g2", ["delta courier"]), None, ("fatalities", 7, 7))]) == \
        ("delta courier", "navy")


# --- one voice per body however it is named ---------------------------------------------------------


def _said_by(*claimants, country=None):
    """One claim told by one outlet per claimant (hand-built items), all in ``country``."""
    return [dict(_item(f"g{n}", [f"outlet {n}"], c), country=country) for n, c in enumerate(claimants)]


@pytest.mark.parametrize("names", [
    ("The National Police", "Colombia's National Police", "the police"),
    ("the army", "the Nigerian Army", "Nigeria's military"),
    ("the ministry", "the defence ministry", "Ukraine's Ministry of Defence"),
    ("the Ministry of Defense", "the defence ministry", "the MoD"),
    ("the UN", "the United Nations", "a UN spokesman"),
    ("Amnesty", "Amnesty International"),
    ("the Armed Forces of the Philippines (AFP)", "the AFP"),
    ("Sudan's army", "the Sudanese army"),
    ("the Nigeria Police Force", "the Nigerian police", "a police spokesman"),
    ("Mali's junta", "the Malian government"),
])
def test_names_of_one_body_are_one_voice(names):
    assert len(claim_voices(_said_by(*names))) == 1
    # the country of the claim changes nothing where no other country is named
    assert len(claim_voices(_said_by(*names, country="CO"))) == 1


@pytest.mark.parametrize("names", [
    ("Colombia's army", "Venezuela's army"),
    ("the police", "the army"),
    ("the National Police", "the army"),
    ("the Ministry of Defence", "the Ministry of the Interior"),
    ("Colombia's National Police", "Venezuela's National Police"),
    ("the UN", "Amnesty International"),
])
def test_different_bodies_stay_two_voices(names):
    assert len(claim_voices(_said_by(*names))) == 2


def test_a_head_word_alone_is_the_one_body_of_that_head_or_stays_apart():
    assert claim_voices(_said_by("the ministry", "the defence ministry")) == ("defence ministry",)
    # two ministries: which one "the ministry" is cannot be told
    assert len(claim_voices(_said_by("the ministry", "the defence ministry", "the interior ministry"))) == 3


def test_a_body_with_no_country_beside_two_countries_bodies_is_the_claims_country():
    names = ("Colombia's National Police", "Venezuela's National Police", "The National Police")
    assert claim_voices(_said_by(*names, country="CO")) == ("colombia national police", "venezuela national police")
    # told in no one country, the bare name could be either: it stays apart
    assert len(claim_voices(_said_by(*names))) == 3


def test_an_acronym_is_the_body_a_report_of_the_claim_spells_it_out_as_not_the_agency_it_shares_letters_with():
    army = "the Armed Forces of the Philippines (AFP)"
    # "the AFP said": written as a body is, and spelled out as the army in the claim
    assert len(claim_voices(_said_by(army, "the AFP"))) == 1
    # "AFP reported" is the news agency (the registry reads it so): a second voice
    agency = dict(_item("g9", ["manila ledger"], "AFP", key="a:afp"))
    assert claim_voices([*_said_by(army), agency]) == ("agence france presse", "filipino armed forces")
    # with nothing spelled out, "the AFP" is what the registry reads it as
    assert claim_voices(_said_by("the AFP")) == ("agence france presse",)


def test_a_countrys_army_and_rulers_are_the_registrys_and_other_bodies_carry_the_country():
    assert claimant_voice("Nigeria's military") == claimant_voice("the Nigerian Army") == "nigerian armed forces"
    assert claimant_voice("Mali's junta") == "government of mali"
    assert claimant_voice("Colombia's National Police") == claimant_voice("the Colombian National Police") == \
        "colombia national police"
    assert claimant_voice("the Ministry of Defence of Ukraine") == "ukraine defence ministry"
    # a country's name inside a group's name is no country of a body ("Niger Delta Avengers")
    assert claimant_voice("Niger Delta Avengers") == "niger delta avengers"


@pytest.mark.parametrize("who", ["a local health worker", "aid workers", "a humanitarian worker",
                                 "two medical workers", "rescue workers"])
def test_a_worker_of_a_field_is_the_outlets_voice(who):
    assert claimant_voice(who) is None


@pytest.mark.parametrize(("who", "body"), [("a health official", "health"), ("a hospital worker", "hospital"),
                                           ("a council worker", "council")])
def test_an_official_of_a_field_or_a_worker_of_a_body_keeps_the_body(who, body):
    assert claimant_voice(who) == body


@pytest.mark.parametrize("claimant, voice", [
    ("one of the sources", None),  # some of the outlet's unnamed sources: its own reporting
    ("two of the security sources", None),
    ("one of the residents", None),
    ("one of the officials of the ministry of defence", claimant_voice("an official of the ministry of defence")),
    ("one of the militias", "one of the militias"),  # an unnamed party keeps its words (relayed claimants)
])
def test_one_of_several_speakers_speaks_as_they_do(claimant, voice):
    assert claimant_voice(claimant) == voice
