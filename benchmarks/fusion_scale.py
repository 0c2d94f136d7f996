"""Fusion at scale: time and peak memory of a full fusion at 10k, 30k and 100k synthetic events.

Synthetic world: events made up at random (actors, places, dates, the
project's event types, mixed place and date precision), each told by one to
three reports with small disagreements, five events to a report. With ``--no-place`` above 0, a third of
the made-up events also name an actor by words ("gunmen", "officers", "the Koro vigilantes"), and half
of their placeless reports name only those words, so the name blocks (and their cap) are timed. The world
grows with the number of events the way an archive does: at 10k events it is
20 Sahel and neighbouring countries over 7 years (2019-2025); at n events
both the number of countries and the years covered grow by sqrt(n / 10k)
(more countries, each a box of made-up places, and earlier years), so a
country-month holds about as many events at every size and the curve
measures the algorithm rather than ever denser blocks. ``--fixed-world``
keeps the 10k world at every size instead (blocks fill up as n grows).

Each size is stored in a fresh SQLite store (``add_many``: one transaction per
2,000 reports), then fused by ``footprint.fuse.rebuild`` in a separate
process, so the peak resident memory (``ru_maxrss``) is fusion's own; wall and
CPU seconds are both reported (CPU time is steadier on a shared machine). In
the same run, a naive all-pairs comparison on a 2,000-event sample is timed
and extrapolated to each size (n²/2 pairs), and an n·log n curve is fitted
through the smallest size. One incremental ``update`` of a new report is
timed on every store.

    python benchmarks/fusion_scale.py                 # 10k, 30k, 100k
    python benchmarks/fusion_scale.py --sizes 2000 5000 --keep var/bench
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from footprint.model import Attribution, EventActor, EventDate, EventLocation, ExtractionResult, Quantity, short_hash
from footprint.testing import document, event, result

COUNTRIES = {  # alpha-2: (south, north, west, east), rough boxes
    "ML": (11, 24, -12, 4), "NE": (12, 23, 0, 15), "BF": (9.5, 15, -5.5, 2), "TD": (8, 23, 14, 24),
    "NG": (4.5, 13.5, 3, 14.5), "MR": (15, 27, -17, -5), "SN": (12.5, 16.5, -17, -11.5), "DZ": (19, 37, -8, 12),
    "LY": (20, 33, 10, 25), "SD": (9, 22, 22, 38), "CF": (2.5, 11, 14.5, 27), "CM": (2, 13, 8.5, 16),
    "BJ": (6, 12.5, 0.8, 3.8), "TG": (6, 11, -0.1, 1.8), "GH": (4.7, 11, -3.2, 1.2), "CI": (4.3, 10.7, -8.6, -2.5),
    "GN": (7.2, 12.7, -15, -7.6), "SO": (-1.6, 12, 41, 51), "ET": (3.4, 14.9, 33, 48), "CD": (-13, 5, 12, 31),
}
ACTORS = [f"actor_{i:03d}" for i in range(80)]
TYPES = ["deployment", "base_established", "base_occupied", "base_expansion", "withdrawal", "training",
         "armed_clash", "ambush", "air_strike", "drone_strike", "shelling", "ied_attack", "attack_on_civilians",
         "abduction", "arrest", "territory_overtaken", "agreement_signed", "diplomatic_protest", "accusation"]
PUBLISHERS = [f"outlet{i}.example" for i in range(60)]
#: Words for actors with no registry id, as reports give them: generic ones (no name block), common ones
#: ("officers": crowded name blocks, over the cap at scale) and made-up local names (small name blocks).
NAME_WORDS = ["gunmen", "suspected militants", "officers", "villagers", "herders", "traders",
              *[f"the {w} vigilantes" for w in ("Koro", "Dassa", "Limbo", "Tessit", "Wara", "Nafa")]]
CLAIMANTS = [None, None, None, "Reuters", "AFP", "the army", "a local official", "witnesses", "CSIS"]
LAST_DAY = 739616  # 2025-12-31
DAYS = 7 * 365
#: The world of COUNTRIES over DAYS is sized for this many events.
BASE_EVENTS = 10_000


def world_shape(n_events: int, *, fixed: bool = False) -> tuple[dict[str, tuple], int]:
    """Countries (code -> box) and days covered by a world of ``n_events``."""
    grow = 1.0 if fixed else math.sqrt(n_events / BASE_EVENTS)
    n_countries = max(2, round(len(COUNTRIES) * grow))
    boxes = dict(list(COUNTRIES.items())[:n_countries])
    for i in range(n_countries - len(boxes)):
        # made-up countries on a grid of 6-degree boxes; their codes are not ISO codes
        south, west = -40 + 6 * (i // 50), -150 + 6 * (i % 50)
        boxes[f"X{i:02d}"] = (south, south + 6, west, west + 6)
    return boxes, max(365, round(DAYS * grow))


def make_world(n_events: int, seed: int = 7, *, world: int | None = None,
               fixed: bool = False, no_place: float = 0.0) -> list[ExtractionResult]:
    """``n_events`` events in the world of ``world`` events (default: ``n_events``); a ``no_place`` share of
    the reports' events has no place at all (the places stage found none)."""
    rng = random.Random(seed)
    countries, days = world_shape(world or n_events, fixed=fixed)
    day0 = LAST_DAY - days + 1
    places = []
    for code, (s, n, w, e) in countries.items():
        for _ in range(100):
            places.append((rng.uniform(s, n), rng.uniform(w, e), code))
    records: list[tuple] = []  # one per (true event, report telling it)
    while len(records) < n_events:
        lat, lon, code = rng.choice(places)
        actors = rng.sample(ACTORS, rng.choice((1, 1, 2)))
        # with placeless events, a third of the true events also name actors by words (no registry id)
        words = [rng.choice(NAME_WORDS)] if no_place and rng.random() < 0.33 else []
        type_ = rng.choice(TYPES)
        day = day0 + rng.randrange(days)
        for _ in range(rng.choice((1, 1, 2, 3))):
            prec = rng.choices(("facility", "town", "region", "country"), (1, 6, 1, 2))[0]
            jitter = 0.01 if prec in ("facility", "town") else 0.5
            dprec = rng.choices(("day", "month", "year", None), (5, 3, 1.5, 0.5))[0]
            records.append((lat + rng.uniform(-jitter, jitter), lon + rng.uniform(-jitter, jitter), code, prec,
                            actors[: rng.choice((1, len(actors)))], rng.choice((type_, type_, rng.choice(TYPES))),
                            day + rng.choice((0, 0, 1, -1)), dprec, words))
    records = records[:n_events]
    rng.shuffle(records)
    results = []
    for start in range(0, len(records), 5):
        chunk = records[start : start + 5]
        sentences = [f"Sentence {start + i} tells of {r[5]} by {' and '.join(r[4])} near a place in {r[2]}."
                     for i, r in enumerate(chunk)]
        text = " ".join(sentences)
        pub = rng.choice(PUBLISHERS)
        doc = document(text, id=short_hash(text), source=pub,
                       published=_iso(max(r[6] for r in chunk) + rng.randrange(1, 20)), meta={"fingerprint": b""})
        events, offset = [], 0
        for sent, (lat, lon, code, prec, actors, type_, day, dprec, words) in zip(sentences, chunk):
            if dprec == "day":
                date = EventDate(_iso(day), _iso(day), "day")
            elif dprec == "month":
                d = _iso(day)
                date = EventDate(d[:8] + "01", d[:8] + "28", "month")
            elif dprec == "year":
                date = EventDate(_iso(day)[:4] + "-01-01", _iso(day)[:4] + "-12-31", "year")
            else:
                date = None
            loc = EventLocation(name=f"{prec} at {lat:.2f},{lon:.2f}", lat=round(lat, 4), lon=round(lon, 4),
                                country=code, precision=prec)
            named = [EventActor(name=a.replace("_", " "), role="actor", text=a, id=a) for a in actors]
            named += [EventActor(name=w, role="actor", text=w) for w in words]
            if no_place and rng.random() < no_place:  # no draw at 0: the world stays the one measured before
                loc = None
                if words and rng.random() < 0.5:  # only words: the event is filed in the name blocks
                    named = [a for a in named if a.id is None]
            qty = (Quantity("personnel", n := rng.choice((50, 100, 300, 1000)), n, approximate=True),) \
                if rng.random() < 0.1 else ()
            ev = event(
                doc, sent, type_, after=offset, acled={},
                actors=tuple(named),
                location=loc, date=date, quantities=qty,
                attribution=Attribution(publisher=pub, claimant=rng.choice(CLAIMANTS),
                                        modality=rng.choice(("asserted", "reported", "denied")) if rng.random() < 0.3
                                        else "asserted"),
                extractor_version="bench")
            offset = ev.evidence.end
            events.append(ev)
        results.append(result(doc, *events, extractor_version="bench"))
    return results


