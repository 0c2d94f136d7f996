"""The records that flow through Footprint, as frozen dataclasses.

A record is born in one stage and never mutated afterwards; a later stage
makes a new one with ``dataclasses.replace``. Every extracted thing carries
``start``/``end`` character offsets into ``Document.text``.

``Event.to_json()`` writes the interchange format documented in
``docs/interchange.md``; ``Event.from_json()`` reads it back. Fields may be
added to these classes; none may be renamed.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any

#: Segment kinds of a document. Only ``body`` text may be the source of events.
SEGMENT_KINDS = ("body", "title", "source", "boilerplate", "caption", "front_matter")

#: Place precisions, finest first.
PRECISIONS = ("facility", "town", "district", "region", "country", "area", "unknown")

#: Date precisions, finest first.
DATE_PRECISIONS = ("day", "week", "month", "season", "quarter", "half", "year", "decade", "unknown")

MODALITIES = ("asserted", "reported", "estimated", "alleged", "denied", "hedged")


def short_hash(*parts: str, length: int = 16) -> str:
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return h[:length]


@dataclass(frozen=True)
class Segment:
    """A stretch of ``Document.text`` with a role (see ``SEGMENT_KINDS``)."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Document:
    id: str  # hash of the normalized text
    text: str  # normalized text; every offset in Footprint points here
    raw_sha256: str  # hash of the raw bytes as read
    raw_text: str = ""  # decoded input before normalization/front-matter removal
    title: str | None = None
    source: str | None = None  # publisher, usually a domain
    url: str | None = None
    published: str | None = None  # ISO date
    published_inferred: bool = False
    published_not_before: str | None = None
    published_not_after: str | None = None
    language: str = "en"
    format: str = "text"  # text|markdown|html|jsonl|feed|url
    path: str | None = None
    record_id: str | None = None
    segments: tuple[Segment, ...] = ()
    copy_of: str | None = None  # id of the document this one nearly duplicates
    meta: dict[str, Any] = field(default_factory=dict)

    def segments_of(self, kind: str) -> list[Segment]:
        return [s for s in self.segments if s.kind == kind]

    def segment_texts(self, kind: str) -> list[str]:
        return [self.text[s.start : s.end] for s in self.segments_of(kind)]

    @property
    def label(self) -> str:
        """How messages name the document: its path or URL, else its id (a document read from standard
        input or given as raw text has neither, and is called by its id in every message once read;
        only while its bytes are read is it ``<stdin>`` or ``<text>``, see ``ingest.STDIN``)."""
        return self.path or self.url or self.id

    def body_mask_text(self) -> str:
        """``text`` with every non-body segment blanked to spaces, offsets kept."""
        chars = list(self.text)
        for seg in self.segments:
            if seg.kind != "body":
                for i in range(seg.start, min(seg.end, len(chars))):
                    if chars[i] != "\n":
                        chars[i] = " "
        return "".join(chars)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("raw_text")
        d["meta"] = {k: v for k, v in self.meta.items() if not isinstance(v, bytes)}
        d["segments"] = [asdict(s) for s in self.segments]
        # what cleaning set aside, spelled out for readers of the JSON
        d["boilerplate"] = self.segment_texts("boilerplate")
        d["captions"] = self.segment_texts("caption")
        return d


# --- mentions found in text --------------------------------------------------


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    actor_id: str | None  # registry id; None for an unknown actor kept as found
    name: str  # canonical name, or the text itself for unknown actors
    type: str | None = None  # state_force|pmc|armed_group|government|igo|ngo|source|person|country
    country: str | None = None  # ISO alpha-2
    wikidata: str | None = None
    via: str = "registry"  # registry|ner|coref|demonym
    metonymy: bool = False  # a place name standing for an actor ("Russia said")


@dataclass(frozen=True)
class Place:
    name: str
    lat: float | None
    lon: float | None
    country: str | None
    precision: str  # one of PRECISIONS
    geonameid: int | None = None
    facility_id: str | None = None
    admin1: str | None = None
    feature: str | None = None  # GeoNames feature class.code, or a facility type
    radius_km: float | None = None  # uncertainty for areas and relative places
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place | None  # None: recognised but not resolved (``reason`` says why)
    kind: str = "literal"  # literal|demonym|metonymic|relative
    reason: str = ""


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE|TIME|DURATION|SET
    value: str  # TIMEX3 value, e.g. 2024-09, 2023-Q4, P4Y, PAST_REF
    interval_start: str | None  # ISO date, inclusive; None = open
    interval_end: str | None
    precision: str  # one of DATE_PRECISIONS
    anchor: str = "absolute"  # absolute|dct|previous|open
    fuzzy: bool = False
    mod: str | None = None  # TimeML mod: START|MID|END|APPROX|LESS_THAN|MORE_THAN|…


