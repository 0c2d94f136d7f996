"""Presence: which actor is at which place, since when, last seen when, how strong.

A presence is built from fused events (clusters) whose type puts an actor on
the ground (deployments, base events, transfers, training, attacks by the
actor), with armed forces merely involved in such an event, or attacked in
a fight, at the cluster's place. Withdrawals
and handovers by the actor end it. Places nest: facility ⊂ town ⊂ region ⊂
country; every place presence implies a country presence of the same actor,
which carries all the evidence of the presences inside it.

Everything shown (start, last seen, status, sources, strength) is derived
from the stored evidence items by ``summarize``, so ``--at DATE`` is the
same function over the items known at that date.
"""

from __future__ import annotations

from datetime import date

from ..geo import distance_km as haversine_km
from ..model import short_hash
from .event_features import PRECISION_RANK, TOLERANCE_KM, norm_name
from .sources import claim_voices, contradictions

#: Groups whose events put their actor on the ground.
PRESENCE_GROUPS = frozenset({"base", "deployment", "transfer", "training", "fight", "territory"})
#: Groups whose events take their actor away.
ENDING_GROUPS = frozenset({"withdrawal"})
#: Attack targets of these actor types are on the ground too.
ARMED_TYPES = frozenset({"state_force", "pmc", "armed_group"})
#: Quantity kinds that say how strong a presence is; capacity is not a head count.
STRENGTH_KINDS = {"personnel": "head_count", "capacity": "capacity", "equipment": "equipment"}
#: A presence with no evidence for this long before the reference date is stale.
STALE_AFTER_DAYS = 365
#: A facility within this distance of a town presence of the same actor sits inside it.
FACILITY_IN_TOWN_KM = 30.0


def place_key(loc: dict) -> str | None:
    prec = loc.get("precision") or "unknown"
    country = (loc.get("country") or "").upper()
    lat, lon = loc.get("lat"), loc.get("lon")
    point = f"{round(lat, 2)},{round(lon, 2)}" if lat is not None and lon is not None else None
    if prec == "facility":
        ident = loc.get("facility_id") or loc.get("geonameid") or point or norm_name(loc.get("name"))
        return f"f:{country}:{ident}" if ident else None
    if prec == "town":
        ident = loc.get("geonameid") or (f"{round(lat, 1)},{round(lon, 1)}" if point else norm_name(loc.get("name")))
        return f"t:{country}:{ident}" if ident else None
    if prec in ("district", "region"):
        ident = loc.get("geonameid") or loc.get("admin1") or norm_name(loc.get("name")) or point
        return f"r:{country}:{ident}" if ident else None
    if prec == "country" and country:
        return f"c:{country}"
    return None  # areas and unknown places add to the country presence only


def presence_id(actor_key: str, pkey: str) -> str:
    return "p" + short_hash(actor_key, pkey, length=15)


def _on_ground(actor: dict, group: str) -> bool:
    """The actor of the event is there; so is an armed force merely involved, or attacked in a fight."""
    roles = set(actor.get("roles") or ())
    if "actor" in roles:
        return True
    if actor.get("type") not in ARMED_TYPES:
        return False
    return "associated" in roles or (group == "fight" and "target" in roles)


def own_strength(item: dict, actor_key: str, actor: dict) -> list[dict]:
    """The quantities of an evidence item that measure this actor's strength (kinds in ``STRENGTH_KINDS``):

    * those whose side is the actor (``side_key``, successors folded: "members of Africa Corps" count for Wagner);
    * those that leave no doubt whose they are, in an event that names no other actor: no side (vehicles), a
      bare force noun that fits the actor's kind ("about 1,000 troops" for a state force or a PMC, "fighters"
      for an armed group), or a capacity, which measures the place, not a side (its side only says whom the
      barracks are meant for).

    Another actor's numbers ("300 militiamen" beside the army) and people counted ("civilians", "civilian
    volunteers") never are; casualties are no strength kind at all.
    """
    alone = list(item.get("actor_keys") or ()) == [actor_key]
    out = []
    for q in item.get("quantities") or ():
        if q.get("kind") not in STRENGTH_KINDS:
            continue
        side = q.get("side")
        if "side_key" in q:
            mine = q["side_key"] == actor_key
        else:  # evidence stored before sides had keys: the side's own words
            mine = side is not None and (side == actor.get("id") or side in (actor.get("names") or ()))
        if mine or (alone and (side is None or q["kind"] == "capacity" or _force_noun_of(side, actor.get("type")))):
            out.append(q)
    return out


