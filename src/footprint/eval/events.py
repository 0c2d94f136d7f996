"""Scores extracted events against gold files.

Two gold formats are read:

* **facts** (``seeds-gold.json`` shape: a JSON object with ``events``, ``negatives``,
  ``actor_aliases``, ``places``): each gold event lists criteria; it is matched when
  one extracted event of its document meets every criterion given. Documents are
  files named by ``doc``, looked up in ``docs_dir`` (default ``<gold dir>/../seeds``).
* **snippets** (JSON lines, ``data/dev-gold/README.md``): short texts with a labelled
  main event; scored by the weighted F1 of the main event's ACLED sub-event type
  over the 25 types, type accuracy, role accuracy and negatives passed.

Both run the real pipeline (``footprint.extract.extract``).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable

from ..errors import EvalError
from ..model import Document, Event, short_hash
from ..geo import distance_km as haversine_km
from .events_gold import validate_facts, validate_snippet
from .gold import gold_text

MAX_GOLD_BYTES = 50 * 2**20

ExtractFn = Callable[[list[Document]], list[list[Event]]]


# --- running the pipeline ---------------------------------------------------------


def pipeline_extract(pipeline: str | None = None) -> ExtractFn:
    """``documents -> events per document`` with the configured spaCy pipeline."""
    from ..config import Settings
    from ..extract import extract

    name = pipeline or Settings.from_env().pipeline

    def run(documents: list[Document]) -> list[list[Event]]:
        return [list(r.events) for r in extract(documents, pipeline=name)]

    return run


def read_document(path: Path) -> Document:
    """A gold document through the ingest readers."""
    from ..ingest import iter_inputs

    docs = []
    for item in iter_inputs([path]):
        if isinstance(item, Document):
            docs.append(item)
        else:
            raise EvalError(f"cannot read gold document: {getattr(item, 'reason', item)}", source=str(path))
    if not docs:
        raise EvalError("gold document yielded no text", source=str(path))
    return docs[0]


def snippet_document(text: str, published: str | None, sid: str) -> Document:
    return Document(id=short_hash(text), text=text, raw_sha256=short_hash(text, length=64), published=published,
                    record_id=sid, format="jsonl")


# --- loading gold -----------------------------------------------------------------


def load_gold(path: Path) -> tuple[str, Any]:
    """("facts", dict) or ("snippets", list[dict]); ``EvalError`` names the file on any defect."""
    from ..ingest import read_limited  # here, as in read_document: ingest loads every report reader

    path = Path(path)
    # the size is checked before reading, and a pipe or device is read only up to the limit (never to its end)
    raw = read_limited(path, MAX_GOLD_BYTES, error=EvalError)
    text = gold_text(raw, str(path), MAX_GOLD_BYTES)
    stripped = text.lstrip()
    if stripped.startswith("{") and path.suffix != ".jsonl":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise EvalError(f"invalid JSON at line {exc.lineno}: {exc.msg}", source=str(path)) from exc
        except RecursionError:  # "[[[[…" thousands deep: json recurses once per level
            raise EvalError("gold file is nested too deeply", source=str(path)) from None
        if not isinstance(data, dict) or not isinstance(data.get("events"), list):
            raise EvalError("expected an object with an 'events' list", source=str(path))
        for i, ev in enumerate(data.get("events", [])):
            if not isinstance(ev, dict) or not isinstance(ev.get("doc"), str):
                raise EvalError(f"event {i} has no 'doc' file name", source=str(path))
        return "facts", validate_facts(data, str(path))
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(f"line {n}: invalid JSON ({exc.msg})", source=str(path)) from exc
        except RecursionError:
            raise EvalError(f"line {n}: nested too deeply", source=str(path)) from None
        if not isinstance(row, dict) or not isinstance(row.get("text"), str) or not isinstance(row.get("events"), list):
            raise EvalError(f"line {n}: a snippet needs 'text' and an 'events' list", source=str(path))
        rows.append(validate_snippet(row, n, str(path)))
    if not rows:
        raise EvalError("gold file holds no snippets", source=str(path))
    return "snippets", rows


# --- criteria (facts format) --------------------------------------------------------


def _norm(s: str | None) -> str:
    return " ".join((s or "").replace("’", "'").casefold().split())


def alias_match(texts: Iterable[str | None], aliases: Iterable[str]) -> bool:
    """Any text equals an alias, or holds it as a whole-word phrase."""
    al = [_norm(a) for a in aliases if a]
    for t in texts:
        n = _norm(t)
        if not n:
            continue
        padded = f" {n.replace(',', ' ').replace('.', ' ')} "
        for a in al:
            if n == a or f" {a} " in padded:
                return True
    return False


def _aliases(gold: dict, keys: Iterable[str]) -> list[str]:
    table = gold.get("actor_aliases") or {}
    out: list[str] = []
    for k in keys:
        out.extend(table.get(k) or [k])
    return out


def actors_match(actors, aliases: list[str], lookup: Callable[[str], str | None] = None) -> bool:
    """An alias group stands for one of ``actors`` when an alias is one's name or words (``alias_match``),
    or when an alias names a registry entry that is one's id: the registry's name for the Myanmar army
    ("Burmese Armed Forces") is the "Myanmar military" of the gold, as the snippets scorer reads it."""
    if alias_match([x for a in actors for x in (a.name, a.text)], aliases):
        return True
    ids = {a.id for a in actors if a.id}
    lookup = lookup or registry_id
    return bool(ids) and any(lookup(alias) in ids for alias in aliases if alias)


def check(ev: Event, crit: dict, gold: dict) -> list[str]:
    """Names of the criteria of ``crit`` that ``ev`` fails (empty: a match)."""
    fails = []
    if "actor_any" in crit and not actors_match(ev.actors, _aliases(gold, crit["actor_any"])):
        fails.append("actor_any")
    if "actor_all" in crit and not all(actors_match(ev.actors, _aliases(gold, [k])) for k in crit["actor_all"]):
        fails.append("actor_all")
    if "place" in crit:
        place = (gold.get("places") or {}).get(crit["place"], {})
        loc = ev.location
        ok = False
        if loc is not None:
            if "lat" in place and loc.lat is not None and loc.lon is not None:
                ok = haversine_km(place["lat"], place["lon"], loc.lat, loc.lon) <= float(place.get("radius_km", 25))
            elif "country" in place:
                ok = (loc.country or "").upper() == place["country"].upper()
        if not ok:
            fails.append("place")
    if "plover_any" in crit and ev.plover not in crit["plover_any"]:
        fails.append("plover_any")
    if "acled_sub_any" in crit and (ev.acled or {}).get("sub_event_type") not in crit["acled_sub_any"]:
        fails.append("acled_sub_any")
    if "acled_type_any" in crit and (ev.acled or {}).get("event_type") not in crit["acled_type_any"]:
        fails.append("acled_type_any")
    if "claimant_any" in crit and not alias_match([ev.attribution.claimant], _aliases(gold, crit["claimant_any"])):
        fails.append("claimant_any")
    if "quantity" in crit:
        q = crit["quantity"]
        if not any(_quantity_ok(x, q) for x in ev.quantities):
            fails.append("quantity")
    if "date_within" in crit:
        a, b = crit["date_within"]
        d = ev.date
        if not (d and d.start and d.end and d.start >= a and d.end <= b):
            fails.append("date_within")
    if "date_overlaps" in crit:
        a, b = crit["date_overlaps"]
        d = ev.date
        if not (d and (d.start or d.end) and (d.start or "0000") <= b and (d.end or "9999") >= a):
            fails.append("date_overlaps")
    if "background" in crit and bool(ev.background) != bool(crit["background"]):
        fails.append("background")
    if "location_if_present" in crit and ev.location is not None:
        lip = crit["location_if_present"]
        loc = ev.location
        ok = not lip.get("country") or (loc.country or "").upper() == lip["country"].upper()
        min_lat = lip.get("min_lat_unless_country_precision")
        if ok and min_lat is not None and loc.precision != "country":
            ok = loc.lat is not None and loc.lat >= float(min_lat)
        if not ok:
            fails.append("location_if_present")
    if "evidence_contains" in crit and crit["evidence_contains"] not in ev.evidence.sentence:
        fails.append("evidence_contains")
    if "evidence_any" in crit and not any(x in ev.evidence.sentence for x in crit["evidence_any"]):
        fails.append("evidence_any")
    if "type_any" in crit and ev.type not in crit["type_any"]:
        fails.append("type_any")
    if "roles" in crit:
        for role, keys in crit["roles"].items():
            in_role = [a for a in ev.actors if a.role == role]
            if not all(actors_match(in_role, _aliases(gold, [k])) for k in keys):
                fails.append("roles")
                break
    if "modality_any" in crit and ev.attribution.modality not in crit["modality_any"]:
        fails.append("modality_any")
    if "place_precision_any" in crit and (ev.location is None or ev.location.precision not in crit["place_precision_any"]):
        fails.append("place_precision_any")
    return fails


def _quantity_ok(x, q: dict) -> bool:
    if "min" in q and x.min != q["min"]:
        return False
    if "max" in q and x.max != q["max"]:
        return False
    if "kind_any" in q and x.kind not in q["kind_any"]:
        return False
    if "approximate" in q and bool(x.approximate) != bool(q["approximate"]):
        return False
    return True


CRITERIA = ("actor_any", "actor_all", "place", "plover_any", "acled_sub_any", "acled_type_any", "claimant_any",
            "quantity", "date_within", "date_overlaps", "background", "location_if_present", "evidence_contains",
            "evidence_any", "type_any", "roles", "modality_any", "place_precision_any")
#: The criteria that say which event it is (what happened, told where): an extracted event that meets these
#: for some gold fact of its document is no noise, even when its place, date, numbers or actors are wrong.
IDENTITY = ("evidence_contains", "evidence_any", "type_any", "plover_any", "acled_sub_any", "acled_type_any")


@dataclass
class FactResult:
    id: str
    doc: str
    matched: bool
    failing: list[str]
    nearest: dict | None
    optional: bool = False
    split: str | None = None
    criteria: list[str] = field(default_factory=list)
    identified: bool = False  # some extracted event meets the fact's identity criteria (fields may be wrong)


@dataclass
class ExtractedResult:
    """One extracted event of an exhaustive document: does some gold fact account for it?"""

    doc: str
    split: str | None
    matched: bool  # every criterion of some fact
    identified: bool  # the identity criteria of some fact: the event is real, maybe with wrong fields
    fact: str | None  # the fact it is closest to
    failing: list[str]
    summary: dict


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


@dataclass
class FactsReport:
    results: list[FactResult]
    negatives: list[tuple[str, bool, str]]  # (id, passed, why)
    field_accuracy: dict[str, float]
    extracted: list[ExtractedResult] = field(default_factory=list)
    negative_splits: list[str | None] = field(default_factory=list)

    @property
    def required(self) -> list[FactResult]:
        return [r for r in self.results if not r.optional]

    @property
    def recall(self) -> float:
        return _ratio(sum(r.matched for r in self.required), len(self.required))

    @property
    def recall_identified(self) -> float:
        """Share of required facts some extracted event tells (identity criteria), whatever its fields."""
        return _ratio(sum(r.identified for r in self.required), len(self.required))

    @property
    def precision(self) -> float:
        """Share of the exhaustive documents' extracted events that are real events (identity criteria)."""
        return _ratio(sum(x.identified for x in self.extracted), len(self.extracted))

    @property
    def precision_strict(self) -> float:
        """Share of them that meet every criterion of some fact (right actors, place, date, numbers too)."""
        return _ratio(sum(x.matched for x in self.extracted), len(self.extracted))

    @property
    def negatives_passed(self) -> int:
        return sum(p for _, p, _ in self.negatives)

    def splits(self) -> list[str]:
        found = {r.split for r in self.results if r.split} | {x.split for x in self.extracted if x.split}
        return sorted(found, key=lambda s: (s != "dev", s))

    def only(self, split: str) -> "FactsReport":
        """The part of the report about the documents of one split."""
        neg = [n for n, s in zip(self.negatives, self.negative_splits or [None] * len(self.negatives)) if s == split]
        return FactsReport(results=[r for r in self.results if r.split == split], negatives=neg,
                           field_accuracy=_accuracy([r for r in self.results if r.split == split]),
                           extracted=[x for x in self.extracted if x.split == split],
                           negative_splits=[split] * len(neg))

    def totals(self) -> dict:
        req = self.required
        return {
            "recall": round(self.recall, 4),
            "matched": sum(r.matched for r in req),
            "total": len(req),
            "recall_identified": round(self.recall_identified, 4),
            "optional_matched": sum(r.matched for r in self.results if r.optional),
            "optional_total": sum(r.optional for r in self.results),
            "extracted": len(self.extracted),
            # precision exists only where a document's gold is exhaustive
            "precision": round(self.precision, 4) if self.extracted else None,
            "precision_strict": round(self.precision_strict, 4) if self.extracted else None,
            "negatives_passed": self.negatives_passed,
            "negatives_total": len(self.negatives),
        }

    def to_json(self) -> dict:
        out = {"format": "facts", **self.totals(),
               "field_accuracy": {k: round(v, 4) for k, v in self.field_accuracy.items()}}
        if self.extracted:
            out["splits"] = {s: self.only(s).totals() for s in self.splits()}
        out["unmatched"] = [{k: v for k, v in r.__dict__.items() if k not in ("optional", "split", "criteria", "identified")}
                            for r in self.required if not r.matched]
        out["unmatched_extracted"] = [x.__dict__ for x in self.extracted if not x.identified]
        out["wrong_fields_extracted"] = [x.__dict__ for x in self.extracted if x.identified and not x.matched]
        out["negatives"] = [{"id": i, "passed": p, "why": w} for i, p, w in self.negatives]
        return out


