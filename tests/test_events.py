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
from footprint.testing import token_doc

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


def types_of(tokens, **kw) -> list[str]:
    return [c.type for c in find_candidates(list(parsed(tokens).sents)[0], **kw)]


def test_verb_with_preposition_or_particle_matches_multiword_keys():
    # Soldiers moved into the base .
    moved = [("Soldiers", "soldier", "NOUN", 1, "nsubj"), ("moved", "move", "VERB", 1, "ROOT"),
             ("into", "into", "ADP", 1, "prep"), ("the", "the", "DET", 4, "det"), ("base", "base", "NOUN", 2, "pobj"),
             (".", ".", "PUNCT", 1, "punct")]
    assert types_of(moved) == ["base_occupied"]
    from footprint.events.syntax import phrasal

    assert phrasal(parsed(moved)[1]) == {"move", "move into"}
    # Troops set the camp up . (the particle after the object)
    setup = [("Troops", "troop", "NOUN", 1, "nsubj"), ("set", "set", "VERB", 1, "ROOT"), ("the", "the", "DET", 3, "det"),
             ("camp", "camp", "NOUN", 1, "dobj"), ("up", "up", "ADP", 1, "prt"), (".", ".", "PUNCT", 1, "punct")]
    assert phrasal(parsed(setup)[1]) == {"set", "set up"}
    assert types_of(setup) == ["base_established"]
    # Engineers expanded the base . (a plain verb keeps its own meaning)
    assert types_of([("Engineers", "engineer", "NOUN", 1, "nsubj"), ("expanded", "expand", "VERB", 1, "ROOT"),
                     ("the", "the", "DET", 3, "det"), ("base", "base", "NOUN", 1, "dobj"),
                     (".", ".", "PUNCT", 1, "punct")]) == ["base_expansion"]


def test_a_failing_stage_is_not_hidden():
    from footprint.events.assemble import Stages

    def broken(*args):
        raise RuntimeError("places stage broke")

    with pytest.raises(RuntimeError, match="places stage broke"):
        build_events(killing(), Stages(event_location=broken))
    with pytest.raises(RuntimeError, match="places stage broke"):
        build_events(killing(), Stages(event_date=broken))


def test_stages_default_to_the_real_place_date_and_attribution_functions():
    from footprint.attribution import is_meta_statement
    from footprint.dates import event_date
    from footprint.events.assemble import Stages
    from footprint.places import event_location

    stages = Stages()
    assert stages.event_location is event_location and stages.event_date is event_date
    doc = killing()
    assert stages.is_meta(doc, list(doc.sents)[0]) is is_meta_statement(doc, list(doc.sents)[0]) is False
    [ev] = build_events(doc)
    assert ev.location is None and ev.date.start is None  # no place or date in the doc: none invented


def test_people_taken_are_an_abduction_and_a_post_taken_is_territory():
    # Rebels seized two soldiers . / Rebels seized the post .
    soldiers = [("Rebels", "rebel", "NOUN", 1, "nsubj"), ("seized", "seize", "VERB", 1, "ROOT"),
                ("two", "two", "NUM", 3, "nummod"), ("soldiers", "soldier", "NOUN", 1, "dobj"), (".", ".", "PUNCT", 1, "punct")]
    assert types_of(soldiers) == ["abduction"]
    post = [("Rebels", "rebel", "NOUN", 1, "nsubj"), ("seized", "seize", "VERB", 1, "ROOT"),
            ("the", "the", "DET", 3, "det"), ("post", "post", "NOUN", 1, "dobj"), (".", ".", "PUNCT", 1, "punct")]
    assert types_of(post) == ["territory_overtaken"]


