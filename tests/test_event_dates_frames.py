"""Event dates from the frame of their sentence: a closed date before an "until" date, a date fronted in the
sentence for a clause with none of its own, a month before the year that frames it, the part of a period
("early August"), a clock time past midnight, this week's news after "after", and "the first time ... had".
Sentences are invented; parses are built by hand."""

from __future__ import annotations

from spacy.tokens import Doc

from footprint.dates import date_event, event_date, parse_dct, tag
from footprint.dates.events import _finest, _hour
from footprint.model import Timex
from footprint.testing import parsed_doc


def parsed(tokens: list[tuple], dct: str) -> Doc:
    """tokens: (word, lemma, pos, head, dep), heads as positions in the list, the root pointing at itself."""
    words = [t[0] for t in tokens]
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", ",", ";") for i in range(len(words))]
    doc = parsed_doc(words, spaces=spaces, lemmas=[t[1] for t in tokens], pos=[t[2] for t in tokens],
                     heads=[t[3] for t in tokens], deps=[t[4] for t in tokens], meta={"doc_id": "t", "dct": dct})
    doc._.fp_timexes = list(tag(doc.text, parse_dct(dct, source="t")).timexes)
    return doc


def date_of(doc: Doc, word: str, sent_word: int = 0, sent_end: int | None = None):
    t = next(t for t in doc if t.text == word and t.i >= sent_word)
    end = doc[sent_end].idx if sent_end is not None else len(doc.text)
    return event_date(doc, doc[sent_word].idx, end, t.idx, t.idx + len(t.text))


def shifted(tokens: list[tuple], by: int) -> list[tuple]:
    return [(w, lemma, pos, head + by, dep) for w, lemma, pos, head, dep in tokens]


TRUCE = [("On", "on", "ADP", 6, "prep"), ("Friday", "Friday", "PROPN", 0, "pobj"), (",", ",", "PUNCT", 6, "punct"),
         ("the", "the", "DET", 5, "det"), ("two", "two", "NUM", 5, "nummod"), ("sides", "side", "NOUN", 6, "nsubj"),
         ("agreed", "agree", "VERB", 6, "ROOT"), ("to", "to", "PART", 8, "aux"), ("extend", "extend", "VERB", 6, "xcomp"),
         ("the", "the", "DET", 10, "det"), ("truce", "truce", "NOUN", 8, "dobj"), ("until", "until", "ADP", 8, "prep"),
         ("the", "the", "DET", 13, "det"), ("end", "end", "NOUN", 11, "pobj"), ("of", "of", "ADP", 13, "prep"),
         ("June", "June", "PROPN", 14, "pobj"), (".", ".", "PUNCT", 6, "punct")]


def test_a_closed_date_of_the_clause_comes_before_an_until_date_said_of_the_trigger():
    doc = parsed(TRUCE, "2025-03-15")
    until = next(t for t in doc._.fp_timexes if "June" in t.text)
    assert until.interval_start is None  # the premise: "until ..." is an open stretch
    date, background = date_of(doc, "extend")
    assert (date.start, date.end) == ("2025-03-14", "2025-03-14") and not background


def test_without_a_parse_the_closed_date_also_wins():
    text = "On Friday, the two sides agreed to extend the truce until the end of June."
    timexes = list(tag(text, parse_dct("2025-03-15", source="t")).timexes)
    w = text.index("extend")
    date, _ = date_event(text, timexes, {"dct": "2025-03-15"}, 0, len(text), w, w + 6)
    assert (date.start, date.end) == ("2025-03-14", "2025-03-14")


def test_an_until_date_alone_still_bounds_the_event():
    text = "The two sides agreed to extend the truce until the end of June."
    timexes = list(tag(text, parse_dct("2025-03-15", source="t")).timexes)
    w = text.index("extend")
    date, _ = date_event(text, timexes, {"dct": "2025-03-15"}, 0, len(text), w, w + 6)
    assert date.start is None and date.end == "2025-06-30"


JOINED = [("She", "she", "PRON", 1, "nsubj"), ("joined", "join", "VERB", 1, "ROOT"), ("the", "the", "DET", 3, "det"),
          ("movement", "movement", "NOUN", 1, "dobj"), ("in", "in", "ADP", 1, "prep"), ("2003", "2003", "NUM", 4, "pobj"),
          (".", ".", "PUNCT", 1, "punct")]


