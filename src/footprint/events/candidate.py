"""The record a trigger becomes once typed: ``Candidate``, before roles and filters."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token


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
