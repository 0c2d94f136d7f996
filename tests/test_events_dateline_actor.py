"""A dateline's town is where a report was filed, never a side of its event (invented text, blank pipeline)."""

from __future__ import annotations

from footprint.events.records import _off_dateline
from footprint.model import EventActor


def _actor(text: str, body: str, role: str = "actor") -> EventActor:
    start = body.index(text)
    return EventActor(name=text, role=role, text=text, start=start, end=start + len(text))


def test_the_dateline_town_taken_for_a_subject_is_dropped(blank_nlp):
    body = "LICHINGA, Mozambique - Insurgents burned houses in a village on Sunday."
    doc = blank_nlp(body)
    town, group = _actor("LICHINGA", body), _actor("Insurgents", body)
    assert _off_dateline(doc, [town, group]) == [group]


def test_a_name_in_capitals_that_opens_no_dateline_stays(blank_nlp):
    body = "JNIM fighters burned houses in a village on Sunday, residents said."
    doc = blank_nlp(body)
    group = _actor("JNIM", body)
    assert _off_dateline(doc, [group]) == [group]
    body = "Residents said.\n\nGAO, Mali - Gunmen killed two traders near the market, and JNIM claimed it."
    doc = blank_nlp(body)
    later = _actor("JNIM", body)
    assert _off_dateline(doc, [later, _actor("GAO", body)]) == [later]
