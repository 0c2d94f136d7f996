"""Scores the attribution stage on a gold JSONL file (format: ``data/dev-gold/README.md``).

Gold: one claim per reported or qualified statement, its cue span ("said", "according to", "denied",
"reportedly"), claimant, modality and evidence type. The stage gives one ``Attribution`` per reporting
clause (``fp_attribution_clauses``) and one per sentence (``fp_attributions``). Each clause record is a
system claim, its cue span the one the stage gives; a sentence record is one more when no clause stands
for it (no cue span of its own) and it has a claimant or a modality other than ``asserted``, its cue span
where its ``cue`` words stand in the sentence (none when it has no cue). A system claim's span is its
sentence. Alignment is one-to-one (``eval.quantities.align``): a system claim may pair with a gold claim whose
cue lies in its sentence, a gold cue it overlaps with its own cue first. Relaxed match = such a pair;
strict = the cue spans are the same. Among relaxed matches: accuracy of claimant (the registry id when
the gold gives one, else the words, normalised: case, a leading article, punctuation and spacing set
aside; a gold null is met only by no claimant), modality and evidence type.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from pydantic import Field, model_validator

from ..attribution import CLAUSES_EXTENSION
from ..errors import EvalError
from ..model import MODALITIES, Attribution
from .gold import read_jsonl
from .quantities import _Gold, _span_ok, align, by_split, overlap, run_pipeline, Tally

#: Evidence types the stage gives (``attribution.EVIDENCE_CUES`` and ``speakers.SPEAKER_EVIDENCE``).
EVIDENCE_TYPES = ("satellite imagery", "leaked documents", "social media", "witnesses", "local sources",
                  "official statement", "media report", "research report", "medical sources")
CLAIM_FIELDS = ("claimant", "modality", "evidence")


class GoldClaim(_Gold):
    cue_text: Annotated[str, Field(min_length=1)]
    cue_start: int
    cue_end: int
    claimant: Annotated[str, Field(min_length=1)] | None
    claimant_id: Annotated[str, Field(min_length=1)] | None
    modality: str
    evidence_type: str | None

    @model_validator(mode="after")
    def _check(self) -> "GoldClaim":
        if self.modality not in MODALITIES or self.modality == "asserted":
            raise ValueError(f"modality {self.modality!r} is not one of {', '.join(MODALITIES[1:])}")
        if self.evidence_type is not None and self.evidence_type not in EVIDENCE_TYPES:
            raise ValueError(f"evidence_type {self.evidence_type!r} is not one of {', '.join(EVIDENCE_TYPES)}")
        if self.claimant_id is not None and self.claimant is None:
            raise ValueError("claimant_id without claimant words")
        return self


class GoldClaimPassage(_Gold):
    id: Annotated[str, Field(min_length=1)]
    text: Annotated[str, Field(min_length=1)]
    split: Annotated[str, Field(min_length=1)]
    claims: list[GoldClaim]

    @model_validator(mode="after")
    def _offsets(self) -> "GoldClaimPassage":
        for i, c in enumerate(self.claims):
            _span_ok(self.text, c.cue_start, c.cue_end, c.cue_text, f"claims.{i}")
        return self


@dataclass(frozen=True)
class SystemClaim:
    """One sentence's attribution, as the scorer sees it."""

    start: int  # the sentence
    end: int
    cue_start: int  # -1: no cue words found
    cue_end: int
    attribution: Attribution


_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