@dataclass(frozen=True)
class Quantity:
    kind: str  # personnel|capacity|fatalities|injured|abducted|detained|displaced|equipment|other
    min: float | None
    max: float | None
    unit: str = "personnel"
    approximate: bool = False
    text: str = ""
    start: int = -1
    end: int = -1
    side: str | None = None  # actor id or name the number belongs to


@dataclass(frozen=True)
class Attribution:
    publisher: str | None = None
    claimant: str | None = None
    claimant_id: str | None = None
    evidence_type: str | None = None  # satellite imagery|official statement|witnesses|social media|media report|...
    modality: str = "asserted"  # one of MODALITIES
    cue: str | None = None  # the words that set the modality ("suggests", "reportedly")
    start: int = -1  # span of the claimant mention, where there is one
    end: int = -1
    cue_start: int = -1  # span of the reporting words ("said", "according to", "denied"), where there are some
    cue_end: int = -1
    scope_start: int = -1  # span of what the clause reports (the reporting verb's clause), where it is known
    scope_end: int = -1


@dataclass(frozen=True)
class EventActor:
    name: str
    role: str  # actor|target|associated
    text: str
    id: str | None = None
    wikidata: str | None = None
    type: str | None = None
    country: str | None = None
    start: int = -1
    end: int = -1
    inferred: bool = False  # read from what was hit, not named ("a military base": the state's armed forces)


@dataclass(frozen=True)
class EventLocation:
    name: str | None
    lat: float | None
    lon: float | None
    country: str | None
    precision: str
    text: str = ""
    geonameid: int | None = None
    facility_id: str | None = None
    admin1: str | None = None
    radius_km: float | None = None
    start: int = -1
    end: int = -1
    reasons: tuple[str, ...] = ()
    #: a locality the text names as the event's place that no installed list holds; the point is the wider place's
    unplaced: str = ""


@dataclass(frozen=True)
class EventDate:
    start: str | None
    end: str | None
    precision: str
    text: str = ""
    value: str | None = None
    span_start: int = -1
    span_end: int = -1
    reason: str = ""


@dataclass(frozen=True)
class Evidence:
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Event:
    id: str
    doc_id: str
    type: str
    plover: str | None
    acled: dict[str, str | None]  # {"event_type": …, "sub_event_type": …}
    actors: tuple[EventActor, ...]
    location: EventLocation | None
    date: EventDate | None
    quantities: tuple[Quantity, ...]
    attribution: Attribution
    background: bool
    evidence: Evidence
    confidence: float
    extractor_version: str
    mode: str | None = None  # attack mode: armed_clash|ambush|air_strike|drone_strike|shelling|ied|suicide_bombing
    trigger: str | None = None  # the words that made the type
    embedded: bool = False  # told inside another event of its sentence (its purpose, cause or the content of talk)

    @staticmethod
    def make_id(doc_id: str, start: int, end: int, type_: str) -> str:
        return short_hash(doc_id, str(start), str(end), type_)

    def to_json(self) -> dict[str, Any]:
        return _to_json(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Event":
        d = dict(data)
        d["actors"] = tuple(_build(EventActor, a) for a in d.get("actors") or ())
        d["location"] = _build(EventLocation, d["location"]) if d.get("location") else None
        d["date"] = _build(EventDate, d["date"]) if d.get("date") else None
        d["quantities"] = tuple(_build(Quantity, q) for q in d.get("quantities") or ())
        d["attribution"] = _build(Attribution, d.get("attribution") or {})
        d["evidence"] = _build(Evidence, d["evidence"])
        return _build(cls, d)


def _build(cls, data: dict[str, Any]):
    """Build a dataclass from a dict, ignoring unknown keys (newer writers may add fields)."""
    names = {f.name for f in fields(cls)}
    kwargs = {k: v for k, v in data.items() if k in names}
    for k in ("reasons",):
        if k in kwargs and isinstance(kwargs[k], list):
            kwargs[k] = tuple(kwargs[k])
    return cls(**kwargs)


def _to_json(obj: Any) -> Any:
    if hasattr(obj, "__dataclass_fields__"):
        return {f.name: _to_json(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [_to_json(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _to_json(v) for k, v in obj.items()}
    return obj


@dataclass(frozen=True)
class ExtractionResult:
    """What ``extract`` returns for one document."""

    document: Document
    events: tuple[Event, ...]
    actors: tuple[ActorMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    timexes: tuple[Timex, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    extractor_version: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"document": self.document.to_json(), "events": [e.to_json() for e in self.events]}


@dataclass(frozen=True)
class Presence:
    id: str
    actor_id: str | None
    actor_name: str
    place: EventLocation
    start: str | None  # first evidence date (ISO)
    last_seen: str | None
    status: str  # active|ended|stale
    strength: tuple[dict[str, Any], ...] = ()  # [{kind, min, max, approximate, source, date, event_id}]
    independent_sources: int = 0
    evidence_event_ids: tuple[str, ...] = ()
    end: str | None = None
    ended_by: str | None = None  # event id of the withdrawal
    parent_id: str | None = None  # enclosing presence (facility ⊂ town ⊂ country)
