"""A raid told only with its arrests is the arrest; events pointed back at ("either attack") or counted over a long
span ("have fought ... since the region was annexed", "has long been fought over") are not told as news."""

from __future__ import annotations

from footprint.events import build_events
from footprint.testing import actor_mention, token_doc

V = ("VERB", "VBD")


def _events(toks, actors=(), ents=()):
    doc = token_doc(toks, list(ents), meta={"doc_id": "d1"})
    doc._.fp_actors = [actor_mention(doc, first, last, name, None, kind) for first, last, name, kind in actors]
    return build_events(doc)


def _raid(before=()):
    # [before ,] police raided a compound and arrested six men .
    n = len(before)
    r = n + 1
    toks = list(before) + [
        ("police", "police", "NOUN", "NNS", r, "nsubj"), ("raided", "raid", *V, r, "ROOT"),
        ("a", "a", "DET", "DT", r + 2, "det"), ("compound", "compound", "NOUN", "NN", r, "dobj"),
        ("and", "and", "CCONJ", "CC", r, "cc"), ("arrested", "arrest", *V, r, "conj"),
        ("six", "six", "NUM", "CD", r + 6, "nummod"), ("men", "man", "NOUN", "NNS", r + 4, "dobj"),
        (".", ".", "PUNCT", ".", r, "punct"),
    ]
    return _events(toks, actors=[(n, n, "Police", "state_force")])


def test_a_raid_told_only_with_its_arrests_is_the_arrest():
    events = _raid()
    assert "arrest" in {e.type for e in events}
    assert not [e for e in events if e.trigger == "raided"]


def test_a_raid_told_with_a_shootout_stays_a_fight_of_its_own():
    during = [("During", "during", "ADP", "IN", 5, "prep"), ("a", "a", "DET", "DT", 2, "det"),
              ("shootout", "shootout", "NOUN", "NN", 0, "pobj"), (",", ",", "PUNCT", ",", 5, "punct")]
    events = _raid(during)
    assert "arrest" in {e.type for e in events}
    assert [e for e in events if e.trigger == "raided"]


def test_either_attack_points_back_at_attacks_told_before():
    toks = [("No", "no", "DET", "DT", 1, "det"), ("group", "group", "NOUN", "NN", 2, "nsubj"),
            ("claimed", "claim", *V, 2, "ROOT"), ("either", "either", "DET", "DT", 4, "det"),
            ("attack", "attack", "NOUN", "NN", 2, "dobj"), (".", ".", "PUNCT", ".", 2, "punct")]
    assert not [e for e in _events(toks) if e.trigger == "attack"]
    toks[3] = ("the", "the", "DET", "DT", 4, "det")
    toks[0] = ("A", "a", "DET", "DT", 1, "det")
    assert [e for e in _events(toks) if e.trigger == "attack"]


def _fought(tail):
    # Separatists have fought the army <tail> .
    toks = [("Separatists", "separatist", "NOUN", "NNS", 2, "nsubj"), ("have", "have", "AUX", "VBP", 2, "aux"),
            ("fought", "fight", "VERB", "VBN", 2, "ROOT"), ("the", "the", "DET", "DT", 4, "det"),
            ("army", "army", "NOUN", "NN", 2, "dobj")] + tail
    toks.append((".", ".", "PUNCT", ".", 2, "punct"))
    return [e for e in _events(toks, actors=[(0, 0, "Separatists", "armed_group"), (4, 4, "army", "state_force")])
            if e.trigger == "fought"]


def test_a_fight_counted_since_a_clause_is_a_history_not_an_event():
    since = [("since", "since", "SCONJ", "IN", 9, "mark"), ("the", "the", "DET", "DT", 7, "det"),
             ("region", "region", "NOUN", "NN", 9, "nsubjpass"), ("was", "be", "AUX", "VBD", 9, "auxpass"),
             ("annexed", "annex", "VERB", "VBN", 2, "advcl")]
    assert not _fought(since)
    # the same fight dated by a clause of "after" is told
    after = [("after", "after", "SCONJ", "IN", 9, "mark")] + since[1:]
    assert _fought(after)


