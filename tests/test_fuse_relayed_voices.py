"""One statement relayed by several outlets is one voice: a body one report's claimant resolves and another
names unresolved (a translation's "the ministry of the interior"), and an unnamed party a roundup quotes
("a resistance unit said") beside the one claimant the claim names (hand-built evidence items)."""

from __future__ import annotations

import pytest

from footprint.fuse.sources import claim_voices, is_unnamed_party


def _item(group, pub, claimant=None, key=None):
    return {"group": group, "publisher_voice": f"publisher:{pub}", "publishers": [pub], "claimant": claimant,
            "claimant_key": key, "via": None, "modality": "reported"}


def test_a_body_named_unresolved_is_the_actor_another_report_resolved_it_to():
    digest = _item("g1", "weekly brief", "the interior ministry", key="a:government.ne")
    translated = _item("g2", "le quotidien", "the ministry of the interior")
    assert claim_voices([digest, translated]) == ("government of niger",)
    # "the ministry of national defence" and "the defence ministry" are one body too
    assert claim_voices([_item("g1", "weekly brief", "the defence ministry", key="a:government.ne"),
                         _item("g2", "le veilleur", "the ministry of national defence")]) == ("government of niger",)
    # another body stays apart
    assert len(claim_voices([digest, _item("g2", "le quotidien", "the ministry of defence")])) == 2


def test_a_body_of_another_country_or_resolved_two_ways_stays_apart():
    digest = _item("g1", "weekly brief", "the defence ministry", key="a:government.ne")
    other = _item("g2", "kyiv daily", "Ukraine's ministry of defence")
    assert len(claim_voices([digest, other])) == 2
    # the same words resolved to two actors: which one the third report means is not known
    mali = _item("g3", "bamako daily", "the defence ministry", key="a:government.ml")
    assert len(claim_voices([digest, mali, _item("g4", "radio", "the ministry of defence")])) == 3


@pytest.mark.parametrize(("claimant", "unnamed"), [
    ("a resistance unit", True), ("an armed group", True), ("one of the militias", True),
    ("A resistance unit", False), ("a Kachin unit", False), ("the group", False), ("", False), (None, False),
    ("a " + "b " * 3000 + "!", False),
    ("a unit of the rebel army", True), ("one of the armed factions", True),
    # a person speaks for no party: a doctor, a journalist, a resident are voices of their own
    ("a doctor at the hospital", False), ("a local journalist", False), ("one of the residents", False),
])
def test_an_unnamed_party_is_an_article_and_lowercase_words(claimant, unnamed):
    assert is_unnamed_party(claimant) is unnamed


def test_an_unnamed_party_beside_the_one_claimant_of_the_claim_is_that_claimant():
    claim = _item("g1", "irrawaddy echo", "the People's Defence Force", key="a:pdf_myanmar")
    roundup = _item("g2", "conflict week", "a resistance unit")
    villagers = _item("g3", "mandalay radio", "villagers")
    assert claim_voices([claim, roundup]) == ("people s defence force",)
    assert claim_voices([claim, roundup, villagers]) == ("mandalay radio", "people s defence force")
    # alone, it is its words, as before
    assert claim_voices([roundup]) == ("a resistance unit",)
    # beside two named claimants, which of them it is is not known: a voice of its own, as before
    army = _item("g4", "yangon daily", "the army", key="a:armed_forces.mm")
    assert len(claim_voices([claim, army, roundup])) == 3
    # an unnamed person of a named body is that body, not an unnamed party
    assert claim_voices([claim, _item("g5", "conflict week", "a police officer")]) == (
        "people s defence force", "police")


def test_an_unnamed_person_beside_the_one_claimant_stays_a_voice_of_its_own():
    claim = _item("g1", "irrawaddy echo", "the People's Defence Force", key="a:pdf_myanmar")
    doctor = _item("g2", "conflict week", "a doctor at the hospital")
    assert claim_voices([claim, doctor]) == ("a doctor at the hospital", "people s defence force")