def test_preps_reads_agents_and_compound_prepositions():
    from footprint.events.syntax import preps

    # Troops were attacked by rebels from behind the wall .
    doc = parsed([
        ("Troops", "troop", "NOUN", 2, "nsubjpass"), ("were", "be", "AUX", 2, "auxpass"), ("attacked", "attack", "VERB", 2, "ROOT"),
        ("by", "by", "ADP", 2, "agent"), ("rebels", "rebel", "NOUN", 3, "pobj"), ("from", "from", "ADP", 2, "prep"),
        ("behind", "behind", "ADP", 5, "pcomp"), ("the", "the", "DET", 8, "det"), ("wall", "wall", "NOUN", 6, "pobj"),
        (".", ".", "PUNCT", 2, "punct"),
    ])
    got = {k: [t.text for t in v] for k, v in preps(doc[2]).items()}
    assert got == {"by": ["rebels"], "from": ["behind", "wall"]}


def test_a_place_as_target_says_nothing_about_civilians():
    from footprint.events.context import SentenceContext

    doc = killing()
    ctx = SentenceContext(list(doc.sents)[0], parse_lexicon_default(), frozenset({doc[5].idx}), {})
    assert ctx.civilian([doc[5]]) is None  # Karma
    assert ctx.civilian([doc[3]]) is True  # villagers
    assert ctx.civilian([doc[0], doc[3]]) is False  # a force among the targets makes it a battle


def test_thrown_stones_are_no_attack_but_a_landed_shell_is():
    # Youths threw stones at the police .
    assert "armed_clash" not in types_of([
        ("Youths", "youth", "NOUN", 1, "nsubj"), ("threw", "throw", "VERB", 1, "ROOT"), ("stones", "stone", "NOUN", 1, "dobj"),
        ("at", "at", "ADP", 1, "prep"), ("the", "the", "DET", 5, "det"), ("police", "police", "NOUN", 3, "pobj"),
        (".", ".", "PUNCT", 1, "punct")])
    # A shell landed on the market .
    assert types_of([
        ("A", "a", "DET", 1, "det"), ("shell", "shell", "NOUN", 2, "nsubj"), ("landed", "land", "VERB", 2, "ROOT"),
        ("on", "on", "ADP", 2, "prep"), ("the", "the", "DET", 5, "det"), ("market", "market", "NOUN", 3, "pobj"),
        (".", ".", "PUNCT", 2, "punct")]) == ["shelling"]


def measure(verb: str, lemma: str, obj: list[tuple[str, str, str, int, str]]) -> list[str]:
    """ "The junta <verb> <obj> ." with the object's tokens (heads relative to the sentence)."""
    return types_of([("The", "the", "DET", 1, "det"), ("junta", "junta", "NOUN", 2, "nsubj"), (verb, lemma, "VERB", 2, "ROOT")]
                    + obj + [(".", ".", "PUNCT", 2, "punct")])


def test_measures_are_read_from_the_object_head_not_from_any_word():
    # declared a state of emergency / declared martial law / imposed a ban on gatherings
    assert "other" in measure("declared", "declare", [("a", "a", "DET", 4, "det"), ("state", "state", "NOUN", 2, "dobj"),
                                                      ("of", "of", "ADP", 4, "prep"), ("emergency", "emergency", "NOUN", 5, "pobj")])
    assert "other" in measure("declared", "declare", [("martial", "martial", "ADJ", 4, "amod"), ("law", "law", "NOUN", 2, "dobj")])
    assert "other" in measure("imposed", "impose", [("a", "a", "DET", 4, "det"), ("ban", "ban", "NOUN", 2, "dobj"),
                                                    ("on", "on", "ADP", 4, "prep"), ("gatherings", "gathering", "NOUN", 5, "pobj")])
    assert "sanction" in measure("imposed", "impose", [("sanctions", "sanction", "NOUN", 2, "dobj")])
    # a modifier is not the measure: "declared emergency funding", "imposed restrictions on sanctioned firms"
    assert "other" not in measure("declared", "declare", [("emergency", "emergency", "NOUN", 4, "compound"),
                                                          ("funding", "funding", "NOUN", 2, "dobj")])
    assert measure("imposed", "impose", [("restrictions", "restriction", "NOUN", 2, "dobj"), ("on", "on", "ADP", 3, "prep"),
                                         ("sanctioned", "sanctioned", "ADJ", 6, "amod"), ("firms", "firm", "NOUN", 4, "pobj")]) == ["other"]


