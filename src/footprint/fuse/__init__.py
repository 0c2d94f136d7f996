"""Fusion: one event from many reports, independent sources, and who is where over time.

    event_features.py  what matching reads from one event (``Features``), and the scoring constants
    blocks.py      blocking keys: the few events an event is compared with
    identity.py    when two event records tell the same event (the pair rule)
    sources.py     independent sources (copies count once) and contradictions
    clusters.py    the fused event record
    presence.py    presence records of actor at place, and their status
    engine.py      incremental ``update`` and full ``rebuild``; manual ``merge``/``split``
    queries.py     presences and fused events as of a date
    changes.py     what changed since a date; timelines
    repository.py  the SQL of fusion's tables

The ingest calls ``update(store, doc_ids)`` after storing documents; see docs/fusion.md.
"""

from .changes import change_rows, changes, timeline
from .engine import FuseReport, merge, rebuild, split, update
from .queries import fused_events, geojson, presence_row, presences

__all__ = [
    "FuseReport", "update", "rebuild", "merge", "split", "presences", "fused_events", "presence_row", "geojson",
    "changes", "change_rows", "timeline",
]
