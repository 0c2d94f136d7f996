"""Items: the stories of a roundup, where nothing told in one carries into the next.

A weekly round-up or a wire story telling incidents in three countries one paragraph each is several reports
in one text. An item starts with the text, at each dateline (``footprint.dateline``: a bulletin's items have
their own), and at each paragraph (``footprint.paragraphs``) that names a place in a new country, or, in the
same country, places only in first-level regions the item has not named. A paragraph that names no place goes
on with the item before it, so a single-incident report whose later paragraphs name no new place stays one item.

What a paragraph names: its locating mentions (literal, nominal, relative) with a country, and a country that
heads a line as its label ("Togo: three soldiers were killed …", even where the parser read the label as an
actor). The actors stage reads items (``actors/coref.py``): the country of "the army" and how far back an
antecedent may be. The places stage reads them in its fallbacks (``locate``): the sentence before, the next
sentence and the text's one other site are taken from the event's item only, and the report's country is not given
to a place-less line of an item a dateline opened that names other countries only (docs/places.md "Roundups").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc

from ..dateline import datelines
from ..nlp import doc_text
from ..paragraphs import PARAGRAPH_BREAK
from .told import is_label

LOCATING = frozenset({"literal", "nominal", "relative"})


@dataclass(frozen=True)
class Item:
    """One story of a text: ``start:end`` characters, the countries and (country, first-level region) pairs
    its places name."""

    start: int
    end: int
    countries: frozenset[str]
    regions: frozenset[tuple[str, str]]

    @property
    def country(self) -> str | None:
        """The item's one country, or None when it names none or several."""
        return next(iter(self.countries)) if len(self.countries) == 1 else None


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for mm in PARAGRAPH_BREAK.finditer(text):
        out.append((start, mm.start()))
        start = mm.end()
    out.append((start, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _named(text: str, mentions, start: int, end: int) -> tuple[set[str], set[tuple[str, str]]]:
    countries: set[str] = set()
    regions: set[tuple[str, str]] = set()
    for m in mentions:
        if not (start <= m.start < end) or m.place is None or not m.place.country:
            continue
        if m.kind in LOCATING or (m.place.precision == "country" and is_label(text, m)):
            countries.add(m.place.country)
            if m.place.admin1 and m.place.precision != "country":
                regions.add((m.place.country, m.place.admin1))
    return countries, regions


def split_items(text: str, mentions) -> tuple[Item, ...]:
    """The items of ``text`` given its place mentions (offsets into ``text``)."""
    filed = {d.start for d in datelines(text)} if text else set()
    out: list[Item] = []
    cur: list = []  # start, countries, regions of the open item
    for a, b in _paragraphs(text):
        countries, regions = _named(text, mentions, a, b)
        opens = any(a <= s < b for s in filed) and bool(out or cur)
        if cur and not opens and countries and cur[1]:
            new_country = not (countries & cur[1])
            new_region = not new_country and countries <= cur[1] and bool(regions) and bool(cur[2]) \
                and not (regions & cur[2]) and all(c in {r[0] for r in regions} for c in countries)
            opens = new_country or new_region
        if opens and cur:
            out.append(Item(cur[0], a, frozenset(cur[1]), frozenset(cur[2])))
            cur = []
        if not cur:
            cur = [0 if not out else a, set(), set()]
        cur[1] |= countries
        cur[2] |= regions
    if cur:
        out.append(Item(cur[0], len(text), frozenset(cur[1]), frozenset(cur[2])))
    return tuple(out)


def items(doc: Doc) -> tuple[Item, ...]:
    """The items of the Doc, kept in it for as long as its place list is the same list."""
    return _cached(doc)[0]


def _cached(doc: Doc) -> tuple[tuple[Item, ...], list[int]]:
    """The Doc's items and their start offsets, split once per place list: coreference asks per mention."""
    # keyed on the list itself (or None), not on ``or []``: a fresh empty list would miss on every call
    listed = doc._.fp_places if Doc.has_extension("fp_places") else None
    mentions = listed or []
    key = "footprint.items"
    hit = doc.user_data.get(key)
    if hit is None or hit[0] is not listed or hit[1] != len(mentions):
        found = split_items(doc_text(doc), mentions)
        hit = doc.user_data[key] = (listed, len(mentions), found, [i.start for i in found])
    return hit[2], hit[3]


def item_at(doc: Doc, pos: int) -> Item | None:
    """The item holding character ``pos`` when the text has more than one; None for a text of one story."""
    found, starts = _cached(doc)
    if len(found) < 2:
        return None
    k = bisect.bisect_right(starts, pos) - 1
    return found[max(k, 0)]


def item_index(doc: Doc, pos: int) -> int:
    """A number for the item holding character ``pos``, equal for characters of one item (0 throughout a text
    of one story): a key to group by item without a look-up per pair."""
    found, starts = _cached(doc)
    return bisect.bisect_right(starts, pos) if len(found) > 1 else 0


def same_item(doc: Doc, a: int, b: int) -> bool:
    """Characters ``a`` and ``b`` lie in one item (always so in a text of one story)."""
    return item_index(doc, a) == item_index(doc, b)