def test_leader_role_after_as_must_hang_on_the_trigger_or_its_object():
    # The junta named Colonel Diallo as governor .
    assert types_of([
        ("The", "the", "DET", 1, "det"), ("junta", "junta", "NOUN", 2, "nsubj"), ("named", "name", "VERB", 2, "ROOT"),
        ("Colonel", "Colonel", "PROPN", 4, "compound"), ("Diallo", "Diallo", "PROPN", 2, "dobj"), ("as", "as", "ADP", 4, "prep"),
        ("governor", "governor", "NOUN", 5, "pobj"), (".", ".", "PUNCT", 2, "punct")]) == ["leadership_change"]
    # Officials named the camp and Traore spoke as president .
    assert types_of([
        ("Officials", "official", "NOUN", 1, "nsubj"), ("named", "name", "VERB", 1, "ROOT"), ("the", "the", "DET", 3, "det"),
        ("camp", "camp", "NOUN", 1, "dobj"), ("and", "and", "CCONJ", 1, "cc"), ("Traore", "Traore", "PROPN", 6, "nsubj"),
        ("spoke", "speak", "VERB", 1, "conj"), ("as", "as", "ADP", 6, "prep"), ("president", "president", "NOUN", 7, "pobj"),
        (".", ".", "PUNCT", 1, "punct")]) == []


def lexicon_data(**frames) -> dict:
    from footprint.events.vocabulary import REQUIRED_CLASSES

    return {"frames": frames or {"attack": {"verbs": ["attack"]}}, "classes": {c: ["x"] for c in REQUIRED_CLASSES}}


def test_lexicon_checks_frames_duplicates_and_required_classes():
    assert parse_lexicon(lexicon_data(), "t.yaml").verbs == {"attack": ("attack",)}
    with pytest.raises(ConfigError, match="'teleport' has no rule"):
        parse_lexicon(lexicon_data(teleport={"verbs": ["beam"]}), "t.yaml")
    with pytest.raises(ConfigError, match="listed twice: raid"):
        parse_lexicon(lexicon_data(attack={"verbs": ["raid", "Raid"]}), "t.yaml")
    with pytest.raises(ConfigError, match="attack"):
        parse_lexicon(lexicon_data(attack=["raid"]), "t.yaml")
    with pytest.raises(ConfigError, match="classes missing: .*hedge_aux"):
        parse_lexicon({"frames": {}, "classes": {}}, "t.yaml")
    with pytest.raises(ConfigError, match="expected a list"):
        parse_lexicon(lexicon_data(attack={"verbs": "attack"}), "t.yaml")
    # the shipped lexicon passes every check (a lemma may still open several frames: "seize")
    assert len(parse_lexicon_default().verbs["seize"]) > 1


def test_candidates_are_frozen():
    import dataclasses

    [c] = find_candidates(list(clash().sents)[0])
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.type = "riot"
    assert isinstance(c.actor_toks, tuple) and c.text == "clashed"


# --- full reports: reported speech, talk about events, habits, totals, references ----------------------------


def _lex():
    from footprint.events.vocabulary import lexicon

    return lexicon()


def test_what_is_denied_is_no_event():
    # The RSF denied targeting civilians .
    doc = token_doc([("The", "the", "DET", "DT", 1, "det"), ("RSF", "RSF", "PROPN", "NNP", 2, "nsubj"),
                  ("denied", "deny", "VERB", "VBD", 2, "ROOT"), ("targeting", "target", "VERB", "VBG", 2, "xcomp"),
                  ("civilians", "civilian", "NOUN", "NNS", 3, "dobj"), (".", ".", "PUNCT", ".", 2, "punct")])
    assert blocked(doc[3], _lex()) == "denied"
    assert not build_events(doc)


