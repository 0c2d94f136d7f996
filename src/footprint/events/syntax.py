"""Helpers over the dependency parse: subjects, objects, prepositions, noun classes.

Shared by the trigger look-up, the frame rules and the role assignment.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..clauses import (  # noqa: F401 (shared)
    PASSIVE_SUBJ, SUBJ, TOLL_LEMMAS, across_break, children, clause_of, contrast_clause, is_own_clause, lem)
from ..sentence_lookup import sentence  # noqa: F401 (shared: tok.sent by bisection, listed once per Doc)
from .vocabulary import Lexicon

OBJ = {"dobj", "obj", "attr", "oprd"}
PERSON_ENTS = {"PERSON", "NORP", "ORG", "GPE"}

#: ``Doc.user_data`` key of each sentence's root, as (Doc length, {sentence start: root token index}); a
#: retokenized Doc (another length) starts a new table, as ``sentence_lookup`` lists its starts again.
SENT_ROOTS_KEY = "footprint.events.syntax.sent_roots"


def sentence_root(tok: Token) -> Token:
    """``tok.sent.root``, worked out once per sentence of a Doc (``Span.root`` reads the whole sentence)."""
    sent = sentence(tok)
    doc = tok.doc
    known = doc.user_data.get(SENT_ROOTS_KEY)
    if known is None or known[0] != len(doc):
        known = doc.user_data[SENT_ROOTS_KEY] = (len(doc), {})
    roots = known[1]
    i = roots.get(sent.start)
    if i is None:
        i = roots[sent.start] = sent.root.i
    return doc[i]


def has_particle(verb: Token, *words: str) -> bool:
    """The verb carries one of ``words`` as its particle ("shot down", "drove them out"); the parser hangs a
    particle as ``prt`` or, as often, ``advmod``."""
    return any(c.dep_ in ("prt", "advmod") and c.lower_ in words for c in verb.children)


def noun_keys(tok: Token) -> list[str]:
    """The lemma, plus "compound lemma" / "amod lemma" forms for multiword nouns."""
    keys = [lem(tok)]
    if tok.pos_ == "PROPN" and tok.is_title:
        w = tok.lower_
        keys += [w, w[:-1]] if w.endswith("s") else [w]
    for ch in tok.children:
        if ch.dep_ in ("compound", "amod") and ch.i < tok.i:
            keys.append(f"{lem(ch)} {lem(tok)}")
            # the tokenizer splits hyphenated nouns ("sit-in" is "sit", "-", "in"): the joined word is a key too
            if ch.i == tok.i - 2 and tok.doc[tok.i - 1].text == "-":
                keys.append(f"{ch.lower_}-{tok.lower_}")
    return keys


def with_conjuncts(toks: list[Token]) -> list[Token]:
    out: list[Token] = []
    for t in toks:
        out.append(t)
        out.extend(c for c in t.conjuncts if c.i > t.i)
    seen: set[int] = set()
    return [t for t in out if not (t.i in seen or seen.add(t.i))]


def preps(tok: Token) -> dict[str, list[Token]]:
    """Prepositional objects by preposition ("on" -> [tokens])."""
    out: dict[str, list[Token]] = {}
    for p in tok.children:
        if not (p.dep_ == "agent" or (p.dep_ in ("prep", "dative") and p.pos_ == "ADP")):
            continue
        objs: list[Token] = []
        for o in p.children:
            if o.dep_ == "pobj":
                objs.append(o)
            elif o.dep_ == "pcomp":
                objs.append(o)
                # "out of", "away from": the first preposition names it, the object hangs on the second
                if o.pos_ == "ADP":
                    objs.extend(c for c in o.children if c.dep_ == "pobj")
        out.setdefault(p.lower_, []).extend(objs)
    return out


def phrasal(tok: Token) -> frozenset[str]:
    """The lemma alone and with each particle or preposition after it: {"move", "move into"}.

    Rules compare these with multiword keys ("move into", "take over", "set up")."""
    base = lem(tok)
    return frozenset([base] + [f"{base} {c.lower_}" for c in tok.children if c.dep_ in ("prt", "prep") and c.i > tok.i])


#: Verbs of saying: their subject is the one who speaks, not the one who acts in what is said.
REPORT_VERBS = frozenset({"say", "tell", "report", "claim", "add", "state", "announce", "confirm", "allege",
                          "explain", "insist", "note", "write", "acknowledge", "assert", "declare", "recount",
                          "testify", "describe", "recall"})


def reported_clause(conj: Token) -> Token | None:
    """The small parser often hangs the later verbs of a reported clause on the verb of saying ("X told
    reporters that troops had entered the village, searched houses and detained herders": "searched" and
    "detained" as conjuncts of "told"). Such a conjunct belongs to the reported clause before it."""
    head = conj.head
    if conj.dep_ != "conj" or lem(head) not in REPORT_VERBS or children(conj, *SUBJ, *PASSIVE_SUBJ):
        return None
    clauses = [c for c in head.children if c.dep_ == "ccomp" and c.i < conj.i]
    return clauses[-1] if clauses else None


#: Tags of a finite verb: one that cannot share the auxiliaries of the verb before it.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def lifted_conj(tok: Token) -> Token | None:
    """The verb a finite conjunct really joins when the parser hung it on the verb of a reported clause it
    cannot share the auxiliaries or the polarity of; None otherwise. It joins the verb above that clause (its
    subject, its polarity):

    - under a denial, after a passive participle: in "denied that its men had been involved and blamed a rival
      militia", "blamed" (active, with an object of its own) cannot share "had been";
    - after a modal on a bare verb: in "said troops would stay and accused X of ...", a past tense cannot
      share "would";
    - a verb of blame or condemnation after a negated clause of what is said: in "said his men had not lost a
      position and accused X of ...", the speaker accuses.

    "said troops were ambushed and lost five men" keeps "lost" in what is said."""
    head = tok.head
    if tok.dep_ != "conj" or tok.tag_ not in FINITE_TAGS or not children(tok, *OBJ):
        return None
    if children(tok, *SUBJ, *PASSIVE_SUBJ, "aux", "auxpass"):
        return None
    gov = head.head
    if head.dep_ != "ccomp" or gov.pos_ not in ("VERB", "AUX"):
        return None
    from .vocabulary import lexicon  # the lexicon's word classes; loaded once

    classes = lexicon().classes
    if head.tag_ == "VBN" and children(head, "auxpass"):
        return gov if lem(gov) in classes.get("deny_verb", frozenset()) else None
    if lem(gov) not in REPORT_VERBS:
        return None
    if tok.tag_ == "VBD" and head.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ in classes["hedge_aux"] for c in head.children):
        return gov
    if lem(tok) in BLAME_VERBS and any(c.dep_ == "neg" for c in head.children):
        return gov
    return None


#: Verbs of blame and condemnation: said after a clause of what is said, they are the speaker's own act.
BLAME_VERBS = frozenset({"accuse", "blame", "condemn", "denounce", "criticise", "criticize", "deplore"})


def subjects(tok: Token) -> list[Token]:
    """Grammatical subject, inherited through xcomp/conj/acl chains."""
    subj = children(tok, *SUBJ)
    if subj:
        return subj
    lifted = lifted_conj(tok)
    if lifted is not None:
        return subjects(lifted)
    cur = tok
    for _ in range(3):
        if cur.dep_ == "conj" and cur.head is not cur:
            clause = reported_clause(cur)
            if clause is not None:
                s = children(clause, *SUBJ) or children(clause, *PASSIVE_SUBJ)
                if s:
                    return s
        if cur.dep_ in ("xcomp", "conj", "advcl") and cur.head is not cur:
            head = cur.head
            s = children(head, *SUBJ)
            if cur.dep_ == "xcomp" and not s:
                s = children(head, *OBJ)
            if s:
                return s
            s = children(head, *PASSIVE_SUBJ) if cur.dep_ == "conj" else []
            if s:
                return s
            cur = head
            continue
        if cur.dep_ == "acl" and cur.tag_ != "VBN" and cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return [cur.head]
        if cur.dep_ == "relcl" and cur.head.pos_ in ("NOUN", "PROPN"):
            rel = children(cur, *SUBJ)
            return [cur.head] if not rel or rel[0].tag_ in ("WDT", "WP") else rel
        break
    return []


def objects(tok: Token) -> list[Token]:
    objs = children(tok, *OBJ) + children(tok, *PASSIVE_SUBJ)
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN"):
        objs.append(tok.head)
    if not objs:
        # "seized 17 farmers working their fields": the parser hangs the object on a clause
        objs = [s for cc in children(tok, "ccomp") for s in children(cc, "nsubj") if s.pos_ in ("NOUN", "PROPN")]
    if tok.dep_ == "relcl" and children(tok, *PASSIVE_SUBJ) and children(tok, *PASSIVE_SUBJ)[0].tag_ in ("WDT", "WP"):
        objs = [o for o in objs if o.tag_ not in ("WDT", "WP")] + [tok.head]
    return objs


def prep_objects(tok: Token, *words: str) -> list[Token]:
    """Objects of ``tok``'s "prep" children, in order; only of the prepositions ``words`` when given."""
    return [o for p in children(tok, "prep") if not words or p.lower_ in words for o in p.children if o.dep_ == "pobj"]


