"""What a number counts: the counted noun (after the number, before it, or guessed), the kind of count
(personnel, a casualty kind, equipment, a capacity, other) from the cues around it, and the numbers that
count nothing (years, dates, model names, numbered names)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .numbers import _TENS, _UNITS, APPROX, AT_LEAST, LESS_THAN, MONTHS, MORE_THAN, UP_TO, _Num
from ..nlp import doc_parsed

KINDS = ("personnel", "capacity", "fatalities", "injured", "abducted", "detained", "displaced", "equipment", "other")
#: Kinds that count people struck by an event (never a strength).
CASUALTY_KINDS = frozenset({"fatalities", "injured", "abducted", "detained", "displaced"})

PERSONNEL_NOUNS = frozenset("""troops troop soldiers soldier personnel members member fighters fighter mercenaries
    mercenary contractors contractor men instructors instructor trainers advisers advisors officers officer
    peacekeepers militants militant jihadists insurgents rebels servicemen commandos gendarmes policemen recruits
    staff operatives operative paratroopers marines guards gunmen combatants militiamen volunteers forces
    specialists experts pilots crew reinforcements assailants attackers terrorists bandits raiders extremists
    separatists insurgent jihadist rebel gunman assailant attacker terrorist bandit commanders commander
    vigilantes vigilante jawans""".split())
PEOPLE_NOUNS = frozenset("""people civilians villagers persons residents children women men passengers workers
    students miners herders farmers traders worshippers refugees migrants hostages individuals bodies suspects
    prisoners detainees captives schoolchildren schoolgirls schoolboys pupils boys girls journalists
    smugglers traffickers poachers protesters demonstrators fishermen elders shepherds pilgrims motorists""".split())
EQUIPMENT_NOUNS = frozenset("""vehicles vehicle trucks truck tanks tank aircraft helicopters helicopter drones drone
    jets jet planes plane warplanes rifles rifle weapons guns motorcycles motorbikes pickups pickup apcs artillery
    rockets rocket missiles missile mortars mortar boats boat launchers systems howitzers ammunition rounds
    armoured armored""".split())
#: Animals are never people: stolen cattle are kind ``other``.
ANIMAL_NOUNS = frozenset("""cattle cows cow goats goat sheep camels camel donkeys donkey horses horse livestock
    animals chickens oxen bulls heads""".split())
OTHER_UNITS = {"%": "percent", "percent": "percent", "per": "percent", "pourcent": "percent", "km": "km",
               "kilometres": "km", "kilometers": "km", "miles": "miles", "dollars": "currency", "euros": "currency",
               "francs": "currency", "$": "currency", "€": "currency", "usd": "currency", "eur": "currency",
               "cfa": "currency", "£": "currency", "tonnes": "tonnes", "tons": "tonnes", "hectares": "hectares",
               "kg": "kg", "years": "years", "days": "days", "months": "months", "weeks": "weeks", "hours": "hours",
               "minutes": "minutes", "metres": "m", "meters": "m", "kilograms": "kg", "kilogrammes": "kg",
               "kilos": "kg", "grams": "g", "grammes": "g", "litres": "litres", "liters": "litres",
               "gallons": "gallons", "barrels": "barrels"}
#: What goods are counted in ("30 bags of fertiliser", "12 sacks of grain"): a seizure of them takes no hostages.
CONTAINER_NOUNS = frozenset("""bags sacks cartons boxes crates bales packets parcels jerrycans drums truckloads
    loads bundles bottles containers""".split())

CAPACITY_CUES = ("capable of housing", "capable of hosting", "capable of accommodating", "capacity of",
                 "capacity for", "can accommodate", "can house", "can hold", "able to accommodate", "able to house",
                 "room for", "accommodate", "accommodating", "house up to", "housing", "designed for",
                 "built for", "space for", "beds for")
FATAL_CUES = frozenset("""killed killing kill kills dead died die dies deaths death toll fatalities slain lives
    massacred executed casualties perished tues morts neutralised neutralized neutralising neutralizing neutralise
    neutralize eliminated eliminating eliminate liquidated annihilated murdered slaughtered beheaded
    neutralises neutralizes eliminates beheading behead beheads massacring slaughtering murdering""".split())
INJURED_CUES = frozenset("wounded wounding injured injuring injuries hurt blesses".split())
ABDUCT_CUES = frozenset("""abducted abducting abduction kidnapped kidnapping kidnap hostage hostages seized taken
    captive enleves rescued rescuing freed freeing liberated liberating""".split())
#: Arrests and captures: people held by the side that took them (the communiqué's "apprehended", "captured").
DETAIN_CUES = frozenset("""arrested arresting arrest arrests detained detaining detain detention apprehended
    apprehending apprehend captured capturing capture captures""".split())
#: Cues of several words, with their kind ("put out of action", "took out").
PHRASE_CUES = {("put", "out", "of", "action"): "fatalities", ("putting", "out", "of", "action"): "fatalities",
               ("took", "out"): "fatalities", ("taken", "out"): "fatalities", ("taking", "out"): "fatalities",
               ("shot", "dead"): "fatalities", ("gunned", "down"): "fatalities", ("taken", "prisoner"): "detained",
               ("rounded", "up"): "detained", ("in", "custody"): "detained", ("taken", "hostage"): "abducted",
               ("lost", "their", "lives"): "fatalities", ("lost", "his", "life"): "fatalities",
               ("lost", "her", "life"): "fatalities", ("bodies", "of"): "fatalities",
               ("took", "away"): "abducted", ("taken", "away"): "abducted", ("led", "away"): "abducted"}
#: Phrase cues that begin with a loss verb yet tell deaths whatever the noun: "eight guards lost their lives".
LIVES_LOST = frozenset(p for p, k in PHRASE_CUES.items() if p[0] == "lost")
#: Tokens that make the word before them an owner: "the driver's licence", "their lives' savings".
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
#: Places and ends of care: someone "taken to hospital" or "for treatment" was moved to be treated, not abducted.
CARE_NOUNS = frozenset("hospital hospitals clinic clinics infirmary ward wards treatment health medical".split())
#: Buildings are never counted ("burned hundreds of homes"), whatever verb is near.
BUILDING_NOUNS = frozenset("""homes home houses house buildings building huts hut shops shop dwellings shelters
    schools mosques churches granaries stores""".split())
#: People set free are counted as held before: detainees were detained, anyone else was abducted.
FREED = frozenset("rescued rescuing freed freeing liberated liberating".split())
HELD_NOUNS = frozenset("prisoners detainees inmates suspects".split())
#: Words that open another clause: a casualty cue after them tells of other people.
CLAUSE_OPENERS = frozenset("""where when while after before because but although though whereas until whom
    whose""".split())
#: "lost nine men": a toll, only for people right after the verb.
LOSS_CUES = frozenset("lost lose loses losing".split())
DISPLACED_CUES = frozenset("displaced displacing fled flee fleeing refugees idps uprooted deplaces".split())
SENT_WORDS = frozenset("""sent deployed dispatched stationed based arrived deploy deployment send""".split())

#: Words before a number that make it part of a name ("Resolution 2100", "Route 7").
NAME_BEFORE = frozenset("""resolution article route highway no no. number chapter section camp sector brigade
    battalion regiment division unit flight page decree law code room level phase""".split())


def _skip(doc: Doc, words: list[str], num: _Num, date_spans: list[tuple[int, int]]) -> bool:
    first = doc[num.num_start]
    a, b = doc[num.start].idx, doc[num.end - 1].idx + len(doc[num.end - 1])
    if any(s < b and a < e for s, e in date_spans):
        return True
    prev = words[num.num_start - 1] if num.num_start else ""
    nxt = words[num.end] if num.end < len(doc) else ""
    if prev in MONTHS or nxt in MONTHS:
        return True
    # model names and numbered names: "Su-24", "MiG 29", "Resolution 2100"
    if prev == "-" and num.num_start >= 2 and doc[num.num_start - 2].is_alpha:
        return True
    if num.num_start and doc[num.num_start - 1].whitespace_ == "" and doc[num.num_start - 1].is_alpha:
        return True
    if prev.rstrip(".") in NAME_BEFORE:
        return True
    if (num.num_start and doc[num.num_start - 1].is_title and doc[num.num_start - 1].is_alpha
            and not doc[num.num_start - 1].is_sent_start and prev not in _QUALIFIER_WORDS):
        return True
    if num.end < len(doc) and doc[num.end].text in (":", "/") and num.end + 1 < len(doc) and doc[num.end + 1].like_num:
        return True  # times and fractions
    # a bare year: four digits 1800-2100 that count nothing
    if re.fullmatch(r"1[89]\d\d|20\d\d|2100", first.text) and num.lo == num.hi and nxt not in _COUNTABLE:
        return True
    return False


_MODEL = re.compile(r"^[A-Za-z]+-?\d+[A-Za-z]*$")
_CLAUSE = frozenset(";,:—–()")
_QUALIFIER_WORDS = frozenset(w for p in (APPROX | AT_LEAST | MORE_THAN | LESS_THAN | UP_TO) for w in p.split())
_COUNTABLE = PERSONNEL_NOUNS | PEOPLE_NOUNS | EQUIPMENT_NOUNS | ANIMAL_NOUNS
#: Words before a number that name the counted noun before them: "protesters numbering about 2,000".
NUMBERING = frozenset("numbering numbered totalling totaling totalled totaled".split())
#: Words after a number whose noun was said before: "250 of them", "fewer than 2,000 now".
_BACK_REF = frozenset("them whom those these".split())
#: Words between "N of" and the noun of a group the number is a part of: "three of its fighters".
PARTITIVE_OWNERS = frozenset("its their the his her our these those".split())
_BARE_END = frozenset("now today left remain remained remaining still".split())


def _counted_noun(doc: Doc, words: list[str], j: int, s_hi: int) -> int | None:
    """The list noun counted by a number ending before token ``j``: up to three modifiers, model names skipped
    ("three T-72 tanks", "four BMP-2 vehicles"), and the last noun of a compound ("a dozen pickup trucks")."""
    k, seen = j, 0
    if k + 2 < s_hi and words[k] == "of" and words[k + 1] in PARTITIVE_OWNERS:
        k += 2  # "one of its fighters", "two of the soldiers": a part of a group named by its noun
    while k < s_hi and seen < 4:
        if words[k] in _COUNTABLE:
            while k + 1 < s_hi and words[k + 1] in _COUNTABLE and doc[k + 1].is_alpha:
                k += 1
            if doc_parsed(doc) and doc[k].dep_ == "compound" and k < doc[k].head.i <= k + 2 \
                    and doc[k].head.pos_ == "NOUN" and all(doc[x].is_alpha for x in range(k, doc[k].head.i + 1)):
                k = doc[k].head.i
            return k
        if _MODEL.match(doc[k].text):
            k += 1
            continue  # "three Su-24 jets"
        if doc[k].is_alpha and k + 2 < s_hi and words[k + 1] == "-" and doc[k + 2].like_num \
                and doc[k].whitespace_ == "" and doc[k + 1].whitespace_ == "":
            k += 3
            continue  # a model name split by the tokenizer: "T - 72"
        if not doc[k].is_alpha or words[k] in ("and", "or", "were", "was", "had", "have", "of", "in"):
            return None
        k, seen = k + 1, seen + 1
    return None


def _antecedent(doc: Doc, words: list[str], num: _Num, s_lo: int, s_hi: int,
                last_noun: tuple[int, int] | None) -> int | None:
    """The counted noun said before a number with none after it: "protesters numbering about 2,000"; "had some
    5,000 members; today it has fewer than 2,000"; "600 refugees, 250 of them children"."""
    k = num.start - 1
    if k - 1 >= s_lo and words[k] in NUMBERING and words[k - 1] in _COUNTABLE:
        return k - 1
    if last_noun is None or last_noun[0] != s_lo:
        return None
    nxt = num.end
    if nxt < len(doc) and words[nxt] == "-" and doc[nxt - 1].whitespace_ == "":
        return None  # "a 19-year-old": a compound, no count
    if nxt >= s_hi or (nxt < len(doc) and (words[nxt] in _CLAUSE or doc[nxt].is_punct or words[nxt] in _BARE_END)) \
            or (nxt + 1 < s_hi and words[nxt] == "of" and words[nxt + 1] in _BACK_REF):
        return last_noun[1]
    return None


