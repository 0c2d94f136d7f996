"""Event identity across reports: when two event records tell the same event.

A pair of events is judged on four things, each scored and each able to veto:

* **type**: same type (1 point), same group (0.5), compatible groups (0);
  anything else vetoes. Attack modes must not contradict (an air strike is
  not an ambush).
* **actors**: overlapping actor keys (2 points); both sides naming actors and
  none shared vetoes; one side naming none is silent (0).
* **place**: the distance must be within the tolerance of the coarser
  precision (facility 5 km … region 200 km, country: same country); points
  by that precision (facility/town 2, district 1.5, region 1, country or
  area 0.5, unknown 0). Different countries veto, except a region whose
  state forces are the other report's country's (``_misread_region``).
* **date**: intervals must overlap (day precision gets one day of slack);
  points by the coarser interval's length (≤ 7 days 2, ≤ 31 1.5, ≤ 92 1,
  ≤ 366 0.5, longer or open 0). Unknown dates are silent (0).

Two events match when nothing vetoes, they come from different documents
(copies of one report count as one document, except that the same sentence
in two copies is always the same event),
the points reach ``THRESHOLD`` and either the actors overlap or the places
agree at district precision or finer. So a country-level match needs shared
actors *and* a date of a month or better.

Candidates come from blocking keys (type family, country or coarse grid cell,
time bucket; and, for an event with no place, registry actor or words and week), so an
event is only compared with the few events that share a block: see
``blocks.stored_keys`` and ``blocks.probe_ranges``. The features a pair is judged on are
``event_features.Features``.
"""


from __future__ import annotations

import math
from dataclasses import dataclass

from ..geo import distance_km as haversine_km
from .event_features import (
    _MODE_CLASS, AREA_REACH, CAPTURE_TYPES, COMPATIBLE_GROUPS, COPY_SIMILARITY, GENERIC_MODES, PLACE_POINTS,
    PRECISION_RANK, THRESHOLD, TOLERANCE_KM, TOLL_REVISION_DAYS, WEAK_DATE_DAYS, WEAK_DATE_POINTS, WEEK_DAYS,
    Features, date_points, day_iso, generic_name,
)
from .regions import CONTAINED_POINTS, contained
from .sides import force_countries, kin, opposite_sides, speaking, two_accounts
from .spelling import spelled_place


# -- pair judgement -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Judgement:
    match: bool
    score: float
    reasons: tuple[str, ...]
    veto: str | None = None


def _coarser(p1: str, p2: str) -> str:
    return p1 if PRECISION_RANK[p1] >= PRECISION_RANK[p2] else p2


