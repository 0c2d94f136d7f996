"""Places: recognizes, resolves and locates place names (spaCy stage ``footprint.places.v1``).

Sets ``doc._.fp_places`` (list of ``PlaceMention``, offsets into ``doc.text``)
and ``doc._.fp_meta["places_focus"]`` ({country: share of the evidence}).
The gazetteer opens on first use, not at import (see ``gazetteer``).

Public functions: ``geoparse(text)`` for the CLI, ``event_location(...)`` for
the events stage, ``PlacesComponent`` for tests that inject a gazetteer.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..model import PlaceMention
from ..nlp import doc_text
from .locate import event_location
from .relative import facility_mentions, relative_mentions
from .contained import inside_named
from .reference import anchor_borders, reference_mentions
from .regions import named_regions
from .roads import road_ends, road_mentions
from .situated import situated

__all__ = ["PlacesComponent", "event_location", "geoparse", "parse_doc"]


def parse_doc(doc: Doc, gaz) -> tuple[list[PlaceMention], dict[str, float]]:
    """All place mentions of a processed ``doc`` (sorted by start), and its country focus."""
    from .recognize import recognize
    from .resolve import resolve

    meta = doc._.fp_meta or {}
    text = doc_text(doc)
    actors = doc._.fp_actors or [] if doc.has_extension("fp_actors") else []
    matches = recognize(doc, gaz.lookup, actors=actors, excluded=meta.get("excluded") or ())
    mentions, focus = resolve(
        matches, title=meta.get("title"), admin1_name=getattr(gaz, "admin1_name", None), text=text,
        region_of=getattr(gaz, "region", None), regions_like=getattr(gaz, "regions_like", None),
    )
    people = tuple((e.start_char, e.end_char) for e in doc.ents if e.label_ == "NORP")
    ents = tuple((e.start_char, e.end_char, e.label_) for e in doc.ents)
    mentions = inside_named(text, sorted(mentions, key=lambda m: m.start), people, ents)
    registry = tuple((a.start, a.end) for a in actors if getattr(a, "actor_id", None))
    mentions = situated(text, mentions, gaz, people + registry, registry)
    mentions = road_ends(text, mentions, people + registry)
    relative = relative_mentions(text, mentions, focus)
    extra = anchor_borders(text, mentions, relative, gaz) + facility_mentions(text, mentions, gaz)
    extra += reference_mentions(text, mentions, focus, gaz, relative) + road_mentions(text, mentions)
    return sorted(named_regions(mentions + extra, gaz), key=lambda m: (m.start, -m.end)), focus


class PlacesComponent:
    """The pipeline stage. ``gazetteer`` is a ``Gazetteer`` (or anything with
    ``lookup``, ``near``, ``country``); by default the shared index, opened lazily."""

    def __init__(self, gazetteer=None, path: str | None = None):
        self._gaz = gazetteer
        self._path = path

    @property
    def gazetteer(self):
        if self._gaz is None:
            from .gazetteer import open_default

            self._gaz = open_default(self._path)
        return self._gaz

    def __call__(self, doc: Doc) -> Doc:
        from ..nlp import register_extensions

        register_extensions()
        if doc._.fp_meta is None:
            doc._.fp_meta = {}
        mentions, focus = parse_doc(doc, self.gazetteer)
        doc._.fp_places = mentions
        doc._.fp_meta["places_focus"] = focus
        # the fallback country must be named as a place somewhere, not only as "Russian"
        named = {m.place.country for m in mentions if m.place is not None and m.kind in {"literal", "metonymic"}}
        home = max((c for c in focus if c in named), key=focus.get, default=None)
        doc._.fp_meta["places_home"] = home
        points = {}
        if home:
            c = self.gazetteer.country(home)
            if c is not None and c.lat is not None:
                points[home] = (c.name, c.lat, c.lon)
        doc._.fp_meta["places_country_points"] = points
        return doc


#: spaCy refuses "." in factory names (error E853), so "footprint.places.v1" is
#: registered with its dots spelled as underscores, like the actors stage.
FACTORY = "footprint_places_v1"


@Language.factory(
    FACTORY,
    requires=["doc.ents", "doc._.fp_actors"],
    assigns=["doc._.fp_places"],
    default_config={"gazetteer_path": None},
)
def make_places(nlp: Language, name: str, gazetteer_path: str | None) -> PlacesComponent:
    return PlacesComponent(path=gazetteer_path)


_nlp = None


def _pipeline():
    global _nlp
    if _nlp is None:
        import importlib

        from .. import nlp as nlp_mod
        from ..config import Settings

        nlp_mod.register_extensions()
        nlp = nlp_mod.load_base(Settings.from_env().pipeline)
        try:  # person names and armed groups from the actors stage, where it exists
            actors = importlib.import_module("footprint.actors")
            nlp.add_pipe(actors.FACTORY, name="actors")
        except (ImportError, AttributeError, ValueError):
            pass
        nlp.add_pipe(FACTORY, name="places")
        _nlp = nlp
    return _nlp


def geoparse(text: str) -> list[PlaceMention]:
    """Place mentions in ``text`` (offsets into ``text``), with the default pipeline."""
    return next(geoparse_many([text]))


def geoparse_many(texts, *, batch_size: int = 16):
    """Place mentions for each text, loading the pipeline once."""
    from .. import nlp as nlp_mod

    nlp = _pipeline()

    def docs():
        for t in texts:
            doc = nlp.make_doc(t)
            nlp_mod.prepare(doc, {})
            yield doc

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        yield list(doc._.fp_places)
