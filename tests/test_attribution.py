"""Attribution cues, claimants and the report carry-over rule (no model)."""

from __future__ import annotations

import pytest
import spacy

from footprint.actors import find_actors
from footprint.attribution import attribute, is_meta_statement


def attrs(nlp, text, publisher="example.org"):
    doc = nlp(text)
    result = attribute(doc, find_actors(doc), publisher)
    return doc, [result[s.start_char] for s in doc.sents if s.text.strip()]


def first(nlp, text):
    return attrs(nlp, text)[1][0]


@pytest.mark.parametrize("text,claimant,evidence,modality", [
    ("According to ACLED, the attacks doubled in 2023.", "acled", "research report", "reported"),
    ("AFP reported that the convoy was hit.", "afp", "media report", "reported"),
    ("Witnesses told Reuters that drones struck the market.", "reuters", "witnesses", "reported"),
    ("The Malian army said it killed 30 terrorists.", "armed_forces.ml", "official statement", "reported"),
    ("Human Rights Watch said soldiers allegedly executed villagers.", "hrw", "research report", "alleged"),
    ("Satellite imagery suggests the runway was extended.", None, "satellite imagery", "hedged"),
    ("It has been estimated that 800 fighters remain.", None, None, "estimated"),
    ("Moscow denied that its troops were involved.", "government.ru", "official statement", "denied"),
    ("Videos posted on Telegram show the burning trucks.", None, "social media", "reported"),
    ("Leaked documents show the payments.", None, "leaked documents", "reported"),
    ("The jihadists reportedly seized the town.", None, None, "reported"),
    ("Troops entered the town on Monday.", None, None, "asserted"),
])
def test_cues(nlp, text, claimant, evidence, modality):
    a = first(nlp, text)
    assert (a.claimant_id, a.evidence_type, a.modality) == (claimant, evidence, modality)
    assert a.publisher == "example.org"


def test_generic_claimants(nlp):
    a = first(nlp, "Local sources said the camp was emptied.")
    assert (a.claimant, a.evidence_type, a.modality) == ("Local sources", "local sources", "reported")
    a = first(nlp, "Residents said gunmen arrived at dawn.")
    assert a.evidence_type == "witnesses"


def test_claimant_span_points_into_text(nlp):
    text = "Fighting resumed, according to Crisis Group."
    a = first(nlp, text)
    assert text[a.start:a.end] == "Crisis Group" and a.claimant_id == "crisis_group"


def test_report_claimant_carries_to_the_lead_and_forward(nlp):
    text = ("Chinese engineers are building a runway near Gao.\n\n"
            "That is according to a study by the Stockholm International Peace Research Institute.\n\n"
            "The runway could host cargo aircraft. Work began in 2022.\n\n"
            "A local official said the project was legal.\n\n"
            "The site now covers 40 hectares.")
    _, got = attrs(nlp, text)
    assert [a.claimant_id for a in got] == ["sipri", "sipri", "sipri", "sipri", None, "sipri"]
    assert got[0].modality == "reported" and got[0].evidence_type == "research report"
    assert got[2].modality == "hedged" and got[2].cue == "could"


def test_late_report_does_not_reach_back(nlp):
    text = "\n\n".join(["Troops arrived in Gao."] + ["Nothing else happened."] * 4
                       + ["The IISS report states that numbers grew."])
    _, got = attrs(nlp, text)
    assert got[0].claimant is None and got[-1].claimant_id == "iiss"


def test_ordinary_speaker_does_not_carry_over(nlp):
    _, got = attrs(nlp, "The Malian army said it retook the town. Fighting continued overnight.")
    assert got[0].claimant_id == "armed_forces.ml" and got[1].claimant is None


def test_markdown_link_does_not_hide_the_claimant(nlp):
    a = first(nlp, "That's according [to a report](https://example.org/r) by ACLED.")
    assert a.claimant_id == "acled"


@pytest.mark.parametrize("text,meta", [
    ("The SIPRI report states that imports rose.", True),
    ("The report highlights growing Chinese interest.", True),
    ("That's according to a report by the think tank.", True),
    ("“The trend will continue,” the report says.", True),
    ("Its latest analysis found that drone strikes doubled.", True),
    ("Troops entered the town on Monday.", False),
    ("Reporters were barred from the town.", False),
    ("", False),
])
def test_is_meta_statement(nlp, text, meta):
    doc = nlp(text)
    sents = list(doc.sents) or [doc[:]]
    assert is_meta_statement(doc, sents[0]) is meta


def test_empty_and_junk(nlp):
    assert attribute(nlp(""), [], None) == {}
    doc = nlp("\x00 ]( [ ]() according to according to " * 300)
    result = attribute(doc, find_actors(doc), None)
    assert all(a.modality for a in result.values())


def test_component_sets_extension():
    from footprint import nlp as nlp_mod
    from footprint.actors import FACTORY as A
    from footprint.attribution import FACTORY as T

    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    pipe.add_pipe(A)
    pipe.add_pipe(T)
    doc = pipe.make_doc("Reuters reported the withdrawal. It was completed.")
    nlp_mod.prepare(doc, {"publisher": "example.org"})
    for _, proc in pipe.pipeline:
        doc = proc(doc)
    got = list(doc._.fp_attributions.values())
    assert [a.claimant_id for a in got] == ["reuters", None]
    assert got[0].publisher == "example.org"
