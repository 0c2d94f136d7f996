"""The words ``grammar.scan`` looks for before running a kind's patterns skip only texts with no match."""

from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.dates.grammar import NEEDS, PATTERNS, Hit, scan


def _every_pattern(text: str) -> list[Hit]:
    """``scan`` with every pattern run on every text."""
    saved = dict(NEEDS)
    NEEDS.clear()
    try:
        return scan(text)
    finally:
        NEEDS.update(saved)


_WORDS = ["the", "The", "day", "before", "after", "vote", "a", "year", "or", "two", "three", "thousand", "years",
          "ago", "past", "last", "summers", "winters", "first", "second", "third", "and", "quarters", "of", "2021",
          "1990s", "'80s", "nineties", "twenties", "nineteen", "twenty", "fifth-century", "19th", "century", "Two",
          "May", "3", ",", ".", "-", "\n", "\t", "about", "one", "decade", "springs", "autumns", "in",
          "overnight", "night", "Saturday", "SUNDAY", "to", "into", "Ramadan", "holy", "fasting", "month", "Eid",
          "al-Fitr", "Adha", "Tabaski", "days", "hours", "week", "later", "earlier", "back", "from", "now", "so",
          "every", "Each", "per", "once", "twice", "times", "mornings", "noon", "midnight", "dawn", "Chicago",
          "minutes", "seconds", "10.3", "seven", "thirty", "Eastern", "time", "local", "quarter", "period", "Q3", "18h05", "half", "H1", "summer", "Fall", "yesterday",
          "Tonight", "for", "while", "of", "14:30", "9", "a.m.", "pm", "o'clock", "this", "next", "year-end",
          "Mondays", "evenings", "siege"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14), st.sampled_from([" ", "  ", "\n", " - "]))
def test_scan_equals_running_every_pattern(words, sep):
    text = sep.join(words)
    assert scan(text) == _every_pattern(text)


def test_each_kind_with_a_need_still_matches_its_own_text():
    texts = {
        "decade": "in the late 1990s and the nineties", "century": "a fifth-century church",
        "yearwords": "in nineteen ninety-six", "quarterlist": "the first and third quarters of 2021",
        "appday": "May 3, the day before the vote", "orsome": "in a year or two",
        "millennia": "some three thousand years of farming", "seasonset": "the past three summers",
        "nightspan": "shots heard overnight Saturday to Sunday",
        "festival": "prices rose in the holy month of Ramadan 2024 and fell after Eid al-Fitr",
        "ago": "two days ago, and some five years or so later", "set": "twice a week, every morning, per year, seven days a week, 18 hours a day",
        "namedtime": "shortly after midnight and again at dawn", "dday": "D-Day was 3 May; by D+3 the road was open",
        "clocklen": "won in two hours, four minutes and 17 seconds",
        "clockw": "polls open at seven o'clock and close at ten thirty Eastern",
        "quarter": "output fell in the third quarter of 2021", "half": "in the first half of 2022",
        "season": "fighting resumed last summer", "deictic": "the convoy left yesterday",
        "while": "the road stayed shut for a while", "hourgap": "a second blast came hours later",
        "clockgap": "at 7 a.m. three days before the vote", "ordday": "on the third day of the siege",
        "clock24": "shots at 18h05, and again at 14:30 local time", "clock": "at 9 a.m. on Monday", "myrel": "in March this year",
        "yearend": "talks resume after the year-end break", "setwd": "the market opens on Mondays",
    }
    assert set(texts) == set(NEEDS)
    for kind, text in texts.items():
        assert any(h.kind == kind for h in scan(text)), kind
        assert scan(text) == _every_pattern(text)


def test_a_text_without_the_word_skips_the_kind_and_loses_nothing():
    text = "Gunmen attacked the village on Monday, soon after the market closed."
    assert not any(NEEDS[k].search(text) for k in NEEDS)
    assert scan(text) == _every_pattern(text)
    assert {kind for _, kind, _ in PATTERNS} >= set(NEEDS)  # no need names a kind the grammar lacks


def test_a_month_before_a_long_run_of_spaces_returns():
    # the need words opening with "\s+" were searched from every space of the run (quadratic); no timing is
    # asserted, a quadratic search would take minutes here
    text = "March" + " " * 100_000
    assert not any(NEEDS[k].search(text) for k in ("orsome", "millennia"))
    assert {(h.start, h.end) for h in scan(text)} == {(0, 5)}  # "March" alone, never the run
    spaced = "in a year" + " " * 100_000 + "or two"
    assert NEEDS["orsome"].search(spaced) is not None
    assert any(h.kind == "orsome" for h in scan(spaced))