def test_what_is_warned_of_is_no_event():
    # The UN warned that militants attacked the town .
    doc = token_doc([("The", "the", "DET", "DT", 1, "det"), ("UN", "UN", "PROPN", "NNP", 2, "nsubj"),
                  ("warned", "warn", "VERB", "VBD", 2, "ROOT"), ("that", "that", "SCONJ", "IN", 5, "mark"),
                  ("militants", "militant", "NOUN", "NNS", 5, "nsubj"), ("attacked", "attack", "VERB", "VBD", 2, "ccomp"),
                  ("the", "the", "DET", "DT", 7, "det"), ("town", "town", "NOUN", "NN", 5, "dobj"),
                  (".", ".", "PUNCT", ".", 2, "punct")])
    assert blocked(doc[5], _lex()) == "forecast"


def test_a_habit_is_no_event():
    # Convoys are attacked regularly .
    doc = token_doc([("Convoys", "convoy", "NOUN", "NNS", 2, "nsubjpass"), ("are", "be", "AUX", "VBP", 2, "auxpass"),
                  ("attacked", "attack", "VERB", "VBN", 2, "ROOT"), ("regularly", "regularly", "ADV", "RB", 2, "advmod"),
                  (".", ".", "PUNCT", ".", 2, "punct")])
    assert blocked(doc[2], _lex()) == "habitual"
    assert not build_events(doc)


def test_a_running_total_is_no_event():
    # Since then thousands have been killed .
    doc = token_doc([("Since", "since", "ADP", "IN", 5, "prep"), ("then", "then", "ADV", "RB", 0, "pcomp"),
                  ("thousands", "thousand", "NOUN", "NNS", 5, "nsubjpass"), ("have", "have", "AUX", "VBP", 5, "aux"),
                  ("been", "be", "AUX", "VBN", 5, "auxpass"), ("killed", "kill", "VERB", "VBN", 5, "ROOT"),
                  (".", ".", "PUNCT", ".", 5, "punct")])
    assert blocked(doc[5], _lex()) == "aggregate"
    # the same verb without the period is an event
    doc2 = token_doc([("Thousands", "thousand", "NOUN", "NNS", 3, "nsubjpass"), ("have", "have", "AUX", "VBP", 3, "aux"),
                   ("been", "be", "AUX", "VBN", 3, "auxpass"), ("killed", "kill", "VERB", "VBN", 3, "ROOT"),
                   (".", ".", "PUNCT", ".", 3, "punct")])
    assert blocked(doc2[3], _lex()) == ""


def test_a_participle_naming_people_by_an_earlier_event_is_no_event():
    # Officials said some of those detained were found dead .
    doc = token_doc([("Officials", "official", "NOUN", "NNS", 1, "nsubj"), ("said", "say", "VERB", "VBD", 1, "ROOT"),
                  ("some", "some", "DET", "DT", 8, "nsubjpass"), ("of", "of", "ADP", "IN", 2, "prep"),
                  ("those", "those", "DET", "DT", 3, "pobj"), ("detained", "detain", "VERB", "VBN", 4, "acl"),
                  ("were", "be", "AUX", "VBD", 8, "auxpass"), ("later", "later", "ADV", "RB", 8, "advmod"),
                  ("found", "find", "VERB", "VBN", 1, "ccomp"), ("dead", "dead", "ADJ", "JJ", 8, "oprd"),
                  (".", ".", "PUNCT", ".", 1, "punct")])
    assert blocked(doc[5], _lex()) == "reference"
    assert not [e for e in build_events(doc) if e.type == "arrest"]
    # a participle with an object of its own is a verb the parser hung on a noun: it tells the event
    doc2 = token_doc([("Men", "man", "NOUN", "NNS", 1, "ROOT"), ("executed", "execute", "VERB", "VBN", 0, "acl"),
                   ("60", "60", "NUM", "CD", 3, "nummod"), ("civilians", "civilian", "NOUN", "NNS", 1, "dobj"),
                   (".", ".", "PUNCT", ".", 0, "punct")])
    assert blocked(doc2[1], _lex()) == ""


