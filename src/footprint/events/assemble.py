"""Builds ``Event`` records for a whole document from the typed triggers.

Per sentence: triggers are found and typed (``classify``), roles read from the
parse (``roles``), and each event gets the sentence's numbers; its record, with
place, date and attribution from the other stages, is built in ``records``.
Across sentences: a definite noun ("the attack", "construction at the base")
that points back to an event already
told adds its numbers to that event instead of making a new one, and an
attack told without its author inherits the author of the attacks mentioned
just before ("Attacks by X have increased. An incident in May targeted ..."), never
from an earlier item of a roundup (``places/items.py``).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from itertools import takewhile
from typing import Any, Callable

from spacy.tokens import Doc, Span, Token

from ..model import (
    ActorMention,
    Attribution,
    Event,
    EventActor,
    EventDate,
    EventLocation,
    Quantity,
)
from ..attribution import attribution_for, is_meta_statement
from ..dates import event_date
from ..places import event_location
from ..nlp import doc_text, span_text
from ..places.items import same_item
from ..sentences import figure_row
from . import roles
from .abuses import dead_counted, taken_counted
from .candidate import Candidate
from .classify import find_candidates
from .context import ANSWER_NOUNS, our_side, statement_author
from .records import event_record, merged_retellings, shared_by_clauses
from .syntax import (
    SUBJ, across_break, contrast_clause, event_clause, is_name, lem, onset_subject, own_relative, own_words,
    placed_apart, subjects)
from .tolls import (
    TOLL_KINDS, add_toll, bare_toll, casualty_clause, casualty_detail, revised_toll, revision, summed_tolls,
    toll_names, told_loss, toll_of_capture)
from .vocabulary import EventType, Lexicon, lexicon, vocabulary

#: How many sentences back a definite mention ("the attack") may point.
COREF_WINDOW = 6
#: How many sentences back an attack's author may be inherited from.
CARRY_WINDOW = 2
#: Types kept only when the sentence holds no other event.
WEAK_TYPES = {"statement", "analytic_assessment"}
META_SUBJECTS = {"report", "study", "analysis", "assessment", "paper", "brief", "article", "survey", "document"}
META_VERBS = {"state", "say", "highlight", "note", "find", "suggest", "argue", "describe", "conclude", "warn",
              "add", "show", "indicate", "claim", "stress", "underline", "observe", "draw", "detail", "document"}


def _family(type_: str) -> str:
    if type_.startswith("base_"):
        return "base"
    t = vocabulary().get(type_)
    if t and t.plover in ("FIGHT", "ASSAULT") and type_ not in ("mob_violence",):
        return "attack"
    return type_


# --- other stages ---------------------------------------------------------------------

#: ``(doc, sent_start, sent_end, trigger_start, trigger_end) -> EventLocation | None``
LocateFn = Callable[[Doc, int, int, int, int], EventLocation | None]
#: ``(doc, sent_start, sent_end, trigger_start, trigger_end) -> (EventDate | None, background)``
DateFn = Callable[[Doc, int, int, int, int], tuple[EventDate | None, bool]]


def _local_meta(sent: Span) -> bool:
    """A sentence whose subject is a report and whose verb says ("the report states ...")."""
    for tok in sent:
        if tok.dep_ in SUBJ and lem(tok) in META_SUBJECTS and lem(tok.head) in META_VERBS:
            return True
    return False


def _is_meta(doc: Doc, sent: Span) -> bool:
    """A sentence about a report is attribution, not an event: the attribution stage's patterns, or a
    report noun as the subject of a saying verb (read from the parse)."""
    return is_meta_statement(doc, sent) or _local_meta(sent)


@dataclasses.dataclass(frozen=True)
class Stages:
    """The other stages' functions that place, date and filter an event. They are called as they are:
    an error in one of them is that stage's error and reaches the caller (it is not turned into an event
    with no place). Tests may pass their own."""

    event_location: LocateFn = event_location
    event_date: DateFn = event_date
    is_meta: Callable[[Doc, Span], bool] = _is_meta


# --- mentions -----------------------------------------------------------------------


def ner_mentions(doc: Doc) -> list[ActorMention]:
    """Actor mentions from the parser's entities, used only when no actors stage ran."""
    out = []
    for ent in doc.ents:
        if ent.label_ in ("NORP", "ORG", "GPE", "PERSON"):
            out.append(ActorMention(start=ent.start_char, end=ent.end_char, text=ent.text, actor_id=None, name=ent.text,
                                    type="country" if ent.label_ == "GPE" else ("person" if ent.label_ == "PERSON" else None),
                                    via="ner", metonymy=ent.label_ == "GPE"))
    return out


