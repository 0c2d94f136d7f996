"""An event's date from its own clause (hand-built parses, no model loaded) and the text rules that date an
event relative to another one, to "the past 24 hours", to an open "since", or not across a topic change."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from footprint.dates import date_event, event_date, parse_dct, tag
from footprint.dates.eventparse import ParseView, parse_view
from footprint.dates.events import named_period
from footprint.model import Timex
from footprint.testing import parsed_doc

BLANK = spacy.blank("en")


def parsed(tokens: list[tuple], dct: str) -> Doc:
    """tokens: (word, lemma, pos, head, dep[, tag]), the root pointing at itself. Timexes come from the tagger."""
    words = [t[0] for t in tokens]
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", ",", ";") for i in range(len(words))]
    doc = parsed_doc(words, spaces=spaces, lemmas=[t[1] for t in tokens], pos=[t[2] for t in tokens],
                     heads=[t[3] for t in tokens], deps=[t[4] for t in tokens],
                     tags=[t[5] if len(t) > 5 else "" for t in tokens], meta={"doc_id": "t", "dct": dct})
    doc._.fp_timexes = list(tag(doc.text, parse_dct(dct, source="t")).timexes)
    return doc


def date_of(doc: Doc, i: int, sent_start: int = 0):
    t = doc[i]
    return event_date(doc, sent_start, len(doc.text), t.idx, t.idx + len(t.text))


def plain(text: str, dct: str, word: str, sent_start: int = 0):
    """``date_event`` on the text alone (no parse), for the trigger ``word``."""
    timexes = list(tag(text, parse_dct(dct, source="t")).timexes)
    s = text.index(word, sent_start)
    return date_event(text, timexes, {"dct": dct}, sent_start, len(text), s, s + len(word))


def relative_clause_on_a_town() -> Doc:
    # Fighting continued near Boni , a town where troops launched an offensive on 10 May .
    return parsed([
        ("Fighting", "fighting", "NOUN", 1, "nsubj"), ("continued", "continue", "VERB", 1, "ROOT"),
        ("near", "near", "ADP", 1, "prep"), ("Boni", "Boni", "PROPN", 2, "pobj"), (",", ",", "PUNCT", 3, "punct"),
        ("a", "a", "DET", 6, "det"), ("town", "town", "NOUN", 3, "appos"), ("where", "where", "SCONJ", 9, "advmod"),
        ("troops", "troop", "NOUN", 9, "nsubj"), ("launched", "launch", "VERB", 6, "relcl"),
        ("an", "an", "DET", 11, "det"), ("offensive", "offensive", "NOUN", 9, "dobj"), ("on", "on", "ADP", 9, "prep"),
        ("10", "10", "NUM", 14, "nummod"), ("May", "May", "PROPN", 12, "pobj"), (".", ".", "PUNCT", 1, "punct"),
    ], "2024-05-20")


def test_a_date_in_a_relative_clause_on_another_noun_does_not_date_the_event():
    doc = relative_clause_on_a_town()
    date, background = date_of(doc, 0)
    # "continued": still going on, so the report date; not the offensive's 10 May
    assert (date.start, date.end) == ("2024-05-20", "2024-05-20") and not background
    assert date_of(doc, 9)[0].start == "2024-05-10"
    # without a parse the old punctuation rule still reads the one clause it sees
    assert plain(doc.text, "2024-05-20", "Fighting")[0].start == "2024-05-10"


def two_events(fronted: bool) -> Doc:
    if fronted:
        # On Monday , a drone struck a truck and gunmen attacked a checkpoint .
        return parsed([
            ("On", "on", "ADP", 5, "prep"), ("Monday", "Monday", "PROPN", 0, "pobj"), (",", ",", "PUNCT", 5, "punct"),
            ("a", "a", "DET", 4, "det"), ("drone", "drone", "NOUN", 5, "nsubj"), ("struck", "strike", "VERB", 5, "ROOT"),
            ("a", "a", "DET", 7, "det"), ("truck", "truck", "NOUN", 5, "dobj"), ("and", "and", "CCONJ", 5, "cc"),
            ("gunmen", "gunman", "NOUN", 10, "nsubj"), ("attacked", "attack", "VERB", 5, "conj"),
            ("a", "a", "DET", 12, "det"), ("checkpoint", "checkpoint", "NOUN", 10, "dobj"), (".", ".", "PUNCT", 5, "punct"),
        ], "2024-03-06")
    # A drone struck a truck on Monday and gunmen attacked a checkpoint .
    return parsed([
        ("A", "a", "DET", 1, "det"), ("drone", "drone", "NOUN", 2, "nsubj"), ("struck", "strike", "VERB", 2, "ROOT"),
        ("a", "a", "DET", 4, "det"), ("truck", "truck", "NOUN", 2, "dobj"), ("on", "on", "ADP", 2, "prep"),
        ("Monday", "Monday", "PROPN", 5, "pobj"), ("and", "and", "CCONJ", 2, "cc"), ("gunmen", "gunman", "NOUN", 9, "nsubj"),
        ("attacked", "attack", "VERB", 2, "conj"), ("a", "a", "DET", 11, "det"), ("checkpoint", "checkpoint", "NOUN", 9, "dobj"),
        (".", ".", "PUNCT", 2, "punct"),
    ], "2024-03-06")


def test_another_events_coordinated_clause_keeps_its_date():
    doc = two_events(fronted=False)
    assert date_of(doc, 2)[0].start == "2024-03-04"  # 2024-03-04 is the Monday before the report date
    date, _ = date_of(doc, 9)
    assert date.start is None and date.end == "2024-03-06" and "report date" in date.reason


def test_a_fronted_date_frames_both_coordinated_clauses():
    doc = two_events(fronted=True)
    assert date_of(doc, 10)[0].start == "2024-03-04"
    assert date_of(doc, 5)[0].start == "2024-03-04"


def test_a_date_said_of_the_trigger_noun_beats_a_closer_one_of_its_clause():
    # Troops will leave by September under an agreement reached in May .
    doc = parsed([
        ("Troops", "troop", "NOUN", 2, "nsubj"), ("will", "will", "AUX", 2, "aux"), ("leave", "leave", "VERB", 2, "ROOT"),
        ("by", "by", "ADP", 2, "prep"), ("September", "September", "PROPN", 3, "pobj"), ("under", "under", "ADP", 2, "prep"),
        ("an", "an", "DET", 7, "det"), ("agreement", "agreement", "NOUN", 5, "pobj"), ("reached", "reach", "VERB", 7, "acl"),
        ("in", "in", "ADP", 8, "prep"), ("May", "May", "PROPN", 9, "pobj"), (".", ".", "PUNCT", 2, "punct"),
    ], "2024-06-10")
    date, _ = date_of(doc, 7)
    assert (date.start, date.end) == ("2024-05-01", "2024-05-31") and date.reason.startswith("own clause")


def test_the_date_of_the_clause_that_holds_a_reported_event():
    # The army said on Monday that troops repelled an assault .
    doc = parsed([
        ("The", "the", "DET", 1, "det"), ("army", "army", "NOUN", 2, "nsubj"), ("said", "say", "VERB", 2, "ROOT"),
        ("on", "on", "ADP", 2, "prep"), ("Monday", "Monday", "PROPN", 3, "pobj"), ("that", "that", "SCONJ", 7, "mark"),
        ("troops", "troop", "NOUN", 7, "nsubj"), ("repelled", "repel", "VERB", 2, "ccomp"), ("an", "an", "DET", 9, "det"),
        ("assault", "assault", "NOUN", 7, "dobj"), (".", ".", "PUNCT", 2, "punct"),
    ], "2024-03-06")
    date, _ = date_of(doc, 7)
    assert date.start == "2024-03-04" and "holds" in date.reason


def test_a_relative_clause_on_an_adjunct_does_not_take_the_main_clauses_date():
    # Jets struck depots on Friday in retaliation for a raid that killed three guards .
    doc = parsed([
        ("Jets", "jet", "NOUN", 1, "nsubj"), ("struck", "strike", "VERB", 1, "ROOT"), ("depots", "depot", "NOUN", 1, "dobj"),
        ("on", "on", "ADP", 1, "prep"), ("Friday", "Friday", "PROPN", 3, "pobj"), ("in", "in", "ADP", 1, "prep"),
        ("retaliation", "retaliation", "NOUN", 5, "pobj"), ("for", "for", "ADP", 6, "prep"), ("a", "a", "DET", 9, "det"),
        ("raid", "raid", "NOUN", 7, "pobj"), ("that", "that", "PRON", 11, "nsubj"), ("killed", "kill", "VERB", 9, "relcl"),
        ("three", "three", "NUM", 13, "nummod"), ("guards", "guard", "NOUN", 11, "dobj"), (".", ".", "PUNCT", 1, "punct"),
    ], "2024-02-14")
    assert date_of(doc, 11)[0].start is None
    assert date_of(doc, 1)[0].start == "2024-02-09"


def test_a_when_clause_on_a_since_date_is_that_period_and_background():
    # The raid is the deadliest since January , when gunmen killed 14 herders .
    doc = parsed([
        ("The", "the", "DET", 1, "det"), ("raid", "raid", "NOUN", 2, "nsubj"), ("is", "be", "AUX", 2, "ROOT"),
        ("the", "the", "DET", 4, "det"), ("deadliest", "deadly", "ADJ", 2, "attr"), ("since", "since", "ADP", 4, "prep"),
        ("January", "January", "PROPN", 5, "pobj"), (",", ",", "PUNCT", 6, "punct"), ("when", "when", "SCONJ", 10, "advmod"),
        ("gunmen", "gunman", "NOUN", 10, "nsubj"), ("killed", "kill", "VERB", 6, "relcl"), ("14", "14", "NUM", 12, "nummod"),
        ("herders", "herder", "NOUN", 10, "dobj"), (".", ".", "PUNCT", 2, "punct"),
    ], "2024-03-12")
    date, background = date_of(doc, 10)
    assert (date.start, date.end) == ("2024-01-01", "2024-01-31") and background
    assert "when" in date.reason


def women_clause(aux: tuple, verb: tuple) -> Doc:
    # Militants abducted 20 women who <aux> <verb> firewood|the town on Thursday|in March .
    return parsed([
        ("Militants", "militant", "NOUN", 1, "nsubj"), ("abducted", "abduct", "VERB", 1, "ROOT"),
        ("20", "20", "NUM", 3, "nummod"), ("women", "woman", "NOUN", 1, "dobj"), ("who", "who", "PRON", 6, "nsubj"),
        aux, verb, ("firewood", "firewood", "NOUN", 6, "dobj"), ("on", "on", "ADP", 6, "prep"),
        ("Thursday", "Thursday", "PROPN", 8, "pobj"), (".", ".", "PUNCT", 1, "punct"),
    ], "2024-09-23")


def test_what_a_participant_was_doing_shares_the_events_time():
    doc = women_clause(("were", "be", "AUX", 6, "aux"), ("collecting", "collect", "VERB", 3, "relcl", "VBG"))
    assert date_of(doc, 1)[0].start == "2024-09-19"
    # a finished act of the participant ("who had carried firewood on Thursday") is not the event's time
    doc = women_clause(("had", "have", "AUX", 6, "aux"), ("carried", "carry", "VERB", 3, "relcl", "VBN"))
    assert date_of(doc, 1)[0].start is None


def test_a_governing_date_is_not_taken_from_a_relative_clause():
    # The militia , which seized Dori in March , denied the charge . Its fighters shelled a school .
    doc = parsed([
        ("The", "the", "DET", 1, "det"), ("militia", "militia", "NOUN", 9, "nsubj"), (",", ",", "PUNCT", 1, "punct"),
        ("which", "which", "PRON", 4, "nsubj"), ("seized", "seize", "VERB", 1, "relcl"), ("Dori", "Dori", "PROPN", 4, "dobj"),
        ("in", "in", "ADP", 4, "prep"), ("March", "March", "PROPN", 6, "pobj"), (",", ",", "PUNCT", 1, "punct"),
        ("denied", "deny", "VERB", 9, "ROOT"), ("the", "the", "DET", 11, "det"), ("charge", "charge", "NOUN", 9, "dobj"),
        (".", ".", "PUNCT", 9, "punct"), ("Its", "its", "PRON", 14, "poss"), ("fighters", "fighter", "NOUN", 15, "nsubj"),
        ("shelled", "shell", "VERB", 15, "ROOT"), ("a", "a", "DET", 17, "det"), ("school", "school", "NOUN", 15, "dobj"),
        (".", ".", "PUNCT", 15, "punct"),
    ], "2024-06-10")
    sent2 = doc[13].idx
    assert date_of(doc, 15, sent2)[0].start is None
    assert plain(doc.text, "2024-06-10", "shelled", sent2)[0].start == "2024-03-01"  # no parse: the old rule


def test_parse_view_only_for_parsed_docs_and_unaligned_spans():
    assert parse_view(BLANK("Gunmen attacked Dori on Monday.")) is None
    doc = two_events(fronted=False)
    view = parse_view(doc)
    assert isinstance(view, ParseView)
    assert view.token(10_000, 10_005) is None
    assert view.tier(None, doc[2]) == 1


# --- rules on the text, with or without a parse --------------------------------------------------------------

def test_came_days_after_counts_back_from_the_reports_first_event():
    text = "Gunmen attacked a post near Dori on Thursday. The attack came two days after soldiers arrived in the town."
    date, background = plain(text, "2024-06-10", "arrived", text.index("The attack"))
    assert (date.start, date.end) == ("2024-06-04", "2024-06-04") and not background  # Thursday was 6 June
    text = "Jets struck a depot on Wednesday. The strike came hours after rockets hit a base."
    assert plain(text, "2024-02-16", "hit", text.index("The strike"))[0].start == "2024-02-14"
    text = "Jets struck a depot on Wednesday.\n\nThe strike came hours after rockets hit a base."
    assert plain(text, "2024-02-16", "hit", text.index("The strike"))[0].start == "2024-02-14"  # across paragraphs
    text = "Jets struck a depot on Wednesday.\n\nThe strike came days after rockets hit a base."
    assert plain(text, "2024-02-16", "hit", text.index("The strike"))[0].start is None  # no count given: unknown


def test_the_past_24_hours_ends_at_the_report_date():
    date, _ = plain("The brigade repelled several assaults in the past 24 hours.", "2024-05-20", "repelled")
    assert date.end == "2024-05-20" and date.start is not None and date.start >= "2024-05-19"


def test_since_runs_to_the_report_date():
    date, background = plain("Militants have killed 300 people since January.", "2024-05-20", "killed")
    assert (date.start, date.end) == ("2024-01-01", "2024-05-20") and not background


def test_no_governing_date_across_a_topic_change():
    text = "On 3 March 2024, militants entered the town. Separately, soldiers arrested two men."
    date, _ = plain(text, "2024-03-10", "arrested", text.index("Separately"))
    assert date.start is None
    text = "On 3 March 2024, militants entered the town. Soldiers arrested two men."
    assert plain(text, "2024-03-10", "arrested", text.index("Soldiers"))[0].start == "2024-03-03"


def test_an_open_since_date_does_not_govern_the_next_sentence():
    text = "The town has been under blockade since 2022. Militants burned a truck."
    date, background = plain(text, "2024-06-04", "burned", text.index("Militants"))
    assert date.start is None and not background


def test_a_precise_date_beats_a_vague_one_in_the_same_clause():
    date, background = plain("The market has been raided before, most recently in March 2023.", "2024-08-05", "raided")
    assert (date.start, date.end) == ("2023-03-01", "2023-03-31") and background


def test_named_period():
    def tx(value: str) -> Timex:
        return Timex(0, 1, "x", "DATE", value, None, None, "unknown")
    assert named_period(tx("2024-02")) == ("2024-02-01", "2024-02-29")
    assert named_period(tx("2023")) == ("2023-01-01", "2023-12-31")
    assert named_period(tx("2024-05-10")) == ("2024-05-10", "2024-05-10")
    assert named_period(tx("2024-13")) is None and named_period(tx("PAST_REF")) is None


@pytest.mark.parametrize("text", ["", "\x00\x01\xff" * 50, "came hours after", "Separately," * 2000])
@pytest.mark.parametrize("dct", ["2024-05-20", "not a date", None])
def test_hostile_text_gives_an_honest_undated_answer(text, dct):
    meta = {"dct": dct} if dct else {}
    date, background = date_event(text, [], meta, 0, len(text), 0, min(3, len(text)))
    assert date.start is None and background is False