def test_fighting_people_flee_is_no_new_clash():
    # People fled the fighting .
    doc = token_doc([("People", "people", "NOUN", "NNS", 1, "nsubj"), ("fled", "flee", "VERB", "VBD", 1, "ROOT"),
                  ("the", "the", "DET", "DT", 3, "det"), ("fighting", "fighting", "NOUN", "NN", 1, "dobj"),
                  (".", ".", "PUNCT", ".", 1, "punct")])
    assert blocked(doc[3], _lex()) == "consequence"
    assert not build_events(doc)


def _told_reporters() -> Doc:
    # Residents told reporters that troops had entered villages , searched houses and detained herders .
    return token_doc([
        ("Residents", "resident", "NOUN", "NNS", 1, "nsubj"), ("told", "tell", "VERB", "VBD", 1, "ROOT"),
        ("reporters", "reporter", "NOUN", "NNS", 1, "dobj"), ("that", "that", "SCONJ", "IN", 6, "mark"),
        ("troops", "troop", "NOUN", "NNS", 6, "nsubj"), ("had", "have", "AUX", "VBD", 6, "aux"),
        ("entered", "enter", "VERB", "VBN", 1, "ccomp"), ("villages", "village", "NOUN", "NNS", 6, "dobj"),
        (",", ",", "PUNCT", ",", 1, "punct"), ("searched", "search", "VERB", "VBD", 1, "conj"),
        ("houses", "house", "NOUN", "NNS", 9, "dobj"), ("and", "and", "CCONJ", "CC", 9, "cc"),
        ("detained", "detain", "VERB", "VBD", 9, "conj"), ("herders", "herder", "NOUN", "NNS", 12, "dobj"),
        (".", ".", "PUNCT", ".", 1, "punct")])


def test_the_speaker_is_not_the_actor_of_what_is_reported():
    events = build_events(_told_reporters())
    arrest = [e for e in events if e.type == "arrest"]
    assert arrest, events
    actors = {a.name: a.role for a in arrest[0].actors}
    assert actors.get("troops") == "actor"
    assert "Residents" not in actors


def _said_its_troops(mention: bool = True) -> Doc:
    # The army said its troops repelled the assault .
    doc = token_doc([("The", "the", "DET", "DT", 1, "det"), ("army", "army", "NOUN", "NN", 2, "nsubj"),
                  ("said", "say", "VERB", "VBD", 2, "ROOT"), ("its", "its", "PRON", "PRP$", 4, "poss"),
                  ("troops", "troop", "NOUN", "NNS", 5, "nsubj"), ("repelled", "repel", "VERB", "VBD", 2, "ccomp"),
                  ("the", "the", "DET", "DT", 7, "det"), ("assault", "assault", "NOUN", "NN", 5, "dobj"),
                  (".", ".", "PUNCT", ".", 2, "punct")])
    if mention:
        doc._.fp_actors = [ActorMention(0, 9, "The army", "armed_forces.ml", "Malian Armed Forces",
                                        type="state_force", country="ML")]
    doc._.fp_attributions = {0: Attribution(claimant="Malian Armed Forces", start=0, end=9, modality="reported")}
    return doc


def test_its_troops_are_the_speakers_forces_and_the_speaker_stays_claimant():
    events = build_events(_said_its_troops())
    assert events
    ev = events[0]
    actor = [a for a in ev.actors if a.role == "actor"]
    assert actor and actor[0].name == "Malian Armed Forces" and actor[0].text == "its troops"
    assert ev.attribution.claimant == "Malian Armed Forces"
    # no known speaker: the words stay as found
    ev2 = build_events(_said_its_troops(mention=False))[0]
    assert [a.name for a in ev2.actors if a.role == "actor"] == ["troops"]


