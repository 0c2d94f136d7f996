"""Names set inside a container: "the hamlet of Sinaí, in Argelia", "Koro village in Mopti region", "in Velmora, in
Corrin district", "near Velmora (Corrin district)", "Velmora, a village 20 km from Brisk".

A name the gazetteer holds that resolved far from the container that follows it is read as an area of the
container (the match is a namesake elsewhere); a name it lacks, told with a settlement noun or in a place slot
before its container, is added as such an area: the container's point, a radius of the container's size (or of the
distance told), the precision "area", a reason naming the container.
"""

from __future__ import annotations

import re

from ..geo import distance_km
from ..model import Place, PlaceMention
from .reference import NAME, PART_RADIUS_KM, _first_word, _unarticled, not_a_name

CONTAINED_FAR_KM = 100.0
_IN_AFTER = re.compile(r",?\s+in\s+(?:the\s+)?$")
_CONTAINER_PRECISIONS = frozenset({"town", "district", "area", "region"})
#: an apposition that says where the place lies: "X, a farming community in the municipality of Y", "X, a
#: small village in Y"
_APPOSED_IN_AFTER = re.compile(
    r",\s+an?\s+(?:[a-z]+\s+){0,2}(?:village|hamlet|settlement|locality|town|community|neighbou?rhood|suburb"
    r"|district|quarter)\s+in\s+(?:the\s+)?(?:(?:municipality|district|department|county|province|region|commune"
    r"|township|territory|local\s+government\s+area|prefecture|governorate)\s+of\s+)?$"
)
APPOSED_GAP_CHARS = 80
#: nouns for a small place ("Velmora village", "the hamlet of Velmora"); ``phrases.SETTLEMENT_NOUNS`` is the
#: longer list of settlement slots ("the villages of A and B")
SMALL_PLACE_NOUNS = ("village", "hamlet", "settlement", "locality", "town")
#: a container's own kind word after it ("Corrin West district"): the index may hold only the town part
_CONTAINER_WORD = re.compile(
    r"\s+(?:(?:North|South|East|West|Central|Upper|Lower)\s+)?(?i:district|region|province|state|municipality"
    r"|county|zone|division|department|governorate|prefecture|commune|area|township|territory|lga"
    r"|local\s+government\s+area)\b"
)
_SETTLEMENT = "|".join(SMALL_PLACE_NOUNS)
#: "Velmora village in", "the hamlet of Velmora, in": the name is group "a" or "b"
_UNKNOWN_IN = re.compile(
    r"\b(?:(?P<a>" + NAME + r")\s+(?:" + _SETTLEMENT + r")|(?:the\s+)?(?:" + _SETTLEMENT + r")\s+of\s+(?P<b>"
    + NAME + r"))(?=,?\s+in\s)"
)
#: "in Velmora, in Corrin district", "near Velmora (Corrin district)", "at Velmora, a village in Corrin": an unknown
#: name in a place slot, then its container; the container is checked by ``_container_told``
_UNKNOWN_AT = re.compile(r"\b(?P<prep>in|at|near|outside|around|from)\s+(?P<c>" + NAME + r")(?=,\s|\s\()")
#: ", a village some 20 km from", ", about 40 kilometres from": how far the name lies from the place that follows,
#: no bearing told (a bearing makes it a relative place: ``relative.relative_mentions``)
_DISTANCE_FROM = re.compile(
    r",\s+(?:an?\s+(?:[a-z]+\s+){0,2}(?:village|hamlet|settlement|locality|town|community)\s+)?"
    r"(?:(?:some|about|around|roughly|nearly|almost|just|over|under)\s+)?(?P<n>\d{1,3})\s*"
    r"(?P<unit>km|kilometres?|kilometers?|miles?)\s+(?:away\s+)?from\s+(?:the\s+)?$",
    re.I,
)
KM_PER_MILE = 1.609
#: entity labels that say the name after the preposition is no place ("in Operation Lion, in Corrin district")
_NOT_PLACE_LABELS = frozenset({"ORG", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "DATE", "TIME", "NORP"})
#: words that describe a settlement rather than name it ("Border village in", at a sentence start)
SETTLEMENT_ADJECTIVES = frozenset(
    "border frontier farming fishing mining remote small rural coastal mountain hilltop riverside desert home key"
    " tribal abandoned nomad nomadic".split()
)
#: the container's size when the gazetteer gives none: a town's surroundings, a district, a region
CONTAINER_RADIUS_KM = {"town": 20.0, "area": 20.0, "district": 40.0, "region": 100.0}


