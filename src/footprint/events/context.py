"""What the frame rules read from the whole sentence, computed once per sentence.

The attack mode (from the lexicon's mode cues), protest context, word-start
cue matching, and whether a phrase names state forces or civilians.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from .syntax import (OBJ, PASSIVE_SUBJ, SUBJ, accusation_of, across_break, children, contrast_clause, event_clause, has_class,
                     is_own_clause, lem, own_relative,
                     phrase_has_class,
                     name_span, prep_objects, sentence, with_conjuncts)
from ..clauses import forms
from ..model import Attribution
from ..nlp import doc_text, span_text
from ..paragraphs import has_break
from .vocabulary import Lexicon

STATE_WORDS = {"army", "soldier", "troop", "military", "police", "policeman", "gendarme", "gendarmerie",
               "government", "junta", "authority", "ministry", "navy", "marine", "commando", "guard",
               "paratrooper", "legionnaire", "officer", "peacekeeper", "state", "federal", "national",
               "presidential", "intelligence", "agent", "mission", "contingent", "instructor", "trainer"}
NONSTATE_WORDS = {"fighter", "militant", "jihadist", "rebel", "insurgent", "separatist", "militia", "militiaman",
                  "terrorist", "bandit", "gunman", "assailant", "attacker", "group", "faction", "extremist",
                  "jihadi", "mercenary", "contractor", "raider", "kidnapper"}
#: "in retaliation for", "in response to": what follows is another, earlier event.
ANSWER_NOUNS = frozenset({"retaliation", "response", "revenge", "reprisal", "answer"})
#: Verbs that tie a blast to what set it off ("the explosion was caused by a suicide bomber").
CAUSE_VERBS = frozenset({"cause", "trigger"})
#: Words that make a convoy, a vehicle or a post civilian ("a humanitarian convoy", "an aid truck").
CIVILIAN_MODIFIERS = frozenset({"humanitarian", "aid", "relief", "civilian", "commercial", "passenger", "medical",
                                "ambulance", "school", "wedding"})
PROTEST_WORDS = ("protest", "demonstrat", "marcher", "rally", "rallie", "sit-in", "rioter", "riot")


#: What is done with a mine that is a weapon: "stepped on a mine", "planted mines", "a mine exploded".
MINE_WEAPON_HEADS = frozenset({"step", "hit", "strike", "trigger", "plant", "lay", "detonate", "explode", "clear",
                               "drive", "run", "defuse", "remove", "on", "over", "by"})
#: Words that make a mine a place of work: "a gold mine", "the copper mine", "mining site".
MINE_SITE_WORDS = frozenset({"gold", "copper", "cobalt", "coltan", "tin", "coal", "diamond", "artisanal", "mining",
                             "uranium", "lithium", "iron", "salt", "quarry"})


def _mine_site(tok: Token) -> bool:
    """"Militants stormed a mine", "killed miners at a gold mine": a mine as a place says nothing about
    explosives; "a mine exploded", "stepped on a mine" do."""
    if tok.lower_ not in ("mine", "mines"):
        return False
    if any(lem(c) in MINE_SITE_WORDS or c.lower_ in MINE_SITE_WORDS for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") or lem(head) in MINE_WEAPON_HEADS or head.lower_ in MINE_WEAPON_HEADS:
        return False
    return tok.dep_ in ("dobj", "pobj")


#: Nouns that count people: what they are a group of decides who was hit.
COLLECTIVES = frozenset({"group", "band", "handful", "number", "busload", "truckload", "batch"})


#: What a gas is released from or what it does to people: with a gas told as a thing of its own ("a yellowish
#: gas spreading"), a cylinder dropped or people choking, vomiting or short of breath tell a chemical attack.
GAS_SIGNS = frozenset({"cylinder", "canister", "choke", "choking", "suffocate", "suffocation", "asphyxiate",
                       "asphyxiation", "foam", "foaming", "vomit", "vomiting", "nausea", "convulsion", "convulsions",
                       "breathing", "breathe", "breathlessness", "respiratory", "blister", "blisters", "blistering",
                       "poisoning", "dizziness", "fainting", "faint", "twitching"})
#: Words for suicide attackers that also name drones ("kamikazes"): with a drone word they are drones.
DRONE_NAMES = frozenset({"kamikazes"})
#: Single words that name a drone, makes and kinds included ("shahed", "loitering"): not triggers.yaml's drone_strike
#: cues, which set the mode and hold phrases but no makes.
DRONE_WORDS = frozenset({"drone", "drones", "uav", "uavs", "shahed", "loitering", "quadcopter"})
#: Gases that are no weapon of war: crowd control, fuel, cooking.
HARMLESS_GAS = frozenset({"tear", "natural", "cooking", "greenhouse", "liquefied", "petroleum", "domestic", "lpg",
                          "pepper", "exhaust"})


def gas_release(sent: Span) -> list[Token]:
    """A gas named as a noun of its own (not "gas station", not "tear gas") in a sentence with a sign of a
    chemical weapon: the gas and the sign words; empty when there is none."""
    gases = [t for t in sent if lem(t) == "gas" and t.pos_ == "NOUN" and t.dep_ != "compound"
             and not any(lem(c) in HARMLESS_GAS or c.lower_ in HARMLESS_GAS for c in t.children)
             and not (t.i > sent.start and t.doc[t.i - 1].lower_ in HARMLESS_GAS)]
    signs = [t for t in sent if lem(t) in GAS_SIGNS or t.lower_ in GAS_SIGNS]
    return gases + signs if gases and signs else []


def word_starts(text: str) -> str:
    """``text`` with each run of other characters than word ones made one space, padded by spaces, for
    ``starts_any``."""
    return " " + re.sub(r"[^\w'-]+", " ", text) + " "


def starts_any(starts: str, cues) -> bool:
    """Whether a cue begins a word of ``starts`` (from ``word_starts``): "mob" is not in "mobile", "riot" not in
    "patriot"."""
    return any(" " + c in starts for c in cues)


class SentenceContext:
    """Words of a sentence, computed once, that the resolvers consult."""

    def __init__(self, sent: Span, lex: Lexicon, place_starts: frozenset[int], mention_types: dict[int, str]):
        self.sent = sent
        self.lex = lex
        self.place_starts = place_starts
        self.mention_types = mention_types
        # filled on first use: each trigger asks for them, and a walk over a long sentence per trigger is quadratic
        self._clauses: dict[int, list[Token]] | None = None
        self._victims: dict[int | None, bool | None] = {}

    # The sentence-wide words below are read on first use only: most sentences hold no trigger, and each
    # is a walk over the whole sentence.
    @cached_property
    def text(self) -> str:
        return span_text(self.sent).lower()

    @cached_property
    def lemmas(self) -> set[str]:
        return {lem(t) for t in self.sent}

    @cached_property
    def gas(self) -> set[int]:
        return {t.i for t in gas_release(self.sent)}

    @cached_property
    def mode(self) -> str | None:
        return self._mode()

    @cached_property
    def split(self) -> bool:
        """Coordinated clauses with subjects of their own tell events of their own, each with its own mode."""
        return any(is_own_clause(t) or own_relative(t) or contrast_clause(t) or across_break(t) for t in self.sent)

    @cached_property
    def starts(self) -> str:
        return word_starts(self.text)

    @cached_property
    def protest(self) -> bool:
        return self.has(*PROTEST_WORDS)

    def _names_a_site(self, tok: Token) -> bool:
        """"Struck radar sites and a drone workshop", "shelled a missile depot": a weapon word that names the
        kind of building or base hit says what was hit, not how."""
        return tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and any(
            self.lex.in_class(lem(tok.head), c) for c in ("property", "base"))

    def _mode(self, toks: list[Token] | None = None) -> str | None:
        toks_ = list(self.sent) if toks is None else toks
        toks_ = [t for t in toks_ if not _mine_site(t) and not self._names_a_site(t)]
        text = self.text if toks is None else " ".join(t.lower_ for t in toks_)
        words = {w for t in toks_ for w in forms(t)}
        low = [t.lower_ for t in toks_]
        bigrams = {" ".join(low[i : i + 2]) for i in range(len(low) - 1)}
        trigrams = {" ".join(low[i : i + 3]) for i in range(len(low) - 2)}
        lemma_seq = [lem(t) for t in toks_]
        bigrams |= {" ".join(lemma_seq[i : i + 2]) for i in range(len(lemma_seq) - 1)}
        if self.gas and any(t.i in self.gas for t in toks_):
            return "chemical_attack"
        for mode, cues in self.lex.modes:
            hit = cues & words or cues & bigrams or cues & trigrams
            if hit and hit <= DRONE_NAMES and words & DRONE_WORDS:
                continue  # "kamikazes" beside a drone word are drones, not bombers
            if hit or any("-" in c and c in text for c in cues):
                return mode
        return None

    def mode_of(self, toks: list[Token]) -> str | None:
        """The attack mode named by these words only (None: no cue among them)."""
        return self._mode(sorted(toks, key=lambda t: t.i)) if toks else None

    def mode_for(self, tok: Token) -> str | None:
        """The attack mode of one trigger: cues in its own clause and phrase first (its subject, objects and
        modifiers, not the clauses or events hung on it), else the sentence's. "Jets struck targets in
        retaliation for a drone attack": the jets' strike is an air strike. Adverbial clauses and conjuncts
        stay in ("attacked the camp, firing mortars")."""
        if self.mode is None:
            return None
        own = [tok]
        stack = [c for c in tok.children]
        while stack:
            t = stack.pop()
            # another event's clause, or the event this one answers ("in retaliation for a drone attack")
            if t.dep_ in ("relcl", "ccomp", "parataxis") or (
                    t.dep_ == "prep" and t.lower_ in ("for", "to") and lem(t.head) in ANSWER_NOUNS) or (
                    self.split and (is_own_clause(t) or contrast_clause(t) or across_break(t))):
                continue
            own.append(t)
            stack.extend(t.children)
        if tok.dep_ in ("nsubj", "dobj", "pobj") and tok.head.pos_ == "VERB":
            own.append(tok.head)  # "a drone struck", "the shelling killed"
        if tok.dep_ == "nsubjpass" and lem(tok.head) in CAUSE_VERBS:
            # "the explosion was caused by a bomber in an explosives vest": what caused it says how
            own.extend(t for p in tok.head.children if p.dep_ == "agent" for t in p.subtree)
        own.sort(key=lambda t: t.i)
        if not self.split:
            return self._mode(own) or self.mode
        # "a drone struck a truck and gunmen attacked a checkpoint": the gunmen's attack is no drone strike
        return self._mode(own) or self.mode_of(self.clause_tokens(event_clause(tok)))

    def clause_tokens(self, clause: int) -> list[Token]:
        """The sentence's tokens in one coordinated clause (``clause_of``), in order."""
        if self._clauses is None:
            self._clauses = {}
            for t in self.sent:
                self._clauses.setdefault(event_clause(t), []).append(t)
        return self._clauses.get(clause, [])

    def has(self, *cues: str) -> bool:
        return starts_any(self.starts, cues)

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
        # "a group of traders", "a handful of soldiers": the people the collective noun counts
        toks = [m for t in with_conjuncts(toks)
                for m in ((with_conjuncts(prep_objects(t, "of")) or [t]) if lem(t) in COLLECTIVES else [t])]
        civ = force = False
        held = False
        for t in toks:
            mt = self.mtype(t)
            if mt in ("state_force", "armed_group", "pmc", "igo"):
                force = True
            elif any(lem(c) in CIVILIAN_MODIFIERS for c in t.children if c.dep_ in ("amod", "compound")):
                civ = True  # "a humanitarian convoy", "a civilian vehicle"
            elif has_class(t, "place", self.lex) and has_class(t, "force", self.lex):
                held = True  # "at a checkpoint": where it happened, weaker than who was hit
            elif has_class(t, "force", self.lex) or phrase_has_class([t], "force", self.lex):
                force = True
            elif has_class(t, "civilian", self.lex) or phrase_has_class([t], "civilian", self.lex):
                civ = True
            # anything else (a place, an unknown noun) says nothing either way
        if force:
            return False
        if civ:
            return True
        return False if held else None

    def sentence_victims(self, tok: Token | None = None) -> bool | None:
        """Civilian or force victims named anywhere in the sentence (killing X, X were killed); in a sentence of
        several clauses, in ``tok``'s clause only ("troops repelled an assault, while a mine killed two boys":
        the boys are not the assault's victims)."""
        clause = event_clause(tok) if tok is not None and self.split else None
        if clause not in self._victims:
            self._victims[clause] = self._sentence_victims(clause)
        return self._victims[clause]

    def _sentence_victims(self, clause: int | None) -> bool | None:
        victims: list[Token] = []
        for t in self.sent if clause is None else self.clause_tokens(clause):
            if lem(t) in ("kill", "wound", "injure", "shoot", "execute", "massacre", "hack", "murder", "behead",
                          "abduct", "kidnap", "hurt", "die", "slaughter", "target", "attack", "hit", "strike"):
                victims.extend(children(t, *OBJ, *PASSIVE_SUBJ))
                # "were found shot dead": the victims are the subject of the passive verb above
                if t.dep_ == "xcomp" and not [o for o in children(t, *OBJ) if o.pos_ in ("NOUN", "PROPN", "PRON")]:
                    victims.extend(children(t.head, *PASSIVE_SUBJ))
                if lem(t) == "die":
                    victims.extend(children(t, *SUBJ))
            if lem(t) in ("casualty", "death", "dead") :
                victims.extend(prep_objects(t))
        return self.civilian(victims) if victims else None


