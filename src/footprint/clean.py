"""Separates a report's body from its header, scraper residue and image captions.

Nothing is deleted: ``segment`` returns ``Segment`` ranges that cover the whole
text, each with a kind (``source``, ``title``, ``body``, ``boilerplate``,
``caption``). Only ``body`` may be the source of events; the pipeline blanks the
rest (``Document.body_mask_text``) so offsets stay valid.

What counts as residue or a caption is data: ``clean_rules.yaml`` beside this
module, one regex per rule with the lines it must and must not claim. A rule
claims a whole line, or (when it allows ``tail``) a phrase glued to the end of
a body line, as scrapers often leave "…last week.Read full news in source page".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

import yaml

from .errors import ConfigError
from .model import Segment

RULES_FILE = "clean_rules.yaml"
CLAIMABLE = ("boilerplate", "caption")
_TRAILING = r"[\s.:!»›>→…|-]*"
_END_CLASS = r""".!?"”’)\]»"""
_END_CHARS = """.!?"”’)]»"""
_SENTENCE_END = rf"(?<=[{_END_CLASS}])"


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    pattern: str
    tail: str | None = None  # None | "sentence" | "any"
    max_len: int = 300
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    line_re: re.Pattern = field(init=False, repr=False, compare=False)
    tail_re: re.Pattern | None = field(init=False, repr=False, compare=False)
    # tail_re with its lead as a consumed character class instead of a lookbehind, so
    # the regex engine can skip straight to candidate positions (see _Matcher.tail)
    scan_re: re.Pattern | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in CLAIMABLE:
            raise ConfigError(f"clean rule {self.name!r}: kind must be one of {CLAIMABLE}, not {self.kind!r}")
        if self.tail not in (None, "sentence", "any"):
            raise ConfigError(f"clean rule {self.name!r}: tail must be 'sentence' or 'any'")
        try:
            line_re = re.compile(rf"(?:{self.pattern}){_TRAILING}", re.IGNORECASE)
            tail_re = scan_re = None
            if self.tail:
                lead = rf"{_SENTENCE_END}\s*" if self.tail == "sentence" else rf"(?:{_SENTENCE_END}\s*|\s+)"
                tail_re = re.compile(rf"{lead}(?:{self.pattern}){_TRAILING}$", re.IGNORECASE)
                # "\s+X" at p is "\s" at p then "\s*X" at p+1: both leads become one class
                scan = f"[{_END_CLASS}]" if self.tail == "sentence" else rf"[{_END_CLASS}\s]"
                scan_re = re.compile(rf"{scan}\s*(?:{self.pattern}){_TRAILING}$", re.IGNORECASE)
        except re.error as exc:
            raise ConfigError(f"clean rule {self.name!r}: bad pattern: {exc}") from None
        object.__setattr__(self, "line_re", line_re)
        object.__setattr__(self, "tail_re", tail_re)
        object.__setattr__(self, "scan_re", scan_re)


def parse_rules(data: object, origin: str = RULES_FILE) -> tuple[Rule, ...]:
    if not isinstance(data, list):
        raise ConfigError(f"{origin}: expected a list of rules")
    rules = []
    for entry in data:
        if not isinstance(entry, dict) or not {"name", "kind", "pattern"} <= entry.keys():
            raise ConfigError(f"{origin}: every rule needs name, kind and pattern: {entry!r}")
        rules.append(
            Rule(
                name=str(entry["name"]),
                kind=str(entry["kind"]),
                pattern=str(entry["pattern"]),
                tail=entry.get("tail"),
                max_len=int(entry.get("max_len", 300)),
                examples=tuple(entry.get("examples") or ()),
                counter_examples=tuple(entry.get("counter_examples") or ()),
            )
        )
    names = [r.name for r in rules]
    if len(set(names)) != len(names):
        raise ConfigError(f"{origin}: rule names must be unique")
    return tuple(rules)


@cache
def load_rules() -> tuple[Rule, ...]:
    text = resources.files("footprint").joinpath(RULES_FILE).read_text(encoding="utf-8")
    return parse_rules(yaml.safe_load(text))


def classify_line(line: str, rules: Sequence[Rule] | None = None) -> Rule | None:
    """The rule that claims this whole (trimmed) line, if any: the first one in file order."""
    line = line.strip()
    if not line:
        return None
    return _matcher(rules).classify(line, _folded(line))


def find_tail(line: str, rules: Sequence[Rule] | None = None) -> tuple[int, Rule] | None:
    """Where residue glued to the end of a body line starts (offset in ``line``), and its rule.

    Each tail rule's leftmost match counts; of those it accepts, the earliest start wins.
    """
    return _matcher(rules).tail(line, _folded(line))


