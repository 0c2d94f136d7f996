"""Clauses of a parsed sentence, shared by the events stage (one event per coordinated clause with a
subject of its own) and the places stage (an event's place comes from its own clause).

Read from the dependency parse only; a Doc without one has a single clause per sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

SUBJ = {"nsubj", "csubj"}
PASSIVE_SUBJ = {"nsubjpass", "csubjpass"}
#: Verbs that count the dead and wounded: a clause of theirs tells an attack's toll, not an attack of its own.
TOLL_LEMMAS = frozenset({"kill", "wound", "injure", "hurt", "die"})
#: Conjunctions that set a clause against another ("while troops patrolled Gao", "whereas ...").
CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})
#: Punctuation that closes a clause inside a sentence: "X raided A; Y shelled B", "X: ...", "X - Y ...".
CLAUSE_PUNCT = frozenset({";", ":", "-", "–", "—", "--"})
#: Dependencies whose subtree is a clause of its own for the place of an event: relative clauses ("soldiers,
#: who had come from Gao, attacked ..."), clausal complements (what a speaker says), loosely joined clauses.
OWN_CLAUSE_DEPS = frozenset({"relcl", "ccomp", "parataxis"})


# (lemma id, text id) -> lower-cased lemma: the ids are read straight off the token, while ``lemma_`` and
# ``text`` each look the string up; the ids are string hashes, the same in every pipeline
_LEMS: dict[tuple[int, int], str] = {}
_LEMS_MAX = 200_000  # emptied when full, so a long-running server does not grow it without end


def lem(tok: Token) -> str:
    key = (tok.lemma, tok.orth)
    out = _LEMS.get(key)
    if out is None:
        if len(_LEMS) >= _LEMS_MAX:
            _LEMS.clear()
        out = _LEMS[key] = (tok.lemma_ or tok.text).lower()
    return out


def forms(tok: Token) -> set[str]:
    """The word's lemma and lower-case text, and the singular of a capitalised plural the tagger took for a
    name and left unlemmatised ("Monday. Drones struck ...": "Drones" is no name)."""
    out = {lem(tok), tok.lower_}
    text = tok.text
    if (tok.pos_ == "PROPN" and tok.lemma_ in ("", text) and text[:1].isupper() and text[1:].islower()
            and text.endswith("s") and not text.endswith(("ss", "us", "is"))):
        out.add(tok.lower_[:-3] + "y" if text.endswith("ies") else tok.lower_[:-1])
    return out


def lemma_keys(tok: Token) -> set[str]:
    """The lemma, and the verb stem the lemmatiser cut short where it took a final "e" for part of the
    ending ("staged" -> "stag": "stage")."""
    base = lem(tok)
    if tok.pos_ in ("VERB", "AUX") and tok.lower_ in (base + "ed", base + "ing"):
        return {base, base + "e"}
    return {base}


# labels -> their ids: ``dep`` is an int on the token, ``dep_`` a string looked up per child
_DEP_IDS: dict[tuple[str, ...], frozenset[int]] = {}


def children(tok: Token, *deps: str) -> list[Token]:
    ids = _DEP_IDS.get(deps)
    if ids is None:
        ids = _DEP_IDS[deps] = frozenset(tok.vocab.strings[d] for d in deps)
    return [c for c in tok.children if c.dep in ids]


#: Words that pick part of a group named before ("one of them", "some of the rockets"): a subject made of
#: them points back at the clause that named the group.
PART_WORDS = frozenset({"one", "some", "each", "all", "both", "many", "most", "several", "two", "three", "none"})


def anaphoric(subj: Token) -> bool:
    """A subject that points back: a pronoun, or part of a group told by a pronoun ("one of them")."""
    if subj.pos_ == "PRON":
        return True
    return subj.lower_ in PART_WORDS and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ == "PRON" for o in p.children)
        for p in subj.children)


def is_own_clause(tok: Token) -> bool:
    """A coordinated verb with a subject of its own (not a pronoun, not a toll): "a drone struck a truck and
    gunmen attacked a checkpoint" tells two events; "gunmen attacked and killed", "... and one of them hit the
    hull" or "... and 12 were killed" one."""
    if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX") or lem(tok) in TOLL_LEMMAS:
        return False
    subj = children(tok, *SUBJ)
    if not subj or any(anaphoric(s) for s in subj):
        return False
    head = tok.head
    return head.pos_ in ("VERB", "AUX") and bool(children(head, *SUBJ) or children(head, *PASSIVE_SUBJ))


def clause_of(tok: Token) -> int:
    """The index of the coordinated clause with its own subject that holds ``tok`` (the sentence's: -1)."""
    cur = tok
    for _ in range(40):
        if is_own_clause(cur):
            return cur.i
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return -1


#: Punctuation after which a clause is told on its own, whatever the parser hung it on.
HARD_BREAKS = frozenset({";"})
#: Dependencies of a verb that heads a clause.
CLAUSE_DEPS = frozenset({"conj", "ccomp", "parataxis", "advcl", "xcomp"})


