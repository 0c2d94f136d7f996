"""Grammatical filters: why a trigger tells no event of its own.

A trigger under a negation, a modal, a condition or an intention ("plans to
deploy") is blocked; a bare plural names a trend; a word inside a name or used
as a modifier ("attack helicopter") names, it does not tell.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .syntax import (TOLL_LEMMAS, across_break, children, lem, lifted_conj, onset_subject, prefixed_past, sentence,
                     temporal)
from .vocabulary import Lexicon


#: How a trigger hangs below a verb whose content it is ("denied targeting civilians", "warned that ...").
CONTENT_DEPS = ("xcomp", "ccomp", "dobj", "pcomp", "pobj", "prep", "advcl")


def _kind_of_group(tok: Token) -> bool:
    """A present-tense relative clause with no auxiliary on a bare plural ("criminal groups that raid
    villages", "militias which kidnap travellers") says what such groups do, not what one of them did."""
    if not (tok.dep_ == "relcl" and tok.tag_ == "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    head = tok.head
    return head.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in head.children)


#: Verbs whose object is bound or allowed to act ("requires the group to withdraw"): the act is a term, not news.
#: Not "force" or "compel", whose act is done ("forced the army to withdraw").
OBLIGATION_VERBS = frozenset({"require", "oblige", "obligate", "mandate", "stipulate", "permit", "authorise",
                              "authorize", "entitle"})
#: Words that count the times of an act as a history ("attacked hundreds of times", "raided countless times"); a
#: figure ("40 times in the past week") or "dozens" may be a week's news and is kept.
MANY_WORDS = frozenset({"hundreds", "thousands", "countless", "numerous", "innumerable", "untold"})


def _many_times(tok: Token) -> bool:
    """"These villages were attacked hundreds of times": an act counted by its times, without number, is a
    history; "attacked twice on Monday" or "40 times in the past week" may still be news."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    for c in tok.children:
        if c.dep_ not in ("npadvmod", "dobj", "advmod", "obl", "nmod"):
            continue
        words = list(c.subtree)
        if any(t.lower_ == "times" for t in words) and any(t.lower_ in MANY_WORDS for t in words):
            return True
    return False


def _ever(tok: Token) -> bool:
    """"The costliest ever fought", "the largest force ever sent": "ever" on a participle that describes a
    word compares with all time; it tells no one act."""
    return tok.dep_ in ("acl", "amod", "relcl") and any(c.dep_ == "advmod" and c.lower_ == "ever"
                                                        for c in tok.children)


QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"})


#: Word classes of people an act of violence is done by or to for real.
ARMED_OR_HARMED = ("force", "armed_agent", "civilian", "crowd")


def _scare_quoted(tok: Token, lex: Lexicon) -> bool:
    """A verb set alone in quotation marks ('his team had been "massacred"') is a figure someone used, unless
    its own subject or object counts people or names a force or civilians (the army 'neutralised' 20 fighters:
    a quoted word for a real act)."""
    if tok.pos_ not in ("VERB", "AUX") or tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return False
    if not (tok.doc[tok.i - 1].text in QUOTES and tok.doc[tok.i + 1].text in QUOTES):
        return False
    args = [t for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent") for t in c.subtree]
    return not any(t.like_num or t.ent_type_ in ("ORG", "NORP", "GPE") or any(
        lex.in_class(lem(t), c) for c in ARMED_OR_HARMED) for t in args)


#: Nouns of a picture, a show or a game: an attack word that qualifies one ("war film", "battle painting") is a
#: subject depicted, not an act. Not "scene" (a "blast scene" is where it happened), "series" ("a series of
#: attacks" counts real ones) nor "drama" (a "hostage drama" is the news word for a real siege).
DEPICTION_NOUNS = frozenset({"film", "movie", "documentary", "novel", "game", "simulation",
                             "re-enactment", "reenactment", "painting", "song", "play", "epic", "genre"})
#: Words of a film or a show, or of the people who watch and judge one, that make plural "scenes" pictures ("the
#: battle scenes were filmed in Spain", "viewers found the battle scenes too long").
SHOW_WORDS = frozenset({"film", "movie", "documentary", "drama", "cinema", "screen", "television", "tv", "episode",
                        "sitcom", "director", "actor", "actress", "cast", "studio", "stage", "theatre", "theater",
                        "novel", "painting", "game", "premiere", "script", "screenplay", "animation", "critic",
                        "reviewer", "viewer", "audience", "filmmaker"})


def _depicted(tok: Token) -> bool:
    """An attack word qualifying a picture or a show ("war film"), or plural "scenes" in a sentence about a film
    or a show ("the battle scenes were filmed in Spain"); "the blast scene" is where the blast was."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("compound", "amod", "nmod"):
        return False
    head = tok.head
    if lem(head) in DEPICTION_NOUNS:
        return True
    return head.lower_ == "scenes" and any(lem(t) in SHOW_WORDS or t.lower_ in SHOW_WORDS
                                           for t in sentence(tok) if t.pos_ in ("NOUN", "PROPN", "VERB"))


def _still_present(tok: Token) -> bool:
    """"Small groups of insurgents still move through the forests": a simple present with "still" tells a state
    that goes on, not an event (a past one, "fighting still raged on Tuesday", is told)."""
    return tok.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in tok.children) and any(
        c.dep_ == "advmod" and c.lower_ == "still" for c in tok.children)