def _accuracy(results: list[FactResult]) -> dict[str, float]:
    """Per-criterion pass rate over the required facts (for each, its nearest extracted event)."""
    passes: Counter = Counter()
    totals: Counter = Counter()
    for r in results:
        if r.optional:
            continue
        for k in r.criteria:
            totals[k] += 1
            passes[k] += k not in r.failing
    return {k: passes[k] / totals[k] for k in CRITERIA if totals[k]}


def _summary(ev: Event) -> dict:
    return {
        "type": ev.type, "plover": ev.plover, "acled": ev.acled,
        "actors": [f"{a.name} ({a.role})" for a in ev.actors],
        "location": ev.location.name if ev.location else None,
        "date": [ev.date.start, ev.date.end] if ev.date else None,
        "quantities": [f"{q.kind} {q.min}-{q.max}{'~' if q.approximate else ''}" for q in ev.quantities],
        "claimant": ev.attribution.claimant, "modality": ev.attribution.modality, "background": ev.background,
        "evidence": ev.evidence.sentence[:160],
    }


def _doc_info(gold: dict, doc: str) -> dict:
    return (gold.get("documents") or {}).get(doc) or {}


def score_facts(gold: dict, events_by_doc: dict[str, list[Event]]) -> FactsReport:
    results = []
    for i, g in enumerate(gold.get("events", [])):
        crit = {k: v for k, v in g.items() if k in CRITERIA}
        cands = events_by_doc.get(g["doc"], [])
        best, best_fails, identified = None, None, False
        for ev in cands:
            fails = check(ev, crit, gold)
            identified = identified or not any(f in IDENTITY for f in fails)
            if best_fails is None or len(fails) < len(best_fails):
                best, best_fails = ev, fails
                if not fails:
                    break
        fails = best_fails if best_fails is not None else list(crit)
        results.append(FactResult(id=str(g.get("id", i)), doc=g["doc"], matched=not fails, failing=fails,
                                  nearest=_summary(best) if best is not None and fails else None,
                                  optional=bool(g.get("optional")), split=_doc_info(gold, g["doc"]).get("split"),
                                  criteria=list(crit), identified=identified or not fails))
    negatives = []
    negative_splits = []
    every = [ev for evs in events_by_doc.values() for ev in evs]
    for i, n in enumerate(gold.get("negatives", [])):
        nid = str(n.get("id", i))
        pool = events_by_doc.get(n["doc"], []) if n.get("doc") else every
        if n.get("type_any"):  # only events of these types break the negative
            pool = [ev for ev in pool if ev.type in n["type_any"]]
        why = ""
        if "no_event_within" in n:
            w = n["no_event_within"]
            for ev in pool:
                loc = ev.location
                if loc and loc.lat is not None and loc.lon is not None and haversine_km(w["lat"], w["lon"], loc.lat, loc.lon) <= float(w["radius_km"]):
                    why = f"event {ev.id} at {loc.name}"
                    break
        if not why and "no_evidence_contains" in n:
            for ev in pool:
                if n["no_evidence_contains"] in ev.evidence.sentence:
                    why = f"event {ev.id} ({ev.type}) evidence holds {n['no_evidence_contains']!r}"
                    break
        negatives.append((nid, not why, why))
        negative_splits.append(_doc_info(gold, n["doc"]).get("split") if n.get("doc") else None)
    return FactsReport(results=results, negatives=negatives, field_accuracy=_accuracy(results),
                       extracted=score_extracted(gold, events_by_doc), negative_splits=negative_splits)


