"""Actor registry, matcher and coreference, on hand-built docs (no model)."""

from __future__ import annotations

import pytest
import spacy

from footprint.actors import find_actors, registry
from footprint.actors.registry import build_registry, normalize_tokens
from footprint.errors import ConfigError


@pytest.fixture(scope="module")
def reg():
    return registry()


def mentions(nlp, text, ents=()):
    doc = nlp(text)
    if ents:
        spans = []
        for label, phrase in ents:
            start = text.index(phrase)
            spans.append(doc.char_span(start, start + len(phrase), label=label))
        doc.ents = spans
    return find_actors(doc)


def ids(ms):
    return [(m.text, m.actor_id) for m in ms]


# --- registry ------------------------------------------------------------------


def test_every_country_has_forces_government_and_country_entries(reg):
    import pycountry

    for c in pycountry.countries:
        cc = c.alpha_2.lower()
        assert f"armed_forces.{cc}" in reg and f"government.{cc}" in reg and f"country.{cc}" in reg


def test_every_country_has_a_demonym(reg):
    import pycountry

    have = {cc for bucket in reg.country_terms.values() for cc, kind, _ in bucket if kind == "demonym"}
    assert {c.alpha_2 for c in pycountry.countries} <= have


@pytest.mark.parametrize("text,expected", [
    ("Wagner Group", "wagner_group"), ("PMC Wagner", "wagner_group"), ("Groupe Wagner", "wagner_group"),
    ("JNIM", "jnim"), ("GSIM", "jnim"), ("Jama'at Nusrat al-Islam wal-Muslimin", "jnim"),
    ("Jamaat Nusrat al Islam wal Muslimin", "jnim"), ("Groupe de soutien à l'islam et aux musulmans", "jnim"),
    ("FAMa", "armed_forces.ml"), ("armée malienne", "armed_forces.ml"), ("Forces armées nigériennes", "armed_forces.ne"),
    ("Malian Armed Forces", "armed_forces.ml"), ("Front de libération de l'Azawad", "fla"), ("ISWAP", "iswap"),
    ("Islamic State Sahel Province", "issp"), ("Kremlin", "government.ru"), ("the Kremlin", "government.ru"),
    ("Centre for Strategic and International Studies", "csis"), ("Human Rights Watch", "hrw"),
    ("Yevgeny Prigozhin", "yevgeny_prigozhin"), ("Assimi Goita", "assimi_goita"), ("AUSSOM", "aussom"),
    ("Hayat Tahrir al-Sham", "hts"), ("Rapid Support Forces", "rsf"), ("SAF", "armed_forces.sd"),
    ("Russia", "country.ru"), ("US", "country.us"),
])
def test_lookup(reg, text, expected):
    actor = reg.lookup(text)
    assert actor is not None and actor.id == expected


@pytest.mark.parametrize("text", ["us", "jnim", "", "   ", "x" * 1000, "\x00\x01", "the"])
def test_lookup_refuses(reg, text):
    # acronyms match only in capitals; junk matches nothing
    assert reg.lookup(text) is None


def test_lookup_rejects_non_strings(reg):
    assert reg.lookup(None) is None  # type: ignore[arg-type]


def test_validity_and_successions(reg):
    assert reg.active("minusma", "2020-05-01")
    assert not reg.active("minusma", "2024-02")
    assert reg.active("minusma", "2023")  # a partial date overlaps
    assert reg.active("operation_barkhane", "2016") and not reg.active("operation_barkhane", "2023")
    assert reg.successor("operation_serval").id == "operation_barkhane"
    assert reg.successor("wagner_group", "2024-06", country="ML").id == "africa_corps"
    assert reg.successor("wagner_group", "2022-06", country="ML") is None
    assert reg.successor("wagner_group", "2024-06", country="CF") is None
    assert reg.successor("amisom", "2025-03").id == "aussom"  # follows the chain
    assert reg.successor("csp_psd", "2025").id == "fla"
    assert not reg.active("no_such_actor", "2020")
    assert reg.leader("wagner_group", "2022").id == "yevgeny_prigozhin"
    assert reg.leader("hezbollah", "2025").id == "naim_qassem"


def test_bad_date_is_a_config_error(reg):
    with pytest.raises(ConfigError):
        reg.active("minusma", "not-a-date")


def test_actor_is_frozen(reg):
    import dataclasses

    with pytest.raises(dataclasses.FrozenInstanceError):
        reg.get("jnim").name = "x"  # type: ignore[misc]