def _container_after(text: str, mentions: list[PlaceMention], pos: int) -> PlaceMention | None:
    """The resolved town, district, area or region that follows ``pos`` as ", in X" / "in the X", or in an
    apposition (", a community in the municipality of X")."""
    nxt = next((n for n in mentions if n.start >= pos), None)
    if nxt is None or nxt.kind != "literal" or nxt.place is None or nxt.place.lat is None \
            or nxt.place.precision not in _CONTAINER_PRECISIONS:
        return None
    if not (nxt.start - pos <= 8 and _IN_AFTER.match(text[pos : nxt.start])) \
            and not (nxt.start - pos <= APPOSED_GAP_CHARS and _APPOSED_IN_AFTER.match(text[pos : nxt.start])):
        return None
    if re.match(r"\s*(?:,|\.|;|\s[a-z]|$)", text[nxt.end : nxt.end + 3]) or _CONTAINER_WORD.match(text, nxt.end):
        return nxt
    return None


def _container_told(text: str, mentions: list[PlaceMention], pos: int) -> tuple[PlaceMention | None, float | None]:
    """The container after a name in a place slot, and the distance told from it (km, else None): as
    ``_container_after`` (", in Y", ", a village in Y"), a unit told right after a comma or in brackets
    (", Y district", " (Y district)", " (Y)"), or a town some distance away (", a village 20 km from Y")."""
    c = _container_after(text, mentions, pos)
    if c is not None:
        return c, None
    nxt = next((n for n in mentions if n.start >= pos), None)
    if nxt is None or nxt.kind != "literal" or nxt.place is None or nxt.place.lat is None \
            or nxt.place.precision not in _CONTAINER_PRECISIONS:
        return None, None
    gap = text[pos : nxt.start]
    if gap == ", ":
        # a comma alone also joins list items ("in Velmora, Corrin and Bask"): only a unit word makes it a container
        return (nxt if _CONTAINER_WORD.match(text, nxt.end) else None), None
    if gap == " (":
        word = _CONTAINER_WORD.match(text, nxt.end)
        end = word.end() if word else nxt.end
        return (nxt if text[end : end + 1] == ")" else None), None
    far = _DISTANCE_FROM.fullmatch(gap) if len(gap) <= APPOSED_GAP_CHARS else None
    if far is None:
        return None, None
    km = float(far.group("n")) * (KM_PER_MILE if far.group("unit").lower().startswith("mile") else 1.0)
    return nxt, km


def _unknown_in_slot(text: str, mentions: list[PlaceMention], skip, ents) -> list[tuple]:
    """Unknown names after a locative preposition followed by their container, as (name, start, end, container,
    km told from it or None):
    "in Velmora, in Corrin district", "near Velmora (Corrin district)", "at Velmora, a village in Corrin"."""
    out = []
    for mm in _UNKNOWN_AT.finditer(text):
        (name, start), end = _unarticled(mm.group("c"), mm.start("c")), mm.end("c")
        if not_a_name(name) or _first_word(name) in SETTLEMENT_ADJECTIVES:
            continue
        if any(m.start < end and start < m.end for m in mentions if m.place is not None):
            continue  # a name the index holds: ``inside_named`` judges it
        if any(s < end and start < e for s, e in skip):
            continue
        labels = {lab for s, e, lab in ents if s < end and start < e}
        if labels & _NOT_PLACE_LABELS or (mm.group("prep") == "from" and "PERSON" in labels):
            continue  # "in Operation Lion, ...", "a call from Ali Bello, ...": no place
        c, km = _container_told(text, mentions, end)
        if c is None or (mm.group("prep") == "in" and _in_a_list_of_in(text, _Span(start, end), c)):
            continue
        out.append((name, start, end, c, km))
    return out


class _Span:
    """A start and end, for the checks that read a mention's offsets only."""

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


def _unknown_inside(text: str, mentions: list[PlaceMention], skip: tuple[tuple[int, int], ...],
                    ents: tuple[tuple[int, int, str], ...] = ()) -> list[PlaceMention]:
    """Areas for names the gazetteer lacks told with their container, with a settlement noun ("Velmora village
    in Corrin district", "the hamlet of Velmora, in Corrin") or after a locative preposition ("in Velmora, in
    Corrin district", "near Velmora (Corrin district)"): the container's point, a radius of the container's
    size, the precision "area" (the event is somewhere in the container, not at its town)."""
    found = []
    for mm in _UNKNOWN_IN.finditer(text):
        group = "a" if mm.group("a") else "b"
        (name, start), end = _unarticled(mm.group(group), mm.start(group)), mm.end(group)
        if not_a_name(name) or _first_word(name) in SETTLEMENT_ADJECTIVES:
            continue
        if any(m.place is not None and m.start < end and start < m.end for m in mentions):
            continue  # a name the gazetteer holds: ``inside_named`` judges it
        if any(s < end and start < e for s, e in skip):
            continue  # "Fulani village in": a people, not a place name
        c = _container_after(text, mentions, mm.end())
        if c is not None:
            found.append((name, start, end, c, None))
    taken = [(f[1], f[2]) for f in found]
    found += [f for f in _unknown_in_slot(text, mentions, skip, ents)
              if not any(s < f[2] and f[1] < e for s, e in taken)]
    return [_area_of(text, *f) for f in sorted(found, key=lambda f: f[1])]


