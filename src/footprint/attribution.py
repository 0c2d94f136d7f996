"""Attribution stage: for every sentence, who publishes it, who makes the
claim, on what evidence, and how firmly.

Claimants come from the sentence itself ("according to CSIS", "Reuters
reported", "the army said", "witnesses told AFP") or, when the sentence has
none, from a report the article is about. Carry-over rule (docs/actors.md):

* A *report claimant* is set by a sentence that names a report, study or
  analysis and its author ("a report by X", "X's report", "the X report
  states", "according to a report by X") or that says "That's according to X".
* From that sentence on, every sentence without a claimant of its own
  inherits the latest report claimant (modality ``reported``).
* If the first report claimant appears within the first ``LEAD_PARAGRAPHS``
  paragraphs, the article is about that report: the paragraphs before it
  (the lead) inherit it too.
* An ordinary speaker ("the army said") never carries over.

The spaCy factory ``footprint.attribution.v1`` (registered as
``footprint_attribution_v1``) sets ``doc._.fp_attributions`` = {sentence start
char: Attribution}. ``is_meta_statement(doc, sent)`` says whether a sentence
is about a report rather than about events.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from .model import ActorMention, Attribution

LEAD_PARAGRAPHS = 3

REPORT_NOUNS = r"(?:report|study|analysis|assessment|paper|research|investigation|survey|brief|briefing|dataset|data|findings)"
SAY_VERBS = (r"(?:said|says|say|reported|reports|report|told|tells|stated|states|claimed|claims|announced|announces|"
             r"confirmed|confirms|estimated|estimates|noted|notes|wrote|writes|added|adds|alleged|alleges|denied|"
             r"denies|warned|warns|highlighted|highlights|found|finds|showed|shows|concluded|concludes|argued|argues|"
             r"revealed|reveals|documented|documents|detailed|details|suggested|suggests|observed|observes|"
             r"insisted|insists|explained|explains|accused|accuses|indicated|indicates|acknowledged|acknowledges)")

_META_OPENERS = re.compile(r"^\W*(?:that|this|it)(?:'s|’s| is| was) (?:all )?according to\b", re.I)
_META_REPORT = re.compile(
    rf"\b(?:the|a|an|its|their|this|that|new|latest|recent|[A-Z][\w'’-]*(?:'s|’s)?)\s+(?:[\w-]+\s+){{0,3}}{REPORT_NOUNS}"
    rf"(?:\s+(?:by|from|of)\s+[^,.;]{{1,80}}?)?\s+(?:also\s+)?{SAY_VERBS}\b",
    re.I,
)
_QUOTE_TAIL = re.compile(rf"[\"”’']\s*,?\s*(?:the|a|an|[A-Z])[^.\"”]{{0,60}}\b{SAY_VERBS}\b", re.I)

#: evidence type -> cue patterns
EVIDENCE_CUES: tuple[tuple[str, re.Pattern], ...] = (
    ("satellite imagery", re.compile(r"\bsatellite (?:imagery|images?|photos?|pictures|data)\b|\bimagery\b", re.I)),
    ("leaked documents", re.compile(r"\bleaked (?:documents?|files?|papers|memos?|emails?|recordings?)\b", re.I)),
    ("social media", re.compile(r"\bsocial media\b|\b(?:videos?|footage|images|photos) (?:posted|shared|circulat\w*)\b"
                                r"|\bon (?:telegram|twitter|facebook|tiktok|x)\b|\btelegram channel\b", re.I)),
    ("witnesses", re.compile(r"\b(?:eye)?witness(?:es)?\b|\bresidents (?:said|told|reported|described)\b"
                             r"|\bsurvivors? (?:said|told|recounted)\b", re.I)),
    ("local sources", re.compile(r"\blocal sources?\b|\b(?:security|military|humanitarian|hospital|medical|"
                                 r"local) sources?\b|\ba source\b|\bsources (?:said|told|say)\b", re.I)),
    ("official statement", re.compile(r"\b(?:statement|communiqu[ée]|press release|press conference|spokes(?:man|"
                                      r"woman|person)|official(?:s)? (?:said|told|announced|confirmed|stated))\b"
                                      r"|\bministry (?:said|announced|stated|confirmed)\b", re.I)),
)

#: modality -> cue patterns, in priority order
MODALITY_CUES: tuple[tuple[str, re.Pattern], ...] = (
    ("denied", re.compile(r"\b(?:denied|denies|deny|denying|refuted|refutes|rejected (?:the )?(?:claims?|"
                          r"allegations?|reports?)|dismissed (?:the )?(?:claims?|allegations?|reports?))\b", re.I)),
    ("alleged", re.compile(r"\b(?:allegedly|alleged|alleges|accused|accuses|accusing|purportedly|purported|"
                           r"claimed|claims|claiming)\b", re.I)),
    ("estimated", re.compile(r"\b(?:it (?:has|had) been estimated|(?:is|are|was|were|been) estimated|an estimated|"
                             r"estimates?|estimated)\b", re.I)),
    ("hedged", re.compile(r"\b(?:suggests?|suggesting|suggested|likely|unlikely|may|might|could|appears?|appeared|"
                          r"apparently|apparent|possibly|possible|probably|seems?|seemingly|believed to|thought to|"
                          r"understood to|presumably|perhaps)\b", re.I)),
    ("reported", re.compile(r"\b(?:reportedly|reported|according to|said|says|told|stated|sources say)\b", re.I)),
)

_ACCORDING = re.compile(r"\baccording to\b", re.I)
_REPORT_BY = re.compile(rf"\b{REPORT_NOUNS}\s+(?:published\s+|released\s+)?(?:by|from)\s+", re.I)
_GENERIC_CLAIMANTS = re.compile(
    r"\b(?:(?:local|security|military|diplomatic|humanitarian|medical|hospital) sources?|sources|witnesses|residents|"
    r"(?:(?:local|senior|military|security|government|army|regional) )?officials?|a spokes(?:man|woman|person)|survivors|analysts|experts|observers|activists|"
    r"the (?:army|military|ministry|government|junta|authorities))\b",
    re.I,
)
_GENERIC_EVIDENCE = {"witness": "witnesses", "resident": "witnesses", "survivor": "witnesses", "source": "local sources",
                     "official": "official statement", "spokes": "official statement", "army": "official statement",
                     "military": "official statement", "ministry": "official statement",
                     "government": "official statement", "junta": "official statement",
                     "authorities": "official statement"}

CLAIMANT_TYPES = frozenset({"source", "government", "state_force", "igo", "ngo", "armed_group", "pmc", "person", "country"})


@dataclass(frozen=True)
class _Claim:
    name: str
    actor_id: str | None
    start: int
    end: int
    evidence: str | None
    report: bool  # a report-level claimant that carries over


def _evidence_for(m: ActorMention, registry) -> str:
    if m.type == "source":
        actor = registry.get(m.actor_id) if m.actor_id else None
        if actor is not None and actor.kind in ("research", "rights"):
            return "research report"
        return "media report"
    if m.type in ("government", "state_force", "igo", "country"):
        return "official statement"
    if m.type in ("armed_group", "pmc"):
        return "official statement"
    return "media report"


_MD_LINK = re.compile(r"\[([^\]\n]{1,200})\]\((?:[^)\s]{1,500})\)")


def plain(text: str) -> str:
    """``text`` with markdown link syntax blanked, same length: "[a report](http://…)" reads "a report"."""
    return _MD_LINK.sub(lambda m: " " + m.group(1) + " " * (len(m.group(0)) - len(m.group(1)) - 1), text)


def _claim_in(sent: Span, mentions: list[ActorMention], registry) -> _Claim | None:
    text = plain(sent.text)
    base = sent.start_char
    lo = bisect.bisect_left(mentions, base, key=lambda m: m.start)
    hi = bisect.bisect_left(mentions, sent.end_char, key=lambda m: m.start)
    in_sent = [m for m in mentions[lo:hi] if m.type in CLAIMANT_TYPES]
    report = bool(re.search(rf"\b{REPORT_NOUNS}\b", text, re.I))

    def claim(m: ActorMention, is_report: bool) -> _Claim:
        return _Claim(m.name, m.actor_id, m.start, m.end, _evidence_for(m, registry), is_report)

    # "according to (a report by) X", "a report by X"
    for pattern in (_ACCORDING, _REPORT_BY):
        for hit in pattern.finditer(text):
            after = base + hit.end()
            cand = [m for m in in_sent if after <= m.start <= after + 90 and m.type != "country"]
            window = text[hit.end():hit.end() + 90]
            if cand:
                is_report = report and (pattern is _REPORT_BY or bool(re.match(rf"\W*(?:a|an|the|its|their|"
                                                                            rf"new|latest|recent)?\s*(?:[\w-]+\s+)"
                                                                            rf"{{0,3}}{REPORT_NOUNS}\b", window, re.I))
                                        or cand[0].type == "source")
                return claim(cand[0], is_report)
            g = _GENERIC_CLAIMANTS.search(window)
            if g and g.start() < 40:
                return _generic(g, base + hit.end())
    # "the SIPRI report states", "X's report highlights"
    for m in in_sent:
        after = text[m.end - base:m.end - base + 60]
        if re.match(rf"(?:'s|’s)?\s+(?:new\s+|latest\s+|recent\s+)?{REPORT_NOUNS}\b", after, re.I):
            return claim(m, True)
    # "X said", "X reported", "X told AFP"; ", X said" at the end
    for m in in_sent:
        after = text[m.end - base:m.end - base + 40]
        if re.match(rf"\s*(?:,[^,]{{0,40}},\s*)?(?:has\s+|had\s+|also\s+|later\s+|previously\s+)?{SAY_VERBS}\b", after, re.I):
            told = re.match(rf"\s*{SAY_VERBS}\s+([A-Z][\w-]+)", after)
            if m.type not in ("source",) and told:
                # "witnesses told AFP": the outlet is the claimant, the speaker the evidence
                outlet = next((x for x in in_sent if x.start > m.end and x.type == "source"), None)
                if outlet is not None:
                    return _Claim(outlet.name, outlet.actor_id, outlet.start, outlet.end, "witnesses"
                                  if m.type is None else _evidence_for(m, registry), False)
            return claim(m, m.type == "source" and m.actor_id is not None and report)
    # "witnesses told AFP", "residents said", "officials said"
    g = _GENERIC_CLAIMANTS.search(text)
    if g and re.match(rf"\s*(?:have\s+|had\s+)?{SAY_VERBS}\b", text[g.end():]):
        told = re.match(rf"\s*{SAY_VERBS}\s+", text[g.end():])
        outlet = next((x for x in in_sent if told and x.start - base == g.end() + told.end() and x.type == "source"), None)
        if outlet is not None:
            ev = _generic(g, base).evidence
            return _Claim(outlet.name, outlet.actor_id, outlet.start, outlet.end, ev, False)
        return _generic(g, base)
    return None


def _generic(g: re.Match, offset: int) -> _Claim:
    words = g.group(0)
    low = words.lower()
    evidence = next((v for k, v in _GENERIC_EVIDENCE.items() if k in low), None)
    if "source" in low:
        evidence = "local sources"
    return _Claim(words, None, offset + g.start(), offset + g.end(), evidence, False)


def _modality(text: str, claimed: bool) -> tuple[str, str | None]:
    for modality, pattern in MODALITY_CUES:
        m = pattern.search(text)
        if m:
            return modality, m.group(0)
    return ("reported", None) if claimed else ("asserted", None)


def _evidence_cue(text: str) -> str | None:
    for evidence, pattern in EVIDENCE_CUES:
        if pattern.search(text):
            return evidence
    return None


def is_meta_statement(doc: Doc, sent: Span) -> bool:
    """True for a sentence about a report rather than about events ("the SIPRI report states ...",
    "That's according to a report by ...", a quotation closed by "the report states")."""
    text = re.sub(r"\s+", " ", plain(sent.text)).strip()
    if not text:
        return False
    if _META_OPENERS.search(text):
        return True
    if _META_REPORT.search(text):
        return True
    return bool(_QUOTE_TAIL.search(text) and re.search(rf"\b{REPORT_NOUNS}\b", text, re.I))


def _sentences(doc: Doc) -> list[Span]:
    if doc.has_annotation("SENT_START"):
        return list(doc.sents)
    return [doc[:]]


def _paragraph_of(text: str) -> list[int]:
    """Paragraph number for each character offset (a newline starts a paragraph)."""
    out, p = [], 0
    prev_nl = True
    for ch in text:
        if ch == "\n":
            if not prev_nl:
                p += 1
            prev_nl = True
        elif not ch.isspace():
            prev_nl = False
        out.append(p)
    return out


def attribute(doc: Doc, mentions: list[ActorMention] | None = None, publisher: str | None = None,
              registry=None) -> dict[int, Attribution]:
    """{sentence start char: Attribution} for every non-blank sentence of ``doc``."""
    if registry is None:
        from .actors import registry as get_registry

        registry = get_registry()
    mentions = sorted(mentions or [], key=lambda m: m.start)
    sents = [s for s in _sentences(doc) if s.text.strip()]
    if not sents:
        return {}
    para = _paragraph_of(doc.text)

    claims = [_claim_in(s, mentions, registry) for s in sents]
    meta = [is_meta_statement(doc, s) for s in sents]
    # a report-level claim is also any claim made in a meta statement ("That's according to X")
    reports = [c if c is not None and (c.report or meta[i]) else None for i, c in enumerate(claims)]

    inherited: list[_Claim | None] = [None] * len(sents)
    latest: _Claim | None = None
    for i, c in enumerate(reports):
        if c is not None:
            latest = c
        inherited[i] = latest
    first = next((i for i, c in enumerate(reports) if c is not None), None)
    if first is not None:
        first_para = para[min(sents[first].start_char, len(para) - 1)]
        body_start = para[min(sents[0].start_char, len(para) - 1)]
        if first_para - body_start < LEAD_PARAGRAPHS:
            for i in range(first):
                inherited[i] = reports[first]

    out: dict[int, Attribution] = {}
    for i, s in enumerate(sents):
        own = claims[i]
        c = own or inherited[i]
        text = plain(s.text)
        evidence_cue = _evidence_cue(text)
        modality, cue = _modality(text, c is not None)
        if own is None and c is not None and modality == "asserted":
            modality = "reported"
        evidence = evidence_cue or (c.evidence if c else None)
        out[s.start_char] = Attribution(
            publisher=publisher,
            claimant=c.name if c else None,
            claimant_id=c.actor_id if c else None,
            evidence_type=evidence,
            modality=modality,
            cue=cue,
            start=c.start if own is not None else -1,
            end=c.end if own is not None else -1,
        )
    return out


class AttributionComponent:
    def __call__(self, doc: Doc) -> Doc:
        from . import nlp as nlp_mod

        nlp_mod.register_extensions()
        meta = doc._.fp_meta or {}
        doc._.fp_attributions = attribute(doc, doc._.fp_actors or [], meta.get("publisher"))
        return doc


#: spaCy refuses "." in factory names (error E853): "footprint.attribution.v1"
#: is registered with underscores.
FACTORY = "footprint_attribution_v1"


@Language.factory(FACTORY, assigns=["doc._.fp_attributions"], requires=["doc._.fp_actors"])
def make_attribution(nlp: Language, name: str) -> AttributionComponent:
    return AttributionComponent()


__all__ = ["attribute", "is_meta_statement", "AttributionComponent", "FACTORY"]
