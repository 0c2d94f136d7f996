"""Casualties told apart from their attack: in a clause or a sentence of their own after it ("Nine soldiers were
wounded and evacuated", "Three passengers died."). They are the attack's numbers, not an event of their own."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span, Token

from ..model import Quantity
from ..nlp import doc_text
from .syntax import REPORT_VERBS, TOLL_LEMMAS, lem, own_words

#: Entity labels that give a clause a day or a place of its own: told so, casualties are news of their own.
ANCHOR_LABELS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
#: Quantity kinds a sentence of casualties counts.
TOLL_KINDS = frozenset({"fatalities", "injured"})
#: Verbs that tell a casualty with no one doing it ("died"): no trigger of their own.
DEATH_LEMMAS = frozenset({"die"})
#: Verbs that tell a casualty in the passive ("a man was killed", "two women were wounded", "three were abducted").
PASSIVE_TOLL_LEMMAS = frozenset({"kill", "wound", "injure", "hurt", "abduct", "kidnap"})
#: Verbs by which a witness tells the dead as a count of their own ("He counted eleven dead."): the count is the
#: toll; a count of other people ("counted 2,000 marchers") is no toll kind and is never taken.
COUNT_LEMMAS = frozenset({"count", "tally"})
#: "lost their lives": a death told as a loss.
LOSS_OBJECTS = frozenset({"life", "lives"})
#: Verbs that change a toll told before ("raised the toll to four", "the toll rose to nine", "revised the toll").
REVISE_LEMMAS = frozenset({"raise", "revise", "update", "rise", "climb", "increase"})
#: Verbs that change a toll only with the number it reaches ("bringing the toll to eleven", "pushed the toll to
#: 30"): "took a heavy toll" changes none.
REACH_LEMMAS = frozenset({"bring", "push"})
#: Nouns a revision changes.
TOLL_NOUNS = frozenset({"toll"})
#: Words that keep a death from being told ("may die", "did not die", "no one died").
UNTOLD = frozenset({"not", "n't", "never", "no", "may", "might", "could", "would", "will", "should", "can"})
#: Causes of a death ("died of his wounds", "died from injuries") that keep it a toll of violence; any other cause
#: told with "of" or "from" (a disease, hunger, cold, an accident) is a death of its own.
VIOLENT_CAUSES = frozenset({"wound", "injury", "gunshot", "bullet", "shot", "shrapnel", "blast", "explosion", "attack",
                            "bomb", "bombing", "strike", "shelling", "stab", "burn", "beating", "torture", "ambush"})
#: Words that say how a cause is told before naming it ("died as a result of", "from complications of").
CAUSE_LINKS = frozenset({"result", "consequence", "complication", "effect"})
#: Sentence openers that turn to other news ("Meanwhile, twelve people died of cholera"): no attack's toll.
ASIDE_OPENERS = frozenset({"meanwhile", "separately", "elsewhere"})
#: "In a separate incident", "in an unrelated development".
ASIDE_WORDS = frozenset({"separate", "unrelated", "different"})


def casualty_detail(tok: Token, actor_toks, actors, *, own_clause: bool = False) -> bool:
    """"Nine soldiers were wounded and evacuated", "about 30 people had been wounded": casualties with no
    author, date or place of their own, told after an attack, are that attack's numbers."""
    if not casualty_clause(tok, actor_toks, actors):
        return False
    # ``own_clause``: only the verb's own words count, not those of a clause the parser hung below it (the
    # attack itself, "a drone struck a truck on 12 September; the driver was killed")
    words = own_words(tok) if own_clause else tok.subtree
    return not any(anchor(t) for t in words)


def casualty_clause(tok: Token, actor_toks, actors) -> bool:
    """A death or wounding told with no one doing it ("three more of the wounded died", "two were killed")."""
    if tok.pos_ not in ("VERB", "AUX") or lem(tok) not in TOLL_LEMMAS or actor_toks:
        return False
    if lem(tok) != "die" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) and tok.dep_ != "conj":
        return False
    return not (any(c.dep_ == "agent" for c in tok.children) or any(a.role == "actor" for a in actors))


