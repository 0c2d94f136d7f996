"""The sentence after an event's, when the event's own sentence places it only in a wide place (a region, a
district, a country): does it go on about the event ("The strike hit …"), which of its places are only where people
were headed, and which lie inside the wide place. Text and points alone; ``locate._finer_next`` applies them."""

from __future__ import annotations

import re

from ..geo import distance_km
from ..model import Place, PlaceMention

#: a sentence that goes on about the event the sentence before told: "The strike hit …", "The blast tore through …"
#: (one modifier allowed: "The drone strike", "The car bomb")
_SAME_EVENT_OPENING = re.compile(
    r"\s*(?:The|This|That)\s+(?:[a-z-]+\s+)?(?:strike|airstrike|attack|blast|explosion|bombing|bomb|raid|ambush"
    r"|shelling|assault|bombardment|shooting)s?\b")
#: the far end of a movement: "waiting to leave X for Y", "fled to Y"
_DESTINATION_BEFORE = re.compile(r"\b(?:for|to|towards?|into)\s+(?:the\s+)?$", re.I)
#: how far from a wider place a town may lie and still be in it, when the wider place has no radius of its own
WIDER_RADIUS_KM = 300.0


def goes_on_about_event(text: str, start: int) -> bool:
    """The sentence starting at ``start`` opens with the event itself as its subject ("The strike hit …")."""
    return _SAME_EVENT_OPENING.match(text, start) is not None


def destination(text: str, m: PlaceMention) -> bool:
    """``m`` is where people or vehicles were headed, not where they were ("leave X for Y", "fled to Y")."""
    return _DESTINATION_BEFORE.search(text, max(0, m.start - 12), m.start) is not None


def within(wider: Place, m: PlaceMention) -> bool:
    """``m``'s place lies inside ``wider`` as far as points and radii tell: same country, within its radius. A
    wider place with no point (a border area) tells nothing of that: no."""
    p = m.place
    if wider.country and p.country and wider.country != p.country:
        return False
    if wider.precision == "country":
        return wider.country is not None and wider.country == p.country
    if wider.lat is None or wider.lon is None:
        return False
    return distance_km(wider.lat, wider.lon, p.lat, p.lon) <= (wider.radius_km or WIDER_RADIUS_KM)
