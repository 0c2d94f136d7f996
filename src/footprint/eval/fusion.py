"""Scores fusion against a gold file: which reports tell one incident, and how many voices back it.

The gold file (``data/dev-gold/fusion/fusion-gold.json``, format in
``data/dev-gold/README.md``, "Fusion") lists incidents; each names the
reports that tell it (a *mention*: a document and the words of the sentence
that tells it), the independent voices behind each mention, and the expected
number of independent sources. Its ``presence`` entries are checked as
``footprint eval presence`` does.

The reports are ingested into a temporary store with the real pipeline
(extraction, then fusion). Each mention is then looked up among the events of
its document: an event whose sentence holds one of the mention's strings (the
incident's type group preferred). A mention with no such event was not
*found*: extraction missed it, and it is left out of the fusion scores, which
judge fusion on what extraction gave it. Extraction recall is reported apart.

Scores, per split and for all incidents:

* pairwise links over found mentions: a pair is *linked* when both events sit
  in one fused event; precision, recall and F1 against "same incident";
* B-cubed precision, recall and F1 of the fused events over found mentions;
* independent sources: the fused event holding most of an incident's found
  mentions gives the count; accuracy (exact) and mean absolute error over
  incidents (an incident with no mention found counts as 0 sources);
* presence entries that hold.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..errors import EvalError
from .gold import gold_text

MAX_GOLD_BYTES = 5 * 2**20
MENTION_KEYS = {"doc", "evidence_any", "voices", "denied", "optional", "background", "copy_of", "group_any"}
INCIDENT_KEYS = {"id", "split", "group", "what", "sources", "source_note", "mentions"}
TOP_KEYS = {"about", "docs_dir", "actor_aliases", "places", "incidents", "presence"}


@dataclass(frozen=True)
class Mention:
    doc: str
    evidence_any: tuple[str, ...]
    voices: tuple[str, ...]
    denied: bool = False
    optional: bool = False  # not required for extraction recall; scored when found
    background: bool = False
    copy_of: str | None = None
    group_any: tuple[str, ...] = ()


@dataclass(frozen=True)
class Incident:
    id: str
    split: str
    group: str | None
    sources: int
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class FusionGold:
    path: Path
    docs_dir: Path
    incidents: tuple[Incident, ...]
    presence: tuple[dict, ...]
    actor_aliases: dict
    places: dict

    @property
    def docs(self) -> list[str]:
        return sorted({m.doc for i in self.incidents for m in i.mentions})

    @property
    def splits(self) -> list[str]:
        return sorted({i.split for i in self.incidents})


# --- loading ----------------------------------------------------------------------


def _strings(value: Any, what: str, src: str, *, empty_ok: bool = False) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value) or \
            (not value and not empty_ok):
        raise EvalError(f"{what} must be a list of non-empty strings", source=src)
    return tuple(value)


def _flag(raw: dict, key: str, src: str) -> bool:
    value = raw.get(key, False)
    if not isinstance(value, bool):
        raise EvalError(f"'{key}' must be true or false", source=src)
    return value


def _mention(raw: Any, src: str, docs_dir: Path) -> Mention:
    if not isinstance(raw, dict):
        raise EvalError("a mention must be an object", source=src)
    unknown = set(raw) - MENTION_KEYS
    if unknown:
        raise EvalError(f"unknown mention keys: {', '.join(sorted(unknown))}", source=src)
    doc = raw.get("doc")
    if not isinstance(doc, str) or not doc.strip() or "/" in doc or "\\" in doc or doc.startswith("."):
        raise EvalError("a mention needs 'doc': a file name in the gold folder", source=src)
    try:
        exists = (docs_dir / doc).is_file()
    except (OSError, ValueError):  # a name too long for the file system, or with a NUL in it
        exists = False
    if not exists:
        raise EvalError(f"mention names a report that does not exist: {doc}", source=src)
    copy_of = raw.get("copy_of")
    if copy_of is not None and not isinstance(copy_of, str):
        raise EvalError("'copy_of' must be a file name", source=src)
    return Mention(
        doc=doc,
        evidence_any=_strings(raw.get("evidence_any"), "'evidence_any'", src),
        voices=_strings(raw.get("voices"), "'voices'", src),
        denied=_flag(raw, "denied", src),
        optional=_flag(raw, "optional", src),
        background=_flag(raw, "background", src),
        copy_of=copy_of,
        group_any=_strings(raw.get("group_any", []), "'group_any'", src, empty_ok=True),
    )


def _incident(raw: Any, n: int, src: str, docs_dir: Path) -> Incident:
    if not isinstance(raw, dict):
        raise EvalError(f"incident {n} must be an object", source=src)
    iid = raw.get("id")
    if not isinstance(iid, str) or not iid.strip():
        raise EvalError(f"incident {n} has no 'id'", source=src)
    where = f"{src}: incident {iid}"
    unknown = set(raw) - INCIDENT_KEYS
    if unknown:
        raise EvalError(f"unknown keys: {', '.join(sorted(unknown))}", source=where)
    split = raw.get("split")
    if not isinstance(split, str) or not split.strip():
        raise EvalError("'split' must be a non-empty string", source=where)
    sources = raw.get("sources")
    if not isinstance(sources, int) or isinstance(sources, bool) or sources < 0:
        raise EvalError("'sources' must be a whole number of independent sources", source=where)
    group = raw.get("group")
    if group is not None and not isinstance(group, str):
        raise EvalError("'group' must be a type group name", source=where)
    ms = raw.get("mentions")
    if not isinstance(ms, list) or not ms:
        raise EvalError("'mentions' must be a non-empty list", source=where)
    mentions = tuple(_mention(m, f"{where}: mention {k}", docs_dir) for k, m in enumerate(ms))
    voices = {v for m in mentions if not m.denied for v in m.voices}
    if len(voices) != sources:
        # the count is derived from the voices, so a slip in either shows here
        raise EvalError(f"'sources' is {sources} but the mentions give {len(voices)} voices "
                        f"({', '.join(sorted(voices))})", source=where)
    return Incident(iid, split, group, sources, mentions)


def load_gold(path: str | Path) -> FusionGold:
    """The gold file, validated; ``EvalError`` names the file (and the incident or mention) on any defect."""
    p = Path(path)
    src = str(p)
    from ..ingest import read_limited  # here: ingest loads every report reader, which scoring needs none of

    # the size is checked before reading, and a pipe or device is read only up to the limit (never to its end)
    raw = read_limited(p, MAX_GOLD_BYTES, error=EvalError)
    text = gold_text(raw, src, MAX_GOLD_BYTES)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise EvalError(f"invalid JSON at line {exc.lineno}: {exc.msg}", source=src) from exc
    except RecursionError as exc:
        raise EvalError("gold file is nested too deeply", source=src) from exc
    if not isinstance(data, dict) or not isinstance(data.get("incidents"), list) or not data["incidents"]:
        raise EvalError("expected an object with a non-empty 'incidents' list", source=src)
    unknown = set(data) - TOP_KEYS
    if unknown:
        raise EvalError(f"unknown top-level keys: {', '.join(sorted(unknown))}", source=src)
    docs_dir = p.parent / str(data.get("docs_dir", "."))
    incidents = tuple(_incident(r, n, src, docs_dir) for n, r in enumerate(data["incidents"]))
    ids = Counter(i.id for i in incidents)
    dup = sorted(k for k, c in ids.items() if c > 1)
    if dup:
        raise EvalError(f"incident ids repeat: {', '.join(dup)}", source=src)
    presence = data.get("presence", [])
    aliases, places = data.get("actor_aliases", {}), data.get("places", {})
    if not isinstance(presence, list) or not all(isinstance(e, dict) for e in presence):
        raise EvalError("'presence' must be a list of objects", source=src)
    if not isinstance(aliases, dict) or not isinstance(places, dict):
        raise EvalError("'actor_aliases' and 'places' must be objects", source=src)
    for e in presence:
        if e.get("place") and (not isinstance(e["place"], str) or e["place"] not in places):
            raise EvalError(f"presence {e.get('id')!r} names an undefined place {e['place']!r}", source=src)
        if not isinstance(e.get("split", ""), str):
            raise EvalError(f"presence {e.get('id')!r}: 'split' must be a string", source=src)
    return FusionGold(p, docs_dir, incidents, tuple(presence), aliases, places)


# --- running the system -------------------------------------------------------------


@dataclass(frozen=True)
class SystemView:
    """What the store holds after ingest and fusion, as the scorer needs it."""

    doc_ids: dict[str, str]  # gold file name -> document id
    events: dict[str, list[dict]]  # document id -> its events (id, type, sentence, start, embedded, modality)
    cluster_of: dict[str, str]  # event id -> fused event id
    sources_of: dict[str, int]  # fused event id -> independent sources
    presences: list[dict]


def run_system(gold: FusionGold, *, store_dir: str | Path | None = None) -> SystemView:
    """Ingest the gold reports into a fresh store (one batch: extraction, then fusion) and read it back."""
    from .. import fuse, process
    from ..fuse.event_features import type_group
    from ..store import open_store
    from .events import read_document

    paths = [gold.docs_dir / d for d in gold.docs]
    doc_ids = {p.name: read_document(p).id for p in paths}
    with tempfile.TemporaryDirectory(dir=store_dir) as tmp, open_store(Path(tmp) / "fusion-eval.db") as store:
        report = process.ingest(store, paths)
        if report.failures:
            f = report.failures[0]
            raise EvalError(f"a gold report could not be ingested: {f.reason}", source=f.source)
        events: dict[str, list[dict]] = defaultdict(list)
        for e in store.events():
            events[e.doc_id].append({"id": e.id, "type": e.type, "group": type_group(e.type),
                                     "sentence": e.evidence.sentence, "start": e.evidence.start,
                                     "embedded": e.embedded, "modality": e.attribution.modality,
                                     "trigger": e.trigger or ""})
        cluster_of, sources_of = {}, {}
        for c in fuse.fused_events(store):
            sources_of[c["id"]] = c["independent_sources"]
            for ev in c["events"]:
                cluster_of[ev] = c["id"]
        presences = fuse.presences(store)
    return SystemView(doc_ids, dict(events), cluster_of, sources_of, presences)


# --- scoring --------------------------------------------------------------------------


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[\u2018\u2019\u201c\u201d\"']", "'", s).lower().split())


def find_event(mention: Mention, group: str | None, events: list[dict]) -> dict | None:
    """The event of the mention's document that tells it: its sentence holds one of the mention's strings;
    among several (a sentence may tell two incidents), the one whose trigger lies in those strings first,
    then the incident's type group, then events told in their own right, then the earliest."""
    wanted = [_norm(s) for s in mention.evidence_any]
    cands = [e for e in events if any(w in _norm(e["sentence"]) for w in wanted)]
    if not cands:
        return None
    groups = set(mention.group_any) or ({group} if group else set())

    def inside(e: dict) -> bool:
        t = _norm(e.get("trigger") or "")
        return bool(t) and any(re.search(rf"\b{re.escape(t)}\b", w) for w in wanted)

    return min(cands, key=lambda e: (not inside(e), e["group"] not in groups, e["embedded"], e["start"], e["id"]))


