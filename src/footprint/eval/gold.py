"""Gold files and matching against them, shared by the stage scorers (``eval.quantities``,
``eval.attribution``, ``eval.actors``).

A gold file is JSON lines, one passage per line, each validated by a pydantic model: a defect is an
``EvalError`` naming ``file:line`` and what is wrong, never a silent skip. ``align`` pairs gold and system
items one to one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from ..errors import EvalError

MAX_FILE_BYTES = 50 * 1024 * 1024
#: a passage is a few sentences; a line this long is no gold passage
MAX_LINE_BYTES = 1024 * 1024

M = TypeVar("M", bound=BaseModel)


def validation_message(exc: ValidationError) -> str:
    """The first problem pydantic found, as ``field.path: message``."""
    err = exc.errors()[0]
    where = ".".join(str(x) for x in err.get("loc", ()))
    msg = str(err.get("msg", "invalid")).removeprefix("Value error, ")
    return f"{where}: {msg}" if where else msg


def gold_text(raw: bytes, source: str, max_bytes: int) -> str:
    """The text of a whole-file JSON gold file read as ``raw``; ``EvalError`` naming ``source`` when it is
    empty, over ``max_bytes``, binary or not UTF-8 (``eval.events`` and ``eval.fusion``)."""
    from ..ingest import strict_text  # here: eval.gold's line readers need none of ingest's readers

    return strict_text(raw, source, max_bytes=max_bytes, error=EvalError)


def read_jsonl(path: Path | str, model: type[M], convert: Callable[[M, int, str], Any] | None = None) -> list[Any]:
    """Every line of a gold JSONL file, validated by ``model`` (then turned into what ``convert(row, line,
    'file:line')`` returns, which may refuse it with an ``EvalError``); ids are unique."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise EvalError("not a file", source=str(path))
        if size > MAX_FILE_BYTES:
            raise EvalError(f"file too large ({size} bytes, limit {MAX_FILE_BYTES})", source=str(path))
        data = path.read_bytes()
    except OSError as exc:
        raise EvalError(f"cannot read ({exc.strerror or exc})", source=str(path)) from exc
    if not data.strip():
        raise EvalError("empty file: no gold passages", source=str(path))
    if b"\x00" in data:
        raise EvalError("binary data, not JSON lines", source=str(path))
    rows: list[Any] = []
    seen: dict[str, int] = {}
    for ln, raw in enumerate(data.split(b"\n"), 1):
        where = f"{path}:{ln}"
        if len(raw) > MAX_LINE_BYTES:
            raise EvalError(f"line too long ({len(raw)} bytes, limit {MAX_LINE_BYTES})", source=where)
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8-sig" if ln == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise EvalError(f"not UTF-8 ({exc.reason} at byte {exc.start})", source=where) from None
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(f"malformed JSON ({exc.msg} at column {exc.colno})", source=where) from None
        except RecursionError:  # "[[[[...": json gives up on deep nesting with this, not a JSONDecodeError
            raise EvalError("malformed JSON (nested too deeply)", source=where) from None
        if not isinstance(obj, dict):
            raise EvalError(f"expected a JSON object, got {type(obj).__name__}", source=where)
        try:
            row = model.model_validate(obj)
        except ValidationError as exc:
            rid = obj.get("id")
            raise EvalError(validation_message(exc) + (f" (id {rid!r})" if isinstance(rid, str) else ""),
                            source=where) from None
        rid = getattr(row, "id")
        item = convert(row, ln, where) if convert is not None else row
        if rid in seen:
            raise EvalError(f"id {rid!r} already used on line {seen[rid]}", source=where)
        seen[rid] = ln
        rows.append(item)
    if not rows:
        raise EvalError("empty file: no gold passages", source=str(path))
    return rows


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def align(gold: list[Any], system: list[Any], weight: Callable[[Any, Any], float]) -> dict[int, int]:
    """One-to-one pairs gold index -> system index: every pair of positive weight, heaviest first (ties:
    earlier gold, then earlier system), each side used once. A system span covering two gold spans
    takes the one it overlaps most; the other is missed."""
    pairs = sorted(((w, gi, si) for gi, g in enumerate(gold) for si, s in enumerate(system)
                    if (w := weight(g, s)) > 0), key=lambda p: (-p[0], p[1], p[2]))
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, si in pairs:
        if gi not in out and si not in used:
            out[gi] = si
            used.add(si)
    return out
