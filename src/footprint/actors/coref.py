"""Resolves generic descriptors ("the group", "the junta", "its leader") to the
most recent type-compatible actor, and turns matcher results into
``model.ActorMention`` records.

Window: the antecedent must lie in the same sentence or the ``WINDOW``
sentences before it. An apposition ("the think tank, the Centre for ...")
wins over anything earlier.

A state's institutions ("the army", "the junta", "the air force") stand for
the forces or the government of the country the report is about (its
*focus*): an antecedent counts only in the same sentence. Troops and soldiers
with a determiner ("the troops") may point back one sentence more; with none
("12 soldiers were killed") they are the focus country's forces or nothing.
A foreign force is resolved only when the text names it ("French troops").
The focus is the places stage's ``places_focus`` when it is known, else the
country named most as a place (weight ``PLACE_WEIGHT``) or by an explicit
national actor.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from ..model import ActorMention
from . import lexicon as lx
from .matcher import Found
from .registry import Actor, Registry

WINDOW = 4
#: A country named as a place ("in Burkina Faso", "to Niamey") says more about where a report is than a
#: country named as an actor ("Russian instructors").
PLACE_WEIGHT = 3
#: Sentences back (0: the same one) that a force or government descriptor may look for its antecedent.
INSTITUTION_REACH = 0
TROOPS_REACH = 1
_LEADING_DETERMINERS = frozenset({"the", "a", "an"})


def focus_country(found: list[Found], place_countries: Counter | None = None,
                  meta: dict | None = None) -> str | None:
    """The country the document is about (ISO alpha-2), or None when nothing names one."""
    places = (meta or {}).get("places_focus") or {}
    if places:
        return max(sorted(places), key=lambda c: places[c])
    score: Counter[str] = Counter()
    first: dict[str, int] = {}
    for cc, n in (place_countries or {}).items():
        score[cc] += PLACE_WEIGHT * n
    for f in found:
        a = f.actor
        if a is not None and a.country and a.type in ("country", "government", "state_force"):
            score[a.country] += 1
            first.setdefault(a.country, f.start)
    if not score:
        return None
    # a tie goes to the country named first
    return min(score, key=lambda c: (-score[c], first.get(c, 1 << 30), c))


def _sentence_index(doc: Doc) -> list[int]:
    if len(doc) == 0 or not doc.has_annotation("SENT_START"):
        return [0] * len(doc)
    out: list[int] = []
    for s, sent in enumerate(doc.sents):
        out.extend([s] * (sent.end - sent.start))
    return out


def _type(f: Found) -> str | None:
    return f.actor.type if f.actor is not None else f.type


def resolve(found: list[Found], doc: Doc, reg: Registry, dct: str | None = None,
            focus: str | None = None, place_hits: list[tuple[int, str]] = ()) -> list[ActorMention]:
    sent = _sentence_index(doc)
    # a country named as a place in the sentence itself says where that sentence is ("an army camp in Mali")
    local: dict[int, Counter[str]] = {}
    for i, cc in place_hits:
        if i < len(sent):
            local.setdefault(sent[i], Counter())[cc] += 1
    history: list[Found] = []
    countries: Counter[str] = Counter()
    out: list[ActorMention] = []
    explicit: dict[int, list[Found]] = {}
    for f in found:
        if f.actor is not None or f.name:
            explicit.setdefault(f.start, []).append(f)

    for f in found:
        if f.soft:
            # "an RSF convoy ..., killing dozens of fighters": the group the sentence named before them
            here = sent[f.start] if f.start < len(sent) else 0
            group = next((h for h in reversed(history) if h.actor is not None and sent[h.start] == here
                          and h.actor.type in ("armed_group", "pmc")), None)
            if group is not None:
                f = _copy(f, group)
        elif f.actor is None and not f.name:
            here = local.get(sent[f.start]) if f.start < len(sent) else None
            where = min(here, key=lambda c: (-here[c], c)) if here else focus
            target = _resolve_one(f, history, explicit, sent, reg, dct, countries, doc, where)
            if target is None:
                continue
            f = target
        history.append(f)
        if f.actor is not None and f.actor.country and f.actor.type in ("country", "government", "state_force"):
            countries[f.actor.country] += 1
        out.append(mention(f, doc))
    return out


def _resolve_one(f, history, explicit, sent, reg, dct, countries, doc, focus=None) -> Found | None:
    here = sent[f.start] if f.start < len(sent) else 0
    if f.bare:
        # "Chad deployed 1,000 troops": the troops are the sender's
        sender = _sender(f, doc, explicit)
        return _national(f, reg, sender or focus)
    near = []
    for h in reversed(history):
        if here - sent[h.start] > WINDOW:
            break
        near.append(h)
    following = [e for k in (f.end, f.end + 1, f.end + 2) for e in explicit.get(k, ())]
    if f.leader_of:
        # "its leader, Yevgeny Prigozhin": the name follows, nothing to resolve
        if any(_type(e) == "person" for e in following):
            return None
        org = next((h for h in near if _type(h) in ("armed_group", "pmc", "government", "igo", "state_force")), None)
        if org is None:
            return None
        person = reg.leader(org.actor.id, dct) if org.actor is not None else None
        if person is not None:
            return Found(f.start, f.end, person, via="coref")
        name = org.actor.name if org.actor is not None else org.name
        return Found(f.start, f.end, None, via="coref", name=f"leader of {name}", type="person")
    # apposition: "the think tank, the Centre for ..."
    for e in following:
        if _type(e) in f.descriptor and (
            e.start == f.end or doc[f.end].text in (",", "(", "-", "–")
        ):
            return _copy(f, e)
    kinds = f.descriptor
    phrase = " ".join(t.lower_ for t in doc[f.start:f.end])
    if focus and kinds[0] in ("government", "state_force"):
        # "The army, supported by ..." in a report about Burkina Faso that named French forces before:
        # Burkina Faso's army. Only a force or government of the same sentence (troops: one more) is meant.
        reach = INSTITUTION_REACH if phrase in lx.INSTITUTIONAL else TROOPS_REACH
        # "the FAMa and their Russian partners ..., the army said": of the fitting ones, the report's own country's
        near = sorted(near, key=lambda h: h.actor is None or h.actor.country != focus)
        for h in near:
            if here - sent[h.start] > reach:
                continue
            # a force the registry does not list ("four police officers") is not "the army"
            if _type(h) in kinds and (h.actor is not None or phrase not in lx.INSTITUTIONAL):
                return _copy(f, h)
        own = _national(f, reg, focus)
        if own is not None:
            return own
    for h in near:
        if _type(h) in f.descriptor:
            return _copy(f, h)
    if countries and kinds[0] in ("government", "state_force"):
        cc = countries.most_common(1)[0][0]
        prefix = "government" if kinds[0] == "government" else "armed_forces"
        actor = reg.get(f"{prefix}.{cc.lower()}")
        if actor is not None:
            return Found(f.start, f.end, actor, via="coref")
    if phrase in lx.ARMED_UNKNOWN:
        return Found(f.start, f.end, None, via="coref", name=doc[f.start:f.end].text, type=kinds[0])
    return None


def _sender(f: Found, doc: Doc, explicit: dict[int, list[Found]]) -> str | None:
    """The country whose state is the subject of the verb that has these forces as its object."""
    if not doc.has_annotation("DEP"):
        return None
    tok = doc[f.end - 1]
    if tok.dep_ != "dobj":
        return None
    for subj in tok.head.children:
        if subj.dep_ != "nsubj":
            continue
        for start in range(subj.left_edge.i, subj.i + 1):
            for e in explicit.get(start, ()):
                if e.actor is not None and e.actor.country and e.actor.type in ("country", "government") \
                        and e.start <= subj.i < e.end:
                    return e.actor.country
    return None


def _national(f: Found, reg: Registry, cc: str | None) -> Found | None:
    """The focus country's forces or government for a descriptor of that kind."""
    if not cc or f.descriptor[0] not in ("government", "state_force"):
        return None
    prefix = "government" if f.descriptor[0] == "government" else "armed_forces"
    actor = reg.get(f"{prefix}.{cc.lower()}")
    return Found(f.start, f.end, actor, via="coref") if actor is not None else None


def _copy(f: Found, target: Found) -> Found:
    return Found(f.start, f.end, target.actor, via="coref", name=target.name, type=_type(target),
                 metonymy=False)


def mention(f: Found, doc: Doc) -> ActorMention:
    start = f.start
    # the mention is the noun phrase without its determiner ("The Allied Democratic Forces", "the Kremlin")
    while start + 1 < f.end and doc[start].lower_ in _LEADING_DETERMINERS:
        start += 1
    span = doc[start:f.end]
    a: Actor | None = f.actor
    return ActorMention(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        actor_id=a.id if a else None,
        name=a.name if a else (f.name or span.text),
        type=a.type if a else f.type,
        country=a.country if a else None,
        wikidata=a.wikidata if a else None,
        via=f.via,
        metonymy=f.metonymy,
    )
