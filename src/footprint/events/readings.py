"""Readings of wording that the frames would otherwise take at face value: war words used for a game ("a fierce
battle at the stadium", "a late strike broke the deadlock"), a headline's passive written without "were" ("Farmers
killed in X"), "it" standing for a place taken from a side ("took it from the rebels"), and the parts of a raid
told as acts of their own (arms taken in it, a hold for hours, the leaving that ends it)."""

from __future__ import annotations

from spacy.tokens import Token

from .context import SentenceContext, starts_any
from .syntax import has_class, lem, own_words, preps, sentence, with_conjuncts, word_forms
from .tolls import anchor, other_news


#: Words of a football or other match: a "strike" in it is a shot at goal. These say so alone ...
MATCH_CUES = ("equaliser", "equalizer", "striker", "kick-off", "half-time", "stoppage time", "scoreline", "midfield",
              "keeper", "broke the deadlock", "break the deadlock", "breaks the deadlock")
#: ... these only two together: each is common in war news too ("the goal of the strike", "the death penalty",
#: "the political deadlock", "the hosts of the talks").
MATCH_HINTS = ("goal", "deadlock", "penalty", "match", "the visitors", "the hosts")


def in_a_match(ctx: SentenceContext) -> bool:
    return ctx.has(*MATCH_CUES) or sum(ctx.has(h) for h in MATCH_HINTS) >= 2


#: Words of war that sports reports use for play ("a fierce battle", "the attack of the visitors").
GAME_WORDS = frozenset({"battle", "attack", "neutralise", "neutralize", "fight", "assault", "offensive", "onslaught"})
#: Where games are played.
GAME_VENUES = ("stadium", "arena", "pitch", "playing field")
#: Words of harm: where they stand, a fight at a stadium is violence, not play.
HARM_CUES = ("kill", "dead", "death", "died", "wound", "injur", "hurt", "shot", "gun", "bomb", "explos", "hostage")


def at_a_game(ctx: SentenceContext) -> bool:
    """A sentence told at a stadium or another playing ground, or in a match, with no armed side, weapon or harm
    named: its battles and attacks are play. Gunmen storming a stadium, fans fighting police there, or a blast in
    one name their side or their harm."""
    if not (in_a_match(ctx) or starts_any(ctx.starts, GAME_VENUES)):
        return False
    if ctx.mode or ctx.has(*HARM_CUES):
        return False
    lex = ctx.lex
    return not any(has_class(t, c, lex) for t in ctx.sent for c in ("force", "armed_agent", "weapon"))


#: Verbs of harm whose bare past participle after a subject is a headline's passive ("Farmers killed in X").
HEADLINE_PASSIVES = frozenset({"kill", "wound", "injure", "shoot", "murder", "massacre", "behead", "abduct",
                               "kidnap"})


def headline_passive(ctx: SentenceContext, tok: Token, actor: list[Token], target: list[Token]) -> bool:
    """A past form with people who cannot be the doers as subject, no object, no auxiliary and a place or
    agent after it ("Farmers killed in Sanmatenga", "Three pupils shot near school"): the subject is who was
    hurt. An armed subject ("Soldiers killed in X") is left as the parser reads it."""
    if lem(tok) not in HEADLINE_PASSIVES or tok.tag_ not in ("VBD", "VBN") or target or not actor:
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp") for c in tok.children):
        return False
    if not any(c.dep_ in ("prep", "agent", "npadvmod") for c in tok.children):
        return False
    lex = ctx.lex
    return all(has_class(a, "civilian", lex) and not has_class(a, "armed_agent", lex) and not has_class(a, "force", lex)
               for a in with_conjuncts(actor))


#: Verbs of taking whose object "it" may be a place taken from a side ("took it from al-Shabaab").
GROUND_TAKERS = frozenset({"take", "retake", "capture", "recapture", "seize"})
#: Verbs of taking back ("retook it", "recaptured it two days after losing it"): what is taken back is ground held
#: before, so "it" after a place named just before is that place, with or without "from" a side.
REGAIN_VERBS = frozenset({"retake", "recapture", "regain"})


def ground_pronoun(ctx: SentenceContext, tok: Token) -> bool:
    """The object "it" of a verb of taking stands for a place when it is taken "from" a side and a place was named
    just before ("X has changed hands. Troops took it from the rebels in 2023"): the earlier sentence or the same
    one before the verb names a place. A thing seized from people ("seized it from the suspects") has no side."""
    # word_forms also undoes the lemmatizer's misses ("retook" left as it is: "retake")
    regain = not REGAIN_VERBS.isdisjoint(word_forms(tok))
    if (lem(tok) not in GROUND_TAKERS and not regain) or tok.pos_ != "VERB":
        return False
    if not any(o.lower_ == "it" and o.dep_ == "dobj" for o in tok.children):
        return False
    lex = ctx.lex
    losers = preps(tok).get("from", [])
    # taking "it" back needs no "from": only ground is retaken, so a place named before is what it stands for
    if not regain and not any(lem(x) in ("them", "they") or has_class(x, "armed_agent", lex) or has_class(x, "force", lex)
               or (x.pos_ == "PROPN" and ctx.mtype(x) not in (None, "person", "unknown")) for x in with_conjuncts(losers)):
        return False
    return any(t.idx in ctx.place_starts or t.ent_type_ in ("GPE", "LOC", "FAC")
               for t in tok.doc[_told_start(tok) : tok.i])


