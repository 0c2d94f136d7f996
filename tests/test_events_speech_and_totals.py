"""Threats told by others, enlisting persons, running totals, weapons turned on a target and raids: what is an
event of its own and who does it. Sentences are invented; parses are built by hand."""

from __future__ import annotations

from types import SimpleNamespace

from spacy.tokens import Doc

from footprint.events import build_events
from footprint.events.records import _pronoun_speaker
from footprint.model import ActorMention, Attribution
from footprint.testing import token_doc

# (word, lemma, pos, tag, head, dep)
Tok = tuple[str, str, str, str, int, str]


def _doc(toks: list[Tok], ents=(), mentions: tuple[tuple[int, str, str | None], ...] = ()) -> Doc:
    """A hand-parsed sentence; ``mentions``: (token index, actor type, actor id) of one-word actor mentions."""
    doc = token_doc(toks, list(ents), meta={"doc_id": "d1"})
    doc._.fp_actors = [ActorMention(start=doc[i].idx, end=doc[i].idx + len(doc[i].text), text=doc[i].text,
                                    actor_id=aid, name=doc[i].text, type=kind) for i, kind, aid in mentions]
    return doc


def _types(doc: Doc) -> list[str]:
    return [e.type for e in build_events(doc)]


# --- a person enlisting is no change to a group ---------------------------------------------------------

def test_one_person_joining_an_armed_group_is_no_group_change():
    doc = _doc([("He", "he", "PRON", "PRP", 1, "nsubj"), ("joined", "join", "VERB", "VBD", 1, "ROOT"),
                ("the", "the", "DET", "DT", 3, "det"), ("militia", "militia", "NOUN", "NN", 1, "dobj"),
                ("in", "in", "ADP", "IN", 1, "prep"), ("2005", "2005", "NUM", "CD", 4, "pobj"),
                (".", ".", "PUNCT", ".", 1, "punct")], ents=[(5, 6, "DATE")])
    assert "group_change" not in _types(doc)


def test_groups_joining_a_coalition_change_it():
    doc = _doc([("Two", "two", "NUM", "CD", 1, "nummod"), ("factions", "faction", "NOUN", "NNS", 2, "nsubj"),
                ("joined", "join", "VERB", "VBD", 2, "ROOT"), ("the", "the", "DET", "DT", 4, "det"),
                ("coalition", "coalition", "NOUN", "NN", 2, "dobj"), (".", ".", "PUNCT", ".", 2, "punct")])
    assert "group_change" in _types(doc)


# --- a warning of what another side could do is a forecast, not a threat --------------------------------

def _warned(subject: list[Tok], doer: Tok, verb: str = "retaliate") -> Doc:
    # <subject> warned that <doer> could <verb> .
    n = len(subject)
    warned = n
    toks = [(w, lm, p, t, warned if dep == "nsubj" else h, dep) for w, lm, p, t, h, dep in subject]
    toks += [("warned", "warn", "VERB", "VBD", warned, "ROOT"), ("that", "that", "SCONJ", "IN", n + 4, "mark")]
    toks += [doer[:4] + (n + 4, "nsubj"), ("could", "could", "AUX", "MD", n + 4, "aux"),
             (verb, verb, "VERB", "VB", warned, "ccomp"), (".", ".", "PUNCT", ".", warned, "punct")]
    return _doc(toks)


def test_an_official_warning_that_rebels_could_retaliate_is_no_threat():
    doc = _warned([("The", "the", "DET", "DT", 1, "det"), ("mayor", "mayor", "NOUN", "NN", 2, "nsubj")],
                  ("rebels", "rebel", "NOUN", "NNS"))
    assert "threat" not in _types(doc)


def test_a_side_saying_it_could_strike_threatens():
    doc = _warned([("The", "the", "DET", "DT", 1, "det"), ("group", "group", "NOUN", "NN", 2, "nsubj")],
                  ("it", "it", "PRON", "PRP"), verb="strike")
    assert "threat" in _types(doc)


def test_a_rebel_spokesman_warning_the_group_could_strike_threatens():
    doc = _warned([("A", "a", "DET", "DT", 2, "det"), ("rebel", "rebel", "NOUN", "NN", 2, "compound"),
                   ("spokesman", "spokesman", "NOUN", "NN", 3, "nsubj")], ("group", "group", "NOUN", "NN"),
                  verb="strike")
    assert "threat" in _types(doc)