def lives_lost(words: list[str], j: int) -> bool:
    """Whether tokens from ``j`` tell deaths with a loss verb: "eight guards lost their lives", never "lost their
    lives' savings" (a possessive after the phrase makes the lives an owner)."""
    for parts in LIVES_LOST:
        if tuple(words[j:j + len(parts)]) == parts:
            return (words[j + len(parts):j + len(parts) + 1] or [""])[0] not in POSSESSIVE_MARKS
    return False


def _cue_word(words: list[str], j: int) -> tuple[str | None, int]:
    """(kind, length in tokens) of the casualty cue starting at token ``j``, or (None, 0)."""
    w = words[j]
    for parts, kind in PHRASE_CUES.items():
        if w == parts[0] and tuple(words[j:j + len(parts)]) == parts:
            if parts in LIVES_LOST and not lives_lost(words, j):
                break  # "lost their lives' savings" lost money, not lives
            return kind, len(parts)
    if w == "taken" and words[j + 1:j + 2] in (["to"], ["for"]) and CARE_NOUNS.intersection(words[j + 2:j + 6]):
        return None, 0  # "taken to hospital", "taken for treatment"
    if w == "lives" and j + 1 < len(words) and words[j + 1] in POSSESSIVE_MARKS:
        return None, 0
    kind = ("fatalities" if w in FATAL_CUES else "injured" if w in INJURED_CUES
            else "detained" if w in DETAIN_CUES else "abducted" if w in ABDUCT_CUES
            else "displaced" if w in DISPLACED_CUES else "fatalities" if w in LOSS_CUES else None)
    return kind, (1 if kind else 0)