def judge(a: Features, b: Features) -> Judgement:
    """Whether ``a`` and ``b`` tell the same event, with the reasons; symmetric."""
    if b.id < a.id:
        a, b = b, a  # reasons read the same whichever way round the pair is asked
    accounts = False
    if a.doc_id == b.doc_id or a.copy_group == b.copy_group:
        # one report giving the army's version and the group's claim of one attack tells it twice
        accounts = a.text_key != b.text_key and two_accounts(a, b)
    if a.doc_id == b.doc_id and not accounts:
        return Judgement(False, 0.0, (), "same document")
    if a.copy_group == b.copy_group and not accounts:
        # a copy of a report tells its events once more: the same sentence is the same event,
        # and other sentences are other events, as within one document
        if a.text_key == b.text_key:
            return Judgement(True, 10.0, ("copy: the same sentence in copies of one report",))
        if a.type == b.type and a.text and b.text and _similarity(a.text, b.text) >= COPY_SIMILARITY:
            # syndication edits a word or a spelling ("north-eastern"/"northeastern"): still that sentence
            return Judgement(True, 9.0, ("copy: nearly the same sentence in copies of one report",))
        return Judgement(False, 0.0, (), "same document")
    reasons: list[str] = [f"one report: two voices ({', '.join(sorted((a.speaker, b.speaker)))})"] if accounts else []
    # type
    if a.type == b.type:
        score = 1.0
        reasons.append(f"type: same ({a.type})")
    elif a.group == b.group and _one_weapon(a, b):
        score = 1.0
        reasons.append(f"type: {a.type} ~ {b.type} (one weapon told two ways)")
    elif a.group == b.group:
        score = 0.5
        reasons.append(f"type: {a.type} ~ {b.type} (group {a.group})")
    elif _capture_and_its_fight(a, b):
        score = 1.0
        reasons.append(f"type: {a.type} ~ {b.type} (a capture and the fighting for it)")
    elif frozenset((a.group, b.group)) in COMPATIBLE_GROUPS:
        score = 0.0
        reasons.append(f"type: {a.type} ~ {b.type} (compatible groups)")
    else:
        return Judgement(False, 0.0, (), f"type: {a.type} vs {b.type}")
    if (a.mode and b.mode and a.mode not in GENERIC_MODES and b.mode not in GENERIC_MODES
            and _MODE_CLASS.get(a.mode, a.mode) != _MODE_CLASS.get(b.mode, b.mode)):
        return Judgement(False, 0.0, (), f"mode: {a.mode} vs {b.mode}")
    # actors: only registry actors contradict one another; words ("jihadists", "gunmen", "ethnic
    # rebels") may be another report's name for the same group, so they never veto
    shared = a.actors & b.actors | _party_speaker(a, b) | _party_speaker(b, a)
    if a.placeless or b.placeless:
        # no place to say which of the week's incidents it is: "gunmen" fits each of them
        shared = frozenset(k for k in shared if not generic_name(k))
    if _actors_conflict(a, b):
        return Judgement(False, 0.0, (), "actors: none shared")
    if shared:
        score += 2.0
        reasons.append("actors: " + ", ".join(sorted(shared)))
    # place
    fine_place = False
    misread = None
    if a.country and b.country and a.country != b.country:
        # two countries veto, unless one event's region is likely the other country's namesake
        misread = _misread_region(a, b)
        if not misread:
            return Judgement(False, 0.0, (), f"place: {a.country} vs {b.country}")
    if misread:
        # the place says nothing for this pair: no points, no veto; a match needs a shared actor
        other = (b if misread is a else a).country
        reasons.append(f"place: a {misread.country} region, likely {other}'s namesake (its forces are {other}'s)")
    elif a.precision != "unknown" and b.precision != "unknown":
        coarse = _coarser(a.precision, b.precision)
        if coarse == "area" and "country" in (a.precision, b.precision) and a.country and a.country == b.country:
            coarse = "country"  # an area of a country lies inside it: same country, whatever the area's radius
        if a.lat is not None and b.lat is not None and coarse in TOLERANCE_KM | {"area": 0}:
            km = haversine_km(a.lat, a.lon, b.lat, b.lon)
            tol = TOLERANCE_KM.get(coarse) or AREA_REACH * max(a.radius_km or 0, b.radius_km or 0, 25.0)
            if coarse == "district" and _near_only(a, b):
                tol = min(tol, _own_reach(a) + _own_reach(b))
            if km > tol and coarse in ("district", "region"):
                tol, inside = _reach(a, b, coarse, tol)
                if inside:
                    reasons.append(f"place: {inside}")
            if km > tol:
                return Judgement(False, 0.0, (), f"place: {km:.0f} km apart (> {tol:.0f} km at {coarse})")
            reasons.append(f"place: {km:.1f} km apart ({a.precision}/{b.precision})")
        elif coarse in TOLERANCE_KM and (a.lat is None or b.lat is None):
            coarse = "country" if a.country and a.country == b.country else "unknown"
            if coarse == "country":
                reasons.append(f"place: same country {a.country} (no coordinates)")
        elif a.country and a.country == b.country:
            reasons.append(f"place: same country {a.country}")
        pts = PLACE_POINTS.get(coarse, 0.0)
        if coarse == "region" and not shared and contained(a, b):
            # the region holds the other report's town: close enough without a shared actor (fuse/regions.py)
            pts += CONTAINED_POINTS
            reasons.append(f"place: in the region ({a.admin1})")
        score += pts
        fine_place = pts >= 1.5
    elif a.placeless != b.placeless:
        # a town the places stage could not read, spelled another way in the sentence (fuse/spelling.py)
        loose, placed = (a, b) if a.placeless else (b, a)
        key = spelled_place(loose.spelled, placed.spelled)
        if key:
            pts = PLACE_POINTS.get(placed.precision, 0.0)
            score += pts
            fine_place = pts >= 1.5
            reasons.append(f"place: spelled in the sentence ({key}, {placed.precision})")
        elif key := spelled_place(loose.named, placed.named):
            # both sentences name one town that neither report placed ("the army post in Djibasso" beside a
            # report placed only at its region): as close as the town, which is what the two tell
            score += PLACE_POINTS["town"]
            fine_place = True
            reasons.append(f"place: named in both sentences ({key})")
    # date
    if a.dated and b.dated:
        slack = 1 if (_short(a) and _short(b)) else 0
        if a.d_start > b.d_end + slack or b.d_start > a.d_end + slack:
            return Judgement(False, 0.0, (), f"date: {day_iso(a.d_start)}..{day_iso(a.d_end)} vs "
                                              f"{day_iso(b.d_start)}..{day_iso(b.d_end)}")
        span = max(a.d_end - a.d_start, b.d_end - b.d_start)
        pts = date_points(span)
        if _toll_of(a, b) or _toll_of(b, a):
            score += date_points(WEEK_DAYS)
            what = "a toll revised" if a.toll or b.toll else "an undated claim told"
            reasons.append(f"date: {what} at most {TOLL_REVISION_DAYS} days after the event")
        elif a.weak_date or b.weak_date:
            score += min(pts, WEAK_DATE_POINTS)
            reasons.append(f"date: overlap, told on or after it (weak: {WEAK_DATE_DAYS} days up to the telling)")
        else:
            score += pts
            reasons.append(f"date: overlap (coarser interval {span + 1} days)")
    match = score >= THRESHOLD and (bool(shared) or fine_place)
    return Judgement(match, score, tuple(reasons), None if match else f"score {score:.1f} < {THRESHOLD}"
                     if score < THRESHOLD else "neither shared actors nor a close place")


