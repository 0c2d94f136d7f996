"""Event places that decide whether two reports of one incident meet: a town the parser ran into an
organisation's name, a department that is first-level in one country and second-level in another, a town the
gazetteer knows once with no census figure, a hospital or a grave far from the attack, a town told by its
entrance or outskirts, and a town written as one word. Invented sentences, a tiny gazetteer, blank Docs."""

from __future__ import annotations

import pytest

from footprint import testing
from footprint.model import Place, PlaceMention
from footprint.places import event_location
from footprint.places.gazetteer import SPLIT_NAME_MAX, split_spellings
from footprint.places.locate import treated_at

# real coordinates, rounded populations
PLACES = [
    ("Syria", 35.0, 38.0, "SY", "A.PCLI", "country", 22_000_000, {"demonyms": ["Syrian"], "radius_km": 300.0}),
    ("Turkey", 39.0, 35.0, "TR", "A.PCLI", "country", 84_000_000, {"demonyms": ["Turkish"], "radius_km": 700.0}),
    ("Hasakah", 36.50, 40.75, "SY", "P.PPL", "town", 188_000, {}),
    ("Peru", -10.0, -76.0, "PE", "A.PCLI", "country", 33_000_000, {"demonyms": ["Peruvian"], "radius_km": 900.0}),
    ("Ayacucho", -13.16, -74.22, "PE", "P.PPL", "town", 180_000, {"admin1": "05"}),
    ("Ayacucho", -13.9, -74.1, "PE", "A.ADM1", "region", 660_000, {"admin1": "05"}),
    ("Huanta", -12.94, -74.25, "PE", "P.PPL", "town", 0, {"admin1": "05"}),
    ("Colombia", 4.0, -73.25, "CO", "A.PCLI", "country", 50_000_000, {"demonyms": ["Colombian"], "radius_km": 700.0}),
    ("Tame", 6.46, -71.73, "CO", "P.PPL", "town", 0, {}),
    ("Burkina Faso", 12.5, -1.67, "BF", "A.PCLI", "country", 21_000_000, {"demonyms": ["Burkinabe"], "radius_km": 400.0}),
    ("Kaya", 13.09, -1.08, "BF", "P.PPL", "town", 120_000, {}),
    ("Ouagadougou", 12.37, -1.53, "BF", "P.PPLC", "town", 2_400_000, {}),
    ("Gorom Gorom", 14.44, -0.24, "BF", "P.PPL", "town", 7_000, {}),
    ("Cameroon", 6.0, 12.0, "CM", "A.PCLI", "country", 27_000_000, {"demonyms": ["Cameroonian"], "radius_km": 600.0}),
    ("Kousseri", 12.08, 15.03, "CM", "P.PPL", "town", 90_000, {}),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return testing.gazetteer(tmp_path_factory.mktemp("gaz") / "links.sqlite", testing.place_rows(PLACES),
                             regions=True)


def _doc(words, ents=(), spaces=None):
    """A one-sentence Doc with hand-set entities, every token hung on the second (the verb): (first token, end
    token, label)."""
    return testing.parsed_doc(words, heads=[1] * len(words), deps=["ROOT" if i == 1 else "dep" for i in range(len(words))],
                              ents=ents, spaces=spaces)


def _places(doc):
    return [(m.text, m.kind, m.place.name if m.place else None, m.place.precision if m.place else None)
            for m in doc._.fp_places]


# 1. a town the parser ran into an organisation's name

def test_a_town_after_near_inside_an_org_span_is_a_place(gaz):
    words = "A drone struck members of the Kessa Defence Forces near Hasakah on Monday .".split()
    doc = testing.run_places(gaz, _doc(words, ents=[(5, 11, "ORG")]))
    assert ("Hasakah", "literal", "Hasakah", "town") in _places(doc)
    loc = event_location(doc, 0, len(doc.text), doc.text.index("struck"), doc.text.index("struck") + 6)
    assert loc is not None and loc.country == "SY" and "Hasakah" in loc.name


def test_a_town_inside_an_org_name_without_near_stays_embedded(gaz):
    words = "Officials of the Bank of Hasakah said on Monday that prices rose .".split()
    doc = testing.run_places(gaz, _doc(words, ents=[(2, 6, "ORG")]))
    assert ("Hasakah", "embedded", "Hasakah", "town") in _places(doc)


def test_a_weapon_s_nationality_does_not_place_the_event_when_a_town_is_named(gaz):
    doc = testing.run_places(gaz, "A Turkish drone struck a car near Hasakah on Monday.")
    t = doc.text.index("struck")
    loc = event_location(doc, 0, len(doc.text), t, t + 6)
    assert loc is not None and loc.country == "SY" and loc.precision != "country"


# 2. "department": first-level in Peru or Colombia, second-level in France or Cameroon

def test_a_department_word_favours_the_region_over_its_namesake_town(gaz):
    doc = testing.run_places(gaz, "Rebels ambushed a convoy near Huanta, in Ayacucho department, on Friday.")
    found = _places(doc)
    assert ("Ayacucho", "literal", "Ayacucho", "region") in found
    t = doc.text.index("ambushed")
    loc = event_location(doc, 0, len(doc.text), t, t + 8)
    assert loc is not None and "Huanta" in loc.name and loc.precision != "region"


def test_a_bare_namesake_is_still_the_town(gaz):
    doc = testing.run_places(gaz, "Rebels ambushed a convoy in Ayacucho on Friday.")
    assert ("Ayacucho", "literal", "Ayacucho", "town") in _places(doc)


# 3. a town the gazetteer holds once, with no census figure

def test_a_lone_town_told_as_a_place_is_resolved(gaz):
    words = "Guerrillas opened fire on a patrol outside Tame late on Tuesday .".split()
    doc = testing.run_places(gaz, _doc(words, ents=[(7, 8, "GPE")]))
    assert ("Tame", "literal", "Tame", "town") in _places(doc)


def test_a_lone_town_without_a_place_phrase_or_against_the_text_stays_unresolved(gaz):
    words = "Tame said on Tuesday that talks would go on .".split()
    doc = testing.run_places(gaz, _doc(words, ents=[(0, 1, "GPE")]))
    assert not [p for p in _places(doc) if p[0] == "Tame" and p[2] is not None]
    words = "Troops in Kaya and Ouagadougou met a delegation outside Tame on Tuesday .".split()
    doc = testing.run_places(gaz, _doc(words, ents=[(9, 10, "GPE")]))
    assert not [p for p in _places(doc) if p[0] == "Tame" and p[2] is not None]


# 4. where the wounded were treated or the dead buried

@pytest.mark.parametrize("before", [
    "two of the wounded died in hospital in ", "the injured were evacuated to ", "they were buried in ",
    "taken to a hospital in ", "the morgue of ", "rushed to the clinic in ", "the victims were buried together in ",
    "the wounded were transferred urgently to ",
])
def test_places_of_treatment_and_burial(before):
    text = before + "Ouagadougou"
    m = PlaceMention(len(before), len(text), "Ouagadougou", None)
    assert treated_at(text, m)


@pytest.mark.parametrize("before", ["gunmen attacked a market in ", "clashes broke out near ", "the hospital was shelled. In ",
                                    "rebels fought together in "])
def test_other_places_are_not_treatment(before):
    text = before + "Ouagadougou"
    assert not treated_at(text, PlaceMention(len(before), len(text), "Ouagadougou", None))


def test_the_hospital_yields_to_the_attack_s_town_in_the_sentence(gaz):
    doc = testing.run_places(gaz, "The toll of the attack on Kaya rose to nine after two soldiers died in hospital "
                                  "in Ouagadougou.")
    t = doc.text.index("died")
    loc = event_location(doc, 0, len(doc.text), t, t + 4)
    assert loc is not None and loc.name == "Kaya"


def test_a_sentence_with_only_the_hospital_takes_the_site_told_elsewhere(gaz):
    text = "Gunmen attacked a market in Kaya on Monday. On Tuesday two of the wounded died in hospital in Ouagadougou."
    doc = testing.run_places(gaz, text)
    s = text.index("On Tuesday")
    t = text.index("died")
    loc = event_location(doc, s, len(text), t, t + 4)
    assert loc is not None and loc.name == "Kaya" and "treated" in loc.reasons[0]


def test_the_hospital_stands_when_the_document_names_no_other_site(gaz):
    text = "On Tuesday two soldiers died in hospital in Ouagadougou."
    doc = testing.run_places(gaz, text)
    t = text.index("died")
    loc = event_location(doc, 0, len(text), t, t + 4)
    assert loc is not None and loc.name == "Ouagadougou"


# 5. a town told by its entrance or outskirts, which the small model calls a person

def test_the_entrance_of_a_town_the_parser_took_for_a_person(gaz):
    words = "Fighters stormed the army post at the northern entrance of Kousseri late on Sunday .".split()
    doc = testing.run_places(gaz, _doc(words, ents=[(10, 11, "PERSON")]))
    assert ("Kousseri", "literal", "Kousseri", "town") in _places(doc)


def test_a_person_after_of_without_a_part_of_a_town_is_no_place(gaz):
    words = "Fighters stormed the house of Kousseri late on Sunday .".split()
    doc = testing.run_places(gaz, _doc(words, ents=[(5, 6, "PERSON")]))
    assert not [p for p in _places(doc) if p[0] == "Kousseri" and p[2] is not None]


# 6. a town written as one word

def test_split_spellings():
    assert "gorom gorom" in split_spellings("goromgorom")
    assert split_spellings("kaya") == set() and split_spellings("gorom gorom") == set()
    assert split_spellings("abc12345") == set()
    # keys grow with the square of a word's length: a hostile long word asks for none
    assert split_spellings("q" * SPLIT_NAME_MAX) and split_spellings("q" * 100_000) == set()


def test_a_town_written_as_one_word_is_found(gaz):
    found = gaz.lookup(["goromgorom", "ouagadougou"])
    assert [c.name for c in found["goromgorom"]] == ["Gorom Gorom"]
    doc = testing.run_places(gaz, "Gunmen attacked the gendarmerie in Goromgorom on Monday.")
    assert ("Goromgorom", "literal", "Gorom Gorom", "town") in _places(doc)


def test_a_joined_spelling_never_takes_a_country_or_region(gaz):
    assert not gaz.lookup(["burkinafaso"])["burkinafaso"]


def test_place_mention_without_place_is_not_treated_as_site():
    # a mention with no place is never a site; the check reads the text only
    m = PlaceMention(0, 4, "Kaya", Place("Kaya", 13.09, -1.08, "BF", "town"))
    assert not treated_at("Kaya was calm", m)