def test_force_promised_in_return_in_the_passive_is_a_threat():
    # The ministry warned that any incursion would be met with a firm response .
    doc = _doc([("The", "the", "DET", "DT", 1, "det"), ("ministry", "ministry", "NOUN", "NN", 2, "nsubj"),
                ("warned", "warn", "VERB", "VBD", 2, "ROOT"), ("that", "that", "SCONJ", "IN", 8, "mark"),
                ("any", "any", "DET", "DT", 5, "det"), ("incursion", "incursion", "NOUN", "NN", 8, "nsubjpass"),
                ("would", "would", "AUX", "MD", 8, "aux"), ("be", "be", "AUX", "VB", 8, "auxpass"),
                ("met", "meet", "VERB", "VBN", 2, "ccomp"), ("with", "with", "ADP", "IN", 8, "prep"),
                ("a", "a", "DET", "DT", 12, "det"), ("firm", "firm", "ADJ", "JJ", 12, "amod"),
                ("response", "response", "NOUN", "NN", 9, "pobj"), (".", ".", "PUNCT", ".", 2, "punct")])
    threats = [e for e in build_events(doc) if e.type == "threat"]
    assert threats
    # the move answered is no party to the threat
    assert not any(a.text == "incursion" for e in threats for a in e.actors)


def test_a_meeting_is_no_threat():
    # The ministry said the envoys would be met with honours .
    doc = _doc([("The", "the", "DET", "DT", 1, "det"), ("ministry", "ministry", "NOUN", "NN", 2, "nsubj"),
                ("said", "say", "VERB", "VBD", 2, "ROOT"), ("the", "the", "DET", "DT", 4, "det"),
                ("envoys", "envoy", "NOUN", "NNS", 7, "nsubjpass"), ("would", "would", "AUX", "MD", 7, "aux"),
                ("be", "be", "AUX", "VB", 7, "auxpass"), ("met", "meet", "VERB", "VBN", 2, "ccomp"),
                ("with", "with", "ADP", "IN", 7, "prep"), ("honours", "honour", "NOUN", "NNS", 8, "pobj"),
                (".", ".", "PUNCT", ".", 2, "punct")])
    assert "threat" not in _types(doc)


# --- running totals of a conflict -------------------------------------------------------------------------

def _killed(subject: list[Tok], number: str = "900") -> Doc:
    # <subject> has killed <number> people .
    n = len(subject)
    toks = [(w, lm, p, t, n + 1 if dep == "nsubj" else h, dep) for w, lm, p, t, h, dep in subject]
    toks += [("has", "have", "AUX", "VBZ", n + 1, "aux"), ("killed", "kill", "VERB", "VBN", n + 1, "ROOT"),
             (number, number, "NUM", "CD", n + 3, "nummod"), ("people", "people", "NOUN", "NNS", n + 1, "dobj"),
             (".", ".", "PUNCT", ".", n + 1, "punct")]
    return _doc(toks)


def test_what_an_insurgency_has_killed_is_its_total():
    doc = _killed([("The", "the", "DET", "DT", 1, "det"), ("insurgency", "insurgency", "NOUN", "NN", 3, "nsubj")])
    assert not build_events(doc)


def test_a_toll_counted_from_when_the_fighting_began_is_a_total():
    # Fighting between the clans , which erupted in May , has killed 150 people .
    doc = _doc([("Fighting", "fight", "VERB", "VBG", 11, "nsubj"), ("between", "between", "ADP", "IN", 0, "prep"),
                ("the", "the", "DET", "DT", 3, "det"), ("clans", "clan", "NOUN", "NNS", 1, "pobj"),
                (",", ",", "PUNCT", ",", 3, "punct"), ("which", "which", "PRON", "WDT", 6, "nsubj"),
                ("erupted", "erupt", "VERB", "VBD", 3, "relcl"), ("in", "in", "ADP", "IN", 6, "prep"),
                ("May", "May", "PROPN", "NNP", 7, "pobj"), (",", ",", "PUNCT", ",", 0, "punct"),
                ("has", "have", "AUX", "VBZ", 11, "aux"), ("killed", "kill", "VERB", "VBN", 11, "ROOT"),
                ("150", "150", "NUM", "CD", 13, "nummod"), ("people", "people", "NOUN", "NNS", 11, "dobj"),
                (".", ".", "PUNCT", ".", 11, "punct")], ents=[(8, 9, "DATE")])
    assert not build_events(doc)


def test_gunmen_who_have_killed_people_make_an_event():
    doc = _killed([("Gunmen", "gunman", "NOUN", "NNS", 1, "nsubj")], number="five")
    assert "attack_on_civilians" in _types(doc)


