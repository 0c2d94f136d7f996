"""Unit tests: the reference time through a paragraph of narrative — a time of day with no day of its own, a gap in
days past a framing year, "hours later" — and the event dates they give (invented sentences, no model loaded)."""

from __future__ import annotations

import pytest

from footprint.dates import date_event, event_date, parse_dct, tag
from footprint.testing import parsed_doc


def timexes(text: str, dct: str) -> dict[str, tuple]:
    return {t.text: (t.type, t.value, t.interval_start, t.interval_end, t.anchor) for t in tag(text, dct).timexes}


def plain(text: str, dct: str, word: str, sent_start: int = 0):
    found = list(tag(text, parse_dct(dct, source="t")).timexes)
    s = text.index(word, sent_start)
    return date_event(text, found, {"dct": dct}, sent_start, len(text), s, s + len(word))


# --- a time of day with no day: the day the text is telling -----------------------------------------------------


def test_dawn_with_no_day_is_the_dawn_of_the_day_told():
    # 2023-05-12 is a Friday; "Tuesday" is 2023-05-09
    text = "Raiders burned a village on Tuesday. They came shortly after dawn on motorbikes."
    assert timexes(text, "2023-05-12")["dawn"][:2] == ("TIME", "2023-05-09TMO")


def test_dawn_with_no_day_before_it_is_the_report_day():
    assert timexes("They came at dusk on motorbikes.", "2023-05-12")["dusk"][:2] == ("TIME", "2023-05-12TEV")


def test_dawn_with_its_own_day_keeps_it():
    text = "Raiders burned a village on Tuesday. They came back at dawn Thursday."
    assert timexes(text, "2023-05-12")["dawn Thursday"][:2] == ("TIME", "2023-05-11TMO")


def test_dawn_after_a_month_keeps_the_report_day():
    # a month names no day for the dawn to belong to
    text = "Raids grew in March 2023. Gunmen came at dawn."
    assert timexes(text, "2023-05-12")["dawn"][:2] == ("TIME", "2023-05-12TMO")


def test_a_gap_after_a_time_of_day_counts_from_its_day():
    text = ("Raiders burned a village on Tuesday.\n\nThey came shortly after dawn.\n\n"
            "A day earlier, a bus hit a mine on the road south.")
    assert timexes(text, "2023-05-12")["A day earlier"][2:] == ("2023-05-08", "2023-05-08", "previous")
    date, _ = plain(text, "2023-05-12", "hit", text.index("A day"))
    assert (date.start, date.end) == ("2023-05-08", "2023-05-08")


# --- a gap in days passes over a framing year or month ------------------------------------------------------


def test_a_day_gap_passes_over_a_year_named_as_a_frame():
    # 2024-03-15 is a Friday; "Monday" is 2024-03-11
    text = ("Herders and farmers clashed on Monday near the river, the worst fighting this year. "
            "A day later, herders burned two granaries.")
    assert timexes(text, "2024-03-15")["A day later"][2:] == ("2024-03-12", "2024-03-12", "previous")
    date, _ = plain(text, "2024-03-15", "burned", text.index("A day"))
    assert (date.start, date.end) == ("2024-03-12", "2024-03-12")


def test_a_day_gap_after_a_year_alone_keeps_the_year():
    # no day told before: the gap can only be placed in the year
    text = "The mine opened in 2019. Two days later, miners went on strike."
    assert timexes(text, "2024-03-15")["Two days later"][2:4] == ("2019-01-01", "2019-12-31")


def test_a_day_gap_does_not_reach_a_day_told_long_before():
    # "this year" holds Monday, but Monday was told five sentences back
    text = ("Troops left on Monday. The unit was formed in 2019. It trained for months. It was sent north in 2021. "
            "Its camp grew this year. Two days later, it moved.")
    assert timexes(text, "2024-03-15")["Two days later"][2:4] == ("2024-01-01", "2024-12-31")


def test_a_year_gap_still_counts_from_the_year():
    # only gaps in days and weeks pass over a coarser date: "a year later" counts from "that year"
    text = "Fighting broke out on 4 May 2020, the worst that year. A year later, talks began."
    assert timexes(text, "2024-03-15")["A year later"][:2] == ("DATE", "2021")


# --- "hours later": the reference day ---------------------------------------------------------------------------


