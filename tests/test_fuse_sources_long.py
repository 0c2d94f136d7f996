"""Claimant patterns read long hostile strings in linear time: runs of thousands of spaces, thousands
of "of" before a comma. No timing is asserted; each call must finish and read the words as a short
claimant with the same words is read."""

from __future__ import annotations

import pytest

from footprint.fuse.sources import _national, _person_body, is_local_voice, said

RUN = " " * 100_000


@pytest.mark.parametrize("claimant,voice", [
    ("an officer" + RUN + "of the" + RUN + "police", "police"),
    ("the police" + RUN + "based in" + RUN + "Goma", "police"),
    ("a" + RUN + "b", "a b"),
    ("the army's" + RUN + "brigade", "army"),  # a unit speaks for its owner
    ("the ministry's" + RUN + "spokesman", "ministry"),
])
def test_runs_of_spaces(claimant, voice):
    assert said.__wrapped__(claimant, None).voice == voice


def test_runs_of_spaces_and_line_breaks_are_spaces():
    assert is_local_voice("residents" + RUN + "in" + RUN + "the town")
    assert not is_local_voice("an officer" + RUN + "\n" + RUN + "in town")
    assert _person_body("an official" + RUN + "of the" + RUN + "ministry of defence") == "ministry of defence"
    assert said.__wrapped__("an officer" + "\n" * 50_000 + "of the police", None).voice == "police"


def test_an_acronym_after_a_run_of_spaces():
    got = said.__wrapped__("the Armed Forces of the Country" + RUN + "(AFC)", None)
    assert got.acronym == "AFC"
    assert said.__wrapped__("x" + RUN + "(AB", None).acronym is None


def test_many_ofs_before_a_comma_leave_the_country_after_it():
    words = "x of " * 20_000 + ", the ministry of defence of Atlantis"
    body_country = _national(words)
    assert body_country == (None, words)  # no such country: the words stay as they are
    assert _national("x of " * 20_000 + ",z of") == (None, "x of " * 20_000 + ",z of")
