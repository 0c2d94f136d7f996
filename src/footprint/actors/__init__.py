"""Actors stage: who is named in a report, resolved against the actor registry.

``registry()`` gives the cached registry (``.get``, ``.lookup``, ``.active``,
``.successor``, ``.leader``); ``find_actors(doc)`` runs the matcher and
coreference on any Doc; the spaCy factory ``footprint.actors.v1`` sets
``doc._.fp_actors``. The registry format is documented in ``docs/actors.md``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..model import ActorMention
from .registry import Actor, Leader, Registry, Succession, build_registry, registry

__all__ = ["Actor", "Leader", "Registry", "Succession", "build_registry", "registry", "find_actors", "ActorsComponent"]


def find_actors(doc: Doc, reg: Registry | None = None) -> list[ActorMention]:
    """Actor mentions of ``doc`` in text order (offsets into ``doc.text``)."""
    from .coref import focus_country, resolve
    from .matcher import DocMatcher

    reg = reg or registry()
    if len(doc) == 0:
        return []
    meta = doc._.fp_meta if Doc.has_extension("fp_meta") and doc._.fp_meta else {}
    matcher = DocMatcher(doc, reg)
    found = matcher.run()
    focus = focus_country(found, matcher.place_countries, meta)
    if Doc.has_extension("fp_meta") and doc._.fp_meta is not None:
        doc._.fp_meta["actors_focus"] = focus
    return resolve(found, doc, reg, meta.get("dct"), focus, matcher.place_hits)


def refocus(doc: Doc, reg: Registry | None = None) -> None:
    """Resolve the actors again once the places stage has told which country the report is about, when that
    differs from the country the actors stage read from names alone ("the army" in a report that names only
    Djibo is Burkina Faso's)."""
    meta = doc._.fp_meta or {}
    places = meta.get("places_focus") or {}
    if not places or not doc._.fp_actors:
        return
    best = max(sorted(places), key=lambda c: places[c])
    if best != meta.get("actors_focus"):
        doc._.fp_actors = find_actors(doc, reg)


class ActorsComponent:
    def __init__(self, reg: Registry | None = None):
        self.reg = reg

    def __call__(self, doc: Doc) -> Doc:
        from .. import nlp as nlp_mod

        nlp_mod.register_extensions()
        doc._.fp_actors = find_actors(doc, self.reg or registry())
        return doc


#: spaCy refuses "." in factory names (error E853), so "footprint.actors.v1" is
#: registered with its dots spelled as underscores.
FACTORY = "footprint_actors_v1"


@Language.factory(FACTORY, assigns=["doc._.fp_actors"])
def make_actors(nlp: Language, name: str) -> ActorsComponent:
    return ActorsComponent()
