"""Dev tool: the temporal tagger's mismatches on a TimeML folder, grouped by category.

    .venv/bin/python benchmarks/timex_errors.py ../shared/eval/tempeval3 [--subset TimeBank] [--show N] [--cat wrong-value]

Prints counts per category (missed, spurious, wrong type, wrong value by
expression shape) and a few examples of each to the terminal only; nothing
is written into the repository.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from footprint.dates import tag
from footprint.dates.lexicon import WEEKDAY_ANYCASE
from footprint.eval.timex import _clean, align, iter_tml, read_tml


def shape(text: str) -> str:
    """A coarse shape of an expression: digits -> 9, words kept when temporal."""
    t = text.lower()
    t = re.sub(r"\d", "9", t)
    t = re.sub(r"\b(january|february|march|april|may|june|july|august|september|october|november|december)\b", "MONTH", t)
    t = re.sub(r"\b" + WEEKDAY_ANYCASE + r"\b", "WD", t)
    return t


def value_kind(v: str) -> str:
    for rx, k in ((r"^\d{4}-\d\d-\d\d$", "day"), (r"^\d{4}-\d\d-\d\dT", "time"), (r"^\d{4}-W\d\d", "week"),
                  (r"^\d{4}-\d\d$", "month"), (r"^\d{4}-Q\d$", "quarter"), (r"^\d{4}$", "year"),
                  (r"^P", "duration"), (r"_REF$", "ref"), (r"^X", "unanchored"), (r"^\d{3}$", "decade")):
        if re.match(rx, v):
            return k
    return "other"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("root", type=Path)
    ap.add_argument("--subset")
    ap.add_argument("--show", type=int, default=4)
    ap.add_argument("--cat")
    ap.add_argument("--context", action="store_true")
    args = ap.parse_args()
    cats: dict[str, list] = defaultdict(list)
    for path in iter_tml(args.root):
        if args.subset and args.subset not in path.parts:
            continue
        doc = read_tml(path)
        system = list(tag(doc.text, doc.dct).timexes)
        gold = [g for g in doc.timexes if g.text.strip()]
        pairs = align([_clean(g.start, g.end, doc.text) for g in gold], [_clean(t.start, t.end, doc.text) for t in system])
        rows = []
        for gi, g in enumerate(gold):
            si = pairs.get(gi)
            if si is None:
                rows.append((f"missed {g.type}", g.start, g.text, g.value, "", ""))
                continue
            t = system[si]
            if t.type != g.type:
                rows.append((f"type {g.type}->{t.type}", g.start, g.text, g.value, t.text, f"{t.type} {t.value}"))
            elif t.value != g.value:
                rows.append((f"value {value_kind(g.value)}->{value_kind(t.value)}", g.start, g.text, g.value, t.text,
                             f"{t.type} {t.value}"))
        for si, t in enumerate(system):
            if si not in set(pairs.values()):
                rows.append((f"spurious {t.type}", t.start, "", "", t.text, f"{t.type} {t.value}"))
        for cat, pos, gtext, gval, stext, sys_ in rows:
            ctx = doc.text[max(0, pos - 80): pos + 60].replace("\n", " ") if args.context else ""
            cats[cat].append((path.name, (doc.dct or "")[:10], gtext, gval, stext, sys_, ctx))
    total = Counter({k: len(v) for k, v in cats.items()})
    for cat, n in total.most_common():
        if args.cat and not cat.startswith(args.cat):
            continue
        print(f"\n== {cat}: {n}")
        shapes = Counter(shape(x[2] or x[4]) for x in cats[cat])
        print("   shapes:", ", ".join(f"{s!r}×{k}" for s, k in shapes.most_common(8)))
        for name, dct, gtext, gval, stext, sys_, ctx in cats[cat][: args.show]:
            print(f"   {name} dct={dct} gold={gtext!r}:{gval} sys={stext!r}:{sys_}")
            if ctx:
                print(f"      … {ctx} …")


if __name__ == "__main__":
    main()
