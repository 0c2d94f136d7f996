"""Claimants read from the dependency parse: who speaks in a sentence, in what words, on what evidence.

The speaker is the subject of the highest verb of saying that governs the sentence ("police said",
"..., a hospital official said"), the object of "according to", or the author of a document that speaks
("a statement from the ministry said", "the SIPRI report shows"). Speakers the registry does not hold are
kept in the words used, with the evidence type their noun names (``SPEAKER_EVIDENCE``).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..dateline import datelines
from ..model import ActorMention
from ..nlp import doc_parsed, doc_text

CLAIMANT_TYPES = frozenset({"source", "government", "state_force", "igo", "ngo", "armed_group", "pmc", "person", "country"})

@dataclass(frozen=True)
class _Claim:
    name: str
    actor_id: str | None
    start: int
    end: int
    evidence: str | None
    report: bool  # a report-level claimant that carries over


#: words in an NGO's name that make it a medical charity ("Médecins Sans Frontières", "Doctors of the World")
_MEDICAL_NAME = re.compile(r"\b(?:m[ée]decins?|m[ée]dicos|medical|doctors?|health|hospitals?|clinics?)\b", re.I)


def _evidence_for(m: ActorMention, registry) -> str:
    if m.type == "source":
        actor = registry.get(m.actor_id) if m.actor_id else None
        if actor is not None and actor.kind in ("research", "rights"):
            return "research report"
        return "media report"
    if m.type == "ngo":
        # a charity or rights body reports what its own teams saw: never a media report
        actor = registry.get(m.actor_id) if m.actor_id else None
        name = actor.name if actor is not None else m.name
        return "medical sources" if _MEDICAL_NAME.search(name or "") else "research report"
    if m.type in ("government", "state_force", "igo", "country"):
        return "official statement"
    if m.type in ("armed_group", "pmc"):
        return "official statement"
    return "media report"


# --- claimants read from the parse --------------------------------------------------------

#: verbs whose subject speaks: the subject claims what its clause says ("police said", "the group claimed")
SPEECH_LEMMAS = frozenset({
    "say", "tell", "report", "state", "claim", "announce", "confirm", "estimate", "note", "write", "add", "allege",
    "deny", "warn", "accuse", "insist", "explain", "acknowledge", "declare", "assert", "recount", "describe",
    "testify", "reveal", "stress", "maintain", "admit", "dispute", "reject", "repeat", "tweet", "post", "publish",
    "argue", "affirm", "threaten", "vow", "boast", "concede", "assess", "judge", "reckon", "dismiss", "refute",
    "contest"})
#: verbs of finding: their subject claims only when it is a document with an author or a named actor
#: ("ACLED found", "the SIPRI report shows"); "satellite images show" names evidence, not a claimant
FINDING_LEMMAS = frozenset({"find", "show", "suggest", "indicate", "conclude", "document", "highlight", "observe",
                            "detail", "record", "identify", "count", "estimate"})
#: verbs of saying whose object is what is claimed ("Reuters reported the withdrawal", "the group claimed
#: responsibility for the attack"); the others claim only through a clause ("announced that ...")
CONTENT_LEMMAS = frozenset({"report", "claim", "confirm", "estimate", "allege", "document", "record", "deny", "reject",
                            "dismiss", "dispute", "refute", "contest", "accuse"})
#: verbs that deny what they take: their clause is ``denied`` whatever other words it holds
DENIAL_LEMMAS = frozenset({"deny", "reject", "dismiss", "dispute", "refute", "contest"})
#: verbs that allege
ALLEGING_LEMMAS = frozenset({"allege", "accuse"})
#: documents whose author is the claimant; the value is their evidence type (None: the author's own)
DOCUMENT_EVIDENCE = {
    **{n: None for n in ("report", "study", "analysis", "assessment", "paper", "research", "investigation", "survey",
                         "brief", "briefing", "dataset", "data", "finding", "figure", "tally", "count", "estimate",
                         "toll", "account", "review", "article")},
    **{n: "official statement" for n in ("statement", "communique", "communiqué", "release", "announcement",
                                         "declaration", "letter", "bulletin")},
    **{n: "social media" for n in ("video", "footage", "post", "message", "recording", "tweet", "clip")},
}
#: documents that make a report claimant: it carries over to the sentences that follow
REPORT_LEMMAS = frozenset({"report", "study", "analysis", "assessment", "paper", "research", "investigation", "survey",
                           "brief", "briefing", "dataset", "data", "finding"})
#: speaker nouns of people and bodies the registry does not hold, by the evidence their word is
SPEAKER_EVIDENCE: tuple[tuple[str, frozenset[str]], ...] = (
    ("medical sources", frozenset({"hospital", "doctor", "medic", "nurse", "physician", "clinic", "surgeon", "morgue",
                                   "mortuary", "ambulance", "emergency", "medical", "paramedic", "health worker"})),
    ("witnesses", frozenset({"witness", "eyewitness", "resident", "villager", "survivor", "relative", "trader",
                             "farmer", "herder", "shopkeeper", "inhabitant", "local", "passenger", "neighbour",
                             "neighbor", "student", "fisherman", "driver", "worker", "volunteer", "teacher"})),
    ("local sources", frozenset({"source", "informant", "elder", "notable", "activist", "leader"})),
    ("media report", frozenset({"journalist", "reporter", "correspondent", "media", "television", "tv", "radio",
                                "newspaper", "outlet", "channel", "broadcaster", "news", "agency", "daily"})),
    ("research report", frozenset({"analyst", "expert", "researcher", "monitor", "observatory", "watchdog", "tank",
                                   "institute", "academic", "observer", "rights", "right", "ngo", "charity"})),
    ("official statement", frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "minister", "ministry",
                                      "government", "authority", "police", "army", "military", "governor", "mayor",
                                      "commander", "officer", "president", "presidency", "prefect", "administrator",
                                      "council", "junta", "command", "force", "adviser", "advisor", "ambassador",
                                      "embassy", "department", "prosecutor", "court", "headquarters", "general",
                                      "colonel", "spokespeople", "office", "cabinet", "administration", "diplomat",
                                      "envoy", "representative", "chief"})),
)
#: titles of people who speak for a body ("Houthi spokesman ...", "army commander ...")
TITLE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "commander", "leader", "official", "minister",
                         "chief", "envoy", "representative", "adviser", "advisor", "general", "colonel", "captain",
                         "major", "director", "head", "president", "secretary", "ambassador", "governor"})
#: the first word of "one of the sources", "many of those who fled": the speaker noun is the object of "of"
QUANTIFIER_HEADS = frozenset({"one", "two", "three", "some", "many", "most", "several", "few", "none", "each", "both",
                              "all", "another", "other", "dozens", "hundreds"})
#: clauses and asides that are not part of the speaker's name ("officials, who asked not to be named, said")
_SPEAKER_CUT = frozenset({"relcl", "acl", "appos", "punct", "parataxis", "advcl", "ccomp", "prep_anonymity"})
#: how a speech verb may hang from the sentence's root and still govern what the sentence tells
_MAIN_PATH = frozenset({"ROOT", "conj", "parataxis", "ccomp"})
_ANONYMOUS = re.compile(r"\banonymity\b|\bnot (?:to )?be (?:named|identified)\b|\bwithheld\b|\bunnamed\b"
                        r"|\bnot authori[sz]ed to (?:speak|talk)\b", re.I)
_MAX_SPEAKER_TOKENS = 14
#: a claimant to be taken from the sentences just before ("he said", "the statement said")
_CARRY = _Claim("", None, -1, -1, None, False)


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


def _mentions_over(mentions: list[ActorMention], start: int, end: int) -> list[ActorMention]:
    lo = bisect.bisect_left(mentions, start - 200, key=lambda m: m.start)
    return [m for m in mentions[lo:] if m.start < end and start < m.end][:8] if lo < len(mentions) else []


def _depth(tok: Token) -> int:
    d = 0
    while tok.head.i != tok.i and d < 60:
        tok, d = tok.head, d + 1
    return d


def _on_main_path(tok: Token) -> bool:
    """The speech verb governs the sentence: it is the root or hangs from it by conjunction, parataxis or
    a clause of saying; a verb inside a relative clause or an aside ("a man who said") does not."""
    for _ in range(12):
        if tok.head.i == tok.i:
            return True
        if tok.dep_ not in _MAIN_PATH and not (tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VBG"):
            return False
        tok = tok.head
    return False


def _span_of(head: Token, cut=_SPEAKER_CUT) -> tuple[int, int]:
    """Token range of ``head``'s noun phrase without its clauses and asides, at most ``_MAX_SPEAKER_TOKENS``."""
    lo = hi = head.i
    stack = [c for c in head.children if c.dep_ not in cut]
    while stack:
        t = stack.pop()
        lo, hi = min(lo, t.i), max(hi, t.i)
        stack.extend(c for c in t.children if c.dep_ not in cut)
    doc = head.doc
    if hi - lo + 1 > _MAX_SPEAKER_TOKENS:  # a long phrase: the head with the words before it
        lo = min([head.i] + [c.i for c in head.lefts if c.dep_ in ("compound", "amod", "poss", "det", "nummod")])
        hi = head.i
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    return lo, hi + 1


