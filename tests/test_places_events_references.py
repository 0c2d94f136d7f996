"""Places told without a name ("the town", "the capital", "the Kerrow district") and place phrases
that NER or the actors stage would take: invented sentences, a tiny hand-built gazetteer, blank Docs."""

from __future__ import annotations


import pytest

from footprint import testing
from footprint.model import ActorMention, Place, PlaceMention
from footprint.places.reference import dateline_town, reference_mentions

# real coordinates, rounded populations
PLACES = [
    ("Mali", 17.0, -4.0, "ML", "A.PCLI", "country", 19_000_000, {"demonyms": ["Malian"], "radius_km": 550.0}),
    ("Libya", 27.0, 17.0, "LY", "A.PCLI", "country", 6_700_000, {"demonyms": ["Libyan"], "radius_km": 700.0}),
    ("Bamako", 12.64, -8.0, "ML", "P.PPLC", "town", 2_400_000, {}),
    ("Tripoli", 32.89, 13.19, "LY", "P.PPLC", "town", 1_300_000, {}),
    ("Misrata", 32.38, 15.09, "LY", "P.PPL", "town", 350_000, {}),
    ("Mopti", 14.49, -4.2, "ML", "P.PPL", "town", 120_000, {}),
    ("Djenne", 13.9, -4.55, "ML", "P.PPL", "town", 30_000, {}),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return testing.gazetteer(tmp_path_factory.mktemp("gaz") / "refs.sqlite",
                             testing.place_rows(PLACES))


def run(gaz, text, *, actors=()):
    return testing.run_places(gaz, text, actors=actors)


def nominal(doc):
    return [(m.text, m.place.name, m.place.precision) for m in doc._.fp_places if m.kind == "nominal"]


def test_the_town_is_the_town_told_before(gaz):
    doc = run(gaz, "Gunmen stormed a police post in Mopti on Friday.\n\nTwo days later, they burned the market town.")
    assert nominal(doc) == [("the market town", "Mopti", "town")]
    m = [m for m in doc._.fp_places if m.kind == "nominal"][0]
    assert "told before" in m.reason and m.place.country == "ML"


def test_the_town_reaches_back_one_paragraph_only(gaz):
    text = "Militants raided Djenne in May.\n\nThe army answered.\n\nLater they left the village."
    assert nominal(run(gaz, text)) == []


def test_a_named_town_or_another_town_makes_no_reference(gaz):
    doc = run(gaz, "Soldiers reached Mopti. They then entered the town of Djenne and the next village.")
    assert nominal(doc) == []
    # a reference point is not where anything happened
    doc = run(gaz, "Fighting broke out in Mopti. A camp 20 km from the town was hit.")
    assert nominal(doc) == []


def test_the_capital_is_the_named_countrys_capital(gaz):
    doc = run(gaz, "Clashes shook the Libyan capital overnight, residents of Misrata said.")
    assert ("the Libyan capital", "Tripoli", "town") in nominal(doc)
    doc = run(gaz, "Protesters marched through Libya's capital on Friday.")
    assert [n for n in nominal(doc) if n[1] == "Tripoli"]


def test_the_capital_alone_is_the_home_countrys_and_a_provincial_capital_is_a_town(gaz):
    doc = run(gaz, "Malian troops left Mopti. A blast later hit the capital.")
    assert ("the capital", "Bamako", "town") in nominal(doc)
    doc = run(gaz, "Malian troops reached Mopti. Gunmen later shelled the regional capital.")
    assert ("the regional capital", "Mopti", "town") in nominal(doc)
    doc = run(gaz, "Malian traders met in Mopti. The economic capital stayed calm.")
    assert not [n for n in nominal(doc) if n[1] == "Bamako"]


def test_a_part_of_town_is_an_area_of_the_dateline_town(gaz):
    text = ("TRIPOLI, June 2 — Gunmen opened fire in the Kerrow district on Sunday.\n\n"
            "Crowds gathered in Freedom Square. Police sealed off the district.")
    doc = run(gaz, text)
    found = nominal(doc)
    assert ("Kerrow district", "Kerrow district, Tripoli", "area") in found
    assert ("Freedom Square", "Freedom square, Tripoli", "area") not in found  # "freedom" is a generic word
    assert ("the district", "Kerrow district, Tripoli", "area") in found
    m = [m for m in doc._.fp_places if m.text == "Kerrow district"][0]
    assert m.place.radius_km and m.place.lat == pytest.approx(32.89)
    assert dateline_town(text, doc._.fp_places).place.name == "Tripoli"


def test_a_part_of_town_prefers_the_town_of_its_paragraph(gaz):
    text = "TRIPOLI, June 2 — Talks stalled.\n\nIn Misrata, shots were fired near the Zeltan market overnight."
    assert ("Zeltan market", "Zeltan market, Misrata", "area") in nominal(run(gaz, text))


def test_no_town_no_part_of_town(gaz):
    assert nominal(run(gaz, "Gunmen opened fire in the Kerrow district on Sunday.")) == []
    # a part of a named town says which town it is: the name stands
    assert nominal(run(gaz, "Soldiers searched the Kerrow neighbourhood of Mopti.")) == []


def test_neighbourhood_of_is_a_place_phrase_against_an_actor_guess(gaz):
    text = "Soldiers searched homes in the Kerrow neighbourhood of Mopti and arrested nine men."
    s = text.index("Mopti")
    guess = ActorMention(s, s + 5, "Mopti", None, "Mopti", type=None, via="ner")
    doc = run(gaz, text, actors=[guess])
    m = [m for m in doc._.fp_places if m.text == "Mopti"][0]
    assert m.kind == "literal" and m.place.name == "Mopti"


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01\x02", "the town " * 5000, "the capital", "X district",
                                  "TRIPOLI — the district district district"])
