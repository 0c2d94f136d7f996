"""Great-circle distance and offsets on a sphere (km)."""

from __future__ import annotations

import math

EARTH_KM = 6371.0088

#: compass words to bearings in degrees
BEARINGS = {
    "north": 0.0, "northeast": 45.0, "north-east": 45.0, "east": 90.0, "southeast": 135.0,
    "south-east": 135.0, "south": 180.0, "southwest": 225.0, "south-west": 225.0, "west": 270.0,
    "northwest": 315.0, "north-west": 315.0,
}


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def offset(lat: float, lon: float, km: float, bearing_deg: float) -> tuple[float, float]:
    """The point ``km`` away from (lat, lon) on the given bearing."""
    d = km / EARTH_KM
    b = math.radians(bearing_deg)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 5), round((math.degrees(l2) + 540) % 360 - 180, 5)
