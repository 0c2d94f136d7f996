"""Builders for tests and benchmarks, not used by the pipeline.

Hand-built records (documents, events, quantities, extraction results), hand-parsed
spaCy Docs for the rules that read a parse, and an in-process client for the web app, so that unit tests and benchmarks make
their inputs one way, without loading a model. Every builder fills the record
as the pipeline would leave it where a caller does not say otherwise; what a
caller passes stands as given.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Sequence

from .errors import InputError
from .model import (
    ActorMention,
    Attribution,
    Document,
    Event,
    EventLocation,
    Evidence,
    ExtractionResult,
    Quantity,
    Segment,
    short_hash,
)

__all__ = ["BASE_URL", "Client", "actor_mention", "candidate", "doc_with", "document", "event", "gazetteer", "location",
           "lookup_in", "parsed_doc", "place_rows", "quantity", "result", "span", "table_doc", "token_doc"]


def document(text: str, *, id: str | None = None, segments: tuple[Segment, ...] | None = None, **fields: Any) -> Document:
    """A stored report of ``text``: one body segment unless ``segments`` are given; the id hashes the text
    with its white space folded unless ``id`` is given. ``fields``: any other ``Document`` field."""
    return Document(
        id=id if id is not None else short_hash(" ".join(text.split())),
        text=text,
        raw_sha256=short_hash(text, length=64),
        segments=segments if segments is not None else (Segment(0, len(text), "body"),),
        **fields,
    )


def event(doc: Document, sentence: str, type_: str, *, after: int = 0, **fields: Any) -> Event:
    """The event told by ``sentence`` of ``doc`` (its first occurrence at or after ``after``).

    The id and evidence span follow from where the sentence stands. ``fields``: any other ``Event`` field;
    unset ones are empty (no actors, place, date or numbers), asserted by the document's publisher,
    foreground, confidence 0.8, extractor version "test".
    """
    start = doc.text.find(sentence, after)
    if start < 0:
        raise InputError(f"sentence not in the document: {sentence[:60]!r}", source=f"document {doc.id}")
    end = start + len(sentence)
    values: dict[str, Any] = {
        "plover": None, "acled": {"event_type": None, "sub_event_type": None}, "actors": (), "location": None,
        "date": None, "quantities": (), "attribution": Attribution(publisher=doc.source), "background": False,
        "confidence": 0.8, "extractor_version": "test",
    }
    values.update(fields)
    values["quantities"] = tuple(values["quantities"])
    return Event(id=Event.make_id(doc.id, start, end, type_), doc_id=doc.id, type=type_,
                 evidence=Evidence(sentence=sentence, start=start, end=end), **values)


def location(name: str, lat: float | None, lon: float | None, country: str | None, precision: str,
             **fields: Any) -> EventLocation:
    """An event's place; its text is its name unless ``text`` is given."""
    fields.setdefault("text", name)
    return EventLocation(name=name, lat=lat, lon=lon, country=country, precision=precision, **fields)


def quantity(n: float, hi: float | None = None, *, kind: str = "personnel", approximate: bool = False,
             side: str | None = None, **fields: Any) -> Quantity:
    """A number (``n`` to ``hi``, or exactly ``n``) of ``kind``, counting ``side``; its text is the number."""
    fields.setdefault("text", str(n))
    return Quantity(kind=kind, min=n, max=hi if hi is not None else n, approximate=approximate, side=side, **fields)


def result(doc: Document, *events: Event, extractor_version: str = "test", **fields: Any) -> ExtractionResult:
    """What extraction gives for ``doc``: these events (and any mentions passed in ``fields``)."""
    return ExtractionResult(document=doc, events=tuple(events), extractor_version=extractor_version, **fields)


@lru_cache(maxsize=1)
def _blank_vocab():
    import spacy

    return spacy.blank("en").vocab


