"""Growth of ingest's text handling on hostile input, previous forms against current ones.

    python benchmarks/ingest_hostile.py [--sizes 10000,20000,40000,80000] [--max-old-seconds 30]
                                        [--new-only] [--skip-readers] [--feeds-only] [--growth-only]
                                        [--feed-mb 0.0625,0.25,1,4]

For each input built to defeat one of the earlier regexes (an unclosed Markdown link, a heading
line of marks, unclosed ``**``, ``<a`` without ``>``, ``<title>`` without its end, ``<meta`` without
``>``, and ``html_to_text`` on a page ending in unclosed tags), times the previous form (kept in ``tests/test_ingest_hostile.py``, where the property tests
check both give the same result) and the current one at each size, in the same run. ``×2`` is
time(n) / time(n/2): about 2 is linear, about 4 quadratic. A previous form whose next size would
take longer than ``--max-old-seconds`` (4 × its last time) is skipped.

Then ``normalize`` on 4 MB of news-like text (old: the per-character control filter), each
reader on a 1 MB hostile line, and hostile feeds through feedparser with its HTML sanitizer (the
previous feed path, in a child process stopped after ``--max-old-seconds``) and without it (the
current one).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import test_ingest_hostile as ref  # noqa: E402  (the previous forms live with their property tests)

from footprint.ingest import base, html, markdown, read_bytes_as  # noqa: E402
from machine import describe  # noqa: E402  (benchmarks/ is the script's folder)

MB = 2**20


def machine() -> str:
    return describe()


def seconds(fn, arg) -> float:
    """Seconds per call: one call if it is slow, else the best of 3 auto-ranged batches."""
    t0 = time.perf_counter()
    fn(arg)
    first = time.perf_counter() - t0
    if first > 0.2:
        return first
    timer = timeit.Timer(lambda: fn(arg))
    number, _ = timer.autorange()
    return min(timer.repeat(3, number)) / number


CASES = [
    ("_MD_LINK (normalize)", "'[a](http://' + n × 'x'", lambda n: "[a](http://" + "x" * n,
     lambda s: ref.OLD_MD_LINK.sub(r"\1", s), lambda s: base._MD_LINK.sub(r"\1", s)),
    ("_HEADING (markdown)", "'# a' + n × '#' + 'b'", lambda n: "# a" + "#" * n + "b",
     lambda s: ref.OLD_HEADING.sub(r"\2", s), lambda s: markdown._HEADING.sub(r"\2", s)),
    ("_EMPHASIS (markdown)", "n/4 × '**a '", lambda n: "**a " * (n // 4),
     lambda s: ref.OLD_EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or m.group(4), s), markdown._strip_emphasis),
    ("_TAG (html)", "n/2 × '<a'", lambda n: "<a" * (n // 2),
     lambda s: ref.OLD_TAG.search(s), html.has_markup),
    ("<title> search (html)", "n/7 × '<title>'", lambda n: "<title>" * (n // 7),
     lambda s: ref.OLD_TITLE.search(s), html.title_markup),
    ("_META_CHARSET (html)", "n/6 × '<meta '", lambda n: b"<meta " * (n // 6),
     lambda s: ref.OLD_META_CHARSET.search(s), html.declared_charset),
    # the reader's fallback for a page with no article: html.parser on every '<' after the last '>'
    ("html_to_text (html)", "'<body>' + n/2 × '<a'", lambda n: "<html><body>" + "<a" * (n // 2),
     ref.old_html_to_text, html.html_to_text),
]


def growth_table(sizes: list[int], max_old: float, new_only: bool = False) -> None:
    print(f"\n{'pattern':24} {'input':24} {'n':>7} {'old s':>9} {'×2':>5} {'new s':>10} {'×2':>5}")
    for name, shape, make, old, new in CASES:
        t_old_prev = t_new_prev = None
        prev_n = sizes[0]
        skip_old = new_only
        for n in sizes:
            s = make(n)
            if not skip_old and t_old_prev is not None and t_old_prev * (n / prev_n) ** 2 > max_old:
                skip_old = True
            t_old = None if skip_old else seconds(old, s)
            t_new = seconds(new, s)
            r_old = f"{t_old / t_old_prev:5.2f}" if t_old and t_old_prev else "     "
            r_new = f"{t_new / t_new_prev:5.2f}" if t_new_prev else "     "
            old_s = f"{t_old:9.4f}" if t_old is not None else "  skipped"
            print(f"{name:24} {shape:24} {n:>7,} {old_s} {r_old} {t_new:10.6f} {r_new}", flush=True)
            t_old_prev, t_new_prev, prev_n = t_old, t_new, n


def normalize_speed() -> None:
    text = ("Gunmen attacked the weekly market near Dorobé on Friday, residents said — «ok», 日本.\n\n"
            "Troops withdrew\u00a0 towards the border\t after two hours.  \r\n") * 30000
    mb = len(text.encode("utf-8")) / MB
    base.normalize("warm up: builds the control-character class")
    t_old = seconds(lambda s: ref.old_normalize(s, []), text)
    t_new = seconds(base.normalize, text)
    print(f"\nnormalize on {mb:.1f} MB of news-like text: previous {t_old / mb:.3f} s/MB, "
          f"current {t_new / mb:.3f} s/MB ({t_old / t_new:.1f}× faster)")


def readers() -> None:
    print("\nEach reader on a 1 MB hostile line (seconds, one run; the whole reader: decode, normalize, clean)")
    rows = [("text", name, s) for name, s in ref.HOSTILE_TEXT.items()]
    rows += [("markdown", name, s) for name, s in ref.HOSTILE_MARKDOWN.items()]
    rows += [("html", name, s) for name, s in ref.HOSTILE_HTML.items()]
    rows += [("jsonl", "unclosed link", json.dumps({"text": ref.HOSTILE_TEXT["unclosed link"]}))]
    body = ref.HOSTILE_TEXT["unclosed link"]
    rows += [("feed", "unclosed link", '<?xml version="1.0"?><rss version="2.0"><channel><item><title>A</title>'
              f"<description>{body}</description></item></channel></rss>")]
    rows += [("feed", "escaped '<a' × 200k (feedparser)", '<?xml version="1.0"?><rss version="2.0"><channel><item>'
              f"<title>A</title><description>{ref.LEAD}{'&lt;a' * (MB // 5)}</description></item></channel></rss>")]
    list(read_bytes_as("text", b"warm up\n\nTroops left the camp.", source_name="warm-up"))
    for kind, name, s in rows:
        t0 = time.perf_counter()
        items = list(read_bytes_as(kind, s.encode("utf-8"), source_name=name))
        dt = time.perf_counter() - t0
        what = ", ".join(type(i).__name__ for i in items)
        print(f"{kind:9} {name:36} {dt:7.3f}  {what}", flush=True)


def _feed(description: str) -> bytes:
    return ('<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>A</title>'
            f"<description>{description}</description></item></channel></rss>").encode("utf-8")


def _escaped(markup: str) -> str:
    return markup.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


FEEDS = [
    ("escaped '<a' × n", lambda mb: _feed(ref.LEAD + "&lt;a" * int(mb * MB / 5))),
    ("escaped news markup", lambda mb: _feed(_escaped(
        '<p class="x" onclick="steal()"><b>Troops</b> moved <a href="javascript:go()">north</a>.</p>'
        "<script>alert(1)</script>" * int(mb * MB / 120)))),
    ("CDATA: script, style attribute, comment", lambda mb: _feed(
        f"<![CDATA[<p>{ref.LEAD}</p><script>" + "alert(1);" * int(mb * MB / 27) + '</script><p style="'
        + "x" * int(mb * MB / 3) + '">Troops left.</p><!--' + "a" * int(mb * MB / 3) + "-->]]>")),
]


def _old_feed_seconds(index: int, mb: float, limit: float) -> float | None:
    """Seconds of the previous feed path, in a child process stopped after ``limit`` seconds (its
    sanitizer is quadratic on some inputs: hours at a few MB); ``None`` when stopped."""
    cmd = [sys.executable, __file__, "--old-feed", f"{index}:{mb}"]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=limit, check=True)
    except subprocess.TimeoutExpired:
        return None
    return float(done.stdout.strip().splitlines()[-1])


def feed_sanitizer(sizes: list[float], limit: float) -> None:
    """feedparser with its HTML sanitizer and the text of each entry (previous) against no sanitizer and
    ``html.html_to_text`` (current), and the whole current reader, on the same feeds in the same run."""
    print("\nFeeds: previous (sanitize_html=True + plain html.parser) vs current (sanitize_html=False + html_to_text)")
    print(f"{'feed':40} {'MB':>6} {'previous s':>10} {'s/MB':>6} {'current s':>9} {'s/MB':>6} {'faster':>7} "
          f"{'reader s':>8}")
    for index, (name, make) in enumerate(FEEDS):
        stopped = False
        for mb in sizes:
            raw = make(mb)
            size = len(raw) / MB
            t_old = None if stopped else _old_feed_seconds(index, mb, limit)
            stopped = t_old is None
            t0 = time.perf_counter()
            ref.new_feed_texts(raw)
            t_new = time.perf_counter() - t0
            t0 = time.perf_counter()
            list(read_bytes_as("feed", raw, source_name=name))
            t_reader = time.perf_counter() - t0
            old = (f"{t_old:10.2f} {t_old / size:6.2f}" if t_old is not None else f"{'> ' + format(limit, 'g'):>10} {'':6}")
            faster = f"{t_old / t_new:6.1f}×" if t_old is not None else f"{'> ' + format(limit / t_new, '.0f'):>6}×"
            print(f"{name:40} {size:6.2f} {old} {t_new:9.2f} {t_new / size:6.2f} {faster} {t_reader:8.2f}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,20000,40000,80000")
    ap.add_argument("--max-old-seconds", type=float, default=30.0)
    ap.add_argument("--skip-readers", action="store_true")
    ap.add_argument("--new-only", action="store_true", help="time the current forms only (for sizes far past 80k)")
    ap.add_argument("--feeds-only", action="store_true", help="only the feed sanitizer comparison")
    ap.add_argument("--growth-only", action="store_true", help="only the previous/current growth table")
    ap.add_argument("--feed-mb", default="0.0625,0.25,1,4", help="feed sizes in MB for the sanitizer comparison")
    ap.add_argument("--old-feed", help=argparse.SUPPRESS)  # child: FEED_INDEX:MB, prints seconds
    args = ap.parse_args()
    if args.old_feed:
        index, mb = args.old_feed.split(":")
        raw = FEEDS[int(index)][1](float(mb))
        t0 = time.perf_counter()
        ref.old_feed_texts(raw)
        print(time.perf_counter() - t0)
        return
    print(f"Machine: {machine()}")
    sizes = [float(x) for x in args.feed_mb.split(",")]
    if args.feeds_only:
        feed_sanitizer(sizes, args.max_old_seconds)
        return
    growth_table([int(x) for x in args.sizes.split(",")], args.max_old_seconds, args.new_only)
    if args.growth_only:
        return
    normalize_speed()
    if not args.skip_readers:
        readers()
    feed_sanitizer(sizes, args.max_old_seconds)


if __name__ == "__main__":
    main()