def anchor(t: Token) -> bool:
    """A word that gives a clause a day or a place of its own; a person's age ("a 58-year-old herder", "aged 30"),
    which the parser may call a date, gives none."""
    if t.ent_type_ not in ANCHOR_LABELS:
        return False
    if t.ent_type_ != "DATE":
        return True
    doc, lo, hi = t.doc, t.i, t.i
    while lo > 0 and doc[lo].ent_iob_ == "I":
        lo -= 1
    while hi + 1 < len(doc) and doc[hi + 1].ent_iob_ == "I":
        hi += 1
    ent = doc[lo:hi + 1]
    words = {w.lower_ for w in ent}
    return not (any(w.lower_.endswith("-old") or w.lower_ == "old" for w in ent) or "aged" in words
                or (lo > 0 and doc[lo - 1].lower_ == "aged"))


def bare_toll(sent: Span, quantities: list[Quantity]) -> list[Quantity]:
    """The casualties a sentence with no event of its own counts when its verb is a death with no day or place of
    its own ("Three passengers died.", "He died and eleven traders were wounded.", "A man was killed.", "Eight
    guards lost their lives.", "The mayor said seven guards died."): told after an attack, they are its
    toll. A death still to come or denied counts none."""
    counted = [q for q in quantities if q.kind in TOLL_KINDS or (q.kind == "abducted" and _tells_abduction(sent))]
    if not counted:
        return []
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX") or not _toll_verb(tok) or not _main_or_said(tok):
            continue
        if any(c.lower_ in UNTOLD for c in tok.children) or any(
                c.lower_ == "no" for s in tok.children if s.dep_ in ("nsubj", "nsubjpass") for c in s.subtree):
            return []
        if any(anchor(t) for t in own_words(tok)):
            return []
        if other_news(sent) or other_cause(tok):
            return []
        return counted
    return []


def _toll_verb(tok: Token) -> bool:
    """"died"; "was killed", "were wounded", "were abducted" with no doer; "lost their lives"; "counted eleven
    dead"."""
    key = lem(tok)
    if key in DEATH_LEMMAS or key in COUNT_LEMMAS:
        return True
    if key in PASSIVE_TOLL_LEMMAS:
        return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) and not any(
            c.dep_ == "agent" for c in tok.children)
    return key == "lose" and any(c.dep_ == "dobj" and c.lower_ in LOSS_OBJECTS for c in tok.children)


def _tells_abduction(sent: Span) -> bool:
    """A count of people taken is a toll only in a sentence that says they were abducted or kidnapped."""
    return any(lem(t) in ("abduct", "kidnap") for t in sent)


def _main_or_said(tok: Token) -> bool:
    """The sentence's main verb, one coordinated with it, or the clause a verb of saying reports ("the mayor
    said seven guards were killed")."""
    if tok.dep_ in ("ROOT", "conj"):
        return True
    return tok.dep_ == "ccomp" and lem(tok.head) in REPORT_VERBS and tok.head.dep_ in ("ROOT", "conj")


def revision(sent: Span) -> bool:
    """A sentence that changes a toll told before ("the ministry raised the toll from the strike to four dead",
    "the death toll rose to nine", "three more died, bringing the toll to eleven"): its counts replace the
    earlier ones of their kind."""
    return bool(_revising_verbs(sent))


def _revising_verbs(sent: Span) -> list[Token]:
    out = []
    for t in sent:
        if t.pos_ not in ("VERB", "AUX") or not any(
                c.dep_ in ("dobj", "nsubj", "nsubjpass") and lem(c) in TOLL_NOUNS for c in t.children):
            continue
        if lem(t) in REVISE_LEMMAS or (lem(t) in REACH_LEMMAS and any(
                c.dep_ == "prep" and c.lower_ == "to" for c in t.children)):
            out.append(t)
    return out