def parsed_doc(words: Sequence[str], *, heads: Sequence[int], deps: Sequence[str], lemmas: Sequence[str] | None = None,
               pos: Sequence[str] | None = None, tags: Sequence[str] | None = None,
               spaces: Sequence[bool] | None = None, sent_starts: Sequence[bool] | None = None,
               ents: Sequence[tuple[int, int, str]] = (), meta: dict[str, Any] | None = None):
    """A Doc with the parse given by hand (``heads``: token indices, the root pointing at itself) and
    Footprint's stage outputs prepared with ``meta``, as the pipeline leaves it before its stages run;
    ``ents``: (first token, end token, label)."""
    from spacy.tokens import Doc

    from . import nlp

    doc = Doc(_blank_vocab(), words=list(words), spaces=None if spaces is None else list(spaces),
              lemmas=None if lemmas is None else list(lemmas), pos=None if pos is None else list(pos),
              tags=None if tags is None else list(tags), heads=list(heads), deps=list(deps),
              sent_starts=None if sent_starts is None else list(sent_starts))
    if ents:
        doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=label) for s, e, label in ents]
    nlp.prepare(doc, dict(meta or {}))
    return doc


#: What a hand-parsed test document says of itself unless told otherwise.
TABLE_META = {"doc_id": "d1", "publisher": "example.org", "extractor_version": "test"}


def table_doc(spec: str, ents: Sequence[tuple[int, int, str]] = (), *, meta: dict[str, Any] | None = None):
    """A Doc parsed by hand from a token table: one token a line, "word lemma POS TAG head dep" (head: token
    index; the root points at itself). A token is followed by a space unless the next one is punctuation, so
    the text reads as written; ``ents`` and ``meta`` as for ``parsed_doc`` (``TABLE_META`` by default)."""
    rows = [line.split() for line in spec.strip().splitlines()]
    bad = [line for line in rows if len(line) != 6]
    if bad:
        raise InputError(f"a token line needs six fields, got {' '.join(bad[0])!r}", source="token table")
    return token_doc([(w, lemma, pos, tag, int(head), dep) for w, lemma, pos, tag, head, dep in rows], ents, meta=meta)


def token_doc(tokens: Sequence[tuple[str, str, str, str, int, str]], ents: Sequence[tuple[int, int, str]] = (), *,
              meta: dict[str, Any] | None = None, spaces: Sequence[bool] | None = None,
              sent_starts: Sequence[bool] | None = None):
    """A Doc parsed by hand from (word, lemma, POS, TAG, head, dep) tuples, spaced as ``table_doc`` spaces its
    lines unless ``spaces`` is given; ``ents``, ``sent_starts`` and ``meta`` as for ``parsed_doc``
    (``TABLE_META`` by default)."""
    if spaces is None:
        spaces = [i + 1 < len(tokens) and tokens[i + 1][2] != "PUNCT" for i in range(len(tokens))]
    return parsed_doc([t[0] for t in tokens], spaces=spaces, lemmas=[t[1] for t in tokens], pos=[t[2] for t in tokens],
                      tags=[t[3] for t in tokens], heads=[t[4] for t in tokens], deps=[t[5] for t in tokens],
                      sent_starts=sent_starts, ents=ents, meta=TABLE_META if meta is None else meta)


def actor_mention(doc, first: int, last: int, name: str, actor_id: str | None, type_: str) -> ActorMention:
    """An actor mention over tokens ``first``..``last`` (inclusive) of a hand-built Doc."""
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    return ActorMention(start=start, end=end, text=doc.text[start:end], actor_id=actor_id, name=name, type=type_)


def place_rows(places: Sequence[tuple]) -> list[dict[str, Any]]:
    """``gazetteer`` rows from ``(name, lat, lon, country, feature, precision, population, extra)`` tuples;
    ``extra`` holds the other writer arguments (``admin1`` defaults to None)."""
    rows = []
    for name, lat, lon, cc, feature, precision, pop, extra in places:
        extra = dict(extra)
        rows.append(dict(name=name, lat=lat, lon=lon, country=cc, admin1=extra.pop("admin1", None), feature=feature,
                         precision=precision, population=pop, **extra))
    return rows