def test_bad_entries_are_refused():
    with pytest.raises(ConfigError):
        build_registry([{"id": "x", "name": "X"}])
    with pytest.raises(ConfigError):
        build_registry([{"id": "x", "name": "X", "type": "spaceship"}])
    with pytest.raises(ConfigError):
        build_registry([{"id": "x", "name": "X", "type": "pmc", "parent": "nowhere"}])


def test_normalization_joins_spelling_variants():
    assert normalize_tokens("al-Qaïda")[0] == normalize_tokens("Al Qaida")[0]
    assert normalize_tokens("l'armée")[0] == ("armee",)


# --- matcher ---------------------------------------------------------------------


@pytest.mark.parametrize("text,span,expected", [
    ("Malian troops entered the town.", "Malian troops", "armed_forces.ml"),
    ("The Malian army said it repelled the attack.", "Malian army", "armed_forces.ml"),
    ("Russian soldiers arrived.", "Russian soldiers", "armed_forces.ru"),
    ("Burkinabe soldiers were ambushed.", "Burkinabe soldiers", "armed_forces.bf"),
    ("The Nigerien army withdrew.", "Nigerien army", "armed_forces.ne"),
    ("Ghanaian special forces trained there.", "Ghanaian special forces", "armed_forces.gh"),
    ("Chad's new military government denied it.", "Chad's new military government", "government.td"),
    ("The armed forces of Benin responded.", "armed forces of Benin", "armed_forces.bj"),
    ("Guinea officials declined to comment.", "Guinea officials", "government.gn"),
    ("The Malian junta expelled the envoy.", "Malian junta", "government.ml"),
    ("Des soldats maliens ont été tués.", "soldats maliens", "armed_forces.ml"),
    ("Wagner's mercenaries left the camp.", "Wagner's mercenaries", "wagner_group"),
    ("ISWAP fighters raided the base.", "ISWAP fighters", "iswap"),
])
def test_composed_national_and_group_mentions(nlp, text, span, expected):
    assert (span, expected) in ids(mentions(nlp, text))


def test_coordinated_demonyms_share_the_head(nlp):
    got = ids(mentions(nlp, "French and Malian troops patrolled the road."))
    assert ("French", "armed_forces.fr") in got
    assert ("Malian troops", "armed_forces.ml") in got


def test_metonymy(nlp):
    ms = mentions(nlp, "Moscow denied the report. Ouagadougou's decision surprised many. The Kremlin said nothing.")
    got = {(m.text, m.actor_id, m.metonymy) for m in ms}
    assert ("Moscow", "government.ru", True) in got
    assert ("Ouagadougou", "government.bf", True) in got
    assert ("Kremlin", "government.ru", True) in got  # the determiner is not part of the mention


def test_places_are_not_actors(nlp):
    got = ids(mentions(nlp, "Troops were sent to Niger. Fighting near Bamako's airport continued in Mali."))
    assert all(actor not in ("country.ne", "country.ml", "government.ml") for _, actor in got)


def test_lowercase_country_inside_a_url_is_not_an_actor(nlp):
    assert mentions(nlp, "see https://example.org/mali-report for more") == []


def test_the_french_is_france(nlp):
    ms = mentions(nlp, "The move was criticised by the French at the time.")
    assert [(m.text, m.actor_id, m.via) for m in ms] == [("French", "country.fr", "demonym")]


def test_acronym_case(nlp):
    assert ids(mentions(nlp, "They told us the US troops had left.")) == [("US troops", "armed_forces.us")]


def test_unknown_armed_actors_kept_as_found(nlp):
    ms = mentions(nlp, "Unidentified gunmen attacked the village. Later a militia burned houses.")
    unknown = [(m.text, m.actor_id, m.type) for m in ms]
    assert ("Unidentified gunmen", None, "armed_group") in unknown
    assert ("militia", None, "armed_group") in unknown


def test_ner_entities_unknown_to_the_registry(nlp):
    ms = mentions(nlp, "The Azawad Patriotic Brigade claimed the raid, said Moussa Kante.",
                  ents=[("ORG", "Azawad Patriotic Brigade"), ("PERSON", "Moussa Kante")])
    got = {(m.text, m.actor_id, m.type, m.via) for m in ms}
    assert ("Azawad Patriotic Brigade", None, "armed_group", "ner") in got
    assert ("Moussa Kante", None, "person", "ner") in got