def _noun_of(head: Token) -> Token:
    """The speaker noun: "sources" in "one of the sources"."""
    if _lemma(head) in QUANTIFIER_HEADS or head.pos_ == "NUM":
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                objs = [o for o in p.children if o.dep_ == "pobj"]
                if objs:
                    return objs[0]
    return head


def _speaker_evidence(head: Token, lo: int, hi: int) -> str | None:
    doc = head.doc
    words = {_lemma(t) for t in doc[lo:hi]} | {t.lower_ for t in doc[lo:hi]}
    if words & SPEAKER_EVIDENCE[0][1]:
        return SPEAKER_EVIDENCE[0][0]  # "a hospital official", "the city's emergency room"
    noun = _noun_of(head)
    keys = [_lemma(noun), noun.lower_] + [_lemma(c) for c in noun.children if c.dep_ == "compound"]
    for evidence, nouns in SPEAKER_EVIDENCE[1:]:
        if any(k in nouns for k in keys):
            return evidence
    return None


def _author(doc_noun: Token) -> Token | None:
    """Who wrote a document: "the ministry's statement", "a report by X", "a statement from the army",
    "a video released by the group", "the SIPRI report", "UN figures"."""
    for c in doc_noun.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return c
    for c in doc_noun.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from", "of"):
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs and _lemma(objs[0]) not in DOCUMENT_EVIDENCE:
                return objs[0]
        if c.dep_ == "acl":
            for a in c.children:
                if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by"):
                    objs = [o for o in a.children if o.dep_ == "pobj"]
                    if objs:
                        return objs[0]
    for c in doc_noun.children:
        if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN":
            return c
    return None


