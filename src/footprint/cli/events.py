"""`footprint events`, `show` and `export`: reading events back out of the store."""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Annotated

import typer
from rich.text import Text

from . import app
from .common import DbOption, Format, FormatOption, console, db_path, emit, fails_cleanly, out
from ..amounts import amount
from ..model import Event
from ..regionname import shown_region
from ..serve.queries import incident_of
from ..store import EventFilter

ActorOption = Annotated[str | None, typer.Option("--actor", help="actor id or name (substring)")]
TypeOption = Annotated[str | None, typer.Option("--type", help="event type, e.g. attack or base_expansion")]
CountryOption = Annotated[str | None, typer.Option("--country", help="ISO 3166 alpha-2 code, e.g. ML")]
PlaceOption = Annotated[
    str | None,
    typer.Option("--place", help="place name, or a region or country it lies in (whole words; two letters are a country code; case and accents ignored)"),
]
SinceOption = Annotated[
    str | None, typer.Option("--since", help="events on or after this date's first day (YYYY, YYYY-MM or YYYY-MM-DD)")
]
UntilOption = Annotated[
    str | None, typer.Option("--until", help="events on or before this date's last day (YYYY, YYYY-MM or YYYY-MM-DD)")
]

TABLE_COLUMNS = ["id", "date", "type", "actors", "place", "unplaced", "country", "claimant", "modality", "evidence"]


def event_row(e: Event) -> dict:
    """A short, flat view of an event for tables and CSV."""
    when = short_date(e.date)
    if e.background:
        when += " (bg)"
    actors = actors_text(e)
    loc = e.location
    place = f"{loc.name} [{loc.precision}]" if loc and loc.name else ""
    sentence = e.evidence.sentence.strip().replace("\n", " ")
    return {
        "id": e.id[:10],
        "date": when,
        "type": e.type + (f"/{e.mode}" if e.mode and e.mode != e.type else ""),
        "actors": actors,
        "place": place,
        # the named locality no installed list holds, which ``place`` stands in for at a wider place's point
        "unplaced": loc.unplaced if loc else "",
        "country": loc.country if loc else "",
        "claimant": e.attribution.claimant or "",
        "modality": e.attribution.modality,
        "evidence": sentence if len(sentence) <= 90 else sentence[:87] + "…",
    }


def actors_text(e: Event) -> str:
    """Each actor once per role, in text order: an event names its actor in several mentions
    ("the army … its soldiers"), which a listing need not repeat."""
    return "; ".join(dict.fromkeys(f"{a.name} ({a.role})" for a in e.actors))


def short_date(date) -> str:
    """A date interval as people write it: 2024, 2024-09, 2024-09-12, or a range."""
    if not date or not (date.start or date.end):
        return ""
    start, end = date.start, date.end
    if start and end:
        if date.precision == "year" and start.endswith("-01-01") and end == start[:4] + "-12-31":
            return start[:4]
        if date.precision == "month" and start[:7] == end[:7] and start.endswith("-01"):
            return start[:7]
        return start if start == end else f"{start}..{end}"
    return f"{start}.." if start else f"..{end}"


def table_columns(width: int) -> list[str]:
    """Fewer columns on narrow terminals, so the evidence stays readable."""
    if width >= 150:
        return TABLE_COLUMNS
    if width >= 110:
        return ["id", "date", "type", "actors", "place", "evidence"]
    return ["id", "date", "type", "place", "evidence"]


def _filter(actor, type_, country, since, until, place=None) -> EventFilter:
    """The options, checked by the rules the web app's query parameters follow too."""
    from ..userfilter import event_filter

    return event_filter(actor=actor, type=type_, country=country, since=since, until=until, place=place, flag="--")


@app.command("events")
@fails_cleanly
def events_cli(
    db: DbOption = None,
    actor: ActorOption = None,
    type: TypeOption = None,
    country: CountryOption = None,
    place: PlaceOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    format: FormatOption = Format.table,
) -> None:
    """List stored events, oldest first: all of them, or those of an actor, type, place, country or period."""
    from ..store import open_store

    flt = _filter(actor, type, country, since, until, place)
    with open_store(db_path(db), read_only=True) as store:
        events = store.events(flt)
        if format is Format.jsonl:
            n = emit((e.to_json() for e in events), format)
        elif format is Format.csv:  # whole fields, as `export` writes them
            n = emit((csv_row(e) for e in events), format, columns=CSV_COLUMNS)
        else:
            rows = [event_row(e) for e in events]
            columns = table_columns(out.width) if format is Format.table else TABLE_COLUMNS
            # no empty frame of headers: the count line below says it all
            n = emit(rows, format, columns=columns, title="Events") if rows else 0
            empty = not rows and store.count("events") == 0
    if format is Format.table:
        if n:
            console.print(f"{n} events", highlight=False)
        elif empty:
            console.print("0 events: the store has none yet (add reports with `footprint ingest`)", highlight=False)
        else:
            console.print("0 events match these filters", highlight=False)


