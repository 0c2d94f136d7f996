"""A nationality before a private-military-company word ("Russian contractors"), "vigilantes" that only stand for
a local self-defence group, a "<word>-led" administration that is no state's government, and "insurgents" that
are never a company's men. Hand-built docs on invented sentences, no model."""

from __future__ import annotations

import pytest
import spacy

from footprint import nlp as nlp_mod
from footprint.actors import find_actors, registry


@pytest.fixture(scope="module")
def reg():
    return registry()


def _found(text: str, meta: dict | None = None):
    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    doc = pipe.make_doc(text)
    for _, proc in pipe.pipeline:
        doc = proc(doc)
    nlp_mod.prepare(doc, meta or {"dct": "2024-06-01"})
    return [(m.text, m.actor_id, m.type) for m in find_actors(doc)]


# --- a nationality before a PMC word ----------------------------------------------------------------------------


def test_nationality_contractors_are_the_company_of_that_country_the_text_names():
    got = _found("Africa Corps instructors landed in Niamey, and officials said the Russian contractors would "
                 "train local units.")
    assert ("Russian contractors", "africa_corps", "pmc") in got
    assert not any(t == "Russian" for t, _, _ in got)  # not Russia, not its army


def test_a_singular_private_military_contractor_after_its_name():
    got = _found("Sadat, the Turkish private military contractor, opened an office in Tripoli.")
    assert ("Turkish private military contractor", "sadat", "pmc") in got


def test_nationality_mercenaries_with_no_company_named_are_an_unknown_pmc():
    got = _found("Russian mercenaries burned the market in the village.")
    assert got == [("Russian mercenaries", None, "pmc")]
    assert ("Russian mercenaries", None, "pmc") in _found("Sixty Russian mercenaries arrived at the base.")


def test_a_company_of_another_country_is_not_taken():
    got = _found("Dyck Advisory Group pilots flew over the coast, and the Russian contractors stayed in port.")
    assert ("Russian contractors", None, "pmc") in got


def test_nationality_on_soldiers_stays_the_state_forces():
    got = _found("Russian soldiers crossed the river.")
    assert ("Russian soldiers", "armed_forces.ru", "state_force") in got


# --- vigilantes ---------------------------------------------------------------------------------------------------


def test_vigilantes_do_not_take_a_cartel_named_before():
    got = _found("Members of the Knights Templar ambushed two police officers, while vigilantes blocked the road.")
    assert ("vigilantes", None, "armed_group") in got
    assert ("Members of the Knights Templar", "knights_templar", "armed_group") in got


def test_the_vigilantes_do_not_take_a_jihadist_group_named_before():
    got = _found("JNIM fighters raided the market, and the vigilantes withdrew to the next village.")
    assert ("vigilantes", None, "armed_group") in got


def test_the_vigilantes_take_a_self_defence_group_named_before():
    got = _found("Koglweogo members held two herders overnight, and the vigilantes freed them at dawn.")
    assert ("vigilantes", "koglweogo", "armed_group") in got
    got = _found("CJTF members handed a suspect to soldiers, the vigilantes' leader told reporters.")
    assert ("vigilantes", "cjtf", "armed_group") in got


def test_vigilantes_after_a_group_name_are_that_group():
    assert _found("CJTF vigilantes handed a suspect to soldiers.")[0] == ("CJTF vigilantes", "cjtf", "armed_group")


def test_self_defence_entries_carry_their_kind(reg):
    assert {a.id for a in reg.actors.values() if a.kind == "vigilante"} >= {"cjtf", "koglweogo", "yan_sakai"}
    assert all(reg.get(i).type == "armed_group" for i in ("cjtf", "koglweogo", "dozo", "rondas_campesinas"))


# --- a "-led" administration ----------------------------------------------------------------------------------


def test_a_led_administration_is_no_state_government():
    meta = {"dct": "2024-06-01", "places_focus": {"SY": 1.0}}
    got = _found("Police detained a reporter in Raqqa, and the Kurdish-led administration said he had no permit.", meta)
    assert ("Kurdish-led administration", None, "government") in got


def test_a_military_led_government_stays_the_state_government():
    meta = {"dct": "2024-06-01", "places_focus": {"ML": 1.0}}
    got = _found("Troops patrolled the capital, and the military-led government said order was restored.", meta)
    assert ("government", "government.ml", "government") in got


# --- insurgents -----------------------------------------------------------------------------------------------


def test_insurgents_are_never_a_company_named_before_them():
    got = _found("Dyck Advisory Group helicopters fired on insurgents near the coast.")
    assert ("insurgents", None, "armed_group") in got
    got = _found("An RSF convoy shelled the town, killing dozens of fighters.")
    assert ("fighters", "rsf", "armed_group") in got


# --- sub-national governments ---------------------------------------------------------------------------------


def test_a_state_or_regional_government_is_no_national_government():
    meta = {"dct": "2024-06-01", "places_focus": {"MX": 1.0}}
    got = _found("Gunmen burned two trucks, and the state government asked for more federal troops.", meta)
    assert ("state government", None, "government") in got
    got = _found("Gunmen burned two trucks, and the regional authorities closed the road.", meta)
    assert ("regional authorities", None, "government") in got
    got = _found("Gunmen burned two trucks, and the government closed the road.", meta)
    assert ("government", "government.mx", "government") in got
