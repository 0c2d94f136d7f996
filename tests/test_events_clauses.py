"""Dates are no participants, relative clauses with subjects of their own tell events of their own, and a
place borrowed from another clause costs confidence. Hand-built parses of invented sentences (no model).

Tokens are (word, lemma, pos, tag, head, dep), the root points at itself."""

from __future__ import annotations

from spacy.tokens import Doc

from footprint.events import build_events
from footprint.events.assemble import Stages
from footprint.events.syntax import event_clause, is_place, own_relative, temporal
from footprint.events.vocabulary import lexicon
from footprint.model import EventLocation
from footprint.testing import actor_mention as mention, token_doc


def parsed(tokens: list[tuple[str, str, str, str, int, str]], ents: list[tuple[int, int, str]] = ()) -> Doc:
    spaces = [i + 1 < len(tokens) and tokens[i + 1][2] != "PUNCT" and tokens[i + 1][0] != "'s"
              for i in range(len(tokens))]
    return token_doc(tokens, ents, spaces=spaces)


def no_place(doc, s, e, ts, te):
    return None


def no_date(doc, s, e, ts, te):
    return None, False


STAGES = Stages(event_location=no_place, event_date=no_date, is_meta=lambda doc, sent: False)


# --- a date is never a participant ---------------------------------------------------------------------


