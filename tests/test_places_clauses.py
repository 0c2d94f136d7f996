"""An event's place comes from its own clause: hand-built parses and places, no model is loaded (one
integration test runs the whole pipeline)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from footprint import nlp as nlp_mod
from footprint.clauses import clause_head, opens_clause, same_clause
from footprint.model import Place, PlaceMention
from footprint.places import event_location
from footprint.testing import parsed_doc

BLANK = spacy.blank("en")

# (lat, lon) of invented or real towns; the names only need to be told apart
TOWNS = {"Bankass": (14.08, -3.52), "Koro": (14.07, -3.08), "Dori": (14.03, -0.03), "Menaka": (15.92, 2.40),
         "Talataye": (15.68, 1.55), "Bamako": (12.64, -8.0), "Kaya": (13.09, -1.08), "Fada": (12.06, 0.36),
         "Boni": (15.05, -1.95), "Djibo": (14.1, -1.63)}
REGIONS = {"Mopti": (14.5, -4.2)}


def parsed(tokens: list[tuple[str, str, str, int, str]], places: dict[int, str] = None, home: str | None = None) -> Doc:
    """tokens: (word, lemma, pos, head, dep), the root pointing at itself; places: token index -> name
    (a town, or a region when the next token is "region")."""
    words = [t[0] for t in tokens]
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", ",", ";") for i in range(len(words))]
    meta = {"places_home": home, "places_focus": {home: 1.0}, "places_country_points": {home: ("Mali", 17.0, -4.0)}} \
        if home else {}
    doc = parsed_doc(words, spaces=spaces, lemmas=[t[1] for t in tokens], pos=[t[2] for t in tokens],
                     heads=[t[3] for t in tokens], deps=[t[4] for t in tokens], meta=meta)
    mentions = []
    for i, name in (places or {}).items():
        t = doc[i]
        if name in REGIONS:
            end = doc[i + 1]
            place = Place(f"{name} region", *REGIONS[name], "ML", "region", radius_km=150.0)
            mentions.append(PlaceMention(t.idx, end.idx + len(end.text), f"{t.text} {end.text}", place, kind="literal"))
        else:
            place = Place(name, *TOWNS[name], "ML", "town")
            mentions.append(PlaceMention(t.idx, t.idx + len(t.text), t.text, place, kind="literal"))
    doc._.fp_places = mentions
    return doc


def where(doc: Doc, i: int):
    """The event location for the trigger at token ``i``, over the whole text as one sentence."""
    t = doc[i]
    return event_location(doc, 0, len(doc.text), t.idx, t.idx + len(t.text))


def two_clauses() -> Doc:
    # Militants raided a market in Bankass and soldiers arrested nine suspects in Koro .
    return parsed([
        ("Militants", "militant", "NOUN", 1, "nsubj"), ("raided", "raid", "VERB", 1, "ROOT"),
        ("a", "a", "DET", 3, "det"), ("market", "market", "NOUN", 1, "dobj"), ("in", "in", "ADP", 3, "prep"),
        ("Bankass", "Bankass", "PROPN", 4, "pobj"), ("and", "and", "CCONJ", 1, "cc"),
        ("soldiers", "soldier", "NOUN", 8, "nsubj"), ("arrested", "arrest", "VERB", 1, "conj"),
        ("nine", "nine", "NUM", 10, "nummod"), ("suspects", "suspect", "NOUN", 8, "dobj"),
        ("in", "in", "ADP", 8, "prep"), ("Koro", "Koro", "PROPN", 11, "pobj"), (".", ".", "PUNCT", 1, "punct"),
    ], {5: "Bankass", 12: "Koro"})


def test_each_coordinated_clause_keeps_its_own_place():
    doc = two_clauses()
    assert clause_head(doc[12]).i == 8 and clause_head(doc[5]).i == 1
    assert where(doc, 1).name == "Bankass"
    loc = where(doc, 8)
    assert loc.name == "Koro" and "clause" in loc.reasons[0]


def test_a_place_in_another_clause_loses_even_when_it_is_closer_or_more_precise():
    # Militants raided Mopti region and soldiers arrested nine suspects in Koro .  (the raid: the region, not Koro)
    doc = parsed([
        ("Militants", "militant", "NOUN", 1, "nsubj"), ("raided", "raid", "VERB", 1, "ROOT"),
        ("Mopti", "Mopti", "PROPN", 3, "compound"), ("region", "region", "NOUN", 1, "dobj"),
        ("and", "and", "CCONJ", 1, "cc"), ("soldiers", "soldier", "NOUN", 6, "nsubj"),
        ("arrested", "arrest", "VERB", 1, "conj"), ("nine", "nine", "NUM", 8, "nummod"),
        ("suspects", "suspect", "NOUN", 6, "dobj"), ("in", "in", "ADP", 6, "prep"), ("Koro", "Koro", "PROPN", 9, "pobj"),
        (".", ".", "PUNCT", 1, "punct"),
    ], {2: "Mopti", 10: "Koro"})
    # without clauses, the town (rank 2, three arcs away) would beat the region (rank 1, one arc away)
    assert where(doc, 1).name == "Mopti region"
    assert where(doc, 6).name == "Koro"


def test_without_a_place_of_its_own_the_event_takes_the_other_clauses_with_a_reason_saying_so():
    # Gunmen killed five herders near Djibo and soldiers later arrested two suspects .
    doc = parsed([
        ("Gunmen", "gunman", "NOUN", 1, "nsubj"), ("killed", "kill", "VERB", 1, "ROOT"),
        ("five", "five", "NUM", 3, "nummod"), ("herders", "herder", "NOUN", 1, "dobj"), ("near", "near", "ADP", 1, "prep"),
        ("Djibo", "Djibo", "PROPN", 4, "pobj"), ("and", "and", "CCONJ", 1, "cc"),
        ("soldiers", "soldier", "NOUN", 9, "nsubj"), ("later", "later", "ADV", 9, "advmod"),
        ("arrested", "arrest", "VERB", 1, "conj"), ("two", "two", "NUM", 11, "nummod"),
        ("suspects", "suspect", "NOUN", 9, "dobj"), (".", ".", "PUNCT", 1, "punct"),
    ], {5: "Djibo"}, home="ML")
    loc = where(doc, 9)
    assert loc.name == "Djibo" and "another clause" in loc.reasons[0]
    assert "another clause" not in where(doc, 1).reasons[0]


def test_a_fronted_place_frames_both_clauses():
    # In Dori , gunmen stormed a police post and soldiers arrested two suspects .
    doc = parsed([
        ("In", "in", "ADP", 4, "prep"), ("Dori", "Dori", "PROPN", 0, "pobj"), (",", ",", "PUNCT", 4, "punct"),
        ("gunmen", "gunman", "NOUN", 4, "nsubj"), ("stormed", "storm", "VERB", 4, "ROOT"), ("a", "a", "DET", 7, "det"),
        ("police", "police", "NOUN", 7, "compound"), ("post", "post", "NOUN", 4, "dobj"), ("and", "and", "CCONJ", 4, "cc"),
        ("soldiers", "soldier", "NOUN", 10, "nsubj"), ("arrested", "arrest", "VERB", 4, "conj"),
        ("two", "two", "NUM", 12, "nummod"), ("suspects", "suspect", "NOUN", 10, "dobj"), (".", ".", "PUNCT", 4, "punct"),
    ], {1: "Dori"})
    assert same_clause(doc[1], doc[10])
    for i in (4, 10):
        loc = where(doc, i)
        assert loc.name == "Dori" and "another clause" not in loc.reasons[0]


def test_a_place_after_the_verb_of_the_first_clause_does_not_frame_the_second():
    doc = two_clauses()
    assert not same_clause(doc[5], doc[8]) and not same_clause(doc[12], doc[1])


def test_a_relative_clause_about_the_actor_does_not_locate_the_event():
    # Fighters , who had crossed over from Menaka , raided Talataye on Friday .
    doc = parsed([
        ("Fighters", "fighter", "NOUN", 9, "nsubj"), (",", ",", "PUNCT", 0, "punct"), ("who", "who", "PRON", 4, "nsubj"),
        ("had", "have", "AUX", 4, "aux"), ("crossed", "cross", "VERB", 0, "relcl"), ("over", "over", "ADP", 4, "prt"),
        ("from", "from", "ADP", 4, "prep"), ("Menaka", "Menaka", "PROPN", 6, "pobj"), (",", ",", "PUNCT", 0, "punct"),
        ("raided", "raid", "VERB", 9, "ROOT"), ("Talataye", "Talataye", "PROPN", 9, "dobj"),
        ("on", "on", "ADP", 9, "prep"), ("Friday", "Friday", "PROPN", 11, "pobj"), (".", ".", "PUNCT", 9, "punct"),
    ], {7: "Menaka", 10: "Talataye"})
    assert opens_clause(doc[4]) and not same_clause(doc[7], doc[9])
    assert where(doc, 9).name == "Talataye"
    # Fighters , who had crossed over from Menaka , raided a camp .  (no place of its own: Menaka, weakly)
    doc._.fp_places = [m for m in doc._.fp_places if m.text == "Menaka"]
    loc = where(doc, 9)
    assert loc.name == "Menaka" and "another clause" in loc.reasons[0]


def test_the_noun_a_relative_clause_describes_is_that_clauses_place():
    # Soldiers patrolled Boni , where gunmen killed five traders last week .
    doc = parsed([
        ("Soldiers", "soldier", "NOUN", 1, "nsubj"), ("patrolled", "patrol", "VERB", 1, "ROOT"),
        ("Boni", "Boni", "PROPN", 1, "dobj"), (",", ",", "PUNCT", 2, "punct"), ("where", "where", "SCONJ", 6, "advmod"),
        ("gunmen", "gunman", "NOUN", 6, "nsubj"), ("killed", "kill", "VERB", 2, "relcl"),
        ("five", "five", "NUM", 8, "nummod"), ("traders", "trader", "NOUN", 6, "dobj"), ("last", "last", "ADJ", 10, "amod"),
        ("week", "week", "NOUN", 6, "npadvmod"), (".", ".", "PUNCT", 1, "punct"),
    ], {2: "Boni"})
    assert same_clause(doc[2], doc[6])
    loc = where(doc, 6)
    assert loc.name == "Boni" and "another clause" not in loc.reasons[0]


def test_a_relative_clause_on_the_event_noun_tells_its_place():
    # The attack , which took place in Dori , reportedly killed five soldiers .
    doc = parsed([
        ("The", "the", "DET", 1, "det"), ("attack", "attack", "NOUN", 10, "nsubj"), (",", ",", "PUNCT", 1, "punct"),
        ("which", "which", "PRON", 4, "nsubj"), ("took", "take", "VERB", 1, "relcl"), ("place", "place", "NOUN", 4, "dobj"),
        ("in", "in", "ADP", 4, "prep"), ("Dori", "Dori", "PROPN", 6, "pobj"), (",", ",", "PUNCT", 1, "punct"),
        ("reportedly", "reportedly", "ADV", 10, "advmod"), ("killed", "kill", "VERB", 10, "ROOT"),
        ("five", "five", "NUM", 12, "nummod"), ("soldiers", "soldier", "NOUN", 10, "dobj"), (".", ".", "PUNCT", 10, "punct"),
    ], {7: "Dori"})
    assert same_clause(doc[7], doc[1])
    loc = where(doc, 1)
    assert loc.name == "Dori" and "another clause" not in loc.reasons[0]
    # for the killing (the verb) the relative clause hangs on another word: another clause, taken as a fallback
    assert not same_clause(doc[7], doc[10]) and "another clause" in where(doc, 10).reasons[0]


def test_where_the_speaker_speaks_is_not_where_the_event_happened():
    # The army said in Bamako that jihadists had attacked a convoy in the Mopti region .
    doc = parsed([
        ("The", "the", "DET", 1, "det"), ("army", "army", "NOUN", 2, "nsubj"), ("said", "say", "VERB", 2, "ROOT"),
        ("in", "in", "ADP", 2, "prep"), ("Bamako", "Bamako", "PROPN", 3, "pobj"), ("that", "that", "SCONJ", 8, "mark"),
        ("jihadists", "jihadist", "NOUN", 8, "nsubj"), ("had", "have", "AUX", 8, "aux"),
        ("attacked", "attack", "VERB", 2, "ccomp"), ("a", "a", "DET", 10, "det"), ("convoy", "convoy", "NOUN", 8, "dobj"),
        ("in", "in", "ADP", 8, "prep"), ("the", "the", "DET", 14, "det"), ("Mopti", "Mopti", "PROPN", 14, "compound"),
        ("region", "region", "NOUN", 11, "pobj"), (".", ".", "PUNCT", 2, "punct"),
    ], {4: "Bamako", 13: "Mopti"})
    assert where(doc, 8).name == "Mopti region"


def test_a_quoted_event_keeps_its_place_against_the_speakers_clause():
    # " We pushed the attackers back from Mopti region , " a spokesman told reporters in Bamako .
    doc = parsed([
        ('"', '"', "PUNCT", 13, "punct"), ("We", "we", "PRON", 2, "nsubj"), ("pushed", "push", "VERB", 13, "ccomp"),
        ("the", "the", "DET", 4, "det"), ("attackers", "attacker", "NOUN", 2, "dobj"), ("back", "back", "ADV", 2, "advmod"),
        ("from", "from", "ADP", 5, "prep"), ("Mopti", "Mopti", "PROPN", 8, "compound"), ("region", "region", "NOUN", 6, "pobj"),
        (",", ",", "PUNCT", 13, "punct"), ('"', '"', "PUNCT", 13, "punct"), ("a", "a", "DET", 12, "det"),
        ("spokesman", "spokesman", "NOUN", 13, "nsubj"), ("told", "tell", "VERB", 13, "ROOT"),
        ("reporters", "reporter", "NOUN", 13, "dobj"), ("in", "in", "ADP", 13, "prep"), ("Bamako", "Bamako", "PROPN", 15, "pobj"),
        (".", ".", "PUNCT", 13, "punct"),
    ], {7: "Mopti", 16: "Bamako"})
    assert not same_clause(doc[16], doc[2])
    assert where(doc, 2).name == "Mopti region"


def test_clauses_after_a_semicolon_or_while_are_their_own():
    # Gunmen burned a church in Kaya ; soldiers arrested four men in Fada .  (the parser hangs the first on the second)
    semi = parsed([
        ("Gunmen", "gunman", "NOUN", 1, "nsubj"), ("burned", "burn", "VERB", 8, "ccomp"), ("a", "a", "DET", 3, "det"),
        ("church", "church", "NOUN", 1, "dobj"), ("in", "in", "ADP", 3, "prep"), ("Kaya", "Kaya", "PROPN", 4, "pobj"),
        (";", ";", "PUNCT", 8, "punct"), ("soldiers", "soldier", "NOUN", 8, "nsubj"), ("arrested", "arrest", "VERB", 8, "ROOT"),
        ("four", "four", "NUM", 10, "nummod"), ("men", "man", "NOUN", 8, "dobj"), ("in", "in", "ADP", 8, "prep"),
        ("Fada", "Fada", "PROPN", 11, "pobj"), (".", ".", "PUNCT", 8, "punct"),
    ], {5: "Kaya", 12: "Fada"})
    assert where(semi, 1).name == "Kaya" and where(semi, 8).name == "Fada"
    # Gunmen burned a church in Kaya ; they arrested four men in Fada .  (a conjunct after ";", pronoun subject)
    conj = parsed([
        ("Gunmen", "gunman", "NOUN", 1, "nsubj"), ("burned", "burn", "VERB", 1, "ROOT"), ("a", "a", "DET", 3, "det"),
        ("church", "church", "NOUN", 1, "dobj"), ("in", "in", "ADP", 3, "prep"), ("Kaya", "Kaya", "PROPN", 4, "pobj"),
        (";", ";", "PUNCT", 1, "punct"), ("they", "they", "PRON", 8, "nsubj"), ("arrested", "arrest", "VERB", 1, "conj"),
        ("four", "four", "NUM", 10, "nummod"), ("men", "man", "NOUN", 8, "dobj"), ("in", "in", "ADP", 8, "prep"),
        ("Fada", "Fada", "PROPN", 11, "pobj"), (".", ".", "PUNCT", 1, "punct"),
    ], {5: "Kaya", 12: "Fada"})
    assert opens_clause(conj[8])
    assert where(conj, 1).name == "Kaya" and where(conj, 8).name == "Fada"
    # Jihadists ambushed a convoy in Mopti region while the army was bombing positions near Boni .
    contrast = parsed([
        ("Jihadists", "jihadist", "NOUN", 1, "nsubj"), ("ambushed", "ambush", "VERB", 1, "ROOT"),
        ("a", "a", "DET", 3, "det"), ("convoy", "convoy", "NOUN", 1, "dobj"), ("in", "in", "ADP", 3, "prep"),
        ("Mopti", "Mopti", "PROPN", 6, "compound"), ("region", "region", "NOUN", 4, "pobj"),
        ("while", "while", "SCONJ", 11, "mark"), ("the", "the", "DET", 9, "det"), ("army", "army", "NOUN", 11, "nsubj"),
        ("was", "be", "AUX", 11, "aux"), ("bombing", "bomb", "VERB", 1, "advcl"), ("positions", "position", "NOUN", 11, "dobj"),
        ("near", "near", "ADP", 11, "prep"), ("Boni", "Boni", "PROPN", 13, "pobj"), (".", ".", "PUNCT", 1, "punct"),
    ], {5: "Mopti", 14: "Boni"})
    assert where(contrast, 1).name == "Mopti region" and where(contrast, 11).name == "Boni"


def test_a_shared_subject_keeps_one_clause_and_every_place():
    # Gunmen attacked a market and burned a church in Kaya .
    doc = parsed([
        ("Gunmen", "gunman", "NOUN", 1, "nsubj"), ("attacked", "attack", "VERB", 1, "ROOT"), ("a", "a", "DET", 3, "det"),
        ("market", "market", "NOUN", 1, "dobj"), ("and", "and", "CCONJ", 1, "cc"), ("burned", "burn", "VERB", 1, "conj"),
        ("a", "a", "DET", 7, "det"), ("church", "church", "NOUN", 5, "dobj"), ("in", "in", "ADP", 7, "prep"),
        ("Kaya", "Kaya", "PROPN", 8, "pobj"), (".", ".", "PUNCT", 1, "punct"),
    ], {9: "Kaya"})
    assert same_clause(doc[9], doc[1])
    loc = where(doc, 1)
    assert loc.name == "Kaya" and "another clause" not in loc.reasons[0]


def test_without_a_parse_every_place_of_the_sentence_counts():
    text = "Militants raided a market in Bankass and soldiers arrested nine suspects in Koro."
    doc = nlp_mod.prepare(BLANK.make_doc(text), {})
    doc._.fp_places = [PlaceMention(text.index(n), text.index(n) + len(n), n, Place(n, *TOWNS[n], "ML", "town"))
                       for n in ("Bankass", "Koro")]
    t = text.index("arrested")
    loc = event_location(doc, 0, len(text), t, t + 8)
    # the nearer by characters, and no clause is held against it
    assert loc.name == "Bankass" and "another clause" not in loc.reasons[0]


@pytest.mark.integration
def test_two_clauses_two_places_through_the_whole_pipeline():
    from footprint.eval.events import pipeline_extract, snippet_document

    text = ("Jihadists ambushed a convoy in the Mopti region while the army was bombing positions near Boni. "
            "The army said in Bamako that jihadists had attacked a convoy in the Segou region.")
    events = pipeline_extract()([snippet_document(text, "2024-05-02", "t1")])[0]
    by_trigger = {e.trigger: e for e in events}
    ambush = next(e for t, e in by_trigger.items() if t.startswith("ambush"))
    attack = next(e for t, e in by_trigger.items() if t.startswith("attack"))
    assert ambush.location is not None and "Mopti" in ambush.location.name
    # where the army spoke (a capital) used to outrank the region the attack was told in
    assert attack.location is not None and attack.location.name == "Ségou" and attack.location.precision == "region"


def test_odd_offsets_and_empty_text_give_no_error():
    doc = two_clauses()
    # a trigger span outside the text: no clause to read, every place of the sentence counts
    loc = event_location(doc, 0, len(doc.text), len(doc.text) + 5, len(doc.text) + 9)
    assert loc is not None and loc.name in ("Bankass", "Koro")
    empty = nlp_mod.prepare(BLANK.make_doc(""), {})
    empty._.fp_places = []
    assert event_location(empty, 0, 0, 0, 0) is None


def test_a_dateline_town_the_parser_hangs_on_the_verb_does_not_shut_out_the_sentences_region():
    # KAYA, Mali - Gunmen attacked a post that lies in Mopti region .
    doc = parsed([
        ("KAYA", "Kaya", "PROPN", 5, "npadvmod"), (",", ",", "PUNCT", 0, "punct"), ("Mali", "Mali", "PROPN", 0, "appos"),
        ("-", "-", "PUNCT", 5, "punct"), ("Gunmen", "gunman", "NOUN", 5, "nsubj"),
        ("attacked", "attack", "VERB", 5, "ROOT"), ("a", "a", "DET", 7, "det"), ("post", "post", "NOUN", 5, "dobj"),
        ("that", "that", "PRON", 9, "nsubj"), ("lies", "lie", "VERB", 7, "relcl"), ("in", "in", "ADP", 9, "prep"),
        ("Mopti", "Mopti", "PROPN", 12, "compound"), ("region", "region", "NOUN", 10, "pobj"),
        (".", ".", "PUNCT", 5, "punct"),
    ], {0: "Kaya", 11: "Mopti"}, home="ML")
    loc = where(doc, 5)
    assert loc.name == "Mopti region" and "another clause" in loc.reasons[0]


def test_without_another_place_the_dateline_town_stays_the_fallback():
    # KAYA, Mali - Gunmen attacked a post .
    doc = parsed([
        ("KAYA", "Kaya", "PROPN", 5, "npadvmod"), (",", ",", "PUNCT", 0, "punct"), ("Mali", "Mali", "PROPN", 0, "appos"),
        ("-", "-", "PUNCT", 5, "punct"), ("Gunmen", "gunman", "NOUN", 5, "nsubj"),
        ("attacked", "attack", "VERB", 5, "ROOT"), ("a", "a", "DET", 7, "det"), ("post", "post", "NOUN", 5, "dobj"),
        (".", ".", "PUNCT", 5, "punct"),
    ], {0: "Kaya"}, home="ML")
    assert where(doc, 5).name == "Kaya"
