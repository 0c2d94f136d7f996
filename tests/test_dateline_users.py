"""What the places stage does with the datelines ``footprint.dateline`` reads: the filing town yields to a place
its sentence names, in every item of a bulletin and in any case or script; a part of town told with no town is
a part of the town of its item's dateline. Hand-built index and blank pipeline: no model, no shared data."""

from __future__ import annotations

import pytest

from footprint import testing
from footprint.places import event_location
from footprint.places.reference import dateline_town

# real coordinates, rounded populations
PLACES = [
    ("Ethiopia", 8.0, 38.0, "ET", "A.PCLI", "country", 110_000_000, {"radius_km": 600.0}),
    ("Colombia", 4.0, -72.0, "CO", "A.PCLI", "country", 50_000_000, {"radius_km": 700.0}),
    ("Bahir Dar", 11.59, 37.39, "ET", "P.PPL", "town", 350_000, {}),
    ("Debre Markos", 10.35, 37.73, "ET", "P.PPL", "town", 90_000, {}),
    ("Dejen", 10.17, 38.13, "ET", "P.PPL", "town", 10_000, {}),
    ("San José del Guaviare", 2.57, -72.64, "CO", "P.PPLA", "town", 50_000, {"alts": ["San Jose del Guaviare"]}),
    ("Villavicencio", 4.14, -73.63, "CO", "P.PPLA", "town", 500_000, {}),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return testing.gazetteer(tmp_path_factory.mktemp("gaz") / "datelines.sqlite",
                             testing.place_rows(PLACES))


def run(gaz, text):
    return testing.run_places(gaz, text)


def located(gaz, text: str, sentence: str, trigger: str) -> str | None:
    doc = run(gaz, text)
    s = text.index(sentence)
    t = text.index(trigger, s)
    loc = event_location(doc, s, s + len(sentence), t, t + len(trigger))
    return loc.name if loc else None


BULLETIN = ("BAHIR DAR, 4 June (Amhara Wire) — The week in brief:\n\n"
            "DEBRE MARKOS — Gunmen burned two trucks in Dejen on Tuesday, traders said.\n\n"
            "DEBRE MARKOS — Gunmen burned a school on Wednesday, residents said.\n\n")


def test_every_item_of_a_bulletin_files_from_its_own_town(gaz):
    # the item's town yields to the place its sentence names ...
    assert located(gaz, BULLETIN, "DEBRE MARKOS — Gunmen burned two trucks in Dejen on Tuesday", "burned") == "Dejen"
    # ... and locates the event when the sentence names none
    assert located(gaz, BULLETIN, "DEBRE MARKOS — Gunmen burned a school on Wednesday", "burned") == "Debre Markos"


@pytest.mark.parametrize("opening", ["SAN JOSÉ DEL GUAVIARE, Colombia — ", "San José del Guaviare, 3 March 2024 – ",
                                     "SAN JOSÉ DEL GUAVIARE, Colombia (AFP) - "])
def test_the_filing_town_yields_in_any_case_and_script(gaz, opening):
    text = opening + "Rebels killed three soldiers in Villavicencio on Tuesday, the army said."
    assert located(gaz, text, text, "killed") == "Villavicencio"
    alone = opening + "Rebels killed three soldiers on Tuesday, the army said."
    assert located(gaz, alone, alone, "killed") == "San José del Guaviare"


def test_a_capitalised_name_and_a_dash_is_no_filing_town(gaz):
    # "Bahir Dar —" in ordinary case with no day, agency or country is an aside, not a dateline
    text = "Bahir Dar — the town the army retook — was calm, but gunmen killed three traders in Dejen."
    doc = run(gaz, text)
    assert dateline_town(text, doc._.fp_places) is None


def test_a_part_of_town_is_a_part_of_its_items_dateline_town(gaz):
    text = ("BAHIR DAR, Ethiopia, June 2 — Talks stalled.\n\n"
            "DEBRE MARKOS — Gunmen opened fire in the Kerrow district on Sunday.")
    doc = run(gaz, text)
    parts = [(m.text, m.place.name) for m in doc._.fp_places if m.kind == "nominal"]
    assert ("Kerrow district", "Kerrow district, Debre Markos") in parts
    assert dateline_town(text, doc._.fp_places).place.name == "Bahir Dar"
    assert dateline_town(text, doc._.fp_places, text.index("Kerrow")).place.name == "Debre Markos"
    # before any dateline there is no filing town
    assert dateline_town(text, doc._.fp_places, 0) is None


@pytest.mark.parametrize("opening", ["BAHIR DAR / DEBRE MARKOS — ", "BAHIR DAR/DEBRE MARKOS, Ethiopia (AFP) — "])
def test_a_reporters_town_and_desk_file_from_the_first(gaz, opening):
    # the second town of a slash-joined dateline is the desk: it never places the event
    alone = opening + "Gunmen burned a school on Wednesday, residents said."
    assert located(gaz, alone, alone, "burned") == "Bahir Dar"
    assert dateline_town(alone, run(gaz, alone)._.fp_places).place.name == "Bahir Dar"
    named = opening + "Gunmen burned a school in Dejen on Wednesday, residents said."
    assert located(gaz, named, named, "burned") == "Dejen"
