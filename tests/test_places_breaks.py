"""Paragraph breaks between two points of a text, counted from the text's own breaks by halving, agree with
reading the slice itself; built by hand, no model."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.model import PlaceMention
from footprint.paragraphs import PARAGRAPH_BREAK
from footprint.places.reference import _paragraphs_between, _within


def sliced(text: str, a: int, b: int, most: int | None) -> int:
    n = 0
    for _ in PARAGRAPH_BREAK.finditer(text, a, b):
        n += 1
        if most is not None and n > most:
            break
    return n


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab .\n\t\r\x0c\u2028", max_size=40), st.integers(0, 45), st.integers(0, 45),
       st.sampled_from([None, 0, 1, 2]))
def test_breaks_between_two_points_agree_with_the_slice(text, a, b, most):
    assert _paragraphs_between(text, a, b, most) == sliced(text, a, b, most)


def test_a_bound_inside_a_blank_run_reads_the_slice():
    text = "Gao.\n \n\n \nMopti."
    # from inside the run the slice holds one line end less, and so does the count
    assert _paragraphs_between(text, 5, len(text)) == sliced(text, 5, len(text), None) == 1
    assert _paragraphs_between(text, 0, 7) == sliced(text, 0, 7, None) == 1


def test_towns_of_one_long_paragraph_are_all_within_it():
    # hostile layout: one paragraph of thousands of names; every earlier one is within it, none is skipped
    text = "Kessa and Wadoro. " * 3000 + "\n\nThe camp."
    found = [PlaceMention(i * 18, i * 18 + 5, "Kessa", None) for i in range(3000)]
    pos = text.index("The camp")
    assert len(_within(text, found, pos, 1)) == 3000
    assert _within(text, found, pos, 0) == []
