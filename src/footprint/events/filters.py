"""Grammatical filters: why a trigger tells no event of its own.

A trigger under a negation, a modal, a condition or an intention ("plans to
deploy") is blocked; a bare plural names a trend; a word inside a name or used
as a modifier ("attack helicopter") names, it does not tell.
"""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import lem
from .vocabulary import Lexicon


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
