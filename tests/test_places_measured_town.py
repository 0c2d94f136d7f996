""""Velmora, a town 80 km east of Harvel, ... before troops retook the town": when the gazetteer lacks the town the
text situates, "the town" is the place the offset gives, not the town it is measured from (nor the dateline's town,
which is where the copy was filed). A town the gazetteer holds before the offset keeps the reference.

Invented sentences and names, hand-built mentions: no model, no gazetteer file."""

from __future__ import annotations

from footprint.model import Place, PlaceMention
from footprint.places.relative import relative_mentions
from footprint.places.reference import reference_mentions


def _lit(text: str, name: str, lat: float, lon: float) -> PlaceMention:
    at = text.index(name)
    return PlaceMention(at, at + len(name), name, Place(name.title(), lat, lon, "ZZ", "town"), kind="literal")


def _the_town(text: str, mentions: list[PlaceMention]) -> PlaceMention:
    relative = relative_mentions(text, mentions, {"ZZ": 1.0})
    refs = reference_mentions(text, mentions, {"ZZ": 1.0}, None, relative)
    return next(m for m in refs if m.text == "the town")


def test_the_town_is_the_place_measured_from_the_landmark():
    t = "Fighters seized Velmora, a town 80 km east of Harvel, on Wednesday before troops retook the town."
    m = _the_town(t, [_lit(t, "Harvel", 12.0, 3.0)])
    assert m.place.precision == "area" and m.place.lon > 3.5 and "80 km east of Harvel" in m.place.name


def test_a_dateline_town_before_the_landmark_is_not_the_town_meant():
    t = ("KESSA, Zedland - Fighters seized Velmora, a town 80 km east of Harvel, on Wednesday before troops "
         "retook the town.")
    m = _the_town(t, [_lit(t, "KESSA", 11.0, 1.0), _lit(t, "Harvel", 12.0, 3.0)])
    assert m.place.precision == "area" and m.place.lon > 3.5


def test_a_known_town_before_the_landmark_keeps_the_reference():
    t = "Fighters seized Orbin, a town 80 km east of Harvel, on Wednesday before troops retook the town."
    m = _the_town(t, [_lit(t, "Orbin", 12.0, 3.7), _lit(t, "Harvel", 12.0, 3.0)])
    assert m.place.name == "Orbin" and m.place.precision == "town"


def test_an_offset_that_glosses_no_name_leaves_the_town_its_landmark():
    t = "Shelling was heard 80 km east of Harvel on Monday. Residents said the town was calm."
    m = _the_town(t, [_lit(t, "Harvel", 12.0, 3.0)])
    assert m.place.name == "Harvel" and m.place.precision == "town"
