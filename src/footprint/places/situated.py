"""Places the text situates itself: "Naro, the seat of the district, lies about 40 km west of Kessa".

A sentence that opens with a name and says where it lies ("X lies/is/sits (located/situated) N km <bearing> of
Y", an apposition allowed after X) gives X a place even when the gazetteer lacks it or the small model takes it
for an organisation:

* a candidate of the gazetteer named X within ``CONFIRM_KM`` (or half the distance, if larger) of the point
  N km from Y is X (the text confirms the namesake);
* otherwise X is an area at that point, radius a third of the distance (at least 10 km), like any
  "N km west of Y"; its feature is a populated place (``P.PPL``), so "the town" in a later sentence can
  point back at it (``reference``).

An apposition that says what X is ("X, a town 60 km north of Y", "attacked X, a refugee camp about 6 km south
of Y") does the same wherever X stands, even when the parser took X for a person, but only for a name nothing
else read: a far reading of X is the gloss's to mend (``told``).

A name the gazetteer resolved close to that point stays as it is; one it resolved far away (a namesake in
another country) is replaced. Nothing is made for a stop word or generic word ("The convoy is 40 km ..."),
a people or person the parser tagged, or a registry actor.
"""

from __future__ import annotations

import re

from ..model import Place, PlaceMention
from .gazetteer import norm
from ..geo import BEARINGS, distance_km, offset
from .relative import UNIT_WORDS, UNITS
from .match import _Overlaps
from .reference import NAME, not_a_name
from .resolve import to_place

CONFIRM_KM = 25.0
#: "X[, the seat of ...,] lies about 40 km west of " up to where Y starts
_SITUATED = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The\s+(?:town|village|city|settlement|hamlet|locality)\s+of\s+)?"
    r"(?P<x>" + NAME + r")(?:\s*,[^.;!?\n]{1,150}?,)?\s+"
    r"(?:lies|lay|is|was|sits|sat|stands|stood)\s+(?:(?:located|situated)\s+)?"
    r"(?:(?:about|some|around|roughly|approximately|nearly|almost|just|only|over|under|more\s+than|less\s+than)\s+)?"
    r"(?P<km>\d+(?:[.,]\d+)?)\s*-?\s*(?P<unit>" + UNIT_WORDS + r")\s+"
    r"(?:to\s+the\s+)?(?P<dir>(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+(?:the\s+(?:town|city)\s+of\s+)?$"
)
#: "in the farming town of X, about 40 km west of ", "near X, 40 km west of ": X in apposition after a place phrase
_APPOSED = re.compile(
    r"(?:\b(?:in|at|near|outside|around|into)\s+|\b(?:town|village|city|settlement|hamlet|locality)\s+of\s+)"
    r"(?P<x>" + NAME + r")\s*,\s+"
    r"(?:(?:about|some|around|roughly|approximately|nearly|almost|just|only|over|under|more\s+than|less\s+than)\s+)?"
    r"(?P<km>\d+(?:[.,]\d+)?)\s*-?\s*(?P<unit>" + UNIT_WORDS + r")\s+"
    r"(?:to\s+the\s+)?(?P<dir>(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+(?:the\s+(?:town|city)\s+of\s+)?$"
)
#: "Naro, a town 60 km north of ", "attacked Naro, a refugee camp about 6 km south of ": the apposition names
#: what X is, so the text vouches for X as a place even where the parser took it for a person
_TYPED = re.compile(
    r"(?<![\w'’-])(?P<x>" + NAME + r")\s*,\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:town|village|city|settlement|hamlet|locality|camp|site|commune)\s+(?:of\s+[^,.;!?\n]{1,40}?\s+)?"
    r"(?:(?:about|some|around|roughly|approximately|nearly|almost|just|only|over|under|more\s+than|less\s+than)\s+)?"
    r"(?P<km>\d+(?:[.,]\d+)?)\s*-?\s*(?P<unit>" + UNIT_WORDS + r")\s+"
    r"(?:to\s+the\s+)?(?P<dir>(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+(?:the\s+(?:town|city)\s+of\s+)?$"
)
_LOOK_BACK = 260


