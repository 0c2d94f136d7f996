"""`footprint presence`, `changes`, `timeline`, `merge`, `split` and `fuse`: the fused picture."""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Annotated

import typer

from . import app, eval_app
from .common import (DbOption, Format, FormatOption, QuietOption, console, emit, fails_cleanly, out,
                     require_store, summary)
from ..amounts import amount
from .events import PlaceOption

ActorOption = Annotated[str | None, typer.Option("--actor", help="actor name, id or alias (substring)")]
CountryOption = Annotated[str | None, typer.Option("--country", help="ISO 3166 alpha-2 code, e.g. ML")]
StaleOption = Annotated[int, typer.Option("--stale-after", min=0, help="days without evidence before a presence is stale")]


class PresenceFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"


#: csv: every field of a presence, flattened
PRESENCE_COLUMNS = ["id", "actor.name", "actor.id", "place.name", "place.precision", "place.country", "place.lat",
                    "place.lon", "start", "last_seen", "status", "end", "ended_by", "strength",
                    "independent_sources", "sources", "parent_id", "implied"]
#: table: few, short columns; ``emit`` keeps the others on one line and wraps the last one, so the
#: id comes first and the readable summary (status, sources, strength) last
TABLE_COLUMNS = ["id", "actor", "place", "precision", "start", "last_seen", "status, sources, strength"]
#: timeline table and csv; a jsonl line has these keys too, plus end, background and the event ids
TIMELINE_COLUMNS = ["date", "kind", "type", "actors", "place", "precision", "independent_sources", "id"]
#: below this width the dates and precision move into the summary, so the table still fits
NARROW = 110


def _strength_text(items: list[dict], *, short: bool = False) -> str:
    from ..fuse.changes import strength_text

    parts = []
    for s in items:
        said = strength_text(s) if short else f"{amount(s.get('min'), s.get('max'), bool(s.get('approximate')))} {s.get('measure')}"
        parts.append(f"{said} ({s.get('source')}, {s.get('date')})")
    return "; ".join(parts)


def _table_row(r: dict, *, narrow: bool = False) -> dict:
    place = r["place"]
    where = " ".join(x for x in (place.get("country"), place.get("name")) if x)  # the code survives truncation
    n = r["independent_sources"]
    status = r["status"] + (f" {r['end']}" if r.get("end") else "")
    if narrow:
        status = f"{r['start']} to {r['last_seen']}, {status} ({place.get('precision')})"
    summary = [status, f"{n} source{'' if n == 1 else 's'}"]
    if r["strength"]:
        summary.append(_strength_text(r["strength"], short=True))
    row = {"id": r["id"], "actor": r["actor"]["name"], "place": where, "status, sources, strength": "; ".join(summary)}
    return row if narrow else row | {"precision": place.get("precision"), "start": r["start"],
                                     "last_seen": r["last_seen"]}


def table_columns(width: int) -> list[str]:
    """The table's columns at a terminal ``width``: dates and precision get their own below ``NARROW``."""
    return ["id", "actor", "place", TABLE_COLUMNS[-1]] if width < NARROW else TABLE_COLUMNS


def _open(db, *, write: bool = False):
    from ..store import open_store

    # these commands work on stored data: a mistyped --db is an error, not a new empty store
    return open_store(require_store(db), read_only=not write)


@app.command("presence")
@fails_cleanly
def presence_cli(
    db: DbOption = None,
    actor: ActorOption = None,
    country: CountryOption = None,
    at: Annotated[str | None, typer.Option(
        "--at", help="as known at the end of this date (YYYY, YYYY-MM or YYYY-MM-DD); status judged then")] = None,
    status: Annotated[str | None, typer.Option("--status", help="active, ended or stale")] = None,
    min_sources: Annotated[int, typer.Option("--min-sources", min=0, help="at least this many independent sources")] = 0,
    stale_after: StaleOption = 365,
    format: Annotated[PresenceFormat, typer.Option("--format", "-f", help="table, jsonl, csv or geojson")] =
    PresenceFormat.table,
) -> None:
    """Who is where: actor at place, since when, last seen, status, strength and independent sources."""
    from .. import fuse
    from ..userfilter import presence_filter

    flt = presence_filter(actor=actor, country=country, at=at, flag="--")  # the web app's rules too
    with _open(db) as store:
        rows = [fuse.presence_row(s) for s in fuse.presences(
            store, actor=flt.actor, country=flt.country, at=flt.at, status=status, min_sources=min_sources,
            stale_after_days=stale_after)]
    if format is PresenceFormat.geojson:
        sys.stdout.write(json.dumps(fuse.geojson(rows), ensure_ascii=False) + "\n")
        return
    if format is PresenceFormat.jsonl:
        emit(rows, Format.jsonl)
        return
    if format is PresenceFormat.csv:
        emit([r | {"strength": _strength_text(r["strength"]), "sources": ", ".join(r["sources"])} for r in rows],
             Format.csv, columns=PRESENCE_COLUMNS)
        return
    narrow = out.width < NARROW
    n = emit([_table_row(r, narrow=narrow) for r in rows], Format.table, columns=table_columns(out.width),
             title="Presence")
    console.print(f"{n} presences", highlight=False)