def mention_token_types(doc: Doc, mentions: list[ActorMention]) -> dict[int, str]:
    out: dict[int, str] = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for t in span:
            out[t.i] = m.type or "unknown"
    return out


# --- assembly -----------------------------------------------------------------------


@dataclasses.dataclass
class Draft:
    cand: Candidate
    sent: Span
    sent_index: int
    actors: list[EventActor]
    etype: EventType
    quantities: list[Quantity]
    emit: bool = True
    inherited: bool = False
    embedded: bool = False
    extra_quantities: list[Quantity] = dataclasses.field(default_factory=list)


def _has_own_anchor(c: Candidate, doc: Doc) -> bool:
    """A noun phrase with its own date, number or proper name tells something new. Only the noun's own
    modifiers count, not an apposition or a list hung on it ("the attack, including two women")."""
    for t in roles.phrase(c.token):
        if any(a.dep_ == "prep" and a.lower_ in ("including", "among") for a in [t] + list(t.ancestors)
               if a.i > c.token.i and a.i <= t.i):
            continue
        if t.ent_type_ in ("DATE", "GPE", "LOC", "FAC", "ORG", "NORP") or t.like_num:
            return True
    # "the war between the army and X broke out in April 2023": a fight told as beginning, with a day or a
    # place of its own on the verb, is a new event, not a mention of the fighting told before
    if onset_subject(c.token):
        return any(t.ent_type_ in ("DATE", "GPE", "LOC", "FAC") for t in own_words(c.token.head))
    return False


#: Determiners that point back to an event already told ("the attack", "this assault").
POINTING = frozenset({"the", "this", "that"})


def _anaphoric_base(c: Candidate) -> bool:
    """A base trigger whose base noun is definite and unnamed ("construction at the base")."""
    for t in c.token.subtree:
        if lem(t) in ("base", "camp", "facility", "airbase", "installation") and any(
                d.dep_ == "det" and d.lower_ in POINTING for d in t.children):
            if not any(x.ent_type_ in ("GPE", "LOC", "FAC", "ORG") or x.pos_ == "PROPN" for x in t.subtree):
                return True
    return False


#: ``Doc.user_data`` key of the page's quantities sorted by start, with the list they were read from: a filter
#: of the whole page per sentence is quadratic.
QUANTITY_STARTS_KEY = "footprint.events.quantity_starts"


def sentence_quantities(doc: Doc, start: int, end: int) -> list[Quantity]:
    """The quantities of ``doc._.fp_quantities`` that start in ``start:end``, in the order of that list."""
    quantities = doc._.fp_quantities or ()
    cached = doc.user_data.get(QUANTITY_STARTS_KEY)
    if cached is None or cached[0] is not quantities or len(cached[2]) != len(quantities):
        order = sorted(range(len(quantities)), key=lambda k: quantities[k].start)
        cached = doc.user_data[QUANTITY_STARTS_KEY] = (quantities, [quantities[k].start for k in order], order)
    _, starts, order = cached
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return [quantities[k] for k in sorted(order[lo:hi])]


