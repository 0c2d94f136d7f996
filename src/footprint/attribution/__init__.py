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
import dataclasses
import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..model import ActorMention, Attribution
from ..nlp import doc_parsed, doc_text, span_text
from .speakers import (
    _CARRY,
    ALLEGING_LEMMAS,
    CLAIMANT_TYPES,
    DENIAL_LEMMAS,
    DOCUMENT_EVIDENCE,
    FINDING_LEMMAS,
    RULE_NOUNS,
    _Claim,
    _Clause,
    clauses_by_parse,
    _evidence_for,
    _inverted_speaker,
    _lemma,
    _on_main_path,
    _subject,
    _subject_claim,
    _scope,
    according_to,
    claims_an_act,
    no_claim,
    takes_hold,
    takes_lives,
)

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
#: a quotation closed by a report that speaks ('"…," the authors of the report wrote', '"…," says the study'); a
#: quotation followed by an ordinary speaker ('dismissed the report as "lies" and said') is none
_QUOTE_TAIL = re.compile(rf"[\"”’']\s*,?\s*(?:[^.\"”]{{0,60}}?\b{REPORT_NOUNS}\b[^.\"”]{{0,30}}?\b{SAY_VERBS}\b"
                         rf"|{SAY_VERBS}\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,3}}{REPORT_NOUNS}\b)", re.I)

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

#: the publisher could not check the claim: a hedge on the whole report, wherever it is said
_UNVERIFIED = re.compile(r"\b(?:could not|cannot|can ?not|couldn't) (?:be )?(?:independently )?(?:verified|verify|"
                         r"confirmed|confirm)\b|\b(?:unverified|unconfirmed)\b", re.I)

