"""Hand-built records for tests: small, explicit, no model involved (builders in ``footprint.testing``)."""

from __future__ import annotations

from footprint.model import Attribution, Document, Event, EventActor, EventDate, Quantity
from footprint.testing import document, event, location
from footprint.testing import result as make_result

__all__ = ["make_document", "make_event", "make_result"]


def make_document(text: str, **kw) -> Document:
    return document(text, **kw)


def make_event(doc: Document, sentence: str, *, type_: str = "attack", actor: str = "Wagner Group",
               actor_id: str | None = "wagner-group", place: tuple[str, float, float, str, str] | None = None,
               date: tuple[str, str, str] | None = None, claimant: str | None = None, modality: str = "asserted",
               quantities: tuple[Quantity, ...] = (), background: bool = False, role: str = "actor") -> Event:
    attack = type_ == "attack"
    return event(
        doc, sentence, type_,
        plover="ASSAULT" if attack else "MOBILIZE",
        acled={"event_type": "Battles", "sub_event_type": "Armed clash"} if attack else
        {"event_type": "Strategic developments", "sub_event_type": "Headquarters or base established"},
        actors=(EventActor(name=actor, role=role, text=actor, id=actor_id),),
        location=location(*place) if place else None,
        date=EventDate(start=date[0], end=date[1], precision=date[2], text="") if date else None,
        quantities=quantities,
        attribution=Attribution(publisher=doc.source, claimant=claimant, modality=modality),
        background=background,
    )
