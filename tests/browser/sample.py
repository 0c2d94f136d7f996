"""A small hand-built store for the web app's tests: invented reports, some of them hostile.

No model is loaded: documents, spans and events are built by hand. Hostile
payloads sit in the title, source, URL, text, actor names and place names.
"""

from __future__ import annotations

from pathlib import Path

from footprint.model import (
    ActorMention,
    Attribution,
    Document,
    Event,
    EventActor,
    EventDate,
    EventLocation,
    ExtractionResult,
    Place,
    PlaceMention,
    Quantity,
    Segment,
    Timex,
)
from footprint.store import open_store
from footprint.testing import BASE_URL, Client, document, event, span

__all__ = ["BASE_URL", "HOSTILE_URL", "XSS", "Client", "attack_report", "base_report", "build_store", "hostile_report"]

#: Payloads that would run script if any of them reached the page as markup.
XSS = (
    "<script>alert('t1')</script>",
    '"><img src=x onerror=alert("t2") id=injected-img>',
    "<svg onload=alert('t3') id=injected-svg></svg>",
    "</script><script>alert('t4')</script>",
    "\u202e<iframe src=javascript:alert('t5') id=injected-frame>",
    "\uff1cscript\uff1ealert('t6')\uff1c/script\uff1e",
)
HOSTILE_URL = "javascript:alert('t7')"


def _event(doc: Document, sentence: str, type_: str, **kw) -> Event:
    kw.setdefault("plover", "MOBILIZE")
    kw.setdefault("acled", {"event_type": "Strategic developments", "sub_event_type": None})
    return event(doc, sentence, type_, extractor_version="sample", **kw)


def base_report() -> ExtractionResult:
    """A base at an airport, with a title, a caption and boilerplate around the body."""
    title = "Foreign troops settle at Sévaré airfield"
    body = (
        "Satellite images seen by analysts suggest that about 300 Russian Armed Forces personnel "
        "moved into a new compound at Mopti Ambodedjo Airport in October 2023. "
        "Local officials declined to comment."
    )
    caption = "Photo: the airfield apron, file image."
    boiler = "Share this article. Subscribe for more."
    text = f"{title}\n\n{body}\n{caption}\n{boiler}"
    b0 = text.index(body)
    c0 = text.index(caption)
    s0 = text.index(boiler)
    doc = document(
        text,
        segments=(Segment(0, len(title), "title"), Segment(b0, b0 + len(body), "body"), Segment(c0, c0 + len(caption), "caption"),
         Segment(s0, s0 + len(boiler), "boilerplate")),
        title=title, source="sahel-observer.example", url="https://sahel-observer.example/airfield", published="2023-11-02",
    )
    sentence = body[: body.index(" Local")]
    a = span(text, "Russian Armed Forces")
    p = span(text, "Mopti Ambodedjo Airport")
    t = span(text, "October 2023")
    q = span(text, "about 300")
    place = Place("Mopti Ambodedjo Airport", 14.513, -4.079, "ML", "facility", feature="airport", reasons=("airport code match",))
    event = _event(
        doc, sentence, "base_expansion",
        actors=(EventActor("Russian Armed Forces", "actor", "Russian Armed Forces", id="russia-armed-forces", start=a[0], end=a[1]),),
        location=EventLocation("Mopti Ambodedjo Airport", 14.513, -4.079, "ML", "facility", text="Mopti Ambodedjo Airport",
                               start=p[0], end=p[1], reasons=("airport name in the facility registry", "inside Mali")),
        date=EventDate("2023-10-01", "2023-10-31", "month", text="October 2023", value="2023-10", span_start=t[0], span_end=t[1],
                       reason="explicit month and year in the sentence"),
        quantities=(Quantity("personnel", 300, 300, approximate=True, text="about 300", start=q[0], end=q[1]),),
        attribution=Attribution(publisher=doc.source, claimant="analysts", evidence_type="satellite imagery", modality="reported",
                                cue="suggest"),
    )
    return ExtractionResult(
        document=doc,
        events=(event,),
        actors=(ActorMention(a[0], a[1], "Russian Armed Forces", "russia-armed-forces", "Russian Armed Forces"),),
        places=(PlaceMention(p[0], p[1], "Mopti Ambodedjo Airport", place),),
        timexes=(Timex(t[0], t[1], "October 2023", "DATE", "2023-10", "2023-10-01", "2023-10-31", "month"),),
        quantities=(Quantity("personnel", 300, 300, approximate=True, text="about 300", start=q[0], end=q[1]),),
        extractor_version="sample",
    )