def test_member_phrase_resolves_to_the_group(nlp):
    got = ids(mentions(nlp, "Mercenaries (PMCs) from the Wagner Group left the mine. Members of JNIM fled."))
    assert ("Mercenaries", "wagner_group") in got and ("PMCs", "wagner_group") in got
    assert ("Members of JNIM", "jnim") in got  # "members of X" is one mention of X


# --- coreference -------------------------------------------------------------------


def test_coref_to_most_recent_compatible_actor(nlp):
    text = ("Africa Corps moved into the base. The Malian army escorted them. "
            "Later the paramilitary group set up checkpoints and the army withdrew.")
    got = ids(mentions(nlp, text))
    assert ("paramilitary group", "africa_corps") in got
    assert ("army", "armed_forces.ml") in got


def test_coref_leader(nlp):
    doc = nlp("Hezbollah fired rockets. Its leader promised more.")
    from footprint import nlp as nlp_mod

    nlp_mod.prepare(doc, {"dct": "2023-05-01"})
    got = ids(find_actors(doc))
    assert ("Its leader", "hassan_nasrallah") in got


def test_coref_leader_of_unknown_group(nlp):
    ms = mentions(nlp, "The Sahel Freedom Movement attacked. Its leader fled.", ents=[("ORG", "Sahel Freedom Movement")])
    leader = [m for m in ms if m.text == "Its leader"]
    assert leader and leader[0].actor_id is None and leader[0].name == "leader of Sahel Freedom Movement"


def test_coref_apposition(nlp):
    got = ids(mentions(nlp, "A report by the London-based think tank, the International Institute for Strategic Studies, says so."))
    assert ("think tank", "iiss") in got


def test_coref_junta_falls_back_to_dominant_country(nlp):
    got = ids(mentions(nlp, "Burkina Faso's army retook the town. Two days later the junta announced a curfew."))
    assert ("junta", "government.bf") in got


def test_coref_is_type_compatible(nlp):
    # "the jihadists" must not resolve to the army mentioned in between
    got = ids(mentions(nlp, "JNIM claimed the ambush. Nigerien soldiers responded. The jihadists then withdrew."))
    assert ("jihadists", "jnim") in got


def test_no_antecedent_for_the_group_means_no_mention(nlp):
    assert mentions(nlp, "The group met on Tuesday.") == []


# --- bad input ------------------------------------------------------------------------


def test_empty_doc(nlp):
    assert find_actors(nlp("")) == []


def test_junk_doc(nlp):
    junk = "\x00\x01 ﻿ ⟦⟧ ''' --- ((( )))" * 50 + "Ḿ̷̢̛͚a̵l̴i̸"
    ms = mentions(nlp, junk)
    assert all(isinstance(m.text, str) for m in ms)


def test_offsets_point_into_the_text(nlp):
    text = "Fighting between Wagner forces and Tuareg separatists was reported, FAMa said."
    doc = nlp(text)
    for m in find_actors(doc):
        assert text[m.start:m.end] == m.text


def test_long_doc_finds_every_mention(nlp):
    # speed is measured in benchmarks/, not asserted here: machines are noisy
    text = ("Malian troops and Wagner forces clashed with JNIM fighters near the border, the army said. " * 2000)
    ms = find_actors(nlp(text))
    assert len(ms) >= 6000


def test_component_sets_extension(nlp):
    from footprint.actors import FACTORY

    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    pipe.add_pipe(FACTORY)
    doc = pipe("Reuters said JNIM attacked.")
    assert [m.actor_id for m in doc._.fp_actors] == ["reuters", "jnim"]


# --- the report's own country -------------------------------------------------------------


@pytest.fixture(scope="module")
def sents():
    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    return pipe


def test_the_army_is_the_focus_countrys_not_a_foreign_force_named_before(sents):
    text = ("Troops clashed near Djibo in Burkina Faso. Ouagadougou expelled French special forces last year. "
            "The army is now fighting JNIM with the help of volunteers.")
    got = ids(mentions(sents, text))
    assert ("French special forces", "armed_forces.fr") in got
    assert ("army", "armed_forces.bf") in got


def test_a_government_descriptor_follows_the_focus_country(sents):
    text = ("Russian instructors arrived in Burkina Faso. They met officials in Ouagadougou. "
            "The junta did not comment.")
    assert ("junta", "government.bf") in ids(mentions(sents, text))


def test_the_focus_comes_from_the_places_stage_when_known(sents):
    from footprint import nlp as nlp_mod

    doc = sents("The army said it had repelled the attack.")
    nlp_mod.prepare(doc, {"places_focus": {"ML": 0.2, "NE": 0.8}})
    assert ("army", "armed_forces.ne") in ids(find_actors(doc))