def _force_noun_of(side: str, actor_type: str | None) -> bool:
    """"troops", "fighters": an unresolved side that is only a force noun of the actor's kind."""
    from ..quantities import SIDE_TYPES  # noqa: PLC0415 - one table of which nouns fit which kind of actor

    return actor_type is not None and actor_type in SIDE_TYPES.get(side.strip().lower(), ())


def build(actor_key: str, country: str, clusters: list[dict]) -> list[dict]:
    """All presences of one actor in one country, from the clusters naming that actor there."""
    places: dict[str, dict] = {}
    own: dict[str, list[dict]] = {}
    withdrawals: list[tuple[dict, dict]] = []
    names: dict[str, int] = {}
    actor_ids: set[str] = set()
    for c in sorted(clusters, key=lambda c: c["id"]):
        actor = next((a for a in c["actors"] if a["key"] == actor_key), None)
        if actor is None:
            continue
        loc = c.get("location") or {}
        if (loc.get("country") or "").upper() != country:
            continue
        ending = c["group"] in ENDING_GROUPS and "actor" in (actor.get("roles") or ())
        if not ending and not (c["group"] in PRESENCE_GROUPS and _on_ground(actor, c["group"])):
            continue
        for n in actor.get("names") or [actor["name"]]:
            names[n] = names.get(n, 0) + 1
        if actor.get("id"):
            actor_ids.add(actor["id"])
        items = [dict(it, kind="withdrawal" if ending else "support", cluster_id=c["id"],
                      strength=own_strength(it, actor_key, actor))
                 for it in c["items"] if actor_key in it.get("actor_keys", ())]
        if ending:
            withdrawals.append((loc, items))
            continue
        keys = [k for k in (place_key(loc), f"c:{country}") if k]
        pk = keys[0]
        if pk not in places or _loc_rank(loc) < _loc_rank(places[pk]):
            places[pk] = loc
        own.setdefault(pk, []).extend(items)
    if not own or not actor_ids:
        # Presence is kept for actors the registry knows. An unknown actor stays on its events as found,
        # but "gunmen" or "fighters" at a place is not a force an analyst can follow over time.
        return []
    ckey = f"c:{country}"
    places.setdefault(ckey, {"name": _country_name(country), "lat": None, "lon": None, "country": country,
                             "precision": "country"})
    own.setdefault(ckey, [])
    parents = _parents(places)
    # every presence carries its own items and, marked inherited, those of the places inside it
    full: dict[str, list[dict]] = {k: list(v) for k, v in own.items()}
    for pk in sorted(own):
        seen = {pk}
        up = parents.get(pk)
        while up and up not in seen:
            seen.add(up)
            full[up].extend(dict(it, inherited=pk) for it in own[pk])
            up = parents.get(up)
    for loc, items in withdrawals:
        for pk, ploc in places.items():
            if _withdrawal_applies(loc, ploc):
                full[pk].extend(items)
    name = sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if names else actor_key
    out = []
    for pk in sorted(full):
        loc = places[pk]
        out.append({
            "id": presence_id(actor_key, pk),
            "actor": {"key": actor_key, "name": name, "id": min(actor_ids) if actor_ids else None,
                      "names": sorted(names)},
            "place": {"key": pk, "name": loc.get("name"), "lat": loc.get("lat"), "lon": loc.get("lon"),
                      "country": country, "precision": loc.get("precision") if not pk.startswith("c:") else "country",
                      "geonameid": loc.get("geonameid"), "facility_id": loc.get("facility_id")},
            "parent_id": presence_id(actor_key, parents[pk]) if parents.get(pk) else None,
            "implied": not own.get(pk),
            "items": sorted(full[pk], key=lambda it: (it["event_id"], it.get("inherited") or "", it["kind"])),
        })
    return out


def _country_name(code: str) -> str:
    try:
        import pycountry

        found = pycountry.countries.get(alpha_2=code)
    except (ImportError, KeyError, LookupError):
        found = None
    return getattr(found, "common_name", None) or getattr(found, "name", None) or code


def _loc_rank(loc: dict) -> tuple:
    # the most precise, then the most complete description of a place stands for it
    return (PRECISION_RANK.get(loc.get("precision") or "unknown", 9), loc.get("lat") is None, str(loc.get("name")))