def _one_weapon(a: Features, b: Features) -> bool:
    """Two types of one weapon that is not a ground tactic: a drone strike is an air strike to another report, a
    car bomb a suicide bombing or an IED; an ambush and a raid stay two tactics."""
    kind = _MODE_CLASS.get(a.type)
    return kind is not None and kind != "ground" and kind == _MODE_CLASS.get(b.type)


def _party_speaker(x: Features, y: Features) -> frozenset[str]:
    """``x``'s speaker where it is a party named by ``y``: an army or group that tells fighting of a generic mode
    ("troops drove off an attack", "a convoy repelled an attack") fought it, even when its sentence names only
    the other side; a bystander body (``speaking``) is no party."""
    if x.type in GENERIC_MODES and x.speaker.startswith("a:") and x.speaker in y.actors and not speaking(x):
        return frozenset({x.speaker})
    return frozenset()


def _capture_and_its_fight(a: Features, b: Features) -> bool:
    """One report tells a capture ("the group said it captured the camp"), the other fighting with no weapon
    told ("heavy fighting broke out around the camp"): residents see the battle, the winner claims its outcome,
    so the two are one event as much as two words for one fight are (a stated mode, an air strike, is not)."""
    types = {a.type, b.type}
    return len(types & CAPTURE_TYPES) == 1 and len(types & GENERIC_MODES) == 1


def _reach(a: Features, b: Features, coarse: str, tol: float) -> tuple[float, str]:
    """The tolerance for a district or region against a place inside it, and why ("" if unchanged).

    A district or a region is told by its centre, but a town in its far corner lies well beyond the fixed
    tolerance of its precision (a province 130 km across, a region 500 km across). Where the places stage
    gave the wider place's radius, a place within that radius (and the finer place's own tolerance) is
    inside it; a region is also known to hold every place of its first-level division (same ``admin1``).
    """
    wide, fine = (a, b) if a.precision == coarse else (b, a)
    if coarse == "region" and wide.admin1 and wide.admin1 == fine.admin1 and wide.country == fine.country:
        return math.inf, f"in the region ({wide.admin1})"
    if wide.radius_km and not wide.near:  # a town's surroundings have no far corner
        reach = wide.radius_km + TOLERANCE_KM.get(fine.precision, 0.0)
        if reach > tol:
            return reach, f"within the {coarse}'s radius ({wide.radius_km:.0f} km)"
    return tol, ""