def convoy_on_anniversary() -> Doc:
    # Gunmen attacked a convoy on the anniversary of the junta 's takeover .   ("on" hung on the convoy)
    doc = parsed([
        ("Gunmen", "gunman", "NOUN", "NNS", 1, "nsubj"), ("attacked", "attack", "VERB", "VBD", 1, "ROOT"),
        ("a", "a", "DET", "DT", 3, "det"), ("convoy", "convoy", "NOUN", "NN", 1, "dobj"),
        ("on", "on", "ADP", "IN", 3, "prep"), ("the", "the", "DET", "DT", 6, "det"),
        ("anniversary", "anniversary", "NOUN", "NN", 4, "pobj"), ("of", "of", "ADP", "IN", 6, "prep"),
        ("the", "the", "DET", "DT", 9, "det"), ("junta", "junta", "NOUN", "NN", 11, "poss"),
        ("'s", "'s", "PART", "POS", 9, "case"), ("takeover", "takeover", "NOUN", "NN", 7, "pobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    doc._.fp_actors = [mention(doc, 9, 9, "the junta", "gov.xx", "government")]
    return doc


def test_an_actor_named_inside_a_phrase_of_time_takes_no_role():
    evs = build_events(convoy_on_anniversary(), STAGES)
    assert evs
    assert not any(a.text == "junta" for e in evs for a in e.actors), [e.actors for e in evs]


def test_a_date_on_the_verb_is_no_target_and_a_day_no_place():
    # Rebels shelled the barracks on 3 May .
    doc = parsed([
        ("Rebels", "rebel", "NOUN", "NNS", 1, "nsubj"), ("shelled", "shell", "VERB", "VBD", 1, "ROOT"),
        ("the", "the", "DET", "DT", 3, "det"), ("barracks", "barracks", "NOUN", "NN", 1, "dobj"),
        ("on", "on", "ADP", "IN", 1, "prep"), ("3", "3", "NUM", "CD", 6, "nummod"),
        ("May", "May", "PROPN", "NNP", 4, "pobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ], ents=[(5, 7, "DATE")])
    assert temporal(doc[6]) and temporal(doc[5]) and not temporal(doc[3])
    assert not is_place(doc[6], lexicon(), frozenset())
    evs = build_events(doc, STAGES)
    assert evs and not any(a.role == "target" and "May" in a.text for e in evs for a in e.actors)


def test_a_time_word_that_is_a_name_is_no_date():
    # Theresa May arrived .   (a person called May)
    doc = parsed([
        ("Theresa", "Theresa", "PROPN", "NNP", 1, "compound"), ("May", "May", "PROPN", "NNP", 2, "nsubj"),
        ("arrived", "arrive", "VERB", "VBD", 2, "ROOT"), (".", ".", "PUNCT", ".", 2, "punct"),
    ], ents=[(0, 2, "PERSON")])
    assert not temporal(doc[1])


def capture(title: str | None) -> Doc:
    # Insurgents captured [Gen.] Tando Kalu on Monday .   (the small model tags the name as a person)
    words = [("Insurgents", "insurgent", "NOUN", "NNS", 1, "nsubj"), ("captured", "capture", "VERB", "VBD", 1, "ROOT")]
    off = 0
    if title:
        words.append((title, title, "PROPN", "NNP", 4, "compound"))
        off = 1
    words += [("Tando", "Tando", "PROPN", "NNP", 3 + off, "compound"), ("Kalu", "Kalu", "PROPN", "NNP", 1, "dobj"),
              ("on", "on", "ADP", "IN", 1, "prep"), ("Monday", "Monday", "PROPN", "NNP", 4 + off, "pobj"),
              (".", ".", "PUNCT", ".", 1, "punct")]
    return parsed(words, ents=[(2, 4 + off, "PERSON"), (5 + off, 6 + off, "DATE")])


def test_a_name_taken_by_force_is_a_place_whatever_the_day():
    assert [e.type for e in build_events(capture(None), STAGES)] == ["territory_overtaken"]


def test_a_titled_name_taken_is_no_place():
    assert not any(e.type.startswith("territory") for e in build_events(capture("Gen."), STAGES))


# --- relative clauses with subjects of their own --------------------------------------------------------


def fighting_near_town() -> Doc:
    # Fighting broke out near Tessit , a town where soldiers launched an offensive last week .
    return parsed([
        ("Fighting", "fighting", "NOUN", "NN", 1, "nsubj"), ("broke", "break", "VERB", "VBD", 1, "ROOT"),
        ("out", "out", "ADP", "RP", 1, "prt"), ("near", "near", "ADP", "IN", 1, "prep"),
        ("Tessit", "Tessit", "PROPN", "NNP", 3, "pobj"), (",", ",", "PUNCT", ",", 4, "punct"),
        ("a", "a", "DET", "DT", 7, "det"), ("town", "town", "NOUN", "NN", 4, "appos"),
        ("where", "where", "SCONJ", "WRB", 10, "advmod"), ("soldiers", "soldier", "NOUN", "NNS", 10, "nsubj"),
        ("launched", "launch", "VERB", "VBD", 7, "relcl"), ("an", "an", "DET", "DT", 12, "det"),
        ("offensive", "offensive", "NOUN", "NN", 10, "dobj"), ("last", "last", "ADJ", "JJ", 14, "amod"),
        ("week", "week", "NOUN", "NN", 10, "npadvmod"), (".", ".", "PUNCT", ".", 1, "punct"),
    ], ents=[(13, 15, "DATE")])


def test_a_relative_clause_with_its_own_subject_and_date_tells_its_own_event():
    doc = fighting_near_town()
    assert own_relative(doc[10]) and event_clause(doc[12]) == 10 and event_clause(doc[0]) == -1
    evs = build_events(doc, STAGES)
    by_trigger = {e.trigger: e for e in evs}
    assert set(by_trigger) == {"Fighting", "offensive"}, [e.trigger for e in evs]
    assert {(a.text, a.role) for a in by_trigger["offensive"].actors} == {("soldiers", "actor")}
    assert not by_trigger["Fighting"].actors  # the soldiers fought in the other clause
    assert not by_trigger["offensive"].embedded


def test_a_when_clause_on_the_day_is_the_same_event():
    # Gunmen killed 12 villagers on Monday , when gunmen raided a market .
    doc = parsed([
        ("Gunmen", "gunman", "NOUN", "NNS", 1, "nsubj"), ("killed", "kill", "VERB", "VBD", 1, "ROOT"),
        ("12", "12", "NUM", "CD", 3, "nummod"), ("villagers", "villager", "NOUN", "NNS", 1, "dobj"),
        ("on", "on", "ADP", "IN", 1, "prep"), ("Monday", "Monday", "PROPN", "NNP", 4, "pobj"),
        (",", ",", "PUNCT", ",", 5, "punct"), ("when", "when", "SCONJ", "WRB", 9, "advmod"),
        ("gunmen", "gunman", "NOUN", "NNS", 9, "nsubj"), ("raided", "raid", "VERB", "VBD", 5, "relcl"),
        ("a", "a", "DET", "DT", 11, "det"), ("market", "market", "NOUN", "NN", 9, "dobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ], ents=[(5, 6, "DATE")])
    assert not own_relative(doc[9])
    attacks = [e for e in build_events(doc, STAGES) if e.plover in ("FIGHT", "ASSAULT")]
    assert len(attacks) == 1, [e.trigger for e in attacks]


def test_a_relative_clause_told_as_the_same_time_is_the_same_event():
    # Gunmen killed 12 villagers in Tessit , where they raided a market .   (no date, no perfect of its own)
    doc = parsed([
        ("Gunmen", "gunman", "NOUN", "NNS", 1, "nsubj"), ("killed", "kill", "VERB", "VBD", 1, "ROOT"),
        ("12", "12", "NUM", "CD", 3, "nummod"), ("villagers", "villager", "NOUN", "NNS", 1, "dobj"),
        ("in", "in", "ADP", "IN", 1, "prep"), ("Tessit", "Tessit", "PROPN", "NNP", 4, "pobj"),
        (",", ",", "PUNCT", ",", 5, "punct"), ("where", "where", "SCONJ", "WRB", 9, "advmod"),
        ("gunmen", "gunman", "NOUN", "NNS", 9, "nsubj"), ("raided", "raid", "VERB", "VBD", 5, "relcl"),
        ("a", "a", "DET", "DT", 11, "det"), ("market", "market", "NOUN", "NN", 9, "dobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    assert not own_relative(doc[9])


def test_a_relative_pronoun_object_is_the_noun_and_a_perfect_tells_another_time():
    # Soldiers attacked the base , which militants had seized .
    doc = parsed([
        ("Soldiers", "soldier", "NOUN", "NNS", 1, "nsubj"), ("attacked", "attack", "VERB", "VBD", 1, "ROOT"),
        ("the", "the", "DET", "DT", 3, "det"), ("base", "base", "NOUN", "NN", 1, "dobj"),
        (",", ",", "PUNCT", ",", 3, "punct"), ("which", "which", "PRON", "WDT", 8, "dobj"),
        ("militants", "militant", "NOUN", "NNS", 8, "nsubj"), ("had", "have", "AUX", "VBD", 8, "aux"),
        ("seized", "seize", "VERB", "VBN", 3, "relcl"), (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    assert own_relative(doc[8])
    evs = build_events(doc, STAGES)
    types = {e.trigger: e for e in evs}
    assert "seized" in types and types["seized"].type == "territory_overtaken", [(e.trigger, e.type) for e in evs]
    assert {(a.text, a.role) for a in types["seized"].actors} == {("militants", "actor")}
    assert not types["seized"].embedded


# --- a place borrowed from another clause lowers confidence ---------------------------------------------


def officials_said() -> Doc:
    # Officials in Tessit said soldiers detained five men .
    return parsed([
        ("Officials", "official", "NOUN", "NNS", 3, "nsubj"), ("in", "in", "ADP", "IN", 0, "prep"),
        ("Tessit", "Tessit", "PROPN", "NNP", 1, "pobj"), ("said", "say", "VERB", "VBD", 3, "ROOT"),
        ("soldiers", "soldier", "NOUN", "NNS", 5, "nsubj"), ("detained", "detain", "VERB", "VBD", 3, "ccomp"),
        ("five", "five", "NUM", "CD", 7, "nummod"), ("men", "man", "NOUN", "NNS", 5, "dobj"),
        (".", ".", "PUNCT", ".", 3, "punct"),
    ])


def located(doc: Doc, first: int, last: int) -> Stages:
    start, end = (doc[first].idx, doc[last].idx + len(doc[last].text)) if first >= 0 else (-1, -1)
    loc = EventLocation(name="Tessit", lat=15.0, lon=0.9, country="ML", precision="town", text="Tessit",
                        start=start, end=end)
    return Stages(event_location=lambda *a: loc, event_date=no_date, is_meta=lambda doc, sent: False)


def test_a_place_from_the_speakers_clause_costs_confidence():
    doc = officials_said()
    [borrowed] = [e for e in build_events(doc, located(doc, 2, 2)) if e.type == "arrest"]
    [spanless] = [e for e in build_events(doc, located(doc, -1, -1)) if e.type == "arrest"]
    [placeless] = [e for e in build_events(doc, STAGES) if e.type == "arrest"]
    assert borrowed.location is not None and borrowed.location.start == doc[2].idx
    assert borrowed.confidence < placeless.confidence < spanless.confidence
    assert round(spanless.confidence - borrowed.confidence, 2) == 0.1


def test_a_place_in_the_events_own_clause_or_named_by_its_relative_clause_is_its_own():
    # Soldiers detained five men in Tessit .
    doc = parsed([
        ("Soldiers", "soldier", "NOUN", "NNS", 1, "nsubj"), ("detained", "detain", "VERB", "VBD", 1, "ROOT"),
        ("five", "five", "NUM", "CD", 3, "nummod"), ("men", "man", "NOUN", "NNS", 1, "dobj"),
        ("in", "in", "ADP", "IN", 1, "prep"), ("Tessit", "Tessit", "PROPN", "NNP", 4, "pobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    [own] = [e for e in build_events(doc, located(doc, 5, 5)) if e.type == "arrest"]
    [spanless] = [e for e in build_events(doc, located(doc, -1, -1)) if e.type == "arrest"]
    assert own.confidence == spanless.confidence
    # "near Tessit, a town where soldiers launched an offensive last week": Tessit is where the offensive was
    doc = fighting_near_town()
    evs = {e.trigger: e for e in build_events(doc, located(doc, 4, 4))}
    evs_spanless = {e.trigger: e for e in build_events(doc, located(doc, -1, -1))}
    assert evs["offensive"].confidence == evs_spanless["offensive"].confidence


# --- armed sides fighting each other ---------------------------------------------------------------------


def test_people_killed_around_a_fight_between_armed_sides_keep_it_a_battle():
    # Rival militias fought for hours , killing three people .
    doc = parsed([
        ("Rival", "rival", "ADJ", "JJ", 1, "amod"), ("militias", "militia", "NOUN", "NNS", 2, "nsubj"),
        ("fought", "fight", "VERB", "VBD", 2, "ROOT"), ("for", "for", "ADP", "IN", 2, "prep"),
        ("hours", "hour", "NOUN", "NNS", 3, "pobj"), (",", ",", "PUNCT", ",", 2, "punct"),
        ("killing", "kill", "VERB", "VBG", 2, "advcl"), ("three", "three", "NUM", "CD", 8, "nummod"),
        ("people", "people", "NOUN", "NNS", 6, "dobj"), (".", ".", "PUNCT", ".", 2, "punct"),
    ])
    types = [e.type for e in build_events(doc, STAGES)]
    assert types == ["armed_clash"], types
    # the same toll after an attack on no one in particular is still read from the victims
    doc = parsed([
        ("Gunmen", "gunman", "NOUN", "NNS", 1, "nsubj"), ("opened", "open", "VERB", "VBD", 1, "ROOT"),
        ("fire", "fire", "NOUN", "NN", 1, "dobj"), (",", ",", "PUNCT", ",", 1, "punct"),
        ("killing", "kill", "VERB", "VBG", 1, "advcl"), ("three", "three", "NUM", "CD", 6, "nummod"),
        ("villagers", "villager", "NOUN", "NNS", 4, "dobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    assert "attack_on_civilians" in [e.type for e in build_events(doc, STAGES)]