#: modality -> cue patterns, in priority order
MODALITY_CUES: tuple[tuple[str, re.Pattern], ...] = (
    ("denied", re.compile(r"\b(?:denied|denies|deny|denying|refuted|refutes|(?:rejected|rejects|dismissed|dismisses|"
                          r"disputed|disputes|contested|contests) (?:the |these |those |this |that |such )?"
                          r"(?:[\w-]+ )?(?:claims?|allegations?|accusations?|reports?|figures?|accounts?|toll|"
                          r"numbers?|charges?))\b", re.I)),
    ("alleged", re.compile(r"\b(?:allegedly|alleged|alleges|accused|accuses|accusing|purportedly|purported|"
                           r"claimed|claims|claiming)\b(?! (?:full |sole )?(?:responsibility|credit)\b)", re.I)),
    ("estimated", re.compile(r"\b(?:it (?:has|had) been estimated|(?:is|are|was|were|been) estimated|an estimated|"
                             r"estimates?|estimated|assess(?:es|ed)? that|judged? that|judges that|reckons? that)\b", re.I)),
    ("hedged", _UNVERIFIED),
    ("hedged", re.compile(r"\b(?:suggests?|suggesting|suggested|likely|unlikely|appears?|appeared|"
                          r"apparently|apparent|possibly|possible|probably|seems?|seemingly|believed to|thought to|"
                          r"understood to|presumably|perhaps)\b", re.I)),
    # modal verbs in lower case only: "May" is the month
    ("hedged", re.compile(r"\b(?:may|might|could)\b|\b(?:May|Might|Could) (?=\w+ (?:have|be)\b)")),
    # "according to Islamic rites" says how, not who
    ("reported", re.compile(r"\b(?:reportedly|reported|according to(?!\s+(?:[\w-]+\s+){0,2}(?:"
                            + "|".join(sorted(RULE_NOUNS)) + r")s?\b)|said|says|told|stated|sources say)\b", re.I)),
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



_MD_LINK = re.compile(r"\[([^\]\n]{1,200})\]\((?:[^)\s]{1,500})\)")


def plain(text: str) -> str:
    """``text`` with markdown link syntax blanked, same length: "[a report](http://…)" reads "a report"."""
    return _MD_LINK.sub(lambda m: " " + m.group(1) + " " * (len(m.group(0)) - len(m.group(1)) - 1), text)


def _claim_by_patterns(sent: Span, mentions: list[ActorMention], registry) -> _Claim | None:
    """The claimant of an unparsed sentence, from word patterns around the actor mentions."""
    text = plain(span_text(sent))
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


EVIDENCE_NOUNS = frozenset({"imagery", "image", "photo", "photograph", "picture", "footage", "video", "data",
                            "document", "recording", "evidence", "file", "map"})
_FINDING_WORDS = re.compile(r"\b(?:show(?:s|ed|n)?|reveal(?:s|ed)?|indicate(?:s|d)?|suggest(?:s|ed)?|confirm(?:s|ed)?)\b", re.I)
_SHOWING_EVIDENCE = frozenset({"satellite imagery", "leaked documents", "social media"})


def _shown(sent: Span) -> bool:
    """The sentence tells what evidence shows ("..., satellite images show"): not the publisher's own word."""
    if not doc_parsed(sent.doc):
        return _evidence_cue(plain(sent.text)) in _SHOWING_EVIDENCE and bool(_FINDING_WORDS.search(sent.text))
    return _showing_verb(sent) is not None


def _showing_verb(sent: Span):
    """The verb through which evidence shows ("footage ... shows", "satellite images showing"), or None."""
    for tok in sent:
        if tok.pos_ == "VERB" and _lemma(tok) in FINDING_LEMMAS and (_on_main_path(tok) or _inverted_speaker(tok, sent)
                                                                    or tok.dep_ == "acl"):
            subj = tok.head if tok.dep_ == "acl" else _subject(tok)
            if subj is not None and _lemma(subj) in EVIDENCE_NOUNS:
                return tok
    return None


def _generic(g: re.Match, offset: int) -> _Claim:
    words = g.group(0)
    low = words.lower()
    evidence = next((v for k, v in _GENERIC_EVIDENCE.items() if k in low), None)
    if "source" in low:
        evidence = "local sources"
    return _Claim(words, None, offset + g.start(), offset + g.end(), evidence, False)


def _modality(text: str, claimed: bool, sent: Span | None = None, window: tuple[int, int] | None = None
              ) -> tuple[str, str | None]:
    """The first cue of ``MODALITY_CUES`` in ``text`` (only in ``window``, start and end offsets, when given:
    the rest is blank); in a parsed sentence, a cue inside a clause that describes a noun ("the house of a
    man accused of blasphemy") says nothing about what the sentence tells."""
    parsed = sent is not None and doc_parsed(sent.doc)
    pos, endpos = window or (0, len(text))
    for modality, pattern in MODALITY_CUES:
        for m in pattern.finditer(text, pos, endpos):
            tok = _token_at(sent, m.start()) if parsed else None
            if tok is not None and pattern is not _UNVERIFIED and _describes_noun(tok):
                continue
            if tok is not None and modality == "alleged" and _no_allegation(tok):
                continue
            return modality, m.group(0)
    return ("reported", None) if claimed else ("asserted", None)


def _token_at(sent: Span, offset: int) -> Token | None:
    """The token of ``sent`` at its character ``offset``, or None."""
    span = sent.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _no_allegation(verb: Token) -> bool:
    """An alleging word that alleges nothing: "no group has claimed the attack", "claimed by no group", "did
    not claim" (no claim at all: the publisher's own account), "ISWAP claimed the ambush" (an own act told, as
    "claimed responsibility" is), "the blast claimed 12 lives" (no speech)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return no_claim(verb) or claims_an_act(verb) or takes_lives(verb) or takes_hold(verb)


def _describes_noun(t: Token) -> bool:
    for _ in range(12):
        if t.dep_ in ("relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _evidence_cue(text: str, window: tuple[int, int] | None = None) -> str | None:
    pos, endpos = window or (0, len(text))
    for evidence, pattern in EVIDENCE_CUES:
        if pattern.search(text, pos, endpos):
            return evidence
    return None


_SPACES = re.compile(r"\s+")


#: ``Doc.user_data`` key of the sentences already judged (start char -> (end char, meta)): this stage judges
#: every sentence and the events stage asks again for each sentence it reads.
META_KEY = "footprint.attribution.meta"


def is_meta_statement(doc: Doc, sent: Span, text: str | None = None) -> bool:
    """True for a sentence about a report rather than about events ("the SIPRI report states ...",
    "That's according to a report by ...", a quotation closed by "the report states"). ``text``: the
    sentence's text where the caller has it."""
    if sent.doc is not doc:
        return _meta_text(sent.text if text is None else text)
    own = doc_text(doc)[sent.start_char:sent.end_char]  # built once per Doc, not Span.text per call
    if text is not None and text != own:
        return _meta_text(text)
    judged = doc.user_data.setdefault(META_KEY, {})
    found = judged.get(sent.start_char)
    if found is None or found[0] != sent.end_char:
        found = judged[sent.start_char] = (sent.end_char, _meta_text(own))
    return found[1]


def _meta_text(text: str) -> bool:
    text = _SPACES.sub(" ", plain(text)).strip()
    if not text:
        return False
    if _META_OPENERS.search(text):
        return True
    if _META_REPORT.search(text):
        return True
    return bool(_QUOTE_TAIL.search(text))  # its match holds a report noun


def _sentences(doc: Doc) -> list[Span]:
    if doc.has_annotation("SENT_START"):
        return list(doc.sents)
    return [doc[:]]


class _Paragraphs:
    """Paragraph number of each character offset: a newline after some text starts a paragraph (blank lines
    start none). Indexed like a list, from the newline offsets alone."""

    def __init__(self, text: str):
        self.length = len(text)
        self.breaks: list[int] = []
        last = 0
        for m in re.finditer(r"\n", text):
            if text[last:m.start()].strip():
                self.breaks.append(m.start())
            last = m.start() + 1

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, offset: int) -> int:
        return bisect.bisect_right(self.breaks, offset)