# --- a weapon used against a target ------------------------------------------------------------------------

def _used(obj: Tok, against: bool = True, destroyed: bool = False) -> Doc:
    # Rebels used <obj> [against a truck] [; the truck was destroyed] .
    root = 10 if destroyed else 1
    toks: list[Tok] = [("Rebels", "rebel", "NOUN", "NNS", 1, "nsubj"),
                       ("used", "use", "VERB", "VBD", root, "ccomp" if destroyed else "ROOT"), obj[:4] + (1, "dobj")]
    if against:
        toks += [("against", "against", "ADP", "IN", 1, "prep"), ("a", "a", "DET", "DT", 5, "det"),
                 ("truck", "truck", "NOUN", "NN", 3, "pobj")]
    if destroyed:
        toks += [(";", ";", "PUNCT", ":", 10, "punct"), ("the", "the", "DET", "DT", 8, "det"),
                 ("truck", "truck", "NOUN", "NN", 10, "nsubjpass"), ("was", "be", "AUX", "VBD", 10, "auxpass"),
                 ("destroyed", "destroy", "VERB", "VBN", 10, "ROOT")]
    toks.append((".", ".", "PUNCT", ".", root, "punct"))
    return _doc(toks, mentions=((0, "armed_group", None),))


def test_drones_used_against_a_vehicle_are_a_drone_strike_by_the_users():
    events = [e for e in build_events(_used(("drones", "drone", "NOUN", "NNS"))) if e.trigger == "used"]
    assert [e.type for e in events] == ["drone_strike"]
    assert [a.text for a in events[0].actors if a.role == "actor"] == ["Rebels"]


def test_using_a_thing_that_is_no_weapon_is_no_attack():
    assert not {"drone_strike", "armed_clash", "attack_on_civilians"} & set(
        _types(_used(("ladders", "ladder", "NOUN", "NNS"))))


def test_a_weapon_used_against_no_one_is_no_attack():
    assert "drone_strike" not in _types(_used(("drones", "drone", "NOUN", "NNS"), against=False))


def test_damage_told_beside_a_strike_is_the_strike_not_a_looting():
    types = _types(_used(("drones", "drone", "NOUN", "NNS"), destroyed=True))
    assert "drone_strike" in types
    assert "looting" not in types


# --- raids -----------------------------------------------------------------------------------------------

def test_a_harming_participle_read_on_the_next_subject_still_makes_the_raid_harm_people():
    # Rebels entered Kaleo , forced traders to close , held a meeting and withdrew .
    # (parsed as the small model does: "forced" a participle on "traders", the subject of "held")
    doc = _doc([("Rebels", "rebel", "NOUN", "NNS", 1, "nsubj"), ("entered", "enter", "VERB", "VBD", 1, "ROOT"),
                ("Kaleo", "Kaleo", "PROPN", "NNP", 1, "dobj"), (",", ",", "PUNCT", ",", 1, "punct"),
                ("forced", "force", "VERB", "VBN", 5, "amod"), ("traders", "trader", "NOUN", "NNS", 9, "nsubj"),
                ("to", "to", "PART", "TO", 7, "aux"), ("close", "close", "VERB", "VB", 5, "relcl"),
                (",", ",", "PUNCT", ",", 9, "punct"), ("held", "hold", "VERB", "VBD", 1, "conj"),
                ("a", "a", "DET", "DT", 11, "det"), ("meeting", "meeting", "NOUN", "NN", 9, "dobj"),
                ("and", "and", "CCONJ", "CC", 9, "cc"), ("withdrew", "withdraw", "VERB", "VBD", 9, "conj"),
                (".", ".", "PUNCT", ".", 1, "punct")], ents=[(2, 3, "GPE")], mentions=((0, "armed_group", None),))
    fixed = {e.trigger: e.type for e in build_events(doc)}
    assert fixed.get("entered") == "attack_on_civilians"
    assert "withdrawal" not in fixed.values()


def test_leaving_after_a_raid_is_no_withdrawal():
    # Rebels entered Kaleo , burned houses and withdrew .
    doc = _doc([("Rebels", "rebel", "NOUN", "NNS", 1, "nsubj"), ("entered", "enter", "VERB", "VBD", 1, "ROOT"),
                ("Kaleo", "Kaleo", "PROPN", "NNP", 1, "dobj"), (",", ",", "PUNCT", ",", 1, "punct"),
                ("burned", "burn", "VERB", "VBD", 1, "conj"), ("houses", "house", "NOUN", "NNS", 4, "dobj"),
                ("and", "and", "CCONJ", "CC", 4, "cc"), ("withdrew", "withdraw", "VERB", "VBD", 4, "conj"),
                (".", ".", "PUNCT", ".", 1, "punct")], ents=[(2, 3, "GPE")], mentions=((0, "armed_group", None),))
    assert "withdrawal" not in _types(doc)