def test_a_place_long_fought_over_is_a_state_not_an_event():
    def told(adverb):
        toks = [("The", "the", "DET", "DT", 1, "det"), ("valley", "valley", "NOUN", "NN", 5, "nsubjpass"),
                ("has", "have", "AUX", "VBZ", 5, "aux"), (adverb, adverb, "ADV", "RB", 5, "advmod"),
                ("been", "be", "AUX", "VBN", 5, "auxpass"), ("fought", "fight", "VERB", "VBN", 5, "ROOT"),
                ("over", "over", "ADP", "RP", 5, "prt"), ("by", "by", "ADP", "IN", 5, "agent"),
                ("armed", "armed", "ADJ", "JJ", 9, "amod"), ("groups", "group", "NOUN", "NNS", 7, "pobj"),
                (".", ".", "PUNCT", ".", 5, "punct")]
        return [e for e in _events(toks, actors=[(8, 9, "armed groups", "armed_group")]) if e.trigger == "fought"]

    assert not told("long")
    assert told("just")


def _seized(owner: str, fight: str = "kill"):
    # Fighters <fight>ed twenty militiamen and seized <owner> weapons .
    toks = [("Fighters", "fighter", "NOUN", "NNS", 1, "nsubj"), (fight + "ed", fight, *V, 1, "ROOT"),
            ("twenty", "twenty", "NUM", "CD", 3, "nummod"), ("militiamen", "militiaman", "NOUN", "NNS", 1, "dobj"),
            ("and", "and", "CCONJ", "CC", 1, "cc"), ("seized", "seize", *V, 1, "conj"),
            (owner, owner, "PRON" if owner == "their" else "DET", "PRP$" if owner == "their" else "DT", 7,
             "poss" if owner == "their" else "det"),
            ("weapons", "weapon", "NOUN", "NNS", 5, "dobj"), (".", ".", "PUNCT", ".", 1, "punct")]
    return {e.type for e in _events(toks, actors=[(0, 0, "Fighters", "armed_group")])}


def test_the_weapons_of_those_just_killed_are_the_fights_spoils():
    assert "disrupted_weapons" not in _seized("their")
    # weapons with no owner told may be a cache of their own
    assert "disrupted_weapons" in _seized("some")


def test_arms_recovered_from_a_camp_with_the_from_on_the_last_thing_listed_are_a_raids_spoils():
    first = [("Soldiers", "soldier", "NOUN", "NNS", 1, "nsubj"), ("raided", "raid", *V, 1, "ROOT"),
             ("a", "a", "DET", "DT", 3, "det"), ("camp", "camp", "NOUN", "NN", 1, "dobj"),
             (",", ",", "PUNCT", ",", 1, "punct"), ("killing", "kill", "VERB", "VBG", 1, "advcl"),
             ("five", "five", "NUM", "CD", 5, "dobj"), (".", ".", "PUNCT", ".", 1, "punct")]
    # They recovered rifles and ammunition from the camp . ("from" on "ammunition")
    second = [("They", "they", "PRON", "PRP", 1, "nsubj"), ("recovered", "recover", *V, 1, "ROOT"),
              ("rifles", "rifle", "NOUN", "NNS", 1, "dobj"), ("and", "and", "CCONJ", "CC", 2, "cc"),
              ("ammunition", "ammunition", "NOUN", "NN", 2, "conj"), ("from", "from", "ADP", "IN", 4, "prep"),
              ("the", "the", "DET", "DT", 7, "det"), ("camp", "camp", "NOUN", "NN", 5, "pobj"),
              (".", ".", "PUNCT", ".", 1, "punct")]
    n = len(first)
    toks = first + [(w, lemma, pos, tag, head + n, dep) for w, lemma, pos, tag, head, dep in second]
    doc = token_doc(toks, sent_starts=[i in (0, n) for i in range(len(toks))], meta={"doc_id": "d1"})
    doc._.fp_actors = [actor_mention(doc, 0, 0, "Soldiers", None, "state_force")]
    assert "disrupted_weapons" not in {e.type for e in build_events(doc)}
    alone = token_doc(second, meta={"doc_id": "d1"})
    alone._.fp_actors = []
    assert "disrupted_weapons" in {e.type for e in build_events(alone)}


