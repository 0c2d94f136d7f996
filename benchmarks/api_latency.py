"""API latency on a large store: p50/p95 of the list, map and presence endpoints.

Builds a store of synthetic events (default 100,000) with the store's own
writers, runs fusion on it, then sends each request repeatedly to the app
in-process (httpx's ASGI transport: no sockets, so the numbers are the app's
own) and compares every endpoint with the bare SQLite query it rests on, in
the same run, as a ratio. The app keeps encoded answers until the store
changes, so each request is also timed with nothing kept (the first request
after a change), and the kept answer is checked to be the same bytes. With
``--write-docs`` the results replace the "API" section of docs/performance.md;
``--before FILE`` (the JSON an earlier run printed) adds its p50/p95 and ratio
beside them.

    .venv/bin/python benchmarks/api_latency.py [--events 100000] [--repeat 40] [--write-docs] [--before FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from footprint.model import Attribution, EventActor, EventDate, EventLocation, short_hash
from footprint.store import open_store
from footprint.testing import document, event, result

ROOT = Path(__file__).resolve().parents[1]

ACTORS = [f"Synthetic Force {i:02d}" for i in range(40)]
TYPES = ["attack", "base_expansion", "deployment", "withdrawal", "training", "patrol", "abduction", "air_strike"]
#: country, lat range, lon range (rough Sahel boxes)
COUNTRIES = [
    ("ML", (11.0, 24.0), (-11.0, 4.0)),
    ("BF", (10.0, 15.0), (-5.0, 2.0)),
    ("NE", (12.0, 23.0), (0.5, 15.5)),
    ("TD", (8.0, 23.0), (14.0, 23.5)),
    ("MR", (15.0, 27.0), (-17.0, -5.0)),
    ("SD", (9.0, 22.0), (22.0, 38.0)),
    ("LY", (20.0, 33.0), (10.0, 25.0)),
    ("CF", (3.0, 11.0), (15.0, 27.0)),
]
PRECISIONS = ["facility", "town", "town", "town", "district", "region", "country"]
EVENTS_PER_DOC = 20


def place_pool(rng: random.Random, per_country: int = 40) -> list[tuple[str, float | None, float | None, str, str]]:
    """Named places with fixed coordinates, as a gazetteer would give them, plus each country itself."""
    pool = []
    for country, (la0, la1), (lo0, lo1) in COUNTRIES:
        pool.append((f"{country} (country)", None, None, country, "country"))
        for i in range(per_country):
            precision = rng.choice(PRECISIONS[:-1])
            pool.append((f"{country} place {i}", round(rng.uniform(la0, la1), 4), round(rng.uniform(lo0, lo1), 4), country, precision))
    return pool


def synthetic_results(n_events: int, seed: int = 7):
    rng = random.Random(seed)
    places = place_pool(rng)
    by_country: dict[str, list] = {}
    for p in places:
        by_country.setdefault(p[3], []).append(p)
    # each actor works in two or three countries, as real forces do
    theatres = {a: rng.sample([c[0] for c in COUNTRIES], rng.choice((2, 3))) for a in ACTORS}
    n_docs = (n_events + EVENTS_PER_DOC - 1) // EVENTS_PER_DOC
    made = 0
    for d in range(n_docs):
        sentences = []
        for k in range(min(EVENTS_PER_DOC, n_events - made)):
            sentences.append(f"Report {d} item {k}: forces were seen near place {rng.randrange(5000)} in the north.")
        text = " ".join(sentences)
        doc = document(text, id=short_hash(f"doc-{d}"), title=f"Synthetic report {d}", source=f"pub{d % 300}.example",
                       published="2020-01-01", meta={"fingerprint": b""})
        events = []
        pos = 0
        for sentence in sentences:
            actor = rng.choice(ACTORS)
            name, lat, lon, country, precision = rng.choice(by_country[rng.choice(theatres[actor])])
            day = rng.randrange(0, 11 * 365)
            start_date = time.strftime("%Y-%m-%d", time.gmtime(1420070400 + day * 86400))
            end_date = time.strftime("%Y-%m-%d", time.gmtime(1420070400 + (day + rng.choice((0, 0, 6, 30))) * 86400))
            type_ = rng.choice(TYPES)
            ev = event(
                doc, sentence, type_, after=pos,
                actors=(EventActor(actor, "actor", actor, id=actor.lower().replace(" ", "-")),),
                location=EventLocation(name, lat, lon, country, precision),
                date=EventDate(start_date, end_date, "day"),
                attribution=Attribution(publisher=doc.source, modality=rng.choice(("asserted", "reported"))),
                confidence=0.7, extractor_version="bench",
            )
            pos = ev.evidence.end
            events.append(ev)
            made += 1
        yield result(doc, *events, extractor_version="bench")


def build(path: Path, n_events: int) -> float:
    """Write the synthetic store with the store's own insert code, in large transactions."""
    t0 = time.perf_counter()
    store = open_store(path)
    batch = []
    for item in synthetic_results(n_events):
        batch.append(item)
        if len(batch) == 250:
            _write(store, batch)
            batch = []
    if batch:
        _write(store, batch)
    store.close()
    with sqlite3.connect(path) as conn:  # planner statistics, as a long-lived store would have them
        conn.execute("ANALYZE")
    return time.perf_counter() - t0


