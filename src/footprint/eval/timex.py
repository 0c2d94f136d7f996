"""TempEval-3 style scoring of the temporal tagger on TimeML (.tml) files.

Gold: every TIMEX3 inside <TEXT> (the document creation time, in <DCT>, is the
anchor and not scored). The TempEval-3 scorer (``evaluate_entities.py``)
compares gold and system timexes that carry the same id, after its
normaliser gave each system timex the id of a gold one it overlaps; so
matching is one-to-one. Here, on character spans of the raw text: each system
timex is linked to the gold one it overlaps most (the first on a tie), each
gold timex keeps the linked system timex that overlaps it most, and a system
timex left over counts as unmatched. Relaxed match = such a pair (any
overlap); strict = the two tagged strings are equal as written, spaces
included. A timex with blank text counts in the totals but is never paired,
as there. Checked against the official scorer on TimeBank + AQUAINT with
``--write-tml`` output: the same counts (docs/time.md). Precision and recall are
micro-averaged over all files; type and value accuracy are over the relaxed
matches (per gold timex), and attribute F1 = accuracy x relaxed F1, exactly
as ``get_performance`` there computes them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EvalError
from ..model import Timex

_TAG_HEAD = re.compile(r"<(/?)([A-Za-z0-9_]+)")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
MAX_TML_BYTES = 10 * 2**20  # a TimeML news file is a few KB


def _tokens(raw: str, start: int, end: int) -> Iterator[tuple[str | None, str | None, str | None, str | None]]:
    """(closing, name, attributes, None) for each tag ``<name …>`` and (None, None, None, text) for the
    text between, in ``raw[start:end]``; a "<" that opens no tag is dropped (as a regex ``<name[^>]*>|[^<]+``
    tokenizes). One pass: once no ">" is left it is not searched for again, where that regex rescans the
    rest from every "<" with no ">" after it (35 s on a hostile 120 KB file)."""
    gt = -2  # the last ">" found (-2: none looked up yet; -1: none is left before ``end``)
    pos = start
    while pos < end:
        if raw[pos] != "<":
            lt = raw.find("<", pos, end)
            lt = end if lt < 0 else lt
            yield None, None, None, raw[pos:lt]
            pos = lt
            continue
        head = _TAG_HEAD.match(raw, pos, end)
        if head is not None and gt != -1:
            if gt < head.end():
                gt = raw.find(">", head.end(), end)
            if gt >= 0:
                yield head.group(1), head.group(2), raw[head.end():gt], None
                pos = gt + 1
                continue
        pos += 1


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str = ""


@dataclass(frozen=True)
class TimeMLDoc:
    path: str
    dct: str | None
    text: str
    timexes: tuple[GoldTimex, ...]


def read_tml(path: Path) -> TimeMLDoc:
    """The raw TEXT of a TimeML file, its gold TIMEX3 spans and its creation time."""
    from ..ingest import read_limited, strict_text  # here, as in eval.events: ingest loads every report reader

    data = read_limited(path, MAX_TML_BYTES, error=EvalError)  # a pipe or a device is refused, never read to its end
    # newlines as text mode reads them: the offsets of the TEXT are those of its "\n" lines
    raw = strict_text(data, str(path), max_bytes=MAX_TML_BYTES, error=EvalError).replace("\r\n", "\n").replace("\r", "\n")
    dct = None
    for closing, name, attrs, _ in _tokens(raw, 0, len(raw)):
        a = dict(_ATTR.findall(attrs)) if name == "TIMEX3" and not closing else {}
        if a.get("functionInDocument") == "CREATION_TIME":
            dct = a.get("value")
            break
    # the first <TEXT> to its first </TEXT>, found by position: a lazy regex rescans the rest from each of
    # many unclosed "<TEXT>" (17 s on a hostile 120 KB file)
    open_at = raw.find("<TEXT>")
    close_at = raw.find("</TEXT>", open_at + 6) if open_at >= 0 else -1
    if close_at < 0:
        raise EvalError("no <TEXT> element", source=str(path))
    out: list[str] = []
    pos = 0
    open_: list[tuple[int, dict]] = []
    gold: list[GoldTimex] = []
    for closing, name, attrs, chars in _tokens(raw, open_at + 6, close_at):
        if chars is not None:
            s = html.unescape(chars)
            out.append(s)
            pos += len(s)
        elif name == "TIMEX3":
            if closing:
                if not open_:
                    raise EvalError("unbalanced </TIMEX3>", source=str(path))
                start, a = open_.pop()
                text = "".join(out)[start:pos]
                gold.append(GoldTimex(start, pos, text, a.get("type", ""), a.get("value", ""), a.get("tid", "")))
            else:
                open_.append((pos, dict(_ATTR.findall(attrs))))
    if open_:
        raise EvalError(f"unclosed <TIMEX3> ({len(open_)} left open)", source=str(path))
    return TimeMLDoc(str(path), dct, "".join(out), tuple(gold))


def iter_tml(root: Path) -> Iterator[Path]:
    if root.is_file():
        yield root
        return
    if not root.is_dir():
        raise EvalError("not a folder of TimeML files", source=str(root))
    yield from sorted(p for p in root.rglob("*.tml") if p.is_file())


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict_p: int = 0
    relaxed_p: int = 0
    strict_r: int = 0
    relaxed_r: int = 0
    type_ok: int = 0
    value_ok: int = 0
    docs: int = 0
    errors: list = field(default_factory=list)

    def add(self, other: "Counts") -> None:
        for k in ("gold", "system", "strict_p", "relaxed_p", "strict_r", "relaxed_r", "type_ok", "value_ok", "docs"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        self.errors.extend(other.errors)

    def scores(self) -> dict[str, float | int]:
        def f1(p: float, r: float) -> float:
            return 0.0 if p + r == 0 else 2 * p * r / (p + r)

        sp = self.strict_p / self.system if self.system else 0.0
        rp = self.relaxed_p / self.system if self.system else 0.0
        sr = self.strict_r / self.gold if self.gold else 0.0
        rr = self.relaxed_r / self.gold if self.gold else 0.0
        rf = f1(rp, rr)
        tacc = self.type_ok / self.relaxed_r if self.relaxed_r else 0.0
        vacc = self.value_ok / self.relaxed_r if self.relaxed_r else 0.0
        return {
            "docs": self.docs, "gold": self.gold, "system": self.system,
            "strict_p": sp, "strict_r": sr, "strict_f1": f1(sp, sr),
            "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
            "type_accuracy": tacc, "value_accuracy": vacc,
            "type_f1": tacc * rf, "value_f1": vacc * rf,
        }


def _clean(s: int, e: int, text: str) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def align(gspans: list[tuple[int, int]], sspans: list[tuple[int, int]]) -> dict[int, int]:
    """One-to-one pairs gold index -> system index, as the reference scorer's id matching makes them."""
    def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
        return min(a[1], b[1]) - max(a[0], b[0])

    claims: dict[int, list[int]] = {}
    for si, ss in enumerate(sspans):
        best = max(((overlap(gs, ss), -gi) for gi, gs in enumerate(gspans) if overlap(gs, ss) > 0), default=None)
        if best is not None:
            claims.setdefault(-best[1], []).append(si)
    return {gi: max(sis, key=lambda si: (overlap(gspans[gi], sspans[si]), -si)) for gi, sis in claims.items()}