def score_extracted(gold: dict, events_by_doc: dict[str, list[Event]]) -> list[ExtractedResult]:
    """Precision on exhaustive documents: each extracted event (of a type not ignored) against the facts of
    its document, optional ones included. Identified: it meets a fact's identity criteria; matched: all of
    them. The nearest fact (fewest failing criteria) is named."""
    out = []
    default_ignore = set(gold.get("ignore_types") or ())
    for doc, events in events_by_doc.items():
        info = _doc_info(gold, doc)
        if not info.get("exhaustive"):
            continue
        ignore = set(info.get("ignore_types") or default_ignore)
        facts = [g for g in gold.get("events", []) if g["doc"] == doc]
        for ev in events:
            if ev.type in ignore:
                continue
            best, best_fails, identified = None, None, False
            for g in facts:
                crit = {k: v for k, v in g.items() if k in CRITERIA}
                fails = check(ev, crit, gold)
                ident = not any(f in IDENTITY for f in fails)
                identified = identified or ident
                # the nearest fact: one the event is identified with first, then fewest failing criteria
                if best_fails is None or (ident, -len(fails)) > (best[1], -len(best_fails)):
                    best, best_fails = (str(g.get("id")), ident), fails
            out.append(ExtractedResult(doc=doc, split=info.get("split"), matched=best_fails == [],
                                       identified=identified, fact=best[0] if best else None,
                                       failing=best_fails or [], summary=_summary(ev)))
    return out


