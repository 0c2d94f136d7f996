"""Which words around a capitalized name say "place": a locative preposition ("in", "near", "between"), a place
noun with "of" ("residents of", "the region of"), a settlement slot ("the villages of A and B", "the Grea quarter of
X"), the next item of a list that began in one; and which words may sit inside a name. Read by ``recognize``."""

from __future__ import annotations

from spacy.tokens import Doc

#: lower-case words that may sit inside a name ("Trinidad and Tobago", "Nioro du Sahel")
CONNECTORS = frozenset(
    "of de du des del della di da do dos das la le les el al ul bin ibn and on upon sur am an der den von van y e i".split()
)
JOINERS = frozenset({"-", "'", "’", "&"})
#: Arabic articles written joined to the next word by a hyphen ("Ras al-Ain", "Deir ez-Zor", "Jisr ash-Shughur");
#: only in that form: "as", "at" and "an" alone are English words
HYPHEN_ARTICLES = frozenset("al el ul ad adh ar as ash at ath az ed en er es et ez".split())


def _is_cap(text: str) -> bool:
    return text[:1].isupper() or (text[:1].isdigit() and len(text) > 1 and text[-1:].isalpha())


def _joins(doc: Doc, k: int) -> bool:
    """Token k joins two words of one name; a hyphen between spaces is a dash ("Wash. - The")."""
    t = doc[k].text
    if t not in JOINERS:
        return False
    return t != "-" or not (doc[k].whitespace_ or (k > 0 and doc[k - 1].whitespace_))


#: prepositions after which a capitalized name is nearly always a place ("killed in Djibo")
LOCATIVE_PREPS = frozenset("in at near outside around inside into towards toward between across via outskirts".split())
#: nouns that make "<noun> of X" a place phrase ("residents of Djibo", "the region of Mopti")
PLACE_NOUNS = frozenset(
    """residents inhabitants people outskirts suburbs heart centre center town city village villages region
    province state district commune cercle department prefecture county municipality governorate oblast
    north south east west northeast northwest southeast southwest north-east north-west south-east south-west
    outskirt vicinity area areas road roads route streets market markets mayor governor
    neighbourhood neighborhood neighbourhoods neighborhoods quarter quarters suburb districts parts port township
    townships municipalities communes entrance entrances exit gates edge environs periphery""".split()
)


#: lower-case words that may stand between a locative preposition and the name they describe
PLACE_ADJECTIVES = frozenset(
    """rural urban neighbouring neighboring nearby northern southern eastern western central north-eastern
    north-western south-eastern south-western northeastern northwestern southeastern southwestern remote
    outlying restive""".split()
)


#: verbs of moving people or goods whose "from" names a place ("reinforcements were flown from X")
SENT_FROM = frozenset(
    "sent flown deployed redeployed dispatched evacuated transferred airlifted trucked bused bussed".split())


def locative(doc: Doc, i: int, prev_locative: bool = False) -> bool:
    """The name starting at token ``i`` follows a locative preposition ("in", "near", "between"),
    a place noun with "of" ("residents of"), or continues a list that does ("between Mopti and Gao")."""
    k = i - 1
    if k >= 0 and doc[k].lower_ in PLACE_ADJECTIVES:
        k -= 1  # "in rural Tarvosk", "in neighbouring Ondrel township": the adjective describes the place
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 0:
        return False
    w = doc[k].lower_
    if w in LOCATIVE_PREPS:
        return True
    if w in {"'s", "’s"}:
        # "in Russia's Krasnodar region": the possessor's preposition governs the name
        k -= 1
        while k >= 0 and k > i - 6 and (_is_cap(doc[k].text) or doc[k].text in JOINERS):
            k -= 1
        return k >= 0 and doc[k].lower_ in LOCATIVE_PREPS
    if w == "of" and k > 0 and (doc[k - 1].lower_ in PLACE_NOUNS or settlement_of(doc, i)):
        return True
    if w in {"to", "from"} and k > 0 and doc[k - 1].pos_ == "NOUN":
        return True  # "convoys to Djibo", "reinforcements from Tillabéri" (not "according to X")
    if w == "from" and k > 0 and doc[k - 1].lower_ in SENT_FROM:
        return True  # "troops were sent from Kandi": people or goods moved, so the name is where they were
    if w == "to" and _from_name_before(doc, k):
        return True  # "fled from Rafah to Khan Younis": the second end of a journey between two places
    if w in DEPARTURE_VERBS and doc[k].pos_ in {"VERB", "AUX"} and _ends_a_departure(doc, i):
        return True  # "waiting to leave Debre Tabor for the capital", "fled Kherson, residents said"
    if w == "of" and k > 0 and doc[k - 1].text == "," and _closes_apposition(doc, i):
        return True  # "Ms Adeyemi, of Brisk, said": where a person lives
    if w in {"and", "or", ","}:
        if prev_locative:
            return True
        # "between Namsiguia and Djibo": the list's first name may be one the gazetteer lacks
        k = _item_start(doc, k - 1, i - 8)
        if k >= i - 2 or k < 0:
            return False
        return doc[k].lower_ in LOCATIVE_PREPS or settlement_of(doc, k + 1)
    return False