def _near_only(a: Features, b: Features) -> bool:
    """The pair's district precision comes only from small areas ("near X"), not from a district."""
    return all(x.near for x in (a, b) if x.precision == "district")


def _own_reach(f: Features) -> float:
    """How far from its point a place may lie: a small area its radius, a town or facility its tolerance."""
    return f.radius_km if f.near else TOLERANCE_KM.get(f.precision, 0.0)


def _misread_region(a: Features, b: Features) -> Features | None:
    """The event whose region was likely read in the wrong country, if one was (None otherwise).

    Region names recur across borders (Savanes in Togo and Côte d'Ivoire; Centre, Nord, Est in several
    states), and the places stage may pick the wrong one. A region event whose state forces all belong to
    the other report's country, and none to its own, while the other report names those forces too, is
    most likely that country's region: the two countries then do not veto the pair."""
    for x, y in ((a, b), (b, a)):
        if x.precision != "region":
            continue
        forces = force_countries(x.actors)
        if forces == {y.country} and x.country not in forces and y.country in force_countries(y.actors):
            return x
    return None


def _toll_of(x: Features, y: Features) -> bool:
    """``x`` revises the toll of ``y``, a day-dated event of the days before ``x`` was told."""
    return (x.toll or x.claim) and not y.weak_date and y.d_end - y.d_start <= 1 and 0 <= x.d_end - y.d_end <= TOLL_REVISION_DAYS


def _registry_keys(keys: frozenset[str]) -> frozenset[str]:
    return frozenset(k for k in keys if k.startswith("a:"))


def _short(f: Features) -> bool:
    """A day date (or the day of telling), which gets one day of slack."""
    return f.weak_date or f.d_end - f.d_start <= 1


def _actors_conflict(a: Features, b: Features) -> bool:
    """Both name registry actors, none shared, and they name them in one role.

    One report may name only the attacker ("ELN guerrillas opened fire on a patrol") and another
    only the attacked ("gunmen fired on an army patrol"): different names in different roles are
    the two sides of one event, not a contradiction. Two attackers, two targets or two actors of a
    deployment that differ are.
    """
    known_a, known_b = _registry_keys(a.actors), _registry_keys(b.actors)
    if a.speaker or b.speaker:
        known_a, known_b = known_a - speaking(a), known_b - speaking(b)
    if not known_a or not known_b or known_a & known_b:
        return False
    perps_a, perps_b = a.perpetrators & known_a, b.perpetrators & known_b
    targets_a, targets_b = a.targets & known_a, b.targets & known_b
    other_a, other_b = known_a - perps_a - targets_a, known_b - perps_b - targets_b
    conflict = (_strangers(perps_a, perps_b) or _strangers(targets_a, targets_b) or _strangers(other_a, other_b)
                or _strangers(other_a, perps_b | targets_b) or _strangers(other_b, perps_a | targets_a))
    # the army's statement and the group's claim: two sides of one fight (asked only of a pair that would veto)
    return conflict and not opposite_sides(a.group, b.group, known_a, known_b)


def _strangers(xs: frozenset[str], ys: frozenset[str]) -> bool:
    """Both sides name actors in this role and no actor of one is kin to one of the other.

    Reports conflate kin groups: one credits an attack to Boko Haram, another to ISWAP, which split from
    it; one to JNIM, another to al-Qaeda. Kin named in one role do not veto a link that place, date and
    type support, but they are not one actor either: they share no key, score nothing, and keep their
    own presences."""
    if not xs or not ys:
        return False
    table = kin()
    return not any(y in table.get(x, ()) for x in xs for y in ys)


def _similarity(a: str, b: str) -> float:
    from rapidfuzz import fuzz  # noqa: PLC0415 - only copies with edited sentences need it

    return fuzz.ratio(a, b)


def conflicts(a: Features, b: Features) -> bool:
    """A hard reason the two can never be one event (used before joining groups)."""
    j = judge(a, b)
    return j.veto is not None and not j.veto.startswith(("score", "neither"))
