"""Quantities parsing table and kinds, on hand-built docs (no model)."""

from __future__ import annotations

import pytest
import spacy

from footprint.actors import find_actors
from footprint.quantities import VAGUE, find_quantities


def quantities(nlp, text, timexes=()):
    doc = nlp(text)
    return find_quantities(doc, find_actors(doc), list(timexes))


def one(nlp, text):
    qs = quantities(nlp, text)
    assert len(qs) == 1, qs
    return qs[0]


@pytest.mark.parametrize("text,kind,lo,hi,approx", [
    ("The camp has dormitories capable of housing 150–200 troops.", "capacity", 150, 200, False),
    ("The new hangar can accommodate up to 300 soldiers.", "capacity", None, 300, False),
    ("Approximately 1,000 members of Africa Corps were sent.", "personnel", 1000, 1000, True),
    ("Some 200 Chadian troops arrived.", "personnel", 200, 200, True),
    ("Gunmen killed 12 soldiers on Monday.", "fatalities", 12, 12, False),
    ("At least 20 civilians were wounded.", "injured", 20, None, False),
    ("More than 50 villagers were abducted.", "abducted", 51, None, False),
    ("Fewer than 30 instructors remained.", "personnel", None, 29, False),
    ("Dozens of people were killed.", "fatalities", 24, 99, True),
    ("Hundreds of residents have been displaced.", "displaced", 200, 999, True),
    ("Thousands of troops were mobilised.", "personnel", 2000, 9999, True),
    ("Several soldiers died.", "fatalities", 3, 9, True),
    ("A dozen vehicles were destroyed.", "equipment", 12, 12, True),
    ("Three Su-24 jets landed.", "equipment", 3, 3, False),
    ("Twenty-five gendarmes were killed.", "fatalities", 25, 25, False),
    ("Two hundred and fifty fighters surrendered.", "personnel", 250, 250, False),
    ("Some 1.5 million people have been displaced.", "displaced", 1_500_000, 1_500_000, True),
    ("Between 300 and 400 mercenaries were deployed.", "personnel", 300, 400, False),
    ("From 40 to 60 soldiers were seen.", "personnel", 40, 60, False),
    ("Several hundred fighters crossed the border.", "personnel", 300, 900, True),
    ("Up to 300 Russian instructors arrived.", "personnel", None, 300, False),
    ("About 15% of the troops left.", "other", 15, 15, True),
])
def test_table(nlp, text, kind, lo, hi, approx):
    q = one(nlp, text)
    assert (q.kind, q.min, q.max, q.approximate) == (kind, lo, hi, approx)
    assert text[q.start:q.end] == q.text


@pytest.mark.parametrize("text", [
    "The base was built in 2021.",
    "The MiG-29 and the Su-24 flew over.",
    "Resolution 2100 was adopted.",
    "They met on 6 January and again on March 3.",
    "The meeting started at 10:30.",
    "",
    "Nothing numeric here at all.",
])
def test_not_quantities(nlp, text):
    assert quantities(nlp, text) == []


def test_year_followed_by_a_counted_noun_is_a_quantity(nlp):
    q = one(nlp, "Nearly 2000 troops were withdrawn.")
    assert (q.kind, q.min) == ("personnel", 2000)


def test_date_spans_from_the_dates_stage_are_skipped(nlp):
    text = "In the 12 months to June, 40 soldiers died."
    doc = nlp(text)
    start = text.index("12 months")
    tx = [(start, start + len("12 months to June"))]
    qs = find_quantities(doc, [], tx)
    assert [(q.kind, q.min) for q in qs] == [("fatalities", 40)]


def test_sides(nlp):
    q = one(nlp, "Jihadists attacked a Nigerien army post, killing 12 soldiers.")
    assert q.side == "armed_forces.ne"
    q = one(nlp, "About 300 Wagner fighters arrived.")
    assert q.side == "wagner_group"
    q = one(nlp, "Around 500 members of ISWAP surrendered.")
    assert q.side == "iswap"
    q = one(nlp, "Some 40 Burkinabe soldiers were killed.")
    assert q.side == "armed_forces.bf"