def normalise(name: str | None) -> str:
    s = (name or "").replace("’", "'").lower()
    s = re.sub(r"[^\w\s'-]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return _ARTICLE.sub("", s)


def claimant_ok(gold: GoldClaim, got: Attribution) -> bool:
    if gold.claimant_id is not None:
        return got.claimant_id == gold.claimant_id
    if gold.claimant is None:
        return got.claimant is None
    return got.claimant is not None and normalise(got.claimant) == normalise(gold.claimant)


def _weight(g: GoldClaim, s: SystemClaim) -> float:
    if overlap((g.cue_start, g.cue_end), (s.start, s.end)) <= 0:
        return 0
    cue = overlap((g.cue_start, g.cue_end), (s.cue_start, s.cue_end)) if s.cue_start >= 0 else 0
    return 1 + (1000 + cue if cue > 0 else 0)


def _describe_gold(g: GoldClaim) -> str:
    return f"{g.cue_text!r} {g.modality} by {g.claimant_id or g.claimant} ({g.evidence_type})"


def _describe(s: SystemClaim, text: str) -> str:
    a = s.attribution
    cue = text[s.cue_start:s.cue_end] if s.cue_start >= 0 else None
    return f"{cue!r} {a.modality} by {a.claimant_id or a.claimant} ({a.evidence_type})"


def score_passage(passage: GoldClaimPassage, system: list[SystemClaim]) -> Tally:
    gold = list(passage.claims)
    pairs = align(gold, list(system), _weight)
    t = Tally(passages=1, gold=len(gold), system=len(system))
    for gi, g in enumerate(gold):
        si = pairs.get(gi)
        if si is None:
            t.errors.append({"id": passage.id, "error": "missed", "gold": _describe_gold(g), "got": "", "wrong": ""})
            continue
        s = system[si]
        t.relaxed += 1
        strict = (s.cue_start, s.cue_end) == (g.cue_start, g.cue_end)
        t.strict += strict
        a = s.attribution
        ok = {"claimant": claimant_ok(g, a), "modality": a.modality == g.modality,
              "evidence": a.evidence_type == g.evidence_type}
        for k, v in ok.items():
            t.fields[k] = t.fields.get(k, 0) + v
        wrong = [k for k, v in ok.items() if not v] + ([] if strict else ["cue"])
        if wrong:
            t.errors.append({"id": passage.id, "error": "wrong", "gold": _describe_gold(g),
                             "got": _describe(s, passage.text), "wrong": ", ".join(wrong)})
    matched = set(pairs.values())
    for si, s in enumerate(system):
        if si not in matched:
            t.errors.append({"id": passage.id, "error": "spurious", "gold": "", "got": _describe(s, passage.text),
                             "wrong": ""})
    return t


def system_claims(doc) -> list[SystemClaim]:
    """The claims of a processed spaCy doc: one per reporting clause the stage found (``fp_attribution_clauses``,
    cue span as the stage gives it), and a sentence with a claimant or a modality other than asserted that no
    clause stands for (a bare hedge, an inherited claimant, an unparsed doc: cue span where its ``cue`` words
    stand in it)."""
    atts = doc._.fp_attributions or {}
    clauses = (doc._.get(CLAUSES_EXTENSION) if doc.has_extension(CLAUSES_EXTENSION) else None) or {}
    text = doc.text
    out = []
    for sent in doc.sents if doc.has_annotation("SENT_START") else [doc[:]]:
        for c in clauses.get(sent.start_char, ()):
            out.append(SystemClaim(sent.start_char, sent.end_char, c.cue_start, c.cue_end, c))
        a = atts.get(sent.start_char)
        if a is None or (a.modality == "asserted" and not a.claimant) or a.cue_start >= 0:
            continue  # a sentence record with a cue span is its primary clause, counted above
        cs = ce = -1
        if a.cue:
            m = re.search(rf"(?<!\w){re.escape(a.cue)}(?!\w)", text[sent.start_char:sent.end_char])
            if m:
                cs, ce = sent.start_char + m.start(), sent.start_char + m.end()
        out.append(SystemClaim(sent.start_char, sent.end_char, cs, ce, a))
    return out


def stage_claims(passages: list[GoldClaimPassage], pipeline: str | None = None) -> list[list[SystemClaim]]:
    docs = run_pipeline([(p.id, p.text) for p in passages], "footprint_attribution_v1", pipeline)
    return [system_claims(d) for d in docs]


def evaluate(path: Path | str, *, system: Callable[[list[GoldClaimPassage]], list[list[SystemClaim]]] | None = None,
             splits: Iterable[str] | None = None) -> dict[str, Tally]:
    """Tallies per split and ``all`` for the gold file at ``path`` (``splits``: only these)."""
    passages = read_jsonl(path, GoldClaimPassage)
    if splits:
        wanted = set(splits)
        passages = [p for p in passages if p.split in wanted]
        if not passages:
            raise EvalError(f"no passages of split(s) {', '.join(sorted(wanted))}", source=str(path))
    found = (system or stage_claims)(passages)
    return by_split((p.split, score_passage(p, list(c))) for p, c in zip(passages, found, strict=True))
