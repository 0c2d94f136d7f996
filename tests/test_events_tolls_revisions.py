"""Unit tests for toll revisions and for an attack told twice: a revision that names no place updates an attack
only when the window leaves no doubt which; deaths told with a revision ("three more died, bringing the toll to
nine") are its step, not an event of their own; one attack told twice in a report (same type, place and day, no
attack between) is one event. Invented sentences with hand-built parses (no model is loaded)."""

from __future__ import annotations

from footprint.events import build_events
from footprint.events.assemble import Stages
from footprint.model import EventDate, EventLocation, Quantity
from footprint.testing import token_doc

STAGES = Stages(event_location=lambda *a: None, event_date=lambda *a: (None, False), is_meta=lambda doc, sent: False)


def attack(subject: str, obj: str, verb: str, verb_lemma: str, number: str) -> list:
    """"<Subject> attacked a <obj>, <verb> <number>."""
    return [
        (subject, subject.lower(), "NOUN", "NNS", 1, "nsubj"), ("attacked", "attack", "VERB", "VBD", 1, "ROOT"),
        ("a", "a", "DET", "DT", 3, "det"), (obj, obj, "NOUN", "NN", 1, "dobj"),
        (",", ",", "PUNCT", ",", 1, "punct"), (verb, verb_lemma, "VERB", "VBG", 1, "advcl"),
        (number, number, "NUM", "CD", 5, "dobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ]


CONVOY = attack("Gunmen", "convoy", "killing", "kill", "six")
VILLAGE = attack("Bandits", "village", "killing", "kill", "two")

# "The toll has risen to nine."
RISEN = [
    ("The", "the", "DET", "DT", 1, "det"), ("toll", "toll", "NOUN", "NN", 3, "nsubj"),
    ("has", "have", "AUX", "VBZ", 3, "aux"), ("risen", "rise", "VERB", "VBN", 3, "ROOT"),
    ("to", "to", "ADP", "IN", 3, "prep"), ("nine", "nine", "NUM", "CD", 4, "pobj"), (".", ".", "PUNCT", ".", 3, "punct"),
]

# "Officials said three more died, bringing the toll to nine."
STEP = [
    ("Officials", "official", "NOUN", "NNS", 1, "nsubj"), ("said", "say", "VERB", "VBD", 1, "ROOT"),
    ("three", "three", "NUM", "CD", 3, "nummod"), ("more", "more", "ADJ", "JJR", 4, "nsubj"),
    ("died", "die", "VERB", "VBD", 1, "ccomp"), (",", ",", "PUNCT", ",", 4, "punct"),
    ("bringing", "bring", "VERB", "VBG", 4, "advcl"), ("the", "the", "DET", "DT", 8, "det"),
    ("toll", "toll", "NOUN", "NN", 6, "dobj"), ("to", "to", "ADP", "IN", 6, "prep"),
    ("nine", "nine", "NUM", "CD", 9, "pobj"), (".", ".", "PUNCT", ".", 1, "punct"),
]

# "Three more died in Gao on Friday, bringing the toll to nine.": a place and a day of their own
STEP_ANCHORED = [
    ("Three", "three", "NUM", "CD", 1, "nummod"), ("more", "more", "ADJ", "JJR", 2, "nsubj"),
    ("died", "die", "VERB", "VBD", 2, "ROOT"), ("in", "in", "ADP", "IN", 2, "prep"),
    ("Gao", "Gao", "PROPN", "NNP", 3, "pobj"), ("on", "on", "ADP", "IN", 2, "prep"),
    ("Friday", "Friday", "PROPN", "NNP", 5, "pobj"), (",", ",", "PUNCT", ",", 2, "punct"),
    ("bringing", "bring", "VERB", "VBG", 2, "advcl"), ("the", "the", "DET", "DT", 10, "det"),
    ("toll", "toll", "NOUN", "NN", 8, "dobj"), ("to", "to", "ADP", "IN", 8, "prep"),
    ("nine", "nine", "NUM", "CD", 11, "pobj"), (".", ".", "PUNCT", ".", 2, "punct"),
]


def report(*sentences: list, ents=()) -> tuple:
    """A doc of ``sentences`` (heads and ``ents`` counted within each), with each sentence's first token index."""
    tokens, starts, flat_ents = [], [], []
    for k, sent in enumerate(sentences):
        n = len(tokens)
        starts.append(n)
        tokens += [(w, lemma, pos, tag, head + n, dep) for w, lemma, pos, tag, head, dep in sent]
        flat_ents += [(a + n, b + n, label) for s, a, b, label in ents if s == k]
    doc = token_doc(tokens, flat_ents, sent_starts=[i in starts for i in range(len(tokens))])
    return doc, starts


def count(doc, first: int, last: int, n: float, kind: str = "fatalities") -> Quantity:
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    return Quantity(kind=kind, min=n, max=n, text=doc.text[start:end], start=start, end=end)


def tolls(events) -> list[list[tuple[str, float]]]:
    return [[(q.kind, q.min) for q in e.quantities] for e in events]


def test_a_placeless_revision_with_two_attacks_in_the_window_revises_neither():
    doc, (a, b, c) = report(CONVOY, VILLAGE, RISEN)
    doc._.fp_quantities = [count(doc, a + 6, a + 6, 6), count(doc, b + 6, b + 6, 2), count(doc, c + 5, c + 5, 9)]
    events = build_events(doc, STAGES)
    # "the toll" could be either attack's: the latest one's two dead must not become nine
    assert tolls(events) == [[("fatalities", 6)], [("fatalities", 2)]]


def test_a_placeless_revision_updates_the_only_attack_that_counts_that_kind():
    wounding = attack("Bandits", "village", "wounding", "wound", "two")
    doc, (a, b, c) = report(CONVOY, wounding, RISEN)
    doc._.fp_quantities = [count(doc, a + 6, a + 6, 6), count(doc, b + 6, b + 6, 2, "injured"),
                           count(doc, c + 5, c + 5, 9)]
    events = build_events(doc, STAGES)
    assert tolls(events) == [[("fatalities", 9)], [("injured", 2)]]


def test_a_placeless_revision_with_one_attack_in_the_window_revises_it():
    doc, (a, c) = report(CONVOY, RISEN)
    doc._.fp_quantities = [count(doc, a + 6, a + 6, 6), count(doc, c + 5, c + 5, 9)]
    assert tolls(build_events(doc, STAGES)) == [[("fatalities", 9)]]


def test_deaths_told_with_a_revision_are_its_step_not_an_event():
    doc, (a, c) = report(CONVOY, STEP)
    doc._.fp_quantities = [count(doc, a + 6, a + 6, 6), count(doc, c + 2, c + 3, 3), count(doc, c + 10, c + 10, 9)]
    events = build_events(doc, STAGES)
    # one event, its toll the revised nine (the three more are the step that took it there)
    assert tolls(events) == [[("fatalities", 9)]]
    assert events[0].quantities[0].start == doc[c + 10].idx


def test_deaths_with_a_place_and_day_of_their_own_told_with_a_revision_are_still_its_step():
    doc, (a, c) = report(CONVOY, STEP_ANCHORED, ents=[(1, 4, 5, "GPE"), (1, 6, 7, "DATE")])
    doc._.fp_quantities = [count(doc, a + 6, a + 6, 6), count(doc, c, c + 1, 3), count(doc, c + 12, c + 12, 9)]
    events = build_events(doc, STAGES)
    assert tolls(events) == [[("fatalities", 9)]]


# "Three more were killed in Gao on Friday, bringing the toll to nine.": a casualty verb that is a trigger of its
# own (the parse above has none in "died"), so the deaths are read as a draft that the revision takes as its step
KILLED_STEP = [
    ("Three", "three", "NUM", "CD", 1, "nummod"), ("more", "more", "ADJ", "JJR", 3, "nsubjpass"),
    ("were", "be", "AUX", "VBD", 3, "auxpass"), ("killed", "kill", "VERB", "VBN", 3, "ROOT"),
    ("in", "in", "ADP", "IN", 3, "prep"), ("Gao", "Gao", "PROPN", "NNP", 4, "pobj"),
    ("on", "on", "ADP", "IN", 3, "prep"), ("Friday", "Friday", "PROPN", "NNP", 6, "pobj"),
    (",", ",", "PUNCT", ",", 3, "punct"), ("bringing", "bring", "VERB", "VBG", 3, "advcl"),
    ("the", "the", "DET", "DT", 11, "det"), ("toll", "toll", "NOUN", "NN", 9, "dobj"),
    ("to", "to", "ADP", "IN", 9, "prep"), ("nine", "nine", "NUM", "CD", 12, "pobj"), (".", ".", "PUNCT", ".", 3, "punct"),
]


def test_a_casualty_trigger_told_with_a_revision_is_its_step_not_an_event():
    doc, (a, c) = report(CONVOY, KILLED_STEP, ents=[(1, 5, 6, "GPE"), (1, 7, 8, "DATE")])
    doc._.fp_quantities = [count(doc, a + 6, a + 6, 6), count(doc, c, c + 1, 3), count(doc, c + 13, c + 13, 9)]
    events = build_events(doc, STAGES)
    # its own place and day do not make it an event: one event, the toll the nine the revision reaches
    assert tolls(events) == [[("fatalities", 9)]]
    assert events[0].quantities[0].start == doc[c + 13].idx


def test_bringing_a_toll_needs_the_number_it_reaches():
    from footprint.events.tolls import revision

    # "The raids took a heavy toll.": no count changed
    took = [("The", "the", "DET", "DT", 1, "det"), ("raids", "raid", "NOUN", "NNS", 2, "nsubj"),
            ("brought", "bring", "VERB", "VBD", 2, "ROOT"), ("a", "a", "DET", "DT", 5, "det"),
            ("heavy", "heavy", "ADJ", "JJ", 5, "amod"), ("toll", "toll", "NOUN", "NN", 2, "dobj"),
            (".", ".", "PUNCT", ".", 2, "punct")]
    doc = token_doc(took)
    assert not revision(doc[:])
    doc, (c,) = report(STEP)
    assert revision(doc[c:])


# --- one attack told twice ----------------------------------------------------------------------------------

def placed(places: dict[str, str]):
    """A locate stub: the town whose marker word the event's sentence holds."""
    def locate(doc, s, e, ts, te):
        for word, town in places.items():
            if word in doc.text[s:e]:
                return EventLocation(name=town, lat=14.0, lon=len(town) * 1.0, country="ML", precision="town")
        return None
    return locate


def same_day(*a):
    return EventDate(start="2024-03-04", end="2024-03-04", precision="day", reason="own clause"), False


TWICE = Stages(event_location=placed({"convoy": "Kaya", "village": "Dori"}), event_date=same_day,
               is_meta=lambda doc, sent: False)


def test_an_attack_told_twice_same_place_and_day_is_one_event():
    retold = attack("Witnesses", "convoy", "wounding", "wound", "four")
    retold[0] = ("Fighters", "fighter", "NOUN", "NNS", 1, "nsubj")
    doc, (a, b) = report(CONVOY, retold)
    doc._.fp_quantities = [count(doc, a + 6, a + 6, 6), count(doc, b + 6, b + 6, 4, "injured")]
    events = build_events(doc, TWICE)
    assert len(events) == 1
    assert tolls(events) == [[("fatalities", 6), ("injured", 4)]]
    # evidence from both tellings
    assert events[0].evidence.start == doc[a].idx and events[0].evidence.end == doc[b + 7].idx + 1
    assert "Gunmen" in events[0].evidence.sentence and "Fighters" in events[0].evidence.sentence


def test_the_exact_count_wins_over_a_rough_one():
    doc, (a, b) = report(CONVOY, CONVOY)
    rough = Quantity(kind="fatalities", min=5, max=None, text="six", start=doc[a + 6].idx, end=doc[a + 6].idx + 3,
                     approximate=True)
    doc._.fp_quantities = [rough, count(doc, b + 6, b + 6, 7)]
    events = build_events(doc, TWICE)
    assert tolls(events) == [[("fatalities", 7)]]


def test_two_attacks_in_two_villages_the_same_day_stay_two():
    doc, (a, b) = report(CONVOY, VILLAGE)
    doc._.fp_quantities = [count(doc, a + 6, a + 6, 6), count(doc, b + 6, b + 6, 2)]
    events = build_events(doc, TWICE)
    assert [e.location.name for e in events] == ["Kaya", "Dori"]


def test_an_attack_between_keeps_the_retelling_apart():
    doc, starts = report(CONVOY, VILLAGE, CONVOY)
    doc._.fp_quantities = [count(doc, s + 6, s + 6, n) for s, n in zip(starts, (6, 2, 6))]
    assert len(build_events(doc, TWICE)) == 3


def test_attacks_on_different_days_or_without_a_day_stay_apart():
    days = iter(["2024-03-04", "2024-03-05"])

    def two_days(*a):
        d = next(days)
        return EventDate(start=d, end=d, precision="day", reason="own clause"), False

    doc, (a, b) = report(CONVOY, CONVOY)
    doc._.fp_quantities = [count(doc, a + 6, a + 6, 6), count(doc, b + 6, b + 6, 6)]
    stages = Stages(event_location=TWICE.event_location, event_date=two_days, is_meta=lambda doc, sent: False)
    assert len(build_events(doc, stages)) == 2
    # the same two sentences at one town are one attack told twice: the stub, not the wording, keeps them apart
    stages = Stages(event_location=lambda *a: EventLocation(name="Mopti", lat=14.5, lon=-4.2, country="ML",
                                                            precision="town"),
                    event_date=same_day, is_meta=lambda doc, sent: False)
    assert len(build_events(doc, stages)) == 1
    undated = Stages(event_location=TWICE.event_location, event_date=lambda *a: (None, False),
                     is_meta=lambda doc, sent: False)
    assert len(build_events(doc, undated)) == 2


def test_a_revision_step_with_two_attacks_in_the_window_revises_neither():
    doc, (a, b, c) = report(CONVOY, VILLAGE, KILLED_STEP, ents=[(2, 5, 6, "GPE"), (2, 7, 8, "DATE")])
    doc._.fp_quantities = [count(doc, a + 6, a + 6, 6), count(doc, b + 6, b + 6, 2), count(doc, c, c + 1, 3),
                           count(doc, c + 13, c + 13, 9)]
    events = build_events(doc, STAGES)
    # which attack's toll reached nine is not told: the latest attack's two must not become nine
    assert tolls(events) == [[("fatalities", 6)], [("fatalities", 2)]]


def fallback(unplaced: dict[str, str], precision: str = "district"):
    """A locate stub for villages no installed list holds: the event sits at the district's point, the village
    named in ``unplaced``."""
    def locate(doc, s, e, ts, te):
        for word, village in unplaced.items():
            if word in doc.text[s:e]:
                return EventLocation(name="Seno", lat=14.2, lon=-0.4, country="BF", precision=precision,
                                     unplaced=village)
        return None
    return locate


# a second attack of the same type as CONVOY, told by other words
OTHER = attack("Fighters", "convoy", "killing", "kill", "two")


def test_two_unplaced_villages_of_one_district_the_same_day_stay_two():
    doc, (a, b) = report(CONVOY, OTHER)
    doc._.fp_quantities = [count(doc, a + 6, a + 6, 6), count(doc, b + 6, b + 6, 2)]
    stages = Stages(event_location=fallback({"Gunmen": "Tindaga", "Fighters": "Boulkiemde"}), event_date=same_day,
                    is_meta=lambda doc, sent: False)
    events = build_events(doc, stages)
    assert [e.location.unplaced for e in events] == ["Tindaga", "Boulkiemde"]
    assert tolls(events) == [[("fatalities", 6)], [("fatalities", 2)]]


def test_a_retelling_needs_both_places_fine_enough():
    # the same name and point, told once as a town and once as the region around it: not shown to be one place
    def locate(doc, s, e, ts, te):
        precision = "town" if "Gunmen" in doc.text[s:e] else "region"
        return EventLocation(name="Mopti", lat=14.5, lon=-4.2, country="ML", precision=precision)

    doc, (a, b) = report(CONVOY, OTHER)
    doc._.fp_quantities = [count(doc, a + 6, a + 6, 6), count(doc, b + 6, b + 6, 2)]
    stages = Stages(event_location=locate, event_date=same_day, is_meta=lambda doc, sent: False)
    assert len(build_events(doc, stages)) == 2
    # the same two sentences at one town are one attack told twice: the stub, not the wording, keeps them apart
    stages = Stages(event_location=lambda *a: EventLocation(name="Mopti", lat=14.5, lon=-4.2, country="ML",
                                                            precision="town"),
                    event_date=same_day, is_meta=lambda doc, sent: False)
    assert len(build_events(doc, stages)) == 1


# "A mob attacked a man, killing him.": violence outside the attack family that a later toll may belong to
MOB = [
    ("A", "a", "DET", "DT", 1, "det"), ("mob", "mob", "NOUN", "NN", 2, "nsubj"),
    ("attacked", "attack", "VERB", "VBD", 2, "ROOT"), ("a", "a", "DET", "DT", 4, "det"),
    ("man", "man", "NOUN", "NN", 2, "dobj"), (",", ",", "PUNCT", ",", 2, "punct"),
    ("killing", "kill", "VERB", "VBG", 2, "advcl"), ("him", "he", "PRON", "PRP", 6, "dobj"),
    (".", ".", "PUNCT", ".", 2, "punct"),
]

# "Three more were killed, bringing the toll to nine.": a step with no place or day of its own
BARE_STEP = [
    ("Three", "three", "NUM", "CD", 1, "nummod"), ("more", "more", "ADJ", "JJR", 3, "nsubjpass"),
    ("were", "be", "AUX", "VBD", 3, "auxpass"), ("killed", "kill", "VERB", "VBN", 3, "ROOT"),
    (",", ",", "PUNCT", ",", 3, "punct"), ("bringing", "bring", "VERB", "VBG", 3, "advcl"),
    ("the", "the", "DET", "DT", 7, "det"), ("toll", "toll", "NOUN", "NN", 5, "dobj"),
    ("to", "to", "ADP", "IN", 5, "prep"), ("nine", "nine", "NUM", "CD", 8, "pobj"), (".", ".", "PUNCT", ".", 3, "punct"),
]


def test_a_step_left_open_between_two_attacks_does_not_fall_to_an_older_mob_attack():
    doc, (m, a, b, c) = report(MOB, CONVOY, VILLAGE, BARE_STEP)
    doc._.fp_quantities = [count(doc, a + 6, a + 6, 6), count(doc, b + 6, b + 6, 2), count(doc, c, c + 1, 3),
                           count(doc, c + 9, c + 9, 9)]
    events = build_events(doc, STAGES)
    assert [e.type for e in events] == ["mob_violence", "armed_clash", "attack_on_civilians"]
    # which attack's toll reached nine is not told; the man the mob killed is surely not nine dead
    assert tolls(events) == [[], [("fatalities", 6)], [("fatalities", 2)]]


def test_a_step_after_a_mob_attack_with_no_attack_in_the_window_revises_the_mob_attack():
    doc, (m, c) = report(MOB, BARE_STEP)
    doc._.fp_quantities = [count(doc, c, c + 1, 3), count(doc, c + 9, c + 9, 9)]
    events = build_events(doc, STAGES)
    assert [e.type for e in events] == ["mob_violence"]
    assert tolls(events) == [[("fatalities", 9)]]