#: Verbs that tell a campaign losing its way ("the offensive stalled"): the course of a campaign, not a fight.
STALL_VERBS = frozenset({"stall", "falter", "fizzle", "stagnate", "flounder", "peter"})


def _stalled(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and lem(tok.head) in STALL_VERBS


#: Verbs of paying for something: what their "for" names is a purpose ("funds are provided for the training").
FUNDING_VERBS = frozenset({"fund", "finance", "provide", "allocate", "earmark", "budget", "grant", "approve",
                           "release", "disburse", "pledge", "set"})
#: Words of money: a verb of paying tells a purpose only when what it gives or who gives it is money ("helicopters
#: provided cover for the assault" gives none).
MONEY_WORDS = frozenset({"fund", "funds", "funding", "money", "budget", "grant", "million", "billion", "dollar",
                         "euro", "franc", "naira", "pound", "shilling", "cash", "financing", "loan"})
CURRENCY_SIGNS = frozenset({"$", "\u20ac", "\u00a3", "\u00a5"})


def _money(phrase: Token, outside: Token | None = None) -> bool:
    """``phrase`` names money; words of ``outside`` (the clause that hangs on it) are not read."""
    skip = range(outside.left_edge.i, outside.right_edge.i + 1) if outside is not None else range(0)
    return any(lem(t) in MONEY_WORDS or t.lower_ in MONEY_WORDS or t.text[:1] in CURRENCY_SIGNS or
               t.ent_type_ == "MONEY" for t in phrase.subtree if t.i not in skip)


def _funded_purpose(tok: Token) -> bool:
    """A noun trigger after "for" on a verb of paying whose subject or object is money ("funds were allocated
    for the deployment of police") names what the money is for, not something done."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return False
    verb = tok.head.head
    if verb.pos_ not in ("VERB", "AUX") or lem(verb) not in FUNDING_VERBS:
        return False
    if any(_money(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")):
        return True
    # "the $5 million earmarked for the deployment", "funds that were released for ...": the noun described
    return verb.dep_ in ("acl", "relcl") and _money(verb.head, outside=verb)


#: Prepositions that give an event noun a place, a target or a doer of its own ("the attack on the base by JNIM").
OWN_PREPS = frozenset({"on", "in", "at", "by", "against"})
#: Entity types of a possessor or a name-modifier that tell the event's own place or doer ("JNIM's raid", "the
#: Kidal attack").
OWN_ENTS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "PERSON"})


def _told_own(noun: Token) -> bool:
    """The event noun carries a place or a doer of its own: an "on"/"in"/"at"/"by" phrase, a clause on it, a named
    possessor or modifier ("JNIM's raid", "the Kidal attack"): it tells the event as it ranks it."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in OWN_PREPS:
            return True
        if c.dep_ in ("relcl", "acl"):
            return True
        if c.dep_ in ("poss", "compound", "nmod") and any(t.ent_type_ in OWN_ENTS for t in c.subtree):
            return True
    return False


def _dated_one(noun: Token) -> bool:
    """A single event noun dated by its possessor ("Sunday's attack"): one dated event. A plural one ("yesterday's
    raids") gathers a day's events, ranked as a whole."""
    return noun.tag_ in ("NN", "NNP") and any(c.dep_ == "poss" and any(
        t.ent_type_ in ("DATE", "TIME") or t.lower_ in DAY_WORDS for t in c.subtree) for c in noun.children)


def _ranked(tok: Token) -> bool:
    """"The raids were the bloodiest since the truce": an event noun with no place, doer or date of its own,
    ranked against others by a superlative after "be", is described, as told elsewhere; the sentence tells no
    new event. "Sunday's attack on the base by JNIM was the deadliest this year" tells it."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("nsubj",) or lem(tok.head) != "be":
        return False
    if _told_own(tok) or _dated_one(tok):
        return False
    return any(c.dep_ in ("attr", "acomp") and (c.tag_ in ("JJS", "RBS") or any(
        m.tag_ == "RBS" for m in c.children if m.dep_ == "advmod")) for c in tok.head.children)


def blocked(tok: Token, lex: Lexicon) -> str:
    """Why this trigger makes no event (hypothetical, negated, intended, denied, forecast, habitual, a
    reference to an event told elsewhere, a consequence), or ''."""
    hedge = lex.classes["hedge_aux"]
    cond = lex.classes["conditional_mark"]
    intent = lex.classes["intent"]
    intent_noun = lex.classes["intent_noun"]
    deny = lex.classes.get("deny_verb", frozenset())
    forecast = lex.classes.get("forecast_verb", frozenset())
    repeat = lex.classes.get("repeat_verb", frozenset())
    habitual = lex.classes.get("habitual", frozenset())
    why = _reference(tok) or _consequence(tok, lex) or _earlier(tok) or _judicial(tok) or _label(tok, lex)
    if why:
        return why
    if (_recurrent(tok) or _kind_of_group(tok) or _campaign(tok, lex) or _many_times(tok) or _ever(tok)
            or _stalled(tok) or _stepped_up(tok) or _still_present(tok)):
        return "habitual"
    if _scare_quoted(tok, lex) or _depicted(tok):
        return "label"
    if _ranked(tok):
        return "reference"
    if _funded_purpose(tok):
        return "intended"
    if _figurative_fight(tok, lex):
        return "figurative"
    if _in_inverted_opening(tok):
        return "conditional"
    if _negated_argument(tok):
        return "negated"
    if awaited(tok):
        return "intended"
    if war_toll(tok) or period_total(tok, lex):
        return "aggregate"
    cur = tok
    own_aux = False
    for depth in range(6):
        for ch in cur.children if not own_aux else ():
            if ch.dep_ == "neg" or (ch.dep_ == "det" and ch.lower_ == "no"):
                return "negated"
            if ch.dep_ in ("aux", "auxpass") and ch.lower_ in hedge:
                return "modal"
            if ch.dep_ == "mark" and ch.lower_ in cond:
                return "conditional"
            # "must act before it triggers a wave of protests": a clause of "before" or "until" in the present
            # tells what has not happened yet; a prefixed irregular past the tagger reads as a present ("until
            # troops retook it in 2021") is told
            if ch.dep_ == "mark" and ch.lower_ in ("before", "until") and cur.tag_ in ("VBZ", "VBP") and (
                    cur.dep_ == "advcl") and prefixed_past(cur.lower_) is None:
                return "conditional"
            if _inverted_condition(cur, ch):
                return "conditional"
            # "have repeatedly accused", "are attacked regularly": a habit, not an event
            if ch.dep_ == "advmod" and ch.lower_ in habitual:
                return "habitual"
        if cur.pos_ in ("VERB", "AUX") and not own_aux and _aggregate(cur):
            return "aggregate"
        if cur.dep_ == "ROOT" or cur.head is cur or across_break(cur):
            break  # a clause past a semicolon keeps its own polarity ("X were shot dead; the group denied it")
        lifted = lifted_conj(cur)
        if lifted is not None:  # "denied that its men were involved and blamed X": "blamed" joins "denied"
            cur = lifted
            own_aux = False
            continue
        head = cur.head
        # a conjunct with an auxiliary of its own keeps its own modality: in "said it will not negotiate and
        # has threatened to ...", the threat is told; what governs both conjuncts still counts
        own_aux = cur.dep_ == "conj" and any(c.dep_ in ("aux", "auxpass") for c in cur.children)
        if cur.dep_ in ("xcomp", "ccomp", "acl", "advcl", "pcomp", "pobj", "prep") and lem(head) in intent:
            return "intended"
        # "the truce requires the group to withdraw": an obligation or a permission tells the terms, not the act
        if cur.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX") and lem(head) in OBLIGATION_VERBS:
            return "intended"
        # "a helicopter sent to evacuate soldiers", "troops deployed to retake the town were ambushed": the
        # purpose of something sent, told in a participle on a noun, is not told as done
        if cur.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children) and (
                head.dep_ == "acl" and head.tag_ == "VBN" and head.head.pos_ in ("NOUN", "PROPN")):
            return "intended"
        if cur.dep_ in ("acl", "pobj", "prep", "xcomp", "pcomp") and lem(head) in intent_noun and head.pos_ == "NOUN":
            return "intended"
        # what is denied, warned of or feared is not told as having happened
        if cur.dep_ in CONTENT_DEPS and head.pos_ in ("VERB", "AUX") and lem(head) in deny:
            return "denied"
        if cur.dep_ in CONTENT_DEPS and head.pos_ in ("VERB", "AUX") and lem(head) in forecast:
            return "forecast"
        if cur.dep_ in ("ccomp", "xcomp", "dobj") and head.pos_ == "VERB" and lem(head) in repeat:
            return "reference"
        # a trigger in a clause of its own (ccomp of "said") keeps its own modality; so does a clause that
        # describes a noun ("troops expected to leave under an agreement reached in May")
        if cur.dep_ in ("ccomp",) and depth > 0:
            break
        # a "that" clause the parser hung on a noun ("denied in a message ... that his men had attacked") is the
        # content of what is said, not a clause describing the noun: what governs the noun still counts
        if cur.dep_ == "relcl" or (cur.dep_ == "acl" and cur.tag_ == "VBN" and head.pos_ in ("NOUN", "PROPN")
                                   and not _that_clause(cur)):
            break
        # a clause dated from another ("has not been seen since soldiers took him") keeps its own polarity
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in cur.children):
            break
        cur = head
    return ""


#: Auxiliaries that open a condition when they come before their subject ("Were the army to send ...",
#: "Had the troops stayed ...", "Should talks fail ...").
INVERTED_AUX = frozenset({"were", "had", "should"})


#: Modifiers of an event noun that make it one still to come ("a planned rally", "the scheduled withdrawal").
AWAITED = frozenset({"plan", "planned", "upcoming", "proposed", "scheduled", "forthcoming", "intended",
                     "impending", "looming", "potential", "future", "prospective"})


def awaited(tok: Token) -> bool:
    """An event noun told as still to come: "a planned rally", "ahead of the march"."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("amod", "compound") and (c.lower_ in AWAITED or lem(c) in AWAITED) for c in tok.children):
        return True
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "ahead"


def _inverted_condition(verb: Token, ch: Token) -> bool:
    """A clause opened by an auxiliary before its subject is a condition: "Were the army to send more
    battalions, thousands would leave" sends none."""
    if ch.dep_ in ("aux", "auxpass") and ch.lower_ in INVERTED_AUX:
        clause, aux = verb, ch
    elif ch.dep_ == "nsubj" and verb.lower_ in INVERTED_AUX:  # the parser makes "Were" the clause's head
        clause, aux = verb, verb
    else:
        return False
    # the small parser often makes the inverted clause the root; a question is no condition
    if clause.dep_ not in ("advcl", "ccomp", "parataxis", "ROOT", "conj") or any(
            t.text == "?" for t in sentence(clause)):
        return False
    subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subj) and aux.i == min(t.i for t in clause.subtree) and aux.i < subj[0].i


