"""What the dependency parse says about an event's dates: which clause a date belongs to, relative to the
event's trigger (``footprint.clauses``), for ``dates.events``. Only built for a Doc that has a parse."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..clauses import CONTRAST_MARKS, clause_head, opens_clause, same_clause
from ..nlp import doc_parsed

#: Clauses whose date still dates an event nested in them: what a speaker says ("said on Monday that its
#: troops had repelled ..."), a loosely joined clause, a relative clause's noun phrase. A coordinated clause
#: or a clause of contrast tells another event: its date is not this one's.
_NESTING = frozenset({"ccomp", "parataxis", "relcl", "xcomp", "advcl"})
#: Prepositions that make a date a reference point in the past: "the deadliest since January, when ...".
_CONTEXT_PREPS = frozenset({"since"})
#: Adverbs that set a clause before the time the narrative is at: "the town was previously held by ...".
_EARLIER_ADVS = frozenset({"previously", "formerly"})
#: Clauses a date fronted in the main clause frames when they have none of their own.
_FRAMED = frozenset({"relcl", "acl", "conj", "parataxis", "ccomp", "advcl"})
#: Nouns whose relative clause counts occasions up to the news ("the first time ... had"), in the past perfect.
_OCCASIONS = frozenset({"time", "occasion"})
#: Clauses whose past perfect is no earlier time but a tense shifted back by the clause holding them: what a
#: speaker says ("said its drones had attacked"), a clause of sequence ("after gunmen had seized the town").
_SHIFTED = frozenset({"ccomp", "parataxis", "xcomp", "csubj", "advcl", "pcomp"})
#: Prepositions before "which" that set a relative clause inside its noun's event: "the assault on the police
#: post, in which four officers were wounded", "the raid, during which …".
_WITHIN_PREPS = frozenset({"in", "during"})
#: Edges inside a noun phrase: a date hangs from its noun by these ("Tuesday night's assault", "the attack on
#: the camp on Sunday"); a verb between them makes it another clause's date.
_PHRASE_DEPS = frozenset({"prep", "pobj", "poss", "compound", "npadvmod", "nmod", "amod", "appos"})


def _contrast(tok: Token) -> bool:
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in tok.children)


def _progressive(verb: Token) -> bool:
    """``verb`` is told in the progressive ("were collecting"): going on at the time of the main clause."""
    ing = verb.tag_ == "VBG" or verb.lower_.endswith("ing")
    return ing and any(c.dep_ == "aux" and (c.lemma_ or c.lower_).lower() in ("be", "was", "were", "is", "are")
                       for c in verb.children)


#: Subjects of a verb: a coordinated verb with none of its own shares the subject of the verb before it.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
#: Edges from a noun trigger up to the verb it is said of ("carried out an attack", "fired on the crowd").
_TO_VERB = frozenset({"dobj", "pobj", "prep", "compound", "amod", "nmod", "attr"})


def _verb_of(trigger: Token) -> Token | None:
    cur = trigger
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.head.i == cur.i or cur.dep_ not in _TO_VERB:
            return None
        cur = cur.head
    return None


def _chained_after(tok: Token, where: Token, trigger: Token) -> bool:
    """ "told the court that gunmen stormed the hamlet on 4 May 2019, rounded up the men and shot them": the
    later verbs of one subject's chain share the date told on its first verb, but the
    parser may hang them on the verb of telling, past the clause with the subject ("stormed"). The date is in
    a clausal complement with a subject of its own, before the trigger, and the trigger's verb reaches the
    complement's head through coordinated verbs with no subject of their own, the last link coming after the
    complement."""
    if where.dep_ != "ccomp" or tok.i >= trigger.i or not any(c.dep_ in _SUBJECTS for c in where.children):
        return False
    verb = _verb_of(trigger)
    for _ in range(12):
        if verb is None or verb.dep_ != "conj" or any(c.dep_ in _SUBJECTS for c in verb.children):
            return False
        if verb.head.i == where.head.i:
            return where.i < verb.i
        verb = verb.head
    return False


class ParseView:
    """Clause questions about character spans of one parsed Doc."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    def token(self, start: int, end: int) -> Token | None:
        """The syntactic head of the tokens covering ``start:end`` (None when no token does)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def _enclosing(self, trigger: Token) -> set[int]:
        """Heads of the clauses that hold the trigger's clause, up to a coordinated or contrast clause."""
        out: set[int] = set()
        cur = clause_head(trigger)
        for _ in range(20):
            if cur.head.i == cur.i or cur.dep_ not in _NESTING or _contrast(cur):
                break
            if cur.dep_ == "relcl" and cur.head.dep_ not in ("nsubj", "nsubjpass"):
                # "struck targets on Friday in retaliation for a drone attack that killed three": the date is
                # the main clause's own; only a relative clause on its subject shares it ("the attack, which
                # killed 12, took place on Monday")
                break
            cur = clause_head(cur.head)
            out.add(cur.i)
        return out

    def tier(self, tok: Token | None, trigger: Token) -> int | None:
        """0: a date said of the trigger itself (in its subtree and clause: "an agreement reached in May");
        1: a date of the trigger's clause; 2: a date of a clause that holds it ("said on Monday that ...");
        None: a date of another clause (a relative clause on another noun, another event's coordinated
        clause, a clause of contrast), which must not date the event."""
        if tok is None:
            return 1
        if same_clause(tok, trigger):
            return 0 if trigger.is_ancestor(tok) else 1
        where = clause_head(tok)
        if where.i in self._enclosing(trigger):
            if self._before_speaker(tok, trigger, where):
                return 1
            return 2
        if where.dep_ == "relcl" and _progressive(where) and same_clause(where.head, trigger):
            # "abducted 20 women who were collecting firewood on Thursday": what a participant was doing
            # as the event happened shares its time (the date may attach to either verb)
            return 2
        if _chained_after(tok, where, trigger):
            return 2
        return None

    def joined_after(self, tok: Token | None, trigger: Token) -> bool:
        """``tok`` dates the clause that the trigger's clause follows, joined by "and", in the same tense ("Traders
        shut their shops on Thursday, and several hundred people marched"): told together, the second clause has
        that day too, nearer than any date of an earlier sentence. A clause with an auxiliary of its own ("and the
        army has since retaken it", "and more will follow") is told at another time."""
        if tok is None:
            return False
        where, cur = clause_head(tok), clause_head(trigger)
        if cur.dep_ != "conj" or cur.head.i != where.i or tok.i > cur.i:
            return False
        if not any(c.dep_ == "cc" and c.lower_ == "and" and where.i < c.i < cur.i for c in where.children):
            return False
        return not any(c.dep_ in ("aux", "auxpass") or c.lower_ in _CONTEXT_PREPS for c in cur.children)

    @staticmethod
    def _before_speaker(tok: Token, trigger: Token, where: Token) -> bool:
        """"killed 15 farmers outside the town on Saturday, residents said": a date between the told clause and
        the speaker put after it is the told event's, however the parser hung it; "said on Monday that ..."
        (the date after the speaker) stays the telling's."""
        if not trigger.i < tok.i < where.i:
            return False
        subj = [c for c in where.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or any(c.dep_ == "cc" and c.i < tok.i for c in where.children):
            return False  # "…, and on Monday the police said": a new sentence part, the telling's own date
        return all(tok.i < c.left_edge.i for c in subj)

    def fronted(self, tok: Token | None, trigger: Token) -> bool:
        """``tok`` is a date put before the subject of its sentence's main clause ("In 2012 he was among the
        guerrillas who attacked the police station"), and the trigger sits in a clause under that clause (a
        relative clause, a clause after a semicolon or "and"): with no date of its own, the fronted date frames
        it, nearer than any earlier sentence's."""
        if tok is None:
            return False
        head = clause_head(tok)
        if tok.i >= head.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < tok.i for c in head.children):
            return False
        phrase = tok
        while phrase.dep_ in ("pobj", "prep", "npadvmod", "advmod", "nummod", "compound") and phrase.head.i != head.i \
                and phrase.head.i != phrase.i:
            phrase = phrase.head
        if phrase.left_edge.i == tok.sent.start and trigger.sent.start == tok.sent.start:
            # the sentence opens with it ("At around 02:00 the enemy used drones ...; the vehicle was
            # destroyed"): it frames every clause that has no date, however the parser hung the clauses
            return True
        if head.dep_ != "ROOT":
            return False
        cur = clause_head(trigger)
        for _ in range(20):
            if cur.i == head.i:
                return True
            if cur.head.i == cur.i or cur.dep_ not in _FRAMED:
                return False
            cur = clause_head(cur.head)
        return False

    def when_date(self, trigger: Token, timexes: list) -> object | None:
        """The timex a "when" clause holding the trigger describes ("since January, when gunmen killed 14
        civilians"): the event took place in that period. None when the trigger is in no such clause."""
        cur = trigger
        for _ in range(40):
            if cur.dep_ in ("relcl", "advcl", "acl") and any(c.lower_ == "when" and c.dep_ in ("advmod", "mark")
                                                              for c in cur.children):
                head = cur.head
                for t in timexes:
                    if t.start <= head.idx < t.end:
                        return t
                return None
            if opens_clause(cur) or cur.head.i == cur.i:
                return None
            cur = cur.head
        return None

    def described_date(self, trigger: Token, timexes: list) -> object | None:
        """The date of the noun a relative clause holding the trigger describes: "Monday's raid on the market,
        which killed six traders" (the killing is the raid's); "Tuesday night's assault on the police post, in
        which four officers were wounded" (the parser hangs "in which" on the nearest noun, the post; within
        the phrase, the event is the assault's). Only a date of the noun phrase itself, not of a clause in it,
        and with "which"/"that" only a date of the very noun the clause is on: "Tuesday's attack on the
        village, which rebels seized" says nothing of when the village was seized. None otherwise."""
        verb = clause_head(trigger)
        if verb.dep_ != "relcl" or verb.head.i == verb.i:
            return None
        nouns = [verb.head]
        within = any(c.dep_ == "prep" and c.lower_ in _WITHIN_PREPS and any(g.lower_ == "which" for g in c.children)
                     for c in verb.children)
        cur = verb.head
        while within and cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.head.pos_ in ("NOUN", "PROPN"):
            cur = cur.head.head
            nouns.append(cur)
        clause = {t.i for t in verb.subtree}
        for noun in nouns:
            found = []
            for t in timexes:
                tok = self.token(t.start, t.end)
                if tok is None or tok.i in clause:
                    continue
                up = tok
                for _ in range(12):
                    if up.i == noun.i or up.dep_ not in _PHRASE_DEPS or up.head.i == up.i:
                        break
                    up = up.head
                if up.i == noun.i:
                    found.append((abs(tok.i - noun.i), t.start, t))
            if found:
                return min(found, key=lambda f: f[:2])[2]
        return None

    def in_context_phrase(self, tok: Token | None) -> bool:
        """``tok`` sits in a "since ..." phrase: a reference point in the past, not the report's news."""
        cur = tok
        for _ in range(40):
            if cur is None or cur.head.i == cur.i:
                return False
            if cur.dep_ == "prep" and cur.lower_ in _CONTEXT_PREPS:
                return True
            if opens_clause(cur):
                return False
            cur = cur.head
        return False

    def anterior(self, trigger: Token) -> bool:
        """The trigger's clause is told as earlier than the narrative: in the past perfect ("the group had
        attacked the village twice") or with "previously"/"formerly", in a clause of its own, not in what a
        speaker says ("said its jets had struck": reported speech shifts the tense back) nor after
        "according to"."""
        verb = clause_head(trigger)
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        if verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in _OCCASIONS:
            # "the first time drones had been used": a count of occasions up to the news, not an earlier event
            return False
        cur = verb
        for _ in range(20):
            if cur.dep_ in _SHIFTED:
                return False
            if cur.dep_ != "conj" or cur.head.i == cur.i:
                break
            cur = cur.head
        if any(t.lower_ == "according" and t.nbor(1).lower_ == "to" for t in verb.sent if t.i + 1 < len(t.doc)):
            return False
        heads = [verb]
        if verb.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            heads.append(verb.head)  # "had seized the town and held it": the auxiliary is the first verb's
        for v in heads:
            for c in v.children:
                if c.dep_ in ("aux", "auxpass") and c.lower_ == "had":
                    return True
                if c.dep_ == "advmod" and c.lower_ in _EARLIER_ADVS:
                    return True
        return False

    def governs(self, tok: Token | None) -> bool:
        """A date that can carry a narrative into the next sentences: not one said in a relative clause
        ("Djibo, which has been under blockade since 2022"), unless it is a restrictive clause on the sentence's
        subject, which names the subject by what it did: "The gunmen who stopped a bus on Sunday evening knew the
        road" tells the narrative's time ("The militia, which seized Dori in March, …" does not)."""
        if tok is None:
            return True
        head = clause_head(tok)
        if head.dep_ != "relcl":
            return True
        first = min(t.i for t in head.subtree)
        restrictive = first == 0 or self.doc[first - 1].text != ","
        return restrictive and head.head.dep_ in ("nsubj", "nsubjpass") and head.head.head.dep_ == "ROOT"


def parse_view(doc: Doc) -> ParseView | None:
    """A ``ParseView`` when the Doc has a dependency parse (asked once per Doc), else None."""
    return ParseView(doc) if doc_parsed(doc) else None
