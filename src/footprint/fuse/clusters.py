"""A fused event: one event told by one or more reports, with all its evidence.

``summarize`` turns the member events of a cluster into the stored record:
the most common type, the most precise place, the narrowest date all members
agree on, every actor, one evidence item per member (who says it, how firmly,
when), the independent sources and the contradictions, and the links with
their reasons. The cluster id is a hash of the smallest member event id, so
it does not depend on the order reports arrived in.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ..model import Event, _to_json, short_hash
from .event_features import PRECISION_RANK, day_iso, norm_name, parse_day, type_group
from .sources import claim_voices, claimant_voice, contradictions, outlet_cited, registry_actor, voice_name


@dataclass(frozen=True, slots=True)
class DocInfo:
    group: str  # copy group: smallest document id among a document and its copies
    publisher_voice: str
    published: str | None  # report date, or the earliest it can be
    publishers: tuple[str, ...] = ()  # every publisher of the copy group, folded: one voice however many
    published_at: str | None = None  # the publication time where the report gives one (``moment``)


def doc_infos(groups: dict[str, list[tuple]]) -> dict[str, DocInfo]:
    """From ``root -> [(doc id, source, published, not_before, stamp)]`` to each document's ``DocInfo``."""
    out: dict[str, DocInfo] = {}
    for docs in groups.values():
        group = min(d[0] for d in docs)
        pubs = sorted(v for v in (voice_name(d[1]) for d in docs) if v)
        voice = f"publisher:{pubs[0]}" if pubs else f"report:{group}"
        for doc_id, _src, published, not_before, stamp in docs:
            out[doc_id] = DocInfo(group, voice, published or not_before, tuple(dict.fromkeys(pubs)),
                                  moment(published, stamp))
    return out