# --- fast matching --------------------------------------------------------------
#
# Trying every rule's regex on every line made cleaning cost ~40 regex passes over the
# text, most of them scanning whole lines position by position. The matcher gives the
# same answers with much less work, from facts read off each rule's parsed pattern:
#   * first characters: a line rule matches from the line's start, so only rules whose
#     pattern can begin with the line's first character are tried;
#   * required literals: every match contains one of a few strings ("copyright",
#     "all rights reserved", ...), so a rule is tried only on lines holding one;
#   * tail rules scan with ``scan_re``, whose leading character class lets the regex
#     engine jump to candidate positions instead of testing a lookbehind at each one.
# Where the analysis meets something it does not model it gives up for that rule,
# which is then simply always tried, so a new rule can never be skipped wrongly.

try:  # the standard library's own regex parser; private, so every use is guarded
    from re import _constants as _rc
    from re import _parser as _rp
except ImportError:  # pragma: no cover - a future Python without them: no shortcuts
    _rc = _rp = None

# Characters outside ASCII that match an ASCII letter case-insensitively although their
# lower case differs ("ſ" matches "s"); a line holding one skips the literal test.
_FOLD_RISK = re.compile("[\u0130\u0131\u017f\u212a]")


def _folded(line: str) -> str | None:
    """The line in lower case for literal tests; None where such a test cannot be trusted."""
    return line.lower() if line.isascii() or not _FOLD_RISK.search(line) else None


def _has_any(low: str | None, needles: tuple[str, ...]) -> bool:
    if low is None:
        return True
    for needle in needles:
        if needle in low:
            return True
    return False


def _plain(c: str) -> bool:
    """A literal that matches case-insensitively exactly where its lower case does."""
    return c.isascii() or (c.lower() == c == c.upper())


def _first_chars(items) -> tuple[frozenset[str] | None, bool]:
    """(lower-cased ASCII characters a match can start with, or None for any; can be empty)."""
    out: set[str] = set()
    for op, av in items:
        got, nullable = _first_of(op, av)
        if got is None:
            return None, False
        out |= got
        if not nullable:
            return frozenset(out), False
    return frozenset(out), True


def _char_first(c: str) -> frozenset[str] | None:
    if c.isascii():
        return frozenset(c.lower())
    # a caseless non-ASCII literal never matches an ASCII character; a cased one may ("K")
    return frozenset() if _plain(c) else None


def _first_of(op, av) -> tuple[frozenset[str] | None, bool]:
    c = _rc
    if op is c.LITERAL:
        return _char_first(chr(av)), False
    if op is c.IN:
        got: set[str] = set()
        for iop, iav in av:
            if iop is c.LITERAL:
                one = _char_first(chr(iav))
            elif iop is c.RANGE and iav[1] < 128:
                one = frozenset(chr(x).lower() for x in range(iav[0], iav[1] + 1))
            else:
                return None, False
            if one is None:
                return None, False
            got |= one
        return frozenset(got), False
    if op is c.BRANCH:
        got, any_empty = set(), False
        for alt in av[1]:
            first, nullable = _first_chars(alt)
            if first is None:
                return None, False
            got |= first
            any_empty = any_empty or nullable
        return frozenset(got), any_empty
    if op is c.SUBPATTERN:
        return _first_chars(av[-1])
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _first_chars(av)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        first, nullable = _first_chars(av[2])
        return first, nullable or av[0] == 0
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return frozenset(), True  # zero width: what follows decides
    return None, False


