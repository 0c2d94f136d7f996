"""Relative places and facility phrases, measured from the places the text names.

Relative places become ``kind="relative"`` mentions with an area, never a
false point:

* "30 km north of Gao": the point 30 km north of Gao, radius a third of the distance (≥ 10 km);
* "north of Gao", "outside Gao", "near Gao": Gao, radius 25–50 km;
* "northern Mali": a point pushed from the country's point toward that side, radius from the country's size;
* "near the border with Niger": an area without a point (the border line is not in the gazetteer),
  country = the document's focus country.

Facility phrases ("the base at Bamako", "Bamako's airport", "the airport in
Gao") become ``kind="nominal"`` mentions resolved to a facility near the town:
first one the document already named, else the only one of that type within
40 km; when it stays ambiguous, none is made and the town stands.
"""

from __future__ import annotations

import re

from ..model import Place, PlaceMention
from ..geo import BEARINGS, offset

_NUM = r"(\d+(?:[.,]\d+)?)"
#: distance units and their length in km; ``UNIT_WORDS`` is the same list as a regex alternation
UNITS = {"km": 1.0, "kms": 1.0, "kilometres": 1.0, "kilometers": 1.0, "kilometre": 1.0, "kilometer": 1.0,
         "mi": 1.609, "mile": 1.609, "miles": 1.609}
UNIT_WORDS = "km|kms|kilometres|kilometers|kilometre|kilometer|mi|miles|mile"
_DIR = r"(north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
DIST_RE = re.compile(_NUM + r"\s*-?\s*(" + UNIT_WORDS + r")\s+(?:to\s+the\s+)?" + _DIR + r"\s+of\s+$", re.I)
DIR_RE = re.compile(r"\b" + _DIR + r"\s+of\s+$", re.I)
NEAR_RE = re.compile(r"\b(near|outside|around|on the outskirts of|in the outskirts of|close to|in the vicinity of|on the road to)\s+$", re.I)
SIDE_RE = re.compile(r"\b(north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+$", re.I)
BORDER_RE = re.compile(r"\b(?:near|along|on|at|close to|across|towards?|to|from)\s+the\s+border\s+(?:with|of)\s+$", re.I)

FACILITY_WORDS = {
    "airport": ("AIRPORT", "AIRP", "AIRBASE", "AIRFIELD"), "airfield": ("AIRFIELD", "AIRPORT", "AIRP", "AIRBASE"),
    "airstrip": ("AIRFIELD", "AIRPORT", "AIRP"), "air base": ("AIRBASE", "AIRPORT", "AIRFIELD"),
    "airbase": ("AIRBASE", "AIRPORT", "AIRFIELD"), "base": ("BASE", "AIRBASE", "CAMP", "NAVAL_BASE"),
    "camp": ("CAMP", "BASE"), "barracks": ("CAMP", "BASE"), "garrison": ("BASE", "CAMP"),
    "naval base": ("NAVAL_BASE",), "port": ("NAVAL_BASE",),
}
_FW = "|".join(sorted((re.escape(k) for k in FACILITY_WORDS), key=len, reverse=True))
FAC_BEFORE_RE = re.compile(r"\b(" + _FW + r")\b[^.;!?\n]{0,40}?\b(?:in|at|near|outside|of)\s+$", re.I)
FAC_AFTER_RE = re.compile(r"^(?:['’]s)?\s+(?:(?:international|military|main|new|old)\s+)?(" + _FW + r")\b", re.I)

#: "north of X" with no distance: a point this far that way (most often a place next to X: 25 km fell at the edge
#: of X's own reach), and a radius that covers X's point too
NO_DISTANCE_OFFSET_KM = 12.0
NO_DISTANCE_RADIUS_KM = 50.0