def test_hours_later_is_a_vague_duration_on_the_reference_day():
    text = "A drone hit a depot on Monday. Hours later, jets struck a bridge."
    t = timexes(text, "2024-03-15")["Hours later"]
    assert t == ("DURATION", "PTXH", "2024-03-11", "2024-03-11", "previous")
    date, _ = plain(text, "2024-03-15", "struck", text.index("Hours"))
    assert (date.start, date.end) == ("2024-03-11", "2024-03-11")


def test_a_few_minutes_earlier_and_several_hours_later():
    text = "A shell hit the market on Monday. A few minutes earlier, sirens sounded."
    assert timexes(text, "2024-03-15")["A few minutes earlier"][:3] == ("DURATION", "PTXM", "2024-03-11")
    text = "A shell hit the market on Monday. Several hours later, a second one fell."
    assert timexes(text, "2024-03-15")["Several hours later"][:3] == ("DURATION", "PTXH", "2024-03-11")


def test_hours_later_with_nothing_before_is_the_report_day():
    assert timexes("Hours later, jets struck a bridge.", "2024-03-15")["Hours later"][2:4] == ("2024-03-15", "2024-03-15")
    assert timexes("Hours later, jets struck a bridge.", None)["Hours later"][:3] == ("DURATION", "PTXH", None)


def test_hours_without_later_is_not_a_gap():
    found = timexes("The siege lasted hours. Officials spoke for hours, later in the week.", "2024-03-15")
    assert not any(v[1] in ("PTXH", "PTXM") and "later" in k for k, v in found.items())


def test_a_day_gap_after_a_year_the_story_moved_to_keeps_that_year():
    # "the following year" is not the frame of the day before it: the story moved on
    text = "The town fell on May 22, 2015, and the following year the army returned. Two days later a convoy was hit."
    assert timexes(text, "2022-03-16")["Two days later"][2:4] == ("2016-01-01", "2016-12-31")


# --- a schedule told in the present: the next occurrence ----------------------------------------------------------

# 2022-03-14 is a Monday: the nearest Friday is the one before (03-11), the next is 03-18.
@pytest.mark.parametrize("text,value", [
    ("The envoy is due in Bamako on Friday.", "2022-03-18"),
    ("The talks are set to open in Niamey and the envoys are due there Friday.", "2022-03-18"),
    ("The vote, set for Friday, may slip.", "2022-03-18"),
    ("The summit, slated for Friday, will be short.", "2022-03-18"),
    ("Parliament votes on the budget Friday.", "2022-03-18"),
    ("The minister travels to Gao on Friday.", "2022-03-18"),
    ("Officials said the envoy is due in Bamako on Friday.", "2022-03-18"),
    # reporting verbs told in the present stay past, and so do past forms and nouns
    ("The ministry says Friday's raid failed.", "2022-03-11"),
    ("The ministry says on Friday the raid failed.", "2022-03-11"),
    ("The envoy met the junta in Bamako on Friday.", "2022-03-11"),
    ("The president visits Niamey often and said Friday that aid would come.", "2022-03-11"),
    ("The vote, which was set for Friday, was postponed.", "2022-03-11"),
    ("Voters cast their votes on Friday.", "2022-03-11"),
    ("The convoy, which arrived on Friday, was looted.", "2022-03-11"),
])
def test_a_schedule_told_in_the_present_points_ahead(text, value):
    assert timexes(text, "2022-03-14")["Friday"][1] == value


# --- a named time of day with its day: joined, one expression; after "on", two that share the day ---------------


@pytest.mark.parametrize("text,span,value", [
    # 2024-06-14 is a Friday; "on" stays outside, as for "10 a.m. on Monday" (data/dev-gold/README.md)
    ("Rebels struck at dawn on Tuesday.", "dawn", "2024-06-11TMO"),
    ("Rebels struck at dawn Tuesday.", "dawn Tuesday", "2024-06-11TMO"),
    ("Shelling stopped around midnight on Wednesday.", "around midnight", "2024-06-12T24:00"),
])
def test_a_time_of_day_takes_its_day(text, span, value):
    assert timexes(text, "2024-06-14")[span][:2] == ("TIME", value)


def test_a_day_further_on_is_not_the_time_of_days():
    found = timexes("The raid began at dawn near the market on Monday.", "2024-06-14")
    assert "dawn" in found and found["Monday"][1] == "2024-06-10"


