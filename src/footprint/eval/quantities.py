"""Scores the quantities stage on a gold JSONL file (format: ``data/dev-gold/README.md``).

Each gold line is a passage with every count of people, forces, vehicles, weapons and capacities in it,
as character spans with kind, bounds, approximate and side. The stage runs on each passage (the pipeline
up to the quantities stage); its quantities are aligned one-to-one with the gold ones (``align``: pairs
of greatest overlap first). Relaxed match = an aligned pair (any overlap); strict = same extent. Among
relaxed matches: accuracy of kind, bounds (min and max both exact), approximate and side. A gold side of
null is met by no side or by a group name that is no registry id ("civilians"); a gold id only by that id.
What the annotation rules leave out is set aside unless it overlaps a gold quantity: measures (money,
percentages, distances, durations: kind ``other`` with such a unit), animals (kind ``other``, the animal as
unit: the stage keeps stolen cattle for looting events) and a count of one read from a bare article ("killing
a soldier", which events keep as one fatality). Counts are per split and over all passages.

``align`` is shared with ``eval.attribution``; gold files are read by ``eval.gold``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool, model_validator

from ..errors import EvalError
from ..model import Quantity
from .gold import align, overlap, read_jsonl


#: Kinds a gold quantity may have: those of ``footprint.quantities.KINDS`` (copied so that reading a gold
#: file needs no spaCy import; ``tests/test_eval_quantities.py`` checks they agree).
KINDS = ("personnel", "capacity", "fatalities", "injured", "abducted", "detained", "displaced", "equipment", "other")
#: Units of measures the gold does not annotate.
MEASURE_UNITS = frozenset({"percent", "currency", "km", "miles", "tonnes", "hectares", "kg", "years", "days",
                           "months", "weeks", "hours", "minutes", "m"})
#: Units of animals, which the gold does not annotate: ``footprint.quantities.ANIMAL_NOUNS`` (copied so that
#: scoring needs no spaCy import; ``tests/test_eval_quantities.py`` checks they agree).
ANIMAL_UNITS = frozenset("""cattle cows cow goats goat sheep camels camel donkeys donkey horses horse livestock
    animals chickens oxen bulls heads""".split())
#: A bare article is no count in the gold ("a soldier").
ARTICLES = frozenset({"a", "an"})


# --- reading -----------------------------------------------------------------------------------


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _span_ok(text: str, start: int, end: int, words: str, what: str) -> None:
    if not 0 <= start < end <= len(text):
        raise ValueError(f"{what}: offsets {start}-{end} out of range for a text of {len(text)} characters")
    if text[start:end] != words:
        raise ValueError(f"{what}: text[{start}:{end}] is {text[start:end]!r}, not {words!r}")


class GoldQuantity(_Gold):
    text: Annotated[str, Field(min_length=1)]
    start: int
    end: int
    kind: str
    min: float | None
    max: float | None
    approximate: StrictBool
    side: Annotated[str, Field(min_length=1)] | None

    @model_validator(mode="after")
    def _check(self) -> "GoldQuantity":
        if self.kind not in KINDS:
            raise ValueError(f"kind {self.kind!r} is not one of {', '.join(KINDS)}")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min {self.min} is above max {self.max}")
        return self


class GoldPassage(_Gold):
    id: Annotated[str, Field(min_length=1)]
    text: Annotated[str, Field(min_length=1)]
    split: Annotated[str, Field(min_length=1)]
    quantities: list[GoldQuantity]

    @model_validator(mode="after")
    def _offsets(self) -> "GoldPassage":
        for i, q in enumerate(self.quantities):
            _span_ok(self.text, q.start, q.end, q.text, f"quantities.{i}")
        return self


# --- alignment and counts -----------------------------------------------------------------------


@dataclass
class Tally:
    """Counts for a set of passages; ``fields`` counts right answers among relaxed matches."""

    passages: int = 0
    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    set_aside: int = 0
    fields: dict[str, int] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        for k in ("passages", "gold", "system", "relaxed", "strict", "set_aside"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        for k, v in other.fields.items():
            self.fields[k] = self.fields.get(k, 0) + v
        self.errors.extend(other.errors)

    def scores(self, field_names: Iterable[str]) -> dict[str, float | int]:
        def f1(p: float, r: float) -> float:
            return 0.0 if p + r == 0 else 2 * p * r / (p + r)

        out: dict[str, float | int] = {"passages": self.passages, "gold": self.gold, "system": self.system,
                                       "set_aside": self.set_aside}
        for name, hit in (("relaxed", self.relaxed), ("strict", self.strict)):
            p = hit / self.system if self.system else (1.0 if not self.gold else 0.0)
            r = hit / self.gold if self.gold else (1.0 if not self.system else 0.0)
            out.update({f"{name}_p": p, f"{name}_r": r, f"{name}_f1": f1(p, r)})
        for name in field_names:
            out[f"{name}_accuracy"] = self.fields.get(name, 0) / self.relaxed if self.relaxed else 0.0
        return out


def rows(results: dict[str, Tally], field_names: Iterable[str]) -> list[dict]:
    """One row per split and ``all``, scores rounded for display."""
    names = tuple(field_names)
    out = []
    for split, t in results.items():
        row: dict[str, Any] = {"split": split}
        row.update({k: round(v, 4) if isinstance(v, float) else v for k, v in t.scores(names).items()})
        out.append(row)
    return out


def by_split(items: Iterable[tuple[str, Tally]]) -> dict[str, Tally]:
    """Tallies per split (in order of first appearance) and their sum under ``all``."""
    out: dict[str, Tally] = {}
    total = Tally()
    for split, t in items:
        out.setdefault(split, Tally()).add(t)
        total.add(t)
    out["all"] = total
    return out


# --- quantities --------------------------------------------------------------------------------

QUANTITY_FIELDS = ("kind", "bounds", "approximate", "side")


def _same_number(a: float | None, b: float | None) -> bool:
    return a is None and b is None or a is not None and b is not None and float(a) == float(b)


def side_ok(gold: str | None, got: str | None, is_id: Callable[[str], bool]) -> bool:
    if gold is None:
        return got is None or not is_id(got)
    return got == gold


def _set_aside(q: Quantity) -> bool:
    if q.kind == "other" and (q.unit in MEASURE_UNITS or q.unit in ANIMAL_UNITS):
        return True
    words = q.text.split(maxsplit=1)
    return q.min == 1 and q.max == 1 and bool(words) and words[0].lower() in ARTICLES


def _describe(q: GoldQuantity | Quantity) -> str:
    lo = "" if q.min is None else f"{q.min:g}"
    hi = "" if q.max is None else f"{q.max:g}"
    return f"{q.text!r} {q.kind} {lo}-{hi}{' ~' if q.approximate else ''} side={q.side}"


def score_passage(passage: GoldPassage, system: list[Quantity], is_id: Callable[[str], bool]) -> Tally:
    gold = list(passage.quantities)
    pairs = align(gold, list(system), lambda g, s: overlap((g.start, g.end), (s.start, s.end)))
    matched = set(pairs.values())
    kept = [s for si, s in enumerate(system) if si in matched or not _set_aside(s)]
    t = Tally(passages=1, gold=len(gold), system=len(kept), set_aside=len(system) - len(kept))
    for gi, g in enumerate(gold):
        si = pairs.get(gi)
        if si is None:
            t.errors.append({"id": passage.id, "error": "missed", "gold": _describe(g), "got": "", "wrong": ""})
            continue
        s = system[si]
        t.relaxed += 1
        t.strict += (s.start, s.end) == (g.start, g.end)
        ok = {"kind": s.kind == g.kind, "bounds": _same_number(s.min, g.min) and _same_number(s.max, g.max),
              "approximate": s.approximate == g.approximate, "side": side_ok(g.side, s.side, is_id)}
        for k, v in ok.items():
            t.fields[k] = t.fields.get(k, 0) + v
        wrong = [k for k, v in ok.items() if not v] + ([] if (s.start, s.end) == (g.start, g.end) else ["extent"])
        if wrong:
            t.errors.append({"id": passage.id, "error": "wrong", "gold": _describe(g), "got": _describe(s),
                             "wrong": ", ".join(wrong)})
    for si, s in enumerate(system):
        if si not in matched and not _set_aside(s):
            t.errors.append({"id": passage.id, "error": "spurious", "gold": "", "got": _describe(s), "wrong": ""})
    return t


def registry_ids() -> Callable[[str], bool]:
    from ..actors import registry

    reg = registry()
    return lambda value: value in reg


def stage_quantities(passages: list[GoldPassage], pipeline: str | None = None) -> list[list[Quantity]]:
    """The quantities stage's output on each passage (the pipeline up to that stage)."""
    docs = run_pipeline([(p.id, p.text) for p in passages], "footprint_quantities_v1", pipeline)
    return [list(d._.fp_quantities or []) for d in docs]


