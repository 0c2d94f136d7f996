"""The event vocabulary and trigger lexicon, loaded once from the YAML beside this module."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Iterable

import yaml

from ..errors import ConfigError

HERE = Path(__file__).parent

#: ACLED's six event types and 25 sub-event types (codebook 2023 wording).
ACLED_SUB_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
ACLED_SUBS: tuple[str, ...] = tuple(s for subs in ACLED_SUB_EVENT_TYPES.values() for s in subs)
ACLED_TYPE_OF_SUB: dict[str, str] = {s: t for t, subs in ACLED_SUB_EVENT_TYPES.items() for s in subs}

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT", "DISAPPROVE",
)

#: Verbs that say who rides in a vehicle or is in a building: "a bus carrying pilgrims", "a hall housing the
#: displaced". Hitting, stopping or ambushing the thing hits them.
CARRY_VERBS = frozenset("""carry transport ferry convey bring take shelter house""".split())
#: Vehicles that carry people (civilian ones included: no armed force's gear).
CARRIERS = frozenset("""bus minibus taxi tricycle van coach train ferry canoe pirogue rickshaw jeep car vehicle truck
    lorry convoy tanker trailer""".split())


@dataclass(frozen=True)
class EventType:
    name: str
    label: str
    plover: str | None
    acled: tuple[str, str] | None
    acled_civilian: tuple[str, str] | None
    mode: str | None
    priority: int

    def acled_for(self, civilian_target: bool) -> dict[str, str | None]:
        pair = self.acled_civilian if (civilian_target and self.acled_civilian) else self.acled
        if not pair:
            return {"event_type": None, "sub_event_type": None}
        return {"event_type": pair[0], "sub_event_type": pair[1]}


@dataclass(frozen=True)
class Lexicon:
    #: key (lemma or "lemma particle") -> frames, for verbs and for nouns
    verbs: dict[str, tuple[str, ...]]
    nouns: dict[str, tuple[str, ...]]
    modes: tuple[tuple[str, frozenset[str]], ...]
    classes: dict[str, frozenset[str]]

    def in_class(self, key: str, cls: str) -> bool:
        return key in self.classes.get(cls, frozenset())

    @cached_property
    def verb_words(self) -> frozenset[str]:
        return key_words(self.verbs)

    @cached_property
    def noun_words(self) -> frozenset[str]:
        return key_words(self.nouns)


def key_words(table: dict[str, tuple[str, ...]]) -> frozenset[str]:
    """The words of a table's keys ("hand over" gives "hand", "over"; "sit-in" also "sit", "in")."""
    parts = {w for key in table for w in key.split()}
    return frozenset(parts | {p for w in parts for p in w.split("-")})


def _pair(value, where: str) -> tuple[str, str] | None:
    if value is None:
        return None
    if not (isinstance(value, list) and len(value) == 2):
        raise ConfigError(f"{where}: an ACLED mapping must be [event_type, sub_event_type]")
    etype, sub = value
    if ACLED_TYPE_OF_SUB.get(sub) != etype:
        raise ConfigError(f"{where}: {etype!r} / {sub!r} is not an ACLED event type pair")
    return (etype, sub)


def parse_vocabulary(data: object, source: str = "vocabulary") -> dict[str, EventType]:
    if not isinstance(data, dict) or not isinstance(data.get("types"), dict):
        raise ConfigError(f"{source}: expected a mapping with 'types'")
    out: dict[str, EventType] = {}
    for name, spec in data["types"].items():
        if not isinstance(spec, dict):
            raise ConfigError(f"{source}: type {name!r} must be a mapping")
        plover = spec.get("plover")
        if plover is not None and plover not in PLOVER_TYPES:
            raise ConfigError(f"{source}: type {name!r} has unknown PLOVER type {plover!r}")
        out[name] = EventType(
            name=name,
            label=str(spec.get("label", name)),
            plover=plover,
            acled=_pair(spec.get("acled"), f"{source}: {name}"),
            acled_civilian=_pair(spec.get("acled_civilian"), f"{source}: {name}"),
            mode=spec.get("mode"),
            priority=int(spec.get("priority", 0)),
        )
    return out


#: Classes the filters and argument rules index directly (the others may be absent: no word is in them).
REQUIRED_CLASSES = frozenset({"armed_agent", "conditional_mark", "hedge_aux", "intent", "intent_noun", "light_verb"})


def _words(value: object, where: str) -> list[str]:
    """A list of words, lower-cased; a word listed twice is a slip in the file, not a stronger cue."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise ConfigError(f"{where}: expected a list of words")
    words = [str(w).lower() for w in value]
    seen: set[str] = set()
    dup = [w for w in words if w in seen or seen.add(w)]
    if dup:
        raise ConfigError(f"{where}: listed twice: {', '.join(sorted(set(dup)))}")
    return words


def parse_lexicon(data: object, source: str = "triggers", frames: Iterable[str] | None = None) -> Lexicon:
    """The trigger lexicon; ``frames``: the frames that have rules (default: those of ``rules.RESOLVERS``).
    A frame with no rule would fail on the first document that uses it: it fails here instead."""
    if not isinstance(data, dict) or not isinstance(data.get("frames"), dict):
        raise ConfigError(f"{source}: expected a mapping with 'frames'")
    if frames is None:
        from .rules import RESOLVERS  # rules reads this module: imported on use

        frames = RESOLVERS
    known = set(frames)
    verbs: dict[str, list[str]] = {}
    nouns: dict[str, list[str]] = {}
    for frame, spec in data["frames"].items():
        if frame not in known:
            raise ConfigError(f"{source}: frame {frame!r} has no rule (known: {', '.join(sorted(known))})")
        if not isinstance(spec, dict):
            raise ConfigError(f"{source}: frame {frame!r} must be a mapping with 'verbs' and/or 'nouns'")
        for key in _words(spec.get("verbs"), f"{source}: {frame}.verbs"):
            verbs.setdefault(key, []).append(frame)
        for key in _words(spec.get("nouns"), f"{source}: {frame}.nouns"):
            nouns.setdefault(key, []).append(frame)
    for section in ("modes", "classes"):
        if not isinstance(data.get(section) or {}, dict):
            raise ConfigError(f"{source}: {section!r} must be a mapping")
    modes = tuple((mode, frozenset(_words(words, f"{source}: modes.{mode}")))
                  for mode, words in (data.get("modes") or {}).items())
    classes = {c: frozenset(_words(words, f"{source}: classes.{c}")) for c, words in (data.get("classes") or {}).items()}
    missing = REQUIRED_CLASSES - set(classes)
    if missing:
        raise ConfigError(f"{source}: classes missing: {', '.join(sorted(missing))}")
    return Lexicon(
        verbs={k: tuple(v) for k, v in verbs.items()},
        nouns={k: tuple(v) for k, v in nouns.items()},
        modes=modes,
        classes=classes,
    )


def _load_yaml(path: Path):
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read {path.name}: {exc}", source=str(path)) from exc


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, EventType]:
    return parse_vocabulary(_load_yaml(HERE / "vocabulary.yaml"), "vocabulary.yaml")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return parse_lexicon(_load_yaml(HERE / "triggers.yaml"), "triggers.yaml")
