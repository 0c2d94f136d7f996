"""Checks presence records against gold entries (the ``presence`` list of a seeds-gold style file).

A gold entry holds when one presence meets every criterion it gives:
``actor_any`` (alias groups from ``actor_aliases``), ``place`` (a point with
``radius_km``, or a ``country``, which then needs a country-level presence),
``start_within``, ``last_seen_not_before`` and ``min_independent_sources``.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import EvalError
from ..geo import distance_km as haversine_km


def load(path: str | Path) -> dict:
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise EvalError("no such gold file", source=str(p)) from exc
    except (UnicodeDecodeError, json.JSONDecodeError, IsADirectoryError) as exc:
        raise EvalError(f"not a JSON gold file ({exc.__class__.__name__})", source=str(p)) from exc
    if not isinstance(data, dict) or not isinstance(data.get("presence", []), list):
        raise EvalError("gold file has no 'presence' list", source=str(p))
    return data


def _fold(s: str) -> str:
    return " ".join(str(s).replace("_", " ").replace("-", " ").lower().split())


def _actor_ok(presence: dict, groups: list[str], aliases: dict[str, list[str]]) -> bool:
    names = {_fold(n) for n in [presence["actor"].get("name"), presence["actor"].get("id"),
                                *(presence["actor"].get("names") or ())] if n}
    for g in groups:
        wanted = {_fold(a) for a in aliases.get(g, [g])}
        if names & wanted:
            return True
    return False


def _place_ok(presence: dict, place: dict) -> bool:
    p = presence["place"]
    if "country" in place and "lat" not in place:
        return (p.get("country") or "").upper() == place["country"].upper() and p.get("precision") == "country"
    if p.get("lat") is None or p.get("lon") is None:
        return False
    return haversine_km(p["lat"], p["lon"], place["lat"], place["lon"]) <= float(place.get("radius_km", 25))


def failures(presence: dict, entry: dict, gold: dict) -> list[str]:
    """Criteria of ``entry`` that ``presence`` misses (empty: it holds)."""
    out = []
    aliases = gold.get("actor_aliases", {})
    if entry.get("actor_any") and not _actor_ok(presence, entry["actor_any"], aliases):
        out.append("actor")
    if entry.get("place"):
        place = gold.get("places", {}).get(entry["place"])
        if place is None:
            raise EvalError(f"gold place {entry['place']!r} is not defined", source=entry.get("id"))
        if not _place_ok(presence, place):
            out.append("place")
    if entry.get("start_within"):
        lo, hi = entry["start_within"]
        if not presence.get("start") or not (lo <= presence["start"] <= hi):
            out.append(f"start {presence.get('start')} not in {lo}..{hi}")
    if entry.get("last_seen_not_before"):
        if not presence.get("last_seen") or presence["last_seen"] < entry["last_seen_not_before"]:
            out.append(f"last_seen {presence.get('last_seen')} < {entry['last_seen_not_before']}")
    if entry.get("min_independent_sources"):
        if presence.get("independent_sources", 0) < entry["min_independent_sources"]:
            out.append(f"{presence.get('independent_sources', 0)} independent sources < "
                       f"{entry['min_independent_sources']}")
    return out


def evaluate(presences: list[dict], gold: dict) -> list[dict]:
    """For each gold entry: whether it holds, and the closest presence with what it misses."""
    results = []
    for entry in gold.get("presence", []):
        best = None
        for p in presences:
            miss = failures(p, entry, gold)
            if best is None or len(miss) < len(best[1]):
                best = (p, miss)
            if not miss:
                break
        results.append({
            "id": entry.get("id"),
            "holds": bool(best) and not best[1],
            "presence": best[0]["id"] if best else None,
            "actor": best[0]["actor"]["name"] if best else None,
            "place": best[0]["place"]["name"] if best else None,
            "missing": best[1] if best else ["no presence at all"],
        })
    return results
