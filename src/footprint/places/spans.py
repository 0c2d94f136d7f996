"""A mention's tokens in the parse: asked by the event's place choice (``locate``) and by the checks of what a
name says of whom (``whose``)."""

from __future__ import annotations

from spacy.tokens import Doc


def span_of(doc: Doc, start: int, end: int):
    """The tokens covering characters ``start:end`` (widened to whole tokens), or None."""
    return doc.char_span(start, end, alignment_mode="expand")

