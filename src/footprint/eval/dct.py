"""How well the report date is inferred when metadata has none (``footprint eval dct``).

Each document with a known creation date is read with that date hidden: the
tagger infers bounds from the text alone (``dates.anchor.infer``) and they are
scored against the true date:

- coverage: share of documents given an inferred date at all;
- bounds hold: ``not_before <= true <= not_after`` (an open ``not_after``
  holds), over all documents (no inference counts as not holding);
- anchor error: days between the working anchor and the true date; the median
  is over covered documents, the shares within 7 / 31 / 365 days over all;
- for TimeML files, value F1 of the timex tagger grounded on the inferred
  anchor next to the same with the true date: what a wrong inference costs.

Sources: a folder (or file) of TimeML ``.tml`` files, one row per top-level
subfolder, or a reports gold file (``reports-gold.json``) whose documents carry
``published`` in their front matter, one row per split. Held-out splits are
only ever shown as totals; per-document rows (``errors``) are given for
development groups only.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import EvalError
# score_rows: one row per group from anything with ``scores()``, as for ``eval timex``
from .timex import Counts, iter_tml, read_tml, score_doc, score_rows

#: TimeML groups whose documents may be listed one by one besides the ``dev*`` ones; every other group
#: (held-out, AQUAINT) is read as a total only.
_TUNE_GROUPS_TIMEML = ("TimeBank",)


def listable(group: str) -> bool:
    """Whether a group's documents may be shown one by one (development data, TimeBank)."""
    return group in _TUNE_GROUPS_TIMEML or group.startswith("dev")


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


@dataclass(frozen=True)
class DocResult:
    group: str
    name: str
    true: date
    value: date | None
    not_before: date | None
    not_after: date | None
    reason: str = ""

    @property
    def holds(self) -> bool:
        if self.not_before is None:
            return False
        return self.not_before <= self.true and (self.not_after is None or self.true <= self.not_after)

    @property
    def error_days(self) -> int | None:
        return None if self.value is None else abs((self.value - self.true).days)

    def row(self) -> dict:
        return {"set": self.group, "doc": self.name, "true": self.true.isoformat(),
                "inferred": self.value.isoformat() if self.value else "", "error_days": self.error_days,
                "holds": self.holds, "reason": self.reason}


@dataclass
class Tally:
    results: list[DocResult] = field(default_factory=list)
    timex_docs: int = 0
    inferred_value: Counts = field(default_factory=Counts)  # timex counts with the inferred anchor
    true_value: Counts = field(default_factory=Counts)  # timex counts with the true date

    def scores(self) -> dict:
        n = len(self.results)
        errs = [r.error_days for r in self.results if r.error_days is not None]

        def share(k: int) -> float:
            return sum(e <= k for e in errs) / n if n else 0.0

        row = {"docs": n, "coverage": len(errs) / n if n else 0.0,
               "bounds_hold": sum(r.holds for r in self.results) / n if n else 0.0,
               "median_error_days": float(statistics.median(errs)) if errs else None,
               "within_7": share(7), "within_31": share(31), "within_365": share(365)}
        if self.timex_docs:
            row["value_f1_inferred"] = self.inferred_value.scores()["value_f1"]
            row["value_f1_true"] = self.true_value.scores()["value_f1"]
        return row


def hidden_result(group: str, name: str, text: str, true: date):
    """(``DocResult`` of the date inferred from ``text`` alone, the timexes tagged on that inference)."""
    from ..dates import tag

    tagged = tag(text, None)
    inf = tagged.inferred
    if inf is None:
        return DocResult(group, name, true, None, None, None), list(tagged.timexes)
    res = DocResult(group, name, true, _day(inf.value), _day(inf.not_before), _day(inf.not_after), inf.reason)
    return res, list(tagged.timexes)


def _timeml_items(root: Path):
    for path in iter_tml(root):
        doc = read_tml(path)
        true = _day(doc.dct)
        if true is None:
            continue
        rel = path.relative_to(root).parts if root.is_dir() else (path.name,)
        # a group folder named itself keeps its name (so TimeBank alone is still TimeBank)
        group = rel[0] if len(rel) > 1 else (root.name if root.is_dir() else root.parent.name)
        yield group, path.stem, doc.text, true, doc


def _report_items(gold_path: Path):
    from .events import load_gold, read_document

    # the same reader as ``eval events``: size limit, nesting depth and each document entry checked
    kind, gold = load_gold(gold_path)
    docs = gold.get("documents") if kind == "facts" else None
    if not isinstance(docs, dict) or not docs:
        raise EvalError("no documents listed in the reports gold", source=str(gold_path))
    base = gold_path.parent / str(gold.get("docs_dir") or ".")
    for name, info in docs.items():  # each a mapping: load_gold checked it
        split = info.get("split") or "dev"
        doc = read_document(base / name)
        true = _day(doc.published) if not doc.published_inferred else None
        if true is None:
            continue
        yield split, name, doc.text, true, None


def evaluate(source: Path) -> dict[str, Tally]:
    """A ``Tally`` per group and in total (key "all") for a TimeML folder/file or a reports gold JSON file."""
    from ..dates import tag

    source = Path(source)
    if not source.exists():
        raise EvalError("evaluation data not found", source=str(source))
    items = _report_items(source) if source.is_file() and source.suffix == ".json" else _timeml_items(source)
    out: dict[str, Tally] = {}
    total = Tally()
    for group, name, text, true, tml in items:
        res, timexes = hidden_result(group, name, text, true)
        for t in (out.setdefault(group, Tally()), total):
            t.results.append(res)
        if tml is not None:
            hidden = score_doc(tml, timexes)
            known = score_doc(tml, list(tag(text, true).timexes))
            for t in (out[group], total):
                t.timex_docs += 1
                t.inferred_value.add(hidden)
                t.true_value.add(known)
    if not total.results:
        raise EvalError("no document with a known creation date", source=str(source))
    out["all"] = total
    return out


def error_rows(results: dict[str, Tally]) -> list[dict]:
    """Per-document rows of development groups only, the worst first; held-out groups are never listed."""
    rows = [r for name, t in results.items() if name != "all" and listable(name) for r in t.results]
    rows.sort(key=lambda r: (r.error_days is not None, -(r.error_days or 0)))
    return [r.row() for r in rows]


__all__ = ["DocResult", "Tally", "evaluate", "score_rows", "error_rows", "listable", "hidden_result"]
