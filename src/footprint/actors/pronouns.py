"""Possessive pronouns on an organisation's people: "its fighters", "its spokesman", "one of its commanders",
"their fighters" after an organisation named as a plural group ("the rebels"), "his fighters" after a commander
or leader of a named organisation ("X, a commander of the ELN").

"its" stands for an organisation named before it in the same paragraph: in the same sentence, the subject of a
clause that holds the pronoun ("The SDF said its fighters had withdrawn", "the government would strike any group
that attacks its troops"), else the last organisation named before it there; in an earlier sentence (at most
``REACH`` back), the subject of that sentence, else the last organisation it names. A state's people keep the
reading of the national phrases: a country's or government's troops are its armed forces, its spokesman its
government.

"their" takes the same reading but only from an organisation named by a plural ("the rebels", "ELN rebels",
"Malian soldiers"), never from people described ("gunmen"); "his"/"her" only from an organisation whose
commander, leader or chief is named ("a commander of the ELN", "the ELN's leader", "ELN commander X"): the
person's people are the organisation's. Reach and paragraph limits are those of "its".

The mentions are marked ``via="pronoun"``. The annotation rules leave pronouns out of the actor mentions scored
(``eval.actors`` sets them aside); events, quantities and attribution read them like any resolved descriptor.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..nlp import doc_parsed, doc_text, token_lowers
from . import lexicon as lx
from .matcher import Found
from .registry import Registry

#: Sentences back, within the paragraph, that "its" may look for the organisation.
REACH = 2
#: Types of actor "its" may stand for: organisations and states, never a person.
ORG_TYPES = frozenset({"armed_group", "pmc", "state_force", "government", "igo", "ngo", "source", "country"})
#: Heads of what the pronoun owns that make it an actor mention: its people, units and posts, its spokesman.
SPEAKER_HEADS = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen".split())
OWNED_HEADS = lx.MEMBER_NOUNS | lx.FORCE_HEADS | lx.FORCE_POSTS | SPEAKER_HEADS | frozenset({"ranks"})
#: Words that may stand between the pronoun and the head: "its own fighters", "its elite units".
_BETWEEN = frozenset("""own elite special senior top local regional armed remaining last new former regular main
    front-line frontline foreign""".split())
_FORCE_WORDS = (lx.FORCE_HEADS | lx.MEMBER_NOUNS | lx.FORCE_POSTS) - {"group", "wing", "branch", "affiliate"}
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
#: The possessive pronouns read, and which antecedents each may take (see ``_fits``).
PRONOUNS = frozenset({"its", "their", "his", "her"})
#: Posts whose holder's people are the organisation's: "a commander of the ELN ... his fighters".
LEADER_POSTS = frozenset("""commander commanders leader leaders chief head founder co-founder emir boss
    president""".split())


def possessive_mentions(doc: Doc, known: list[Found], reg: Registry, sent: list[int],
                        matched: list[Found] = ()) -> list[Found]:
    """One mention for each "its <people>" phrase that overlaps no mention in ``known`` or ``matched`` and whose
    organisation ``known`` names before it; ``known``: the resolved mentions in text order, ``sent`` the sentence
    index of each token."""
    if len(doc) == 0:
        return []
    taken = bytearray(len(doc))
    for f in [*known, *matched]:
        for t in range(f.start, min(f.end, len(doc))):
            taken[t] = 1
    out: list[Found] = []
    for i, lower in enumerate(token_lowers(doc)):
        if lower not in PRONOUNS or taken[i]:
            continue
        head = _head(doc, i)
        if head is None or any(taken[t] for t in range(i, head + 1)):
            continue
        ante = _antecedent(doc, i, known, sent, matched)
        if ante is None:
            continue
        f = _owned(doc, i, head, ante, reg)
        if f is not None:
            out.append(f)
    return out


def _head(doc: Doc, i: int) -> int | None:
    """The owned noun after "its" at ``i``: up to two descriptive words between."""
    for k in range(i + 1, min(i + 4, len(doc))):
        w = doc[k].lower_
        if w in OWNED_HEADS:
            # "its troops' positions", "its fighter jets": the last noun of the phrase is the head
            if k + 1 < len(doc) and doc[k + 1].lower_ in OWNED_HEADS and w in ("fighter", "army", "military"):
                return k + 1
            return k
        if w not in _BETWEEN:
            return None
    return None


def _usable(f: Found, doc: Doc, plural_ok: bool = False) -> bool:
    typ = f.actor.type if f.actor is not None else f.type
    if typ not in ORG_TYPES or f.bare:
        return False
    if f.via == "coref" and (doc[f.end - 1].tag_ in ("NNS", "NNPS") or plural_ok):
        # "the soldiers", "gunmen": people described, not an organisation that owns people; for "their" a
        # plural that coreference tied to a known organisation is that organisation ("the rebels")
        return plural_ok and f.actor is not None
    # an unknown organisation counts when it is named ("the PMF", "the police command"), not described
    return f.actor is not None or (bool(f.name) and f.via != "coref")


def _paragraph_break(doc: Doc, a: int, b: int) -> bool:
    # doc_text: spaCy joins every token again on each ``doc.text``, once per candidate in a long report
    return "\n" in doc_text(doc)[doc[a].idx:doc[b].idx] if a < b else False


def _plural(f: Found, doc: Doc) -> bool:
    last = doc[f.end - 1]
    if last.tag_:
        return last.tag_ in ("NNS", "NNPS")
    # no tagger (hand-built Docs): a plural member noun or a name ending in s ("rebels", "Houthis")
    return last.lower_ in lx.MEMBER_NOUNS and last.lower_.endswith("s") or (
        last.text[:1].isupper() and last.lower_.endswith("s") and len(last) > 3)


def _led(f: Found, doc: Doc) -> bool:
    """Whether the mention is the organisation of a named post: "commander of (the) X", "X's leader",
    "X commander"."""
    if doc[f.end - 1].lower_ in LEADER_POSTS:
        return True  # the name took the post in: "ISWAP commander"
    k = f.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in LEADER_POSTS:
        return True
    j = f.end
    if j < len(doc) and doc[j].lower_ in ("'s", "’s", "'"):
        j += 1
    return j < len(doc) and doc[j].lower_ in LEADER_POSTS


def _fits(word: str, f: Found, doc: Doc) -> bool:
    if not _usable(f, doc, plural_ok=word == "their"):
        return False
    if word == "their":
        return _plural(f, doc)
    if word in ("his", "her"):
        return _led(f, doc)
    return True


def _antecedent(doc: Doc, i: int, known: list[Found], sent: list[int], matched=()) -> Found | None:
    here = sent[i] if i < len(sent) else 0
    word = doc[i].lower_
    before = [f for f in known if f.end <= i and _fits(word, f, doc) and here - sent[f.start] <= REACH
              and not _paragraph_break(doc, f.start, i)]
    if not before:
        return None
    ante = _choose(doc, i, before, sent, here)
    # "the group" that coreference could not resolve stands between: the pronoun is that unknown group's
    resolved = {(f.start, f.end) for f in known}
    if ante is not None and any(f.descriptor and (f.start, f.end) not in resolved and ante.end <= f.start
                                and f.end <= i and set(f.descriptor) & {"armed_group", "pmc"} for f in matched):
        return None
    return ante


def _choose(doc: Doc, i: int, before: list[Found], sent: list[int], here: int) -> Found | None:
    same = [f for f in before if sent[f.start] == here]
    if same:
        if doc_parsed(doc):
            # the subject of a clause the pronoun is part of, innermost first
            node = doc[i]
            for _ in range(12):
                if node.head is node:
                    break
                node = node.head
                subj = next((c for c in node.children if c.dep_ in _SUBJECTS), None)
                if subj is None:
                    continue
                if subj.lower_ == "it" and subj.i < i:
                    # "..., it said, and it accused Armenian forces of firing on its posts": "its" is what "it"
                    # is, named in an earlier sentence, not the last name before it
                    same = []
                    break
                lo, hi = subj.left_edge.i, subj.right_edge.i + 1
                inside = [f for f in same if lo <= f.start and f.end <= hi]
                if inside:
                    return inside[-1]
        if same:
            return same[-1]
    for s in range(here - 1, here - REACH - 1, -1):
        there = [f for f in before if sent[f.start] == s]
        if not there:
            continue
        if doc_parsed(doc):
            roots = {doc[f.start].sent.root.i for f in there}
            for r in roots:
                for c in doc[r].children:
                    if c.dep_ in _SUBJECTS:
                        lo, hi = c.left_edge.i, c.right_edge.i + 1
                        inside = [f for f in there if lo <= f.start and f.end <= hi]
                        if inside:
                            return inside[-1]
        return there[-1]
    return None


def _owned(doc: Doc, i: int, head: int, ante: Found, reg: Registry) -> Found | None:
    """The mention "its <head>" stands for: the organisation, or for a state the forces or government that own
    what the head names."""
    actor = ante.actor
    word = doc[head].lower_
    if actor is not None and actor.type in ("country", "government") and actor.country:
        prefix = "armed_forces" if word in _FORCE_WORDS else "government"
        actor = reg.get(f"{prefix}.{actor.country.lower()}") or actor
    if actor is not None:
        return Found(i, head + 1, actor, via="pronoun")
    return Found(i, head + 1, None, via="pronoun", name=ante.name, type=ante.type)
