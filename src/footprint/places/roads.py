"""Roads told by the two towns they join: "on the Kessa-Naro road", "on the road between Kessa and Naro".

Such a phrase becomes a ``kind="relative"`` area: the midpoint of the two towns, radius half their distance
(at least 10 km), the reason saying so. It covers the two names, so the event location takes the road, not
one of its ends (a relative place replaces the bare names inside it). Made only when both towns resolved and
lie at most ``MAX_ROAD_KM`` apart; a road told by one town ("the road to Naro") names a direction, not a
stretch, and is left alone.

"The road between Kessa and Naro" with only one end resolved still says the other is a place on that road
(``road_ends``): it becomes an area at the known end, radius ``ROAD_END_RADIUS_KM``, no town of its own.
"""

from __future__ import annotations

import math
import re

from ..model import Place, PlaceMention
from ..geo import distance_km
from .routes import ROAD_NOUNS as _ROADS
from .reference import NAME, _town_mentions, not_a_name

MAX_ROAD_KM = 500.0
#: the road nouns the recognizer splits "X-Y" before (``routes.ROAD_NOUNS``), a dirt "track", and "trunk road",
#: "main road", "supply route" spelled out; the recognizer keeps "X-Y track" whole ("track" also means a race or rail
#: track), so "track" is only drawn here, between two names read apart already
ROAD_NOUNS = r"(?:" + "|".join(_ROADS) + r"|track|trunk\s+road|main\s+road|supply\s+route)"
#: an adjective a road may carry after "the" ("the main road")
_ROAD_ADJ = r"(?:(?:main|busy|key|strategic|paved|national|old|new|vital)\s+)?"
#: "the Kessa-Naro road": a dash between the names, the road noun after the second
_DASH = re.compile(r"\s?[-–—]\s?")
_AFTER_DASH = re.compile(r"\s+" + ROAD_NOUNS + r"\b", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+" + _ROAD_ADJ + r"$", re.I)
#: "the road between Kessa and", "the highway linking Kessa with", "the route from Kessa to"
_NOUN_BEFORE = re.compile(
    r"\bthe\s+" + _ROAD_ADJ + ROAD_NOUNS
    + r"\s+(?:(?:that|which)\s+(?:links|connects|joins|runs\s+from)\s+|linking\s+|connecting\s+|joining\s+|between\s+|from\s+)$",
    re.I,
)
_JOIN = re.compile(r"\s+(?:and|to|with)\s+$", re.I)
#: "the road between Kessa and Naro", the names whole (a name stops at lower-case words and punctuation)
_BETWEEN = re.compile(r"\b(?i:the)\s+" + _ROAD_ADJ + ROAD_NOUNS + r"\s+between\s+(?P<x>" + NAME + r")\s+and\s+(?P<y>"
                      + NAME + r")(?![\w'’-])")
#: how far from the known end the other end of such a road may lie (most such roads in the news are short)
ROAD_END_RADIUS_KM = 60.0


def _midpoint(lat1: float, lon1: float, lat2: float, lon2: float) -> tuple[float, float]:
    p1, p2, l1 = math.radians(lat1), math.radians(lat2), math.radians(lon1)
    dl = math.radians(lon2 - lon1)
    bx, by = math.cos(p2) * math.cos(dl), math.cos(p2) * math.sin(dl)
    lat = math.atan2(math.sin(p1) + math.sin(p2), math.sqrt((math.cos(p1) + bx) ** 2 + by ** 2))
    lon = l1 + math.atan2(by, math.cos(p1) + bx)
    return round(math.degrees(lat), 5), round((math.degrees(lon) + 540) % 360 - 180, 5)


def road_mentions(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Relative areas for roads between two resolved towns of ``mentions`` (sorted by start)."""
    towns = _town_mentions(mentions)
    out = []
    for a, b in zip(towns, towns[1:]):
        gap = text[a.end : b.start]
        if _DASH.fullmatch(gap):
            tail = _AFTER_DASH.match(text, b.end)
            if tail is None:
                continue
            before = text[max(0, a.start - 30) : a.start]
            the = _THE_BEFORE.search(before)
            start, end = (a.start - (len(before) - the.start()) if the else a.start), tail.end()
        elif _JOIN.fullmatch(gap):
            before = text[max(0, a.start - 60) : a.start]
            noun = _NOUN_BEFORE.search(before)
            if noun is None:
                continue
            start, end = a.start - (len(before) - noun.start()), b.end
        else:
            continue
        pa, pb = a.place, b.place
        km = distance_km(pa.lat, pa.lon, pb.lat, pb.lon)
        if not 0 < km <= MAX_ROAD_KM:
            continue
        lat, lon = _midpoint(pa.lat, pa.lon, pb.lat, pb.lon)
        radius = max(10.0, round(km / 2, 1))
        why = f"the road between {pa.name} and {pb.name}: their midpoint, radius half their distance ({km:.0f} km)"
        # a road across a border is told from its first town's side
        place = Place(f"{pa.name}-{pb.name} road", lat, lon, pa.country, "area",
                      admin1=pa.admin1 if pa.admin1 == pb.admin1 else None, radius_km=radius, reasons=(why,))
        out.append(PlaceMention(start, end, text[start:end], place, kind="relative", reason=why))
    return out


def road_ends(text: str, mentions: list[PlaceMention], skip: tuple[tuple[int, int], ...] = ()) -> list[PlaceMention]:
    """``mentions`` (sorted by start) with the unresolved end of "the road between X and Y" placed at the other,
    a resolved town (``skip``: spans that are no place names, e.g. people and registry actors)."""
    towns = _town_mentions(mentions)
    added = []
    for mm in _BETWEEN.finditer(text):
        ends = [(mm.start("x"), mm.end("x")), (mm.start("y"), mm.end("y"))]
        held = [[m for m in mentions if m.start < e and s < m.end] for s, e in ends]
        known = [next((t for t in towns if (t.start, t.end) == span), None) for span in ends]
        for k in (0, 1):
            other = known[1 - k]
            s, e = ends[k]
            if other is None or held[k] or not_a_name(text[s:e]) or any(a < e and s < b for a, b in skip):
                continue
            p = other.place
            why = f"{text[s:e]}: on the road between it and {p.name}, not in the gazetteer; placed at {p.name}"
            place = Place(text[s:e], p.lat, p.lon, p.country, "area", admin1=p.admin1,
                          radius_km=ROAD_END_RADIUS_KM, reasons=(why,))
            added.append(PlaceMention(s, e, text[s:e], place, kind="literal", reason=why))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions
