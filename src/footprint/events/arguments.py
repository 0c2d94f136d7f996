"""A trigger's argument tokens: who acts, who is targeted, who takes part.

Read from the parse around a noun trigger ("an attack by X on Y", "launched an
attack") or a verb trigger (subject, object, passive agent, prepositions).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..clauses import lemma_keys
from .context import SentenceContext
from .syntax import (FINITE_TAGS, OBJ, PASSIVE_SUBJ, TIME_WORDS, agents, children, hangs_on, has_particle, lem,  # noqa: F401
                     noun_keys, objects, prep_objects, preps, sentence, subjects, temporal, with_conjuncts)


#: Verbs of answering an act with one of one's own ("responded with airstrikes").
ANSWER_VERBS = frozenset({"answer", "respond", "retaliate", "react", "reply", "hit back", "strike back"})
#: Participles on an act's noun whose agent did it: "the massacre committed by X", "rapes perpetrated by Y".
PERPETRATE_VERBS = frozenset({"commit", "perpetrate", "carry", "conduct", "execute", "stage", "launch", "mount",
                              "orchestrate", "claim"})
#: Verbs that link a subject to what it is, not to what it acts on.
COPULAS = frozenset({"be", "become", "remain", "seem", "appear", "stay", "prove"})
#: Nouns of what a group gives another: "pledged allegiance to X" makes X a party, not a target.
ALLEGIANCE = frozenset({"allegiance", "loyalty", "fealty", "support", "bay'ah", "bayah"})
#: Verbs of force whose object a crowd can be: "police dispersed protesters marching on parliament".
FORCE_ON_CROWD = frozenset({"disperse", "attack", "beat", "arrest", "detain", "shoot", "charge", "tear-gas",
                            "teargas", "kill", "confront", "scatter", "storm", "raid", "break"})


#: Tags of the word after a headline verb: its object or particle ("shells a camp", "shoots down 14 drones").
_OBJECT_START = frozenset({"NOUN", "PROPN", "DET", "NUM", "ADJ"})
#: Tags of a finite verb or modal: one before the word makes it no headline verb.
FINITE = FINITE_TAGS | {"MD"}


def headline_verb(tok: Token) -> bool:
    """A present-tense verb of a bulletin line or headline that the parser read as a noun ("RSF shells Abu Shouk
    camp", "militia loot market", "air defence shoots down 14 drones"): a noun right after a noun or name, before
    its object or "down", with no verb before it in its sentence. "Artillery shells landed" has a verb after it,
    "the army's shells" no noun before it."""
    if tok.pos_ != "NOUN" or tok.tag_ not in ("NN", "NNS"):
        return False
    sent = sentence(tok)
    if tok.i == sent.start or tok.i + 1 >= sent.end:
        return False
    before, after = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
    if before.pos_ not in ("NOUN", "PROPN") or not (after.pos_ in _OBJECT_START or after.lower_ == "down"):
        return False
    if tok.tag_ == "NNS" and not tok.lower_.endswith("s"):
        return False
    return _first_finite(sent) >= tok.i


#: ``Doc.user_data`` key of each sentence's first finite verb (sentence start -> token index): ``headline_verb`` is
#: asked for many nouns of a sentence, and a scan back to its start for each is quadratic in a long one.
FIRST_FINITE_KEY = "footprint.arguments.first_finite"


def _first_finite(sent) -> int:
    """Index of the first finite verb or modal of ``sent``, else its end; once per sentence of a Doc."""
    found = sent.doc.user_data.setdefault(FIRST_FINITE_KEY, {})
    k = found.get(sent.start)
    if k is None:
        k = found[sent.start] = next((t.i for t in sent if t.tag_ in FINITE), sent.end)
    return k


def timeless(toks: list[Token]) -> list[Token]:
    """Drop words of time from a trigger's arguments ("on Sunday", "on the night of ..."): a date is never a
    participant, in any role."""
    return [t for t in toks if not temporal(t)]


def _relative_antecedent(toks: list[Token], tok: Token) -> list[Token]:
    """A relative pronoun subject stands for the noun its clause describes: "demonstrators who had
    gathered" - the demonstrators gathered; "fighters who stormed the town" - the fighters stormed it."""
    if tok.dep_ != "relcl" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return toks
    return [tok.head if t.tag_ in ("WDT", "WP") or t.lower_ in ("who", "which", "that") else t for t in toks]


def active_participle(tok: Token) -> bool:
    """A past form the parser hung on a noun as a reduced relative ("civilians killed by ...") that is in
    fact the sentence's verb: it has a direct object of its own ("Men in uniform executed 60 civilians"), or
    the noun it hangs on is governed by no verb ("Mali's junta named a new premier": the noun is the root)."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if agents(tok):
        return False
    if children(tok, "dobj"):
        return True
    return tok.head.dep_ in ("ROOT", "npadvmod") and tok.i > tok.head.i and bool(children(tok, *OBJ))


#: Participles that make the agent a companion of the noun they hang on: "soldiers backed by militiamen".
ACCOMPANY = frozenset({"back", "support", "assist", "accompany", "aid", "escort", "join", "reinforce", "help"})


def accompanied(noun: Token) -> Token | None:
    """The noun whose companions ``noun`` is ("soldiers accompanied by VDP auxiliaries": the soldiers for
    "auxiliaries"), read through "by" under a participle of accompaniment; None otherwise."""
    agent = noun.head if noun.dep_ == "pobj" else None
    part = agent.head if agent is not None and agent.dep_ == "agent" else None
    if part is None or part.dep_ != "acl" or part.tag_ != "VBN" or lem(part) not in ACCOMPANY:
        return None
    return part.head if part.head.pos_ in ("NOUN", "PROPN") else None


def crowd_acted_on(tok: Token) -> tuple[list[Token], list[Token]]:
    """A protest told by a participle or relative clause on people that forces act on ("police used water
    cannon against protesters marching on parliament", "soldiers dispersed students who were rallying"):
    the forces' verb gives its subject as actor, the people as target."""
    crowd = prep = None
    if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
        crowd = tok.head
        if crowd.dep_ == "pobj":
            prep = crowd.head
        elif crowd.dep_ == "dobj" and lem(crowd.head) in FORCE_ON_CROWD:
            return (subjects(crowd.head), [crowd]) if subjects(crowd.head) else ([], [])
    elif tok.dep_ == "pcomp":
        # "against protesters marching on parliament": the parser makes the people the participle's subject
        subj = children(tok, "nsubj")
        crowd, prep = (subj[0] if subj else None), tok.head
    if crowd is None or prep is None or prep.lower_ not in ("against", "on", "at"):
        return [], []
    verb = prep.head
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj":
        verb = verb.head  # "used tear gas against ...", "fired live rounds at ..."
    if verb.pos_ != "VERB":
        return [], []
    subj = subjects(verb)
    return (subj, [crowd]) if subj else ([], [])


#: Verbs of forces ending a gathering: "broke up a rally", "dispersed a march", "pushed back students".
DISPERSE_VERBS = frozenset({"disperse", "scatter", "block", "tear-gas", "teargas", "repel"})
#: Verbs that disperse with a particle: "broke up a sit-in", "pushed back students".
DISPERSE_PARTICLES = {"break": "up", "push": "back", "drive": "back", "beat": "back"}
#: Nouns of a gathering whose people a "by" names: "a march by opposition supporters".
GATHERING_NOUNS = frozenset({"demonstration", "march", "rally", "protest", "sit-in", "in", "vigil", "picket",
                             "gathering", "procession", "chain"})
#: Verbs of using a weapon against a crowd: "used water cannon against demonstrators".
CROWD_WEAPON_VERBS = frozenset({"use", "fire", "deploy", "spray", "lob"})


#: What riot police charge a crowd with: "students were charged with batons" (not "charged with murder").
CHARGE_ARMS = frozenset({"baton", "truncheon", "club", "cane", "whip", "stick", "horse", "bullet", "gas", "shield"})


def _disperses(v: Token) -> bool:
    if v.pos_ != "VERB":
        return False
    key = lem(v)
    if key in DISPERSE_VERBS:
        return True
    if key == "charge":
        return any(lem(o) in CHARGE_ARMS for o in with_conjuncts(prep_objects(v, "with")))
    part = DISPERSE_PARTICLES.get(key)
    return part is not None and has_particle(v, part)


def _clause_subjects(v: Token) -> list[Token]:
    """Who does ``v``: its subject, the agent of a passive, or the subject of the verb a purpose clause hangs
    on ("police fired tear gas to disperse ...")."""
    passive = bool(children(v, *PASSIVE_SUBJ))
    if passive:
        return with_conjuncts(agents(v))
    subj = subjects(v)
    if not subj and v.dep_ in ("xcomp", "advcl") and v.head.pos_ == "VERB":
        subj = subjects(v.head)
    return with_conjuncts(subj)


def _crowd_of(v: Token, is_people) -> list[Token]:
    """The people a dispersal verb acts on: a gathering's "by" (the parser may hang it on the verb), people as
    its object, or people marching in a clause the parser hung under it ("blocked women marching ...")."""
    out: list[Token] = []
    passive = bool(children(v, *PASSIVE_SUBJ))
    objs = children(v, *PASSIVE_SUBJ) if passive else children(v, "dobj")
    for o in objs:
        if lem(o) in GATHERING_NOUNS or o.lower_ in GATHERING_NOUNS:
            by = prep_objects(o, "by")
            if not by and not passive:
                # "dispersed a march by X": the parser reads the "by" as the verb's own
                by = [x for p in v.children if p.dep_ in ("agent", "prep") and p.lower_ == "by"
                      for x in p.children if x.dep_ == "pobj"]
            out += by
        elif is_people(o):
            out.append(o)
    for cc in children(v, "ccomp", "xcomp"):
        if cc.tag_ == "VBG":
            # "blocked hundreds of women marching": the people are counted after "of"
            out += [s for s in children(cc, "nsubj") if is_people(s) or any(is_people(o) for o in prep_objects(s, "of"))]
    return with_conjuncts(out)


def dispersal(sent, is_people) -> tuple[list[Token], list[Token]]:
    """Forces and crowd of a gathering broken up in the sentence ("security forces broke up a rally by
    opposition supporters, arresting ...", "a demonstration by students was broken up by police; 15 were
    arrested", "police used water cannon against demonstrators"): read for a protest with intervention
    whatever word opened it. ``is_people`` says whether a noun names people. Empty lists when no crowd."""
    for v in sent:
        crowd: list[Token] = []
        if _disperses(v):
            crowd = _crowd_of(v, is_people)
        elif lem(v) in CROWD_WEAPON_VERBS and v.pos_ == "VERB":
            aims = prep_objects(v, "against", "on", "at") + [
                x for d in children(v, "dobj") for x in prep_objects(d, "against", "on", "at")]
            crowd = with_conjuncts([a for a in aims if is_people(a)])
        if crowd:
            forces = [f for f in _clause_subjects(v) if f not in crowd]
            if forces:
                return forces, crowd
    return [], []


#: Words before a thing that say what kind it is, not whose: "a military vehicle", "a security post"; "army" is
#: the actors stage's to read (as a country's forces): with no mention on it, it names no one here.
KIND_WORDS = frozenset({"military", "security", "naval", "government", "state", "armed", "defence", "defense",
                        "army"})


#: Lexicon classes of things: a word in one of them is the thing, not whose it is.
THING_CLASSES = ("base", "weapon", "place", "property")


def force_word(thing: Token, lex) -> Token | None:
    """The force or armed group a thing is named by, when no actor mention covers it: "a police station",
    "a gendarmerie post", "air force jets", "a bandit enclave" (the noun before the thing, of the lexicon's
    force or armed-agent class, that is itself no thing)."""
    for c in thing.children:
        # the parser may tag the force word an adjective ("a gendarmerie post"); "military", "security" say only
        # whose kind of thing it is, never whose
        if c.dep_ not in ("compound", "amod") or c.i > thing.i or (c.dep_ == "compound" and c.pos_ != "NOUN"):
            continue
        key = lem(c)
        if key in KIND_WORDS:
            continue
        if (lex.in_class(key, "force") or lex.in_class(key, "armed_agent")) and not any(
                lex.in_class(key, cls) for cls in THING_CLASSES):
            return c
    return None


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
        if c.dep_ == "acl" and c.tag_ == "VBN" and lem(c) in PERPETRATE_VERBS:
            actor += with_conjuncts(agents(c))  # "the massacre committed by X", "rape perpetrated by men in uniform"
    of = pp.get("of", [])
    if frame in ("deploy", "withdraw", "train", "protest", "group", "leader"):
        actor += of
    else:
        target += of
    target += pp.get("on", []) + pp.get("against", []) + pp.get("targeting", [])
    # "clashes with X": the other side; "a joint exercise with X", "talks with X": a party
    if frame == "attack":
        if not timeless(target):
            target += pp.get("with", [])
    else:
        assoc += pp.get("with", []) + pp.get("alongside", [])
    if not pp.get("by"):
        actor += misplaced_agents(target)
    between = pp.get("between", [])
    if between:
        actor += with_conjuncts(between)
    # a noun that is the object of a light verb ("launched an attack"): the verb's subject acts
    head = tok.head
    # (a particle too: "holds sit-in outside the base", the parser hung the noun's last half on the verb)
    if tok.dep_ in ("dobj", "pobj", "prt") and lemma_keys(head) & (ctx.lex.classes["light_verb"] | {"for", "responsibility"}):
        h = head
        if lem(h) in ("for",):
            h = h.head.head if lem(h.head) == "responsibility" else h.head
        elif lem(h) == "responsibility":
            h = h.head
        actor += subjects(h)
    if tok.dep_ == "pobj" and head.lower_ == "with" and lem(head.head) in ANSWER_VERBS:
        actor += subjects(head.head)  # "troops answered with a raid": whoever answers carries it out
    if tok.dep_ == "pobj" and head.lower_ == "of" and lem(head.head) == "victim" and head.head.dep_ == "attr" and (
            lem(head.head.head) in COPULAS):
        target += subjects(head.head.head)  # "women have been victims of rape": the copula's subject suffered it
    if tok.dep_ == "pobj" and head.lower_ == "to" and lem(head.head) == "subject":
        actor += subjects(head.head)  # "subjected women to sexual violence"
        target += children(head.head, "dobj")
    if tok.dep_ in ("dobj",) and lemma_keys(head) & ctx.lex.classes["light_verb"]:
        assoc += prep_objects(head, "with", "alongside")
    if tok.dep_ == "nsubjpass" and lemma_keys(head) & ctx.lex.classes["light_verb"]:
        # "an attack was perpetrated against the market by gunmen": the light verb carries the noun's sides
        hp = preps(head)
        target += hp.get("on", []) + hp.get("against", []) + hp.get("targeting", [])
        actor += [a for a in agents(head) if a not in actor]
    if tok.dep_ in ("nsubj",) and lem(head) not in COPULAS:
        # "the attack killed/targeted X": the verb's object is the target; after a copula the noun is only
        # described ("the deployment was the subject of a meeting between X and Y": no target)
        target += children(head, *OBJ)
        if not between and (lem(head) in ONSET_VERBS or head.lower_ in ONSET_FORMS):
            # "fighting broke out between X and Y", "raged [for a second day [between X and Y]]"
            actor += with_conjuncts(_between_under(head))
    if not between:
        # "the fighting that raged for hours between X and Y": the sides named in a clause on the noun
        for c in tok.children:
            if c.dep_ == "relcl" and (lem(c) in ONSET_VERBS or c.lower_ in ONSET_FORMS):
                actor += with_conjuncts(_between_under(c))
    if lem(tok) in ctx.lex.classes["armed_agent"] or any(k.endswith(("bomber", "attacker")) for k in noun_keys(tok)):
        actor = [tok] + actor  # "a suicide attacker drove a vehicle into the camp"
        if tok.dep_ == "nsubj":
            target += preps(head).get("into", []) + preps(head).get("at", [])
    return actor, target, assoc


def _between_under(verb: Token) -> list[Token]:
    """The objects of a "between" on ``verb``, through prepositional phrases only: "raged [for most of Sunday
    [between ...]]"."""
    return [o for p in verb.subtree if p.dep_ == "prep" and p.lower_ == "between"
            and hangs_on(p, verb, ("prep", "pobj")) for o in p.children if o.dep_ == "pobj"]


#: Verbs a fight is told to start or go on by ("fighting broke out", "clashes raged").
ONSET_VERBS = frozenset({"break", "erupt", "occur", "resume", "continue", "flare", "rage", "take", "intensify"})
#: Forms the lemmatizer misreads ("raged" as "rag").
ONSET_FORMS = frozenset({"raged", "raging", "rages"})


def misplaced_agents(args: list[Token]) -> list[Token]:
    """Who acts, named by a "by" the parser hung on an argument of a noun trigger instead of the trigger: "the
    killing of 14 herders on an island by militia fighters", "the rape of women by soldiers"."""
    out: list[Token] = []
    stack = [(t, 0) for t in args]
    while stack:
        t, depth = stack.pop()
        for p in children(t, "prep"):
            objs = [o for o in p.children if o.dep_ == "pobj"]
            if p.lower_ == "by":
                out += with_conjuncts(objs)
            elif depth < 2:
                stack += [(o, depth + 1) for o in objs]
    return sorted(set(out), key=lambda t: t.i)


#: Verbs whose subject meets a hidden explosive rather than uses it: "a soldier stepped on a mine", "a truck
#: struck an explosive device", "their vehicle drove over a landmine".
MEET_VERBS = frozenset({"step on", "hit", "strike", "drive over", "drive onto", "run over", "run into", "roll over",
                        "pick up"})
#: Explosives that lie in wait (the weapon class holds guns and rockets too, which a subject fires).
HIDDEN_EXPLOSIVES = frozenset({"mine", "landmine", "ied", "device", "explosive", "bomb", "remnant", "ordnance",
                               "booby-trap", "booby", "trap"})


def met_explosive(tok: Token) -> Token | None:
    """The hidden explosive a subject meets by the verb ``tok`` ("stepped on an antipersonnel mine"), or None."""
    from .syntax import phrasal

    keys = phrasal(tok)
    if not keys & MEET_VERBS:
        return None
    objs = children(tok, "dobj") + prep_objects(tok, "on", "over", "onto", "into")
    return next((o for o in objs if lem(o) in HIDDEN_EXPLOSIVES), None)


def _laid_by(ag: list[Token]) -> list[Token]:
    """The agents of a passive, where an agent that is a hidden explosive stands for whoever laid it ("was blown
    up by a device planted by X", "were killed by a mine laid by Y"): the one who laid it acts, not the thing."""
    out: list[Token] = []
    for a in ag:
        layers = [x for c in a.children if c.dep_ == "acl" and c.tag_ == "VBN" for x in agents(c)] \
            if lem(a) in HIDDEN_EXPLOSIVES else []
        out += with_conjuncts(layers) or [a]
    return out


def _clausal_subjects(toks: list[Token]) -> list[Token]:
    """"Women fleeing the fighting were attacked": the parser makes the participle the clausal subject; the
    people are its own subject."""
    out: list[Token] = []
    for t in toks:
        inner = children(t, "nsubj") if t.dep_ == "csubjpass" and t.tag_ == "VBG" else []
        out += inner or [t]
    return out


def _verb_args(tok: Token, frame: str = "") -> tuple[list[Token], list[Token], list[Token]]:
    if frame == "attack" and not children(tok, *PASSIVE_SUBJ) and subjects(tok):
        mine = met_explosive(tok)
        if mine is not None:
            # the subject is the victim; whoever laid the explosive ("planted by X") acts
            layers = [a for c in mine.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in agents(c)]
            return with_conjuncts(layers), subjects(tok), []
    ag = _laid_by(agents(tok))
    if _agent_passive(tok):
        return with_conjuncts(ag), children(tok, "nsubj"), []
    subj = _relative_antecedent(subjects(tok), tok)
    # "a girl was gang-raped by soldiers": a participle the parser hangs on "was" as its complement is passive,
    # with the copula's subject as the one it was done to
    complement = tok.dep_ == "acomp" and tok.tag_ == "VBN" and lem(tok.head) == "be"
    passive = bool(children(tok, *PASSIVE_SUBJ)) or (tok.dep_ == "acl" and tok.tag_ == "VBN") or complement
    actor = ag if passive else subj
    if passive and not ag:
        actor = []
    target = objects(tok) if not passive else _clausal_subjects(children(tok, *PASSIVE_SUBJ)) + (
        [tok.head] if tok.dep_ == "acl" and tok.tag_ == "VBN" else []) + (
        children(tok.head, "nsubj") if complement else [])
    # "the base, which militants had seized": the relative pronoun object is the noun the clause describes
    target = list(dict.fromkeys(_relative_antecedent(target, tok)))
    pp = preps(tok)
    target += pp.get("on", []) + pp.get("against", []) + _passing_by(tok)
    assoc = pp.get("alongside", [])
    # "pledged allegiance to X": X is the party the group joins, not its target
    for o in [t for t in target if lem(t) in ALLEGIANCE]:
        target.remove(o)
        assoc += with_conjuncts(prep_objects(o, "to"))
    if lem(tok) in ("clash", "fight", "battle", "engage", "exchange", "skirmish") and not timeless(target):
        target += prep_objects(tok, "with")
    if lem(tok) in ("fire", "shoot", "throw", "hurl", "lob", "launch", "aim"):
        # "fired rockets at the camp", "hurled a grenade towards a police patrol", "fired into a crowd"
        target += pp.get("at", []) + pp.get("towards", []) + pp.get("toward", []) + pp.get("into", [])
        # the parser often hangs the aim on what is thrown: "hurled [a grenade towards a patrol]"
        target += [o for d in children(tok, "dobj") for o in prep_objects(d, "at", "towards", "toward")]
    # "X, backed by Y, attacked": supporters of the subject take part
    for s_ in actor:
        for adv in children(s_, "acl"):
            if lem(adv) in ACCOMPANY and adv.tag_ == "VBN":
                assoc += agents(adv)
    actor = _operator(actor)
    for p in children(tok, "prep"):
        if p.lower_ in ("alongside",) or (p.lower_ == "along" and any(c.lower_ == "with" for c in p.children)):
            assoc += [o for c in p.children for o in ([c] if c.dep_ == "pobj" else c.children) if o.dep_ == "pobj"]
    for adv in children(tok, "advcl", "acl"):
        if lem(adv) in ("back", "support", "assist", "accompany") and adv.tag_ == "VBN":
            assoc += agents(adv)
    return actor, target, assoc


#: Verbs of a blast that names no victim of its own: "a bomb exploded as a patrol passed".
BLAST_VERBS = frozenset({"explode", "detonate", "blast"})
#: Verbs of going by: whoever went by as the blast went off is what it hit.
PASSING_VERBS = frozenset({"pass", "drive", "travel", "move", "cross", "approach", "walk", "ride"})


def _passing_by(tok: Token) -> list[Token]:
    """"exploded as a patrol passed", "detonated when a convoy drove by": the subject of the passing clause."""
    if lem(tok) not in BLAST_VERBS:
        return []
    out = [s for c in children(tok, "advcl") if lem(c) in PASSING_VERBS
           and any(m.dep_ == "mark" and m.lower_ in ("as", "when", "while") for m in c.children)
           for s in children(c, "nsubj")]
    # the parser may read "as" as a preposition and the passing as a participle on its noun
    return out + [o for o in prep_objects(tok, "as") if any(a.dep_ == "acl" and lem(a) in PASSING_VERBS
                                                           for a in o.children)]


#: Weapons told as the subject with who used them after: "a drone operated by X", "mortar rounds fired by X".
OPERATED = frozenset({"drone", "aircraft", "jet", "plane", "helicopter", "warplane", "strike", "missile", "rocket",
                      "shell", "round", "mortar", "projectile", "grenade", "bomb", "munition", "mine", "landmine"})


#: Participles that say where a weapon was put, not who used it: "a bomb attached to a car".
PLACED_VERBS = frozenset({"attach", "strap", "fix", "tie", "fit", "glue", "stick", "hide", "plant", "bury", "leave"})


def _operator(actor: list[Token]) -> list[Token]:
    """A weapon as subject ("a drone operated by the army struck ..."): whoever operates it acts."""
    out = []
    for t in actor:
        if lem(t) in OPERATED:
            # "a drone belonging to X"; "a bomb attached to a vehicle" says where it was, not whose
            by = [o for a in t.children if a.dep_ == "acl" and a.tag_ == "VBN"
                  for o in agents(a) + (prep_objects(a, "to") if lem(a) not in PLACED_VERBS else [])]
            if by:
                out += by
                continue
        out.append(t)
    return out


def headline_args(tok: Token) -> tuple[list[Token], list[Token]]:
    """Subject and object of a headline verb the parser read as a noun ("colectivos ransack offices", "rioters
    torch shops", "air defence shoots down 14 drones"): the noun right before it, and the noun its object words
    lead to (the parser hangs the verb on its object as a modifier, or the object on "down")."""
    doc = tok.doc
    before = doc[tok.i - 1]
    subj = [before] if before.pos_ in ("NOUN", "PROPN") and before.ent_type_ != "DATE" else []
    end = sentence(tok).end
    k = tok.i + 1
    if k < end and doc[k].lower_ == "down":
        k += 1
    obj: list[Token] = []
    if k < end:
        o = doc[k]
        # climb from the first word of the object to its head noun: "14 drones", "a military convoy"
        while o.dep_ in ("det", "nummod", "amod", "compound", "quantmod") and tok.i < o.head.i < end \
                and o.head.i != o.i:  # a root is its own head (Token objects are new on each access: no "is")
            o = o.head
        if o.pos_ in ("NOUN", "PROPN"):
            obj = [o]
    return subj, obj


def _agent_passive(tok: Token) -> bool:
    """A bare past form with a subject and a "by" agent, no auxiliary and no object: a headline's passive
    ("3 protesters shot dead by police", "villagers killed by bandits") whatever the subject is."""
    return (tok.tag_ in ("VBD", "VBN") and bool(agents(tok)) and bool(children(tok, "nsubj"))
            and not children(tok, "dobj", "aux", "auxpass", *PASSIVE_SUBJ))


def trigger_args(ctx: SentenceContext, tok: Token, frame: str):
    """Actor, target and associated tokens of a trigger opening ``frame``."""
    actor, target, assoc = _noun_args(tok, ctx, frame) if tok.pos_ in ("NOUN", "PROPN") else _verb_args(tok, frame)
    if tok.pos_ == "NOUN" and not (actor and target) and headline_verb(tok):
        # a headline verb read as a noun has no noun's arguments: read its subject and object as a verb's
        subj, obj = headline_args(tok)
        actor = actor or subj
        target = target or [o for o in obj if o not in actor]
    # "attacked on 3 May", "Sunday's attack": the frame rules never read a date as a target or an actor
    return timeless(actor), timeless(target), timeless(assoc)