@dataclass
class SplitScore:
    split: str
    incidents: int = 0
    mentions: int = 0  # required mentions
    found: int = 0  # required mentions found
    scored: int = 0  # mentions (optional ones too) found and scored
    pairs_gold: int = 0
    pairs_system: int = 0
    pairs_right: int = 0
    b3_p: float = 0.0
    b3_r: float = 0.0
    sources_right: int = 0
    sources_abs_error: int = 0
    presence_total: int = 0
    presence_held: int = 0
    details: list[dict] = field(default_factory=list)

    @staticmethod
    def _f1(p: float | None, r: float | None) -> float | None:
        if p is None or r is None:
            return None
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def to_row(self) -> dict:
        lp = self.pairs_right / self.pairs_system if self.pairs_system else None
        lr = self.pairs_right / self.pairs_gold if self.pairs_gold else None
        bp = self.b3_p if self.scored else None
        br = self.b3_r if self.scored else None
        r = lambda v: None if v is None else round(v, 4)  # noqa: E731
        return {
            "split": self.split, "incidents": self.incidents, "mentions": self.mentions, "found": self.found,
            "extraction_recall": r(self.found / self.mentions if self.mentions else None),
            "gold_pairs": self.pairs_gold, "system_pairs": self.pairs_system,
            "link_p": r(lp), "link_r": r(lr), "link_f1": r(self._f1(lp, lr)),
            "bcubed_p": r(bp), "bcubed_r": r(br), "bcubed_f1": r(self._f1(bp, br)),
            "sources_accuracy": r(self.sources_right / self.incidents if self.incidents else None),
            "sources_mae": r(self.sources_abs_error / self.incidents if self.incidents else None),
            "presence_held": self.presence_held, "presence_total": self.presence_total,
        }


