"""Event dates and the background flag from the narrative around an event: a dateline dates nothing, a time
of day with no day takes the day told before it, and an event told as earlier than the narrative (past
perfect, "previously") is background, unless a speaker's words shift the tense. Hand-built parses only."""

from __future__ import annotations

from spacy.tokens import Doc

from footprint.dates import date_event, event_date, parse_dct, tag
from footprint.testing import parsed_doc

KIDAL = [("Gunmen", "gunman", "NOUN", 1, "nsubj"), ("attacked", "attack", "VERB", 1, "ROOT"),
         ("Kidal", "Kidal", "PROPN", 1, "dobj"), ("on", "on", "ADP", 1, "prep"), ("Monday", "Monday", "PROPN", 3, "pobj"),
         (".", ".", "PUNCT", 1, "punct")]


def parsed(tokens: list[tuple], dct: str) -> Doc:
    """tokens: (word, lemma, pos, head, dep), the root pointing at itself. Timexes come from the tagger."""
    words = [t[0] for t in tokens]
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", ",") for i in range(len(words))]
    doc = parsed_doc(words, spaces=spaces, lemmas=[t[1] for t in tokens], pos=[t[2] for t in tokens],
                     heads=[t[3] for t in tokens], deps=[t[4] for t in tokens], meta={"doc_id": "t", "dct": dct})
    doc._.fp_timexes = list(tag(doc.text, parse_dct(dct, source="t")).timexes)
    return doc


def second_sentence(words: list[tuple]) -> list[tuple]:
    """KIDAL followed by ``words``, whose heads count from the second sentence's first word."""
    n = len(KIDAL)
    return KIDAL + [(w, lemma, pos, head + n, dep) for w, lemma, pos, head, dep in words]


def date_of(doc: Doc, word: str, sent_word: int):
    t = next(t for t in doc if t.text == word and t.i >= sent_word)
    return event_date(doc, doc[sent_word].idx, len(doc.text), t.idx, t.idx + len(t.text))


def plain(text: str, dct: str, word: str, sent: str | None = None):
    timexes = list(tag(text, parse_dct(dct, source="t")).timexes)
    s = text.index(sent) if sent else 0
    w = text.index(word, s)
    return date_event(text, timexes, {"dct": dct}, s, len(text), w, w + len(word))


def test_a_past_perfect_after_the_news_is_background_dated_on_or_before_the_narrative():
    # Gunmen attacked Kidal on Monday. The group had seized the town.
    doc = parsed(second_sentence([
        ("The", "the", "DET", 1, "det"), ("group", "group", "NOUN", 3, "nsubj"), ("had", "have", "AUX", 3, "aux"),
        ("seized", "seize", "VERB", 3, "ROOT"), ("the", "the", "DET", 5, "det"), ("town", "town", "NOUN", 3, "dobj"),
        (".", ".", "PUNCT", 3, "punct")]), "2024-09-12")
    date, background = date_of(doc, "seized", 6)
    assert background
    assert date.start is None and date.end == "2024-09-09" and date.precision == "unknown"
    # the news itself keeps its own day and is no background
    date, background = date_of(doc, "attacked", 0)
    assert (date.start, date.end) == ("2024-09-09", "2024-09-09") and not background


def test_previously_marks_an_earlier_event_without_a_past_perfect():
    # Gunmen attacked Kidal on Monday. The town was previously captured.
    doc = parsed(second_sentence([
        ("The", "the", "DET", 1, "det"), ("town", "town", "NOUN", 4, "nsubjpass"), ("was", "be", "AUX", 4, "auxpass"),
        ("previously", "previously", "ADV", 4, "advmod"), ("captured", "capture", "VERB", 4, "ROOT"),
        (".", ".", "PUNCT", 4, "punct")]), "2024-09-12")
    date, background = date_of(doc, "captured", 6)
    assert background and date.start is None and date.end == "2024-09-09"


def test_the_simple_past_keeps_the_governing_date():
    # Gunmen attacked Kidal on Monday. The group seized the town.
    doc = parsed(second_sentence([
        ("The", "the", "DET", 1, "det"), ("group", "group", "NOUN", 2, "nsubj"), ("seized", "seize", "VERB", 2, "ROOT"),
        ("the", "the", "DET", 4, "det"), ("town", "town", "NOUN", 2, "dobj"), (".", ".", "PUNCT", 2, "punct")]),
        "2024-09-12")
    date, background = date_of(doc, "seized", 6)
    assert (date.start, date.end) == ("2024-09-09", "2024-09-09") and not background


