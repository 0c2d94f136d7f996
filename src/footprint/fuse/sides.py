"""Who stands where in an event, read once from the actors registry for pair judgement.

* **kin** (``kin``): registry groups that reports conflate (a group and the group it split from, a branch
  and its parent); named in one role they do not veto a pair.
* **bystanders** (``speaking``): the UN office or news agency that is a report's own source, read as an
  actor of what it reports; it is no party.
* **sides** (``state_side``, ``opposite_sides``): the state's forces (armies, police, governments, the
  military contractors that fight beside them) against armed groups. The army's statement ("troops
  repelled an attack") and the group's claim ("our fighters stormed the post") each name only their own
  side as the one acting: in a fight these are the two sides of one event, not two attackers.
* **accounts** (``two_accounts``): one report that gives the army's version and the group's claim of one
  attack tells one event twice, in two voices.

Every table is read once (``lru_cache``), so a pair costs set look-ups only; with no registry the tables
are empty and every pair is judged as before these rules.
"""

from __future__ import annotations

from functools import lru_cache

from .clusters import default_actor_key

#: Registry actors of these kinds may report on fighting (the UN, OCHA, the ICRC, a news agency): one that
#: is the report's own source and not the target ("OCHA said shelling killed ten", read with OCHA as an
#: actor) is the speaker, not a party, and does not contradict a report that names the attackers.
#: Peacekeepers are of the same kind, so a body that is not the speaker still counts as a party.
BYSTANDER_TYPES = frozenset({"igo", "ngo", "source"})
#: Registry kinds on the state's side of a fight: its forces, its government, the country named as an
#: actor ("Turkey struck …") and the contractors that fight for it.
STATE_TYPES = frozenset({"state_force", "government", "country", "pmc"})
#: Registry kinds that fight the state.
NONSTATE_TYPES = frozenset({"armed_group"})
#: Type groups in which the two sides both act: a clash, an attack repelled, a town taken.
FIGHT_GROUPS = frozenset({"fight", "territory"})


def _registry():
    from ..actors import registry  # noqa: PLC0415 - the actors stage is optional here

    return registry()


def _keyer():
    return default_actor_key()


@lru_cache(maxsize=1)
def kin() -> dict[str, frozenset[str]]:
    """Actor key -> actor keys of its kin groups (``footprint.actors.registry.kin_table``), in the keys of
    ``clusters.default_actor_key``: read once, so a pair costs set look-ups only."""
    try:
        from ..actors.descriptors import kin_for  # noqa: PLC0415

        table = kin_for(_registry())
        key = _keyer()
    except Exception:  # no registry: no kin, every pair of registry actors may contradict, as before
        return {}
    out: dict[str, set[str]] = {}
    for actor_id, kin_ids in table.items():
        # both the folded key (a line of successors is one key) and the bare id, for a caller's own keys
        for k in {key(actor_id, actor_id), "a:" + actor_id}:
            out.setdefault(k, set()).update({key(x, x) for x in kin_ids} | {"a:" + x for x in kin_ids})
    return {k: frozenset(v - {k}) for k, v in out.items()}


def related(x: str, y: str) -> bool:
    """One actor key, or kin."""
    return x == y or y in kin().get(x, ())


def speaking(f) -> frozenset[str]:
    """The event's own source, with the bodies it belongs to ("the UN humanitarian office (OCHA)" gives
    both), where they are bystander bodies (``BYSTANDER_TYPES``) named as actors but not as the target."""
    if not f.speaker:
        return frozenset()
    parents = _bystanders()
    out, cur = set(), f.speaker
    while cur in parents and cur not in out:
        out.add(cur)
        cur = parents[cur]
    return frozenset(out - f.targets)


@lru_cache(maxsize=1)
def _bystanders() -> dict[str, str]:
    """Actor key of each registry body of a ``BYSTANDER_TYPES`` kind -> the key of its parent ("" for none).

    The UN office that counts the dead is often read as an actor of the attack it reports ("OCHA
    said shelling killed ten"); as the report's source it must not veto the report that names the
    shelling's perpetrator."""
    try:
        table = getattr(_registry(), "actors", {})
    except Exception:  # no registry: every registry key may contradict, as before
        return {}
    return {"a:" + a.id: ("a:" + a.parent if a.parent else "") for a in table.values() if a.type in BYSTANDER_TYPES}


@lru_cache(maxsize=1)
def _sides() -> dict[str, str]:
    """Actor key -> "state" or "group" for registry actors of ``STATE_TYPES`` / ``NONSTATE_TYPES``."""
    try:
        table = getattr(_registry(), "actors", {})
        key = _keyer()
    except Exception:  # no registry: no sides, every pair of registry actors may contradict, as before
        return {}
    out: dict[str, str] = {}
    for a in table.values():
        side = "state" if a.type in STATE_TYPES else "group" if a.type in NONSTATE_TYPES else ""
        if side:
            for k in {key(a.id, a.id), "a:" + a.id}:
                out.setdefault(k, side)
    return out


@lru_cache(maxsize=1)
def _force_country() -> dict[str, str]:
    """Actor key -> country of each registry state force that has one ("a:armed_forces.tg" -> "TG")."""
    try:
        table = getattr(_registry(), "actors", {})
        key = _keyer()
    except Exception:  # no registry: no countries, every country contradiction vetoes, as before
        return {}
    out: dict[str, str] = {}
    for a in table.values():
        if a.type == "state_force" and a.country:
            for k in {key(a.id, a.id), "a:" + a.id}:
                out.setdefault(k, a.country.upper())
    return out


def force_countries(keys: frozenset[str]) -> frozenset[str]:
    """The countries of the registry state forces among ``keys``."""
    table = _force_country()
    return frozenset(c for k in keys if (c := table.get(k)))


def state_side(keys: frozenset[str]) -> str:
    """"state" or "group" when every key is a registry actor of that side, else ""."""
    sides, side = _sides(), ""
    for k in keys:
        s = sides.get(k, "")
        if not s or (side and s != side):
            return ""
        side = s
    return side


def opposite_sides(group_a: str, group_b: str, known_a: frozenset[str], known_b: frozenset[str]) -> bool:
    """A fight in which one report names only the state's side and the other only the armed group's.

    "Troops repelled an attack on their post" (the army as the one acting) and "our fighters stormed the
    post" (the group as the one acting) are the two sides of one clash: no contradiction. Both reports
    naming the state's forces, or both naming armed groups, are judged by roles as before."""
    if group_a not in FIGHT_GROUPS or group_b not in FIGHT_GROUPS:
        return False
    sa, sb = state_side(known_a), state_side(known_b)
    return bool(sa and sb and sa != sb)


def two_accounts(a, b) -> bool:
    """Two events of one report told in two voices of the two sides: the army's statement and the armed
    group's claim of one attack ("the army said … JNIM said its fighters destroyed the convoy").

    Both cite a claimant the actors stage resolved, the claimants are neither one actor nor kin, and
    each of them is a party to its own event (a claim, not a bystander's count). Such a pair is judged like
    two reports (place, date, actors); two events told in one voice stay apart, as before (a police
    statement that tells two attacks of one day tells two)."""
    if not a.speaker or not b.speaker or related(a.speaker, b.speaker):
        return False
    return all(any(related(f.speaker, k) for k in f.actors) for f in (a, b))
