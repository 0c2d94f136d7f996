"""Where one sentence tells two events and where one: a clause of contrast ("while a mine killed ..."), a
clause past a semicolon, and a subject that points back at a group ("one of them hit ...").
Hand-built parses of invented sentences (no model).

Tokens are (word, lemma, pos, tag, head, dep), the root points at itself."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from footprint.clauses import across_break, anaphoric, contrast_clause, is_own_clause
from footprint.events import build_events
from footprint.events.assemble import Stages
from footprint.events.filters import blocked
from footprint.events.syntax import event_clause
from footprint.events.vocabulary import lexicon
from footprint.testing import token_doc


STAGES = Stages(event_location=lambda *a: None, event_date=lambda *a: (None, False), is_meta=lambda doc, sent: False)


def repelled_while_mine(mark: str = "while", subj: tuple = ("mine", "mine", "NOUN", "NN")) -> Doc:
    # Troops repelled an assault near Kilo , while a mine killed two boys .
    return token_doc([
        ("Troops", "troop", "NOUN", "NNS", 1, "nsubj"), ("repelled", "repel", "VERB", "VBD", 1, "ROOT"),
        ("an", "an", "DET", "DT", 3, "det"), ("assault", "assault", "NOUN", "NN", 1, "dobj"),
        ("near", "near", "ADP", "IN", 1, "prep"), ("Kilo", "Kilo", "PROPN", "NNP", 4, "pobj"),
        (",", ",", "PUNCT", ",", 1, "punct"), (mark, mark, "SCONJ", "IN", 10, "mark"),
        ("a", "a", "DET", "DT", 9, "det"), (*subj, 10, "nsubj"),
        ("killed", "kill", "VERB", "VBD", 1, "advcl"), ("two", "two", "NUM", "CD", 12, "nummod"),
        ("boys", "boy", "NOUN", "NNS", 10, "dobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ])


def test_a_clause_of_contrast_with_its_own_subject_is_a_clause_of_its_own():
    doc = repelled_while_mine()
    assert contrast_clause(doc[10]) and event_clause(doc[10]) == 10 and event_clause(doc[3]) == -1
    # "because" is no contrast: the clause stays the main clause's
    assert not contrast_clause(repelled_while_mine("because")[10])


def test_a_mine_killing_while_troops_repel_an_assault_makes_two_events_each_with_its_own_type():
    evs = build_events(repelled_while_mine(), STAGES)
    types = sorted(e.type for e in evs)
    assert types == ["armed_clash", "ied_attack"], types
    mine = next(e for e in evs if e.type == "ied_attack")
    assert not mine.embedded  # told beside the clash, not inside it
    assert not any(a.role == "actor" and a.text == "Troops" for a in mine.actors), mine.actors


def test_a_pronoun_subject_of_contrast_stays_in_the_clause():
    doc = repelled_while_mine(subj=("they", "they", "PRON", "PRP"))
    assert not contrast_clause(doc[10])


def shot_dead_then_denied() -> Doc:
    # Police said the men were shot dead by gunmen ; the rebels denied it .
    return token_doc([
        ("Police", "police", "NOUN", "NNS", 1, "nsubj"), ("said", "say", "VERB", "VBD", 13, "ccomp"),
        ("the", "the", "DET", "DT", 3, "det"), ("men", "man", "NOUN", "NNS", 5, "nsubjpass"),
        ("were", "be", "AUX", "VBD", 5, "auxpass"), ("shot", "shoot", "VERB", "VBN", 1, "ccomp"),
        ("dead", "dead", "ADJ", "JJ", 5, "oprd"), ("by", "by", "ADP", "IN", 5, "agent"),
        ("gunmen", "gunman", "NOUN", "NNS", 7, "pobj"), (";", ";", "PUNCT", ":", 13, "punct"),
        ("the", "the", "DET", "DT", 11, "det"), ("rebels", "rebel", "NOUN", "NNS", 13, "nsubj"),
        ("flatly", "flatly", "ADV", "RB", 13, "advmod"), ("denied", "deny", "VERB", "VBD", 13, "ROOT"),
        ("it", "it", "PRON", "PRP", 13, "dobj"), (".", ".", "PUNCT", ".", 13, "punct"),
    ])


def test_a_clause_hung_across_a_semicolon_keeps_its_own_polarity():
    doc = shot_dead_then_denied()
    assert across_break(doc[1]) and not across_break(doc[5])
    assert blocked(doc[5], lexicon()) == ""
    evs = build_events(doc, STAGES)
    assert [e.type for e in evs] == ["attack_on_civilians"] or [e.type for e in evs] == ["armed_clash"], evs
    assert any(a.role == "actor" and a.text == "gunmen" for a in evs[0].actors)


def test_without_the_semicolon_the_denial_still_governs():
    # Police said ... gunmen , the rebels denied : the same tree with a comma is what the rebels deny
    tokens = shot_dead_then_denied()
    doc = token_doc([(t.text if t.i != 9 else ",", t.lemma_ if t.i != 9 else ",", t.pos_, t.tag_ if t.i != 9 else ",",
                   t.head.i, t.dep_) for t in tokens])
    assert not across_break(doc[1])
    assert blocked(doc[5], lexicon()) == "denied"


def fired_and_one_hit(subject: str = "one") -> Doc:
    # Rebels fired two rockets at a ship and one of them hit the deck .
    return token_doc([
        ("Rebels", "rebel", "NOUN", "NNS", 1, "nsubj"), ("fired", "fire", "VERB", "VBD", 1, "ROOT"),
        ("two", "two", "NUM", "CD", 3, "nummod"), ("rockets", "rocket", "NOUN", "NNS", 1, "dobj"),
        ("at", "at", "ADP", "IN", 1, "prep"), ("a", "a", "DET", "DT", 6, "det"),
        ("ship", "ship", "NOUN", "NN", 4, "pobj"), ("and", "and", "CCONJ", "CC", 1, "cc"),
        (subject, subject, "NUM", "CD", 11, "nsubj"), ("of", "of", "ADP", "IN", 8, "prep"),
        ("them", "they", "PRON", "PRP", 9, "pobj"), ("hit", "hit", "VERB", "VBD", 1, "conj"),
        ("the", "the", "DET", "DT", 13, "det"), ("deck", "deck", "NOUN", "NN", 11, "dobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ])


def test_one_of_them_points_back_and_tells_no_second_attack():
    doc = fired_and_one_hit()
    assert anaphoric(doc[8]) and not is_own_clause(doc[11])
    evs = build_events(doc, STAGES)
    assert len(evs) == 1 and evs[0].type == "shelling", [(e.type, e.trigger) for e in evs]


def test_a_number_that_is_no_part_of_a_group_named_before_is_a_subject_of_its_own():
    # "... and Kilo hit the deck": a name of its own opens a clause of its own
    doc = fired_and_one_hit("Kilo")
    assert not anaphoric(doc[8])


# --- a noun of work named by its goods is a civilian ---------------------------------------------------------


def killed(victim: list[tuple]) -> Doc:
    # Gunmen killed <two ...> near Kilo .
    n = len(victim)
    toks = [("Gunmen", "gunman", "NOUN", "NNS", 1, "nsubj"), ("killed", "kill", "VERB", "VBD", 1, "ROOT"),
            ("two", "two", "NUM", "CD", 1 + n + 1, "nummod")]
    toks += [(w, lemma, pos, tag, 1 + n + 1, dep) for w, lemma, pos, tag, dep in victim[:-1]]
    w, lemma, pos, tag, _ = victim[-1]
    toks += [(w, lemma, pos, tag, 1, "dobj"), ("near", "near", "ADP", "IN", 1, "prep"),
             ("Kilo", "Kilo", "PROPN", "NNP", n + 3, "pobj"), (".", ".", "PUNCT", ".", 1, "punct")]
    return token_doc(toks)


def test_gold_panners_and_charcoal_sellers_are_civilians():
    from footprint.events.syntax import livelihood
    for goods, worker in (("gold", "panner"), ("charcoal", "burner"), ("cattle", "keeper")):
        doc = killed([(goods, goods, "NOUN", "NN", "compound"), (worker + "s", worker, "NOUN", "NNS", "")])
        assert livelihood(doc[4], lexicon()), worker
        assert [e.type for e in build_events(doc, STAGES)] == ["attack_on_civilians"], worker


def test_goods_make_no_civilian_of_an_armed_noun_or_of_a_noun_of_no_work():
    from footprint.events.syntax import livelihood
    lex = lexicon()
    fighters = killed([("gold", "gold", "NOUN", "NN", "compound"), ("miners", "miner", "NOUN", "NNS", "")])
    assert has_civilian(fighters[4], lex)
    guards = killed([("gold", "gold", "NOUN", "NN", "compound"), ("fighters", "fighter", "NOUN", "NNS", "")])
    assert not livelihood(guards[4], lex)
    assert [e.type for e in build_events(guards, STAGES)] != ["attack_on_civilians"]
    trucks = killed([("gold", "gold", "NOUN", "NN", "compound"), ("convoys", "convoy", "NOUN", "NNS", "")])
    assert not livelihood(trucks[4], lex)  # no noun of work
    plain = killed([("the", "the", "DET", "DT", "det"), ("keepers", "keeper", "NOUN", "NNS", "")])
    assert not livelihood(plain[4], lex)  # a noun of work alone says nothing


def has_civilian(tok, lex) -> bool:
    from footprint.events.syntax import has_class
    return has_class(tok, "civilian", lex)


# --- what is taken: a person, or ground at home or abroad ----------------------------------------------------


def took(subject: list[tuple], verb: tuple = ("took", "take", "VERB", "VBD")) -> Doc:
    # <Xish forces> took Varnia on Monday .
    n = len(subject)
    toks = [(w, lemma, pos, tag, n - 1 if i < n - 1 else n, dep) for i, (w, lemma, pos, tag, dep) in enumerate(subject)]
    toks += [(*verb, n, "ROOT"), ("Varnia", "Varnia", "PROPN", "NNP", n, "dobj"),
             ("on", "on", "ADP", "IN", n, "prep"), ("Monday", "Monday", "PROPN", "NNP", n + 2, "pobj"),
             (".", ".", "PUNCT", ".", n, "punct")]
    return token_doc(toks)


def with_sides(doc: Doc, actor_country: str, place_country: str | None) -> Doc:
    from footprint.model import ActorMention, Place, PlaceMention
    first = doc[0]
    force = next(t for t in doc if t.dep_ == "nsubj")
    doc._.fp_actors = [ActorMention(start=first.idx, end=force.idx + len(force.text), text=doc.text[first.idx:force.idx + len(force.text)],
                                    actor_id=f"{actor_country.lower()}.army", name="Army", type="state_force",
                                    country=actor_country)]
    town = next(t for t in doc if t.text == "Varnia")
    doc._.fp_places = [PlaceMention(start=town.idx, end=town.idx + len(town.text), text="Varnia",
                                    place=Place(name="Varnia", lat=1.0, lon=2.0, country=place_country,
                                                precision="settlement"))]
    return doc


FORCES = [("Ruritanian", "ruritanian", "ADJ", "JJ", "amod"), ("forces", "force", "NOUN", "NNS", "nsubj")]


def test_a_state_force_taking_a_town_abroad_overtakes_it_and_at_home_regains_it():
    abroad = build_events(with_sides(took(FORCES), "RU", "UA"), STAGES)
    assert [e.type for e in abroad] == ["territory_overtaken"], abroad
    home = build_events(with_sides(took(FORCES), "UA", "UA"), STAGES)
    assert [e.type for e in home] == ["territory_regained"], home
    unknown = build_events(with_sides(took(FORCES), "UA", None), STAGES)
    assert [e.type for e in unknown] == ["territory_regained"], unknown  # no country known: as before


def test_retaking_read_from_the_surface_form_when_the_lemma_is_wrong():
    subject = [("a", "a", "DET", "DT", "det"), ("counteroffensive", "counteroffensive", "NOUN", "NN", "nsubj")]
    evs = build_events(took(subject, ("retook", "retook", "VERB", "VB")), STAGES)
    assert [e.type for e in evs] == ["territory_regained"], evs


def test_a_person_named_with_a_country_is_taken_not_the_country():
    # Rebels seized a Ruritanian pilot on Monday .
    doc = token_doc([
        ("Rebels", "rebel", "NOUN", "NNS", 1, "nsubj"), ("seized", "seize", "VERB", "VBD", 1, "ROOT"),
        ("a", "a", "DET", "DT", 4, "det"), ("Ruritania", "Ruritania", "PROPN", "NNP", 4, "compound"),
        ("pilot", "pilot", "NOUN", "NN", 1, "dobj"), ("on", "on", "ADP", "IN", 1, "prep"),
        ("Monday", "Monday", "PROPN", "NNP", 5, "pobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    doc.ents = [Span(doc, 3, 4, label="GPE")]
    from footprint.events.syntax import is_place
    assert not is_place(doc[4], lexicon(), frozenset())
    assert [e.type for e in build_events(doc, STAGES)] == ["abduction"]


# --- talk: blame after a denial, a charge that explains an arrest, a threat to hunt down --------------------------


def denied_and_blamed(gov: tuple = ("denied", "deny")) -> Doc:
    # The group denied that its men had been involved and blamed a rival militia for the massacre .
    return token_doc([
        ("The", "the", "DET", "DT", 1, "det"), ("group", "group", "NOUN", "NN", 2, "nsubj"),
        (gov[0], gov[1], "VERB", "VBD", 2, "ROOT"), ("that", "that", "SCONJ", "IN", 8, "mark"),
        ("its", "its", "PRON", "PRP$", 5, "poss"), ("men", "man", "NOUN", "NNS", 8, "nsubjpass"),
        ("had", "have", "AUX", "VBD", 8, "aux"), ("been", "be", "AUX", "VBN", 8, "auxpass"),
        ("involved", "involve", "VERB", "VBN", 2, "ccomp"), ("and", "and", "CCONJ", "CC", 8, "cc"),
        ("blamed", "blame", "VERB", "VBD", 8, "conj"), ("a", "a", "DET", "DT", 13, "det"),
        ("rival", "rival", "ADJ", "JJ", 13, "amod"), ("militia", "militia", "NOUN", "NN", 10, "dobj"),
        ("for", "for", "ADP", "IN", 10, "prep"), ("the", "the", "DET", "DT", 16, "det"),
        ("massacre", "massacre", "NOUN", "NN", 14, "pobj"), (".", ".", "PUNCT", ".", 2, "punct"),
    ])


def test_a_blame_hung_on_what_is_denied_joins_the_denial():
    from footprint.events.syntax import lifted_conj, subjects
    doc = denied_and_blamed()
    assert lifted_conj(doc[10]).i == 2 and [t.text for t in subjects(doc[10])] == ["group"]
    assert blocked(doc[10], lexicon()) == ""
    evs = [e for e in build_events(doc, STAGES) if e.type == "accusation"]
    assert evs and any(a.role == "actor" and a.text == "The group" or a.text == "group" for a in evs[0].actors), evs


def test_under_a_verb_of_saying_the_conjunct_stays_in_what_is_said():
    from footprint.events.syntax import lifted_conj
    doc = denied_and_blamed(("said", "say"))
    assert lifted_conj(doc[10]) is None


def arrested_a_man_they_accused(verb: tuple = ("arrested", "arrest")) -> Doc:
    # Police arrested a man they accused of guiding militants .
    return token_doc([
        ("Police", "police", "NOUN", "NNS", 1, "nsubj"), (verb[0], verb[1], "VERB", "VBD", 1, "ROOT"),
        ("a", "a", "DET", "DT", 3, "det"), ("man", "man", "NOUN", "NN", 1, "dobj"),
        ("they", "they", "PRON", "PRP", 5, "nsubj"), ("accused", "accuse", "VERB", "VBD", 3, "relcl"),
        ("of", "of", "ADP", "IN", 5, "prep"), ("guiding", "guide", "VERB", "VBG", 6, "pcomp"),
        ("militants", "militant", "NOUN", "NNS", 7, "dobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ])


def test_a_charge_told_of_the_person_arrested_is_part_of_the_arrest():
    assert [e.type for e in build_events(arrested_a_man_they_accused(), STAGES)] == ["arrest"]
    # a man they met, accused of ...: without an arrest the accusation stands
    assert "accusation" in [e.type for e in build_events(arrested_a_man_they_accused(("met", "meet")), STAGES)]


def test_hunting_down_is_force_a_side_says_it_will_use():
    # The commander said troops would hunt down the gunmen .
    doc = token_doc([
        ("The", "the", "DET", "DT", 1, "det"), ("commander", "commander", "NOUN", "NN", 2, "nsubj"),
        ("said", "say", "VERB", "VBD", 2, "ROOT"), ("troops", "troop", "NOUN", "NNS", 5, "nsubj"),
        ("would", "would", "AUX", "MD", 5, "aux"), ("hunt", "hunt", "VERB", "VB", 2, "ccomp"),
        ("down", "down", "ADP", "RP", 5, "prt"), ("the", "the", "DET", "DT", 8, "det"),
        ("gunmen", "gunman", "NOUN", "NNS", 5, "dobj"), (".", ".", "PUNCT", ".", 2, "punct"),
    ])
    assert [e.type for e in build_events(doc, STAGES)] == ["threat"]


def test_a_town_held_by_a_side_is_who_holds_it_not_a_capture():
    # Shells struck the market in Kilo , a town held by the army .
    doc = token_doc([
        ("Shells", "shell", "NOUN", "NNS", 1, "nsubj"), ("struck", "strike", "VERB", "VBD", 1, "ROOT"),
        ("the", "the", "DET", "DT", 3, "det"), ("market", "market", "NOUN", "NN", 1, "dobj"),
        ("in", "in", "ADP", "IN", 3, "prep"), ("Kilo", "Kilo", "PROPN", "NNP", 4, "pobj"),
        (",", ",", "PUNCT", ",", 5, "punct"), ("a", "a", "DET", "DT", 8, "det"),
        ("town", "town", "NOUN", "NN", 5, "appos"), ("held", "hold", "VERB", "VBN", 8, "acl"),
        ("by", "by", "ADP", "IN", 9, "agent"), ("the", "the", "DET", "DT", 12, "det"),
        ("army", "army", "NOUN", "NN", 10, "pobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    types = [e.type for e in build_events(doc, STAGES)]
    assert "territory_regained" not in types and "shelling" in types, types


def soldiers_fighting(place: tuple = ("it", "it", "PRON", "PRP")) -> Doc:
    # The war is older than the soldiers fighting in it .
    return token_doc([
        ("The", "the", "DET", "DT", 1, "det"), ("war", "war", "NOUN", "NN", 2, "nsubj"),
        ("is", "be", "AUX", "VBZ", 2, "ROOT"), ("older", "old", "ADJ", "JJR", 2, "acomp"),
        ("than", "than", "ADP", "IN", 3, "prep"), ("the", "the", "DET", "DT", 6, "det"),
        ("soldiers", "soldier", "NOUN", "NNS", 4, "pobj"), ("fighting", "fight", "VERB", "VBG", 6, "acl"),
        ("in", "in", "ADP", "IN", 7, "prep"), (*place, 8, "pobj"), (".", ".", "PUNCT", ".", 2, "punct"),
    ])


def test_soldiers_fighting_in_it_describe_the_soldiers():
    assert build_events(soldiers_fighting(), STAGES) == []
    # fighting in a named town is a fight told
    evs = build_events(soldiers_fighting(("Kilo", "Kilo", "PROPN", "NNP")), STAGES)
    assert [e.type for e in evs] == ["armed_clash"], evs
