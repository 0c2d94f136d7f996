"""Whose number it is: the actor a count belongs to (the force counted, the holder that has or sends it,
the recipient of equipment handed over), read from the actor mentions around it."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from ..model import ActorMention
from ..nlp import doc_parsed, doc_text
from .kinds import _CLAUSE, CASUALTY_KINDS, PEOPLE_NOUNS, PERSONNEL_NOUNS
from .numbers import _SCALES

#: Which kinds of actor a force noun can count ("fighters": an armed group or a PMC); also read by fusion.
SIDE_TYPES = {"soldiers": ("state_force",), "troops": ("state_force", "pmc", "igo"), "militants": ("armed_group",),
              "jihadists": ("armed_group",), "fighters": ("armed_group", "pmc"), "insurgents": ("armed_group",),
              "rebels": ("armed_group",), "mercenaries": ("pmc",), "contractors": ("pmc",),
              "gendarmes": ("state_force",), "peacekeepers": ("igo", "state_force"), "officers": ("state_force",),
              "personnel": ("state_force", "pmc", "igo"), "instructors": ("state_force", "pmc", "igo"),
              "trainers": ("state_force", "pmc", "igo"), "advisers": ("state_force", "pmc", "igo"),
              "advisors": ("state_force", "pmc", "igo"), "militiamen": ("armed_group",),
              "recruits": ("state_force", "armed_group"), "servicemen": ("state_force",),
              "paratroopers": ("state_force",), "commandos": ("state_force",), "marines": ("state_force",)}

#: Verbs by which an actor has or sends a force: "MINUSMA, which had 13,000 personnel", "Chad deployed 1,200 troops".
HOLD_VERBS = frozenset("""has have had having keeps kept keep maintains maintained maintain deployed deploys deploy
    deploying sent sends send sending dispatched dispatches stationed stations fielded fields committed commits
    contributed contributes contribute numbers numbered counts counted mobilised mobilized mobilises mobilizes
    pledged pledges brought brings flew flies moved moves positioned positions withdrew withdraws withdrawn
    pulled rotated redeployed airlifted""".split())
#: Words that may stand between that actor and its verb: "which had", "has now deployed", "had already sent".
_HOLD_GAP = frozenset("""which that who , has have had also now still already reportedly currently since then
    recently will would be been is was""".split())
_STRENGTH_KINDS = frozenset({"personnel", "capacity", "equipment"})


def _actor_ending_at(local: list[ActorMention], char: int) -> ActorMention | None:
    return next((m for m in reversed(local) if m.end == char), None)


def _side(doc: Doc, words, noun: int | None, end: int, actors: list[ActorMention], start_char: int,
          kind: str, num_end: int | None = None, num_start: int | None = None) -> str | None:
    """Whose the number is: the group the counted noun belongs to, never an actor merely near the number.

    In order: an actor named on the counted noun phrase ("400 Chadian recruits", "300 Wagner fighters"); after
    it ("members of X"); a possessor before it ("the EU mission's 700 personnel"); for a force, the actor that
    has or sends it ("MINUSMA, which had 13,000 personnel"; never for casualties: the people struck are the
    object's side, not the subject's); for a bare force noun, the last force of a fitting kind mentioned before
    it in the sentence; else the people the noun names, as an unknown group ("tens of thousands of civilian
    volunteers": "civilian volunteers"), a force noun without its descriptive words ("uniformed personnel":
    "personnel", which fusion reads by its kind of actor)."""
    if noun is None:
        return None
    n_start, n_end = doc[noun].idx, doc[noun].idx + len(doc[noun])
    sent = doc[noun].sent if doc.has_annotation("SENT_START") else doc[:]
    # actors are in text order: look only at those of this sentence
    lo = bisect.bisect_left(actors, sent.start_char, key=lambda m: m.start)
    hi = bisect.bisect_left(actors, sent.end_char, key=lambda m: m.start)
    local = actors[lo:hi]
    phrase_start = doc[num_end].idx if num_end is not None and num_end < len(doc) else n_start
    unnamed = None  # a mention the registry does not know ("armed militiamen") yields to the rules below
    for m in local:
        if m.start < n_end and phrase_start < m.end:
            if m.type == "country":
                if _made_in(doc, m):
                    continue  # "Russian-made drones": an origin, no owner
                # a nationality on forces or military equipment is the state's armed forces ("eight Ukrainian
                # tanks"); on anyone else ("three Chinese engineers") it names no party
                forces = _forces_of(m)
                if forces and (words[noun] in PERSONNEL_NOUNS or (kind == "equipment"
                                                                  and words[noun] not in CIVIL_EQUIPMENT)):
                    return forces
                continue
            if _grounded(doc, m, actors):
                return m.actor_id
            if m.actor_id is None:
                unnamed = unnamed or m
    military = words[noun] in PERSONNEL_NOUNS or (kind == "equipment" and words[noun] not in CIVIL_EQUIPMENT)
    if kind == "equipment":
        recipient = _recipient(doc, words, end, num_start if num_start is not None else noun, local)
        if recipient is not None:
            return recipient
    if military and num_end is not None:
        forces = _demonym_forces(doc, words, num_end, noun)
        if forces is not None:
            return forces
    if end + 1 < len(doc) and words[end] in ("of", "from"):
        k = end + 1 + (words[end + 1] == "the")
        if k < len(doc):
            at = doc[k].idx
            for m in local:
                if m.start == at:
                    return _grounded(doc, m, actors) or m.name
    first = num_start if num_start is not None else noun
    if first >= 1 and words[first - 1] in ("'s", "'"):
        m = _actor_ending_at(local, doc[first - 1].idx)
        if m is not None:
            return m.actor_id or m.name
    if kind in _STRENGTH_KINDS and kind != "capacity":
        holder = _holder(doc, words, first, local) or _parsed_holder(doc, noun, local)
        if holder is not None:
            return holder.actor_id or holder.name
    types = SIDE_TYPES.get(words[noun])
    if types:
        earlier = [m for m in local if m.start < start_char and m.type in types]
        if earlier:
            return _grounded(doc, earlier[-1], actors) or earlier[-1].name
    if words[noun] not in PERSONNEL_NOUNS | PEOPLE_NOUNS and kind not in CASUALTY_KINDS:
        return None
    if words[noun] in SIDE_TYPES:
        return words[noun]
    if unnamed is not None:
        return unnamed.name
    # the noun with the words between the number and it: "civilian volunteers", "armed men"
    first = noun
    while num_end is not None and first - 1 >= num_end and doc[first - 1].is_alpha \
            and words[first - 1] not in ("of", "and", "or", "the", "a", "an") and words[first - 1] not in _SCALES:
        first -= 1
    return doc[first:noun + 1].text


#: Equipment a nationality does not make military: "Ukrainian trucks" may be anyone's.
CIVIL_EQUIPMENT = frozenset("""vehicles vehicle trucks truck boats boat planes plane motorcycles motorbikes pickups
    pickup""".split())
#: Verbs of handing equipment over: "supplied 12 drones to X" makes them X's.
TRANSFER_VERBS = frozenset("""supplied supply supplies supplying delivered deliver delivers delivering sold sell sells
    selling donated donate donates donating transferred transfer transfers handed hands hand gave give gives
    giving shipped ship ships provided provide provides providing sent send sends sending""".split())


def _grounded(doc: Doc, m: ActorMention, actors: list[ActorMention]) -> str | None:
    """The registry id of ``m`` where the passage names that actor: a bare "soldiers" resolved from the places
    of the report alone ("eight soldiers" near Dori) is no side; one of the forces named elsewhere, or a
    descriptor that holds a name ("members of ISWAP"), is."""
    if not m.actor_id or m.via != "coref":
        return m.actor_id
    text, k = doc_text(doc), m.start
    while k > 0 and text[k - 1].isspace():  # the character before the mention, spaces skipped (no prefix copy)
        k -= 1
    if any(ch.isupper() for ch in m.text[1:]) or (m.text[:1].isupper() and k > 0 and text[k - 1] not in ".!?"):
        return m.actor_id
    named = any(o.via != "coref" and (o.actor_id == m.actor_id or (m.country and o.country == m.country and o.type in (
        "country", "government", "state_force"))) for o in actors)
    return m.actor_id if named else None


def _forces_of(m: ActorMention) -> str | None:
    """The armed forces of the state a nationality or country mention names, where the registry has them."""
    code = (m.country or (m.actor_id or "").rpartition(".")[2] or "").lower()
    if not code:
        return None
    try:
        from ..actors import registry

        forces = f"armed_forces.{code}"
        return forces if forces in registry() else None
    except Exception:  # the registry is an optional refinement here; a side is never worth a crash
        return None


def _demonym_forces(doc: Doc, words: list[str], lo: int, hi: int) -> str | None:
    """The armed forces a nationality between the number and its noun names: "eight Ukrainian tanks"."""
    try:
        from ..actors import registry

        reg = registry()
    except Exception:  # the registry is an optional refinement here; a side is never worth a crash
        return None
    for k in range(lo, hi):
        if not (doc[k].is_title and doc[k].is_alpha):
            continue
        codes = [cc for cc, kind, _ in reg.country_terms.get((words[k],), ()) if kind == "demonym"]
        if not codes or _made_in(doc, doc[k].idx + len(doc[k])):
            continue
        code = max(codes, key=lambda c: reg.populations.get(c, 0))  # "Congolese": the more populous state
        forces = f"armed_forces.{code.lower()}"
        if forces in reg:
            return forces
    return None


def _made_in(doc: Doc, m: ActorMention | int) -> bool:
    at = m if isinstance(m, int) else m.end
    rest = doc_text(doc)[at:at + 14].lower()
    return rest.startswith(("-made", "-built", "-designed", "-manufactured", "-supplied", "-origin", " made",
                            " built"))


def _recipient(doc: Doc, words: list[str], end: int, first: int, local: list[ActorMention]) -> str | None:
    """Whose equipment handed over is: "supplied at least 12 drones to the Malian armed forces"."""
    verb = next((k for k in range(first - 1, max(-1, first - 5), -1) if words[k] in TRANSFER_VERBS), None)
    if verb is None or any(words[k] in _CLAUSE for k in range(verb, first)):
        return None
    for k in range(end, min(end + 4, len(doc))):
        if words[k] in _CLAUSE:
            return None
        if words[k] == "to":
            at = k + 1 + (k + 1 < len(doc) and words[k + 1] == "the")
            if at >= len(doc):
                return None
            m = next((m for m in local if m.start == doc[at].idx), None)
            if m is None:
                return None
            if m.type in ("country", "government"):
                return _forces_of(m) or m.actor_id
            return m.actor_id or m.name
    return None


def _holder(doc: Doc, words: list[str], first: int, local: list[ActorMention]) -> ActorMention | None:
    """The actor that has or sends the force whose number starts at token ``first``: the mention ending just
    before a verb of holding or sending that precedes the number, with only "which", auxiliaries and adverbs
    between them. With a parse, the subject of the verb governing the counted noun counts too."""
    k = first - 1
    if k < 0 or words[k] not in HOLD_VERBS:
        return None
    k -= 1
    while k >= 0 and words[k] in _HOLD_GAP:
        k -= 1
    if k < 0:
        return None
    end_char = doc[k].idx + len(doc[k])
    return _actor_ending_at(local, end_char)


HOLD_LEMMAS = frozenset("""have keep maintain deploy send dispatch station field commit contribute number count
    mobilise mobilize pledge bring fly move position withdraw pull rotate redeploy airlift""".split())


def _parsed_holder(doc: Doc, noun: int, local: list[ActorMention]) -> ActorMention | None:
    """With a parse: the subject of the verb of holding or sending whose object is the counted noun, through
    coordinated verbs ("X, set up in 2013, has trained ... and has around 700 personnel")."""
    if not doc_parsed(doc):
        return None
    tok = doc[noun]
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "with":  # "deployed with 13,000 personnel"
        verb = verb.head
    elif tok.dep_ not in ("dobj", "obj"):
        return None
    if verb.lemma_.lower() not in HOLD_LEMMAS and verb.lower_ not in HOLD_VERBS:
        return None
    for _ in range(4):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            a, b = doc[subj.left_edge.i].idx, doc[subj.i].idx + len(doc[subj.i])
            hits = [m for m in local if m.start < b and a < m.end and m.actor_id]
            return hits[-1] if hits else None
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None
