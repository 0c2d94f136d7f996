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
from functools import cache
from importlib import resources

import yaml

from .errors import ConfigError
from .model import Segment

RULES_FILE = "clean_rules.yaml"
CLAIMABLE = ("boilerplate", "caption")
_TRAILING = r"[\s.:!»›>→…|-]*"
_SENTENCE_END = r"""(?<=[.!?"”’)\]»])"""


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

    def __post_init__(self) -> None:
        if self.kind not in CLAIMABLE:
            raise ConfigError(f"clean rule {self.name!r}: kind must be one of {CLAIMABLE}, not {self.kind!r}")
        if self.tail not in (None, "sentence", "any"):
            raise ConfigError(f"clean rule {self.name!r}: tail must be 'sentence' or 'any'")
        try:
            line_re = re.compile(rf"(?:{self.pattern}){_TRAILING}", re.IGNORECASE)
            tail_re = None
            if self.tail:
                lead = rf"{_SENTENCE_END}\s*" if self.tail == "sentence" else rf"(?:{_SENTENCE_END}\s*|\s+)"
                tail_re = re.compile(rf"{lead}(?:{self.pattern}){_TRAILING}$", re.IGNORECASE)
        except re.error as exc:
            raise ConfigError(f"clean rule {self.name!r}: bad pattern: {exc}") from None
        object.__setattr__(self, "line_re", line_re)
        object.__setattr__(self, "tail_re", tail_re)


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
    """The rule that claims this whole (trimmed) line, if any."""
    line = line.strip()
    if not line:
        return None
    for rule in load_rules() if rules is None else rules:
        if len(line) <= rule.max_len and rule.line_re.fullmatch(line):
            return rule
    return None


def find_tail(line: str, rules: Sequence[Rule] | None = None) -> tuple[int, Rule] | None:
    """Where residue glued to the end of a body line starts (offset in ``line``), and its rule."""
    best: tuple[int, Rule] | None = None
    for rule in load_rules() if rules is None else rules:
        if rule.tail_re is None:
            continue
        m = rule.tail_re.search(line)
        if not m:
            continue
        start = m.start()
        while start < len(line) and line[start].isspace():
            start += 1
        if 0 < start and line[:start].strip() and len(line) - start <= rule.max_len:
            if best is None or start < best[0]:
                best = (start, rule)
    return best


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
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped or any(a < end and start < b for a, b in taken):
            continue
        ls = start + len(line) - len(line.lstrip())
        le = ls + len(stripped)
        rule = classify_line(stripped, rules)
        if rule:
            marks.append(Segment(ls, le, rule.kind))
            continue
        tail = find_tail(stripped, rules)
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