#: How something is said ("said by telephone", "told us by text message"): never a speaker.
MEANS_NOUNS = frozenset({"telephone", "phone", "email", "e-mail", "text", "message", "radio", "video", "link",
                         "videolink", "satellite", "letter", "statement", "post", "whatsapp", "telegram"})


def in_dateline(tok: Token) -> bool:
    """``tok`` is in the dateline that opens a wire report ("KANO, Nigeria — ...", read by
    ``footprint.dateline``): the place it was filed from, which the small parser sometimes hangs on the
    reporting verb as its subject. Never a speaker."""
    start = tok.idx
    return any(d.holds(start, start + len(tok.text)) for d in datelines(doc_text(tok.doc)))


def _subject(verb: Token) -> Token | None:
    """The one who speaks through ``verb``: its subject, the agent of a passive, or the subject of the verb
    it is coordinated with ("condemned the attack and said ...") or explains (", saying ...")."""
    for _ in range(4):
        # two subjects on one verb is a misparse of a clause run into the next ("Talks ... ended without a
        # deal, and the governor said ..."): the speaker is the one nearest the verb
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and not in_dateline(c)]
        if subjects:
            return min(subjects, key=lambda c: abs(c.i - verb.i))
        for c in verb.children:
            if c.dep_ == "agent":
                objs = [o for o in c.children if o.dep_ == "pobj"]
                if objs and _lemma(objs[0]) in MEANS_NOUNS:
                    continue  # "said by telephone": how it was said, not who said it
                return objs[0] if objs else None
        if any(c.dep_ in ("nsubjpass", "expl") for c in verb.children):
            return None  # "it was reported that ..."
        if verb.head.i == verb.i or not (verb.dep_ == "conj" or (verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG")):
            return None
        head = verb.head
        if verb.dep_ == "conj" and head.dep_ == "ccomp" and _lemma(verb) in SPEECH_LEMMAS \
                and _lemma(head.head) in SPEECH_LEMMAS:
            # "officials insist the road is safe and say ...": the parser hangs the second verb of saying on
            # what the first one says; its subject is what is talked about, the speaker is the first one's
            head = head.head
        verb = head
    return None


def _inverted_speaker(verb: Token, sent: Span) -> tuple[int, int] | None:
    """", local officials and a vigilante leader said." closing a sentence: the words between the last comma
    and the verb are the speaker, whatever subject the parser picked further back."""
    doc = verb.doc
    # the verb closes the sentence: nothing it governs follows but its time, place or manner
    told = ("dobj", "dative") if _lemma(verb) == "tell" else ()  # "survivors told reporters."
    if any(t.dep_ in ("ccomp", "dobj", "xcomp", "dative", "attr", "oprd") and t.dep_ not in told and t.i > verb.i
           for t in verb.children):
        return None
    if sent.end - verb.i > 9 and not (verb.i + 1 < sent.end and verb.doc[verb.i + 1].text == "," and all(
            t.dep_ in ("prep", "punct", "advmod", "npadvmod") for t in verb.children if t.i > verb.i)):
        return None  # a long tail is no aside, unless only a phrase of time, place or manner follows a comma
    comma = next((t.i for t in reversed(doc[sent.start:verb.i]) if t.text == ","), None)
    if comma is None or verb.i - comma - 1 < 1 or verb.i - comma - 1 > 10:
        return None
    span = doc[comma + 1:verb.i]
    if any(t.pos_ in ("VERB", "AUX") for t in span) or not any(t.pos_ in ("NOUN", "PROPN") for t in span):
        return None
    return comma + 1, verb.i


def _claim_from(head: Token, lo: int, hi: int, mentions: list[ActorMention], registry, sent: Span,
                report_words: bool, verb: Token | None = None) -> _Claim | None:
    """The claim of the speaker phrase ``doc[lo:hi]`` whose head is ``head`` (``verb``: the verb it speaks
    through, whose asides may say the speaker is anonymous)."""
    doc = head.doc
    if head.pos_ == "PRON" or head.tag_ in ("PRP", "PRP$"):
        found = _mentions_over(mentions, head.idx, head.idx + len(head))
        if found and found[0].actor_id:
            m = found[0]
            return _Claim(m.name, m.actor_id, m.start, m.end, _evidence_for(m, registry), False)
        return _CARRY if head.lower_ in ("he", "she", "they", "it", "we") else None
    key = _lemma(head)
    if key in DOCUMENT_EVIDENCE:
        author = _author(head)
        if author is None:
            return _CARRY if any(c.lower_ in ("the", "this", "that", "its", "their") for c in head.children) else None
        a_lo, a_hi = _span_of(author, _SPEAKER_CUT | {"case"})  # "the army's statement": the army
        claim = _claim_from(author, a_lo, a_hi, mentions, registry, sent, report_words)
        if claim is None or claim is _CARRY:
            return claim
        evidence = DOCUMENT_EVIDENCE[key] or claim.evidence
        return dataclasses.replace(claim, evidence=evidence, report=claim.report or key in REPORT_LEMMAS)
    # a heading run into the sentence ("FIELD NOTES\n\nSeveral witnesses"): the speaker begins after the break
    breaks = [t.i for t in doc[lo:hi] if "\n" in t.text or "\n" in t.whitespace_]
    if breaks and breaks[-1] + 1 <= head.i:
        lo = breaks[-1] + 1
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    text = doc[lo:hi].text  # Doc.text rebuilds the whole document: read the span's own words
    inside = [m for m in _mentions_over(mentions, start, end) if m.type in CLAIMANT_TYPES]
    on_head = next((m for m in inside if m.start <= head.idx < m.end), None)
    # a name given in apposition: "the think tank, the Centre for ...", "the prime minister, Najib Mikati"
    if on_head is None or on_head.actor_id is None:
        for c in head.children:
            if c.dep_ == "appos":
                hit = [m for m in _mentions_over(mentions, c.idx, c.idx + len(c)) if m.actor_id]
                if hit:
                    on_head = hit[0]
                    break
    chosen = on_head
    if (chosen is None or chosen.actor_id is None) and head.pos_ == "PROPN" and any(
            _lemma(t) in TITLE_NOUNS for t in doc[lo:hi] if t.i != head.i):
        # "Houthi spokesman Yahya Saree", "RSF commander Abdel Rahim": a named person speaks for the body
        # named in the title
        body = next((m for m in inside if m.actor_id and m.type not in (None, "person") and m is not on_head), None)
        if body is not None:
            chosen = body
    if chosen is None and head.pos_ != "PROPN":
        # the body a person speaks for: "a spokesman for the army", "an RSF adviser"; a word inside a name
        # ("the Syrian Observatory ...") is not the speaker
        chosen = next((m for m in inside if m.actor_id), None) or (inside[0] if inside else None)
    if chosen is None:
        # "the force said", "the group said in a statement": the body named before, not the words
        chosen = _antecedent(head, start, mentions)
        if chosen is not None:
            on_head = chosen
    actor = registry.get(chosen.actor_id) if chosen is not None and chosen.actor_id else None
    evidence = _speaker_evidence(head, lo, hi)
    # a registry actor's kind says more than its words; an unregistered name ("the Syrian Observatory ...")
    # says no more than its words
    if evidence != "medical sources" and chosen is not None and chosen.type not in (None, "person") and (
            (chosen is on_head and chosen.actor_id is not None) or evidence is None):
        evidence = _evidence_for(chosen, registry)
    aside_end = verb.i if verb is not None and verb.i > head.right_edge.i else head.right_edge.i + 1
    if evidence in (None, "official statement") and _ANONYMOUS.search(doc[head.left_edge.i:aside_end].text):
        evidence = "local sources"  # an official who may not be named speaks as a source, not for the office
    # a named organisation or person speaks under its own name; a national body ("Russia's defence
    # ministry", "the army") and an unnamed speaker are kept in the words used
    named = chosen is not None and chosen is on_head and actor is not None and not actor.generated
    name = chosen.name if named else text
    if chosen is not None and chosen is on_head and chosen.start < start:
        name = chosen.name if named else _full_name(doc, chosen)
    report = report_words and chosen is not None and chosen.type == "source" and chosen.actor_id is not None
    return _Claim(name, chosen.actor_id if chosen is not None else None, start, end, evidence, report)


#: descriptor heads a speaker may be named by once its body was named ("the force said") -> the kinds of
#: body they stand for; the actors lexicon's descriptors ("the group", "the movement", "the police command")
#: come on top
_SPEAKER_DESCRIPTORS: dict[str, tuple[str, ...]] = {
    "force": ("state_force",), "forces": ("state_force",), "command": ("state_force",), "police": ("state_force",),
    "service": ("state_force", "government"), "ministry": ("government",), "department": ("government",),
    "office": ("government", "igo"), "agency": ("government", "igo", "source"),
    "group": ("armed_group", "pmc", "ngo"), "organisation": ("armed_group", "igo", "ngo", "source"),
    "organization": ("armed_group", "igo", "ngo", "source"), "movement": ("armed_group",),
    "alliance": ("armed_group",), "coalition": ("armed_group",), "militia": ("armed_group",),
    "mission": ("igo",), "charity": ("ngo",), "outlet": ("source",), "newspaper": ("source",)}
#: how far back the body may be named: the paragraph of the descriptor or the one before
_ANTECEDENT_PARAGRAPHS = 1


def _descriptor_kinds(head: Token) -> tuple[str, ...]:
    from ..actors import lexicon as lx

    key = _lemma(head)
    phrase = " ".join(t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod")) + " " + head.lower_
    return lx.DESCRIPTORS.get(phrase.strip()) or _SPEAKER_DESCRIPTORS.get(key) or lx.DESCRIPTORS.get(key) or ()


#: modifiers that leave a descriptor pointing back ("the same ministry", "the latter group")
_BACK_MODIFIERS = frozenset({"same", "latter", "former", "said"})


def _bare(head: Token) -> bool:
    """Whether a descriptor carries nothing that sets its body apart: "the Russian-installed administration",
    "the regional command", "the ministry of health" or "the army's press service" name a body of their own,
    which the nearest body of the same kind need not be; a modifier phrase that is itself a descriptor ("the
    police command") does not count."""
    from ..actors import lexicon as lx

    mods = [c for c in head.children if c.i < head.i and c.dep_ not in ("det", "punct")]
    if any(c.dep_ == "prep" or c.dep_ == "poss" for c in head.children):
        return False
    if not mods:
        return True
    words = [c for c in mods if c.lower_ not in _BACK_MODIFIERS]
    if not words:
        return True
    # a descriptor phrase as a whole, with every modifier a plain word: "the police command"
    phrase = " ".join(t.lower_ for t in head.doc[words[0].i:head.i + 1])
    return all(c.dep_ in ("compound", "amod") and c.n_lefts + c.n_rights == 0 for c in words) \
        and phrase in lx.DESCRIPTORS


def _antecedent(head: Token, start: int, mentions: list[ActorMention]) -> ActorMention | None:
    """The body a definite descriptor speaker ("the force", "the ministry") stands for: the nearest mention of
    a fitting kind before it, in its paragraph or the one before. Only "the"/"this" + a descriptor head: "a
    police officer" or "police" with no determiner is a speaker of its own."""
    if head.pos_ not in ("NOUN", "PROPN") or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
        return None
    kinds = _descriptor_kinds(head)
    if not kinds or not _bare(head):
        return None
    text = doc_text(head.doc)
    lo = bisect.bisect_left(mentions, start - 3000, key=lambda m: m.start)
    for m in reversed(mentions[lo:]):
        if m.end > start or m.type not in kinds:
            continue
        between = text[m.end:start]
        if len(re.findall(r"\n\s*", between)) > _ANTECEDENT_PARAGRAPHS:
            return None
        if m.via == "coref" and m.actor_id is None:
            continue  # an unresolved descriptor names no body
        return m
    return None


def _full_name(doc, m: ActorMention) -> str:
    """An unregistered body's name with the capitalised words before its mention ("the National Police",
    whose mention is "Police")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return m.name
    lo = span.start
    while lo > 0 and lo > span.start - 4 and doc[lo - 1].is_title and doc[lo - 1].pos_ == "PROPN" \
            and lo - 1 != doc[lo - 1].sent.start:
        lo -= 1
    return doc[lo:span.end].text if lo < span.start else m.name


def _has_clause(verb: Token) -> bool:
    """The verb says a clause: "said that ...", or "said in a statement that ..." where the parser hangs the
    clause on the document."""
    if any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return True
    return any(o.dep_ == "pobj" and _lemma(o) in DOCUMENT_EVIDENCE and any(
        a.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)
        for a in o.children) for p in verb.children if p.dep_ == "prep" for o in p.children)


def _only_speaks(verb: Token, subj: Token) -> bool:
    """The speaker's part in the sentence is to speak: the verb is its own (not shared with an action, as in
    "condemned the strike and said ...") and what it says is a clause ("said that ...", "..., police said")."""
    own = subj.head.i == verb.i or (subj.head.head.i == verb.i and subj.head.dep_ == "agent")
    return own and (_has_clause(verb) or _aside(verb))


def _outlet_told(verb: Token, mentions: list[ActorMention]) -> ActorMention | None:
    """"witnesses told AFP", "residents said to Reuters": the outlet that carries an unnamed speaker."""
    for c in verb.children:
        objs = [c] if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN" else (
            [o for o in c.children if o.dep_ == "pobj"] if c.dep_ in ("dative", "prep") and c.lower_ == "to" else [])
        for o in objs:
            hit = [m for m in _mentions_over(mentions, o.idx, o.idx + len(o)) if m.type == "source"]
            if hit:
                return hit[0]
    return None


@dataclass(frozen=True)
class _Clause:
    """One reporting clause of a sentence: who speaks (``claim``), through which words (``verb``: the token
    index of the verb or of "according"), and over which characters (``scope``: the verb's subtree, what is
    reported). ``primary``: the clause that gives the sentence its claimant."""

    claim: _Claim
    verb: int
    scope_start: int
    scope_end: int
    primary: bool


def _relative_speech(tok: Token) -> bool:
    """A second speaker in a clause that does not govern the sentence: a relative clause ("a figure the
    government disputed", "..., which UN experts had alleged") or an adverbial one ("..., while Russia denied
    ...") whose verb of saying has a subject of its own (not "a man who said": the man described speaks)."""
    if tok.dep_ == "advcl" and tok.tag_ != "VBG":
        pass
    elif tok.dep_ != "relcl" or _lemma(tok) not in (DENIAL_LEMMAS | ALLEGING_LEMMAS | CONTENT_LEMMAS | {"say"}):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ not in ("who", "that", "which", "whom") and subj.tag_ not in ("WDT", "WP")


def _reduced_passive(verb: Token) -> bool:
    """"as reported earlier", "as first reported by Reuters", "as had been reported": a passive participle set
    in by "as". What stands before it is what was reported, never who reported it (the parser may still hang
    "the market" on it as a subject); only its agent speaks. "as police had reported" is active."""
    deps = {c.dep_ for c in verb.children}
    return verb.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
        and ("aux" not in deps or "auxpass" in deps)


def _as_comment(verb: Token) -> bool:
    """", as police had reported.", ", as the army said on Monday.": an active verb of saying set in by "as"
    with nothing said of its own (no object or clause): a comment on the sentence it hangs from, whose subject
    speaks for all of it. "as the minister announced a curfew" tells an act, not a source."""
    return verb.tag_ != "VBG" and verb.head.i != verb.i \
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
        and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "dative", "oprd") for c in verb.children)


def _agent(verb: Token) -> Token | None:
    return next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)