def test_the_joined_time_dates_its_event():
    text = "Rebels struck a checkpoint at dawn on Tuesday."
    date, _ = plain(text, "2024-06-14", "struck")
    assert (date.start, date.end) == ("2024-06-11", "2024-06-11")


def test_a_gap_before_a_clause_is_a_duration():
    # TimeML tags the length ("a week"), "after" and the clause stay outside
    found = timexes("A week after gunmen stormed the village, residents returned.", "2024-06-14")
    assert found["A week"][:2] == ("DURATION", "P1W")


def test_before_a_time_of_a_named_day_stays_in_that_day():
    # "before dawn on Monday" is Monday's small hours: the interval is the day, not open before it
    text = "Gunmen attacked the village before dawn on Monday, killing 12."
    t = timexes(text, "2024-06-14")["dawn"]
    assert t[2:4] == ("2024-06-10", "2024-06-10")
    date, _ = plain(text, "2024-06-14", "attacked")
    assert (date.start, date.end) == ("2024-06-10", "2024-06-10")
    # "until" still opens it
    assert timexes("The curfew holds until dawn on Monday.", "2024-06-14")["dawn"][2] is None


# --- a date across a paragraph break is not the event's own ---------------------------------------------------------


def test_a_date_after_a_paragraph_break_in_the_same_sentence_span_is_not_the_events():
    # 2025-06-08 is a Sunday. A splitter that runs "said.\n\nThursday." together hands both to event dating.
    text = "Wednesday. Gunmen raided a village west of the city, a local committee said.\n\nThursday. Shells hit Kadugli."
    found = list(tag(text, parse_dct("2025-06-08", source="t")).timexes)
    s = text.index("raided")
    sent_start, sent_end = text.index("Gunmen"), text.index("Shells")
    date, _ = date_event(text, found, {"dct": "2025-06-08"}, sent_start, sent_end, s, s + len("raided"))
    assert (date.start, date.end) == ("2025-06-04", "2025-06-04") and "governing" in date.reason


def test_a_date_in_the_same_paragraph_after_the_trigger_still_counts():
    text = "Gunmen raided a village, a local committee said on Thursday."
    date, _ = plain(text, "2025-06-08", "raided")
    assert (date.start, date.end) == ("2025-06-05", "2025-06-05")


# --- a clock time with no day: the day the text is telling ----------------------------------------------------------


def test_a_clock_time_with_no_day_is_on_the_day_told():
    # 2024-06-14 is a Friday
    text = "Militiamen stormed a camp on Wednesday night. They arrived shortly after 21:00 and set tents alight."
    assert timexes(text, "2024-06-14")["21:00"][:3] == ("TIME", "2024-06-12T21:00", "2024-06-12")
    s = text.index("They")
    date, _ = plain(text + " Troops pursued them into the hills.", "2024-06-14", "pursued", s)
    assert (date.start, date.end) == ("2024-06-12", "2024-06-12")


def test_a_clock_time_with_its_own_day_or_no_day_before_it():
    assert timexes("Rebels came at 9 p.m. Tuesday.", "2024-06-14")["9 p.m. Tuesday"][1] == "2024-06-11T21:00"
    assert timexes("Rebels came at 21:00.", "2024-06-14")["21:00"][1] == "2024-06-14T21:00"
    # a year names no day for it
    assert timexes("Rebels came in 2023. They left at 21:00.", "2024-06-14")["21:00"][1] == "2024-06-14T21:00"


# --- a relative clause on the subject carries the narrative's time (hand-built parse) -------------------------------


def _parsed(tokens: list[tuple], dct: str):
    words = [t[0] for t in tokens]
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", ",") for i in range(len(words))]
    doc = parsed_doc(words, spaces=spaces, lemmas=[t[1] for t in tokens], pos=[t[2] for t in tokens],
                     heads=[t[3] for t in tokens], deps=[t[4] for t in tokens], meta={"doc_id": "t", "dct": dct})
    doc._.fp_timexes = list(tag(doc.text, parse_dct(dct, source="t")).timexes)
    return doc


