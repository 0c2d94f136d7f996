"""One name on its own, resolved the way the actors stage resolves it in running text.

The registry lists fixed aliases only; national phrases ("Israeli forces", "Mali's army", "the Chadian
government") are composed by the matcher from country terms and force or government heads. A scorer that
compares a gold name with an extracted actor needs the same composition, so ``resolve_name`` runs the
matcher over the phrase alone and accepts the result only when the whole phrase is one mention of one entry.

Tokens are enough: the matcher reads the tagger's entities, dependencies and sentences only to refine
running text (an organisation name that opens with a country, "military sources"), and a phrase given on
its own has none of that context. A descriptor with no country in it ("junta troops", "the army") names
nobody here: in a report the country comes from the places around it, which a lone phrase does not have.
"""

from __future__ import annotations

from datetime import date

from .registry import Actor, Registry, _tokenizer, registry, token_key

#: Longer than any name; the matcher is not run on a paragraph handed in as a "name".
MAX_NAME_CHARS = 300

#: Leading words that are not part of the mention the matcher returns ("the Malian army" is "Malian army").
_LEADING = frozenset({"the"})


def resolve_name(text: str, when: str | date | None = None, reg: Registry | None = None) -> Actor | None:
    """The registry entry ``text`` names as a whole: an alias ("Malian Armed Forces") or a phrase the actors
    stage composes ("Israeli forces", "Mali's junta"); None for anything else (a bare "army", "forces", two
    actors, a partial name, empty, non-text or over-long input). With ``when``, an entry that no longer
    existed then gives way to its successor at that date, when one is known."""
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_NAME_CHARS or "\x00" in text:
        return None
    reg = reg or registry()
    actor = reg.lookup(text) or _composed(text, reg)
    if actor is None or when is None or reg.active(actor.id, when):
        return actor
    return reg.successor(actor.id, when, country=actor.country) or actor


def _composed(text: str, reg: Registry) -> Actor | None:
    from .matcher import DocMatcher

    doc = _tokenizer()(text.strip())
    keys = [token_key(t.text) for t in doc]
    words = [i for i, k in enumerate(keys) if k]
    if not words:
        return None
    first, last = words[0], words[-1]
    while first < last and keys[first] in _LEADING:
        first += 1
    found = DocMatcher(doc, reg).run()
    named = [f for f in found if f.actor is not None or f.name or f.descriptor]
    if len(named) != 1:
        return None
    f = named[0]
    if f.actor is None:
        return None
    # the mention must be the phrase: "forces" inside "Malian Armed Forces" stays its own, partial match
    if f.start > first or f.end <= last:
        return None
    return f.actor