def _told_start(tok: Token) -> int:
    """Where the sentence before ``tok``'s starts (``tok``'s own when it is the first)."""
    sent = sentence(tok)
    return sentence(tok.doc[sent.start - 1]).start if sent.start > 0 else sent.start


#: Verbs of taking weapons that tell a raid's spoils ("seized rifles in the raid", "recovered guns from the camp").
SPOILS_VERBS = frozenset({"seize", "recover", "find", "discover", "confiscate", "capture"})
#: A raid, ambush or assault whose spoils are part of it.
RAID_VERBS = frozenset({"raid", "storm", "ambush", "attack", "assault", "overrun"})
RAID_NOUNS = frozenset({"raid", "assault", "attack", "ambush", "clash", "fighting", "battle"})
#: Words of fighting or deaths: a raid told with them is a fight, and what it seized is taken in that fight (a
#: search that only finds arms is a seizure of its own).
FIGHT_LEMMAS = frozenset({"kill", "neutralise", "neutralize", "clash", "fight", "die", "wound", "injure", "exchange"})
#: Where raided fighters keep their arms, besides the lexicon's bases.
HIDEOUTS = frozenset({"hideout", "hide-out", "den", "compound", "hideaway", "house"})


def raid_spoils(ctx: SentenceContext, tok: Token) -> bool:
    """Weapons taken in a raid or an ambush with fighting, told in the same sentence or the one before, are its
    spoils, no event of their own: "raided a camp, killing five, and seized rifles", "ambushed a column, killing
    twelve and seizing weapons", "... raided a camp, killing five. The troops recovered rifles from the camp". A
    search that finds a cache, with no fight told, is a seizure of its own."""
    if lem(tok) not in SPOILS_VERBS or tok.pos_ != "VERB":
        return False
    if _after_fighting(tok):
        return True
    told = tok.doc[_told_start(tok) : sentence(tok).end]
    if not any(lem(t) in FIGHT_LEMMAS for t in told):
        return False
    around = preps(tok)
    if any(lem(o) in RAID_NOUNS for p in ("in", "during") for o in around.get(p, [])):
        return True
    # "raided a camp and seized rifles", "ambushed a column, killing twelve and seizing weapons"
    objects = [o for o in tok.children if o.dep_ == "dobj"]
    head = tok
    while head.dep_ in ("conj", "advcl") and head.head.i != head.i:
        head = head.head
        if _raid_verb(head):
            return True
        # "killed twenty militiamen and seized their weapons": the arms of those just killed
        if lem(head) in FIGHT_LEMMAS and any(c.dep_ == "poss" for o in objects for c in o.children):
            return True
    if not any(_raid_verb(t) for t in told):
        return False
    # "recovered rifles, a machine gun and 400 rounds of ammunition from the camp": the parser may hang the
    # "from" on the last thing listed
    froms = around.get("from", []) + [x for o in objects for t in o.subtree if t.dep_ == "prep" and t.lower_ == "from"
                                      for x in t.children if x.dep_ == "pobj"]
    if any(lem(o) in HIDEOUTS or has_class(o, "base", ctx.lex) for o in froms):
        return True
    # "attacked the police station, ... It said four policemen were killed and that it had seized ten rifles": a
    # seizure told with the raid's dead, with no day or place of its own, is that raid's
    return not other_news(sentence(tok)) and not any(anchor(t) for t in own_words(tok))


def _after_fighting(verb: Token) -> bool:
    """"After fierce fighting, troops killed eight and recovered rifles": what a clause told after a fight takes,
    or one joined to it, is taken in that fight."""
    for _ in range(6):
        if any(lem(o) in RAID_NOUNS for o in preps(verb).get("after", [])):
            return True
        if verb.dep_ not in ("conj", "advcl") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _raid_verb(tok: Token) -> bool:
    return lem(tok) in RAID_VERBS and tok.pos_ == "VERB"


#: Spans of time that make a hold a passing one ("held the road for about two hours").
PASSING_SPANS = frozenset({"hour", "minute", "hours", "minutes"})
#: Verbs of leaving that end a raid ("held the town for a day before withdrawing").
LEAVING = frozenset({"withdraw", "leave", "retreat", "depart", "flee", "pull"})


def passing_hold(tok: Token) -> bool:
    """"held the road for about two hours", "held the town for a day before withdrawing": a hold that ends as it
    is told is part of a raid, no place taken."""
    if any(lem(o) in PASSING_SPANS for o in preps(tok).get("for", [])):
        return True
    return any(left_after(c) for p in tok.children if p.dep_ == "prep" and p.lower_ == "before" for c in p.children)


def left_after(tok: Token) -> bool:
    """A leaving told in a "before" clause on a verb of the raid ("attacked the post and held it for hours before
    withdrawing"): how the raid ended, no withdrawal of its own."""
    return (lem(tok) in LEAVING and tok.pos_ == "VERB" and tok.dep_ == "pcomp" and tok.head.lower_ == "before"
            and tok.head.head.pos_ in ("VERB", "AUX"))