def _cue_kind(doc: Doc, words: list[str], lo: int, hi: int, sent_lo: int,
              sent_hi: int) -> tuple[str | None, int, int]:
    """The casualty kind whose cue is nearest to tokens lo..hi in the number's clause: (kind, distance, cue
    token). Before the number a cue is looked for five tokens back ("killed about 20"); after it, through the
    rest of the clause, across a list of counted groups ("three gendarmes, two drivers and nine attackers were
    killed"), up to a word that opens another clause ("after", "where")."""
    best, dist, at = None, 99, -1
    a, b = max(sent_lo, lo - 6), min(sent_hi, hi + 16)
    # a cue counts only inside the number's clause
    for j in range(lo - 1, a - 1, -1):
        if words[j] in _CLAUSE:
            a = j + 1
            break
    for j in range(hi + 1, b):
        nxt = j + 1 < len(doc) and (doc[j + 1].like_num or words[j + 1] in _UNITS or words[j + 1] in _TENS)
        if (words[j] in _CLAUSE and not (words[j] == "," and nxt)) or words[j] in CLAUSE_OPENERS:
            b = j
            break
    j = a
    while j < b:
        kind, size = _cue_word(words, j)
        if kind is None:
            j += 1
            continue
        last = j + size - 1
        d = lo - last if last < lo else max(0, j - hi)  # a cue in the span itself: "20 hostages"
        if (kind == "displaced" or "of" in words[lo:j]) and lo < j < hi:
            # a modifier ("killing seven displaced people") or the group a part is taken from ("one of the wounded
            # rangers died"): a verb cue near the number tells their fate
            d = 4
        elif j > hi and _partitive(words, hi, j):
            d += 4
        # a tie between a cue before and one after: "one soldier died and three of its fighters were wounded",
        # the cue before belongs to the conjunct before "and"
        if d < dist or (d == dist and j > hi and 0 <= at < lo and "and" in words[at:lo]):
            best, dist, at = kind, d, j
        j += size
    if best is not None and words[at] == "toll" and lo > at and words[lo - 1] == "to":
        # "bringing the death toll from the blast to three": the number the toll is brought to, whatever is
        # told between them of what the toll counts
        dist = min(dist, 1)
    if best is None and (toll := _toll_reaching(doc, lo)) >= 0:
        # "the toll from Sunday's ambush on the Dikwa road rose to 14": the attack named between the toll and
        # its number puts the toll past the window, the parse still ties them
        best, dist, at = "fatalities", 1, toll
    return best, dist, at