def agents(tok: Token) -> list[Token]:
    return [o for p in children(tok, "agent") for o in p.children if o.dep_ == "pobj"]


def has_class(tok: Token, cls: str, lex: Lexicon) -> bool:
    if any(k in lex.classes.get(cls, ()) for k in noun_keys(tok)):
        return True
    return cls == "civilian" and livelihood(tok, lex)


#: Endings of nouns that name someone by the work they do ("panner", "herdsman", "cyclist").
_AGENT_ENDINGS = ("er", "man", "men", "woman", "ist", "or")


def livelihood(tok: Token, lex: Lexicon) -> bool:
    """A noun of work named by the goods or trade it lives from is a civilian: "gold panners", "cattle keepers",
    "charcoal sellers", "artisanal diggers". A noun of the force class never is ("gold smugglers' guards")."""
    if tok.pos_ != "NOUN" or not lem(tok).endswith(_AGENT_ENDINGS):
        return False
    if any(k in lex.classes.get("force", ()) or k in lex.classes.get("armed_agent", ()) for k in noun_keys(tok)):
        return False
    goods = lex.classes.get("livelihood", ())
    return any(c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i and lem(c) in goods for c in tok.children)


#: Heads whose class is that of their "of" object ("control of the town", "hundreds of villagers", "a member of
#: the village council").
QUANTIFIER_HEADS = frozenset({"control", "part", "most", "parts", "some", "one", "two", "group", "member", "members", "dozens",
                              "hundreds", "thousands", "number", "all"})


