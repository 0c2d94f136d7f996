"""The shared builders of tests and benchmarks (``footprint.testing``) make records as the pipeline would."""

from __future__ import annotations

import pytest

from footprint.errors import InputError
from footprint.model import Event, Segment
from footprint.testing import document, event, location, quantity, result, span

TEXT = "Troops arrived in Gao. Troops arrived in Gao. Officials declined to comment."


def test_a_document_is_one_body_segment_with_an_id_from_its_folded_text():
    doc = document(TEXT, source="example.org")
    assert doc.segments == (Segment(0, len(TEXT), "body"),) and doc.source == "example.org"
    assert doc.id == document("  " + TEXT.replace(" ", "\n"), source="other.example").id
    assert document(TEXT, id="given").id == "given"


def test_an_event_sits_on_its_sentence_and_after_skips_earlier_occurrences():
    doc = document(TEXT, source="example.org")
    first = event(doc, "Troops arrived in Gao.", "deployment")
    second = event(doc, "Troops arrived in Gao.", "deployment", after=first.evidence.end)
    assert (first.evidence.start, second.evidence.start) == (0, TEXT.index("Troops", 1))
    assert first.id == Event.make_id(doc.id, 0, 22, "deployment") != second.id
    assert first.attribution.publisher == "example.org" and first.actors == () and first.extractor_version == "test"
    assert event(doc, "Troops arrived in Gao.", "deployment", confidence=0.5, quantities=[quantity(3)]).quantities \
        == (quantity(3),)


def test_a_sentence_missing_from_the_document_is_an_input_error_naming_it():
    doc = document(TEXT)
    with pytest.raises(InputError, match=doc.id):
        event(doc, "Nothing of the sort.", "deployment")


def test_small_builders():
    assert quantity(5, 9, side="jnim").max == 9 and quantity(5).max == 5 and quantity(5).text == "5"
    assert location("Gao", 16.27, -0.04, "ML", "town").text == "Gao"
    assert span(TEXT, "Officials") == (46, 55)
    doc = document(TEXT)
    assert result(doc, event(doc, "Troops arrived in Gao.", "deployment")).extractor_version == "test"


def test_parsed_doc_keeps_the_given_parse_and_prepares_the_stage_outputs():
    from footprint.testing import parsed_doc

    doc = parsed_doc(["Rebels", "attacked", "Gao", "."], heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "dobj", "punct"],
                     pos=["NOUN", "VERB", "PROPN", "PUNCT"], spaces=[True, True, False, False],
                     ents=[(2, 3, "GPE")], meta={"dct": "2024-05-02"})
    assert doc.text == "Rebels attacked Gao."
    assert [t.head.i for t in doc] == [1, 1, 1, 1] and doc[0].dep_ == "nsubj"
    assert [(e.text, e.label_) for e in doc.ents] == [("Gao", "GPE")]
    assert doc._.fp_meta == {"dct": "2024-05-02"} and doc._.fp_events == []


def test_gazetteer_holds_the_given_places_and_is_not_stale(tmp_path):
    from footprint.places.build import is_stale
    from footprint.testing import gazetteer

    path = tmp_path / "g.sqlite"
    g = gazetteer(path, [dict(name="Velmora", lat=14.0, lon=-2.0, country="ML", admin1="07", feature="P.PPL",
                              precision="town", population=9000),
                         dict(name="Corrin", lat=15.0, lon=-1.0, country="ML", admin1="07", feature="A.ADM1",
                              precision="region", population=500_000)], regions=True)
    found = g.lookup(["velmora"])["velmora"]
    assert [(c.name, c.country) for c in found] == [("Velmora", "ML")]
    assert g.region("ML", "07").name == "Corrin"
    assert not is_stale(path)
    # without regions the division is a place but no country's region
    g2 = gazetteer(tmp_path / "g2.sqlite", [dict(name="Corrin", lat=15.0, lon=-1.0, country="ML", admin1="07",
                                                 feature="A.ADM1", precision="region", population=500_000)])
    assert g2.region("ML", "07") is None


def test_table_doc_reads_a_token_table_with_its_parse_and_spacing():
    from footprint.testing import table_doc

    doc = table_doc("""
Rebels rebel NOUN NNS 1 nsubj
attacked attack VERB VBD 1 ROOT
Gao Gao PROPN NNP 1 dobj
. . PUNCT . 1 punct
""", ((2, 3, "GPE"),))
    assert doc.text == "Rebels attacked Gao."
    assert [t.head.i for t in doc] == [1, 1, 1, 1] and doc[0].lemma_ == "rebel" and doc[1].dep_ == "ROOT"
    assert [(e.text, e.label_) for e in doc.ents] == [("Gao", "GPE")]
    assert doc._.fp_meta["doc_id"] == "d1"


def test_table_doc_names_a_line_without_six_fields():
    from footprint.testing import table_doc

    with pytest.raises(InputError, match="six fields.*attacked attack VERB"):
        table_doc("Rebels rebel NOUN NNS 1 nsubj\nattacked attack VERB 1 ROOT\n")
