"""Event dates (invented sentences): an act told with a bare "later" keeps the day of the story told before it,
even past a paragraph break or more than two sentences; a vague gap ("days later") does not."""

from __future__ import annotations

import pytest

from test_dates_events_clauses import plain

STORY = "Rebels ambushed a supply column near Kaya on Sunday, the army said.\n\n"


@pytest.mark.parametrize("second", [
    "A driver said gunmen later burned the trucks.",
    "The convoy had been carrying flour. Its escort was small. Soldiers afterwards clashed with the rebels.",
])
def test_a_later_step_keeps_the_day_of_the_story_across_a_paragraph(second):
    text = STORY + second
    trigger = "burned" if "burned" in second else "clashed"
    date, background = plain(text, "2024-03-13", trigger, text.index(second.split(".")[-2].strip()[:12]))
    assert (date.start, date.end) == ("2024-03-10", "2024-03-10") and not background


@pytest.mark.parametrize("second", [
    "A driver said gunmen burned the trucks.",  # no step told: another incident may be meant
    "Days later, gunmen burned the trucks.",  # a vague gap of its own
])
def test_without_a_bare_later_the_paragraph_break_still_stops_the_date(second):
    text = STORY + second
    date, _ = plain(text, "2024-03-13", "burned", text.index(second[:8]))
    assert date.start is None and date.end == "2024-03-13"