def _described_as(verb: Token) -> bool:
    """"villagers described the gunmen as young men on motorbikes": what is said is the "as" phrase."""
    return _lemma(verb) == "describe" and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


#: what "according to" may mean besides a source: in keeping with a rule ("buried according to Islamic rites")
RULE_NOUNS = frozenset({"rite", "ritual", "tradition", "custom", "law", "rule", "plan", "schedule", "timetable",
                        "procedure", "protocol", "practice", "programme", "program", "constitution", "principle",
                        "regulation", "guideline", "norm", "standard"})


def _nobody(subj: Token) -> bool:
    """"no group", "nobody", "none of the factions": a subject that names no one who speaks."""
    return subj.lower_ in ("nobody", "none", "no-one", "noone") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subj.children)


def _negated(verb: Token) -> bool:
    """"did not claim", "has never said": nothing is said through the verb."""
    return any(c.dep_ == "neg" for c in verb.children)


#: acts a group may claim as its own besides the events lexicon's nouns ("claimed the assassination")
_CLAIMED_ACTS = frozenset({"assassination", "murder", "execution", "operation", "beheading", "hijacking"})
#: frames of the events lexicon whose nouns and verbs name an act a group may claim as its own ("claimed the
#: raid", "claimed the kidnapping"); building, agreeing or announcing is no such act
_ACT_FRAMES = frozenset({"attack", "abduct", "sexual", "arrest", "loot", "capture", "riot", "coup"})


