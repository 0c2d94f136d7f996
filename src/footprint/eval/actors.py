"""Scores the actors stage (``doc._.fp_actors``) against hand-annotated passages.

Gold (``data/dev-gold/README.md``, "Actor mentions"): JSON lines
``{"id", "text", "published"?, "split": "dev"|"heldout"|"dev-…"|"heldout-…", "actors": [{"text", "start",
"end", "id", "type", "country"}]}``, every mention the stage is meant to find.

Matching is one-to-one per passage: every (gold, system) pair whose character spans
overlap is a candidate; pairs are taken greedily by overlap, largest first (ties: the
earlier gold, then the earlier system mention), each mention used once. So a system span
covering two gold mentions matches one of them and the other is missed. A pair is a
relaxed match; a strict match has the same extent. Precision and recall are
micro-averaged; id, type and country accuracy are over the relaxed matches (an unknown
actor left unknown, ``null`` against ``None``, is a right id). System mentions typed
``person`` are left aside: the gold does not annotate persons; nor pronouns ("its fighters", ``via="pronoun"``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, StringConstraints

from ..errors import EvalError
from .gold import align, overlap, read_jsonl

#: a split is a dev split (rules may be tuned on it) or a held-out one, each family with lettered sets added
#: over time ("dev-b", "heldout-d"); anything else is a typo
SPLIT_NAME = r"^(dev|heldout)(-[a-z0-9]+)?$"
TYPES = ("state_force", "pmc", "armed_group", "government", "igo", "ngo", "source", "country")
#: system mention types the gold leaves out
UNSCORED_TYPES = frozenset({"person"})
#: system mentions the gold leaves out by how they were found: pronouns ("its fighters") and a nationality on
#: aircraft or drones ("Russian jets"), which the annotation rules do not count as mentions; the stage keeps
#: them so an event can still name whose jets struck
UNSCORED_VIA = frozenset({"pronoun", "equipment"})


class _GoldActor(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    text: str
    start: int
    end: int
    id: str | None
    type: Literal[TYPES]  # type: ignore[valid-type]
    country: str | None


class _GoldRow(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    id: str
    text: str
    published: str | None = None
    split: Annotated[str, StringConstraints(pattern=SPLIT_NAME)]
    actors: list[_GoldActor]


@dataclass(frozen=True)
class GoldMention:
    text: str
    start: int
    end: int
    id: str | None
    type: str
    country: str | None


@dataclass(frozen=True)
class GoldPassage:
    id: str
    text: str
    published: str | None
    split: str
    actors: tuple[GoldMention, ...]
    line: int = 0


@dataclass(frozen=True)
class SystemMention:
    """What the scorer reads of a system mention (``model.ActorMention`` has these fields)."""

    start: int
    end: int
    text: str
    actor_id: str | None
    type: str | None
    country: str | None


def _passage(row: _GoldRow, n: int, where: str) -> GoldPassage:
    """A validated gold row whose mentions hold their text, as a ``GoldPassage``."""
    mentions = []
    for k, a in enumerate(row.actors):
        if not 0 <= a.start < a.end <= len(row.text):
            raise EvalError(f"id {row.id!r}: actor {k} offsets {a.start}-{a.end} outside the text "
                            f"(length {len(row.text)})", source=where)
        if row.text[a.start:a.end] != a.text:
            raise EvalError(f"id {row.id!r}: actor {k} text {a.text!r} is not text[{a.start}:{a.end}] "
                            f"{row.text[a.start:a.end]!r}", source=where)
        if a.country is not None and (len(a.country) != 2 or not a.country.isupper()):
            raise EvalError(f"id {row.id!r}: actor {k} country {a.country!r} is not ISO alpha-2", source=where)
        mentions.append(GoldMention(a.text, a.start, a.end, a.id, a.type, a.country))
    return GoldPassage(row.id, row.text, row.published, row.split, tuple(mentions), n)


def read_gold(path: Path | str) -> list[GoldPassage]:
    """Every passage of a gold file; any defect is an ``EvalError`` naming ``file:line``."""
    return read_jsonl(path, _GoldRow, _passage)


def check_ids(passages: Iterable[GoldPassage], known: Callable[[str], bool], source: str) -> None:
    """Every gold id must be a registry id: a typo would silently count as a wrong id."""
    for p in passages:
        for a in p.actors:
            if a.id is not None and not known(a.id):
                raise EvalError(f"id {p.id!r}: {a.id!r} is not an actor registry id", source=f"{source}:{p.line}")


# --- scoring ------------------------------------------------------------------------


@dataclass
class Counts:
    passages: int = 0
    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    id_ok: int = 0
    type_ok: int = 0
    country_ok: int = 0

    def add(self, other: "Counts") -> None:
        for k in ("passages", "gold", "system", "relaxed", "strict", "id_ok", "type_ok", "country_ok"):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def scores(self) -> dict[str, float | int]:
        def ratio(a: int, b: int) -> float:
            return a / b if b else 0.0

        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        rp, rr = ratio(self.relaxed, self.system), ratio(self.relaxed, self.gold)
        sp, sr = ratio(self.strict, self.system), ratio(self.strict, self.gold)
        if not self.gold and not self.system:
            rp = rr = sp = sr = 1.0  # nothing to find and nothing found
        return {
            "passages": self.passages, "gold": self.gold, "system": self.system,
            "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": f1(rp, rr),
            "strict_p": sp, "strict_r": sr, "strict_f1": f1(sp, sr),
            "id_accuracy": ratio(self.id_ok, self.relaxed),
            "type_accuracy": ratio(self.type_ok, self.relaxed),
            "country_accuracy": ratio(self.country_ok, self.relaxed),
        }


def _error(kind: str, p: GoldPassage, g: GoldMention | None, s: SystemMention | None) -> dict:
    return {
        "id": p.id, "kind": kind,
        "gold": "" if g is None else f"{g.text!r} {g.id} {g.type} {g.country}",
        "got": "" if s is None else f"{s.text!r} {s.actor_id} {s.type} {s.country}",
    }


def score_passage(p: GoldPassage, system: Iterable) -> tuple[Counts, list[dict]]:
    """Counts and mismatches (missed, spurious, span, id, type, country) of one passage."""
    sys_ = [s for s in system if getattr(s, "type", None) not in UNSCORED_TYPES
            and getattr(s, "via", None) not in UNSCORED_VIA]
    c = Counts(passages=1, gold=len(p.actors), system=len(sys_))
    errors: list[dict] = []
    pairs = align([(g.start, g.end) for g in p.actors], [(s.start, s.end) for s in sys_], overlap)
    for gi, g in enumerate(p.actors):
        si = pairs.get(gi)
        if si is None:
            errors.append(_error("missed", p, g, None))
            continue
        s = sys_[si]
        c.relaxed += 1
        same = (s.start, s.end) == (g.start, g.end)
        c.strict += same
        c.id_ok += s.actor_id == g.id
        c.type_ok += s.type == g.type
        c.country_ok += (s.country or None) == g.country
        for kind, bad in (("span", not same), ("id", s.actor_id != g.id), ("type", s.type != g.type),
                          ("country", (s.country or None) != g.country)):
            if bad:
                errors.append(_error(kind, p, g, s))
    matched = set(pairs.values())
    errors.extend(_error("spurious", p, None, s) for si, s in enumerate(sys_) if si not in matched)
    return c, errors


@dataclass
class Report:
    """Counts per split and in total (key "all"); ``errors`` only for the splits asked for."""

    counts: dict[str, Counts] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)

    def rows(self) -> list[dict]:
        out = []
        for name, c in self.counts.items():
            row: dict = {"split": name}
            for k, v in c.scores().items():
                row[k] = round(v, 4) if isinstance(v, float) else v
            out.append(row)
        return out


def is_dev_split(split: str) -> bool:
    """Whether rules may be tuned on ``split`` (its mismatches may be listed): "dev", "dev-b"…"""
    return split == "dev" or split.startswith("dev-")


def _split_order(split: str) -> tuple[bool, bool, str]:
    """Dev splits first, then held-out ones; the first set of each family before its lettered ones."""
    return (not is_dev_split(split), "-" in split, split)


def score(passages: Sequence[GoldPassage], system: Sequence[Iterable], *,
          errors_for: Iterable[str] | Callable[[str], bool] = ("dev",)) -> Report:
    """Score system mentions (one list per passage, in order) against the gold passages; ``errors_for``
    names the splits whose mismatches are listed (or tells them: ``is_dev_split``)."""
    if len(passages) != len(system):
        raise EvalError(f"{len(system)} system outputs for {len(passages)} passages")
    want = errors_for if callable(errors_for) else set(errors_for).__contains__
    report = Report()
    total = Counts()
    for p, mentions in zip(passages, system):
        c, errs = score_passage(p, mentions)
        report.counts.setdefault(p.split, Counts()).add(c)
        total.add(c)
        if want(p.split):
            report.errors.extend(errs)
    report.counts = {k: report.counts[k] for k in sorted(report.counts, key=_split_order)}
    report.counts["all"] = total
    return report


# --- running the stage --------------------------------------------------------------

#: the components that set ``doc._.fp_actors``: names, places (the report's country), coreference
ACTOR_COMPONENTS = ("footprint_actors_v1", "footprint_places_v1", "footprint_coref_v1")


def pipeline_actors(pipeline: str | None = None) -> Callable[[Sequence[GoldPassage]], list[list]]:
    """``passages -> actor mentions per passage`` with the configured spaCy pipeline."""
    from .. import nlp as nlp_mod
    from ..config import Settings

    name = pipeline or Settings.from_env().pipeline

    def run(passages: Sequence[GoldPassage]) -> list[list]:
        nlp = nlp_mod.build(name, components=ACTOR_COMPONENTS)

        def docs():
            for p in passages:
                doc = nlp.make_doc(p.text)
                nlp_mod.prepare(doc, {"doc_id": p.id, "dct": p.published, "excluded": []})
                yield doc

        return [list(doc._.fp_actors or []) for doc in nlp.pipe(docs(), batch_size=16)]

    return run


def evaluate(path: Path | str, *, find: Callable | None = None, known: Callable[[str], bool] | None = None,
             splits: Iterable[str] | None = None,
             errors_for: Iterable[str] | Callable[[str], bool] = ()) -> Report:
    """Read and check the gold, run the stage (or ``find``) on its passages, score them."""
    passages = read_gold(path)
    if known is None:
        from ..actors import registry

        reg = registry()
        known = lambda actor_id: reg.get(actor_id) is not None  # noqa: E731
    check_ids(passages, known, str(path))
    if splits:
        wanted = set(splits)
        present = {p.split for p in passages}
        unknown = {w for w in wanted if not re.match(SPLIT_NAME, w)}
        if unknown:
            raise EvalError(f"unknown split(s) {', '.join(sorted(unknown))}; the file has "
                            f"{', '.join(sorted(present, key=_split_order))}", source=str(path))
        passages = [p for p in passages if p.split in wanted]
        if not passages:
            raise EvalError(f"no passages in split(s) {', '.join(sorted(wanted))}", source=str(path))
    find = find or pipeline_actors()
    return score(passages, find(passages), errors_for=errors_for)
