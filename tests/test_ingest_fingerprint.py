"""Near-duplicate fingerprints: a syndicated copy is a copy, a different report on the same topic is not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.errors import InputError
from footprint.ingest import read_text_document
from footprint.ingest.fingerprint import COPY_THRESHOLD, document_fingerprint, fingerprint, is_copy, similarity

ARTICLE = """Malian troops and their Russian allies took control of the former UN camp at Ber on Sunday, two days after
the peacekeepers left, the army said in a statement. The camp, about 50 kilometres east of Timbuktu, had housed
around 400 Burkinabe peacekeepers. Separatist fighters of the CSP said they had been promised the site under
the 2015 peace deal and accused the government of breaking it. Residents told reporters that gunfire was heard
overnight and that dozens of families had fled towards the Mauritanian border. The army said its forces had
come under fire from unidentified gunmen on the road from Léré and had killed several of them. Neither account
could be verified independently. The handover is part of the UN mission's withdrawal, which must be completed
by the end of the year under a Security Council resolution adopted in June."""

COPY = ARTICLE.replace(
    "Residents told reporters that gunfire was heard\novernight",
    "Local people said shooting could be heard\nthrough the night",
)

OTHER = """The UN mission in Mali began handing over its base in Ber to the national army this week, officials said,
as peacekeepers prepare to leave the country. Separatist groups in the north warned that the transfer of
camps to the army threatened the ceasefire. A spokesman for the mission said about 400 troops had left the
camp and that equipment would be moved to Timbuktu by road. Aid groups said that insecurity around the town
was forcing families to move, and that food prices had risen sharply since the departure was announced.
Diplomats said the timetable agreed in June left little room for delay, and that several camps in the
Kidal region would be handed over in the coming months."""


def test_copy_with_changed_title_url_and_sentence_is_a_copy():
    a = read_text_document("wire.example.com\nTroops take over UN camp at Ber\n\n" + ARTICLE)
    b = read_text_document("mirror.example.org\nArmy and allies enter former peacekeeping base\n\n" + COPY)
    assert a.id != b.id
    s = similarity(document_fingerprint(a), document_fingerprint(b))
    assert s >= COPY_THRESHOLD and is_copy(document_fingerprint(a), document_fingerprint(b)), s


def test_different_report_on_same_topic_is_not_a_copy():
    s = similarity(fingerprint(ARTICLE), fingerprint(OTHER))
    assert s < 0.2 and not is_copy(fingerprint(ARTICLE), fingerprint(OTHER)), s


def test_fingerprint_is_stable_bytes_and_ignores_case_and_spacing():
    fp = fingerprint(ARTICLE)
    assert isinstance(fp, bytes) and len(fp) == 1025
    assert fp == fingerprint(ARTICLE)
    assert similarity(fp, fingerprint("  ".join(ARTICLE.upper().split()))) == 1.0


def test_residue_does_not_count():
    a = read_text_document(ARTICLE)
    b = read_text_document(ARTICLE + "\nShare this article\nFollow us on Twitter\nSubscribe to our newsletter")
    assert similarity(document_fingerprint(a), document_fingerprint(b)) == 1.0


def test_bad_fingerprint_bytes():
    with pytest.raises(InputError):
        similarity(b"short", fingerprint(ARTICLE))


@settings(max_examples=50, deadline=None)
@given(st.text(min_size=0, max_size=200))
def test_similarity_is_symmetric_and_bounded(text):
    a, b = fingerprint(text), fingerprint(ARTICLE)
    assert similarity(a, b) == similarity(b, a)
    assert 0.0 <= similarity(a, b) <= 1.0 and similarity(a, a) == 1.0