def _claimed_object(verb: Token) -> Token | None:
    """The direct object of "claim", or None."""
    if _lemma(verb) != "claim":
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def takes_lives(verb: Token) -> bool:
    """"the blast claimed 12 lives", "claimed the lives of ...": "claim" as taking, no speech at all."""
    obj = _claimed_object(verb)
    return obj is not None and _lemma(obj) in ("life", "lives")


def claims_an_act(verb: Token) -> bool:
    """"ISWAP claimed the ambush", "claimed the killing of ...": a group tells an act as its own, as "claimed
    responsibility for" does; no allegation about others."""
    obj = _claimed_object(verb)
    if obj is None:
        return False
    from ..events.vocabulary import lexicon  # here: the events stage imports this package

    lex, key = lexicon(), _lemma(obj)
    if key in _CLAIMED_ACTS or _ACT_FRAMES.intersection(lex.nouns.get(key, ())):
        return True
    # an -ing noun counts only when its verb tells an act: "claimed the shooting", never "claimed the building"
    low = obj.lower_
    if not low.endswith("ing") or len(low) <= 5:
        return False
    stem = low[:-3]
    stems = (stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else stem)  # "kidnapping", "storing"
    return any(_ACT_FRAMES.intersection(lex.verbs.get(s, ())) for s in stems)


