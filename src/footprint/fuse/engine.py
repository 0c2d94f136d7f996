"""Fusion runs: incremental ``update`` after new documents, full ``rebuild``.

Both give the same result for the same store. ``update`` re-indexes only the
events of the touched documents (and their copies), links them to their
candidates, and re-clusters the connected part of the link graph they touch;
then it rebuilds only the presences of the (actor, country) pairs whose
clusters changed. Clustering a whole connected component of the link graph
with a fixed rule (``grouping.cluster``) is what makes the result independent
of ingest order.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_left, bisect_right
from collections import Counter, deque
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass

from ..errors import InputError, NotFound, StoreError
from ..model import Event
from . import clusters as clusters_mod
from . import presence as presence_mod
from .grouping import cluster
from .blocks import CAPPED_BLOCKS, over_cap, probe_ranges, stored_keys
from .event_features import Features, features, features_of_json
from .identity import judge
from .repository import FusionRepository

ActorKey = Callable[[str | None, str], str]


@dataclass(frozen=True)
class FuseReport:
    documents: int = 0
    events: int = 0  # events (re)indexed
    removed: int = 0  # events that had left the store
    links: int = 0  # links found now
    clusters: int = 0  # clusters written now
    presence_groups: int = 0  # (actor, country) pairs whose presences were rebuilt
    seconds: float = 0.0
    pairs: int = 0  # candidate pairs judged (blocking's cost: it should grow about as the events do)


def _conn(store):
    conn = getattr(store, "conn", None)
    if conn is None:
        raise StoreError("fusion needs the SQLite store (a store with a connection)")
    return conn


@contextmanager
def _transaction(store):
    if hasattr(store, "transaction"):
        with store.transaction() as conn:
            yield conn
    else:  # pragma: no cover - every store Footprint ships has transaction()
        with _conn(store) as conn:
            yield conn


def _overrides(ovs: list[dict], region: set[str]) -> tuple[list[tuple[str, ...]], frozenset[str]]:
    """Manual decisions that hold inside ``region``.

    A split cuts an event off from every automatic link for good, and voids
    the merges recorded before it for that event; merges recorded after a
    split still join it. Ids that no longer exist are ignored (the record stays).
    """
    last_split: dict[str, int] = {}
    for o in ovs:
        if o["action"] == "split":
            for e in o["events"]:
                last_split[e] = max(last_split.get(e, 0), o["id"])
    forced = []
    for o in ovs:
        if o["action"] != "merge":
            continue
        keep = tuple(sorted(e for e in o["events"] if e in region and last_split.get(e, 0) < o["id"]))
        if len(keep) >= 2:
            forced.append(keep)
    return forced, frozenset(e for e in last_split if e in region)


def _group(infos: dict, doc_id: str) -> str:
    info = infos.get(doc_id)
    return info.group if info else doc_id


def _find_links(f: Features, cands: Iterable[str], feats: dict[str, Features], out: dict,
                judged: set[tuple[str, str]] | None = None) -> int:
    """Judge ``f`` against its candidates, adding matches to ``out``; the number of pairs judged.

    ``judged``: pairs already judged in this run (an update judges each new pair once, whichever of
    its events finds it first); a rebuild passes None, as it only looks at candidates after ``f``."""
    n = 0
    for c in cands:
        if c == f.id:
            continue
        a, b = (f.id, c) if f.id < c else (c, f.id)
        if (a, b) in out:
            continue
        if judged is not None:
            if (a, b) in judged:
                continue
            judged.add((a, b))
        n += 1
        j = judge(f, feats[c])
        if j.match:
            out[(a, b)] = (j.score, j.reasons)
    return n


def _with_siblings(f: Features, cands: set[str], siblings: Callable[[str], list[str]],
                   feats: dict[str, Features]) -> set[str]:
    """An event with no place also meets the other events of its candidates' reports.

    A report that tells two attacks of one night gives the placeless event a second fit, which
    makes it ambiguous (``grouping.cluster``) even where the second shares only a word with it.
    """
    if not f.placeless:
        return cands
    docs = {feats[c].doc_id for c in cands if c in feats} - {f.doc_id}
    return cands | {s for d in sorted(docs) for s in siblings(d)}


def _denials_only(group: list[str], fe: dict[str, Features]) -> bool:
    """A group made only of denials (no incident of its own: its events stay, in no fused event).

    Every member must be known to be a denial: a member with no stored features is not known to deny
    anything, so a group of such members (or an empty one) is kept rather than silently dropped.
    """
    return bool(group) and all(m in fe and fe[m].denied for m in group)


def _recluster(repo: FusionRepository, region: set[str], actor_key: ActorKey, *,
               feats: dict[str, Features] | None = None, links: list | None = None,
               events: dict[str, Event] | None = None, fresh: bool = False) -> tuple[int, set[tuple[str, str]]]:
    """Cluster ``region`` (a union of link-graph components) and replace its clusters.

    ``feats``, ``links`` (those inside the region) and ``events`` are what the
    caller already holds, so nothing is read or parsed twice; the rest comes
    from the store. ``fresh``: the region has no clusters yet (a rebuild
    cleared them all), so there are none to look up and delete.
    """
    if not region:
        return 0, set()
    known = feats or {}
    fe = {i: known[i] for i in region if i in known}
    if len(fe) < len(region):
        fe.update(repo.features(region - fe.keys()))
    if links is None:
        links = [l for l in repo.links_touching(region) if l[0] in region and l[1] in region]
    ovs = repo.overrides(region)
    forced, isolated = _overrides(ovs, region)
    groups = cluster(sorted(region), [(s, a, b) for a, b, s, _ in links], fe, forced=forced, isolated=isolated)
    groups = [g for g in groups if not _denials_only(g, fe)]
    pgroups: set[tuple[str, str]] = set()
    if not fresh:
        old = set(repo.cluster_of(region).values())
        pgroups = repo.cluster_presence_groups(old)
        repo.delete_clusters(old)
    held = events or {}
    evs = {i: held[i] for i in region if i in held}
    if len(evs) < len(region):
        evs.update((i, Event.from_json(j)) for i, j in repo.event_json(region - evs.keys()).items())
    docs = clusters_mod.doc_infos(repo.copy_groups({e.doc_id for e in evs.values()}))
    by_member: dict[str, list] = {}
    for l in links:
        by_member.setdefault(l[0], []).append(l)
    summaries = []
    for members in groups:
        ms = set(members)
        inner = [l for m in members for l in by_member.get(m, ()) if l[1] in ms]
        manual = [{"id": o["id"], "action": o["action"], "events": o["events"], "note": o["note"]}
                  for o in ovs if ms & set(o["events"])]
        summaries.append(clusters_mod.summarize([evs[m] for m in members], docs, actor_key, inner, manual))
    repo.write_clusters(summaries)
    for c in summaries:
        country = ((c.get("location") or {}).get("country") or "").upper()
        pgroups |= {(a["key"], country) for a in c["actors"]}
    return len(summaries), pgroups


def _rebuild_presences(repo: FusionRepository, pgroups: set[tuple[str, str]]) -> int:
    n = 0
    for actor, country in sorted(pgroups):
        if not country:
            continue
        built = presence_mod.build(actor, country, repo.clusters_for_actor(actor, country))
        summaries = {p["id"]: presence_mod.summarize(p) for p in built}
        repo.replace_presences(actor, country, built, summaries)
        n += 1
    return n


def _component(repo: FusionRepository, seeds: set[str]) -> set[str]:
    region = repo.existing(seeds)
    frontier = set(region)
    while frontier:
        nxt: set[str] = set()
        for a, b, _s, _r in repo.links_touching(frontier):
            nxt.update((a, b))
        for o in repo.overrides(frontier):
            if o["action"] == "merge":
                nxt.update(o["events"])
        nxt = repo.existing(nxt - region)
        region |= nxt
        frontier = nxt
    return region


def update(store, doc_ids: list[str], *, actor_key: ActorKey | None = None) -> FuseReport:
    """Fuse the events of ``doc_ids`` (new, re-extracted or deleted) into the store's picture."""
    t0 = time.perf_counter()
    actor_key = actor_key or clusters_mod.default_actor_key()
    with _transaction(store) as conn:
        repo = FusionRepository(conn)
        docs = {d for group in repo.copy_groups(doc_ids).values() for d, *_ in group} | set(doc_ids)
        old_ids = repo.indexed_events_of_docs(docs)
        blocks = repo.name_blocks_of(old_ids)
        sizes_before = repo.name_block_sizes(blocks)
        old_clusters = set(repo.cluster_of(old_ids).values())
        mates = repo.members(old_clusters)
        pgroups = repo.cluster_presence_groups(old_clusters)
        repo.unindex(old_ids)
        repo.delete_clusters(old_clusters)
        infos = clusters_mod.doc_infos(repo.copy_groups(docs))
        events = {i: Event.from_json(j) for i, j in repo.event_json(repo.event_ids_of_docs(docs)).items()}
        feats = {i: features(e, actor_key, _group(infos, e.doc_id)) for i, e in events.items()}
        keys = {i: stored_keys(f) for i, f in feats.items()}
        new_blocks = {k for ks in keys.values() for k in ks if k.startswith(CAPPED_BLOCKS)} - blocks
        sizes_before.update(repo.name_block_sizes(new_blocks))  # these docs were not in them before
        repo.index(feats.values(), keys)
        blocks |= new_blocks
        sizes_after = repo.name_block_sizes(blocks)
        crossed = {b for b in blocks if over_cap(sizes_before, b) != over_cap(sizes_after, b)}
        found: dict[tuple[str, str], tuple[float, tuple[str, ...]]] = {}
        known = dict(feats)
        judged: set[tuple[str, str]] = set()
        by_doc: dict[str, list[str]] = {}

        def siblings(doc_id: str) -> list[str]:
            if doc_id not in by_doc:
                by_doc[doc_id] = repo.indexed_events_of_docs([doc_id])
            return by_doc[doc_id]

        pairs, todo, probed = 0, deque(sorted(feats)), set()
        queued = set(todo)
        while todo:
            i = todo.popleft()
            probed.add(i)
            f = known[i]
            cands = repo.candidates(probe_ranges(f))
            known.update(repo.features(cands - known.keys()))
            cands = _with_siblings(f, cands, siblings, known)  # unchanged for an event with a place
            known.update(repo.features(cands - known.keys()))  # no new ids: no query
            pairs += _find_links(f, cands, known, found, judged)
            # an older event with no place that a new one meets looks again: its sibling candidates
            # and its ambiguity may have changed (what a rebuild would find from its side)
            again = sorted(c for c in cands if c not in probed and c not in queued and known[c].placeless
                           and not f.placeless
                           and (known[c].actor_blocked or known[c].name_blocked or known[c].spelled))
            todo.extend(again)
            queued.update(again)
        repo.add_links([(a, b, s, r) for (a, b), (s, r) in sorted(found.items())])
        region = _component(repo, set(feats) | (mates - set(old_ids)))
        n_clusters, more = _recluster(repo, region, actor_key, feats=known, events=events)
        n_groups = _rebuild_presences(repo, pgroups | more)
        # a name block that crossed the cap links (or no longer links) its placeless events: fuse them again,
        # as a rebuild would find them
        crossed_docs = sorted(repo.placeless_docs_in(crossed) - docs)
    removed = len(set(old_ids) - set(feats))
    out = FuseReport(len(docs), len(feats), removed, len(found), n_clusters, n_groups, time.perf_counter() - t0,
                     pairs)
    if crossed_docs:
        more_report = update(store, crossed_docs, actor_key=actor_key)
        out = FuseReport(out.documents + more_report.documents, out.events + more_report.events, out.removed,
                         out.links + more_report.links, out.clusters + more_report.clusters,
                         out.presence_groups + more_report.presence_groups, time.perf_counter() - t0,
                         out.pairs + more_report.pairs)
    return out


