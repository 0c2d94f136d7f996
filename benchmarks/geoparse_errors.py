"""Dev tool: geoparsing scores on even / odd / all documents, and the resolution errors.

    .venv/bin/python benchmarks/geoparse_errors.py [CORPUS_DIR] [--split even|odd|all] [--show N]
        [--cache /tmp/gwn-docs.pkl] [--fp] [--fn]

The spaCy pass (base pipeline + actors) is cached outside the repository
(default: the system temp folder) so that a change to the places stage
re-scores in seconds. Tune on the even half only; the odd half checks that
a change generalizes. Prints to the terminal only; nothing is written into
the repository.

CORPUS_DIR may also be one XML file, such as the dev sets in data/dev-gold/geoparse/
(``local-dev.xml``, ``world-dev.xml``). A held-out file is scored as totals only: the
options that print single toponyms refuse it.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pickle
import tempfile
from collections import Counter
from pathlib import Path

from footprint import nlp as nlp_mod
from footprint.config import Settings
from footprint.eval.geoparse import EVAL_KINDS, Toponym, load_corpus, score
from footprint.places import PlacesComponent
from footprint.places.gazetteer import open_default
from footprint.geo import distance_km


def processed_docs(texts, cache: Path):
    if cache.exists():
        with open(cache, "rb") as fh:
            docs = pickle.load(fh)
        if len(docs) == len(texts) and all(d.text == t for d, t in zip(docs, texts)):
            return docs
    nlp_mod.register_extensions()
    nlp = nlp_mod.load_base(Settings.from_env().pipeline)
    try:
        nlp.add_pipe(importlib.import_module("footprint.actors").FACTORY, name="actors")
    except (ImportError, AttributeError, ValueError):
        pass

    def gen():
        for t in texts:
            d = nlp.make_doc(t)
            nlp_mod.prepare(d, {})
            yield d

    docs = list(nlp.pipe(gen(), batch_size=16))
    with open(cache, "wb") as fh:
        pickle.dump(docs, fh)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared" / "eval" / "geowebnews"))
    ap.add_argument("--split", default="even", choices=["even", "odd", "all"])
    ap.add_argument("--show", type=int, default=0, help="print N resolution errors (>= 161 km)")
    ap.add_argument("--fp", action="store_true", help="also print unmatched predictions")
    ap.add_argument("--fn", action="store_true", help="also print missed gold toponyms")
    ap.add_argument("--misses", type=int, default=0, help="print N missed gold toponyms with context and what overlaps them")
    ap.add_argument("--cache", default=None)
    ap.add_argument("--doc", type=int, default=None, help="print every mention of one document with its context")
    args = ap.parse_args()

    if "heldout" in Path(args.corpus).name and (args.show or args.fp or args.fn or args.misses or args.doc is not None):
        ap.error("a held-out file is read as totals only: drop --show/--fp/--fn/--misses/--doc")
    corpus = load_corpus(args.corpus)
    cache = Path(args.cache) if args.cache else Path(tempfile.gettempdir()) / f"fp-geo-{corpus.name}-{os.getuid()}.pkl"
    nlp_mod.register_extensions()
    docs = processed_docs(list(corpus.texts), cache)
    comp = PlacesComponent(open_default())
    system, mentions = [], []
    for d in docs:
        d._.fp_meta = {}
        comp(d)
        ms = [m for m in d._.fp_places if m.kind in EVAL_KINDS and m.place is not None and m.place.lat is not None]
        mentions.append(ms)
        system.append(tuple(Toponym(m.text, m.start, m.end, m.place.lat, m.place.lon) for m in ms))

    halves = {"even": range(0, len(docs), 2), "odd": range(1, len(docs), 2), "all": range(len(docs))}
    for name, idx in halves.items():
        s = score("Footprint", [corpus.gold[i] for i in idx], [system[i] for i in idx])
        print(f"{name:5s} P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f} acc@161 {s.acc161:.3f} "
              f"AUC {s.auc:.3f} mean {s.mean_km:.0f} median {s.median_km:.0f} (matched {s.matched})")

    errs, fps, fns, missed = [], Counter(), Counter(), []
    for i in halves[args.split]:
        g, used = corpus.gold[i], set()
        for m in mentions[i]:
            mid = (m.start + m.end) / 2
            hit = next((k for k, gt in enumerate(g) if k not in used and gt.text == m.text
                        and abs((gt.start + gt.end) / 2 - mid) < 10), None)
            if hit is None:
                fps[m.text] += 1
                continue
            used.add(hit)
            gt = g[hit]
            km = distance_km(m.place.lat, m.place.lon, gt.lat, gt.lon)
            if km >= 161:
                errs.append((km, i, m, gt))
        for k, gt in enumerate(g):
            if k not in used:
                fns[gt.text] += 1
                missed.append((i, gt))
    print(f"{len(errs)} errors >= 161 km in {args.split}")
    by_name = Counter(m.text for _, _, m, _ in errs)
    print("most frequent:", ", ".join(f"{n} {c}" for n, c in by_name.most_common(25)))
    for km, i, m, gt in sorted(errs, key=lambda e: -e[0])[: args.show]:
        p = m.place
        print(f"doc {i:3d} {m.text!r:28s} {km:7.0f} km  got {p.name} {p.country} {p.feature} ({p.lat:.2f},{p.lon:.2f})"
              f"  gold ({gt.lat:.2f},{gt.lon:.2f})  [{m.kind}] {m.reason[:90]}")
    if args.doc is not None:
        text = corpus.texts[args.doc]
        for m in mentions[args.doc]:
            g = next((gt for gt in corpus.gold[args.doc] if gt.text == m.text and abs((gt.start + gt.end - m.start - m.end) / 2) < 10), None)
            km = f"{distance_km(m.place.lat, m.place.lon, g.lat, g.lon):6.0f} km" if g else "  no gold"
            ctx = text[max(0, m.start - 40) : m.end + 40].replace("\n", " ")
            print(f"{m.start:5d} {m.text!r:24s} {km} {m.place.name} {m.place.country} {m.place.feature} [{m.kind}] {m.reason[:80]} | {ctx}")
    for i, gt in missed[: args.misses]:
        # why a gold toponym was missed: what the system said there (another span, another kind) and NER's label
        d, text = docs[i], corpus.texts[i]
        over = [f"{m.text!r}:{m.kind}" for m in d._.fp_places if m.start < gt.end and gt.start < m.end]
        ner = [f"{e.text!r}:{e.label_}" for e in d.ents if e.start_char < gt.end and gt.start < e.end_char]
        ctx = text[max(0, gt.start - 50) : gt.end + 50].replace("\n", " ")
        print(f"doc {i:3d} {gt.text!r:26s} sys={over} ner={ner} | {ctx}")
    if args.fp:
        print("unmatched predictions:", ", ".join(f"{n} {c}" for n, c in fps.most_common(60)))
    if args.fn:
        print("missed gold:", ", ".join(f"{n} {c}" for n, c in fns.most_common(60)))


if __name__ == "__main__":
    main()