SPAN_STYLES = {"actor": "bold cyan", "place": "bold green", "timex": "bold magenta", "quantity": "bold yellow"}


@app.command("show")
@fails_cleanly
def show_cli(event_id: Annotated[str, typer.Argument(help="event id (a unique prefix is enough)")], db: DbOption = None) -> None:
    """One event: its evidence with spans marked, its source, and how date and place were decided."""
    from ..store import open_store

    with open_store(db_path(db), read_only=True) as store:
        event = store.get_event(event_id)
        document = store.get_document(event.doc_id)
        spans = [s for s in store.spans(event.doc_id) if s["start"] >= event.evidence.start and s["end"] <= event.evidence.end]
        incident = incident_of(store, event.id)
    mode = f" ({event.mode})" if event.mode and event.mode != event.type else ""
    out.print(Text.assemble((event.type, "bold"), f"{mode}  id {event.id}"))
    out.print(f"PLOVER {event.plover}   ACLED {event.acled.get('event_type')} / {event.acled.get('sub_event_type')}")
    out.print(marked_sentence(document.text, event.evidence.start, event.evidence.end, spans))
    out.print(
        Text.assemble(("legend: ", "dim"), *[(f"{k} ", style) for k, style in SPAN_STYLES.items()])
    )
    # offsets are into the stored document's normalized text (docs/interchange.md), so a reader can check each
    # field against the exact characters it came from
    out.print(Text(f"evidence: characters {event.evidence.start}-{event.evidence.end} of document {document.id}"))
    source = document.source or "unknown publisher"
    out.print(Text(f"source: {document.title or '(no title)'} — {source}"))
    if document.url or document.path:
        out.print(Text(f"        {document.url or document.path}"))
    published = document.published or "unknown"
    if document.published_inferred:
        published += f" (inferred; not before {document.published_not_before})"
    out.print(Text(f"published: {published}"))
    for a in event.actors:
        out.print(Text(f"actor: {a.name} as {a.role}  (text: {a.text!r}{_at(a.start, a.end)}"
                       f"{', ' + a.wikidata if a.wikidata else ''}{', inferred' if a.inferred else ''})"))
    date = event.date
    if date:
        out.print(Text(f"date: {date.start}..{date.end} [{date.precision}] from {date.text!r}"
                       + _at(date.span_start, date.span_end, "the report date")
                       + (f" — {date.reason}" if date.reason else "")))
    else:
        out.print(Text("date: unknown"))
    if event.background:
        out.print(Text("background: told as context, not news of the report"))
    loc = event.location
    if loc:
        out.print(Text(f"place: {loc.name} [{loc.precision}]{region(loc)} {loc.lat},{loc.lon} {loc.country or ''} from {loc.text!r}"
                       + _at(loc.start, loc.end)))
        if loc.unplaced:
            out.print(Text(f"  near {loc.unplaced} (not in the gazetteer; placed at {loc.name or 'the wider place'})"))
        for reason in loc.reasons:
            out.print(Text(f"  because {reason}"))
    else:
        out.print(Text("place: none given in the text"))
    for q in event.quantities:
        unit = f" {q.unit}" if q.unit else ""
        out.print(Text(f"quantity: {q.kind} {amount(q.min, q.max, q.approximate)}{unit} ({q.text!r}{_at(q.start, q.end)})"
                       + (f" of {q.side}" if q.side else "")))
    att = event.attribution
    out.print(
        Text(
            f"according to: {att.claimant or att.publisher or 'the publisher'}; evidence {att.evidence_type or 'not stated'};"
            f" modality {att.modality}" + (f" ({att.cue!r})" if att.cue else "")
        )
    )
    out.print(Text(f"confidence {event.confidence:.2f}, extractor {event.extractor_version}", style="dim"))
    if incident is not None:
        for line in incident_lines(incident):
            out.print(Text(line))


def region(loc) -> str:
    """`` in Ménaka``: the first-level division a place lies in (what ``--place`` also matches); nothing where
    it is the place itself or only a code."""
    shown = shown_region(loc.admin1, loc.name)
    return f" in {shown}" if shown else ""


