"""Sentences: where the layout of a report already says one ends, before the parser guesses.

The statistical parser reads a heading and the paragraph under it ("SUWAYDA" / "Clashes between …"), or the
items of a list ("- 2 June: …" / "- 5 June: …"), as one sentence: the heading becomes a party to the first
event, and one item's date, speaker and casualties leak into the next. Layout is a stronger sign than the
parser's guess, so this component, run before the parser, starts a sentence

- after a paragraph break (``paragraphs.PARAGRAPH_BREAK``: a blank line), and
- at a line that opens with a list marker: a bullet ("-", "*", "•", "–"), a table row ("|"), or an item
  number ("1.", "2)", "(3)").

Sentence starts it does not set are left to the parser (it only adds boundaries, never removes one), and a
pipeline without a parser never gets this component (``nlp.build``), so blank pipelines keep their one-span
reading.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .paragraphs import has_break

#: tokens that open a list item or a table row when they begin a line
BULLETS = frozenset({"-", "*", "•", "–", "|", "·", "▪", "‣"})
#: an item number as the tokenizer gives it: "1.", or "1" then "." / ")"
_ITEM_NUMBER = re.compile(r"\(?\d{1,2}[.)]")


def _line_start(doc: Doc, i: int) -> bool:
    """Token ``i`` is the first word of a line (the tokenizer keeps a newline as a space token of its own)."""
    prev = doc[i - 1]
    return prev.is_space and "\n" in prev.text


def _list_marker(doc: Doc, i: int) -> bool:
    text = doc[i].text
    if text in BULLETS or _ITEM_NUMBER.fullmatch(text):
        return True
    # "1" then "." or ")", "(" "3" ")": a number is an item only with its closing mark ("2 June" is a date)
    if text == "(":
        return i + 2 < len(doc) and doc[i + 1].text.isdigit() and len(doc[i + 1].text) <= 2 and doc[i + 2].text == ")"
    return text.isdigit() and len(text) <= 2 and i + 1 < len(doc) and doc[i + 1].text in {".", ")"}


def layout_start(doc: Doc, i: int) -> bool:
    """Token ``i`` starts a sentence by the layout: after a blank line, or a list marker opening a line."""
    if i == 0 or doc[i].is_space:
        return False
    if not _line_start(doc, i):
        return False
    return has_break(doc[i - 1].text) or _list_marker(doc, i)


def mark_sentence_starts(doc: Doc) -> Doc:
    """Sets ``is_sent_start`` on every layout start of ``doc`` (before the parser, which keeps them)."""
    for i in range(1, len(doc)):
        if layout_start(doc, i):
            doc[i].is_sent_start = True
    return doc


#: The most words a table cell may hold and still be a label or a figure, not a sentence.
CELL_WORDS = 4


def figure_row(text: str) -> bool:
    """A table row of labels and figures ("| Civilians killed | 9 | 6 |", a header, "| --- | --- |"): it sums up
    a period and tells no event of its own. A row with a cell long enough to be a sentence ("| 2 Aug | Insurgents
    burnt the health post in Ocua |") is an incident told in a table and is read like any sentence."""
    line = text.strip()
    if not line.startswith("|") or line.count("|") < 3:
        return False
    cells = [c.strip() for c in line.strip("|").split("|")]
    return all(len(c.split()) <= CELL_WORDS for c in cells)


@Language.component("footprint_sentences_v1")
def sentences_component(doc: Doc) -> Doc:
    return mark_sentence_starts(doc)