def gazetteer(path, places: Sequence[dict[str, Any]], *, regions: bool = False):
    """A small gazetteer index at ``path`` holding ``places`` (the keyword arguments of the index writer's
    ``add``; ``source`` defaults to "test"), stamped with the current input versions so it is not rebuilt.
    With ``regions``, each first-level division (feature ``A.ADM1`` with an ``admin1`` code) is also entered
    as its country's region."""
    import sqlite3

    from .places.build import Writer, input_versions
    from .places.gazetteer import INDEXES, SCHEMA, Gazetteer

    conn = sqlite3.connect(path)
    try:
        conn.executescript(SCHEMA)
        w = Writer(conn)
        found = []
        for row in places:
            pid = w.add(**{"source": "test", **row})
            if regions and row.get("feature") == "A.ADM1" and row.get("admin1"):
                found.append((row["country"], row["admin1"], row["name"], pid))
        w.flush()
        conn.executemany("INSERT OR REPLACE INTO admin1 VALUES (?,?,?,?)", found)
        conn.executescript(INDEXES)
        conn.executemany("INSERT INTO meta VALUES (?, ?)", input_versions().items())
        conn.commit()
    finally:
        conn.close()
    return Gazetteer(path)


def run_places(gaz, text_or_doc, *, actors: Sequence[ActorMention] = (), title: str | None = None):
    """The places stage with gazetteer ``gaz`` on ``text_or_doc`` (a text, made into a blank English Doc, or a
    Doc already made, e.g. with hand-set entities), given its metadata and ``actors`` as the actors stage's."""
    import spacy

    from . import nlp as nlp_mod
    from .places import PlacesComponent

    doc = spacy.blank("en").make_doc(text_or_doc) if isinstance(text_or_doc, str) else text_or_doc
    nlp_mod.prepare(doc, {"excluded": [], "title": title})
    doc._.fp_actors = list(actors)
    return PlacesComponent(gaz)(doc)


def candidate(name: str, country: str = "XX", population: int = 3_000, feature: str = "P.PPL", precision: str = "town",
              kind: str = "name", source: str = "test", lat: float = 10.0, lon: float = 20.0):
    """A gazetteer candidate for ``name`` as a lookup returns it (a town by default), with no census ids."""
    from .places.gazetteer import Candidate

    return Candidate(
        id=abs(hash((name, country))) % 100_000, name=name, lat=lat, lon=lon, country=country, admin1="01",
        feature=feature, precision=precision, population=population, geonameid=None, facility_id=None,
        radius_km=None, source=source, kind=kind,
    )


def lookup_in(table: dict[str, tuple]):
    """A gazetteer lookup (normalized names to their candidates) that answers from ``table`` alone."""
    return lambda names: {n: table[n] for n in names if n in table}


@lru_cache(maxsize=1)
def _blank_en():
    import spacy

    return spacy.blank("en")


def doc_with(text: str, persons: Sequence[str] = ()):
    """A blank English Doc of ``text``, capitalized words tagged PROPN and the rest NOUN (the places rules read
    no other tag), with each of ``persons`` (one or more words, its first occurrence) a PERSON entity."""
    from spacy.tokens import Span

    doc = _blank_en().make_doc(text)
    for t in doc:
        t.pos_ = "PROPN" if t.text[:1].isupper() else "NOUN"
    spans = []
    for words in persons:
        first = words.split()[0]
        i = next(t.i for t in doc if t.text == first)
        spans.append(Span(doc, i, i + len(words.split()), label="PERSON"))
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


def span(text: str, needle: str) -> tuple[int, int]:
    """Start and end of the first ``needle`` in ``text``."""
    i = text.index(needle)
    return i, i + len(needle)


#: Where the in-process client says it talks to (the app serves IP literals and localhost).
BASE_URL = "http://127.0.0.1:8000"


class Client:
    """A synchronous in-process client for the ASGI app (httpx's ASGI transport, no sockets).

    By default it posts like a script (``X-Requested-With``); ``script=False`` posts
    like a browser form, which must then pass the cross-site checks."""

    def __init__(self, app, *, raise_app_exceptions: bool = False, script: bool = True, base_url: str = BASE_URL):
        import asyncio

        import httpx

        self._loop = asyncio.new_event_loop()
        self._client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app, raise_app_exceptions=raise_app_exceptions),
            base_url=base_url,
            headers={"X-Requested-With": "footprint-tests"} if script else {},
        )

    def request(self, method: str, url: str, **kw):
        return self._loop.run_until_complete(self._client.request(method, url, **kw))

    def get(self, url: str, **kw):
        return self.request("GET", url, **kw)

    def post(self, url: str, **kw):
        return self.request("POST", url, **kw)

    def close(self) -> None:
        self._loop.run_until_complete(self._client.aclose())
        self._loop.close()
