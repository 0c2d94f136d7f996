"""A state told in the third person before "until" ("stays closed"): no past verb (sentences invented for the
tests)."""

from __future__ import annotations

import pytest

from footprint.dates import tag

# a Thursday
DCT = "2011-03-03"


def values(text: str, dct: str | None = DCT) -> list[str]:
    return [t.value for t in tag(text, dct).timexes]


@pytest.mark.parametrize("verb", ["stays", "remains", "keeps"])
def test_third_person_linking_verb_makes_no_past(verb):
    # "closed" after "stays" is a state; nothing places the end in the past, so "until" looks ahead
    assert values(f"The market {verb} closed until May 31.") == ["2011-05-31"]


def test_past_linking_verb_stays_past():
    assert values("The market stayed closed until May 31.") == ["2010-05-31"]


def test_state_until_a_day_is_no_lower_bound_of_the_report_date():
    tagged = tag("Traders rioted in 2009. The market stays closed until May 31.")
    assert tagged.inferred is not None and tagged.inferred.value == "2009-01-01"
