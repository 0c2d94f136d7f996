"""Places told without their name: "the town", "the Libyan capital", "the Abu Salim district".

Each becomes a ``kind="nominal"`` mention that the event location can take like a name:

* a definite place noun with no name of its own ("the town", "the coastal village", "the port town",
  "the provincial capital") is the town named last before it, in its own paragraph or the one before;
* "the capital", "the Libyan capital", "Mali's capital" is that country's national capital (the
  document's country when no other is said);
* a name the gazetteer lacks followed by a part-of-town word ("the Abu Salim district", "Martyrs'
  Square", "the Souq al-Juma area") is an area of the report's town: the town named last in the same
  paragraph, else the dateline town ("TRIPOLI, May 15 —");
* "the district" after such a part of town is that part again.

Nothing is made for a reference point ("west of the capital", "20 km from the town"), for a noun
whose name follows ("the town of Gao" names it), or for a noun that points elsewhere ("the next
village", "the neighbouring town"): a wrong antecedent is worse than the country.
"""

from __future__ import annotations

import bisect
import re

from spacy.lang.en.stop_words import STOP_WORDS

from ..dateline import governing, opening
from ..model import Place, PlaceMention
from ..paragraphs import PARAGRAPH_BREAK
from .gazetteer import norm
from ..geo import distance_km
from .relative import relative_mentions
from .recognize import GENERIC
from .resolve import to_place

#: nouns that stand for a town told before
TOWN_NOUNS = ("town", "city", "village", "capital", "district", "neighbourhood", "neighborhood", "quarter")
#: adjectives that make the noun another place than the one told before
OTHER = frozenset(
    """next other another neighbouring neighboring nearby nearest rival twin new each every first second third
    same-named whole entire""".split()
)
#: adjectives that make "capital" a town's title, not the nation's ("the provincial capital")
LOCAL_CAPITAL = frozenset("regional provincial state district county departmental local".split())
#: those that make it a first-level region's seat
REGION_CAPITAL = frozenset("regional provincial state".split())
#: words after a name that make it a part of a town
PART_WORDS = ("district", "neighbourhood", "neighborhood", "quarter", "area", "suburb", "township", "square",
              "street", "avenue", "market")

_DEFINITE = re.compile(
    r"\bthe\s+((?:[a-z][a-z-]*\s+){0,2}?)(" + "|".join(TOWN_NOUNS) + r")\b(?!['’-]\w)", re.I
)
_POSSESSED_CAPITAL = re.compile(r"([A-Z][\w.-]*)['’]s\s+capital\b")
#: "west of the", "20 km from the", "miles outside the": the noun is where a distance is measured from
_REFERENCE_POINT = re.compile(
    r"(?:\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|\bkm|kilometres?|kilometers?|miles?|metres?)"
    r"\s+(?:\w+\s+)?(?:of|from)\s+$",
    re.I,
)
#: a capitalised name of up to four words, an Arabic or French article allowed between them
NAME = r"[A-Z][\w'’-]*(?:\s+(?:(?:al|el|ad|as|ar|an|ash|de|du|la|le)[-\s])?[A-Z][\w'’-]*){0,3}"
_PART = re.compile(r"(" + NAME + r")\s+((?i:" + "|".join(PART_WORDS) + r"))\b(?!\s+of\b)")
#: "the Kessa camp", "Kessa IDP site", "the Kessa displacement camp": a camp the gazetteer has no point for
_CAMP = re.compile(r"(" + NAME + r")\s+((?i:(?:(?:IDP|displacement|refugee|displaced\s+persons?)\s+)?camp"
                   r"|(?:IDP|displacement|refugee)\s+site))\b(?!\s+of\b)")

PART_RADIUS_KM = 10.0
#: camps stand at a town's edge or a few kilometres out (those around Sahel and Darfur towns lie 2-15 km away):
#: the town's point is right within this, not within a town part's 10 km
CAMP_RADIUS_KM = 20.0