def test_the_same_sentence_names_the_force_an_institution_points_to(sents):
    text = "In Mali, the French army handed over the base and the army then left."
    got = ids(mentions(sents, text))
    assert got.count(("army", "armed_forces.fr")) == 1 and ("French army", "armed_forces.fr") in got


def test_the_troops_may_point_back_one_sentence(sents):
    text = "Fighting went on in Niger. About 100 Russian instructors landed in Niamey. The troops will train units."
    assert ("troops", "armed_forces.ru") in ids(mentions(sents, text))


def test_bare_soldiers_are_the_focus_countrys_forces_or_nothing(sents):
    got = ids(mentions(sents, "Gunmen attacked a post in Mali. Twelve soldiers were killed."))
    assert ("soldiers", "armed_forces.ml") in got
    assert ids(mentions(sents, "Twelve soldiers were killed.")) == []
    # someone else's soldiers stay unnamed
    got = ids(mentions(sents, "Gunmen attacked a post in Mali. Foreign soldiers were killed."))
    assert not any(text == "soldiers" for text, _ in got)


def test_troops_sent_by_a_state_are_that_states_forces():
    from spacy.tokens import Doc

    # Chad deployed 1,000 troops to the border with Sudan and Sudan protested in Sudan .
    words = ["Chad", "deployed", "1,000", "troops", "to", "the", "border", "with", "Sudan", "."]
    heads = [1, 1, 3, 1, 1, 6, 4, 6, 7, 1]
    deps = ["nsubj", "ROOT", "nummod", "dobj", "prep", "det", "pobj", "prep", "pobj", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps,
              sent_starts=[True] + [False] * (len(words) - 1))
    from footprint import nlp as nlp_mod

    nlp_mod.prepare(doc, {"places_focus": {"SD": 0.9, "TD": 0.1}})
    assert ("troops", "armed_forces.td") in ids(find_actors(doc))


def test_a_capital_after_a_place_preposition_is_a_place(nlp):
    got = ids(mentions(nlp, "Diplomats in Ouagadougou said the talks went well."))
    assert not any(text == "Ouagadougou" for text, _ in got)
    assert ("Ouagadougou", "government.bf") in ids(mentions(nlp, "Ouagadougou said the talks went well."))


def test_a_surname_is_the_person_named_in_full_before(nlp):
    text = "Captain Ibrahim Traoré met envoys. Later Traoré spoke."
    doc = nlp(text)
    start = text.rindex("Traoré")
    doc.ents = [doc.char_span(text.index("Ibrahim"), text.index("Ibrahim") + len("Ibrahim Traoré"), label="PERSON"),
                doc.char_span(start, start + len("Traoré"), label="PERSON")]
    people = [(m.text, m.actor_id, m.name) for m in find_actors(doc) if m.type == "person"]
    assert ("Traoré", "ibrahim_traore", "Ibrahim Traoré") in people
    # an unknown person's surname takes the full name
    text = "Colonel Amadou Sidibe said the road was open. Sidibe added that trucks moved."
    doc = nlp(text)
    second = text.rindex("Sidibe")
    doc.ents = [doc.char_span(text.index("Amadou"), text.index("Amadou") + len("Amadou Sidibe"), label="PERSON"),
                doc.char_span(second, second + len("Sidibe"), label="PERSON")]
    names = [m.name for m in find_actors(doc) if m.type == "person"]
    assert names == ["Amadou Sidibe", "Amadou Sidibe"]


def test_a_country_after_of_is_not_the_speaker(nlp):
    got = ids(mentions(nlp, "Residents of Khartoum said the shelling went on."))
    assert ("Khartoum", "government.sd") not in got


def test_a_country_named_as_a_place_in_the_sentence_owns_its_generic_forces(sents):
    text = ("Sudan's army shelled Omdurman in Sudan and troops advanced in Sudan. "
            "Gunmen attacked an army camp near Sevare in Mali.")
    assert ("army", "armed_forces.ml") in ids(mentions(sents, text))


def test_a_name_after_a_place_preposition_is_no_unknown_actor(nlp):
    text = "Gunmen struck near Djibo and the Sahel Freedom Front fled."
    ms = mentions(nlp, text, ents=[("ORG", "Djibo"), ("ORG", "Sahel Freedom Front")])
    names = [m.name for m in ms]
    assert "Djibo" not in names and "Sahel Freedom Front" in names


