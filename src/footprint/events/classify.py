"""Finds event triggers in a parsed sentence and decides each one's type.

Cheap by design: one pass over the tokens with dictionary look-ups by lemma,
then a few rules over the trigger's syntactic neighbours (subject, object,
prepositions) and words of the sentence (attack mode, protest context).
A trigger inside a conditional, a negation, a modal or an intention
("plans to deploy") makes no event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .vocabulary import Lexicon, lexicon

SUBJ = {"nsubj", "csubj"}
OBJ = {"dobj", "obj", "attr", "oprd"}
PASSIVE_SUBJ = {"nsubjpass", "csubjpass"}
PERSON_ENTS = {"PERSON", "NORP", "ORG", "GPE"}
STATE_WORDS = {"army", "soldier", "troop", "military", "police", "policeman", "gendarme", "gendarmerie",
               "government", "junta", "authority", "ministry", "navy", "marine", "commando", "guard",
               "paratrooper", "legionnaire", "officer", "peacekeeper", "state", "federal", "national",
               "presidential", "intelligence", "agent", "mission", "contingent", "instructor", "trainer"}
NONSTATE_WORDS = {"fighter", "militant", "jihadist", "rebel", "insurgent", "separatist", "militia", "militiaman",
                  "terrorist", "bandit", "gunman", "assailant", "attacker", "group", "faction", "extremist",
                  "jihadi", "mercenary", "contractor", "raider", "kidnapper"}
NONVIOLENT_CUES = ("without a fight", "without resistance", "without firing a shot", "unopposed",
                   "without a shot", "peacefully", "without fighting", "without any resistance",
                   "without meeting resistance")
EXCESSIVE_CUES = ("live ammunition", "live rounds", "live bullets", "opened fire", "open fire", "shot dead",
                  "killing", "killed", "dead", "died", "fatal", "were shot", "gunned down")
INTERVENTION_CUES = ("tear gas", "teargas", "disperse", "water cannon", "baton", "rubber bullet", "broke up",
                     "break up", "arrest", "detain", "crackdown", "cracked down", "beat", "whip")
RIOT_CUES = ("riot", "rioter", "burned", "burnt", "burning", "torch", "set fire", "set on fire", "ablaze",
             "threw stones", "throwing stones", "pelted", "pelt", "stones", "rocks", "ransack", "stormed",
             "vandal", "loot", "barricade", "clashed with", "violent")
MOB_CUES = ("mob ", "mobs ", "lynch", "vigilante", "jungle justice", "mob justice", "beat to death", "beaten to death",
            "angry crowd")
PROTEST_WORDS = ("protest", "demonstrat", "marcher", "rally", "rallie", "sit-in", "rioter", "riot")


@dataclass
class Candidate:
    """One trigger, typed; roles are filled in by ``roles.assign``."""

    type: str
    frame: str
    token: Token
    start: int  # trigger character span
    end: int
    mode: str | None = None
    civilian_target: bool = False
    weight: float = 0.6
    generic: bool = False  # a plural trend ("attacks have increased"): context, not an event
    definite: bool = False  # "the attack": may point back to an event already told
    actor_toks: list[Token] = field(default_factory=list)
    target_toks: list[Token] = field(default_factory=list)
    assoc_toks: list[Token] = field(default_factory=list)
    place_toks: list[Token] = field(default_factory=list)
    note: str = ""
    text: str = ""  # the trigger's words, cut from the sentence (Doc.text rebuilds the whole document)

    @property
    def trigger_text(self) -> str:
        return self.text or self.token.doc.text[self.start : self.end]


# --- helpers over the parse ---------------------------------------------------


def lem(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


def noun_keys(tok: Token) -> list[str]:
    """The lemma, plus "compound lemma" / "amod lemma" forms for multiword nouns."""
    keys = [lem(tok)]
    if tok.pos_ == "PROPN" and tok.is_title:
        w = tok.lower_
        keys += [w, w[:-1]] if w.endswith("s") else [w]
    for ch in tok.children:
        if ch.dep_ in ("compound", "amod") and ch.i < tok.i:
            keys.append(f"{lem(ch)} {lem(tok)}")
    return keys


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


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
        if p.dep_ in ("prep", "agent", "dative") and p.pos_ == "ADP" or p.dep_ == "agent":
            key = p.lower_
            # "out of", "away from": the particle before names it
            objs = [c for c in p.children if c.dep_ in ("pobj", "pcomp")]
            for o in objs:
                if o.dep_ == "pcomp" and o.pos_ == "ADP":
                    objs.extend(c for c in o.children if c.dep_ == "pobj")
            out.setdefault(key, []).extend(objs)
    return out


def subjects(tok: Token) -> list[Token]:
    """Grammatical subject, inherited through xcomp/conj/acl chains."""
    subj = children(tok, *SUBJ)
    if subj:
        return subj
    cur = tok
    for _ in range(3):
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


def agents(tok: Token) -> list[Token]:
    return [o for p in children(tok, "agent") for o in p.children if o.dep_ == "pobj"]


def has_class(tok: Token, cls: str, lex: Lexicon) -> bool:
    return any(k in lex.classes.get(cls, ()) for k in noun_keys(tok))


def phrase_has_class(toks: list[Token], cls: str, lex: Lexicon, depth: int = 1) -> bool:
    for t in toks:
        if has_class(t, cls, lex):
            return True
        if depth and t.lower_ in ("control", "part", "most", "parts", "some", "one", "two", "group", "members", "dozens",
                                  "hundreds", "thousands", "number", "some", "all"):
            inner = [o for p in children(t, "prep") for o in p.children if o.dep_ == "pobj"]
            if phrase_has_class(inner, cls, lex, depth - 1):
                return True
    return False


def is_place(tok: Token, lex: Lexicon, place_starts: frozenset[int]) -> bool:
    if tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.idx in place_starts:
        return True
    if tok.pos_ == "PROPN" and tok.dep_ in ("pobj", "dobj", "nsubjpass", "nsubj") and not tok.ent_type_ in PERSON_ENTS:
        return True
    if has_class(tok, "place", lex):
        return True
    return any(c.dep_ in ("compound", "poss") and (c.ent_type_ in ("GPE", "LOC", "FAC") or c.idx in place_starts)
               for c in tok.children)


# --- filters ------------------------------------------------------------------


def blocked(tok: Token, lex: Lexicon) -> str:
    """Why this trigger makes no event (hypothetical, negated, intended), or ''."""
    hedge = lex.classes["hedge_aux"]
    cond = lex.classes["conditional_mark"]
    intent = lex.classes["intent"]
    intent_noun = lex.classes["intent_noun"]
    cur = tok
    for depth in range(6):
        for ch in cur.children:
            if ch.dep_ == "neg" or (ch.dep_ == "det" and ch.lower_ == "no"):
                return "negated"
            if ch.dep_ in ("aux", "auxpass") and ch.lower_ in hedge:
                return "modal"
            if ch.dep_ == "mark" and ch.lower_ in cond:
                return "conditional"
        if cur.dep_ == "ROOT" or cur.head is cur:
            break
        head = cur.head
        if cur.dep_ in ("xcomp", "ccomp", "acl", "advcl", "pcomp", "pobj", "prep") and lem(head) in intent:
            return "intended"
        if cur.dep_ in ("acl", "pobj", "prep", "xcomp", "pcomp") and lem(head) in intent_noun and head.pos_ == "NOUN":
            return "intended"
        # a trigger in a clause of its own (ccomp of "said") keeps its own modality
        if cur.dep_ in ("ccomp",) and depth > 0:
            break
        cur = head
    return ""


def is_generic(tok: Token) -> bool:
    """A bare plural noun ("Attacks by X have become more frequent") names a trend."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return False
    dets = [c for c in tok.children if c.dep_ in ("det", "nummod", "poss")]
    return not dets and tok.dep_ in ("nsubj", "nsubjpass")


