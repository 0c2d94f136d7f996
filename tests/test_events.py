"""Unit tests for the events stage, on hand-built parses (no model is loaded)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from footprint import nlp as nlp_mod
from footprint.errors import ConfigError
from footprint.events import ACLED_SUBS, EventsComponent, build_events, vocabulary
from footprint.events.classify import blocked, find_candidates
from footprint.events.vocabulary import parse_lexicon, parse_vocabulary
from footprint.model import ActorMention, Attribution, Event, Quantity

NLP = spacy.blank("en")


def parsed(tokens: list[tuple[str, str, str, int, str]], ents: list[tuple[int, int, str]] = ()) -> Doc:
    """tokens: (word, lemma, pos, head index, dep); the root points at itself."""
    words = [t[0] for t in tokens]
    spaces = [i + 1 < len(tokens) and tokens[i + 1][2] != "PUNCT" for i in range(len(tokens))]
    doc = Doc(NLP.vocab, words=words, spaces=spaces, lemmas=[t[1] for t in tokens], pos=[t[2] for t in tokens],
              heads=[t[3] for t in tokens], deps=[t[4] for t in tokens])
    if ents:
        doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=l) for s, e, l in ents]
    nlp_mod.prepare(doc, {"doc_id": "d1", "publisher": "example.org", "extractor_version": "test"})
    return doc


def killing() -> Doc:
    # Gunmen killed 12 villagers in Karma .
    return parsed([
        ("Gunmen", "gunman", "NOUN", 1, "nsubj"), ("killed", "kill", "VERB", 1, "ROOT"),
        ("12", "12", "NUM", 3, "nummod"), ("villagers", "villager", "NOUN", 1, "dobj"),
        ("in", "in", "ADP", 1, "prep"), ("Karma", "Karma", "PROPN", 4, "pobj"), (".", ".", "PUNCT", 1, "punct"),
    ])


def clash() -> Doc:
    # Malian soldiers clashed with JNIM fighters .
    return parsed([
        ("Malian", "malian", "ADJ", 1, "amod"), ("soldiers", "soldier", "NOUN", 2, "nsubj"),
        ("clashed", "clash", "VERB", 2, "ROOT"), ("with", "with", "ADP", 2, "prep"),
        ("JNIM", "JNIM", "PROPN", 5, "compound"), ("fighters", "fighter", "NOUN", 3, "pobj"),
        (".", ".", "PUNCT", 2, "punct"),
    ])


def test_vocabulary_reaches_every_acled_sub_event_type():
    vocab = vocabulary()
    reached = {t.acled[1] for t in vocab.values() if t.acled} | {t.acled_civilian[1] for t in vocab.values() if t.acled_civilian}
    assert set(ACLED_SUBS) == reached
    assert len(ACLED_SUBS) == 25
    for name in ("deployment", "base_established", "base_occupied", "base_expansion", "base_under_construction",
                 "withdrawal", "handover", "training", "ambush", "drone_strike", "agreement_collapsed", "coup",
                 "diplomatic_protest", "accusation", "statement", "analytic_assessment"):
        assert name in vocab


@pytest.mark.parametrize("bad", [
    None, [], {"types": []}, {"types": {"x": "y"}},
    {"types": {"x": {"plover": "NOPE"}}},
    {"types": {"x": {"acled": ["Battles", "Grenade"]}}},
    {"types": {"x": {"acled": ["Battles"]}}},
])
def test_malformed_vocabulary_is_a_config_error(bad):
    with pytest.raises(ConfigError):
        parse_vocabulary(bad, "test.yaml")


def test_malformed_lexicon_is_a_config_error():
    with pytest.raises(ConfigError):
        parse_lexicon({"modes": {}}, "t.yaml")


def test_killing_of_villagers_is_violence_against_civilians():
    doc = killing()
    [c] = find_candidates(list(doc.sents)[0])
    assert c.type == "attack_on_civilians"
    assert [t.text for t in c.actor_toks] == ["Gunmen"]
    assert [t.text for t in c.target_toks] == ["villagers"]


def test_clash_between_forces_is_a_battle():
    doc = clash()
    [c] = find_candidates(list(doc.sents)[0])
    assert c.type == "armed_clash"


def test_conditional_and_negated_triggers_are_blocked():
    # If fighters attack the town
    doc = parsed([("If", "if", "SCONJ", 2, "mark"), ("fighters", "fighter", "NOUN", 2, "nsubj"),
                  ("attack", "attack", "VERB", 2, "ROOT"), ("the", "the", "DET", 4, "det"),
                  ("town", "town", "NOUN", 2, "dobj")])
    assert blocked(doc[2], parse_lexicon_default()) == "conditional"
    # troops did not withdraw
    doc = parsed([("troops", "troop", "NOUN", 3, "nsubj"), ("did", "do", "AUX", 3, "aux"),
                  ("not", "not", "PART", 3, "neg"), ("withdraw", "withdraw", "VERB", 3, "ROOT")])
    assert blocked(doc[3], parse_lexicon_default()) == "negated"


def parse_lexicon_default():
    from footprint.events.vocabulary import lexicon

    return lexicon()


def test_event_assembly_uses_mentions_quantities_and_attribution():
    doc = killing()
    doc._.fp_actors = [ActorMention(start=0, end=6, text="Gunmen", actor_id=None, name="gunmen", type="armed_group")]
    doc._.fp_quantities = [Quantity(kind="fatalities", min=12, max=12, text="12", start=14, end=16)]
    doc._.fp_attributions = {0: Attribution(publisher="example.org", claimant="police", modality="reported")}
    [ev] = build_events(doc)
    assert ev.type == "attack_on_civilians"
    assert ev.acled == {"event_type": "Violence against civilians", "sub_event_type": "Attack"}
    assert ev.plover == "ASSAULT"
    assert [(a.name, a.role) for a in ev.actors] == [("gunmen", "actor"), ("villagers", "target")]
    assert ev.quantities[0].kind == "fatalities"
    assert ev.attribution.claimant == "police"
    assert ev.evidence.start == 0 and ev.evidence.sentence.startswith("Gunmen killed")
    assert ev.id == Event.make_id("d1", ev.evidence.start, ev.evidence.end, "attack_on_civilians")
    assert ev.extractor_version == "test"
    assert 0 < ev.confidence <= 1
    assert Event.from_json(ev.to_json()) == ev


def test_blank_text_and_empty_doc_give_no_events():
    doc = NLP.make_doc("   \n  ")
    nlp_mod.prepare(doc, {"doc_id": "x"})
    doc = EventsComponent(None)(doc)
    assert doc._.fp_events == []
    doc = NLP.make_doc("")
    nlp_mod.prepare(doc, {})
    assert EventsComponent(None)(doc)._.fp_events == []


def test_hostile_unparsed_text_does_not_crash():
    doc = NLP.make_doc("\x00\ufffd<script>attack</script> " * 50)
    nlp_mod.prepare(doc, {"doc_id": "x"})
    # an unparsed doc is read as one sentence: no exception
    assert isinstance(EventsComponent(None)(doc)._.fp_events, list)
