"""Names of armed actors used for art and artists: "an orchestra played Wagner", "Wagner's operas", "the Red Army
Choir". The composer and the choir are no armed actors; the matcher drops such mentions."""

from __future__ import annotations

from spacy.tokens import Doc

from ..nlp import doc_parsed

#: Words after a name that make it an ensemble or a venue: "the Red Army Choir", "the Wagner Festival".
ENSEMBLE_HEADS = frozenset("""choir chorus orchestra ensemble band ballet theatre theater festival museum quartet
    philharmonic opera""".split())
#: Works a person's name owns: "Wagner's operas", "Wagner's music".
WORK_NOUNS = frozenset("""opera operas symphony symphonies music concerto concertos overture overtures song songs
    novel novels poem poems painting paintings album albums ballad ballads aria arias score scores""".split())
#: Verbs whose object is a work or its maker when it is a name: "played Wagner", "conducted Wagner".
PERFORM_VERBS = frozenset("play perform conduct sing stage".split())
_ACTOR_TYPES = frozenset({"armed_group", "pmc", "state_force"})


def _ensemble(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].text[:1].isupper() and doc[end].lower_ in ENSEMBLE_HEADS


def _work(doc: Doc, end: int) -> bool:
    return end + 1 < len(doc) and doc[end].lower_ in ("'s", "’s") and doc[end + 1].lower_ in WORK_NOUNS


def _performed(doc: Doc, start: int, end: int) -> bool:
    """A one-word name that is the object of a verb of performance ("played Wagner")."""
    if end - start != 1 or not doc_parsed(doc):
        return False
    tok = doc[start]
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in PERFORM_VERBS


def is_art(doc: Doc, start: int, end: int, type_: str | None) -> bool:
    """Whether the armed actor named at tokens ``start:end`` is an artist, a work or an ensemble here."""
    if type_ not in _ACTOR_TYPES:
        return False
    return _ensemble(doc, end) or _work(doc, end) or _performed(doc, start, end)