def _toll_reaching(doc: Doc, lo: int) -> int:
    """The token of "toll" whose verb's "to" governs the number at ``lo`` ("the toll ... rose to 14"), or -1. The
    toll must say what it counts ("from the ambush", "death toll"): "the toll for using the expressway was raised
    to 1,200" is a fee."""
    to = doc[lo].head
    if lo == 0 or to.lower_ != "to" or to.dep_ != "prep" or to.i != lo - 1:
        return -1
    for c in to.head.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ == "toll" and _toll_counts(c):
            return c.i
    return -1


def _toll_counts(toll: Token) -> bool:
    """A toll that tells what it counts: the event it is "from", "of" or "in", or a noun before it ("death")."""
    return any((c.dep_ == "prep" and c.lower_ in ("from", "of", "in")) or (c.dep_ == "compound" and c.lower_ in
               _TOLL_COUNTING) for c in toll.children)


#: Nouns before "toll" that make it a count of people ("the death toll"), not a fee ("the bridge toll").
_TOLL_COUNTING = frozenset({"death", "casualty", "casualties", "fatality", "victim", "human"})


#: Words that open the group a part is taken from: "one of the wounded", "two of those injured".
_PARTITIVE_DETS = frozenset({"the", "those", "its", "their"})


def _partitive(words: list[str], hi: int, j: int) -> bool:
    """A cue inside "of the …" right after the number ("One of the wounded rangers died"): it names the group the
    count is taken from, so a verb cue of the clause, even a little further, tells what befell the part."""
    return hi + 2 < len(words) and words[hi + 1] == "of" and words[hi + 2] in _PARTITIVE_DETS and j <= hi + 4


