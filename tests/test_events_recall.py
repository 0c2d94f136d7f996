"""Events told together in one sentence, outbreaks of war, and threats with a condition: hand-built parses,
no model is loaded."""

from __future__ import annotations

from footprint.events import build_events
from footprint.events.syntax import clause_of

from test_events import parsed


def _two_attacks():
    # A drone hit a truck near Kidal and gunmen attacked a checkpoint .
    return parsed([
        ("A", "a", "DET", 1, "det"), ("drone", "drone", "NOUN", 2, "nsubj"), ("hit", "hit", "VERB", 2, "ROOT"),
        ("a", "a", "DET", 4, "det"), ("truck", "truck", "NOUN", 2, "dobj"), ("near", "near", "ADP", 4, "prep"),
        ("Kidal", "Kidal", "PROPN", 5, "pobj"), ("and", "and", "CCONJ", 2, "cc"),
        ("gunmen", "gunman", "NOUN", 9, "nsubj"), ("attacked", "attack", "VERB", 2, "conj"),
        ("a", "a", "DET", 11, "det"), ("checkpoint", "checkpoint", "NOUN", 9, "dobj"), (".", ".", "PUNCT", 2, "punct"),
    ])


def test_coordinated_clauses_with_their_own_subjects_are_two_attacks_each_with_its_mode():
    doc = _two_attacks()
    assert clause_of(doc[2]) == -1 and clause_of(doc[11]) == 9
    events = {e.type: e for e in build_events(doc)}
    assert set(events) == {"drone_strike", "armed_clash"}
    assert [a.text for a in events["armed_clash"].actors if a.role == "actor"] == ["gunmen"]
    assert not any(a.text == "gunmen" for a in events["drone_strike"].actors)


def test_a_shared_subject_or_a_toll_clause_keeps_one_attack():
    # Gunmen attacked the village and killed 12 villagers .
    shared = parsed([
        ("Gunmen", "gunman", "NOUN", 1, "nsubj"), ("attacked", "attack", "VERB", 1, "ROOT"),
        ("the", "the", "DET", 3, "det"), ("village", "village", "NOUN", 1, "dobj"), ("and", "and", "CCONJ", 1, "cc"),
        ("killed", "kill", "VERB", 1, "conj"), ("12", "12", "NUM", 7, "nummod"),
        ("villagers", "villager", "NOUN", 5, "dobj"), (".", ".", "PUNCT", 1, "punct"),
    ])
    assert len([e for e in build_events(shared) if e.type in ("attack_on_civilians", "armed_clash")]) == 1
    # Militants attacked a post and soldiers were killed .
    toll = parsed([
        ("Militants", "militant", "NOUN", 1, "nsubj"), ("attacked", "attack", "VERB", 1, "ROOT"),
        ("a", "a", "DET", 3, "det"), ("post", "post", "NOUN", 1, "dobj"), ("and", "and", "CCONJ", 1, "cc"),
        ("soldiers", "soldier", "NOUN", 7, "nsubjpass"), ("were", "be", "AUX", 7, "auxpass"),
        ("killed", "kill", "VERB", 1, "conj"), (".", ".", "PUNCT", 1, "punct"),
    ])
    assert len(build_events(toll)) == 1
    # Militants attacked a post and they burned a school . (a pronoun: the same people, one clause)
    pron = parsed([
        ("Militants", "militant", "NOUN", 1, "nsubj"), ("attacked", "attack", "VERB", 1, "ROOT"),
        ("a", "a", "DET", 3, "det"), ("post", "post", "NOUN", 1, "dobj"), ("and", "and", "CCONJ", 1, "cc"),
        ("they", "they", "PRON", 6, "nsubj"), ("raided", "raid", "VERB", 1, "conj"), ("a", "a", "DET", 8, "det"),
        ("camp", "camp", "NOUN", 6, "dobj"), (".", ".", "PUNCT", 1, "punct"),
    ])
    assert clause_of(pron[6]) == -1
    assert len([e for e in build_events(pron) if e.type == "armed_clash"]) == 1