def _in_inverted_opening(tok: Token) -> bool:
    """"Were the rebels to storm the town, ...": a sentence opened by an inverted auxiliary states a condition
    up to its first comma, however the parser hangs the words."""
    sent = sentence(tok)
    first = sent[0]
    if first.lower_ not in INVERTED_AUX or first.pos_ != "AUX" or any(t.text == "?" for t in sent):
        return False
    subj = [c for c in first.subtree if c.dep_ in ("nsubj", "nsubjpass") and c.i > first.i]
    if first.dep_ != "aux" and not subj:
        return False
    comma = next((t.i for t in sent if t.text == "," and t.i > first.i), None)
    return comma is not None and first.i < tok.i < comma


def _negated_argument(tok: Token) -> bool:
    """"No agreement was reached", "reached no deal", "fired no shots": the verb's own subject or object is
    negated, so nothing happened."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for a in tok.children if a.dep_ in ("nsubj", "nsubjpass", "dobj")
               for c in a.children)


def _label(tok: Token, lex: Lexicon) -> str:
    """A noun that something is called or described as ("called the attacks 'a slow-burning fire'",
    "described the budget as a massacre") is a label or a figure, not an event."""
    naming = lex.classes.get("naming_verb", frozenset())
    cur = tok
    for _ in range(3):
        if cur.dep_ == "oprd" and lem(cur.head) in naming:
            return "label"
        if cur.dep_ == "pobj" and cur.head.lower_ == "as" and lem(cur.head.head) in naming:
            return "label"
        if cur.dep_ not in ("amod", "compound", "pobj", "prep") or cur.head is cur:
            return ""
        cur = cur.head
    return ""


def _campaign(tok: Token, lex: Lexicon) -> bool:
    """"Militants began ambushing army convoys", "kept raiding farms": a verb of starting or keeping up with a
    bare plural object and no day of its own tells a campaign, not one event."""
    if tok.dep_ != "xcomp" or tok.tag_ != "VBG" or lem(tok.head) not in lex.classes.get("aspect_verb", frozenset()):
        return False
    objs = [o for o in tok.children if o.dep_ == "dobj"]
    bare = bool(objs) and all(o.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss") for c in o.children)
                              for o in objs)
    return bare and not any(temporal(t) for t in tok.head.subtree)


#: Verbs (with their particle, where they need one) that make more or fewer of what they take: a trend.
TREND_VERBS = {"step": "up", "ramp": "up", "scale": None, "intensify": None, "escalate": None, "increase": None,
               "redouble": None, "multiply": None, "reduce": None, "double": None, "triple": None}


def _stepped_up(tok: Token) -> bool:
    """"Al-Shabaab has stepped up roadside bombings", "militants intensified raids on farms": a verb of more or
    fewer whose object is a bare plural of events, with no day of its own, tells a trend, not one event."""
    if tok.dep_ != "dobj" or tok.tag_ != "NNS" or any(c.dep_ in ("det", "nummod", "poss") for c in tok.children):
        return False
    verb = tok.head
    if lem(verb) not in TREND_VERBS:
        return False
    particle = TREND_VERBS[lem(verb)]
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        return False
    return not any(t.ent_type_ == "DATE" and _day_word(t) for t in verb.subtree)


#: Attack words that are also figures of speech when the other side is a thing ("a losing battle against costs").
FIGURE_LEMMAS = frozenset({"fight", "battle", "war", "struggle"})


def _figurative_fight(tok: Token, lex: Lexicon) -> bool:
    """"Firms have been fighting a losing battle against insurance costs": a fight whose only opponent is a
    common noun that names no people, force, place or name is a figure of speech."""
    if lem(tok) not in FIGURE_LEMMAS:
        return False
    verb = tok.head if tok.dep_ == "dobj" else tok
    phrase = [tok, verb] + [o for o in verb.children if o.dep_ == "dobj"]
    against = [o for w in phrase for p in w.children if p.dep_ == "prep" and p.lower_ == "against"
               for o in p.children if o.dep_ == "pobj"]
    if not against:
        return False
    people = ("force", "armed_agent", "civilian", "crowd", "place", "base", "institution", "leader")

    def named(noun: Token) -> bool:
        return noun.pos_ == "PROPN" or noun.ent_type_ != "" or any(lex.in_class(lem(noun), c) for c in people)

    # an armed subject fights for real; so does anyone fighting back against an attack ("against the raid")
    armed = any(lex.in_class(lem(s), c) for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")
                for c in ("force", "armed_agent"))
    return not armed and not any(named(o) or lem(o) in lex.nouns for o in against)


def _that_clause(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _has_date(tok: Token) -> bool:
    return any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)


#: Nouns an appositive names a side by ("X, a group that split from Y"); not an event noun ("an attack the
#: government blamed on separatists" tells the blame).
SIDE_NOUNS = frozenset({"group", "faction", "militia", "movement", "organisation", "organization", "coalition",
                        "alliance", "offshoot", "splinter", "wing", "front", "outfit", "network", "gang"})
#: Subjects that stand for people told of before ("Both had been shot in the head", "He had been stabbed").
BACK_SUBJECTS = frozenset({"he", "she", "they", "both", "all", "each", "some", "most", "several", "many"})


def _back_detail(tok: Token) -> bool:
    """"The bodies of two men were found ... . Both had been shot in the head": a pluperfect passive whose subject
    points back at people just told of, with no place or date of its own, is a detail of that event."""
    if tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children):
        return False
    if not any(c.dep_ == "nsubjpass" and c.lower_ in BACK_SUBJECTS for c in tok.children):
        return False
    return not _has_date(tok) and not any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in tok.subtree)


#: Determiners that point a noun back at events already told: "either attack", "neither bombing", "both raids".
BACK_DETS = frozenset({"either", "neither", "both"})


def _reference(tok: Token) -> str:
    """A participle that describes people or things by an earlier event ("some of those detained", "the
    men abducted") names that event, it does not tell it: no agent, no date of its own. A noun under "either",
    "neither" or "both" ("no group claimed either attack") points back at events told before."""
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in BACK_DETS for c in tok.children):
        return "reference"
    if _back_detail(tok):
        return "reference"
    # "the Comuneros del Sur, a group that split from the guerrilla": an appositive's relative clause with no date
    # of its own says who a side is, it tells no news
    if tok.dep_ == "relcl" and tok.head.dep_ == "appos" and lem(tok.head) in SIDE_NOUNS and not _has_date(tok):
        return "reference"
    if tok.tag_ != "VBN" or tok.dep_ not in ("acl", "amod"):
        return ""
    if tok.head.pos_ not in ("NOUN", "PRON", "PROPN", "DET"):
        return ""
    # an object of its own makes it an active verb the parser hung on a noun ("Men ... executed 60 civilians")
    if any(c.dep_ in ("agent", "dobj", "oprd", "dative", "ccomp", "xcomp") for c in tok.children) or _has_date(tok):
        return ""
    return "reference"


#: Conjunctions of a clause that dates one event from another.
TIME_MARKS = frozenset({"since", "after", "before", "until"})
#: Nouns of time that date a definite event back from the one told ("a day after the attack").
TIME_NOUNS = frozenset({"minute", "hour", "day", "night", "week", "month", "year", "moment"})
#: Verbs of a trial or a confession: the attack they are about is an earlier event, the news is the case.
JUDICIAL_VERBS = frozenset({"confess", "convict", "sentence", "indict", "charge", "prosecute", "plead", "admit",
                            "acquit", "try"})


def _earlier(tok: Token) -> str:
    """"A day after the attack on a convoy, gunmen abducted ...": the definite noun dates the news back to an
    event told before; it is not the news."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj":
        return ""
    prep = tok.head
    if prep.lower_ not in ("after", "since", "following") or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that", "last") for c in tok.children):
        return ""
    return "reference" if lem(prep.head) in TIME_NOUNS else ""


def _judicial(tok: Token) -> str:
    """"Confessed to planning the grenade attack", "charged with killing two guards": a trial or a confession
    names the attack, the event told is the case."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("dobj", "pobj", "pcomp", "prep", "xcomp") or cur.head is cur:
            return ""
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and lem(cur) in JUDICIAL_VERBS:
            return "reference"
    return ""


def _consequence(tok: Token, lex: Lexicon) -> str:
    """A noun trigger named as what people flee or are displaced by ("people fleeing the fighting") is a
    cause told in passing; only a located and dated one tells an event."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return ""
    verbs = lex.classes.get("consequence_verb", frozenset())
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        head = head.head
    elif tok.dep_ != "dobj":
        return ""
    if lem(head) not in verbs:
        return ""
    located = any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in tok.subtree) or any(
        t.ent_type_ in ("GPE", "LOC", "FAC") for p in head.children if p.dep_ == "prep" for t in p.subtree)
    return "" if (located and (_has_date(tok) or _has_date(head))) else "consequence"