def test_a_possessive_after_its_antecedent_is_not_the_speakers():
    from footprint.events.roles import speaker

    # Soldiers died when their patrol was ambushed , the ministry said .
    doc = token_doc([("Soldiers", "soldier", "NOUN", "NNS", 1, "nsubj"), ("died", "die", "VERB", "VBD", 11, "ccomp"),
                  ("when", "when", "SCONJ", "WRB", 6, "advmod"), ("their", "their", "PRON", "PRP$", 4, "poss"),
                  ("patrol", "patrol", "NOUN", "NN", 6, "nsubjpass"), ("was", "be", "AUX", "VBD", 6, "auxpass"),
                  ("ambushed", "ambush", "VERB", "VBN", 1, "advcl"), (",", ",", "PUNCT", ",", 11, "punct"),
                  ("the", "the", "DET", "DT", 9, "det"), ("ministry", "ministry", "NOUN", "NN", 11, "nsubj"),
                  ("officials", "official", "NOUN", "NNS", 11, "npadvmod"), ("said", "say", "VERB", "VBD", 11, "ROOT"),
                  (".", ".", "PUNCT", ".", 11, "punct")])
    assert speaker(doc[6]).i == 9
    assert speaker(doc[6], doc[4]) is None


def test_landing_is_an_attack_only_for_a_weapon():
    # Instructors landed at the airport in a transport plane .
    doc = token_doc([("Instructors", "instructor", "NOUN", "NNS", 1, "nsubj"), ("landed", "land", "VERB", "VBD", 1, "ROOT"),
                  ("at", "at", "ADP", "IN", 1, "prep"), ("the", "the", "DET", "DT", 4, "det"),
                  ("airport", "airport", "NOUN", "NN", 2, "pobj"), ("in", "in", "ADP", "IN", 1, "prep"),
                  ("a", "a", "DET", "DT", 8, "det"), ("transport", "transport", "NOUN", "NN", 8, "compound"),
                  ("plane", "plane", "NOUN", "NN", 5, "pobj"), (".", ".", "PUNCT", ".", 1, "punct")])
    types = {e.type for e in build_events(doc)}
    assert "deployment" in types and not types & {"air_strike", "armed_clash"}


def test_raiders_coming_and_going_and_burned_armour_belong_to_the_attack():
    # The attackers arrived , burned two armoured vehicles and withdrew .
    doc = token_doc([("The", "the", "DET", "DT", 1, "det"), ("attackers", "attacker", "NOUN", "NNS", 2, "nsubj"),
                  ("arrived", "arrive", "VERB", "VBD", 2, "ROOT"), (",", ",", "PUNCT", ",", 2, "punct"),
                  ("burned", "burn", "VERB", "VBD", 2, "conj"), ("two", "two", "NUM", "CD", 7, "nummod"),
                  ("armoured", "armoured", "ADJ", "JJ", 7, "amod"), ("vehicles", "vehicle", "NOUN", "NNS", 4, "dobj"),
                  ("and", "and", "CCONJ", "CC", 4, "cc"), ("withdrew", "withdraw", "VERB", "VBD", 4, "conj"),
                  (".", ".", "PUNCT", ".", 2, "punct")])
    assert not build_events(doc)


def test_an_attack_named_by_what_is_done_about_it_is_no_new_attack():
    # Police arrested suspects in connection with the attack .
    doc = token_doc([("Police", "police", "NOUN", "NNS", 1, "nsubj"), ("arrested", "arrest", "VERB", "VBD", 1, "ROOT"),
                  ("suspects", "suspect", "NOUN", "NNS", 1, "dobj"), ("in", "in", "ADP", "IN", 1, "prep"),
                  ("connection", "connection", "NOUN", "NN", 3, "pobj"), ("with", "with", "ADP", "IN", 4, "prep"),
                  ("the", "the", "DET", "DT", 7, "det"), ("attack", "attack", "NOUN", "NN", 5, "pobj"),
                  (".", ".", "PUNCT", ".", 1, "punct")])
    assert [e.type for e in build_events(doc)] == ["arrest"]


