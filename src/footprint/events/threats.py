"""Rules for threats: a side's warning, vow or statement of the force it will use ("warned that the army would
clear every district"), told apart from forecasts of what others could do. ``rules.RESOLVERS`` maps the
threaten frame here."""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import trigger_args
from .candidate import filled as _fill
from .candidate import typed as _cand
from .context import SentenceContext
from .syntax import children, has_class, lem, objects, phrasal, phrase_has_class, preps, subjects


#: What a move "will be met with" when a side promises force in return.
FORCE_RESPONSES = frozenset({"response", "measure", "force", "retaliation", "reprisal", "action", "fire", "strike"})


def _met_with_force(verb: Token) -> bool:
    """ "any incursion would be met with a firm response": force promised in return, in the passive."""
    return lem(verb) == "meet" and bool(children(verb, "auxpass")) and any(
        lem(o) in FORCE_RESPONSES for o in preps(verb).get("with", []))


#: Auxiliaries that tell what may happen, not what a side says it will do.
POSSIBLE_AUX = frozenset({"could", "might", "may"})


def _armed_speaker(ctx: SentenceContext, tok: Token) -> bool:
    """The one who speaks is, or speaks for, an armed side ("a rebel spokesman", "the army"): what "the group
    could" do is then its own force."""
    return any(ctx.mtype(t) in ("armed_group", "state_force", "pmc") or has_class(t, "force", ctx.lex)
               or has_class(t, "armed_agent", ctx.lex) for s in subjects(tok) for t in s.subtree)


def threat_content(ctx, tok) -> Token | None:
    """The force a speaker says will be used, in the clause that ``tok`` (say, warn, vow) reports: a verb of
    force (``threat_act``) with a future or conditional auxiliary and no negation ("warned that the army
    would clear every district", "said it will retaliate", "vowed it would respond"). A forecast of other
    things ("warned that prices would rise") or a refusal ("said it would not retaliate") is none."""
    lex = ctx.lex
    for c in children(tok, "ccomp", "xcomp") + _warned_that(tok):
        for verb in [c] + children(c, "conj"):
            acts = lex.classes.get("threat_act", frozenset())
            if not (lem(verb) in acts or phrasal(verb) & acts or _met_with_force(verb)) or phrase_has_class(
                    subjects(verb), "agreement", lex):
                continue  # "talks could resume", "the deal would hit exports": no side's force
            auxes = children(verb, "aux") or (children(c, "aux") if verb is not c else [])
            if children(verb, "neg") or not any(a.lower_ in lex.classes.get("future_aux", ()) for a in auxes):
                continue
            # "warned that the rebels could retaliate": what a named other side might do is a forecast of risk;
            # only the speaker's own force ("it could strike") or a side's announced one ("would") is threatened
            if all(a.lower_ in POSSIBLE_AUX for a in auxes if a.lower_ in lex.classes.get("future_aux", ())) and any(
                    s.pos_ != "PRON" for s in subjects(verb)) and not _armed_speaker(ctx, tok):
                continue
            return verb
    return None


def _warned_that(tok: Token) -> list[Token]:
    """The content of a warning that the parser hung on the people warned as a relative clause ("warned residents
    of border villages that Russia could step up attacks"): a clause under the object opened by "that"."""
    return [t for o in children(tok, "dobj") for t in o.subtree if t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)]


def r_threaten(ctx, tok, key):
    actor, target, assoc = trigger_args(ctx, tok, "threaten")
    if key in ("warn", "say", "vow") and not (key == "warn" and (children(tok, "dobj") or preps(tok).get("against"))
                                              and not _warned_that(tok)):
        verb = threat_content(ctx, tok) if tok.pos_ in ("VERB", "AUX") else None
        if verb is None or phrase_has_class(subjects(tok), "analyst", ctx.lex):
            return None
        # the speaker threatens; a side named as who will act does too ("warned that the army would ...")
        doers = [s for s in subjects(verb) if s.dep_ != "nsubjpass" and s.tag_ != "PRP"
                 and not has_class(s, "civilian", ctx.lex)]
        return _fill(_cand("threat", "threaten", tok, weight=0.5), subjects(tok) + doers, objects(verb), assoc)
    if phrase_has_class(subjects(tok), "analyst", ctx.lex):
        return None
    if tok.pos_ == "VERB":
        target = objects(tok) + preps(tok).get("against", [])
    return _fill(_cand("threat", "threaten", tok, weight=0.5), actor, target, assoc)
