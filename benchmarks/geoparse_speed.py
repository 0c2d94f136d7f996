"""Cost of the places stage: bare nlp.pipe vs the same pipeline with places, one run.

    python benchmarks/geoparse_speed.py [CORPUS.xml] [--repeat N]

Default corpus: ../shared/eval/geowebnews/GWN.xml (texts only). Prints docs/s
of both and the ratio; the places stage must add at most 25%.
"""

from __future__ import annotations

import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from footprint import nlp as nlp_mod
from footprint.config import Settings
from footprint.places import PlacesComponent
from footprint.places.gazetteer import open_default


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    corpus = Path(args[0]) if args else Path(__file__).resolve().parents[2] / "shared" / "eval" / "geowebnews" / "GWN.xml"
    texts = [a.findtext("text") or "" for a in ET.parse(corpus).getroot().iter("article")]
    gaz = open_default()  # build or open outside the timing
    nlp = nlp_mod.load_base(Settings.from_env().pipeline)
    nlp_mod.register_extensions()
    places = PlacesComponent(gaz)
    list(nlp.pipe(texts[:10]))  # load the model's lazy parts; the gazetteer's name cache starts cold

    # the same docs go through the bare pipeline, then through the places stage,
    # so other load on the machine hits both alike within each document batch
    t_bare = t_places = 0.0
    for i in range(0, len(texts), 16):
        t = time.perf_counter()
        docs = [nlp_mod.prepare(d, {}) for d in nlp.pipe(texts[i : i + 16])]
        t_bare += time.perf_counter() - t
        t = time.perf_counter()
        for d in docs:
            places(d)
        t_places += time.perf_counter() - t
    chars = sum(map(len, texts))
    print(f"corpus: {corpus.name}, {len(texts)} docs, {chars} chars")
    print(f"bare nlp.pipe:    {t_bare:.2f} s  ({len(texts) / t_bare:.1f} docs/s)")
    print(f"with places:      {t_bare + t_places:.2f} s  ({len(texts) / (t_bare + t_places):.1f} docs/s)")
    print(f"places overhead:  {100 * t_places / t_bare:.1f}%")


if __name__ == "__main__":
    main()
