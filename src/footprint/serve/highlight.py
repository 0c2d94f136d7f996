"""Cut text into plain and highlighted pieces for the templates.

Nothing here builds HTML: a piece is a slice of text plus a kind, and the
template writes each slice through Jinja's autoescape. That is why report
text can never become markup, whatever it contains.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import Document, Event

#: Span kinds the pages colour, with the word shown to the reader.
KINDS = {"actor": "actor", "place": "place", "timex": "date", "quantity": "quantity", "claimant": "source"}


@dataclass(frozen=True)
class Piece:
    text: str
    kind: str | None = None  # a key of KINDS, or None for plain text
    label: str | None = None  # what the span resolved to (canonical name, value)
    start: int = 0  # offset in the document

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind, "label": self.label, "start": self.start}


def pieces(text: str, base: int, spans: list[dict[str, Any]]) -> list[Piece]:
    """``text`` (starting at document offset ``base``) cut at the given spans.

    Spans are clipped to the text; where two overlap the earlier (then longer)
    wins: a span inside it is dropped, one that runs on past it keeps the rest
    (a place phrase that begins inside an actor's words stays marked), so the
    pieces never overlap and always join back to ``text``."""
    end_of_text = base + len(text)
    chosen: list[tuple[int, int, str, str | None]] = []
    for s in sorted(spans, key=lambda s: (s["start"], -(s["end"] - s["start"]))):
        start, end = max(s["start"], base), min(s["end"], end_of_text)
        if chosen:
            start = max(start, chosen[-1][1])
        if start >= end or s.get("kind") not in KINDS:
            continue
        chosen.append((start, end, s["kind"], s.get("label")))
    out: list[Piece] = []
    pos = base
    for start, end, kind, label in chosen:
        if start > pos:
            out.append(Piece(text[pos - base : start - base], None, None, pos))
        out.append(Piece(text[start - base : end - base], kind, None if label is None else str(label), start))
        pos = end
    if pos < end_of_text:
        out.append(Piece(text[pos - base :], None, None, pos))
    return out


def event_spans(event: Event, stored: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Spans to mark in an event's evidence: the event's own actor, place, date and
    quantity mentions first, then every other stored span inside the sentence."""
    own: list[dict[str, Any]] = []
    for a in event.actors:
        if a.start >= 0:
            own.append({"start": a.start, "end": a.end, "kind": "actor", "label": f"{a.name} ({a.role})"})
    loc = event.location
    if loc and loc.start >= 0:
        own.append({"start": loc.start, "end": loc.end, "kind": "place", "label": loc.name})
    if event.date and event.date.span_start >= 0:
        own.append({"start": event.date.span_start, "end": event.date.span_end, "kind": "timex", "label": event.date.value})
    for q in event.quantities:
        if q.start >= 0:
            own.append({"start": q.start, "end": q.end, "kind": "quantity", "label": q.kind})
    att = event.attribution
    if att.start >= 0:
        own.append({"start": att.start, "end": att.end, "kind": "claimant", "label": att.claimant})
    ev = event.evidence
    inside = [s for s in stored if s["start"] < ev.end and s["end"] > ev.start]
    # own spans win over stored ones at the same place: they are what this event used
    return own + [s for s in inside if not any(o["start"] < s["end"] and s["start"] < o["end"] for o in own)]


def evidence_pieces(event: Event, doc: Document | None, stored: list[dict[str, Any]]) -> list[Piece]:
    ev = event.evidence
    text = ev.sentence
    # offsets point into the document; use its text when it agrees with the stored sentence
    if doc is not None and doc.text[ev.start : ev.end] == ev.sentence:
        text = doc.text[ev.start : ev.end]
    return pieces(text, ev.start, event_spans(event, stored))


@dataclass(frozen=True)
class Block:
    kind: str  # a segment kind (body, title, boilerplate, caption, …) or "unmarked"
    start: int
    end: int
    pieces: tuple[Piece, ...]

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end, "pieces": [p.to_json() for p in self.pieces]}


def document_blocks(doc: Document, stored: list[dict[str, Any]]) -> list[Block]:
    """The whole document as consecutive segment blocks, each cut at its spans."""
    segs = sorted(doc.segments, key=lambda s: (s.start, s.end))
    blocks: list[Block] = []
    pos = 0
    n = len(doc.text)

    def add(kind: str, start: int, end: int) -> None:
        if end > start:
            blocks.append(Block(kind, start, end, tuple(pieces(doc.text[start:end], start, stored))))

    for seg in segs:
        start, end = max(seg.start, pos), min(seg.end, n)
        if start >= end:
            continue
        add("unmarked", pos, start)
        add(seg.kind, start, end)
        pos = end
    add("unmarked" if segs else "body", pos, n)
    return blocks