def moment(day: str | None, stamp: object) -> str | None:
    """The report's publication time as a sortable ``YYYY-MM-DDTHH:MM:SS`` (UTC where the stamp has a zone), or
    None where the stamp gives no time of day or is not of the report's day (a stamp the reader did not use)."""
    if not day or not isinstance(stamp, str) or not _TIMED.match(stamp.strip()):
        return None
    try:
        at = dt.datetime.fromisoformat(stamp.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if at.date().isoformat() != day:
        return None
    if at.tzinfo is not None:
        at = at.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return at.isoformat(timespec="seconds")


#: A day with a time of day ("2025-06-14T08:10", "2025-06-14 08:10:00+03:00"); a day alone gives no order within it.
_TIMED = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def cluster_id(event_ids: list[str]) -> str:
    return "c" + short_hash(min(event_ids), length=15)


def item(event: Event, doc: DocInfo | None, actor_key: Callable[[str | None, str], str]) -> dict:
    """One member's evidence: who says it, how firmly, what dates it attests."""
    report = doc.published if doc else None
    d = event.date
    s = parse_day(d.start) if d else None
    e = parse_day(d.end, end=True) if d else None
    cap = parse_day(report, end=True) if report else None
    if s is not None or e is not None:
        start = day_iso(s if s is not None else e)
        if e is None:  # open interval ("since 2021"): true up to the report
            seen = report or start
        else:
            seen = day_iso(min(e, cap) if cap else e)
            seen = max(seen, start)
        date_from = "event"
    else:
        start = seen = report
        date_from = "report"
    claimant = event.attribution.claimant
    claimant_id = getattr(event.attribution, "claimant_id", None)
    claimant_key = actor_key(claimant_id, claimant or "") if claimant_id and claimant else None
    own = claimant_voice(claimant, claimant_key)
    # the outlet an unnamed speaker told ("a security source told Sahel Dispatch"): that outlet's voice
    via = None if own else outlet_cited(event.evidence.sentence, claimant)
    # the voice shown beside a claim: the claimant's own words where it has a voice of its own
    voice = (voice_name(claimant) if own else via) or (doc.publisher_voice.split(":", 1)[1] if doc and doc.publisher_voice.startswith(
        "publisher:") else (doc.publisher_voice if doc else f"report:{event.doc_id}"))
    return {
        "event_id": event.id,
        "doc_id": event.doc_id,
        "group": doc.group if doc else event.doc_id,
        "publisher_voice": doc.publisher_voice if doc else f"report:{event.doc_id}",
        "publishers": list(doc.publishers) if doc else [],
        "published": report,
        "published_at": doc.published_at if doc else None,
        "claimant": claimant,
        "claimant_key": claimant_key,
        "via": via,
        "country": (event.location.country or "").upper() or None if event.location else None,
        "voice": voice,
        "modality": event.attribution.modality,
        "evidence_type": event.attribution.evidence_type,
        "type": event.type,
        "background": event.background,
        "start": start,
        "seen": seen,
        "date": [day_iso(s), day_iso(e)] if s is not None and e is not None else None,
        "date_from": date_from,
        "quantities": [dict(_to_json(q), side_key=side_key(q.side, event, actor_key)) for q in event.quantities],
        "actor_keys": sorted({actor_key(a.id, a.name) for a in event.actors}),
        "sentence": event.evidence.sentence,
    }


def side_key(side: str | None, event: Event, actor_key: Callable[[str | None, str], str]) -> str | None:
    """The actor key of a quantity's side (an actor id, or the words of an unknown group): the event's actor
    of that id or, unknown, of that name; else a registry id; else the words. None when the number has no side."""
    if not side:
        return None
    for a in event.actors:
        if side == a.id or (not a.id and side == a.name):
            return actor_key(a.id, a.name)
    return actor_key(side, side) if registry_actor(side) is not None else actor_key(None, side)


def summarize(
    events: list[Event],
    docs: dict[str, DocInfo],
    actor_key: Callable[[str | None, str], str],
    links: list[tuple[str, str, float, list[str]]],
    manual: list[dict],
) -> dict:
    events = sorted(events, key=lambda e: e.id)
    ids = [e.id for e in events]
    types = Counter(e.type for e in events)
    type_ = sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    located = [e for e in events if e.location is not None]
    best = min(located, key=lambda e: (PRECISION_RANK.get(e.location.precision, 9), e.location.lat is None, e.id),
               default=None)
    location = _to_json(best.location) if best else None
    if location is not None and location.get("country"):
        location["country"] = location["country"].upper()
    items = [item(e, docs.get(e.doc_id), actor_key) for e in events]
    actors: dict[str, dict] = {}
    for e in events:
        for a in e.actors:
            k = actor_key(a.id, a.name)
            rec = actors.setdefault(k, {"key": k, "id": a.id, "names": Counter(), "roles": set(), "type": a.type,
                                        "wikidata": a.wikidata})
            rec["names"][a.name] += 1
            rec["roles"].add(a.role)
            rec["id"] = rec["id"] or a.id
            rec["type"] = rec["type"] or a.type
            rec["wikidata"] = rec["wikidata"] or a.wikidata
    actor_list = []
    for k in sorted(actors):
        rec = actors[k]
        names = sorted(rec["names"].items(), key=lambda kv: (-kv[1], kv[0]))
        actor_list.append({"key": k, "name": names[0][0], "id": rec["id"], "wikidata": rec["wikidata"],
                           "type": rec["type"], "roles": sorted(rec["roles"]), "names": sorted(rec["names"])})
    voices = claim_voices(items)
    return {
        "id": cluster_id(ids),
        "type": type_,
        "types": sorted(types),
        "group": type_group(type_),
        "events": ids,
        "docs": sorted({e.doc_id for e in events}),
        "location": location,
        "date": _fused_date(events),
        "actors": actor_list,
        "background": all(e.background for e in events),
        "independent_sources": len(voices),
        "sources": list(voices),
        "contradictions": contradictions(items, by_side=True),
        "links": [{"a": a, "b": b, "score": s, "reasons": list(r)} for a, b, s, r in sorted(links)],
        "manual": manual,
        "items": items,
    }


def _fused_date(events: list[Event]) -> dict:
    """The interval every dated member agrees on, or the narrowest one where they do not."""
    spans = []
    for e in events:
        if e.date is None:
            continue
        s, t = parse_day(e.date.start), parse_day(e.date.end, end=True)
        if s is not None and t is not None:
            spans.append((s, t, e.date.precision, e.id))
    if not spans:
        open_ = [e for e in events if e.date and (e.date.start or e.date.end)]
        if open_:
            e = min(open_, key=lambda e: e.id)
            return {"start": e.date.start, "end": e.date.end, "precision": e.date.precision}
        return {"start": None, "end": None, "precision": "unknown"}
    lo, hi = max(s[0] for s in spans), min(s[1] for s in spans)
    narrow = min(spans, key=lambda s: (s[1] - s[0], s[3]))
    if lo <= hi:
        prec = narrow[2] if (hi - lo) == (narrow[1] - narrow[0]) else _precision_of(hi - lo)
        return {"start": day_iso(lo), "end": day_iso(hi), "precision": prec}
    return {"start": day_iso(narrow[0]), "end": day_iso(narrow[1]), "precision": narrow[2]}


def _precision_of(days: int) -> str:
    return "day" if days < 1 else "week" if days < 7 else "month" if days < 31 else "quarter" if days < 92 else \
        "year" if days < 366 else "decade"


def default_actor_key() -> Callable[[str | None, str], str]:
    """Actor identity: registry id folded to the first of its line of renamings, else the name.

    The actors registry (``footprint.actors``) is consulted when it exists and
    offers successions (Wagner Group → Africa Corps are one line; a merger of
    several groups, as JNIM, is a line of its own); without it,
    ids and names stand as they are. A state named as the actor ("Russia
    deployed …") stands for its national armed forces where the registry has
    them, so "Russia" and "Russian forces" are one actor on the ground.
    """
    tables: list = []  # the registry is read on first use: an update with no events never loads it

    def key(actor_id: str | None, name: str) -> str:
        if actor_id:
            if not tables:
                tables.extend((_lineage_root(), _national_forces()))
            root, forces = tables
            return "a:" + root(forces.get(actor_id, actor_id))
        return "n:" + norm_name(name)

    return key


def _national_forces() -> dict[str, str]:
    """Registry id of each country -> id of its national armed forces."""
    try:
        from ..actors import registry  # noqa: PLC0415 - the actors stage is optional here

        table = getattr(registry(), "actors", {})
    except Exception:  # no registry: states stay as they are
        return {}
    countries = {a.country: a.id for a in table.values() if a.type == "country" and a.country}
    out: dict[str, str] = {}
    for a in sorted(table.values(), key=lambda a: (not a.generated, a.id)):
        if a.type == "state_force" and a.country in countries and a.parent is None and a.generated:
            out.setdefault(countries[a.country], a.id)
    return out


def _lineage_root() -> Callable[[str], str]:
    try:
        from ..actors import registry  # noqa: PLC0415 - the actors stage is optional here

        reg = registry()
        table = getattr(reg, "actors", {})
    except Exception:  # no registry, no successions: ids stand as they are
        return lambda i: i
    # successions run forward (Wagner Group -> Africa Corps); fusion needs the first of each line. Only a
    # group that continues one other under a new name is that group: one formed of several (JNIM from Ansar
    # Dine and al-Mourabitoun) is a new actor whose lineage is no identity, so it keeps its own key
    parents: dict[str, set[str]] = {}
    for actor in table.values():
        for s in getattr(actor, "successors", ()) or ():
            if to := getattr(s, "to", None):
                parents.setdefault(to, set()).add(actor.id)
    before = {to: next(iter(ids)) for to, ids in parents.items() if len(ids) == 1}
    cache: dict[str, str] = {}

    def root(actor_id: str) -> str:
        if actor_id not in cache:
            seen, cur = {actor_id}, actor_id
            while cur in before and before[cur] not in seen:
                cur = before[cur]
                seen.add(cur)
            cache[actor_id] = cur
        return cache[actor_id]

    return root