def eval_facts(gold_path: Path, gold: dict, docs_dir: Path | None, extract_fn: ExtractFn,
               splits: Iterable[str] | None = None) -> FactsReport:
    """Extracts the documents a facts file names and scores them; ``splits``: only the documents of these
    splits (``documents.<name>.split``), with their facts and negatives."""
    if docs_dir:
        docs_dir = Path(docs_dir)
    elif gold.get("docs_dir"):
        docs_dir = Path(gold_path).parent / gold["docs_dir"]
    else:
        docs_dir = Path(gold_path).parent.parent / "seeds"
    names = sorted({g["doc"] for g in gold.get("events", [])} | set(gold.get("documents", {}) or {}))
    wanted = set(splits or ()) - {"all"}
    if wanted:
        names = [n for n in names if _doc_info(gold, n).get("split") in wanted]
        gold = dict(gold, events=[g for g in gold["events"] if g["doc"] in names],
                    negatives=[n for n in gold.get("negatives") or [] if n.get("doc") in names])
    if not names:
        raise EvalError("gold names no documents" + (f" of split {', '.join(sorted(wanted))}" if wanted else ""),
                        source=str(gold_path))
    documents = []
    for name in names:
        p = docs_dir / name
        if not p.is_file():
            raise EvalError(f"gold document {name!r} not found in {docs_dir}", source=str(gold_path))
        documents.append(read_document(p))
    per_doc = extract_fn(documents)
    return score_facts(gold, dict(zip(names, per_doc)))


