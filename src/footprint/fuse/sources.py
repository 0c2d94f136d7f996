"""Independent sources: who says so, counted once however often it is copied.

Rule (see docs/fusion.md):

* Documents that nearly duplicate each other (``documents.copy_of``, MinHash)
  form one **copy group**: a syndicated or re-posted article is the same
  source as its original, whatever its title, URL or publisher line.
* Within a copy group, the **voices** of a claim are the claimants its
  events cite ("according to CSIS", "Reuters reported"); where none of the
  group's events for that claim cites anyone, the voice is the group's
  publisher (the smallest publisher name in the group, so it does not depend
  on which copy came first), or the group itself when no publisher is known.
  An unnamed officer or spokesman of a named body ("a police officer") is
  that body; an unnamed official of no named body is the outlet's voice.
* One statement relayed by two outlets is one voice: a body one report names unresolved is the actor
  another report of the claim resolved its words to; an unnamed party ("a resistance unit") beside the
  one claimant the claim names is that claimant.
* **Independent sources** = the number of distinct voices over all copy
  groups. Two articles citing the same claimant count once; two publishers
  each reporting on their own count twice. Denied claims never corroborate:
  they are kept as contradictions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .spelling import OUTLET_NAME

_SECOND_LEVEL = {"co", "com", "org", "gov", "ac", "net", "edu", "mil"}


def voice_name(name: str | None) -> str | None:
    """Fold a claimant or publisher name to a comparable voice: ``www.reuters.com`` and ``Reuters`` agree."""
    if not name:
        return None
    return _voice_name(name)


@lru_cache(maxsize=4096)  # a store has few publishers and claimants, each met once per evidence item
def _voice_name(name: str) -> str | None:
    s = name.strip().lower()
    s = re.sub(r"^https?://", "", s).split("/")[0]
    s = re.sub(r"^www\.", "", s)
    if " " not in s and "." in s:
        # a domain: its registered name ("edition.cnn.com" and "cnn.co.uk" are both "cnn")
        labels = [x for x in s.split(".") if x][:-1]
        if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
            labels = labels[:-1]
        s = labels[-1] if labels else s
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[^\w]+", " ", s).strip()
    return s or None


#: People who speak for no organisation: a report that cites only them is the outlet's own reporting.
_LOCAL_PEOPLE = frozenset("""
resident residents witness witnesses eyewitness eyewitnesses elder elders villager villagers local locals
farmer farmers herder herders trader traders survivor survivors relative relatives inhabitant inhabitants
neighbour neighbours neighbor neighbors people person man men woman women youth youths driver drivers
passenger passengers family families fisherman fishermen shopkeeper shopkeepers worshipper worshippers
""".split())
_LOCAL_WORDS = _LOCAL_PEOPLE | frozenset("""
a an the and or some several many other two three four few local nearby of one
""".split())
#: Where unnamed people live ("camp residents", "village leaders"): words that name no organisation.
_LOCALITY_WORDS = frozenset("""
camp camps village villages community communities neighbourhood neighborhood neighbourhoods neighborhoods
town towns market displaced traditional religious tribal clan district area rural
""".split())
#: Leaders speak for their village or clan when a locality word says so ("village leaders"); alone or
#: beside a name ("a CJTF leader") they may lead a body, so they are not local people by themselves.
_LOCAL_LEADERS = frozenset("leader leaders chief chiefs head heads notable notables".split())
#: "the army's Eighteenth Brigade", "the ministry's spokesman": a unit or an office speaks for its owner.
_UNIT_RE = re.compile(
    r"^(?P<owner>.+?)['’]s?\s+(?:[\w-]+\s+){0,3}?(?:brigade|battalion|division|regiment|unit|command|"
    r"spokesman|spokeswoman|spokesperson|press office|media office|media wing|office)s?$", re.I)


# Every pattern below is linear in its input, however hostile (a claimant is normalised upstream, but these
# are public): a split on "<spaces>word<spaces>" starts only where a run of spaces starts ("(?<!\s)") and
# takes the run whole ("\s++"); tried at each space of a run, as a plain "\s+" is, it reads the rest of
# the run each time, so a run of n spaces cost n * n steps. Same splits as before: a shorter run is
# followed by a space, never by the word.
_WHERE_SPLIT_RE = re.compile(r"(?<!\s)\s++(?:in|at|from|near|of the|on|around|who)\s+")


def is_local_voice(claimant: str | None) -> bool:
    """Residents, witnesses, elders, "a local farmer": unnamed people who speak for no organisation.

    Words after "in", "at", "from" or "near" only say where they are ("residents of the town")."""
    if not claimant:
        return False
    # "one of the residents" is residents ("of the" would otherwise end the head at "one")
    head = _WHERE_SPLIT_RE.split(_PARTITIVE_RE.sub("", claimant.strip().lower(), count=1), maxsplit=1)[0]
    words = re.findall(r"[a-z]+", head)
    if not words or not all(w in _LOCAL_WORDS or w in _LOCALITY_WORDS or w in _LOCAL_LEADERS for w in words):
        return False
    return any(w in _LOCAL_PEOPLE for w in words) or (
        words[-1] in _LOCAL_LEADERS and any(w in _LOCALITY_WORDS for w in words))


#: Unnamed people who speak for whatever body the words around them name ("a police officer", "a
#: ministry official", "security sources"); with no body named they speak for none.
_PERSON_HEADS = frozenset("""
official officials officer officers spokesman spokeswoman spokesperson spokespeople source sources
commander commanders employee employees member members staff worker workers representative
representatives aide aides
""".split())
#: Words that name no body: "a senior official", "local officials", "a security source" (which of
#: several services is not said, so no one body can be credited).
_VAGUE_WORDS = _LOCAL_WORDS | frozenset("""
senior junior high ranking high-ranking top unnamed anonymous security informed reliable knowledgeable
""".split())
#: The field a worker works in, not a body: "a health worker", "aid workers", "a humanitarian worker" speak for
#: no organisation that can be named (an "official" of a field is a body's: "a health official").
_WORK_FIELDS = frozenset("health aid humanitarian medical relief rescue".split())
_WORKERS = frozenset({"worker", "workers"})
_BODY_OF_RE = re.compile(r"(?<!\s)\s++(?:of|for|from|with|at)\s+(?:the\s+)?(?P<body>.+)$", re.I)
_PERSON_SPLIT_RE = re.compile(r",|(?<!\s)\s++(?:in|near|around|who|said|told|speaking|familiar|close)\s+")
#: "one of the sources", "two of the officials": some of the people named after it, who speak as they do
_PARTITIVE_RE = re.compile(r"^(?:one|two|three|some|several|many|most|each|another|either|both|all) of (?:the |those |these )?",
                           re.I)


def _person_body(claimant: str) -> str | None:
    """For an unnamed person of a body, the body's words ("police" for "a police officer in the town",
    "ministry of defence" for "an official of the ministry of defence"); "" where no body is named
    ("a senior official", "local officials", "one of the sources": the outlet's own reporting); None where
    the claimant is not an unnamed person."""
    text = _PARTITIVE_RE.sub("", _PERSON_SPLIT_RE.split(claimant.strip(), maxsplit=1)[0], count=1)
    m = _BODY_OF_RE.search(text)
    head, body = (text[: m.start()], m.group("body")) if m else (text, None)
    words = re.findall(r"[\w'’-]+", head)
    if not words or words[-1].lower() not in _PERSON_HEADS:
        return None
    before = [w for w in words[:-1] if w.lower() not in _VAGUE_WORDS]
    if body is None and words[-1].lower() in _WORKERS and all(w.lower() in _WORK_FIELDS for w in before):
        return ""  # "a local health worker": the outlet's own reporting
    if body is not None and not before:
        return body
    return " ".join(before)


#: "a resistance unit", "an armed group", "one of the militias": a party the text does not name (an article or
#: "one" and lowercase words only; a name the registry knows is resolved upstream and never read so).
_UNNAMED_PARTY_RE = re.compile(r"^(?:a|an|one|another)(?:\s++[a-z][\w'’-]*+)++$")


#: the head nouns of a party, an armed body or its fighters (singular; a plural "s" is dropped): "a doctor", "a
#: resident", "a local journalist" are persons with a voice of their own, no party relayed
_PARTY_NOUNS = frozenset("""unit group militia faction force brigade battalion cell column movement front army
    coalition organisation organization outfit wing fighter rebel insurgent militant commander""".split())
_HEAD_ENDS = frozenset("of at in from near with on for to inside".split())


def is_unnamed_party(claimant: str | None) -> bool:
    """"a resistance unit", "an armed group", "one of the militias": a party that speaks with no name of its own."""
    if not claimant or len(claimant) > 200 or not _UNNAMED_PARTY_RE.match(claimant.strip()):
        return False
    words = claimant.split()
    if len(words) > 2 and words[1] == "of":
        words = words[2:]  # "one of the militias": the party is after "of"
    head = next((w for w, nxt in zip(words, words[1:] + [""]) if nxt in _HEAD_ENDS or not nxt), "")
    return head in _PARTY_NOUNS or (head.endswith("s") and head[:-1] in _PARTY_NOUNS)


_TOLD = r",?\s+(?:told|speaking\s+to|quoted\s+by|in\s+an\s+interview\s+with)\s+" + OUTLET_NAME
# starting at a word's first letter only: a search trying each letter of a long word was quadratic
_CITING = r"(?<![\w'’&.-])" + OUTLET_NAME + r",?\s+(?:reported|said|wrote|quoted)(?:\s+on\s+\w+)?,?\s+citing\s+"


def outlet_cited(sentence: str | None, claimant: str | None) -> str | None:
    """The outlet an unnamed speaker spoke through: "a security source told Sahel Dispatch", "Bamako Wire
    reported, citing a local official". None where the sentence names none beside the claimant's words.

    A roundup that repeats such a line passes on that outlet's reporting, not its own: the information
    comes from the outlet the speaker told, so the line is that outlet's voice (``claim_voices``)."""
    if not sentence or not claimant or len(claimant) > 200:
        return None
    who = re.escape(claimant.strip())
    m = re.search(who + _TOLD, sentence) or re.search(_CITING + who, sentence)
    return _outlet_voice(m.group("outlet")) if m else None


@lru_cache(maxsize=1024)
def _agency_voice(publisher: str) -> str | None:
    """The registry's name of the news agency a publisher's folded name is ("afp" from afp.com), else None.
    A short one-word name is also tried as the acronym it is written as ("AFP")."""
    for words in (publisher, publisher.upper()) if len(publisher) <= 6 and " " not in publisher else (publisher,):
        actor_id = _lookup(words)
        actor = registry_actor(actor_id) if actor_id else None
        if actor is not None and getattr(actor, "type", None) == "source":
            return _registry_voice(actor_id)
    return None


def _outlet_voice(words: str) -> str | None:
    """An outlet's words as a voice: the registry's name of a news agency it names ("AFP"), else its words."""
    r = _named(words.rstrip("."))
    return r.voice or voice_name(words)


@dataclass(frozen=True, slots=True)
class Said:
    """What one claimant's words tell of the body it speaks for, read once per distinct claimant."""

    voice: str | None  # None: the outlet's own voice (unnamed local people, an official of no named body)
    key: str | None = None  # registry id the words name ("a:…"): given by the actors stage or looked up
    country: str | None = None  # alpha-2 of a country named with the body ("Colombia's National Police")
    body: str | None = None  # the body's words without the country, canonical ("national police")
    acronym: str | None = None  # an acronym the claimant spells out ("… of the Philippines (AFP)")


def claimant_voice(claimant: str | None, claimant_key: str | None = None) -> str | None:
    """The voice a claimant stands for, or None where it is the outlet's own (unnamed local people).

    A claimant the actors stage resolved (``claimant_key``, e.g. ``a:armed_forces.so`` for "Somalia's
    army"), or whose words the registry knows exactly ("Amnesty", "the UN"), is that actor, whatever
    words each report uses; a unit or office speaks for its owner. An unnamed official, officer or
    spokesman speaks for the body named beside them ("a police officer" is the police); one with no
    body named ("a senior official") is the outlet's own reporting. A body named with its country
    ("Ukraine's Ministry of Defence", "the Sudanese police") is voiced "<country> <body>"; a state's
    army named with its country is that state's armed forces."""
    return said(claimant, claimant_key).voice


@lru_cache(maxsize=8192)  # a store repeats a few thousand claimants; each cluster asks for each of its items
def said(claimant: str | None, claimant_key: str | None = None) -> Said:
    """The claimant read as a voice, its registry key, its country and body (see ``claimant_voice``)."""
    if not claimant or is_local_voice(claimant):
        return Said(None)
    if claimant_key:
        return Said(_registry_voice(claimant_key.removeprefix("a:")), claimant_key)
    # one line: "." and "$" stop at a line break, so a body read "to the end" across one would be
    # tried again from every later word (quadratic); a claimant holds none once normalised upstream
    text, acronym = claimant.strip().replace("\n", " "), None
    m = _SPELLED_RE.match(text)
    if m:  # "the Armed Forces of the Philippines (AFP)": the name, and the acronym it gives
        text, acronym = m.group("name"), m.group("acronym")
    # "… in El Fasher": where the speaker sits says nothing of whom it speaks for
    bare = _SEAT_SPLIT_RE.split(text, maxsplit=1)[0]
    if _military(voice_name(bare)) == "army":
        return Said("army", body="army")
    m = _UNIT_RE.match(bare)
    if m:
        return _named(m.group("owner"), acronym)
    body = _person_body(bare)
    if body is not None:
        return _named(body, acronym) if body else Said(None)  # "": the outlet's voice
    return _named(bare, acronym)


_SEAT_SPLIT_RE = re.compile(r"(?<!\s)\s++(?:in|at|near|based in)\s++(?=[A-Z])")
# the shortest name before "(AFP)" at the end, spaces between dropped: the name ends at a non-space
# whose following spaces are taken whole (".+?\s*" read the rest of a run of spaces from each of them);
# "|\s" keeps the old reading of a name that is one space (a claimant is stripped, so never met)
_SPELLED_RE = re.compile(r"^(?P<name>.*?\S|\s)\s*+\((?P<acronym>[A-Z][A-Za-z]{1,7})\)$")


def _named(words: str, acronym: str | None = None) -> Said:
    """A body's words as a voice: the registry actor they name exactly, else the country they carry
    and the body's canonical words, else the words themselves."""
    voice = _military(voice_name(words))
    if not voice:
        return Said(None)
    if voice == "army" or voice in _GENERIC_ARMY:
        return Said(voice, body=voice, acronym=acronym)
    actor_id = _lookup(words)
    if actor_id:
        return Said(_registry_voice(actor_id), "a:" + actor_id, acronym=acronym)
    cc, body = _national(words)
    body = _canonical_body(body)
    if cc and body in _GENERIC_ARMY and registry_actor(f"armed_forces.{cc.lower()}") is not None:
        # "Nigeria's military", "the Sudanese troops": that state's forces, as the actors stage names them
        forces = f"armed_forces.{cc.lower()}"
        return Said(_registry_voice(forces), "a:" + forces, cc, body, acronym)
    if cc and body in _GOVERNMENT and registry_actor(f"government.{cc.lower()}") is not None:
        rulers = f"government.{cc.lower()}"  # "Mali's junta", "the Sudanese authorities"
        return Said(_registry_voice(rulers), "a:" + rulers, cc, body, acronym)
    if cc:
        return Said(f"{_country_name(cc)} {body}", None, cc, body, acronym)
    return Said(body or voice, None, None, body or voice, acronym)


#: Words for one state body, written several ways ("the Ministry of Defense", "the defence ministry").
_BODY_FORMS = (
    (re.compile(r"\bdefense\b"), "defence"),
    (re.compile(r"^ministry of (?:the )?(?:national )?(?P<what>[\w ]+)$"), r"\g<what> ministry"),
    (re.compile(r"^national (?=defence ministry$)"), ""),
    (re.compile(r"^foreign affairs ministry$"), "foreign ministry"),
    (re.compile(r"^mod$"), "defence ministry"),
    (re.compile(r"^(?P<what>(?:\w+ )*police) (?:force|service)$"), r"\g<what>"),
)
#: Words for a state's rulers as a whole: with the state named, its government.
_GOVERNMENT = frozenset({"government", "junta", "authorities", "regime", "military government"})
#: Heads of state bodies that a country name may precede without a possessive ("Nigeria Police Force").
_STATE_HEADS = frozenset("police army military ministry government presidency navy forces".split())


def _canonical_body(words: str | None) -> str | None:
    s = voice_name(words) if words else None
    if not s:
        return None
    for pattern, repl in _BODY_FORMS:
        s = pattern.sub(repl, s)
    return s.strip() or None


# "<body> of [the] <country>", the last "of" with no comma after it: the body takes everything up to the
# last comma at once ("(?>…)": no "of" before a comma can have a comma-free country after it), then the
# words after it; "\sof" is the one space before the "of" a greedy body leaves ("\s+of" read the rest of
# a run of spaces from each of them). Same match as "^(?P<body>.+)\s+of\s+(?:the\s+)?(?P<c>[^,]+)$"
# on one line of text (``said`` gives no other), in linear time.
_OF_COUNTRY_RE = re.compile(r"^(?P<body>(?>(?:.*,)?)[^,]*)(?<=.)\sof\s+(?:the\s+)?(?P<c>[^,]++)$", re.I)


def _national(words: str) -> tuple[str | None, str]:
    """(alpha-2, the body's words) where the words name a country with the body: "Colombia's National
    Police", "the Sudanese army", "the Ministry of Defence of Ukraine", "Nigeria Police Force"."""
    text = re.sub(r"^the\s+", "", words.strip(), flags=re.I)
    m = re.match(r"^(?P<c>[^'’]+?)['’]s?\s+(?P<body>.+)$", text)
    if m and (cc := _country(m.group("c"), ("name",))):
        return cc, m.group("body")
    m = _OF_COUNTRY_RE.match(text)
    if m and (cc := _country(m.group("c"), ("name",))):
        return cc, m.group("body")
    words_ = text.split()
    for n in (2, 1):
        if len(words_) <= n:
            continue
        head, body = " ".join(words_[:n]), " ".join(words_[n:])
        if cc := _country(head, ("demonym",)):
            return cc, body
        if _STATE_HEADS & set(body.lower().split()) and (cc := _country(head, ("name",))):
            return cc, body
    return None, words


def _country(words: str, kinds: tuple[str, ...]) -> str | None:
    """The one country these words name (as a country name or its adjective), else None."""
    found = {cc for cc, kind in _country_terms().get(voice_name(words) or "", ()) if kind in kinds}
    return next(iter(found)) if len(found) == 1 else None


@lru_cache(maxsize=1)
def _country_terms() -> dict[str, tuple[tuple[str, str], ...]]:
    """Folded country name or adjective -> ((alpha-2, kind), …), read once from the registry."""
    try:
        from ..actors import registry  # noqa: PLC0415 - the actors stage is optional here

        terms = registry().country_terms
    except Exception:  # no registry: no body is read with a country
        return {}
    out: dict[str, set[tuple[str, str]]] = {}
    for keys, rows in terms.items():
        name = voice_name(" ".join(keys))
        if name:
            out.setdefault(name, set()).update((cc, kind) for cc, kind, _ in rows)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _country_name(cc: str) -> str:
    return _registry_voice(f"country.{cc.lower()}") if registry_actor(f"country.{cc.lower()}") is not None else cc.lower()


@lru_cache(maxsize=4096)
def _lookup(words: str) -> str | None:
    """Registry id of the actor ``words`` name exactly ("Amnesty", "the UN"), else None."""
    try:
        from ..actors import registry  # noqa: PLC0415 - the actors stage is optional here

        actor = registry().lookup(words)
    except Exception:  # no registry: words stay words
        return None
    return actor.id if actor is not None else None


@lru_cache(maxsize=1024)
def registry_actor(actor_id: str):
    """The registry's actor of this id, else None (also where the registry cannot be read)."""
    try:
        from ..actors import registry  # noqa: PLC0415 - the actors stage is optional here

        return registry().get(actor_id)
    except Exception:  # no registry: ids and words stay as they are
        return None


#: A military unit or its staff ("the battalion commander", "the 20th Infantry Battalion", "the army
#: general staff") speaks for the army it belongs to; which army is read from the claim (``claim_voices``).
_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
             "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
#: "the battalion", "the 20th infantry battalion", "the sixth infantry division": a numbered or arm-named unit
#: (a "health division" or an "oil company" is no unit of an army, so only these words may come before it).
_MILITARY_UNIT_RE = re.compile(
    r"^(?:(?:army|military)\s+)?(?:(?:\d+(?:st|nd|rd|th)?|" + "|".join(_ORDINALS) + r"|infantry|armou?red|"
    r"mechani[sz]ed|motori[sz]ed|airborne|artillery|commando|special forces)\s+){0,3}"
    r"(?:battalion|brigade|division|regiment|garrison)$"
    r"|^(?:(?:army|military)\s+)?(?:general staff|high command)$|^(?:army|military)\s+(?:headquarters|command)$")


def _military(voice: str | None) -> str | None:
    return "army" if voice and _MILITARY_UNIT_RE.match(voice) else voice


@lru_cache(maxsize=1024)
def _registry_voice(actor_id: str) -> str:
    """A resolved claimant's voice, read as its registry name ("malian armed forces"), so that source
    lists show words a reader knows rather than ids; the id where the registry does not know it."""
    actor = registry_actor(actor_id)  # none: the id still tells voices apart
    return (voice_name(actor.name) if actor is not None else None) or actor_id


_ARMY_KEY = "armed_forces."
#: A state's forces named by their service alone: which state's is read from the claim's other reports.
_GENERIC_ARMY = frozenset({"army", "military", "armed forces", "troops", "soldiers", "forces"})
#: "the Sudanese army", "the Nigerian military": one adjective and a service word (a name the actors stage
#: did not resolve; a group called an army, such as the Arakan Army, is resolved and never read so).
_NATIONAL_ARMY_RE = re.compile(r"^\w+ (?:army|military|armed forces)$")


@dataclass(frozen=True, slots=True)
class DocSource:
    """A document's copy group and the voice it speaks with when it cites no one."""

    group: str  # smallest document id of the copy group
    publisher_voice: str  # "publisher:<name>" or "report:<group>"


def claim_voices(items: list[dict]) -> tuple[str, ...]:
    """Distinct voices of a claim from its evidence items.

    Each item: ``{"group", "publisher_voice", "claimant", "modality"}`` and optionally ``claimant_key``
    (the claimant's actor key). Denied items are ignored; unnamed local people ("residents") are the
    outlet's own voice.
    """
    by_group: dict[str, set[str]] = {}
    default: dict[str, str] = {}
    live = [it for it in items if it.get("modality") != "denied"]
    read = [said(it.get("claimant"), it.get("claimant_key")) for it in live]
    # "the army" one report did not resolve is the army another report of the claim resolved, when the
    # claim names one army only ("the army's Eighteenth Brigade" beside "Colombia's army")
    armies = {k for r in read if (k := (r.key or "").removeprefix("a:")).startswith(_ARMY_KEY)}
    army = _registry_voice(next(iter(armies))) if len(armies) == 1 else None
    countries = {c for it in items if (c := it.get("country"))}
    said_ = list(zip(live, _fold_names(read, live, countries), read, strict=True))
    if army is None and len(countries) == 1:
        # no report resolved an army, and the claim happened in one country: "the army", "the military"
        # and "troops" of its reports are that country's army, one voice; named by its adjective in one
        # report ("the Kurdish army") and by no other army name, it is that voice
        named = {c for _, c, r in said_ if c and not r.key and _NATIONAL_ARMY_RE.match(c)}
        army = next(iter(named)) if len(named) == 1 else "army"
    voiced: list[tuple[str, str | None, bool]] = []  # (group, voice, said by an unnamed party)
    for it, c, r in said_:
        g = it["group"]
        by_group.setdefault(g, set())
        default[g] = it["publisher_voice"]
        if c and army and not r.key and c in _GENERIC_ARMY:
            c = army
        if not c and it.get("via") and it["via"] not in (it.get("publishers") or ()):
            # an unnamed speaker who told another outlet: that outlet's reporting (who told the report's own
            # outlet leaves it the outlet's own, which a later report may only remind)
            voiced.append((g, it["via"], False))
            continue
        # its words read as they stand (not "a police officer", which is the police)
        unnamed = bool(c) and not r.key and c == voice_name(it.get("claimant")) and is_unnamed_party(it.get("claimant"))
        voiced.append((g, c, unnamed))
    # "a resistance unit said it took the post": an unnamed party in a claim that names one claimant is that
    # claimant relayed (a roundup's short line), not a voice of its own; beside two or none it stays its words
    named = {c for _, c, unnamed in voiced if c and not unnamed}
    for g, c, unnamed in voiced:
        if c:
            by_group[g].add("claimant:" + (next(iter(named)) if unnamed and len(named) == 1 else c))
    voices: set[str] = set()
    reminders = _reminders(live, by_group, default)
    for g, claimed in by_group.items():
        voices |= claimed or (set() if g in reminders else {default[g]})
    # a claimant and a publisher with the same name are one voice
    names = {v.split(":", 1)[1] if ":" in v and not v.startswith("report:") else v for v in voices}
    # a syndicated copy speaks with its original's voice: the publishers of one copy group are one
    # voice, so the original outlet's own later report counts once with the group (whichever came first)
    alias = _publisher_aliases(items)
    # a news agency's own report and a line that cites it ("AFP reported") are one voice: its publisher
    # name ("afp") is read as the registry's name of the agency where a claimant of the claim is that agency
    pubs = {v.split(":", 1)[1] for v in voices if v.startswith("publisher:")}
    alias.update({p: v for p in pubs if p not in alias and (v := _agency_voice(p)) and v != p and v in names})
    return tuple(sorted({alias.get(v, v) for v in names}))


def _reminders(items: list[dict], by_group: dict[str, set[str]], default: dict[str, str]) -> set[str]:
    """Copy groups that cite no one and only remind what their outlet's earlier report of the claim cited.

    An outlet's later report that cites no one ("the rebels who killed three soldiers last week") is the
    outlet reminding what it was told: it speaks with its cited report's voices, not its own. Only a
    report published after the cited one can remind it, and only one that tells no number the cited
    one did not: an outlet's first report told on its own stays its own voice whatever its later reports
    cite (a denial story that recalls who made the charge). Two reports of one day are ordered by their
    time where both give one (a correction the same afternoon reminds the morning report); where either
    date is unknown the numbers decide alone.
    """
    published: dict[str, tuple[str, str]] = {}
    numbers: dict[str, set[tuple]] = {}
    for it in items:
        g = it["group"]
        # (day, time or ""): a day alone sorts before any time of that day, so _earlier asks for both
        when = (it.get("published") or "", it.get("published_at") or "")
        if when[0] and (g not in published or when < published[g]):
            published[g] = when
        numbers.setdefault(g, set()).update(
            (q.get("kind"), q.get("min"), q.get("max")) for q in it.get("quantities") or ())
    cited = [h for h, claimed in by_group.items() if claimed]
    out: set[str] = set()
    for g, claimed in by_group.items():
        if claimed:
            continue
        for h in cited:
            if default[h] != default[g] or not numbers[g] <= numbers[h]:
                continue
            a, b = published.get(h), published.get(g)
            if a is None or b is None or _earlier(a, b):
                out.add(g)
                break
    return out


def _earlier(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """``a`` was published before ``b``: an earlier day, or the same day at an earlier time where both give
    one (the day alone cannot order two reports of one day)."""
    if a[0] != b[0]:
        return a[0] < b[0]
    return bool(a[1] and b[1]) and a[1] < b[1]


#: A body named by its head word alone ("the police", "the ministry") is the one body of that head a
#: report of the same claim names in full ("Colombia's National Police", "the defence ministry").
_BARE_HEADS = frozenset({"police", "ministry"})
_ACRONYM_RE = re.compile(r"^(?P<article>the\s+)?(?P<acronym>[A-Z][A-Za-z]{1,7})$")


def _fold_names(read: list[Said], items: list[dict], countries: set[str]) -> list[str | None]:
    """Each claimant's voice within one claim, names of one body folded to one voice.

    * One body named with and without its country ("the National Police", "Colombia's National
      Police") is one voice, unless two countries' bodies of that name are named: then the names with
      no country are the claim's country's body where the claim happened in one of them, else apart.
    * A head word alone ("the police", "the ministry") is the one body with that head the claim names
      in full; with two ("the defence ministry", "the interior ministry") it stays apart.
    * An acronym one report spells out ("the Armed Forces of the Philippines (AFP)") is that body in
      the other reports of the claim, when written as a body is ("the AFP said") or when the registry
      does not read it as another actor. "AFP reported", which the registry reads as the news agency,
      stays the agency: the two share letters, not a voice.
    """
    # bodies named with no registry id: body -> the countries they are named with
    by_body: dict[str, set[str]] = {}
    for r in read:
        if r.voice and not r.key and r.body:
            by_body.setdefault(r.body, set()).update({r.country} if r.country else ())
    home = next(iter(countries)) if len(countries) == 1 else None
    canon: dict[tuple[str | None, str], str] = {}  # (country, body) -> the voice of that body
    for body, ccs in by_body.items():
        if len(ccs) == 1:
            (cc,) = ccs
            canon[(None, body)] = canon[(cc, body)] = f"{_country_name(cc)} {body}"
        elif not ccs:
            canon[(None, body)] = body
        else:
            for cc in ccs:
                canon[(cc, body)] = f"{_country_name(cc)} {body}"
            if home in ccs:
                canon[(None, body)] = canon[(home, body)]
    for head in _BARE_HEADS & set(by_body):
        # the fuller bodies of that head, as folded above ("national police" -> "colombia national police")
        fuller = {canon[(cc, b)] for b, ccs in by_body.items() if b != head and b.split()[-1] == head
                  for cc in (ccs or {None})}
        own = by_body[head]  # countries the head word is named with ("the Colombian police")
        if len(fuller) == 1 and len(own) <= 1:
            whole = next(iter(fuller))
            if all(whole.startswith(_country_name(cc) + " ") for cc in own):
                for cc in own | {None}:
                    canon[(cc, head)] = whole
    out = [canon.get((r.country, r.body), r.voice) if r.voice and not r.key and r.body else r.voice for r in read]
    _fold_resolved(read, items, out)
    spelled: dict[str, set[tuple[str | None, str]]] = {}
    for r, v in zip(read, out, strict=True):
        if r.acronym and v:
            spelled.setdefault(r.acronym.lower(), set()).add((r.key, v))
    for i, (r, it) in enumerate(zip(read, items, strict=True)):
        m = _ACRONYM_RE.match((it.get("claimant") or "").strip())
        whole = spelled.get(m.group("acronym").lower()) if m and not r.acronym else None
        if whole and len(whole) == 1:
            (key, v), = whole
            if m.group("article") or not r.key or r.key == key:
                out[i] = v
    return out


def _fold_resolved(read: list[Said], items: list[dict], out: list[str | None]) -> None:
    """A body named unresolved in one report ("the ministry of the interior", a translation) is the registry
    actor another report of the claim resolved the same body's words to ("the interior ministry"): one
    statement relayed twice. Only where those words were resolved to one actor, of the body's country."""
    resolved: dict[str, set[tuple[str, str]]] = {}
    for r, it in zip(read, items, strict=True):
        if r.key and r.voice and (body := _resolved_body(it.get("claimant") or "")):
            resolved.setdefault(body, set()).add((r.key, r.voice))
    for i, r in enumerate(read):
        whole = resolved.get(r.body or "") if r.voice and not r.key else None
        if whole and len(whole) == 1:
            (key, voice), = whole
            if r.country is None or key.endswith("." + r.country.lower()):
                out[i] = voice


@lru_cache(maxsize=1024)
def _resolved_body(claimant: str) -> str | None:
    """The canonical body words of a resolved claimant ("defence ministry" for "the Ministry of Defence")."""
    bare = _SEAT_SPLIT_RE.split(claimant.strip().replace("\n", " "), maxsplit=1)[0]
    return _canonical_body(_national(bare)[1]) if bare else None


def _publisher_aliases(items: list[dict]) -> dict[str, str]:
    """Publisher name -> the smallest name of the publishers it shares a copy group with (transitively)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for it in items:
        pubs = it.get("publishers") or ()
        for p in pubs[1:]:
            a, b = find(pubs[0]), find(p)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {p: find(p) for p in parent}


def contradictions(items: list[dict], *, by_side: bool = False) -> list[dict]:
    """Claims that disagree, side by side with who says what.

    ``items``: ``{"event_id", "doc_id", "group", "voice", "modality", "date": [start, end] | None,
    "quantities": [{kind, min, max, side, side_key, …}]}``. Returns entries for ``strength`` (ranges
    of one kind that do not overlap), ``date`` (intervals that do not overlap) and ``modality``
    (denied beside reported).

    ``by_side``: numbers disagree only when they count the same side (``side_key``: "4 soldiers
    killed" and "11 militants killed" are two counts, not a dispute); numbers with no side compare
    only with each other. Off where the caller has already kept one side's numbers (a presence's
    strength, whose side-less "1,000 troops" are the actor's own). A copy group states a number
    once, however many copies repeat it.
    """
    out: list[dict] = []
    # strength: per kind (and side), non-overlapping ranges
    by_kind: dict[tuple[str, str | None], list[dict]] = {}
    seen: set[tuple] = set()
    for it in sorted(items, key=lambda it: it["event_id"]):
        for q in it.get("quantities") or ():
            lo = q.get("min") if q.get("min") is not None else q.get("max")
            hi = q.get("max") if q.get("max") is not None else lo
            if lo is None:
                continue
            kind = q.get("kind") or "other"
            side = _side_of(q) if by_side else None
            once = (kind, side, it.get("group") or it["doc_id"], lo, hi)
            if once in seen:  # a syndicated copy repeating its original's number
                continue
            seen.add(once)
            by_kind.setdefault((kind, side), []).append(
                {"min": lo, "max": hi, "voice": it["voice"], "event_id": it["event_id"], "doc_id": it["doc_id"]}
            )
    for (kind, side), claims in sorted(by_kind.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        if any(x["max"] < y["min"] or y["max"] < x["min"] for x in claims for y in claims):
            entry = {"field": "strength", "kind": kind, "claims": _sorted(claims)}
            if by_side:
                entry["side"] = side
            out.append(entry)
    dated = [it for it in items if it.get("date") and it["date"][0] and it["date"][1]]
    if any(x["date"][1] < y["date"][0] for x in dated for y in dated):
        out.append({"field": "date", "claims": _sorted(
            [{"start": it["date"][0], "end": it["date"][1], "voice": it["voice"], "event_id": it["event_id"],
              "doc_id": it["doc_id"]} for it in dated])})
    modalities = {it.get("modality") for it in items}
    if "denied" in modalities and modalities - {"denied"}:
        out.append({"field": "modality", "claims": _sorted(
            [{"modality": it.get("modality"), "voice": it["voice"], "event_id": it["event_id"],
              "doc_id": it["doc_id"]} for it in items])})
    return out


def _side_of(q: dict) -> str | None:
    """A number's side as fusion keys it; evidence stored before sides had keys falls back to the side's words."""
    if "side_key" in q:
        return q["side_key"]
    return q.get("side") or None


def _sorted(claims: list[dict]) -> list[dict]:
    return sorted(claims, key=lambda c: (str(c.get("start") or c.get("min") or ""), c["event_id"]))
