"""Routes told by the two towns they join ("the Makurdi-Naka road", "the Kessa–Naro road"): the words that make
"X-Y" two names, and the sides of a road written with a dash."""

from __future__ import annotations

from spacy.tokens import Doc

from .phrases import _is_cap, _joins


#: nouns of a road joining two towns; ``roads.py`` builds its "the X-Y road" patterns from the same list
ROAD_NOUNS = ("road", "highway", "motorway", "expressway", "axis", "route", "corridor")
#: words after "X-Y" that make it two places joined by a route, not one hyphenated name: besides the roads, a
#: railway or a "stretch" joins two towns too (roads.py draws only roads, so it leaves those two out)
ROUTE_WORDS = frozenset(ROAD_NOUNS) | {"railway", "stretch"}


def _road_pair(doc: Doc, chunk: tuple[int, int]) -> bool:
    """The chunk is "X-Y" before a route word ("the Makurdi-Naka road", "the Gao-Ansongo axis"): each
    side names a town of its own, where "Gilgit-Baltistan" alone is one name."""
    i0, j0 = chunk
    if not (j0 < len(doc) and doc[j0].lower_ in ROUTE_WORDS and j0 - i0 >= 3
            and any(doc[k].text == "-" and _joins(doc, k) for k in range(i0 + 1, j0 - 1))):
        return False
    # only a route told as where something happened ("on the X-Y road"); "blocked the X-Y highway at Z"
    # leaves the place to Z
    k = i0 - 1 - (i0 > 0 and doc[i0 - 1].lower_ == "the")
    return k >= 0 and doc[k].lower_ in ROUTE_PREPS


ROUTE_PREPS = frozenset("on along off near at by via across astride".split())
#: dashes a report writes between the two towns of a road ("the Kessa–Naro road"); the tokenizer splits them off,
#: so each town is a name of its own, which the small model often tags PERSON
_ROAD_DASHES = frozenset({"–", "—"})


def _dash_road_side(doc: Doc, i: int, j: int) -> bool:
    """Tokens i..j are one side of "X–Y <route word>" written with a tight en or em dash: the frame itself says
    both sides are towns, whatever NER guessed (a hyphen joins the sides into one chunk: ``_road_pair``)."""
    n = len(doc)

    def tight(k: int) -> bool:
        return 0 < k < n and doc[k].text in _ROAD_DASHES and not doc[k].whitespace_ and not doc[k - 1].whitespace_

    if tight(j) and j + 1 < n and _is_cap(doc[j + 1].text):
        k = j + 1
        while k < n and k < j + 4 and _is_cap(doc[k].text):
            k += 1
        if k < n and doc[k].lower_ in ROUTE_WORDS:
            return True
    return i >= 2 and tight(i - 1) and _is_cap(doc[i - 2].text) and j < n and doc[j].lower_ in ROUTE_WORDS