# --- snippets format ------------------------------------------------------------------


def main_event(events: list[Event]) -> Event | None:
    """The event a snippet is about: one its sentence asserts rather than mentions inside another
    event (a purpose, a cause, the content of a condemnation); then violence before talk, earlier
    sentences first, then confidence."""
    from ..events import vocabulary

    if not events:
        return None
    vocab = vocabulary()
    first = min(e.evidence.start for e in events)

    def key(e: Event):
        pr = vocab[e.type].priority if e.type in vocab else 0
        return (not e.embedded, pr / 100.0 + (0.35 if e.evidence.start == first else 0.0) + 0.3 * e.confidence,
                -e.evidence.start)

    return max(events, key=key)


_ARTICLES = ("the ", "a ", "an ")


def _name_norm(s: str | None) -> str:
    n = _norm(s)
    for a in _ARTICLES:
        if n.startswith(a):
            return n[len(a):]
    return n


@lru_cache(maxsize=4096)
def registry_id(text: str) -> str | None:
    """The actors registry id ``text`` names as a whole, or None: an alias, or a national phrase the actors
    stage composes ("Israeli forces", "Mali's junta": ``resolve_name``). A descriptor with no country
    ("junta troops", "the army") stays None: the gold name alone gives no country to read it by."""
    from ..actors.resolution import resolve_name

    actor = resolve_name(text)
    return actor.id if actor is not None else None


