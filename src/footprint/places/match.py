"""A recognized name (``Match``) and the span indexes recognition and situating look overlaps up in."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from .gazetteer import Candidate


@dataclass
class Match:
    """A recognized name before resolution (mutable while recognition runs)."""

    start: int
    end: int
    text: str
    norm: str
    candidates: tuple[Candidate, ...]
    tok_start: int
    tok_end: int
    kind: str = "literal"  # literal|demonym|metonymic|embedded
    ner: str | None = None  # NER label covering exactly this span, if any
    reasons: list[str] = field(default_factory=list)
    suffix: str | None = None  # "region", "city"... following the name
    within: "Match | None" = None  # "Gao, Mali": the container that follows
    within_seat: bool = False  # the container is a region told by its seat town ("Lere, in the Timbuktu region")
    demonym: bool = False  # the name is a people's adjective ("Malian"), whatever its kind
    weak: bool = False  # one capitalized word that NER did not take: needs support to stay
    locative: bool = False  # after "in", "near", "residents of"…: a place phrase whatever NER says


class _Overlaps:
    """Mentions (anything with ``start`` and ``end``) sorted by start, so that those overlapping a span are
    found by bisection instead of by reading every mention of the document for each name."""

    def __init__(self, mentions) -> None:
        self.items = sorted(enumerate(mentions), key=lambda t: t[1].start)
        self.starts = [x.start for _, x in self.items]
        # a mention reaching past ``start`` begins less than the longest length before it
        self.longest = max((x.end - x.start for _, x in self.items), default=0)

    def overlapping(self, start: int, end: int) -> list:
        """Those with ``x.start < end and start < x.end``, in their given order."""
        lo, hi = bisect_left(self.starts, start - self.longest), bisect_left(self.starts, end)
        return [x for _, x in sorted((t for t in self.items[lo:hi] if start < t[1].end), key=lambda t: t[0])]


class _Covered:
    """Whether an offset lies in one of the ``(start, end, …)`` spans, by bisection on their starts."""

    def __init__(self, spans) -> None:
        spans = sorted((a, b) for a, b, *_ in spans)
        self.starts = [a for a, _ in spans]
        self.reach, far = [], None  # the furthest end among the spans starting at or before each
        for _, b in spans:
            far = b if far is None or b > far else far
            self.reach.append(far)

    def covers(self, offset: int) -> bool:
        k = bisect_right(self.starts, offset)
        return k > 0 and offset < self.reach[k - 1]
