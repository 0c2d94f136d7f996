"""The gold files of ``footprint eval events``, validated before anything runs (pydantic at the edge).

Every defect is an ``EvalError`` naming the file and the entry ("line 12 (id 'bat-03'):
events.0.actors.0.role: ...", "event 2 (id 'x'): place: unknown place key 'y'"); the scorer in
``events`` then reads the checked dicts. Formats: ``data/dev-gold/README.md`` (snippets) and
``../shared/eval/seeds-gold.json`` (facts).
"""

from __future__ import annotations

import warnings

import re
from datetime import date as date_cls
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictBool, ValidationError, model_validator

from ..errors import EvalError
from ..model import MODALITIES, PRECISIONS

_ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _iso_date(value: str, *, day: bool = False) -> str:
    """An ISO day ("2024-05-03"), or, unless ``day``, a month or a year; a real calendar date."""
    if not _ISO.fullmatch(value) or (day and len(value) != 10):
        raise ValueError(f"{value!r} is not an ISO {'day' if day else 'day, month or year'}")
    y, m, d = (int(x) for x in (value + "-01-01")[:10].split("-"))
    try:
        date_cls(y, m, d)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a calendar date ({exc})") from None
    return value


IsoDate = Annotated[str, AfterValidator(_iso_date)]
IsoDay = Annotated[str, AfterValidator(lambda v: _iso_date(v, day=True))]
Words = Annotated[list[Annotated[str, Field(min_length=1)]], Field(min_length=1)]


def _date_pair(value: tuple[str, str]) -> tuple[str, str]:
    a, b = value
    if a > b:
        raise ValueError(f"interval starts after it ends: {a} > {b}")
    return value


DatePair = Annotated[tuple[IsoDay, IsoDay], AfterValidator(_date_pair)]


class _Strict(BaseModel):
    # An unknown key is kept and reported (``unscored_keys``), not refused: a gold file from elsewhere
    # may carry criteria this scorer does not know, and the rest of it should still be scored.
    model_config = ConfigDict(extra="allow", frozen=True)


def unscored_keys(model: BaseModel, prefix: str = "") -> list[str]:
    """Keys of a validated gold entry (and its nested parts) that no criterion reads."""
    keys = [f"{prefix}{k}" for k in (model.model_extra or {})]
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            keys += unscored_keys(value, f"{prefix}{name}.")
        elif isinstance(value, (list, tuple)):
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    keys += unscored_keys(item, f"{prefix}{name}.{i}.")
    return keys


def _warn_unscored(where: str, keys: list[str], source: str) -> None:
    if keys:
        warnings.warn(f"{source}: {where}: not scored, unknown key(s) {sorted(keys)}", UserWarning, stacklevel=3)


class GoldPlace(_Strict):
    lat: float | None = Field(None, ge=-90, le=90)
    lon: float | None = Field(None, ge=-180, le=180)
    radius_km: float | None = Field(None, gt=0)
    country: Annotated[str, Field(pattern=r"^[A-Za-z]{2}$")] | None = None

    @model_validator(mode="after")
    def _located(self) -> "GoldPlace":
        if (self.lat is None) != (self.lon is None):
            raise ValueError("a place needs both lat and lon")
        if self.lat is None and self.country is None:
            raise ValueError("a place needs lat+lon or a country")
        return self


class GoldQuantity(_Strict):
    min: float | None = None
    max: float | None = None
    kind_any: Words | None = None
    approximate: bool | None = None


class GoldLocationIfPresent(_Strict):
    country: Annotated[str, Field(pattern=r"^[A-Za-z]{2}$")] | None = None
    min_lat_unless_country_precision: float | None = Field(None, ge=-90, le=90)


Role = Literal["actor", "target", "associated"]


