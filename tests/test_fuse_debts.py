"""Spelling keys of placeless sentences, and the country test of ``identity.judge`` (hand-built events, no model)."""

from __future__ import annotations

from footprint.fuse import identity
from footprint.fuse.event_features import features
from footprint.fuse.identity import judge
from footprint.fuse.spelling import skeleton, spelled_keys
from footprint.model import Attribution, EventActor, EventDate
from footprint.testing import event, location

from fuse_factories import report

MONDAY = EventDate(start="2025-06-02", end="2025-06-02", precision="day")
TOWN = dict(name="Tessalit", lat=20.2, lon=1.01, country="ML", precision="town", admin1="Kidal")
ACROSS = dict(name="Bordj Badji Mokhtar", lat=21.33, lon=0.95, country="DZ", precision="town", admin1="Adrar")


def key(actor_id, name):
    return "a:" + actor_id if actor_id else "n:" + " ".join(name.lower().split())


def _event(sentence, place, *, source="wire.example", actors=(("gunmen", None),)):
    doc = report(sentence, source=source)
    people = tuple(EventActor(name=n, role="actor", text=n, id=i) for n, i in actors)
    return features(event(doc, sentence, "armed_clash", actors=people,
                          location=location(**place) if place else None, date=MONDAY,
                          attribution=Attribution(publisher=doc.source)), key)


# --- spelling keys: only the names a placeless sentence gives in a place slot -----------------------------

def test_a_placeless_sentence_keys_the_town_in_its_place_slot_only():
    keys = spelled_keys("Gunmen killed four herders near Tesalit on Monday, Desert Radio reported.",
                        None, "unknown", True)
    assert keys == {skeleton("Tesalit")}


def test_outlets_speakers_and_bodies_outside_a_slot_key_nothing():
    told = "Gunmen killed four herders on Monday, a security source told Desert Radio."
    assert spelled_keys(told, None, "unknown", True) == frozenset()
    said = "Amnesty Monitor said gunmen killed four herders, Marcus Obi wrote on Monday."
    assert spelled_keys(said, None, "unknown", True) == frozenset()
    # a slot still keys its name, and two words of one name key as one ("Dan Sadau" -> "DanSadau")
    assert skeleton("DanSadau") in spelled_keys("Gunmen raided the village of Dan Sadau.", None, "unknown", True)


def test_a_placeless_report_does_not_reach_a_town_through_an_outlet_that_spells_like_it():
    # an outlet named like the town ("Tessalit Today") is who was told, not where it happened
    placed = _event("Gunmen attacked an army post in Tessalit on Monday.", TOWN)
    loose = _event("Gunmen attacked an army post on Monday, a local official told Tessalit Today.", None)
    assert loose.placeless and not loose.spelled
    assert not any(r.startswith("place: spelled") for r in judge(placed, loose).reasons)


def test_a_town_people_were_taken_from_or_the_centre_of_a_town_is_a_place_slot():
    assert spelled_keys("Gunmen abducted 30 people from Tesalit on Monday.", None, "unknown", True) == {"tslt"}
    assert spelled_keys("A drone hit the centre of Tesalit on Monday.", None, "unknown", True) == {"tslt"}
    assert spelled_keys("Fighters reached the heart of Tesalit.", None, "unknown", True) == {"tslt"}
    # "from" a body the registries know names no town
    assert spelled_keys("Gunmen abducted 30 people, police from Mali said.", None, "unknown", True) == frozenset()


def test_spelled_keys_take_bad_text_calmly():
    for text in ("", "\x00\ufffd\x01", "in " * 5000, "In In In", "near 12345", "<script>In Gao</script>"):
        assert isinstance(spelled_keys(text, None, "unknown", True), frozenset)


# --- the country: one test in identity.judge -------------------------------------------------------------

def test_two_countries_veto_once_and_the_namesake_check_runs_only_then(monkeypatch):
    calls = []
    real = identity._misread_region

    def counting(a, b):
        calls.append((a.id, b.id))
        return real(a, b)

    monkeypatch.setattr(identity, "_misread_region", counting)
    here = _event("Gunmen attacked an army post in Tessalit on Monday.", TOWN)
    there = _event("Gunmen attacked an army post in Bordj Badji Mokhtar on Monday.", ACROSS, source="dz.example")
    j = judge(here, there)
    assert not j.match and j.veto in ("place: DZ vs ML", "place: ML vs DZ") and len(calls) == 1
    calls.clear()
    same = _event("Gunmen attacked an army post in Tessalit on Monday, residents said.", TOWN, source="r.example")
    assert judge(here, same).veto is None and calls == []  # one country: no namesake check at all
    judge(here, _event("Gunmen attacked a post on Monday.", None, source="x.example"))
    assert calls == []  # nor against an event with no country