def _aggregate(verb: Token) -> bool:
    """A present perfect counted over a period ("have been killed since 2023", "Since then, thousands have
    been killed"): a running total, not an event."""
    if not _perfect(verb):
        # "40 fighters have been killed, 90 arrested and 12 have surrendered since May": a bare participle in a
        # list of present perfects shares their tense and their period
        if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return False
        listed = _participle_list(verb)
        if not any(_perfect(v) for v in listed):
            return False
        return any(_counted_from(v) for v in listed)
    if lem(verb) in TOLL_LEMMAS and any(_long_running(s) for s in verb.children if s.dep_ == "nsubj"):
        return True
    if any(_counted_from(v) for v in _participle_list(verb) if v is not verb and (
            _perfect(v) or not any(c.dep_ in ("aux", "auxpass") for c in v.children))):
        return True
    # "have been killed and thousands displaced since 2017": the period may hang on a conjunct
    conj = [k for k in verb.children if k.dep_ == "conj"]
    # the parser may make the conjunct a noun with the participle on it ("and thousands displaced since 2017")
    conj += [p for k in conj if k.pos_ != "VERB" for p in k.children if p.dep_ == "acl" and p.tag_ == "VBN"]
    for v in [verb] + [k for k in conj if k.pos_ == "VERB"]:
        for c in v.children:
            if c.dep_ in ("prep", "advcl", "npadvmod", "advmod", "mark") and c.lower_ == "since":
                return True
            # "have fought Thai rule since the region was annexed": the period is a clause of its own
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children):
                return True
            # "has long been fought over", "have long raided the valley": a state over years, not one event
            if c.dep_ == "advmod" and c.lower_ == "long":
                return True
            # "has fought successive governments for six decades": a span of years, not one event
            if c.dep_ == "prep" and c.lower_ in ("for", "over") and any(
                    lem(o) in SPANS and o.tag_ == "NNS" for o in c.children if o.dep_ == "pobj"):
                return True
    return False


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in verb.children)


