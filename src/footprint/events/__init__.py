"""Events: who did what to whom, typed with Footprint's vocabulary.

The spaCy factory ``footprint.events.v1`` (registered as ``footprint_events_v1``:
spaCy refuses dots in factory names) reads every other stage's output and sets
``doc._.fp_events`` to a list of ``footprint.model.Event``. The vocabulary and
its PLOVER/ACLED mapping live in ``vocabulary.yaml``, the trigger lexicon in
``triggers.yaml``; the rules are described in docs/events.md.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .assemble import Stages, build_events
from .vocabulary import ACLED_SUBS, ACLED_SUB_EVENT_TYPES, EventType, lexicon, vocabulary

__all__ = ["EventsComponent", "build_events", "vocabulary", "lexicon", "EventType", "ACLED_SUBS",
           "ACLED_SUB_EVENT_TYPES", "FACTORY"]

FACTORY = "footprint_events_v1"


class EventsComponent:
    def __init__(self, nlp: Language | None = None):
        self.nlp = nlp
        self.stages = Stages()
        self.lex = lexicon()
        vocabulary()  # fail at build time, not on the first document

    def __call__(self, doc: Doc) -> Doc:
        from ..nlp import register_extensions

        register_extensions()
        if doc._.fp_meta is None:
            doc._.fp_meta = {}
        names = self.nlp.pipe_names if self.nlp is not None else []
        ner_fallback = not any("actors" in n for n in names)
        doc._.fp_events = build_events(doc, self.stages, self.lex, ner_fallback=ner_fallback)
        return doc


@Language.factory(
    FACTORY,
    requires=["doc._.fp_actors", "doc._.fp_places", "doc._.fp_timexes", "doc._.fp_quantities", "doc._.fp_attributions"],
    assigns=["doc._.fp_events"],
)
def make_events(nlp: Language, name: str) -> EventsComponent:
    return EventsComponent(nlp)