def _paragraph_of(text: str) -> _Paragraphs:
    return _Paragraphs(text)


#: how many sentences back "he said" or "the statement said" finds its speaker
SPEAKER_WINDOW = 3
_OPEN, _CLOSE, _BOTH = "“«", "”»", '"'
_ANY_QUOTE = re.compile('[“«”»"]')
_NONSPACE = re.compile(r"\S")


def _quote_segments(text: str, para: _Paragraphs) -> list[tuple[int, int]]:
    """Quotations as (start, end) offsets, quote marks included. A quotation left open at the end of a
    paragraph goes on when the next paragraph opens with a quote mark (news style for long quotes)."""
    out: list[tuple[int, int]] = []
    if not _ANY_QUOTE.search(text):
        return out
    # quote marks and paragraph breaks, in text order (a break sorts before a mark at the same offset)
    events = sorted([(m.start(), 1, m.group()) for m in _ANY_QUOTE.finditer(text)] + [(b, 0, "") for b in para.breaks])
    start: int | None = None
    pending: int | None = None  # a quotation open at the end of the previous paragraph
    reopen = -1  # the quote mark that continues it
    for i, kind, ch in events:
        if kind == 0:
            if start is not None:
                pending, start = start, None
            if pending is not None:
                nxt = _NONSPACE.search(text, i)
                if nxt is None or nxt.group() not in _OPEN + _BOTH:
                    out.append((pending, nxt.start() if nxt else len(text)))
                    pending = None
                else:
                    reopen = nxt.start()
            continue
        if start is None and (ch in _OPEN or ch in _BOTH):
            start = pending if pending is not None and i == reopen else i
            pending = None
        elif start is not None and (ch in _CLOSE or ch in _BOTH):
            out.append((start, i + 1))
            start = None
    for open_at in (start, pending):
        if open_at is not None:
            out.append((open_at, len(text)))
    return out