#: Verbs by which a side issues a text of its own ("The Front announces the following results").
AUTHOR_VERBS = frozenset({"announce", "declare", "state", "claim", "report", "inform", "publish", "issue", "confirm"})
#: Kinds of actor that can write of "our battalions".
AUTHOR_TYPES = frozenset({"armed_group", "state_force", "government", "pmc"})


def statement_author(doc: Doc, mentions, before: int):
    """The side whose own text this is: the last actor mention before character ``before`` that is the subject
    of a verb of announcing ("The Front announces the following results: ... our battalions overran ..."), or
    None. The announcement counts in the paragraph of ``before``, or in any later one when it introduces the
    side's own text; a report whose early paragraph says "the army confirmed ..." does not make a later "our
    men" the army's."""
    for m in sorted((m for m in mentions if m.end <= before), key=lambda m: -m.start):
        if m.type not in AUTHOR_TYPES:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ == "nsubj" and lem(root.head) in AUTHOR_VERBS and (
                not has_break(doc_text(doc)[m.end:before]) or _introduces_text(root.head)):
            return m
    return None


def _introduces_text(verb: Token) -> bool:
    """The announcement introduces the side's own text: it leads into a colon ("The Front announces the following
    results:"), or it opens the document in the present ("The Front announces ..."); not a report of one ("The
    army confirmed on Monday that ...")."""
    sent = sentence(verb)
    words = [t for t in sent if not t.is_space]
    if words and words[-1].text == ":":
        return True
    return verb.tag_ in ("VBZ", "VBP") and _doc_start(verb.doc) == sent.start