@app.command("changes")
@fails_cleanly
def changes_cli(
    since: Annotated[str, typer.Option("--since", help="list changes from this date's first day (YYYY, YYYY-MM or YYYY-MM-DD)")],
    db: DbOption = None,
    by: Annotated[str, typer.Option("--by", help="evidence: dated since; ingest: read since")] = "evidence",
    stale_after: StaleOption = 365,
    format: FormatOption = Format.table,
) -> None:
    """New and ended presences, new strength estimates and new fused events since a date."""
    from .. import fuse

    with _open(db) as store:
        report = fuse.changes(store, since, by=by, stale_after_days=stale_after)
    if format is Format.jsonl:
        emit([report], format)
        return
    n = emit(fuse.change_rows(report), format, columns=["date", "change", "actor", "place", "detail", "id"],
             title=f"Changes since {report['since']} (by {report['by']})")
    if format is Format.table:
        by_type = ", ".join(f"{k} {v}" for k, v in report["events_by_type"].items()) or "none"
        console.print(f"{n} changes; new events by type: {by_type}", highlight=False)


@app.command("timeline")
@fails_cleanly
def timeline_cli(
    db: DbOption = None,
    actor: ActorOption = None,
    place: PlaceOption = None,
    stale_after: StaleOption = 365,
    format: FormatOption = Format.table,
) -> None:
    """Fused events and presence changes of an actor or at a place, oldest first."""
    from .. import fuse
    from ..userfilter import MAX_LENGTH, text

    # the check `events --place` and the web's filter make: a bound, no control characters, one clear line
    place = text(place, "--place", MAX_LENGTH["place"])
    with _open(db) as store:
        rows = fuse.timeline(store, actor=actor, place=place, stale_after_days=stale_after)
    # every jsonl line opens with the table's columns in the table's order, whatever kind of row it is
    rows = [{c: r.get(c) for c in TIMELINE_COLUMNS} | r for r in rows]
    n = emit(rows, format, columns=TIMELINE_COLUMNS, title="Timeline")
    if format is Format.table:
        console.print(f"{n} entries", highlight=False)


@app.command("merge")
@fails_cleanly
def merge_cli(
    event_ids: Annotated[list[str], typer.Argument(help="two or more event ids (unique prefixes are enough)")],
    db: DbOption = None,
    note: Annotated[str | None, typer.Option("--note", help="why, kept with the decision")] = None,
) -> None:
    """Record that these events are one event (kept across reprocessing and rebuilds)."""
    from .. import fuse

    with _open(db, write=True) as store:
        out = fuse.merge(store, event_ids, note=note)
    console.print(f"merged {len(out['events'])} events into {out['cluster']} (decision #{out['override']})",
                  highlight=False)


@app.command("split")
@fails_cleanly
def split_cli(
    event_id: Annotated[str, typer.Argument(help="the event to take out of its fused event")],
    db: DbOption = None,
    note: Annotated[str | None, typer.Option("--note", help="why, kept with the decision")] = None,
) -> None:
    """Record that this event stands alone, never linked automatically (kept across rebuilds)."""
    from .. import fuse

    with _open(db, write=True) as store:
        out = fuse.split(store, event_id, note=note)
    console.print(f"split {out['events'][0]} from {out['was']} into {out['cluster']} (decision #{out['override']})",
                  highlight=False)


@app.command("fuse")
@fails_cleanly
def fuse_cli(db: DbOption = None, quiet: QuietOption = False) -> None:
    """Recompute every fused event and presence from the stored events (manual decisions kept)."""
    from .. import fuse

    with _open(db, write=True) as store:
        report = fuse.rebuild(store, progress=None if quiet else summary)
    if not quiet:
        summary(f"{report.events} events, {report.links} links, {report.clusters} fused events, "
                f"{report.presence_groups} actor-country presence groups in {report.seconds:.1f} s")


@eval_app.command("presence")
@fails_cleanly
def eval_presence_cli(
    gold: Annotated[str, typer.Argument(help="gold file with a 'presence' list (seeds-gold.json format)")],
    db: DbOption = None,
    format: FormatOption = Format.table,
) -> None:
    """Check the store's presences against gold presence entries; exit status 1 if any fails."""
    from .. import fuse
    from ..fuse import gold as gold_mod

    data = gold_mod.load(gold)
    with _open(db) as store:
        results = gold_mod.evaluate(fuse.presences(store), data)
    emit(results, format, columns=["id", "holds", "actor", "place", "missing"], title="Presence gold")
    held = sum(r["holds"] for r in results)
    console.print(f"{held}/{len(results)} gold presence entries hold", highlight=False)
    if held < len(results):
        raise typer.Exit(1)