def toll_names(tok: Token) -> bool:
    """An attack noun the toll is of ("the toll from Sunday's ambush on the Dikwa road rose to 14"): the
    revision names the event it updates; the noun tells no new attack."""
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("from", "of", "in") \
        and lem(tok.head.head) in TOLL_NOUNS


def revised_toll(sent: Span, quantities: list[Quantity]) -> list[Quantity]:
    """The counts of a sentence that revises a toll (``revision``), whatever place or day it names: they are
    the update of an event told before. When the toll's own words hold a count ("to eleven", "a toll of
    eleven"), that is the new toll, not the deaths told beside it ("three more died, bringing the toll to
    eleven": three is the step, eleven the toll)."""
    verbs = _revising_verbs(sent)
    if not verbs or other_news(sent):
        return []
    counted = [q for q in quantities if q.kind in TOLL_KINDS]
    spans = [(w[0].idx, w[-1].idx + len(w[-1])) for v in verbs for c in v.children
             if (c.dep_ == "prep" and c.lower_ == "to") or lem(c) in TOLL_NOUNS for w in [list(c.subtree)]]
    own = [q for q in counted if any(lo <= q.start < hi for lo, hi in spans)]
    return own or counted


def add_toll(held: list[Quantity], extra: list[Quantity], toll: list[Quantity], *, revised: bool = False) -> None:
    """Adds ``toll`` to an event's counts (``held``, then ``extra``, both changed in place); a revision drops the
    counts of each kind it gives first: the revised number wins."""
    if revised:
        kinds = {q.kind for q in toll if q.kind in TOLL_KINDS}
        held[:] = [q for q in held if q.kind not in kinds]
        extra[:] = [q for q in extra if q.kind not in kinds]
    extra.extend(q for q in toll if q not in held and q not in extra)


#: Dependencies that list one item beside another ("two militants and a constable").
LIST_DEPS = ("conj", "appos")


def summed_tolls(doc, quantities: list[Quantity]) -> list[Quantity]:
    """Counts of one kind of casualty listed together in one clause ("three rebels and two guards were killed",
    "four fighters and two soldiers died") are one toll: their sum, spanning the list. The quantities
    stage counts each item; the event wants the whole."""
    out = list(quantities)
    heads = []
    for q in out:
        span = doc.char_span(q.start, q.end, alignment_mode="expand") if q.start >= 0 else None
        heads.append(span.root if span is not None and len(span) else None)
    while True:
        pair = next(((i, j) for i, a in enumerate(out) for j, b in enumerate(out)
                     if i != j and _summable(a, b, heads[i], heads[j])), None)
        if pair is None:
            return out
        i, j = pair
        out[i] = _sum(doc, out[i], out[j])
        del out[j], heads[j]


def _summable(a: Quantity, b: Quantity, head_a: Token | None, head_b: Token | None) -> bool:
    """Two counts of one casualty kind, each with a number and a noun, ``b`` an item of the list ``a`` opens."""
    # a count inside another is a part of it, already in it ("two passengers" in "the driver and two passengers")
    apart = a.end <= b.start or b.end <= a.start
    return (a.kind == b.kind and a.kind in TOLL_KINDS and head_a is not None and head_b is not None
            and a.min is not None and b.min is not None and apart and _listed_with(head_a, head_b))


def _listed_with(a: Token, b: Token) -> bool:
    """``b`` is an item of the list ``a`` opens: a conjunct of it or of one of its conjuncts."""
    if a.i >= b.i:
        return False
    cur = b
    for _ in range(12):
        if cur.dep_ not in LIST_DEPS or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i == a.i:
            return True
    return False