def _break_spans(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the text's paragraph breaks, in order; one list per text however many references ask."""
    last = _BREAKS.get("last")  # one (text, spans) pair: a reader on another thread sees a whole pair
    if last is None or last[0] is not text:
        found = list(PARAGRAPH_BREAK.finditer(text))
        last = (text, ([m.start() for m in found], [m.end() for m in found]))
        _BREAKS["last"] = last
    return last[1]


_BREAKS: dict[str, tuple[str, tuple[list[int], list[int]]]] = {}


def _inside_blank(text: str, i: int) -> bool:
    return 0 < i < len(text) and text[i - 1].isspace() and text[i].isspace()


def _paragraphs_between(text: str, a: int, b: int, most: int | None = None) -> int:
    """Paragraph breaks in ``text[a:b]``; with ``most``, at most ``most + 1`` (all a caller asks is whether there
    are more). A break is one run of blanks holding two line ends, so when neither bound falls inside such a run
    the breaks of ``text[a:b]`` are the text's own breaks that lie within it, found by halving; a bound inside a
    run (never a mention's edge) reads the slice itself."""
    if _inside_blank(text, a) or _inside_blank(text, b):
        n = 0
        for _ in PARAGRAPH_BREAK.finditer(text, a, b):
            n += 1
            if most is not None and n > most:
                break
        return n
    starts, ends = _break_spans(text)
    n = max(0, bisect.bisect_right(ends, b) - bisect.bisect_left(starts, a))
    return n if most is None else min(n, most + 1)


def _within(text: str, found: list[PlaceMention], pos: int, paragraphs: int) -> list[PlaceMention]:
    """The mentions of ``found`` (in text order) that end before ``pos`` with at most ``paragraphs`` breaks
    between. The breaks only grow the further back a mention ends, so once one is too far every mention ending
    no later is too: a long report costs the nearby mentions, not every mention per reference."""
    out: list[PlaceMention] = []
    too_far = -1
    for m in reversed(found):
        if m.end > pos or m.end <= too_far:
            continue
        if _paragraphs_between(text, m.end, pos, paragraphs) > paragraphs:
            too_far = max(too_far, m.end)
            continue
        out.append(m)
    out.reverse()
    return out


def _town_mentions(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Towns named in the text; a populated place the text itself situates ("X lies 40 km west of Y",
    ``situated``) is one though the gazetteer lacks it."""
    return [m for m in mentions if m.kind == "literal" and m.place is not None and m.place.lat is not None
            and (m.place.precision == "town" or m.place.precision == "area" and m.place.feature == "P.PPL")]


def _landmark(text: str, m: PlaceMention) -> bool:
    """A town named only as the point a distance or bearing is measured from ("45 km south-east of
    Debre Markos", "north of Gao"): the report is about the other place, not this one."""
    return _measured_from(text, m.start)


def _measured_from(text: str, pos: int) -> bool:
    """What starts at ``pos`` is the point a bearing or distance is measured from ("west of", "20 km from")."""
    return bool(_REFERENCE_POINT.search(text[max(0, pos - 40) : pos]))


def _last_town(text: str, towns: list[PlaceMention], pos: int, paragraphs: int) -> PlaceMention | None:
    before = _within(text, towns, pos, paragraphs)
    if not before:
        return None
    # "X, 45 km east of Y ... the town" is X: a landmark yields to a town named before it in its sentence
    m = before[-1]
    for k in range(len(before) - 1, 0, -1):
        if not _landmark(text, before[k]) or _SENTENCE_END.search(text, before[k - 1].end, before[k].start):
            break
        if not _landmark(text, before[k - 1]):
            return before[k - 1]
    return m


def _measured_area(text: str, towns: list[PlaceMention], relative: list[PlaceMention], pos: int) -> PlaceMention | None:
    """"Hoshab, a town 80 km east of Turbat, ... retook the town": the last town told before is only the point a
    place the gazetteer lacks is measured from, and no other town of that sentence (the dateline's is where the
    copy was filed) can be the one meant; the town is the area the offset gives."""
    before = _within(text, towns, pos, 1)
    if not before or not _landmark(text, before[-1]):
        return None
    y = before[-1]
    d = governing(text, y.start)
    for m in reversed(before[:-1]):
        if _SENTENCE_END.search(text, m.end, y.start):
            break
        if not _landmark(text, m) and not (d is not None and d.holds(m.start, m.end)):
            return None  # "X, 45 km east of Y": X is the town (``_last_town``)
    r = next((r for r in relative if r.start <= y.start and y.end <= r.end and r.place is not None
              and r.place.lat is not None), None)
    # only when the offset glosses a name ("Hoshab, a town … east of"): "shelling 20 km north of Dejen … the
    # town" is still Dejen
    return r if r is not None and _glosses_a_name(text, r.start) else None


#: "Hoshab, a town on the motorway about" before an offset: a name, then a settlement noun in apposition
_NAME_GLOSSED = re.compile(r"\b[A-Z][\w'’-]+,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:town|village|city|settlement|"
                           r"locality)\b[^.;!?\n]*$")


def _glosses_a_name(text: str, pos: int) -> bool:
    """The offset at ``pos`` ends an apposition to a name in its sentence."""
    window = text[max(0, pos - 150) : pos]
    ends = list(_SENTENCE_END.finditer(window))
    return _NAME_GLOSSED.search(window, ends[-1].end() if ends else 0) is not None


def dateline_town(text: str, mentions: list[PlaceMention], pos: int | None = None) -> PlaceMention | None:
    """The town a report is filed from: the town named in the place of its dateline (``footprint.dateline``), the
    one that opens the text or, with ``pos``, the one whose item ``pos`` is in."""
    d = opening(text) if pos is None else governing(text, pos)
    if d is None:
        return None
    return next((m for m in _town_mentions(mentions) if d.in_place(m.start, m.end)), None)


def _same_as(m: PlaceMention, start: int, end: int, text: str, why: str, place: Place | None = None) -> PlaceMention:
    p = place or m.place
    place = Place(p.name, p.lat, p.lon, p.country, p.precision, geonameid=p.geonameid, facility_id=p.facility_id,
                  admin1=p.admin1, feature=p.feature, radius_km=p.radius_km, reasons=(why,) + tuple(p.reasons))
    return PlaceMention(start, end, text[start:end], place, kind="nominal", reason=why)


def _offset_from(text: str, town: PlaceMention, start: int, end: int) -> list[PlaceMention]:
    """The relative place for a bearing or distance measured from a town told before ("east of the city")."""
    ref = _same_as(town, start, end, text, f"{text[start:end]}: {town.place.name}, the town told before")
    return relative_mentions(text, [PlaceMention(ref.start, ref.end, ref.text, ref.place, kind="literal")], {})


def _name_follows(text: str, end: int) -> bool:
    """A name follows the noun that ends at ``end``: "the town of Gao", "the town Gao", "the base of X"."""
    after = text[end : end + 6]
    return bool(re.match(r"\s+of\b", after) or re.match(r",?\s+[A-Z]", after) and not re.match(r",\s", after))


def _unarticled(name: str, start: int) -> tuple[str, int]:
    """``name``, found at ``start``, and its start without a leading "The " or "A " the name pattern took in."""
    if name.startswith(("The ", "A ")):
        return name.split(None, 1)[1], start + len(name.split()[0]) + 1
    return name, start


def _first_word(name: str) -> str:
    return name.split()[0].strip("'’").lower()


def not_a_name(name: str) -> bool:
    """A stop word or generic word first ("The convoy", "Local"), or a digit anywhere: no place's name."""
    first = _first_word(name)
    return first in STOP_WORDS or first in GENERIC or any(c.isdigit() for c in name)


def _covered(mentions: list[PlaceMention], start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in mentions)


def reference_mentions(text: str, mentions: list[PlaceMention], focus: dict[str, float], gaz=None,
                       relative: list[PlaceMention] = ()) -> list[PlaceMention]:
    """Nominal mentions for the references in ``text`` (``mentions``: the resolved names, sorted by start;
    ``relative``: the offsets measured from them, ``relative.relative_mentions``)."""
    if not text or not mentions and not focus:
        return []
    mentions = sorted(mentions, key=lambda m: m.start)
    towns = _town_mentions(mentions)
    home = max(focus, key=focus.get) if focus else None
    out: list[PlaceMention] = []
    parts: list[PlaceMention] = []

    # parts of a town first: "the district" may point back at one
    for mm in _PART.finditer(text):
        word = mm.group(2)
        name, name_start = _unarticled(mm.group(1), mm.start(1))
        if not_a_name(name) or (word[0].isupper() and word.lower() not in {"square", "street", "avenue", "market"}):
            continue
        if _covered(mentions, name_start, mm.end(2)):
            continue
        town = _last_town(text, towns, mm.start(), 0) or _dateline_here(text, mentions, mm.start())
        if town is None or town.start <= mm.start() < town.end:
            continue
        p = town.place
        why = f"{name} {word.lower()}: a part of {p.name}, the town the report is about (not in the gazetteer)"
        place = Place(f"{name} {word.lower()}, {p.name}", p.lat, p.lon, p.country, "area", geonameid=p.geonameid,
                      admin1=p.admin1, feature=p.feature, radius_km=PART_RADIUS_KM, reasons=(why,))
        m = PlaceMention(name_start, mm.end(2), text[name_start : mm.end(2)], place, kind="nominal", reason=why)
        parts.append(m)
    out.extend(parts)
    out.extend(_camps(text, mentions, parts))

    for mm in _DEFINITE.finditer(text):
        adjectives, noun = mm.group(1).split(), mm.group(2).lower()
        start, end = mm.start(), mm.end()
        if any(a.lower() in OTHER for a in adjectives):
            continue
        if _measured_from(text, start):
            # "east of the city": no nominal (the point is not the town), but an area offset from it
            anchor = _last_town(text, towns, start, 1) if noun in {"town", "city", "village"} else None
            if anchor is not None:
                out.extend(_offset_from(text, anchor, start, end))
            continue
        if _name_follows(text, end):
            continue  # "the town of Gao", "the town Gao": the name is there
        if _covered(mentions, start, end) and noun != "capital":
            continue
        local = any(a.lower() in LOCAL_CAPITAL for a in adjectives)
        if noun == "capital" and not local:
            country = None
            said = [m for m in mentions if m.place is not None and start <= m.start < end
                    and m.place.precision == "country"]
            if said:
                country = said[0].place.country
            elif adjectives:
                continue  # "the economic capital", "the former capital": not the seat of government
            else:
                country = home
            cap = gaz.capital(country) if gaz is not None and hasattr(gaz, "capital") else None
            if cap is None or cap.lat is None:
                continue
            why = f"the capital of {country}"
            out.append(PlaceMention(start, end, text[start:end], to_place(cap, (why,)), kind="nominal", reason=why))
            continue
        if noun == "capital" and REGION_CAPITAL & {a.lower() for a in adjectives} and gaz is not None \
                and not _apposed(text, towns, start):
            seat = _regional_capital(text, mentions, start, gaz)
            if seat is not None:
                why = f"{text[start:end]}: {seat.name}, the seat of {seat.reasons[0]}"
                out.append(PlaceMention(start, end, text[start:end], Place(
                    seat.name, seat.lat, seat.lon, seat.country, seat.precision, geonameid=seat.geonameid,
                    admin1=seat.admin1, feature=seat.feature, radius_km=seat.radius_km, reasons=(why,)),
                    kind="nominal", reason=why))
                continue
        if noun in {"district", "neighbourhood", "neighborhood", "quarter"}:
            before = _within(text, parts, start, 1)
            if before:
                out.append(_same_as(before[-1], start, end, text, f"{text[start:end]}: {before[-1].text}, told before"))
            continue
        area = _measured_area(text, towns, relative, start) if noun in {"town", "village"} else None
        if area is not None:
            out.append(_same_as(area, start, end, text, f"{text[start:end]}: {area.place.name}, the place told before"))
            continue
        town = _last_town(text, towns, start, 1)
        if town is None or _abroad_between(mentions, town, start):
            continue
        out.append(_same_as(town, start, end, text, f"{text[start:end]}: {town.place.name}, the town told before"))

    out.extend(_area_references(text, mentions, towns))
    out.extend(_facility_references(text, mentions))
    out.extend(_region_references(text, mentions))

    for mm in _POSSESSED_CAPITAL.finditer(text):
        said = [m for m in mentions if m.place is not None and m.start <= mm.start(1) < m.end
                and m.place.precision == "country"]
        cap = gaz.capital(said[0].place.country) if said and gaz is not None and hasattr(gaz, "capital") else None
        if cap is None or cap.lat is None:
            continue
        why = f"the capital of {said[0].place.country}"
        s = said[0].start
        out.append(PlaceMention(s, mm.end(), text[s : mm.end()], to_place(cap, (why,)), kind="nominal", reason=why))
    return sorted(out, key=lambda m: (m.start, -m.end))


_THE_AREA = re.compile(r"\b(?:in|into|to|across|around|near|from|throughout|within|of)\s+(the\s+area)\b"
                       r"(?!['’-]\w|\s+(?:of|around|between|near|surrounding)\b)", re.I)
AREA_RADIUS_KM = 25.0


def _area_references(text: str, mentions: list[PlaceMention], towns: list[PlaceMention]) -> list[PlaceMention]:
    """"Troops deployed to the area": the surroundings of the town told last in the paragraph (a town a bearing
    was measured from included: "clashes west of Kessa ... deployed to the area"), at area precision."""
    out = []
    for mm in _THE_AREA.finditer(text):
        start, end = mm.start(1), mm.end(1)
        if _covered(mentions, start, end):
            continue
        town = _last_town(text, towns, start, 0)
        if town is None or _abroad_between(mentions, town, start):
            continue
        p = town.place
        why = f"{text[start:end]}: around {p.name}, the town told before"
        place = Place(p.name, p.lat, p.lon, p.country, "area", geonameid=p.geonameid, admin1=p.admin1,
                      feature=p.feature, radius_km=max(p.radius_km or 0.0, AREA_RADIUS_KM), reasons=(why,))
        out.append(PlaceMention(start, end, text[start:end], place, kind="nominal", reason=why))
    return out


def _abroad_between(mentions: list[PlaceMention], town: PlaceMention, pos: int) -> bool:
    """A place of another country told between ``town`` and ``pos`` ("BUENOS AIRES - ... in Rakhine State ...
    the village"): the report has moved on, so "the village" is not that town."""
    return any(town.end <= m.start and m.end <= pos and m.kind == "literal" and m.place is not None
               and m.place.country and m.place.country != town.place.country for m in mentions)


def _dateline_here(text: str, mentions: list[PlaceMention], pos: int) -> PlaceMention | None:
    """The dateline town for a part told at ``pos``, unless the place told last before ``pos`` lies in another
    country: "BUENOS AIRES - ... in northern Rakhine State ... Maungdaw township" is no part of Buenos Aires."""
    town = dateline_town(text, mentions, pos)
    if town is None:
        return None
    last = next((m for m in reversed(mentions) if m.end <= pos and m.kind in {"literal", "metonymic"}
                 and m.place is not None and m.place.country), None)
    if last is not None and last.place.country != town.place.country:
        return None
    return town


#: the words that place a camp by a town right after it: "a Kessa camp near Doro", "the Kessa site in Doro"
_PLACED_BY = re.compile(r"\s+(?:near|in|at|outside|around|by|close\s+to|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?",
                        re.I)


def _camp_town(text: str, towns: list[PlaceMention], start: int, end: int) -> PlaceMention | None:
    """The town of ``towns`` a camp told at ``start:end`` stands by: the town named last before it in its
    paragraph, else the first one named after it in its sentence ("fled Kessa camp, and then Doro"). A town the
    text places the camp by right after it comes first ("a Kessa camp near Doro": Doro, whatever was told before)."""
    by = _PLACED_BY.match(text, end)
    if by is not None:
        after = next((t for t in towns if t.start == by.end()), None)
        if after is not None:
            return after
    before = _within(text, towns, start, 0)
    if before:
        return before[-1]
    stop = _SENTENCE_END.search(text, end)
    limit = stop.start() if stop else len(text)
    return next((t for t in towns if end <= t.start < limit), None)


def _camps(text: str, mentions: list[PlaceMention], parts: list[PlaceMention]) -> list[PlaceMention]:
    """Camps the gazetteer has no point for ("the Kessa camp", "Kessa IDP site"): an area around the town the
    report places them by, at ``CAMP_RADIUS_KM`` (the camp's own point is not known, so not facility precision)."""
    out = []
    # a town the actors stage took for an actor ("shelling of Doro" read as metonymic) still says where the report is
    towns = [m for m in mentions if m.kind in {"literal", "metonymic"} and m.place is not None
             and m.place.lat is not None and m.place.precision == "town"]
    placed = [m for m in mentions + parts if m.place is not None]
    for mm in _CAMP.finditer(text):
        name, name_start = _unarticled(mm.group(1), mm.start(1))
        word = " ".join(mm.group(2).split()).lower()
        if not_a_name(name) or mm.group(2)[0].isupper() and not mm.group(2).startswith("IDP"):
            continue  # "Camp" in capitals is part of a facility's own name ("Kessa Camp" the base)
        if any(m.start < mm.end(2) and name_start < m.end for m in placed):
            continue  # a name the gazetteer placed: it stands
        town = _camp_town(text, towns, name_start, mm.end(2))
        if town is None:
            continue
        p = town.place
        why = f"{name} {word}: by {p.name}, the town the report places it by (the camp is not in the gazetteer)"
        place = Place(f"{name} {word}, {p.name}", p.lat, p.lon, p.country, "area", geonameid=p.geonameid,
                      admin1=p.admin1, radius_km=CAMP_RADIUS_KM, reasons=(why,))
        out.append(PlaceMention(name_start, mm.end(2), text[name_start : mm.end(2)], place, kind="nominal", reason=why))
    return out


def _apposed(text: str, towns: list[PlaceMention], pos: int) -> bool:
    """"Kessa, the regional capital": the noun describes the town just before it."""
    return any(0 <= pos - t.end <= 3 and re.fullmatch(r",\s*", text[t.end : pos]) for t in towns)


#: how far from a region's point a town named like the region may lie and still be its seat
SEAT_NAMESAKE_KM = 400.0


def _regional_capital(text: str, mentions: list[PlaceMention], pos: int, gaz) -> Place | None:
    """The seat of the first-level region in focus at ``pos``: the region named last in reach (same or previous
    paragraph), else the region the report names most. The seat is the town named like the region ("the
    Kessa region" → Kessa), else the region's most populous town; the index has no seat records. Its first
    reason names the region."""
    regions = [m for m in mentions if _first_level(m)]
    before = _within(text, regions, pos, 1)
    if before:
        region = before[-1].place
    elif regions:
        counts: dict[str, int] = {}
        for m in regions:
            counts[m.place.name] = counts.get(m.place.name, 0) + 1
        top = max(counts, key=counts.get)
        region = next(m.place for m in regions if m.place.name == top)
    else:
        return None
    if not hasattr(gaz, "lookup"):
        return None
    key = norm(region.name)
    cands = [c for c in gaz.lookup([key]).get(key, ()) if c.country == region.country and c.lat is not None]
    towns = [c for c in cands if (c.feature or "").startswith("P.")
             and distance_km(c.lat, c.lon, region.lat, region.lon) <= SEAT_NAMESAKE_KM]
    why = f"the {region.name} region"
    if towns:
        return to_place(max(towns, key=lambda c: c.population), (why,))
    code = next((c.admin1 for c in cands if c.feature == "A.ADM1" and c.admin1), None)
    seat = gaz.seat(region.country, code) if code and hasattr(gaz, "seat") else None
    return to_place(seat, (why,)) if seat is not None and seat.lat is not None else None


#: nouns for a first-level region ("across the province", "in the oblast")
REGION_NOUNS = ("province", "governorate", "oblast", "state", "region", "prefecture", "krai", "wilaya")
#: words that make "the state" the government, or the noun a modifier of another ("the state capital")
_REGION_NOT_AFTER = re.compile(
    r"(?:['’]s\b|-\w|\s+of\b|,?\s+[A-Z]|\s+(?:capitals?|government|governor|administration|assembly|council|police|"
    r"media|authorit(?:y|ies)|officials?|prosecutors?|legislature|house|security|forces|army|broadcaster|agency|"
    r"emergency|department|budget|level|election|elections|border)\b)"
)
_REGION_REF = re.compile(
    r"\b(?P<prep>in|across|throughout|within|inside|into|around|over|all over|parts of|much of|most of|rest of)"
    r"\s+(?P<ref>the\s+(?P<adj>(?:[a-z][a-z-]*\s+){0,2}?)(?P<noun>" + "|".join(REGION_NOUNS) + r"))\b",
    re.I,
)
#: adjectives that point at another region than the one told ("the northern region", "the whole region" is fine)
_REGION_OTHER = OTHER - {"whole", "entire"} | frozenset(
    "northern southern eastern western central north-eastern north-western south-eastern south-western"
    " northeastern northwestern southeastern southwestern wider broader greater".split()
)


#: nouns for a site that "the <noun>" points back at once told ("a monastery in X … the monastery")
FACILITY_NOUNS = ("monastery", "church", "mosque", "temple", "hospital", "clinic", "school", "plant", "base",
                  "airport", "airbase", "port", "dam", "mine", "prison", "camp", "barracks", "depot", "refinery",
                  "station", "bridge", "market", "factory", "compound", "checkpoint", "outpost")
_FACILITY = "|".join(FACILITY_NOUNS)
_FACILITY_WORD = re.compile(r"\b(" + _FACILITY + r")\b", re.I)
_THE_FACILITY = re.compile(r"\bthe\s+((?:(?!(?:the|an?)\s)[a-z][a-z-]*\s+){0,3}?)(" + _FACILITY + r")\b(?!['’-]\w)", re.I)
#: "a monastery in", "an army base near": the place after it is where the site is
_A_FACILITY_IN = re.compile(r"\ban?\s+(?:[a-z][a-z-]*\s+){0,3}?(" + _FACILITY
                            + r")\s+(?:in|near|at|outside|on the outskirts of)\s+(?:the\s+)?"
                            r"(?:(?:[a-z][a-z-]*\s+){0,2}?(?:town|village|city|locality)\s+of\s+)?$", re.I)


def _facility_references(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """"The monastery", "the plant": the site of that kind told last in the same paragraph or the one before,
    either a facility the index knows by a name holding the noun ("the Kessa power plant") or "a monastery in
    Kessa" (the place after it). Nothing when no such site was told: "the base" alone says no place."""
    out = []
    told: list[tuple[PlaceMention, str]] = []  # (the place of a site, its noun), in text order
    for m in mentions:
        if m.place is None or m.place.lat is None:
            continue
        if m.place.precision == "facility":
            found = _FACILITY_WORD.findall(m.text)
            if found:
                told.append((m, found[-1].lower()))
                continue
        if m.kind == "literal":
            before = _A_FACILITY_IN.search(text[max(0, m.start - 80) : m.start])
            if before:
                told.append((m, before.group(1).lower()))
    if not told:
        return out
    # "an army base in Kessa ... Kessa changed hands ... the base": a later mention of the site's place tells it again
    nouns = {(m.place.name, m.place.lat, m.place.lon): n for m, n in told}
    first = {id(m) for m, _ in told}
    told += [(m, nouns[(m.place.name, m.place.lat, m.place.lon)]) for m in mentions
             if m.kind == "literal" and id(m) not in first and m.place is not None
             and (m.place.name, m.place.lat, m.place.lon) in nouns and m.start > told[0][0].start]
    told.sort(key=lambda t: t[0].start)
    for mm in _THE_FACILITY.finditer(text):
        adjectives, noun, start, end = mm.group(1).split(), mm.group(2).lower(), mm.start(), mm.end()
        if any(a.lower() in OTHER for a in adjectives) or _covered(mentions, start, end):
            continue
        if _name_follows(text, end):
            continue  # "the base of X", "the camp Kessa": the name is there
        same = [m for m, n in told if n == noun]
        before = _within(text, same, start, 1)
        if not before:
            continue
        site = before[-1]
        why = f"{text[start:end]}: {site.place.name}, the {noun} told before"
        out.append(_same_as(site, start, end, text, why))
    return out


def _first_level(m: PlaceMention) -> bool:
    """A first-level region named as such (a region bearing a seat town's name counts: "Kharkiv region")."""
    p = m.place
    return (m.kind in {"literal", "metonymic"} and p is not None and p.precision == "region" and p.lat is not None
            and not (p.feature or "").startswith(("L.", "H.", "T.")) and p.country is not None)


def _region_references(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """"across the province", "in the region", "throughout the state": the first-level region named last
    before it, in its paragraph or the one before. Only after a place preposition, so "the state" that acts
    or owns ("the state offered a deal") is the government, and never when a name or another noun follows
    ("the state capital", "the province of Idlib", "the region's governor")."""
    regions = [m for m in mentions if _first_level(m)]
    if not regions:
        return []
    out = []
    for mm in _REGION_REF.finditer(text):
        start, end = mm.start("ref"), mm.end("ref")
        if any(a.lower() in _REGION_OTHER for a in mm.group("adj").split()):
            continue
        if _REGION_NOT_AFTER.match(text, end) or _covered(mentions, start, end):
            continue
        before = _within(text, regions, start, 1)
        if not before:
            continue
        r = before[-1]
        out.append(_same_as(r, start, end, text, f"{text[start:end]}: {r.place.name}, the region told before"))
    return out


#: how far from a town the neighbour's nearest town may be for a border area to be "near" that town
BORDER_NEAR_KM = 100.0
_SENTENCE_END = re.compile(r"[.!?]\s|" + PARAGRAPH_BREAK.pattern)


def anchor_borders(text: str, mentions: list[PlaceMention], extra: list[PlaceMention], gaz=None) -> list[PlaceMention]:
    """A border area has no point (the gazetteer has no border lines). When its sentence names a town of
    the border's own country that lies within ``BORDER_NEAR_KM`` of a town of the neighbour ("Residents
    of Kantchari said traders were taken on the road towards the border with Niger"), the area is put
    around that town; otherwise it stays without a point."""
    if gaz is None or not hasattr(gaz, "near"):
        return extra
    towns = _town_mentions(mentions)
    ends: list[int] | None = None  # sentence ends, found once for the text when a border needs them
    out = []
    for m in extra:
        p = m.place
        neighbour = next((n.place.country for n in mentions if n.place is not None and m.start <= n.start < m.end
                          and n.place.precision == "country"), None)
        if m.kind != "relative" or p is None or p.lat is not None or not neighbour or neighbour == p.country:
            out.append(m)
            continue
        if ends is None:
            ends = [e.end() for e in _SENTENCE_END.finditer(text)]
        i = bisect.bisect_right(ends, m.start)
        s = ends[i - 1] if i else 0
        e = _SENTENCE_END.search(text, m.end)
        e = e.start() if e else len(text)
        best = None
        for t in towns:
            if not (s <= t.start < e) or t.place.country != p.country:
                continue
            across = [c for c in gaz.near(t.place.lat, t.place.lon, BORDER_NEAR_KM, feature_prefix="P.")
                      if c.country == neighbour and c.lat is not None]
            if across:
                d = distance_km(t.place.lat, t.place.lon, across[0].lat, across[0].lon)
                if best is None or d < best[1]:
                    best = (t, d)
        if best is None:
            out.append(m)
            continue
        t, d = best
        why = f"{p.name} near {t.place.name}, named in the sentence ({d:.0f} km from a town across the border)"
        place = Place(f"{p.name} near {t.place.name}", t.place.lat, t.place.lon, p.country, "area",
                      geonameid=t.place.geonameid, admin1=t.place.admin1, radius_km=round(max(25.0, d), 1),
                      reasons=(why,) + tuple(p.reasons))
        out.append(PlaceMention(m.start, m.end, m.text, place, kind="relative", reason=why))
    return out