def score(gold: FusionGold, view: SystemView, split: str | None) -> SplitScore:
    """Scores of the incidents of ``split`` (None: all of them)."""
    from ..fuse import gold as presence_gold

    incidents = [i for i in gold.incidents if split is None or i.split == split]
    out = SplitScore(split or "all", incidents=len(incidents))
    found: list[tuple[str, str, str]] = []  # (incident, event id, cluster id)
    for inc in incidents:
        per_cluster: Counter = Counter()
        rows = []
        for m in inc.mentions:
            doc_events = view.events.get(view.doc_ids.get(m.doc, ""), [])
            ev = find_event(m, inc.group, doc_events)
            if not m.optional:
                out.mentions += 1
                out.found += ev is not None
            cid = view.cluster_of.get(ev["id"]) if ev else None
            if ev is not None:
                cid = cid or f"unfused:{ev['id']}"  # an event fusion left out stands alone
                found.append((inc.id, ev["id"], cid))
                per_cluster[cid] += 1
            rows.append({"doc": m.doc, "event": ev["id"] if ev else None, "type": ev["type"] if ev else None,
                         "cluster": cid, "optional": m.optional})
        got = 0
        if per_cluster:
            best = sorted(per_cluster.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            got = view.sources_of.get(best, 0)
        out.sources_right += got == inc.sources
        out.sources_abs_error += abs(got - inc.sources)
        out.details.append({"incident": inc.id, "sources_gold": inc.sources, "sources_system": got,
                            "clusters": len(per_cluster), "mentions": rows})
    # one mention per event: two mentions that name one sentence are one item
    seen: dict[str, tuple[str, str, str]] = {}
    for item in found:
        seen.setdefault(item[1], item)
    items = list(seen.values())
    out.scored = len(items)
    for a in range(len(items)):
        for b in range(a + 1, len(items)):
            g = items[a][0] == items[b][0]
            s = items[a][2] == items[b][2]
            out.pairs_gold += g
            out.pairs_system += s
            out.pairs_right += g and s
    if items:
        ps, rs = [], []
        for inc, _e, cid in items:
            sys_set = {x[1] for x in items if x[2] == cid}
            gold_set = {x[1] for x in items if x[0] == inc}
            both = len(sys_set & gold_set)
            ps.append(both / len(sys_set))
            rs.append(both / len(gold_set))
        out.b3_p, out.b3_r = sum(ps) / len(ps), sum(rs) / len(rs)
    entries = [e for e in gold.presence if split is None or e.get("split") == split]
    out.presence_total = len(entries)
    if entries:
        pgold = {"presence": entries, "actor_aliases": gold.actor_aliases, "places": gold.places}
        results = presence_gold.evaluate(view.presences, pgold)
        out.presence_held = sum(r["holds"] for r in results)
        out.details.extend({"presence": r["id"], "holds": r["holds"], "missing": r["missing"]} for r in results)
    return out


def evaluate(path: str | Path, *, splits: tuple[str, ...] | None = None,
             runner: Callable[[FusionGold], SystemView] | None = None) -> dict[str, SplitScore]:
    """Scores per split (each split of the file, or ``splits``), then ``all`` when more than one is scored."""
    gold = load_gold(path)
    wanted = list(splits) if splits else gold.splits
    unknown = [s for s in wanted if s not in gold.splits]
    if unknown:
        raise EvalError(f"no incidents in split {', '.join(unknown)} (splits: {', '.join(gold.splits)})",
                        source=str(path))
    view = (runner or run_system)(gold)
    results = {s: score(gold, view, s) for s in wanted}
    if len(wanted) > 1:
        results["all"] = score(gold, view, None)
    return results


def tuned(split: str) -> bool:
    """Splits that may be read incident by incident (``--errors``): ``dev`` and ``dev-…``; never held-out ones."""
    return split == "dev" or split.startswith("dev-")


def error_rows(result: SplitScore) -> list[dict]:
    """One row per incident whose mentions are split across fused events, or whose count is wrong (dev only)."""
    rows = []
    for d in result.details:
        if "incident" not in d:
            if not d["holds"]:
                rows.append({"incident": d["presence"], "error": "presence", "detail": "; ".join(d["missing"])})
            continue
        if d["clusters"] > 1:
            where = ", ".join(f"{m['doc']}:{(m['cluster'] or 'not found')[:12]}" for m in d["mentions"])
            rows.append({"incident": d["incident"], "error": f"{d['clusters']} fused events", "detail": where})
        missing = [m["doc"] for m in d["mentions"] if m["event"] is None and not m["optional"]]
        if missing:
            rows.append({"incident": d["incident"], "error": "not extracted", "detail": ", ".join(missing)})
        if d["sources_gold"] != d["sources_system"]:
            rows.append({"incident": d["incident"], "error": "sources",
                         "detail": f"gold {d['sources_gold']}, system {d['sources_system']}"})
    return rows


def merged_rows(result: SplitScore) -> list[dict]:
    """Fused events that hold mentions of more than one incident (dev only)."""
    by_cluster: dict[str, set[str]] = defaultdict(set)
    for d in result.details:
        for m in d.get("mentions", ()):
            if m["cluster"]:
                by_cluster[m["cluster"]].add(d["incident"])
    return [{"incident": " + ".join(sorted(v)), "error": "merged", "detail": k}
            for k, v in sorted(by_cluster.items()) if len(v) > 1]