def test_a_past_perfect_in_what_a_speaker_says_is_news():
    # Gunmen attacked Kidal on Monday. The army said the group had seized the town.
    doc = parsed(second_sentence([
        ("The", "the", "DET", 1, "det"), ("army", "army", "NOUN", 2, "nsubj"), ("said", "say", "VERB", 2, "ROOT"),
        ("the", "the", "DET", 4, "det"), ("group", "group", "NOUN", 6, "nsubj"), ("had", "have", "AUX", 6, "aux"),
        ("seized", "seize", "VERB", 2, "ccomp"), ("the", "the", "DET", 8, "det"), ("town", "town", "NOUN", 6, "dobj"),
        (".", ".", "PUNCT", 2, "punct")]), "2024-09-12")
    date, background = date_of(doc, "seized", 6)
    assert (date.start, date.end) == ("2024-09-09", "2024-09-09") and not background


def test_a_past_perfect_after_according_to_is_news():
    # Gunmen attacked Kidal on Monday. According to officials, the group had seized the town.
    doc = parsed(second_sentence([
        ("According", "accord", "VERB", 6, "prep"), ("to", "to", "ADP", 0, "prep"), ("officials", "official", "NOUN", 1, "pobj"),
        (",", ",", "PUNCT", 6, "punct"), ("the", "the", "DET", 5, "det"), ("group", "group", "NOUN", 7, "nsubj"),
        ("had", "have", "AUX", 7, "aux"), ("seized", "seize", "VERB", 7, "ROOT"), ("the", "the", "DET", 9, "det"),
        ("town", "town", "NOUN", 7, "dobj"), (".", ".", "PUNCT", 7, "punct")]), "2024-09-12")
    date, background = date_of(doc, "seized", 6)
    assert date.start == "2024-09-09" and not background


def test_a_past_perfect_with_no_date_anywhere_is_background_before_the_report_date():
    # The group had seized the town.
    doc = parsed([("The", "the", "DET", 1, "det"), ("group", "group", "NOUN", 3, "nsubj"), ("had", "have", "AUX", 3, "aux"),
                  ("seized", "seize", "VERB", 3, "ROOT"), ("the", "the", "DET", 5, "det"), ("town", "town", "NOUN", 3, "dobj"),
                  (".", ".", "PUNCT", 3, "punct")], "2024-09-12")
    date, background = date_of(doc, "seized", 0)
    assert background and date.start is None and date.end == "2024-09-12"


def test_a_dateline_dates_no_event():
    text = "GAO, Mali, Sept. 11 (AFP) — Jihadists attacked an army camp. They burned trucks."
    date, background = plain(text, "2024-09-12", "attacked")
    assert date.start is None and date.end == "2024-09-12" and not background
    # nor does it govern the sentences after it
    assert plain(text, "2024-09-12", "burned", sent="They")[0].start is None
    # a date of the sentence's own still dates the event
    text = "KANO, Nigeria, March 3 — Gunmen attacked a village on Monday."
    assert plain(text, "2025-03-04", "attacked")[0].start == "2025-03-03"
    assert plain(text, "2025-03-04", "attacked")[0].text == "Monday"


def test_a_date_in_the_text_is_no_dateline():
    # the same words at the start of a line but with no dash after them: an ordinary date
    text = "KANO, Nigeria, March 3, gunmen attacked a village."
    assert plain(text, "2025-03-10", "attacked")[0].start == "2025-03-03"


def test_a_time_of_day_with_no_day_takes_the_day_told_before_it():
    text = "Gunmen attacked a checkpoint near Fada on Tuesday.\n\nThey came shortly before dawn and burned two trucks."
    date, background = plain(text, "2024-11-14", "burned", sent="They")
    assert (date.start, date.end) == ("2024-11-12", "2024-11-12") and not background
    # with no day before it, a time of day is the report day's (docs/time.md), as "at dawn" always was
    text = "They came shortly before dawn and burned two trucks."
    assert plain(text, "2024-11-14", "burned")[0].start == "2024-11-14"


def test_a_day_with_a_time_of_day_governs_the_next_sentence():
    text = "Gunmen attacked a camp in Gao on Monday night. They burned two trucks."
    date, _ = plain(text, "2024-09-12", "burned", sent="They")
    assert (date.start, date.end) == ("2024-09-09", "2024-09-09")