def _participle_list(verb: Token) -> list[Token]:
    """The participles listed with ``verb``: its conjuncts, and the clause the small parser hangs a list member on
    as its complement ("have been killed, 90 arrested": "killed" a ccomp of "arrested")."""
    top = verb
    while top.dep_ in ("conj", "ccomp") and top.head is not top and top.head.tag_ == "VBN" and top.head.i > top.i - 12:
        if top.dep_ == "ccomp" and top.head.i < top.i:
            break
        top = top.head
    found = [top] + [v for v in top.conjuncts if v.tag_ == "VBN"]
    found += [k for k in top.children if k.dep_ == "ccomp" and k.tag_ == "VBN" and k.i < top.i]
    return list(dict.fromkeys(found))


def _counted_from(v: Token) -> bool:
    """A "since" on the verb: counted from a point in time."""
    return any(c.dep_ in ("prep", "advcl", "npadvmod", "advmod", "mark") and c.lower_ == "since"
               for c in v.children)


#: Names of a whole conflict: what one "has killed" is its running total ("the insurgency has killed 900"); not
#: "violence" or "unrest", which may be this week's.
CONFLICT_NOUNS = frozenset({"insurgency", "conflict", "war", "crisis", "rebellion", "uprising"})
#: Verbs that tell when a conflict began ("violence, which began in May 2023, has killed ...").
ONSET_VERBS = frozenset({"begin", "start", "erupt", "break", "flare", "ignite"})


