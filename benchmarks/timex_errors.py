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
from footprint.eval.timex import iter_tml, read_tml, score_doc


def shape(text: str) -> str:
    """A coarse shape of an expression: digits -> 9, words kept when temporal."""
    t = text.lower()
    t = re.sub(r"\d", "9", t)
    t = re.sub(r"\b(january|february|march|april|may|june|july|august|september|october|november|december)\b", "MONTH", t)
    t = re.sub(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", "WD", t)
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
        c = score_doc(doc, system)
        for kind, p, gtext, gtype, gval, stext, sys_ in c.errors:
            if kind == "wrong":
                stype, sval = sys_.split(" ", 1)
                if stype != gtype:
                    cat = f"type {gtype}->{stype}"
                else:
                    cat = f"value {value_kind(gval)}->{value_kind(sval)}"
            elif kind == "missed":
                cat = f"missed {gtype}"
            else:
                cat = f"spurious {sys_.split()[0]}"
            ctx = ""
            if args.context:
                i = doc.text.find(gtext or stext)
                ctx = doc.text[max(0, i - 70): i + 50].replace("\n", " ")
            cats[cat].append((Path(p).name, doc.dct, gtext, gval, stext, sys_, ctx))
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