def _carry_speakers(text: str, sents: list[Span], texts: list[str], found: list[_Claim | None], para: _Paragraphs,
                    before: Callable[[int], _Claim | None] = lambda i: None,
                    sources: dict[int, int] | None = None) -> list[_Claim | None]:
    """Speakers that sentences without a claimant of their own take from their neighbours:

    * "he said", "the statement said" (``_CARRY``): the latest speaker of the ``SPEAKER_WINDOW`` sentences before,
      in this paragraph or the one before, else whoever ``before(i)`` names in the sentence just before;
    * a sentence inside a quotation: the speaker named where the quotation closes ('..., "the officer said') or
      opens ('the officer said: "...'), else the speaker of the quotation that closes in the sentence just before
      ('"...," the officer said. "..."'); a paragraph that is all quotation, with no speaker, continues the
      speaker of the paragraph before it. ``sources``, when given, gets {quoted sentence: the sentence whose
      speaker it took}."""
    n = len(sents)
    own = [c if c is not None and c is not _CARRY else None for c in found]
    out: list[_Claim | None] = [None] * n
    first = [s.start_char + len(t) - len(t.lstrip()) for s, t in zip(sents, texts)]
    last = [s.start_char + len(t.rstrip()) for s, t in zip(sents, texts)]
    para_of = [para[min(f, len(para) - 1)] for f in first]

    def unspanned(c: _Claim) -> _Claim:
        return dataclasses.replace(c, start=-1, end=-1, report=False)

    def recent(i: int) -> _Claim | None:
        for j in range(i - 1, max(-1, i - 1 - SPEAKER_WINDOW), -1):
            if para_of[i] - para_of[j] > 1:
                break
            c = own[j] or out[j]
            if c is not None:
                return c
        return None

    for i, c in enumerate(found):
        if c is _CARRY:
            prev = recent(i)
            if prev is None and i and para_of[i] - para_of[i - 1] <= 1:
                prev = before(i - 1)
            if prev is not None:
                out[i] = unspanned(prev)
                own[i] = None
    # sentences are in text order: their starts are found by bisection, so a text of many quotations stays linear
    prev_end = -1  # where the quotation before closed
    for qs, qe in _quote_segments(text, para):
        closed_before, prev_end = prev_end, qe
        lo = bisect.bisect_left(first, qs)
        inside = []
        i = lo
        while i < n and first[i] < qe:
            if last[i] <= qe + 1 and own[i] is None and out[i] is None:
                inside.append(i)
            i += 1
        if not inside:
            continue
        speaker, source = None, -1
        k = bisect.bisect_left(first, qe) - 1  # the sentence where the quotation closes, then the one where it opens
        if k >= 0 and first[k] < qe <= last[k] and last[k] > qe + 1 and (own[k] or out[k]):
            speaker, source = own[k] or out[k], k
        k = lo - 1
        if speaker is None and k >= 0 and first[k] < qs < last[k] and (own[k] or out[k]):
            speaker, source = own[k] or out[k], k
        if speaker is None:
            k = inside[0] - 1
            if k >= 0 and para_of[k] == para_of[inside[0]] and first[k] < closed_before <= last[k] \
                    and (own[k] or out[k]) and last[k] <= qs and not text[last[k]:qs].strip():
                # '"...," the ministry said. "The enemy lost two tanks."': a quotation that follows at once the
                # one its speaker closed goes on in the same voice
                speaker, source = own[k] or out[k], k
        if speaker is None:
            # a whole paragraph of quotation: the speaker of the paragraph before
            p = para_of[inside[0]]
            j = qs - 1
            while j >= 0 and text[j] != "\n" and text[j].isspace():
                j -= 1
            if j < 0 or text[j] == "\n":
                k = inside[0] - 1
                while k >= 0 and para_of[k] >= p:
                    k -= 1
                while k >= 0 and para_of[k] == p - 1:
                    if own[k] or out[k]:
                        speaker, source = own[k] or out[k], k
                        break
                    k -= 1
        if speaker is not None:
            for i in inside:
                out[i] = unspanned(speaker)
                if sources is not None:
                    sources[i] = source
    return out


#: words a sentence may hold beside its speaker and verb and still be no claim of its own ("he said.", "the
#: army added on Monday.", "according to police.")
_BARE_SPEECH_WORDS = 2
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_DENIES = re.compile(r"\b(?:den(?:y|ies|ied)|reject\w*|dismiss\w*|disput\w*|refut\w*|contest\w*)\b", re.I)
_OPENS_QUOTE = re.compile(r"^\W{0,3}?[\"“‘']")
#: words of a bare speech act beside its speaker ("he also said", "according to"): not counted as a claim's words
_SPEECH_ONLY = re.compile(rf"{SAY_VERBS}|according|to|he|she|they|it|we|also|later|the|a|an", re.I)
_SPEECH_CUE = re.compile(rf"\b(?:{SAY_VERBS}|according to)\b", re.I)