def pair_doc(doc: TimeMLDoc, system: list[Timex]) -> dict[int, int]:
    """Gold index -> system index over all of ``doc.timexes`` and ``system``; a timex
    whose text is blank is never paired (the reference scorer skips it, yet counts it)."""
    gi_of = [gi for gi, g in enumerate(doc.timexes) if g.text.strip()]
    si_of = [si for si, t in enumerate(system) if t.text.strip()]
    gspans = [_clean(doc.timexes[gi].start, doc.timexes[gi].end, doc.text) for gi in gi_of]
    sspans = [_clean(system[si].start, system[si].end, doc.text) for si in si_of]
    return {gi_of[g]: si_of[s] for g, s in align(gspans, sspans).items()}


def score_doc(doc: TimeMLDoc, system: list[Timex], pairs: dict[int, int] | None = None) -> Counts:
    """Counts for one document; ``pairs`` (from ``pair_doc``) when the caller already has them."""
    c = Counts(docs=1)
    gold = list(doc.timexes)
    c.gold = len(gold)
    c.system = len(system)
    if pairs is None:
        pairs = pair_doc(doc, system)
    for gi, g in enumerate(gold):
        si = pairs.get(gi)
        if si is None:
            c.errors.append(("missed", doc.path, g.text, g.type, g.value, "", ""))
            continue
        best = system[si]
        c.relaxed_r += 1
        c.relaxed_p += 1
        # the reference compares the two tagged strings as written, spaces included
        strict = doc.text[best.start:best.end] == doc.text[g.start:g.end]
        c.strict_r += strict
        c.strict_p += strict
        c.type_ok += best.type == g.type
        c.value_ok += best.value == g.value
        if best.value != g.value or best.type != g.type:
            c.errors.append(("wrong", doc.path, g.text, g.type, g.value, best.text, f"{best.type} {best.value}"))
    matched = set(pairs.values())
    for si, t in enumerate(system):
        if si not in matched:
            c.errors.append(("spurious", doc.path, "", "", "", t.text, f"{t.type} {t.value}"))
    return c