def test_casualties_told_after_an_attack_are_its_numbers():
    # Gunmen attacked a patrol . Nine soldiers were wounded .
    doc = token_doc([("Gunmen", "gunman", "NOUN", "NNS", 1, "nsubj"), ("attacked", "attack", "VERB", "VBD", 1, "ROOT"),
                  ("a", "a", "DET", "DT", 3, "det"), ("patrol", "patrol", "NOUN", "NN", 1, "dobj"),
                  (".", ".", "PUNCT", ".", 1, "punct"),
                  ("Nine", "nine", "NUM", "CD", 6, "nummod"), ("soldiers", "soldier", "NOUN", "NNS", 8, "nsubjpass"),
                  ("were", "be", "AUX", "VBD", 8, "auxpass"), ("wounded", "wound", "VERB", "VBN", 8, "ROOT"),
                  (".", ".", "PUNCT", ".", 8, "punct")])
    doc._.fp_quantities = [Quantity("injured", 9, 9, text="Nine soldiers", start=doc[5].idx, end=doc[6].idx + 8)]
    events = build_events(doc)
    assert len(events) == 1 and events[0].trigger == "attacked"
    assert any(q.kind == "injured" for q in events[0].quantities)


# --- roles: who can be an actor -------------------------------------------------------------


def test_equipment_and_vehicles_are_never_unknown_actors():
    # The drones arrived at the base in Gao .
    doc = parsed([("The", "the", "DET", 1, "det"), ("drones", "drone", "NOUN", 2, "nsubj"),
                  ("arrived", "arrive", "VERB", 2, "ROOT"), ("at", "at", "ADP", 2, "prep"), ("the", "the", "DET", 5, "det"),
                  ("base", "base", "NOUN", 3, "pobj"), ("in", "in", "ADP", 5, "prep"), ("Gao", "Gao", "PROPN", 6, "pobj"),
                  (".", ".", "PUNCT", 2, "punct")])
    [ev] = build_events(doc)
    assert ev.type == "deployment" and ev.actors == ()
    # Gunmen attacked an army convoy .
    doc = parsed([("Gunmen", "gunman", "NOUN", 1, "nsubj"), ("attacked", "attack", "VERB", 1, "ROOT"),
                  ("an", "an", "DET", 4, "det"), ("army", "army", "NOUN", 4, "compound"),
                  ("convoy", "convoy", "NOUN", 1, "dobj"), (".", ".", "PUNCT", 1, "punct")])
    [ev] = build_events(doc)
    assert [(a.name, a.role) for a in ev.actors] == [("Gunmen", "actor")]


def test_names_people_reads_word_classes():
    from footprint.events.roles import names_people

    doc = parsed([("villagers", "villager", "NOUN", 0, "ROOT"), ("drones", "drone", "NOUN", 0, "dep"),
                  ("trucks", "truck", "NOUN", 0, "dep"), ("countries", "country", "NOUN", 0, "dep"),
                  ("market", "market", "NOUN", 0, "dep"), ("gunmen", "gunman", "NOUN", 0, "dep"),
                  ("crowd", "crowd", "NOUN", 0, "dep"), ("rifles", "rifle", "NOUN", 0, "dep")])
    lex = parse_lexicon_default()
    assert [names_people(t, lex) for t in doc] == [True, False, False, True, False, True, True, False]


def test_a_noun_trigger_described_by_a_copula_has_no_target():
    # The deployment was the subject of a meeting between Traoré and a minister .
    doc = parsed([("The", "the", "DET", 1, "det"), ("deployment", "deployment", "NOUN", 2, "nsubj"),
                  ("was", "be", "AUX", 2, "ROOT"), ("the", "the", "DET", 4, "det"), ("subject", "subject", "NOUN", 2, "attr"),
                  ("of", "of", "ADP", 4, "prep"), ("a", "a", "DET", 7, "det"), ("meeting", "meeting", "NOUN", 5, "pobj"),
                  ("between", "between", "ADP", 7, "prep"), ("Traoré", "Traoré", "PROPN", 8, "pobj"),
                  ("and", "and", "CCONJ", 9, "cc"), ("a", "a", "DET", 12, "det"), ("minister", "minister", "NOUN", 9, "conj"),
                  (".", ".", "PUNCT", 2, "punct")], ents=[(9, 10, "PERSON")])
    i = doc.text.index("Traoré")
    doc._.fp_actors = [ActorMention(start=i, end=i + 6, text="Traoré", actor_id=None, name="Traoré", type="person")]
    evs = build_events(doc)
    assert evs and all(a.role != "target" for ev in evs for a in ev.actors)