# --- the two pipeline components: names before places, descriptors after ------------------------


def _stages(*between):
    """sentencizer, actors, whatever stands for the places stage, coref."""
    from footprint.actors import COREF_FACTORY, FACTORY

    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    pipe.add_pipe(FACTORY)
    for name in between:
        pipe.add_pipe(name)
    pipe.add_pipe(COREF_FACTORY)
    return pipe


def _run(pipe, text, meta=None, upto=None):
    from footprint import nlp as nlp_mod

    doc = pipe.make_doc(text)
    nlp_mod.prepare(doc, meta or {})
    for name, proc in pipe.pipeline:
        doc = proc(doc)
        if name == upto:
            break
    return doc


def test_the_actors_component_gives_names_only_and_keeps_its_matches_for_coref():
    text = "Wagner forces arrived in Mali. The group set up a camp and the army said nothing."
    pipe = _stages()
    doc = _run(pipe, text, upto="footprint_actors_v1")
    assert all(m.via != "coref" for m in doc._.fp_actors)
    assert ("Wagner forces", "wagner_group") in ids(doc._.fp_actors)
    assert not any(m.text in ("group", "army") for m in doc._.fp_actors)
    assert doc._.fp_actor_matches is not None and doc._.fp_actor_matches.found
    doc = _run(pipe, text)
    got = ids(doc._.fp_actors)
    assert ("group", "wagner_group") in got and ("army", "armed_forces.ml") in got
    assert doc._.fp_actor_matches is None  # the intermediate product is dropped once used
    # the two components give what find_actors gives in one call
    assert doc._.fp_actors == find_actors(_sentenced(text))


def _sentenced(text):
    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    return pipe(text)


def test_coref_follows_the_country_the_places_stage_found_even_with_no_name_in_the_report():
    from spacy.language import Language

    @Language.component("test_actors_places_focus_ne")
    def places(doc):
        doc._.fp_meta["places_focus"] = {"NE": 0.7, "ML": 0.3}
        return doc

    # no actor is named, so only the places can say whose soldiers these are
    doc = _run(_stages("test_actors_places_focus_ne"), "Twelve soldiers were killed near Ayorou on Tuesday.")
    assert ids(doc._.fp_actors) == [("soldiers", "armed_forces.ne")]
    # without the places stage nothing says which country: no mention
    doc = _run(_stages(), "Twelve soldiers were killed near Ayorou on Tuesday.")
    assert doc._.fp_actors == []


def test_both_components_take_an_empty_or_blank_doc():
    for text in ("", "   \n\n ", "\x00\x01 ;;; ..."):
        doc = _run(_stages(), text)
        assert doc._.fp_actors == [] and doc._.fp_actor_matches is None


def test_coref_alone_still_matches_a_doc_the_actors_component_never_saw():
    from footprint import nlp as nlp_mod
    from footprint.actors import CorefComponent

    doc = _sentenced("JNIM fighters attacked a post. The group withdrew.")
    nlp_mod.prepare(doc, {})
    got = ids(CorefComponent()(doc)._.fp_actors)
    assert ("group", "jnim") in got


def test_the_pipeline_refuses_a_component_placed_before_what_it_reads():
    from footprint import nlp as nlp_mod
    from footprint.errors import ModelError

    with pytest.raises(ModelError, match="coref needs .*fp_actor_matches"):
        nlp_mod.build("blank:en", components=("footprint_coref_v1",))


def test_pipe_names_drop_the_prefix_and_version():
    from footprint import nlp as nlp_mod

    assert [nlp_mod.pipe_name(f) for f, _ in nlp_mod.COMPONENTS] == [
        "actors", "places", "coref", "dates", "quantities", "attribution", "events"]


# --- national phrases, things, places and names (invented sentences) -----------------------------------------


@pytest.mark.parametrize("text,span,expected", [
    ("Chadian border guards turned the convoy back.", "Chadian border guards", "armed_forces.td"),
    ("Benin's presidential guard sealed off the palace.", "Benin's presidential guard", "armed_forces.bj"),
    ("Senegal's military intelligence opened an inquiry.", "Senegal's military intelligence", "armed_forces.sn"),
    ("The Togolese army's general staff said two posts were hit.", "Togolese army's general staff", "armed_forces.tg"),
])
def test_guards_and_organs_of_a_force_are_the_national_forces(nlp, text, span, expected):
    assert (span, expected) in ids(mentions(nlp, text))


