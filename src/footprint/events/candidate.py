"""The record a trigger becomes once typed: ``Candidate``, before roles and filters."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from ..nlp import doc_text


@dataclass(frozen=True)
class Candidate:
    """One trigger, typed, with the tokens of its arguments (``roles.assign`` turns them into actors).

    Built by a frame rule, then completed by ``classify`` with ``dataclasses.replace``."""

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
    actor_toks: tuple[Token, ...] = ()
    target_toks: tuple[Token, ...] = ()
    assoc_toks: tuple[Token, ...] = ()
    note: str = ""
    text: str = ""  # the trigger's words, cut from the sentence (Doc.text rebuilds the whole document)

    @property
    def trigger_text(self) -> str:
        return self.text or doc_text(self.token.doc)[self.start : self.end]


def typed(type_: str, frame: str, tok: Token, **kw) -> Candidate:
    """A candidate of ``type_`` opened by the trigger ``tok`` (its character span)."""
    return Candidate(type=type_, frame=frame, token=tok, start=tok.idx, end=tok.idx + len(tok.text), **kw)


def filled(c: Candidate, actor, target, assoc) -> Candidate:
    """``c`` with the tokens of its actors, targets and associated parties."""
    return replace(c, actor_toks=tuple(actor), target_toks=tuple(target), assoc_toks=tuple(assoc))