def _required(items) -> frozenset[str] | None:
    """Lower-cased strings one of which every match contains (None: no such set found)."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def better(cand: frozenset[str] | None) -> None:
        nonlocal best
        if cand and all(cand) and (best is None or min(map(len, cand)) > min(map(len, best))):
            best = cand

    for op, av in items:
        if op is _rc.LITERAL and _plain(chr(av)):
            run.append(chr(av).lower())
            continue
        if run:
            better(frozenset(["".join(run)]))
            run = []
        better(_required_of(op, av))
    if run:
        better(frozenset(["".join(run)]))
    return best


def _required_of(op, av) -> frozenset[str] | None:
    c = _rc
    if op is c.SUBPATTERN:
        return _required(av[-1])
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _required(av)
    if op is c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            got = _required(alt)
            if got is None:
                return None
            out |= got
        return frozenset(out)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
        return _required(av[2])
    return None


def _class_source(op, av) -> str | None:
    """Regex source for a one-character item (a superset under IGNORECASE), else None."""
    c = _rc
    if op is c.LITERAL:
        return re.escape(chr(av))
    if op is c.NOT_LITERAL:
        return f"[^{re.escape(chr(av))}]"
    if op is c.ANY:
        return r"[\s\S]"
    if op is not c.IN:
        return None
    categories = {c.CATEGORY_SPACE: r"\s", c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w",
                  c.CATEGORY_NOT_WORD: r"\W", c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D"}
    parts = []
    for iop, iav in av:
        if iop is c.NEGATE:
            parts.append("^")
        elif iop is c.LITERAL:
            parts.append(re.escape(chr(iav)))
        elif iop is c.RANGE:
            parts.append(f"{re.escape(chr(iav[0]))}-{re.escape(chr(iav[1]))}")
        elif iop is c.CATEGORY and iav in categories:
            parts.append(categories[iav])
        else:
            return None
    return f"[{''.join(parts)}]"


def _width(items) -> tuple[int, frozenset[str]] | None:
    """(longest stretch a match covers outside unbounded one-character repeats, those
    repeats' character classes); None when some part is not modelled."""
    total, stretch = 0, set()
    for op, av in items:
        got = _width_of(op, av)
        if got is None:
            return None
        total += got[0]
        stretch |= got[1]
    return total, frozenset(stretch)


def _width_of(op, av) -> tuple[int, frozenset[str]] | None:
    c = _rc
    if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):
        return 1, frozenset()
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return 0, frozenset()
    if op is c.SUBPATTERN:
        return _width(av[-1])
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _width(av)
    if op is c.BRANCH:
        alts = [_width(alt) for alt in av[1]]
        if any(a is None for a in alts):
            return None
        return max(a[0] for a in alts), frozenset().union(*(a[1] for a in alts))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        lo, hi, item = av
        if hi == c.MAXREPEAT:
            src = _class_source(*item.data[0]) if len(item.data) == 1 else None
            return None if src is None else (0, frozenset([src]))
        got = _width(item)
        return None if got is None else (hi * got[0], got[1])
    return None


def _window_re(source: str) -> tuple[int, re.Pattern | None] | None:
    """How far left of the trailing punctuation a tail match can start, for ``_Window``."""
    if _rp is None:
        return None
    try:
        got = _width(_rp.parse(source, re.IGNORECASE))
    except Exception:  # noqa: BLE001 - see _analyse
        return None
    if got is None:
        return None
    width, stretch = got
    if not stretch:
        return width, None
    # on the reversed line: skip stretch characters, count width + 1 others
    if all(src.startswith("[") and not src.startswith("[^") for src in stretch):
        chars = "".join(sorted(src[1:-1] for src in stretch))
        step = rf"[{chars}]*[^{chars}]"
    else:
        cls = "|".join(sorted(stretch))
        step = rf"(?:{cls})*(?!{cls})[\s\S]"
    return width, re.compile(rf"(?:{step}){{{width + 1}}}", re.IGNORECASE)