def _area_of(text: str, name: str, start: int, end: int, c: PlaceMention, km: float | None) -> PlaceMention:
    """The unknown name as an area of its container: the container's point; a radius of the container's size, or
    of the distance told from it (the place lies anywhere on that circle's edge, so the whole disc is the honest
    area)."""
    cp = c.place
    if km is None:
        radius = max(cp.radius_km or 0.0, CONTAINER_RADIUS_KM.get(cp.precision, PART_RADIUS_KM * 2))
        why = f"{name}: a place in {cp.name}, told with its container (not in the gazetteer)"
        label = f"{name}, {cp.name}"
    else:
        radius = max(km, PART_RADIUS_KM)
        why = f"{name}: {km:g} km from {cp.name}, no bearing told (not in the gazetteer)"
        label = f"{name}, {km:g} km from {cp.name}"
    return PlaceMention(start, end, text[start:end], Place(
        label, cp.lat, cp.lon, cp.country, "area", geonameid=cp.geonameid, admin1=cp.admin1,
        radius_km=radius, reasons=(why,)), kind="literal", reason=why)


_SETTLEMENT_BEFORE = re.compile(r"\b(?:" + _SETTLEMENT + r")\s+of\s+$", re.I)
_SETTLEMENT_AFTER = re.compile(r"\s+(?:" + _SETTLEMENT + r")\b", re.I)


def _told_as_settlement(text: str, m: PlaceMention) -> bool:
    """"the hamlet of Velmora", "Velmora village": the text says the name is a settlement, whatever its namesake."""
    return bool(_SETTLEMENT_BEFORE.search(text[max(0, m.start - 40) : m.start]) or _SETTLEMENT_AFTER.match(text, m.end))


#: "in Hodeidah, in Saada, in Taiz": places told one after another, each with its own "in"
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$", re.I)
_LIST_IN_BEFORE = re.compile(r"(?:,|\band)\s+in\s+(?:the\s+)?$", re.I)
_LIST_IN_AFTER = re.compile(r",?\s+(?:and\s+)?in\s+(?:the\s+)?[A-Z]")


def _in_a_list_of_in(text: str, m: PlaceMention, container: PlaceMention) -> bool:
    """The name and the place after it are items of a list of "in" phrases ("fighting in Hodeidah, in Saada,
    in Taiz"), not a place and its container ("an attack in Tillia, in the Tahoua region")."""
    if not _IN_BEFORE.search(text[max(0, m.start - 12) : m.start]):
        return False
    return bool(_LIST_IN_BEFORE.search(text[max(0, m.start - 14) : m.start])
                or _LIST_IN_AFTER.match(text, container.end))


def inside_named(text: str, mentions: list[PlaceMention], skip: tuple[tuple[int, int], ...] = (),
                 ents: tuple[tuple[int, int, str], ...] = ()) -> list[PlaceMention]:
    """``mentions`` (sorted by start) with each name set inside another ("the hamlet of Sinaí, in
    Argelia", "Koro village in Mopti region") that resolved far from that container read as an area
    of the container: the gazetteer's match is a namesake elsewhere, and the container is the
    best point the text gives. A name the gazetteer lacks, told with a settlement noun before its
    container ("Velmora village in Corrin district"), is added as such an area (``skip``: spans
    that are no place names, e.g. demonyms; ``ents``: the entity spans and labels, (start, end, label))."""
    out = list(mentions)
    for k, m in enumerate(out):
        if m.kind != "literal" or m.place is None or m.place.lat is None:
            continue
        if m.place.precision in ("country", "region") and not _told_as_settlement(text, m):
            continue  # no country or region lies inside a town, district or region: "in Nigeria, in South Kivu" is a list
        nxt = _container_after(text, out[k + 1:], m.end)
        if nxt is None or not re.match(r"\s*(?:,|\.|;|\s[a-z]|$)", text[nxt.end : nxt.end + 3]):
            continue
        if _in_a_list_of_in(text, m, nxt):
            continue
        c = nxt.place
        if m.place.country == c.country and distance_km(m.place.lat, m.place.lon, c.lat, c.lon) <= CONTAINED_FAR_KM:
            continue
        if m.place.country == c.country and c.feature == "A.ADM1" and m.place.admin1 and m.place.admin1 == c.admin1:
            continue  # the gazetteer files the town in that very region, however far from its middle
        radius = max(c.radius_km or 0.0, PART_RADIUS_KM * 2)
        why = f"{m.text}: a place in {c.name} (the namesake the gazetteer holds lies elsewhere)"
        out[k] = PlaceMention(m.start, m.end, m.text, Place(
            m.text, c.lat, c.lon, c.country, "area", admin1=c.admin1, radius_km=radius, reasons=(why,)),
            kind="literal", reason=why)
    new = _unknown_inside(text, out, skip, ents)
    if new:
        spans = [(n.start, n.end) for n in new]
        out = [m for m in out if m.place is not None or not any(s < m.end and m.start < e for s, e in spans)]
        out = sorted(out + new, key=lambda m: m.start)
    return out