def _speaker_after(sents: list[Span], texts: list[str], claims: list[_Claim | None], carried: list[_Claim | None],
                   inherited: list[_Claim | None], meta: list[bool], para: _Paragraphs) -> list[_Claim | None]:
    """Speakers given in the sentence after a claim ("Gunmen killed nine farmers. 'They came at dawn,' said a
    village head." / "... . He said so on Monday."). Limits: one sentence back only, in the same paragraph
    or the one just before; the claim has no speaker of any kind (its own, carried, or a report's) and is
    no meta statement; the sentence after speaks through a named speaker (its own, or carried to a "he
    said") and either opens with a quotation closed by that speaker or holds nothing but the speech act."""
    n = len(sents)
    out: list[_Claim | None] = [None] * n
    for i in range(n - 1):
        j = i + 1
        if claims[i] or carried[i] or inherited[i] or meta[i] or meta[j]:
            continue
        speaker = claims[j] or carried[j]
        if speaker is None:
            continue
        pi = para[min(sents[i].start_char, len(para) - 1)]
        pj = para[min(sents[j].start_char, len(para) - 1)]
        if pj - pi > 1:
            continue
        t = plain(texts[j]).strip()
        if _DENIES.search(t):
            continue  # "The army denied it.": a denial is no source for the claim
        quoted = bool(_OPENS_QUOTE.match(t)) and not _OPENS_QUOTE.match(plain(texts[i]).strip())
        if not quoted:
            rest = t
            if speaker.start >= 0:  # the speaker's own words are no claim
                a, b = speaker.start - sents[j].start_char, speaker.end - sents[j].start_char
                raw = plain(texts[j])
                rest = raw[:max(0, a)] + " " + raw[max(0, b):]
            words = [w for w in _WORD.findall(rest) if not _SPEECH_ONLY.fullmatch(w)]
            if len(words) > _BARE_SPEECH_WORDS or not _SPEECH_CUE.search(t):
                continue
        out[i] = dataclasses.replace(speaker, start=-1, end=-1, report=False)
    return out


def attribute(doc: Doc, mentions: list[ActorMention] | None = None, publisher: str | None = None,
              registry=None) -> dict[int, Attribution]:
    """{sentence start char: Attribution} for every non-blank sentence of ``doc``."""
    return attribute_clauses(doc, mentions, publisher, registry)[0]


def attribute_clauses(doc: Doc, mentions: list[ActorMention] | None = None, publisher: str | None = None,
                      registry=None) -> tuple[dict[int, Attribution], dict[int, tuple[Attribution, ...]]]:
    """The sentence records of ``attribute`` and, for every sentence with reporting clauses, one record per
    clause in text order ({sentence start char: (Attribution, ...)}), each with its cue and scope spans."""
    if registry is None:
        from ..actors import registry as get_registry

        registry = get_registry()
    mentions = sorted(mentions or [], key=lambda m: m.start)
    full = doc_text(doc)  # built once per Doc: Span.text and Doc.text walk the tokens on every call
    pairs = [(s, full[s.start_char:s.end_char]) for s in _sentences(doc)]
    pairs = [(s, t) for s, t in pairs if t.strip()]
    if not pairs:
        return {}, {}
    sents = [s for s, _ in pairs]
    texts = [t for _, t in pairs]
    para = _paragraph_of(full)

    parsed = doc_parsed(doc)
    clause_lists: list[list[_Clause]] = [clauses_by_parse(s, mentions, registry) if parsed else [] for s in sents]
    found = [next((c.claim for c in cl if c.primary), None) if parsed else _claim_by_patterns(s, mentions, registry)
             for s, cl in zip(sents, clause_lists)]
    claims = [None if c is _CARRY else c for c in found]
    quoted: dict[int, int] = {}
    carried = _carry_speakers(full, sents, texts, found, para, lambda j: _subject_claim(sents[j], mentions, registry),
                              quoted)
    meta = [is_meta_statement(doc, s, texts[i]) for i, s in enumerate(sents)]
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

    following = _speaker_after(sents, texts, claims, carried, inherited, meta, para)

    out: dict[int, Attribution] = {}
    by_clause: dict[int, tuple[Attribution, ...]] = {}
    for i, s in enumerate(sents):
        own = claims[i]
        c = own or carried[i] or inherited[i] or following[i]
        text = plain(texts[i])
        evidence_cue = _evidence_cue(text)
        modality, cue = _modality(text, c is not None, s)
        shown = _showing_verb(s) if parsed else None
        if modality == "asserted" and ((own is None and c is not None) or shown is not None or (not parsed and _shown(s))):
            modality = "reported"
        evidence = _evidence(evidence_cue, c)
        record = Attribution(
            publisher=publisher,
            claimant=c.name if c else None,
            claimant_id=c.actor_id if c else None,
            evidence_type=evidence,
            modality=modality,
            cue=cue,
            start=c.start if own is not None else -1,
            end=c.end if own is not None else -1,
        )
        clauses, primary = _clause_records(s, texts[i], clause_lists[i], record, c, publisher)
        if not clauses and shown is not None and c is None:
            # "satellite images show ...": a clause with no speaker, its cue the verb of showing
            primary = _with_spans(record, s, shown, text, *_verb_scope(shown))
            clauses = (primary,)
        elif not clauses and c is None and parsed and (unnamed := _unnamed_source(s)) is not None:
            # "according to unconfirmed reports, ...": a reporting clause whose source names no one
            primary = _with_spans(record, s, unnamed, text, *_scope(unnamed))
            clauses = (primary,)
        if primary is not None:
            record = dataclasses.replace(record, modality=primary.modality, cue=primary.cue,
                                         cue_start=primary.cue_start, cue_end=primary.cue_end,
                                         scope_start=primary.scope_start, scope_end=primary.scope_end)
        out[s.start_char] = record
        if clauses:
            by_clause[s.start_char] = clauses
    for i, j in quoted.items():
        # a quoted sentence is said as firmly as its speaker says the quotation ("..., the group claimed"):
        # an allegation stays one, unless the sentence has a cue of its own
        mine, theirs = out[sents[i].start_char], out[sents[j].start_char]
        if theirs.modality == "alleged" and mine.modality == "reported" and mine.cue is None:
            out[sents[i].start_char] = dataclasses.replace(mine, modality="alleged")
    return out, by_clause