def test_a_fronted_date_frames_a_relative_clause_on_the_predicate_of_a_copula():
    # She joined the movement in 2003. In 2015 she was among the fighters who stormed the barracks.
    second = [("In", "in", "ADP", 3, "prep"), ("2015", "2015", "NUM", 0, "pobj"), ("she", "she", "PRON", 3, "nsubj"),
              ("was", "be", "AUX", 3, "ROOT"), ("among", "among", "ADP", 3, "prep"), ("the", "the", "DET", 6, "det"),
              ("fighters", "fighter", "NOUN", 4, "pobj"), ("who", "who", "PRON", 8, "nsubj"),
              ("stormed", "storm", "VERB", 6, "relcl"), ("the", "the", "DET", 10, "det"),
              ("barracks", "barracks", "NOUN", 8, "dobj"), (".", ".", "PUNCT", 3, "punct")]
    doc = parsed(JOINED + shifted(second, len(JOINED)), "2024-06-01")
    date, background = date_of(doc, "stormed", len(JOINED))
    assert (date.start, date.end) == ("2015-01-01", "2015-12-31") and background
    assert date.reason.startswith("date fronted")


def test_a_date_after_the_subject_is_not_fronted_and_the_relative_clause_keeps_the_narrative_date():
    # She joined the movement in 2003. She in 2015 was among the fighters who stormed the barracks.
    second = [("She", "she", "PRON", 3, "nsubj"), ("in", "in", "ADP", 3, "prep"), ("2015", "2015", "NUM", 1, "pobj"),
              ("was", "be", "AUX", 3, "ROOT"), ("among", "among", "ADP", 3, "prep"), ("the", "the", "DET", 6, "det"),
              ("fighters", "fighter", "NOUN", 4, "pobj"), ("who", "who", "PRON", 8, "nsubj"),
              ("stormed", "storm", "VERB", 6, "relcl"), ("the", "the", "DET", 10, "det"),
              ("barracks", "barracks", "NOUN", 8, "dobj"), (".", ".", "PUNCT", 3, "punct")]
    doc = parsed(JOINED + shifted(second, len(JOINED)), "2024-06-01")
    date, _ = date_of(doc, "stormed", len(JOINED))
    assert (date.start, date.end) == ("2003-01-01", "2003-12-31")


SHELLING = [("Shelling", "shelling", "NOUN", 1, "nsubj"), ("began", "begin", "VERB", 1, "ROOT"),
            ("at", "at", "ADP", 1, "prep"), ("22:30", "22:30", "NUM", 2, "pobj"), ("on", "on", "ADP", 1, "prep"),
            ("4", "4", "NUM", 6, "nummod"), ("June", "June", "PROPN", 4, "pobj"), (".", ".", "PUNCT", 1, "punct")]


def _drone(hour: str) -> list[tuple]:
    # At around <hour> a drone hit a truck; the truck was destroyed. (parsed, as a parser may, with the first
    # clause hung under the second)
    return [("At", "at", "ADP", 6, "prep"), ("around", "around", "ADV", 2, "advmod"), (hour, hour, "NUM", 0, "pobj"),
            ("a", "a", "DET", 4, "det"), ("drone", "drone", "NOUN", 5, "nsubj"), ("hit", "hit", "VERB", 12, "ccomp"),
            ("a", "a", "DET", 7, "det"), ("truck", "truck", "NOUN", 5, "dobj"), (";", ";", "PUNCT", 12, "punct"),
            ("the", "the", "DET", 10, "det"), ("truck", "truck", "NOUN", 12, "nsubjpass"),
            ("was", "be", "AUX", 12, "auxpass"), ("destroyed", "destroy", "VERB", 12, "ROOT"),
            (".", ".", "PUNCT", 12, "punct")]


def test_a_clock_time_after_a_late_hour_is_the_next_day_and_frames_the_clause_after_the_semicolon():
    doc = parsed(SHELLING + shifted(_drone("01:15"), len(SHELLING)), "2024-06-06")
    for word in ("hit", "destroyed"):
        date, background = date_of(doc, word, len(SHELLING))
        assert (date.start, date.end) == ("2024-06-05", "2024-06-05"), word
        assert not background


def test_a_later_hour_of_the_same_day_stays_on_the_governing_day():
    doc = parsed(SHELLING + shifted(_drone("23:50"), len(SHELLING)), "2024-06-06")
    date, _ = date_of(doc, "destroyed", len(SHELLING))
    assert (date.start, date.end) == ("2024-06-04", "2024-06-04")


def test_hours_are_read_from_clock_times():
    assert _hour("at about 23:40 on 10 May") == 23
    assert _hour("around 02:00") == 2
    assert _hour("at 11.30 pm") == 23
    assert _hour("at 7 a.m.") == 7
    assert _hour("on 10 May") is None


def _tx(text: str, start: str, end: str, s: int) -> Timex:
    return Timex(start=s, end=s + len(text), text=text, type="DATE", value=start[:7], interval_start=start,
                 interval_end=end, precision="month")