#: verbs whose object is the place left: "leave X for Y", "fled X"
DEPARTURE_VERBS = frozenset("leave leaves leaving left flee flees fled fleeing quit quits quitting".split())
#: what may follow the place left: the far end ("for Y", "to Y") or the clause's end; "left Tarvo weakened" or
#: "leave Tarvo in charge" name a person
_DEPARTURE_NEXT = frozenset({"for", "to", "towards", "toward", ",", ".", ";"})


#: lower-case words inside one name ("Boucle du Mouhoun", "Kafr el Sheikh"); "and" and "on" join two names or
#: start a time ("fled X and Y", "left X on Monday"), so they end it
_NAME_INNER = CONNECTORS - {"and", "on", "upon"}


def name_end(doc: Doc, i: int, longest: int = 6) -> int:
    """The token after the capitalised name starting at token ``i`` (``i`` itself when none starts there):
    capitalised words, the marks that join them, and a lower-case particle between two of them."""
    j = i
    while j < len(doc) and j < i + longest and (_is_cap(doc[j].text) or _joins(doc, j) or (
            doc[j].lower_ in _NAME_INNER and j > i and j + 1 < len(doc) and _is_cap(doc[j + 1].text))):
        j += 1
    return j


def _ends_a_departure(doc: Doc, i: int) -> bool:
    """The name starting at token ``i`` is followed by the far end of the journey or the clause's end."""
    j = name_end(doc, i)
    return j > i and j < len(doc) and doc[j].lower_ in _DEPARTURE_NEXT


def _item_start(doc: Doc, k: int, floor: int) -> int:
    """The token before the capitalized name ending at ``k`` ("Aita al-Shaab": connectors and hyphen-joined
    articles inside it are part of it); ``floor`` bounds the walk back."""
    while k >= 0 and k > floor:
        t = doc[k].text
        if _is_cap(t) or t in JOINERS:
            k -= 1
        elif t.lower() in CONNECTORS | HYPHEN_ARTICLES and k > 0 and _is_cap(doc[k - 1].text) \
                and (_is_cap(doc[k + 1].text) or doc[k + 1].text in JOINERS):
            k -= 1
        else:
            break
    return k


#: nouns of a settlement or a part of one: "the villages of A and B", "the Grea quarter of X", "the town of X" name
#: the places after them
SETTLEMENT_NOUNS = frozenset(
    """village villages town towns city locality localities hamlet hamlets commune communes quarter quarters
    neighbourhood neighborhood municipality settlement settlements""".split()
)


#: parts of a settlement: "the northern entrance of X", "the outskirts of X" say X is a town or village
SETTLEMENT_PARTS = frozenset("entrance entrances exit outskirts outskirt suburbs environs periphery gates".split())