def test_same_type_in_two_coordinated_clauses_is_two_events():
    # Police arrested four men and soldiers detained three herders .
    doc = parsed([
        ("Police", "police", "NOUN", 1, "nsubj"), ("arrested", "arrest", "VERB", 1, "ROOT"),
        ("four", "four", "NUM", 3, "nummod"), ("men", "man", "NOUN", 1, "dobj"), ("and", "and", "CCONJ", 1, "cc"),
        ("soldiers", "soldier", "NOUN", 6, "nsubj"), ("detained", "detain", "VERB", 1, "conj"),
        ("three", "three", "NUM", 8, "nummod"), ("herders", "herder", "NOUN", 6, "dobj"),
        (".", ".", "PUNCT", 1, "punct"),
    ])
    arrests = [e for e in build_events(doc) if e.type == "arrest"]
    assert len(arrests) == 2
    assert {a.text for e in arrests for a in e.actors if a.role == "actor"} == {"Police", "soldiers"}


def test_a_conjunct_with_its_own_auxiliary_keeps_its_own_modality():
    # The junta said it will not talk and has threatened to bomb the camps .
    doc = parsed([
        ("The", "the", "DET", 1, "det"), ("junta", "junta", "NOUN", 2, "nsubj"), ("said", "say", "VERB", 2, "ROOT"),
        ("it", "it", "PRON", 6, "nsubj"), ("will", "will", "AUX", 6, "aux"), ("not", "not", "PART", 6, "neg"),
        ("talk", "talk", "VERB", 2, "ccomp"), ("and", "and", "CCONJ", 6, "cc"), ("has", "have", "AUX", 9, "aux"),
        ("threatened", "threaten", "VERB", 6, "conj"), ("to", "to", "PART", 11, "aux"),
        ("bomb", "bomb", "VERB", 9, "xcomp"), ("the", "the", "DET", 13, "det"), ("camps", "camp", "NOUN", 11, "dobj"),
        (".", ".", "PUNCT", 2, "punct"),
    ])
    from footprint.events.filters import blocked
    from footprint.events.vocabulary import lexicon

    assert blocked(doc[9], lexicon()) == ""
    assert blocked(doc[11], lexicon()) == "intended"  # the bombing is only threatened
    assert [e.type for e in build_events(doc)] == ["threat"]
    # without its own auxiliary the conjunct shares the first one's: "will not talk or threaten"
    shared = parsed([
        ("The", "the", "DET", 1, "det"), ("junta", "junta", "NOUN", 4, "nsubj"), ("will", "will", "AUX", 4, "aux"),
        ("not", "not", "PART", 4, "neg"), ("talk", "talk", "VERB", 4, "ROOT"), ("or", "or", "CCONJ", 4, "cc"),
        ("threaten", "threaten", "VERB", 4, "conj"), ("the", "the", "DET", 8, "det"),
        ("rebels", "rebel", "NOUN", 6, "dobj"), (".", ".", "PUNCT", 4, "punct"),
    ])
    assert blocked(shared[6], lexicon()) != ""


def _outbreak(noun: str, lemma: str, tag_plural: bool = False, day: bool = True):
    # War between the army and the militia broke out in May .
    toks = [
        (noun, lemma, "NOUN", 7, "nsubj"), ("between", "between", "ADP", 0, "prep"), ("the", "the", "DET", 3, "det"),
        ("army", "army", "NOUN", 1, "pobj"), ("and", "and", "CCONJ", 3, "cc"), ("the", "the", "DET", 6, "det"),
        ("militia", "militia", "NOUN", 3, "conj"), ("broke", "break", "VERB", 7, "ROOT"), ("out", "out", "ADP", 7, "prt"),
    ]
    if day:
        toks += [("in", "in", "ADP", 7, "prep"), ("May", "May", "PROPN", 9, "pobj")]
    toks += [(".", ".", "PUNCT", 7, "punct")]
    doc = parsed(toks, ents=[(10, 11, "DATE")] if day else ())
    if tag_plural:
        doc[0].tag_ = "NNS"
    return doc


def test_a_war_that_breaks_out_is_a_clash_between_its_sides():
    [ev] = build_events(_outbreak("War", "war"))
    assert ev.type == "armed_clash"
    assert {a.text for a in ev.actors if a.role == "actor"} >= {"army", "militia"}
    # elsewhere a war is the setting: "The war displaced two million people ." tells no clash
    setting = parsed([
        ("The", "the", "DET", 1, "det"), ("war", "war", "NOUN", 2, "nsubj"), ("displaced", "displace", "VERB", 2, "ROOT"),
        ("two", "two", "NUM", 4, "compound"), ("million", "million", "NUM", 5, "nummod"),
        ("people", "people", "NOUN", 2, "dobj"), (".", ".", "PUNCT", 2, "punct"),
    ])
    assert not [e for e in build_events(setting) if e.type == "armed_clash"]