#: sources with no author that "according to" may name: no claimant, but the sentence is reported
_UNNAMED_SOURCES = frozenset(DOCUMENT_EVIDENCE) | {"rumour", "rumor", "information", "word"}


def _unnamed_source(sent: Span):
    """The "according" of "according to (unconfirmed) reports" with an authorless source, or None."""
    for tok in sent:
        obj = according_to(tok) if tok.lower_ == "according" else None
        if obj is not None and _lemma(obj) in _UNNAMED_SOURCES:
            return tok
    return None


def _evidence(evidence_cue: str | None, c: _Claim | None) -> str | None:
    # what the evidence is (imagery, leaks, posts) says more than who relays it; the speaker's own kind
    # (a hospital official, residents) says more than a word for speakers elsewhere in the sentence
    if evidence_cue in _SHOWING_EVIDENCE or c is None or c.evidence is None:
        return evidence_cue or (c.evidence if c else None)
    return c.evidence


def _verb_scope(verb) -> tuple[int, int]:
    lo, hi = verb.left_edge, verb.right_edge
    return lo.idx, hi.idx + len(hi)


def _with_spans(record: Attribution, sent: Span, verb, own_text: str, scope_start: int, scope_end: int) -> Attribution:
    """``record`` with the cue span of ``verb`` ("according to" with its "to"; a denial with its object,
    "rejected the claims", where the modality cue starts at the verb) and the scope."""
    cs, ce = verb.idx, verb.idx + len(verb)
    if verb.lower_ == "according":
        to = next((c for c in verb.children if c.lower_ == "to"), None)
        if to is not None:
            ce = to.idx + len(to)
    elif record.cue:
        at = cs - sent.start_char
        if own_text[at:at + len(record.cue)] == record.cue:
            ce = cs + len(record.cue)
    return dataclasses.replace(record, cue_start=cs, cue_end=ce, scope_start=scope_start, scope_end=scope_end)