def part_of_settlement(doc: Doc, i: int) -> bool:
    """The name starting at token ``i`` follows "the [side] <part of a settlement> of" ("the northern entrance
    of", "the outskirts of"): nobody has an entrance or outskirts but a place."""
    k = i - 1
    if k < 2 or doc[k].lower_ != "of" or doc[k - 1].lower_ not in SETTLEMENT_PARTS or not doc[k - 1].text.islower():
        return False
    k -= 2
    if k >= 0 and doc[k].lower_ in PLACE_ADJECTIVES:
        k -= 1
    return k >= 0 and doc[k].lower_ in {"the", "its", "their"}


#: list items walked back to the slot that opened the list: a list of names with no slot before it is walked
#: for every item, so the walk is bounded (news lists of villages are far shorter)
SLOT_LIST_ITEMS = 20


def settlement_of(doc: Doc, i: int) -> bool:
    """The name starting at token ``i`` follows "the <settlement noun> of" ("the villages of", "the town of", "the
    Grea quarter of": one capitalized name may stand between "the" and the noun), or continues a list that does."""
    for _ in range(SLOT_LIST_ITEMS):
        k = i - 1
        if k >= 2 and doc[k].lower_ == "of" and doc[k - 1].lower_ in SETTLEMENT_NOUNS and doc[k - 1].text.islower():
            break  # "the villages of"
        if k < 1 or doc[k].lower_ not in {"and", "or", ","}:
            return False
        b = _item_start(doc, k - 1, i - 8)
        if not 0 <= b < i - 2:
            return False
        i = b + 1  # the list's item before
    else:
        return False
    k = i - 3
    while k >= 0 and k > i - 6 and _is_cap(doc[k].text) and doc[k].lower_ not in {"the", "this", "that"}:
        k -= 1  # "the Grea quarter of"
    return k >= 0 and doc[k].lower_ in {"the", "this", "that"}


def _from_name_before(doc: Doc, k: int) -> bool:
    """Token ``k`` ("to") follows "from <Name>": "from Goma to Sake", "from the Kursk region to"…"""
    k -= 1
    if k >= 0 and doc[k].lower_ in {"region", "province", "state", "district", "area", "city", "town"}:
        k -= 1
    start = k
    while k >= 0 and k > start - 6 and (_is_cap(doc[k].text) or doc[k].text in JOINERS):
        k -= 1
    if k == start:
        return False
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 0 and doc[k].lower_ == "from"


def _closes_apposition(doc: Doc, i: int) -> bool:
    """The capitalized name from ``i`` is followed by a comma or a sentence end: ", of Brisk," is an
    apposition saying where someone lives, ", of Brisk Holdings Ltd" would not end there."""
    k = i
    while k < len(doc) and (_is_cap(doc[k].text) or doc[k].text in JOINERS):
        k += 1
    return k < len(doc) and doc[k].text in {",", ".", ";", ")"}


#: nouns right after a name that make it a place whatever NER says ("Brisk residents")
PLACE_AFTER = frozenset("residents inhabitants natives suburbs outskirts neighbourhood neighborhood".split())


def _place_noun_after(doc: Doc, j: int) -> bool:
    return j < len(doc) and doc[j].lower_ in PLACE_AFTER


#: lower-case frames after a name that make it a place's ("the Oicha health zone", "the Joda border crossing",
#: "the Galkayo regional offices"): humanitarian and security reports name sites and offices so
PLACE_FRAMES_AFTER = (
    ("health", "zone"), ("health", "zones"), ("health", "district"), ("health", "area"), ("border", "crossing"),
    ("border", "post"), ("border", "point"), ("crossing", "point"), ("regional", "office"),
    ("regional", "offices"), ("field", "office"), ("district", "office"), ("area", "office"), ("sub-office",),
    ("checkpoint",), ("crossing",),
)


def place_frame_after(doc: Doc, j: int) -> bool:
    """The name ending before token ``j`` is followed by one of ``PLACE_FRAMES_AFTER``."""
    for frame in PLACE_FRAMES_AFTER:
        if j + len(frame) <= len(doc) and all(doc[j + k].text == w for k, w in enumerate(frame)):
            return True
    return False
