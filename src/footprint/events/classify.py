"""Finds event triggers in a parsed sentence and decides each one's type.

Cheap by design: one pass over the tokens with dictionary look-ups by lemma,
then a few rules over the trigger's syntactic neighbours (subject, object,
prepositions) and words of the sentence (attack mode, protest context).
A trigger inside a conditional, a negation, a modal or an intention
("plans to deploy") makes no event.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..nlp import span_text
from .arguments import headline_verb
from .candidate import Candidate
from .context import SentenceContext
from .filters import blocked, in_name, is_generic
from .readings import FIGHT_LEMMAS
from .rules import RESOLVERS
from .syntax import PREFIXES, lem, repaired_forms, sentence, word_forms
from .vocabulary import Lexicon, lexicon


def trigger_keys(tok: Token) -> list[tuple[str, int]]:
    """Keys to look up for a token, longest first, with the end token index."""
    base = lem(tok)
    keys: list[tuple[str, int]] = []
    before: list[tuple[str, int]] = []  # keys of the words before the trigger, after the others (sort ties)
    # one walk over the children (spaCy builds each child token again on every walk)
    for ch in tok.children:
        dep = ch.dep_
        # the parser may tag the particle of "shot down" as an adverb right after the verb
        if dep == "prt" or (dep == "advmod" and ch.i == tok.i + 1 and ch.lower_ in ADVERB_PARTICLES
                            and tok.pos_ == "VERB") or (
                dep == "advmod" and ch.lower_ == "back" and ch.i > tok.i and tok.pos_ == "VERB"):
            # "pushed Russian units back": "back" after the object, parsed as an adverb
            keys.append((f"{base} {ch.lower_}", max(tok.i, ch.i)))
        if dep in ("dobj", "prep", "acomp", "oprd") and ch.i > tok.i:
            keys.append((f"{base} {lem(ch)}", ch.i))
            for gc in ch.children:
                if gc.dep_ in ("pobj", "prep") and gc.i == ch.i + 1:
                    keys.append((f"{base} {lem(ch)} {lem(gc)}", gc.i))
            if dep == "dobj":
                det = [d for d in ch.children if d.dep_ == "det" and d.i == tok.i + 1]
                if det:
                    keys.append((f"{base} {det[0].lower_} {lem(ch)}", ch.i))
        elif dep in ("amod", "compound"):
            if ch.i == tok.i - 1:
                before.append((f"{lem(ch)} {base}", tok.i))
            # the tokenizer splits hyphenated nouns ("sit-in" is "sit", "-", "in"): the joined word is a key too
            if ch.i == tok.i - 2 and tok.doc[tok.i - 1].text == "-":
                before.append((f"{ch.lower_}-{tok.lower_}", tok.i))
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_ and not (
            tok.doc[tok.i - 2].whitespace_) and tok.doc[tok.i - 2].is_alpha:
        # the same word when the parser hung its first half elsewhere ("holds sit-in outside ...": "sit" a
        # modifier of the noun after it)
        joined = f"{tok.doc[tok.i - 2].lower_}-{tok.lower_}"
        if all(k != joined for k, _ in before):
            before.append((joined, tok.i))
    keys.extend(before)
    keys.sort(key=lambda k: -len(k[0]))
    keys.append((base, tok.i))
    keys.extend((f, tok.i) for f in repaired_forms(tok, base))
    return keys


#: Adverbs read as a verb's particle when they follow it ("shot down", "gunned down").
ADVERB_PARTICLES = frozenset({"down"})


def find_candidates(sent: Span, *, place_starts: frozenset[int] = frozenset(),
                    mention_types: dict[int, str] | None = None, lex: Lexicon | None = None) -> list[Candidate]:
    """All typed triggers of one sentence (before roles, de-duplication and filters)."""
    lex = lex or lexicon()
    mention_types = mention_types or {}
    ctx = SentenceContext(sent, lex, place_starts, mention_types)
    sent_text, base = span_text(sent), sent.start_char
    out: list[Candidate] = []
    verb_words, noun_words = lex.verb_words, lex.noun_words
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and tok.tag_ == "VBN"):
            table, words = lex.verbs, verb_words
        elif tok.pos_ in ("NOUN", "PROPN"):
            table, words = lex.nouns, noun_words
        else:
            continue
        # every key of a token holds its lemma, its surface form or a form made from it as a word: a token
        # none of whose words is in the table can open no frame, and most tokens are such
        forms = word_forms(tok)
        if words.isdisjoint(forms):
            if table is not lex.nouns or verb_words.isdisjoint(forms):
                continue
            if prefixed_verb(tok):
                # the parser may hang the clause on the prefix ("re" with the object, "establishes" a modifier)
                cand = _as_verb(ctx, tok, lex) or _as_verb(ctx, tok.doc[tok.i - 2], lex, word=tok)
                if cand:
                    out.append(_complete(cand, min(cand.token, tok, key=lambda t: t.i), tok.i, sent_text, base, lex))
            elif headline_verb(tok):
                cand = _as_verb(ctx, tok, lex)
                if cand:
                    out.append(_complete(cand, tok, cand_end(tok), sent_text, base, lex))
            continue
        if table is lex.nouns and in_name(tok, mention_types):
            continue  # "the Movement for the Liberation of Congo": a name, not a liberation
        for key, end_i in trigger_keys(tok):
            frames = table.get(key)
            if not frames:
                continue
            cand = None
            for frame in frames:
                cand = RESOLVERS[frame](ctx, tok, key)
                if cand:
                    out.append(_complete(cand, tok, end_i, sent_text, base, lex))
                    break
            if cand:
                break
    return _drop_parts(out)


def prefixed_verb(tok: Token) -> bool:
    """A present-tense verb the tokenizer cut from its prefix and the tagger then read as a noun ("re-establishes"
    is "re", "-", "establishes"): the word ends in -s and follows a verb prefix and a hyphen written without
    spaces."""
    if tok.pos_ != "NOUN" or tok.i - 2 < sentence(tok).start or not tok.lower_.endswith("s"):
        return False
    hyphen, prefix = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    return (hyphen.text == "-" and not hyphen.whitespace_ and not prefix.whitespace_
            and prefix.lower_ in PREFIXES)


def cand_end(tok: Token) -> int:
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < sentence(tok).end else tok
    return nxt.i if nxt.lower_ in ("down", "fire") else tok.i


def _as_verb(ctx: SentenceContext, tok: Token, lex: Lexicon, word: Token | None = None) -> Candidate | None:
    """The frame a headline verb read as a noun opens, looked up as a verb: its lemma, or with the next word
    ("shoot down", "exchange fire"). ``word``: the token whose words are looked up, when the parse hangs the
    verb's arguments on another one (``tok``)."""
    word = word or tok
    nxt = tok.doc[word.i + 1].lower_ if word.i + 1 < len(tok.doc) else ""
    # the lemma, else the stems of the surface form ("establishes" lemmatised as a noun "establishe")
    stems = [lem(word)] + [f for f in repaired_forms(word, lem(word)) if f in lex.verb_words]
    for key in dict.fromkeys(k for s in stems for k in (f"{s} {nxt}", s)):
        for frame in lex.verbs.get(key, ()):
            cand = RESOLVERS[frame](ctx, tok, key)
            if cand and cand.type == "armed_clash" and lem(word) in _SHELLING_VERBS:
                # "RSF shells a camp": the verb names the weapon, though the parse made it a modifier of the camp
                return replace(cand, type="shelling", mode="shelling")
            if cand:
                return cand
    return None


