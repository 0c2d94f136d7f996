"""Fused events from links: the deterministic clustering of the link graph (docs/fusion.md, "Clustering").

Manual merges first, then the links best first; a link joins two groups only where no pair across them
conflicts (``identity.conflicts``). Weak links are left out first: a placeless event that fits two events
which cannot be one, a region report that fits two towns of its region (``regions``); denials join last.
"""

from __future__ import annotations

from .event_features import Features
from .identity import conflicts
from .regions import ambiguous_region_links


def _ambiguous(edges: list[tuple[float, str, str]], feats: dict[str, Features]) -> frozenset[str]:
    """Events with no place that match two events which cannot be one: they take no automatic link.

    Without a place, "ELN guerrillas attacked on Tuesday night" fits each of two attacks that night
    told elsewhere (two towns, or two events of one report); which one it is cannot be told.
    """
    partners: dict[str, list[str]] = {}
    for _s, x, y in edges:
        for a, b in ((x, y), (y, x)):
            if a in feats and b in feats and feats[a].placeless:
                partners.setdefault(a, []).append(b)
    return frozenset(x for x, ps in partners.items()
                     if any(conflicts(feats[p], feats[q]) for i, p in enumerate(ps) for q in ps[i + 1 :]))


def cluster(
    ids: list[str],
    edges: list[tuple[float, str, str]],
    feats: dict[str, Features],
    *,
    forced: list[tuple[str, ...]] = (),
    isolated: frozenset[str] = frozenset(),
) -> list[list[str]]:
    """Group ``ids`` deterministically.

    Manual merges (``forced``) join first; then the automatic links are taken
    best first (score descending, then ids), and a link joins two groups only
    if no pair across them conflicts (this stops chains A~B~C where A and C
    are different events). ``isolated`` events (split by hand) take no
    automatic link. Denied events join last (``_attach_denials``). The result does not depend on input order.
    """
    parent = {i: i for i in ids}
    members = {i: [i] for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(x: str, y: str) -> None:
        rx, ry = find(x), find(y)
        if rx == ry:
            return
        if rx > ry:
            rx, ry = ry, rx
        parent[ry] = rx
        members[rx].extend(members.pop(ry))

    for group in sorted(tuple(sorted(g)) for g in forced):
        present = [i for i in group if i in parent]
        for other in present[1:]:
            union(present[0], other)
    isolated = isolated | _ambiguous(edges, feats)
    weak = ambiguous_region_links(edges, feats, conflicts)
    edges = [e for e in edges if (min(e[1], e[2]), max(e[1], e[2])) not in weak] if weak else edges
    denials = frozenset(i for i in ids if i in feats and feats[i].denied)
    for _score, x, y in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        if x in isolated or y in isolated or x not in parent or y not in parent or x in denials or y in denials:
            continue
        rx, ry = find(x), find(y)
        if rx == ry:
            continue
        if any(conflicts(feats[p], feats[q]) for p in members[rx] for q in members[ry]):
            continue
        union(rx, ry)
    for d, other in _attach_denials(edges, denials - isolated, isolated, find):
        union(d, other)
    return sorted(sorted(m) for m in members.values())


def _attach_denials(edges, denials: frozenset[str], isolated: frozenset[str], find) -> list[tuple[str, str]]:
    """Each denied event with the event of the incident it denies: its best link to an event no one denies.

    "The group denied that its fighters attacked the post" is a voice on the attack, not an attack: it
    joins the fused event its best link reaches, and neither vetoes a join (its date and place are the
    denier's telling) nor bridges two incidents. A denial whose best links reach two fused events (the
    week's two attacks) or only other denials stays alone.
    """
    best: dict[str, tuple[float, set[str], str]] = {}
    for score, x, y in edges:
        for d, o in ((x, y), (y, x)):
            if d not in denials or o in denials or o in isolated:
                continue
            top, roots, first = best.get(d, (-1.0, set(), o))
            if score > top:
                best[d] = (score, {find(o)}, o)
            elif score == top:
                best[d] = (top, roots | {find(o)}, min(first, o))
    return [(d, o) for d, (_s, roots, o) in sorted(best.items()) if len(roots) == 1]