#: Dependencies of a verb's objects: a cue verb with one is done by its subject, not suffered ("killed a chief").
_OBJECT_DEPS = frozenset({"dobj", "obj"})


def doers(doc: Doc, noun: int | None, cue_at: int) -> bool:
    """The counted noun is the subject of the active casualty verb that strikes someone else ("Two gunmen on
    foot shot dead a trader", "three men killed a chief"): the count is of the attackers, never a toll. A verb
    with no object ("two soldiers died") or a passive one keeps the count a toll."""
    if noun is None or not doc_parsed(doc) or not 0 <= cue_at < len(doc) or cue_at <= noun:
        return False
    subj = doc[noun]
    if subj.dep_ != "nsubj":
        return False
    verb, cue = subj.head, doc[cue_at]
    # "two gunmen on a motorcycle shot dead a headman": the parser may read "shot" as a noun and make "dead", with
    # the subject and the object, the verb
    verbal = verb.pos_ in ("VERB", "AUX") or (verb.pos_ == "ADJ" and verb.lower_ == "dead")
    if not verbal or not (cue.i == verb.i or (cue.i + 1 == verb.i and verb.lower_ == "dead") or (
            cue.head.i == verb.i and cue.dep_ in ("acomp", "advcl", "oprd", "xcomp", "amod"))):
        return False  # "shot dead": the parser hangs "dead" on the verb
    if verb.lower_ in LOSS_CUES or verb.lemma_.lower() == "lose":
        return False  # "nineteen civilians lost their lives": their own deaths
    return any(c.dep_ in _OBJECT_DEPS for c in verb.children) and not any(
        c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _listed_before(doc: Doc, words: list[str], start: int, cue_at: int) -> bool:
    """Only other counted groups and a passive's auxiliaries lie between ``start`` and the cue after it:
    "two drivers and a nurse were wounded"."""
    if cue_at < start:
        return False
    run = 0
    for k in range(start, cue_at):
        w = words[k]
        if w in _LIST_WORDS or doc[k].like_num:
            run = 0
        elif doc[k].is_alpha and run < 2:
            run += 1
        else:
            return False
    return True


_LIST_WORDS = frozenset(""", and a an were was been being had have has at least about some nearly more than others
    other""".split()) | _QUALIFIER_WORDS


def _noun_guess(doc: Doc, words: list[str], num: _Num, s_hi: int) -> int | None:
    """The counted noun when no list word names it: the parser's head of the number, else the first plural
    word after it ("four smugglers")."""
    last = doc[num.end - 1]
    if doc_parsed(doc) and last.dep_ == "nummod" and num.end <= last.head.i < min(num.end + 4, s_hi) \
            and last.head.pos_ in ("NOUN", "PROPN") and last.head.is_alpha:
        return last.head.i
    for k in range(num.end, min(num.end + 3, s_hi)):
        if not doc[k].is_alpha or words[k] in _STOP:
            return None
        if len(words[k]) > 3 and (words[k].endswith("s") and not words[k].endswith("ss") or words[k].endswith("men")):
            return k
    return None


_STOP = frozenset("""and or were was had have has of in at on to from by with the a an who which that are is been
    be near during after before""".split())


def _cited(words: list[str], start: int, end: int, s_hi: int) -> bool:
    """People quoted as sources ("according to two officers", "three residents who spoke to ...") are no count."""
    before = words[max(0, start - 3):start]
    if before[-2:] == ["according", "to"] or before == ["according", "to", "the"]:
        return True
    return end + 1 < s_hi and words[end] == "who" and words[end + 1] in ("spoke", "asked", "requested", "declined")


def _capacity_before(words: list[str], start: int, sent_lo: int) -> bool:
    window = " ".join(words[max(sent_lo, start - 6):start])
    return any(window.endswith(c) or f"{c} " in window + " " for c in CAPACITY_CUES)