def _parents(places: dict[str, dict]) -> dict[str, str | None]:
    country = next(k for k in places if k.startswith("c:"))
    towns = sorted(k for k in places if k.startswith("t:"))
    regions = sorted(k for k in places if k.startswith("r:"))
    parents: dict[str, str | None] = {country: None}
    for pk, loc in places.items():
        if pk == country:
            continue
        parent = None
        if pk.startswith("f:") and loc.get("lat") is not None:
            near = [(haversine_km(loc["lat"], loc["lon"], places[t]["lat"], places[t]["lon"]), t) for t in towns
                    if places[t].get("lat") is not None]
            near = [x for x in near if x[0] <= FACILITY_IN_TOWN_KM]
            parent = min(near)[1] if near else None
        if parent is None and not pk.startswith("r:") and loc.get("admin1"):
            parent = next((r for r in regions if places[r].get("admin1") == loc.get("admin1")), None)
        parents[pk] = parent or country
    return parents


def _withdrawal_applies(wloc: dict, ploc: dict) -> bool:
    wprec = wloc.get("precision") or "unknown"
    if wprec in ("country", "area", "unknown"):
        return True  # leaving the country ends every presence in it
    if ploc.get("precision") == "country" or ploc.get("lat") is None or wloc.get("lat") is None:
        return False
    # judged at the coarser precision: leaving a town ends the presences at facilities in it
    coarse = wprec if PRECISION_RANK[wprec] >= PRECISION_RANK.get(ploc.get("precision"), 9) else ploc["precision"]
    km = haversine_km(wloc["lat"], wloc["lon"], ploc["lat"], ploc["lon"])
    return km <= TOLERANCE_KM.get(coarse, 0.0)


def summarize(presence: dict, *, at: str | None = None, reference: str | None = None,
              stale_after_days: int = STALE_AFTER_DAYS) -> dict | None:
    """The presence as known at ``at`` (all evidence when None); status judged at ``reference``.

    Returns None when no supporting evidence is dated on or before ``at``.
    """
    items = [it for it in presence["items"] if at is None or (it.get("start") or "9999") <= at]
    support = [it for it in items if it["kind"] == "support" and it.get("modality") != "denied"]
    if not support:
        return None
    start = min(it["start"] for it in support if it.get("start")) if any(it.get("start") for it in support) else None
    seen = [min(it["seen"], at) if at else it["seen"] for it in support if it.get("seen")]
    last_seen = max(seen) if seen else start
    ending = [it for it in items if it["kind"] == "withdrawal" and it.get("modality") != "denied"
              and it.get("seen") and (last_seen is None or it["seen"] >= last_seen)]
    ref = at or reference
    status, end, ended_by = "active", None, None
    if ending:
        w = max(ending, key=lambda it: (it["seen"], it["event_id"]))
        status, end, ended_by = "ended", w.get("start") or w["seen"], w["event_id"]
    elif ref and last_seen and _days(last_seen, ref) > stale_after_days:
        status = "stale"
    own = [it for it in support if not it.get("inherited")]
    strength = []
    for it in own:
        for q in _strength_of(it, presence):
            strength.append({
                "kind": q["kind"], "measure": STRENGTH_KINDS[q["kind"]], "min": q.get("min"), "max": q.get("max"),
                "unit": q.get("unit"), "approximate": q.get("approximate", False), "source": it["voice"],
                "date": it.get("start"), "event_id": it["event_id"], "doc_id": it["doc_id"],
            })
    strength.sort(key=lambda s: (s["date"] or "", s["event_id"], s["kind"]))
    voices = claim_voices(support)
    # a presence's strength claims disagree only about its own numbers, not about casualties or other sides
    disputed = contradictions([dict(it, quantities=_strength_of(it, presence)) for it in items
                               if it["kind"] == "support" and not it.get("inherited")])
    return {
        "id": presence["id"],
        "actor": {k: v for k, v in presence["actor"].items() if k != "key"} | {"key": presence["actor"]["key"]},
        "place": presence["place"],
        "parent_id": presence.get("parent_id"),
        "start": start,
        "last_seen": last_seen,
        "status": status,
        "end": end,
        "ended_by": ended_by,
        "strength": strength,
        "independent_sources": len(voices),
        "sources": list(voices),
        "evidence": sorted({it["event_id"] for it in support}),
        "withdrawals": sorted({it["event_id"] for it in items if it["kind"] == "withdrawal"}),
        "contradictions": disputed,
        "implied": presence.get("implied", False),
    }


def _strength_of(item: dict, presence: dict) -> list[dict]:
    if "strength" in item:
        return item["strength"]
    # a presence stored before strength was read by side: judged again from what it kept of its actor
    actor = presence.get("actor") or {}
    return own_strength(item, actor.get("key"), actor)


def _days(a: str, b: str) -> int:
    try:
        return (date.fromisoformat(b[:10]) - date.fromisoformat(a[:10])).days
    except ValueError:
        return 0
