"""Whether the words around a name the small model tagged PERSON say person after all: a title, a verb of
speech, a person noun beside it, an age, a kin noun it possesses; and which places are known first as places."""

from __future__ import annotations

from spacy.tokens import Doc
from ..nlp import doc_parsed


def person_like(doc: Doc, i: int, j: int) -> bool:
    """A person after all: a title inside the name ("in Gen. Traoré's camp")."""
    return any(doc[k].lower_.rstrip(".") in {"mr", "mrs", "ms", "dr", "gen", "col", "president", "minister"} for k in range(i, j))


#: a populated place this large is better known as a place than as a person of the same name
MAJOR_CITY_POP = 1_000_000

#: words before or inside a name that make it a person's ("Mr Kingston", "Gen. Victoria")
TITLES = frozenset(
    """mr mrs ms miss dr prof sir madam lady lord gen col lt maj capt sgt cpl pte general colonel captain major
    lieutenant sergeant commander president minister premier chancellor senator governor mayor judge imam sheikh
    pastor father sister brother bishop rev reverend emir king queen prince princess""".split()
)

#: verbs of speech whose subject a name is a person's ("Victoria told reporters", "said Kingston")
SPEECH_VERBS = frozenset(
    """say tell add explain recall recount describe speak ask reply answer write testify state note insist
    claim admit complain shout whisper cry laugh smile""".split()
)
_SPEECH_FORMS = frozenset({"said", "says", "told", "tells", "added", "explained", "recalled", "asked", "replied", "wrote"})

#: nouns in apposition with a person's name ("Victoria, a teacher", "his daughter Victoria")
PERSON_NOUNS = frozenset(
    """man woman boy girl child mother father son daughter wife husband brother sister uncle aunt cousin widow
    grandmother grandfather nephew niece friend neighbour neighbor resident farmer herder trader teacher student
    pupil doctor nurse driver shopkeeper merchant fisherman journalist reporter spokesman spokeswoman
    spokesperson official officer soldier fighter commander leader activist witness survivor victim refugee
    mother-of-two father-of-two chief elder priest lawyer analyst researcher member""".split()
)

KIN_NOUNS = frozenset("mother father son sons daughter daughters wife husband brother sister uncle aunt cousin widow family".split())


def major_city(cands) -> bool:
    """A capital or a populated place of a million or more: known first as a place."""
    return any(
        c.kind != "demonym" and (c.feature == "P.PPLC" or ((c.feature or "")[:2] == "P." and c.population >= MAJOR_CITY_POP))
        for c in cands
    )


def person_context(doc: Doc, i: int, j: int) -> bool:
    """The words around a PERSON-tagged name say person: a title, a verb of speech with the name as its
    subject, a person noun in apposition, an age ("Victoria, 34,") or a kin noun it possesses."""
    if person_like(doc, i, j):
        return True
    before = doc[i - 1].lower_.rstrip(".") if i > 0 else ""
    if before in TITLES or before in PERSON_NOUNS:
        return True
    last = doc[j - 1]
    nxt = [doc[k] for k in range(j, min(len(doc), j + 4))]
    words = [t.lower_ for t in nxt]
    if words[:1] and words[0] in _SPEECH_FORMS:
        return True
    if words[:1] == [","] and len(words) > 1:
        rest = words[2:] if words[1] in {"a", "an", "the", "his", "her", "their", "our"} else words[1:]
        if rest and (rest[0] in PERSON_NOUNS or (words[1].isdigit() and len(words) > 2 and words[2] in {",", "-"})):
            return True
    if words[:1] in (["'s"], ["’s"]) and len(words) > 1 and words[1] in KIN_NOUNS:
        return True  # "Victoria's husband"
    if doc_parsed(doc):
        head = last.head
        if last.dep_ in {"nsubj", "nsubjpass"} and head.lemma_.lower() in SPEECH_VERBS:
            return True
        if last.dep_ == "appos" and head.lemma_.lower() in PERSON_NOUNS:
            return True
        if any(ch.dep_ == "appos" and ch.lemma_.lower() in PERSON_NOUNS for ch in last.children):
            return True
    return False
