"""Hand-built reports and events for the fusion tests: no model involved."""

from __future__ import annotations

from footprint.model import (
    Attribution,
    Document,
    Event,
    EventActor,
    EventDate,
    EventLocation,
    Evidence,
    ExtractionResult,
    Quantity,
    Segment,
    short_hash,
)

PLACES = {
    # name: (lat, lon, country, precision)
    "Gao": (16.2666, -0.0400, "ML", "town"),
    "Gao airport": (16.2484, -0.0050, "ML", "facility"),
    "Menaka": (15.9182, 2.4022, "ML", "town"),
    "Kidal": (18.4411, 1.4078, "ML", "town"),
    "Mali": (17.57, -3.99, "ML", "country"),
    "Niamey": (13.5137, 2.1098, "NE", "town"),
    "Niger": (17.6, 8.08, "NE", "country"),
    "Djibo": (14.1022, -1.6306, "BF", "town"),
}


def report(text: str, *, source: str | None = "example.org", published: str | None = "2024-03-10",
           title: str | None = None, url: str | None = None, copy_of: str | None = None) -> Document:
    return Document(
        id=short_hash(" ".join(text.split()), title or "", source or "", url or ""),
        text=text,
        raw_sha256=short_hash(text, length=64),
        title=title,
        source=source,
        url=url,
        published=published,
        segments=(Segment(0, len(text), "body"),),
        copy_of=copy_of,
        meta={"fingerprint": b""},  # no MinHash bands: copies are declared by hand in these tests
    )


def event(doc: Document, sentence: str, type_: str, *, actors=(("Wagner Group", "wagner"),), targets=(),
          place: str | None = None, date: tuple[str | None, str | None, str] | None = None,
          claimant: str | None = None, modality: str = "asserted", quantities=(), mode: str | None = None,
          background: bool = False) -> Event:
    start = doc.text.find(sentence)
    assert start >= 0, "sentence must be in the report"
    end = start + len(sentence)
    loc = None
    if place:
        lat, lon, country, precision = PLACES[place]
        loc = EventLocation(name=place, lat=lat, lon=lon, country=country, precision=precision, text=place)
    ev_actors = tuple(EventActor(name=n, role="actor", text=n, id=i) for n, i in actors)
    ev_actors += tuple(EventActor(name=n, role="target", text=n, id=i, type=t) for n, i, t in targets)
    return Event(
        id=Event.make_id(doc.id, start, end, type_),
        doc_id=doc.id,
        type=type_,
        plover=None,
        acled={"event_type": None, "sub_event_type": None},
        actors=ev_actors,
        location=loc,
        date=EventDate(start=date[0], end=date[1], precision=date[2]) if date else None,
        quantities=tuple(quantities),
        attribution=Attribution(publisher=doc.source, claimant=claimant, modality=modality),
        background=background,
        evidence=Evidence(sentence=sentence, start=start, end=end),
        confidence=0.8,
        extractor_version="test",
        mode=mode,
    )


def result(doc: Document, *events: Event) -> ExtractionResult:
    return ExtractionResult(document=doc, events=tuple(events), extractor_version="test")


def personnel(n: float, hi: float | None = None, *, kind: str = "personnel", approximate: bool = False) -> Quantity:
    return Quantity(kind=kind, min=n, max=hi if hi is not None else n, approximate=approximate, text=str(n))
