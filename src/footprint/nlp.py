"""Builds the spaCy pipeline from Footprint's registered components.

Each stage module registers one versioned factory with ``@Language.factory``
(``footprint_<stage>_v<N>``: spaCy factory names cannot contain dots)
and declares what it reads (``requires``) and what it sets (``assigns``) on
``Doc._``; ``build`` has spaCy check the order and refuses a pipeline in which a
component reads what no component before it sets.

Stage outputs live in ``Doc`` extensions (``footprint.model`` records, offsets
into ``doc.text``; ``fp_actor_matches`` is the one intermediate product):

    doc._.fp_meta         dict set before the pipeline runs: doc_id, dct (ISO or None),
                          publisher, title, excluded (list of (start, end) non-body spans)
    doc._.fp_actors       list[ActorMention]           footprint_actors_v1 (names only), then
                                                       footprint_coref_v1 (all, descriptors resolved)
    doc._.fp_actor_matches ActorMatches | None         footprint_actors_v1, for footprint_coref_v1 (which clears it)
    doc._.fp_places       list[PlaceMention]           footprint_places_v1
    doc._.fp_timexes      list[Timex]                  footprint_dates_v1
    doc._.fp_quantities   list[Quantity]               footprint_quantities_v1
    doc._.fp_attributions dict[int, Attribution]       footprint_attribution_v1 (key: sentence start char)
    doc._.fp_attribution_clauses dict[int, tuple[Attribution, ...]]  footprint_attribution_v1: one record per
                          reporting clause of the sentence (cue and scope spans), in text order
    doc._.fp_events       list[Event]                  footprint_events_v1
"""

from __future__ import annotations

import importlib
from functools import lru_cache

import spacy
from spacy.attrs import IDX, LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from .errors import ModelError

EXTENSIONS = {
    "fp_meta": dict,
    "fp_actors": list,
    "fp_actor_matches": lambda: None,
    "fp_places": list,
    "fp_timexes": list,
    "fp_quantities": list,
    "fp_attributions": dict,
    "fp_attribution_clauses": dict,
    "fp_events": list,
}

#: (factory name, module that registers it), in pipeline order. Places needs the actors' names (a person or an
#: armed group is not a place); coreference needs the places' country ("the army" of the report's country).
COMPONENTS = (
    ("footprint_actors_v1", "footprint.actors"),
    ("footprint_places_v1", "footprint.places"),
    ("footprint_coref_v1", "footprint.actors"),
    ("footprint_dates_v1", "footprint.dates"),
    ("footprint_quantities_v1", "footprint.quantities"),
    ("footprint_attribution_v1", "footprint.attribution"),
    ("footprint_events_v1", "footprint.events"),
)

#: Components that set what the base pipeline's parser reads (sentence starts told by the layout): added just
#: before the parser, and only to a pipeline that has one.
BEFORE_PARSER = (("footprint_sentences_v1", "footprint.sentences"),)


def register_extensions() -> None:
    # defaults must be fresh per doc (lists, dicts), so ``prepare`` sets them, not spaCy
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def prepare(doc: Doc, meta: dict) -> Doc:
    """Give a fresh doc its metadata and empty stage outputs."""
    register_extensions()
    for name, factory in EXTENSIONS.items():
        setattr(doc._, name, factory())
    doc._.fp_meta = dict(meta)
    return doc


#: Where ``doc_text`` keeps a Doc's text (a ``user_data`` key: it goes with the Doc and dies with it).
TEXT_KEY = "footprint.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc. spaCy joins every token again on each ``Doc.text`` access, so a
    loop that reads it per mention or per event is quadratic in a long document."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


#: Where ``doc_parsed`` keeps whether a Doc has a dependency parse (the key the places stage used first).
PARSED_KEY = "footprint.locate.parsed"


def doc_parsed(doc: Doc) -> bool:
    """``doc.has_annotation("DEP")``, asked once per Doc: it reads the whole token array each time, and the
    stages ask for each mention, sentence, cue and event. Our stages run after the parser, so it holds."""
    found = doc.user_data.get(PARSED_KEY)
    if found is None:
        found = doc.user_data[PARSED_KEY] = doc.has_annotation("DEP")
    return found


def span_text(span: Span) -> str:
    """``span.text``, sliced from the text built once per Doc: ``Span.text`` joins the span's tokens again,
    making each one a ``Token``, on every access."""
    if span.start == span.end:
        return ""
    return doc_text(span.doc)[span.start_char:span.end_char]


# Read from the Doc's arrays: ``doc[i]`` and iterating the Doc make a new Token per word.
def token_texts(doc: Doc) -> list[str]:
    """``[t.text for t in doc]``."""
    strings = doc.vocab.strings
    return [strings[h] for h in doc.to_array(ORTH).tolist()]


def token_lowers(doc: Doc) -> list[str]:
    """``[t.lower_ for t in doc]``."""
    strings = doc.vocab.strings
    return [strings[h] for h in doc.to_array(LOWER).tolist()]


def token_starts(doc: Doc) -> list[int]:
    """``[t.idx for t in doc]``."""
    return doc.to_array(IDX).tolist()


def load_base(pipeline: str) -> Language:
    try:
        return spacy.load(pipeline)
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {pipeline!r} is not installed; run `make demo` or "
            f"`pip install` the package, or set FOOTPRINT_PIPELINE"
        ) from exc


def pipe_name(factory: str) -> str:
    """``footprint_places_v1`` -> ``places``."""
    return factory.removeprefix("footprint_").rsplit("_v", 1)[0]


@lru_cache(maxsize=4)
def build(pipeline: str, *, components: tuple[str, ...] | None = None) -> Language:
    """Load ``pipeline`` and append Footprint's components (all, or those named)."""
    register_extensions()
    nlp = load_base(pipeline)
    if "parser" in nlp.pipe_names:
        for factory, module in BEFORE_PARSER:
            importlib.import_module(module)
            nlp.add_pipe(factory, name=pipe_name(factory), before="parser")
    for factory, module in COMPONENTS:
        if components is not None and factory not in components:
            continue
        importlib.import_module(module)
        nlp.add_pipe(factory, name=pipe_name(factory))
    problems = {name: missing for name, missing in nlp.analyze_pipes(pretty=False)["problems"].items() if missing}
    if problems:
        # a component placed before what it reads would run on empty outputs, silently
        raise ModelError("pipeline out of order: " + "; ".join(
            f"{name} needs {', '.join(missing)} set by no component before it" for name, missing in problems.items()))
    return nlp