def _split(dated: bool):
    # Comuneros , a group that split from the guerrilla [last week] , fought the army .
    toks = [("Comuneros", "Comuneros", "PROPN", "NNP", 10, "nsubj"), (",", ",", "PUNCT", ",", 0, "punct"),
            ("a", "a", "DET", "DT", 3, "det"), ("group", "group", "NOUN", "NN", 0, "appos"),
            ("that", "that", "PRON", "WDT", 5, "nsubj"), ("split", "split", *V, 3, "relcl"),
            ("from", "from", "ADP", "IN", 5, "prep"), ("the", "the", "DET", "DT", 8, "det"),
            ("guerrilla", "guerrilla", "NOUN", "NN", 6, "pobj")]
    ents = []
    if dated:
        toks += [("last", "last", "ADJ", "JJ", 10, "amod"), ("week", "week", "NOUN", "NN", 5, "npadvmod")]
        ents = [(9, 11, "DATE")]
    n = len(toks)
    toks += [(",", ",", "PUNCT", ",", 0, "punct"), ("fought", "fight", *V, n + 1, "ROOT"),
             ("the", "the", "DET", "DT", n + 3, "det"), ("army", "army", "NOUN", "NN", n + 1, "dobj"),
             (".", ".", "PUNCT", ".", n + 1, "punct")]
    toks[0] = toks[0][:4] + (n + 1, "nsubj")
    events = _events(toks, actors=[(0, 0, "Comuneros", "armed_group"), (n + 3, n + 3, "army", "state_force")], ents=ents)
    return [e for e in events if e.trigger == "split"], [e for e in events if e.trigger == "fought"]


def test_an_appositives_relative_clause_says_who_a_side_is():
    split, fought = _split(dated=False)
    assert not split and fought
    # a dated one may be news
    split, fought = _split(dated=True)
    assert split and fought


def test_a_pluperfect_passive_about_people_told_before_is_a_detail_not_an_event():
    def shot(subject):
        toks = [(subject, subject.lower(), "PRON", "PRP", 3, "nsubjpass"), ("had", "have", "AUX", "VBD", 3, "aux"),
                ("been", "be", "AUX", "VBN", 3, "auxpass"), ("shot", "shoot", "VERB", "VBN", 3, "ROOT"),
                ("in", "in", "ADP", "IN", 3, "prep"), ("the", "the", "DET", "DT", 6, "det"),
                ("head", "head", "NOUN", "NN", 4, "pobj"), (".", ".", "PUNCT", ".", 3, "punct")]
        return [e for e in _events(toks) if e.trigger == "shot"]

    assert not shot("Both")
    assert shot("Villagers")


def test_a_simple_present_with_still_is_a_state_that_goes_on():
    def moved(tag, word):
        toks = [("Insurgents", "insurgent", "NOUN", "NNS", 2, "nsubj"), ("still", "still", "ADV", "RB", 2, "advmod"),
                (word, "attack", "VERB", tag, 2, "ROOT"), ("the", "the", "DET", "DT", 4, "det"),
                ("villages", "village", "NOUN", "NNS", 2, "dobj"), (".", ".", "PUNCT", ".", 2, "punct")]
        return [e for e in _events(toks, actors=[(0, 0, "Insurgents", "armed_group")]) if e.trigger == word]

    assert not moved("VBP", "attack")
    assert moved("VBD", "attacked")