def test_clause_limits_cues(nlp):
    qs = quantities(nlp, "Five gendarmes died; 2,000 residents have since been displaced.")
    assert [(q.kind, q.min) for q in qs] == [("fatalities", 5), ("displaced", 2000)]


def test_vague_bounds_are_ordered():
    for phrase, (lo, hi) in VAGUE.items():
        assert lo is None or hi is None or lo <= hi, phrase


def test_junk_and_long_input(nlp):
    junk = "1,2,3 -- 4–– ‒5 ,,, 99999999999999999999 1e9 ½ ٣ " * 200
    qs = quantities(nlp, junk)
    assert all(q.kind in ("other", "personnel") or q.min is None or q.min >= 0 for q in qs)
    text = "Some 200 troops and 30 vehicles arrived. " * 3000
    assert len(quantities(nlp, text)) == 6000


def test_component_sets_extension():
    from footprint.actors import FACTORY as A
    from footprint.quantities import FACTORY as Q

    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    pipe.add_pipe(A)
    pipe.add_pipe(Q)
    doc = pipe("Some 200 Malian soldiers arrived.")
    assert [(q.kind, q.side) for q in doc._.fp_quantities] == [("personnel", "armed_forces.ml")]


def test_durations_found_by_the_dates_stage_are_not_counts(nlp):
    from footprint import nlp as nlp_mod
    from footprint.model import Timex
    from footprint.quantities import QuantitiesComponent

    text = "The siege lasted two weeks and 40 soldiers were killed."
    doc = nlp_mod.prepare(nlp(text), {})
    start = text.index("two weeks")
    doc._.fp_timexes = [Timex(start, start + 9, "two weeks", "DURATION", "P2W", None, None, "week")]
    found = QuantitiesComponent()(doc)._.fp_quantities
    assert [(q.kind, q.min) for q in found] == [("fatalities", 40)]


def test_side_is_the_group_the_counted_noun_names_not_a_nearby_actor(nlp):
    q = one(nlp, "The French army, supported by tens of thousands of civilian volunteers, fought JNIM.")
    assert (q.kind, q.min, q.max) == ("personnel", 20000, 99999)
    assert q.side == "civilian volunteers"
    q = one(nlp, "JNIM said it had killed 14 civilians near the French base.")
    assert q.side == "civilians"
    # a force noun still takes the force of its kind named before it
    q = one(nlp, "JNIM attacked Malian troops; 12 soldiers died.")
    assert q.side == "armed_forces.ml"
    # a thing counted has no side
    q = one(nlp, "JNIM fighters burned 12 trucks.")
    assert q.kind == "equipment" and q.side is None


def test_forces_follow_the_country_the_places_stage_finds_only_where_the_passage_names_them():
    from spacy.language import Language

    from footprint.actors import COREF_FACTORY as C
    from footprint.actors import FACTORY as A
    from footprint.quantities import FACTORY as Q

    @Language.component("test_places_focus_bf")
    def places(doc):
        doc._.fp_meta["places_focus"] = {"BF": 0.9}
        return doc

    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    pipe.add_pipe(A)
    pipe.add_pipe("test_places_focus_bf")
    pipe.add_pipe(C)
    pipe.add_pipe(Q)
    from footprint import nlp as nlp_mod

    doc = pipe.make_doc("Gunmen attacked a convoy near Djibo. Twelve soldiers were killed.")
    nlp_mod.prepare(doc, {})
    for _, proc in pipe.pipeline:
        doc = proc(doc)
    assert ("soldiers", "armed_forces.bf") in [(m.text, m.actor_id) for m in doc._.fp_actors]
    # the places alone make no side: no actor of the passage names Burkina Faso's forces
    assert [(q.kind, q.side) for q in doc._.fp_quantities] == [("fatalities", "soldiers")]
    doc = pipe.make_doc("Gunmen attacked Burkinabe troops near Djibo. Twelve soldiers were killed.")
    nlp_mod.prepare(doc, {})
    for _, proc in pipe.pipeline:
        doc = proc(doc)
    assert [(q.kind, q.side) for q in doc._.fp_quantities] == [("fatalities", "armed_forces.bf")]