def across_break(tok: Token) -> bool:
    """``tok`` heads a clause hung on a verb on the other side of a semicolon: "officials said the men were shot
    dead; the group denied it" (the small parser makes the first clause the content of "denied"), "... killed two
    bandits; the same day gunmen abducted nine passengers". Each side tells its own event and its own polarity."""
    head = tok.head
    if head.i == tok.i or tok.dep_ not in CLAUSE_DEPS or tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.i < head.i:
        lo, hi = tok.right_edge.i, head.i
    else:
        lo, hi = head.i, tok.left_edge.i
    return any(t.text in HARD_BREAKS and t.head.i == head.i for t in tok.doc[lo + 1 : hi])


def contrast_clause(tok: Token) -> bool:
    """A clause of contrast with a subject of its own (not a pronoun): "troops repelled an assault, while a
    landmine killed two children nearby" tells two events."""
    if tok.dep_ != "advcl" or tok.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in tok.children):
        return False
    subj = children(tok, *SUBJ, *PASSIVE_SUBJ)
    return bool(subj) and not any(anaphoric(s) for s in subj)


def _after_clause_punct(tok: Token) -> bool:
    """A conjunct verb with any subject that follows ";", ":" or a dash: "X raided A; they burned B"."""
    if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX") or not children(tok, *SUBJ, *PASSIVE_SUBJ):
        return False
    lo, hi = tok.head.i, tok.i
    return any(t.text in CLAUSE_PUNCT for t in tok.doc[lo + 1 : hi])


def opens_clause(tok: Token) -> bool:
    """``tok`` heads a clause that tells something of its own: a coordinated clause with its own subject,
    one after ";", ":" or a dash, a relative clause, a clausal complement, a loosely joined clause, or a
    clause of contrast ("while ...", "whereas ...")."""
    if tok.dep_ in OWN_CLAUSE_DEPS or is_own_clause(tok) or _after_clause_punct(tok):
        return True
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in tok.children)


#: ``Doc.user_data`` key of the clause heads found so far (token index -> head index): the events stage asks
#: for the same tokens' clauses once per event, so an uncached walk is quadratic in a long sentence.
HEADS_KEY = "footprint.clauses.heads"


def clause_head(tok: Token) -> Token:
    """The head of the innermost clause (``opens_clause``) that holds ``tok``; the sentence's root otherwise."""
    heads = tok.doc.user_data.setdefault(HEADS_KEY, {})
    found = heads.get(tok.i)
    if found is None:
        cur = tok
        for _ in range(60):
            if opens_clause(cur) or cur.head.i == cur.i:
                break
            cur = cur.head
        found = heads[tok.i] = cur.i
    return tok.doc[found]


def _top_child(head: Token, tok: Token) -> Token | None:
    """The child of ``head`` whose subtree holds ``tok`` (None when ``tok`` is not below ``head``)."""
    cur = tok
    for _ in range(60):
        if cur.head.i == head.i and cur.i != head.i:
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def fronted(head: Token, tok: Token) -> bool:
    """``tok`` sits in a phrase put before ``head``'s subject (or before ``head`` when it has none): "In Kano,
    gunmen attacked ...", "On the road to Gao, ...". Such a phrase frames the clauses coordinated with it."""
    top = _top_child(head, tok)
    if top is None or top.dep_ not in ("prep", "npadvmod", "advmod", "advcl", "pobj"):
        return False
    subj = children(head, *SUBJ, *PASSIVE_SUBJ)
    first = min([s.left_edge.i for s in subj] + [head.i])
    return top.right_edge.i < first


#: Clauses a fronted phrase frames along with the clause it belongs to: the ones joined to it, not what a
#: speaker says (ccomp) or what a relative clause tells about a noun.
_FRAMED_DEPS = frozenset({"conj", "parataxis", "advcl"})


def frames(place: Token, clause: Token) -> bool:
    """A place outside ``clause`` that still belongs to it: a phrase fronted before the subject of a clause
    that ``clause`` is coordinated with ("In Kano, gunmen attacked a market and soldiers detained suspects"),
    or the noun a relative clause describes ("Boni, where gunmen killed five")."""
    if clause.dep_ == "relcl":
        noun = clause.head
        if noun.left_edge.i <= place.i <= noun.right_edge.i and not (clause.left_edge.i <= place.i <= clause.right_edge.i):
            return True
    cur = clause
    for _ in range(20):
        if cur.dep_ not in _FRAMED_DEPS or cur.head.i == cur.i:
            return False
        outer = clause_head(cur.head)
        if clause_head(place).i == outer.i:
            return fronted(outer, place)
        cur = outer
    return False


def same_clause(place: Token, trigger: Token) -> bool:
    """``place`` is said of the clause ``trigger`` belongs to: in that clause (not in a clause nested in it),
    in a phrase that frames it (``frames``), or in a relative clause on the trigger noun itself."""
    own = clause_head(trigger)
    where = clause_head(place)
    if where.i == own.i or frames(place, own):
        return True
    # a relative clause on the event's own noun tells where it happened: "the attack, which took place in Gao"
    return where.dep_ == "relcl" and where.head.i == trigger.i
