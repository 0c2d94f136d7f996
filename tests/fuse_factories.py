"""Hand-built reports and events for the fusion tests: no model involved (builders in ``footprint.testing``)."""

from __future__ import annotations

from footprint.fuse.blocks import probe_ranges, stored_keys
from footprint.fuse.event_features import features
from footprint.model import Attribution, Document, Event, EventActor, EventDate, Quantity, short_hash
from footprint.testing import document, location, quantity, result
from footprint.testing import event as _event

__all__ = ["PLACES", "event", "personnel", "report", "result"]

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
    "Mopti region": (14.5, -4.2, "ML", "region"),
}


def report(text: str, *, source: str | None = "example.org", published: str | None = "2024-03-10",
           title: str | None = None, url: str | None = None, copy_of: str | None = None) -> Document:
    return document(
        text,
        id=short_hash(" ".join(text.split()), title or "", source or "", url or ""),
        title=title, source=source, url=url, published=published, copy_of=copy_of,
        meta={"fingerprint": b""},  # no MinHash bands: copies are declared by hand in these tests
    )


def event(doc: Document, sentence: str, type_: str, *, actors=(("Wagner Group", "wagner"),), targets=(),
          place: str | None = None, date: tuple[str | None, str | None, str] | None = None,
          claimant: str | None = None, modality: str = "asserted", quantities=(), mode: str | None = None,
          background: bool = False) -> Event:
    ev_actors = tuple(EventActor(name=n, role="actor", text=n, id=i) for n, i in actors)
    ev_actors += tuple(EventActor(name=n, role="target", text=n, id=i, type=t) for n, i, t in targets)
    return _event(
        doc, sentence, type_,
        actors=ev_actors,
        location=location(place, *PLACES[place]) if place else None,
        date=EventDate(start=date[0], end=date[1], precision=date[2]) if date else None,
        quantities=quantities,
        attribution=Attribution(publisher=doc.source, claimant=claimant, modality=modality),
        background=background,
        mode=mode,
    )


def personnel(n: float, hi: float | None = None, *, kind: str = "personnel", approximate: bool = False) -> Quantity:
    return quantity(n, hi, kind=kind, approximate=approximate)


def key(actor_id, name):
    """The actor key the fusion store uses: a registry id, else the lower-cased name."""
    return "a:" + actor_id if actor_id else "n:" + name.lower()


def F(ev):
    return features(ev, key)


def meets(x, y) -> bool:
    """Whether one of x's probe ranges reaches a key y is stored under."""
    return any(lo <= k <= hi for k in stored_keys(y) for lo, hi in probe_ranges(x))