NAME_ENTS = {"ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PERSON", "GPE", "LOC", "NORP"}


def in_name(tok: Token, mention_types: dict[int, str]) -> bool:
    """A capitalised word inside a multiword name (entity or actor mention) names, it does not tell."""
    if not tok.is_title or tok.i == tok.sent.start:
        return False
    if tok.i in mention_types:
        return True
    if tok.ent_type_ in NAME_ENTS:
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        return ent is not None and len(ent) > 1
    return False


def is_modifier(tok: Token) -> bool:
    """A noun used to qualify another ("training centre", "attack helicopter")."""
    return tok.dep_ in ("compound", "amod") or (tok.dep_ == "nmod" and tok.head.pos_ == "NOUN")


# --- trigger look-up ----------------------------------------------------------


def trigger_keys(tok: Token) -> list[tuple[str, int]]:
    """Keys to look up for a token, longest first, with the end token index."""
    base = lem(tok)
    keys: list[tuple[str, int]] = []
    for ch in tok.children:
        if ch.dep_ == "prt":
            keys.append((f"{base} {ch.lower_}", max(tok.i, ch.i)))
        if ch.dep_ in ("dobj", "prep", "acomp", "oprd") and ch.i > tok.i:
            keys.append((f"{base} {lem(ch)}", ch.i))
            for gc in ch.children:
                if gc.dep_ in ("pobj", "prep") and gc.i == ch.i + 1:
                    keys.append((f"{base} {lem(ch)} {lem(gc)}", gc.i))
            if ch.dep_ == "dobj":
                det = [d for d in ch.children if d.dep_ == "det" and d.i == tok.i + 1]
                if det:
                    keys.append((f"{base} {det[0].lower_} {lem(ch)}", ch.i))
    for ch in tok.children:
        if ch.dep_ in ("amod", "compound") and ch.i == tok.i - 1:
            keys.append((f"{lem(ch)} {base}", tok.i))
    keys.sort(key=lambda k: -len(k[0]))
    keys.append((base, tok.i))
    # the lemmatizer errs on rare verbs ("raped" -> "rap"): the surface form is tried too
    if tok.lower_ != base:
        w = tok.lower_
        forms = [w]
        if w.endswith("ed"):
            forms += [w[:-1], w[:-2]]
        elif w.endswith("ing"):
            forms += [w[:-3], w[:-3] + "e"]
        elif w.endswith("s"):
            forms += [w[:-1]]
        keys.extend((f, tok.i) for f in forms if f != base)
    return keys


def find_candidates(sent: Span, *, place_starts: frozenset[int] = frozenset(),
                    mention_types: dict[int, str] | None = None, lex: Lexicon | None = None) -> list[Candidate]:
    """All typed triggers of one sentence (before roles, de-duplication and filters)."""
    lex = lex or lexicon()
    mention_types = mention_types or {}
    ctx = SentenceContext(sent, lex, place_starts, mention_types)
    sent_text, base = sent.text, sent.start_char
    out: list[Candidate] = []
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and tok.tag_ == "VBN"):
            table = lex.verbs
        elif tok.pos_ in ("NOUN", "PROPN"):
            table = lex.nouns
            if in_name(tok, mention_types):
                continue  # "the Movement for the Liberation of Congo": a name, not a liberation
        else:
            continue
        for key, end_i in trigger_keys(tok):
            frames = table.get(key)
            if not frames:
                continue
            cand = None
            for frame in frames:
                cand = RESOLVERS[frame](ctx, tok, key)
                if cand:
                    cand.start = tok.idx
                    last = sent.doc[max(end_i, tok.i)]
                    cand.end = max(tok.idx + len(tok.text), last.idx + len(last.text)) if end_i - tok.i < 4 else tok.idx + len(tok.text)
                    if tok.pos_ in ("NOUN", "PROPN"):
                        cand.weight -= 0.1
                        cand.generic = cand.generic or is_generic(tok)
                        cand.definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                                            for c in tok.children) or cand.definite
                    cand.note = blocked(tok, lex) or cand.note
                    cand.text = sent_text[cand.start - base : cand.end - base]
                    out.append(cand)
                    break
            if cand:
                break
    return out


