"""An unnamed speaker who told an outlet is that outlet's voice: a roundup that repeats "a security source
told Sahel Dispatch" passes on Sahel Dispatch's reporting and adds no voice of its own (hand-built stores)."""

from __future__ import annotations

import pytest

from footprint import fuse
from footprint.fuse.sources import claim_voices, outlet_cited

from fuse_factories import event, report, result

MAY = ("2024-05-06", "2024-05-06", "day")


@pytest.fixture(autouse=True)
def _declared_copies_only(monkeypatch):
    # copies are declared by hand (Document.copy_of); MinHash detection is the store's to test
    from footprint.store.sqlite import SQLiteStore

    monkeypatch.setattr(SQLiteStore, "near_copy_of", lambda self, document: None)


@pytest.mark.parametrize(("sentence", "claimant", "outlet"), [
    ("Gunmen killed six soldiers near Kidal on Monday, a security source told Sahel Dispatch.",
     "a security source", "sahel dispatch"),
    ("Gunmen killed six soldiers, residents told The Desert Herald on Monday.", "residents", "desert herald"),
    ("Six soldiers were killed, Bamako Wire reported, citing a local official.", "a local official", "bamako wire"),
    ("Six soldiers were killed, AFP reported on Tuesday, citing a local official.", "a local official",
     "agence france presse"),
    ("Six soldiers were killed, an official speaking to Reuters said.", "an official", "reuters"),
])
def test_the_outlet_a_speaker_told_is_read_beside_the_speakers_words(sentence, claimant, outlet):
    assert outlet_cited(sentence, claimant) == outlet


@pytest.mark.parametrize(("sentence", "claimant"), [
    ("Gunmen killed six soldiers, a security source told reporters.", "a security source"),
    ("Gunmen killed six soldiers, a security source said.", "a security source"),
    ("A resident told Sahel Dispatch that six were killed, a security source said.", "a security source"),
    ("", "residents"), ("Residents told Sahel Dispatch.", None), ("\x00\xff told " * 5000, "told"),
])
def test_no_outlet_where_none_is_told_beside_the_speaker(sentence, claimant):
    assert outlet_cited(sentence, claimant) is None


def _item(group, pub, claimant=None, via=None, key=None):
    return {"group": group, "publisher_voice": f"publisher:{pub}", "publishers": [pub], "claimant": claimant,
            "claimant_key": key, "via": via, "modality": "reported"}


def test_a_roundup_repeating_an_outlets_unnamed_source_is_that_outlets_voice():
    wire = _item("g1", "sahel dispatch", "a security source", via="sahel dispatch")
    roundup = _item("g2", "weekly brief", "a security source", via="sahel dispatch")
    army = _item("g3", "daily", "the army general staff")
    assert claim_voices([wire, roundup, army]) == ("army", "sahel dispatch")
    # both cite the outlet, and its own report is not in the claim: still one voice
    assert claim_voices([roundup, _item("g4", "radio", "residents", via="sahel dispatch")]) == ("sahel dispatch",)
    # the outlet's own later report, whose residents told it: a reminder of its earlier cited one, as before
    first = dict(_item("g5", "visayas daily", "the battalion commander"), published="2024-03-14")
    later = dict(_item("g6", "visayas daily", "village leaders", via="visayas daily"), published="2024-03-20")
    assert claim_voices([first, later]) == ("army",)
    # without the outlet named the roundup is its own reporting, as before
    assert claim_voices([wire, dict(roundup, via=None)]) == ("sahel dispatch", "weekly brief")


def test_a_news_agencys_own_report_and_a_line_citing_it_are_one_voice():
    own = _item("g1", "afp")  # the agency's story, citing no one
    cites = _item("g2", "gulf monitor", "a local official", via="agence france presse")
    assert claim_voices([own, cites]) == ("agence france presse",)
    resolved = _item("g3", "gulf monitor", "AFP", key="a:afp")  # "AFP reported": the agency as claimant
    assert claim_voices([own, resolved]) == ("agence france presse",)
    # another publisher keeps its own name and voice
    assert claim_voices([_item("g1", "lome observer"), cites]) == ("agence france presse", "lome observer")


def _fuse(store, *docs_and_claimants):
    for doc, claimant in docs_and_claimants:
        store.add(result(doc, event(doc, doc.text.strip(), "armed_clash", place="Kidal", date=MAY,
                                    claimant=claimant)))
        fuse.update(store, [doc.id])
    (c,) = fuse.fused_events(store)
    return c


WIRE = report("Gunmen attacked an army post in Kidal on Monday, killing six soldiers, a security source told "
              "Sahel Dispatch.", source="sahel-dispatch.example", published="2024-05-06")


def test_in_a_store_the_roundup_adds_no_voice_and_its_own_words_do(tmp_store):
    roundup = report("Mali: six soldiers were killed when gunmen attacked an army post in Kidal on Monday, a "
                     "security source told Sahel Dispatch.", source="weekly-brief.example", published="2024-05-12")
    c = _fuse(tmp_store, (WIRE, "a security source"), (roundup, "a security source"))
    assert c["independent_sources"] == 1


def test_in_a_store_a_roundup_citing_no_outlet_stays_its_own_voice(tmp_store):
    roundup = report("Mali: six soldiers were killed when gunmen attacked an army post in Kidal on Monday, a "
                     "security source said.", source="weekly-brief.example", published="2024-05-12")
    c = _fuse(tmp_store, (WIRE, "a security source"), (roundup, "a security source"))
    assert c["independent_sources"] == 2


def test_in_a_store_an_agencys_report_and_a_line_citing_it_count_once(tmp_store):
    agency = report("Gunmen attacked an army post in Kidal on Monday, killing six soldiers, a local official said.",
                    source="afp.com", published="2024-05-06")
    monitor = report("Gunmen killed six soldiers at an army post in Kidal on Monday, AFP reported, citing a local "
                     "official.", source="gulf-monitor.example", published="2024-05-07")
    c = _fuse(tmp_store, (agency, "a local official"), (monitor, "a local official"))
    assert c["independent_sources"] == 1
