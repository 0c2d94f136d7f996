"""The first-level region (``Place.admin1``) of every resolved place, as a name a user would type.

The index keeps GeoNames codes ("01") on towns and none on facilities (airports, bases, camps) or curated
towns; the resolver names the code it picks, but places built by later rules (the capital, a base near a
town, a road between two towns) carry their source's code. The ``--place`` filter, ``show`` and the web
pages read ``admin1`` as a name, so after resolution:

* a code the index can name becomes that name ("01" in Mali is "Bamako");
* a code it cannot name is dropped: a bare number finds nothing and tells a reader nothing;
* a facility or town without one takes the region of the nearest indexed town of its country within
  ``REGION_TOWN_KM`` (a base or a camp lies in or beside the town it is named after).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import PlaceMention
from ..regionname import is_code  # GeoNames and ISO 3166-2 codes: never a region's name

#: how far the nearest town of the same country may lie from a facility or town for its region to be taken
REGION_TOWN_KM = 50.0

#: precisions that lie inside one region: wider places (areas, regions, countries) are not given one
_POINTLIKE = {"facility", "town"}


def named_regions(mentions: list[PlaceMention], gaz) -> list[PlaceMention]:
    """``mentions`` with each place's ``admin1`` a region name or None (see the module's rules)."""
    name_of = getattr(gaz, "admin1_name", None)
    near = getattr(gaz, "near", None)
    if name_of is None:
        return mentions
    nearest: dict[tuple, str | None] = {}
    out = []
    for m in mentions:
        p = m.place
        if p is None:
            out.append(m)
            continue
        admin1 = p.admin1
        if admin1:
            admin1 = name_of(p.country, admin1) or (None if is_code(admin1) else admin1)
        elif p.precision in _POINTLIKE and p.country and p.lat is not None and near is not None:
            key = (p.country, p.lat, p.lon)
            if key not in nearest:
                nearest[key] = _nearest_town_region(near, name_of, p.country, p.lat, p.lon)
            admin1 = nearest[key]
        out.append(m if admin1 == p.admin1 else replace(m, place=replace(p, admin1=admin1)))
    return out


def _nearest_town_region(near, name_of, country: str, lat: float, lon: float) -> str | None:
    for c in near(lat, lon, REGION_TOWN_KM, feature_prefix="P."):
        if c.country == country and c.admin1:
            return name_of(country, c.admin1)
    return None