def test_a_date_that_only_frames_a_finer_one_is_dropped():
    march = _tx("March", "2024-03-01", "2024-03-31", 3)
    year = _tx("this year", "2024-01-01", "2024-12-31", 12)
    other = _tx("May", "2023-05-01", "2023-05-31", 40)
    assert _finest([march, year]) == [march]
    assert _finest([year, other]) == [year, other]  # no nesting: both stay


def test_a_month_of_this_year_dates_the_event_to_the_month():
    text = "In March of this year, fighters burned the market in the hamlet."
    timexes = list(tag(text, parse_dct("2024-11-20", source="t")).timexes)
    w = text.index("burned")
    date, background = date_event(text, timexes, {"dct": "2024-11-20"}, 0, len(text), w, w + 6)
    assert (date.start, date.end) == ("2024-03-01", "2024-03-31") and background


def test_a_when_clause_on_early_august_takes_the_early_part_of_the_month():
    # The worst loss came in early August 2024, when rebels captured the city.
    toks = [("The", "the", "DET", 2, "det"), ("worst", "bad", "ADJ", 2, "amod"), ("loss", "loss", "NOUN", 3, "nsubj"),
            ("came", "come", "VERB", 3, "ROOT"), ("in", "in", "ADP", 3, "prep"), ("early", "early", "ADJ", 6, "amod"),
            ("August", "August", "PROPN", 4, "pobj"), ("2024", "2024", "NUM", 6, "nummod"),
            (",", ",", "PUNCT", 6, "punct"), ("when", "when", "ADV", 11, "advmod"), ("rebels", "rebel", "NOUN", 11, "nsubj"),
            ("captured", "capture", "VERB", 6, "relcl"), ("the", "the", "DET", 13, "det"),
            ("city", "city", "NOUN", 11, "dobj"), (".", ".", "PUNCT", 3, "punct")]
    doc = parsed(toks, "2025-01-24")
    date, background = date_of(doc, "captured")
    assert (date.start, date.end) == ("2024-08-01", "2024-08-10") and background


def test_an_event_of_this_week_after_after_is_news_not_context():
    text = "Troops deployed to the border on Wednesday after shots were fired across it on Monday night."
    timexes = list(tag(text, parse_dct("2024-03-15", source="t")).timexes)
    w = text.index("fired")
    date, background = date_event(text, timexes, {"dct": "2024-03-15"}, 0, len(text), w, w + 5)
    assert (date.start, date.end) == ("2024-03-11", "2024-03-11") and not background


def test_an_undated_event_after_after_is_still_context():
    text = "Troops deployed to the border on Wednesday after the coup."
    timexes = list(tag(text, parse_dct("2024-03-15", source="t")).timexes)
    w = text.index("coup")
    _, background = date_event(text, timexes, {"dct": "2024-03-15"}, 0, len(text), w, w + 4)
    assert background


KIDAL = [("Gunmen", "gunman", "NOUN", 1, "nsubj"), ("attacked", "attack", "VERB", 1, "ROOT"),
         ("Kidal", "Kidal", "PROPN", 1, "dobj"), ("on", "on", "ADP", 1, "prep"), ("Monday", "Monday", "PROPN", 3, "pobj"),
         (".", ".", "PUNCT", 1, "punct")]


def test_the_first_time_something_had_happened_is_no_earlier_event():
    # Gunmen attacked Kidal on Monday. Police said it was the first time drones had been used.
    second = [("Police", "police", "NOUN", 1, "nsubj"), ("said", "say", "VERB", 1, "ROOT"),
              ("it", "it", "PRON", 3, "nsubj"), ("was", "be", "AUX", 1, "ccomp"), ("the", "the", "DET", 6, "det"),
              ("first", "first", "ADJ", 6, "amod"), ("time", "time", "NOUN", 3, "attr"),
              ("drones", "drone", "NOUN", 10, "nsubjpass"), ("had", "have", "AUX", 10, "aux"),
              ("been", "be", "AUX", 10, "auxpass"), ("used", "use", "VERB", 6, "relcl"), (".", ".", "PUNCT", 1, "punct")]
    doc = parsed(KIDAL + shifted(second, len(KIDAL)), "2024-09-12")
    date, background = date_of(doc, "used", len(KIDAL))
    assert not background and (date.start, date.end) == ("2024-09-09", "2024-09-09")


def test_hostile_and_empty_text_gives_no_crash():
    for text in ("", "until until until", "At 25:99 on 40 May ;;;", "\x00\x01" * 50):
        timexes = list(tag(text, parse_dct("2024-03-15", source="t")).timexes)
        date, background = date_event(text, timexes, {"dct": "2024-03-15"}, 0, len(text), 0, min(1, len(text)))
        assert date is None or date.end is None or date.end <= "2024-03-15"
        assert isinstance(background, bool)