def _analyse(source: str) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(first characters, required literals) of a pattern; (None, None) when unknown."""
    if _rp is None:
        return None, None
    try:
        parsed = _rp.parse(source, re.IGNORECASE)
        return _first_chars(parsed)[0], _required(parsed)
    except Exception:  # noqa: BLE001 - any surprise in a private parser means: no shortcut
        return None, None


@dataclass(frozen=True)
class _LineRule:
    rule: Rule
    needs: tuple[str, ...] | None  # required literals, when known
    gate: bool  # test ``needs`` before the regex (worth it where the first character says little)
    window: tuple[int, re.Pattern | None] | None = None  # tail rules: see _Matcher.tail


_TRAILING_RE = re.compile(_TRAILING, re.IGNORECASE)
_SPACES_RE = re.compile(r"\s*")
_LONG_LINE = 256  # shorter lines are simply scanned whole
_HUGE_LINE = 8192  # longer lines test required literals only near their end
_FEW_CANDIDATES = 2000  # a window this narrow is tried position by position


class _Matcher:
    """``classify``/``tail`` over a fixed rule list, with the shortcuts described above."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        line_rules, firsts = [], []
        for rule in rules:
            first, _ = _analyse(rf"(?:{rule.pattern}){_TRAILING}")
            needs = _analyse(rule.pattern)[1]
            needs = None if needs is None else tuple(sorted(needs, key=len, reverse=True))
            window = _window_re(rule.pattern) if rule.scan_re is not None else None
            line_rules.append(_LineRule(rule, needs, gate=needs is not None and first is None, window=window))
            firsts.append(first)
        self.line_rules = tuple(line_rules)
        # for each ASCII first character, the rules (in file order) that can start with it
        self.by_first = {
            chr(i): tuple(lr for lr, f in zip(line_rules, firsts) if f is None or chr(i).lower() in f)
            for i in range(128)
        }
        self.tail_rules = tuple(lr for lr in line_rules if lr.rule.scan_re is not None)

    def classify(self, line: str, low: str | None) -> Rule | None:
        """``classify_line`` for a trimmed, non-empty line; ``low`` from ``_folded``."""
        n = len(line)
        for lr in self.by_first.get(line[0], self.line_rules):
            rule = lr.rule
            if n <= rule.max_len and (not lr.gate or _has_any(low, lr.needs)) and rule.line_re.fullmatch(line):
                return rule
        return None

    def tail(self, line: str, low: str | None) -> tuple[int, Rule] | None:
        """``find_tail``; ``low`` from ``_folded``."""
        best: tuple[int, Rule] | None = None
        n = len(line)
        rev = None
        for lr in self.tail_rules:
            rule = lr.rule
            # test the literals on the whole line first, unless it is so long that
            # testing them only inside the window is cheaper
            if n <= _HUGE_LINE and lr.needs is not None and not _has_any(low, lr.needs):
                continue
            if n > _LONG_LINE and lr.window is not None:
                if rev is None:
                    rev = line[::-1]
                    trailing_from = n - _TRAILING_RE.match(rev).end()
                m = self._windowed(lr, line, low, rev, trailing_from)
            elif lr.needs is not None and n > _HUGE_LINE and not _has_any(low, lr.needs):
                continue
            else:
                m = rule.scan_re.search(line)
            if not m:
                continue
            # scan_re's match starts on the lead character: the tail_re match starts
            # after it when it ends a sentence, on it when it is a space
            start = m.start()
            if line[start] in _END_CHARS:
                start += 1
            while start < n and line[start].isspace():
                start += 1
            if 0 < start and line[:start].strip() and n - start <= rule.max_len:
                if best is None or start < best[0]:
                    best = (start, rule)
        return best


    @staticmethod
    def _windowed(lr: _LineRule, line: str, low: str | None, rev: str, trailing_from: int) -> re.Match | None:
        """``scan_re.search(line)``, trying only where a match can start.

        A match ends with trailing punctuation up to the line's end, so its pattern part
        ends at or after ``trailing_from``; that part spans at most ``width`` characters
        besides runs of its unbounded one-character repeats (``stretch``), so it cannot
        start before the ``width + 1``-th non-stretch character left of there; only
        spaces may come between the lead character and it. From the right, the match
        holds one of the required literals, so it starts at or before the last one.
        """
        n = len(line)
        width, stretch = lr.window
        if stretch is None:
            first = max(0, trailing_from - width)
        else:
            m = stretch.match(rev, n - trailing_from)
            first = n - m.end() + 1 if m else 0
        first -= _SPACES_RE.match(rev, n - first).end() - (n - first)
        first = max(0, first - 1)  # the lead character
        last = n
        if lr.needs and low is not None:
            if len(low) == n:  # lower-casing kept every offset
                last = max(low.rfind(needle, first) for needle in lr.needs)
                if last < 0:
                    return None
            elif not _has_any(low, lr.needs):
                return None
        scan = lr.rule.scan_re
        if last - first > _FEW_CANDIDATES:
            return scan.search(line, first)
        for cand in _LEAD_RE[lr.rule.tail].finditer(line, first, last + 1):
            m = scan.match(line, cand.start())
            if m:
                return m
        return None


_NON_EMPTY_LINE = re.compile(r"[^\n]+")
_LEAD_RE = {"sentence": re.compile(f"[{_END_CLASS}]"), "any": re.compile(rf"[{_END_CLASS}\s]")}


@lru_cache(maxsize=16)
def _matcher_for(rules: tuple[Rule, ...]) -> _Matcher:
    return _Matcher(rules)


def _matcher(rules: Sequence[Rule] | None) -> _Matcher:
    return _matcher_for(load_rules() if rules is None else tuple(rules))


# --- header: source line and title --------------------------------------------

_DOMAIN = re.compile(
    r"(?:(?P<scheme>https?)://)?(?:www\.)?(?P<host>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,24}|xn--[a-z0-9-]{2,20}))"
    r"(?P<path>/\S*)?",
    re.IGNORECASE,
)
_HEADING = re.compile(r"^#{1,6}\s+")
_FILE_SUFFIXES = {"txt", "md", "html", "htm", "pdf", "doc", "docx", "json", "jsonl", "xml", "csv", "jpg", "png"}


