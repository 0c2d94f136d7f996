"""Resolves generic descriptors ("the group", "the junta", "its leader") to the
most recent type-compatible actor, and turns matcher results into
``model.ActorMention`` records.

Window: the antecedent must lie in the same sentence or the ``WINDOW``
sentences before it. An apposition ("the think tank, the Centre for ...")
wins over anything earlier. A government or army descriptor with no
antecedent falls back to the document's dominant country.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from ..model import ActorMention
from . import lexicon as lx
from .matcher import Found
from .registry import Actor, Registry

WINDOW = 4


def _sentence_index(doc: Doc) -> list[int]:
    if len(doc) == 0 or not doc.has_annotation("SENT_START"):
        return [0] * len(doc)
    out: list[int] = []
    for s, sent in enumerate(doc.sents):
        out.extend([s] * (sent.end - sent.start))
    return out


def _type(f: Found) -> str | None:
    return f.actor.type if f.actor is not None else f.type


def resolve(found: list[Found], doc: Doc, reg: Registry, dct: str | None = None) -> list[ActorMention]:
    sent = _sentence_index(doc)
    history: list[Found] = []
    countries: Counter[str] = Counter()
    out: list[ActorMention] = []
    explicit: dict[int, list[Found]] = {}
    for f in found:
        if f.actor is not None or f.name:
            explicit.setdefault(f.start, []).append(f)

    for f in found:
        if f.actor is None and not f.name:
            target = _resolve_one(f, history, explicit, sent, reg, dct, countries, doc)
            if target is None:
                continue
            f = target
        history.append(f)
        if f.actor is not None and f.actor.country and f.actor.type in ("country", "government", "state_force"):
            countries[f.actor.country] += 1
        out.append(_mention(f, doc))
    return out


def _resolve_one(f, history, explicit, sent, reg, dct, countries, doc) -> Found | None:
    here = sent[f.start] if f.start < len(sent) else 0
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
    for h in near:
        if _type(h) in f.descriptor:
            return _copy(f, h)
    kinds = f.descriptor
    if countries and kinds[0] in ("government", "state_force"):
        cc = countries.most_common(1)[0][0]
        prefix = "government" if kinds[0] == "government" else "armed_forces"
        actor = reg.get(f"{prefix}.{cc.lower()}")
        if actor is not None:
            return Found(f.start, f.end, actor, via="coref")
    phrase = " ".join(t.lower_ for t in doc[f.start:f.end])
    if phrase in lx.ARMED_UNKNOWN:
        return Found(f.start, f.end, None, via="coref", name=doc[f.start:f.end].text, type=kinds[0])
    return None


def _copy(f: Found, target: Found) -> Found:
    return Found(f.start, f.end, target.actor, via="coref", name=target.name, type=_type(target),
                 metonymy=False)


def _mention(f: Found, doc: Doc) -> ActorMention:
    span = doc[f.start:f.end]
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
