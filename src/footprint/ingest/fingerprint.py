"""Near-duplicate detection: MinHash fingerprints of a report's body.

Syndicated copies carry the same article under another title, URL or
publisher, often with a sentence changed. ``fingerprint`` hashes the set of
word 5-shingles of the body (128 MinHash permutations, a fixed seed, so
fingerprints made on different runs compare); ``similarity`` estimates the
Jaccard similarity of two such sets. Two unrelated reports on the same topic
share almost no 5-word sequences (well under 0.1); a copy with one sentence
changed in ten keeps most of them, hence ``COPY_THRESHOLD``.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash

from ..errors import InputError
from ..model import Document

NUM_PERM = 128
SHINGLE = 5
SEED = 1
COPY_THRESHOLD = 0.5
_VERSION = b"\x01"
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def fingerprint(text: str) -> bytes:
    """A 1 KiB fingerprint of ``text`` (pass the body; see ``document_fingerprint``)."""
    mh = MinHash(num_perm=NUM_PERM, seed=SEED)
    mh.update_batch([s.encode("utf-8") for s in sorted(shingles(text))])
    return _VERSION + np.asarray(mh.hashvalues, dtype="<u8").tobytes()


def document_fingerprint(document: Document) -> bytes:
    """Fingerprint of the body segments only: titles, residue and captions do not count."""
    body = "\n".join(document.segment_texts("body")) if document.segments else document.text
    return fingerprint(body)


def _values(fp: bytes) -> np.ndarray:
    if len(fp) != 1 + 8 * NUM_PERM or fp[:1] != _VERSION:
        raise InputError("not a Footprint fingerprint (wrong length or version)")
    return np.frombuffer(fp, dtype="<u8", offset=1)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the two texts' 5-shingle sets, 0.0 to 1.0."""
    return float(np.mean(_values(a) == _values(b)))


def is_copy(a: bytes, b: bytes, threshold: float = COPY_THRESHOLD) -> bool:
    return similarity(a, b) >= threshold