def _write(store, batch) -> None:
    # one transaction per batch; the synthetic documents declare no copies, so no MinHash look-up
    store.add_many(batch, near_copies=False)


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    k = (len(values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def timed(fn, repeat: int, warmup: int = 3) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=40)
    ap.add_argument("--db", type=Path, default=None, help="reuse or create the synthetic store here")
    ap.add_argument("--no-fuse", action="store_true", help="skip fusion (the presence endpoint then has nothing)")
    ap.add_argument("--write-docs", action="store_true", help="replace the API section of docs/performance.md")
    ap.add_argument("--before", type=Path, default=None, help="an earlier run's printed JSON, shown beside this one")
    args = ap.parse_args()
    before = json.loads(args.before.read_text(encoding="utf-8")) if args.before else None

    from footprint.testing import Client

    from footprint.serve import create_app
    from footprint.serve.queries import MAP_POINTS, Query

    # a store given with --db is kept for the next run; no empty temporary folder is left beside it
    db = args.db or Path(tempfile.mkdtemp(prefix="footprint-bench-")) / "bench.db"
    build_s = fuse_s = 0.0
    if not db.exists():
        build_s = build(db, args.events)
        print(f"built {args.events} events in {build_s:.1f} s", file=sys.stderr)
        if not args.no_fuse:
            from footprint import fuse

            store = open_store(db)
            t0 = time.perf_counter()
            fuse.rebuild(store)
            fuse_s = time.perf_counter() - t0
            store.close()
            print(f"fused in {fuse_s:.1f} s", file=sys.stderr)
    app = create_app(db, read_only=True)
    client = Client(app)
    raw_store = open_store(db, read_only=True)
    n_events = raw_store.count("events")
    actor = ACTORS[3]

    # baselines: the store's view method each endpoint rests on, called directly
    def list_sql(params):
        q = Query.parse(params)
        return lambda: raw_store.event_rows(q.event_filter(limit=q.limit + 1, offset=0), ["json"])

    map_cols = ["id", "lat", "lon", "precision", "type", "date_start", "date_end", "country"]

    def map_sql(params):
        flt = Query.parse(params).event_filter(limit=MAP_POINTS + 1, offset=0)
        return lambda: raw_store.event_rows(flt, map_cols, ordered=False)

    def grid_sql(params):
        flt = Query.parse(params).event_filter(limit=MAP_POINTS + 1, offset=0)
        return lambda: (raw_store.event_rows(flt, map_cols, ordered=False), raw_store.event_grid(flt, 360 / 64))

    def presence_direct():
        from footprint import fuse

        return fuse.presences(raw_store)

    cases = [
        ("events, no filter (page of 200)", "/api/v1/events", {}, list_sql),
        ("events, type + country", "/api/v1/events", {"type": "attack", "country": "ML"}, list_sql),
        ("events, actor", "/api/v1/events", {"actor": actor}, list_sql),
        ("events, date range", "/api/v1/events", {"since": "2019-01-01", "until": "2019-03-31"}, list_sql),
        ("events, bbox + type", "/api/v1/events", {"bbox": "-5,12,-1,15", "type": "attack"}, list_sql),
        ("map, whole store (grid)", "/api/v1/map", {}, grid_sql),
        ("map, bbox", "/api/v1/map", {"bbox": "-3,13,-1,14.5"}, map_sql),
        ("map, bbox + actor + dates", "/api/v1/map", {"bbox": "-12,10,5,25", "actor": actor, "since": "2021-01-01"}, map_sql),
        ("presence list", "/api/v1/presence", {}, None),
    ]
    def forget() -> None:
        """Drop every kept answer: the next request is answered as the first one after a store change."""
        from footprint.serve import queries

        answers = getattr(app.state, "answers", None)
        if answers is not None:
            answers.clear()
        with queries._presence_lock:
            queries._presence_cache.clear()

    rows = []
    for label, url, params, baseline in cases:
        def call(url=url, params=params):
            r = client.get(url, params=params)
            assert r.status_code == 200, r.text[:300]
            return r

        def first_call(call=call):
            forget()
            return call()

        forget()
        fresh = call().content
        size = len(fresh)
        api_ms = timed(call, args.repeat)
        assert call().content == fresh, f"{label}: the kept answer differs from the fresh one"
        # nothing kept: presence then summarises every presence again, so fewer rounds
        first_ms = timed(first_call, max(5, args.repeat // 4) if url.endswith("/presence") else args.repeat, warmup=1)
        base_ms = None
        if baseline is not None:
            base_ms = timed(baseline(params), args.repeat)
        elif url.endswith("/presence"):
            base_ms = timed(presence_direct, max(5, args.repeat // 4))
        row = {
            "case": label,
            "p50_ms": round(percentile(api_ms, 0.5), 1),
            "p95_ms": round(percentile(api_ms, 0.95), 1),
            "baseline_p50_ms": round(percentile(base_ms, 0.5), 1) if base_ms else None,
            "first_p50_ms": round(percentile(first_ms, 0.5), 1),
            "bytes": size,
        }
        ratio = row["p50_ms"] / row["baseline_p50_ms"] if base_ms and row["baseline_p50_ms"] else None
        # below 1 a tenth is too coarse: a kept answer is hundreds of times cheaper than presence's summary
        row["ratio"] = None if ratio is None else round(ratio, 1) if ratio >= 1 else round(ratio, 3)
        rows.append(row)
        print(json.dumps(row), file=sys.stderr)
    client.close()
    presences = len(presence_direct())
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    machine = (f"{platform.machine()}, {os.cpu_count()} CPU cores (shared; load average {load} at the end of the run),"
               f" Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}")
    result = {"events": n_events, "presences": presences, "repeat": args.repeat, "machine": machine,
              "build_s": round(build_s, 1), "fuse_s": round(fuse_s, 1), "rows": rows}
    print(json.dumps(result, indent=2))
    if args.write_docs:
        write_docs(result, before)
    return 0 if all(r["p95_ms"] <= 100 for r in rows) else 1


SECTION = "## API"


def write_docs(result: dict, before: dict | None = None) -> None:
    path = ROOT / "docs" / "performance.md"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Performance\n"
    lines = [
        SECTION,
        "",
        f"`benchmarks/api_latency.py`: {result['events']:,} synthetic events ({result['presences']:,} fused presences),"
        f" each request sent {result['repeat']} times to the app in-process (no sockets) after 3 warm-up requests."
        " Baseline: the bare SQLite query behind the endpoint (for presence: the fusion library call), in the same run;"
        " ratio = API p50 / baseline p50. Target: p95 ≤ 100 ms.",
        "",
        f"Machine: {result['machine']}."
        + (f" Writing the store took {result['build_s']:,} s and `fuse.rebuild` {result['fuse_s']:,} s."
           if result["build_s"] else " The store was built by an earlier run (`--db`)."),
        "",
        "| request | p50 ms | p95 ms | baseline p50 ms | ratio | first request p50 ms | response bytes |"
        + (" before: p50 ms | p95 ms | ratio |" if before else ""),
        "|---|---:|---:|---:|---:|---:|---:|" + ("---:|---:|---:|" if before else ""),
    ]
    earlier = {r["case"]: r for r in (before or {}).get("rows", ())}
    for r in result["rows"]:
        base = "" if r["baseline_p50_ms"] is None else r["baseline_p50_ms"]
        ratio = "" if r["ratio"] is None else f"{r['ratio']}×"
        line = f"| {r['case']} | {r['p50_ms']} | {r['p95_ms']} | {base} | {ratio} | {r.get('first_p50_ms', '')} | {r['bytes']:,} |"
        if before:
            b = earlier.get(r["case"], {})
            # from the times, not the earlier run's own rounding (a run before the finer ratios printed 0.0)
            ratio = b["p50_ms"] / b["baseline_p50_ms"] if b.get("baseline_p50_ms") else None
            shown = "" if ratio is None else f"{round(ratio, 1) if ratio >= 1 else round(ratio, 3)}×"
            line += f" {b.get('p50_ms', '')} | {b.get('p95_ms', '')} | {shown} |"
        lines.append(line)
    lines += [
        "",
        "The app keeps each list, map, timeline and presence answer encoded (JSON bytes and gzip bytes, with a weak"
        " ETag) per set of query parameters until the store changes (`api.KeptAnswers`, keyed by the store's file"
        " sizes and times and its event and presence marks); p50/p95 are of the kept answer, sent as it is, and the"
        " benchmark checks it is byte for byte the fresh one. \"First request\" is the same request with nothing kept,"
        " as after a store change: the query, the JSON encoding and the compression. For presence that includes"
        " fusion's summary of every presence (the baseline column). A client that sends the ETag back in"
        " `If-None-Match` gets a 304 without a body. Event lists read the stored interchange JSON directly (no Event"
        " objects rebuilt) and use the `events_listing` index (migration `serve_001_event_listing_order`); date"
        " filters add bounds on it derived from the store's longest event interval, which is why they beat the"
        " store's own query.",
        "",
    ]
    if before:
        lines += [
            "The \"before\" columns come from another run (`--before FILE`, the JSON that run printed) on the same"
            " store; compare each run's ratio to its own baseline column, which moves with the load as the API does.",
            "",
        ]
    lines += [
        "List endpoints are paginated (200 by default, 1,000 at most). The map answers compact arrays and, above"
        " 3,000 matching events, a grid of counts instead of markers. Reproduce with"
        " `.venv/bin/python benchmarks/api_latency.py --write-docs`.",
        "",
    ]
    block = "\n".join(lines)
    if SECTION in text:
        head, rest = text.split(SECTION, 1)
        nxt = rest.find("\n## ")
        tail = rest[nxt + 1 :] if nxt >= 0 else ""
        text = head + block + ("\n" + tail if tail else "")
    else:
        text = text.rstrip("\n") + "\n\n" + block
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
