"""Unit tests for the events stage, on hand-built parses (no model is loaded)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from footprint import nlp as nlp_mod
from footprint.errors import ConfigError
from footprint.events import ACLED_SUBS, EventsComponent, build_events, vocabulary
from footprint.events.classify import find_candidates
from footprint.events.filters import blocked
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


def test_clash_with_names_the_other_side_as_target():
    [c] = find_candidates(list(clash().sents)[0])
    assert [t.text for t in c.target_toks] == ["fighters"] and not c.assoc_toks


def test_event_told_as_a_purpose_is_embedded_not_main():
    from footprint.eval.events import main_event

    # Women demonstrated to demand protection from attacks .
    doc = parsed([
        ("Women", "woman", "NOUN", 1, "nsubj"), ("demonstrated", "demonstrate", "VERB", 1, "ROOT"),
        ("to", "to", "PART", 3, "aux"), ("demand", "demand", "VERB", 1, "advcl"),
        ("protection", "protection", "NOUN", 3, "dobj"), ("from", "from", "ADP", 4, "prep"),
        ("attacks", "attack", "NOUN", 5, "pobj"), (".", ".", "PUNCT", 1, "punct"),
    ])
    events = build_events(doc)
    by_type = {e.type: e for e in events}
    assert not by_type["protest"].embedded
    assert by_type["armed_clash"].embedded
    assert main_event(events).type == "protest"


def test_event_told_in_sequence_is_not_embedded():
    from footprint.events.assemble import _embedded_under

    # Troops entered the town after rebels attacked it .
    doc = parsed([
        ("Troops", "troop", "NOUN", 1, "nsubj"), ("entered", "enter", "VERB", 1, "ROOT"),
        ("the", "the", "DET", 3, "det"), ("town", "town", "NOUN", 1, "dobj"),
        ("after", "after", "SCONJ", 6, "mark"), ("rebels", "rebel", "NOUN", 6, "nsubj"),
        ("attacked", "attack", "VERB", 1, "advcl"), ("it", "it", "PRON", 6, "dobj"), (".", ".", "PUNCT", 1, "punct"),
    ])
    assert not _embedded_under(doc[6], {1: object()})
    # the same clause with "when" is a circumstance of the main event
    doc[4].lemma_ = "when"
    words = [t.text if t.i != 4 else "when" for t in doc]
    doc2 = parsed([(w, t.lemma_, t.pos_, t.head.i, t.dep_) for w, t in zip(words, doc)])
    assert _embedded_under(doc2[6], {1: object()})


def test_cues_match_at_word_starts_only():
    from footprint.events.context import SentenceContext

    doc = parsed([("Militants", "militant", "NOUN", 1, "nsubj"), ("cut", "cut", "VERB", 1, "ROOT"),
                  ("mobile", "mobile", "ADJ", 3, "amod"), ("service", "service", "NOUN", 1, "dobj")])
    ctx = SentenceContext(list(doc.sents)[0], parse_lexicon_default(), frozenset(), {})
    assert not ctx.has("mob ") and ctx.has("mobil") and ctx.has("militan")


def test_stopped_fighting_is_no_attack_and_makes_a_ceasefire():
    # They agreed to a cessation of hostilities .
    doc = parsed([
        ("They", "they", "PRON", 1, "nsubj"), ("agreed", "agree", "VERB", 1, "ROOT"), ("to", "to", "ADP", 1, "prep"),
        ("a", "a", "DET", 4, "det"), ("cessation", "cessation", "NOUN", 2, "pobj"), ("of", "of", "ADP", 4, "prep"),
        ("hostilities", "hostility", "NOUN", 5, "pobj"), (".", ".", "PUNCT", 1, "punct"),
    ])
    assert [c.type for c in find_candidates(list(doc.sents)[0])] == ["ceasefire"]


def test_announced_end_of_an_accord_is_a_collapse_not_a_signature():
    # The junta announced the end of the agreement .
    doc = parsed([
        ("The", "the", "DET", 1, "det"), ("junta", "junta", "NOUN", 2, "nsubj"), ("announced", "announce", "VERB", 2, "ROOT"),
        ("the", "the", "DET", 4, "det"), ("end", "end", "NOUN", 2, "dobj"), ("of", "of", "ADP", 4, "prep"),
        ("the", "the", "DET", 7, "det"), ("agreement", "agreement", "NOUN", 5, "pobj"), (".", ".", "PUNCT", 2, "punct"),
    ])
    types = [c.type for c in find_candidates(list(doc.sents)[0])]
    assert "agreement_signed" not in types and "agreement_collapsed" in types
    [c] = [c for c in find_candidates(list(doc.sents)[0]) if c.type == "agreement_collapsed"]
    assert [t.text for t in c.actor_toks] == ["junta"]


def test_arrests_at_a_protest_are_an_intervention():
    # Police arrested protesters during a demonstration .
    doc = parsed([
        ("Police", "police", "NOUN", 1, "nsubj"), ("arrested", "arrest", "VERB", 1, "ROOT"),
        ("protesters", "protester", "NOUN", 1, "dobj"), ("during", "during", "ADP", 1, "prep"),
        ("a", "a", "DET", 5, "det"), ("demonstration", "demonstration", "NOUN", 3, "pobj"), (".", ".", "PUNCT", 1, "punct"),
    ])
    types = {c.type for c in find_candidates(list(doc.sents)[0])}
    assert types == {"protest_intervention"}


def test_take_over_after_a_withdrawal_is_a_transfer():
    # The army took over the camp the peacekeepers left .
    doc = parsed([
        ("The", "the", "DET", 1, "det"), ("army", "army", "NOUN", 2, "nsubj"), ("took", "take", "VERB", 2, "ROOT"),
        ("over", "over", "ADP", 2, "prt"), ("the", "the", "DET", 5, "det"), ("town", "town", "NOUN", 2, "dobj"),
        ("the", "the", "DET", 7, "det"), ("peacekeepers", "peacekeeper", "NOUN", 8, "nsubj"),
        ("left", "leave", "VERB", 5, "relcl"), (".", ".", "PUNCT", 2, "punct"),
    ])
    types = [c.type for c in find_candidates(list(doc.sents)[0])]
    assert "territory_transfer" in types and "territory_regained" not in types


def test_present_tense_control_is_a_state():
    # JNIM controls the roads .
    doc = parsed([("JNIM", "JNIM", "PROPN", 1, "nsubj"), ("controls", "control", "VERB", 1, "ROOT"),
                  ("the", "the", "DET", 3, "det"), ("roads", "road", "NOUN", 1, "dobj"), (".", ".", "PUNCT", 1, "punct")])
    doc[1].tag_ = "VBZ"
    assert find_candidates(list(doc.sents)[0]) == []


def test_chemical_mode_makes_a_known_type():
    # Helicopters dropped chlorine on the town .
    doc = parsed([
        ("Helicopters", "helicopter", "NOUN", 1, "nsubj"), ("dropped", "drop", "VERB", 1, "ROOT"),
        ("chlorine", "chlorine", "NOUN", 1, "dobj"), ("on", "on", "ADP", 1, "prep"), ("the", "the", "DET", 5, "det"),
        ("town", "town", "NOUN", 3, "pobj"), (".", ".", "PUNCT", 1, "punct"),
    ])
    [ev] = build_events(doc)
    assert ev.type == "chemical_attack" and ev.acled["sub_event_type"] == "Chemical weapon"


def test_words_of_a_name_are_no_trigger():
    # The Movement for the Liberation of Azawad appointed a commander .
    doc = parsed([
        ("The", "the", "DET", 1, "det"), ("Movement", "Movement", "PROPN", 7, "nsubj"), ("for", "for", "ADP", 1, "prep"),
        ("the", "the", "DET", 4, "det"), ("Liberation", "Liberation", "PROPN", 2, "pobj"), ("of", "of", "ADP", 4, "prep"),
        ("Azawad", "Azawad", "PROPN", 5, "pobj"), ("appointed", "appoint", "VERB", 7, "ROOT"),
        ("a", "a", "DET", 9, "det"), ("commander", "commander", "NOUN", 7, "dobj"), (".", ".", "PUNCT", 7, "punct"),
    ], ents=[(1, 7, "ORG")])
    assert [c.type for c in find_candidates(list(doc.sents)[0])] == ["leadership_change"]


def test_local_stand_ins_take_the_usable_place_and_date_nearest_the_trigger():
    from footprint.events.assemble import _local_date, _local_location
    from footprint.model import Place, PlaceMention, Timex

    doc = killing()  # "Gunmen killed 12 villagers in Karma ."; the trigger "killed" starts at 7

    def place(start, name, lat=14.0):
        return PlaceMention(start=start, end=start + 4, text=name, place=Place(name, lat, 1.0, "ML", "town"))

    doc._.fp_places = [
        place(40, "Outside"),  # beyond the sentence span given below
        PlaceMention(start=8, end=12, text="Unresolved", place=None),
        place(9, "No coordinates", lat=None),
        place(0, "Before"),
        place(14, "After"),  # as near as "Before": the first listed wins
        place(30, "Far"),
    ]
    loc = _local_location(doc, 0, 35, 7, 13)
    assert loc is not None and loc.name == "Before" and loc.start == 0
    assert _local_location(doc, 20, 29, 7, 13) is None

    def timex(start, type_="DATE", interval=("2024-05-01", "2024-05-01")):
        return Timex(start=start, end=start + 3, text="x", type=type_, value="2024-05-01", interval_start=interval[0],
                     interval_end=interval[1], precision="day")

    doc._.fp_timexes = [timex(8, "DURATION"), timex(9, interval=(None, None)), timex(20), timex(2, interval=(None, "2024-05"))]
    date, _ = _local_date(doc, 0, 35, 7, 13)
    assert date is not None and date.span_start == 2 and date.end == "2024-05"
    assert _local_date(doc, 30, 35, 7, 13) == (None, False)