def test_supporters_of_an_actor_are_not_that_actor():
    # Supporters of the junta rallied in Niamey .
    doc = parsed([("Supporters", "supporter", "NOUN", 4, "nsubj"), ("of", "of", "ADP", 0, "prep"),
                  ("the", "the", "DET", 3, "det"), ("junta", "junta", "NOUN", 1, "pobj"),
                  ("rallied", "rally", "VERB", 4, "ROOT"), ("in", "in", "ADP", 4, "prep"),
                  ("Niamey", "Niamey", "PROPN", 5, "pobj"), (".", ".", "PUNCT", 4, "punct")])
    i = doc.text.index("junta")
    doc._.fp_actors = [ActorMention(start=i, end=i + 5, text="junta", actor_id="government.ne",
                                    name="Government of Niger", type="government")]
    [ev] = build_events(doc)
    assert [(a.name, a.role, a.id) for a in ev.actors] == [("Supporters of the junta", "actor", None)]


def test_a_thing_targeted_stands_for_those_who_hold_it():
    # Gunmen attacked a convoy of trucks escorted by soldiers and volunteers near Djibo .
    doc = parsed([("Gunmen", "gunman", "NOUN", 1, "nsubj"), ("attacked", "attack", "VERB", 1, "ROOT"),
                  ("a", "a", "DET", 3, "det"), ("convoy", "convoy", "NOUN", 1, "dobj"), ("of", "of", "ADP", 3, "prep"),
                  ("trucks", "truck", "NOUN", 4, "pobj"), ("escorted", "escort", "VERB", 5, "acl"),
                  ("by", "by", "ADP", 6, "agent"), ("soldiers", "soldier", "NOUN", 7, "pobj"),
                  ("and", "and", "CCONJ", 8, "cc"), ("volunteers", "volunteer", "NOUN", 8, "conj"),
                  ("near", "near", "ADP", 1, "prep"), ("Djibo", "Djibo", "PROPN", 11, "pobj"),
                  (".", ".", "PUNCT", 1, "punct")])
    doc[6].tag_ = "VBN"
    i = doc.text.index("soldiers")
    doc._.fp_actors = [ActorMention(start=i, end=i + 8, text="soldiers", actor_id="armed_forces.bf",
                                    name="Burkinabe Armed Forces", type="state_force")]
    [ev] = build_events(doc)
    assert [(a.name, a.role) for a in ev.actors] == [
        ("Gunmen", "actor"), ("Burkinabe Armed Forces", "target"), ("volunteers", "target")]


def test_a_place_beside_an_argument_and_a_backer_are_not_its_actor():
    # Gunmen near Kidal attacked Iran-backed militias .
    doc = parsed([("Gunmen", "gunman", "NOUN", 3, "nsubj"), ("near", "near", "ADP", 0, "prep"),
                  ("Kidal", "Kidal", "PROPN", 1, "pobj"), ("attacked", "attack", "VERB", 3, "ROOT"),
                  ("Iran", "Iran", "PROPN", 6, "npadvmod"), ("-", "-", "PUNCT", 6, "punct"),
                  ("backed", "back", "VERB", 7, "amod"), ("militias", "militia", "NOUN", 3, "dobj"),
                  (".", ".", "PUNCT", 3, "punct")])
    k, r = doc.text.index("Kidal"), doc.text.index("Iran")
    doc._.fp_actors = [
        ActorMention(start=k, end=k + 5, text="Kidal", actor_id=None, name="Kidal", type=None),
        ActorMention(start=r, end=r + 4, text="Iran", actor_id="country.ir", name="Iran", type="country")]
    [ev] = build_events(doc)
    assert ("Kidal", "actor") not in [(a.name, a.role) for a in ev.actors]
    assert ("Iran", "associated") in [(a.name, a.role) for a in ev.actors]