def test_odd_text_gives_no_error(gaz, text):
    doc = run(gaz, text)
    assert all(m.kind in {"literal", "nominal", "relative", "demonym", "metonymic", "embedded"} for m in doc._.fp_places)


def test_reference_mentions_without_a_gazetteer_skip_the_capital():
    town = PlaceMention(0, 5, "Mopti", Place("Mopti", 14.49, -4.2, "ML", "town"))
    text = "Mopti fell. The capital was calm and the town was empty."
    out = reference_mentions(text, [town], {"ML": 1.0}, gaz=None)
    assert [(m.text, m.place.name) for m in out] == [("the town", "Mopti")]
    assert reference_mentions("", [], {}) == []


class _NearGaz:
    """Only ``near``: towns around a point, from a fixed list."""

    def __init__(self, towns):
        self.towns = towns

    def near(self, lat, lon, km, *, feature_prefix="S."):
        from footprint.geo import distance_km
        from footprint.places.gazetteer import Candidate

        out = [Candidate(k, n, a, o, cc, None, "P.PPL", "town", 1000, None, None, None, "test")
               for k, (n, a, o, cc) in enumerate(self.towns) if distance_km(lat, lon, a, o) <= km]
        return sorted(out, key=lambda c: distance_km(lat, lon, c.lat, c.lon))


def _border_case(text, town_name, town_point, country="BF"):
    from footprint.places.relative import relative_mentions

    s = text.index(town_name)
    n = text.index("Niger")
    mentions = [PlaceMention(s, s + len(town_name), town_name, Place(town_name, *town_point, country, "town")),
                PlaceMention(n, n + 5, "Niger", Place("Niger", 17.5, 8.5, "NE", "country", radius_km=560.0))]
    return mentions, relative_mentions(text, mentions, {"BF": 1.0})


def test_a_border_area_takes_a_town_of_its_sentence_near_that_border():
    from footprint.places.reference import anchor_borders

    # "towards the border" is a border phrase too, never the neighbour itself
    text = "Herders from Sebba said gunmen took cattle on the track towards the border with Niger."
    mentions, rel = _border_case(text, "Sebba", (13.43, 0.53))
    assert [m.place.country for m in rel] == ["BF"] and rel[0].place.lat is None
    gaz = _NearGaz([("Tera", 14.01, 0.75, "NE"), ("Dori", 14.03, -0.03, "BF")])
    out = anchor_borders(text, mentions, rel, gaz)
    assert out[0].place.lat == pytest.approx(13.43) and out[0].place.country == "BF"
    assert "near Sebba" in out[0].place.name and out[0].place.radius_km >= 25
    # a town far from any town across that border is no anchor: the area keeps no point
    far = _NearGaz([("Tera", 14.01, 0.75, "NE")])
    mentions, rel = _border_case("Officials in Gaoua said raiders fled towards the border with Niger.", "Gaoua",
                                 (10.33, -3.18))
    assert anchor_borders("Officials in Gaoua said raiders fled towards the border with Niger.", mentions, rel,
                          far)[0].place.lat is None
    # without a gazetteer nothing changes
    assert anchor_borders(text, mentions, rel, None) == rel
