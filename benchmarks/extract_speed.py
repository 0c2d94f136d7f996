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
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=str(ROOT / "examples"))
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--stages", action="store_true", help="also time each component (one more child run)")
    parser.add_argument("--child", choices=["bare", "full", "stages"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_child(args.child, args.corpus, args.docs)))
        return
    runs: dict[str, list[dict]] = {"bare": [], "full": []}
    for r in range(args.rounds):
        for mode in ("bare", "full"):
            proc = subprocess.run(
                [sys.executable, __file__, "--child", mode, "--docs", str(args.docs), args.corpus],
                capture_output=True, text=True, check=True,
            )
            runs[mode].append(json.loads(proc.stdout.strip().splitlines()[-1]))
            print(f"round {r + 1} {mode}: {runs[mode][-1]['docs_per_s']:.1f} docs/s", file=sys.stderr)
    best = {m: max(v, key=lambda x: x["docs_per_s"]) for m, v in runs.items()}
    stages = None
    if args.stages:
        proc = subprocess.run(
            [sys.executable, __file__, "--child", "stages", "--docs", str(args.docs), args.corpus],
            capture_output=True, text=True, check=True,
        )
        stages = json.loads(proc.stdout.strip().splitlines()[-1])["stages"]
    ratio = best["full"]["docs_per_s"] / best["bare"]["docs_per_s"]
    result = {
        "machine": f"{platform.processor() or platform.machine()}, {platform.python_implementation()} {platform.python_version()}",
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