def _name_match(gold_name: str, ev_actor, lookup: Callable[[str], str | None] = registry_id) -> bool:
    """A gold actor is the extracted one when their names are equal (case, spacing and a leading article
    aside), or when the registry knows the gold name and the extracted actor is that entry (by id, or by
    a text that is one of its aliases). No partial or fuzzy match: "forces" is not "Malian Armed Forces"."""
    g = _name_norm(gold_name)
    if not g:
        return False
    if any(_name_norm(t) == g for t in (ev_actor.name, ev_actor.text)):
        return True
    known = lookup(gold_name)
    if known is None:
        # an unnamed actor: the gold names its head, the extraction may keep modifiers before it
        # ("anti-government protesters" for "protesters"); never the other way round
        return not ev_actor.id and any(_name_norm(t).endswith(" " + g) for t in (ev_actor.name, ev_actor.text))
    if ev_actor.id:
        return ev_actor.id == known
    return any(t and lookup(t) == known for t in (ev_actor.name, ev_actor.text))


def weighted_f1(gold: list[str], pred: list[str], labels: Iterable[str]) -> float:
    """Support-weighted F1 over ``labels`` (labels with no gold support weigh nothing)."""
    labels = list(labels)
    support = Counter(g for g in gold if g in labels)
    total = sum(support.values())
    if not total:
        return 0.0
    f = 0.0
    for lab in labels:
        if not support[lab]:
            continue
        tp = sum(1 for g, p in zip(gold, pred) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred) if g != lab and p == lab)
        fn = support[lab] - tp
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        f += f1 * support[lab] / total
    return f