def _long_running(subj: Token) -> bool:
    """The subject of a present-perfect toll is a conflict counted from its start: a conflict noun, or any
    noun whose relative clause tells when it began."""
    if lem(subj) in CONFLICT_NOUNS:
        return True
    return any(t.dep_ == "relcl" and lem(t) in ONSET_VERBS for t in subj.subtree)


#: Spans of time that, counted in the plural after a present perfect, make a history or a running total.
SPANS = frozenset({"year", "decade", "month", "century"})
#: A toll in the tens of thousands or more is a war's, never one event's ("killed an estimated 400,000").
WAR_TOLL = 10_000
#: Words that name many events at once: "repeated bouts of fighting", "several rounds of clashes".
RECURRENCE_NOUNS = frozenset({"bout", "round", "cycle", "wave", "spate", "series", "string", "episode", "flare-up"})
RECURRENCE_WORDS = frozenset({"repeated", "recurrent", "recurring", "frequent", "periodic", "regular", "sporadic",
                              "successive", "intermittent", "renewed"})


#: Prepositions that give a cause or a setting ("imposed a curfew following a spate of attacks").
CAUSE_PREPS = frozenset({"after", "following", "amid", "despite"})
#: Spans of time that count events as a run ("after weeks of revenge killings").
SPAN_NOUNS = frozenset({"day", "week", "month", "year", "decade"})