def _doc_start(doc: Doc) -> int:
    """The index of the first sentence with a word in it."""
    return next((s.start for s in doc.sents if any(not t.is_space for t in s)), 0)


def our_side(tok: Token) -> tuple[Token, str] | None:
    """The phrase that names the writer's own side in ``tok``'s event and its role: an active subject or a
    possessor carrying "our" acts ("our drone unit dropped bombs", "our attack on the post"), a passive subject
    suffers ("two of our members were wounded"); None when there is none."""
    for h in tok.children:
        role = {"nsubj": "actor", "poss": "actor", "nsubjpass": "target"}.get(h.dep_)
        if role is None:
            continue
        # "two of our members": the people counted are the phrase's own
        heads = [h] + [o for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                       if o.dep_ == "pobj"]
        if h.lower_ == "our" or any(c.dep_ == "poss" and c.lower_ == "our" for x in heads for c in x.children):
            return h, role
    return None


def _voice(doc: Doc, verb: Token, attribution: Attribution, modality: str, mentions) -> Attribution:
    """``attribution`` as the subject of ``verb`` says it, with ``modality``; ``accusation_of`` only gives verbs
    whose subject names someone (no pronoun)."""
    lo, hi = name_span(children(verb, "nsubj")[0])
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
    found = [m for m in mentions if m.start < end and start < m.end and m.actor_id]
    return replace(attribution, claimant=doc_text(doc)[start:end], claimant_id=found[0].actor_id if found else None,
                   modality=modality, cue=verb.text, start=start, end=end, cue_start=verb.idx,
                   cue_end=verb.idx + len(verb.text))


def charged(doc: Doc, tok: Token, attribution: Attribution, mentions) -> Attribution:
    """The voice of an act told inside an accusation: the act a side is accused of ("the police blamed the group
    for the assault, which wounded four officers") is the accuser's allegation: claimant the accuser, modality
    ``alleged``, unless a speaker of its own already tells it ("which it said killed 14")."""
    if attribution.claimant:
        return attribution
    verb = accusation_of(tok)
    return attribution if verb is None else _voice(doc, verb, attribution, "alleged", mentions)
