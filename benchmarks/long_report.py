"""Growth of extraction time with the length of one report, against the bare spaCy pipeline.

    python benchmarks/long_report.py [--paragraphs 40] [--doublings 3] [--rounds 3] [CORPUS_DIR]

Builds one report of N, 2N, 4N, 8N … paragraphs (the body paragraphs of the reports in CORPUS_DIR,
default examples/, taken in turn and numbered so no two are the same text) and times, in the same
process and alternating rounds, the bare pipeline's ``nlp(text)`` and Footprint's full ``extract`` on
it; best round of each. "×2" is time(2n) / time(n): about 2 is linear, about 4 quadratic. The figure
to compare between runs is the ratio full/bare at each size and how it moves with the size: a stage
that grows faster than the parse makes it fall.

``locate s`` is the part of the full time spent choosing event locations
(``footprint.places.locate.event_location``), with its own "×2".
"""

from __future__ import annotations

import argparse
import hashlib
import time
from pathlib import Path
from machine import describe  # noqa: E402  (benchmarks/ is the script's folder)

ROOT = Path(__file__).resolve().parents[1]


def machine() -> str:
    return describe()


def paragraphs(directory: Path) -> list[str]:
    """Body paragraphs of every readable report in ``directory`` (blank-line separated)."""
    from footprint import ingest

    out = []
    for d in ingest.iter_inputs([directory]):
        if hasattr(d, "reason"):
            continue
        for seg in d.segments_of("body"):
            out += [p.strip() for p in d.text[seg.start : seg.end].split("\n\n") if len(p.split()) >= 8]
    if not out:
        raise SystemExit(f"no body paragraphs in {directory}")
    return out


def long_report(paras: list[str], n: int):
    """One document of ``n`` paragraphs; the whole text is body (no cleaning, so no repeat is set aside)."""
    from footprint.model import Document, Segment

    # a number on each paragraph keeps repeats distinct without changing what they report
    text = "\n\n".join(f"{paras[i % len(paras)]} ({i + 1})" for i in range(n)) + "\n"
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(id=sha[:16], text=text, raw_sha256=sha, raw_text=text, title=None, published="2024-06-01",
                    segments=(Segment(0, len(text), "body"),))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(ROOT / "examples"))
    ap.add_argument("--paragraphs", type=int, default=40, help="paragraphs of the smallest report (N)")
    ap.add_argument("--doublings", type=int, default=3)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    import spacy

    from footprint.config import Settings
    from footprint.extract import extract

    settings = Settings.from_env()
    paras = paragraphs(Path(args.corpus))
    bare = spacy.load(settings.pipeline)
    warm = long_report(paras, 4)
    bare(warm.body_mask_text())
    list(extract([warm], pipeline=settings.pipeline))  # loads the gazetteer and the registries
    locate = LocateTimer(settings.pipeline)

    print(f"Machine: {machine()}")
    print(f"{len(paras)} distinct paragraphs from {args.corpus}; best of {args.rounds} rounds\n")
    print(f"{'paragraphs':>10} {'words':>7} {'events':>6} {'bare s':>8} {'×2':>5} {'full s':>8} {'×2':>5} "
          f"{'full docs/s':>11} {'full/bare':>9} {'locate s':>9} {'×2':>5}")
    prev = None
    for k in range(args.doublings + 1):
        n = args.paragraphs * 2**k
        doc = long_report(paras, n)
        text = doc.body_mask_text()
        bare.max_length = max(bare.max_length, len(text) + 1)
        events = sum(len(r.events) for r in extract([doc], pipeline=settings.pipeline))
        t_bare = t_full = t_loc = float("inf")
        for _ in range(args.rounds):  # alternate, so load changes hit both
            t0 = time.perf_counter()
            bare(text)
            t_bare = min(t_bare, time.perf_counter() - t0)
            locate.spent = 0.0
            t0 = time.perf_counter()
            list(extract([doc], pipeline=settings.pipeline))
            t_full = min(t_full, time.perf_counter() - t0)
            t_loc = min(t_loc, locate.spent)
        g = [f"{now / before:5.2f}" if prev else "     " for now, before in zip((t_bare, t_full, t_loc), prev or (1, 1, 1))]
        print(f"{n:>10,} {len(text.split()):>7,} {events:>6} {t_bare:8.2f} {g[0]} {t_full:8.2f} {g[1]} "
              f"{1 / t_full:11.3f} {t_bare / t_full:9.2f} {t_loc:9.4f} {g[2]}", flush=True)
        prev = (t_bare, t_full, t_loc)
    locate.close()


class LocateTimer:
    """Seconds spent in ``event_location`` (``locate s``): the events component's own stage function,
    wrapped for this run only."""

    def __init__(self, pipeline: str) -> None:
        import dataclasses

        from footprint import nlp as nlp_mod

        self.component = nlp_mod.build(pipeline).get_pipe("events")
        self.original = self.component.stages
        self.spent = 0.0
        inner = self.original.event_location

        def timed(*a, **kw):
            t0 = time.perf_counter()
            try:
                return inner(*a, **kw)
            finally:
                self.spent += time.perf_counter() - t0

        self.component.stages = dataclasses.replace(self.original, event_location=timed)

    def close(self) -> None:
        self.component.stages = self.original


if __name__ == "__main__":
    main()