def phrase_has_class(toks: list[Token], cls: str, lex: Lexicon, depth: int = 1) -> bool:
    for t in toks:
        if has_class(t, cls, lex):
            return True
        if depth and t.lower_ in QUANTIFIER_HEADS:
            inner = prep_objects(t)
            if phrase_has_class(inner, cls, lex, depth - 1):
                return True
    return False


def is_place(tok: Token, lex: Lexicon, place_starts: frozenset[int]) -> bool:
    if tok.ent_type_ in ("DATE", "TIME"):
        return False  # "captured X on Monday": a day is no place
    if tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.idx in place_starts:
        return True
    if tok.pos_ == "PROPN" and tok.dep_ in ("pobj", "dobj", "nsubjpass", "nsubj") and not tok.ent_type_ in PERSON_ENTS:
        return True
    if has_class(tok, "place", lex):
        return True
    if people_noun(tok, lex):
        return False  # "a New Zealand pilot", "the Kidal governor": someone from a place, not the place
    return any(c.dep_ in ("compound", "poss") and (c.ent_type_ in ("GPE", "LOC", "FAC") or c.idx in place_starts)
               for c in tok.children)


def people_noun(tok: Token, lex: Lexicon) -> bool:
    """A common noun that names someone by a role (``person``: pilot, crew, national ...; ``leader``). The
    civilian and force classes hold sites too ("market", "garrison"), so they say nothing here."""
    return tok.pos_ == "NOUN" and (has_class(tok, "person", lex) or has_class(tok, "leader", lex))



