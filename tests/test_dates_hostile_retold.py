"""Clock times whose event is told again ("stabbed in the yard … at 9 p.m."): the tellings before each one
are looked up in one index per text; long hostile runs finish with the small expected result, and the
index finds exactly what a search of the window finds (invented sentences)."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given, settings, strategies as st

from footprint.dates import tag
from footprint.dates.reference import RETOLD_TELLINGS, _Tellings


def values(text: str, dct: str) -> Counter:
    return Counter(t.value for t in tag(text, dct).timexes)


def test_a_long_sentence_of_clock_gaps_keeps_each_clock_time_on_the_report_day():
    text = "9 p.m. ten days before the evacuation " * 3000
    assert values(text, "2020-01-15") == Counter({"2020-01-15T21:00": 3000, "P10D": 3000})


def test_a_retold_event_takes_its_day_only_within_the_last_tellings():
    text = ("The guard was stabbed in the yard on Nov. 4, 2019. The case reopened in 2020. "
            + "He was stabbed in the yard at 9 p.m. " * 500)
    got = values(text, "2021-03-02")
    assert got == Counter({"2019-11-04T21:00": RETOLD_TELLINGS, "2021-03-02T21:00": 500 - RETOLD_TELLINGS,
                           "2019-11-04": 1, "2020": 1})


def test_a_retold_event_in_one_long_sentence_has_no_telling_before_it():
    text = "Guards were stabbed in the yard at 9 p.m. and " * 2000 + "fled."
    assert values(text, "2021-03-02") == Counter({"2021-03-02T21:00": 2000})


_WORDS = ["yard", "Yard", "the", "in", "stabbed", "at", "x9", "_", "é"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + [" ", "  ", "\n", ". ", ","]), max_size=60),
       st.tuples(*[st.sampled_from(["yard", "the", "in", "stabbed"])] * 3), st.data())
def test_the_index_finds_what_a_search_of_the_window_finds(parts, words, data):
    text = "".join(p if p in (" ", "  ", "\n", ". ", ",") else p + " " for p in parts)
    said = re.compile(r"(?i)\b" + r"\s+".join(map(re.escape, words)) + r"\b")
    told = _Tellings(text)
    lo = hi = 0
    for _ in range(4):  # windows move on through the text, as sentences come in order
        hi = data.draw(st.integers(hi, len(text)))
        lo = data.draw(st.integers(lo, hi))
        got = told.before(words, lo, hi)
        want = [m.span() for m in said.finditer(text, lo, hi)][-RETOLD_TELLINGS:]
        assert got is None and words[0] == words[2] or got == want
        end = data.draw(st.integers(lo, len(text)))
        assert told.head_words(lo, end) == re.findall(r"[A-Za-z]+", text[lo:end])[-3:]


def test_a_window_behind_the_last_one_is_left_to_the_search():
    told = _Tellings("in the yard and in the yard")
    assert told.before(("in", "the", "yard"), 4, 27) == [(16, 27)]
    assert told.before(("in", "the", "yard"), 0, 27) is None


def test_letters_a_word_list_misses_send_the_search_back_to_the_window():
    told = _Tellings("the \u212aelvin yard in the yard")
    assert told.before(("in", "the", "yard"), 0, 10) is None