def sentence_drafts(doc: Doc, sent: Span, index: int, mentions: list[ActorMention], mtypes: dict[int, str],
                    place_starts: frozenset[int], attribution: Attribution | None, lex: Lexicon) -> list[Draft]:
    vocab = vocabulary()
    cands = find_candidates(sent, place_starts=place_starts, mention_types=mtypes, lex=lex)
    quants = sentence_quantities(doc, sent.start_char, sent.end_char)
    drafts = []
    for c in cands:
        et = vocab.get(c.type)
        if et is None:
            continue
        # the speaker of the clause that reports the trigger is no party to it (sentence record: the fallback)
        att = attribution_for(doc, sent.start_char, c.start, c.end) or attribution
        exclude = (att.start, att.end) if att else None
        if exclude and _speaker_acts(c.token, exclude):
            exclude = None
        drafts.append(Draft(cand=c, sent=sent, sent_index=index, actors=roles.assign(c, sent, mentions, exclude=exclude, lex=lex),
                            etype=et, quantities=taken_counted(c, dead_counted(c, quants))))
    return drafts


def _speaker_acts(tok, span: tuple[int, int]) -> bool:
    """The trigger's own subject is the speaker ("the ministry condemned the raids and said ...", "police
    arrested five men and said ..."): the one who speaks also does what the trigger tells."""
    return any(span[0] <= s.idx < span[1] for s in subjects(tok) if s.tag_ != "PRP")


def _dedupe(drafts: list[Draft]) -> list[Draft]:
    """One event per type and sentence: the verb trigger (or the first) carries it, others add actors."""
    by_type: dict[tuple[int, str, int], Draft] = {}
    out = []
    for d in drafts:
        # coordinated clauses and relative clauses with their own subjects tell events of their own ("X raided
        # A and Y raided B", "fighting near X, a town where troops launched an offensive last week")
        key = (d.sent_index, d.etype.name, event_clause(d.cand.token))
        first = by_type.get(key)
        if first is not None and (_in_sequence(first.cand.token, d.cand.token)
                                  or placed_apart(first.cand.token, d.cand.token)):
            out.append(d)  # "fighting shook the city a day after X was killed": two events, actors apart
            continue
        if first is None:
            by_type[key] = d
            out.append(d)
            continue
        seen = {(a.start, a.end) for a in first.actors}
        first.actors.extend(a for a in d.actors if (a.start, a.end) not in seen)
        if first.cand.token.pos_ != "VERB" and d.cand.token.pos_ == "VERB":
            first.cand, d.cand = d.cand, first.cand
    return out




def _apart(a, b) -> bool:
    """Two triggers of one sentence told as distinct events: one is what the other answers ("struck targets
    in retaliation for a drone attack"). A sequence word ("after overrunning a post") still tells one operation."""
    def path(x, top) -> list:
        out = []
        for _ in range(40):  # spaCy makes a new Token on each access: compare indices
            if x.i == top.i or x.head.i == x.i:
                break
            out.append(x)
            x = x.head
        return out if x.i == top.i else []

    if event_clause(a) != event_clause(b):
        return True  # "a drone struck a truck near X and gunmen attacked a checkpoint in Y": two attacks
    for x, y in ((a, b), (b, a)):
        p = path(x, y)
        if p and any(t.dep_ == "prep" and t.lower_ in ("for", "to") and lem(t.head) in ANSWER_NOUNS for t in p):
            return True
    return _in_sequence(a, b) or placed_apart(a, b)


def _in_sequence(a, b) -> bool:
    """One trigger sits in a clause of its own told in sequence with the other's ("a day after X was killed")."""
    return any(_own_sequence_clause(t) for x, y in ((a, b), (b, a)) for t in _below_common(x, y))


def _below_common(x, y) -> list:
    """The tokens from ``x`` up to, not including, the lowest head it shares with ``y``."""
    above_y = {y.i} | {t.i for t in y.ancestors}
    out = []
    for _ in range(40):
        if x.i in above_y or x.head.i == x.i:
            break
        out.append(x)
        x = x.head
    return out


