"""A town read from a one-word spelling of its two-word name ("Tanbaro" for "Tan Baro") is a guess: it is marked
so by the gazetteer, dropped like an alternate spelling when it lies abroad and far from the text's places, and
beaten by the text's own gloss ("X, a remote district in the hills north of Y") at any distance. Invented names,
hand-built candidates and mentions, a tiny gazetteer; no model."""

from __future__ import annotations

import pytest

from footprint import testing
from footprint.model import Place, PlaceMention
from footprint.places.gazetteer import Candidate, norm
from footprint.places.recognize import Match
from footprint.places.resolve import SPLIT_REASON, resolve
from footprint.places.told import glosses, misread_by_gloss


def cand(name, country="XC", population=3_000, feature="P.PPL", precision="town", kind="name", lat=1.0, lon=30.0):
    return Candidate(
        id=abs(hash((name, country, lat))) % 100_000, name=name, lat=lat, lon=lon, country=country, admin1="01",
        feature=feature, precision=precision, population=population, geonameid=None, facility_id=None,
        radius_km=None, source="geonames", kind=kind,
    )


def _match(text, cands, pos):
    return Match(pos, pos + len(text), text, norm(text), cands, pos, pos + 1)


# -- the gazetteer marks the reading ------------------------------------------------------------------------------

