"""Who acts and who suffers: role rules read from hand-built parses (no model is loaded).

Each sentence is invented; tokens are (word, lemma, pos, tag, head, dep), the root points at itself."""

from __future__ import annotations

from spacy.tokens import Doc

from footprint.events import build_events
from footprint.events.arguments import active_participle, crowd_acted_on, timeless
from footprint.events.roles import (aimed_at, antecedent, assessed, go_betweens, linked_to, list_members, national_weapon,
                                    phrase, speaker_org, setting_possessor, toll_victims)
from footprint.events.vocabulary import lexicon
from footprint.testing import actor_mention as mention, token_doc


def roles_of(doc: Doc, type_: str) -> set[tuple[str, str]]:
    evs = [e for e in build_events(doc) if e.type == type_]
    assert evs, [e.type for e in build_events(doc)]
    return {(a.text, a.role) for e in evs for a in e.actors}


def test_a_day_is_no_target_and_the_other_side_of_a_clash_is():
    # Chadian soldiers clashed with Boko Haram fighters on Sunday .
    doc = token_doc([
        ("Chadian", "chadian", "ADJ", "JJ", 1, "amod"), ("soldiers", "soldier", "NOUN", "NNS", 2, "nsubj"),
        ("clashed", "clash", "VERB", "VBD", 2, "ROOT"), ("with", "with", "ADP", "IN", 2, "prep"),
        ("Boko", "Boko", "PROPN", "NNP", 5, "compound"), ("Haram", "Haram", "PROPN", "NNP", 6, "compound"),
        ("fighters", "fighter", "NOUN", "NNS", 3, "pobj"), ("on", "on", "ADP", "IN", 2, "prep"),
        ("Sunday", "Sunday", "PROPN", "NNP", 7, "pobj"), (".", ".", "PUNCT", ".", 2, "punct"),
    ], ents=[(8, 9, "DATE")])
    doc._.fp_actors = [mention(doc, 0, 1, "Chadian Armed Forces", "armed_forces.td", "state_force"),
                       mention(doc, 4, 6, "Boko Haram", "boko_haram", "armed_group")]
    assert roles_of(doc, "armed_clash") == {("Chadian soldiers", "actor"), ("Boko Haram fighters", "target")}
    assert timeless([doc[8], doc[6]]) == [doc[6]]


def test_a_relative_pronoun_subject_is_the_noun_its_clause_describes():
    # Gunmen who raided the village abducted 20 women .
    doc = token_doc([
        ("Gunmen", "gunman", "NOUN", "NNS", 5, "nsubj"), ("who", "who", "PRON", "WP", 2, "nsubj"),
        ("raided", "raid", "VERB", "VBD", 0, "relcl"), ("the", "the", "DET", "DT", 4, "det"),
        ("village", "village", "NOUN", "NN", 2, "dobj"), ("abducted", "abduct", "VERB", "VBD", 5, "ROOT"),
        ("20", "20", "NUM", "CD", 7, "nummod"), ("women", "woman", "NOUN", "NNS", 5, "dobj"),
        (".", ".", "PUNCT", ".", 5, "punct"),
    ])
    evs = build_events(doc)
    raid = [e for e in evs if e.trigger == "raided"]
    assert raid and ("Gunmen", "actor") in {(a.text, a.role) for a in raid[0].actors}


def test_a_past_form_with_an_object_is_the_verb_not_a_reduced_relative():
    # Men in uniform executed 30 civilians .   (the parser hung "executed" on "Men")
    doc = token_doc([
        ("Men", "man", "NOUN", "NNS", 0, "ROOT"), ("in", "in", "ADP", "IN", 0, "prep"),
        ("uniform", "uniform", "NOUN", "NN", 1, "pobj"), ("executed", "execute", "VERB", "VBN", 0, "acl"),
        ("30", "30", "NUM", "CD", 5, "nummod"), ("civilians", "civilian", "NOUN", "NNS", 3, "dobj"),
        (".", ".", "PUNCT", ".", 0, "punct"),
    ])
    assert active_participle(doc[3])
    found = {(a.text, a.role) for e in build_events(doc) for a in e.actors}
    assert ("Men in uniform", "actor") in found and ("civilians", "target") in found
    assert ("Men in uniform", "target") not in found


