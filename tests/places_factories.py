"""Place tests without the model or the index: recognise and resolve a text against a tiny in-memory table
of hand-built candidates, and pick one mention out of the result."""

from __future__ import annotations

import spacy

from footprint.places.recognize import recognize
from footprint.places.resolve import resolve

BLANK = spacy.blank("en")


def run(text, table):
    """The place mentions of ``text``, every name looked up in ``table`` (folded name -> candidates)."""
    doc = BLANK.make_doc(text)
    matches = recognize(doc, lambda names: {n: table[n] for n in names if n in table})
    mentions, _ = resolve(matches, text=text)
    return mentions


def one(found, start, *, exact=False):
    """The first mention whose text starts with ``start`` (a whole name is its own start), or, ``exact``, is it."""
    return next(m for m in found if (m.text == start if exact else m.text.startswith(start)))