def _own_sequence_clause(t) -> bool:
    """A clause opened by a sequence word with a subject of its own ("fighting shook the city a day after the
    head of a militia was killed"): another event, whose victims are not the fighting's. With no subject
    ("after overrunning a post") it is a step of the same operation."""
    if t.dep_ not in ("advcl", "pcomp", "pobj") or not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return False
    return any(c.dep_ in ("mark", "advmod", "prep") and c.lower_ in SEQUENCE_WORDS for c in t.children) or (
        t.dep_ in ("pcomp", "pobj") and t.head.lower_ in SEQUENCE_WORDS)


def _family_dedupe(drafts: list[Draft]) -> list[Draft]:
    """Within a sentence, the attack family keeps the most specific type ("the IED killed" is one event)."""
    out: list[Draft] = []
    for d in drafts:
        fam = _family(d.etype.name)
        if fam == "attack":
            same = [o for o in out if o.sent_index == d.sent_index and _family(o.etype.name) == "attack"
                    and not _apart(o.cand.token, d.cand.token)]
            if same:
                o = same[0]
                if d.etype.priority > o.etype.priority and not toll_of_capture(o, d):
                    o.etype, o.cand = d.etype, d.cand
                seen = {(a.start, a.end) for a in o.actors}
                o.actors.extend(a for a in d.actors if (a.start, a.end) not in seen)
                continue
        out.append(d)
    return out


def _earlier_in_sentence(kept: list[Draft], d: Draft) -> Draft | None:
    """For casualties with no author of their own ("a drone struck a truck; the driver was killed"): the attack
    told before them in the same sentence, whose toll they are."""
    if not _casualty_detail(d, own_clause=True):
        return None
    fam = _family(d.etype.name)
    # not one told in sequence ("fighting shook the city a day after a commander was killed": two events)
    before = [o for o in kept if o is not d and o.emit and _family(o.etype.name) == fam
              and o.cand.token.i < d.cand.token.i and not _in_sequence(o.cand.token, d.cand.token)]
    return before[-1] if before else None


#: Prepositions that open the fight a sentence goes on from ("After fierce fighting, our forces killed eight").
AFTER_PREPS = frozenset({"after", "following"})


def _after_the_fighting(tok, lex: Lexicon) -> bool:
    """"After fierce fighting, our forces neutralised eight terrorists": a verb opened by "after" and a bare fight
    noun, with no day or place of its own, tells the outcome of the fighting told just before, not a new fight
    (a clash only: "after heavy fighting, the rebels killed twelve villagers" is an attack of its own)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    opened = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in AFTER_PREPS and p.i < tok.i
              for o in p.children if o.dep_ == "pobj"]
    if not any(lem(o) in lex.nouns and not any(c.dep_ in ("det", "poss", "nummod") for c in o.children)
               for o in opened):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for t in own_words(tok))


def _told_event_subject(tok, lex: Lexicon) -> bool:
    """"The attack was repelled and nine assailants were neutralised": a verb whose subject is a definite event
    noun with no day, place or number of its own tells what became of the event told before, and so does a
    passive verb joined to it with no doer of its own."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    verbs = [tok]
    if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "agent") for c in tok.children):
        verbs.append(tok.head)
    for v in verbs:
        for s in v.children:
            if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ == "NOUN" and lem(s) in lex.nouns and any(
                    c.dep_ == "det" and c.lower_ in POINTING for c in s.children) and not any(
                    t.ent_type_ in ("DATE", "GPE", "LOC", "FAC", "ORG", "NORP") or t.like_num for t in s.subtree):
                return True
    return False


def _in_told_event(tok, lex: Lexicon) -> bool:
    """"It said three fighters were neutralised in the raid": a passive with no doer, set "in" or "during" a
    definite event noun, with no day or place of its own, tells the toll of the event told before. A side that
    says it killed ("its troops killed 32 rebels in the fighting") tells a claim the gold keeps apart."""
    if tok.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "nsubjpass" for c in tok.children) or any(
            c.dep_ == "agent" for c in tok.children):
        return False
    held = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "during")
            for o in p.children if o.dep_ == "pobj"]
    if not any(o.pos_ == "NOUN" and lem(o) in lex.nouns and any(
            c.dep_ == "det" and c.lower_ in POINTING for c in o.children) for o in held):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for t in own_words(tok))