def _iso(ordinal: int) -> str:
    from datetime import date

    return date.fromordinal(ordinal).isoformat()


def _key(actor_id, name):
    return "a:" + actor_id if actor_id else "n:" + name.lower()


def _store(path: Path):
    from footprint.store import open_store

    return open_store(path)


def fill(path: Path, n: int, *, fixed: bool = False, no_place: float = 0.0, batch: int = 2000) -> float:
    """Store a synthetic world of ``n`` events; seconds taken (the world's making included)."""
    t0 = time.perf_counter()
    world = make_world(n, fixed=fixed, no_place=no_place)
    with _store(path) as store:
        # one transaction per batch of reports; synthetic reports are not copies of one another,
        # so the MinHash look-up is skipped
        for i in range(0, len(world), batch):
            store.add_many(world[i : i + batch], near_copies=False)
    return time.perf_counter() - t0


def _peak_mb() -> float:
    """Peak resident memory of this process image. ``ru_maxrss`` would do, but Linux carries the parent's
    peak over into a forked child, so the parent's synthetic world would be counted; VmHWM is the child's own."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


#: ``rebuild`` progress lines by their first word: the stage that just ended
_STAGES = {"indexed": "features", "found": "links", "wrote": "fused_events"}


def worker(path: Path, n: int, fixed: bool) -> dict:
    """Runs in its own process: one full fusion, then one incremental update."""
    from footprint import fuse
    from footprint.fuse import engine

    judged = [0]
    real_judge = engine.judge

    def counting(a, b):  # candidate pairs judged, counted the same way whatever the fusion code's version
        judged[0] += 1
        return real_judge(a, b)

    engine.judge = counting
    base_rss = _peak_mb()
    stages: list[tuple[str, float]] = []
    with _store(path) as store:
        cpu0 = _cpu()
        report = fuse.rebuild(store, actor_key=_key, progress=lambda m: stages.append((_STAGES[m.split()[0]], _cpu())))
        cpu = _cpu() - cpu0
        peak = _peak_mb()
        pairs = judged[0]
        clusters = store.conn.execute("SELECT count(*) FROM fuse_clusters").fetchone()[0]
        presences = store.conn.execute("SELECT count(*) FROM fuse_presences").fetchone()[0]
        # one more report arrives, from the same world
        extra = make_world(5, seed=99, world=n, fixed=fixed)[0]
        store.add_many([extra], near_copies=False)
        t0 = time.perf_counter()
        fuse.update(store, [extra.document.id], actor_key=_key)
        incr = time.perf_counter() - t0
    # CPU seconds by stage: features and keys, links (blocking and pair judgement), fused events, presences
    marks = [cpu0] + [t for _m, t in stages] + [cpu0 + cpu]
    names = [m for m, _t in stages] + ["presences"]
    return {"seconds": report.seconds, "cpu_seconds": cpu, "links": report.links, "clusters": clusters, "pairs": pairs,
            "presences": presences, "peak_rss_mb": peak, "base_rss_mb": base_rss, "update_seconds": incr,
            "stages": {n: round(b - a, 2) for n, a, b in zip(names, marks, marks[1:])}}


def naive_pair_seconds(sample: int = 2000) -> float:
    """Seconds per pair for all-pairs matching (no blocking), timed on a sample of the 10k world."""
    from footprint.fuse.event_features import features
    from footprint.fuse.identity import judge

    evs = [e for r in make_world(sample, seed=3, world=BASE_EVENTS) for e in r.events]
    feats = [features(e, _key) for e in evs]
    t0 = time.process_time()  # CPU time, as for fusion itself
    pairs = 0
    for i, a in enumerate(feats):
        for b in feats[i + 1 :]:
            judge(a, b)
            pairs += 1
    return (time.process_time() - t0) / pairs


def machine() -> str:
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True, timeout=10).stdout.splitlines()[:10]
    except (OSError, subprocess.SubprocessError):
        lscpu = [platform.processor() or platform.machine()]
    return "\n".join(lscpu + [f"Python {platform.python_version()} ({platform.python_implementation()})"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    ap.add_argument("--fixed-world", action="store_true",
                    help="keep the 10k world (20 countries, 7 years) at every size, so blocks fill up as n grows")
    ap.add_argument("--no-place", type=float, default=0.05,
                    help="share of events told with no place at all (default 0.05; 0 gives the earlier world)")
    ap.add_argument("--keep", type=Path, help="folder to keep the stores in (default: a temporary one)")
    ap.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--json", action="store_true", help="print the results as one JSON object")
    args = ap.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker, args.sizes[0], args.fixed_world)))
        return 0
    folder = args.keep or Path(tempfile.mkdtemp(prefix="fusion-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    per_pair = naive_pair_seconds()
    print(f"naive all-pairs: {per_pair * 1e6:.2f} µs CPU per pair (timed on a 2,000-event sample)", flush=True)
    rows = []
    for n in args.sizes:
        path = folder / f"fusion-{n}{'-fixed' if args.fixed_world else ''}.db"
        for p in folder.glob(path.name + "*"):
            p.unlink()
        fill_s = fill(path, n, fixed=args.fixed_world, no_place=args.no_place)
        countries, days = world_shape(n, fixed=args.fixed_world)
        cmd = [sys.executable, __file__, "--worker", str(path), "--sizes", str(n)]
        out = subprocess.run(cmd + (["--fixed-world"] if args.fixed_world else []), capture_output=True, text=True,
                             check=True)
        res = json.loads(out.stdout.strip().splitlines()[-1])
        res.update(n=n, fill_seconds=fill_s, naive_seconds=per_pair * n * (n - 1) / 2, countries=len(countries),
                   years=days / 365)
        rows.append(res)
        print(f"{n:>7} events ({len(countries)} countries, {days / 365:.1f} years): store filled in {fill_s:.1f} s; "
              f"fusion {res['seconds']:.1f} s wall, {res['cpu_seconds']:.1f} s CPU, peak RSS "
              f"{res['peak_rss_mb']:.0f} MB, {res['links']} links, {res['clusters']} fused events, "
              f"{res['presences']} presences, {res['pairs'] / n:.1f} pairs judged per event; naive all-pairs ~{res['naive_seconds']:.0f} s; one new report "
              f"{res['update_seconds'] * 1000:.0f} ms; CPU s by stage {res['stages']}", flush=True)
    n0, t0, c0 = rows[0]["n"], rows[0]["seconds"], rows[0]["cpu_seconds"]
    for r in rows:
        grow = (r["n"] * math.log(r["n"])) / (n0 * math.log(n0))
        r["nlogn_seconds"], r["nlogn_cpu_seconds"] = t0 * grow, c0 * grow
        r["vs_nlogn"], r["cpu_vs_nlogn"] = r["seconds"] / r["nlogn_seconds"], r["cpu_seconds"] / r["nlogn_cpu_seconds"]
        r["naive_over_blocked"] = r["naive_seconds"] / r["cpu_seconds"]
    print()
    print("| events | world | fusion s (wall) | fusion s (CPU) | peak RSS MB | links | fused events | presences "
          "| n·log n curve, CPU s (measured / curve) | naive all-pairs CPU s (est.) | naive / blocked | one new report ms |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['n']:,} | {r['countries']} countries, {r['years']:.1f} y | {r['seconds']:.1f} | "
              f"{r['cpu_seconds']:.1f} | {r['peak_rss_mb']:.0f} | {r['links']:,} | {r['clusters']:,} | "
              f"{r['presences']:,} | {r['nlogn_cpu_seconds']:.1f} ({r['cpu_vs_nlogn']:.2f}) | "
              f"{r['naive_seconds']:,.0f} | {r['naive_over_blocked']:,.0f}× | {r['update_seconds'] * 1000:.0f} |")
    print(f"\nnaive all-pairs: {per_pair * 1e6:.2f} µs CPU per pair (timed on a 2,000-event sample)")
    print(machine())
    if args.json:
        print(json.dumps({"rows": rows, "per_pair_seconds": per_pair, "machine": machine()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