def test_plural_clashes_that_break_out_with_their_sides_are_an_event_not_a_trend():
    from footprint.events.filters import is_generic

    doc = _outbreak("Clashes", "clash", tag_plural=True)
    assert not is_generic(doc[0])
    assert [e.type for e in build_events(doc)] == ["armed_clash"]
    # "Clashes have become common ." stays a trend
    trend = parsed([("Clashes", "clash", "NOUN", 2, "nsubj"), ("have", "have", "AUX", 2, "aux"),
                    ("become", "become", "VERB", 2, "ROOT"), ("common", "common", "ADJ", 2, "acomp"),
                    (".", ".", "PUNCT", 2, "punct")])
    trend[0].tag_ = "NNS"
    assert is_generic(trend[0])


def test_a_pronoun_for_the_speaker_makes_the_speaker_act():
    from footprint.model import ActorMention, Attribution

    # The ministry said it had arrested 14 suspects .
    doc = parsed([
        ("The", "the", "DET", 1, "det"), ("ministry", "ministry", "NOUN", 2, "nsubj"), ("said", "say", "VERB", 2, "ROOT"),
        ("it", "it", "PRON", 5, "nsubj"), ("had", "have", "AUX", 5, "aux"), ("arrested", "arrest", "VERB", 2, "ccomp"),
        ("14", "14", "NUM", 7, "nummod"), ("suspects", "suspect", "NOUN", 5, "dobj"), (".", ".", "PUNCT", 2, "punct"),
    ])
    doc[3].tag_ = "PRP"
    doc._.fp_actors = [ActorMention(0, 12, "The ministry", "gov.ne", "Ministry of the Interior of Niger",
                                    type="government", country="NE")]
    doc._.fp_attributions = {0: Attribution(claimant="Ministry of the Interior of Niger", start=0, end=12,
                                            modality="reported")}
    [ev] = build_events(doc)
    assert ev.attribution.claimant == "Ministry of the Interior of Niger"
    assert [(a.name, a.role) for a in ev.actors if a.role == "actor"] == [("Ministry of the Interior of Niger", "actor")]


def test_a_prefixed_irregular_past_is_read_as_its_verb():
    from footprint.events.classify import trigger_keys

    # Soldiers retook the town . (the lemmatizer left "retook" as it is)
    doc = parsed([("Soldiers", "soldier", "NOUN", 1, "nsubj"), ("retook", "retook", "VERB", 1, "ROOT"),
                  ("the", "the", "DET", 3, "det"), ("town", "town", "NOUN", 1, "dobj"), (".", ".", "PUNCT", 1, "punct")])
    assert ("retake", 1) in trigger_keys(doc[1])
    assert [e.type for e in build_events(doc)] == ["territory_regained"]


def _mine(obj_dep: str, verb: str, lemma: str, site_word: str | None = None):
    # Militants stormed a (gold) mine .   /   A mine exploded .
    if obj_dep == "nsubj":
        return parsed([("A", "a", "DET", 1, "det"), ("mine", "mine", "NOUN", 2, "nsubj"),
                       (verb, lemma, "VERB", 2, "ROOT"), (".", ".", "PUNCT", 2, "punct")])
    toks = [("Militants", "militant", "NOUN", 1, "nsubj"), (verb, lemma, "VERB", 1, "ROOT"), ("a", "a", "DET", 3, "det")]
    if site_word:
        toks = toks[:2] + [("a", "a", "DET", 4, "det"), (site_word, site_word, "NOUN", 4, "compound")]
    n = len(toks)
    toks += [("mine", "mine", "NOUN", 1, "dobj"), (".", ".", "PUNCT", 1, "punct")]
    assert n in (3, 4)
    return parsed(toks)


def test_a_mine_that_is_a_place_says_nothing_about_explosives():
    from footprint.events.context import _mine_site

    stormed = _mine("dobj", "stormed", "storm")
    assert _mine_site(stormed[3])
    assert [e.type for e in build_events(stormed)] == ["armed_clash"]
    gold = _mine("dobj", "attacked", "attack", site_word="gold")
    assert _mine_site(gold[4])
    exploded = _mine("nsubj", "exploded", "explode")
    assert not _mine_site(exploded[1])
    assert [e.type for e in build_events(exploded)] == ["ied_attack"]
