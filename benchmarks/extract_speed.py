"""Documents per second and peak memory of `extract` against the bare spaCy pipeline.

Both run on the same texts in the same invocation, each in a fresh child
process (so peak memory is its own), alternating rounds to spread machine
noise. The figure that matters is the ratio: Footprint's full extraction
speed over the bare pipeline's ``nlp.pipe`` speed (goal: ≥ 0.6).

    python benchmarks/extract_speed.py [--docs 200] [--rounds 3] [CORPUS_DIR]

CORPUS_DIR defaults to examples/; its reports are repeated until --docs.

``--stages`` adds what each Footprint component adds to extraction time: every
component of the full pipeline is timed one document at a time over the same
texts, and each Footprint stage is given as a share of the spaCy components'
time (budgets: places ≤ 25 %, dates ≤ 15 %).

``--ab SRC_A SRC_B`` compares two source trees (each a ``src`` folder, e.g. a
copy taken before a change and the working tree's) in the same run: each round
runs the bare pipeline, then the full extraction of A and of B, each child with
its tree first on ``PYTHONPATH``, so machine load falls on both alike; with
``--stages`` both trees' stage shares are taken too, A and B alternating.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from machine import describe  # benchmarks/ is the script's folder

ROOT = Path(__file__).resolve().parents[1]


def corpus(directory: Path, n: int):
    from footprint import ingest

    docs = [d for d in ingest.iter_inputs([directory]) if not hasattr(d, "reason")]
    if not docs:
        raise SystemExit(f"no readable reports in {directory}")
    # vary each copy so no cache can recognise a repeat
    import dataclasses

    out = []
    for i in range(n):
        d = docs[i % len(docs)]
        out.append(dataclasses.replace(d, id=f"{d.id}-{i}", text=d.text + f"\n\nRef {i}."))
    return out


def run_child(mode: str, directory: str, n: int) -> dict:
    from footprint.config import Settings

    settings = Settings.from_env()
    docs = corpus(Path(directory), n)
    if mode == "bare":
        import spacy

        nlp = spacy.load(settings.pipeline)
        texts = [d.body_mask_text() for d in docs]
        list(nlp.pipe(texts[:4]))  # warm-up
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        elapsed = time.perf_counter() - t0
        events = 0
    else:
        from footprint.extract import extract

        list(extract(docs[:4], pipeline=settings.pipeline))  # warm-up, loads gazetteer and registries
        t0 = time.perf_counter()
        events = sum(len(r.events) for r in extract(docs, pipeline=settings.pipeline))
        elapsed = time.perf_counter() - t0
        if mode == "stages":
            docs = docs[: max(20, n // 2)]
    stages = stage_times(docs, settings.pipeline) if mode == "stages" else None
    words = sum(len(d.text.split()) for d in docs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"mode": mode, "docs": n, "words": words, "seconds": elapsed, "docs_per_s": n / elapsed,
            "peak_mb": peak_mb, "events": events, "stages": stages}


def stage_times(docs, pipeline: str) -> dict:
    """Seconds per component, one document at a time, and each Footprint stage's share of spaCy's time."""
    from footprint import nlp as nlp_mod
    from footprint.extract import doc_meta

    nlp = nlp_mod.build(pipeline)
    ours = {factory.split("_")[1] for factory, _ in nlp_mod.COMPONENTS}
    seconds = {name: 0.0 for name, _ in nlp.pipeline}
    for document in docs:
        doc = nlp_mod.prepare(nlp.make_doc(document.body_mask_text()), doc_meta(document))
        for name, component in nlp.pipeline:
            t0 = time.perf_counter()
            doc = component(doc)
            seconds[name] += time.perf_counter() - t0
    spacy_s = sum(v for k, v in seconds.items() if k not in ours)
    return {"seconds": seconds, "spacy_seconds": spacy_s,
            "share_of_spacy": {k: v / spacy_s for k, v in seconds.items() if k in ours}}


def child(mode: str, args, src: str | None = None) -> dict:
    """One child run; ``src`` goes first on its ``PYTHONPATH`` (the tree whose code it times)."""
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(Path(src).resolve()), env.get("PYTHONPATH")) if p)
    proc = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--docs", str(args.docs), args.corpus],
        capture_output=True, text=True, check=True, env=env,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def compare(args) -> None:
    """``--ab``: bare, A and B each round; the ratios and shares of both trees come from the same run."""
    trees = {"A": args.ab[0], "B": args.ab[1]}
    for name, src in trees.items():
        if not (Path(src) / "footprint" / "__init__.py").is_file():
            raise SystemExit(f"--ab {name}: {src} holds no footprint package (give a src folder)")
    runs: dict[str, list[dict]] = {"bare": [], "A": [], "B": []}
    for r in range(args.rounds):
        runs["bare"].append(child("bare", args))
        for name, src in trees.items():
            runs[name].append(child("full", args, src))
        print(f"round {r + 1}: " + ", ".join(f"{k} {v[-1]['docs_per_s']:.1f}" for k, v in runs.items()) + " docs/s",
              file=sys.stderr)
    best = {m: max(v, key=lambda x: x["docs_per_s"]) for m, v in runs.items()}
    shares: dict[str, list[dict]] = {"A": [], "B": []}
    if args.stages:
        for _ in range(2):  # twice each, alternating: one stage run is too noisy on a shared machine
            for name, src in trees.items():
                shares[name].append(child("stages", args, src)["stages"]["share_of_spacy"])
    ratio = {k: best[k]["docs_per_s"] / best["bare"]["docs_per_s"] for k in trees}
    print(json.dumps({"machine": describe(), "corpus": args.corpus, "docs": args.docs, "rounds": args.rounds,
                      "trees": trees, "best": best, "ratio": ratio, "shares": shares}, indent=2))
    print(f"\n| | A | B |\n|---|---:|---:|\n| docs/s (bare {best['bare']['docs_per_s']:.1f}) "
          f"| {best['A']['docs_per_s']:.1f} | {best['B']['docs_per_s']:.1f} |\n"
          f"| ratio full/bare | {ratio['A']:.3f} | {ratio['B']:.3f} |\n"
          f"| events | {best['A']['events']} | {best['B']['events']} |")
    for stage in (shares["A"][0] if shares["A"] else {}):
        cells = " | ".join(" / ".join(f"{s[stage]:.1%}" for s in shares[k]) for k in trees)
        print(f"| {stage} share of spaCy | {cells} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=str(ROOT / "examples"))
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--stages", action="store_true", help="also time each component (one more child run)")
    parser.add_argument("--ab", nargs=2, metavar=("SRC_A", "SRC_B"),
                        help="compare the full extraction of two source trees in the same run")
    parser.add_argument("--child", choices=["bare", "full", "stages"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_child(args.child, args.corpus, args.docs)))
        return
    if args.ab:
        compare(args)
        return
    runs: dict[str, list[dict]] = {"bare": [], "full": []}
    for r in range(args.rounds):
        for mode in ("bare", "full"):
            runs[mode].append(child(mode, args))
            print(f"round {r + 1} {mode}: {runs[mode][-1]['docs_per_s']:.1f} docs/s", file=sys.stderr)
    best = {m: max(v, key=lambda x: x["docs_per_s"]) for m, v in runs.items()}
    stages = child("stages", args)["stages"] if args.stages else None
    ratio = best["full"]["docs_per_s"] / best["bare"]["docs_per_s"]
    result = {
        "machine": describe(),
        "corpus": args.corpus, "docs": args.docs, "rounds": args.rounds,
        "bare": best["bare"], "full": best["full"], "ratio": ratio, "stages": stages,
    }
    print(json.dumps(result, indent=2))
    print(f"\n| pipeline | docs/s | peak MB |\n|---|---|---|\n"
          f"| bare spaCy nlp.pipe | {best['bare']['docs_per_s']:.1f} | {best['bare']['peak_mb']:.0f} |\n"
          f"| footprint extract | {best['full']['docs_per_s']:.1f} | {best['full']['peak_mb']:.0f} |\n"
          f"\nratio full/bare: {ratio:.2f} (goal ≥ 0.60); {best['full']['events']} events from {args.docs} docs")
    if stages:
        print("\n| stage | share of spaCy's time |\n|---|---:|")
        for name, share in stages["share_of_spacy"].items():
            print(f"| {name} | {share:.1%} |")


if __name__ == "__main__":
    main()