#: Verbs that name shelling by themselves.
_SHELLING_VERBS = frozenset({"shell"})


#: Verbs of going in to search: a raid told only with the arrests it made is those arrests.
SEARCH_VERBS = frozenset({"raid", "search", "comb"})
#: Words of force or harm: a raid told with them is a fight of its own besides its arrests.
FORCE_LEMMAS = FIGHT_LEMMAS | {"shoot", "fire", "dead", "gunfight", "shootout", "resist", "killing"}


def _arrest_raids(cands: list[Candidate]) -> set[int]:
    """"Police raided a compound and arrested six men", "soldiers raided the village and detained ten youths": a
    raid whose only told outcome is its arrests is the arrest (ACLED codes the arrests), not a clash or an attack
    besides it; a raid told with shooting, deaths or wounds stays a fight."""
    by_tok = {c.token.i: c for c in cands}
    out: set[int] = set()
    for c in cands:
        tok = c.token
        if c.type == "arrest" or tok.pos_ != "VERB" or lem(tok) not in SEARCH_VERBS:
            continue
        near = [tok.head] if tok.dep_ == "conj" else []
        near += [x for x in tok.children if x.dep_ in ("conj", "advcl")]
        if not any(x.pos_ == "VERB" and _typed(by_tok, x, "arrest") for x in near):
            continue
        if not any(lem(t) in FORCE_LEMMAS for t in sentence(tok)):
            out.add(tok.i)
    return out