def _cause(tok: Token) -> bool:
    """A run of events given as the cause or the setting of what is told, with no date or number of its own:
    "after a series of raids on villages", "following a spate of attacks", "after weeks of revenge killings"."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return False
    node = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and lem(tok.head.head) in RECURRENCE_NOUNS | SPAN_NOUNS:
        node = tok.head.head
    else:
        return False  # a bare "after attacks on ..." may still tell what happened
    if any(t.ent_type_ in ("DATE", "TIME") or t.like_num for t in tok.subtree):
        return False
    return node.dep_ == "pobj" and node.head.lower_ in CAUSE_PREPS


def _recurrent(tok: Token) -> bool:
    """An attack noun counted as a pattern: "has seen repeated bouts of fighting", "several rounds of clashes"."""
    if _cause(tok):
        return True
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    noun = tok.head.head
    if lem(noun) not in RECURRENCE_NOUNS:
        return False
    return noun.tag_ == "NNS" or any(c.lower_ in RECURRENCE_WORDS for c in noun.children if c.dep_ == "amod")


def _number(text: str) -> float | None:
    t = text.replace(",", "")
    try:
        return float(t)
    except ValueError:
        return None


def war_toll(tok: Token) -> bool:
    """A casualty verb counting tens of thousands or more ("killed an estimated 400,000 people",
    "hundreds of thousands were killed"): a conflict's total, not an event."""
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj":
        # "fighting spread and killed an estimated 400,000 people": the noun's own verb counts them
        return any(war_toll(v) for v in [tok.head] + list(tok.head.conjuncts) if v.pos_ == "VERB")
    if tok.pos_ != "VERB" or lem(tok) not in TOLL_LEMMAS:
        return False
    for o in children(tok, "dobj", "nsubjpass"):
        for t in o.subtree:
            n = _number(t.text) if t.like_num else None
            if n is not None and n >= WAR_TOLL:
                return True
            if t.lower_ in ("million", "millions") or (t.lower_ in ("thousands",) and any(
                    c.lower_ in ("tens", "hundreds") for c in t.head.subtree if c.i < t.i)):
                return True
    return False


