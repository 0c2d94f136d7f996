"""Twelfth round: the items of a roundup, parts of a day after the story moved, a week to a day, "a night"
before a noun (invented sentences)."""

from __future__ import annotations

from datetime import date

import spacy
from spacy.tokens import Doc

from footprint.dates import DatesComponent, tag
from footprint.nlp import register_extensions

PUBLISHED = "2024-03-20"  # a Wednesday


def values(text: str, dct: str = PUBLISHED, items=()) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, date.fromisoformat(dct), items=items).timexes]


def value_of(found: list[tuple[str, str]], text: str, nth: int = 0) -> str:
    return [v for t, v in found if t == text][nth]


ROUNDUP = ("Weekly security notes.\n\n"
           "KIDAL, 12 March — Gunmen attacked a water point on Monday, herders said.\n\n"
           "Chad: rebels seized a ferry crossing on Monday, a local official said.")


def test_an_item_without_a_date_of_its_own_keeps_the_publication_date():
    second = ROUNDUP.index("Chad:")
    found = values(ROUNDUP, items=(0, ROUNDUP.index("KIDAL"), second))
    assert value_of(found, "Monday", 0) == "2024-03-11"  # the Monday before the dateline's 12 March
    assert value_of(found, "Monday", 1) == "2024-03-18"  # the Monday before publication


def test_with_no_items_the_dateline_still_governs_what_follows():
    found = values(ROUNDUP)
    assert value_of(found, "Monday", 1) == "2024-03-11"


def test_a_weekday_in_a_datelines_bracket_is_the_items_day():
    text = ("Round-up.\n\nGAO (Monday) — Gunmen burned a market yesterday, traders said. On Saturday a bridge was "
            "blown up.\n\nMOPTI (Wednesday) — Two soldiers died last night.")
    found = values(text)
    assert value_of(found, "Monday") == "2024-03-18"
    assert value_of(found, "yesterday") == "2024-03-17"
    assert value_of(found, "Saturday") == "2024-03-16"
    assert value_of(found, "last night") == "2024-03-19TNI"


def test_a_bracket_that_is_an_agency_or_a_next_weekday_is_no_filing_day():
    found = values("GAO (Reuters) — Gunmen burned a market yesterday, traders said.")
    assert value_of(found, "yesterday") == "2024-03-19"
    found = values("GAO (next Monday) — Gunmen will meet elders yesterday.")
    assert value_of(found, "yesterday") == "2024-03-19"


def test_at_dawn_takes_the_day_told_before_it_in_the_same_item_only():
    text = ("Sahel watch\n\nMali: gunmen attacked a market on Friday, residents said. At dawn soldiers arrived.\n\n"
            "Niger: at dawn, rebels attacked a post near the border.")
    found = values(text, items=(0, text.index("Niger")))
    assert value_of(found, "dawn", 0) == "2024-03-15TMO"
    assert value_of(found, "dawn", 1) == "2024-03-20TMO"  # no day told in its own item: the report date
    assert value_of(values(text), "dawn", 1) == "2024-03-15TMO"  # one story: the day told last


def test_a_day_the_lead_paragraph_tells_frames_every_item():
    text = ("PROVINCE BRIEF - Wednesday 20 March 2024 (incidents of 19 March unless stated)\n\n"
            "- Kaya: a patrol was ambushed in the afternoon; two soldiers killed.\n"
            "- Dori: gunmen looted a clinic on Sunday.\n\n"
            "- Djibo: drones struck a depot before dawn.")
    found = values(text, items=(0, text.index("- Dori"), text.index("- Djibo")))
    assert value_of(found, "the afternoon") == "2024-03-19TAF"
    assert value_of(found, "dawn") == "2024-03-19TMO"  # the lead's day, not the Sunday of the item before


def test_parts_of_the_day_take_the_day_the_story_moved_to():
    found = values("The convoy left on Monday. That evening it was ambushed near the river. "
                   "Overnight the rebels withdrew.")
    assert value_of(found, "That evening") == "2024-03-18TEV"
    found = values("On Saturday militants seized the road. Soldiers retook it in the morning.")
    assert value_of(found, "the morning") == "2024-03-16TMO"
    assert value_of(values("The town was shelled at dawn, residents said."), "dawn") == "2024-03-20TMO"


def test_the_week_to_a_day_is_a_week_long_duration_and_the_day_is_its_own_timex():
    found = tag("Displacement rose in the week to Sunday, monitors said.", PUBLISHED).timexes
    assert [(t.text, t.type, t.value) for t in found] == [
        ("the week", "DURATION", "P1W"), ("Sunday", "DATE", "2024-03-17")]
    assert (found[0].interval_start, found[0].interval_end) == ("2024-03-11", "2024-03-17")
    found = tag("Prices fell in the week ending Friday.", PUBLISHED).timexes
    assert (found[0].interval_start, found[0].interval_end) == ("2024-03-09", "2024-03-15")


def test_a_week_with_no_day_after_it_stays_a_week():
    assert values("Prices fell during the week, traders said.") == [("the week", "2024-W12")]


def test_night_before_a_noun_is_no_timex():
    assert values("The fighters began a night march toward the hills.") == []
    assert values("Troops mounted a night raid on the camp.") == []


def test_a_night_as_a_length_stays_a_duration():
    for text in ("They spent a night in the forest.", "The siege lasted a night and a day.",
                 "They held out for a night before help came."):
        assert ("a night", "P1D") in values(text), text


def test_the_dates_component_reads_the_items_the_places_stage_split(monkeypatch):
    register_extensions()
    nlp = spacy.blank("en")
    doc = nlp(ROUNDUP)
    doc._.fp_meta = {"doc_id": "roundup", "dct": PUBLISHED}
    second = ROUNDUP.index("Chad:")

    class _Item:
        def __init__(self, start):
            self.start = start

    monkeypatch.setattr("footprint.places.items.items", lambda d: (_Item(0), _Item(second)))
    DatesComponent()(doc)
    mondays = [t.value for t in doc._.fp_timexes if t.text == "Monday"]
    assert mondays == ["2024-03-11", "2024-03-18"]


def test_the_dates_component_with_one_story_is_as_before():
    register_extensions()
    doc: Doc = spacy.blank("en")(ROUNDUP)
    doc._.fp_meta = {"doc_id": "roundup", "dct": PUBLISHED}
    DatesComponent()(doc)
    assert [t.value for t in doc._.fp_timexes if t.text == "Monday"] == ["2024-03-11", "2024-03-11"]