#: Words of time that a preposition may govern: "attacked on Sunday" names no target.
TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december morning afternoon evening night dawn day week month
    year weekend hour eve dusk midnight noon midday daybreak sunrise sunset today yesterday tonight fortnight
    anniversary overnight""".split())
#: Entity labels that make a time word a name ("Theresa May", "the March 23 Movement").
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})

def temporal(tok: Token) -> bool:
    """A word that says when, not who or what: a date or time entity, or a time word that names nothing
    ("Sunday", "3 May", "the eve of the vote", "the anniversary of the coup")."""
    if tok.ent_type_ in ("DATE", "TIME"):
        return True
    return tok.ent_type_ not in NAME_LABELS and (lem(tok) in TIME_WORDS or tok.lower_ in TIME_WORDS)



# TOLL_LEMMAS, is_own_clause and clause_of live in footprint.clauses (the places stage reads them too)

#: Words that open a relative clause without standing for one of its arguments' people: "a town where ...".
RELATIVE_WORDS = frozenset({"who", "whom", "which", "that", "whose"})


def own_relative(tok: Token) -> bool:
    """A relative clause with a subject of its own, not the noun it describes: "near Kidal, a town where troops
    launched an offensive", "the base, which militants had seized". It tells an event apart from the clause
    around it; "gunmen who raided the village" (the subject is the gunmen) does not."""
    if tok.dep_ != "relcl" or tok.pos_ not in ("VERB", "AUX"):
        return False
    subj = children(tok, *SUBJ, *PASSIVE_SUBJ)
    if not subj or any(s.tag_ in ("WDT", "WP", "WP$") or s.lower_ in RELATIVE_WORDS for s in subj):
        return False
    if temporal(tok.head):
        return False  # "killed 23 people on Monday, when rounds hit a market": the same event, told again
    # told as another time: a date of its own ("a town where troops launched an offensive last week") or a
    # perfect ("the base, which militants had seized"); "in Gao, where gunmen opened fire" is the same event
    return any(c.dep_ == "aux" and lem(c) == "have" for c in tok.children) or any(
        temporal(t) for t in own_words(tok))


def hangs_on(tok: Token, verb: Token, deps: tuple[str, ...]) -> bool:
    """``tok`` hangs on ``verb`` through arcs of ``deps`` only: each word from ``tok`` up to ``verb`` is
    attached by one of them (so not inside a clause of its own)."""
    t = tok
    while t.i != verb.i:
        if t.dep_ not in deps or t.head.i == t.i:
            return False
        t = t.head
    return True


def own_words(tok: Token) -> list[Token]:
    """The words of ``tok``'s clause, not of a clause nested in it."""
    out, stack = [], list(tok.children)
    while stack:
        t = stack.pop()
        if t.dep_ in ("relcl", "ccomp", "advcl", "acl", "conj") and t.pos_ in ("VERB", "AUX"):
            continue
        out.append(t)
        stack.extend(t.children)
    return out