class SentenceContext:
    """Words of a sentence, computed once, that the resolvers consult."""

    def __init__(self, sent: Span, lex: Lexicon, place_starts: frozenset[int], mention_types: dict[int, str]):
        self.sent = sent
        self.lex = lex
        self.text = sent.text.lower()
        self.lemmas = {lem(t) for t in sent}
        self.place_starts = place_starts
        self.mention_types = mention_types
        self.mode = self._mode()
        # cues match at the start of a word: "mob" is not in "mobile", "riot" not in "patriot"
        self.starts = " " + re.sub(r"[^\w'-]+", " ", self.text) + " "
        self.protest = self.has(*PROTEST_WORDS)

    def _mode(self) -> str | None:
        words = set(self.lemmas) | {t.lower_ for t in self.sent}
        toks = [t.lower_ for t in self.sent]
        bigrams = {" ".join(toks[i : i + 2]) for i in range(len(toks) - 1)}
        trigrams = {" ".join(toks[i : i + 3]) for i in range(len(toks) - 2)}
        lemma_seq = [lem(t) for t in self.sent]
        bigrams |= {" ".join(lemma_seq[i : i + 2]) for i in range(len(lemma_seq) - 1)}
        for mode, cues in self.lex.modes:
            if cues & words or cues & bigrams or cues & trigrams or any("-" in c and c in self.text for c in cues):
                return mode
        return None

    def has(self, *cues: str) -> bool:
        return any(" " + c in self.starts for c in cues)

    def mtype(self, tok: Token) -> str | None:
        return self.mention_types.get(tok.i)

    def is_state(self, toks: list[Token]) -> bool | None:
        """True for state forces, False for non-state, None when unknown."""
        for t in with_conjuncts(toks):
            mt = self.mtype(t)
            if mt in ("state_force", "government", "country"):
                return True
            if mt in ("armed_group", "pmc"):
                return False
            span = [t] + [c for c in t.children if c.dep_ in ("compound", "amod", "poss")]
            words = {lem(x) for x in span}
            if words & NONSTATE_WORDS:
                return False
            if words & STATE_WORDS:
                return True
            if lem(t) == "force" and any(c.ent_type_ in ("NORP", "GPE") or c.dep_ == "amod" for c in t.children):
                return True
            if t.ent_type_ in ("GPE",) or (t.ent_type_ == "NORP" and t.pos_ == "PROPN"):
                return True
        return None

    def civilian(self, toks: list[Token]) -> bool | None:
        """True when the targets are civilians, False when forces, None when unknown."""
        toks = with_conjuncts(toks)
        civ = force = False
        for t in toks:
            mt = self.mtype(t)
            if mt in ("state_force", "armed_group", "pmc", "igo"):
                force = True
            elif has_class(t, "force", self.lex) or phrase_has_class([t], "force", self.lex):
                force = True
            elif has_class(t, "civilian", self.lex) or phrase_has_class([t], "civilian", self.lex):
                civ = True
            elif t.ent_type_ in ("GPE", "LOC") or t.idx in self.place_starts:
                civ = civ or False
        if force:
            return False
        if civ:
            return True
        return None

    def sentence_victims(self) -> bool | None:
        """Civilian or force victims named anywhere in the sentence (killing X, X were killed)."""
        victims: list[Token] = []
        for t in self.sent:
            if lem(t) in ("kill", "wound", "injure", "shoot", "execute", "massacre", "hack", "murder", "behead",
                          "abduct", "kidnap", "hurt", "die", "slaughter", "target", "attack", "hit", "strike"):
                victims.extend(children(t, *OBJ, *PASSIVE_SUBJ))
                if lem(t) == "die":
                    victims.extend(children(t, *SUBJ))
            if lem(t) in ("casualty", "death", "dead") :
                victims.extend(o for p in children(t, "prep") for o in p.children if o.dep_ == "pobj")
        return self.civilian(victims) if victims else None


# --- resolvers: frame + parse -> typed candidate --------------------------------


def _cand(type_: str, frame: str, tok: Token, **kw) -> Candidate:
    return Candidate(type=type_, frame=frame, token=tok, start=tok.idx, end=tok.idx + len(tok.text), **kw)


def _noun_args(tok: Token, ctx: SentenceContext, frame: str) -> tuple[list[Token], list[Token], list[Token]]:
    """Actor, target, associated tokens for a noun trigger."""
    actor: list[Token] = []
    target: list[Token] = []
    assoc: list[Token] = []
    pp = preps(tok)
    actor += pp.get("by", [])
    for c in tok.children:
        if c.dep_ == "poss" and c.tag_ not in ("PRP$",):
            actor.append(c)
        if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i and (
            c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "ORG", "GPE") or c.i in ctx.mention_types
        ):
            if c.ent_type_ != "DATE" and not c.like_num:
                actor.append(c)
        if c.dep_ == "acl" and lem(c) in ("involve", "include", "pit"):
            assoc += with_conjuncts(children(c, "dobj"))
    of = pp.get("of", [])
    if frame in ("deploy", "withdraw", "train", "protest", "group", "leader"):
        actor += of
    else:
        target += of
    target += pp.get("on", []) + pp.get("against", []) + pp.get("targeting", [])
    between = pp.get("between", [])
    if between:
        actor += with_conjuncts(between)
    # a noun that is the object of a light verb ("launched an attack"): the verb's subject acts
    head = tok.head
    if tok.dep_ in ("dobj", "pobj") and lem(head) in ctx.lex.classes["light_verb"] | {"for", "responsibility"}:
        h = head
        if lem(h) in ("for",):
            h = h.head.head if lem(h.head) == "responsibility" else h.head
        elif lem(h) == "responsibility":
            h = h.head
        actor += subjects(h)
    if tok.dep_ == "pobj" and head.lower_ == "to" and lem(head.head) == "subject":
        actor += subjects(head.head)  # "subjected women to sexual violence"
        target += children(head.head, "dobj")
    if tok.dep_ in ("dobj",) and lem(head) in ctx.lex.classes["light_verb"]:
        assoc += [o for p in children(head, "prep") if p.lower_ in ("with", "alongside") for o in p.children if o.dep_ == "pobj"]
    if tok.dep_ in ("nsubj",):
        # "the attack killed/targeted X": the verb's object is the target
        target += children(head, *OBJ)
        if not between and lem(head) in ("break", "erupt", "occur", "resume", "continue", "flare", "rage", "take", "intensify"):
            actor += with_conjuncts(preps(head).get("between", []))  # "fighting broke out between X and Y"
    if lem(tok) in ctx.lex.classes["armed_agent"] or any(k.endswith(("bomber", "attacker")) for k in noun_keys(tok)):
        actor = [tok] + actor  # "a suicide attacker drove a vehicle into the camp"
        if tok.dep_ == "nsubj":
            target += preps(head).get("into", []) + preps(head).get("at", [])
    return actor, target, assoc