def attack_report() -> ExtractionResult:
    """Two attacks by an armed group: one in a town, one known only by country."""
    text = (
        "Fighters of Jama'at Nusrat al-Islam wal-Muslimin attacked an army post in Djibo on 4 May 2022. "
        "The same group claimed several raids in Burkina Faso during June 2022."
    )
    doc = document(text, title="Raids in the north", source="wire.example",
               url="http://wire.example/raids", published="2022-07-01")
    s1 = text[: text.index(" The same")]
    s2 = text[text.index("The same") :]
    jnim = EventActor("Jama'at Nusrat al-Islam wal-Muslimin", "actor", "Jama'at Nusrat al-Islam wal-Muslimin", id="jnim",
                      start=text.index("Jama'at"), end=text.index("Jama'at") + len("Jama'at Nusrat al-Islam wal-Muslimin"))
    e1 = _event(doc, s1, "attack", plover="ASSAULT", acled={"event_type": "Battles", "sub_event_type": "Armed clash"},
                actors=(jnim,), location=EventLocation("Djibo", 14.102, -1.627, "BF", "town", text="Djibo"),
                date=EventDate("2022-05-04", "2022-05-04", "day", text="4 May 2022"))
    e2 = _event(doc, s2, "attack", plover="ASSAULT", acled={"event_type": "Battles", "sub_event_type": "Armed clash"},
                actors=(EventActor("Jama'at Nusrat al-Islam wal-Muslimin", "actor", "The same group", id="jnim"),),
                location=EventLocation("Burkina Faso", None, None, "BF", "country", text="Burkina Faso"),
                date=EventDate("2022-06-01", "2022-06-30", "month", text="June 2022"),
                attribution=Attribution(publisher=doc.source, claimant="Jama'at Nusrat al-Islam wal-Muslimin", modality="alleged"))
    return ExtractionResult(document=doc, events=(e1, e2), extractor_version="sample")


def hostile_report() -> ExtractionResult:
    """Every field a report controls carries a payload."""
    body = "Witnesses said " + XSS[0] + " gunmen " + XSS[1] + " raided Ménaka " + XSS[2] + " in January 2024. " + XSS[3] + " " + XSS[4] + " " + XSS[5]
    text = body
    doc = document(text, title="Attack " + XSS[0] + XSS[1], source=XSS[1] + ".example",
               url=HOSTILE_URL, published="2024-02-01", meta={"note": XSS[3]})
    sentence = text[: text.index(" in January 2024.") + len(" in January 2024.")]
    g = span(text, "gunmen")
    m = span(text, "Ménaka")
    event = _event(
        doc, sentence, "attack", plover="ASSAULT",
        actors=(EventActor("Gunmen " + XSS[2], "actor", "gunmen", start=g[0], end=g[1]),),
        location=EventLocation("Ménaka " + XSS[1], 15.918, 2.402, "ML", "town", text="Ménaka", start=m[0], end=m[1],
                               reasons=(XSS[0],)),
        date=EventDate("2024-01-01", "2024-01-31", "month", text="January 2024", reason=XSS[3]),
        attribution=Attribution(publisher=doc.source, claimant="witnesses " + XSS[5], modality="reported"),
    )
    return ExtractionResult(
        document=doc,
        events=(event,),
        actors=(ActorMention(g[0], g[1], "gunmen", None, "Gunmen " + XSS[2]),),
        places=(PlaceMention(m[0], m[1], "Ménaka", Place("Ménaka", 15.918, 2.402, "ML", "town")),),
        extractor_version="sample",
    )


def build_store(path: Path, *, fuse: bool = True) -> dict[str, ExtractionResult]:
    results = {"base": base_report(), "attacks": attack_report(), "hostile": hostile_report()}
    store = open_store(path)
    try:
        for r in results.values():
            store.add(r)
        if fuse:
            try:
                from footprint import fuse as fuse_mod
            except ImportError:
                pass
            else:
                fuse_mod.update(store, [r.document.id for r in results.values()])
    finally:
        store.close()
    return results
