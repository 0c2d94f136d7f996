"""A report that names only the region: when its event is the one a finer report places in that region.

"Armed men shot dead nine herders in the Tillabéri region on Friday" and "Islamic State fighters killed nine
herders near Ayorou on Friday" (invented) share no actor (armed men are anyone) and
agree on the place only at region precision, so the pair rule (type 1 + region 1 + day 2) stayed under the
threshold. The region is not merely near the town, it holds it (the town's first-level division is that
region): a **contained** pair gains ``CONTAINED_POINTS`` and may match without a shared actor, when:

* the coarser place is a region and the finer one a district, town or facility of it (same country and
  ``admin1``);
* the types are the same (a group-only pair stays under the threshold) and the dates close (the points do:
  a date of a week or better).

A region holds many places, so such a link is weak the way a placeless one is: a region event whose
contained links reach two events that cannot be one (the same day's attacks on two towns of the region)
takes none of them (``ambiguous_region_links``), whatever its other links.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from .event_features import Features

#: Points for a finer place that lies in the other report's region (on top of the region's own point).
CONTAINED_POINTS = 0.5
_FINE = frozenset({"facility", "town", "district"})


def contained(a: Features, b: Features) -> bool:
    """One is a region, the other a finer place of that region (same country and first-level division)."""
    wide, fine = (a, b) if a.precision == "region" else (b, a)
    return (wide.precision == "region" and fine.precision in _FINE and bool(wide.admin1)
            and wide.admin1 == fine.admin1 and bool(wide.country) and wide.country == fine.country)


def region_link(a: Features, b: Features) -> bool:
    """A link that rests on containment: a region and a place in it, and no actor key shared."""
    return not (a.actors & b.actors) and contained(a, b)


def ambiguous_region_links(edges: list[tuple[float, str, str]], feats: dict[str, Features],
                           conflicts: Callable[[Features, Features], bool]) -> frozenset[tuple[str, str]]:
    """The contained links (``region_link``) of each region event whose such partners cannot all be one event.

    Returned as sorted id pairs; the caller drops them. The event keeps its other links.
    """
    partners: dict[str, list[str]] = {}
    pairs: dict[str, list[tuple[str, str]]] = {}
    for _s, x, y in edges:
        if x not in feats or y not in feats or not region_link(feats[x], feats[y]):
            continue
        wide, fine = (x, y) if feats[x].precision == "region" else (y, x)
        partners.setdefault(wide, []).append(fine)
        pairs.setdefault(wide, []).append((min(x, y), max(x, y)))
    out: set[tuple[str, str]] = set()
    for wide, ps in partners.items():
        if any(conflicts(feats[p], feats[q]) for i, p in enumerate(ps) for q in ps[i + 1 :]):
            out.update(pairs[wide])
    return frozenset(out)
