"""Metonymy: a country or capital standing for its government ("Russia said", "Moscow's decision"), a seat of
government for the government, and the verbs whose object is a place that was hit or taken."""

from __future__ import annotations

from spacy.tokens import Doc

from .match import Match
from ..nlp import doc_parsed

#: verbs whose subject, when a country or capital, is a government acting
AGENT_VERBS = frozenset(
    """say tell announce accuse deny warn condemn sign agree respond reject insist claim demand sanction support
    back deploy send veto threaten vow call urge decide refuse seek want plan expel recognize recognise blame
    welcome praise criticize criticise pledge promise offer invite host negotiate oppose approve order declare
    confirm report argue believe hope fear push pressure ask retaliate respond vote impose lift suspend
    withdraw recall summon protest invade attack annex arm fund help aid""".split()
)

#: nouns that make "Country's ___" a government or people, not a place
AGENT_NOUNS = frozenset(
    """government leader leaders president prime minister ministers officials official authorities junta regime
    military army forces troops commitment effort efforts search policy policies decision ability support
    influence ally allies relations response position stance interests diplomacy diplomats ambassador envoy
    economy ties opposition parliament congress administration intelligence security strategy ambitions
    campaign involvement presence promise promises reliance""".split()
)

SEAT_FEATURES = frozenset({"S.GOVERNMENT_SEAT"})


#: verbs whose object, when the gazetteer knows it, is a place that was hit or taken ("shelling hit Kherson")
TARGET_VERBS = frozenset(
    """hit strike shell bomb attack raid storm overrun besiege capture seize retake recapture liberate
    enter reach encircle surround target""".split()
)


#: past forms of TARGET_VERBS for a Doc without lemmas
TARGET_FORMS = frozenset(
    """hit struck shelled bombed attacked raided stormed overran overrun besieged captured seized retook recaptured
    liberated entered reached encircled surrounded targeted took""".split()
)
#: words after "took X" that make X a person ("took him hostage")
TAKEN_PERSON = frozenset("hostage hostages prisoner prisoners captive captives away aside part".split())


def _targeted(doc: Doc, i: int, j: int) -> bool:
    # the parse can miss the object when the small model tags the town as an entity of another kind
    # ("captured Kyaukme on Monday" as ORG): the verb's past form right before the name says the same
    if i > 0 and doc[i - 1].lower_ in TARGET_FORMS and (doc[i - 1].pos_ == "VERB" or not doc.has_annotation("POS")):
        return not (doc[i - 1].lower_ == "took" and j < len(doc) and doc[j].lower_ in TAKEN_PERSON)
    if not doc_parsed(doc):
        return False
    root = doc[j - 1]
    return root.dep_ == "dobj" and root.head.lemma_.lower() in TARGET_VERBS and root.head.i < i


def _metonymy(doc: Doc, m: Match) -> None:
    cands = m.candidates
    if any(c.feature in SEAT_FEATURES for c in cands):
        prev = doc[m.tok_start - 1].lower_ if m.tok_start > 0 else ""
        if doc[m.tok_start - 1 : m.tok_start].text.lower() == "the" and m.tok_start > 1:
            prev = doc[m.tok_start - 2].lower_
        if prev not in {"in", "at", "inside", "outside", "near", "to", "from"}:
            m.kind = "metonymic"
            m.reasons.append("seat of government standing for the government")
        return
    if not any(c.feature in {"A.PCLI", "P.PPLC", "A.ZN"} for c in cands):
        return
    last = doc[m.tok_end - 1]
    nxt = doc[m.tok_end] if m.tok_end < len(doc) else None
    if nxt is not None and nxt.text in {"'s", "’s", "'", "’"}:
        head = nxt.head if doc_parsed(doc) else None
        noun = head if head is not None and head.i > nxt.i else (doc[m.tok_end + 1] if m.tok_end + 1 < len(doc) else None)
        # skip adjectives: "Moscow's apparent commitment"
        k = m.tok_end + 1
        while k < len(doc) and k < m.tok_end + 4 and doc[k].pos_ in {"ADJ", "ADV"}:
            k += 1
        cand_nouns = {doc[k].lemma_.lower() if k < len(doc) else "", doc[k].lower_ if k < len(doc) else ""}
        if noun is not None:
            cand_nouns |= {noun.lemma_.lower(), noun.lower_}
        if cand_nouns & AGENT_NOUNS:
            m.kind = "metonymic"
            m.reasons.append("possessor of an agent noun")
        return
    if doc_parsed(doc):
        if last.dep_ in {"nsubj", "nsubjpass"} and last.head.pos_ in {"VERB", "AUX"}:
            if last.head.lemma_.lower() in AGENT_VERBS:
                m.kind = "metonymic"
                m.reasons.append(f"subject of '{last.head.lemma_}'")
                return
    if nxt is not None:
        w = nxt.lower_
        if w in {"said", "says", "announced", "accused", "denied", "warned", "condemned", "insisted", "claimed"}:
            m.kind = "metonymic"
            m.reasons.append(f"subject of '{w}'")
