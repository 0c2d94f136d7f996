"""Paragraphs: where one ends and the next begins, the same for every stage.

A paragraph ends at a blank line (a line with nothing but spaces counts as blank). A date told in one
paragraph stops governing the next (``dates/events.py``), and "the town" looks back one paragraph at most
(``places/reference.py``).
"""

from __future__ import annotations

import re

#: a paragraph break: a line end, then a line that is blank or only spaces, then the next line
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def has_break(text: str) -> bool:
    """``text`` (the words between two points of a report) runs over a paragraph break."""
    return PARAGRAPH_BREAK.search(text) is not None