def run_pipeline(texts: list[tuple[str, str]], last: str, pipeline: str | None = None) -> list:
    """spaCy docs of ``(id, text)`` pairs, run through Footprint's components up to ``last``."""
    from .. import nlp as nlp_mod
    from ..config import Settings
    from ..extract import doc_meta
    from ..model import Document

    factories = [f for f, _ in nlp_mod.COMPONENTS]
    components = tuple(factories[:factories.index(last) + 1])
    nlp = nlp_mod.build(pipeline or Settings.from_env().pipeline, components=components)

    def docs():
        for sid, text in texts:
            doc = nlp.make_doc(text)
            nlp_mod.prepare(doc, doc_meta(Document(id=sid, text=text, raw_sha256="")))
            yield doc

    return list(nlp.pipe(docs(), batch_size=16))


def evaluate(path: Path | str, *, system: Callable[[list[GoldPassage]], list[list[Quantity]]] | None = None,
             is_id: Callable[[str], bool] | None = None, splits: Iterable[str] | None = None) -> dict[str, Tally]:
    """Tallies per split and ``all`` for the gold file at ``path`` (``splits``: only these)."""
    passages = read_jsonl(path, GoldPassage)
    if splits:
        wanted = set(splits)
        passages = [p for p in passages if p.split in wanted]
        if not passages:
            raise EvalError(f"no passages of split(s) {', '.join(sorted(wanted))}", source=str(path))
    found = (system or stage_quantities)(passages)
    is_id = is_id or registry_ids()
    return by_split((p.split, score_passage(p, list(q), is_id)) for p, q in zip(passages, found, strict=True))
