"""Roundups: a paragraph naming a place in another country (or, in one country, only new first-level regions)
starts a new item (``places/items.py``); a single-incident report whose later paragraphs name no new place stays
one item and its place fallback is the report's country as before. Hand-built Docs, invented names and
countries; no model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from footprint import nlp as nlp_mod
from footprint.model import Place, PlaceMention
from footprint.places import event_location
from footprint.places.items import item_at, same_item, split_items

BLANK = spacy.blank("en")

ROUNDUP = ("Zedland: gunmen killed four soldiers at a post in Orvo on Friday.\n\n"
           "Yonderia: six soldiers were killed in an attack near Kubbo on Thursday.\n\n"
           "Xanadu: a drone hit a fuel depot in Tessal on Saturday. Another drone hit a depot in Tessal.")

COUNTRIES = {"ZZ": ("Zedland", 1.0, 1.0), "YY": ("Yonderia", 2.0, 2.0), "XX": ("Xanadu", 3.0, 3.0)}


def _at(text: str, name: str, place: Place, kind: str = "literal", nth: int = 0) -> PlaceMention:
    at = -1
    for _ in range(nth + 1):
        at = text.index(name, at + 1)
    return PlaceMention(at, at + len(name), name, place, kind=kind)


def _country(text: str, name: str, code: str, kind: str = "literal") -> PlaceMention:
    n, lat, lon = COUNTRIES[code]
    return _at(text, name, Place(n, lat, lon, code, "country"), kind)


def _town(text: str, name: str, code: str, admin1: str | None = None, nth: int = 0) -> PlaceMention:
    return _at(text, name, Place(name, 5.0, 5.0, code, "town", admin1=admin1), nth=nth)


def _doc(text: str, mentions: list[PlaceMention], home: str = "XX") -> Doc:
    doc = BLANK.make_doc(text)
    nlp_mod.prepare(doc, {"places_home": home})
    # the report's main country is the last item's (most named), as in a roundup that ends on a long story
    doc._.fp_meta.update(places_focus={home: 0.6}, places_country_points={home: COUNTRIES[home]})
    doc._.fp_places = mentions
    doc._.fp_actors = []
    return doc


def _locate(doc: Doc, trigger: str, nth: int = 0):
    t = -1
    for _ in range(nth + 1):
        t = doc.text.index(trigger, t + 1)
    s = doc.text.rfind("\n", 0, t) + 1
    e = doc.text.find("\n", t)
    return event_location(doc, s, len(doc.text) if e < 0 else e, t, t + len(trigger))


def _roundup() -> Doc:
    t = ROUNDUP
    # Orvo and Kubbo are in no list: their lines name only their country, the first as a label the parser
    # read as an actor; Tessal is a town of Xanadu
    return _doc(t, [_country(t, "Zedland", "ZZ", kind="metonymic"), _country(t, "Yonderia", "YY"),
                    _country(t, "Xanadu", "XX"), _town(t, "Tessal", "XX"), _town(t, "Tessal", "XX", nth=1)])


def test_items_split_at_a_new_country_and_each_knows_its_country():
    found = split_items(ROUNDUP, _roundup()._.fp_places)
    assert [i.country for i in found] == ["ZZ", "YY", "XX"]
    assert found[0].start == 0 and found[-1].end == len(ROUNDUP)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_a_new_first_level_region_of_the_same_country_starts_an_item_and_an_old_one_does_not():
    t = ("Gunmen raided Aldo in the north.\n\nIn the south, bandits raided Berro.\n\n"
         "Troops later returned to Aldo and Berro.")
    ms = [_town(t, "Aldo", "ZZ", "01"), _town(t, "Berro", "ZZ", "02"), _town(t, "Aldo", "ZZ", "01", nth=1),
          _town(t, "Berro", "ZZ", "02", nth=1)]
    found = split_items(t, ms)
    assert len(found) == 2 and found[1].start == t.index("In the south")
    assert found[1].regions == {("ZZ", "02"), ("ZZ", "01")}


def test_a_single_incident_report_stays_one_item_and_carries_as_before():
    t = ("Gunmen attacked Aldo in Zedland on Monday.\n\nThe attackers fled on motorbikes.\n\n"
         "The army said it killed three of them. Residents said the attackers burned the market.")
    doc = _doc(t, [_town(t, "Aldo", "ZZ", "01"), _country(t, "Zedland", "ZZ")], home="ZZ")
    assert len(split_items(t, doc._.fp_places)) == 1
    assert item_at(doc, len(t) - 1) is None and same_item(doc, 0, len(t) - 1)
    loc = _locate(doc, "burned")
    assert (loc.country, loc.precision) == ("ZZ", "country")
    assert loc.reasons[0] == "no place in the sentence; the document is about Zedland"


def test_each_dateline_opens_an_item_even_in_one_country():
    t = ("ALDO, Zedland - Gunmen attacked a post on Monday.\n\n"
         "BERRO, Zedland - Bandits raided a village on Tuesday.")
    ms = [_town(t, "ALDO", "ZZ", "01"), _country(t, "Zedland", "ZZ"), _town(t, "BERRO", "ZZ", "01"),
          _at(t, "Zedland", Place("Zedland", 1.0, 1.0, "ZZ", "country"), nth=1)]
    assert [i.start for i in split_items(t, ms)] == [0, t.index("BERRO")]


def test_bad_input_gives_one_item_or_none_inside_the_text():
    for t in ["", " ", "\n\n\n", "\x00\x01\ufffd", "a\n\n" * 3000, "Zed: " * 5000]:
        found = split_items(t, [])
        assert len(found) <= 1 and all(0 <= i.start <= i.end <= len(t) for i in found)
    assert split_items("", []) == ()


def test_a_doc_with_no_places_splits_its_text_once(monkeypatch):
    import footprint.places.items as items_mod

    calls = []
    real = items_mod.split_items
    monkeypatch.setattr(items_mod, "split_items", lambda *a: calls.append(1) or real(*a))
    t = "ALDO, Zedland - Gunmen attacked a post on Monday.\n\nBERRO, Zedland - Bandits raided a village on Tuesday."
    doc = BLANK(t)
    nlp_mod.prepare(doc, {})
    for _ in range(5):
        same_item(doc, 0, len(t) - 1)
        item_at(doc, len(t) - 1)
    assert len(calls) == 1
    doc._.fp_places = [_town(t, "ALDO", "ZZ", "01")]  # a new place list is read afresh
    same_item(doc, 0, 1)
    assert len(calls) == 2


# A line's fallback place comes from its own item, never across an item break: not the sentence before or after,
# not the one site of the text, and not the report's main country when a dateline opened the line's item and that
# item names other countries only


def _locate_in(doc: Doc, sentence: str, trigger: str):
    s = doc.text.index(sentence)
    t = doc.text.index(trigger, s)
    return event_location(doc, s, s + len(sentence), t, t + len(trigger))


BULLETIN = ("ORVO, Zedland - Gunmen raided a post on Friday. The attackers burned the market.\n\n"
           "TESSAL, Xanadu - Troops clashed with rebels near Tessal. The rebels lost ten men.\n\n"
           "Xanadu's army later said Tessal was calm.")


def _bulletin(text: str = BULLETIN) -> Doc:
    t = text
    return _doc(t, [_country(t, "Zedland", "ZZ"), _country(t, "Xanadu", "XX"), _town(t, "Tessal", "XX"),
                    _at(t, "Xanadu", Place("Xanadu", 3.0, 3.0, "XX", "country"), nth=1), _town(t, "Tessal", "XX", nth=1)])


def test_a_placeless_line_does_not_take_the_main_country_of_another_dateline_item():
    loc = _locate_in(_bulletin(), "The attackers burned the market.", "burned")
    assert loc is None or loc.country == "ZZ"


def test_a_placeless_line_in_the_main_countrys_item_still_takes_it():
    loc = _locate_in(_bulletin(), "The rebels lost ten men.", "lost")
    assert loc is not None and loc.country == "XX"


def test_an_item_a_paragraph_opened_keeps_the_fallback():
    # a country named in passing may open an item; only a dateline's item is sure to be another story
    t = BULLETIN.replace("ORVO, Zedland - Gunmen", "Gunmen from Zedland").replace("TESSAL, Xanadu - ", "In Xanadu, ")
    loc = _locate_in(_bulletin(t), "The attackers burned the market.", "burned")
    assert loc is not None and loc.country == "XX"


def test_one_story_keeps_the_country_fallback():
    t = "Gunmen raided a post in Xanadu on Friday.\n\nThe attackers burned the market."
    loc = _locate_in(_doc(t, [_country(t, "Xanadu", "XX")]), "The attackers burned the market.", "burned")
    assert (loc.country, loc.precision) == ("XX", "country")


def test_the_one_site_of_another_item_is_no_burial_place_answer():
    t = ("Gunmen raided a post in Zedland on Friday. Two of the wounded died in hospital in Orvo.\n\n"
         "In Xanadu, troops clashed with rebels near Tessal.")
    doc = _doc(t, [_country(t, "Zedland", "ZZ"), _at(t, "Orvo", Place("Orvo", 1.1, 1.1, "ZZ", "town")), _country(t, "Xanadu", "XX"),
                   _town(t, "Tessal", "XX")])
    loc = _locate_in(doc, "Two of the wounded died in hospital in Orvo.", "died")
    assert loc is None or loc.country == "ZZ"


def test_odd_texts_place_nothing_across_items():
    for t in ["\n\n", "\x00\ufffd\n\n\x00", "Zedland.\n\n" * 500]:
        loc = event_location(_doc(t, []), 0, len(t), 0, 1)
        assert loc is None or loc.country == "XX"  # no item names a country: the report's own stands