def _sum(doc, a: Quantity, b: Quantity) -> Quantity:
    lo = (a.min or 0) + (b.min or 0)
    hi = None if a.max is None or b.max is None else a.max + b.max
    start, end = min(a.start, b.start), max(a.end, b.end)
    # the items may belong to different sides ("four fighters and two soldiers"): the sum belongs to none
    return dataclasses.replace(a, min=lo, max=hi, approximate=a.approximate or b.approximate,
                               text=doc_text(doc)[start:end], start=start, end=end, side=a.side if a.side == b.side else None)


def other_news(sent: Span) -> bool:
    """A sentence that opens on other news ("Meanwhile, …", "Separately, …", "In a separate incident, …")."""
    words = [t.lower_ for t in sent if not t.is_punct][:4]
    if not words:
        return False
    return words[0] in ASIDE_OPENERS or (words[0] == "in" and any(w in ASIDE_WORDS for w in words[1:]))


def other_cause(tok: Token, links=("of", "from"), violent: frozenset[str] = VIOLENT_CAUSES) -> bool:
    """A death told with a cause that is no wound or attack ("died of cholera", "died from the cold"): the objects
    of ``tok``'s prepositions in ``links``, none of whose words is ``violent``."""
    causes = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in links
              for o in p.children if o.dep_ == "pobj"]
    # "as a result of hunger": the cause is named after the link word
    causes += [o for p in tok.children if p.dep_ == "prep" for x in p.children if x.dep_ == "pobj" and lem(x) in CAUSE_LINKS
               for q in x.children if q.dep_ == "prep" and q.lower_ == "of" for o in q.children if o.dep_ == "pobj"]
    causes = [c for c in causes if lem(c) not in CAUSE_LINKS]
    if not causes:
        return False
    return not any(lem(t) in violent for c in causes for t in c.subtree)


#: Verbs by which a side tells its own losses ("we deplore two soldiers wounded", "regrets three dead"): the toll
#: of the fight it reports, neither a protest nor a new fight.
LOSS_VERBS = frozenset({"deplore", "regret", "mourn", "lament"})
#: Nouns a loss is told by ("deplore the loss of two soldiers", "regret the death of a corporal").
LOSS_NOUNS = frozenset({"loss", "death"})


def told_loss(tok: Token) -> bool:
    """A casualty told under a verb of regret ("we deplore two soldiers wounded", "regret three soldiers
    killed"): a side's own toll."""
    if lem(tok) not in PASSIVE_TOLL_LEMMAS or tok.tag_ != "VBN":
        return False
    head = tok.head
    if tok.dep_ == "acl" and head.dep_ == "dobj":  # "deplore two soldiers killed": the parser may hang it on them
        head = head.head
    return tok.dep_ in ("ccomp", "xcomp", "oprd", "acl") and lem(head) in LOSS_VERBS


def loss_told(verb: Token) -> bool:
    """A verb of regret whose object is a toll ("deplore two soldiers wounded", "regret the loss of three
    soldiers"): no protest."""
    if lem(verb) not in LOSS_VERBS:
        return False
    if any(told_loss(t) for t in verb.subtree if t.head.i == verb.i or t.head.head.i == verb.i):
        return True
    losses = [o for o in verb.children if o.dep_ == "dobj" and lem(o) in LOSS_NOUNS]
    return any(c.dep_ == "nummod" or c.like_num for o in losses for p in o.children if p.dep_ == "prep"
               for x in p.children if x.dep_ == "pobj" for c in [x, *x.children])


#: Types that tell who holds a place after the fighting.
CAPTURE_TYPES = frozenset({"territory_regained", "territory_overtaken"})


def toll_of_capture(capture, other) -> bool:
    """"Troops recaptured the town and killed 17 militants": the killing is the toll of the capture, which keeps
    its type (what the fight changed) whatever weapon the casualty verb was typed by."""
    return capture.etype.name in CAPTURE_TYPES and other.cand.token.pos_ in ("VERB", "AUX") and (
        lem(other.cand.token) in TOLL_LEMMAS)