def takes_hold(verb: Token) -> bool:
    """"rebels claimed the building", "claimed the town": "claim" as seizing a place or thing, no speech."""
    obj = _claimed_object(verb)
    if obj is None:
        return False
    from ..events.vocabulary import lexicon

    lex, key = lexicon(), _lemma(obj)
    return key == "control" or any(lex.in_class(key, c) for c in ("place", "base", "property"))


def no_claim(verb: Token) -> bool:
    """The verb tells that nothing was claimed or said: "no group has claimed", "claimed by no group",
    "nobody said", "did not claim"."""
    if _negated(verb):
        return True
    # a passive's subject is what was claimed ("no attack was claimed by X"); in a relative clause ("a raid
    # that no faction claimed") either subject is the one who claims
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and (subj.dep_ == "nsubj" or verb.dep_ == "relcl") and _nobody(subj):
        return True
    agent = _agent(verb)
    return agent is not None and _nobody(agent)


def according_to(according: Token) -> Token | None:
    """The object of "according to" ("reports" in "according to unconfirmed reports"), or None."""
    to = next((c for c in according.children if c.lower_ == "to"), None)
    return next((o for o in to.children if o.dep_ == "pobj"), None) if to is not None else None


def _options(sent: Span, mentions: list[ActorMention]) -> list[tuple[int, int, Token, Token, bool]]:
    """(depth, position, verb or "according", subject, may be primary) of every verb of saying that speaks."""
    doc = sent.doc
    options: list[tuple[int, int, Token, Token, bool]] = []
    for tok in sent:
        low = tok.lower_
        if low == "according":
            obj = according_to(tok)
            if obj is not None and _lemma(obj) not in RULE_NOUNS:
                options.append((_depth(tok), tok.i, tok, obj, True))
            continue
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        key = _lemma(tok)
        finding = key in FINDING_LEMMAS and key not in SPEECH_LEMMAS
        if not (key in SPEECH_LEMMAS or finding):
            continue
        if _reduced_passive(tok):
            # a reminder that names no one ("as reported earlier today") has no speaker; "as first reported by
            # Reuters" qualifies the whole sentence, as "according to" does
            agent = _agent(tok)
            if agent is not None and key in SPEECH_LEMMAS and not _negated(tok):
                options.append((_depth(tok), tok.i, tok, agent, True))
            continue
        relative = False
        if _as_comment(tok) and key in SPEECH_LEMMAS:
            subj = _subject(tok)
            if subj is not None and not _negated(tok):
                options.append((_depth(tok), tok.i, tok, subj, True))
            continue
        if not _on_main_path(tok) and _inverted_speaker(tok, sent) is None:
            if not _relative_speech(tok):
                continue  # ", a rights group reported." closes the sentence even when parsed as a relative clause
            relative = True
        if _negated(tok) or any(c.dep_ == "aux" and _lemma(c) in ("will", "would", "should", "can", "shall")
                                for c in tok.children) or takes_lives(tok) or takes_hold(tok):
            continue  # "did not claim", "will announce": nothing is claimed; "the blast claimed 12 lives", "claimed the
            # building": no speech
        subj = _subject(tok)
        if subj is None:
            # ", a community leader said by telephone.": the parser found no subject, the closing words name one
            inv = _inverted_speaker(tok, sent)
            if inv is None:
                continue
            subj = next(t for t in doc[inv[0]:inv[1]] if t.head.i < inv[0] or t.head.i >= inv[1] or t.head.i == t.i)
        if not (finding or relative) and key not in CONTENT_LEMMAS and not _has_clause(tok) \
                and _inverted_speaker(tok, sent) is None and not _aside(tok) and not _described_as(tok):
            # "Mali's junta announced the end of the accord": the speech is the event, told by the publisher;
            # there is no claim to attribute
            continue
        if finding and _lemma(subj) not in DOCUMENT_EVIDENCE and not _mentions_over(mentions, subj.idx, subj.idx + len(subj)):
            continue
        if _nobody(subj):
            continue  # "no group claimed the attack": nobody claims anything
        options.append((_depth(tok), tok.i, tok, subj, not relative))
    return options


