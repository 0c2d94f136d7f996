"""The country a report is about (its *focus*) and the country each ambiguous country term names: the places
stage's ``places_focus`` when it is known, else the country named most as a place (weight ``PLACE_WEIGHT``) or by
an explicit national actor; a nationality on a machine or in a "<demonym>-<participle>" compound counts for neither."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from ..nlp import doc_text
from . import lexicon as lx
from .matcher import Found
from .registry import Registry

#: A country named as a place ("in Burkina Faso", "to Niamey") says more about where a report is than a
#: country named as an actor ("Russian instructors").
PLACE_WEIGHT = 3

_COMPOUND_TAIL = re.compile(r"[-‑]([A-Za-z]+)")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def _described(doc: Doc, p) -> bool:
    """A nationality that opens a "<demonym>-<participle>" compound ("a Chinese-brokered truce", "the
    Qatari-mediated talks") or stands on a machine ("had used Turkish drones"): it describes a thing and says
    nothing of where the report is."""
    if p.kind != "demonym":
        return False
    text = doc_text(doc)  # the cached text: Doc.text joins every token again
    m = _COMPOUND_TAIL.match(text, p.end)
    if m is not None:
        return m.group(1).lower() in lx.COMPOUND_PARTICIPLES
    m = _NEXT_WORD.match(text, p.end)
    return m is not None and m.group(1).lower() in lx.EQUIPMENT_HEADS


def _doc_places(doc: Doc):
    return (doc._.fp_places if Doc.has_extension("fp_places") else None) or ()


def places_focus(doc: Doc) -> dict:
    """The places stage's shares of the report's countries, less a country only a compound like
    "Chinese-brokered" gave (the broker is not where the report is)."""
    meta = doc._.fp_meta if Doc.has_extension("fp_meta") and doc._.fp_meta else {}
    shares = meta.get("places_focus") or {}
    if not shares:
        return shares
    described: set[str] = set()
    named: set[str] = set()
    for p in _doc_places(doc):
        if p.place is not None and p.place.country:
            (described if _described(doc, p) else named).add(p.place.country)
    drop = described - named
    return {c: v for c, v in shares.items() if c not in drop} if drop else shares


def focus_country(found: list[Found], place_countries: Counter | None = None,
                  meta: dict | None = None) -> str | None:
    """The country the document is about (ISO alpha-2), or None when nothing names one."""
    places = (meta or {}).get("places_focus") or {}
    if places:
        return max(sorted(places), key=lambda c: places[c])
    score: Counter[str] = Counter()
    first: dict[str, int] = {}
    for cc, n in (place_countries or {}).items():
        score[cc] += PLACE_WEIGHT * n
    for f in found:
        a = f.actor
        # "Turkish drones": where a machine was made says nothing of where the report is
        if a is not None and a.country and a.type in ("country", "government", "state_force") \
                and f.via != "equipment":
            score[a.country] += 1
            first.setdefault(a.country, f.start)
    if not score:
        return None
    # a tie goes to the country named first
    return min(score, key=lambda c: (-score[c], first.get(c, 1 << 30), c))


def _evidence(found: list[Found], place_hits, doc: Doc, ambiguous: set[int]) -> list[tuple[int, str]]:
    """(token, country) of everything that names one country for sure: national actors, countries named as
    places and places the places stage resolved; words that name several countries ("Congo") are left out."""
    out = [(f.start, f.actor.country) for f in found
           if f.actor is not None and f.actor.country and not f.countries
           and f.actor.type in ("country", "government", "state_force")]
    out += [(i, cc) for i, cc in place_hits if i not in ambiguous]
    for p in _doc_places(doc):
        if p.place is None or not p.place.country or p.kind not in ("literal", "relative"):
            continue
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is not None and not any(span.start <= i < span.end for i in ambiguous):
            out.append((span.start, p.place.country))
    return out


def pick_country(options, at: int, shares: dict, evidence: list[tuple[int, str]]) -> str:
    """Which of ``options`` (countries, the most populous first) words at token ``at`` mean: the one the places
    put most in focus, else, when the focus does not tell them apart, the one named nearest (before first on a
    tie), else the first."""
    options = tuple(options)
    top = max((shares.get(c, 0) for c in options), default=0)
    lead = [c for c in options if top and shares.get(c, 0) == top]
    if len(lead) == 1:
        return lead[0]
    pool = lead or options
    near = [(abs(at - i), i > at, cc) for i, cc in evidence if cc in pool and i != at]
    if near:
        return min(near)[2]
    return pool[0]


def choose_countries(found: list[Found], place_hits: list[tuple[int, str]],
                     place_options: dict[int, tuple[str, ...]], doc: Doc,
                     reg: Registry, shares: dict | None = None) -> tuple[list[Found], list[tuple[int, str]]]:
    """Words that name several states ("Congo", "Congolese") take the one the report is about: the places' focus,
    else the nearest country named for sure; their national entry (country, forces, government) follows."""
    ambiguous = set(place_options) | {f.start for f in found if f.countries}
    if not ambiguous:
        return found, place_hits
    shares = places_focus(doc) if shares is None else shares
    evidence = _evidence(found, place_hits, doc, ambiguous)
    out = []
    for f in found:
        if f.countries and f.actor is not None:
            cc = pick_country(f.countries, f.start, shares, evidence)
            prefix = f.actor.id.split(".", 1)[0]
            actor = reg.get(f"{prefix}.{cc.lower()}") if cc != f.actor.country else f.actor
            if actor is not None and actor is not f.actor:
                f = Found(f.start, f.end, actor, via=f.via, metonymy=f.metonymy, name=f.name, type=f.type,
                          descriptor=f.descriptor, bare=f.bare, soft=f.soft, countries=f.countries)
        out.append(f)
    hits = [(i, pick_country(place_options[i], i, shares, evidence) if i in place_options else cc)
            for i, cc in place_hits]
    return out, hits