#: Words of a date that name one day: a toll told with them may be one event's ("attacks killed 12 on Monday").
DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "day", "night",
                       "morning", "evening", "afternoon", "dawn", "today", "yesterday", "tonight", "overnight"})


def period_total(tok: Token, lex: Lexicon) -> bool:
    """A toll verb whose subject is a bare plural of events, counted over a stretch longer than a day: "attacks in
    the three states killed more than 2,000 people between July and September" is a total, not an event."""
    if tok.pos_ != "VERB" or lem(tok) not in TOLL_LEMMAS:
        return False
    if not any(is_generic(s) and lem(s) in lex.nouns for s in tok.children if s.dep_ == "nsubj"):
        return False
    dates = [t for t in tok.subtree if t.ent_type_ == "DATE"]
    if not dates:
        return False
    return not any(_day_word(t) for t in dates)


def _day_word(t: Token) -> bool:
    """A word of a date that tells one day: a weekday or a part of a day, or a day number next to a month."""
    return t.lower_ in DAY_WORDS or (t.like_num and len(t.text) <= 2)


def is_generic(tok: Token) -> bool:
    """A bare plural noun ("Attacks by X have become more frequent") names a trend."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return False
    dets = [c for c in tok.children if c.dep_ in ("det", "nummod", "poss")]
    if dets or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    # "Clashes broke out between X and Y on Friday": an outbreak with its sides, place or day is an event
    if onset_subject(tok):
        told = [t for c in tok.head.children if c.i != tok.i for t in c.subtree] + list(tok.subtree)
        if any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") or t.lower_ == "between" for t in told):
            return False
    return True


NAME_ENTS = {"ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PERSON", "GPE", "LOC", "NORP"}


#: ``Doc.user_data`` key of the token indices inside an entity of two words or more: ``Doc.ents`` builds every
#: entity span of the page again on each access, so reading it per candidate is quadratic in a long document.
NAME_TOKENS_KEY = "footprint.events.multiword_entity_tokens"


def multiword_entity_tokens(doc: Doc) -> frozenset[int]:
    """The indices of the tokens inside an entity of two words or more, built once per Doc."""
    found = doc.user_data.get(NAME_TOKENS_KEY)
    if found is None:
        found = doc.user_data[NAME_TOKENS_KEY] = frozenset(
            i for ent in doc.ents if len(ent) > 1 for i in range(ent.start, ent.end))
    return found


def in_name(tok: Token, mention_types: dict[int, str]) -> bool:
    """A capitalised word inside a multiword name (entity or actor mention) names, it does not tell."""
    if not tok.is_title or tok.i == sentence(tok).start:
        return False
    if tok.i in mention_types:
        return True
    return tok.ent_type_ in NAME_ENTS and tok.i in multiword_entity_tokens(tok.doc)


def is_modifier(tok: Token) -> bool:
    """A noun used to qualify another ("training centre", "attack helicopter")."""
    return tok.dep_ in ("compound", "amod") or (tok.dep_ == "nmod" and tok.head.pos_ == "NOUN")