class GoldFact(_Strict):
    id: str | int | None = None
    doc: Annotated[str, Field(min_length=1)]
    what: str | None = None
    optional: StrictBool = False  # a mention or borderline event: not required (recall), not noise (precision)
    type_any: Words | None = None
    evidence_any: Words | None = None
    roles: dict[Role, Words] | None = None
    modality_any: Words | None = None
    place_precision_any: Words | None = None
    actor_any: Words | None = None
    actor_all: Words | None = None
    place: str | None = None
    plover_any: Words | None = None
    acled_sub_any: Words | None = None
    acled_type_any: Words | None = None
    claimant_any: Words | None = None
    quantity: GoldQuantity | None = None
    date_within: DatePair | None = None
    date_overlaps: DatePair | None = None
    background: bool | None = None
    location_if_present: GoldLocationIfPresent | None = None
    evidence_contains: Annotated[str, Field(min_length=1)] | None = None

    @model_validator(mode="after")
    def _known_labels(self) -> "GoldFact":
        from ..events.vocabulary import ACLED_SUB_EVENT_TYPES, ACLED_SUBS, PLOVER_TYPES

        for name, allowed in (("plover_any", PLOVER_TYPES), ("acled_sub_any", ACLED_SUBS),
                              ("acled_type_any", tuple(ACLED_SUB_EVENT_TYPES))):
            bad = [v for v in getattr(self, name) or () if v not in allowed]
            if bad:
                raise ValueError(f"{name}: unknown label(s) {bad}")
        _known_types(self.type_any, "type_any")
        for name, allowed in (("modality_any", MODALITIES), ("place_precision_any", PRECISIONS)):
            bad = [v for v in getattr(self, name) or () if v not in allowed]
            if bad:
                raise ValueError(f"{name}: unknown value(s) {bad} (known: {', '.join(allowed)})")
        return self


def _known_types(values, name: str) -> None:
    from ..events.vocabulary import vocabulary

    bad = [v for v in values or () if v not in vocabulary()]
    if bad:
        raise ValueError(f"{name}: not in the event vocabulary: {bad}")


class GoldDocument(_Strict):
    """What a facts file says about one document; ``exhaustive`` makes it count for precision."""

    exhaustive: StrictBool = False
    split: Annotated[str, Field(min_length=1)] | None = None
    ignore_types: list[str] | None = None

    @model_validator(mode="after")
    def _types(self) -> "GoldDocument":
        _known_types(self.ignore_types, "ignore_types")
        return self


class GoldCircle(_Strict):
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    radius_km: float = Field(gt=0)


class GoldNegative(_Strict):
    id: str | int | None = None
    doc: Annotated[str, Field(min_length=1)] | None = None  # only this document's events are checked
    type_any: Words | None = None  # only events of these types break it (a sentence may tell another event)
    what: str | None = None
    no_event_within: GoldCircle | None = None
    no_evidence_contains: Annotated[str, Field(min_length=1)] | None = None

    @model_validator(mode="after")
    def _some_test(self) -> "GoldNegative":
        _known_types(self.type_any, "type_any")
        if self.no_event_within is None and self.no_evidence_contains is None:
            raise ValueError("a negative needs no_event_within or no_evidence_contains")
        return self


class GoldActor(_Strict):
    name: Annotated[str, Field(min_length=1)]
    role: Literal["actor", "target", "associated"]


class GoldSnippetQuantity(_Strict):
    kind: Literal["personnel", "capacity", "fatalities", "injured", "abducted", "detained", "displaced", "equipment", "other"]
    min: float | None = None
    max: float | None = None


class GoldSnippetEvent(_Strict):
    type: str
    acled: tuple[str, str] | None = None
    plover: str | None = None
    actors: list[GoldActor] = []
    place: str | None = None
    date: IsoDate | None = None
    quantities: list[GoldSnippetQuantity] = []
    claimant: str | None = None
    modality: str = "asserted"

    @model_validator(mode="after")
    def _known_labels(self) -> "GoldSnippetEvent":
        from ..events.vocabulary import ACLED_TYPE_OF_SUB, PLOVER_TYPES, vocabulary

        if self.type not in vocabulary():
            raise ValueError(f"type {self.type!r} is not in the event vocabulary")
        if self.acled is not None and ACLED_TYPE_OF_SUB.get(self.acled[1]) != self.acled[0]:
            raise ValueError(f"acled {list(self.acled)} is not an ACLED event type / sub-event type pair")
        if self.plover is not None and self.plover not in PLOVER_TYPES:
            raise ValueError(f"plover {self.plover!r} is not a PLOVER type")
        if self.modality not in MODALITIES:
            raise ValueError(f"modality {self.modality!r} is not one of {', '.join(MODALITIES)}")
        return self


class GoldSnippet(_Strict):
    id: str | int | None = None
    split: str = "dev"
    published: IsoDay | None = None
    text: str
    events: list[GoldSnippetEvent]


