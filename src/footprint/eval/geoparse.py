"""Scores geoparsing the way EUPEG does, beside the other tools' outputs.

Reads a corpus folder (or one file):

* GeoWebNews XML (``<article><text>…</text><toponyms><toponym><start>…<latitude>…``),
* LGL / TR-News XML (``<toponym><start/><end/><phrase/><gaztag geonameid><lat/><lon/>``),
* EUPEG gold lines (``gold.txt``): one line per article, toponyms joined by ``||``,
  fields by ``,,``: ``name,,text,,lat,,lon,,start,,end``. When present it is the gold;
  otherwise the XML toponyms that carry coordinates are.
* ``baselines/*.txt``: other tools' outputs in the gold-line format, scored alike.

Matching (EUPEG): a system toponym matches an unused gold toponym with the same
surface string whose span midpoint is less than 10 characters away. Recognition:
precision, recall, F1. Resolution, over the matched pairs: acc@161 km, mean and
median error (km), and AUC of the error curve (area under the sorted
log(1 + error) curve scaled by log(20039), lower is better). A matched toponym
without coordinates counts as an error of 20039 km.
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Iterable

from ..errors import EvalError
from ..geo import distance_km

MAX_ERROR_KM = 20039.0
MAX_FILE_BYTES = 64 * 2**20  # GeoWebNews, LGL and TR-News are a few MB each


@dataclass(frozen=True)
class Toponym:
    text: str
    start: int
    end: int
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class Corpus:
    name: str
    texts: tuple[str, ...]
    gold: tuple[tuple[Toponym, ...], ...]
    baselines: dict[str, tuple[tuple[Toponym, ...], ...]]


@dataclass(frozen=True)
class Score:
    tool: str
    precision: float
    recall: float
    f1: float
    acc161: float
    auc: float
    mean_km: float
    median_km: float
    matched: int
    predicted: int
    gold: int

    def row(self) -> dict:
        d = asdict(self)
        for k in ("precision", "recall", "f1", "acc161", "auc"):
            d[k] = round(d[k], 3)
        d["mean_km"] = round(d["mean_km"], 1)
        d["median_km"] = round(d["median_km"], 1)
        return d


def _read(path: Path) -> str:
    """The text of one corpus, gold or baseline file, or one EvalError naming it (missing, a folder, a
    pipe with no writer, a device, over the limit, empty, binary, not UTF-8). Newlines are kept as
    written: the XML parser folds CR/CRLF itself and gold lines are split by ``splitlines``."""
    from ..ingest import read_limited, strict_text  # here, as in eval.timex: ingest loads every report reader

    data = read_limited(path, MAX_FILE_BYTES, error=EvalError)  # a pipe or a device is never read to its end
    return strict_text(data, str(path), max_bytes=MAX_FILE_BYTES, error=EvalError)


def _float(v: str | None) -> float | None:
    try:
        f = float(v) if v not in (None, "") else None
    except ValueError:
        return None
    return f if f is not None and math.isfinite(f) else None


def parse_gold_lines(text: str, source: str = "gold") -> tuple[tuple[Toponym, ...], ...]:
    docs = []
    for ln, line in enumerate(text.splitlines(), 1):
        items = []
        for part in line.split("||"):
            if not part.strip():
                continue
            fields = part.rsplit(",,", 5)
            if len(fields) != 6:
                raise EvalError(f"line {ln}: toponym {part[:40]!r} has {len(fields)} fields, expected 6", source=source)
            _, surface, lat, lon, s, e = fields
            try:
                start, end = int(s), int(e)
            except ValueError:
                raise EvalError(f"line {ln}: bad offsets in {part[:40]!r}", source=source) from None
            items.append(Toponym(surface, start, end, _float(lat), _float(lon)))
        docs.append(tuple(items))
    return tuple(docs)


def parse_xml(text: str, source: str = "xml") -> tuple[tuple[str, ...], tuple[tuple[Toponym, ...], ...]]:
    """Texts and coordinate-bearing toponyms of a GeoWebNews, LGL or TR-News file."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise EvalError(f"malformed XML ({exc})", source=source) from exc
    texts, gold = [], []
    for art in root.iter("article"):
        body = art.findtext("text")
        if body is None:
            raise EvalError("an article has no <text>", source=source)
        items = []
        for t in art.iter("toponym"):
            try:
                start, end = int(t.findtext("start")), int(t.findtext("end"))
            except (TypeError, ValueError):
                raise EvalError("a toponym has no integer <start>/<end>", source=source) from None
            gaz = t.find("gaztag")
            if gaz is not None:  # LGL / TR-News
                lat, lon = _float(gaz.findtext("lat")), _float(gaz.findtext("lon"))
                surface = t.findtext("phrase") or body[start:end]
            else:  # GeoWebNews: only toponyms with a GeoNames id are gold (as in EUPEG)
                if not (t.findtext("geonamesID") or "").strip():
                    continue
                lat, lon = _float(t.findtext("latitude")), _float(t.findtext("longitude"))
                surface = t.findtext("extractedName") or body[start:end]
            if lat is None or lon is None:
                continue
            items.append(Toponym(surface, start, end, lat, lon))
        texts.append(body)
        gold.append(tuple(items))
    if not texts:
        raise EvalError("no <article> elements", source=source)
    return tuple(texts), tuple(gold)


