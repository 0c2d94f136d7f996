"""Country terms composed into mentions (a mixin of ``matcher.DocMatcher``): a demonym, a country name or a capital
with what follows it ("Malian troops", "Mali's junta", "Russian contractors", "cut ties with Kyiv"), or no mention
where the term only describes a thing or a place ("a Russian jet", "in Mali")."""

from __future__ import annotations

from . import lexicon as lx
from .descriptors import Found


class DemonymRules:
    """Composition rules of ``DocMatcher`` (a mixin: the state and token helpers are the matcher's)."""

    def _compose(self, i: int, end: int, options) -> list[Found] | None:
        kinds = {kind for _, kind in options}
        cc_of = {kind: cc for cc, kind in reversed(options)}
        prev = self.k(i - 1)
        if prev in lx.WATER_NAMES and self.doc[i - 1].is_title:
            return None  # "the Lake Chad islands": a lake shared by four states names none of them
        locative = self.locative(i, end)
        j = end
        if self.compound_at(j - 1) == j + 2:
            if self.k(j + 1) == "led" and "demonym" in kinds and self.k(j + 2) in lx.LED_OPERATIONS:
                # "the Kenyan-led force": a multinational operation one state leads, not that state's forces;
                # coreference takes the peace operation where the report is
                return [Found(i, j + 3, None, via="coref", descriptor=("igo",))]
            return None  # "Russian-made drones", "US-supplied missiles", "Turkish-backed factions": a description
        possessive = self.k(j) == "'s"
        if possessive:
            j += 1
        h = self.skip_modifiers(j)
        cls, hend = self.head_at(h)
        if cls is None:
            cls, hend = self.titled_police(h)
        if cls == "gov" and possessive and self.k(h) == "state" and self.k(hend) in lx.STATE_MEDIA:
            # "Niger's state television": the broadcaster, a source, over the phrase
            return [Found(i, hend + 1, None, via="registry", name=self.doc[i:hend + 1].text, type="source")]
        if cls == "gov" and self.ministry_forces_end(hend) > hend:
            cls, hend = "force", self.ministry_forces_end(hend)  # "Niger's interior ministry's forces"
        if cls == "force" and self.facility_after(h, hend):
            cls = None  # "a Malian military base": a nationality on a place; "Russia's military base": Russia

        if "demonym" in kinds and not possessive:
            cc = cc_of["demonym"]
            pmc = self._pmc_after(end)
            if pmc is not None:
                # "Russian contractors", "a Turkish private military contractor": a company of that country, not
                # its forces; coreference takes the one PMC of that country the text names, if any
                return [Found(i, pmc, None, via="coref", descriptor=("pmc",), nationality=cc)]
            if cls:
                return [self.national_found(i, hend, cc, cls, via=self._demonym_via(cls, hend))]
            chain = self._coordinated(end)
            if chain:
                return chain(cc, i, end)
        if "name" in kinds or "capital" in kinds:
            kind = "name" if "name" in kinds else "capital"
            cc = cc_of[kind]
            if cls and (possessive or kind == "name") and not (self.k(h) == "state" and not possessive):
                return [self.national_found(i, hend, cc, cls)]
            before = self._head_before_of(i)
            if before is not None and kind == "name":
                return [Found(before[0], end, self.national(cc, before[1]))]
            if self.inside_name(i, end):
                return None  # "Syrian Observatory for Human Rights": part of an organisation's name
            if kind == "capital" and prev in lx.GOVERNMENT_PREPOSITIONS and not locative:
                return [Found(i, end, self.national(cc, "gov"), metonymy=True)]  # "cut ties with Kyiv"
            # "Diplomats in Ouagadougou said", "residents of Khartoum said": the name is a place, whoever speaks
            agentive = not locative and (
                (possessive and (self.k(h) in lx.AGENTIVE_NOUNS or _nominal(self.k(h))) and self.k(h) not in lx.PLACE_NOUNS)
                or (not possessive and prev != "of" and self.agentive_verb_after(end)))
            if agentive:
                return [Found(i, end, self.national(cc, "gov"), metonymy=True)]
            if kind == "name" and not locative and self._shares_a_thing(end):
                return None  # "US and British warships": both names are nationalities on a thing
            if kind == "name" and not locative:
                return [Found(i, end, self.reg.get(f"country.{cc.lower()}"))]
            self.place_countries[cc] += 1
            self.place_hits.append((i, cc))
            return None
        if "plural" in kinds and prev == "the" and not self._thing_after(end):
            cc = cc_of["plural"]
            return [Found(i, end, self.reg.get(f"country.{cc.lower()}"), via="demonym", metonymy=True)]
        if "demonym" in kinds and not possessive and self.k(end) and self.doc[end - 1].is_alpha \
                and not self.inside_name(i, end):
            country = self.reg.get(f"country.{cc_of['demonym'].lower()}")
            nxt = self.k(self.skip_modifiers(end))
            if nxt in lx.DEMONYM_PARTNERS:
                # "the FAMa and their Russian partners": a force's partners are forces
                here = self.doc[i].sent.start if self.doc.has_annotation("SENT_START") else 0
                force = any(f.actor is not None and f.actor.type == "state_force" and f.start >= here
                            for f in self.so_far)
                actor = self.national(cc_of["demonym"], "force") if force else country
                return [Found(i, self.skip_modifiers(end) + 1, actor, via="demonym")]
            after = self.skip_modifiers(end)
            if nxt in lx.NATIONAL_FIGHTERS and self.k(after + 1) not in lx.FIGHTERS_OF:
                # "the Russian fighters who guard the mine": armed men named by their nationality alone are that
                # state's forces, as "Russian soldiers" are ("fighters of the VDP" is the group's, see merging)
                return [self.national_found(i, after + 1, cc_of["demonym"], "force", via="demonym")]
            if nxt in lx.MEMBER_NOUNS:  # "Russian mercenaries": a nationality on people
                return [Found(i, end, country, via="demonym")]
            # "a Russian jet", "the Malian border": a nationality on a thing or a place is no actor
        return None

    def _thing_after(self, end: int) -> bool:
        """ "the Sudanese border", "the Lebanese coast": a plural demonym ("the Sudanese") with a border, a place or
        (by the tagger) another noun after it is a nationality on that noun, not the people."""
        nxt = self.k(end)
        if nxt in lx.BORDER_NOUNS or nxt in lx.PLACE_NOUNS:
            return True
        return end < self.n and self.doc[end].pos_ == "NOUN" and nxt not in lx.MEMBER_NOUNS \
            and nxt not in lx.FORCE_HEADS and nxt not in lx.GOV_HEADS

    def _shares_a_thing(self, end: int) -> bool:
        """A country name before "and <demonym> <noun>" where the noun is a thing, no force, government or people
        ("US and British warships"): the name describes the thing too."""
        if self.k(end) not in ("and", "or"):
            return False
        hits = [e for e, (_, terms), _s in self._walk(self.trie.root, end + 1) if any(t[1] == "demonym" for t in terms)]
        if not hits:
            return False
        j = self.skip_modifiers(hits[-1])
        if j >= self.n or not self.doc[j].is_lower or not self.doc[j].is_alpha or self.head_at(j)[0] is not None \
                or self.k(j) in lx.MEMBER_NOUNS or self.k(j) in lx.DEMONYM_PARTNERS:
            return False
        if self.doc.has_annotation("POS"):
            return self.doc[j].pos_ == "NOUN"
        return self.k(j).endswith("s")  # no tagger: a plural noun ("warships")

    def _demonym_via(self, cls: str, hend: int) -> str:
        """ "Russian jets", "Malian drones": a nationality on machines is the state's forces for the events (the
        strike's actor) but no actor mention by the annotation rules, so it is marked ``via="equipment"``."""
        return "equipment" if cls == "force" and self.k(hend - 1) in lx.EQUIPMENT_HEADS else "demonym"

    def _pmc_after(self, end: int) -> int | None:
        """The end of a private-military-company word right after a nationality ("contractors", "private military
        contractor", "mercenaries"), or None."""
        hits = self._walk(self.trie.descriptors, end)
        if hits and hits[-1][1] == ("pmc",) and self.doc[end].is_lower:
            return hits[-1][0]
        return None

    def _coordinated(self, end: int):
        """ "French and Malian troops": both demonyms share the head after the last one."""
        j, ccs = end, []
        while self.k(j) in ("and", ",", "or") and j < self.n:
            j = self._next(j + 1)
            hits = self._walk(self.trie.root, j)
            term = None
            for e, (_, terms), _surface in reversed(hits):
                dem = [t for t in terms if t[1] == "demonym"]
                if dem:
                    term = (e, dem[0][0])
                    break
            if term is None:
                return None
            ccs.append((j, term[0], term[1]))
            j = term[0]
        if not ccs:
            return None
        cls, hend = self.head_at(self.skip_modifiers(j))
        if not cls:
            return None
        via = self._demonym_via(cls, hend)

        def build(cc, i, end):
            out = [self.national_found(i, end, cc, cls, via=via)]
            for s, e, other in ccs:
                out.append(self.national_found(s, hend if e == j else e, other, cls, via=via))
            return out

        return build

    def _head_before_of(self, i: int):
        """ "the government of Mali", "armed forces of Niger": (start, class) or None."""
        if self.k(i - 1) != "of":
            return None
        j = i - 2
        if j >= 1 and (self.k(j - 1), self.k(j)) in lx.FORCE_HEADS_2 | lx.GOV_HEADS_2:
            cls = "force" if (self.k(j - 1), self.k(j)) in lx.FORCE_HEADS_2 else "gov"
            return j - 1, cls
        if self.k(j) in lx.FORCE_HEADS:
            return j, "force"
        if self.k(j) in lx.GOV_HEADS:
            return j, "gov"
        return None


_NOMINAL_SUFFIXES = ("ment", "tion", "sion", "ance", "ence", "ship", "ism")


def _nominal(key: str) -> bool:
    """Action or stance nouns by their ending ("involvement", "intervention")."""
    return len(key) > 6 and key.endswith(_NOMINAL_SUFFIXES)