def _resolve(verb: Token, subj: Token, sent: Span, mentions: list[ActorMention], registry,
             report_words: bool) -> _Claim | None:
    doc = sent.doc
    inverted = None
    if verb.lower_ == "according":
        lo, hi = _span_of(subj)
    else:
        inverted = _inverted_speaker(verb, sent) if subj.i < verb.i else None
        if inverted is not None and subj.i < inverted[0]:
            lo, hi = inverted
            subj = next(t for t in doc[lo:hi] if t.head.i < lo or t.head.i >= hi or t.head.i == t.i)
        else:
            lo, hi = _span_of(subj)
    claim = _claim_from(subj, lo, hi, mentions, registry, sent, report_words,
                        verb if verb.lower_ != "according" else None)
    if claim is None:
        return None
    if claim is not _CARRY and not _qualifies(verb) and not inverted and not _only_speaks(verb, subj):
        # "the RSF denied targeting civilians and accused the army ...": the claimant is also the one who
        # acts; no span, so that the events stage keeps it among the actors
        claim = dataclasses.replace(claim, start=-1, end=-1)
    if claim is not _CARRY and claim.actor_id is None and verb.lower_ != "according":
        outlet = _outlet_told(verb, mentions)
        if outlet is not None:
            return _Claim(outlet.name, outlet.actor_id, outlet.start, outlet.end, claim.evidence, False)
    return claim


