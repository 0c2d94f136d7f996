"""The one dateline reader (``footprint.dateline``) and the paragraph rule: every shape its users accept, the
look-alikes they must not, and bad input. Invented lines, no model."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.attribution.speakers import in_dateline
from footprint.dateline import Dateline, dateline_at, datelines, governing, opening
from footprint.dates.dateline import at_dateline
from footprint.errors import InputError
from footprint.paragraphs import PARAGRAPH_BREAK, has_break


def parts(text: str) -> list[tuple]:
    """Each dateline as (whole, place, town, date, agency) strings."""
    def cut(span):
        return None if span is None else text[span[0] : span[1]]

    return [(text[d.start : d.end].rstrip(), cut(d.place), cut(d.town), cut(d.date), cut(d.agency))
            for d in datelines(text)]


@pytest.mark.parametrize("text, expected", [
    # wire: capitals, country, day, agency
    ("LOBITO, Angola, May 15 (Reuters) — Police fired on strikers.",
     ("LOBITO, Angola, May 15 (Reuters) —", "LOBITO, Angola", "LOBITO", "May 15", "(Reuters)")),
    ("KASSALA, Sudan (AFP) — Shells fell on a camp.",
     ("KASSALA, Sudan (AFP) —", "KASSALA, Sudan", "KASSALA", None, "(AFP)")),
    # capitals and agency, a hyphen for the dash
    ("ODESA (AP) - Drones hit the port overnight.", ("ODESA (AP) -", "ODESA", "ODESA", None, "(AP)")),
    # ordinary case with a day and a year, an en dash
    ("Mopti, 3 March 2024 – Soldiers searched the market.",
     ("Mopti, 3 March 2024 –", "Mopti", "Mopti", "3 March 2024", None)),
    # capitals alone
    ("YEREVAN — The ministry said a soldier was wounded.", ("YEREVAN —", "YEREVAN", "YEREVAN", None, None)),
    # two-word town with an apostrophe, a two-word country, a double hyphen
    ("FADA N'GOURMA, Burkina Faso -- Gunmen burned a school.",
     ("FADA N'GOURMA, Burkina Faso --", "FADA N'GOURMA, Burkina Faso", "FADA N'GOURMA", None, None)),
    # accented capitals; a weekday before the day; an abbreviated month with a year
    ("SÉGOU, Mali, Tuesday, Sept. 9, 2025 — Rain cut the road.",
     ("SÉGOU, Mali, Tuesday, Sept. 9, 2025 —", "SÉGOU, Mali", "SÉGOU", "Tuesday, Sept. 9, 2025", None)),
    # a region and a country; an ISO day
    ("BENI, North Kivu, Congo, 2024-06-02 — Rebels raided a farm.",
     ("BENI, North Kivu, Congo, 2024-06-02 —", "BENI, North Kivu, Congo", "BENI", "2024-06-02", None)),
    # two towns joined by a slash: where the reporter is, then the desk; the first is the town
    ("TESSALIT / DAKAR — Shots were heard at the camp.",
     ("TESSALIT / DAKAR —", "TESSALIT / DAKAR", "TESSALIT", None, None)),
    ("RUTSHURU/KAMPALA, DR Congo, May 2 (Lakes Wire) — Rebels took a ridge.",
     ("RUTSHURU/KAMPALA, DR Congo, May 2 (Lakes Wire) —", "RUTSHURU/KAMPALA, DR Congo", "RUTSHURU", "May 2",
      "(Lakes Wire)")),
    # an ordinary-case town with its country and nothing else
    ("Kousseri, Cameroon — Herders clashed with farmers.",
     ("Kousseri, Cameroon —", "Kousseri, Cameroon", "Kousseri", None, None)),
])
def test_every_dateline_shape_is_read_with_its_parts(text, expected):
    assert parts(text) == [expected]
    d = opening(text)
    assert d is not None and text[d.end:d.end + 1].isupper()


@pytest.mark.parametrize("text", [
    "",
    "   \n\n ",
    # a capitalised name and a dash: a person, an aside
    "Goita — who took power in 2021 — spoke on television.",
    "Tinubu — The president flew to Abuja on Monday.",
    # an ordinary-case name with a clause after the comma
    "Kidal, the rebels' stronghold — fell in November.",
    # capitals but no dash: an ordinary first sentence
    "KANO, Nigeria, March 3, gunmen attacked a village.",
    # a dash inside the first sentence, far from its start
    "Officials in the northern region said on May 15 — a Wednesday — that rebels had attacked.",
    "The army said its drones had struck a depot near Menaka – the third strike this month.",
    # a hyphen inside a word is no dash
    "GAO-based troops moved north.",
    "UN-led talks - which began in May - stalled.",
    # lowercase start
    "gunmen — dozens of them — attacked.",
    # a slash between ordinary-case names: people or choices, not a reporter and a desk
    "Goita/Tiani — the two leaders met on Monday.",
    "Gao/Kidal, Mali, May 3 — Rebels moved south.",
    "KIDAL/ the north — fell in November.",
])
def test_look_alikes_are_no_datelines(text):
    assert datelines(text) == ()
    assert opening(text) is None


def test_a_dateline_opens_a_line_only():
    # the same words mid-line are no dateline
    assert datelines("Residents said GAO, Mali — was calm.") == ()
    # a title or metadata blanked to spaces before it still leaves it opening the text
    text = " " * 30 + "\n\n" + "MOPTI, Mali — Soldiers patrolled."
    d = opening(text)
    assert d is not None and text[slice(*d.town)] == "MOPTI"
    # text before it: the text opens otherwise, yet the dateline is still found
    text = "Updated on Tuesday\nGAO, Mali, May 9 — Rebels attacked."
    assert opening(text) is None and [p[2] for p in parts(text)] == ["GAO"]


def test_each_item_of_a_bulletin_has_its_own_dateline():
    text = ("NIAMEY, 4 June (Sahel Wire) — This week in brief:\n\n"
            "TAHOUA — Gunmen stole cattle.\n\n"
            "DOSSO — A bridge collapsed after rain.\n\n"
            "The rainy season began early.")
    assert [p[2] for p in parts(text)] == ["NIAMEY", "TAHOUA", "DOSSO"]
    assert text[slice(*governing(text, text.index("cattle")).town)] == "TAHOUA"
    assert text[slice(*governing(text, text.index("rainy")).town)] == "DOSSO"
    assert governing(text, 0) is None


def test_a_dateline_is_read_around_a_position_without_the_whole_text():
    text = "Roundup\n\nKIDAL, Mali, June 10 — Drones struck.\n\nMAIDUGURI, Nigeria, June 4 — Gunmen attacked."
    reads = []

    def cut(a, b):
        reads.append((a, b))
        return text[a:b]

    i = text.index("June 4")
    d = dateline_at(cut, i, i + 6)
    assert d in datelines(text) and text[slice(*d.date)] == "June 4"
    assert at_dateline(cut, i, i + 6)
    j = text.index("Drones")
    assert not at_dateline(cut, j, j + 6)  # in the line of a dateline, but not its day
    assert dateline_at(cut, 2, 5) is None  # "Roundup"
    # a line that starts further back than any dateline reaches holds none
    long_line = "A" * 500 + " — May 5"
    assert dateline_at(lambda a, b: long_line[a:b], 503, 508) is None


def test_the_dateline_day_is_a_day_of_the_dateline_only():
    text = "JUBA, Dec. 30 — Troops clashed on Saturday."

    def cut(a, b):
        return text[a:b]

    s = text.index("Dec. 30")
    assert at_dateline(cut, s, s + 7)
    t = text.index("Saturday")
    assert not at_dateline(cut, t, t + 8)


def test_a_dateline_token_is_never_a_speaker():
    nlp = spacy.blank("en")
    doc = nlp("Headline words\n\nBAMAKO, Mali (AFP) — Officials said the road reopened.")
    toks = {t.text: t for t in doc}
    assert in_dateline(toks["BAMAKO"]) and in_dateline(toks["Mali"]) and in_dateline(toks["AFP"])
    assert not in_dateline(toks["Officials"]) and not in_dateline(toks["Headline"])
    # a capitalised first word and a dash far into the sentence: no dateline
    doc = nlp("Officials — three of them — said the road reopened.")
    assert not any(in_dateline(t) for t in doc)


def test_spans_nest_and_are_in_text_order():
    text = "GAO, Mali, May 9 (AFP) — a.\nKIDAL — b.\nMENAKA, Mali — c."
    found = datelines(text)
    assert [d.start for d in found] == sorted(d.start for d in found)
    for d in found:
        assert isinstance(d, Dateline)
        assert d.start <= d.town[0] <= d.town[1] <= d.place[1] <= d.end
        assert d.holds(*d.place) and d.in_place(*d.town)
        if d.date:
            assert d.on_date(*d.date) and d.place[1] <= d.date[0]


@pytest.mark.parametrize("bad", [b"GAO, Mali \xe2\x80\x94 x", None, 42, ["GAO — x"]])
def test_what_is_not_text_is_refused_by_name(bad):
    with pytest.raises(InputError, match="dateline"):
        datelines(bad)


def test_garbage_and_oversized_text_is_read_quickly_and_finds_nothing_wrong():
    garbage = "\x00\x01\ufffd" * 2000 + "\n" + "—" * 5000 + "\n" + "(" * 3000
    assert datelines(garbage) == ()
    # a very long line of capitals and commas, and many long lines: no blow-up
    assert datelines("ABC DEF, " * 20000) == ()
    many = ("Q" * 300 + ", " + "R" * 300 + " x\n") * 2000
    assert datelines(many) == ()


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("AZaz ,.-—–()'\n0123456789MayJun")), max_size=120))
def test_any_text_gives_well_formed_datelines(text):
    for d in datelines(text):
        assert 0 <= d.start <= d.place[0] < d.place[1] <= d.end <= len(text)
        assert d.start == 0 or text[d.start - 1] in " \t\n"
        assert text[d.start : d.end].rstrip()[-1] in "—–-"


def test_the_paragraph_rule_is_a_blank_line():
    assert has_break("one.\n\ntwo") and has_break("one.\n  \t\ntwo")
    assert not has_break("one.\ntwo") and not has_break("")
    assert [m.start() for m in PARAGRAPH_BREAK.finditer("a\n\nb\n \nc")] == [1, 4]


def test_the_desk_of_a_slash_joined_dateline_is_marked_apart():
    text = "TESSALIT / DAKAR, Mali — Shots were heard."
    d = opening(text)
    assert d is not None and text[slice(*d.desk)] == "DAKAR" and text[slice(*d.town)] == "TESSALIT"
    assert d.at_desk(*d.desk) and not d.at_desk(*d.town)
    assert opening("TESSALIT, Mali — Shots were heard.").desk is None


def test_the_dateline_weekday_pattern_is_the_dates_lexicon_one():
    from footprint import dateline
    from footprint.dates.lexicon import WEEKDAY_ANYCASE

    assert dateline._WEEKDAY == WEEKDAY_ANYCASE + r",?[ \t]+"
