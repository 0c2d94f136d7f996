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
from footprint.places import FACTORY
from footprint.places.gazetteer import open_default


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    corpus = Path(args[0]) if args else Path(__file__).resolve().parents[2] / "shared" / "eval" / "geowebnews" / "GWN.xml"
    texts = [a.findtext("text") or "" for a in ET.parse(corpus).getroot().iter("article")]
    open_default()  # build or open outside the timing
    bare = nlp_mod.load_base(Settings.from_env().pipeline)
    full = nlp_mod.load_base(Settings.from_env().pipeline)
    nlp_mod.register_extensions()
    full.add_pipe(FACTORY, name="places")

    def run(nlp, docs) -> float:
        t = time.perf_counter()
        for doc in nlp.pipe((nlp_mod.prepare(nlp.make_doc(x), {}) for x in docs), batch_size=16):
            pass
        return time.perf_counter() - t

    run(bare, texts[:10])  # load the model's lazy parts; the gazetteer's name cache starts cold
    t_bare, t_full = run(bare, texts), run(full, texts)
    chars = sum(map(len, texts))
    print(f"corpus: {corpus.name}, {len(texts)} docs, {chars} chars")
    print(f"bare nlp.pipe:    {t_bare:.2f} s  ({len(texts) / t_bare:.1f} docs/s)")
    print(f"with places:      {t_full:.2f} s  ({len(texts) / t_full:.1f} docs/s)")
    print(f"places overhead:  {100 * (t_full / t_bare - 1):.1f}%")


if __name__ == "__main__":
    main()
