"""Generic descriptors for the actor matcher: "the group", "the army", "gunmen", "members of X", "the group's
fighters", "the mission", police and unknown armed men. ``DescriptorRules`` is the half of ``matcher.DocMatcher``
that reads them, after the names and national phrases are taken; it uses the matcher's token helpers (``k``,
``taken``, ``head_at`` ...). ``Found`` is the mention both halves build, before it becomes a ``model.ActorMention``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

from ..sentence_lookup import sentence_number
from . import lexicon as lx
from .registry import Actor, Registry, accepts, kin_table
from ..nlp import doc_parsed


@dataclass
class Found:
    """A mention before it becomes a ``model.ActorMention`` (token offsets)."""

    start: int
    end: int
    actor: Actor | None
    via: str = "registry"
    metonymy: bool = False
    name: str | None = None  # for unknown actors
    type: str | None = None  # for unknown actors
    descriptor: tuple[str, ...] = ()  # types a generic descriptor may refer to (coref pending)
    leader_of: bool = False  # "its leader": resolve to the antecedent's leader
    bare: bool = False  # "soldiers" with no determiner: only the document's own forces, never an antecedent
    soft: bool = False  # bare "fighters": the group named earlier in the sentence, else kept as found
    #: the countries the words may name when they name several ("Congo", "Congolese"): coreference picks one
    countries: tuple[str, ...] = ()
    #: the country a nationality before a descriptor names ("Russian contractors"): only its groups fit
    nationality: str | None = None
    led: bool = False  # "the Kurdish-led administration": only a government the text names, never the state's own


class DescriptorRules:
    """Descriptor rules of ``DocMatcher`` (a mixin: the state and token helpers are the matcher's)."""

    def descriptors(self, found: list[Found]) -> list[Found]:
        by_start = {f.start: f for f in found if f.actor is not None}
        # units whose army coreference decides ("the Rapid Intervention Battalion", a name several armies use)
        self._coref_units = {f.start: f for f in found if f.actor is None and f.countries
                             and f.descriptor == ("state_force",)}
        out: list[Found] = []
        i = 0
        while i < self.n:
            if self.taken[i] or not self.keys[i]:
                i += 1
                continue
            hits = self._walk(self.trie.descriptors, i)
            hits = [h for h in hits if not any(self.taken[t] for t in range(i, h[0]))]
            if not hits:
                f = self._member_of(i, by_start)
                if f is not None:
                    out.append(f)
                    for t in range(f.start, f.end):
                        self.taken[t] = True
                    i = f.end
                    continue
                i += 1
                continue
            end, types, _ = hits[-1]
            phrase = " ".join(k for k in self.keys[i:end] if k)
            phrase = self.trie.phrase_of.get(phrase, phrase)
            f = self._descriptor(i, end, types, phrase, by_start)
            if f is not None:
                out.append(f)
                for t in range(f.start, f.end):
                    self.taken[t] = True
            i = end
        out += self._the_coalition(found + out)
        out += self._town_garrisons()
        return out + self._led_force(found + out)

    def _town_garrisons(self) -> list[Found]:
        """ "the Goma garrison", "the Kidal garrison": a garrison named by its town (one or two capitalised words
        after a determiner) is the armed forces holding it, the state the report is about (coreference)."""
        out: list[Found] = []
        for i in range(2, self.n):
            if self.k(i) not in ("garrison", "garrisons") or self.taken[i] or not self.doc[i].is_lower:
                continue
            start = i
            while start > i - 2 and self.doc[start - 1].is_title and not self.taken[start - 1] \
                    and not self.doc[start - 1].is_sent_start and self.k(start - 1) not in lx.DETERMINERS:
                start -= 1
            if start == i or self.k(start - 1) not in lx.DETERMINERS:
                continue
            out.append(Found(start, i + 1, None, via="coref", descriptor=("state_force",)))
            for t in range(start, i + 1):
                self.taken[t] = True
        return out

    def _led_force(self, found: list[Found]) -> list[Found]:
        """ "the Kurdish-led force", "the Arab-led alliance" (a "-led" word that names no state, which
        ``_compose`` reads as a peace operation): the one armed body its item named before whose name ends in the
        same noun ("the Syrian Democratic Forces"), else an unknown armed group over the words."""
        out: list[Found] = []
        sole_by_head: dict[str, object] = {}
        for i in range(self.n - 3):
            head = _LED_HEADS.get(self.k(i + 3))
            if head is None or not self.doc[i].is_title or self.texts[i + 1] not in ("-", "‑") or self.k(i + 2) != "led" \
                    or any(self.taken[t] for t in range(i, i + 4)):
                continue
            if head not in sole_by_head:
                sole_by_head[head] = self._sole_actor_before(found, lambda f, head=head: (
                    f.actor.type in ("armed_group", "state_force", "pmc")
                    and head in (_LED_HEADS.get(w) for w in (f.actor.name.lower().split()[-1:]
                                                            + self.doc[f.start:f.end].text.lower().split()[-1:]))))
            actor = sole_by_head[head](i, i)
            if actor is not None:
                out.append(Found(i, i + 4, actor, via="coref"))
            else:
                out.append(Found(i, i + 4, None, via="registry", name=self.doc[i:i + 4].text, type="armed_group"))
            for t in range(i, i + 4):
                self.taken[t] = True
        return out

    def _the_coalition(self, found: list[Found]) -> list[Found]:
        """ "the coalition" (its possessed members too: "the coalition's gunmen") after the one coalition its item
        names ("the Saudi-led coalition", the Coalition of Patriots for Change): that coalition. Two coalitions
        named before, none, "a coalition", "coalition forces" or "the ruling coalition" are left alone."""
        out: list[Found] = []
        sole = None
        for i in range(1, self.n):
            if self.taken[i] or self.k(i) != "coalition" or self.k(i - 1) != "the" or not self.doc[i].is_lower:
                continue
            if self.k(i + 1) in lx.MEMBER_NOUNS or self.head_at(i + 1)[0] is not None:
                continue  # "the coalition forces", "the coalition government": a kind of force or government
            if sole is None:
                sole = self._sole_actor_before(found, lambda f: "coalition" in self.doc[f.start:f.end].text.lower()
                                               or "coalition" in f.actor.name.lower())
            actor = sole(i, i - 1)
            if actor is None:
                continue
            j = self._possessed_member(i + 1)
            end = i + 1 if j is None else j + 1
            out.append(Found(i, end, actor, via="coref"))
            for t in range(i, end):
                self.taken[t] = True
        return out

    def _sole_actor_before(self, found: list[Found], keep):
        """A look-up ``(i, last_end) -> Actor | None``: the one actor (by id) of the ``keep`` mentions with an actor
        that end at or before token ``last_end`` in token ``i``'s item, None for none or several. The mentions are
        grouped by item and sorted by end once, each prefix's answer kept: a look-up is a bisect, not a rescan of
        every mention ("the coalition" many times in a long text)."""
        from ..places.items import item_index  # noqa: PLC0415 - the places package loads its stage on import

        def item(t: int) -> int:
            return item_index(self.doc, self.doc[t].idx)

        groups: dict[int, list[tuple[int, int, Found]]] = {}
        for pos, f in enumerate(found):
            if f.actor is not None and keep(f):
                groups.setdefault(item(f.start), []).append((f.end, pos, f))
        # per item: the ends in order and, for each prefix, (id, actor of the last mention in ``found`` order) or
        # None once two ids are in
        table: dict[int, tuple[list[int], list]] = {}
        for key, members in groups.items():
            members.sort(key=lambda m: m[0])
            ends, answers, state = [], [], ()
            for end, pos, f in members:
                if state is not None:
                    if not state:
                        state = (f.actor.id, pos, f.actor)
                    elif state[0] != f.actor.id:
                        state = None
                    elif pos > state[1]:
                        state = (f.actor.id, pos, f.actor)
                ends.append(end)
                answers.append(state)
            table[key] = (ends, answers)

        def lookup(i: int, last_end: int) -> Actor | None:
            ends, answers = table.get(item(i), ((), ()))
            k = bisect.bisect_right(ends, last_end)
            return answers[k - 1][2] if k and answers[k - 1] is not None else None

        return lookup

    def _member_of(self, i: int, by_start) -> Found | None:
        """ "dissidents of the 33rd Front": a member noun that is no descriptor on its own, before "of" and a
        named armed group, is one mention of that group (a descriptor member noun goes through ``_descriptor``)."""
        key = self.k(i)
        if key not in lx.MEMBER_NOUNS or key in lx.PERSON_MEMBERS or self.k(i + 1) != "of":
            return None
        t = i + 2 + (self.k(i + 2) == "the")
        target = by_start.get(t)
        if target is None or target.actor.type not in ("armed_group", "pmc"):
            return None
        return self._phrase_of(i, target)

    def _phrase_of(self, i: int, target: Found) -> Found:
        """One mention of ``target``'s actor over the phrase from token ``i`` to its end ("members of the CJTF"),
        ``target`` taken into it (``descriptors`` marks the phrase's tokens taken)."""
        self.absorbed.add(id(target))
        return Found(self._modifiers_before(i), target.end, target.actor, via="coref")

    def _descriptor(self, i, end, types, phrase, by_start) -> Found | None:
        if phrase.upper() in lx.FORCE_ACRONYMS and self.texts[i] not in lx.FORCE_ACRONYMS:
            return None  # an acronym only in capitals
        if phrase in lx.NOUN_MODIFIER_DESCRIPTORS and (
                self.k(end) in lx.MEMBER_NOUNS or self.k(end) in lx.DESCRIPTORS
                or (doc_parsed(self.doc) and self.doc[end - 1].dep_ in ("compound", "amod", "nmod"))):
            return None  # "cartel gunmen", "a gang leader": the word describes the next noun
        # "members of the Africa Corps", "instructors from the Africa Corps", "fighters (PMCs) from JNIM"
        j = end
        if self.k(j) == "(":
            close = next((t for t in range(j, min(j + 6, self.n)) if self.k(t) == ")"), None)
            if close is not None:
                j = close + 1
        elif self.k(j) == ")":
            j += 1
        if self.k(j) in lx.ALIGNED_WORDS and self.k(j + 1) in ("with", "to") and "person" not in types \
                and phrase in lx.MEMBER_NOUNS:
            # "forces aligned with the Government of National Unity", "fighters loyal to the FLA": one mention of
            # the side they serve, over the whole phrase
            t = j + 2 + (self.k(j + 2) == "the")
            target = by_start.get(t)
            if target is not None and target.actor.type in ("armed_group", "pmc", "state_force", "government"):
                return self._phrase_of(i, target)
        if self.k(j) in ("of", "from") and "person" not in types:
            t = j + 1 + (self.k(j + 1) == "the")
            target = by_start.get(t)
            if target is None and j == end and self.k(j) == "of" and phrase in lx.ARMED_UNKNOWN:
                unnamed = self._unknown_name_after(t)
                if unnamed is not None:
                    return Found(self._modifiers_before(i), unnamed, None, via="ner",
                                 name=self.doc[t:unnamed].text, type="armed_group")
            unit = (self._coref_units.get(t + (self.k(t) == "a")) if target is None and j == end
                    and "state_force" in types else None)
            if unit is not None:
                # "soldiers of the Rapid Intervention Battalion": one mention of the unit, whichever army's it is
                self.absorbed.add(id(unit))
                return Found(self._modifiers_before(i), unit.end, None, via="coref", descriptor=unit.descriptor,
                             countries=unit.countries)
            if target is not None and target.actor.type in ("armed_group", "pmc", "state_force", "igo"):
                if j > end:  # "Mercenaries (PMCs) from the Africa Corps": each names the group
                    return Found(i, end, target.actor, via="coref")
                # "members of the CJTF", "Turkish-backed factions of the SNA": one mention of the group
                return self._phrase_of(i, target)
        if " ".join(types) == "state_force" and phrase in lx.POLICE_DESCRIPTORS:
            if self.k(end) in lx.POLICE_NOT_HEAD or self._modifies_noun(end - 1):
                return None  # "a police station", "police sources"
            named = {f.actor.id: f.actor for f in self.so_far if f.actor is not None and f.start < i
                     and f.actor.type == "state_force" and not f.actor.generated and "police" in f.actor.name.lower()}
            if len(named) == 1 and not any(self.k(t) in lx.NOT_OWN for t in range(max(0, i - 2), i)):
                # "the police" after "Haitian National Police": the one police force the text has named
                return Found(i, end, next(iter(named.values())), via="coref")
            start = self._level_before(i, lx.POLICE_LEVELS)  # "state police", "federal police officers"
            start = self._police_name_before(start)  # "the Republican Police": the unit's own name
            return Found(start, end, None, via="registry", name=self.doc[start:end].text, type="state_force")
        apposed = self._apposed_to(i, types, by_start)
        if apposed is not None:
            # "the TNLA, an ethnic armed group allied with …": a descriptor in apposition is the name before it
            return Found(self._modifiers_before(i), end, apposed, via="coref")
        start = self._region_before(i) if types[0] == "state_force" and phrase in lx.MEMBER_NOUNS else None
        if start is not None:
            # "Hirshabelle state forces": the forces of a federal member state, its own entry when the registry
            # has one ("Puntland forces"), else a state force kept as found
            name = self.doc[start:i - 1].text
            known = self.reg.lookup(f"{name} {self.texts[end - 1]}") or self.reg.lookup(f"{name} forces")
            if known is not None and known.type == "state_force" and not known.generated:
                return Found(start, end, known, via="registry")
            return Found(start, end, None, via="registry", name=self.doc[start:end].text, type="state_force")
        if phrase in _NAME_HEADS and i > 0 and self.doc[i].is_title and self.doc[i - 1].is_title and not self.doc[i - 1].is_sent_start \
                and self.k(i - 1) not in lx.DETERMINERS and not self.taken[i - 1] \
                and (self.k(i - 1),) not in self.reg.country_terms:
            # "the Arakan Army", "Kachin Independence Army": a proper name ending in a generic noun
            start = i
            while start > 0 and self.doc[start - 1].is_title and self.k(start - 1) not in lx.DETERMINERS \
                    and not self.taken[start - 1] and not self.doc[start].is_sent_start:
                start -= 1
            words = {k for k in self.keys[start:end] if k}
            typ = ("state_force" if words & lx.ORG_STATE_WORDS else "armed_group" if words & lx.ORG_ARMED_WORDS
                   else types[0] if types[0] != "person" else None)
            return Found(start, self._extend_member(end), None, via="ner", name=self.doc[start:end].text, type=typ)
        if types[0] == "government" and self.k(end) == "in":
            # "the new authorities in Damascus": the government whose seat is named
            for e, (_, terms), surface in reversed(self._walk(self.trie.root, end + 1)):
                caps = [t for t in terms if t[1] in ("capital", "name") and accepts(t[2], surface)]
                if caps and surface[0][:1].isupper():
                    return Found(self._modifiers_before(i), e, self.national(caps[0][0], "gov"), via="coref")
        # determiner, then up to three modifiers ("the Washington-based think tank")
        d = i - 1
        hops = 0
        while d >= 0 and hops < 4 and (self.k(d) in lx.UNKNOWN_MODIFIERS or self.k(d) in lx.MODIFIERS
                                       or self.k(d) in ("based", "backed", "led", "linked", "paramilitary", "")
                                       or (self.doc[d].is_title and self.k(d + 1) == "")):
            d -= 1
            hops += 1
        det = self.k(d)
        # "the other militants", "rival guerrillas": some group besides the one named before, no coreference
        qualified = types[0] in ("armed_group", "pmc") and any(self.k(t) in lx.QUALIFIERS for t in range(d + 1, i))
        if qualified and det in lx.DETERMINERS and any(self.k(t) == "rival" for t in range(d + 1, i)):
            rival = self._rival_members(d + 1, end, by_start)
            if rival is not None:
                return rival
        if types == ("person",):
            if det in lx.POSSESSIVES or det == "'s" or (det == "the" and self.k(end) != "of"):
                start = d if det in lx.POSSESSIVES else i
                return Found(start, end, None, via="coref", descriptor=types, leader_of=True)
            return None
        if types == ("state_force",) and self.facility_after(i, end):
            return None  # "the military base", "a military hospital": a place, no actor
        owned = self._owned_members(i, end, types, det, phrase) if not qualified else None
        if owned is not None:
            return owned
        if phrase in lx.MISSION_DESCRIPTORS and det in lx.DETERMINERS:
            return self._the_mission(i, end, by_start)
        if types[0] == "government" and phrase in ("government", "authorities", "administration") and i >= 2 \
                and self.k(i - 1) in lx.GOV_LEVELS and self.doc[i - 1].is_lower and self.k(i - 2) in lx.DETERMINERS:
            # "the state government", "the regional authorities": a sub-national government the registry lacks
            return Found(i - 1, end, None, via="registry", name=self.doc[i - 1:end].text, type="government")
        if det in lx.DETERMINERS and not qualified and types[0] == "government":
            led = next((t - 1 for t in range(d + 2, i) if self.k(t) in lx.COMPOUND_PARTICIPLES
                        and self.texts[t - 1] in ("-", "‑")), None)
            if led is not None and led - 1 > d and not self.taken[led - 1] \
                    and self.k(led - 1) not in lx.PRO_STATE_PATRONS and self.k(led - 1) not in lx.FORCE_HEADS:
                # "the Kurdish-led administration", "the Houthi-run government": someone's own rule, not the
                # state's government; only a government the text names, the compound's word in the span
                return Found(led - 1, end, None, via="coref", descriptor=types, led=True)
        if phrase in lx.BARE_NATIONAL and self._sides_with_state(i):
            return None  # "government-aligned troops", "pro-junta soldiers": an ally's force, not the state's own
        if det in lx.DETERMINERS and not qualified:
            if types[0] == "government" and self.ministry_forces_end(end) > end:
                # "the interior ministry's special forces": the armed forces, one mention over the phrase
                return Found(i, self.ministry_forces_end(end), None, via="coref", descriptor=("state_force",))
            if phrase in ("army", "military", "air force", "armed forces"):
                end = self.tail_end("force", end)  # "the army's general staff"
            # "federal troops", "the federal government": the level stays in the span, still the national body
            start = self._level_before(i, lx.FORCE_LEVELS) if types[0] in ("state_force", "government") else i
            return Found(start, end, None, via="coref", descriptor=types)
        if phrase in lx.BARE_NATIONAL and det not in lx.POSSESSIVES and det != "'s" and det not in lx.NOT_OWN \
                and self.k(i - 1) not in lx.NOT_OWN and not self._modifies_noun(end - 1):
            # "12 soldiers were killed": the forces of the country the report is about, if it is known
            if self.k(end) in lx.FORCE_HEADS and self.k(end) not in lx.FORCE_POSTS and phrase in ("army", "military",
                                                                                                  "air force"):
                end += 1  # "Army drones struck ...": the force's own weapons and units
            return Found(self._level_before(i, lx.FORCE_LEVELS), end, None, via="coref", descriptor=types, bare=True)
        if phrase in lx.PEACE_DESCRIPTORS and det not in lx.POSSESSIVES and det != "'s" \
                and not self._modifies_noun(end - 1):
            # "Peacekeepers evacuated ...": a peace operation, resolved by coreference to the country's mission
            return Found(i, end, None, via="coref", descriptor=types)
        if phrase in lx.ARMED_UNKNOWN and det not in lx.POSSESSIVES and det != "'s":
            start = i
            while start > 0 and (self.k(start - 1) in lx.UNKNOWN_MODIFIERS
                                 or self.doc[start - 1].ent_type_ == "NORP") and not self.taken[start - 1]:
                start -= 1
            while start < i and self.k(start) in lx.COUNT_WORDS:
                start += 1  # "other cartels": a count is not part of the name
            if start == i and self._proper_adjective(i - 1):
                start -= 1  # "a Yazidi self-defence group", "the Fulani militia": the people's name is the group's
            text = self.doc[start:end].text
            return Found(start, end, None, via="registry", name=text, type=types[0],
                         soft=start == i and phrase in lx.SOFT_MEMBERS and not qualified,
                         descriptor=types if start == i else ())
        return None

    def _proper_adjective(self, j: int) -> bool:
        """A capitalised word between an article and a descriptor that names a people or a place, no country
        (nationalities are the matcher's): "a Yazidi militia", "the Fulani militia"."""
        return 1 <= j < self.n and not self.taken[j] and self.doc[j].is_title and self.doc[j].is_alpha \
            and not self.doc[j].is_sent_start and self.k(j - 1) in ("a", "an", "the") \
            and (self.k(j),) not in self.reg.country_terms and self.doc[j + 1].is_lower  # no title-case headline

    def _owned_members(self, i: int, end: int, types, det: str, phrase: str) -> Found | None:
        """A descriptor with the people or the acts that are its own:

        * "the junta's troops", "the regime's forces": a ruling body's forces are the state's armed forces, one
          mention over the phrase, the report's own country's (never an antecedent); "junta troops", "government
          troops" are one mention over the phrase too (as the annotation rules span them);
        * "junta airstrikes": the ruling body acting, the word only, the report's own country's;
        * "the group's fighters", "the confederation's first troops": one mention, over the phrase, of the actor
          the descriptor stands for (a possessive before anything else keeps the descriptor only).
        """
        own = det not in lx.POSSESSIVES and det != "'s" and det not in lx.NOT_OWN
        if i > 0 and self.texts[i - 1] in ("-", "‑"):
            return None  # "pro-government forces", "anti-junta fighters": someone else's
        if types == ("government",) and phrase in lx.RULING_MODIFIERS and own and not self._named_before(i):
            j = end + 1 if self.k(end) == "'s" else end
            cls, hend = self.head_at(self.skip_modifiers(j))
            if j > end and cls == "force" and not self.facility_after(j, hend):
                return Found(i, hend, None, via="coref", descriptor=("state_force",), bare=True)
            if j == end and cls == "force" and phrase in lx.RULERS_WITH_FORCES and self.k(hend - 1) in lx.MEMBER_NOUNS \
                    and not self.facility_after(j, hend):
                # "junta troops", "government troops": a ruling body's people are the state's own armed forces, one
                # mention over the phrase (the annotation rules), never a foreign force named before
                return Found(i, hend, None, via="coref", descriptor=("state_force",), bare=True)
            if j == end and det not in lx.DETERMINERS and self.k(end) in lx.FORCE_POSTS:
                # "attacks on junta outposts": the ruling body's posts, the word only (as "army positions")
                return Found(i, end, None, via="coref", descriptor=types, bare=True)
            if j == end and det not in lx.DETERMINERS and (
                    self.k(end) in lx.ACTION_NOUNS
                    or (self.k(end) in lx.ACTION_MODIFIERS and self.k(end + 1) in lx.ACTION_NOUNS)):
                return Found(i, end, None, via="coref", descriptor=types, bare=True)
            return None
        if det not in lx.DETERMINERS or types[0] not in ("armed_group", "pmc", "igo"):
            return None
        j = self._possessed_member(end)
        return None if j is None else Found(i, j + 1, None, via="coref", descriptor=types)

    def _possessed_member(self, end: int) -> int | None:
        """The member noun after a descriptor's possessive ("the group's fighters", up to two words between:
        "the group's first troops"), or None."""
        if self.k(end) != "'s":
            return None
        j = end + 1
        while j < min(self.n, end + 3) and (self.k(j) in lx.POSSESSED_MEMBER_MODIFIERS or self.k(j) in lx.MODIFIERS):
            j += 1
        if self.k(j) not in lx.MEMBER_NOUNS or self.k(j) in lx.PERSON_MEMBERS or self._modifies_noun(j):
            return None
        return j

    def _police_name_before(self, i: int) -> int:
        """ "the Republican Police", "the Mobile Police": a capitalised police head mid-sentence is a unit's name,
        and the capitalised words before it (two at most, no determiner, nothing taken) are part of it; a
        function word or a day opening the sentence is not ("On Monday Police arrested ...")."""
        if not self.doc[i].is_title or self.doc[i].is_sent_start:
            return i
        j = i
        while j > max(0, i - 2) and self.doc[j - 1].is_title and not self.taken[j - 1] \
                and self.k(j - 1) not in lx.DETERMINERS and (self.k(j - 1),) not in self.reg.country_terms \
                and not self.doc[j - 1].is_stop and self.k(j - 1) not in lx.CALENDAR:
            j -= 1
        return j

    def _level_before(self, i: int, levels: frozenset[str]) -> int:
        """ "federal troops", "state police": the level of the state a force serves stays in its span (a capitalised
        word inside a name, "Rivers State police", is the name's and stays out)."""
        j = i - 1
        if j >= 0 and not self.taken[j] and self.k(j) in levels and (self.doc[j].is_lower or self.doc[j].is_sent_start):
            return j
        return i

    def _rival_members(self, start: int, end: int, by_start) -> Found | None:
        """ "killing eight of the rival group's fighters": the members of a group named before (this sentence or the
        last) that is not the one acting. The actor is the subject of the clause around the phrase (a pronoun
        subject stands for the group named last before it), its kin left aside too; of the groups left, the one
        named last. With no parse, two groups at least must be named. Nothing named to fit: an unknown group."""
        j = self._possessed_member(end)
        if j is None:
            return None
        here = self._sentence(start)
        named = [f for f in sorted(by_start.values(), key=lambda f: f.start) if f.end <= start
                 and f.actor.type in ("armed_group", "pmc") and here - self._sentence(f.start) <= 1]
        acting = acting_group(self.doc, j, named)
        if acting is None and len({f.actor.id for f in named}) < 2:
            named = []
        kin = kin_for(self.reg).get(acting.id, frozenset()) if acting is not None else frozenset()
        rivals = [f.actor for f in named if acting is None or (f.actor.id != acting.id and f.actor.id not in kin)]
        if rivals:
            return Found(start, j + 1, rivals[-1], via="coref")
        return Found(start, j + 1, None, via="registry", name=self.doc[start:j + 1].text, type="armed_group")

    def _unknown_name_after(self, t: int) -> int | None:
        """End of a run of capitalised words at ``t`` that nothing took and that is no country ("the Chin
        Brotherhood" in "fighters of the Chin Brotherhood"), or None."""
        e = t
        while e < min(self.n, t + 5) and self.doc[e].is_title and not self.taken[e] and self.k(e) not in lx.DETERMINERS:
            e += 1
        if e == t or (e - t == 1 and self.doc[t].is_sent_start) or tuple(self.keys[t:e]) in self.reg.country_terms:
            return None
        return e

    def _apposed_to(self, i: int, types, by_start):
        """The named actor a descriptor with "a"/"an" stands in apposition to, right before its comma ("the TNLA, an
        ethnic armed group"), when its type fits; else None."""
        d = self._modifiers_before(i) - 1
        if d < 1 or self.k(d) not in ("a", "an") or self.k(d - 1) != ",":
            return None
        named = next((f for f in by_start.values() if f.end == d - 1), None)
        if named is None or named.actor.type not in types or named.actor.type == "person":
            return None
        return named.actor

    def _region_before(self, i: int) -> int | None:
        """Start of the proper name before "state" in "<Name> state forces" (a region's own forces: the name is no
        country and nothing took it), or None."""
        if i < 2 or self.k(i - 1) != "state" or not self.doc[i - 1].is_lower:
            return None
        start = i - 1
        while start > 0 and start > i - 4 and self.doc[start - 1].is_title and not self.taken[start - 1] \
                and self.k(start - 1) not in lx.DETERMINERS:
            start -= 1
        if start == i - 1 or tuple(self.keys[start:i - 1]) in self.reg.country_terms:
            return None
        return start

    def _named_before(self, i: int) -> bool:
        """A proper name right before ``i`` that no national phrase took: "Puntland government forces" are a
        region's, not the state's."""
        j = i - 1
        return j >= 0 and not self.taken[j] and self.doc[j].is_title and not self.doc[j].is_sent_start \
            and self.k(j) not in lx.DETERMINERS

    def _the_mission(self, i: int, end: int, by_start) -> Found | None:
        """ "the mission": the mission or operation named before it (a few sentences back at most), never a state's
        forces named in between; with none named, a speaker or actor ("the mission said") is the one operation active
        where the report is (coreference, as for "the Kenyan-led force"), and any other use ("during the mission")
        names no actor."""
        here = self._sentence(i)
        for f in sorted(by_start.values(), key=lambda f: -f.start):
            if f.start >= i:
                continue
            if here - self._sentence(f.start) > _MISSION_REACH:
                break  # nearest first: every name after this one is further back still
            if _operation(f.actor):
                return Found(i, end, f.actor, via="coref")
        if doc_parsed(self.doc) and self.doc[end - 1].dep_ not in ("nsubj", "poss") \
                and not (self.doc[end - 1].dep_ == "pobj" and self.doc[end - 1].head.dep_ == "agent"):
            return None
        return Found(i, end, None, via="coref", descriptor=("igo",))

    def _sentence(self, i: int) -> int:
        """Sentence number of token ``i`` (0 without sentence boundaries)."""
        return sentence_number(self.doc, i)

    def _sides_with_state(self, i: int) -> bool:
        """A hyphenated compound just before ``i`` that says the force sides with the state ("government-aligned",
        "army-backed", "pro-junta"), read on the text with hyphens kept as ``coref._pro_state`` reads it."""
        if i < 3 or self.texts[i - 2] not in ("-", "‑"):
            return False
        head, tail = self.k(i - 3), self.k(i - 1)
        return (f"{head}-{tail}".startswith(lx.PRO_STATE_PREFIXES)
                or (f"-{tail}" in lx.PRO_STATE_SUFFIXES and head in lx.PRO_STATE_PATRONS))

    def _modifiers_before(self, i: int) -> int:
        """Start of the descriptive words before ``i`` ("Turkish-backed", "new"), the determiner left out."""
        start = i
        for _ in range(3):
            if start >= 3 and self.compound_at(start - 3) == start and not self.taken[start - 3]:
                start -= 3
            elif start > 0 and (self.k(start - 1) in lx.MODIFIERS or self.k(start - 1) in lx.UNKNOWN_MODIFIERS) \
                    and not self.taken[start - 1]:
                start -= 1
            else:
                break
        return start


#: Sentences back that "the mission" may look for the mission it stands for (coreference's window).
_MISSION_REACH = 4
#: The heads of a "<word>-led" armed body and the noun an antecedent's name ends in for it ("forces" = "force").
_LED_HEADS = {"force": "force", "forces": "force", "alliance": "alliance", "militia": "militia",
              "militias": "militia", "coalition": "coalition"}


def acting_group(doc, j: int, named: list[Found], skip: range = range(0)) -> Actor | None:
    """The named actor that is the subject of the nearest clause above token ``j`` that has one (a subject inside
    ``skip``, the phrase itself, is passed over to the clause above); a pronoun subject stands for the actor named
    last before it."""
    if not doc_parsed(doc):
        return None
    tok = doc[j]
    for _ in range(8):
        if tok.head is tok:
            return None
        tok = tok.head
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i in skip:
            continue
        if subj.pos_ == "PRON":  # "it had killed": the group named last before the pronoun
            before = [f for f in named if f.end <= subj.i]
            return before[-1].actor if before else None
        return next((f.actor for f in named if f.start <= subj.i < f.end), None)
    return None


@lru_cache(maxsize=4)
def kin_for(reg: Registry) -> dict[str, frozenset[str]]:
    """The registry's kin table, built on first use ("the rival group" and fusion's kin read it), cached per
    registry like ``matcher.trie_for``: one table per process."""
    return kin_table(reg)


def _operation(actor: Actor | None) -> bool:
    """A mission or operation: an organisation's operation in a country (MINUSMA, the MSS mission, SAMIDRC), or a
    state's named operation ("Operation Barkhane", "Task Force Takuba"), never a country's forces as a whole."""
    if actor is None or actor.generated:
        return False
    if actor.type == "igo":
        return bool(actor.country) or actor.kind in ("peacekeeping", "political")
    words = {w.casefold() for w in actor.name.split()}
    return actor.type == "state_force" and bool(words & {"operation", "task", "mission", "opération"})


#: Generic nouns that end proper names of organisations ("Arakan Army", "Popular Mobilization Forces").
_NAME_HEADS = frozenset({"army", "forces", "force", "militia", "movement", "group", "alliance", "mission", "organisation",
                         "organization", "armed forces", "defence forces", "defense forces", "security forces",
                         "special forces", "air force", "national army", "agency", "institute", "bloc", "faction",
                         "police", "cartel"})
