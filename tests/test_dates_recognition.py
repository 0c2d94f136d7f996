"""Recognition: which expressions the tagger marks, and their extent (sentences invented for the tests)."""

from __future__ import annotations

import pytest

from footprint.dates import tag


def spans(text: str, dct: str = "2022-03-10") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct).timexes]


# --- "only" and "just" are focus words, outside the span --------------------------------------------


@pytest.mark.parametrize("text, span, value", [
    ("The ceasefire held for only three days.", "three days", "P3D"),
    ("The convoy left just two hours later.", "two hours later", None),
    ("Only six months ago the road was open.", "six months ago", "2021-09"),
    ("The talks lasted just a week.", "a week", "P1W"),
])
def test_only_and_just_stay_outside(text, span, value):
    got = spans(text)
    assert [s for s, _, _ in got] == [span]
    if value is not None:
        assert got[0][2] == value


def test_only_and_just_give_no_approximation():
    t = tag("The truce lasted only four days.", "2022-03-10").timexes[0]
    assert t.text == "four days" and t.mod is None


@pytest.mark.parametrize("text, span", [
    ("The march lasted about three hours.", "about three hours"),
    ("Nearly two years ago the mine closed.", "Nearly two years ago"),
    ("They waited at least ten days.", "at least ten days"),
])
def test_approximators_stay_inside(text, span):
    assert [s for s, _, _ in spans(text)] == [span]


# --- "Now," opening a sentence is a discourse marker -----------------------------------------------


@pytest.mark.parametrize("text", [
    "The mayor resigned in 2019. Now, the council says the post will stay empty.",
    "Now, consider the price of bread.",
    "Herders lost their cattle. \u201cNow, we have nothing,\u201d one said.",
])
def test_sentence_opening_now_with_a_comma_is_not_tagged(text):
    assert [s for s, _, _ in spans(text) if s.lower() == "now"] == []


@pytest.mark.parametrize("text", [
    "Now the council says the post will stay empty.",
    "The council now says the post will stay empty.",
    "The town is calm for now, residents said.",
    "Until now, no group has claimed the attack.",
    "Right now, the road is closed.",
    "The militia, which now controls the bridge, set up a checkpoint.",
])
def test_now_as_the_time_of_the_report_is_tagged(text):
    got = [(s, v) for s, _, v in spans(text) if "now" in s.lower()]
    assert len(got) == 1 and got[0][1] == "PRESENT_REF"


# --- "recently" right before the date that says when ------------------------------------------------


@pytest.mark.parametrize("text, date_span", [
    ("Gunmen have struck the market three times, most recently last October.", "last October"),
    ("The ferry sank twice, most recently in May 2021.", "May 2021"),
    ("The base was shelled, most recently, on Tuesday.", "Tuesday"),
])
def test_recently_before_a_date_is_not_tagged(text, date_span):
    got = [s for s, _, _ in spans(text)]
    assert "recently" not in got and date_span in got


@pytest.mark.parametrize("text", [
    "The town fell recently.",
    "Recently, the army has set up new checkpoints.",
    "The road reopened recently in the north.",
])
def test_recently_alone_is_tagged(text):
    assert [v for s, _, v in spans(text) if s.lower() == "recently"] == ["PAST_REF"]


# "recently" after an auxiliary grades the verb: TimeBank and AQUAINT leave it untagged (it stays a cue for
# event dating, ``Tagged.cues``)
@pytest.mark.parametrize("text", [
    "The town was recently retaken.",
    "The curfew has recently been extended.",
    "Fighters have only recently returned to the hills.",
    "The road, which had recently reopened, was closed again.",
])
def test_recently_after_an_auxiliary_is_not_a_timex(text):
    tagged = tag(text, "2023-04-02")
    assert "recently" not in [t.text.lower() for t in tagged.timexes]
    assert [t.value for t in tagged.cues] == ["PAST_REF"]