def system_tids(doc: TimeMLDoc, system: list[Timex], pairs: dict[int, int]) -> dict[int, str]:
    """An id for each system timex: the paired gold timex's tid, as the TempEval-3 normaliser
    sets it, else a tN above every gold tid (so an unpaired one can never share a gold id)."""
    nums = [int(g.tid[1:]) for g in doc.timexes if re.fullmatch(r"t\d+", g.tid)]
    taken = {g.tid for g in doc.timexes}
    out = {si: doc.timexes[gi].tid for gi, si in pairs.items() if doc.timexes[gi].tid}
    n = max(nums, default=0)
    for si in range(len(system)):
        if si not in out:
            n += 1
            while f"t{n}" in taken:
                n += 1
            out[si] = f"t{n}"
    return out


def write_system_tml(doc: TimeMLDoc, system: list[Timex], path: Path, pairs: dict[int, int] | None = None) -> None:
    """The system's timexes as a TimeML file the official scorer reads beside the gold one; ``pairs`` (from
    ``pair_doc``) when the caller already has them."""
    from ..dates.timeml import to_timeml

    if pairs is None:
        pairs = pair_doc(doc, system)
    tml = to_timeml(doc.text, system, dct=doc.dct, docid=Path(doc.path).stem,
                    tids=system_tids(doc, system, pairs), source=doc.path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(tml, encoding="utf-8")
    except OSError as exc:
        raise EvalError(f"cannot write TimeML: {exc}", source=str(path)) from exc


def evaluate(root: Path, *, tagger=None, write_tml: Path | None = None) -> dict[str, Counts]:
    """Counts per top-level subfolder of ``root`` and in total (key "all"); with ``write_tml``
    the system output is also written there as TimeML, mirroring the folders under ``root``."""
    from ..dates import tag

    tagger = tagger or (lambda text, dct: list(tag(text, dct).timexes))
    root = Path(root)
    if not root.exists():
        raise EvalError("evaluation data not found", source=str(root))
    if write_tml is not None:
        w, r = Path(write_tml).resolve(), root.resolve()
        if w == r or r in w.parents or (root.is_file() and w == r.parent):
            raise EvalError("the output folder must lie outside the gold data", source=str(write_tml))
    out: dict[str, Counts] = {}
    total = Counts()
    for path in iter_tml(root):
        doc = read_tml(path)
        rel = path.relative_to(root).parts if root.is_dir() else (path.name,)
        group = rel[0] if len(rel) > 1 else "."
        system = tagger(doc.text, doc.dct)
        pairs = pair_doc(doc, system)  # once: the scores and the written ids share it
        c = score_doc(doc, system, pairs)
        if write_tml is not None:
            write_system_tml(doc, system, Path(write_tml).joinpath(*rel), pairs)
        out.setdefault(group, Counts()).add(c)
        total.add(c)
    if total.docs == 0:
        raise EvalError("no .tml files", source=str(root))
    out["all"] = total
    return out


def score_rows(results: dict[str, Counts]) -> list[dict]:
    """One row per subfolder and a total, scores rounded for display."""
    rows = []
    for name, c in results.items():
        row = {"set": name}
        for k, v in c.scores().items():
            row[k] = round(v, 4) if isinstance(v, float) else v
        rows.append(row)
    return rows