def load_corpus(path: Path | str) -> Corpus:
    path = Path(path)
    if not path.exists():
        raise EvalError("not found", source=str(path))
    if not path.is_dir():  # a file, or a pipe or device that _read refuses by name
        xml_files, folder = [path], path.parent
    else:
        xml_files, folder = sorted(path.glob("*.xml")), path
        if not xml_files:
            raise EvalError("no XML corpus file in the folder", source=str(path))
    if len(xml_files) > 1:
        raise EvalError(f"several XML files ({', '.join(f.name for f in xml_files)}); name one", source=str(path))
    texts, gold = parse_xml(_read(xml_files[0]), str(xml_files[0]))
    gold_file = folder / "gold.txt"
    if gold_file.exists() and path.is_dir():
        gold = parse_gold_lines(_read(gold_file), str(gold_file))
        if len(gold) != len(texts):
            raise EvalError(f"{len(gold)} gold lines for {len(texts)} articles", source=str(gold_file))
    baselines = {}
    for f in sorted((folder / "baselines").glob("*.txt")) if path.is_dir() else []:
        docs = parse_gold_lines(_read(f), str(f))
        if len(docs) != len(texts):
            raise EvalError(f"{len(docs)} lines for {len(texts)} articles", source=str(f))
        baselines[f.stem] = docs
    return Corpus(path.name if path.is_dir() else path.stem, texts, gold, baselines)


def score(tool: str, gold: Iterable[tuple[Toponym, ...]], system: Iterable[tuple[Toponym, ...]]) -> Score:
    tp = fp = fn = 0
    errors: list[float] = []
    for g, s in zip(gold, system, strict=True):
        used: set[int] = set()
        for t in s:
            mid = (t.start + t.end) / 2
            hit = None
            for k, gt in enumerate(g):
                if k not in used and gt.text == t.text and abs((gt.start + gt.end) / 2 - mid) < 10:
                    hit = k
                    break
            if hit is None:
                fp += 1
                continue
            used.add(hit)
            tp += 1
            gt = g[hit]
            if t.lat is None or t.lon is None:
                errors.append(MAX_ERROR_KM)
            else:
                errors.append(distance_km(t.lat, t.lon, gt.lat, gt.lon))
        fn += len(g) - len(used)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = sum(e < 161 for e in errors) / len(errors) if errors else 0.0
    return Score(
        tool, p, r, f1, acc, auc(errors), statistics.mean(errors) if errors else 0.0,
        statistics.median(errors) if errors else 0.0, tp, tp + fp, tp + fn,
    )


def auc(errors: list[float]) -> float:
    """Area under the sorted, log-scaled error curve (0 = perfect, 1 = worst)."""
    if len(errors) < 2:
        return 0.0 if not errors else math.log(errors[0] + 1) / math.log(MAX_ERROR_KM)
    ys = sorted(math.log(e + 1) for e in errors)
    area = sum((a + b) / 2 for a, b in zip(ys, ys[1:]))
    return area / (math.log(MAX_ERROR_KM) * (len(ys) - 1))


#: mention kinds that count as toponyms in these corpora (their gold includes
#: metonyms, adjectival modifiers and names inside other names)
EVAL_KINDS = frozenset({"literal", "metonymic", "demonym", "embedded"})


def footprint_output(texts: Iterable[str], parse: Callable | None = None) -> tuple[tuple[Toponym, ...], ...]:
    if parse is None:
        from ..places import geoparse_many as parse
    out = []
    for text, mentions in zip(texts, parse(list(texts))):
        out.append(
            tuple(
                Toponym(m.text, m.start, m.end, m.place.lat, m.place.lon)
                for m in mentions
                if m.kind in EVAL_KINDS and m.place is not None and m.place.lat is not None
            )
        )
    return tuple(out)


def evaluate(path: Path | str, *, parse: Callable | None = None) -> tuple[Corpus, list[Score]]:
    """Footprint's score first, then every baseline's, best F1 first."""
    corpus = load_corpus(path)
    ours = score("Footprint", corpus.gold, footprint_output(corpus.texts, parse))
    others = sorted((score(name, corpus.gold, docs) for name, docs in corpus.baselines.items()), key=lambda s: -s.f1)
    return corpus, [ours, *others]
