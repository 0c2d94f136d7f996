"""Sub-national state forces, gendarmes and local defence groups (invented sentences, blank pipeline)."""

from __future__ import annotations

import pytest

from footprint.actors import find_actors


def found(nlp, text):
    return [(m.text, m.actor_id, m.type) for m in find_actors(nlp(text))]


@pytest.mark.parametrize("text,span,expected", [
    ("Puntland forces shelled a hideout in the hills.", "Puntland forces", "puntland_forces"),
    ("Jubaland troops entered the town at dawn.", "Jubaland troops", "jubaland_forces"),
    ("Galmudug security forces said two soldiers died.", "Galmudug security forces", "galmudug_forces"),
    ("Somaliland's army moved tanks to the front.", "Somaliland's army", "somaliland_forces"),
    ("SSC-Khaatumo fighters held the ridge.", "SSC-Khaatumo fighters", "ssc_khaatumo"),
    ("The Kurdistan Regional Government condemned the raid.", "Kurdistan Regional Government", "krg"),
    ("Yan Sa-Kai vigilantes burned the market.", "Yan Sa-Kai vigilantes", "yan_sakai"),
    ("Ronderos detained a suspect near the square.", "Ronderos", "rondas_campesinas"),
])
def test_sub_national_forces_and_local_groups_have_their_own_entries(nlp, text, span, expected):
    got = found(nlp, text)
    assert any(t == span and i == expected for t, i, _ in got), got


def test_a_state_name_alone_is_no_force(nlp):
    # the state is a place: only its forces are an entry
    assert not any(i == "puntland_forces" for _, i, _ in found(nlp, "Aid reached Puntland on Monday."))


@pytest.mark.parametrize("text,span", [
    ("Chadian gendarmes stopped the bus at a checkpoint.", "Chadian gendarmes"),
    ("The gendarmerie arrested four men in the town.", "gendarmerie"),
    ("Two gendarmes were wounded in the ambush.", "gendarmes"),
])
def test_gendarmes_are_a_state_force_the_registry_does_not_list(nlp, text, span):
    got = found(nlp, text)
    assert (span, None, "state_force") in got, got
    assert not any((i or "").startswith("armed_forces.") for _, i, _ in got)


@pytest.mark.parametrize("text", ["Gunmen burned a gendarmerie post.", "A police checkpoint was attacked at night."])
def test_gendarmerie_or_police_before_a_facility_is_no_actor(nlp, text):
    assert not any(t.lower().startswith(("gendarm", "police")) for t, _, _ in found(nlp, text))


def test_soldiers_beside_gendarmes_stay_the_armed_forces(nlp):
    got = found(nlp, "Togolese soldiers and gendarmes patrolled the border.")
    assert ("Togolese soldiers", "armed_forces.tg", "state_force") in got
