"""A mention's tokens in the parse, and whether the Doc has one: asked by the event's place choice
(``locate``) and by the checks of what a name says of whom (``whose``)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..nlp import doc_parsed


def span_of(doc: Doc, start: int, end: int):
    """The tokens covering characters ``start:end`` (widened to whole tokens), or None."""
    return doc.char_span(start, end, alignment_mode="expand")


def parsed(doc: Doc) -> bool:
    """Whether the Doc has a parse, asked once per document (``nlp.doc_parsed``)."""
    return doc_parsed(doc)
