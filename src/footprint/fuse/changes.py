"""What changed since a date, and the story of one actor or place in order.

``since`` can mean two things, and both are offered:

* ``by="evidence"`` (default): what *happened* since then by the evidence's
  own dates: presences that started, ended or went stale, strength estimates
  dated since, fused events dated since.
* ``by="ingest"``: what Footprint *learned* since then (documents ingested
  on or after the date), whatever the dates of the events: presences first
  seen in those documents, withdrawals and estimates read from them, fused
  events all of whose reports arrived since.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from .. import userdate
from ..amounts import amount
from ..errors import InputError
from .presence import STALE_AFTER_DAYS
from .queries import actor_matches, fused_events, place_matches, presences
from .repository import FusionRepository

BY = ("evidence", "ingest")


def changes(store, since: str, *, by: str = "evidence", stale_after_days: int = STALE_AFTER_DAYS) -> dict:
    if by not in BY:
        raise InputError(f"unknown value {by!r} (evidence or ingest)", source="--by")
    since_day = userdate.parse(since, "--since").start  # required: empty is an error here, not "any"
    repo = FusionRepository(store.conn)
    rows = presences(store, stale_after_days=stale_after_days)
    clusters = fused_events(store)
    ingested: dict[str, str] = {}
    if by == "ingest":
        docs = {d for c in clusters for d in c["docs"]}
        ingested = {d: t[:10] for d, t in repo.ingested_at(docs).items()}
    doc_of = {it["event_id"]: it["doc_id"] for c in clusters for it in c["items"]}

    def learned(event_ids) -> str | None:
        times = [ingested.get(doc_of.get(e, ""), "") for e in event_ids]
        times = [t for t in times if t]
        return min(times) if times else None

    out = {"since": since_day, "by": by, "new_presences": [], "ended_presences": [], "stale_presences": [],
           "strength": [], "events_by_type": {}, "events": []}
    for p in rows:
        brief = {"id": p["id"], "actor": p["actor"]["name"], "place": p["place"]["name"],
                 "precision": p["place"]["precision"], "country": p["place"]["country"]}
        if by == "evidence":
            new = p["start"] and p["start"] >= since_day
            ended = p["status"] == "ended" and (p["end"] or "") >= since_day
            stale_on = _plus(p["last_seen"], stale_after_days) if p["status"] == "stale" else None
            stale = stale_on is not None and stale_on >= since_day
        else:
            first = learned(p["evidence"])
            new = first is not None and first >= since_day
            ended = p["status"] == "ended" and (learned([p["ended_by"]]) or "") >= since_day
            stale, stale_on = False, None  # staleness is a matter of dates, not of what was read
        if new:
            out["new_presences"].append(brief | {"date": p["start"]})
        if ended:
            out["ended_presences"].append(brief | {"date": p["end"], "ended_by": p["ended_by"]})
        if stale:
            out["stale_presences"].append(brief | {"date": stale_on, "last_seen": p["last_seen"]})
        for s in p["strength"]:
            when = s["date"] if by == "evidence" else learned([s["event_id"]])
            if when and when >= since_day:
                out["strength"].append(brief | {"date": s["date"], "kind": s["kind"], "measure": s["measure"],
                                                "min": s["min"], "max": s["max"], "unit": s.get("unit"),
                                                "approximate": bool(s.get("approximate")), "source": s["source"],
                                                "event_id": s["event_id"]})
    counts: Counter[str] = Counter()
    for c in clusters:
        when = c["date"]["start"] if by == "evidence" else learned(c["events"])
        if when and when >= since_day:
            counts[c["type"]] += 1
            out["events"].append({"id": c["id"], "type": c["type"], "date": c["date"]["start"],
                                  "place": (c.get("location") or {}).get("name"),
                                  "actors": [a["name"] for a in c["actors"]],
                                  "independent_sources": c["independent_sources"]})
    out["events_by_type"] = dict(sorted(counts.items()))
    for key in ("new_presences", "ended_presences", "stale_presences", "strength", "events"):
        out[key].sort(key=lambda r: (r.get("date") or "", r["id"]))
    return out


def _presence_detail(r: dict) -> str:
    """The parts of a presence row, each named: unlabelled, an event id, a date and a precision read alike."""
    parts = [f"place precision: {r['precision']}"] if r.get("precision") else []
    if r.get("ended_by"):
        parts.append(f"ended by event {r['ended_by']}")
    if r.get("last_seen"):
        parts.append(f"last seen {r['last_seen']}")
    return "; ".join(parts)


def change_rows(report: dict) -> list[dict]:
    """One flat row per change, for tables and CSV."""
    rows = []
    for key, kind in (("new_presences", "presence started"), ("ended_presences", "presence ended"),
                      ("stale_presences", "presence went stale")):
        for r in report[key]:
            rows.append({"change": kind, "date": r["date"], "actor": r["actor"], "place": r["place"],
                         "detail": _presence_detail(r), "id": r["id"]})
    for r in report["strength"]:
        rows.append({"change": "strength estimate", "date": r["date"], "actor": r["actor"], "place": r["place"],
                     "detail": f"{strength_text(r)} ({r['measure']}, {r['source']})", "id": r["id"]})
    for r in report["events"]:
        rows.append({"change": f"event: {r['type']}", "date": r["date"], "actor": ", ".join(r["actors"]),
                     "place": r["place"], "detail": f"{r['independent_sources']} source(s)", "id": r["id"]})
    rows.sort(key=lambda r: (r["date"] or "", r["change"], r["id"]))
    return rows


def timeline(store, *, actor: str | None = None, place: str | None = None,
             stale_after_days: int = STALE_AFTER_DAYS) -> list[dict]:
    """Fused events and presence changes of an actor or at a place, oldest first."""
    if not actor and not place:
        raise InputError("give --actor or --place", source="timeline")
    rows = []
    for c in fused_events(store, actor=actor, place=place):
        loc = c.get("location") or {}
        rows.append({"date": c["date"]["start"], "end": c["date"]["end"], "kind": "event", "type": c["type"],
                     "actors": ", ".join(a["name"] for a in c["actors"]), "place": loc.get("name"),
                     "precision": loc.get("precision"), "independent_sources": c["independent_sources"], "background": c["background"],
                     "id": c["id"], "events": c["events"]})
    for p in presences(store, actor=actor, stale_after_days=stale_after_days):
        if place and not place_matches(p["place"], place):
            continue
        # every row has the same keys; `type` says what the row is about, `precision` how exact its place is
        base = {"type": "presence", "actors": p["actor"]["name"], "place": p["place"]["name"],
                "precision": p["place"]["precision"], "independent_sources": p["independent_sources"],
                "background": False, "id": p["id"], "events": p["evidence"]}
        rows.append(base | {"date": p["start"], "end": None, "kind": "presence started"})
        if p["status"] == "ended":
            rows.append(base | {"date": p["end"], "end": None, "kind": "presence ended"})
        elif p["status"] == "stale":
            rows.append(base | {"date": _plus(p["last_seen"], stale_after_days), "end": None,
                                "kind": "presence went stale"})
        for s in p["strength"]:
            rows.append(base | {"date": s["date"], "end": None, "kind": f"strength {strength_text(s)} ({s['measure']})",
                                "events": [s["event_id"]]})
    rows.sort(key=lambda r: (r["date"] or "9999", r["kind"] != "event", r["id"]))
    return rows


def strength_text(s: dict) -> str:
    """A strength estimate as the presence table writes it: "300 personnel", "~50-80 vehicles"."""
    what = s.get("unit") or s.get("kind") or ""
    return f"{amount(s.get('min'), s.get('max'), bool(s.get('approximate')))} {what}".rstrip()


def _plus(day: str | None, days: int) -> str | None:
    if not day:
        return None
    try:
        return (date.fromisoformat(day[:10]) + timedelta(days=days)).isoformat()
    except ValueError:
        return None


__all__ = ["changes", "change_rows", "timeline", "actor_matches"]