def _at(start: int | None, end: int | None, none: str = "") -> str:
    """`` at 12-30`` for a span, or what stands in for it (``-1`` marks "no span", docs/interchange.md)."""
    if start is None or end is None or start < 0:
        return f", {none}" if none else ""
    return f" at {start}-{end}"


def incident_lines(incident: dict) -> list[str]:
    """The fused incident below an event: who else reports it, how firmly, with which numbers."""
    n = incident["independent_sources"]
    reports = incident["reports"]
    lines = [f"incident {incident['id']}: {len(reports)} report{'' if len(reports) == 1 else 's'}, "
             f"{n} independent source{'' if n == 1 else 's'} ({', '.join(incident['sources']) or 'none named'}; "
             "copies and one voice's repeats count once)"]
    for r in reports:
        numbers = "; ".join(f"{q['kind']} {amount(q['min'], q['max'], q['approximate'])}" + (f" {q['side']}" if q.get("side") else "")
                            for q in r["quantities"])
        lines.append(f"  {'*' if r['this'] else '-'} {r['event_id'][:10]} {r['published'] or 'undated'} "
                     f"{', '.join(r['publishers']) or 'unknown publisher'}: {r['claimant'] or 'the publisher'}, "
                     f"{r['modality']}{', ' + numbers if numbers else ''}")
        lines.append(f"      {r['sentence']!r}")
    for c in incident["contradictions"]:
        claims = "; ".join(f"{x.get('voice')}: " + (amount(x['min'], x['max']) if 'min' in x else
                                                   f"{x.get('start')}..{x.get('end')}" if 'start' in x else str(x.get('modality')))
                           for x in c.get("claims", []))
        lines.append(f"  disagree on {c['field']}{' (' + c['kind'] + ')' if c.get('kind') else ''}: {claims}")
    return lines


def marked_sentence(text: str, start: int, end: int, spans: list[dict]) -> Text:
    """The evidence sentence with each extracted span styled by kind."""
    rich_text = Text()
    cursor = start
    for span in sorted(spans, key=lambda s: (s["start"], -s["end"])):
        if span["start"] < cursor:
            continue  # overlapping spans: the first one wins
        rich_text.append(text[cursor : span["start"]])
        rich_text.append(text[span["start"] : span["end"]], style=SPAN_STYLES.get(span["kind"], "underline"))
        cursor = span["end"]
    rich_text.append(text[cursor:end])
    return rich_text


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"


@app.command("export")
@fails_cleanly
def export_cli(
    db: DbOption = None,
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl, csv or geojson")] = ExportFormat.jsonl,
    actor: ActorOption = None,
    type: TypeOption = None,
    country: CountryOption = None,
    place: PlaceOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Export events in the interchange format (jsonl), flat (csv) or as map features (geojson)."""
    from ..store import open_store

    flt = _filter(actor, type, country, since, until, place)
    with open_store(db_path(db), read_only=True) as store:
        events = store.events(flt)
        if format is ExportFormat.geojson:
            json.dump(events_geojson(events), sys.stdout, ensure_ascii=False)
            sys.stdout.write("\n")
        elif format is ExportFormat.jsonl:
            emit((e.to_json() for e in events), Format.jsonl)
        else:
            emit((csv_row(e) for e in events), Format.csv, columns=CSV_COLUMNS)


CSV_COLUMNS = [
    "id", "doc_id", "type", "mode", "plover", "acled.event_type", "acled.sub_event_type", "actors", "quantities",
    "location.name", "location.lat", "location.lon", "location.country", "location.precision", "location.unplaced",
    "date.start", "date.end", "date.precision", "attribution.publisher", "attribution.claimant",
    "attribution.evidence_type", "attribution.modality", "background", "confidence",
    "evidence.sentence", "evidence.start", "evidence.end", "extractor_version",
]  # fmt: skip


def csv_row(e: Event) -> dict:
    """The interchange record with its lists (actors, quantities) as readable cells, so a spreadsheet
    shows who and how many as the table does; jsonl keeps every field of them."""
    quantities = "; ".join(
        f"{q.kind} {amount(q.min, q.max, q.approximate)}" + (f" ({q.side})" if q.side else "") for q in e.quantities
    )
    return e.to_json() | {"actors": actors_text(e), "quantities": quantities}


def events_geojson(events) -> dict:
    features = []
    for e in events:
        loc = e.location
        geometry = None
        if loc and loc.lat is not None and loc.lon is not None:
            geometry = {"type": "Point", "coordinates": [loc.lon, loc.lat]}
        properties = e.to_json()
        features.append({"type": "Feature", "id": e.id, "geometry": geometry, "properties": properties})
    return {"type": "FeatureCollection", "features": features}
