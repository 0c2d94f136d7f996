"""Coreference by the report's country: peace operations named by their organisation ("the UN mission", "AU
troops", "the blue helmets") and governments that act militarily ("the junta launched an offensive"); and the
events stage keeping two mentions of one entry that say different things. Hand-built docs, no model."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from footprint import nlp as nlp_mod
from footprint.actors import find_actors, registry
from footprint.actors.coref import PEACE_ORGS, _missions
from footprint.events.records import _unique_actors
from footprint.model import EventActor


@pytest.fixture(scope="module")
def reg():
    return registry()


def _found(text: str, meta: dict | None = None, ents=()):
    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    doc = pipe.make_doc(text)
    for _, proc in pipe.pipeline:
        doc = proc(doc)
    nlp_mod.prepare(doc, meta or {})
    return [(m.text, m.actor_id) for m in find_actors(doc)]


# --- the registry's missions -----------------------------------------------------------------------------------


def test_every_mission_has_a_kind_an_organisation_and_sane_years(reg):
    from datetime import date

    missions = [a for org in PEACE_ORGS for a in _missions(reg)[org]]
    assert {"minusma", "monusco", "unmiss", "minusca", "unifil", "unficyp", "amisom", "atmis", "aussom"} <= {
        a.id for a in missions}
    for a in missions:
        assert a.kind in ("peacekeeping", "political") and a.country
        if a.valid_from and a.valid_to:
            lo = date.fromisoformat((a.valid_from + "-01-01")[:10])
            hi = date.fromisoformat((a.valid_to + "-01-01")[:10])
            assert lo < hi, a.id
        for s in a.successors:
            assert reg.get(s.to) is not None


def test_somalia_missions_follow_each_other(reg):
    assert reg.active("amisom", "2021-06") and not reg.active("atmis", "2021-06")
    assert reg.active("atmis", "2023-03") and not reg.active("aussom", "2023-03")
    assert reg.active("aussom", "2025-02") and not reg.active("atmis", "2025-02")


# --- a peace operation by the country ---------------------------------------------------------------------------


@pytest.mark.parametrize("text,dct,expected", [
    ("Shells fell near a post of the blue helmets in Lebanon.", "2024-05-02", ("blue helmets", "unifil")),
    ("The UN mission said a convoy hit a mine in Mali.", "2019-03-10", ("UN mission", "minusma")),
    ("The UN force reported a patrol ambushed in Mali.", "2016-08-01", ("UN force", "minusma")),
    ("UN peacekeepers counted new checkpoints in Cyprus.", "2022-01-20", ("UN peacekeepers", "unficyp")),
    ("AU troops repelled an assault on a base in Somalia.", "2021-06-01", ("AU troops", "amisom")),
    ("AU troops repelled an assault on a base in Somalia.", "2023-03-01", ("AU troops", "atmis")),
    ("The AU mission said it repelled an assault in Somalia.", "2025-02-01", ("AU mission", "aussom")),
    ("The UN mission said the talks in Haiti had stalled.", "2024-04-01", ("UN mission", "binuh")),
    ("UN peacekeepers guarded the port in Haiti.", "2010-02-01", ("UN peacekeepers", "minustah")),
])
def test_a_mission_named_by_its_organisation_is_the_one_of_the_country(text, dct, expected):
    assert expected in _found(text, {"dct": dct})


@pytest.mark.parametrize("text,dct,expected", [
    # outside its years: MINUSMA left Mali at the end of 2023, and came in 2013
    ("The UN mission said a convoy hit a mine in Mali.", "2024-05-02", ("UN mission", "united_nations")),
    ("The UN force reported a patrol ambushed in Mali.", "2012-05-02", ("UN force", "united_nations")),
    # no date: three AU missions in Somalia fit
    ("AU troops repelled an assault on a base in Somalia.", None, ("AU troops", "african_union")),
    # a force word needs a peacekeeping operation: the UN in Haiti had only a political office then
    ("UN peacekeepers guarded the port in Haiti.", "2024-04-01", ("UN peacekeepers", "united_nations")),
    # two countries with a mission each
    ("UN peacekeepers were attacked in South Sudan and in Mali.", "2020-01-01", ("UN peacekeepers", "united_nations")),
    # no country at all
    ("The UN mission said the convoy was hit.", "2020-01-01", ("UN mission", "united_nations")),
    # the organisation itself, not a mission
    ("The UN said a convoy hit a mine in Mali.", "2019-03-10", ("UN", "united_nations")),
])
def test_no_mission_is_guessed_when_none_or_several_fit(text, dct, expected):
    assert expected in _found(text, {"dct": dct} if dct else {})


def test_the_places_focus_gives_the_country_and_a_shared_lead_may_still_fit_one_mission():
    meta = {"dct": "2022-05-01", "places_focus": {"CD": 0.5, "CG": 0.5}}
    assert ("UN peacekeepers", "monusco") in _found("UN peacekeepers were attacked near Goma.", meta)
    meta = {"dct": "2022-05-01", "places_focus": {"ML": 0.5, "SS": 0.5}}
    assert ("UN peacekeepers", "united_nations") in _found("UN peacekeepers were attacked.", meta)


def test_a_mission_the_text_names_right_after_wins():
    got = _found("The African Union mission known as AUSSOM took over from ATMIS.", {"dct": "2025-01-02"})
    assert ("African Union mission", "aussom") in got and ("ATMIS", "atmis") in got
    got = _found("The UN force (UNIFIL) said a shell hit its post.", {"dct": "2024-01-02"})
    assert ("UN force", "unifil") in got


# --- a government that acts militarily is its forces ------------------------------------------------------------


def _parsed(rows, meta):
    """rows: (word, head index, dep, lemma, pos)."""
    words = [r[0] for r in rows]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              lemmas=[r[3] for r in rows], pos=[r[4] for r in rows], sent_starts=[True] + [False] * (len(rows) - 1))
    nlp_mod.prepare(doc, meta)
    return [(m.text, m.actor_id) for m in find_actors(doc)]


ML = {"places_focus": {"ML": 1.0}, "dct": "2024-05-01"}


def test_the_junta_that_launches_an_offensive_stays_the_government():
    # the annotation rules: a junta standing alone is the government, also as the actor of a military act
    rows = [("The", 1, "det", "the", "DET"), ("junta", 2, "nsubj", "junta", "NOUN"), ("launched", 2, "ROOT", "launch", "VERB"),
            ("an", 4, "det", "an", "DET"), ("offensive", 2, "dobj", "offensive", "NOUN"), ("near", 2, "prep", "near", "ADP"),
            ("Kidal", 5, "pobj", "Kidal", "PROPN"), (".", 2, "punct", ".", "PUNCT")]
    assert ("junta", "government.ml") in _parsed(rows, ML)
    # "The regime bombed rebel positions ."
    rows = [("The", 1, "det", "the", "DET"), ("regime", 2, "nsubj", "regime", "NOUN"), ("bombed", 2, "ROOT", "bomb", "VERB"),
            ("rebel", 4, "compound", "rebel", "NOUN"), ("positions", 2, "dobj", "position", "NOUN"),
            (".", 2, "punct", ".", "PUNCT")]
    assert ("regime", "government.ml") in _parsed(rows, ML)


def _deployed(subject):
    return [(subject, 1, "nsubj", subject, "PROPN"), ("deployed", 1, "ROOT", "deploy", "VERB"),
            ("troops", 1, "dobj", "troop", "NOUN"), ("to", 1, "prep", "to", "ADP"), ("Kidal", 3, "pobj", "Kidal", "PROPN"),
            (".", 1, "punct", ".", "PUNCT")]


def test_a_country_that_deploys_troops_is_its_forces_and_a_government_that_shells_is_not():
    got = _parsed(_deployed("Mali"), ML)
    assert ("Mali", "armed_forces.ml") in got and ("troops", "armed_forces.ml") in got
    # passive: "Rebel positions were shelled by the government ." (a ruling body stays the government)
    rows = [("Rebel", 1, "compound", "rebel", "NOUN"), ("positions", 3, "nsubjpass", "position", "NOUN"),
            ("were", 3, "auxpass", "be", "AUX"), ("shelled", 3, "ROOT", "shell", "VERB"), ("by", 3, "agent", "by", "ADP"),
            ("the", 6, "det", "the", "DET"), ("government", 4, "pobj", "government", "NOUN"), (".", 3, "punct", ".", "PUNCT")]
    assert ("government", "government.ml") in _parsed(rows, ML)
    # "Rebel positions were shelled by Mali ." (a country's name as the passive agent)
    rows[6] = ("Mali", 4, "pobj", "Mali", "PROPN")
    del rows[5]
    rows = [(w, h - (h > 5), d, lem, p) for w, h, d, lem, p in rows]
    assert ("Mali", "armed_forces.ml") in _parsed(rows, ML)


def test_a_capital_that_deploys_troops_stays_the_government():
    # the annotation rules: a capital or a seat of government is the government whatever it does; its troops are
    # still its forces
    got = _parsed(_deployed("Bamako"), ML)
    assert ("Bamako", "government.ml") in got and ("troops", "armed_forces.ml") in got


def test_coordinated_states_that_launch_an_operation_are_both_forces():
    rows = [("Niger", 3, "nsubj", "Niger", "PROPN"), ("and", 0, "cc", "and", "CCONJ"), ("Mali", 0, "conj", "Mali", "PROPN"),
            ("launched", 3, "ROOT", "launch", "VERB"), ("a", 6, "det", "a", "DET"), ("military", 6, "amod", "military", "ADJ"),
            ("operation", 3, "dobj", "operation", "NOUN"), (".", 3, "punct", ".", "PUNCT")]
    got = _parsed(rows, ML)
    assert ("Niger", "armed_forces.ne") in got and ("Mali", "armed_forces.ml") in got


def test_a_government_that_speaks_or_acts_otherwise_stays_the_government():
    # "The junta said the army launched an offensive ."
    rows = [("The", 1, "det", "the", "DET"), ("junta", 2, "nsubj", "junta", "NOUN"), ("said", 2, "ROOT", "say", "VERB"),
            ("the", 4, "det", "the", "DET"), ("army", 5, "nsubj", "army", "NOUN"), ("launched", 2, "ccomp", "launch", "VERB"),
            ("an", 7, "det", "an", "DET"), ("offensive", 5, "dobj", "offensive", "NOUN"), (".", 2, "punct", ".", "PUNCT")]
    got = _parsed(rows, ML)
    assert ("junta", "government.ml") in got and ("army", "armed_forces.ml") in got
    # "The government launched a vaccination campaign ."
    rows = [("The", 1, "det", "the", "DET"), ("government", 2, "nsubj", "government", "NOUN"),
            ("launched", 2, "ROOT", "launch", "VERB"), ("a", 5, "det", "a", "DET"),
            ("vaccination", 5, "compound", "vaccination", "NOUN"), ("campaign", 2, "dobj", "campaign", "NOUN"),
            (".", 2, "punct", ".", "PUNCT")]
    assert ("government", "government.ml") in _parsed(rows, ML)
    # "The authorities struck a deal ." and "The government launched an operation ." (no military word)
    rows = [("The", 1, "det", "the", "DET"), ("authorities", 2, "nsubj", "authority", "NOUN"),
            ("struck", 2, "ROOT", "strike", "VERB"), ("a", 4, "det", "a", "DET"), ("deal", 2, "dobj", "deal", "NOUN"),
            (".", 2, "punct", ".", "PUNCT")]
    assert ("authorities", "government.ml") in _parsed(rows, ML)
    rows = [("The", 1, "det", "the", "DET"), ("government", 2, "nsubj", "government", "NOUN"),
            ("launched", 2, "ROOT", "launch", "VERB"), ("an", 4, "det", "an", "DET"),
            ("operation", 2, "dobj", "operation", "NOUN"), (".", 2, "punct", ".", "PUNCT")]
    assert ("government", "government.ml") in _parsed(rows, ML)


def test_a_denied_or_refused_action_is_no_action():
    # "Moscow denied sending troops ." / "Mali began shelling Kidal ." (the complement is the action)
    rows = [("Moscow", 1, "nsubj", "Moscow", "PROPN"), ("denied", 1, "ROOT", "deny", "VERB"),
            ("sending", 1, "xcomp", "send", "VERB"), ("troops", 2, "dobj", "troop", "NOUN"), (".", 1, "punct", ".", "PUNCT")]
    assert ("Moscow", "government.ru") in _parsed(rows, ML)
    rows = [("The", 1, "det", "the", "DET"), ("junta", 2, "nsubj", "junta", "NOUN"), ("began", 2, "ROOT", "begin", "VERB"),
            ("shelling", 2, "xcomp", "shell", "VERB"), ("Kidal", 3, "dobj", "Kidal", "PROPN"), (".", 2, "punct", ".", "PUNCT")]
    assert ("junta", "government.ml") in _parsed(rows, ML)
    rows = [("Mali", 1, "nsubj", "Mali", "PROPN")] + [(w, h - 1, d, lem, p) for w, h, d, lem, p in rows[2:]]
    assert ("Mali", "armed_forces.ml") in _parsed(rows, ML)


def test_without_a_parse_nothing_is_read_into_the_verb():
    got = _found("The junta launched an offensive near Kidal.", ML)
    assert ("junta", "government.ml") in got


# --- events: two mentions of one entry ----------------------------------------------------------------------------


def _ea(text, start, role="target", id_="armed_forces.ml"):
    return EventActor(name="Malian Armed Forces", role=role, text=text, id=id_, start=start, end=start + len(text))


def test_distinct_mentions_of_one_entry_stay_and_repeats_merge():
    camp, soldiers = _ea("Malian army camp", 10), _ea("soldiers", 60)
    assert _unique_actors([camp, soldiers]) == [camp, soldiers]
    # a repeat in the same words, words inside the other's, an overlapping span, a side-by-side apposition
    assert _unique_actors([soldiers, _ea("Soldiers", 120)]) == [soldiers]
    assert _unique_actors([_ea("Malian soldiers", 0), soldiers]) == [_ea("Malian soldiers", 0)]
    assert _unique_actors([camp, _ea("army camp", 17)]) == [camp]
    un, minusma = (EventActor(name="MINUSMA", role="actor", text=t, id="minusma", start=s, end=s + len(t))
                   for t, s in (("UN mission", 4), ("MINUSMA", 15)))
    assert _unique_actors([un, minusma]) == [un]
    # the same part of the actor in other words: "RSF" and "the paramilitary group", "troops" and "soldiers"
    rsf, group = (EventActor(name="Rapid Support Forces", role="target", text=t, id="rsf", start=st, end=st + len(t))
                  for t, st in (("RSF", 30), ("paramilitary group", 80)))
    assert _unique_actors([rsf, group]) == [rsf]
    assert _unique_actors([_ea("troops", 0), soldiers]) == [_ea("troops", 0)]
    assert _unique_actors([_ea("Malian drones", 0), soldiers]) == [_ea("Malian drones", 0), soldiers]
    # no span to tell them apart
    assert _unique_actors([_ea("army", -1), _ea("soldiers", 40)]) == [_ea("army", -1)]
    # other roles and other entries are never merged
    assert len(_unique_actors([soldiers, _ea("soldiers", 60, role="actor"), _ea("soldiers", 60, id_="armed_forces.bf")])) == 3
    assert _unique_actors([]) == []
