"""Actors stage: who is named in a report, resolved against the actor registry.

``registry()`` gives the cached registry (``.get``, ``.lookup``, ``.active``,
``.successor``, ``.leader``); ``find_actors(doc)`` runs the matcher and
coreference on any Doc. In the pipeline the work is two components, because
the places stage sits between them: it needs the names (a person or an armed
group is not a place), and coreference needs the country the places say the
report is about ("the army" in a report that names only Djibo is Burkina
Faso's):

* ``footprint.actors.v1`` matches names and sets ``doc._.fp_actors`` to the
  named mentions only, keeping the matcher's result in
  ``doc._.fp_actor_matches`` for the next component;
* ``footprint.coref.v1``, after places, resolves the generic descriptors ("the
  group", "the junta", "12 soldiers") once and sets the full ``doc._.fp_actors``.

The registry format is documented in ``docs/actors.md``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ..model import ActorMention
from .registry import Actor, Leader, Registry, Succession, build_registry, registry

__all__ = ["Actor", "Leader", "Registry", "Succession", "build_registry", "registry", "find_actors",
           "match_actors", "resolve_actors", "named_mentions", "ActorMatches", "ActorsComponent",
           "CorefComponent", "FACTORY", "COREF_FACTORY"]


@dataclass(frozen=True)
class ActorMatches:
    """What the matcher reads from a doc without knowing its places: the mentions found (generic descriptors
    still unresolved, token offsets) and the countries named as places with their tokens."""

    found: tuple
    place_countries: Counter
    place_hits: tuple[tuple[int, str], ...]
    #: (token, countries) of place hits whose words name several countries ("Congo")
    place_options: tuple[tuple[int, tuple[str, ...]], ...] = ()


def match_actors(doc: Doc, reg: Registry | None = None) -> ActorMatches:
    """Names and descriptors of ``doc``; needs no other stage."""
    from .matcher import DocMatcher

    reg = reg or registry()
    if len(doc) == 0:
        return ActorMatches((), Counter(), ())
    matcher = DocMatcher(doc, reg)
    found = matcher.run()
    return ActorMatches(tuple(found), matcher.place_countries, tuple(matcher.place_hits),
                        tuple(sorted(matcher.place_options.items())))


def named_mentions(doc: Doc, matches: ActorMatches) -> list[ActorMention]:
    """The mentions that name their actor (registry names, national phrases, unknown names), in text order:
    what the places stage needs, before any descriptor is resolved."""
    from .coref import mention

    return [mention(f, doc) for f in matches.found if f.actor is not None or f.name]


def resolve_actors(doc: Doc, matches: ActorMatches, reg: Registry | None = None) -> list[ActorMention]:
    """All mentions of ``doc`` in text order, descriptors resolved. The report's country is the places
    stage's ``fp_meta["places_focus"]`` when it has run, else read from the names."""
    from .coref import resolve
    from .focus import choose_countries, focus_country, places_focus

    reg = reg or registry()
    if not matches.found:
        return []
    meta = doc._.fp_meta if Doc.has_extension("fp_meta") and doc._.fp_meta else {}
    shares = places_focus(doc)  # once: choosing countries, the focus and resolving all read it
    found, place_hits = choose_countries(list(matches.found), list(matches.place_hits), dict(matches.place_options),
                                         doc, reg, shares)
    focus = focus_country(found, matches.place_countries, {**meta, "places_focus": shares})
    out = resolve(found, doc, reg, meta.get("dct"), focus, place_hits, shares)
    places = doc._.fp_places if Doc.has_extension("fp_places") else None
    return [m for m in out if not _town_taken_for_a_name(m, places or ())]


def _town_taken_for_a_name(m: ActorMention, places) -> bool:
    """An organisation name the tagger guessed ("Djibo", "El Fasher": no registry entry, no words that say what it
    is) where the places stage resolved a literal place with the same extent: the town, no actor."""
    if m.actor_id is not None or m.via != "ner" or m.type is not None:
        return False
    return any(p.place is not None and p.kind == "literal" and (p.start, p.end) == (m.start, m.end) for p in places)


def find_actors(doc: Doc, reg: Registry | None = None) -> list[ActorMention]:
    """Actor mentions of ``doc`` in text order (offsets into ``doc.text``): both components in one call."""
    reg = reg or registry()
    return resolve_actors(doc, match_actors(doc, reg), reg)


class ActorsComponent:
    def __init__(self, reg: Registry | None = None):
        self.reg = reg

    def __call__(self, doc: Doc) -> Doc:
        from .. import nlp as nlp_mod

        nlp_mod.register_extensions()
        matches = match_actors(doc, self.reg or registry())
        doc._.fp_actor_matches = matches
        doc._.fp_actors = named_mentions(doc, matches)
        return doc


class CorefComponent:
    def __init__(self, reg: Registry | None = None):
        self.reg = reg

    def __call__(self, doc: Doc) -> Doc:
        from .. import nlp as nlp_mod

        nlp_mod.register_extensions()
        reg = self.reg or registry()
        # the matches are an intermediate product: taken once, then dropped so the doc holds only records
        matches = doc._.fp_actor_matches or match_actors(doc, reg)
        doc._.fp_actor_matches = None
        doc._.fp_actors = resolve_actors(doc, matches, reg)
        return doc


#: spaCy refuses "." in factory names (error E853), so "footprint.actors.v1" is
#: registered with its dots spelled as underscores.
FACTORY = "footprint_actors_v1"
#: "footprint.coref.v1": runs after the places stage.
COREF_FACTORY = "footprint_coref_v1"


@Language.factory(FACTORY, assigns=["doc._.fp_actors", "doc._.fp_actor_matches"])
def make_actors(nlp: Language, name: str) -> ActorsComponent:
    return ActorsComponent()


@Language.factory(COREF_FACTORY, requires=["doc._.fp_actor_matches", "doc._.fp_places"], assigns=["doc._.fp_actors"])
def make_coref(nlp: Language, name: str) -> CorefComponent:
    return CorefComponent()