def _clause_records(sent: Span, sent_text: str, clauses: list[_Clause], record: Attribution, claim: _Claim | None,
                    publisher: str | None) -> tuple[tuple[Attribution, ...], Attribution | None]:
    """One record per reporting clause. A clause's modality and cue words are read from its own words: its
    scope less the clauses nested in it ("X said ..., while Y denied ..." is reported by X, denied by Y)."""
    if not clauses:
        return (), None
    doc = sent.doc
    primary = None
    base = sent.start_char
    out = []
    words = plain(sent_text)
    unverified = _UNVERIFIED.search(sent_text)
    for cl in clauses:
        verb = doc[cl.verb]
        nested = [o for o in clauses if o is not cl and cl.scope_start <= o.scope_start and o.scope_end <= cl.scope_end
                  and (o.scope_end - o.scope_start) < (cl.scope_end - cl.scope_start)]
        # the sentence's words, with all but this clause's own blanked (same length: offsets stay valid); the
        # cues are looked for in the clause's window only, so a long sentence of many clauses stays linear-ish
        lo, hi = max(0, cl.scope_start - base), max(0, min(len(words), cl.scope_end - base))
        hi = max(lo, hi)
        own_text = " " * lo + words[lo:hi] + " " * (len(words) - hi)
        for o in nested:
            a, b = max(lo, o.scope_start - base), min(hi, o.scope_end - base)
            if a < b:
                own_text = own_text[:a] + " " * (b - a) + own_text[b:]
        window = (lo, hi)
        c = claim if cl.primary else cl.claim
        if cl.primary and not nested:
            rec = record
        else:
            if c is None or c is _CARRY:
                continue
            modality, cue = _modality(own_text, True, sent, window)
            if unverified and modality in ("reported", "asserted"):
                modality, cue = "hedged", unverified.group(0)
            rec = Attribution(publisher=publisher, claimant=c.name, claimant_id=c.actor_id,
                              evidence_type=_evidence(_evidence_cue(own_text, window), c), modality=modality, cue=cue,
                              start=c.start, end=c.end)
        key = _lemma(verb)
        if key in DENIAL_LEMMAS:
            hit = MODALITY_CUES[0][1].match(own_text, verb.idx - base)
            rec = dataclasses.replace(rec, modality="denied", cue=hit.group(0) if hit else verb.text)
        elif key in ALLEGING_LEMMAS and rec.modality not in ("denied",):
            rec = dataclasses.replace(rec, modality="alleged", cue=verb.text)
        out.append(_with_spans(rec, sent, verb, own_text, cl.scope_start, cl.scope_end))
        if cl.primary:
            primary = out[-1]
    return tuple(out), primary


def attribution_for(doc: Doc, sent_start: int, start: int, end: int) -> Attribution | None:
    """The attribution of words at ``start``–``end`` (an event's trigger) in the sentence starting at
    ``sent_start``: the innermost reporting clause whose scope holds them, else the sentence's record."""
    clauses = (doc._.get(CLAUSES_EXTENSION) if Doc.has_extension(CLAUSES_EXTENSION) else None) or {}
    inside = [r for r in clauses.get(sent_start, ()) if r.scope_start <= start and end <= r.scope_end
              and not (r.cue_start <= start < r.cue_end)]
    if inside:
        return min(inside, key=lambda r: r.scope_end - r.scope_start)
    return (doc._.fp_attributions or {}).get(sent_start)


#: Doc extension with the per-clause records: {sentence start char: (Attribution, ...)}
CLAUSES_EXTENSION = "fp_attribution_clauses"


def register_extension() -> None:
    if not Doc.has_extension(CLAUSES_EXTENSION):
        Doc.set_extension(CLAUSES_EXTENSION, default=None)


register_extension()


class AttributionComponent:
    def __call__(self, doc: Doc) -> Doc:
        from .. import nlp as nlp_mod

        nlp_mod.register_extensions()
        meta = doc._.fp_meta or {}
        register_extension()
        doc._.fp_attributions, clauses = attribute_clauses(doc, doc._.fp_actors or [], meta.get("publisher"))
        doc._.set(CLAUSES_EXTENSION, clauses)
        return doc


#: spaCy refuses "." in factory names (error E853): "footprint.attribution.v1"
#: is registered with underscores.
FACTORY = "footprint_attribution_v1"


@Language.factory(FACTORY, assigns=["doc._.fp_attributions", f"doc._.{CLAUSES_EXTENSION}"], requires=["doc._.fp_actors"])
def make_attribution(nlp: Language, name: str) -> AttributionComponent:
    return AttributionComponent()


__all__ = ["attribute", "attribute_clauses", "attribution_for", "CLAUSES_EXTENSION", "is_meta_statement", "AttributionComponent", "FACTORY"]