def event_clause(tok: Token) -> int:
    """The index of the clause that tells ``tok``'s event: a coordinated clause with its own subject
    (``clause_of``), a relative clause with its own subject (``own_relative``), a clause of contrast with its
    own subject (``contrast_clause``) or one across a semicolon (``across_break``); the sentence's: -1."""
    cur = tok
    for _ in range(40):
        if is_own_clause(cur) or own_relative(cur) or contrast_clause(cur) or across_break(cur):
            return cur.i
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return -1


#: Verbs saying that fighting began ("war broke out", "clashes erupted between X and Y").
ONSET_LEMMAS = frozenset({"erupt", "flare", "begin", "start", "resume", "escalate"})


def onset_subject(tok: Token) -> bool:
    """``tok`` is the subject of a verb saying that it began: "war broke out", "clashes erupted"."""
    if tok.dep_ != "nsubj" or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    head = tok.head
    return lem(head) in ONSET_LEMMAS or (lem(head) == "break" and has_particle(head, "out"))


# --- acts told inside an accusation ---------------------------------------------------------------------

#: Verbs that lay an act at someone's door: the act they govern is the accuser's allegation.
ACCUSE_VERBS = frozenset({"accuse", "blame"})
#: Prepositions that carry the act alleged ("blamed X for the raid", "accused X of the shelling") or the accused
#: ("blamed the raid on X").
ACCUSE_PREPS = frozenset({"for", "of", "on"})
#: Dependencies of a noun phrase's own words (a claimant's name without its relative clauses and asides).
NAME_DEPS = frozenset({"compound", "amod", "poss", "nmod", "flat", "prep", "det", "nummod"})


def accusation_of(tok: Token) -> Token | None:
    """The verb of accusation whose charge tells ``tok``'s act: "blamed the group for the assault, which wounded
    four officers", "accused the militia of the shelling, which it said killed 14", "accused X of shelling the
    camp", "blamed the bombing on X". The parser often hangs the charge ("for", "of") or its relative clause on
    the accused: a relative clause after the charge still tells the charge. None when the trigger is the
    accusation itself, when the accusation is negated or has no subject that names someone (a pronoun is left
    to the attribution stage), and for what only describes the accused ("accused the army, which ...")."""
    cur, below = tok, None
    for _ in range(8):
        head = cur.head
        if head.i == cur.i or across_break(cur):
            return None
        if lem(head) in ACCUSE_VERBS and head.pos_ == "VERB":
            return head if _charge(head, cur, below) and not children(head, "neg") and _named_subject(head) else None
        cur, below = head, cur
    return None


def _charge(verb: Token, arg: Token, below: Token | None) -> bool:
    """``arg`` (a child of the verb of accusation, reached from ``below``) holds the charge."""
    if arg.dep_ == "prep" and arg.lower_ in ACCUSE_PREPS and arg.i > verb.i:
        return True
    if arg.dep_ != "dobj" or below is None:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "on" for c in verb.children):
        return True  # "blamed the bombing on X": the object is the act
    if below.dep_ == "prep" and below.lower_ in ("for", "of"):
        return True  # "accused [the group [of the shelling]]"
    charges = [p for p in list(arg.children) + list(verb.children) if p.dep_ == "prep" and p.lower_ in ("for", "of")]
    return below.dep_ == "relcl" and any(p.i < below.i for p in charges)


def _named_subject(verb: Token) -> bool:
    subj = children(verb, "nsubj")
    return bool(subj) and subj[0].tag_ not in ("PRP", "PRP$", "WP", "WDT")


def name_span(tok: Token) -> tuple[int, int]:
    """Token bounds of the noun phrase ``tok`` heads, its own words only (no relative clause, apposition or
    aside): "the defence ministry" of "the defence ministry, which ...". """
    start, end = tok.i, tok.i + 1
    for c in tok.children:
        if c.dep_ in NAME_DEPS:
            start, end = min(start, c.left_edge.i), max(end, c.right_edge.i + 1 if c.i > tok.i else end)
    return start, end


