"""Event dates that fusion relies on (invented sentences): a claimed act with no date of its own, "the same
day" after a day of telling, a step of a length from its sentence's date, and a date put before a postposed
speaker."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from footprint.dates import event_date, parse_dct, tag
from footprint.testing import parsed_doc
from test_dates_events_clauses import date_of, parsed, plain


# --- a claimed act ------------------------------------------------------------------------------------------

AMBUSH = "Rebels ambushed a supply column near Kaya on Sunday, the army said on Tuesday.\n\n"


def test_a_claimed_act_takes_the_reports_narrative_date_across_a_paragraph():
    text = AMBUSH + "The group said its fighters had burned the trucks."
    date, background = plain(text, "2024-03-13", "burned", text.index("The group"))
    assert (date.start, date.end) == ("2024-03-10", "2024-03-10") and not background  # Sunday, not Tuesday
    assert "narrative date" in date.reason
    text = AMBUSH + "The movement claimed the ambush in a statement."
    assert plain(text, "2024-03-13", "ambush in", text.index("The movement"))[0].start == "2024-03-10"


@pytest.mark.parametrize("second", [
    "A driver said gunmen burned the trucks.",  # a witness telling what others did: no claim
    "Separately, the group said its fighters had burned a bridge.",  # another incident
])
def test_what_is_no_claim_of_the_same_story_stays_undated(second):
    text = AMBUSH + second
    date, _ = plain(text, "2024-03-13", "burned", text.index(second[:8]))
    assert date.start is None and date.end == "2024-03-13"


def test_a_roundup_of_several_days_gives_a_claim_no_narrative_date():
    text = ("Rebels ambushed a column near Kaya on Sunday. Jets struck a camp near Djibo on 2 March.\n\n"
            "The group said its fighters had burned the trucks.")
    assert plain(text, "2024-03-13", "burned", text.index("The group"))[0].start is None


def test_a_claim_with_no_dated_story_before_it_keeps_the_report_date_bound():
    text = "The group said its fighters had burned five trucks in a raid on a depot."
    date, _ = plain(text, "2024-03-13", "burned")
    assert date.start is None and date.end == "2024-03-13"


# --- the day of the telling ---------------------------------------------------------------------------------

def test_the_same_day_after_a_day_of_telling_is_the_day_of_the_story():
    text = "Gunmen burned a market in Tera last week, the police said on Monday. The same day, bandits stole cattle."
    date, _ = plain(text, "2024-08-21", "stole", text.index("The same"))
    assert (date.start, date.end) == ("2024-08-12", "2024-08-18") and "not of their telling" in date.reason
    text = "Gunmen burned a market in Tera on Saturday. The same day, bandits stole cattle."
    assert plain(text, "2024-08-21", "stole", text.index("The same"))[0].start == "2024-08-17"


# --- a length from the sentence's date ----------------------------------------------------------------------

def test_a_clause_after_a_length_and_after_is_that_many_days_before_its_sentences_date():
    text = "Soldiers killed four raiders near Gao on Friday, three days after the raiders looted a clinic."
    date, background = plain(text, "2024-05-20", "looted")
    # a day of its own within the report's period is news told beside the main clause, as "after shots were fired
    # on Monday night" is; the same step from a day months back is background
    assert (date.start, date.end) == ("2024-05-14", "2024-05-14") and not background
    old = "Soldiers killed four raiders near Gao on 3 January, three days after the raiders looted a clinic."
    date, background = plain(old, "2024-05-20", "looted")
    assert date.start == "2023-12-31" and background
    assert plain(text, "2024-05-20", "killed")[0].start == "2024-05-17"
    text = "Rebels shelled the camp on 3 June, two days before aid workers arrived."
    assert plain(text, "2024-06-07", "arrived")[0].start == "2024-06-05"
    text = "Soldiers killed four raiders near Gao on Friday, three days after the raiders looted a clinic on Tuesday."
    assert plain(text, "2024-05-20", "looted")[0].start == "2024-05-14"  # its own date: Tuesday
    text = "Soldiers killed four raiders near Gao on Friday, days after the raiders looted a clinic."
    assert plain(text, "2024-05-20", "looted")[0].start == "2024-05-17"  # no count: the sentence's date stays


# --- with a parse -------------------------------------------------------------------------------------------

def test_a_date_before_a_postposed_speaker_is_the_told_events_own():
    # Gunmen killed nine herders on Saturday , residents said .   ("on" hung from "said", as parsers do)
    doc = parsed([
        ("Gunmen", "gunman", "NOUN", 1, "nsubj"), ("killed", "kill", "VERB", 8, "ccomp"),
        ("nine", "nine", "NUM", 3, "nummod"), ("herders", "herder", "NOUN", 1, "dobj"), ("on", "on", "ADP", 8, "prep"),
        ("Saturday", "Saturday", "PROPN", 4, "pobj"), (",", ",", "PUNCT", 8, "punct"),
        ("residents", "resident", "NOUN", 8, "nsubj"), ("said", "say", "VERB", 8, "ROOT"), (".", ".", "PUNCT", 8, "punct"),
    ], "2024-08-05")
    date, _ = date_of(doc, 1)
    assert date.start == "2024-08-03" and date.reason == "own clause"


def test_a_date_after_the_speaker_stays_the_tellings():
    # Gunmen killed nine herders , residents said on Saturday .
    doc = parsed([
        ("Gunmen", "gunman", "NOUN", 1, "nsubj"), ("killed", "kill", "VERB", 6, "ccomp"),
        ("nine", "nine", "NUM", 3, "nummod"), ("herders", "herder", "NOUN", 1, "dobj"), (",", ",", "PUNCT", 6, "punct"),
        ("residents", "resident", "NOUN", 6, "nsubj"), ("said", "say", "VERB", 6, "ROOT"), ("on", "on", "ADP", 6, "prep"),
        ("Saturday", "Saturday", "PROPN", 7, "pobj"), (".", ".", "PUNCT", 6, "punct"),
    ], "2024-08-05")
    date, _ = date_of(doc, 1)
    assert date.start == "2024-08-03" and "holds" in date.reason


def claim_doc(speaker: list[tuple], verb: int) -> tuple[Doc, int]:
    """Rebels raided Kaya on Sunday . ⏎⏎ <speaker> burned trucks .  (``verb``: the speech verb's offset in
    ``speaker``, the root of the second sentence)."""
    first = [
        ("Rebels", "rebel", "NOUN", 1, "nsubj"), ("raided", "raid", "VERB", 1, "ROOT"), ("Kaya", "Kaya", "PROPN", 1, "dobj"),
        ("on", "on", "ADP", 1, "prep"), ("Sunday", "Sunday", "PROPN", 3, "pobj"), (".", ".", "PUNCT", 1, "punct"),
        ("\n\n", "\n\n", "SPACE", 5, "dep"),
    ]
    n = len(first)
    rows = first + [(w, lem, pos, head + n, dep) for w, lem, pos, head, dep in speaker]
    burned = n + len(speaker)
    rows += [("burned", "burn", "VERB", n + verb, "ccomp"), ("trucks", "truck", "NOUN", burned, "dobj"),
             (".", ".", "PUNCT", n + verb, "punct")]
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", "\n\n") and words[i] != "\n\n" for i in range(len(words))]
    doc = parsed_doc(words, spaces=spaces, lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
                     heads=[r[3] for r in rows], deps=[r[4] for r in rows],
                     meta={"doc_id": "t", "dct": "2024-03-13"})
    doc._.fp_timexes = list(tag(doc.text, parse_dct("2024-03-13", source="t")).timexes)
    return doc, burned


def test_a_claim_with_a_parse_is_the_speakers_own_act():
    # The group said its fighters burned trucks .
    doc, i = claim_doc([("The", "the", "DET", 1, "det"), ("group", "group", "NOUN", 2, "nsubj"),
                        ("said", "say", "VERB", 2, "ROOT"), ("its", "its", "PRON", 4, "poss"),
                        ("fighters", "fighter", "NOUN", 5, "nsubj")], 2)
    t = doc[i]
    date, _ = event_date(doc, doc[7].idx, len(doc.text), t.idx, t.idx + len(t.text))
    assert date.start == "2024-03-10" and "narrative date" in date.reason
    # A driver said gunmen burned trucks .  (a witness: no claim)
    doc, i = claim_doc([("A", "a", "DET", 1, "det"), ("driver", "driver", "NOUN", 2, "nsubj"),
                        ("said", "say", "VERB", 2, "ROOT"), ("gunmen", "gunman", "NOUN", 4, "nsubj")], 2)
    t = doc[i]
    assert event_date(doc, doc[7].idx, len(doc.text), t.idx, t.idx + len(t.text))[0].start is None
