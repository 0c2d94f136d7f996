"""``resolve_name``: a name on its own resolved with the matcher's national composition ("Velorian troops" is
Veloria's forces), never by a part of it; a hand-built registry of an invented country, and the real one
(no spaCy model: the blank tokenizer is all the resolver uses)."""

from __future__ import annotations

import pytest

from footprint.actors import registry
from footprint.actors.registry import Registry, actor_from_entry, normalize_tokens
from footprint.actors.resolution import MAX_NAME_CHARS, resolve_name


def _veloria() -> Registry:
    reg = Registry()
    for entry in (
        {"id": "country.xv", "name": "Veloria", "type": "country", "country": "XV", "aliases": ["Veloria"],
         "generated": True},
        {"id": "armed_forces.xv", "name": "Velorian Armed Forces", "type": "state_force", "country": "XV",
         "aliases": ["VAF"], "generated": True},
        {"id": "government.xv", "name": "Government of Veloria", "type": "government", "country": "XV",
         "generated": True},
        {"id": "old_band", "name": "Old Marsh Band", "type": "armed_group", "valid_to": "2020-06-30",
         "successors": [{"to": "new_band", "date": "2020-07-01"}]},
        {"id": "new_band", "name": "New Marsh Front", "type": "armed_group", "valid_from": "2020-07-01"},
    ):
        reg.add(actor_from_entry(entry, source="test"))
    for alias, kind in (("Veloria", "name"), ("Velorian", "demonym"), ("Velorians", "plural")):
        keys, pats = normalize_tokens(alias)
        reg.country_terms.setdefault(keys, []).append(("XV", kind, pats))
    return reg


@pytest.fixture(scope="module")
def vel():
    return _veloria()


def _id(text, reg, when=None):
    actor = resolve_name(text, when, reg)
    return actor.id if actor is not None else None


@pytest.mark.parametrize("text, expect", [
    ("Velorian troops", "armed_forces.xv"),
    ("Velorian soldiers", "armed_forces.xv"),
    ("the Velorian army", "armed_forces.xv"),
    ("Veloria's army", "armed_forces.xv"),
    ("Veloria's junta", "government.xv"),
    ("the government of Veloria", "government.xv"),
    ("Velorian government", "government.xv"),
    ("Velorian Armed Forces", "armed_forces.xv"),  # an alias, as before
    ("VAF", "armed_forces.xv"),
    ("Veloria", "country.xv"),
])
def test_national_phrases_resolve_to_the_entry(vel, text, expect):
    assert _id(text, vel) == expect


@pytest.mark.parametrize("text", [
    "army", "the army", "forces", "troops", "junta troops", "the junta",  # no country: nothing to read it by
    "Velorian",  # a nationality alone names no actor
    "velorian troops",  # a country term is a proper noun
    "Velorian Armed",  # part of a name
    "Velorian troops and the Old Marsh Band",  # two actors
    "Velorian army drones",  # the mention is not the whole phrase
    "Veloria's border", "Velorian military base",
])
def test_generic_partial_or_several_stay_unresolved(vel, text):
    assert _id(text, vel) is None


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01bin", "x" * (MAX_NAME_CHARS + 1),
                                  "Velorian troops " * 40, "<script>alert(1)</script>", "'; DROP TABLE actors; --",
                                  "\u202eVelorian troops", "...", "'s"])
def test_empty_binary_long_and_hostile_text_is_no_name(vel, text):
    assert _id(text, vel) is None


def test_non_text_is_no_name(vel):
    assert resolve_name(None, reg=vel) is None
    assert resolve_name(b"Velorian troops", reg=vel) is None  # type: ignore[arg-type]


def test_when_gives_the_successor_of_an_entry_gone_by_then(vel):
    assert _id("Old Marsh Band", vel) == "old_band"
    assert _id("Old Marsh Band", vel, "2019-05-01") == "old_band"
    assert _id("Old Marsh Band", vel, "2022-01-10") == "new_band"
    assert _id("Velorian troops", vel, "2022-01-10") == "armed_forces.xv"


@pytest.mark.parametrize("text, expect", [
    ("Israeli forces", "armed_forces.il"),
    ("Cameroonian army", "armed_forces.cm"),
    ("Malian soldiers", "armed_forces.ml"),
    ("Mali's army", "armed_forces.ml"),
    ("Mali's junta", "government.ml"),
    ("the Chadian government", "government.td"),
    ("Malian Armed Forces", "armed_forces.ml"),
    ("junta troops", None),
    ("the army", None),
    ("army", None),
    ("forces", None),
    ("French and Malian troops", None),
])
def test_the_real_registry(text, expect):
    actor = resolve_name(text)
    assert (actor.id if actor is not None else None) == expect
    reg = registry()
    if expect is not None and reg.lookup(text) is None:
        assert actor.generated  # composed, not an alias: the gap this closes