def situated(text: str, mentions: list[PlaceMention], gaz=None, skip: tuple[tuple[int, int], ...] = (),
             actors: tuple[tuple[int, int], ...] | None = None) -> list[PlaceMention]:
    """``mentions`` (sorted by start) with each name that its sentence situates by distance and bearing from a
    resolved town placed there (``skip``: spans that are no place names, e.g. people and persons). Its other
    mentions take that place too, but inside ``actors`` (named groups; ``skip`` when not given): the parser's
    guess that a repeated unknown name is a people ("the Sabiid base" as NORP) is weaker than the text's own
    statement of where the name lies."""
    out = list(mentions)
    for y in mentions:
        p = y.place
        if y.kind != "literal" or p is None or p.lat is None or p.precision not in {"town", "facility", "district"}:
            continue
        lo = max(0, y.start - _LOOK_BACK)
        mm = _SITUATED.search(text[lo : y.start]) or _TYPED.search(text[lo : y.start])
        typed = mm is not None and mm.re is _TYPED
        apposed = mm is None
        if apposed:
            mm = _APPOSED.search(text[lo : y.start])
        if mm is None:
            continue
        name, start, end = mm.group("x"), lo + mm.start("x"), lo + mm.end("x")
        if not_a_name(name) or (not typed and any(s < end and start < e for s, e in skip)):
            continue
        if typed and actors is not None and any(s < end and start < e for s, e in actors):
            continue  # a named group stays a group, whatever follows it
        km = float(mm.group("km").replace(",", ".")) * UNITS[mm.group("unit").lower()]
        if not 0 < km <= 1000:
            continue
        side = mm.group("dir").lower()
        lat, lon = offset(p.lat, p.lon, km, BEARINGS[side])
        tolerance = max(CONFIRM_KM, km / 2)
        said = f"{km:g} km {side} of {p.name}"
        own = [m for m in out if m.start < end and start < m.end]
        held = next((m for m in own if m.place is not None and m.place.lat is not None), None)
        if apposed and held is not None:
            continue  # an apposed distance is loose ("in Gao, 300 km from ..."): a name the gazetteer placed stands
        if typed and own:
            continue  # a name read already: a far reading is the gloss's to mend, for every later mention (``told``)
        if held is not None and distance_km(held.place.lat, held.place.lon, lat, lon) <= tolerance:
            continue  # the gazetteer's reading agrees with the text
        if held is not None and held.place.precision in {"country", "region"}:
            continue  # "Mali lies 300 km north of ...": a country or region is not situated by a point
        place = None
        if gaz is not None and hasattr(gaz, "lookup"):
            key = norm(name)
            cands = [c for c in gaz.lookup([key]).get(key, ())
                     if c.lat is not None and (c.feature or "").startswith("P.")
                     and distance_km(c.lat, c.lon, lat, lon) <= tolerance]
            if cands:
                best = min(cands, key=lambda c: distance_km(c.lat, c.lon, lat, lon))
                why = f"{name}: the {best.name} that lies {said}, as the text says"
                place = to_place(best, (why,))
        if place is None:
            why = f"{name}: {said}, as the text situates it (not in the gazetteer there)"
            place = Place(name, lat, lon, p.country, "area", admin1=p.admin1, feature="P.PPL",
                          radius_km=max(10.0, round(km / 3, 1)), reasons=(why,))
        out = [m for m in out if m not in own]
        out.append(PlaceMention(start, end, text[start:end], place, kind="literal", reason=why))
        if place.precision == "area":
            out = _repeated(text, out, name, start, place, skip if actors is None else actors)
    return sorted(out, key=lambda m: m.start)


def _repeated(text: str, out: list[PlaceMention], name: str, first: int, place: Place,
              skip: tuple[tuple[int, int], ...]) -> list[PlaceMention]:
    """``out`` with the other mentions of a name the text situated and the gazetteer lacks ("Sabiid has changed
    hands", "near Sabiid") placed as the text said: the small model rarely finds an unknown name twice."""
    # the repeats never overlap one another, so the places held before them are all a repeat can meet; each
    # test is a bisection (a text repeating the name thousands of times was quadratic: 100 KB took 3.4 s)
    held = _Overlaps([m for m in out if m.place is not None])
    added = []
    for mm in re.finditer(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])", text):
        s, e = mm.start(), mm.end()
        if s == first or any(a < e and s < b for a, b in skip):
            continue
        if held.overlapping(s, e):
            continue  # a longer name or another place holds these words
        added.append(PlaceMention(s, e, name, place, kind="literal", reason=f"{name}: as situated before"))
    if not added:
        return out
    repeats = _Overlaps(added)
    return [m for m in out if not repeats.overlapping(m.start, m.end)] + added
