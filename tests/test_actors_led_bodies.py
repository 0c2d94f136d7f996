"""A "<demonym>-led" operation, an organisation's office the registry does not name, and a report's country not
taken from a "<demonym>-brokered" compound. Hand-built docs, no model."""

from __future__ import annotations

from types import SimpleNamespace

import spacy

from footprint import nlp as nlp_mod
from footprint.actors import find_actors
from footprint.actors.focus import places_focus


def _doc(text: str, meta: dict | None = None, places=()):
    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    doc = pipe(text)
    nlp_mod.prepare(doc, meta or {})
    doc._.fp_places = list(places)
    return doc


def _mentions(text: str, meta: dict | None = None):
    return [(m.text, m.actor_id, m.type) for m in find_actors(_doc(text, meta))]


def test_led_force_is_the_operation_where_the_report_is():
    got = _mentions("Gangs vowed to fight the Kenyan-led force near the capital.",
                    {"dct": "2024-10-01", "places_focus": {"HT": 1.0}})
    assert ("Kenyan-led force", "mss_haiti", "igo") in got


def test_led_force_with_no_operation_there_is_an_unknown_operation():
    got = _mentions("Rebels ambushed the Nigerian-led force near the border.",
                    {"dct": "2024-10-01", "places_focus": {"IS": 1.0}})
    assert ("Nigerian-led force", None, "igo") in got


def test_other_compounds_stay_descriptions():
    assert _mentions("Russian-made drones hit a depot.") == []


def test_unnamed_office_of_an_organisation_is_an_unknown_body():
    got = _mentions("Gunmen killed nine people, the UN human rights office said.")
    assert ("UN human rights office", None, "igo") in got
    assert not any(a == "united_nations" for _, a, _ in got)


def test_named_agency_and_the_organisation_itself_keep_their_ids():
    assert ("UN refugee agency", "unhcr", "igo") in _mentions("The UN refugee agency said 300 people fled.")
    assert ("UN", "united_nations", "igo") in _mentions("The UN said 300 people fled.")


def _place(text: str, word: str, cc: str, kind: str = "demonym"):
    s = text.index(word)
    return SimpleNamespace(start=s, end=s + len(word), kind=kind, place=SimpleNamespace(country=cc))


def test_brokered_nationality_is_not_where_the_report_is():
    text = "Rebels attacked army positions after a Chinese-brokered truce collapsed."
    doc = _doc(text, {"places_focus": {"CN": 1.0}}, [_place(text, "Chinese", "CN")])
    assert places_focus(doc) == {}


def test_nationality_named_otherwise_stays_in_focus():
    text = "Chinese troops crossed after a Chinese-brokered truce collapsed."
    s = text.index("Chinese-")
    brokered = SimpleNamespace(start=s, end=s + 7, kind="demonym", place=SimpleNamespace(country="CN"))
    doc = _doc(text, {"places_focus": {"CN": 1.0}}, [_place(text, "Chinese", "CN"), brokered])
    assert places_focus(doc) == {"CN": 1.0}