def rebuild(store, *, actor_key: ActorKey | None = None, progress: Callable[[str], None] | None = None) -> FuseReport:
    """Recompute every link, cluster and presence from the stored events (manual overrides kept)."""
    t0 = time.perf_counter()
    actor_key = actor_key or clusters_mod.default_actor_key()
    say = progress or (lambda _m: None)
    with _transaction(store) as conn:
        repo = FusionRepository(conn)
        repo.clear_derived()
        feats: dict[str, Features] = {}
        infos = clusters_mod.doc_infos(repo.all_copy_groups())
        for data in repo.all_event_json():
            feats[data["id"]] = features_of_json(data, actor_key, _group(infos, data["doc_id"]))
        del infos
        keys = {i: stored_keys(f) for i, f in feats.items()}
        repo.index(feats.values(), keys)
        say(f"indexed {len(feats)} events")
        # the same blocking as ``update``, on a sorted in-memory key list (capped blocks over the cap left out)
        sizes = Counter(k for ks in keys.values() for k in ks if k.startswith(CAPPED_BLOCKS))
        index = sorted((k, i) for i, ks in keys.items() for k in ks if not over_cap(sizes, k))
        del keys
        ordered = [k for k, _ in index]
        by_doc: dict[str, list[str]] = {}
        for i, f in feats.items():
            by_doc.setdefault(f.doc_id, []).append(i)
        found: dict[tuple[str, str], tuple[float, tuple[str, ...]]] = {}
        pairs, judged = 0, set()
        for i in sorted(feats):
            f = feats[i]
            met = {c for lo, hi in probe_ranges(f) for _k, c in index[bisect_left(ordered, lo) : bisect_right(ordered, hi)]}
            cands = {c for c in met if c > i}
            if f.placeless:  # sibling candidates are found from this side only: no ``c > i`` cut for them
                more = _with_siblings(f, met, lambda d: by_doc.get(d, ()), feats) - met
                pairs += _find_links(f, more, feats, found, judged)  # only these pairs enter ``judged``
            pairs += _find_links(f, cands, feats, found)
        del index, ordered
        repo.add_links([(a, b, s, r) for (a, b), (s, r) in sorted(found.items())])
        say(f"found {len(found)} links")
        # connected components of links and manual merges
        parent = {i: i for i in feats}

        def find(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b in found:
            parent[find(a)] = find(b)
        for o in repo.overrides():
            live = [e for e in o["events"] if e in parent]
            if o["action"] == "merge":
                for e in live[1:]:
                    parent[find(e)] = find(live[0])
        components: dict[str, list[str]] = {}
        for i in feats:
            components.setdefault(find(i), []).append(i)
        comp_links: dict[str, list] = {}
        for (a, b), (s, r) in found.items():
            comp_links.setdefault(find(a), []).append((a, b, s, r))
        parent.clear()  # only find() used it
        # clusters are written a batch of components at a time, so only that batch's events are built in memory
        n_clusters, pgroups, batch, size = 0, set(), [], 0
        for root, comp in sorted(components.items(), key=lambda kv: min(kv[1])):
            batch.append(root)
            size += len(comp)
            if size >= 2000:
                n, g = _recluster_batch(repo, batch, components, comp_links, feats, actor_key)
                n_clusters, pgroups, batch, size = n_clusters + n, pgroups | g, [], 0
        if batch:
            n, g = _recluster_batch(repo, batch, components, comp_links, feats, actor_key)
            n_clusters, pgroups = n_clusters + n, pgroups | g
        say(f"wrote {n_clusters} fused events")
        n_groups = _rebuild_presences(repo, pgroups)
    return FuseReport(0, len(feats), 0, len(found), n_clusters, n_groups, time.perf_counter() - t0, pairs)


def _recluster_batch(repo, roots, components, comp_links, feats, actor_key) -> tuple[int, set[tuple[str, str]]]:
    region = {i for r in roots for i in components[r]}
    links = [l for r in roots for l in comp_links.get(r, ())]
    return _recluster(repo, region, actor_key, feats=feats, links=links, fresh=True)


def _refuse(repo: FusionRepository, seeds: set[str], actor_key: ActorKey) -> tuple[int, int]:
    """Re-cluster the link-graph part around ``seeds`` and their current cluster-mates."""
    old = set(repo.cluster_of(seeds).values())
    pgroups = repo.cluster_presence_groups(old)
    region = _component(repo, seeds | repo.members(old))
    n, more = _recluster(repo, region, actor_key)
    return n, _rebuild_presences(repo, pgroups | more)


def _resolve(store, event_ids: Iterable[str]) -> list[str]:
    out = []
    for e in event_ids:
        e = e.strip()
        if not re.fullmatch(r"[0-9a-f]{4,64}", e):
            raise NotFound(f"no event {e.encode('utf-8', 'replace').decode()!r}: an event id is hexadecimal")
        out.append(store.get_event(e).id)  # NotFound names the id; unique prefixes are accepted
    return out


def merge(store, event_ids: list[str], *, note: str | None = None,
          actor_key: ActorKey | None = None) -> dict:
    """Record that these events are one event, and apply it now (kept across rebuilds)."""
    ids = sorted(set(_resolve(store, event_ids))) if len(set(event_ids)) >= 2 else []
    if len(ids) < 2:
        # the CLI prints "error: merge: …", so the message itself does not name the command again
        raise InputError("give at least two different event ids", source="merge")
    actor_key = actor_key or clusters_mod.default_actor_key()
    with _transaction(store) as conn:
        repo = FusionRepository(conn)
        missing = set(ids) - repo.existing(ids)
        if missing:
            raise StoreError(f"not fused yet: {', '.join(sorted(missing))}; run `footprint fuse` first", source="merge")
        oid = repo.add_override("merge", ids, note)
        _refuse(repo, set(ids), actor_key)
        cid = repo.cluster_of(ids[:1]).get(ids[0])
    return {"override": oid, "action": "merge", "events": ids, "cluster": cid}


def split(store, event_id: str, *, note: str | None = None, actor_key: ActorKey | None = None) -> dict:
    """Record that this event stands alone (no automatic links), and apply it now."""
    (eid,) = _resolve(store, [event_id])
    actor_key = actor_key or clusters_mod.default_actor_key()
    with _transaction(store) as conn:
        repo = FusionRepository(conn)
        if not repo.existing([eid]):
            raise StoreError(f"not fused yet: {eid}; run `footprint fuse` first", source="split")
        before = repo.cluster_of([eid]).get(eid)
        oid = repo.add_override("split", [eid], note)
        _refuse(repo, {eid}, actor_key)
        cid = repo.cluster_of([eid]).get(eid)
    return {"override": oid, "action": "split", "events": [eid], "cluster": cid, "was": before}
