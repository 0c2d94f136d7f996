"""The token trie the matcher walks: registry names and country terms by their token keys, and the descriptors'
phrases (``lexicon.DESCRIPTORS``). Built once per registry, so matching costs a few dict lookups per token."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon as lx
from .registry import Registry, token_key

_END = "\0"


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    return token_key(text)


class Trie:
    def __init__(self, registry: Registry):
        self.root: dict = {}
        for keys, entries in registry.index.items():
            node = self._node(keys)
            node.setdefault(_END, [[], []])[0].extend(entries)
        for keys, terms in registry.country_terms.items():
            node = self._node(keys)
            node.setdefault(_END, [[], []])[1].extend(terms)
        self.descriptors: dict = {}
        #: the words' keys joined -> the descriptor as written: "self defence group" -> "self-defence group"
        self.phrase_of: dict[str, str] = {}
        for phrase, types in lx.DESCRIPTORS.items():
            node = self.descriptors
            # the tokenizer splits "self-defence" at the hyphen, whose token has no key: one key per part
            keys = [_key(k) for k in re.split(r"[\s\-‑]+", phrase) if _key(k)]
            for k in keys:
                node = node.setdefault(k, {})
            node[_END] = types
            self.phrase_of[" ".join(keys)] = phrase

    def _node(self, keys):
        node = self.root
        for k in keys:
            node = node.setdefault(k, {})
        return node


@lru_cache(maxsize=4)
def trie_for(registry: Registry) -> Trie:
    return Trie(registry)


def _cased(key: str, text: str) -> str:
    """The key, or one that matches nothing where the word counts only in another writing (``CASED_KEYS``)."""
    forms = lx.CASED_KEYS.get(key)
    return key if forms is None or text in forms else "\x01" + key
