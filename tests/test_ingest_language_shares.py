"""The English test of ``ingest/language.py`` separates the 40 invented texts it was measured on: every English
one (any register) at or above the threshold, every other one below it, whole and cut to the minimum word count."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from footprint.ingest import language
from footprint.ingest.language import document_language, english_share

SAMPLES = json.loads((Path(__file__).parent / "fixtures" / "language" / "samples.json").read_text(encoding="utf-8"))


def _first_words(text: str, n: int) -> str:
    return " ".join(language._WORD.findall(text)[:n])


def test_the_fixture_has_twenty_of_each():
    assert len(SAMPLES["english"]) == 20 and len(SAMPLES["other"]) == 20
    assert all(english_share(t)[1] >= language._MIN_WORDS for group in ("english", "other") for t in SAMPLES[group])


@pytest.mark.parametrize("text", SAMPLES["english"])
def test_every_english_text_reads_as_english(text):
    for cut in (text, _first_words(text, language._MIN_WORDS)):
        assert english_share(cut)[0] >= language._ENGLISH_SHARE, cut
        assert document_language(cut, None) == "en"
        assert document_language(cut, "fr") == "en"  # a declaration does not outvote the words


@pytest.mark.parametrize("text", SAMPLES["other"])
def test_every_other_text_reads_as_not_english(text):
    for cut in (text, _first_words(text, language._MIN_WORDS)):
        assert english_share(cut)[0] < language._ENGLISH_SHARE, cut
        assert document_language(cut, None) == "und"
        assert document_language(cut, "xx") == "xx"


def test_the_threshold_sits_in_the_gap_with_room_on_both_sides():
    lowest_english = min(english_share(t)[0] for t in SAMPLES["english"])
    highest_other = max(english_share(t)[0] for t in SAMPLES["other"])
    assert highest_other + 0.02 < language._ENGLISH_SHARE < lowest_english - 0.02