def relative_mentions(text: str, mentions: list[PlaceMention], focus: dict[str, float]) -> list[PlaceMention]:
    out = []
    for m in mentions:
        if m.kind != "literal" or m.place is None or m.place.lat is None:
            continue
        before = text[max(0, m.start - 60) : m.start]
        p = m.place
        mm = DIST_RE.search(before)
        if mm:
            km = float(mm.group(1).replace(",", ".")) * UNITS[mm.group(2).lower()]
            if 0 < km <= 1000:
                lat, lon = offset(p.lat, p.lon, km, BEARINGS[mm.group(3).lower().replace("-", "")] if mm.group(3).lower().replace("-", "") in BEARINGS else BEARINGS[mm.group(3).lower()])
                out.append(_rel(m, before, mm, p, lat, lon, max(10.0, round(km / 3, 1)), f"{km:g} km {mm.group(3).lower()} of {p.name}"))
                continue
        if BORDER_RE.search(before) and p.precision == "country":
            mm = BORDER_RE.search(before)
            home = max(focus, key=focus.get) if focus else None
            country = home if home and home != p.country else p.country
            place = Place(f"border area with {p.name}", None, None, country, "area", radius_km=None,
                          reasons=(f"near the border with {p.name}; no border line in the gazetteer",))
            out.append(PlaceMention(m.start - (len(before) - mm.start()), m.end, text[m.start - (len(before) - mm.start()) : m.end], place, kind="relative", reason=place.reasons[0]))
            continue
        mm = DIR_RE.search(before)
        if mm and p.precision in {"town", "facility", "district"}:
            # no distance: a guess of the usual distance that way (the places reports mean lie 20-60 km off), with
            # a radius that reaches back over X itself; X's own point lost three dev events (docs/places.md)
            bearing = BEARINGS.get(mm.group(1).lower().replace("-", ""), BEARINGS.get(mm.group(1).lower()))
            lat, lon = offset(p.lat, p.lon, NO_DISTANCE_OFFSET_KM, bearing)
            out.append(_rel(m, before, mm, p, lat, lon, NO_DISTANCE_RADIUS_KM,
                            f"{mm.group(1).lower()} of {p.name}, distance not given"))
            continue
        mm = NEAR_RE.search(before)
        if mm and p.precision in {"town", "facility", "district"}:
            out.append(_rel(m, before, mm, p, p.lat, p.lon, 25.0, f"{mm.group(1).lower()} {p.name}"))
            continue
        mm = SIDE_RE.search(before)
        if mm and p.precision in {"country", "region"} and p.radius_km:
            side = mm.group(1).lower().replace("-", "")
            r = p.radius_km
            if side == "central":
                lat, lon, rad = p.lat, p.lon, round(r * 0.6, 1)
            else:
                lat, lon = offset(p.lat, p.lon, r * 0.6, BEARINGS[side])
                rad = round(r * 0.7, 1)
            out.append(_rel(m, before, mm, p, lat, lon, rad, f"{mm.group(0).strip().lower()} part of {p.name}"))
    return out


def _rel(m: PlaceMention, before: str, mm, p: Place, lat, lon, radius, why: str) -> PlaceMention:
    start = m.start - (len(before) - mm.start())
    place = Place(why, lat, lon, p.country, "area", geonameid=p.geonameid, facility_id=p.facility_id,
                  admin1=p.admin1, feature=p.feature, radius_km=radius, reasons=(why,) + tuple(p.reasons))
    return PlaceMention(start, m.end, before[mm.start():] + m.text, place, kind="relative", reason=why)


def facility_mentions(text: str, mentions: list[PlaceMention], gaz) -> list[PlaceMention]:
    """"the base at Bamako", "Bamako's airport": a facility of that kind near the town."""
    from .resolve import to_place

    named = [m.place for m in mentions if m.place is not None and m.place.precision == "facility" and m.kind == "literal"]
    out = []
    for m in mentions:
        p = m.place
        if m.kind != "literal" or p is None or p.precision != "town" or p.lat is None:
            continue
        before = text[max(0, m.start - 60) : m.start]
        after = text[m.end : m.end + 30]
        word, start, end = None, m.start, m.end
        mm = FAC_AFTER_RE.match(after)
        if mm:
            word, end = mm.group(1).lower(), m.end + mm.end()
        elif not re.match(r"['’]s\b", after):  # "base at Bamako's X airport": X is the facility
            mm = FAC_BEFORE_RE.search(before)
            if mm:
                word, start = mm.group(1).lower(), m.start - (len(before) - mm.start())
        if word is None:
            continue
        types = FACILITY_WORDS[word]
        from ..geo import distance_km

        def fits(fp: Place | None, feature: str | None) -> bool:
            return bool(feature) and feature.split(".", 1)[-1] in types

        pick, why = None, ""
        for fp in named:
            if fits(fp, fp.feature) and distance_km(p.lat, p.lon, fp.lat, fp.lon) <= 40:
                pick, why = fp, f"the {word} near {p.name} named earlier in the text"
                break
        if pick is None and gaz is not None:
            near = [c for c in gaz.near(p.lat, p.lon, 40.0) if fits(None, c.feature)]
            curated = [c for c in near if c.source != "airportsdata"] or near
            kinds = {c.feature for c in curated}
            best_type = next((t for t in types if f"S.{t}" in kinds), None)
            same = [c for c in curated if c.feature == f"S.{best_type}"]
            # same coordinates (an air base and its airport) count as one site
            sites = {(round(c.lat, 2), round(c.lon, 2)) for c in same}
            if len(sites) == 1:
                pick = to_place(same[0], (f"the only {word} listed within 40 km of {p.name}",))
                why = pick.reasons[0]
        if pick is None:
            continue
        out.append(PlaceMention(start, end, text[start:end], pick, kind="nominal", reason=why))
    return out
