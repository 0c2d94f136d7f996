"""Group names the registry does not hold, read from their capitals: a Spanish or Portuguese name that opens with
its generic noun and carries particles inside ("Cártel Santa Rosa de Lima", "Frente Carolina Ramírez"), and a
capitalised name before a lowercase "gang" or "cartel" ("the Ti Makak gang", "the Village de Dieu gang").

``NameRules`` is a mixin of ``matcher.DocMatcher`` (its token helpers and state), run after the registry names and
before the descriptors, so a place inside such a name ("Lima") is part of the name and never a place the report
is about.
"""

from __future__ import annotations

from . import lexicon as lx
from .descriptors import Found

#: the most words (particles included) a name before "gang"/"cartel" may have; a longer capitalised run is a
#: title-case headline ("Police Arrest Leaders Of ...") and names no group
TAILED_NAME_MAX = 5
#: the most tokens between a group descriptor and the "known as" that names it ("militiamen loyal to a chief, known as")
KNOWN_AS_GAP = 8

class NameRules:
    """Name rules of ``DocMatcher`` (a mixin: ``k``, ``taken``, ``place_hits`` ... are the matcher's)."""

    def particle_names(self) -> list[Found]:
        out: list[Found] = []
        i = 0
        while i < self.n:
            f = self._opened_name(i) or self._tailed_name(i)
            if f is None:
                i += 1
                continue
            out.append(f)
            for t in range(f.start, f.end):
                self.taken[t] = True
            self._forget_places(f.start, f.end)
            i = f.end
        return out

    def _capital(self, j: int) -> bool:
        """A capitalised word no earlier pass took, that is no determiner (``the`` opening a sentence)."""
        if not 0 <= j < self.n or self.taken[j]:
            return False
        tok = self.doc[j]
        return tok.is_alpha and tok.text[:1].isupper() and self.k(j) not in lx.DETERMINERS

    def _name_run(self, j: int, limit: int = 6) -> int:
        """End of a run of capitalised words from ``j``, with particles inside ("Santa Rosa de Lima") but never
        at its end; ``j`` if none."""
        end = j
        while j < self.n and limit:
            if self._capital(j) and not self.doc[j].is_sent_start:
                j += 1
                end = j
                limit -= 1
                continue
            p = j
            while p < self.n and p < j + 2 and self.doc[p].is_lower and self.k(p) in lx.NAME_PARTICLES:
                p += 1
            if p == j or not self._capital(p):
                break
            j = p
        return end

    def _opened_name(self, i: int) -> Found | None:
        """ "Cártel Santa Rosa de Lima", "Frente Carolina Ramírez": a capitalised Spanish or Portuguese generic noun
        (``NAME_OPENERS``) and the capitalised words after it, particles inside, are one group name."""
        if self.k(i) not in lx.NAME_OPENERS or not self._capital(i):
            return None
        end = self._name_run(i + 1)
        if end == i + 1:
            return None
        return self._named(i, end)

    def _tailed_name(self, i: int) -> Found | None:
        """ "the Ti Makak gang", "the Village de Dieu gang": capitalised words before a lowercase group noun
        (``NAME_TAILS``) are that group's name; a nationality or a country ("the Haitian gang") is not."""
        if self.k(i) not in lx.NAME_TAILS or not self.doc[i].is_lower or not self._capital(i - 1):
            return None
        start = i - 1
        while start > 0 and not self.doc[start].is_sent_start and (self._capital(start - 1) or (
                self.doc[start - 1].is_lower and self.k(start - 1) in lx.NAME_PARTICLES and self._capital(start - 2))):
            start -= 1
            if i - start > TAILED_NAME_MAX:
                return None  # a run this long is a title-case headline, not one group's name
        while start < i and not self._capital(start):
            start += 1  # never opens on a particle
        if self.doc[start].is_sent_start and start == i - 1:
            return None  # "Several gang members", "Two gang leaders": a capital that only opens the sentence
        words = self.doc[start:i]
        if any(t.ent_type_ in ("NORP", "GPE", "DATE", "TIME") or (self.k(t.i),) in self.reg.country_terms
               for t in words):
            return None
        return self._named(start, i + 1)

    def _named(self, start: int, end: int) -> Found:
        text = self.doc[start:end].text
        actor = self.reg.lookup(text)
        if actor is not None and actor.type in ("armed_group", "pmc"):
            return Found(start, self._extend_member(end), actor, via="ner")
        return Found(start, self._extend_member(end), None, via="ner", name=text, type="armed_group")

    def known_as(self, found: list[Found]) -> list[Found]:
        """ "a militia known as X", "fighters loyal to a chief, known as the X": the capitalised words after "known
        as" name the unknown armed group just before, and are that group (its type), unless the registry knows them.
        ``found`` with the names typed or added."""
        out = list(found)
        # mentions by start and by end (in ``out``'s order): each "known as" looks only at its own few tokens
        by_start: dict[int, list[tuple[int, Found]]] = {}
        by_end: dict[int, list[Found]] = {}

        def index(pos: int, f: Found) -> None:
            by_start.setdefault(f.start, []).append((pos, f))
            by_end.setdefault(f.end, []).append(f)

        for pos, f in enumerate(out):
            index(pos, f)
        for i in range(1, self.n - 2):
            if self.k(i) != "known" or self.k(i + 1) != "as":
                continue
            group = self._group_before(i, by_end)
            if group is None:
                continue
            start = i + 2 + (self.k(i + 2) == "the")
            # the first mention in ``out`` starting at the name ("known as X", "known as the X")
            starting = by_start.get(i + 2, []) + (by_start.get(start, []) if start > i + 2 else [])
            named = min(starting, key=lambda pf: pf[0])[1] if starting else None
            if named is not None:
                if named.actor is None and named.type is None and named.name:
                    named.type = group.type  # the tagger's name, now known to be a group's
                continue
            end = self._name_run(start)
            if end > start and self.texts[start][:1].isupper():
                out.append(self._named(start, end) if self.reg.lookup(self.doc[start:end].text) is not None
                           else Found(start, end, None, via="ner", name=self.doc[start:end].text, type=group.type))
                index(len(out) - 1, out[-1])
                for t in range(start, end):
                    self.taken[t] = True
        return out

    def _group_before(self, i: int, by_end: dict[int, list[Found]]) -> Found | None:
        """The unknown armed group (a descriptor kept as found) ending at most ``KNOWN_AS_GAP`` tokens before ``i``
        in its sentence, with no other armed mention between (``by_end``: the mentions by their end)."""
        for e in range(i, max(i - KNOWN_AS_GAP, 0) - 1, -1):
            if self.doc[e].is_sent_start or self.texts[e] in (".", "!", "?", ";"):
                break  # a sentence ends between: nothing before it is this "known as"'s group
            best = next((f for f in by_end.get(e, ()) if f.actor is not None or f.type in ("armed_group", "pmc")), None)
            if best is not None:
                return best if best.actor is None else None
        return None

    def _forget_places(self, start: int, end: int) -> None:
        """A country's name or capital inside a group name ("de Lima") is no place of the report."""
        kept = []
        for t, cc in self.place_hits:
            if start <= t < end:
                self.place_countries[cc] -= 1
                if self.place_countries[cc] <= 0:
                    del self.place_countries[cc]
                self.place_options.pop(t, None)
            else:
                kept.append((t, cc))
        self.place_hits[:] = kept
