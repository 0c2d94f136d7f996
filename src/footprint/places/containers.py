"""Containers and kind words around a recognized name: "Gao, Mali", "Gao, in northern Mali", "Ménaka region",
"the region of Mopti", "County Galway", "the Kessa river"."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .match import Match
from .phrases import SETTLEMENT_NOUNS, settlement_of


#: capitalized words after "<Region> State" that make the words a body of that region, not its name
#: ("Maryland State Police", "Ohio State University")
STATE_BODIES = frozenset(
    "police patrol troopers university college lottery fair senate legislature capitol penitentiary prison".split()
)


def _agency_after(doc: Doc, k: int) -> bool:
    """The capitalized type word at ``k`` opens an agency's name: "Montana Department of Corrections",
    "Maryland State Police". The region's name is then the name before it, embedded in the agency's."""
    word = doc[k].lower_
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    if nxt is None:
        return False
    if word == "department" and nxt.lower_ == "of":
        return True
    return word == "state" and nxt.text[:1].isupper() and nxt.lower_ in STATE_BODIES


_SUFFIXES = {
    "region": "region", "province": "region", "state": "region", "governorate": "region", "prefecture": "region",
    "oblast": "region", "krai": "region", "kray": "region", "wilaya": "region", "emirate": "region",
    # a department is first-level in Colombia, Peru or Bolivia and second-level in France or Cameroon: read as
    # "region", the word favours either unit of that name over its namesake town, and the country is the text's
    "department": "region",
    "county": "district", "district": "district", "municipality": "district",
    "cercle": "district", "circle": "district", "lga": "district",
    "city": "town", "town": "town", "village": "town", "commune": "town",
}

#: the words that name a first- or second-level unit ("governorate", "oblast", "county", "lga"…): one list for
#: every rule that reads a unit word (the resolver's "the X region of Togo")
UNIT_WORDS = frozenset(w for w, level in _SUFFIXES.items() if level in {"region", "district"})

#: capitalized words that make a name before them a natural feature's ("the Savannah River", "the San Joaquin
#: Valley"): the whole is one toponym, and the town of that name is at most a hint of where it lies
FEATURE_WORDS = frozenset(
    "river creek valley lake island islands bay inlet delta mountains hills canyon peninsula estuary".split()
)

#: "in northern Borno State", ", in the Mopti region": the container after a name. Spelled so that no two
#: whitespace runs meet (not "\s*,?\s+"): a long blank gap between two names is then read in linear time
_IN_CONTAINER = r"in\s+(?:the\s+)?(?:(?:north|south|east|west|central|far)[a-z-]*\s+)?"
_REGION_AFTER = re.compile(r"\s+(?:region|province|state|governorate|oblast)\b")
_WITHIN = re.compile(r"\s*,(?:\s*|\s+" + _IN_CONTAINER + r")|\s+" + _IN_CONTAINER, re.I)


def _containers(doc: Doc, matches: list[Match], full: str, ent_at=None) -> None:
    """Mark "Gao, Mali" / "Gao, in northern Mali" containment, "Ménaka region" style suffixes and
    "the region of Mopti" / "the cercle of Djenné" style prefixes."""
    ent_at = ent_at or {}
    for k, m in enumerate(matches):
        nxt = doc[m.tok_end] if m.tok_end < len(doc) else None
        if nxt is not None and nxt.lower_ in _SUFFIXES:
            m.suffix = _SUFFIXES[nxt.lower_]
            if nxt.text[:1].isupper() and not nxt.text.isupper() and not _agency_after(doc, m.tok_end) and (
                any(c.feature == "A.ADM1" for c in m.candidates) or not any(c.feature == "A.PCLI" for c in m.candidates)
            ):
                # "Orange County", "Oaxaca State", "Niger State": the word is part of the name (not "U.S. District
                # Court": no region is called "U.S.")
                m.end = nxt.idx + len(nxt.text)
                m.text = full[m.start : m.end]
                m.tok_end += 1
                ent = ent_at.get(m.tok_start)
                if m.kind == "embedded" and ent is not None and ent.start == m.tok_start and ent.end == m.tok_end \
                        and "inside an actor's name" not in m.reasons:
                    m.kind = "literal"  # NER's span was the whole region name, not an organisation around it
                    m.reasons = [r for r in m.reasons if not r.startswith("inside a ")]
        elif m.tok_start >= 1 and doc[m.tok_start - 1].text in {"County", "Co."} and m.suffix is None and not (
            m.tok_start >= 2 and doc[m.tok_start - 2].text[:1].isupper() and doc[m.tok_start - 2].is_alpha
        ) and any(c.precision in {"town", "region"} for c in m.candidates):
            # "County Galway", "Co. Mayo" (Irish and British usage): the county word opens the name; the county
            # is read through its namesake town or region, as "Galway County" would be
            m.suffix = "district"
            m.start = doc[m.tok_start - 1].idx
            m.text = full[m.start : m.end]
            m.tok_start -= 1
        elif nxt is not None and nxt.lower_ in FEATURE_WORDS and nxt.text[:1].isupper() and m.kind != "demonym" \
                and not m.demonym:
            # the longest gazetteer name won already, so the feature is not in the index under its full name
            m.suffix = "feature"
            m.end = nxt.idx + len(nxt.text)
            m.text = full[m.start : m.end]
            m.tok_end += 1
        elif nxt is not None and nxt.text == "river" and m.suffix is None and m.kind != "demonym" and not m.demonym:
            m.suffix = "river"  # "the Kessa river": the lower-case type word stays outside the span
        elif m.tok_start >= 2 and doc[m.tok_start - 1].lower_ == "of" and doc[m.tok_start - 2].lower_ in _SUFFIXES:
            word = doc[m.tok_start - 2]
            before = doc[m.tok_start - 3].lower_ if m.tok_start >= 3 else ""
            if word.text.islower() and before in {"the", "a", "this", "that"}:
                m.suffix = _SUFFIXES[word.lower_]  # "the region of Mopti", "the commune of Boni"
            elif word.text.islower() and word.lower_ in SETTLEMENT_NOUNS and settlement_of(doc, m.tok_start):
                m.suffix = "town"
        elif m.suffix is None and settlement_of(doc, m.tok_start) and not m.demonym:
            m.suffix = "town"  # "the villages of A and B", "the Grea quarter of X"
        if k + 1 < len(matches):
            b = matches[k + 1]
            between = full[m.end : b.start]
            if b.demonym or not _WITHIN.fullmatch(between):
                continue
            if any(c.feature in {"A.PCLI", "A.ADM1"} and c.kind != "demonym" for c in b.candidates):
                m.within = b
            elif ", in" in between and _REGION_AFTER.match(full, b.end):
                # ISO names the region otherwise ("Tombouctou"): the seat town's region is the container
                m.within, m.within_seat = b, True