def _bus(subject: bool):
    # "The gunmen who stopped a bus on Sunday knew the road. They shot seven." (subject) or
    # "Police sought the gunmen who stopped a bus on Sunday. They shot seven." (object)
    first = [("The", "the", "DET", 1, "det"), ("gunmen", "gunman", "NOUN", 8, "nsubj")] if subject else [
        ("Police", "police", "NOUN", 1, "nsubj"), ("sought", "seek", "VERB", 1, "ROOT")]
    rest = [("who", "who", "PRON", 3, "nsubj"), ("stopped", "stop", "VERB", 1 if subject else 2, "relcl"),
            ("a", "a", "DET", 5, "det"), ("bus", "bus", "NOUN", 3, "dobj"), ("on", "on", "ADP", 3, "prep"),
            ("Sunday", "Sunday", "PROPN", 6, "pobj")]
    if subject:
        tokens = first + rest + [("knew", "know", "VERB", 8, "ROOT"), ("the", "the", "DET", 10, "det"),
                                 ("road", "road", "NOUN", 8, "dobj"), (".", ".", "PUNCT", 8, "punct")]
    else:
        # the object "gunmen" sits between "sought" and "who": shift the relative clause by one token
        tokens = first + [("the", "the", "DET", 3, "det"), ("gunmen", "gunman", "NOUN", 1, "dobj")] + [
            (w, lem, pos, h + 2 if w != "stopped" else 3, d) for w, lem, pos, h, d in rest] + [(".", ".", "PUNCT", 1, "punct")]
    n = len(tokens)
    tokens += [("They", "they", "PRON", n + 1, "nsubj"), ("shot", "shoot", "VERB", n + 1, "ROOT"),
               ("seven", "seven", "NUM", n + 1, "dobj"), (".", ".", "PUNCT", n + 1, "punct")]
    return _parsed(tokens, "2025-03-20"), n


def test_a_date_in_a_relative_clause_on_the_subject_governs_the_next_sentence():
    doc, n = _bus(subject=True)
    t = doc[n + 1]
    date, background = event_date(doc, doc[n].idx, len(doc.text), t.idx, t.idx + len(t.text))
    assert (date.start, date.end) == ("2025-03-16", "2025-03-16") and "governing" in date.reason and not background


def test_a_date_in_a_relative_clause_on_an_object_does_not():
    doc, n = _bus(subject=False)
    assert doc[n - 2].text == "Sunday" and doc[n - 6].dep_ == "relcl" and doc[n - 6].head.dep_ == "dobj"
    t = doc[n + 1]
    date, _ = event_date(doc, doc[n].idx, len(doc.text), t.idx, t.idx + len(t.text))
    assert date.start is None and "report date" in date.reason


@pytest.mark.parametrize("text,word", [
    ("Gunmen stopped a bus on Sunday. They checked the papers of the passengers before shooting seven of them.", "shooting"),
    ("Gunmen stormed the village on Sunday. They fled after killing 12 people.", "killing"),
])
def test_before_or_after_a_gerund_is_a_step_of_the_story_not_context(text, word):
    date, background = plain(text, "2025-03-20", word, text.index("They"))
    assert date.start == "2025-03-16" and not background


def test_after_a_noun_is_still_context():
    text = "Gunmen stormed the village on Sunday. Tension has risen since the collapse of the accord."
    _, background = plain(text, "2025-03-20", "collapse", text.index("Tension"))
    assert background


# --- a part of the day after a year or a month that only frames the day told ------------------------------------


def test_a_part_of_the_day_after_a_framing_year_takes_the_day_told():
    # 2024-03-12 is a Tuesday; "Sunday" is 2024-03-10
    text = "Gunmen attacked a village on Sunday, the deadliest raid this year. Residents said they came in the morning."
    assert timexes(text, "2024-03-12")["the morning"][:2] == ("TIME", "2024-03-10TMO")
    text = "Sunday's ambush, the third in March, killed five. The fighters had gathered that evening."
    assert timexes(text, "2024-03-12")["that evening"][:2] == ("TIME", "2024-03-10TEV")
    text = "Rebels shelled the port on Sunday, the worst shelling this year. Aid ships left the next morning."
    assert timexes(text, "2024-03-12")["the next morning"][:2] == ("TIME", "2024-03-11TMO")


def test_a_year_that_does_not_hold_the_day_told_leaves_the_part_of_day_on_the_report_day():
    text = "Rebels shelled the port on Sunday. In 2023 the town was quiet. Aid ships came in the morning."
    assert timexes(text, "2024-03-12")["the morning"][:2] == ("TIME", "2024-03-12TMO")