def _aside(verb: Token) -> bool:
    """A verb of saying set as an aside into what it reports ("On Sunday, the army said, he was killed"): hung
    on the reported clause by parataxis, with no object or clause of its own."""
    return verb.dep_ == "parataxis" and verb.head.i != verb.i and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in verb.children)


def _qualifies(verb: Token) -> bool:
    """"according to X", "as reported by X", "as police said": the clause qualifies the one it hangs from."""
    return verb.lower_ == "according" or _reduced_passive(verb) or _as_comment(verb)


def _scope(verb: Token) -> tuple[int, int]:
    """What a clause reports: its verb's subtree ("according to", "as reported by", "as police said": the
    subtree of what it qualifies; an aside: the clause it is set into)."""
    top = verb.head if (_qualifies(verb) or _aside(verb)) and verb.head.i != verb.i else verb
    lo, hi = top.left_edge, top.right_edge
    doc = verb.doc
    while hi.i > lo.i and doc[hi.i].is_space:  # a trailing blank line is no part of what is said
        hi = doc[hi.i - 1]
    return lo.idx, hi.idx + len(hi)


def clauses_by_parse(sent: Span, mentions: list[ActorMention], registry) -> list[_Clause]:
    """Every reporting clause of a parsed sentence, in text order; the primary one is the subject of the
    highest verb of saying that governs the sentence (as ``_claim_by_parse`` reads it). A second speaker
    ("..., while Russia denied ...", "a figure the government disputed", "..., but the army said ...") is a
    clause of its own; a speaker who speaks twice ("said ..., adding that ...") is one clause."""
    options = _options(sent, mentions)
    if not options:
        return []
    report_words = any(t.pos_ in ("NOUN", "PROPN") and _lemma(t) in REPORT_LEMMAS for t in sent)
    out: list[_Clause] = []
    primary_found = False
    speakers: set[int] = set()
    for _, _, verb, subj, may_lead in sorted(options, key=lambda o: (not o[4], o[0], o[1])):
        claim = _resolve(verb, subj, sent, mentions, registry, report_words)
        if claim is None:
            continue
        lead = may_lead and not primary_found
        if not lead and (claim is _CARRY or subj.i in speakers):
            continue  # only the primary clause takes a speaker from the sentences before
        speakers.add(subj.i)
        primary_found = primary_found or lead
        out.append(_Clause(claim, verb.i, *_scope(verb), lead))
    return sorted(out, key=lambda c: c.verb)


def _claim_by_parse(sent: Span, mentions: list[ActorMention], registry) -> _Claim | None:
    """The claimant of a parsed sentence: the subject of the highest verb of saying that governs it, the
    object of "according to", or the author of a document that speaks ("a statement from the ministry said")."""
    return next((c.claim for c in clauses_by_parse(sent, mentions, registry) if c.primary), None)


#: things that show without an author: "satellite images show", "footage posted online shows"
def _subject_claim(sent: Span, mentions: list[ActorMention], registry) -> _Claim | None:
    """The subject of a sentence's main verb as a speaker, for a "he said"/"it said" that follows it ("The
    ministry issued a statement. It said ..."): a named actor or a noun for people or bodies that speak."""
    if not doc_parsed(sent.doc):
        return None
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    lo, hi = _span_of(subj)
    claim = _claim_from(subj, lo, hi, mentions, registry, sent, False)
    if claim is None or claim is _CARRY or (claim.actor_id is None and claim.evidence is None):
        return None
    return claim