def _verb_args(tok: Token) -> tuple[list[Token], list[Token], list[Token]]:
    ag = agents(tok)
    subj = subjects(tok)
    passive = bool(children(tok, *PASSIVE_SUBJ)) or (tok.dep_ == "acl" and tok.tag_ == "VBN")
    actor = ag if passive else subj
    if passive and not ag:
        actor = []
    target = objects(tok) if not passive else children(tok, *PASSIVE_SUBJ) + (
        [tok.head] if tok.dep_ == "acl" and tok.tag_ == "VBN" else [])
    pp = preps(tok)
    target += pp.get("on", []) + pp.get("against", [])
    assoc = pp.get("alongside", [])
    if lem(tok) in ("clash", "fight", "battle", "engage", "exchange", "skirmish") and not target:
        target += [o for p in children(tok, "prep") if p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    if lem(tok) in ("fire", "shoot", "throw", "hurl", "lob", "launch", "aim"):
        target += pp.get("at", [])  # "fired rockets at the camp"
    # "X, backed by Y, attacked": supporters of the subject take part
    for s_ in actor:
        for adv in children(s_, "acl"):
            if lem(adv) in ("back", "support", "assist", "accompany", "aid") and adv.tag_ == "VBN":
                assoc += agents(adv)
    actor = _operator(actor)
    for p in children(tok, "prep"):
        if p.lower_ in ("alongside",) or (p.lower_ == "along" and any(c.lower_ == "with" for c in p.children)):
            assoc += [o for c in p.children for o in ([c] if c.dep_ == "pobj" else c.children) if o.dep_ == "pobj"]
    for adv in children(tok, "advcl", "acl"):
        if lem(adv) in ("back", "support", "assist", "accompany") and adv.tag_ == "VBN":
            assoc += agents(adv)
    return actor, target, assoc


def _operator(actor: list[Token]) -> list[Token]:
    """A weapon as subject ("a drone operated by the army struck ..."): whoever operates it acts."""
    out = []
    for t in actor:
        if lem(t) in ("drone", "aircraft", "jet", "plane", "helicopter", "warplane", "strike", "missile", "rocket", "shell"):
            by = [o for a in t.children if a.dep_ == "acl" and a.tag_ == "VBN" for o in agents(a) + [
                  x for p in children(a, "prep") if p.lower_ == "to" for x in p.children if x.dep_ == "pobj"]]
            if by:
                out += by
                continue
        out.append(t)
    return out


def _args(ctx: SentenceContext, tok: Token, frame: str):
    if tok.pos_ in ("NOUN", "PROPN"):
        return _noun_args(tok, ctx, frame)
    return _verb_args(tok)


def _fill(c: Candidate, actor, target, assoc) -> Candidate:
    c.actor_toks, c.target_toks, c.assoc_toks = list(actor), list(target), list(assoc)
    return c


def r_attack(ctx: SentenceContext, tok: Token, key: str) -> Candidate | None:
    lex = ctx.lex
    actor, target, assoc = _args(ctx, tok, "attack")
    if key in ("shoot down",):
        return None
    if tok.pos_ == "NOUN" and _stopped(tok):
        return None  # "a cessation of hostilities", "an end to the fighting": the fighting stops
    if key == "fire" and not (children(tok, "dobj") or preps(tok).get("on") or preps(tok).get("at")):
        return None
    if key in ("land", "drop", "lob", "hurl", "throw") and not ctx.mode:
        if key == "throw" and ctx.has("stone", "rock"):
            return None
        if key in ("land",) and not any(has_class(s, "weapon", lex) for s in subjects(tok)):
            return None
        if key != "land":
            return None
    if key in ("engage",) and not (phrase_has_class(target + actor, "force", lex)):
        return None
    if key in ("neutralise", "neutralize") and phrase_has_class(target, "weapon", lex):
        return None
    if key in ("hit", "target", "strike", "bomb", "detonate", "explode", "blow up") and phrase_has_class(target, "agreement", lex):
        return None
    if key in ("wound", "injure", "kill", "shoot", "execute") and tok.pos_ == "VERB" and not (target or actor):
        return None
    if key == "strike" and tok.pos_ == "NOUN" and (ctx.has("on strike", "general strike", "hunger strike", "workers", "union", "salar", "wage")):
        return _protest_type(ctx, tok, actor, target, assoc)
    if key == "execute" and not phrase_has_class(target, "civilian", lex) and not phrase_has_class(target, "force", lex):
        return None
    if key == "detonate" and ctx.has("safely", "controlled", "defused", "bomb disposal"):
        return None
    if ctx.has("sexual", "rape"):
        return _fill(_cand("sexual_violence", "attack", tok, civilian_target=True), actor, target, assoc)
    mode = ctx.mode
    civ = ctx.civilian(target)
    if civ is None:
        civ = ctx.sentence_victims()
    state_actor = ctx.is_state(actor)
    # protests met with force, riots and mobs are read from the sentence around the trigger
    if ctx.protest and mode is None:
        if phrase_has_class(target, "protester", lex) or ctx.has("protester", "demonstrator"):
            if state_actor or phrase_has_class(actor, "force", lex):
                t = "protest_excessive_force" if ctx.has(*EXCESSIVE_CUES) else "protest_intervention"
                return _fill(_cand(t, "attack", tok), actor, target, assoc)
        if phrase_has_class(actor, "protester", lex) or phrase_has_class(actor, "crowd", lex):
            return _fill(_cand("riot", "attack", tok), actor, target, assoc)
    if mode is None and (ctx.has(*MOB_CUES) or (actor and phrase_has_class(actor, "crowd", lex)
                                                 and not phrase_has_class(actor, "armed_agent", lex)
                                                 and not state_actor and not phrase_has_class(actor, "force", lex))):
        return _fill(_cand("mob_violence", "attack", tok), actor, target, assoc)
    if mode:
        t = mode
        if mode == "shelling" and key in ("shoot", "fire") and not ctx.has("mortar", "rocket", "missile", "shell", "artillery"):
            t = "armed_clash"
        c = _cand(t, "attack", tok, mode=_MODE_NAME.get(t, t), civilian_target=bool(civ))
        return _fill(c, actor, target, assoc)
    if key in ("ambush",):
        t = "attack_on_civilians" if civ else "ambush"
        return _fill(_cand(t, "attack", tok, mode="ambush", civilian_target=bool(civ)), actor, target, assoc)
    if key == "strike" and tok.pos_ == "NOUN":
        return _fill(_cand("air_strike", "attack", tok, mode="air_strike", weight=0.4), actor, target, assoc)
    if civ:
        return _fill(_cand("attack_on_civilians", "attack", tok, civilian_target=True), actor, target, assoc)
    return _fill(_cand("armed_clash", "attack", tok, mode="armed_clash"), actor, target, assoc)


STOP_NOUNS = {"cessation", "end", "halt", "stop", "suspension", "pause", "ban", "ceasefire", "truce", "moratorium"}


def _stopped(tok: Token) -> bool:
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("of", "to", "on") and lem(head.head) in STOP_NOUNS:
        return True
    return tok.dep_ == "compound" and lem(head) in STOP_NOUNS


_MODE_NAME = {"ied_attack": "ied", "grenade_attack": "grenade", "chemical_attack": "chemical"}


def _protest_type(ctx: SentenceContext, tok: Token, actor, target, assoc) -> Candidate:
    if ctx.has(*MOB_CUES):
        t = "mob_violence"
    elif ctx.has(*EXCESSIVE_CUES) and (ctx.has("police", "soldier", "force", "troop", "gendarme", "army", "guard")):
        t = "protest_excessive_force"
    elif ctx.has(*RIOT_CUES):
        t = "riot"
    elif ctx.has(*INTERVENTION_CUES):
        t = "protest_intervention"
    else:
        t = "protest"
    return _fill(_cand(t, "protest", tok), actor, target, assoc)


def r_protest(ctx: SentenceContext, tok: Token, key: str) -> Candidate | None:
    actor, target, assoc = _args(ctx, tok, "protest")
    lex = ctx.lex
    if tok.pos_ == "VERB":
        if key == "gather" and not ctx.protest:
            return None
        if key in ("march", "rally") and (phrase_has_class(actor, "force", lex) and not phrase_has_class(actor, "crowd", lex)):
            return None
        # a state or its officials protesting a decision is diplomacy, not a street protest
        if key == "protest" and (ctx.is_state(actor) or any(t.ent_type_ in ("GPE", "NORP") for t in actor)):
            return _fill(_cand("diplomatic_protest", "protest", tok), actor, children(tok, "dobj"), assoc)
        if key == "protest" and children(tok, "dobj") and not phrase_has_class(actor, "crowd", lex):
            return _fill(_cand("diplomatic_protest", "protest", tok), actor, children(tok, "dobj"), assoc)
    elif key == "march" and not ctx.protest and not ctx.has("marched", "marcher"):
        return None
    elif key == "strike" and not ctx.has("on strike", "general strike", "workers", "union", "salar", "wage", "teacher", "doctor"):
        return None
    if is_modifier(tok):
        return None
    return _protest_type(ctx, tok, actor, target, assoc)


def r_riot(ctx: SentenceContext, tok: Token, key: str) -> Candidate | None:
    actor, target, assoc = _args(ctx, tok, "riot")
    lex = ctx.lex
    if key in ("beat", "pelt", "stone") and not (phrase_has_class(actor, "crowd", lex) or ctx.protest or ctx.has(*MOB_CUES)):
        return None
    if key == "beat" and ctx.protest and (ctx.is_state(actor) or phrase_has_class(actor, "force", lex)):
        return _fill(_cand("protest_intervention", "riot", tok), actor, target, assoc)
    if key in ("lynch", "lynching", "beat to death") or ctx.has(*MOB_CUES) or (
            key == "beat" and not ctx.protest):
        return _fill(_cand("mob_violence", "riot", tok), actor, target, assoc)
    return _fill(_cand("riot", "riot", tok), actor, target, assoc)


PERSON_PRONOUNS = {"he", "she", "him", "her", "they", "them"}


def r_abduct(ctx, tok, key):
    actor, target, assoc = _args(ctx, tok, "abduct")
    if key in ("take", "take away", "drag", "drag away", "lead away", "whisk away", "carry off"):
        # "taken from his home by men in plain clothes": a person removed by force
        if not phrase_has_class(target, "civilian", ctx.lex) and not any(
                t.ent_type_ == "PERSON" or t.lower_ in PERSON_PRONOUNS for t in target):
            return None
        if not (preps(tok).get("from") or any(c.dep_ == "prt" for c in tok.children) or key != "take"
                or ctx.has("missing", "whereabouts", "unknown location", "disappear")):
            return None
        if ctx.has("to hospital", "to a hospital", "to safety"):
            return None
    if key == "disappear" and not ctx.has("forcibly", "forced"):
        return None
    return _fill(_cand("abduction", "abduct", tok, civilian_target=True), actor, target, assoc)


def r_sexual(ctx, tok, key):
    actor, target, assoc = _args(ctx, tok, "sexual")
    return _fill(_cand("sexual_violence", "sexual", tok, civilian_target=True), actor, target, assoc)


def r_arrest(ctx, tok, key):
    actor, target, assoc = _args(ctx, tok, "arrest")
    lex = ctx.lex
    # soldiers detaining a head of state is a coup
    if phrase_has_class(target, "leader", lex) and any(lem(t) in ("president", "prime") or
            any(lem(c) in ("president", "minister") for c in t.children) for t in with_conjuncts(target)) and (
            ctx.has("soldier", "army", "officer", "mutin", "guard", "special forces", "junta", "military")):
        return _fill(_cand("coup", "arrest", tok), actor, target, assoc)
    if ctx.is_state(actor) is False or phrase_has_class(actor, "armed_agent", lex):
        return _fill(_cand("abduction", "arrest", tok, civilian_target=True), actor, target, assoc)
    # arrests made at a protest are ACLED's "protest with intervention"
    if ctx.protest and tok.pos_ == "VERB" and (phrase_has_class(target, "protester", lex) or ctx.has(
            "during a protest", "during a demonstration", "during the protest", "during the demonstration",
            "demonstration", "protest", "rally", "march") and not ctx.has("riot")):
        return _fill(_cand("protest_intervention", "arrest", tok), actor, target, assoc)
    return _fill(_cand("arrest", "arrest", tok), actor, target, assoc)


def r_loot(ctx, tok, key):
    actor, target, assoc = _args(ctx, tok, "loot")
    lex = ctx.lex
    if key in ("destroy", "burn", "torch", "set fire", "set ablaze", "raze", "demolish", "burn down", "sabotage", "destruction"):
        if phrase_has_class(target, "weapon", lex):
            return None
        if key in ("destroy", "destruction") and not phrase_has_class(target, "property", lex):
            return None
    if key in ("steal", "theft") and not (phrase_has_class(target, "property", lex) or ctx.has("cattle", "livestock")):
        return None
    if ctx.protest and (phrase_has_class(actor, "protester", lex) or phrase_has_class(actor, "crowd", lex) or ctx.has("rioter")):
        return _fill(_cand("riot", "loot", tok), actor, target, assoc)
    if ctx.has(*MOB_CUES):
        return _fill(_cand("mob_violence", "loot", tok), actor, target, assoc)
    return _fill(_cand("looting", "loot", tok), actor, target, assoc)


def _control_obj(tok: Token, objs: list[Token]) -> list[Token]:
    out = []
    for o in objs:
        if lem(o) in ("control", "hold", "charge", "possession"):
            out += [x for p in children(o, "prep") if p.lower_ in ("of", "over") for x in p.children if x.dep_ == "pobj"]
        else:
            out.append(o)
    pp = preps(tok)
    if lem(tok) == "take" and not out:
        out += pp.get("of", [])
    return out


def r_capture(ctx, tok, key):
    lex = ctx.lex
    actor, target, assoc = _args(ctx, tok, "capture")
    if key in ("control", "hold") and tok.tag_ not in ("VBD", "VBN"):
        return None  # "JNIM controls the roads": a state, not an event
    if key in ("fall",):
        to = preps(tok).get("to", [])
        if not to:
            return None
        actor, target = to, subjects(tok)
    target = _control_obj(tok, target)
    if key in ("take control", "seize control", "take over", "regain control"):
        target = target or preps(tok).get("of", [])
    if not target:
        return None
    losers = preps(tok).get("from", []) if tok.pos_ == "VERB" else []
    if phrase_has_class(target, "weapon", lex):
        return None  # disrupted weapons use
    person = phrase_has_class(target, "civilian", lex) or phrase_has_class(target, "force", lex) and not phrase_has_class(target, "place", lex)
    if person and not any(is_place(t, lex, ctx.place_starts) for t in target):
        if lem(tok) in ("seize", "capture"):
            if ctx.is_state(actor):
                return _fill(_cand("arrest", "capture", tok), actor, target, assoc)
            return _fill(_cand("abduction", "capture", tok, civilian_target=True), actor, target, assoc)
        return None
    if not any(is_place(t, lex, ctx.place_starts) for t in with_conjuncts(target)):
        return None
    base = phrase_has_class(target, "base", lex)
    violent = ctx.has("attack", "fight", "battle", "clash", "storm", "assault", "overran", "overrun", "killed")
    if ctx.has(*NONVIOLENT_CUES):
        return _fill(_cand("territory_transfer", "capture", tok), actor, target + losers, assoc)
    # moving into a place another force has just left is a transfer, not a battle
    if not violent and key not in FORCEFUL_CAPTURE and ctx.lemmas & LEAVE_LEMMAS:
        return _fill(_cand("territory_transfer", "capture", tok), actor, target + losers, assoc)
    if lem(tok) in ("enter", "occupy", "take over", "take", "occupation") and base and not violent:
        return _fill(_cand("base_occupied", "capture", tok), actor, target, assoc)
    if lem(tok) == "enter":
        return None
    state = ctx.is_state(actor)
    if state or (state is None and lem(tok) in ("retake", "recapture", "regain", "liberate", "recapture", "liberation")):
        return _fill(_cand("territory_regained", "capture", tok), actor, target + losers, assoc)
    return _fill(_cand("territory_overtaken", "capture", tok), actor, target + losers, assoc)


FORCEFUL_CAPTURE = {"capture", "seize", "overrun", "recapture", "retake", "conquer", "liberate", "storm", "regain",
                    "liberation", "recapture"}
LEAVE_LEMMAS = {"withdraw", "leave", "abandon", "vacate", "depart", "evacuate", "retreat", "withdrawal", "departure",
                "hand", "pullout"}


def _forceful(ctx: SentenceContext, toks: list[Token]) -> bool:
    lex = ctx.lex
    return bool(toks) and (phrase_has_class(toks, "force", lex) or any(
        ctx.mtype(t) in ("state_force", "pmc", "armed_group", "igo") for t in with_conjuncts(toks)) or any(
        t.ent_type_ == "NORP" for t in toks))


def r_deploy(ctx, tok, key):
    actor, target, assoc = _args(ctx, tok, "deploy")
    if tok.pos_ == "VERB":
        subj, objs = subjects(tok), objects(tok)
        if key in ("send", "dispatch", "reinforce") and not _forceful(ctx, objs):
            return None
        if key in ("arrive", "land", "fly in", "move in") and not _forceful(ctx, subj + [t for t in objs]):
            return None
        if key in ("deploy", "redeploy", "station") and objs and not _forceful(ctx, objs) and not _forceful(ctx, subj):
            return None
        # the force sent is the actor; the sender is associated
        deployed = [o for o in objs if _forceful(ctx, [o])]
        if deployed and key not in ("arrive", "land", "fly in", "move in"):
            sender = subj if not children(tok, *PASSIVE_SUBJ) else agents(tok)
            return _fill(_cand("deployment", "deploy", tok), sender + deployed, [], assoc)
        return _fill(_cand("deployment", "deploy", tok), actor + (subj if not actor else []), [], assoc)
    if is_modifier(tok):
        return None
    if lem(tok) in ("arrival", "influx", "reinforcement") and not (_forceful(ctx, actor) or ctx.has("troop", "soldier", "force", "mercenar", "contractor", "fighter")):
        return None
    return _fill(_cand("deployment", "deploy", tok), actor, target, assoc)


def _base_args(ctx: SentenceContext, tok: Token) -> list[Token]:
    """Base nouns attached to a trigger: object, "of"/"at" objects, or the trigger's own compound."""
    lex = ctx.lex
    near = objects(tok) + [o for lst in preps(tok).values() for o in lst]
    near += [c for c in tok.children if c.dep_ in ("compound", "nsubj", "nsubjpass")]
    if tok.dep_ in ("pobj",) and tok.head.head is not tok:
        near.append(tok.head.head)
    out = []
    for t in near:
        if has_class(t, "base", lex) and not any(lem(c) in ("idp", "refugee", "displacement", "displaced", "protest")
                                                  for c in t.children):
            out.append(t)
    return out


def r_base(ctx, tok, key):
    lex = ctx.lex
    bases = _base_args(ctx, tok)
    if not bases:
        return None
    actor, target, assoc = _args(ctx, tok, "base")
    if tok.pos_ == "VERB":
        actor = subjects(tok) if not children(tok, *PASSIVE_SUBJ) else agents(tok)
    if not actor:
        actor = [o for b in bases for p in children(b, "prep") if p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    if tok.pos_ == "NOUN" and is_modifier(tok):
        return None
    k = lem(tok)
    if k in ("establish", "set up", "set", "open", "install", "erect", "establishment", "create"):
        t = "base_established"
    elif k in ("construct", "construction", "build"):
        progressive = any(c.dep_ == "aux" and c.lower_ in ("is", "are", "was", "were") for c in tok.children) and tok.tag_ == "VBG"
        t = "base_under_construction" if (k != "build" or progressive or ctx.has("under way", "underway", "ongoing")) else "base_established"
    elif k in ("occupy", "enter", "move into", "move in", "take over", "use", "inherit", "occupation", "take"):
        if ctx.has("attack", "storm", "overran", "overrun", "fighting", "clash"):
            return None
        t = "base_occupied"
    else:
        t = "base_expansion"
    c = _cand(t, "base", tok)
    return _fill(c, actor, target, assoc)


def r_withdraw(ctx, tok, key):
    lex = ctx.lex
    actor, target, assoc = _args(ctx, tok, "withdraw")
    pp = preps(tok)
    src = pp.get("from", []) + pp.get("of", []) if tok.pos_ == "VERB" else pp.get("from", [])
    src += [o for p in children(tok, "prep") if p.lower_ == "out" for x in p.children for o in ([x] if x.dep_ == "pobj" else x.children) if o.dep_ == "pobj"]
    objs = objects(tok) if tok.pos_ == "VERB" else []
    if phrase_has_class(src + objs, "agreement", lex):
        return None  # leaving an agreement: collapse frame
    if key == "leave" and (children(tok, "oprd", "ccomp", "xcomp", "acomp") or any(
            c.dep_ in ("amod", "acomp", "oprd") and c.i > o.i for o in objs for c in o.children)):
        return None  # "leaving the town dependent on convoys": a result, not a departure
    if key in ("leave", "abandon", "vacate", "quit", "exit", "evacuate", "depart"):
        where = objs + src
        if not where or not any(is_place(t, lex, ctx.place_starts) for t in with_conjuncts(where)):
            return None
        if key == "evacuate" and phrase_has_class(objs, "civilian", lex):
            return None
    if src and not any(is_place(t, lex, ctx.place_starts) or has_class(t, "base", lex) for t in src) and not _forceful(ctx, src):
        return None  # withdrawal from an organisation is a political statement
    if tok.pos_ == "VERB" and not _forceful(ctx, actor + objs) and not ctx.has("troop", "soldier", "force", "mission", "peacekeeper"):
        return None
    if tok.pos_ == "NOUN":
        if is_modifier(tok):
            return None
        if not (_forceful(ctx, actor) or ctx.has("troop", "soldier", "force", "mission", "peacekeeper", "military")):
            return None
    return _fill(_cand("withdrawal", "withdraw", tok), actor, target, assoc)


def r_handover(ctx, tok, key):
    lex = ctx.lex
    actor, target, assoc = _args(ctx, tok, "handover")
    objs = objects(tok) + preps(tok).get("of", [])
    objs = _control_obj(tok, objs)
    if not (phrase_has_class(objs, "base", lex) or any(is_place(t, lex, ctx.place_starts) for t in objs)
            or ctx.has("base", "control", "territory")):
        return None
    assoc = assoc + preps(tok).get("to", [])
    return _fill(_cand("handover", "handover", tok), actor, objs, assoc)


def r_train(ctx, tok, key):
    actor, target, assoc = _args(ctx, tok, "train")
    if tok.pos_ == "NOUN":
        if is_modifier(tok):
            return None
        if lem(tok) in ("exercise", "drill", "instruction") and not (
                any(lem(c) in ("joint", "military", "naval", "air", "combined", "live-fire", "annual") for c in tok.children)
                or ctx.has("troop", "soldier", "force", "army")):
            return None
        if lem(tok) == "training" and not ctx.has("troop", "soldier", "force", "army", "instructor", "trainer", "military", "police", "commando"):
            return None
    else:
        target = objects(tok)
        if not (_forceful(ctx, subjects(tok) + target) or ctx.has("troop", "soldier", "force", "instructor", "commando", "army")):
            return None
    return _fill(_cand("training", "train", tok), actor, target, assoc)


def r_coup(ctx, tok, key):
    actor, target, assoc = _args(ctx, tok, "coup")
    if tok.pos_ == "VERB" and key not in ("seize power", "take power", "mutiny", "stage a coup"):
        objs = objects(tok)
        if not (phrase_has_class(objs, "leader", ctx.lex) or any(lem(o) in ("government", "regime", "junta") for o in objs)
                or any(o.ent_type_ == "PERSON" for o in objs)):
            return None
    if tok.pos_ == "NOUN" and is_modifier(tok) and lem(tok) != "coup":
        return None
    return _fill(_cand("coup", "coup", tok), actor, target, assoc)


def r_leader(ctx, tok, key):
    lex = ctx.lex
    actor, target, assoc = _args(ctx, tok, "leader")
    as_objs = preps(tok).get("as", []) or [o for t in tok.sent if t.lower_ == "as" and t.i > tok.i and t.dep_ == "prep"
                                           for o in t.children if o.dep_ == "pobj"][:1]
    objs = objects(tok) + as_objs
    roles = objs + subjects(tok)
    if not (phrase_has_class(roles, "leader", lex) or any(has_class(c, "leader", lex) for o in roles for c in o.children)):
        return None
    if key in ("name",) and not as_objs and not phrase_has_class(objs, "leader", lex):
        return None
    return _fill(_cand("leadership_change", "leader", tok), actor, target, assoc)


GROUP_OBJ = {"group", "coalition", "alliance", "front", "movement", "faction", "militia", "brigade", "organisation",
             "organization", "branch", "wing", "unit", "force"}


def r_group(ctx, tok, key):
    lex = ctx.lex
    actor, target, assoc = _args(ctx, tok, "group")
    objs = objects(tok) + preps(tok).get("from", []) + preps(tok).get("to", []) + preps(tok).get("with", [])
    if key in ("form", "formation", "dissolve", "disband", "dissolution", "rename"):
        if not any(lem(o) in GROUP_OBJ or ctx.mtype(o) in ("armed_group",) for o in objs + actor + subjects(tok)):
            return None
    elif key in ("join",):
        if not any(ctx.mtype(o) in ("armed_group", "pmc") or lem(o) in GROUP_OBJ for o in objs):
            return None
    elif key in ("surrender", "defect", "lay down", "split", "merge", "splinter", "demobilise", "demobilize"):
        if not (_forceful(ctx, subjects(tok) + actor) or ctx.has("fighter", "militant", "group", "faction", "rebel", "jihadist")):
            return None
    if tok.pos_ == "NOUN" and is_modifier(tok):
        return None
    if key == "surrender":
        target = preps(tok).get("to", [])
    return _fill(_cand("group_change", "group", tok), actor, target, assoc)


def r_disrupt(ctx, tok, key):
    lex = ctx.lex
    actor, target, assoc = _args(ctx, tok, "disrupt")
    objs = objects(tok) + (preps(tok).get("of", []) if tok.pos_ == "NOUN" else [])
    if key in ("intercept", "shoot down", "interception", "defuse", "demine"):
        pass
    elif key in ("detonate", "safely detonate"):
        if not ctx.has("safely", "controlled", "bomb disposal", "defus"):
            return None
    elif not phrase_has_class(objs, "weapon", lex):
        return None
    if key in ("dismantle",) and not phrase_has_class(objs, "weapon", lex):
        return None
    # who fired the weapon that was stopped ("drones launched by the Houthis") is the target
    for o in objs:
        for ch in o.children:
            if ch.dep_ == "acl" and ch.tag_ == "VBN":
                target = target + agents(ch)
    return _fill(_cand("disrupted_weapons", "disrupt", tok, weight=0.65), actor, [t for t in target if t not in objs], assoc)


def _agreement_objs(tok: Token) -> list[Token]:
    objs = objects(tok) + [o for lst in preps(tok).values() for o in lst]
    more = []
    for o in objs:
        more += [x for p in children(o, "prep") if p.lower_ == "of" for x in p.children if x.dep_ == "pobj"]
    for x in children(tok, "xcomp"):
        more += objects(x)
    return objs + more


def r_agree(ctx, tok, key):
    lex = ctx.lex
    actor, target, assoc = _args(ctx, tok, "agree")
    if tok.pos_ == "NOUN":
        head = tok.head
        if not (tok.dep_ in ("nsubj",) and lem(head) in ("take", "hold", "begin", "come", "enter", "start")):
            return None
        actor = preps(tok).get("between", [])
        objs = [tok]
    else:
        objs = _agreement_objs(tok)
        if not phrase_has_class(objs, "agreement", lex):
            return None
        if any(lem(o) in COLLAPSE_NOUNS for o in objs):
            return None  # "announced the end of the accord": the collapse frame
        actor = subjects(tok)
        between = [o for x in objs for p in children(x, "prep") if p.lower_ in ("between", "with") for o in p.children if o.dep_ == "pobj"]
        assoc = assoc + with_conjuncts(between)
    truce = phrase_has_class(objs, "truce", lex) or any(
        has_class(c, "truce", lex) for o in objs for c in o.children if c.dep_ in ("compound", "amod", "nmod"))
    t = "ceasefire" if truce else "agreement_signed"
    return _fill(_cand(t, "agree", tok, weight=0.65), actor, [], assoc)


COLLAPSE_NOUNS = {"end", "termination", "suspension", "collapse", "breakdown", "revocation", "abrogation", "failure",
                  "withdrawal", "cancellation", "annulment"}


def r_collapse(ctx, tok, key):
    lex = ctx.lex
    actor, target, assoc = _args(ctx, tok, "collapse")
    if tok.pos_ == "NOUN":
        objs = preps(tok).get("of", [])
        actor = subjects(tok.head) if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else []
    elif key in ("collapse", "break down", "unravel", "fail"):
        objs = subjects(tok)
        actor = []
    else:
        objs = _agreement_objs(tok)
        actor = subjects(tok)
    if not phrase_has_class(objs, "agreement", lex):
        return None
    between = [o for x in objs for p in children(x, "prep") if p.lower_ in ("between", "with") for o in p.children if o.dep_ == "pobj"]
    if actor:
        return _fill(_cand("agreement_collapsed", "collapse", tok, weight=0.65), actor, [], assoc + with_conjuncts(between))
    return _fill(_cand("agreement_collapsed", "collapse", tok, weight=0.65), with_conjuncts(between), [], assoc)


def r_disapprove(ctx, tok, key):
    actor, target, assoc = _args(ctx, tok, "disapprove")
    if key == "summon" and not any(lem(o) in ("ambassador", "envoy", "diplomat", "chargé", "charge") for o in objects(tok)):
        return None
    if key in ("reject",):
        return None
    target = objects(tok)
    return _fill(_cand("diplomatic_protest", "disapprove", tok, weight=0.55), actor, target, assoc)


def r_accuse(ctx, tok, key):
    actor, target, assoc = _args(ctx, tok, "accuse")
    if tok.pos_ == "VERB":
        target = objects(tok) if not children(tok, *PASSIVE_SUBJ) else children(tok, *PASSIVE_SUBJ)
        target += preps(tok).get("for", []) if key == "blame" else []
    return _fill(_cand("accusation", "accuse", tok, weight=0.55), actor, target, assoc)


def r_threaten(ctx, tok, key):
    actor, target, assoc = _args(ctx, tok, "threaten")
    if key == "warn" and not (children(tok, "dobj") or preps(tok).get("against")):
        return None
    if phrase_has_class(subjects(tok), "analyst", ctx.lex):
        return None
    if tok.pos_ == "VERB":
        target = objects(tok) + preps(tok).get("against", [])
    return _fill(_cand("threat", "threaten", tok, weight=0.5), actor, target, assoc)


def r_sanction(ctx, tok, key):
    actor, target, assoc = _args(ctx, tok, "sanction")
    objs = objects(tok)
    if key in ("expel",) and not any(lem(o) in ("ambassador", "envoy", "diplomat", "attaché", "mission", "representative") for o in objs):
        return None
    if key in ("freeze",) and not any(lem(o) in ("asset", "account", "fund") for o in objs):
        return None
    if tok.pos_ == "NOUN":
        if not (tok.dep_ in ("dobj",) and lem(tok.head) in ("impose", "announce", "slap", "adopt", "extend")):
            return None
        actor = subjects(tok.head)
        target = preps(tok).get("on", []) + preps(tok.head).get("on", [])
    else:
        target = objs + preps(tok).get("on", [])
    return _fill(_cand("sanction", "sanction", tok, weight=0.55), actor, target, assoc)


def r_other(ctx, tok, key):
    actor, target, assoc = _args(ctx, tok, "other")
    objs = objects(tok)
    words = " ".join(o.text.lower() for o in objs) + " " + " ".join(c.text.lower() for o in objs for c in o.subtree)
    if tok.pos_ == "NOUN":
        if is_modifier(tok) and lem(tok) != "curfew":
            return None
        if tok.dep_ == "dobj" and lem(tok.head) in ("impose", "declare", "lift", "extend", "announce", "order"):
            return _fill(_cand("other", "other", tok, weight=0.55), subjects(tok.head), [], assoc)
        return None
    if key in ("impose",) and any(w in words for w in ("sanction", "embargo")):
        return _fill(_cand("sanction", "other", tok, weight=0.55), actor, preps(tok).get("on", []), assoc)
    if any(w in words for w in ("curfew", "state of emergency", "martial law", "emergency", "blockade", "restriction", "ban ")):
        return _fill(_cand("other", "other", tok, weight=0.55), actor, [], assoc)
    return None


def r_announce(ctx, tok, key):
    if tok.pos_ == "NOUN":
        return None
    actor, target, assoc = _args(ctx, tok, "announce")
    if not actor:
        return None
    return _fill(_cand("statement", "announce", tok, weight=0.35), actor, [], assoc)


def r_assess(ctx, tok, key):
    lex = ctx.lex
    if tok.pos_ == "NOUN":
        return None
    subj = subjects(tok)
    if not (phrase_has_class(subj, "analyst", lex) or any(ctx.mtype(s) == "source" for s in subj)):
        return None
    return _fill(_cand("analytic_assessment", "assess", tok, weight=0.35), [], [], [])


RESOLVERS = {
    "attack": r_attack, "abduct": r_abduct, "sexual": r_sexual, "arrest": r_arrest, "loot": r_loot,
    "capture": r_capture, "deploy": r_deploy, "base": r_base, "withdraw": r_withdraw, "handover": r_handover,
    "train": r_train, "protest": r_protest, "riot": r_riot, "coup": r_coup, "leader": r_leader,
    "group": r_group, "disrupt": r_disrupt, "agree": r_agree, "collapse": r_collapse,
    "disapprove": r_disapprove, "accuse": r_accuse, "threaten": r_threaten, "sanction": r_sanction,
    "other": r_other, "announce": r_announce, "assess": r_assess,
}