def test_national_police_is_a_state_force_kept_as_found(nlp):
    ms = mentions(nlp, "Ghanaian police officers arrested two smugglers, and police blamed a gang.")
    got = {(m.text, m.actor_id, m.type) for m in ms}
    assert ("Ghanaian police officers", None, "state_force") in got
    assert ("police", None, "state_force") in got
    assert not any(m.actor_id == "country.gh" for m in ms)


def test_police_as_a_modifier_is_no_actor(nlp):
    assert mentions(nlp, "A police station was burned.") == []


@pytest.mark.parametrize("text", [
    "The rebels fired Chinese-made rockets at the base.",
    "A Turkish drone was shot down.",
    "Herders fled toward the Guinean border.",
    "Clashes erupted along the border with Liberia.",
    "Floods hit villages in eastern Chad.",
    "Shelling continued north of Sumy.",
])
def test_nationality_on_things_and_places_is_no_actor(nlp, text):
    assert not any(m.type == "country" for m in mentions(nlp, text)), text


def test_country_word_inside_an_organisation_name(nlp):
    text = "The Nigerian Institute for Peace Studies said the attack was planned."
    ms = mentions(nlp, text, ents=[("ORG", "The Nigerian Institute for Peace Studies")])
    assert not any(m.actor_id == "country.ng" for m in ms)
    assert ("Nigerian Institute for Peace Studies", None, "source") in {(m.text, m.actor_id, m.type) for m in ms}


def test_name_ending_in_a_generic_noun_is_not_the_national_army(nlp):
    ms = mentions(nlp, "The Zomi Revolutionary Army seized a post near the border with India. The group said so.")
    got = {(m.text, m.actor_id, m.type) for m in ms}
    assert ("Zomi Revolutionary Army", None, "armed_group") in got
    assert not any(m.actor_id and m.actor_id.startswith("armed_forces.") for m in ms)
    assert any(m.text == "group" and m.name == "Zomi Revolutionary Army" for m in ms)


def test_spans_drop_determiners_and_keep_descriptions(nlp):
    got = ids(mentions(nlp, "Clashes pitted the paramilitary Rapid Support Forces against VDP volunteers "
                            "and fighters of the CJTF."))
    assert ("paramilitary Rapid Support Forces", "rsf") in got
    assert ("VDP volunteers", "vdp") in got
    assert ("fighters of the CJTF", "cjtf") in got
    assert ("CJTF", "cjtf") not in got


def test_hyphenated_description_joins_the_member_phrase(nlp):
    got = ids(mentions(nlp, "Russian-backed factions of the Libyan National Army withdrew."))
    assert ("Russian-backed factions of the Libyan National Army", "lna") in got
    assert not any(a == "country.ru" for _, a in got)


def test_government_with_its_seat(nlp):
    got = ids(mentions(nlp, "The new authorities in Bamako expelled the envoy."))
    assert ("new authorities in Bamako", "government.ml") in got


def test_capital_with_government_preposition_is_the_government(nlp):
    got = ids(mentions(nlp, "Niger cut ties with Kyiv last year."))
    assert ("Kyiv", "government.ua") in got


def test_bare_fighters_belong_to_the_group_named_in_the_sentence(nlp):
    got = ids(mentions(nlp, "An ISWAP column was hit near the lake, killing dozens of fighters."))
    assert ("fighters", "iswap") in got


@pytest.mark.parametrize("alias,expected", [
    ("M23", "m23"), ("CODECO", "codeco"), ("Allied Democratic Forces", "adf"), ("FDLR", "fdlr"),
    ("Wazalendo", "wazalendo"), ("ELN", "eln"), ("Clan del Golfo", "clan_del_golfo"), ("CJNG", "cjng"),
    ("Sinaloa Cartel", "sinaloa_cartel"), ("Tatmadaw", "armed_forces.mm"), ("Arakan Army", "arakan_army"),
    ("KIA", "kia"), ("TNLA", "tnla"), ("MNDAA", "mndaa"), ("People's Defence Force", "pdf_myanmar"),
    ("Viv Ansanm", "viv_ansanm"), ("G9", "g9"), ("Haitian National Police", "haitian_national_police"),
    ("Ansar al-Sunna", "ansar_al_sunna_mz"), ("Estado Mayor Central", "emc"), ("SBU", "sbu"),
])
def test_conflict_registry_entries(reg, alias, expected):
    assert reg.lookup(alias).id == expected


def test_new_acronyms_match_only_in_capitals(reg):
    assert reg.lookup("kia") is None and reg.lookup("eln") is None
