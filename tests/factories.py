"""Hand-built records for tests: small, explicit, no model involved."""

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


def make_document(text: str, **kw) -> Document:
    kw.setdefault("segments", (Segment(0, len(text), "body"),))
    return Document(id=short_hash(" ".join(text.split())), text=text, raw_sha256=short_hash(text, length=64), **kw)


def make_event(doc: Document, sentence: str, *, type_: str = "attack", actor: str = "Wagner Group",
               actor_id: str | None = "wagner-group", place: tuple[str, float, float, str, str] | None = None,
               date: tuple[str, str, str] | None = None, claimant: str | None = None, modality: str = "asserted",
               quantities: tuple[Quantity, ...] = (), background: bool = False, role: str = "actor") -> Event:
    start = doc.text.find(sentence)
    assert start >= 0, "sentence must be in the document"
    end = start + len(sentence)
    location = None
    if place:
        name, lat, lon, country, precision = place
        location = EventLocation(name=name, lat=lat, lon=lon, country=country, precision=precision, text=name)
    event_date = EventDate(start=date[0], end=date[1], precision=date[2], text="") if date else None
    return Event(
        id=Event.make_id(doc.id, start, end, type_),
        doc_id=doc.id,
        type=type_,
        plover="ASSAULT" if type_ == "attack" else "MOBILIZE",
        acled={"event_type": "Battles", "sub_event_type": "Armed clash"} if type_ == "attack" else {"event_type": "Strategic developments", "sub_event_type": "Headquarters or base established"},
        actors=(EventActor(name=actor, role=role, text=actor, id=actor_id),),
        location=location,
        date=event_date,
        quantities=quantities,
        attribution=Attribution(publisher=doc.source, claimant=claimant, modality=modality),
        background=background,
        evidence=Evidence(sentence=sentence, start=start, end=end),
        confidence=0.8,
        extractor_version="test",
    )


def make_result(doc: Document, *events: Event) -> ExtractionResult:
    return ExtractionResult(document=doc, events=tuple(events), extractor_version="test")