def _casualty_detail(d: Draft, *, own_clause: bool = False) -> bool:
    return casualty_detail(d.cand.token, d.cand.actor_toks, d.actors, own_clause=own_clause)


#: A clause or phrase introduced by these words tells an event of its own, in sequence.
SEQUENCE_WORDS = {"after", "before", "since", "until", "following", "once", "later", "then"}


def _embedded_under(tok, heads: dict[int, Draft]) -> bool:
    """``tok`` hangs, below the sentence's main clause, under another event's trigger:
    "demonstrated to demand protection from attacks", "condemned the deployment",
    "killed demonstrators when they stormed a camp". Conjuncts ("stormed and killed")
    and events told in sequence ("after the troops left") stand on their own."""
    cur = tok
    for _ in range(12):
        if cur.dep_ == "ROOT" or cur.head is cur:
            return False
        if cur.dep_ in ("conj", "parataxis") or own_relative(cur) or contrast_clause(cur) or across_break(cur):
            # a relative clause with its own subject tells its own event ("the base, which X seized"); so do a
            # clause of contrast ("while a mine killed two boys") and one past a semicolon
            return False
        if cur.dep_ in ("advcl", "pcomp") and any(c.dep_ in ("mark", "advmod") and c.lower_ in SEQUENCE_WORDS
                                                  for c in cur.children):
            return False
        if cur.dep_ == "pobj" and cur.head.lower_ in SEQUENCE_WORDS:
            return False
        cur = cur.head
        if cur.i in heads:
            return True
    return False


#: Verbs that carry an event named by their object ("staged a sit-in to demand ...", "held a rally"): what hangs
#: on the verb hangs on the event.
HOST_VERBS = frozenset({"stage", "hold", "launch", "mount", "conduct", "organise", "organize"})
#: Their inflected forms: the lemmatizer misreads some ("staged" as "stag").
HOST_FORMS = frozenset({"staged", "stages", "staging", "held", "holds", "holding"})


def _mark_embedded(kept: list[Draft]) -> None:
    heads = {d.cand.token.i: d for d in kept}
    hosts = {d.cand.token.head.i: d for d in kept if d.cand.token.pos_ in ("NOUN", "PROPN")
             and d.cand.token.dep_ == "dobj" and (lem(d.cand.token.head) in HOST_VERBS
                                                  or d.cand.token.head.lower_ in HOST_FORMS)}
    for d in kept:
        d.embedded = _embedded_under(d.cand.token, {i: h for i, h in heads.items() if h is not d}) or (
            bool(hosts) and _purpose_of(d.cand.token, {i for i, h in hosts.items() if h is not d}))


def _purpose_of(tok, hosts: set[int]) -> bool:
    """``tok`` is told in a purpose ("to demand protection from attacks") of a verb that carries another event
    ("staged a sit-in to demand ..."): the walk up to that verb passes an infinitive clause; a participle of
    the same act ("launched an attack, killing five") is no purpose."""
    cur, purpose = tok, False
    for _ in range(12):
        if cur.head is cur or cur.dep_ in ("conj", "parataxis"):
            return False
        if cur.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            purpose = True
        cur = cur.head
        if cur.i in hosts:
            return purpose
    return False


def prior_event(by_family: dict[str, list[Draft]], fam: str, index: int,
                keep: Callable[[Draft], bool] | None = None) -> Draft | None:
    """The last emitted draft of family ``fam`` (that ``keep`` accepts, if given) at most ``COREF_WINDOW``
    sentences before sentence ``index``. ``by_family`` holds each family's drafts in sentence order, so the walk
    back stops at the window's edge."""
    for p in reversed(by_family.get(fam, ())):
        if index - p.sent_index > COREF_WINDOW:
            return None
        if p.emit and (keep is None or keep(p)):
            return p
    return None


