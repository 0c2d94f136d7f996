"""Property tests: the tagger never crashes, spans point into the text, intervals are ordered."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from footprint.dates import tag

WORDS = ["on", "6", "January", "last", "week", "2021", "since", "late", "early", "the", "1990s", "Monday",
         "for", "four", "years", "ago", "every", "day", "Q3", "summer", "of", "10", "a.m.", "May", "31",
         "February", "-", "–", "400", "Su-24", ",", ".", "recent", "months", "next", "quarter", "third"]


def _check(text: str, dct: str | None) -> None:
    for t in tag(text, dct).timexes:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        if t.interval_start and t.interval_end:
            assert t.interval_start <= t.interval_end, (t.text, t.value)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.sampled_from([None, "2022-01-10", "1999-12-31", "2024-02-29"]))
def test_arbitrary_text_never_crashes(text, dct):
    _check(text, dct)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25), st.sampled_from([None, "2022-01-10", "2000-03-01", "1990-12-31"]))
def test_temporal_word_salad_gives_ordered_intervals(words, dct):
    _check(" ".join(words), dct)


def _select_by_look_at_every_kept(items):
    """The plain rule ``select`` keeps: longest first, then priority, then start; skip what overlaps a kept span."""
    kept, taken = [], []
    for s, e, p in sorted(items, key=lambda x: (-(x[1] - x[0]), x[2], x[0])):
        if not any(s < te and ts < e for ts, te in taken):
            taken.append((s, e))
            kept.append((s, e, p))
    return sorted(kept, key=lambda x: x[0])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8), st.integers(0, 3)), max_size=40))
def test_select_keeps_what_the_plain_overlap_rule_keeps(raw):
    from footprint.dates.grammar import select

    items = [(s, s + n, p) for s, n, p in raw]  # empty spans included
    got = select(items, key_span=lambda x: (x[0], x[1]), key_prio=lambda x: x[2])
    assert got == _select_by_look_at_every_kept(items)