@dataclass(frozen=True)
class Header:
    source: str | None = None
    url: str | None = None
    title: str | None = None
    segments: tuple[Segment, ...] = ()


def parse_source_line(line: str) -> tuple[str, str | None] | None:
    """A line that is only a domain or a URL: (publisher domain, url or None)."""
    line = line.strip()
    m = _DOMAIN.fullmatch(line if line.lower().startswith("http") else line.rstrip("/"))
    if not m:
        return None
    host = m.group("host").lower()
    if host.rsplit(".", 1)[-1] in _FILE_SUFFIXES:
        return None
    if m.group("path") and not m.group("scheme"):
        return None  # "example.com/x" without a scheme is too unlike a header line
    return host, (line if m.group("scheme") and m.group("path") else None)


def _norm_title(s: str) -> str:
    s = _HEADING.sub("", s.strip())
    return " ".join(re.sub(r"[^\w\s]", " ", s.casefold()).split())


def looks_like_title(line: str, rest: str, *, max_len: int = 200) -> bool:
    """A heading line: short, no sentence-final stop, with more text after it."""
    line = line.strip()
    if _HEADING.match(line):
        return bool(rest.strip())
    words = line.split()
    if not (2 <= len(words) <= 35) or len(line) > max_len:
        return False
    if line[-1] in ".,;:" and not re.search(r"\b(?:[A-Z]\.){2,}$", line):
        return False
    if not (line[0].isalnum() or line[0] in "\"'“‘«"):
        return False
    if classify_line(line):
        return False
    return len(rest.strip()) > len(line)


def find_header(text: str, *, title: str | None = None, detect: bool = False) -> Header:
    """Find a source line (``detect`` only) and the title line at the top of ``text``.

    With ``detect`` (plain text), a first line that is a bare domain or URL is the
    publisher, and the next line is the title when it looks like one. A title
    known from metadata is marked where the text repeats it as its first line.
    """
    lines = []
    pos = 0
    for raw in text.split("\n"):
        if raw.strip():
            lead = len(raw) - len(raw.lstrip())
            lines.append((pos + lead, pos + lead + len(raw.strip()), raw.strip()))
        pos += len(raw) + 1
        if len(lines) >= 3:
            break
    if not lines:
        return Header()
    segs: list[Segment] = []
    source = url = None
    i = 0
    if detect:
        parsed = parse_source_line(lines[0][2])
        if parsed and len(lines) > 1:
            source, url = parsed
            segs.append(Segment(lines[0][0], lines[0][1], "source"))
            i = 1
    found_title = None
    if i < len(lines):
        start, end, line = lines[i]
        if title and _norm_title(line) == _norm_title(title) and _norm_title(title):
            segs.append(Segment(start, end, "title"))
        elif not title and detect and looks_like_title(line, text[end:], max_len=300 if source else 200):
            segs.append(Segment(start, end, "title"))
            found_title = _HEADING.sub("", line).strip()
    return Header(source=source, url=url, title=found_title, segments=tuple(segs))


# --- segments -------------------------------------------------------------------


def segment(text: str, *, header: Sequence[Segment] = (), rules: Sequence[Rule] | None = None) -> tuple[Segment, ...]:
    """Segments covering ``text`` end to end, in order; gaps between marked ranges are body."""
    marks: list[Segment] = sorted(header, key=lambda s: s.start)
    taken = [(s.start, s.end) for s in marks]
    matcher = _matcher(rules)
    # only non-empty lines: a page of blank lines is skipped by the regex engine
    for found in _NON_EMPTY_LINE.finditer(text):
        line = found.group()
        start, end = found.span()
        stripped = line.strip()
        if not stripped or any(a < end and start < b for a, b in taken):
            continue
        ls = start + len(line) - len(line.lstrip())
        le = ls + len(stripped)
        low = _folded(stripped)
        rule = matcher.classify(stripped, low)
        if rule:
            marks.append(Segment(ls, le, rule.kind))
            continue
        tail = matcher.tail(stripped, low)
        if tail:
            marks.append(Segment(ls + tail[0], le, tail[1].kind))
    marks.sort(key=lambda s: s.start)
    out: list[Segment] = []
    cur = 0
    for m in marks:
        if m.start > cur:
            out.append(Segment(cur, m.start, "body"))
        out.append(m)
        cur = m.end
    if cur < len(text):
        out.append(Segment(cur, len(text), "body"))
    return tuple(out)


def explain(text: str, segments: Sequence[Segment]) -> list[tuple[str, str]]:
    """(kind, text) of every non-body segment: what was set aside and why."""
    return [(s.kind, text[s.start : s.end]) for s in segments if s.kind != "body"]