#: Violent events outside the attack family whose casualties may be told after them ("Rioters torched shops.
#: Two people were killed."; "A young man blew himself up at the market. He died and nine vendors were hurt.").
HARM_HOSTS = ("mob_violence", "protest_excessive_force")


def _prior_harm(by_family: dict[str, list[Draft]], index: int) -> Draft | None:
    """For casualties with no attack to point back to: the latest violent event of another family just before."""
    found = [p for p in (prior_event(by_family, f, index) for f in HARM_HOSTS) if p is not None]
    return max(found, key=lambda p: p.sent_index) if found else None


def _add_bare_toll(doc: Doc, sent: Span, index: int, by_family: dict[str, list[Draft]]) -> None:
    quants = sentence_quantities(doc, sent.start_char, sent.end_char)
    revised = revised_toll(sent, quants)
    toll = revised or bare_toll(sent, quants)
    if not toll:
        return
    if revised:  # "officials raised the toll from the strike on X to four dead": the attack at that place
        p = _revised_event(sent, index, by_family, revised)
    else:
        p = prior_event(by_family, "attack", index) or _prior_harm(by_family, index)
        if p is not None and index - p.sent_index > CARRY_WINDOW:
            p = None
    if p is not None:
        add_toll(p.quantities, p.extra_quantities, toll, revised=bool(revised))


def _revised_event(sent: Span, index: int, by_family: dict[str, list[Draft]],
                   toll: list[Quantity], noun: Token | None = None) -> Draft | None:
    """The event a toll revision updates: the latest attack told at most ``COREF_WINDOW`` sentences before that
    names a place the revision names. A revision that names no such place (none, or where the wounded died)
    updates the only attack of the window, or, with several, the only one that counts casualties of the kind
    revised; with more than one such, none (which one's toll changed is not told). ``noun``: the attack noun
    the toll is of ("the toll from Sunday's attack on Wad Rawa"): the names it holds pick the attack, and where
    no attack told before holds them, none."""
    names = _proper_names(noun) if noun is not None else []
    if names:
        return prior_event(by_family, "attack", index, keep=lambda p: _names_told(names, p.sent.text))
    places = {e.text.casefold() for e in sent.ents if e.label_ in ("GPE", "LOC", "FAC")}
    named = prior_event(by_family, "attack", index, keep=lambda p: _names_told(places, p.sent.text)) \
        if places else None
    if named is not None:
        return named
    # walked back as ``prior_event`` walks, stopping at the window's edge
    recent = takewhile(lambda p: index - p.sent_index <= COREF_WINDOW, reversed(by_family.get("attack", ())))
    window = [p for p in recent if p.emit]
    if len(window) > 1:
        kinds = {q.kind for q in toll}
        window = [p for p in window if any(q.kind in kinds for q in p.quantities + p.extra_quantities)]
    return window[0] if len(window) == 1 else None


def _names_told(names, text: str) -> bool:
    """Whether ``text`` holds one of the casefolded ``names`` as whole words: "Dikwa" is not told in "Dikwana"."""
    low = text.casefold()
    return any(re.search(r"(?<![\w'’-])" + re.escape(x) + r"(?![\w'’-])", low) for x in names)


def _proper_names(tok: Token) -> list[str]:
    """The runs of proper nouns under ``tok`` that are no dates ("Wad Rawa", "Dikwa"), casefolded."""
    out: list[list[str]] = [[]]
    for t in tok.subtree:
        if is_name(t):
            out[-1].append(t.text)
        elif out[-1]:
            out.append([])
    return [" ".join(run).casefold() for run in out if run]