def test_a_true_reduced_relative_stays_passive():
    # Civilians killed by gunmen were buried .   ("killed" has an agent: the civilians suffer it)
    doc = token_doc([
        ("Civilians", "civilian", "NOUN", "NNS", 5, "nsubjpass"), ("killed", "kill", "VERB", "VBN", 0, "acl"),
        ("by", "by", "ADP", "IN", 1, "agent"), ("gunmen", "gunman", "NOUN", "NNS", 2, "pobj"),
        ("were", "be", "AUX", "VBD", 5, "auxpass"), ("buried", "bury", "VERB", "VBN", 5, "ROOT"),
        (".", ".", "PUNCT", ".", 5, "punct"),
    ])
    assert not active_participle(doc[1])


def _missing_journalist() -> Doc:
    # A journalist critical of the junta has been missing since he was taken from his home by armed men .
    return token_doc([
        ("A", "a", "DET", "DT", 1, "det"), ("journalist", "journalist", "NOUN", "NN", 8, "nsubj"),
        ("critical", "critical", "ADJ", "JJ", 1, "amod"), ("of", "of", "ADP", "IN", 2, "prep"),
        ("the", "the", "DET", "DT", 5, "det"), ("junta", "junta", "NOUN", "NN", 3, "pobj"),
        ("has", "have", "AUX", "VBZ", 8, "aux"), ("been", "be", "AUX", "VBN", 8, "aux"),
        ("missing", "miss", "VERB", "VBG", 8, "ROOT"), ("since", "since", "SCONJ", "IN", 12, "mark"),
        ("he", "he", "PRON", "PRP", 12, "nsubjpass"), ("was", "be", "AUX", "VBD", 12, "auxpass"),
        ("taken", "take", "VERB", "VBN", 8, "advcl"), ("from", "from", "ADP", "IN", 12, "prep"),
        ("his", "his", "PRON", "PRP$", 15, "poss"), ("home", "home", "NOUN", "NN", 13, "pobj"),
        ("by", "by", "ADP", "IN", 12, "agent"), ("armed", "armed", "ADJ", "JJ", 18, "amod"),
        ("men", "man", "NOUN", "NNS", 16, "pobj"), (".", ".", "PUNCT", ".", 8, "punct"),
    ])


def test_a_pronoun_in_a_subordinate_clause_stands_for_the_main_subject_as_named():
    doc = _missing_journalist()
    doc._.fp_actors = [mention(doc, 5, 5, "Government of Burkina Faso", "government.bf", "government")]
    assert antecedent(doc[10], lexicon()).i == 1
    found = roles_of(doc, "abduction")
    assert ("journalist", "target") in found and ("armed men", "actor") in found
    # what the adjective says about the reporter names no one who suffers the abduction
    assert not any(text == "junta" for text, _ in found)
    assert doc[5] not in phrase(doc[1])


def test_a_pronoun_of_another_number_has_no_antecedent():
    doc = _missing_journalist()
    they = token_doc([(t.text if t.i != 10 else "they", t.lemma_ if t.i != 10 else "they", t.pos_, t.tag_, t.head.i,
                    t.dep_) for t in doc])
    assert antecedent(they[10], lexicon()) is None


def test_a_list_parsed_as_an_apposition_gives_every_member_the_role():
    # Chad , Niger and Sudan signed an accord .
    doc = token_doc([
        ("Chad", "Chad", "PROPN", "NNP", 5, "nsubj"), (",", ",", "PUNCT", ",", 0, "punct"),
        ("Niger", "Niger", "PROPN", "NNP", 0, "appos"), ("and", "and", "CCONJ", "CC", 2, "cc"),
        ("Sudan", "Sudan", "PROPN", "NNP", 2, "conj"), ("signed", "sign", "VERB", "VBD", 5, "ROOT"),
        ("an", "an", "DET", "DT", 7, "det"), ("accord", "accord", "NOUN", "NN", 5, "dobj"),
        (".", ".", "PUNCT", ".", 5, "punct"),
    ])
    doc._.fp_actors = [mention(doc, i, i, n, f"country.{c}", "country")
                       for i, n, c in ((0, "Chad", "td"), (2, "Niger", "ne"), (4, "Sudan", "sd"))]
    assert [t.text for t in list_members(doc[0])] == ["Niger", "Sudan"]
    found = {(a.name, a.role) for e in build_events(doc) for a in e.actors}
    assert {("Chad", "actor"), ("Niger", "actor"), ("Sudan", "actor")} <= found