def _drop_parts(cands: list[Candidate]) -> list[Candidate]:
    """Parts of one act told by verbs of their own make no events of their own: weapons seized by those who
    arrest the people carrying them ("arrested three men and seized grenades": an arrest), arrests made
    by those who break up a protest ("broke up a sit-in, arresting 11": the intervention), and a raid told only
    with its arrests (the arrests)."""
    raids = _arrest_raids(cands) if len(cands) > 1 else set()
    if raids:
        cands = [c for c in cands if c.token.i not in raids]
    kinds = {c.type for c in cands}
    if not ({"arrest", "riot"} & kinds and {"disrupted_weapons", "mob_violence", "attack_on_civilians",
                                            "protest_intervention"} & kinds) or len(cands) < 2:
        return cands
    by_tok = {c.token.i: c for c in cands}
    drop: set[int] = set()
    for c in cands:
        tok = c.token
        near = [tok.head] if tok.dep_ in ("conj", "advcl", "xcomp") else []
        near += [x for x in tok.children if x.dep_ in ("conj", "advcl", "xcomp")]
        if c.type == "disrupted_weapons" and any(_typed(by_tok, x, "arrest") for x in near):
            drop.add(tok.i)
        # "stormed the office, burning ballot boxes and injuring two officials": what a rioting crowd does on the
        # way is the riot's, not a mob's of its own
        run = tok
        while run.dep_ == "conj" and run.head.tag_ == "VBG":
            run = run.head  # "burning ballot boxes and injuring two officials"
        if c.type in ("mob_violence", "attack_on_civilians") and run.dep_ == "advcl" and tok.tag_ == "VBG" and not any(
                x.dep_ in ("nsubj", "nsubjpass") for x in tok.children) and _typed(by_tok, run.head, "riot"):
            drop.add(tok.i)
        if c.type == "arrest" and tok.pos_ == "VERB" and any(
                _typed(by_tok, x, "protest_intervention") or any(
                    _typed(by_tok, o, "protest_intervention") for o in x.children if o.dep_ in ("dobj", "nsubjpass"))
                for x in near if x.pos_ == "VERB"):
            drop.add(tok.i)
    return [c for c in cands if c.token.i not in drop] if drop else cands


def _typed(by_tok: dict[int, Candidate], tok: Token, type_: str) -> bool:
    c = by_tok.get(tok.i)
    return c is not None and c.type == type_


DEFINITE = ("the", "this", "that", "these", "those")


def _complete(cand: Candidate, tok: Token, end_i: int, sent_text: str, base: int, lex: Lexicon) -> Candidate:
    """The trigger's span and words, what a noun trigger says (weaker, a trend, pointing back), and why
    it is blocked."""
    last = tok.doc[max(end_i, tok.i)]
    # a multiword key's span runs to its last word, unless that word is far away
    end = max(tok.idx + len(tok.text), last.idx + len(last.text)) if end_i - tok.i < 4 else tok.idx + len(tok.text)
    weight, generic, definite = cand.weight, cand.generic, cand.definite
    if tok.pos_ in ("NOUN", "PROPN"):
        weight -= 0.1
        generic = generic or is_generic(tok)
        definite = definite or any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)
    return replace(cand, start=tok.idx, end=end, weight=weight, generic=generic, definite=definite,
                   note=blocked(tok, lex) or cand.note, text=sent_text[tok.idx - base : end - base])