def _why(exc: ValidationError) -> str:
    """The first defect of a pydantic error, as "field.path: message"."""
    err = exc.errors()[0]
    where = ".".join(str(x) for x in err.get("loc", ()))
    msg = str(err.get("msg", "invalid")).removeprefix("Value error, ")
    return f"{where}: {msg}" if where else msg


def _entry(kind: str, index: int, raw: object) -> str:
    rid = raw.get("id") if isinstance(raw, dict) else None
    return f"{kind} {index}" + (f" (id {rid!r})" if rid is not None else "")


def validate_facts(data: dict, source: str) -> dict:
    """Checks every event and negative of a facts file and the keys they refer to; returns ``data``.

    ``EvalError`` names the entry: "event 3 (id 'x'): place: unknown place key 'y'"."""
    aliases = data.get("actor_aliases") or {}
    places = data.get("places") or {}
    if not isinstance(aliases, dict) or not all(
            isinstance(v, list) and all(isinstance(a, str) for a in v) for v in aliases.values()):
        raise EvalError("actor_aliases must map keys to lists of names", source=source)
    if not isinstance(places, dict):
        raise EvalError("places must map keys to places", source=source)
    for key, raw in places.items():
        try:
            GoldPlace.model_validate(raw)
        except ValidationError as exc:
            raise EvalError(f"place {key!r}: {_why(exc)}", source=source) from None
    if not isinstance(data.get("documents") or {}, dict):
        raise EvalError("documents must map file names to descriptions", source=source)
    for name, raw in (data.get("documents") or {}).items():
        if not isinstance(raw, dict):
            raise EvalError(f"document {name!r}: expected a mapping", source=source)
        try:
            # descriptive keys (source, title …) are free; the scored ones are checked
            GoldDocument.model_validate(raw)
        except ValidationError as exc:
            raise EvalError(f"document {name!r}: {_why(exc)}", source=source) from None
    try:
        GoldDocument.model_validate({"ignore_types": data.get("ignore_types")})
    except ValidationError as exc:
        raise EvalError(f"top level: {_why(exc)}", source=source) from None
    if "docs_dir" in data and not (isinstance(data["docs_dir"], str) and data["docs_dir"].strip()):
        raise EvalError("docs_dir must be a folder name relative to the gold file", source=source)
    for i, raw in enumerate(data["events"]):
        try:
            fact = GoldFact.model_validate(raw)
        except ValidationError as exc:
            raise EvalError(f"{_entry('event', i, raw)}: {_why(exc)}", source=source) from None
        _warn_unscored(_entry("event", i, raw), unscored_keys(fact), source)
        if fact.place is not None and fact.place not in places:
            raise EvalError(f"{_entry('event', i, raw)}: place: unknown place key {fact.place!r}", source=source)
        role_keys = {f"roles.{r}": keys for r, keys in (fact.roles or {}).items()}
        for name, keys in [(n, getattr(fact, n)) for n in ("actor_any", "actor_all", "claimant_any")] + list(
                role_keys.items()):
            unknown = [k for k in keys or () if k not in aliases]
            if unknown:
                raise EvalError(f"{_entry('event', i, raw)}: {name}: unknown actor alias key(s) {unknown}",
                                source=source)
    negatives = data.get("negatives") or []
    if not isinstance(negatives, list):
        raise EvalError("negatives must be a list", source=source)
    for i, raw in enumerate(negatives):
        try:
            negative = GoldNegative.model_validate(raw)
        except ValidationError as exc:
            raise EvalError(f"{_entry('negative', i, raw)}: {_why(exc)}", source=source) from None
        _warn_unscored(_entry("negative", i, raw), unscored_keys(negative), source)
        known_docs = {e["doc"] for e in data["events"]} | set(data.get("documents") or {})
        if negative.doc is not None and negative.doc not in known_docs:
            raise EvalError(f"{_entry('negative', i, raw)}: doc: unknown document {negative.doc!r}", source=source)
    return data


def validate_snippet(row: dict, line: int, source: str) -> dict:
    rid = row.get("id") if isinstance(row, dict) else None
    where = f"line {line}" + (f" (id {rid!r})" if rid is not None else "")
    try:
        snippet = GoldSnippet.model_validate(row)
    except ValidationError as exc:
        raise EvalError(f"{where}: {_why(exc)}", source=source) from None
    _warn_unscored(where, unscored_keys(snippet), source)
    return row