def test_residents_of_a_town_are_people_not_the_town():
    # Al-Shabaab warned residents of Jowhar .
    doc = token_doc([
        ("Al-Shabaab", "Al-Shabaab", "PROPN", "NNP", 1, "nsubj"), ("warned", "warn", "VERB", "VBD", 1, "ROOT"),
        ("residents", "resident", "NOUN", "NNS", 1, "dobj"), ("of", "of", "ADP", "IN", 2, "prep"),
        ("Jowhar", "Jowhar", "PROPN", "NNP", 3, "pobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    doc._.fp_actors = [mention(doc, 0, 0, "Al-Shabaab", "al_shabaab", "armed_group"),
                       mention(doc, 4, 4, "Jowhar", None, "person")]
    assert doc[4] not in phrase(doc[2])
    found = {(a.text, a.role) for e in build_events(doc) for a in e.actors}
    assert ("residents", "target") in found and not any(t == "Jowhar" for t, _ in found)


def _linked(head_mention: bool) -> Doc:
    # Insurgents linked to the Islamic State captured Palma .
    doc = token_doc([
        ("Insurgents", "insurgent", "NOUN", "NNS", 6, "nsubj"), ("linked", "link", "VERB", "VBN", 0, "acl"),
        ("to", "to", "ADP", "IN", 1, "prep"), ("the", "the", "DET", "DT", 5, "det"),
        ("Islamic", "Islamic", "PROPN", "NNP", 5, "compound"), ("State", "State", "PROPN", "NNP", 2, "pobj"),
        ("captured", "capture", "VERB", "VBD", 6, "ROOT"), ("Palma", "Palma", "PROPN", "NNP", 6, "dobj"),
        (".", ".", "PUNCT", ".", 6, "punct"),
    ], ents=[(7, 8, "GPE")])
    doc._.fp_actors = [mention(doc, 0, 0, "Insurgents" if not head_mention else "Ansar al-Sunna",
                               None if not head_mention else "ansar_al_sunna", "armed_group"),
                       mention(doc, 4, 5, "Islamic State", "islamic_state", "armed_group")]
    return doc


def test_unnamed_members_linked_to_an_organisation_act_as_it():
    doc = _linked(False)
    assert [t.text for t in linked_to(doc[0])] == ["State"]
    found = {(a.name, a.role) for e in build_events(doc) for a in e.actors}
    assert ("Islamic State", "actor") in found


def test_a_named_group_linked_to_another_keeps_it_as_a_party():
    found = {(a.name, a.role) for e in build_events(_linked(True)) for a in e.actors}
    assert ("Islamic State", "associated") in found and ("Ansar al-Sunna", "actor") in found


def test_the_parser_reading_linked_as_the_verb_still_ties_the_subject():
    # Insurgents linked to the Islamic State captured Palma .   ("linked" the root, "captured" below it)
    doc = token_doc([
        ("Insurgents", "insurgent", "NOUN", "NNS", 1, "nsubj"), ("linked", "link", "VERB", "VBD", 1, "ROOT"),
        ("to", "to", "ADP", "IN", 1, "prep"), ("the", "the", "DET", "DT", 5, "det"),
        ("Islamic", "Islamic", "PROPN", "NNP", 5, "compound"), ("State", "State", "PROPN", "NNP", 2, "pobj"),
        ("captured", "capture", "VERB", "VBD", 1, "advcl"), ("Palma", "Palma", "PROPN", "NNP", 6, "dobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    assert [t.text for t in linked_to(doc[0])] == ["State"]
    # "linked up with" is a verb of its own: no tie
    up = token_doc([(t.text, t.lemma_, t.pos_, t.tag_, t.head.i, t.dep_) for t in doc][:2]
                + [("up", "up", "ADP", "RP", 1, "prt")] + [(t.text, t.lemma_, t.pos_, t.tag_, t.head.i + (
                    t.head.i >= 2), t.dep_) for t in doc][2:])
    assert linked_to(up[0]) == []


def test_those_a_toll_clause_counts_are_targets():
    # Gunmen ambushed a convoy near Gao , killing seven soldiers and wounding four .
    doc = token_doc([
        ("Gunmen", "gunman", "NOUN", "NNS", 1, "nsubj"), ("ambushed", "ambush", "VERB", "VBD", 1, "ROOT"),
        ("a", "a", "DET", "DT", 3, "det"), ("convoy", "convoy", "NOUN", "NN", 1, "dobj"),
        ("near", "near", "ADP", "IN", 3, "prep"), ("Gao", "Gao", "PROPN", "NNP", 4, "pobj"),
        (",", ",", "PUNCT", ",", 1, "punct"), ("killing", "kill", "VERB", "VBG", 1, "advcl"),
        ("seven", "seven", "NUM", "CD", 9, "nummod"), ("soldiers", "soldier", "NOUN", "NNS", 7, "dobj"),
        ("and", "and", "CCONJ", "CC", 7, "cc"), ("wounding", "wound", "VERB", "VBG", 7, "conj"),
        ("four", "four", "NUM", "CD", 11, "dobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ], ents=[(5, 6, "GPE")])
    assert [t.text for t in toll_victims(doc[1])] == ["soldiers"]
    assert ("soldiers", "target") in roles_of(doc, "ambush")


def test_allegiance_makes_a_party_not_a_target():
    # The faction pledged allegiance to the Islamic State .
    doc = token_doc([
        ("The", "the", "DET", "DT", 1, "det"), ("faction", "faction", "NOUN", "NN", 2, "nsubj"),
        ("pledged", "pledge", "VERB", "VBD", 2, "ROOT"), ("allegiance", "allegiance", "NOUN", "NN", 2, "dobj"),
        ("to", "to", "ADP", "IN", 3, "prep"), ("the", "the", "DET", "DT", 7, "det"),
        ("Islamic", "Islamic", "PROPN", "NNP", 7, "compound"), ("State", "State", "PROPN", "NNP", 4, "pobj"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ])
    doc._.fp_actors = [mention(doc, 6, 7, "Islamic State", "islamic_state", "armed_group")]
    found = {(a.name, a.role) for e in build_events(doc) for a in e.actors}
    assert ("Islamic State", "associated") in found and ("Islamic State", "target") not in found


def test_a_party_named_with_a_noun_trigger_takes_part():
    # Chadian troops held a joint exercise with French troops .
    doc = token_doc([
        ("Chadian", "chadian", "ADJ", "JJ", 1, "amod"), ("troops", "troop", "NOUN", "NNS", 2, "nsubj"),
        ("held", "hold", "VERB", "VBD", 2, "ROOT"), ("a", "a", "DET", "DT", 5, "det"),
        ("joint", "joint", "ADJ", "JJ", 5, "amod"), ("exercise", "exercise", "NOUN", "NN", 2, "dobj"),
        ("with", "with", "ADP", "IN", 5, "prep"), ("French", "french", "ADJ", "JJ", 8, "amod"),
        ("troops", "troop", "NOUN", "NNS", 6, "pobj"), (".", ".", "PUNCT", ".", 2, "punct"),
    ])
    doc._.fp_actors = [mention(doc, 0, 1, "Chadian Armed Forces", "armed_forces.td", "state_force"),
                       mention(doc, 7, 8, "French Armed Forces", "armed_forces.fr", "state_force")]
    found = roles_of(doc, "training")
    assert ("Chadian troops", "actor") in found and ("French troops", "associated") in found


def test_forces_acting_on_marchers_are_the_actor_and_the_marchers_the_target():
    # Police fired tear gas at protesters marching on parliament .
    doc = token_doc([
        ("Police", "police", "NOUN", "NNS", 1, "nsubj"), ("fired", "fire", "VERB", "VBD", 1, "ROOT"),
        ("tear", "tear", "NOUN", "NN", 3, "compound"), ("gas", "gas", "NOUN", "NN", 1, "dobj"),
        ("at", "at", "ADP", "IN", 3, "prep"), ("protesters", "protester", "NOUN", "NNS", 6, "nsubj"),
        ("marching", "march", "VERB", "VBG", 4, "pcomp"), ("on", "on", "ADP", "IN", 6, "prep"),
        ("parliament", "parliament", "NOUN", "NN", 7, "pobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    forces, crowd = crowd_acted_on(doc[6])
    assert [t.text for t in forces] == ["Police"] and [t.text for t in crowd] == ["protesters"]
    evs = [e for e in build_events(doc) if e.type in ("protest_intervention", "protest_excessive_force")]
    assert evs
    found = {(a.text, a.role) for e in evs for a in e.actors}
    assert ("Police", "actor") in found and ("protesters", "target") in found
    assert ("protesters", "actor") not in found


def test_marchers_no_force_acts_on_stay_the_actor():
    # Students marching on parliament were cheered .
    doc = token_doc([
        ("Students", "student", "NOUN", "NNS", 5, "nsubjpass"), ("marching", "march", "VERB", "VBG", 0, "acl"),
        ("on", "on", "ADP", "IN", 1, "prep"), ("parliament", "parliament", "NOUN", "NN", 2, "pobj"),
        ("were", "be", "AUX", "VBD", 5, "auxpass"), ("cheered", "cheer", "VERB", "VBN", 5, "ROOT"),
        (".", ".", "PUNCT", ".", 5, "punct"),
    ])
    assert crowd_acted_on(doc[1]) == ([], [])


def test_a_capitalised_plural_the_parser_took_for_a_name_still_names_people():
    # Gendarmes detained 30 men .
    doc = token_doc([
        ("Gendarmes", "Gendarmes", "PROPN", "NNPS", 1, "nsubj"), ("detained", "detain", "VERB", "VBD", 1, "ROOT"),
        ("30", "30", "NUM", "CD", 3, "nummod"), ("men", "man", "NOUN", "NNS", 1, "dobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    assert ("Gendarmes", "actor") in roles_of(doc, "arrest")


def test_a_conjunct_aimed_at_someone_gives_the_target():
    # Rioters burned tyres and threw stones at police .
    doc = token_doc([
        ("Rioters", "rioter", "NOUN", "NNS", 1, "nsubj"), ("burned", "burn", "VERB", "VBD", 1, "ROOT"),
        ("tyres", "tyre", "NOUN", "NNS", 1, "dobj"), ("and", "and", "CCONJ", "CC", 1, "cc"),
        ("threw", "throw", "VERB", "VBD", 1, "conj"), ("stones", "stone", "NOUN", "NNS", 4, "dobj"),
        ("at", "at", "ADP", "IN", 4, "prep"), ("police", "police", "NOUN", "NNS", 6, "pobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    assert [t.text for t in aimed_at(doc[1])] == ["police"]
    assert aimed_at(doc[4]) == []


def test_a_country_owning_people_as_their_setting_is_not_them():
    # Libya 's rival factions signed a truce under UN auspices .
    doc = token_doc([
        ("Libya", "Libya", "PROPN", "NNP", 3, "poss"), ("'s", "'s", "PART", "POS", 0, "case"),
        ("rival", "rival", "ADJ", "JJ", 3, "amod"), ("factions", "faction", "NOUN", "NNS", 4, "nsubj"),
        ("signed", "sign", "VERB", "VBD", 4, "ROOT"), ("a", "a", "DET", "DT", 6, "det"),
        ("truce", "truce", "NOUN", "NN", 4, "dobj"), ("under", "under", "ADP", "IN", 4, "prep"),
        ("UN", "UN", "PROPN", "NNP", 9, "compound"), ("auspices", "auspices", "NOUN", "NNS", 7, "pobj"),
        (".", ".", "PUNCT", ".", 4, "punct"),
    ])
    libya = mention(doc, 0, 0, "Libya", "country.ly", "country")
    doc._.fp_actors = [libya, mention(doc, 8, 8, "United Nations", "un", "igo")]
    assert setting_possessor(doc[3], [libya])
    assert [t.text for t in go_betweens(doc[4])] == ["auspices"]
    found = {(a.name, a.role) for e in build_events(doc) for a in e.actors}
    assert ("rival factions", "actor") in found and ("United Nations", "associated") in found
    assert not any(name == "Libya" for name, _ in found)


def test_an_assessment_is_about_the_subject_it_assesses():
    # Analysts assess that JNIM controls the roads .
    doc = token_doc([
        ("Analysts", "analyst", "NOUN", "NNS", 1, "nsubj"), ("assess", "assess", "VERB", "VBP", 1, "ROOT"),
        ("that", "that", "SCONJ", "IN", 4, "mark"), ("JNIM", "JNIM", "PROPN", "NNP", 4, "nsubj"),
        ("controls", "control", "VERB", "VBZ", 1, "ccomp"), ("the", "the", "DET", "DT", 6, "det"),
        ("roads", "road", "NOUN", "NNS", 4, "dobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    assert [t.text for t in assessed(doc[1])] == ["JNIM"]


def test_a_weapon_with_its_nationality_acts_and_an_owned_base_is_named_as_written():
    # Russian missiles struck a Ukrainian army base .
    doc = token_doc([
        ("Russian", "russian", "ADJ", "JJ", 1, "amod"), ("missiles", "missile", "NOUN", "NNS", 2, "nsubj"),
        ("struck", "strike", "VERB", "VBD", 2, "ROOT"), ("a", "a", "DET", "DT", 6, "det"),
        ("Ukrainian", "ukrainian", "ADJ", "JJ", 5, "amod"), ("army", "army", "NOUN", "NN", 6, "compound"),
        ("base", "base", "NOUN", "NN", 2, "dobj"), (".", ".", "PUNCT", ".", 2, "punct"),
    ], ents=[(0, 1, "NORP"), (4, 5, "NORP")])
    doc._.fp_actors = [mention(doc, 4, 5, "Armed Forces of Ukraine", "armed_forces.ua", "state_force")]
    assert national_weapon(doc[1], "actor").text == "Russian missiles"
    assert national_weapon(doc[1], "target") is None
    found = {(a.name, a.text, a.role) for e in build_events(doc) for a in e.actors}
    # the nationality on the weapon names the state whose forces fired it, inferred and written as the text says
    assert ("Russian Armed Forces", "Russian missiles", "actor") in found
    assert national_weapon(doc[1], "actor").inferred and national_weapon(doc[1], "actor").id == "armed_forces.ru"
    assert ("Armed Forces of Ukraine", "Ukrainian army base", "target") in found


def test_where_a_weapon_was_made_names_no_user():
    # Turkish - made drones struck a base .
    doc = token_doc([
        ("Turkish", "turkish", "PROPN", "NNP", 2, "npadvmod"), ("-", "-", "PUNCT", "HYPH", 2, "punct"),
        ("made", "make", "VERB", "VBN", 3, "amod"), ("drones", "drone", "NOUN", "NNS", 4, "nsubj"),
        ("struck", "strike", "VERB", "VBD", 4, "ROOT"), ("a", "a", "DET", "DT", 6, "det"),
        ("base", "base", "NOUN", "NN", 4, "dobj"), (".", ".", "PUNCT", ".", 4, "punct"),
    ], ents=[(0, 1, "NORP")])
    assert national_weapon(doc[3], "actor") is None
    # a nationality written on the thing with "-made" after it, even hung on the noun itself, names no user
    doc2 = token_doc([
        ("Turkish", "turkish", "ADJ", "JJ", 3, "amod"), ("-", "-", "PUNCT", "HYPH", 2, "punct"),
        ("made", "make", "VERB", "VBN", 3, "amod"), ("drones", "drone", "NOUN", "NNS", 4, "nsubj"),
        ("struck", "strike", "VERB", "VBD", 4, "ROOT"), (".", ".", "PUNCT", ".", 4, "punct"),
    ], ents=[(0, 1, "NORP")])
    assert national_weapon(doc2[3], "actor") is None


def test_artillery_with_a_nationality_is_that_states_forces():
    # Residents said Turkish artillery shelled farmland .
    doc = token_doc([
        ("Residents", "resident", "NOUN", "NNS", 1, "nsubj"), ("said", "say", "VERB", "VBD", 1, "ROOT"),
        ("Turkish", "turkish", "ADJ", "JJ", 3, "amod"), ("artillery", "artillery", "NOUN", "NN", 4, "nsubj"),
        ("shelled", "shell", "VERB", "VBD", 1, "ccomp"), ("farmland", "farmland", "NOUN", "NN", 4, "dobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ], ents=[(2, 3, "NORP")])
    actors = [a for e in build_events(doc) if e.type == "shelling" for a in e.actors if a.role == "actor"]
    assert [(a.id, a.text, a.inferred) for a in actors] == [("armed_forces.tr", "Turkish artillery", True)]


def _spokesman(first: list[tuple[str, str, str, str, int, str]], meta: dict | None = None) -> Doc:
    """``first`` + "Its spokesman said two suspects had been arrested ." as a second sentence."""
    n = len(first)
    second = [
        ("Its", "its", "PRON", "PRP$", n + 1, "poss"), ("spokesman", "spokesman", "NOUN", "NN", n + 2, "nsubj"),
        ("said", "say", "VERB", "VBD", n + 2, "ROOT"), ("two", "two", "NUM", "CD", n + 4, "nummod"),
        ("suspects", "suspect", "NOUN", "NNS", n + 7, "nsubjpass"), ("had", "have", "AUX", "VBD", n + 7, "aux"),
        ("been", "be", "AUX", "VBN", n + 7, "auxpass"), ("arrested", "arrest", "VERB", "VBN", n + 2, "ccomp"),
        (".", ".", "PUNCT", ".", n + 2, "punct"),
    ]
    tokens = first + second
    return token_doc(tokens, sent_starts=[i in (0, n) for i in range(len(tokens))], meta={"doc_id": "d1", **(meta or {})})


POLICE_CONFIRMED = [
    ("Police", "police", "NOUN", "NNS", 1, "nsubj"), ("confirmed", "confirm", "VERB", "VBD", 1, "ROOT"),
    ("the", "the", "DET", "DT", 3, "det"), ("raid", "raid", "NOUN", "NN", 1, "dobj"), (".", ".", "PUNCT", ".", 1, "punct"),
]


def test_its_spokesman_reporting_an_agentless_arrest_gives_it_to_the_organisation_named_before():
    doc = _spokesman(POLICE_CONFIRMED)
    doc._.fp_actors = [mention(doc, 0, 0, "Nigeria Police Force", "police.ng", "state_force"),
                       mention(doc, 5, 6, "Its spokesman", None, "state_force")]
    arrests = [e for e in build_events(doc) if e.type == "arrest"]
    assert arrests
    actors = [(a.id, a.text, a.inferred) for a in arrests[0].actors if a.role == "actor"]
    assert actors == [("police.ng", "Police", True)]


def test_with_no_organisation_before_its_spokesman_names_no_actor():
    doc = _spokesman([("Residents", "resident", "NOUN", "NNS", 1, "nsubj"), ("fled", "flee", "VERB", "VBD", 1, "ROOT"),
                      (".", ".", "PUNCT", ".", 1, "punct")])
    arrests = [e for e in build_events(doc) if e.type == "arrest"]
    assert arrests and not [a for a in arrests[0].actors if a.role == "actor"]


def test_a_government_spokesman_gives_an_agentless_summons_to_the_focus_countrys_government():
    # A government spokesman said the ambassador had been summoned .
    toks = [
        ("A", "a", "DET", "DT", 2, "det"), ("government", "government", "NOUN", "NN", 2, "compound"),
        ("spokesman", "spokesman", "NOUN", "NN", 3, "nsubj"), ("said", "say", "VERB", "VBD", 3, "ROOT"),
        ("the", "the", "DET", "DT", 5, "det"), ("ambassador", "ambassador", "NOUN", "NN", 8, "nsubjpass"),
        ("had", "have", "AUX", "VBD", 8, "aux"), ("been", "be", "AUX", "VBN", 8, "auxpass"),
        ("summoned", "summon", "VERB", "VBN", 3, "ccomp"), (".", ".", "PUNCT", ".", 3, "punct"),
    ]
    doc = token_doc(toks, meta={"doc_id": "d1", "places_focus": {"IQ": 0.8, "TR": 0.2}})
    evs = [e for e in build_events(doc) if e.type == "diplomatic_protest"]
    assert [(a.id, a.text, a.inferred) for e in evs for a in e.actors if a.role == "actor"] == [
        ("government.iq", "government spokesman", True)]
    # with no country in focus the government is not known: no actor is made up
    doc = token_doc(toks, meta={"doc_id": "d1"})
    evs = [e for e in build_events(doc) if e.type == "diplomatic_protest"]
    assert evs and not [a for e in evs for a in e.actors if a.role == "actor"]
    assert speaker_org(doc[8], []) is None


def test_the_people_a_relative_clause_describes_attack_when_they_are_guerrillas():
    # He was among the guerrillas who attacked the police station .
    doc = token_doc([
        ("He", "he", "PRON", "PRP", 1, "nsubj"), ("was", "be", "AUX", "VBD", 1, "ROOT"),
        ("among", "among", "ADP", "IN", 1, "prep"), ("the", "the", "DET", "DT", 4, "det"),
        ("guerrillas", "guerrilla", "NOUN", "NNS", 2, "pobj"), ("who", "who", "PRON", "WP", 6, "nsubj"),
        ("attacked", "attack", "VERB", "VBD", 4, "relcl"), ("the", "the", "DET", "DT", 9, "det"),
        ("police", "police", "NOUN", "NN", 9, "compound"), ("station", "station", "NOUN", "NN", 6, "dobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    evs = [e for e in build_events(doc) if e.trigger == "attacked"]
    assert evs and ("guerrillas", "actor") in {(a.text, a.role) for a in evs[0].actors}
    assert "who" not in {a.text for a in evs[0].actors}


def _air_raid(speaker: tuple[str, str], mention_of: tuple[str, str | None, str], country: str | None) -> Doc:
    # On Sunday , <the> <speaker> said , a commander was killed in a bombing raid .
    doc = token_doc([
        ("On", "on", "ADP", "IN", 9, "prep"), ("Sunday", "Sunday", "PROPN", "NNP", 0, "pobj"),
        (",", ",", "PUNCT", ",", 5, "punct"), ("the", "the", "DET", "DT", 4, "det"),
        (speaker[0], speaker[1], "NOUN", "NN", 5, "nsubj"), ("said", "say", "VERB", "VBD", 9, "parataxis"),
        (",", ",", "PUNCT", ",", 5, "punct"), ("a", "a", "DET", "DT", 8, "det"),
        ("commander", "commander", "NOUN", "NN", 9, "nsubjpass"), ("killed", "kill", "VERB", "VBN", 9, "ROOT"),
        ("in", "in", "ADP", "IN", 9, "prep"), ("a", "a", "DET", "DT", 13, "det"),
        ("bombing", "bombing", "NOUN", "NN", 13, "compound"), ("raid", "raid", "NOUN", "NN", 10, "pobj"),
        (".", ".", "PUNCT", ".", 9, "punct"),
    ], ents=[(1, 2, "DATE")])
    import dataclasses

    doc._.fp_actors = [dataclasses.replace(mention(doc, 4, 4, *mention_of), country=country)]
    from footprint.attribution import AttributionComponent

    return AttributionComponent()(doc)


def test_an_air_raid_told_by_a_state_force_is_that_force_s_and_the_aside_speaker_is_its_claimant():
    doc = _air_raid(("army", "army"), ("Colombian Armed Forces", "armed_forces.co", "state_force"), "CO")
    evs = [e for e in build_events(doc) if e.trigger in ("killed", "raid")]
    assert evs and all(e.attribution.claimant_id == "armed_forces.co" for e in evs)
    actors = [(a.id, a.role, a.inferred) for e in evs for a in e.actors]
    assert ("armed_forces.co", "actor", True) in actors


def test_an_air_raid_told_by_an_armed_group_has_no_actor_but_keeps_its_claimant():
    doc = _air_raid(("group", "group"), ("ELN", "eln", "armed_group"), "CO")
    evs = [e for e in build_events(doc) if e.trigger in ("killed", "raid")]
    assert evs and all(e.attribution.claimant_id == "eln" for e in evs)
    assert not [a for e in evs for a in e.actors if a.role == "actor"]