PLACES = [
    ("Tanko Baro", 11.0, 7.0, "NG", "P.PPL", "town", 6_000, {}),
    ("Velmarsk", 50.0, 30.0, "UA", "P.PPL", "town", 40_000, {}),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return testing.gazetteer(tmp_path_factory.mktemp("gaz") / "guess.sqlite", testing.place_rows(PLACES))


def test_a_joined_spelling_is_found_and_marked_as_a_split_reading(gaz):
    [c] = gaz.lookup(["tankobaro"])["tankobaro"]
    assert c.name == "Tanko Baro" and c.kind == "split"


def test_a_name_of_its_own_is_no_split_reading(gaz):
    [c] = gaz.lookup(["velmarsk"])["velmarsk"]
    assert c.kind == "name"


# -- the resolver treats it as a guess ----------------------------------------------------------------------------

REGION = (cand("Ombrel", population=2_000_000, feature="A.ADM1", precision="region", lat=1.5, lon=30.0),)
TOWN = (cand("Duvessa", population=300_000, lat=1.6, lon=30.1),)


def test_a_split_reading_abroad_and_far_from_the_text_places_nothing():
    abroad = (cand("Tan Baro", country="KQ", population=8_000, kind="split", lat=-20.0, lon=45.0),)
    ms = [_match("Ombrel", REGION, 0), _match("Duvessa", TOWN, 30), _match("Tanbaro", abroad, 60)]
    out, focus = resolve(ms)
    assert "XC" in focus
    [m] = [m for m in out if m.text == "Tanbaro"]
    assert m.place is None and "far from the text's other places" in m.reason


def test_a_split_reading_in_the_texts_country_resolves_and_says_it_is_a_guess():
    home = (cand("Tan Baro", population=8_000, kind="split", lat=1.7, lon=30.2),)
    ms = [_match("Ombrel", REGION, 0), _match("Duvessa", TOWN, 30), _match("Tanbaro", home, 60)]
    out, _ = resolve(ms)
    [m] = [m for m in out if m.text == "Tanbaro"]
    assert m.place is not None and m.place.name == "Tan Baro" and SPLIT_REASON in m.place.reasons


def test_a_plain_name_carries_no_guess_reason():
    out, _ = resolve([_match("Ombrel", REGION, 0), _match("Duvessa", TOWN, 30)])
    assert all(SPLIT_REASON not in m.place.reasons for m in out)


# -- the text's gloss beats the guess ----------------------------------------------------------------------------

GLOSSED = "Troops held off an assault on a camp in Tanbaro, a remote district in the hill country south of Keshu."
SOUTH_OF_KESHU = (11.4, 7.1)  # 60 km from the gazetteer's Tan Baro: near enough that only the guess flag decides


def _mentions(reasons: tuple[str, ...], text: str = GLOSSED) -> list[PlaceMention]:
    at = text.index("Tanbaro")
    lit = PlaceMention(at, at + 7, "Tanbaro", Place("Tan Baro", 11.0, 7.0, "XC", "town", reasons=reasons),
                       kind="literal")
    phrase = "south of Keshu"
    r = text.index(phrase)
    rel = PlaceMention(r, r + len(phrase), phrase, Place(phrase, *SOUTH_OF_KESHU, "XC", "area", radius_km=50.0),
                       kind="relative")
    k = text.index("Keshu")
    keshu = PlaceMention(k, k + 5, "Keshu", Place("Keshu", 11.6, 7.1, "XC", "town"), kind="literal")
    return [lit, rel, keshu]


def test_the_gloss_beats_a_split_reading_however_near():
    ms = _mentions(("population 6000", SPLIT_REASON))
    found = misread_by_gloss(GLOSSED, ms)
    assert found[id(ms[0])] is ms[1]
    told, misread = glosses(GLOSSED, ms)
    assert [(name, r.text) for _, name, r in told] == [("tanbaro", "south of Keshu")]
    assert misread == {id(ms[0])}


def test_a_named_town_near_its_gloss_keeps_its_own_point():
    ms = _mentions(("population 6000",))
    assert misread_by_gloss(GLOSSED, ms) == {}


@pytest.mark.parametrize("text", [
    # a list or a clause after the comma is no apposition
    "Troops held off an assault on a camp in Tanbaro, killing three gunmen who fled south of Keshu.",
    "Troops held off an assault on a camp in Tanbaro, Mirel and Sarto, all lying south of Keshu.",
    # an apposition too long to be one noun phrase
    "Troops held off an assault on a camp in Tanbaro, a district where herders and farmers have long quarrelled "
    "over the wells south of Keshu.",
])
def test_what_is_no_apposition_is_no_gloss(text):
    ms = _mentions(("population 6000", SPLIT_REASON), text)
    assert misread_by_gloss(text, ms) == {}


# -- a publication's name is no place of the text ------------------------------------------------------------------

def _recognized(text: str) -> list[str]:
    import spacy

    from footprint.places.recognize import recognize

    table = {"orvelle": (cand("Orvelle", country="KQ", population=20_000),),
             "duvessa": (cand("Duvessa", population=300_000),)}
    doc = spacy.blank("en").make_doc(text)
    for t in doc:
        t.pos_ = "PROPN" if t.text[:1].isupper() else "NOUN"
    return [m.text for m in recognize(doc, lambda names: {n: table[n] for n in names if n in table})]


@pytest.mark.parametrize("text", [
    "This report first ran in the weekend edition of Orvelle .",
    "It was translated from the French edition of La Orvelle .",
    "An earlier issue of the Orvelle carried the same figures .",
])
def test_a_name_after_edition_or_issue_of_is_a_publication_not_a_place(text):
    assert "Orvelle" not in _recognized(text)


def test_a_town_after_other_of_phrases_is_still_a_place():
    assert "Orvelle" in _recognized("Gunmen raided the outskirts of Orvelle at dawn .")
    assert "Duvessa" in _recognized("The new edition reached readers in Duvessa .")


@pytest.mark.parametrize("text", [
    "The latest issue of Orvelle ran the list of the dead .",
    "Readers of the Sunday issue of the Orvelle saw the photographs .",
    "It was in today's issue of Orvelle .",
    "Back issues of Orvelle carried the same figures .",
])
def test_a_name_after_a_newspapers_issue_of_is_a_publication(text):
    assert "Orvelle" not in _recognized(text)


@pytest.mark.parametrize("text", [
    "Talks stalled on the issue of Orvelle .",
    "Both sides raised the issues of Orvelle and Duvessa .",
])
def test_a_name_after_a_bare_issue_of_is_a_place(text):
    assert "Orvelle" in _recognized(text)


# -- the sole-town bonus goes only to a town told under its own name -----------------------------------------------

def _sole(kind: str):
    m = _match("Kelvarto", (cand("Kelvarto", population=0, kind=kind),), 20)
    m.ner, m.locative = "GPE", True
    out, _ = resolve([m])
    return out[0].place.reasons if out[0].place is not None else ()


def test_a_town_under_its_own_name_alone_in_the_gazetteer_gains_the_sole_town_bonus():
    assert "the only place of that name, told as a place" in _sole("name")


@pytest.mark.parametrize("kind", ["split", "alt"])
def test_a_guessed_spelling_gains_no_sole_town_bonus(kind):
    assert "the only place of that name, told as a place" not in _sole(kind)
