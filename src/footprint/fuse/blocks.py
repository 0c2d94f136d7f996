"""Blocking keys: the few stored events an event is compared with (see ``identity`` for the pair rule).

An event is filed under ``stored_keys`` and looks in ``probe_ranges``: type family, country or coarse grid
cell, time bucket; and, for a match without a place, registry actor, words or spelling, and week.
"""

from __future__ import annotations

import math
from datetime import date

from .event_features import GRID_DEGREES, WEEK_DAYS, Features, block_families, generic_name

#: A name block (one family, one word, one week) with more events than this is too common a key to link
#: a placeless event on: no event meets another through it (``engine`` keeps ``update`` and ``rebuild``
#: agreeing when a block crosses the cap).
NAME_BLOCK_CAP = 40

# -- blocking -------------------------------------------------------------------


def _months(a: int, b: int) -> list[str]:
    da, db = date.fromordinal(a), date.fromordinal(b)
    out, y, m = [], da.year, da.month
    while (y, m) <= (db.year, db.month):
        out.append(f"M{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _years(a: int, b: int) -> list[str]:
    return [f"Y{y:04d}" for y in range(date.fromordinal(a).year, date.fromordinal(b).year + 1)]


def _week(day: int) -> str:
    return _week_key(day // WEEK_DAYS)


def _week_key(week: int) -> str:
    return f"W{week:06d}"


#: Week blocks for a match without a place (see ``_week_keys``): the kind of actor key, the space every
#: such event is filed under, and the space only a placeless event is filed under too.
_WEEK_BLOCKS = (("a:", "actor", "noplace"), ("n:", "name", "noplacename"), ("s:", "spell", "noplacespell"))


#: Blocks capped by ``NAME_BLOCK_CAP``: words for actors, and the spelling and named-town keys of
#: ``fuse/spelling.py`` (a common capitalized word would otherwise meet every region-placed event of a week).
CAPPED_BLOCKS = ("name|", "spell|")


def name_block(key: str) -> str | None:
    """The ``name|…`` or ``spell|…`` block whose size caps ``key`` (that block's key, or its ``noplace…``
    twin), else None."""
    if key.startswith(CAPPED_BLOCKS):
        return key
    if key.startswith("noplace") and key[len("noplace"):].startswith(CAPPED_BLOCKS):
        return key[len("noplace"):]
    return None


def over_cap(sizes: dict[str, int], key: str) -> bool:
    """``key`` is in a capped block holding more than ``NAME_BLOCK_CAP`` events (``sizes``: ``name|…`` and
    ``spell|…`` counts)."""
    block = name_block(key)
    return block is not None and sizes.get(block, 0) > NAME_BLOCK_CAP


def _week_prefixes(f: Features, kind: str, space: str) -> list[str]:
    keys = (f.spelled | f.named) if kind == "s:" else (k for k in f.actors if k.startswith(kind) and not generic_name(k))
    return [f"{space}|{family}|{key}|" for family in block_families(f.group) for key in sorted(keys)]


def _week_keys(f: Features) -> list[str]:
    """Actor blocks (``actor|family|registry actor|week``) and name blocks (``name|family|words|week``),
    and ``noplace|…`` / ``noplacename|…`` for an event with no place.

    An event the places stage could not place has no country block to share with its placed twin;
    without a place a pair still needs a shared actor and a close date (``NO_PLACE_SPAN``), so it is
    filed by registry actor, and by the words for actors it names ("gunmen", "officers"), and by each
    week its interval touches (at most six). A placeless event with no registry actor ("two constables
    were hurt when the Marvo checkpoint came under fire", the town read as a name) can still match its
    placed twin by the words they share and a close date (``judge``). A placeless event looks in the
    ``actor`` and ``name`` blocks (every event with that actor or word), a placed one only in the
    ``noplace`` and ``noplacename`` blocks, so two placed events never meet here and the pairs grow with
    the placeless events only. Common words meet many events: the ambiguity rule (``cluster``) then
    keeps a placeless event that fits two events that cannot be one from taking any link.
    """
    if not f.close_dated:
        return []
    weeks = [_week_key(w) for w in range(f.d_start // WEEK_DAYS, f.d_end // WEEK_DAYS + 1)]
    return [p + w for kind, space, noplace in _WEEK_BLOCKS for s in ((space, noplace) if f.placeless else (space,))
            for p in _week_prefixes(f, kind, s) for w in weeks]


def _week_probes(f: Features) -> list[tuple[str, str]]:
    if not f.close_dated:
        return []
    lo, hi = _week(f.d_start - 1), _week(f.d_end + 1)  # the day of slack ``judge`` allows may cross a week
    return [(p + lo, p + hi) for kind, space, noplace in _WEEK_BLOCKS
            for p in _week_prefixes(f, kind, space if f.placeless else noplace)]


def _bucket_keys(f: Features, prefix: str) -> list[str]:
    """The time buckets ``f`` is filed under after ``prefix`` (months, years, or ``U`` undated)."""
    if f.level == "M":
        return [prefix + k for k in _months(f.d_start, f.d_end)]
    if f.level == "Y":
        return [prefix + k for k in _years(f.d_start, f.d_end)]
    return [prefix + "U"]


def _bucket_probes(f: Features, prefix: str) -> list[tuple[str, str]]:
    """The bucket ranges ``f`` looks in after ``prefix``: its months, its years and the undated bucket; a
    year-level event every month of its years too; an undated one every bucket."""
    if f.level == "U":
        return [(prefix, prefix + "\uffff")]
    ranges = [(prefix + "U", prefix + "U")]
    lo, hi = f.d_start - 1, f.d_end + 1  # the one day of slack ``judge`` allows may cross a month
    years = _years(lo, hi)
    ranges += [(prefix + y, prefix + y) for y in years]
    if f.level == "M":
        ranges += [(prefix + m, prefix + m) for m in _months(lo, hi)]
    else:
        ranges += [(prefix + "M" + y[1:] + "-01", prefix + "M" + y[1:] + "-12") for y in years]
    return ranges


def _grid_cells(f: Features) -> list[str]:
    """The grid cells of ``f`` in the space of the other kind (``stored_keys``): for a place with no country,
    its cell and the eight around it (a region's reach crosses a cell's edge); for one with a country, its
    own cell; none without coordinates."""
    if f.lat is None or f.lon is None:
        return []
    la, lo = math.floor(f.lat / GRID_DEGREES), math.floor(f.lon / GRID_DEGREES)
    if f.country:
        return [f"g{la}:{lo}"]
    return [f"g{la + i}:{lo + j}" for i in (-1, 0, 1) for j in (-1, 0, 1)]


#: The grid space an event is filed under and the one it looks in: a place with a country, one without.
_BORDER_SPACES = {True: ("grid", "nocountry"), False: ("nocountry", "grid")}


def stored_keys(f: Features) -> list[str]:
    """Keys this event is filed under: ``family|cell|bucket`` (for each of its families), its actor and
    name blocks, and its grid cell in the space of places with, or without, a country.

    A place the places stage knows with no country (a province of a curated list of regions, "North Kivu")
    is blocked by its grid cell, the town of its country by the country: the two never met. So each placed
    event is also filed under grid cells in its own space (``grid|…`` with a country, ``nocountry|…``
    without) and looks in the other's: two events with a country never meet there, and the pairs grow with
    the events with no country only. A place with no country takes its cell and the eight around it, in both
    spaces, so either side finds the pair.
    """
    # the same sentence in copies of one report meets here even where their places or dates differ
    out = [f"copy|{f.copy_group}|{f.text_key}", *_week_keys(f)]
    own = _BORDER_SPACES[bool(f.country)][0]
    for family in block_families(f.group):
        out += _bucket_keys(f, f"{family}|{f.cell}|")
        for cell in _grid_cells(f):
            out += _bucket_keys(f, f"{own}|{family}|{cell}|")
    return out


def probe_ranges(f: Features) -> list[tuple[str, str]]:
    """Inclusive key ranges to look in for candidates.

    Every pair is found from at least one side: a month-level event looks in
    its months, its years and the undated bucket; a year-level event also
    looks at every month of its years; an undated one looks at the whole
    family and cell. An event in the actor blocks looks at the weeks of its
    interval, with a day of slack (see ``_week_keys``). A placed event looks in
    the other grid space around its cell (``stored_keys``).
    """
    copy = f"copy|{f.copy_group}|{f.text_key}"
    ranges = [(copy, copy), *_week_probes(f)]
    other = _BORDER_SPACES[bool(f.country)][1]
    for family in block_families(f.group):
        ranges += _bucket_probes(f, f"{family}|{f.cell}|")
        for cell in _grid_cells(f):
            ranges += _bucket_probes(f, f"{other}|{family}|{cell}|")
    return ranges