def build_events(doc: Doc, stages: Stages | None = None, lex: Lexicon | None = None, *,
                 ner_fallback: bool = False) -> list[Event]:
    """Every event of ``doc`` (its text already has non-body segments blanked).

    ``ner_fallback``: take actor mentions from the parser's entities (no actors stage ran)."""
    stages = stages or Stages()
    lex = lex or lexicon()
    meta: dict[str, Any] = doc._.fp_meta or {}
    doc_id = str(meta.get("doc_id") or "")
    mentions: list[ActorMention] = list(doc._.fp_actors or [])
    if not mentions and ner_fallback:
        mentions = ner_mentions(doc)
    mtypes = mention_token_types(doc, mentions)
    place_starts = frozenset(m.start for m in (doc._.fp_places or ()))
    attributions: dict = doc._.fp_attributions or {}

    drafts: list[Draft] = []
    by_family: dict[str, list[Draft]] = {}  # ``drafts`` by family, for the look back of a definite mention
    context: list[Draft] = []  # every typed trigger, emitted or not, for carry-over
    if not len(doc):
        return []
    # an unparsed doc (no sentence boundaries) is read as one sentence
    sents = list(doc.sents) if (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")) else [doc[:]]
    for index, sent in enumerate(sents):
        stext = span_text(sent)
        if not stext.strip() or figure_row(stext):
            continue
        attribution = attributions.get(sent.start_char)
        sd = sentence_drafts(doc, sent, index, mentions, mtypes, place_starts, attribution, lex)
        context.extend(sd)
        revises = revising = revision(sent)  # ``revising``: no event has taken the revision yet
        if not sd:  # "Three passengers died.": the toll of the attack told just before
            _add_bare_toll(doc, sent, index, by_family)
            revising = False
        meta_sentence = bool(sd) and stages.is_meta(doc, sent)
        kept = []
        for d in sd:
            if d.cand.note or d.cand.generic or meta_sentence:
                continue
            kept.append(d)
        kept = _dedupe(kept)
        strong = [d for d in kept if d.etype.name not in WEAK_TYPES]
        if strong:
            kept = strong
        _mark_embedded(kept)
        # a definite mention of an event already told adds to it rather than repeating it
        for d in kept:
            fam = _family(d.etype.name)
            definite = d.cand.definite and not _has_own_anchor(d.cand, doc)
            same = _earlier_in_sentence(kept, d)
            # "three more of the wounded died in hospital on Friday, bringing the toll to eleven": deaths told with
            # a revision are its step, whatever place or day they name
            named = revising and fam == "attack" and toll_names(d.cand.token)
            step = revising and fam == "attack" and (named or casualty_clause(d.cand.token, d.cand.actor_toks,
                                                                               d.actors))
            anaphor = same is not None or definite or (fam == "base" and _anaphoric_base(d.cand)) or _casualty_detail(d) \
                or (fam == "attack" and (_told_event_subject(d.cand.token, lex) or _in_told_event(d.cand.token, lex))) \
                or (d.etype.name == "armed_clash" and _after_the_fighting(d.cand.token, lex)) or step \
                or (fam == "attack" and told_loss(d.cand.token))
            if not anaphor:
                continue
            if step:
                new = revised_toll(d.sent, d.quantities)
                d.quantities = new + [q for q in d.quantities if q.kind not in TOLL_KINDS]
            # a step revises only the attack ``_revised_event`` picks: where it finds the choice open, the latest
            # attack is no likelier than another, so the step revises none
            p = same or (_revised_event(sent, index, by_family, d.quantities, d.cand.token if named else None)
                         if step else prior_event(by_family, fam, index))
            # a step whose choice among attacks is open revises none: an older riot is no likelier than they are
            if p is None and fam == "attack" and _casualty_detail(d) and not (
                    step and prior_event(by_family, "attack", index) is not None):
                p = _prior_harm(by_family, index)
            if p is not None:
                # a revision whose noun names its attack with a day of its own ("Sunday's ambush") was told as an
                # event of its own before; it stays one, the attack it names now carries the revised toll
                d.emit = bool(named and not definite)
                revising = False  # told as that event's update
                if p is same:  # the victims the casualty clause names are the attack's
                    seen = {(a.start, a.end) for a in p.actors}
                    p.actors.extend(a for a in d.actors if a.role == "target" and (a.start, a.end) not in seen)
                add_toll(p.quantities, p.extra_quantities, d.quantities, revised=revises)
            elif step and not named:  # a revision whose event is not told: its deaths are no event of their own
                d.emit = False
            elif definite and (d.embedded or d.cand.token.tag_ == "NNS"):
                # "arrested suspects in connection with the attack", "condemned the attack", "afraid because
                # of the attacks": the events are named, as told before or known; they are not told here
                d.emit = False
        if revising and not any(d.emit for d in kept):  # the revision's deaths were no event: the toll alone
            _add_bare_toll(doc, sent, index, by_family)
        # references settled, the attack family keeps one event per sentence (most specific type)
        kept = _family_dedupe([d for d in kept if d.emit])
        _mark_embedded(kept)
        for d in kept:  # "our battalions overran an outpost" in a side's own statement: that side acts
            if d.emit and not (attribution and attribution.claimant):
                _our_author(doc, d, mentions)
        # an attack with no author: the author of attacks named just before
        for d in kept:
            if d.emit and _family(d.etype.name) == "attack" and not any(a.role == "actor" for a in d.actors):
                for p in reversed(context):
                    if p.sent_index >= index:
                        continue
                    if index - p.sent_index > CARRY_WINDOW or not same_item(doc, p.sent.start_char, sent.start_char):
                        # ``context`` is in sentence order: all before are further back, or in an earlier item of
                        # a roundup, whose author is no antecedent here
                        break
                    if _family(p.etype.name) == "attack":
                        src = [a for a in p.actors if a.role == "actor"]
                        # an author is never inherited by an attack on that author ("rockets hit an Israeli
                        # base" after an Israeli strike), nor by a weapon named as the subject
                        if src and not _against_itself(src, d.actors) and not _weapon_subject(d, lex):
                            d.actors = [dataclasses.replace(a, role="actor") for a in src[:2]] + d.actors
                            d.inherited = True
                            break
        drafts.extend(kept)
        for d in kept:
            by_family.setdefault(_family(d.etype.name), []).append(d)

    events = []
    for d in drafts:
        if d.emit:
            # counts of one kind listed together ("three rebels and two guards were killed") are one toll
            d.quantities = summed_tolls(doc, d.quantities)
            d.extra_quantities = summed_tolls(doc, d.extra_quantities)
            events.append(event_record(doc, d, doc_id, meta, attributions, stages))
    return merged_retellings(doc, shared_by_clauses(events), lambda t: _family(t) == "attack")


def _our_author(doc: Doc, d: Draft, mentions: list[ActorMention]) -> None:
    """Give the doer written as "our X" to the side whose statement this is (``context.statement_author``)."""
    found = our_side(d.cand.token)
    author = statement_author(doc, mentions, d.cand.start) if found is not None else None
    if found is None or author is None:
        return
    our, role = found
    words = [t for t in our.subtree if t.i < d.cand.token.i] or [our]
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    kept = [a for a in d.actors if not (start <= a.start and a.end <= end)]
    if not any(a.role == role and a.id and a.id == author.actor_id for a in kept):
        kept.insert(0, dataclasses.replace(roles.to_actor(author, role), text=doc_text(doc)[start:end], start=start,
                                           end=end, inferred=True))
    d.actors = kept


def _against_itself(authors: list[EventActor], actors: list[EventActor]) -> bool:
    """An author that is, or shares a registry entry, a country or a proper word ("Israeli army" and
    "Israeli") with a target of the event."""
    targets = [a for a in actors if a.role == "target"]
    keys = {k for a in targets for k in (a.id, a.country, a.name.casefold()) if k}
    proper = {w.casefold() for a in targets for w in (a.text or "").split() if w[:1].isupper()}
    return any(k in keys for a in authors for k in (a.id, a.country, a.name.casefold()) if k) or any(
        w.casefold() in proper for a in authors for w in a.name.split() if w[:1].isupper())


def _weapon_subject(d: Draft, lex: Lexicon) -> bool:
    weapon = lex.classes.get("weapon", frozenset())
    return any(lem(t) in weapon or lem(t) in ("barrage", "salvo", "volley", "jet", "warplane", "aircraft")
               for t in d.cand.actor_toks)