@dataclass
class SnippetsReport:
    split: str
    n: int
    acled_f1: float
    type_accuracy: float
    role_accuracy: float
    negatives_passed: int
    negatives_total: int
    errors: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        d = dict(self.__dict__)
        for k in ("acled_f1", "type_accuracy", "role_accuracy"):
            d[k] = round(d[k], 4)
        d["format"] = "snippets"
        return d


def score_snippets(rows: list[dict], predicted: list[list[Event]], split: str = "all") -> SnippetsReport:
    from ..events import ACLED_SUBS

    gold_lab, pred_lab = [], []
    type_ok = roles_ok = roles_total = neg_ok = neg_total = 0
    errors = []
    for row, events in zip(rows, predicted):
        g = row["events"][0] if row["events"] else None
        m = main_event(events)
        gl = (g.get("acled") or [None, "none"])[1] if g else "none"
        pl = (m.acled or {}).get("sub_event_type") if m else None
        pl = pl or "none"
        gold_lab.append(gl)
        pred_lab.append(pl)
        gt = g["type"] if g else None
        pt = m.type if m else None
        type_ok += gt == pt
        if g is None:
            neg_total += 1
            neg_ok += not events
        for a in (g or {}).get("actors", []):
            roles_total += 1
            roles_ok += bool(m) and any(x.role == a["role"] and _name_match(a["name"], x) for x in m.actors)
        if gt != pt or gl != pl:
            errors.append({"id": row.get("id"), "gold": f"{gt} / {gl}", "got": f"{pt} / {pl}",
                           "trigger": m.trigger if m else None, "text": row["text"][:120]})
    n = len(rows)
    return SnippetsReport(
        split=split, n=n, acled_f1=weighted_f1(gold_lab, pred_lab, ACLED_SUBS),
        type_accuracy=type_ok / n if n else 0.0, role_accuracy=roles_ok / roles_total if roles_total else 0.0,
        negatives_passed=neg_ok, negatives_total=neg_total, errors=errors,
    )


def split_names(rows: list[dict]) -> tuple[str, ...]:
    """The split values of a snippets file ("dev", "test", "fresh", ...), dev and test first."""
    found = {str(r.get("split", "dev")) for r in rows}
    order = [s for s in ("dev", "test") if s in found] + sorted(found - {"dev", "test"})
    return tuple(order)


def eval_snippets(rows: list[dict], extract_fn: ExtractFn, splits: Iterable[str] | None = None) -> list[SnippetsReport]:
    """One report per split; ``splits`` None: every split of the file, then "all"."""
    docs = [snippet_document(r["text"], r.get("published"), str(r.get("id", i))) for i, r in enumerate(rows)]
    predicted = extract_fn(docs)
    reports = []
    if splits is None:
        splits = split_names(rows) + ("all",)
    for split in splits:
        idx = [i for i, r in enumerate(rows) if split == "all" or r.get("split", "dev") == split]
        if idx:
            reports.append(score_snippets([rows[i] for i in idx], [predicted[i] for i in idx], split))
    return reports


def evaluate(gold_path: Path, *, docs_dir: Path | None = None, extract_fn: ExtractFn | None = None,
             splits: Iterable[str] | None = None) -> FactsReport | list[SnippetsReport]:
    """Scores a gold file; for snippets, ``splits`` None means each split of the file and "all"."""
    # the gold is validated entry by entry here; an error raised while scoring is the pipeline's own
    kind, gold = load_gold(Path(gold_path))
    extract_fn = extract_fn or pipeline_extract()
    if kind == "facts":
        return eval_facts(Path(gold_path), gold, docs_dir, extract_fn, splits)
    return eval_snippets(gold, extract_fn, splits)
