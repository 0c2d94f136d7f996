"""A token's sentence by bisection, for the stages that ask for it many times per Doc (actors, events):
``tok.sent`` walks the sentence each time, which over a very long sentence costs seconds."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

STARTS_KEY = "footprint.sentence_lookup.starts"


def sentence_starts(doc: Doc) -> list[int] | None:
    """Token index of each sentence start, listed once per Doc (again after retokenizing changed its length); None
    for a Doc without sentence boundaries or with its own sentence hooks, where ``tok.sent`` must answer."""
    n = len(doc)
    known = doc.user_data.get(STARTS_KEY)
    if known is None or known[0] != n:
        plain = doc.has_annotation("SENT_START") and not ({"sent", "sents"} & set(doc.user_hooks))
        # from ``doc.sents``, which ``tok.sent`` agrees with: a Doc built from heads alone may flag no token as a
        # sentence start, even the first
        known = doc.user_data[STARTS_KEY] = (n, [s.start for s in doc.sents] if plain else None)
    return known[1]


def sentence(tok: Token) -> Span:
    """``tok.sent``, found by bisection in the Doc's sentence starts."""
    doc = tok.doc
    starts = sentence_starts(doc)
    if starts is None:
        return tok.sent
    k = bisect_right(starts, tok.i) - 1
    return doc[starts[k]:starts[k + 1] if k + 1 < len(starts) else len(doc)]


def sentence_number(doc: Doc, i: int) -> int:
    """Number of the sentence of token ``i`` (0 for a Doc without sentence boundaries or with its own hooks)."""
    starts = sentence_starts(doc)
    return 0 if starts is None else bisect_right(starts, i) - 1
