"""A mention's tokens in the parse, and whether the Doc has one: asked by the event's place choice
(``locate``) and by the checks of what a name says of whom (``whose``)."""

from __future__ import annotations

from spacy.tokens import Doc


def span_of(doc: Doc, start: int, end: int):
    """The tokens covering characters ``start:end`` (widened to whole tokens), or None."""
    return doc.char_span(start, end, alignment_mode="expand")


def parsed(doc: Doc) -> bool:
    """``doc.has_annotation("DEP")``, asked once per document: it walks every token, and the place choice asks
    for each event and each place."""
    key = "footprint.locate.parsed"
    if key not in doc.user_data:
        doc.user_data[key] = doc.has_annotation("DEP")
    return doc.user_data[key]
