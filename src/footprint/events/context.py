"""What the frame rules read from the whole sentence, computed once per sentence.

The attack mode (from the lexicon's mode cues), protest context, word-start
cue matching, and whether a phrase names state forces or civilians.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .syntax import OBJ, PASSIVE_SUBJ, SUBJ, children, has_class, lem, phrase_has_class, prep_objects, with_conjuncts
from .vocabulary import Lexicon

STATE_WORDS = {"army", "soldier", "troop", "military", "police", "policeman", "gendarme", "gendarmerie",
               "government", "junta", "authority", "ministry", "navy", "marine", "commando", "guard",
               "paratrooper", "legionnaire", "officer", "peacekeeper", "state", "federal", "national",
               "presidential", "intelligence", "agent", "mission", "contingent", "instructor", "trainer"}
NONSTATE_WORDS = {"fighter", "militant", "jihadist", "rebel", "insurgent", "separatist", "militia", "militiaman",
                  "terrorist", "bandit", "gunman", "assailant", "attacker", "group", "faction", "extremist",
                  "jihadi", "mercenary", "contractor", "raider", "kidnapper"}
PROTEST_WORDS = ("protest", "demonstrat", "marcher", "rally", "rallie", "sit-in", "rioter", "riot")


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
            # anything else (a place, an unknown noun) says nothing either way
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
                victims.extend(prep_objects(t))
        return self.civilian(victims) if victims else None