def repaired_forms(tok: Token, base: str) -> list[str]:
    """Single words tried besides the lemma ``base`` where the lemmatizer errs: the surface form and its stems
    ("raped" read as "rap": "raped", "rape"), or a prefixed irregular past it leaves as it is ("retook",
    "retaken": prefix + base verb)."""
    w = tok.lower_
    if w != base:
        forms = [w]
        if w.endswith("ed"):
            forms += [w[:-1], w[:-2]]
        elif w.endswith("ing"):
            forms += [w[:-3], w[:-3] + "e"]
        elif w.endswith("es"):
            forms += [w[:-1], w[:-2]]  # "establishes" read as a noun: "establish"
        elif w.endswith("s"):
            forms += [w[:-1]]
        return [f for f in forms if f != base]
    if tok.pos_ in ("VERB", "AUX"):
        verb = prefixed_past(w)
        if verb:
            return [verb]
    return []


def prefixed_past(word: str) -> str | None:
    """The base verb of a prefixed irregular past ("retook" -> "retake", "overran" -> "overrun"), else None."""
    for prefix in PREFIXES:
        rest = IRREGULAR_PAST.get(word[len(prefix):]) if word.startswith(prefix) else None
        if rest:
            return prefix + rest
    return None


def word_forms(tok: Token) -> set[str]:
    """The single words ``trigger_keys`` builds its keys around: the lemma, the surface form and its pieces,
    the stems tried when the lemmatizer errs, a prefixed irregular past."""
    base, w = lem(tok), tok.lower_
    return {base, w, *w.split("-"), *repaired_forms(tok, base)}


#: Verb prefixes that keep the base verb's irregular past ("re-took", "over-ran", "with-drew").
PREFIXES = ("re", "over", "with", "out", "up")
#: Irregular past forms of base verbs that prefixed trigger verbs are built on.
IRREGULAR_PAST = {"took": "take", "taken": "take", "ran": "run", "drew": "draw", "drawn": "draw", "won": "win",
                  "threw": "throw", "thrown": "throw", "sent": "send", "built": "build", "shot": "shoot",
                  "fought": "fight", "struck": "strike", "held": "hold"}


#: Prepositions that place an object or a verb by a name ("burned a school in Gajiram").
PLACING_PREPS = frozenset({"in", "at", "near", "outside"})


def placed_apart(a, b) -> bool:
    """Two verbs joined by "and", each placed by a name of its own ("attacked a checkpoint in Rann and burned a
    school in Gajiram"): two events at two places, even with one subject."""
    x, y = (a, b) if a.i < b.i else (b, a)
    if y.dep_ != "conj" or y.head.i != x.i or x.pos_ != "VERB" or y.pos_ != "VERB":
        return False
    # "arrested a man in X and detained him in Y": a pronoun object carries the first act on, one event
    if any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in y.children):
        return False
    px, py = _own_place(x), _own_place(y)
    return bool(px and py and px != py)


def _own_place(verb) -> str:
    """The name a verb, or its direct object, is placed by ("in Rann", or through a common noun: "in the village
    of Naulala", "at a post near Mbatamila"), not looking into joined verbs."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    for h in heads:
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ in PLACING_PREPS:
                name = _placing_name(p)
                if name:
                    return name
    return ""


def _placing_name(prep) -> str:
    """The proper name under a placing preposition, itself or one step below a common noun ("the village of X",
    "a post near X"); a name deeper down places the noun, not the verb."""
    for t in prep.children:
        if t.dep_ != "pobj":
            continue
        if is_name(t):
            return t.text.casefold()
        if t.pos_ == "NOUN":
            for q in t.children:
                if q.dep_ == "prep" and (q.lower_ == "of" or q.lower_ in PLACING_PREPS):
                    names = [n for n in q.children if n.dep_ == "pobj" and is_name(n)]
                    if names:
                        return names[0].text.casefold()
    return ""


def is_name(t) -> bool:
    """A proper noun that is no date or time ("Gajiram", not "Sunday")."""
    return t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME")
