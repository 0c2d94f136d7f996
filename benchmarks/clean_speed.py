"""Speed of ``footprint.clean`` (header + segments) against the algorithm it replaced.

    python benchmarks/clean_speed.py [--mb 50] [--seed 1] [--skip-ingest]

Builds news-like text of ``--mb`` megabytes from invented sentences: paragraphs,
repeated paragraphs, boilerplate and caption lines, residue glued to line ends,
very long lines. Times ``find_header`` + ``segment`` with the current matcher
and with ``ref_segment`` of tests/test_clean_fast.py (every rule's regex on every line, as
``clean`` did before), checks both give the same segments, and prints the
ratio. A plain ``str.splitlines`` + join pass is timed as a floor.

Then pathological inputs, each at two sizes, new and reference: a line with no
newline at all, millions of blank lines, a 1 MB line of one repeated
character, lines of regex-hostile characters. ``growth`` is time(big) /
time(small) divided by size(big) / size(small): about 1 means linear.

``--skip-ingest`` leaves out the last part, which times the ingest module's own
regexes and ``normalize`` on hostile input at two sizes; ``benchmarks/ingest_hostile.py``
compares them with their previous forms (see docs/performance.md).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from footprint import clean

MB = 2**20

# --- the previous algorithm, kept with its property tests as the baseline ----------------

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from test_clean_fast import ref_segment as reference_segment  # noqa: E402
from machine import describe  # noqa: E402  (benchmarks/ is the script's folder)


def current(text):
    return clean.segment(text, header=clean.find_header(text, detect=True).segments)


def reference(text):
    return reference_segment(text, header=clean.find_header(text, detect=True).segments)


# --- invented news text -------------------------------------------------------------------

WHO = ["Gunmen on motorbikes", "Soldiers of the joint force", "Unidentified attackers", "A militia patrol",
       "Fighters loyal to a local commander", "Police officers", "Villagers armed with hunting rifles"]
DID = ["attacked the weekly market in", "ambushed a supply convoy outside", "withdrew from the camp at",
       "set fire to granaries near", "raided two hamlets east of", "clashed with a self-defence group in"]
WHERE = ["Tamboura", "Kel Essouk", "Dorobé", "Sanfari", "Ouezzi", "Lake Gandé", "the Doro crossing"]
WHEN = ["on Friday, residents said.", "late on Tuesday, a local official told reporters.", "last week.",
        "before dawn, the army said in a statement.", "on 3 March, according to a humanitarian group.",
        "over the weekend, witnesses said by telephone."]
RESIDUE = ["Read full news in source page", "Share this article", "Advertisement", "Follow us on Twitter and Facebook",
           "© 2024 Desert Wire. All rights reserved.", "Also read: Fighting resumes near the border",
           "Tags: Security, Sahel, Conflict", "By Amadou Sy and Léa Martin", "Subscribe to our newsletter",
           "Home | World | Africa", "4 min read", "Cookie settings"]
CAPTIONS = ["Photo: Troops at a checkpoint near the river in 2022", "(Photo by K. Diallo/AFP)",
            "File photo of a patrol leaving the base at dawn", "Image source, Getty Images",
            "Soldiers guard the bridge in January. Jane Roe/AFP via Getty Images"]
GLUED = ["Read full news in source page", " Share this article", "(Photo: AFP)", " Read more"]


def sentence(r):
    return f"{r.choice(WHO)} {r.choice(DID)} {r.choice(WHERE)} {r.choice(WHEN)}"


def news_text(mb: float, seed: int = 1) -> str:
    r = random.Random(seed)
    out, size, recent = [], 0, []
    target = int(mb * MB)
    while size < target:
        x = r.random()
        if x < 0.12:
            line = r.choice(RESIDUE)
        elif x < 0.17:
            line = r.choice(CAPTIONS)
        elif x < 0.22 and recent:
            line = r.choice(recent)  # syndicated pages repeat paragraphs
        elif x < 0.225:
            line = " ".join(sentence(r) for _ in range(r.randint(100, 400)))  # a page with no paragraph breaks
        else:
            line = " ".join(sentence(r) for _ in range(r.randint(1, 4)))
            if r.random() < 0.08:
                line += r.choice(GLUED)
            recent = (recent + [line])[-30:]
        out.append(line)
        out.append("\n" if r.random() < 0.3 else "\n\n")
        size += len(line) + 2
    return "".join(out)


# --- measuring -------------------------------------------------------------------------------


def timed(fn, *args):
    t0 = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - t0, result


def machine() -> str:
    return describe(load=False)


def pathological(mb: float, seed: int):
    r = random.Random(seed)
    hostile = '.!?"”’)]»([|:-©@*\\ '
    words = [".", " ", "read", "more", "©", "share", "(", "photo", ":", "all rights reserved", "»", "Follow @", "—"]
    one_line = news_text(mb, seed).replace("\n", " ")
    return [
        ("one line, no newline", lambda f: one_line[: int(len(one_line) * f)]),
        ("blank lines", lambda f: "Troops left the camp.\n" + "\n" * int(5_000_000 * f) + "Share this article"),
        ("1 MB of '.'", lambda f: "." * int(MB * f)),
        ("1 MB of 'a'", lambda f: "a" * int(MB * f)),
        ("1 MB of '('", lambda f: "(" * int(MB * f)),
        ("'all rights reserved' + 1 MB of '.'", lambda f: "all rights reserved" + "." * int(MB * f)),
        ("'.©' + 1 MB of '.' + 'x'", lambda f: ".©" + "." * int(MB * f) + "x"),
        ("1 MB of hostile characters", lambda f: "".join(r.choice(hostile) for _ in range(int(MB * f)))),
        ("1 MB of hostile words, 200-char lines",
         lambda f: "\n".join("".join(r.choice(words) for _ in range(60)) for _ in range(int(MB * f) // 200))),
    ]


def growth(small, big, ratio):
    return (big / small) / ratio if small > 0 else float("nan")


def ingest_checks():
    """What ingest runs on hostile input: time at n and 2n characters (old forms: benchmarks/ingest_hostile.py)."""
    from footprint.ingest import base, html, markdown

    cases = [
        ("normalize: plain text (per MB)", lambda n: base.normalize("Troops left the camp. " * (n // 22)), 2_000_000),
        ("_MD_LINK: '[a](http://' + n×'x'", lambda n: base.normalize("[a](http://" + "x" * n), 400_000),
        ("markdown _HEADING: '# a' + n×'#' + 'b'", lambda n: markdown.plain("# a" + "#" * n + "b"), 400_000),
        ("markdown _EMPHASIS: n/4 × '**a '", lambda n: markdown.plain("**a " * (n // 4)), 400_000),
        ("html tag check: n/2 × '<a'", lambda n: html.has_markup("<a" * (n // 2)), 400_000),
        ("html <title> search: n/7 × '<title>'", lambda n: html.title_markup("<title>" * (n // 7)), 400_000),
        ("html meta charset: n/6 × '<meta '", lambda n: html.declared_charset(b"<meta " * (n // 6)), 400_000),
    ]
    print("\nIngest regexes on hostile input (time at n and 2n; growth ≈ 1 linear, ≈ 2 quadratic)")
    print(f"{'input':48} {'n':>9} {'t(n) s':>9} {'t(2n) s':>9} {'growth':>7}")
    for name, fn, n in cases:
        t1, _ = timed(fn, n)
        t2, _ = timed(fn, 2 * n)
        print(f"{name:48} {n:>9,} {t1:>9.3f} {t2:>9.3f} {growth(t1, t2, 2):>7.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50.0, help="size of the news-like text (default 50)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--skip-ingest", action="store_true")
    args = ap.parse_args()

    print(f"Machine: {machine()}")
    clean.load_rules()
    current("warm up: builds the matcher")
    text = news_text(args.mb, args.seed)
    lines = text.count("\n") + 1
    print(f"News-like text: {len(text) / MB:.1f} MB, {lines:,} lines, longest {max(map(len, text.split(chr(10)))):,} chars")
    t_floor, _ = timed(lambda t: "\n".join(t.splitlines()), text)
    t_new, new = timed(current, text)
    t_ref, ref = timed(reference, text)
    if new != ref:
        raise SystemExit("the current matcher and the reference disagree on the news-like text")
    print(f"{'splitlines + join (floor)':34} {t_floor:8.2f} s")
    print(f"{'reference (previous algorithm)':34} {t_ref:8.2f} s  {len(text) / MB / t_ref:7.1f} MB/s")
    print(f"{'current':34} {t_new:8.2f} s  {len(text) / MB / t_new:7.1f} MB/s")
    print(f"speed-up: {t_ref / t_new:.1f}×  (same {len(new):,} segments)")

    print("\nPathological inputs (small = quarter size; growth ≈ 1 means linear)")
    print(f"{'input':42} {'size MB':>8} {'new s':>8} {'growth':>7} {'ref s':>8} {'growth':>7}")
    for name, make in pathological(args.mb, args.seed):
        small, big = make(0.25), make(1.0)
        ratio = len(big) / max(1, len(small))
        tn_s, a = timed(current, small)
        tn_b, b = timed(current, big)
        tr_s, c = timed(reference, small)
        tr_b, d = timed(reference, big)
        if (a, b) != (c, d):
            raise SystemExit(f"{name}: the current matcher and the reference disagree")
        print(f"{name:42} {len(big) / MB:8.1f} {tn_b:8.3f} {growth(tn_s, tn_b, ratio):7.2f} "
              f"{tr_b:8.3f} {growth(tr_s, tr_b, ratio):7.2f}")
    if not args.skip_ingest:
        ingest_checks()


if __name__ == "__main__":
    main()
