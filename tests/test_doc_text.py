"""A Doc's text is built once: stages that read it per mention or per event use ``nlp.doc_text``."""

import spacy

from footprint.events import phrases
from footprint.model import ActorMention
from footprint.nlp import TEXT_KEY, doc_text, span_text, token_lowers, token_starts, token_texts
from footprint.places import recognize
from footprint.quantities import numbers
from footprint.quantities import sides


def _mention(doc, word: str) -> ActorMention:
    start = doc.text.index(word)
    return ActorMention(start=start, end=start + len(word), text=word, name=word, actor_id="x.y", type="armed_group")


def test_doc_text_is_the_text_built_once():
    doc = spacy.blank("en")("Gunmen attacked  a market.\n")
    first = doc_text(doc)
    assert first == doc.text
    assert doc_text(doc) is first


def test_doc_text_of_an_empty_doc():
    assert doc_text(spacy.blank("en")("")) == ""


def test_backer_reads_the_text_through_the_cache():
    doc = spacy.blank("en")("Wagner-backed fighters attacked Gao.")
    assert phrases.backer(_mention(doc, "Wagner"), doc[:]) is True
    assert TEXT_KEY in doc.user_data  # Doc.text is not rebuilt per mention


def test_grounded_reads_the_text_through_the_cache():
    doc = spacy.blank("en")("On Monday.   Soldiers attacked Gao.")
    m = ActorMention(start=13, end=21, text="Soldiers", name="soldiers", actor_id="armed_forces.ml",
                     type="state_force", via="coref")
    assert sides._grounded(doc, m, [m]) is None  # sentence-initial capital names nobody
    assert TEXT_KEY in doc.user_data
    doc2 = spacy.blank("en")("Then the Soldiers attacked Gao.")
    m2 = ActorMention(start=9, end=17, text="Soldiers", name="soldiers", actor_id="armed_forces.ml",
                      type="state_force", via="coref")
    assert sides._grounded(doc2, m2, [m2]) == "armed_forces.ml"  # a capital mid-sentence is a name


def test_span_text_is_the_span_text_sliced_once():
    doc = spacy.blank("en")("Gunmen  attacked a market .\nTroops left Gao ")
    for i in range(len(doc) + 1):
        for j in range(i, len(doc) + 1):
            assert span_text(doc[i:j]) == doc[i:j].text
    assert TEXT_KEY in doc.user_data


def test_chunks_keep_connectors_and_hyphen_articles():
    doc = spacy.blank("en")("Troops left Ras al-Ain, then Bosnia and Herzegovina.")
    texts = [doc[i:j].text for i, j in recognize.chunks(doc)]
    assert texts == ["Troops", "Ras al-Ain", "Bosnia and Herzegovina"]


def test_number_words_are_the_token_forms():
    doc = spacy.blank("en")("Gunmen’s TWO trucks carried 1,200 rounds and twenty-five  RPGs.")
    assert numbers._lower(doc) == [t.lower_.replace("’", "'") for t in doc]
    assert token_texts(doc) == [t.text for t in doc]
    assert token_starts(doc) == [t.idx for t in doc]
    assert token_lowers(doc) == [t.lower_ for t in doc]
    assert numbers._lower(spacy.blank("en")("")) == []
