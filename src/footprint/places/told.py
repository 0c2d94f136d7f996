"""What a document tells once about a place and then takes as said: a gloss ("Kabeya, a village about 30 km
north of Nyunzu") that places a name for every later mention of it, and a brief's line label ("- Zolochiv:
shelling damaged the settlement") that places the events of its line when their sentences name no place.

What the next sentence tells of an event placed only in a wide place is ``sequel``'s.

All work on the place mentions the places stage made (``PlaceMention``, offsets into the text) and the
text alone; ``locate.event_location`` applies them."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Place, PlaceMention
from .gazetteer import norm
from ..geo import distance_km
from .resolve import SPLIT_REASON

#: between a name and the phrase that says where it lies: "Kabeya, a village about 30 km north of Nyunzu",
#: "the hamlet of Koumbara, near Solenzo" (lower-case words only: a second name is a list, not a gloss)
APPOSITION_GAP = re.compile(r"\s*,\s*(?:[a-z]+\s+){0,4}")
APPOSITION_GAP_CHARS = 40
#: a longer apposition, opened by an article: "X, a remote district in the hill country north of Y"
NOUN_GAP = re.compile(r"\s*,\s*(?:a|an|the)\s+(?:[a-z-]+\s+){1,8}")
NOUN_GAP_CHARS = 70
#: how much farther than the glossing place's own radius the gazetteer's reading of the name may lie
APPOSITION_SLACK_KM = 50.0


def _far(m: PlaceMention, r: PlaceMention) -> bool:
    return distance_km(m.place.lat, m.place.lon, r.place.lat, r.place.lon) \
        > (r.place.radius_km or 0.0) + APPOSITION_SLACK_KM


def misread_by_gloss(text: str, mentions: list[PlaceMention]) -> dict[int, PlaceMention]:
    """The literal mentions (by id) that the text itself places, right after a comma, by a relative place
    ("X, 30 km north of Y", "X, near Y") lying far from the gazetteer's reading of X, each with that relative
    place: the reading is another place of the same name (a small village is seldom in the gazetteer, a
    namesake far away often is), and the relative place says where X is."""
    out: dict[int, PlaceMention] = {}
    for m in mentions:
        if m.kind != "literal" or m.place is None or m.place.lat is None:
            continue
        # a town read from a one-word spelling of a two-word name is a guess: the text's own gloss beats it at any
        # distance
        guess = SPLIT_REASON in m.place.reasons
        for r in mentions:
            if r.kind == "relative" and r.place is not None and r.place.lat is not None \
                    and _glossed_by(text, m, r) and (guess or _far(m, r)):
                out[id(m)] = r
                break
    return out


def _glossed_by(text: str, m: PlaceMention, r: PlaceMention) -> bool:
    """``r`` follows ``m`` as its apposition: a comma and a few lower-case words, or an article's noun phrase."""
    gap = r.start - m.end
    return (0 <= gap <= APPOSITION_GAP_CHARS and APPOSITION_GAP.fullmatch(text, m.end, r.start) is not None) \
        or (0 <= gap <= NOUN_GAP_CHARS and NOUN_GAP.fullmatch(text, m.end, r.start) is not None)


def glosses(text: str, mentions: list[PlaceMention]) -> tuple[list[tuple[int, str, PlaceMention]], frozenset[int]]:
    """``(end of the glossed name, its folded name, the glossing place)`` for each gloss of the document, in
    text order: what the text said the name is, for the rest of it; and the ids of the glossed mentions (their
    own reading yields to the gloss where they stand). The one reading of the document's glosses: an event's
    place asks it rather than reading its sentence's glosses again."""
    found = misread_by_gloss(text, mentions)
    told = sorted(((m.end, norm(m.text), found[id(m)]) for m in mentions if id(m) in found), key=lambda t: t[:2])
    return told, frozenset(found)


def _bare_name(m: PlaceMention, named: list[PlaceMention]) -> str | None:
    """The folded name a literal mention is, or a relative one ("near Kabeya") is read from."""
    if m.kind == "literal":
        return norm(m.text)
    if m.kind == "relative":
        inner = [n for n in named if n.kind == "literal" and m.start <= n.start and n.end == m.end]
        return norm(inner[0].text) if inner else None
    return None


def as_glossed(m: PlaceMention, told: list[tuple[int, str, PlaceMention]], named: list[PlaceMention]) -> PlaceMention:
    """``m`` read by an earlier gloss of the same name ("… Kabeya, a village 30 km north of Nyunzu … near
    Kabeya"): the gloss's place with the larger of the two radii, when the gazetteer's reading lies far from
    it. Otherwise ``m`` itself. ``named``: the document's mentions (to find the name inside "near X")."""
    if m.place is None or m.place.lat is None or m.kind not in {"literal", "relative"}:
        return m
    name = _bare_name(m, named)
    if name is None:
        return m
    for end, glossed, r in reversed(told):
        if end <= m.start and glossed == name and r.end <= m.start and _far(m, r):
            why = f"{m.text}: told earlier as {r.place.name}"
            p = r.place
            radius = max(p.radius_km or 0.0, m.place.radius_km or 0.0) or None
            place = replace(p, name=why, radius_km=radius, reasons=(why,) + tuple(p.reasons))
            return PlaceMention(m.start, m.end, m.text, place, kind="relative", reason=why)
    return m


#: a brief's line label: "- Zolochiv:", "• Izium district:", "3) Kupiansk area:" at the start of a line
_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-–—•*·][ \t]*|\d{1,2}[.)][ \t]*)?$")
_LABEL_AFTER = re.compile(
    r"(?:\s+(?:area|district|region|province|oblast|raion|hromada|territory|county|zone|town|village|city"
    r"|governorate|state|commune|cercle|department|municipality|LGA))?[ \t]*:", re.I)
#: how far back a label's line start is searched (a label is a short line head)
LABEL_CHARS = 80


def is_label(text: str, m: PlaceMention) -> bool:
    """``m`` heads its line as a label: a bullet or the line start before it, a colon after it."""
    return _LABEL_BEFORE.search(text, max(0, m.start - LABEL_CHARS), m.start) is not None \
        and _LABEL_AFTER.match(text, m.end) is not None


def line_label(text: str, labels: list[PlaceMention], pos: int) -> PlaceMention | None:
    """The label of the line holding ``pos`` (a label before ``pos`` with no line break between)."""
    best = None
    for m in labels:
        if m.end <= pos and text.find("\n", m.end, pos) < 0:  # no slice: asked per event for every label
            best = m
    return best


def label_place(m: PlaceMention) -> Place:
    why = f"{m.text}: the label of the event's line"
    return replace(m.place, reasons=(why,) + tuple(m.place.reasons))