# --- who speaks does the speech act -----------------------------------------------------------------------

def _speech(type_: str, subject: str) -> tuple[Doc, SimpleNamespace]:
    # The ministry spoke . <subject> warned again .
    doc = _doc([("The", "the", "DET", "DT", 1, "det"), ("ministry", "ministry", "NOUN", "NN", 2, "nsubj"),
                ("spoke", "speak", "VERB", "VBD", 2, "ROOT"), (".", ".", "PUNCT", ".", 2, "punct"),
                (subject, subject.lower(), "PRON", "PRP", 5, "nsubj"), ("warned", "warn", "VERB", "VBD", 5, "ROOT"),
                ("again", "again", "ADV", "RB", 5, "advmod"), (".", ".", "PUNCT", ".", 5, "punct")],
               mentions=((1, "government", "government.xx"),))
    tok = doc[5]
    draft = SimpleNamespace(etype=SimpleNamespace(name=type_), actors=[],
                            cand=SimpleNamespace(token=tok, start=tok.idx))
    return doc, draft


def test_a_pronoun_speaker_of_a_threat_is_the_claimant_named_before():
    doc, draft = _speech("threat", "It")
    found = _pronoun_speaker(doc, draft, Attribution(claimant="the ministry", claimant_id="government.xx"))
    assert [(a.id, a.role) for a in found] == [("government.xx", "actor")]


def test_the_claimant_is_no_actor_of_a_violent_event_or_of_a_named_speaker():
    doc, draft = _speech("armed_clash", "It")
    attribution = Attribution(claimant="the ministry", claimant_id="government.xx")
    assert _pronoun_speaker(doc, draft, attribution) == []
    doc, draft = _speech("threat", "It")
    assert _pronoun_speaker(doc, draft, Attribution(claimant="someone", claimant_id="other.yy")) == []
    assert _pronoun_speaker(doc, draft, Attribution()) == []


# --- armed men are no mob; damage in a run of killings is the attack's ------------------------------------

def _beat(subject: Tok) -> Doc:
    # <subject> beat the driver .
    return _doc([subject[:4] + (1, "nsubj"), ("beat", "beat", "VERB", "VBD", 1, "ROOT"),
                 ("the", "the", "DET", "DT", 3, "det"), ("driver", "driver", "NOUN", "NN", 1, "dobj"),
                 (".", ".", "PUNCT", ".", 1, "punct")])


def test_armed_men_beating_a_driver_attack_a_civilian():
    types = _types(_beat(("Gunmen", "gunman", "NOUN", "NNS")))
    assert "attack_on_civilians" in types and "mob_violence" not in types


def test_villagers_beating_someone_are_still_a_mob():
    assert "mob_violence" in _types(_beat(("Villagers", "villager", "NOUN", "NNS")))


def test_burning_in_the_same_run_as_shooting_people_is_part_of_the_attack():
    # Gunmen shot two farmers and burned the granary .
    doc = _doc([("Gunmen", "gunman", "NOUN", "NNS", 1, "nsubj"), ("shot", "shoot", "VERB", "VBD", 1, "ROOT"),
                ("two", "two", "NUM", "CD", 3, "nummod"), ("farmers", "farmer", "NOUN", "NNS", 1, "dobj"),
                ("and", "and", "CCONJ", "CC", 1, "cc"), ("burned", "burn", "VERB", "VBD", 1, "conj"),
                ("the", "the", "DET", "DT", 7, "det"), ("granary", "granary", "NOUN", "NN", 5, "dobj"),
                (".", ".", "PUNCT", ".", 1, "punct")])
    types = _types(doc)
    assert "attack_on_civilians" in types and "looting" not in types


def test_burning_alone_is_a_looting():
    # Gunmen burned the granary .
    doc = _doc([("Gunmen", "gunman", "NOUN", "NNS", 1, "nsubj"), ("burned", "burn", "VERB", "VBD", 1, "ROOT"),
                ("the", "the", "DET", "DT", 3, "det"), ("granary", "granary", "NOUN", "NN", 1, "dobj"),
                (".", ".", "PUNCT", ".", 1, "punct")])
    assert "looting" in _types(doc)
